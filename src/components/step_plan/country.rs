use beleidsagenda_model::plan::labels::org_name;
use beleidsagenda_model::plan::step_plan::export::status_code;
use beleidsagenda_model::plan::step_plan::labels::{conditions_summary, status_label, steps_done};
use beleidsagenda_model::plan::step_plan::progress::country_progress;
use beleidsagenda_model::plan::step_plan::{StepPlanAction, StepRecord, StepStatus, TemplateStep};
use beleidsagenda_model::plan::Org;
use beleidsagenda_model::{t, Key, Lang};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::components::citation::Citation;
use crate::components::step_plan::conditions::conditions_fieldset;
use crate::components::step_plan::{apply, StepPlanView};
use crate::state::plan::PlanDispatch;

#[derive(Properties, PartialEq)]
pub struct CountryStepsProps {
    pub view: StepPlanView,
    pub iso3: AttrValue,
    pub dispatch: PlanDispatch,
}

/// One country's steps, each with its status, lead, date, notes and conditions.
#[function_component(CountrySteps)]
pub fn country_steps(props: &CountryStepsProps) -> Html {
    let view = &props.view;
    let lang = view.lang;
    let iso3 = props.iso3.to_string();
    let progress = country_progress(view.steps(), &iso3);
    let heading_id = format!("ba-steps-{iso3}");
    let remove = {
        let (dispatch, iso3) = (props.dispatch.clone(), iso3.clone());
        Callback::from(move |_: MouseEvent| {
            let _ = apply(&dispatch, StepPlanAction::RemoveCountry(iso3.clone()), lang);
        })
    };
    let editors = view.steps().template.steps.iter().enumerate().map(|(i, step)| {
        html! {
            <StepEditor
                key={step.id.clone()}
                {lang}
                number={i + 1}
                country={iso3.clone()}
                step={step.clone()}
                record={view.steps().record(&iso3, step)}
                dispatch={props.dispatch.clone()}
            />
        }
    });
    html! {
        <section class="ba-step-country" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>{ view.country_name(&iso3) }</h3>
            <p>
                { steps_done(progress.done, progress.applicable, lang) }{"; "}
                { conditions_summary(progress.conditions_met, progress.conditions_not_met, progress.conditions_unknown, lang) }
            </p>
            <ol class="ba-step-list">{ for editors }</ol>
            <p class="ba-no-print">
                <button type="button" class="ba-button ba-button--quiet" onclick={remove}>
                    { t(lang, Key::StepPlanRemoveCountry) }{": "}{ view.country_name(&iso3) }
                </button>
            </p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct StepEditorProps {
    lang: Lang,
    number: usize,
    country: String,
    step: TemplateStep,
    record: StepRecord,
    dispatch: PlanDispatch,
}

pub(super) fn select_value(e: &Event) -> Option<String> {
    e.target()
        .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
        .map(|s| s.value())
}

/// One step of one country. What the user types stays in the field when it is refused, with
/// the reason beside it; the record keeps its previous value.
#[function_component(StepEditor)]
fn step_editor(props: &StepEditorProps) -> Html {
    let lang = props.lang;
    let step = &props.step;
    let record = &props.record;
    let id = format!("ba-step-{}-{}", props.country, step.id);
    let problem = use_state(|| None::<String>);
    let date = use_state(|| record.date.clone().unwrap_or_default());
    let notes = use_state(|| record.notes.clone());
    let run = {
        let (dispatch, problem) = (props.dispatch.clone(), problem.clone());
        move |action: StepPlanAction| {
            problem.set(apply(&dispatch, action, lang).err());
        }
    };
    let (country, step_id) = (props.country.clone(), step.id.clone());
    let on_status = {
        let (run, country, step_id) = (run.clone(), country.clone(), step_id.clone());
        Callback::from(move |e: Event| {
            let chosen =
                select_value(&e).and_then(|v| StepStatus::ALL.into_iter().find(|s| status_code(*s) == v));
            if let Some(status) = chosen {
                run(StepPlanAction::SetStatus {
                    country: country.clone(),
                    step: step_id.clone(),
                    status,
                });
            }
        })
    };
    let on_owner = {
        let (run, country, step_id) = (run.clone(), country.clone(), step_id.clone());
        Callback::from(move |e: Event| {
            if let Some(owner) = select_value(&e).and_then(|v| Org::from_token(&v)) {
                run(StepPlanAction::SetOwner {
                    country: country.clone(),
                    step: step_id.clone(),
                    owner,
                });
            }
        })
    };
    let on_date = {
        let (run, country, step_id, date) = (run.clone(), country.clone(), step_id.clone(), date.clone());
        Callback::from(move |e: Event| {
            if let Some(input) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) {
                date.set(input.value());
                run(StepPlanAction::SetDate {
                    country: country.clone(),
                    step: step_id.clone(),
                    date: input.value(),
                });
            }
        })
    };
    let on_notes_input = {
        let notes = notes.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e.target().and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok()) {
                notes.set(area.value());
            }
        })
    };
    let save_notes = {
        let (run, country, step_id, notes) = (run.clone(), country.clone(), step_id.clone(), notes.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            run(StepPlanAction::SetNotes {
                country: country.clone(),
                step: step_id.clone(),
                notes: (*notes).clone(),
            });
        })
    };
    html! {
        <li class="ba-step">
            <h4 id={format!("{id}-title")}>{ props.number }{". "}{ step.title.get(lang) }</h4>
            <p>{ step.description.get(lang) }</p>
            if !step.sources.is_empty() {
                <Citation {lang} refs={step.sources.clone()} />
            }
            if let Some(assumption) = &step.assumption {
                <p class="ba-assumption">{ t(lang, Key::Assumption) }{": "}{ assumption.get(lang) }</p>
            }
            <div class="ba-step__fields ba-no-print">
                <p class="ba-field">
                    <label for={format!("{id}-status")}>{ t(lang, Key::StepStatusLabel) }</label>
                    <select id={format!("{id}-status")} onchange={on_status}>
                        { for StepStatus::ALL.iter().map(|s| html! {
                            <option value={status_code(*s)} selected={*s == record.status}>{ status_label(*s, lang) }</option>
                        }) }
                    </select>
                </p>
                <p class="ba-field">
                    <label for={format!("{id}-owner")}>{ t(lang, Key::StepOwner) }</label>
                    <select id={format!("{id}-owner")} onchange={on_owner}>
                        { for Org::ALL.iter().map(|o| html! {
                            <option value={o.token()} selected={*o == record.owner}>{ t(lang, org_name(*o)) }</option>
                        }) }
                    </select>
                </p>
                <p class="ba-field">
                    <label for={format!("{id}-date")}>{ t(lang, Key::StepDate) }</label>
                    <input id={format!("{id}-date")} type="text" inputmode="numeric" autocomplete="off" size="10"
                        value={(*date).clone()} onchange={on_date} />
                </p>
            </div>
            <p class="ba-print-only">
                { t(lang, Key::StepStatusLabel) }{": "}{ status_label(record.status, lang) }{"; "}
                { t(lang, Key::StepOwner) }{": "}{ t(lang, org_name(record.owner)) }
                if let Some(date) = &record.date { {"; "}{ date } }
            </p>
            { conditions_fieldset(lang, &id, (&props.country, step, record), run) }
            <form class="ba-step__notes" onsubmit={save_notes}>
                <label for={format!("{id}-notes")}>{ t(lang, Key::StepNotes) }</label>
                <p class="ba-hint" id={format!("{id}-notes-hint")}>{ t(lang, Key::StepNotesHint) }</p>
                <textarea id={format!("{id}-notes")} rows="3" aria-describedby={format!("{id}-notes-hint")}
                    value={(*notes).clone()} oninput={on_notes_input} />
                <button type="submit" class="ba-button ba-button--quiet ba-no-print">{ t(lang, Key::StepSaveNotes) }</button>
            </form>
            <p class="ba-step__problem" role="status">
                if let Some(problem) = &*problem { <strong>{ problem }</strong> }
            </p>
        </li>
    }
}
