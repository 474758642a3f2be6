//! The parts of the country-selection view. Each receives the current settings and reports a
//! changed copy through `on_change`; the page writes it to the URL.

pub mod adjustments;
pub mod controls;
pub mod country_panel;
pub mod exports;
pub mod ranking_table;
pub mod scenarios;
pub mod sensitivity;

use std::rc::Rc;

use beleidsagenda_model::selection::SelectionSettings;
use yew::Callback;

use crate::selection_url::HistoryStep;

/// A changed copy of the settings and how it enters the history.
pub type OnChange = Callback<(SelectionSettings, HistoryStep)>;

/// Shorthand for components: change one thing in the settings and report it.
pub fn change(
    on_change: &OnChange,
    settings: &Rc<SelectionSettings>,
    step: HistoryStep,
    edit: impl FnOnce(&mut SelectionSettings),
) {
    let mut next = (**settings).clone();
    edit(&mut next);
    on_change.emit((next, step));
}
