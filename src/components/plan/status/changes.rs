//! What changed in the plan since a date the user picks: status changes, lines added and
//! reviews done.

use beleidsagenda_model::plan::labels::partnership_status;
use beleidsagenda_model::plan::timeline::changes_since;
use beleidsagenda_model::text::format::date;
use beleidsagenda_model::{t, tr, Key, Msg};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::plan::PlanView;

#[inline(always)]
pub(super) fn changes_view(view: &PlanView, since: &UseStateHandle<String>) -> Html {
    let lang = view.lang;
    let set_since = {
        let since = since.clone();
        Callback::from(move |e: Event| {
            if let Some(i) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) {
                since.set(i.value());
            }
        })
    };
    let changes = changes_since(&view.plan, since);
    html! {
        <>
            <h3>{ t(lang, Key::PlanChangesTitle) }</h3>
            <div class="ba-field ba-no-print">
                <label for="ba-changes-since">{ t(lang, Key::PlanChangesSince) }</label>
                <input id="ba-changes-since" type="date" value={(**since).clone()} onchange={set_since} />
            </div>
            <p role="status">{ tr(lang, Msg::PlanChangesSince { statuses: changes.statuses.len(), rows: changes.rows_added.len(), reviews: changes.reviews_done.len() }) }</p>
            <ul class="ba-plain-list">
                { for changes.statuses.iter().map(|s| html! {
                    <li>{ date(&s.date, lang) }{": "}{ view.country_name(&s.country) }{" → "}{ t(lang, partnership_status(s.status)) }</li>
                }) }
                { for changes.rows_added.iter().map(|(c, i, d)| html! {
                    <li>{ tr(lang, Msg::PlanRowAdded { country: &view.country_name(c), instrument: &view.instrument_name(i), date: &date(d, lang) }) }</li>
                }) }
                { for changes.reviews_done.iter().map(|(c, d)| html! {
                    <li>{ tr(lang, Msg::PlanReviewDone { country: &view.country_name(c), date: &date(d, lang) }) }</li>
                }) }
            </ul>
        </>
    }
}
