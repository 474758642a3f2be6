//! Which optional columns the ranking table shows.

use std::rc::Rc;

use beleidsagenda_model::selection::action::SelectionAction;
use beleidsagenda_model::selection::{RankingColumn, SelectionSettings};
use beleidsagenda_model::{t, Key, Lang};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::labels;
use crate::state::selection::Dispatch;

#[derive(Properties, PartialEq)]
pub(super) struct ColumnChooserProps {
    pub lang: Lang,
    pub settings: Rc<SelectionSettings>,
    pub dispatch: Dispatch,
}

/// Which optional columns the table shows: a disclosure with a checkbox per column, each a
/// setting in the link. The exports carry every column whatever is chosen here.
#[function_component(ColumnChooser)]
pub(super) fn column_chooser(props: &ColumnChooserProps) -> Html {
    let lang = props.lang;
    let vary_rule = props.settings.sensitivity.vary_rule;
    html! {
        <details class="ba-columns ba-no-print">
            <summary>{ t(lang, Key::ColumnsTitle) }</summary>
            <fieldset class="ba-checklist">
                <legend>{ t(lang, Key::ColumnsLegend) }</legend>
                { for RankingColumn::ALL.into_iter()
                    // The rule-varied share exists only while the run varies the rule.
                    .filter(|c| *c != RankingColumn::TierKeptRuleVaried || vary_rule)
                    .map(|column| {
                        let id = format!("ba-column-{}", column.code());
                        let onchange = props.dispatch.on(move |event: Event| {
                            let input = event.target()?.dyn_into::<HtmlInputElement>().ok()?;
                            Some(SelectionAction::ShowColumn { column, shown: input.checked() })
                        });
                        html! {
                            <div>
                                <input type="checkbox" id={id.clone()} checked={props.settings.columns.contains(&column)} {onchange} />
                                <label for={id}>{ t(lang, labels::column(column)) }</label>
                            </div>
                        }
                    }) }
                <p class="ba-weight__hint">{ t(lang, Key::ColumnsHelp) }</p>
            </fieldset>
        </details>
    }
}
