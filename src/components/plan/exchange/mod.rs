//! The plan's exchange with the world outside the page: exported (workbook, CSV, the scenario
//! file, print), brought in from a file (a workbook read in slices), and saved in this browser
//! as named plans to load back and compare. Each part says what became of what it read.

mod compare;
mod exports;
mod import;
mod message;

use std::rc::Rc;

use beleidsagenda_model::plan::import::Dropped;
use beleidsagenda_model::plan::labels::plan_problem;
use beleidsagenda_model::plan::scenario::Scenario;
use beleidsagenda_model::plan::undo::Replacement;
use beleidsagenda_model::plan::workbook::SheetImport;
use beleidsagenda_model::plan::Plan;
use beleidsagenda_model::text::messages::StoredKind;
use beleidsagenda_model::{t, tr, Key, Msg};
use yew::prelude::*;

pub use import::{import_refusal, plan_file_text, refusal_list};

use crate::clock::today;
use crate::components::plan::undo::{UndoBar, UndoOf};
use crate::components::plan::PlanView;
use crate::components::saved_scenarios::{compare_choice, save_form, saved_list, scenario_item};
use crate::components::set_aside::SetAsideNotice;
use crate::sliced::use_readings;
use crate::state::plan::PlanDispatch;
use crate::state::scenario_store::{load_list, save_named, SavedNamed, SCENARIOS_KEY};

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
    let rows: Vec<Html> = with_plan
        .iter()
        .map(|scenario| {
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
        })
        .collect();
    let import = import::choose_file(view, &props.dispatch, &message, &readings);
    let stop_reading = readings.stop_button("ba-plan-file");
    let names: Vec<&str> = with_plan.iter().map(|s| s.name.as_str()).collect();
    html! {
        <>
            if let Some(outcome) = damaged.clone() {
                <SetAsideNotice {lang} {outcome} what={StoredKind::Scenarios} storage_key={SCENARIOS_KEY}
                    file_name={format!("beleidsagenda-scenarios-onleesbaar-{}.json", today())} />
            }
            { message::message_view(&message, view, stop_reading) }
            <UndoBar {lang} dispatch={props.dispatch.clone()} of={UndoOf::Loaded} />
            { exports::export_buttons(view, &props.dispatch) }
            <div class="ba-field ba-no-print">
                <label for="ba-plan-file">{ t(lang, Key::PlanImportFile) }</label>
                <input id="ba-plan-file" type="file" accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onchange={import} />
            </div>
            { save_form(lang, "ba-plan-scenario-name", name, Key::PlanSaveScenario, save) }
            { saved_list(lang, Key::PlanNoScenarios, rows) }
            { compare_choice(lang, "ba-plan-compare", Key::PlanInUse, &names, &left, &right) }
            { compare::plan_differences(view, &list.scenarios, &left, &right) }
        </>
    }
}
