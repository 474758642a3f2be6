//! The coordinator's side of contributions: a request per organisation (a file with the lines it
//! leads or contributes to), the requests made, merging any number of answers with every conflict
//! shown side by side and resolved one by one or all for one side, undo of a merge as a whole,
//! and the log of merges.

mod conflicts;
mod log;
mod request;

use beleidsagenda_model::plan::contribution::{merge_answers, read_contribution, resolve, FieldName, Side};
use beleidsagenda_model::plan::contribution_sheet::{
    contribution_text_from_workbook, contribution_workbook_refused,
};
use beleidsagenda_model::plan::labels::plan_problem;
use beleidsagenda_model::plan::undo::Replacement;
use beleidsagenda_model::text::format::{euros, fte};
use beleidsagenda_model::{t, tr, Key, Lang, Msg};
use yew::prelude::*;

use crate::clock::today;
use crate::components::file_progress::{reading_text, FileProgress};
use crate::components::plan::undo::{UndoBar, UndoOf};
use crate::components::plan::PlanView;
use crate::sliced::{read_workbook, use_readings};
use crate::state::plan::PlanDispatch;
use conflicts::Pending;

#[derive(Clone, PartialEq)]
pub enum Message {
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

/// "Marokko · Terugkeersamenwerking": a line as the user reads it.
// Inlined: the split is for the reader, the public file must not grow.
#[inline(always)]
fn line_name(view: &PlanView, country: &str, instrument: &str) -> String {
    format!(
        "{} · {}",
        view.country_name(country),
        view.instrument_name(instrument)
    )
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
            let fields = (&org_select, &by_select, &deadline_input);
            if let Some(outcome) = request::make_request(&dispatch, &view, fields, as_xlsx) {
                message.set(Some(outcome));
            }
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
                pending.set(Some(Pending::new(base, answers, draft, unreadable)));
            });
        })
    };
    let stop_reading = readings.stop_button("ba-merge-files");

    let apply = {
        let (dispatch, pending, message) = (props.dispatch.clone(), pending.clone(), message.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(current) = (*pending).clone() else { return };
            let plan = dispatch.current();
            if *plan != *current.base {
                // The plan changed since the answers were read: merge again against it, so that
                // nothing typed in between is lost, and let the user look again.
                let draft = dispatch.with_context(|context| merge_answers(&plan, &current.answers, context));
                pending.set(Some(Pending::new(
                    plan,
                    current.answers,
                    draft,
                    current.unreadable,
                )));
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
    let pending_view = match &*pending {
        Some(current) => conflicts::pending_view(current, &pending, apply, view),
        None => html! {},
    };

    html! {
        <>
            { request::request_form(lang, (&org_select, &by_select, &deadline_input), request, request_xlsx) }
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
            { request::requests_made(&view.plan, lang) }
            <div class="ba-field ba-no-print">
                <label for="ba-merge-files">{ t(lang, Key::PlanMergeAnswers) }</label>
                <input id="ba-merge-files" type="file" multiple={true} accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onchange={read_answers} />
            </div>
            { pending_view }
            <UndoBar {lang} dispatch={props.dispatch.clone()} of={UndoOf::Merge} />
            { log::merge_log(view) }
        </>
    }
}
