//! The active dataset as Yew state: a thin `Reducible` around the model's `DatasetState`, and
//! its persistence in localStorage so a loaded file survives a reload.

use std::rc::Rc;

use beleidsagenda_model::load::state::{DatasetAction, DatasetState, StoredImport};
use beleidsagenda_model::Dataset;
use yew::prelude::*;

use crate::storage;

#[derive(Clone, Debug, PartialEq)]
pub struct DatasetStore {
    pub state: DatasetState,
    /// A dataset saved by an earlier visit could not be loaded: where it was set aside.
    pub stored_import_damaged: Option<storage::SetAside>,
}

impl Reducible for DatasetStore {
    type Action = DatasetAction;

    fn reduce(self: Rc<Self>, action: DatasetAction) -> Rc<Self> {
        Rc::new(DatasetStore {
            state: self.state.apply(action),
            stored_import_damaged: self.stored_import_damaged.clone(),
        })
    }
}

pub type DatasetHandle = UseReducerHandle<DatasetStore>;

/// Key of the imported dataset in localStorage (one store for every file:// page: namespaced
/// and versioned).
pub const STORAGE_KEY: &str = crate::storage::storage_key!("dataset");

/// The initial store: the bundled data, or the dataset the user loaded on an earlier visit
/// (read by the model's `DatasetState::restore_stored`, which the hostile corpus tests).
pub fn initial_store(bundled: Dataset, current_year: u16) -> DatasetStore {
    let state = DatasetState::new(bundled, current_year);
    let Some(stored) = storage::get_text(STORAGE_KEY) else {
        return DatasetStore {
            state,
            stored_import_damaged: None,
        };
    };
    match state.restore_stored(&stored) {
        Some(restored) => DatasetStore {
            state: restored,
            stored_import_damaged: None,
        },
        None => DatasetStore {
            state,
            stored_import_damaged: storage::set_aside(STORAGE_KEY),
        },
    }
}

/// Keeps localStorage in step with what the user chose: a loaded file is saved, a return to
/// the bundled data removes it.
#[hook]
pub fn use_persist_dataset(store: &DatasetHandle) {
    let state = store.state.clone();
    use_effect_with(store.state.origin.clone(), move |_| {
        match StoredImport::of(&state) {
            // Refused, the user's own dataset is in use until a reload and still in their file.
            Some(entry) => {
                let _kept = storage::set(STORAGE_KEY, &entry);
            }
            None => storage::remove(STORAGE_KEY),
        }
    });
}
