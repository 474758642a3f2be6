//! The coordinator's side of contributions: a request per organisation (a file with the lines it
//! leads or contributes to), the requests made, merging any number of answers with every conflict
//! shown side by side and resolved one by one or all for one side, undo of a merge as a whole,
//! and the log of merges.

use std::rc::Rc;

use beleidsagenda_model::plan::contribution::{
    default_lines, make_request, merge_answers, read_contribution, resolve, Contribution, FieldName,
    MergeDraft, Side,
};
use beleidsagenda_model::plan::contribution_sheet::{
    contribution_text_from_workbook, contribution_workbook, contribution_workbook_refused,
};
use beleidsagenda_model::plan::labels::{answer_problem, org_name, plan_problem};
use beleidsagenda_model::plan::undo::Replacement;
use beleidsagenda_model::plan::{Org, Plan, PlanAction};
use beleidsagenda_model::sheet::common::Made;
use beleidsagenda_model::sheet::xlsx_write::{write_xlsx, XLSX_MIME};
use beleidsagenda_model::text::format::{euros, fte};
use beleidsagenda_model::{t, tr, Key, Lang, Msg};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::clock::today;
use crate::components::file_progress::{reading_text, FileProgress};
use crate::components::plan::undo::{UndoBar, UndoOf};
use crate::components::plan::PlanView;
use crate::download::{download_bytes, download_text};
use crate::sliced::{read_workbook, use_readings};
use crate::state::plan::PlanDispatch;

/// Answers read and merged against `base`, waiting for the user's choices.
#[derive(Clone, PartialEq)]
struct Pending {
    base: Rc<Plan>,
    answers: Vec<(String, Contribution)>,
    draft: Rc<MergeDraft>,
    /// The user's side per conflict: none until chosen, and nothing is merged before every
    /// conflict has one.
    choices: Vec<Option<Side>>,
    /// Files that did not read, with why.
    unreadable: Vec<(String, Vec<String>)>,
}

#[derive(Clone, PartialEq)]
enum Message {
    Ok(String),
    Problem(String),
    /// Answers being read: which and how far (thousandths, once known).
    Reading(String, Option<u32>),
}

#[derive(Properties, PartialEq)]
pub struct ContributionsProps {
    pub view: PlanView,
    pub dispatch: PlanDispatch,
}

fn amount_text(field: FieldName, value: i64, lang: Lang) -> String {
    match field {
        FieldName::Eur => euros(value, lang),
        FieldName::Fte => format!(
            "{} {}",
            fte(u32::try_from(value).unwrap_or(0), lang),
            t(lang, Key::PlanFte)
        ),
    }
}

