//! The active dataset as Yew state: a thin `Reducible` around the model's `DatasetState`, and
//! its persistence in localStorage so a loaded file survives a reload.

use std::rc::Rc;

use beleidsagenda_model::data::state::{DatasetAction, DatasetOrigin, DatasetState, ImportOutcome};
use beleidsagenda_model::Dataset;
use yew::prelude::*;

use crate::storage::{self, Stored};

#[derive(Clone, Debug, PartialEq)]
pub struct DatasetStore {
    pub state: DatasetState,
    /// A dataset saved by an earlier visit could not be loaded (it was moved to a backup key).
    pub stored_import_damaged: bool,
}

impl Reducible for DatasetStore {
    type Action = DatasetAction;

    fn reduce(self: Rc<Self>, action: DatasetAction) -> Rc<Self> {
        Rc::new(DatasetStore {
            state: self.state.apply(action),
            stored_import_damaged: self.stored_import_damaged,
        })
    }
}

pub type DatasetHandle = UseReducerHandle<DatasetStore>;

/// Key of the imported dataset in localStorage (one store for every file:// page: namespaced
/// and versioned).
const STORAGE_KEY: &str = crate::storage::storage_key!("dataset");

#[derive(serde::Serialize, serde::Deserialize)]
struct StoredImport {
    file_name: String,
    text: String,
}

/// The initial store: the bundled data, or the dataset the user loaded on an earlier visit.
pub fn initial_store(bundled: Dataset, current_year: u16) -> DatasetStore {
    let state = DatasetState::new(bundled, current_year);
    let restored = match storage::get::<StoredImport>(STORAGE_KEY) {
        Stored::Nothing => {
            return DatasetStore {
                state,
                stored_import_damaged: false,
            }
        }
        Stored::Damaged => None,
        Stored::Value(stored) => Some(state.apply(DatasetAction::Import {
            file_name: stored.file_name,
            text: stored.text,
        })),
    };
    match restored {
        Some(loaded) if matches!(loaded.outcome, Some(ImportOutcome::Loaded { .. })) => DatasetStore {
            state: loaded.apply(DatasetAction::DismissOutcome),
            stored_import_damaged: false,
        },
        _ => {
            storage::back_up(STORAGE_KEY);
            DatasetStore {
                state,
                stored_import_damaged: true,
            }
        }
    }
}

/// Keeps localStorage in step with what the user chose: a loaded file is saved, a return to
/// the bundled data removes it.
#[hook]
pub fn use_persist_dataset(store: &DatasetHandle) {
    let origin = store.state.origin.clone();
    let active = Rc::clone(&store.state.active);
    use_effect_with(origin, move |origin| match origin {
        DatasetOrigin::Imported { file_name } => {
            if let Ok(text) = serde_json::to_string(&*active) {
                storage::set(
                    STORAGE_KEY,
                    &StoredImport {
                        file_name: file_name.clone(),
                        text,
                    },
                );
            }
        }
        DatasetOrigin::Bundled => storage::remove(STORAGE_KEY),
    });
}
