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

/// Whether the browser kept the value. An entry held in place (`SetAside::Held`) is never
/// overwritten: the write is refused until the user has released it.
#[must_use = "a write the browser refused loses what the user entered: say so"]
pub fn set<T: Serialize>(key: &str, value: &T) -> bool {
    if is_held(key) {
        return false;
    }
    LocalStorage::set(key, value).is_ok()
}

pub fn remove(key: &str) {
    if is_held(key) {
        return;
    }
    LocalStorage::delete(key);
}

/// Where a damaged entry under `key` goes first (later ones are numbered: an earlier backup is
/// never overwritten).
pub fn backup_key(key: &str) -> String {
    format!("{key}.backup")
}

/// What became of an entry the app could not read. Nothing the user stored is thrown away.
#[derive(Clone, Debug, PartialEq)]
pub enum SetAside {
    /// Moved, as it was, to this key.
    Backup(String),
    /// Storage had no room for a copy: the entry stays where it was, untouched and not
    /// overwritten, and is offered as a download (`text`). `in_storage` is false only when even
    /// putting it back failed: then the download is the only copy.
    Held {
        text: std::rc::Rc<String>,
        in_storage: bool,
    },
}

thread_local! {
    /// Keys whose unreadable entry is held in place until the user releases it.
    static HELD: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn is_held(key: &str) -> bool {
    HELD.with(|held| held.borrow().iter().any(|k| k == key))
}

/// The first key of `<key>.backup`, `<key>.backup.2`, … that holds nothing.
fn free_backup_key(storage: &web_sys::Storage, key: &str) -> Option<String> {
    (1..100)
        .map(|n| match n {
            1 => backup_key(key),
            n => format!("{}.{n}", backup_key(key)),
        })
        .find(|candidate| matches!(storage.get_item(candidate), Ok(None)))
}

fn hold(key: &str, text: String, in_storage: bool) -> SetAside {
    HELD.with(|held| held.borrow_mut().push(key.to_string()));
    SetAside::Held {
        text: std::rc::Rc::new(text),
        in_storage,
    }
}

/// Sets aside the unreadable entry under `key`: to the first free backup key, or — where the
/// browser has no room for it — in place, held. `None` when there is no entry.
pub fn set_aside(key: &str) -> Option<SetAside> {
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    let storage = LocalStorage::raw();
    let text = storage.get_item(key).ok().flatten()?;
    let mut in_storage = true;
    if let Some(backup) = free_backup_key(&storage, key) {
        // The entry itself is what makes room for its copy: take it out, then write the copy;
        // where even that does not fit, put it back (its own room is free again).
        let _ = storage.remove_item(key);
        if storage.set_item(&backup, &text).is_ok() {
            return Some(SetAside::Backup(backup));
        }
        in_storage = storage.set_item(key, &text).is_ok();
    }
    Some(hold(key, text, in_storage))
}

/// Keeps a copy of the readable entry under `key` as it is, before the app writes over it with
/// less (a stored plan whose references the data in use does not know): to the first free backup
/// key, or — with no room — by holding the entry in place. `None` when there is no entry.
pub fn keep_copy(key: &str) -> Option<SetAside> {
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    let storage = LocalStorage::raw();
    let text = storage.get_item(key).ok().flatten()?;
    match free_backup_key(&storage, key) {
        Some(backup) if storage.set_item(&backup, &text).is_ok() => Some(SetAside::Backup(backup)),
        _ => Some(hold(key, text, true)),
    }
}

/// The user has kept the held entry (downloaded it) and removes it from the browser: the key
/// is written again from now on.
pub fn release(key: &str) {
    HELD.with(|held| held.borrow_mut().retain(|k| k != key));
    LocalStorage::delete(key);
}
