use std::rc::Rc;

use beleidsagenda_model::plan::step_plan::export::{step_plan_csv, step_plan_workbook};
use beleidsagenda_model::plan::step_plan::labels::{orphan_line, template_loaded};
use beleidsagenda_model::plan::step_plan::own_template::parse_template_file;
use beleidsagenda_model::plan::step_plan::{StepPlanAction, StepTemplate};
use beleidsagenda_model::sheet::csv::Dialect;
use beleidsagenda_model::sheet::xlsx_write::{write_xlsx, XLSX_MIME};
use beleidsagenda_model::{t, Key, SourceRegistry};
use yew::prelude::*;

use crate::clock::today;
use crate::components::csv_download::{CsvDownload, CSV_MIME};
use crate::components::step_plan::{apply, StepPlanView};
use crate::download::{download_bytes, download_text};
use crate::state::plan::PlanDispatch;

#[derive(Clone, PartialEq)]
enum Message {
    Loaded(String),
    Refused(Vec<String>),
}

#[derive(Properties, PartialEq)]
pub struct StepFilesProps {
    pub view: StepPlanView,
    pub dispatch: PlanDispatch,
    /// What a loaded template's sources must be in: the bundled registry and the dataset's.
    pub sources: Rc<SourceRegistry>,
}

/// An organisation's own step plan loaded as JSON (refused as a whole with JSON paths, or
/// loaded with the previous one kept for undo), the step plan in use and the progress as files,
/// and the progress kept for steps the template in use lacks.
#[function_component(StepFiles)]
pub fn step_files(props: &StepFilesProps) -> Html {
    let view = &props.view;
    let lang = view.lang;
    let message = use_state(|| None::<Message>);
    let replaced = use_state(|| None::<Rc<StepTemplate>>);

    let load = {
        let (dispatch, message, replaced, sources, current) = (
            props.dispatch.clone(),
            message.clone(),
            replaced.clone(),
            Rc::clone(&props.sources),
            view.steps().template.clone(),
        );
        crate::file_input::on_file_chosen(move |name, bytes| {
            let text = crate::file_input::text(bytes);
            match parse_template_file(&name, &text, &sources) {
                Ok(template) => {
                    let title = template.name.get(lang).to_string();
                    match apply(&dispatch, StepPlanAction::ReplaceTemplate(template), lang) {
                        Ok(()) => {
                            replaced.set(Some(Rc::new(current.clone())));
                            message.set(Some(Message::Loaded(template_loaded(&title, lang))));
                        }
                        Err(problem) => message.set(Some(Message::Refused(vec![problem]))),
                    }
                }
                Err(errors) => message.set(Some(Message::Refused(
                    errors.iter().map(|e| e.located_in(lang)).collect(),
                ))),
            }
        })
    };
    let undo = {
        let (dispatch, replaced, message) = (props.dispatch.clone(), replaced.clone(), message.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(previous) = (*replaced).clone() {
                let title = previous.name.get(lang).to_string();
                if apply(
                    &dispatch,
                    StepPlanAction::ReplaceTemplate((*previous).clone()),
                    lang,
                )
                .is_ok()
                {
                    replaced.set(None);
                    message.set(Some(Message::Loaded(template_loaded(&title, lang))));
                }
            }
        })
    };
    let download_template = {
        let template = view.steps().template.clone();
        Callback::from(move |_: MouseEvent| {
            let text = serde_json::to_string_pretty(&template).unwrap_or_default();
            download_text(
                &format!("beleidsagenda-stappenplan-{}.json", template.id),
                "application/json",
                &format!("{text}\n"),
            );
        })
    };
    let download_csv = {
        let view = view.clone();
        Callback::from(move |dialect: Dialect| {
            let csv = step_plan_csv(view.steps(), &view.dataset, lang, dialect);
            download_text(
                &format!("beleidsagenda-stappenplan-voortgang-{}.csv", today()),
                CSV_MIME,
                &csv,
            );
        })
    };
    let download_xlsx = {
        let view = view.clone();
        Callback::from(move |_: MouseEvent| {
            let workbook = step_plan_workbook(view.steps(), &view.dataset, lang, &today());
            download_bytes(
                &format!("beleidsagenda-stappenplan-voortgang-{}.xlsx", today()),
                XLSX_MIME,
                &write_xlsx(&workbook),
            );
        })
    };
    let drop_orphans = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let _ = apply(&dispatch, StepPlanAction::DropOrphans, lang);
        })
    };
    let orphans = view.steps().orphans();
    html! {
        <>
            <p class="ba-field">
                <label for="ba-step-template-file">{ t(lang, Key::StepPlanLoadLabel) }</label>
                <span class="ba-hint" id="ba-step-template-help">{ t(lang, Key::StepPlanLoadHelp) }</span>
                <input id="ba-step-template-file" type="file" accept=".json,application/json"
                    aria-describedby="ba-step-template-help" onchange={load} />
            </p>
            <div role="status" aria-live="polite">
                {
                    match &*message {
                        Some(Message::Loaded(text)) => html! {
                            <div class="ba-notice ba-notice--ok">
                                <p>{ text }</p>
                                if replaced.is_some() {
                                    <button type="button" class="ba-button ba-button--quiet" onclick={undo}>{ t(lang, Key::StepPlanUndo) }</button>
                                }
                            </div>
                        },
                        Some(Message::Refused(errors)) => html! {
                            <div class="ba-notice">
                                <p><strong>{ t(lang, Key::StepPlanRefused) }</strong></p>
                                <ul class="ba-error-list">{ for errors.iter().map(|e| html! { <li>{ e }</li> }) }</ul>
                            </div>
                        },
                        None => Html::default(),
                    }
                }
            </div>
            <p class="ba-actions ba-no-print">
                <button type="button" class="ba-button" onclick={download_template}>{ t(lang, Key::StepPlanDownloadTemplate) }</button>
                <button type="button" class="ba-button" onclick={download_xlsx}>{ t(lang, Key::StepPlanDownloadXlsx) }</button>
                <CsvDownload {lang} label={Key::StepPlanDownloadCsv} id="ba-step-csv-dialect" on_download={download_csv} />
            </p>
            if !orphans.is_empty() {
                <section class="ba-panel" aria-labelledby="ba-step-orphans">
                    <h3 id="ba-step-orphans">{ t(lang, Key::StepPlanOrphansHeading) }</h3>
                    <p>{ t(lang, Key::StepPlanOrphansHelp) }</p>
                    <ul>{ for orphans.iter().map(|(country, step)| html! { <li>{ orphan_line(&view.country_name(country), step, lang) }</li> }) }</ul>
                    <button type="button" class="ba-button ba-button--quiet" onclick={drop_orphans}>{ t(lang, Key::StepPlanDropOrphans) }</button>
                </section>
            }
        </>
    }
}
