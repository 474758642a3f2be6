//! The plan's milestones: the form that adds one (a date, what, and a country if any) and the
//! list.

use beleidsagenda_model::plan::labels::plan_problem;
use beleidsagenda_model::plan::{Milestone, PlanAction};
use beleidsagenda_model::text::format::date;
use beleidsagenda_model::{t, tr, Country, Key, Msg};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{country_options, keep, value_of, Outcome};
use crate::components::plan::PlanView;
use crate::state::plan::PlanDispatch;

/// The fields of the form that adds a milestone.
pub(super) struct MilestoneFields {
    pub date: NodeRef,
    pub label: NodeRef,
    pub country: NodeRef,
}

#[inline(always)]
pub(super) fn milestones_view(
    view: &PlanView,
    dispatch: &PlanDispatch,
    message: &Outcome,
    fields: MilestoneFields,
    milestone_date: &UseStateHandle<String>,
    countries: &[&Country],
) -> Html {
    let lang = view.lang;
    let MilestoneFields {
        date: m_date,
        label: m_label,
        country: m_country,
    } = fields;
    let add_milestone = {
        let (dispatch, message) = (dispatch.clone(), message.clone());
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
    let milestones = view.plan.milestones.iter().enumerate().map(|(i, m)| {
    let remove = dispatch.on(move |_: MouseEvent| Some(PlanAction::RemoveMilestone(i)));
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
            <h3>{ t(lang, Key::PlanMilestonesTitle) }</h3>
            <form class="ba-form ba-inline-fields ba-no-print" onsubmit={add_milestone}>
                <div class="ba-field">
                    <label for="ba-milestone-date">{ t(lang, Key::Date) }</label>
                    <input id="ba-milestone-date" type="date" ref={m_date} value={(**milestone_date).clone()} onchange={keep(milestone_date.clone())} required=true />
                </div>
                <div class="ba-field ba-field--wide">
                    <label for="ba-milestone-label">{ t(lang, Key::PlanMilestoneLabel) }</label>
                    <input id="ba-milestone-label" type="text" ref={m_label} maxlength="200" />
                </div>
                <div class="ba-field">
                    <label for="ba-milestone-country">{ t(lang, Key::Country) }</label>
                    <select id="ba-milestone-country" ref={m_country}>{ for country_options(countries, true, lang) }</select>
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
