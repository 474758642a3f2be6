//! Which intensive and targeted countries (of the selection the plan follows) and which of
//! the agenda's topics had no consultation in the last months, a period the user can change.

use std::rc::Rc;

use beleidsagenda_model::plan::consultation::coverage;
use beleidsagenda_model::plan::Plan;
use beleidsagenda_model::selection::rank_dataset;
use beleidsagenda_model::selection::url_state::decode;
use beleidsagenda_model::selection::Tier;
use beleidsagenda_model::text::format::date;
use beleidsagenda_model::{t, tr, Dataset, Key, Lang, Msg};
use yew::prelude::*;

use crate::clock::today;
use crate::state::identity::Same;

/// The period a reader starts with: the memo's year.
const DEFAULT_MONTHS: u32 = 12;
/// The longest period the field takes: ten years.
const MOST_MONTHS: u32 = 120;

#[derive(Properties, PartialEq)]
pub struct CoverageProps {
    pub lang: Lang,
    pub plan: Rc<Plan>,
    pub dataset: Rc<Dataset>,
    pub lines: Rc<Vec<(String, String)>>,
}

#[function_component(CoveragePanel)]
pub fn coverage_panel(props: &CoverageProps) -> Html {
    let lang = props.lang;
    let months = use_state(|| DEFAULT_MONTHS);
    // What was typed when it was not a period the field takes.
    let invalid = use_state(|| false);
    // The intensive and targeted countries of the selection the plan follows.
    let partners = use_memo(
        (Same(Rc::clone(&props.dataset)), props.plan.selection.clone()),
        |(dataset, selection)| {
            let (settings, _) = decode(selection, &dataset.0);
            let (_, _, ranking) = rank_dataset(&dataset.0, &settings);
            ranking
                .into_iter()
                .filter(|r| matches!(r.tier, Some(Tier::Intensive | Tier::Targeted)))
                .map(|r| r.iso3)
                .collect::<Vec<_>>()
        },
    );
    let set_months = {
        let (months, invalid) = (months.clone(), invalid.clone());
        Callback::from(move |event: InputEvent| {
            match crate::dom::input_value(event.as_ref()).trim().parse::<u32>() {
                Ok(n) if (1..=MOST_MONTHS).contains(&n) => {
                    months.set(n);
                    invalid.set(false);
                }
                _ => invalid.set(true),
            }
        })
    };
    let countries: Vec<&str> = partners.iter().map(String::as_str).collect();
    let themes: Vec<&str> = props.lines.iter().map(|(id, _)| id.as_str()).collect();
    let result = coverage(&props.plan.consultations, &countries, &themes, &today(), *months);
    html! {
        <>
            <div class="ba-field ba-no-print">
                <label for="ba-consult-months">{ t(lang, Key::ConsultationCoverageMonths) }</label>
                <input id="ba-consult-months" type="number" min="1" max={MOST_MONTHS.to_string()} step="1"
                    value={months.to_string()} oninput={set_months}
                    aria-invalid={invalid.then_some("true")} aria-describedby={invalid.then_some("ba-consult-months-error")} />
                if *invalid {
                    <p class="ba-field-error" id="ba-consult-months-error">{ t(lang, Key::ConsultationCoverageMonthsInvalid) }</p>
                }
            </div>
            <div role="status">
                { match result {
                    None => html! { <p>{ t(lang, Key::ConsultationCoverageNotDay) }</p> },
                    Some(found) => {
                        let since = date(&found.since, lang);
                        let names: Vec<String> = found.countries_without.iter().map(|c| props.dataset.country_name(c, lang)).collect();
                        let topics: Vec<String> = found
                            .themes_without
                            .iter()
                            .filter_map(|id| props.lines.iter().find(|(line, _)| line == id).map(|(_, text)| super::register::topic(text, lang)))
                            .collect();
                        html! {
                            <>
                                <p>{ if names.is_empty() {
                                    tr(lang, Msg::ConsultationCoverageAllCountries { since: &since })
                                } else {
                                    tr(lang, Msg::ConsultationCoverageCountries { since: &since, countries: &names.join(", ") })
                                } }</p>
                                <p>{ if topics.is_empty() {
                                    tr(lang, Msg::ConsultationCoverageAllThemes { since: &since })
                                } else {
                                    tr(lang, Msg::ConsultationCoverageThemes { since: &since, themes: &topics.join("; ") })
                                } }</p>
                            </>
                        }
                    }
                } }
            </div>
        </>
    }
}
