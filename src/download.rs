//! Saving generated text or bytes as a file, without a server: a Blob URL on a temporary link.

use gloo_file::{Blob, ObjectUrl};
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;

pub fn download_text(file_name: &str, mime: &str, text: &str) {
    download_blob(file_name, Blob::new_with_options(text, Some(mime)));
}

/// Saves bytes (an `.xlsx`) as a file.
pub fn download_bytes(file_name: &str, mime: &str, bytes: &[u8]) {
    download_blob(file_name, Blob::new_with_options(bytes, Some(mime)));
}

fn download_blob(file_name: &str, blob: Blob) {
    let document = gloo_utils::document();
    let url = ObjectUrl::from(blob);
    if let Ok(link) = document
        .create_element("a")
        .map(|e| e.unchecked_into::<web_sys::HtmlAnchorElement>())
    {
        link.set_href(&url);
        link.set_download(file_name);
        if let Some(body) = document.body() {
            let _ = body.append_child(&link);
            link.click();
            link.remove();
        }
    }
    // Revoked (dropped) a little later: revoking at once can cancel the download in some browsers.
    Timeout::new(10_000, move || drop(url)).forget();
}
