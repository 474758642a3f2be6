//! Answers read and merged against the plan, waiting for the user: what each answer brings,
//! what did not read, and every conflict with the base, the plan's and the answer's value side
//! by side, chosen one by one or all for one side.

use std::rc::Rc;

use beleidsagenda_model::plan::contribution::{Conflict, Contribution, MergeDraft, Side};
use beleidsagenda_model::plan::labels::answer_problem;
use beleidsagenda_model::plan::Plan;
use beleidsagenda_model::{t, tr, Key, Msg};
use yew::prelude::*;

use super::{amount_text, line_name};
use crate::components::plan::PlanView;

/// Answers read and merged against `base`, waiting for the user's choices.
#[derive(Clone, PartialEq)]
pub struct Pending {
    pub base: Rc<Plan>,
    pub answers: Vec<(String, Contribution)>,
    pub draft: Rc<MergeDraft>,
    /// The user's side per conflict: none until chosen, and nothing is merged before every
    /// conflict has one.
    pub choices: Vec<Option<Side>>,
    /// Files that did not read, with why.
    pub unreadable: Vec<(String, Vec<String>)>,
}

impl Pending {
    pub fn new(
        base: Rc<Plan>,
        answers: Vec<(String, Contribution)>,
        draft: MergeDraft,
        unreadable: Vec<(String, Vec<String>)>,
    ) -> Pending {
        Pending {
            base,
            answers,
            choices: vec![None; draft.conflicts.len()],
            draft: Rc::new(draft),
            unreadable,
        }
    }
}

// Inlined: the split is for the reader, the public file must not grow.
#[inline(always)]
pub fn pending_view(
    current: &Pending,
    pending: &UseStateHandle<Option<Pending>>,
    apply: Callback<MouseEvent>,
    view: &PlanView,
) -> Html {
    let lang = view.lang;
    let draft = &current.draft;
    let changed: usize = draft.answers.iter().map(|a| a.values_changed).sum();
    let notices: usize =
        current.unreadable.len() + draft.answers.iter().map(|a| a.problems.len()).sum::<usize>();
    let merged = draft.answers.iter().filter(|a| a.merged).count();
    let open_conflicts = current.choices.iter().filter(|c| c.is_none()).count();
    let corrections = draft.answers.iter().filter(|a| a.merged && a.corrects.is_some());
    let line = |country: &str, instrument: &str| line_name(view, country, instrument);
    let all_for = |side: Side| {
        let pending = pending.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(mut next) = (*pending).clone() {
                next.choices.iter_mut().for_each(|c| *c = Some(side));
                pending.set(Some(next));
            }
        })
    };
    let cancel = {
        let pending = pending.clone();
        Callback::from(move |_: MouseEvent| pending.set(None))
    };
    let ready = Msg::PlanMergeReady {
        answers: merged,
        changed,
        conflicts: draft.conflicts.len(),
        notices,
    };
    html! {
        <div class="ba-merge">
            <p role="status">{ tr(lang, ready) }</p>
            <ul class="ba-plain-list">
                { for corrections.map(|a| html! {
                    <li><strong>{ &a.file }</strong>{": "}{ tr(lang, Msg::PlanAnswerCorrects { earlier: a.corrects.as_deref().unwrap_or_default(), changed: a.values_changed }) }</li>
                }) }
            </ul>
            <ul class="ba-plain-list">
                { for current.unreadable.iter().map(|(file, errors)| html! {
                    <li><strong>{ file }</strong>{": "}{ errors.join("; ") }</li>
                }) }
                { for draft.answers.iter().filter(|a| !a.problems.is_empty()).map(|a| html! {
                    <li><strong>{ &a.file }</strong>{": "}{ a.problems.iter().map(|p| answer_problem(p, lang, &line)).collect::<Vec<_>>().join("; ") }</li>
                }) }
            </ul>
            if !draft.conflicts.is_empty() {
                { conflicts_table(current, pending, view) }
                <p class="ba-actions">
                    <button type="button" class="ba-button ba-button--quiet" onclick={all_for(Side::Plan)}>{ t(lang, Key::PlanAllForPlan) }</button>
                    <button type="button" class="ba-button ba-button--quiet" onclick={all_for(Side::Answer)}>{ t(lang, Key::PlanAllForAnswers) }</button>
                </p>
            }
            if open_conflicts > 0 {
                <p class="ba-hint" id="ba-merge-open">{ tr(lang, Msg::PlanConflictsOpen { count: open_conflicts }) }</p>
            }
            <p class="ba-actions">
                <button type="button" class="ba-button" onclick={apply} disabled={merged == 0 || open_conflicts > 0}
                    aria-describedby={(open_conflicts > 0).then_some("ba-merge-open")}>{ t(lang, Key::PlanApplyMerge) }</button>
                <button type="button" class="ba-button ba-button--quiet" onclick={cancel}>{ t(lang, Key::PlanCancelMerge) }</button>
            </p>
        </div>
    }
}

