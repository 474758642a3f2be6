#![cfg_attr(speed_attribute, feature(optimize_attribute))]
//! The pure model of beleidsagenda: data types, bundled data, validation, the country
//! selection, number and date formatting, and the i18n catalogue. Nothing here depends on the
//! web, so all of it is tested natively with `cargo test`.
//!
//! - `calendar`: days since 1970, calendar dates, and the two kinds of date the app accepts.
//! - `order`: one stable sort and one way to build ordered maps and sets.
//! - `data`: what the app shows — agenda, sources, countries and figures, map, the bundle.
//! - `check`: validation of every file a user can reach, with typed reasons in both languages.
//! - `text`: languages, the i18n catalogue, number and date formatting, labels.
//! - `sheet`: spreadsheets out and in (`.xlsx` and CSV), their columns in words, hostile input.
//! - `selection`: settings and the actions that change them, scoring, sensitivity, URL state,
//!   scenarios, exports.
//! - `plan`: the plan of instruments, people and money, its file, workbook, contributions and
//!   merges, and the checks against the memo.
//! - `search`: one search across the agenda, sources, instruments, countries and plan.
//! - `stepplan` (feature `intern`, the internal edition only): the step plan for regular migration.

pub mod calendar;
pub mod check;
pub mod data;
pub mod order;
pub mod plan;
pub mod search;
pub mod selection;
pub mod sheet;
#[cfg(feature = "intern")]
pub mod stepplan;
pub mod text;

pub use check::error::DataError;
pub use data::agenda::{
    Agenda, Block, Event, FigureRow, Figures, ListBlock, Part, Section, SourceRef, Statement, Unit,
};
pub use data::bundle::{parse_dataset_file, Bundle, BUNDLED_FILES};
pub use data::dataset::{
    Country, DataFigure, Dataset, DerivedFrom, Direction, Indicator, IndicatorUnit, Instrument,
    InstrumentFamily, ListKind, Observation, Reading, Region, ScaleHint,
};
pub use data::map::WorldMap;
pub use data::sources::{Source, SourceKind, SourceRegistry};
pub use text::i18n::{t, Key};
pub use text::lang::{Lang, LocalText};
pub use text::messages::{tr, Msg};
