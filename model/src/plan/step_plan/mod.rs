//! The step plan for regular (labour) migration: internal edition only (feature `intern`).
//! The memo keeps the real Stappenplan confidential, so the bundled steps are a labelled
//! template after the public EU model; an organisation loads its own as JSON.
//!
//! - `types`: the template (steps, conditions, sources) and the progress per country.
//! - `check`: validation of a template and of progress, with JSON paths.
//! - `own_template`: reading a template file an organisation loads.
//! - `action`: every change a user makes, applied or refused with a reason.
//! - `progress`: the summaries per country and per step.
//! - `export`: the step plan as a sheet; `labels`: its statuses in words.

pub mod action;
pub mod check;
pub mod export;
pub mod labels;
pub mod own_template;
pub mod progress;
pub mod types;

pub use action::StepPlanAction;
pub use types::{ConditionState, StepPlan, StepRecord, StepStatus, StepTemplate, TemplateStep};
