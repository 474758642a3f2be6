//! The saved scenarios in this browser: one list for the selection's scenarios and those that
//! carry a plan. A damaged list is set aside (`storage::set_aside`) and reported, never thrown away.

use beleidsagenda_model::plan::scenario::ScenarioList;

use crate::storage::{self, SetAside, Stored};

const STORAGE_KEY: &str = crate::storage::storage_key!("scenarios");

pub const SCENARIOS_KEY: &str = STORAGE_KEY;

/// The saved list, and what became of a damaged one.
pub fn load_list() -> (ScenarioList, Option<SetAside>) {
    match storage::get::<ScenarioList>(STORAGE_KEY) {
        Stored::Nothing => (ScenarioList::default(), None),
        Stored::Value(list) => (list, None),
        Stored::Damaged => (ScenarioList::default(), storage::set_aside(STORAGE_KEY)),
    }
}

/// Whether the browser kept the list.
#[must_use]
pub fn store_list(list: &ScenarioList) -> bool {
    storage::set(STORAGE_KEY, list)
}

/// What became of a scenario saved by name.
pub enum SavedNamed {
    NoName,
    Kept(String),
    /// In the list on screen, but the browser refused to keep it (storage off or full).
    NotKept(String),
}

/// Saves the scenario `make` builds under the name typed in `name_input` (trimmed), keeps the
/// list in this browser and in `state`, and empties the field; says whether the browser kept it.
pub fn save_named(
    state: &yew::UseStateHandle<(ScenarioList, Option<SetAside>)>,
    name_input: &yew::NodeRef,
    make: impl FnOnce(&str) -> beleidsagenda_model::plan::scenario::Scenario,
) -> SavedNamed {
    let input = name_input.cast::<web_sys::HtmlInputElement>();
    let typed = input.as_ref().map(|i| i.value()).unwrap_or_default();
    let name = typed.trim().to_string();
    if name.is_empty() {
        return SavedNamed::NoName;
    }
    let (mut list, damaged) = (**state).clone();
    list.save(make(&name));
    let kept = store_list(&list);
    state.set((list, damaged));
    if let Some(i) = input {
        i.set_value("");
    }
    if kept {
        SavedNamed::Kept(name)
    } else {
        SavedNamed::NotKept(name)
    }
}
