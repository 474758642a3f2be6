//! Each partnership's status over time: the form that adds a dated change with a reason or a
//! source, and the table of every change.

use beleidsagenda_model::plan::labels::{partnership_status, plan_problem};
use beleidsagenda_model::plan::{PartnershipStatus, PlanAction, StatusChange};
use beleidsagenda_model::text::format::date;
use beleidsagenda_model::{t, tr, Country, Key, Msg, SourceRef};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{country_options, keep, value_of, Outcome};
use crate::components::citation::Citation;
use crate::components::plan::{first_selected, PlanView};
use crate::state::plan::PlanDispatch;

/// The fields of the form that adds a change.
pub(super) struct StatusFields {
    pub country: NodeRef,
    pub status: NodeRef,
    pub date: NodeRef,
    pub reason: NodeRef,
    pub source: NodeRef,
}

#[inline(always)]
pub(super) fn statuses_view(
    view: &PlanView,
    dispatch: &PlanDispatch,
    message: &Outcome,
    fields: StatusFields,
    status_date: &UseStateHandle<String>,
    countries: &[&Country],
) -> Html {
    let lang = view.lang;
    let StatusFields {
        country,
        status,
        date: when,
        reason,
        source,
    } = fields;
    let add_status = {
        let (dispatch, message) = (dispatch.clone(), message.clone());
        let (country, status, when, reason, source) = (
            country.clone(),
            status.clone(),
            when.clone(),
            reason.clone(),
            source.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(status_value) = PartnershipStatus::from_token(&value_of(&status)) else {
                return;
            };
            let source_value = value_of(&source);
            let change = StatusChange {
                country: value_of(&country),
                date: value_of(&when),
                status: status_value,
                reason: value_of(&reason),
                source: (!source_value.is_empty()).then_some(source_value),
            };
            match dispatch.apply(PlanAction::AddStatus(change)) {
                Ok(()) => {
                    if let Some(i) = reason.cast::<HtmlInputElement>() {
                        i.set_value("");
                    }
                    message.set(Some(Ok(t(lang, Key::PlanStatusAdded).to_string())));
                }
                Err(p) => message.set(Some(Err(plan_problem(&p, lang)))),
            }
        })
    };
    let status_rows = view.plan.statuses.iter().enumerate().map(|(i, s)| {
    let remove = dispatch.on(move |_: MouseEvent| Some(PlanAction::RemoveStatus(i)));
    html! {
        <tr>
            <td>{ date(&s.date, lang) }</td>
            <th scope="row">{ view.country_name(&s.country) }</th>
            <td>{ t(lang, partnership_status(s.status)) }</td>
            <td>
                { &s.reason }
                if let Some(id) = &s.source {
                    <Citation {lang} refs={vec![SourceRef { id: id.clone(), locator: None }]} />
                }
            </td>
            <td class="ba-no-print"><button type="button" class="ba-button ba-button--quiet ba-button--small" onclick={remove}>
                { tr(lang, Msg::PlanRemoveLine { line: &format!("{} {}", view.country_name(&s.country), s.date) }) }
            </button></td>
        </tr>
    }
});
    html! {
        <>
            <form class="ba-form ba-inline-fields ba-no-print" onsubmit={add_status}>
                <div class="ba-field">
                    <label for="ba-status-country">{ t(lang, Key::Country) }</label>
                    <select id="ba-status-country" ref={country}>{ for country_options(countries, false, lang) }</select>
                </div>
                <div class="ba-field">
                    <label for="ba-status-status">{ t(lang, Key::PlanStatus) }</label>
                    <select id="ba-status-status" ref={status}>
                        { for first_selected(PartnershipStatus::ALL.iter().map(|s| (s.token().to_string(), t(lang, partnership_status(*s)).to_string()))) }
                    </select>
                </div>
                <div class="ba-field">
                    <label for="ba-status-date">{ t(lang, Key::Date) }</label>
                    <input id="ba-status-date" type="date" ref={when} value={(**status_date).clone()} onchange={keep(status_date.clone())} required=true />
                </div>
                <div class="ba-field ba-field--wide">
                    <label for="ba-status-reason">{ t(lang, Key::Reason) }</label>
                    <input id="ba-status-reason" type="text" ref={reason} maxlength="300" />
                </div>
                <div class="ba-field">
                    <label for="ba-status-source">{ t(lang, Key::PlanSourceOptional) }</label>
                    <select id="ba-status-source" ref={source}>
                        { for first_selected(std::iter::once((String::new(), t(lang, Key::PlanNoSource).to_string()))
                            .chain(view.dataset.sources.iter().map(|s| (s.id.clone(), s.short.get(lang).to_string())))) }
                    </select>
                </div>
                <button type="submit" class="ba-button">{ t(lang, Key::PlanAddStatus) }</button>
            </form>
            if view.plan.statuses.is_empty() {
                <p>{ t(lang, Key::PlanNoStatuses) }</p>
            } else {
                <div class="ba-table-wrap" tabindex="0" role="group" aria-label={t(lang, Key::PlanStatusTitle)}>
                    <table class="ba-table">
                        <caption class="ba-visually-hidden">{ t(lang, Key::PlanStatusTitle) }</caption>
                        <thead><tr>
                            <th scope="col">{ t(lang, Key::Date) }</th>
                            <th scope="col">{ t(lang, Key::Country) }</th>
                            <th scope="col">{ t(lang, Key::PlanStatus) }</th>
                            <th scope="col">{ t(lang, Key::Reason) }</th>
                            <th scope="col" class="ba-no-print"><span class="ba-visually-hidden">{ t(lang, Key::Actions) }</span></th>
                        </tr></thead>
                        <tbody>{ for status_rows }</tbody>
                    </table>
                </div>
            }
        </>
    }
}
