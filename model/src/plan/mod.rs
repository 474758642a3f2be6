//! The deployment plan: instruments, people and money per country against the budget
//! envelopes, partnership status over time, proposals by value for money, and the plan's
//! files. Pure: the Yew layer renders it and dispatches `PlanAction`s.

pub mod action;
pub mod axis;
pub mod compare;
pub mod consultation;
pub mod contribution;
pub mod contribution_sheet;
pub mod document;
pub mod envelopes;
pub mod import;
pub mod knapsack;
pub mod labels;
pub mod memo;
pub mod org;
pub mod problem;
pub mod propose;
pub mod scenario;
pub mod sheet_import;
#[cfg(feature = "intern")]
pub mod step_plan;
pub mod timeline;
pub mod totals;
pub mod types;
pub mod undo;
pub mod workbook;
pub mod workbook_read;

pub use action::{Field, LineRef, PlanAction, PlanContext, PlanProblem};
pub use types::*;
