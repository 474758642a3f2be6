//! The file a user chose in an `<input type="file">`, read as bytes (an `.xlsx` is a zip; JSON
//! readers take [`text`]). The input is cleared at once, so that choosing the same file again
//! (after fixing it) fires `change` again.

use std::rc::Rc;

use gloo_file::futures::read_as_bytes;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A file's bytes as text; invalid UTF-8 is replaced, so a JSON reader refuses it with a place.
pub fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Whether a chosen file is a workbook (by its name: the content decides whether it reads).
pub fn is_xlsx(name: &str) -> bool {
    let lower = name.to_lowercase();
    [".xlsx", ".xlsm", ".xls"].iter().any(|ext| lower.ends_with(ext))
}

/// A `change` handler that reads the chosen file and hands `(file name, bytes)` on. A file that
/// cannot be read arrives empty, which every reader refuses.
pub fn on_file_chosen(handle: impl Fn(String, Vec<u8>) + 'static) -> Callback<Event> {
    on_file(None, Rc::new(handle))
}

/// As [`on_file_chosen`], for files whose reading takes a while (a workbook of many rows):
/// `started` is told the file's name and size at once, and the browser paints what it shows
/// before the reading begins.
pub fn on_file_chosen_saying(
    started: impl Fn(String, u64) + 'static,
    handle: impl Fn(String, Vec<u8>) + 'static,
) -> Callback<Event> {
    on_file(Some(Rc::new(started)), Rc::new(handle))
}

type Started = Rc<dyn Fn(String, u64)>;
type Handle = Rc<dyn Fn(String, Vec<u8>)>;

fn on_file(started: Option<Started>, handle: Handle) -> Callback<Event> {
    Callback::from(move |event: Event| {
        let Some(input) = event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        if let Some(started) = &started {
            started(file.name(), file.size() as u64);
        }
        let (handle, say_first) = (Rc::clone(&handle), started.is_some());
        yew::platform::spawn_local(async move {
            let file = gloo_file::File::from(file);
            let bytes = read_as_bytes(&file).await.unwrap_or_default();
            if say_first {
                crate::dom::after_next_paint().await;
            }
            handle(file.name(), bytes);
        });
    })
}

/// A `change` handler for an input with `multiple`: every chosen file, read, in order.
pub fn on_files_chosen(handle: impl Fn(Vec<(String, Vec<u8>)>) + 'static) -> Callback<Event> {
    let handle = Rc::new(handle);
    Callback::from(move |event: Event| {
        let Some(input) = event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else {
            return;
        };
        let Some(list) = input.files() else {
            return;
        };
        let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        input.set_value("");
        let handle = Rc::clone(&handle);
        yew::platform::spawn_local(async move {
            let mut read = Vec::with_capacity(files.len());
            for file in files {
                let file = gloo_file::File::from(file);
                read.push((file.name(), read_as_bytes(&file).await.unwrap_or_default()));
            }
            handle(read);
        });
    })
}
