//! The saved scenarios in this browser: one list for the selection's scenarios and those that
//! carry a plan. A damaged list is moved aside (`….backup`) and reported, never thrown away.

use beleidsagenda_model::selection::scenario::ScenarioList;

use crate::storage::{self, Stored};

const STORAGE_KEY: &str = "beleidsagenda.v1.scenarios";

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
