//! What became of the last thing the exchange did: a file being read, a plan loaded with what
//! it dropped and what became of every row, or why a file was refused.

use beleidsagenda_model::plan::labels::sheet_import;
use beleidsagenda_model::{tr, Msg};
use yew::prelude::*;

use super::{refusal_list, Message};
use crate::components::file_progress::FileProgress;
use crate::components::plan::PlanView;

/// The message in a status region (read out as it changes) and a refusal as an alert.
#[inline(always)]
pub(super) fn message_view(
    message: &Option<Message>,
    view: &PlanView,
    stop_reading: Callback<MouseEvent>,
) -> Html {
    let lang = view.lang;
    html! {
        <>
        <div role="status">
            { match message {
                Some(Message::Ok(text)) => html! { <p class="ba-notice ba-notice--ok">{ text }</p> },
                Some(Message::Applying(text)) => html! { <p class="ba-notice">{ text }</p> },
                Some(Message::Reading(text, per_mille)) => html! {
                    <FileProgress {lang} text={text.clone()} per_mille={*per_mille} on_stop={stop_reading} />
                },
                Some(Message::Loaded(name, gone, report, other_data)) => {
                    let rows = report.as_ref().map(|r| sheet_import(r, lang, &|c: &str, i: &str| format!("{} · {}", view.country_name(c), view.instrument_name(i))));
                    html! { <>
                        <div class={if gone.is_empty() { "ba-notice ba-notice--ok" } else { "ba-notice" }}>
                            <p>{ tr(lang, Msg::PlanImported { name }) }</p>
                            if let Some(rows) = rows {
                                <ul>{ for rows.iter().map(|r| html! { <li>{ r }</li> }) }</ul>
                            }
                            if !gone.is_empty() {
                                <p>{ tr(lang, Msg::PlanDropped { count: gone.len() }) }</p>
                                { crate::components::plan::dropped_list(gone, lang) }
                            }
                        </div>
                        { other_data.clone() }
                    </> }
                }
                _ => html! {},
            } }
        </div>
        { match message {
            Some(Message::Problem(text)) => html! { <p class="ba-field-error" role="alert">{ text }</p> },
            Some(Message::Errors(errors, count)) => refusal_list(errors, *count, lang),
            _ => html! {},
        } }
        </>
    }
}
