//! The pure model of beleidsagenda: data types, bundled data, validation, number and date
//! formatting, and the i18n catalogue. Nothing here depends on the web, so all of it is tested
//! natively with `cargo test`.

pub mod agenda;
pub mod bundle;
pub mod data_error;
pub mod data_error_nl;
pub mod dataset;
pub mod dataset_state;
pub mod export;
pub mod format;
pub mod i18n;
pub mod iso3166_table;
pub mod lang;
pub mod map;
pub mod scenario;
pub mod scoring;
pub mod selection;
pub mod sensitivity;
pub mod sources;
pub mod url_state;
pub mod validate;
pub mod validate_dataset;

pub use agenda::{
    Agenda, Block, Event, FigureRow, Figures, ListBlock, Part, Section, SourceRef, Statement, Unit,
};
pub use bundle::{parse_dataset_file, Bundle, BUNDLED_FILES};
pub use data_error::DataError;
pub use dataset::{
    Country, DataFigure, Dataset, DerivedFrom, Direction, Indicator, IndicatorUnit, Instrument,
    InstrumentFamily, ListKind, Observation, Reading, Region, ScaleHint,
};
pub use i18n::{t, t_args, t_with, Key};
pub use lang::{Lang, LocalText};
pub use map::WorldMap;
pub use sources::{Source, SourceKind, SourceRegistry};
