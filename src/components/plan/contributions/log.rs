//! The log of merges: each answer merged, what it added and changed, every conflict with the
//! side chosen, the notes, and an undone merge marked so.

use beleidsagenda_model::plan::contribution::Side;
use beleidsagenda_model::plan::{MergeRecord, ResolvedConflict};
use beleidsagenda_model::{t, tr, Key, Msg};
use yew::prelude::*;

use super::{amount_text, line_name};
use crate::components::plan::PlanView;

// Inlined: the split is for the reader, the public file must not grow.
#[inline(always)]
pub fn merge_log(view: &PlanView) -> Html {
    let lang = view.lang;
    let merges = &view.plan.merges;
    html! {
        <>
            <h3>{ t(lang, Key::PlanMergeLog) }</h3>
            if merges.is_empty() {
                <p>{ t(lang, Key::PlanNoMerges) }</p>
            } else {
                <ul class="ba-plain-list ba-merge-log">{ for merges.iter().map(|m| merge_item(m, view)) }</ul>
            }
        </>
    }
}

// Inlined: the split is for the reader, the public file must not grow.
#[inline(always)]
fn merge_item(m: &MergeRecord, view: &PlanView) -> Html {
    let lang = view.lang;
    let item = Msg::PlanMergeLogItem {
        file: &m.file,
        org: m.organisation.code(),
        answered: &m.answered_on,
        merged: &m.merged_on,
        added: m.lines_added,
        changed: m.values_changed,
        conflicts: m.conflicts.len(),
        corrects: m.corrects.as_deref(),
        undone: m.undone_on.as_deref(),
    };
    let conflict = |c: &ResolvedConflict| {
        let chosen = match c.chosen {
            Side::Plan => t(lang, Key::PlanConflictPlan).to_lowercase(),
            Side::Answer => format!(
                "{} ({})",
                t(lang, Key::PlanConflictAnswer).to_lowercase(),
                m.organisation.code()
            ),
        };
        let line = line_name(view, &c.country, &c.instrument);
        let value = match c.chosen {
            Side::Plan => c.plan_value.unwrap_or(0),
            Side::Answer => c.answer_value,
        };
        let resolved = Msg::PlanConflictResolved {
            line: &line,
            year: c.year,
            chosen: &chosen,
        };
        html! { <li>{ tr(lang, resolved) }{" — "}{ amount_text(c.field, value, lang) }</li> }
    };
    html! {
        <li>
            { tr(lang, item) }
            if !m.conflicts.is_empty() || !m.notes.is_empty() {
                <ul>
                    { for m.conflicts.iter().map(conflict) }
                    { for m.notes.iter().map(|(country, instrument, note)| html! {
                        <li>{ line_name(view, country, instrument) }{": "}<q>{ note }</q></li>
                    }) }
                </ul>
            }
        </li>
    }
}
