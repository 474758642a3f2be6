use beleidsagenda_model::plan::labels::{partnership_status, plan_problem};
use beleidsagenda_model::plan::timeline::changes_since;
use beleidsagenda_model::plan::{Milestone, PartnershipStatus, PlanAction, StatusChange};
use beleidsagenda_model::text::format::date;
use beleidsagenda_model::{t, tr, Key, Msg, SourceRef};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::components::citation::Citation;
use crate::components::plan::{first_selected, PlanView};
use crate::state::plan::PlanDispatch;

#[derive(Properties, PartialEq)]
pub struct StatusProps {
    pub view: PlanView,
    pub dispatch: PlanDispatch,
    /// Today, the default date of a change.
    pub today: AttrValue,
}

fn value_of(node: &NodeRef) -> String {
    node.cast::<HtmlInputElement>()
        .map(|i| i.value())
        .or_else(|| node.cast::<HtmlSelectElement>().map(|s| s.value()))
        .unwrap_or_default()
}

/// The state of each partnership over time: every change dated, with a reason or a source;
/// what changed since a chosen date; and the plan's milestones.
#[function_component(StatusPanel)]
pub fn status_panel(props: &StatusProps) -> Html {
    let view = &props.view;
    let lang = view.lang;
    let message = use_state(|| None::<Result<String, String>>);
    let since = use_state(|| "2025-05-23".to_string());
    let (country, status, when, reason, source) = (
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
    );
    let (m_date, m_label, m_country) = (use_node_ref(), use_node_ref(), use_node_ref());
    // Held as state: a date the user typed must survive the re-render an added change causes.
    let status_date = use_state(|| props.today.to_string());
    let milestone_date = use_state(|| props.today.to_string());
    let keep = |handle: UseStateHandle<String>| {
        Callback::from(move |e: Event| {
            if let Some(i) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) {
                handle.set(i.value());
            }
        })
    };

    let add_status = {
        let (dispatch, message) = (props.dispatch.clone(), message.clone());
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
    let add_milestone = {
        let (dispatch, message) = (props.dispatch.clone(), message.clone());
        let (m_date, m_label, m_country) = (m_date.clone(), m_label.clone(), m_country.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let c = value_of(&m_country);
            let milestone = Milestone {
                date: value_of(&m_date),
                label: value_of(&m_label),
                country: (!c.is_empty()).then_some(c),
            };
            match dispatch.apply(PlanAction::AddMilestone(milestone)) {
                Ok(()) => {
                    if let Some(i) = m_label.cast::<HtmlInputElement>() {
                        i.set_value("");
                    }
                    message.set(Some(Ok(t(lang, Key::PlanMilestoneAdded).to_string())));
                }
                Err(p) => message.set(Some(Err(plan_problem(&p, lang)))),
            }
        })
    };
    let set_since = {
        let since = since.clone();
        Callback::from(move |e: Event| {
            if let Some(i) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) {
                since.set(i.value());
            }
        })
    };
    let changes = changes_since(&view.plan, &since);
    let mut countries: Vec<&beleidsagenda_model::Country> = view.dataset.countries.iter().collect();
    beleidsagenda_model::order::sort_by_key(&mut countries, |c| c.name.get(lang).to_string());
    let country_options = |with_none: bool| {
        let mut out = Vec::new();
        if with_none {
            out.push(html! { <option value="">{ t(lang, Key::PlanNoCountry) }</option> });
        }
        out.extend(
            countries
                .iter()
                .map(|c| html! { <option value={c.iso3.clone()}>{ c.name.get(lang) }</option> }),
        );
        out
    };
    let status_rows = view.plan.statuses.iter().enumerate().map(|(i, s)| {
        let remove = props.dispatch.on(move |_: MouseEvent| Some(PlanAction::RemoveStatus(i)));
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
    let milestones = view.plan.milestones.iter().enumerate().map(|(i, m)| {
        let remove = props.dispatch.on(move |_: MouseEvent| Some(PlanAction::RemoveMilestone(i)));
        html! {
            <li>
                <strong>{ date(&m.date, lang) }</strong>{": "}{ &m.label }
                if let Some(c) = &m.country { {" ("}{ view.country_name(c) }{")"} }
                {" "}
                <button type="button" class="ba-button ba-button--quiet ba-button--small ba-no-print" onclick={remove}>
                    { tr(lang, Msg::PlanRemoveLine { line: &m.label }) }
                </button>
            </li>
        }
    });
    html! {
        <>
            <div role="status">
                { match &*message {
                    Some(Ok(text)) => html! { <p class="ba-notice ba-notice--ok">{ text }</p> },
                    _ => html! {},
                } }
            </div>
            if let Some(Err(text)) = &*message {
                <p class="ba-field-error" role="alert">{ text }</p>
            }
            <form class="ba-form ba-inline-fields ba-no-print" onsubmit={add_status}>
                <div class="ba-field">
                    <label for="ba-status-country">{ t(lang, Key::Country) }</label>
                    <select id="ba-status-country" ref={country}>{ for country_options(false) }</select>
                </div>
                <div class="ba-field">
                    <label for="ba-status-status">{ t(lang, Key::PlanStatus) }</label>
                    <select id="ba-status-status" ref={status}>
                        { for first_selected(PartnershipStatus::ALL.iter().map(|s| (s.token().to_string(), t(lang, partnership_status(*s)).to_string()))) }
                    </select>
                </div>
                <div class="ba-field">
                    <label for="ba-status-date">{ t(lang, Key::Date) }</label>
                    <input id="ba-status-date" type="date" ref={when} value={(*status_date).clone()} onchange={keep(status_date.clone())} required=true />
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
            <h3>{ t(lang, Key::PlanChangesTitle) }</h3>
            <div class="ba-field ba-no-print">
                <label for="ba-changes-since">{ t(lang, Key::PlanChangesSince) }</label>
                <input id="ba-changes-since" type="date" value={(*since).clone()} onchange={set_since} />
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
            <h3>{ t(lang, Key::PlanMilestonesTitle) }</h3>
            <form class="ba-form ba-inline-fields ba-no-print" onsubmit={add_milestone}>
                <div class="ba-field">
                    <label for="ba-milestone-date">{ t(lang, Key::Date) }</label>
                    <input id="ba-milestone-date" type="date" ref={m_date} value={(*milestone_date).clone()} onchange={keep(milestone_date.clone())} required=true />
                </div>
                <div class="ba-field ba-field--wide">
                    <label for="ba-milestone-label">{ t(lang, Key::PlanMilestoneLabel) }</label>
                    <input id="ba-milestone-label" type="text" ref={m_label} maxlength="200" />
                </div>
                <div class="ba-field">
                    <label for="ba-milestone-country">{ t(lang, Key::Country) }</label>
                    <select id="ba-milestone-country" ref={m_country}>{ for country_options(true) }</select>
                </div>
                <button type="submit" class="ba-button">{ t(lang, Key::PlanAddMilestone) }</button>
            </form>
            if view.plan.milestones.is_empty() {
                <p>{ t(lang, Key::PlanNoMilestones) }</p>
            } else {
                <ul class="ba-plain-list">{ for milestones }</ul>
            }
        </>
    }
}
