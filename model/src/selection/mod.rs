//! The country selection: the settings a user controls, scoring and ranking, robustness, the
//! settings in the URL, and the exports. Scenarios, which save a selection with its plan, live
//! in `plan::scenario`.

pub mod action;
mod block_sums;
pub mod columns;
mod draw;
pub mod export;
pub mod grade;
pub mod labels;
pub mod limits;
pub mod random;
pub mod reference_run;
pub mod scoring;
pub mod sensitivity;
pub mod settings;
pub mod table;
pub mod url_state;

pub use columns::{default_columns, RankingColumn};
pub use settings::*;