#[function_component(ContributionsPanel)]
pub fn contributions_panel(props: &ContributionsProps) -> Html {
    let view = &props.view;
    let lang = view.lang;
    let org_select = use_node_ref();
    let by_select = use_node_ref();
    let deadline_input = use_node_ref();
    let message = use_state(|| None::<Message>);
    let pending = use_state(|| None::<Pending>);

    // One request, saved as JSON (answered in the app) or as a workbook (filled in with Excel).
    let request_as = |as_xlsx: bool| {
        let (dispatch, message) = (props.dispatch.clone(), message.clone());
        let (org_select, by_select, deadline_input) =
            (org_select.clone(), by_select.clone(), deadline_input.clone());
        let view = view.clone();
        Callback::from(move |_: MouseEvent| {
            let token = |node: &NodeRef| {
                node.cast::<HtmlSelectElement>()
                    .map(|s| s.value())
                    .unwrap_or_default()
            };
            let (Some(org), Some(by)) = (
                Org::from_token(&token(&org_select)),
                Org::from_token(&token(&by_select)),
            ) else {
                return;
            };
            let deadline = deadline_input
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .filter(|d| !d.is_empty());
            let plan = dispatch.current();
            let lines = default_lines(&plan, org);
            let name = t(lang, org_name(org));
            if lines.is_empty() {
                message.set(Some(Message::Problem(tr(
                    lang,
                    Msg::PlanRequestNothing { org: name },
                ))));
                return;
            }
            let seed = format!("{}-{}", today(), js_sys::Math::random());
            let (next, file) = make_request(&plan, org, by, &lines, &today(), deadline.as_deref(), &seed);
            let file_name = format!(
                "verzoek-{}-{}.{}",
                org.token(),
                today(),
                if as_xlsx { "xlsx" } else { "json" }
            );
            if as_xlsx {
                // The request's figures are the plan's, not the dataset's: no data is named.
                let made = Made {
                    today: &today(),
                    data: None,
                    confidential: crate::edition::CONFIDENTIAL,
                };
                let workbook = contribution_workbook(&file, &view.dataset, lang, made);
                let _ = dispatch.apply(PlanAction::Replace(Box::new(next)));
                download_bytes(&file_name, XLSX_MIME, &write_xlsx(&workbook));
            } else {
                let Ok(text) = serde_json::to_string_pretty(&file) else {
                    return;
                };
                let _ = dispatch.apply(PlanAction::Replace(Box::new(next)));
                download_text(&file_name, "application/json", &text);
            }
            message.set(Some(Message::Ok(tr(
                lang,
                Msg::PlanRequestMade {
                    org: name,
                    lines: lines.len(),
                    file: &file_name,
                },
            ))));
        })
    };
    let (request, request_xlsx) = (request_as(false), request_as(true));

    let readings = use_readings();
    let read_answers = {
        let (dispatch, pending, message) = (props.dispatch.clone(), pending.clone(), message.clone());
        let readings = readings.clone();
        crate::file_input::on_files_chosen(move |files| {
            // Answers chosen again end those still being read: the last choice counts.
            let this_reading = readings.begin();
            let (dispatch, pending, message) = (dispatch.clone(), pending.clone(), message.clone());
            yew::platform::spawn_local(async move {
                let mut answers = Vec::new();
                let mut unreadable = Vec::new();
                for (name, bytes) in files {
                    let text = match crate::file_input::is_xlsx(&name) {
                        // A workbook in slices, with progress and a stop.
                        true => {
                            let text = reading_text(&name, bytes.len() as u64, lang);
                            message.set(Some(Message::Reading(text.clone(), None)));
                            let progress = |p| message.set(Some(Message::Reading(text.clone(), Some(p))));
                            match read_workbook(&bytes, progress, &this_reading).await {
                                None => {
                                    if !this_reading.is_superseded() {
                                        let stopped = tr(lang, Msg::FileReadingStopped { file: &name });
                                        message.set(Some(Message::Ok(stopped)));
                                    }
                                    return;
                                }
                                Some(Err(refused)) => Err(contribution_workbook_refused(&name, refused)),
                                Some(Ok(book)) => contribution_text_from_workbook(&name, &book, &today()),
                            }
                        }
                        false => Ok(crate::file_input::text(bytes)),
                    };
                    match text.and_then(|text| read_contribution(&name, &text)) {
                        Ok(answer) => answers.push((name, answer)),
                        Err(errors) => {
                            unreadable.push((name, errors.iter().map(|e| e.located_in(lang)).collect()))
                        }
                    }
                }
                let base = dispatch.current();
                let draft = dispatch.with_context(|context| merge_answers(&base, &answers, context));
                message.set(None);
                pending.set(Some(Pending {
                    base,
                    choices: vec![None; draft.conflicts.len()],
                    draft: Rc::new(draft),
                    answers,
                    unreadable,
                }));
            });
        })
    };
    let stop_reading = readings.stop_button("ba-merge-files");

    let choose = |index: usize, side: Side| {
        let pending = pending.clone();
        Callback::from(move |_: Event| {
            if let Some(mut next) = (*pending).clone() {
                if let Some(choice) = next.choices.get_mut(index) {
                    *choice = Some(side);
                }
                pending.set(Some(next));
            }
        })
    };
    let all_for = |side: Side| {
        let pending = pending.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(mut next) = (*pending).clone() {
                next.choices.iter_mut().for_each(|c| *c = Some(side));
                pending.set(Some(next));
            }
        })
    };
    let apply = {
        let (dispatch, pending, message) = (props.dispatch.clone(), pending.clone(), message.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(current) = (*pending).clone() else { return };
            let plan = dispatch.current();
            if *plan != *current.base {
                // The plan changed since the answers were read: merge again against it, so that
                // nothing typed in between is lost, and let the user look again.
                let draft = dispatch.with_context(|context| merge_answers(&plan, &current.answers, context));
                pending.set(Some(Pending {
                    base: plan,
                    choices: vec![None; draft.conflicts.len()],
                    draft: Rc::new(draft),
                    ..current
                }));
                message.set(Some(Message::Problem(t(lang, Key::PlanMergeRecomputed).into())));
                return;
            }
            let Some(choices) = current.choices.iter().copied().collect::<Option<Vec<Side>>>() else {
                return;
            };
            let merged = resolve(&current.draft, &choices, &today());
            let answers = current.draft.answers.iter().filter(|a| a.merged).count();
            match dispatch.replace(merged, Replacement::Merge { answers }) {
                Ok(()) => {
                    pending.set(None);
                    message.set(Some(Message::Ok(tr(lang, Msg::PlanMergeDone { answers }))));
                }
                Err(problem) => message.set(Some(Message::Problem(plan_problem(&problem, lang)))),
            }
        })
    };
    let cancel = {
        let pending = pending.clone();
        Callback::from(move |_: MouseEvent| pending.set(None))
    };
    let line_name = |country: &str, instrument: &str| {
        format!(
            "{} · {}",
            view.country_name(country),
            view.instrument_name(instrument)
        )
    };
    let org_options = |selected: Org| {
        Org::ALL
            .iter()
            .map(|&org| html! { <option value={org.token()} selected={org == selected}>{ t(lang, org_name(org)) }{" ("}{ org.code() }{")"}</option> })
            .collect::<Html>()
    };
    let pending_view = match &*pending {
        None => html! {},
        Some(current) => {
            let draft = &current.draft;
            let changed: usize = draft.answers.iter().map(|a| a.values_changed).sum();
            let notices: usize =
                current.unreadable.len() + draft.answers.iter().map(|a| a.problems.len()).sum::<usize>();
            let merged = draft.answers.iter().filter(|a| a.merged).count();
            let open_conflicts = current.choices.iter().filter(|c| c.is_none()).count();
            let corrections = draft.answers.iter().filter(|a| a.merged && a.corrects.is_some());
            html! {
                <div class="ba-merge">
                    <p role="status">{ tr(lang, Msg::PlanMergeReady { answers: merged, changed, conflicts: draft.conflicts.len(), notices }) }</p>
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
                            <li><strong>{ &a.file }</strong>{": "}{ a.problems.iter().map(|p| answer_problem(p, lang, &line_name)).collect::<Vec<_>>().join("; ") }</li>
                        }) }
                    </ul>
                    if !draft.conflicts.is_empty() {
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
                                    { for draft.conflicts.iter().enumerate().map(|(i, c)| {
                                        let name = line_name(&c.country, &c.instrument);
                                        let group = format!("ba-conflict-{i}");
                                        let plan_side = match (c.plan_value, c.plan_by) {
                                            (None, _) => t(lang, Key::PlanConflictRemoved).to_string(),
                                            (Some(v), Some(by)) => format!("{} ({})", amount_text(c.field, v, lang), by.code()),
                                            (Some(v), None) => amount_text(c.field, v, lang),
                                        };
                                        let answer_side = format!("{} ({}, {})", amount_text(c.field, c.answer_value, lang), c.answer_by.code(), c.answered_on);
                                        let chosen = current.choices.get(i).copied().flatten();
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
                                                            <input type="radio" name={group.clone()} id={format!("{group}-plan")} checked={chosen == Some(Side::Plan)} onchange={choose(i, Side::Plan)} />
                                                            <label for={format!("{group}-plan")}>{ t(lang, Key::PlanConflictPlan) }</label>
                                                        </div>
                                                        <div>
                                                            <input type="radio" name={group.clone()} id={format!("{group}-answer")} checked={chosen == Some(Side::Answer)} onchange={choose(i, Side::Answer)} />
                                                            <label for={format!("{group}-answer")}>{ t(lang, Key::PlanConflictAnswer) }{" ("}{ c.answer_by.code() }{")"}</label>
                                                        </div>
                                                    </fieldset>
                                                </td>
                                            </tr>
                                        }
                                    }) }
                                </tbody>
                            </table>
                        </div>
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
    };

    let plan = &view.plan;
    html! {
        <>
            <p>{ t(lang, Key::PlanContributionsIntro) }</p>
            <div class="ba-inline-fields ba-no-print">
                <div class="ba-field">
                    <label for="ba-request-org">{ t(lang, Key::PlanRequestOrg) }</label>
                    <select id="ba-request-org" ref={org_select}>{ org_options(Org::Ind) }</select>
                </div>
                <div class="ba-field">
                    <label for="ba-request-by">{ t(lang, Key::PlanRequestedBy) }</label>
                    <select id="ba-request-by" ref={by_select}>{ org_options(Org::AsylumMigration) }</select>
                </div>
                <div class="ba-field">
                    <label for="ba-request-deadline">{ t(lang, Key::PlanRequestDeadline) }</label>
                    <input id="ba-request-deadline" type="date" ref={deadline_input} />
                </div>
                <button type="button" class="ba-button" onclick={request}>{ t(lang, Key::PlanMakeRequest) }</button>
                <button type="button" class="ba-button ba-button--quiet" onclick={request_xlsx}>{ t(lang, Key::PlanMakeRequestXlsx) }</button>
            </div>
            <div role="status">
                if let Some(Message::Ok(text)) = &*message {
                    <p class="ba-notice ba-notice--ok">{ text }</p>
                }
                if let Some(Message::Reading(text, per_mille)) = &*message {
                    <FileProgress {lang} text={text.clone()} per_mille={*per_mille} on_stop={stop_reading} />
                }
            </div>
            if let Some(Message::Problem(text)) = &*message {
                <p class="ba-field-error" role="alert">{ text }</p>
            }
            <h3>{ t(lang, Key::PlanRequestsIssued) }</h3>
            if plan.requests.is_empty() {
                <p>{ t(lang, Key::PlanNoRequests) }</p>
            } else {
                <ul class="ba-plain-list">
                    { for plan.requests.iter().map(|r| html! {
                        <li>{ tr(lang, Msg::PlanRequestItem { org: t(lang, org_name(r.organisation)), on: &r.requested_on, lines: r.lines.len(), deadline: r.deadline.as_deref() }) }</li>
                    }) }
                </ul>
            }
            <div class="ba-field ba-no-print">
                <label for="ba-merge-files">{ t(lang, Key::PlanMergeAnswers) }</label>
                <input id="ba-merge-files" type="file" multiple={true} accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onchange={read_answers} />
            </div>
            { pending_view }
            <UndoBar {lang} dispatch={props.dispatch.clone()} of={UndoOf::Merge} />
            <h3>{ t(lang, Key::PlanMergeLog) }</h3>
            if plan.merges.is_empty() {
                <p>{ t(lang, Key::PlanNoMerges) }</p>
            } else {
                <ul class="ba-plain-list ba-merge-log">
                    { for plan.merges.iter().map(|m| html! {
                        <li>
                            { tr(lang, Msg::PlanMergeLogItem {
                                file: &m.file, org: m.organisation.code(), answered: &m.answered_on, merged: &m.merged_on,
                                added: m.lines_added, changed: m.values_changed, conflicts: m.conflicts.len(),
                                corrects: m.corrects.as_deref(), undone: m.undone_on.as_deref(),
                            }) }
                            if !m.conflicts.is_empty() || !m.notes.is_empty() {
                                <ul>
                                    { for m.conflicts.iter().map(|c| html! {
                                        <li>{ tr(lang, Msg::PlanConflictResolved {
                                            line: &line_name(&c.country, &c.instrument),
                                            year: c.year,
                                            chosen: &match c.chosen {
                                                Side::Plan => t(lang, Key::PlanConflictPlan).to_lowercase(),
                                                Side::Answer => format!("{} ({})", t(lang, Key::PlanConflictAnswer).to_lowercase(), m.organisation.code()),
                                            },
                                        }) }{" — "}{ amount_text(c.field, match c.chosen { Side::Plan => c.plan_value.unwrap_or(0), Side::Answer => c.answer_value }, lang) }</li>
                                    }) }
                                    { for m.notes.iter().map(|(country, instrument, note)| html! {
                                        <li>{ line_name(country, instrument) }{": "}<q>{ note }</q></li>
                                    }) }
                                </ul>
                            }
                        </li>
                    }) }
                </ul>
            }
        </>
    }
}