// Inlined: the split is for the reader, the public file must not grow.
#[inline(always)]
fn conflicts_table(current: &Pending, pending: &UseStateHandle<Option<Pending>>, view: &PlanView) -> Html {
    let lang = view.lang;
    html! {
        <div class="ba-table-wrap" tabindex="0" role="group" aria-labelledby="ba-conflicts-caption">
            <table class="ba-table ba-conflicts">
                <caption id="ba-conflicts-caption">{ t(lang, Key::PlanConflictsCaption) }</caption>
                <thead><tr>
                    <th scope="col">{ t(lang, Key::PlanConflictLine) }</th>
                    <th scope="col" class="ba-num">{ t(lang, Key::PlanConflictYear) }</th>
                    <th scope="col" class="ba-num">{ t(lang, Key::PlanConflictBase) }</th>
                    <th scope="col" class="ba-num">{ t(lang, Key::PlanConflictPlan) }</th>
                    <th scope="col" class="ba-num">{ t(lang, Key::PlanConflictAnswer) }</th>
                    <th scope="col">{ t(lang, Key::PlanConflictChoice) }</th>
                </tr></thead>
                <tbody>
                    { for current.draft.conflicts.iter().enumerate().map(|(i, c)| {
                        let chosen = current.choices.get(i).copied().flatten();
                        conflict_row(i, c, chosen, pending, view)
                    }) }
                </tbody>
            </table>
        </div>
    }
}

// Inlined: the split is for the reader, the public file must not grow.
#[inline(always)]
fn conflict_row(
    i: usize,
    c: &Conflict,
    chosen: Option<Side>,
    pending: &UseStateHandle<Option<Pending>>,
    view: &PlanView,
) -> Html {
    let lang = view.lang;
    let choose = |side: Side| {
        let pending = pending.clone();
        Callback::from(move |_: Event| {
            if let Some(mut next) = (*pending).clone() {
                if let Some(choice) = next.choices.get_mut(i) {
                    *choice = Some(side);
                }
                pending.set(Some(next));
            }
        })
    };
    let name = line_name(view, &c.country, &c.instrument);
    let group = format!("ba-conflict-{i}");
    let plan_side = match (c.plan_value, c.plan_by) {
        (None, _) => t(lang, Key::PlanConflictRemoved).to_string(),
        (Some(v), Some(by)) => format!("{} ({})", amount_text(c.field, v, lang), by.code()),
        (Some(v), None) => amount_text(c.field, v, lang),
    };
    let answer_side = format!(
        "{} ({}, {})",
        amount_text(c.field, c.answer_value, lang),
        c.answer_by.code(),
        c.answered_on
    );
    html! {
        <tr>
            <th scope="row">{ &name }</th>
            <td class="ba-num">{ c.year }</td>
            <td class="ba-num">{ amount_text(c.field, c.base, lang) }</td>
            <td class="ba-num">{ &plan_side }</td>
            <td class="ba-num">{ &answer_side }</td>
            <td>
                <fieldset class="ba-checklist ba-conflict-choice">
                    <legend class="ba-visually-hidden">{ t(lang, Key::PlanConflictChoice) }{": "}{ &name }{", "}{ c.year }</legend>
                    <div>
                        <input type="radio" name={group.clone()} id={format!("{group}-plan")} checked={chosen == Some(Side::Plan)} onchange={choose(Side::Plan)} />
                        <label for={format!("{group}-plan")}>{ t(lang, Key::PlanConflictPlan) }</label>
                    </div>
                    <div>
                        <input type="radio" name={group.clone()} id={format!("{group}-answer")} checked={chosen == Some(Side::Answer)} onchange={choose(Side::Answer)} />
                        <label for={format!("{group}-answer")}>{ t(lang, Key::PlanConflictAnswer) }{" ("}{ c.answer_by.code() }{")"}</label>
                    </div>
                </fieldset>
            </td>
        </tr>
    }
}
