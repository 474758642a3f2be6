//! The plan's exchange with the world outside the page: exported (workbook, CSV, the scenario
//! file, print), brought in from a file (a workbook read in slices), and saved in this browser
//! as named plans to load back and compare. Each part says what became of what it read.

use std::ops::ControlFlow;
use std::rc::Rc;

use beleidsagenda_model::plan::compare::compare_plans;
use beleidsagenda_model::plan::import::{Dropped, PlanImportError};
use beleidsagenda_model::plan::labels::{plan_problem, sheet_import};
use beleidsagenda_model::plan::scenario::{export_scenario, Scenario};
use beleidsagenda_model::plan::totals::totals;
use beleidsagenda_model::plan::undo::Replacement;
use beleidsagenda_model::plan::workbook::{plan_csv, plan_workbook, SheetImport};
use beleidsagenda_model::plan::workbook_read::PlanWorkbookReading;
use beleidsagenda_model::plan::{Org, Plan};
use beleidsagenda_model::selection::url_state::decode;
use beleidsagenda_model::sheet::csv::Dialect;
use beleidsagenda_model::sheet::xlsx_write::{write_xlsx, XLSX_MIME};
use beleidsagenda_model::text::format::{euros, fte};
use beleidsagenda_model::{t, tr, Key, Msg};
use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::clock::today;
use crate::components::csv_download::{CsvDownload, CSV_MIME};
use crate::components::file_progress::{reading_text, FileProgress};
use crate::components::plan::undo::{UndoBar, UndoOf};
use crate::components::plan::PlanView;
use crate::components::scenario_item::scenario_item;
use crate::components::set_aside::SetAsideNotice;
use crate::download::{download_bytes, download_text};
use crate::sliced::{in_slices, use_readings};
use crate::state::plan::PlanDispatch;
use crate::state::scenario_store::{load_list, save_named, SavedNamed, SCENARIOS_KEY};
use beleidsagenda_model::text::messages::StoredKind;

#[derive(Clone, PartialEq)]
enum Message {
    Ok(String),
    Problem(String),
    /// The refusal's lines and how many problems they stand for.
    Errors(Vec<String>, usize),
    /// A file being read: what and how far (thousandths, once known).
    Reading(String, Option<u32>),
    /// A file read, its plan being put into use.
    Applying(String),
    /// A plan loaded: its name, what the data in use did not know (dropped), for a workbook
    /// what became of every row of its lines sheet, and the notice when it was made with other
    /// data.
    Loaded(String, Vec<Dropped>, Option<SheetImport>, Html),
}

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
fn import_problem(error: &PlanImportError, lang: beleidsagenda_model::Lang) -> Message {
    match error {
        PlanImportError::Invalid(errors) => Message::Errors(
            errors.iter().map(|e| e.located_in(lang)).collect(),
            beleidsagenda_model::check::error::refusal_count(errors),
        ),
        PlanImportError::NotAScenario => Message::Problem(t(lang, Key::ScenarioNotScenario).into()),
        PlanImportError::NoPlan => Message::Problem(t(lang, Key::PlanFileNoPlan).into()),
    }
}

#[derive(Properties, PartialEq)]
pub struct PlanExchangeProps {
    pub view: PlanView,
    pub dispatch: PlanDispatch,
}

