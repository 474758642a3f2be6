//! localStorage, where the browser allows it. Every failure (storage disabled, quota, private
//! mode) degrades to "not stored" rather than an error: the app works without it.

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn get(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

pub fn set(key: &str, value: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(key, value);
    }
}

pub fn remove(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

/// Moves a damaged entry to `<key>.backup`, so nothing the user stored is thrown away.
pub fn back_up(key: &str) {
    if let Some(value) = get(key) {
        set(&format!("{key}.backup"), &value);
        remove(key);
    }
}
