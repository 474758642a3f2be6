//! The register as read: filters (country, topic, kind of organisation, period) and a search,
//! then each consultation, newest first, with its follow-ups and what can be done with it.

use std::rc::Rc;

use beleidsagenda_model::plan::consultation::{Consultation, OrganisationCategory, RegisterFilter};
use beleidsagenda_model::plan::labels::{consultation_form, organisation_category};
use beleidsagenda_model::plan::PlanAction;
use beleidsagenda_model::text::format::date;
use beleidsagenda_model::{t, tr, Dataset, Key, Lang, Msg};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::clock::today;
use crate::route::Route;
use crate::state::plan::PlanDispatch;

/// Entries drawn at first; more on request, so that a register of thousands stays quick.
pub(super) const REGISTER_PAGE: usize = 50;

/// An agenda line as a short topic: its first words, whole.
pub(crate) fn topic(text: &str, lang: Lang) -> String {
    beleidsagenda_model::text::format::shortened(text, 70, lang)
}

/// The organisations' names, as a reader and a screen reader name the entry.
pub(crate) fn organisations_text(entry: &Consultation) -> String {
    entry
        .organisations
        .iter()
        .map(|o| o.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A filter field's callback: the filter with the field's value put in by `change`.
fn filter_change<E: AsRef<Event> + 'static>(
    filter: &UseStateHandle<RegisterFilter>,
    change: fn(&mut RegisterFilter, String),
) -> Callback<E> {
    let filter = filter.clone();
    Callback::from(move |event: E| {
        let mut next = (*filter).clone();
        change(&mut next, crate::dom::input_value(event.as_ref()));
        filter.set(next);
    })
}

/// The filters and the entries they show.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
pub(super) fn register_view(
    lang: Lang,
    register: &[Consultation],
    dataset: &Rc<Dataset>,
    lines: &[(String, String)],
    filter: &UseStateHandle<RegisterFilter>,
    dispatch: &PlanDispatch,
    on_edit: Callback<Consultation>,
    on_remove: Callback<Consultation>,
    limit: &UseStateHandle<usize>,
) -> Html {
    if register.is_empty() {
        return html! { <p>{ t(lang, Key::RegisterEmpty) }</p> };
    }
    let name = |c: &str| dataset.country_name(c, lang);
    let mut shown: Vec<&Consultation> = register.iter().filter(|e| filter.shows(e, &name)).collect();
    beleidsagenda_model::order::sort_by(&mut shown, |a, b| {
        b.date.cmp(&a.date).then_with(|| b.id.cmp(&a.id))
    });
    let mut countries: Vec<&str> = register
        .iter()
        .flat_map(|e| e.countries.iter().map(String::as_str))
        .collect();
    countries.sort_unstable();
    countries.dedup();
    let mut countries: Vec<(&str, String)> = countries.into_iter().map(|c| (c, name(c))).collect();
    beleidsagenda_model::order::sort_by(&mut countries, |a, b| a.1.cmp(&b.1));
    let all = t(lang, Key::FilterAll);
    html! {
        <>
            <div class="ba-inline-fields ba-no-print">
                <div class="ba-field">
                    <label for="ba-register-country">{ t(lang, Key::Country) }</label>
                    <select id="ba-register-country" onchange={filter_change::<Event>(filter, |f, v| f.country = v)}>
                        <option value="" selected={filter.country.is_empty()}>{ all }</option>
                        { for countries.iter().map(|(code, name)| html! { <option value={code.to_string()} selected={filter.country == *code}>{ name }</option> }) }
                    </select>
                </div>
                <div class="ba-field">
                    <label for="ba-register-theme">{ t(lang, Key::ConsultationThemes) }</label>
                    <select id="ba-register-theme" onchange={filter_change::<Event>(filter, |f, v| f.theme = v)}>
                        <option value="" selected={filter.theme.is_empty()}>{ all }</option>
                        { for lines.iter().map(|(id, text)| html! { <option value={id.clone()} selected={filter.theme == *id}>{ topic(text, lang) }</option> }) }
                    </select>
                </div>
                <div class="ba-field">
                    <label for="ba-register-category">{ t(lang, Key::OrganisationCategory) }</label>
                    <select id="ba-register-category" onchange={filter_change::<Event>(filter, |f, v| f.category = OrganisationCategory::from_token(&v))}>
                        <option value="" selected={filter.category.is_none()}>{ all }</option>
                        { for OrganisationCategory::ALL.iter().map(|k| html! {
                            <option value={k.token()} selected={filter.category == Some(*k)}>{ t(lang, organisation_category(*k)) }</option>
                        }) }
                    </select>
                </div>
                <div class="ba-field">
                    <label for="ba-register-from">{ t(lang, Key::FilterFrom) }</label>
                    <input id="ba-register-from" type="date" value={filter.from.clone()} onchange={filter_change::<Event>(filter, |f, v| f.from = v)} />
                </div>
                <div class="ba-field">
                    <label for="ba-register-until">{ t(lang, Key::FilterUntil) }</label>
                    <input id="ba-register-until" type="date" value={filter.until.clone()} onchange={filter_change::<Event>(filter, |f, v| f.until = v)} />
                </div>
                <div class="ba-field">
                    <label for="ba-register-search">{ t(lang, Key::RegisterSearch) }</label>
                    <input id="ba-register-search" type="search" value={filter.text.clone()} oninput={filter_change::<InputEvent>(filter, |f, v| f.text = v)} />
                </div>
            </div>
            <p role="status">{ tr(lang, Msg::RegisterShowing { shown: shown.len(), total: register.len() }) }</p>
            if shown.is_empty() {
                <p>{ t(lang, Key::RegisterNoneFound) }</p>
            }
            <ol class="ba-plain-list ba-register">
                { for shown.iter().take(**limit).map(|entry| entry_view(lang, entry, dataset, lines, dispatch, &on_edit, &on_remove)) }
            </ol>
            if shown.len() > **limit {
                <p class="ba-actions ba-no-print">
                    <button type="button" class="ba-button ba-button--quiet" onclick={{
                        let limit = limit.clone();
                        Callback::from(move |_: MouseEvent| limit.set(*limit + REGISTER_PAGE))
                    }}>{ tr(lang, Msg::ShowMore { count: REGISTER_PAGE.min(shown.len() - **limit) }) }</button>
                    <button type="button" class="ba-button ba-button--quiet" onclick={{
                        let limit = limit.clone();
                        Callback::from(move |_: MouseEvent| limit.set(usize::MAX))
                    }}>{ tr(lang, Msg::ShowAll { count: shown.len() }) }</button>
                </p>
            }
        </>
    }
}

/// One consultation as the register shows it, with edit and remove.
#[inline(always)]
fn entry_view(
    lang: Lang,
    entry: &Consultation,
    dataset: &Dataset,
    lines: &[(String, String)],
    dispatch: &PlanDispatch,
    on_edit: &Callback<Consultation>,
    on_remove: &Callback<Consultation>,
) -> Html {
    let day = date(&entry.date, lang);
    let what = tr(
        lang,
        Msg::ConsultationOf {
            date: &day,
            organisations: &organisations_text(entry),
        },
    );
    let edit = {
        let (on_edit, entry) = (on_edit.clone(), entry.clone());
        Callback::from(move |_: MouseEvent| on_edit.emit(entry.clone()))
    };
    let remove = {
        let (on_remove, entry) = (on_remove.clone(), entry.clone());
        Callback::from(move |_: MouseEvent| on_remove.emit(entry.clone()))
    };
    let today = today();
    html! {
        <li class="ba-register__entry" key={entry.id.clone()}>
            <h3>{ &day }{" · "}{ t(lang, consultation_form(entry.form)) }</h3>
            <dl class="ba-meta">
                <div>
                    <dt>{ t(lang, Key::ConsultationOrganisations) }</dt>
                    <dd>
                        <ul class="ba-plain-list">
                            { for entry.organisations.iter().map(|o| html! {
                                <li>
                                    <strong>{ &o.name }</strong>{" ("}{ t(lang, organisation_category(o.category)) }{")"}
                                    if let Some(number) = &o.transparency_register { {" · "}{ number } }
                                </li>
                            }) }
                        </ul>
                    </dd>
                </div>
                if !entry.themes.is_empty() {
                    <div>
                        <dt>{ t(lang, Key::ConsultationThemes) }</dt>
                        <dd>
                            { for entry.themes.iter().enumerate().map(|(n, id)| {
                                let text = lines.iter().find(|(line, _)| line == id).map_or_else(|| id.clone(), |(_, text)| topic(text, lang));
                                html! { <>{ if n > 0 { "; " } else { "" } }<Link<Route> to={Route::section(lang, id)}>{ text }</Link<Route>></> }
                            }) }
                        </dd>
                    </div>
                }
                if !entry.countries.is_empty() {
                    <div>
                        <dt>{ t(lang, Key::ConsultationCountries) }</dt>
                        <dd>
                            { for entry.countries.iter().enumerate().map(|(n, code)| html! {
                                <>{ if n > 0 { ", " } else { "" } }<Link<Route> to={Route::country(lang, code)}>{ dataset.country_name(code, lang) }</Link<Route>></>
                            }) }
                        </dd>
                    </div>
                }
                <div>
                    <dt>{ t(lang, Key::BroughtIn) }</dt>
                    <dd class="ba-prewrap">{ &entry.brought_in }</dd>
                </div>
                <div>
                    <dt>{ t(lang, Key::DoneWithIt) }</dt>
                    <dd class="ba-prewrap">
                        if entry.done_with_it.is_empty() {
                            <span class="ba-missing">{ t(lang, Key::NothingDoneYet) }</span>
                        } else {
                            { &entry.done_with_it }
                        }
                    </dd>
                </div>
                if !entry.follow_ups.is_empty() {
                    <div>
                        <dt>{ t(lang, Key::FollowUps) }</dt>
                        <dd>
                            <ul class="ba-plain-list">
                                { for entry.follow_ups.iter().enumerate().map(|(index, f)| {
                                    let done = f.done_on.is_none();
                                    let toggle = {
                                        let (dispatch, id) = (dispatch.clone(), entry.id.clone());
                                        Callback::from(move |_: MouseEvent| {
                                            let _ = dispatch.apply(PlanAction::SetFollowUpDone { consultation: id.clone(), index, done });
                                        })
                                    };
                                    let overdue = f.done_on.is_none() && f.due.as_str() < today.as_str();
                                    html! {
                                        <li class={classes!(overdue.then_some("ba-follow-up--overdue"))}>
                                            { &f.action }{" — "}{ &f.owner }{" — "}{ t(lang, Key::FollowUpDue) }{" "}{ date(&f.due, lang) }
                                            { match &f.done_on {
                                                Some(on) => html! { <>{" — "}{ tr(lang, Msg::FollowUpDoneOn { date: &date(on, lang) }) }</> },
                                                None if overdue => html! { <>{" — "}<strong>{ t(lang, Key::FollowUpOverdue) }</strong></> },
                                                None => html! {},
                                            } }
                                            {" "}
                                            <button type="button" class="ba-button ba-button--quiet ba-button--small ba-no-print" onclick={toggle}>
                                                { t(lang, if f.done_on.is_none() { Key::FollowUpMarkDone } else { Key::FollowUpReopen }) }
                                                <span class="ba-visually-hidden">{": "}{ &f.action }</span>
                                            </button>
                                        </li>
                                    }
                                }) }
                            </ul>
                        </dd>
                    </div>
                }
            </dl>
            <p>{ t(lang, if entry.reportable { Key::Reportable } else { Key::NotReportable }) }</p>
            <p class="ba-actions ba-no-print">
                <button type="button" class="ba-button ba-button--quiet ba-button--small" onclick={edit}>
                    { t(lang, Key::EditConsultation) }<span class="ba-visually-hidden">{": "}{ &what }</span>
                </button>
                <button type="button" class="ba-button ba-button--quiet ba-button--small" onclick={remove}>
                    { t(lang, Key::RemoveConsultation) }<span class="ba-visually-hidden">{": "}{ &what }</span>
                </button>
            </p>
        </li>
    }
}

/// The follow-ups of consultations past their due date and not done, oldest first, beside the
/// plan's other overdue items; each names its consultation and leads to the register.
pub(crate) fn overdue_follow_ups(register: &[Consultation], lang: Lang, today: &str) -> Html {
    let mut late = beleidsagenda_model::plan::consultation::overdue_follow_ups(register, today);
    if late.is_empty() {
        return html! {};
    }
    beleidsagenda_model::order::sort_by(&mut late, |a, b| a.1.due.cmp(&b.1.due));
    html! {
        <div class="ba-notice" role="status" id="ba-follow-ups-overdue">
            <p><strong>{ t(lang, Key::OverdueFollowUpsTitle) }</strong></p>
            <ul>
                { for late.iter().map(|(entry, f)| html! {
                    <li>
                        { date(&f.due, lang) }{": "}{ &f.action }{" ("}{ &f.owner }{"; "}
                        { tr(lang, Msg::ConsultationOf { date: &date(&entry.date, lang), organisations: &organisations_text(entry) }) }{")"}
                    </li>
                }) }
            </ul>
            <p class="ba-no-print"><Link<Route> to={Route::consultation(lang)}>{ t(lang, Key::ConsultationAllOfRegister) }</Link<Route>></p>
        </div>
    }
}