/// The plan as it travels: saved with its selection as a scenario, compared two by two,
/// exported as the scenario file and read back, as CSV, and on paper.
#[function_component(PlanExchange)]
pub fn plan_exchange(props: &PlanExchangeProps) -> Html {
    let view = &props.view;
    let lang = view.lang;
    let state = use_state(load_list);
    let (list, damaged) = (*state).clone();
    let message = use_state(|| None::<Message>);
    let readings = use_readings();
    let name = use_node_ref();
    let left = use_state(String::new);
    let right = use_state(String::new);

    let save = {
        let (state, message, name, plan) = (
            state.clone(),
            message.clone(),
            name.clone(),
            Rc::clone(&view.plan),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let saved = save_named(&state, &name, |name| Scenario {
                name: name.to_string(),
                saved: today(),
                query: plan.selection.clone(),
                plan: Some((*plan).clone()),
            });
            message.set(Some(match saved {
                SavedNamed::Kept(name) => Message::Ok(tr(lang, Msg::ScenarioSaved { name: &name })),
                SavedNamed::NotKept(name) => Message::Problem(tr(lang, Msg::ScenarioNotKept { name: &name })),
                SavedNamed::NoName => Message::Problem(t(lang, Key::NameRequired).into()),
            }));
        })
    };
    // A plan from a saved scenario or a file takes the place of the plan in use, which is kept
    // for undo; what the data in use does not know was dropped and is listed.
    let adopt = {
        let (dispatch, message) = (props.dispatch.clone(), message.clone());
        Rc::new(move |name: &str, plan: Plan, gone: Vec<Dropped>| {
            let replacement = Replacement::Loaded {
                name: name.to_string(),
            };
            message.set(Some(match dispatch.replace(plan, replacement) {
                Ok(()) => Message::Loaded(name.to_string(), gone, None, Html::default()),
                Err(problem) => Message::Problem(plan_problem(&problem, lang)),
            }));
        })
    };
    let with_plan: Vec<&Scenario> = list.scenarios.iter().filter(|s| s.plan.is_some()).collect();
    let rows = with_plan.iter().map(|scenario| {
        let load = {
            let (dispatch, adopt, scenario) =
                (props.dispatch.clone(), Rc::clone(&adopt), (*scenario).clone());
            Callback::from(move |_: MouseEvent| {
                let Some(mut plan) = scenario.plan.clone() else {
                    return;
                };
                plan.selection = scenario.query.clone();
                let (plan, gone) = dispatch
                    .with_context(|context| beleidsagenda_model::plan::import::keep_known(plan, context));
                adopt(&scenario.name, plan, gone);
            })
        };
        scenario_item(lang, scenario, &state, load)
    });

    let export_json = {
        let view = view.clone();
        Callback::from(move |_: MouseEvent| {
            download_text(
                &format!("beleidsagenda-plan-{}.json", today()),
                "application/json",
                &plan_file_text(&view.plan, &view),
            );
        })
    };
    let export_csv = {
        let (view, dispatch) = (view.clone(), props.dispatch.clone());
        Callback::from(move |dialect: Dialect| {
            let tier_of = |c: &str| view.tiers.get(c).copied();
            let csv = dispatch.with_context(|context| plan_csv(&view.plan, context, &tier_of, lang, dialect));
            download_text(&format!("beleidsagenda-plan-{}.csv", today()), CSV_MIME, &csv);
        })
    };
    let export_xlsx = {
        let (view, dispatch) = (view.clone(), props.dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            let tier_of = |c: &str| view.tiers.get(c).copied();
            let file_text = plan_file_text(&view.plan, &view);
            let workbook = dispatch.with_context(|context| {
                let confidential = crate::edition::CONFIDENTIAL;
                plan_workbook(
                    &view.plan,
                    context,
                    &tier_of,
                    lang,
                    &file_text,
                    confidential,
                    &view.memo,
                )
            });
            let name = format!("beleidsagenda-plan-{}.xlsx", today());
            download_bytes(&name, XLSX_MIME, &write_xlsx(&workbook));
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        let _ = gloo_utils::window().print();
    });
    let import = {
        let (dispatch, reading, status) = (props.dispatch.clone(), message.clone(), message.clone());
        let dispatch_for_mark = props.dispatch.clone();
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
    };
    let stop_reading = readings.stop_button("ba-plan-file");

    // Comparison: "" is the plan in use.
    let plan_of = |name: &str| -> Rc<Plan> {
        list.scenarios
            .iter()
            .find(|s| s.name == name)
            .and_then(|s| s.plan.clone())
            .map(Rc::new)
            .unwrap_or_else(|| Rc::clone(&view.plan))
    };
    let (a, b) = (plan_of(&left), plan_of(&right));
    let tier_of = |c: &str| view.tiers.get(c).copied();
    let difference = compare_plans(&a, &b, &totals(&a, &tier_of), &totals(&b, &tier_of));
    let choose = |handle: UseStateHandle<String>| {
        Callback::from(move |event: Event| {
            if let Some(select) = event
                .target()
                .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
            {
                handle.set(select.value());
            }
        })
    };
    let options = |chosen: &str| {
        let mut all = vec![
            html! { <option value="" selected={chosen.is_empty()}>{ t(lang, Key::PlanInUse) }</option> },
        ];
        all.extend(with_plan.iter().map(
            |s| html! { <option value={s.name.clone()} selected={s.name == chosen}>{ &s.name }</option> },
        ));
        all
    };
    let money = |x: i64, y: i64| {
        tr(
            lang,
            Msg::DifferenceAmount {
                left: &euros(x, lang),
                right: &euros(y, lang),
            },
        )
    };
    html! {
        <>
            if let Some(outcome) = damaged.clone() {
                <SetAsideNotice {lang} {outcome} what={StoredKind::Scenarios} storage_key={SCENARIOS_KEY}
                    file_name={format!("beleidsagenda-scenarios-onleesbaar-{}.json", today())} />
            }
            <div role="status">
                { match &*message {
                    Some(Message::Ok(text)) => html! { <p class="ba-notice ba-notice--ok">{ text }</p> },
                    Some(Message::Applying(text)) => html! { <p class="ba-notice">{ text }</p> },
                    Some(Message::Reading(text, per_mille)) => html! {
                        <FileProgress {lang} text={text.clone()} per_mille={*per_mille} on_stop={stop_reading} />
                    },
                    Some(Message::Loaded(name, gone, report, other_data)) => {
                        let rows = report.as_ref().map(|r| sheet_import(r, lang, &|c: &str, i: &str| format!("{} · {}", view.country_name(c), view.instrument_name(i))));
                        html! { <>
                            <div class={if gone.is_empty() { "ba-notice ba-notice--ok" } else { "ba-notice" }}>
                                <p>{ tr(lang, Msg::PlanImported { name }) }</p>
                                if let Some(rows) = rows {
                                    <ul>{ for rows.iter().map(|r| html! { <li>{ r }</li> }) }</ul>
                                }
                                if !gone.is_empty() {
                                    <p>{ tr(lang, Msg::PlanDropped { count: gone.len() }) }</p>
                                    { crate::components::plan::dropped_list(gone, lang) }
                                }
                            </div>
                            { other_data.clone() }
                        </> }
                    }
                    _ => html! {},
                } }
            </div>
            { match &*message {
                Some(Message::Problem(text)) => html! { <p class="ba-field-error" role="alert">{ text }</p> },
                Some(Message::Errors(errors, count)) => refusal_list(errors, *count, lang),
                _ => html! {},
            } }
            <UndoBar {lang} dispatch={props.dispatch.clone()} of={UndoOf::Loaded} />
            <div class="ba-actions ba-no-print">
                <button type="button" class="ba-button" onclick={export_xlsx}>{ t(lang, Key::PlanExportXlsx) }</button>
                <CsvDownload {lang} label={Key::PlanExportCsv} id="ba-plan-csv-dialect" on_download={export_csv} />
                <button type="button" class="ba-button" onclick={export_json}>{ t(lang, Key::PlanExportScenario) }</button>
                <button type="button" class="ba-button ba-button--quiet" onclick={print}>{ t(lang, Key::PlanPrint) }</button>
            </div>
            <div class="ba-field ba-no-print">
                <label for="ba-plan-file">{ t(lang, Key::PlanImportFile) }</label>
                <input id="ba-plan-file" type="file" accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onchange={import} />
            </div>
            <form class="ba-form ba-inline-fields ba-no-print" onsubmit={save}>
                <div class="ba-field">
                    <label for="ba-plan-scenario-name">{ t(lang, Key::ScenarioName) }</label>
                    <input id="ba-plan-scenario-name" type="text" ref={name} maxlength="80" />
                </div>
                <button type="submit" class="ba-button">{ t(lang, Key::PlanSaveScenario) }</button>
            </form>
            if with_plan.is_empty() {
                <p>{ t(lang, Key::PlanNoScenarios) }</p>
            } else {
                <ul class="ba-scenario-list">{ for rows }</ul>
            }
            <h3>{ t(lang, Key::CompareTitle) }</h3>
            <div class="ba-inline-fields">
                <div class="ba-field">
                    <label for="ba-plan-compare-left">{ t(lang, Key::CompareLeft) }</label>
                    <select id="ba-plan-compare-left" onchange={choose(left.clone())}>{ for options(&left) }</select>
                </div>
                <div class="ba-field">
                    <label for="ba-plan-compare-right">{ t(lang, Key::CompareRight) }</label>
                    <select id="ba-plan-compare-right" onchange={choose(right.clone())}>{ for options(&right) }</select>
                </div>
            </div>
            <div role="status" class="ba-plan-compare">
                if difference.is_empty() {
                    <p>{ t(lang, Key::NoDifferences) }</p>
                } else {
                    <ul class="ba-plain-list">
                        { for difference.money_by_year.iter().map(|(y, (x, z))| html! { <li>{ t(lang, Key::PlanMoney) }{" "}{ y }{": "}{ money(*x, *z) }</li> }) }
                        { for difference.money_by_envelope.iter().map(|(e, (x, z))| html! { <li>{ view.envelope_name(e) }{": "}{ money(*x, *z) }</li> }) }
                        { for difference.fte.iter().map(|((org, y), (x, z))| html! {
                            <li>{ t(lang, Key::PlanFte) }{" "}{ Org::code(*org) }{" "}{ y }{": "}{ fte(*x, lang) }{" → "}{ fte(*z, lang) }</li>
                        }) }
                        { for difference.only_left.iter().map(|c| html! { <li>{ t(lang, Key::PlanOnlyLeft) }{": "}{ view.country_name(c) }</li> }) }
                        { for difference.only_right.iter().map(|c| html! { <li>{ t(lang, Key::PlanOnlyRight) }{": "}{ view.country_name(c) }</li> }) }
                        { for difference.changed.iter().map(|(c, (x, z))| html! { <li>{ view.country_name(c) }{": "}{ money(*x, *z) }</li> }) }
                    </ul>
                }
            </div>
        </>
    }
}
