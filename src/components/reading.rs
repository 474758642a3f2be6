//! One figure as the data gives it: a measured value, a value below a top-N list's bound
//! ("< 6.615"), or unknown ("niet beschikbaar") — never a 0 where nothing is known.

use beleidsagenda_model::data::dataset::{Indicator, IndicatorUnit, Reading};
use beleidsagenda_model::text::format::figure;
use beleidsagenda_model::{t, tr, Key, Lang, Msg, SourceRef};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReadingValueProps {
    pub lang: Lang,
    pub reading: Reading,
    pub unit: IndicatorUnit,
    /// Put the year after a measured value, for tables without a year column.
    #[prop_or_default]
    pub with_year: bool,
}

#[function_component(ReadingValue)]
pub fn reading_value(props: &ReadingValueProps) -> Html {
    let lang = props.lang;
    match &props.reading {
        Reading::Measured(f) => html! {
            <>
                { figure(f.value, props.unit, lang) }
                if props.with_year {
                    { f.year.map(|y| format!(" ({y})")).unwrap_or_default() }
                }
            </>
        },
        Reading::BelowBound { bound, .. } => {
            let bound = figure(*bound, props.unit, lang);
            html! {
                <span class="ba-below-bound">
                    // "<" is read inconsistently by screen readers: they get the words.
                    <span aria-hidden="true">{ tr(lang, Msg::BelowBoundShort { bound: &bound }) }</span>
                    <span class="ba-visually-hidden">{ tr(lang, Msg::BelowBoundSpoken { bound: &bound }) }</span>
                </span>
            }
        }
        Reading::Unknown => html! { <span class="ba-missing">{ t(lang, Key::NotAvailable) }</span> },
    }
}

/// The source a reading rests on: the figure's own, else the indicator's.
pub fn reading_source(reading: &Reading, indicator: &Indicator) -> Vec<SourceRef> {
    let id = match reading {
        Reading::Measured(f) => f.source.clone(),
        Reading::BelowBound { source, .. } => source.clone(),
        Reading::Unknown => indicator.source.clone(),
    };
    vec![SourceRef { id, locator: None }]
}

/// What a reader needs to know beside the value: the figure's note, or why it is a bound.
pub fn reading_note(reading: &Reading, lang: Lang) -> Option<String> {
    match reading {
        Reading::Measured(f) => f.note.as_ref().map(|n| n.get(lang).to_string()),
        Reading::BelowBound { n, .. } => Some(tr(lang, Msg::BelowBoundWhy { n: *n })),
        Reading::Unknown => None,
    }
}
