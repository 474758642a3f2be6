//! A plan brought in from a file: the scenario file read at once, a workbook read in slices
//! with its progress, and why a file was refused, with every error's place in it.

use std::ops::ControlFlow;
use std::rc::Rc;

use beleidsagenda_model::plan::import::PlanImportError;
use beleidsagenda_model::plan::scenario::{export_scenario, Scenario};
use beleidsagenda_model::plan::undo::Replacement;
use beleidsagenda_model::plan::workbook::SheetImport;
use beleidsagenda_model::plan::workbook_read::PlanWorkbookReading;
use beleidsagenda_model::plan::Plan;
use beleidsagenda_model::selection::url_state::decode;
use beleidsagenda_model::{t, tr, Key, Msg};
use yew::prelude::*;

use super::Message;
use crate::clock::today;
use crate::components::file_progress::reading_text;
use crate::components::plan::PlanView;
use crate::sliced::{in_slices, Readings};
use crate::state::plan::PlanDispatch;

/// `plan` with its selection as the scenario file: what a save writes and *Openen* reads.
pub fn plan_file_text(plan: &Plan, view: &PlanView) -> String {
    let (settings, _) = decode(&plan.selection, &view.dataset);
    let scenario = Scenario {
        name: t(view.lang, Key::PlanTitle).to_string(),
        saved: today(),
        query: plan.selection.clone(),
        plan: Some(plan.clone()),
    };
    export_scenario(&scenario, &settings, view.data.identity())
}

/// Why a plan file was refused, in words, with every error's place in the file.
pub fn import_refusal(error: &PlanImportError, lang: beleidsagenda_model::Lang) -> Html {
    match import_problem(error, lang) {
        Message::Errors(errors, count) => refusal_list(&errors, count, lang),
        Message::Problem(text) => html! { <p class="ba-field-error" role="alert">{ text }</p> },
        _ => html! {},
    }
}

/// A refused file's errors, each with its place in the file, and how many there are.
pub fn refusal_list(errors: &[String], count: usize, lang: beleidsagenda_model::Lang) -> Html {
    html! {
        <div class="ba-errors" role="alert">
            <p>{ t(lang, Key::PlanImportRefused) }{" "}{ tr(lang, Msg::ErrorsFound { count }) }</p>
            <ul class="ba-error-list">{ for errors.iter().map(|e| html! { <li>{ e }</li> }) }</ul>
        </div>
    }
}

/// Why a plan file was refused, as the message that says so.
pub(super) fn import_problem(error: &PlanImportError, lang: beleidsagenda_model::Lang) -> Message {
    match error {
        PlanImportError::Invalid(errors) => Message::Errors(
            errors.iter().map(|e| e.located_in(lang)).collect(),
            beleidsagenda_model::check::error::refusal_count(errors),
        ),
        PlanImportError::NotAScenario => Message::Problem(t(lang, Key::ScenarioNotScenario).into()),
        PlanImportError::NoPlan => Message::Problem(t(lang, Key::PlanFileNoPlan).into()),
    }
}

/// What *Plan uit bestand* does with the file chosen: a plan file's text or a workbook, read,
/// taken into use (the plan it replaces kept for undo), or the refusal said.
#[inline(always)]
pub(super) fn choose_file(
    view: &PlanView,
    dispatch: &PlanDispatch,
    message: &UseStateHandle<Option<Message>>,
    readings: &Readings,
) -> Callback<Event> {
    let lang = view.lang;
    let (dispatch, reading, status) = (dispatch.clone(), message.clone(), message.clone());
    let dispatch_for_mark = dispatch.clone();
    let (readings, superseded) = (readings.clone(), readings.clone());
    let started = move |name: String, bytes: u64| {
        // Any file chosen ends a workbook still being read: the last choice counts.
        superseded.supersede();
        reading.set(Some(Message::Reading(reading_text(&name, bytes, lang), None)));
    };
    // What was read (a plan file's text, and for a workbook what became of its rows) taken
    // into use, or the refusal said; a workbook is not the plan file: the plan lives in no
    // file until it is saved.
    let (message, view) = (message.clone(), view.clone());
    let take = Rc::new(
        move |name: String, read: Result<(String, Option<SheetImport>), PlanImportError>| {
            let is_xlsx = read.as_ref().is_ok_and(|(_, report)| report.is_some());
            let replacement = Replacement::Loaded { name: name.clone() };
            match read.and_then(|(text, report)| {
                let other_data = crate::components::plan::other_data_notice(&text, &view);
                dispatch
                    .open_text(&name, &text, replacement, !is_xlsx)
                    .map(|(scenario, gone)| (scenario, gone, report, other_data))
            }) {
                Ok((scenario, gone, report, other_data)) => {
                    // Saves no longer go to a file picked earlier: this plan came from elsewhere.
                    crate::browser_save::forget();
                    message.set(Some(Message::Loaded(
                        format!("{scenario} ({name})"),
                        gone,
                        report,
                        other_data,
                    )));
                }
                Err(error) => message.set(Some(import_problem(&error, lang))),
            }
        },
    );
    crate::file_input::on_file_chosen_saying(started, move |name, bytes| {
        if !crate::file_input::is_xlsx(&name) {
            take(name, Ok((crate::file_input::text(bytes), None)));
            return;
        }
        let this_reading = readings.begin();
        let (take, message, dispatch) = (Rc::clone(&take), status.clone(), dispatch_for_mark.clone());
        let mark = dispatch.replacements();
        yew::platform::spawn_local(async move {
            let text = reading_text(&name, bytes.len() as u64, lang);
            let read = match PlanWorkbookReading::new(&name, &bytes, &today()) {
                Err(refused) => Some(Err(refused)),
                Ok(mut reading) => {
                    let slice = |more: &mut dyn FnMut() -> bool| match reading.step(more) {
                        Some(done) => ControlFlow::Break(done),
                        None => ControlFlow::Continue(reading.per_mille()),
                    };
                    let progress = |per_mille: u32| {
                        message.set(Some(Message::Reading(text.clone(), Some(per_mille))));
                    };
                    in_slices(slice, progress, &this_reading).await
                }
            };
            let stopped = || {
                message.set(Some(Message::Ok(tr(
                    lang,
                    Msg::FileReadingStopped { file: &name },
                ))))
            };
            match read {
                None => stopped(),
                Some(Err(refused)) => take(name, Err(refused)),
                Some(Ok((text, report))) => {
                    // Putting the plan into use is one step the browser cannot break off
                    // (every line drawn): said first, with no stop button that could no
                    // longer work; a stop pressed until then still counts.
                    message.set(Some(Message::Applying(tr(
                        lang,
                        Msg::FileApplying { file: &name },
                    ))));
                    crate::dom::after_next_paint().await;
                    if this_reading.is_cancelled() {
                        stopped();
                    } else if dispatch.replacements() != mark {
                        // Another plan was put into use meanwhile (opened, merged, undone):
                        // the later choice stands; this one is not laid over it unasked.
                        message.set(Some(Message::Problem(tr(
                            lang,
                            Msg::FileReadingOvertaken { file: &name },
                        ))));
                    } else {
                        take(name, Ok((text, Some(report))));
                    }
                }
            }
        });
    })
}
