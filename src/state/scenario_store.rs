//! The saved scenarios in this browser: one list for the selection's scenarios and those that
//! carry a plan. A damaged list is moved aside (`….backup`) and reported, never thrown away.

use beleidsagenda_model::selection::scenario::ScenarioList;

use crate::storage::{self, Stored};

const STORAGE_KEY: &str = crate::storage::storage_key!("scenarios");

/// The saved list, and whether a damaged one was set aside.
pub fn load_list() -> (ScenarioList, bool) {
    match storage::get::<ScenarioList>(STORAGE_KEY) {
        Stored::Nothing => (ScenarioList::default(), false),
        Stored::Value(list) => (list, false),
        Stored::Damaged => {
            storage::back_up(STORAGE_KEY);
            (ScenarioList::default(), true)
        }
    }
}

pub fn store_list(list: &ScenarioList) {
    storage::set(STORAGE_KEY, list);
}

/// Saves the scenario `make` builds under the name typed in `name_input` (trimmed), keeps the
/// list in this browser and in `state`, and empties the field. `None` when no name was typed:
/// the caller says a name is needed.
pub fn save_named(
    state: &yew::UseStateHandle<(ScenarioList, bool)>,
    name_input: &yew::NodeRef,
    make: impl FnOnce(&str) -> beleidsagenda_model::selection::scenario::Scenario,
) -> Option<String> {
    let input = name_input.cast::<web_sys::HtmlInputElement>();
    let typed = input.as_ref().map(|i| i.value()).unwrap_or_default();
    let name = typed.trim();
    if name.is_empty() {
        return None;
    }
    let (mut list, damaged) = (**state).clone();
    list.save(make(name));
    store_list(&list);
    state.set((list, damaged));
    if let Some(i) = input {
        i.set_value("");
    }
    Some(name.to_string())
}
