//! Manual adjustments for current events: the list, and a form that insists on a reason.

mod item;

use std::rc::Rc;

use beleidsagenda_model::selection::action::{ActionProblem, SelectionAction};
use beleidsagenda_model::selection::limits::MAX_REASON_CHARS;
use beleidsagenda_model::selection::{Adjustment, AdjustmentKind, AdjustmentProblem, SelectionSettings};
use beleidsagenda_model::{t, Dataset, Key, Lang};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::clock::today;
use crate::components::plan::empty_first;
use crate::labels;
use crate::state::selection::Dispatch;

#[derive(Properties, PartialEq)]
pub struct AdjustmentsProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub settings: Rc<SelectionSettings>,
    pub dispatch: Dispatch,
}

pub(super) fn problem_key(problem: AdjustmentProblem) -> Key {
    match problem {
        AdjustmentProblem::NoReason => Key::ReasonRequired,
        AdjustmentProblem::ReasonTooLong => Key::ReasonTooLong,
        AdjustmentProblem::BadDate => Key::DateRequired,
        AdjustmentProblem::UnknownCountry => Key::SelectCountry,
        AdjustmentProblem::PersonalData => Key::AdjustmentPersonalData,
        AdjustmentProblem::ReviewBeforeDate => Key::AdjustmentReviewBeforeDate,
    }
}

#[function_component(AdjustmentsPanel)]
pub fn adjustments_panel(props: &AdjustmentsProps) -> Html {
    let lang = props.lang;
    let country = use_node_ref();
    let kind = use_node_ref();
    let reason = use_node_ref();
    let date = use_node_ref();
    let review = use_node_ref();
    let problem = use_state(|| None::<Key>);
    let review_problem = use_state(|| None::<Key>);

    let mut countries: Vec<(String, String)> = props
        .dataset
        .countries
        .iter()
        .map(|c| (c.iso3.clone(), c.name.get(lang).to_string()))
        .collect();
    beleidsagenda_model::order::sort_by(&mut countries, |a, b| a.1.cmp(&b.1));

    let add = {
        let dispatch = props.dispatch.clone();
        let (country_select, kind_select) = (country.clone(), kind.clone());
        let (country, kind, reason, date, review, problem) = (
            country.clone(),
            kind.clone(),
            reason.clone(),
            date.clone(),
            review.clone(),
            problem.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let select = |r: &NodeRef| {
                r.cast::<HtmlSelectElement>()
                    .map(|s| s.value())
                    .unwrap_or_default()
            };
            let input = |r: &NodeRef| r.cast::<HtmlInputElement>();
            if select(&country).is_empty() {
                problem.set(Some(Key::SelectCountry));
                if let Some(field) = country.cast::<HtmlSelectElement>() {
                    let _ = field.focus();
                }
                return;
            }
            let Some(kind) = AdjustmentKind::from_code(&select(&kind)) else {
                problem.set(Some(Key::SelectAdjustKind));
                if let Some(field) = kind.cast::<HtmlSelectElement>() {
                    let _ = field.focus();
                }
                return;
            };
            let adjustment = Adjustment {
                iso3: select(&country),
                kind,
                reason: input(&reason).map(|i| i.value()).unwrap_or_default(),
                date: input(&date).map(|i| i.value()).unwrap_or_default(),
                review: input(&review).map(|i| i.value()).filter(|v| !v.trim().is_empty()),
            };
            // The model decides what a valid adjustment is; the form only says why not.
            match dispatch.push(SelectionAction::AddAdjustment(adjustment)) {
                Ok(()) => {
                    problem.set(None);
                    if let Some(i) = input(&reason) {
                        i.set_value("");
                    }
                    // The next adjustment starts on no choice again, as the form did.
                    for select in [&country_select, &kind_select] {
                        if let Some(s) = select.cast::<HtmlSelectElement>() {
                            s.set_value("");
                        }
                    }
                }
                Err(ActionProblem::Adjustment(why)) => {
                    problem.set(Some(problem_key(why)));
                    if !matches!(
                        why,
                        AdjustmentProblem::BadDate | AdjustmentProblem::ReviewBeforeDate
                    ) {
                        if let Some(i) = input(&reason) {
                            let _ = i.focus();
                        }
                    }
                }
                Err(_) => {}
            }
        })
    };

    let today = today();
    let list = props
        .settings
        .adjustments
        .iter()
        .enumerate()
        .map(|(index, a)| item::adjustment_item(props, &review_problem, &today, index, a));

    html! {
        <div class="ba-adjustments">
            <p>{ t(lang, Key::AdjustmentsIntro) }</p>
            if props.settings.adjustments.is_empty() {
                <p>{ t(lang, Key::NoAdjustments) }</p>
            } else {
                <ol class="ba-adjustment-list">{ for list }</ol>
                <p class="ba-field-error" role="alert">{ review_problem.map(|k| t(lang, k)).unwrap_or("") }</p>
            }
            <form class="ba-form" onsubmit={add} novalidate=true>
                <div class="ba-inline-fields">
                    <div class="ba-field">
                        <label for="ba-adj-country">{ t(lang, Key::Country) }</label>
                        <select id="ba-adj-country" ref={country}>
                            { for empty_first(t(lang, Key::ChooseCountry), countries.iter().cloned()) }
                        </select>
                    </div>
                    <div class="ba-field">
                        <label for="ba-adj-kind">{ t(lang, Key::AdjustKind) }</label>
                        <select id="ba-adj-kind" ref={kind}>
                            { for empty_first(t(lang, Key::ChooseAdjustKind), AdjustmentKind::ALL.iter().map(|kind| (kind.code().to_string(), labels::adjustment_text(*kind, lang).to_string()))) }
                        </select>
                    </div>
                    <div class="ba-field">
                        <label for="ba-adj-date">{ t(lang, Key::AdjustDate) }</label>
                        <input id="ba-adj-date" type="date" ref={date} value={today.clone()} required=true />
                    </div>
                    <div class="ba-field">
                        <label for="ba-adj-review">{ t(lang, Key::AdjustmentReviewLabel) }</label>
                        <input id="ba-adj-review" type="date" ref={review} />
                    </div>
                </div>
                <div class="ba-field ba-field--wide">
                    <label for="ba-adj-reason">{ t(lang, Key::AdjustReason) }</label>
                    <input id="ba-adj-reason" type="text" ref={reason} required=true maxlength={MAX_REASON_CHARS.to_string()}
                        aria-invalid={problem.is_some().then_some("true")} aria-describedby="ba-adj-problem" />
                </div>
                <p id="ba-adj-problem" class="ba-field-error" role="alert">{ problem.map(|k| t(lang, k)).unwrap_or("") }</p>
                <button type="submit" class="ba-button">{ t(lang, Key::AddAdjustment) }</button>
            </form>
        </div>
    }
}
