//! The plan held against the memo's own rules: protection as the red thread, reciprocity for
//! labour migration (internal edition), capacity with the degree of engagement, both channels,
//! a list that stays flexible (reviews), and a partnership status that rests on a source. Each
//! check is a pure function over the plan; its memo citation is data (`rule`), linked to the
//! agenda statement it comes from.

pub mod checks;
pub mod decision;
pub mod labels;
pub mod report;
pub mod review;
pub mod rule;
pub mod sheet;

pub use checks::{check_plan, CheckInputs, CheckResult, Finding, MemoReport, Missing, Outcome};
pub use decision::CheckDecision;
pub use review::{add_months, Review, REVIEW_MONTHS};
pub use rule::{CheckId, Rule};
