//! Named scenarios kept in this browser, loading one, comparing two, and reading a scenario
//! file exported earlier.

mod comparison;

use std::rc::Rc;

use beleidsagenda_model::plan::scenario::{compare, import_scenario, Scenario, ScenarioImportError};
use beleidsagenda_model::selection::action::SelectionAction;
use beleidsagenda_model::selection::url_state::Ignored;
use beleidsagenda_model::selection::SelectionSettings;
use beleidsagenda_model::{t, tr, Dataset, Key, Lang, Msg};
use yew::prelude::*;

use crate::clock::today;
use crate::components::saved_scenarios::{compare_choice, save_form, saved_list, scenario_item};
use crate::components::set_aside::SetAsideNotice;
use crate::state::scenario_store::{load_list, save_named, SavedNamed, SCENARIOS_KEY};
use crate::state::selection::Dispatch;
use beleidsagenda_model::text::messages::StoredKind;

#[derive(Properties, PartialEq)]
pub struct ScenariosProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    /// The data in use, as a comparison workbook names it.
    pub data: Rc<crate::state::context::DataInUse>,
    pub settings: Rc<SelectionSettings>,
    pub dispatch: Dispatch,
    /// What a loaded file or scenario could not apply, for the page's notice.
    pub on_ignored: Callback<Vec<Ignored>>,
}

enum Message {
    Saved(String),
    Loaded(String),
    Problem(String),
}

#[function_component(ScenariosPanel)]
pub fn scenarios_panel(props: &ScenariosProps) -> Html {
    let lang = props.lang;
    let state = use_state(load_list);
    let (list, damaged) = (*state).clone();
    let message = use_state(|| None::<Message>);
    let name = use_node_ref();
    let left = use_state(String::new);
    let right = use_state(String::new);

    let save = {
        let (state, message, name, settings) = (
            state.clone(),
            message.clone(),
            name.clone(),
            Rc::clone(&props.settings),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let saved = save_named(&state, &name, |name| Scenario::new(name, &today(), &settings));
            message.set(Some(match saved {
                SavedNamed::Kept(name) => Message::Saved(name),
                SavedNamed::NotKept(name) => Message::Problem(tr(lang, Msg::ScenarioNotKept { name: &name })),
                SavedNamed::NoName => Message::Problem(t(lang, Key::NameRequired).into()),
            }));
        })
    };

    let apply = {
        let (dispatch, on_ignored, dataset, message) = (
            props.dispatch.clone(),
            props.on_ignored.clone(),
            Rc::clone(&props.dataset),
            message.clone(),
        );
        move |scenario: &Scenario| {
            let (settings, ignored) = scenario.settings(&dataset);
            // After the change, which clears earlier notices.
            let _ = dispatch.push(SelectionAction::Replace(settings));
            on_ignored.emit(ignored);
            message.set(Some(Message::Loaded(scenario.name.clone())));
        }
    };

    let rows: Vec<Html> = list
        .scenarios
        .iter()
        .map(|scenario| {
            let load = {
                let (apply, scenario) = (apply.clone(), scenario.clone());
                Callback::from(move |_: MouseEvent| apply(&scenario))
            };
            scenario_item(lang, scenario, &state, load)
        })
        .collect();
    let names: Vec<&str> = list.scenarios.iter().map(|s| s.name.as_str()).collect();

    let import = {
        let (apply, dataset, message) = (apply.clone(), Rc::clone(&props.dataset), message.clone());
        crate::file_input::on_file_chosen(move |_, bytes| {
            match import_scenario(&crate::file_input::text(bytes), &dataset) {
                Ok((scenario, _, _)) => apply(&scenario),
                Err(ScenarioImportError::NotJson { reason, line, column }) => {
                    let error = format!("{} ({})", reason.text(lang), tr(lang, Msg::Line { line, column }));
                    message.set(Some(Message::Problem(tr(
                        lang,
                        Msg::ScenarioNotJson { error: &error },
                    ))))
                }
                Err(ScenarioImportError::NotAScenario) => {
                    message.set(Some(Message::Problem(t(lang, Key::ScenarioNotScenario).into())))
                }
            }
        })
    };

    // Comparison: "" stands for the current settings. Two full rankings: only when the two
    // sides differ, and only again when they or the settings change.
    let differences = {
        let (left_name, right_name) = ((*left).clone(), (*right).clone());
        let scenarios = list.scenarios.clone();
        use_memo(
            (
                left_name,
                right_name,
                Rc::clone(&props.settings),
                Rc::clone(&props.dataset),
                scenarios,
            ),
            |(l, r, settings, dataset, scenarios)| {
                if l == r {
                    return Vec::new();
                }
                let settings_of = |name: &str| -> SelectionSettings {
                    scenarios
                        .iter()
                        .find(|s| s.name == name)
                        .map(|s| s.settings(dataset).0)
                        .unwrap_or_else(|| (**settings).clone())
                };
                compare(dataset, &settings_of(l), &settings_of(r))
            },
        )
    };
    let export = comparison::export_comparison(
        lang,
        (*left).clone(),
        (*right).clone(),
        list.scenarios.clone(),
        Rc::clone(&props.settings),
        Rc::clone(&props.dataset),
        Rc::clone(&props.data),
    );
    html! {
        <div class="ba-scenarios">
            if let Some(outcome) = damaged.clone() {
                <SetAsideNotice {lang} {outcome} what={StoredKind::Scenarios} storage_key={SCENARIOS_KEY}
                    file_name={format!("beleidsagenda-scenarios-onleesbaar-{}.json", today())} />
            }
            { match &*message {
                Some(Message::Saved(name)) => html! { <p class="ba-notice ba-notice--ok" role="status">{ tr(lang, Msg::ScenarioSaved { name }) }</p> },
                Some(Message::Loaded(name)) => html! { <p class="ba-notice ba-notice--ok" role="status">{ tr(lang, Msg::ScenarioLoaded { name }) }</p> },
                Some(Message::Problem(text)) => html! { <p class="ba-field-error" role="alert">{ text }</p> },
                None => html! {},
            } }
            { save_form(lang, "ba-scenario-name", name, Key::SaveScenario, save) }
            { saved_list(lang, Key::NoScenarios, rows) }
            <div class="ba-field">
                <label for="ba-scenario-file">{ t(lang, Key::ImportScenario) }</label>
                <input id="ba-scenario-file" type="file" accept=".json,application/json" onchange={import} />
            </div>
            { compare_choice(lang, "ba-compare", Key::CurrentSettings, &names, &left, &right) }
            { comparison::tier_differences(lang, &props.dataset, &differences, export) }
        </div>
    }
}
