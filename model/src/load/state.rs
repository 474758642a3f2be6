//! Which dataset is active: the bundled one or a file the user loaded. A rejected file leaves
//! the active data exactly as it was; a file that reads is first compared with the data in use
//! ("Wat verandert er?") and replaces it only when adopted, and can then be undone.

use std::rc::Rc;

use crate::check::error::DataError;
use crate::check::reason::Reason;
use crate::data::dataset::Dataset;
use crate::load::bundle::parse_dataset_file;
use crate::load::compare::{compare_datasets, DatasetChanges};
use crate::load::dataset_sheets::{parse_dataset_sheets, parse_dataset_workbook, SheetFormat};
use crate::sheet::xlsx_read::{ReadWorkbook, XlsxError};

#[derive(Clone, Debug, PartialEq)]
pub enum DatasetOrigin {
    Bundled,
    Imported { file_name: String },
}

#[derive(Clone, Debug, PartialEq)]
pub enum ImportOutcome {
    Loaded {
        file_name: String,
        countries: usize,
        indicators: usize,
        /// For a spreadsheet: what reading it found (separator and decimal mark, formulas).
        format: Option<SheetFormat>,
    },
    Rejected {
        file_name: String,
        errors: Vec<DataError>,
    },
    Restored,
    /// A compared file the user chose not to adopt.
    Kept {
        file_name: String,
    },
}

