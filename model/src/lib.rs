#![cfg_attr(speed_attribute, feature(optimize_attribute))]
//! The pure model of beleidsagenda: data types, bundled data, validation, the country
//! selection, the plan, number and date formatting, and the i18n catalogue. Nothing here depends
//! on the web, so all of it is tested natively with `cargo test`.
//!
//! The modules stand in floors, each importing only from the floors below it
//! (`tests/architecture.rs` holds them to it), from the ground up:
//!
//! - `calendar`, `lang`, `order`: days and dates; the two languages and text in both; one stable
//!   sort and one way to build ordered maps and sets.
//! - `data`: the types of what the app shows — agenda, sources, countries and figures, map.
//! - `text`: the i18n catalogue, typed messages, number and date formatting, the data's labels.
//! - `sheet`: spreadsheets out and in (`.xlsx` and CSV), their columns in words, hostile input.
//! - `check`: validation of every file a user can reach, with typed reasons in both languages;
//!   the one JSON parse boundary.
//! - `selection`: settings and the actions that change them, scoring, sensitivity, URL state,
//!   exports, labels.
//! - `plan`: the plan of instruments, people and money, its file, workbook, contributions and
//!   merges, the checks against the memo, scenarios; and `plan::step_plan` (feature `intern`, the
//!   internal edition only), the step plan for regular migration.
//! - `search`: one search across the agenda, sources, instruments, countries and plan.
//! - `load`: the top floor — reads and checks the bundle and a user's dataset (JSON or
//!   workbook), which dataset is in use, and what changed between two.

pub mod calendar;
pub mod check;
pub mod data;
pub mod lang;
pub mod load;
pub mod order;
pub mod plan;
pub mod search;
pub mod selection;
pub mod sheet;
pub mod text;

pub use check::error::DataError;
pub use data::agenda::{
    Agenda, Block, Event, FigureRow, Figures, ListBlock, Part, Section, SourceRef, Statement, Unit,
};
pub use data::dataset::{
    Country, DataFigure, Dataset, DerivedFrom, Direction, Indicator, IndicatorUnit, Instrument,
    InstrumentFamily, ListKind, Observation, Reading, Region, ScaleHint,
};
pub use data::map::WorldMap;
pub use data::sources::{Source, SourceKind, SourceRegistry};
pub use lang::{Lang, LocalText};
pub use load::bundle::{parse_dataset_file, Bundle, BUNDLED_FILES};
pub use text::i18n::{t, Key};
pub use text::messages::{tr, Msg};
