//! The parts of the country-selection view. Each renders from the selection state it is given
//! and says what the user did as a `SelectionAction` through `state::selection::Dispatch`.

pub mod adjustments;
pub mod annex;
pub mod controls;
pub mod country_panel;
pub mod exports;
pub mod ranking_table;
pub mod scenarios;
pub mod sensitivity;
pub mod tabs;