/// A file that read and validated, waiting to be adopted or kept out, with what it would change.
#[derive(Clone, Debug, PartialEq)]
pub struct Pending {
    pub file_name: String,
    pub dataset: Rc<Dataset>,
    pub format: Option<SheetFormat>,
    pub changes: Rc<DatasetChanges>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum DatasetAction {
    Import {
        file_name: String,
        text: String,
    },
    /// An `.xlsx` or CSV: the dataset template filled in, or one table of it.
    ImportSheets {
        file_name: String,
        bytes: Vec<u8>,
    },
    /// An `.xlsx` already read (in slices, by the page), or why it could not be.
    ImportWorkbook {
        file_name: String,
        file_bytes: usize,
        workbook: Result<ReadWorkbook, XlsxError>,
    },
    /// A file too large to read; refused before reading it.
    TooLarge {
        file_name: String,
        bytes: u64,
    },
    RestoreBundled,
    DismissOutcome,
    /// *Overnemen*: the compared file becomes the data in use.
    Adopt,
    /// *Houden*: the data in use stays; the compared file is put aside.
    Keep,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DatasetState {
    pub bundled: Rc<Dataset>,
    pub active: Rc<Dataset>,
    pub origin: DatasetOrigin,
    /// What the last import or restore did, for the message the user sees.
    pub outcome: Option<ImportOutcome>,
    pub current_year: u16,
    /// A file read and compared, not yet adopted.
    pub pending: Option<Pending>,
}

impl DatasetState {
    /// The dataset read from a file in use, or the refusal with the data in use unchanged.
    fn loaded(
        &self,
        file_name: String,
        parsed: Result<(Dataset, Option<SheetFormat>), Vec<DataError>>,
    ) -> DatasetState {
        match parsed {
            Ok((dataset, format)) => DatasetState {
                outcome: None,
                pending: Some(Pending {
                    changes: Rc::new(compare_datasets(&self.active, &dataset)),
                    file_name,
                    dataset: Rc::new(dataset),
                    format,
                }),
                ..self.clone()
            },
            Err(errors) => DatasetState {
                outcome: Some(ImportOutcome::Rejected { file_name, errors }),
                pending: None,
                ..self.clone()
            },
        }
    }

    pub fn new(bundled: Dataset, current_year: u16) -> DatasetState {
        let bundled = Rc::new(bundled);
        DatasetState {
            active: Rc::clone(&bundled),
            bundled,
            origin: DatasetOrigin::Bundled,
            outcome: None,
            current_year,
            pending: None,
        }
    }

    pub fn apply(&self, action: DatasetAction) -> DatasetState {
        match action {
            DatasetAction::Import { file_name, text } => {
                let parsed =
                    parse_dataset_file(&file_name, &text, self.current_year, &self.bundled.instruments);
                self.loaded(file_name, parsed.map(|dataset| (dataset, None)))
            }
            DatasetAction::ImportSheets { file_name, bytes } => {
                let parsed = parse_dataset_sheets(
                    &file_name,
                    &bytes,
                    self.current_year,
                    &self.active,
                    &self.bundled.instruments,
                );
                self.loaded(file_name, parsed.map(|(dataset, format)| (dataset, Some(format))))
            }
            DatasetAction::ImportWorkbook {
                file_name,
                file_bytes,
                workbook,
            } => {
                let parsed = match workbook {
                    Ok(book) => parse_dataset_workbook(
                        &file_name,
                        book,
                        file_bytes,
                        self.current_year,
                        &self.bundled.instruments,
                    ),
                    Err(error) => Err(vec![DataError::new(
                        &file_name,
                        "$",
                        Reason::Spreadsheet(crate::sheet::problem::SheetProblem::Xlsx(error)),
                    )]),
                };
                self.loaded(file_name, parsed.map(|(dataset, format)| (dataset, Some(format))))
            }
            DatasetAction::TooLarge { file_name, bytes } => {
                let error = DataError::new(&file_name, "$", Reason::TooLarge { bytes });
                DatasetState {
                    outcome: Some(ImportOutcome::Rejected {
                        file_name,
                        errors: vec![error],
                    }),
                    ..self.clone()
                }
            }
            DatasetAction::RestoreBundled => DatasetState {
                active: Rc::clone(&self.bundled),
                origin: DatasetOrigin::Bundled,
                outcome: Some(ImportOutcome::Restored),
                pending: None,
                ..self.clone()
            },
            DatasetAction::Adopt => match &self.pending {
                Some(pending) => DatasetState {
                    outcome: Some(ImportOutcome::Loaded {
                        file_name: pending.file_name.clone(),
                        countries: pending.dataset.countries.len(),
                        indicators: pending.dataset.indicators.len(),
                        format: pending.format.clone(),
                    }),
                    active: Rc::clone(&pending.dataset),
                    origin: DatasetOrigin::Imported {
                        file_name: pending.file_name.clone(),
                    },
                    pending: None,
                    ..self.clone()
                },
                None => self.clone(),
            },
            DatasetAction::Keep => match &self.pending {
                Some(pending) => DatasetState {
                    outcome: Some(ImportOutcome::Kept {
                        file_name: pending.file_name.clone(),
                    }),
                    pending: None,
                    ..self.clone()
                },
                None => self.clone(),
            },
            DatasetAction::DismissOutcome => DatasetState {
                outcome: None,
                ..self.clone()
            },
        }
    }
}

/// The own dataset as the app keeps it in browser storage between visits: the file's name and
/// the dataset it loaded, as JSON text.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StoredImport {
    pub file_name: String,
    pub text: String,
}

impl StoredImport {
    /// What to store for the dataset in use, if it is an own file.
    pub fn of(state: &DatasetState) -> Option<StoredImport> {
        let DatasetOrigin::Imported { file_name } = &state.origin else {
            return None;
        };
        Some(StoredImport {
            file_name: file_name.clone(),
            text: serde_json::to_string(&*state.active).ok()?,
        })
    }
}

impl DatasetState {
    /// The state with the own file stored by an earlier visit loaded, from the stored entry's
    /// text; `None` if the entry is damaged (not an entry, or a dataset that no longer loads),
    /// and then nothing of it is used.
    pub fn restore_stored(&self, stored: &str) -> Option<DatasetState> {
        let stored: StoredImport = serde_json::from_str(stored).ok()?;
        let loaded = self
            .apply(DatasetAction::Import {
                file_name: stored.file_name,
                text: stored.text,
            })
            .apply(DatasetAction::Adopt);
        matches!(loaded.outcome, Some(ImportOutcome::Loaded { .. }))
            .then(|| loaded.apply(DatasetAction::DismissOutcome))
    }
}
