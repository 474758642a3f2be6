//! localStorage through gloo-storage, where the browser allows it. A failure (storage disabled,
//! quota, private mode) never stops the app; a write says whether it was kept, so that a view
//! whose data would be lost can tell the user. Values are stored as JSON of their Rust type.

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// A key in this edition's namespace. The two editions never share an entry: the public file
/// opened on a machine that holds an internal plan must neither read nor overwrite it.
#[cfg(not(feature = "intern"))]
macro_rules! storage_key {
    ($name:literal) => {
        concat!("beleidsagenda.v1.", $name)
    };
}
#[cfg(feature = "intern")]
macro_rules! storage_key {
    ($name:literal) => {
        concat!("beleidsagenda-intern.v1.", $name)
    };
}
pub(crate) use storage_key;

/// What was stored under a key.
pub enum Stored<T> {
    Nothing,
    Value(T),
    /// Something that does not read as a `T` (an older or damaged entry).
    Damaged,
}

pub fn get<T: DeserializeOwned>(key: &str) -> Stored<T> {
    // Prerendered at build time: no browser has stored anything there.
    if cfg!(not(target_arch = "wasm32")) {
        return Stored::Nothing;
    }
    match LocalStorage::get::<T>(key) {
        Ok(value) => Stored::Value(value),
        Err(StorageError::KeyNotFound(_)) => Stored::Nothing,
        Err(StorageError::SerdeError(_)) => Stored::Damaged,
        // Storage itself unavailable: nothing can have been stored.
        Err(_) => Stored::Nothing,
    }
}

/// The entry under `key` as the text it was stored as, for a reader in the model.
pub fn get_text(key: &str) -> Option<String> {
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    LocalStorage::raw().get_item(key).ok().flatten()
}

/// Whether the browser kept the value.
#[must_use = "a write the browser refused loses what the user entered: say so"]
pub fn set<T: Serialize>(key: &str, value: &T) -> bool {
    LocalStorage::set(key, value).is_ok()
}

pub fn remove(key: &str) {
    LocalStorage::delete(key);
}

/// Where `back_up` puts a damaged entry (the notices name it).
pub fn backup_key(key: &str) -> String {
    format!("{key}.backup")
}

/// Moves a damaged entry to `<key>.backup` as it is, so nothing the user stored is thrown away.
pub fn back_up(key: &str) {
    let storage = LocalStorage::raw();
    if let Ok(Some(text)) = storage.get_item(key) {
        let _ = storage.set_item(&backup_key(key), &text);
        let _ = storage.remove_item(key);
    }
}
