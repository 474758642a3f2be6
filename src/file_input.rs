//! The file a user chose in an `<input type="file">`, read as text. The input is cleared at
//! once, so that choosing the same file again (after fixing it) fires `change` again.

use std::rc::Rc;

use gloo_file::futures::read_as_text;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A `change` handler that reads the chosen file and hands `(file name, text)` on. A file that
/// cannot be read arrives as empty text, which every reader refuses as not being JSON.
pub fn on_file_chosen(handle: impl Fn(String, String) + 'static) -> Callback<Event> {
    let handle = Rc::new(handle);
    Callback::from(move |event: Event| {
        let Some(input) = event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        let handle = Rc::clone(&handle);
        yew::platform::spawn_local(async move {
            let file = gloo_file::File::from(file);
            let text = read_as_text(&file).await.unwrap_or_default();
            handle(file.name(), text);
        });
    })
}

/// A `change` handler for an input with `multiple`: every chosen file, read, in order.
pub fn on_files_chosen(handle: impl Fn(Vec<(String, String)>) + 'static) -> Callback<Event> {
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
                read.push((file.name(), read_as_text(&file).await.unwrap_or_default()));
            }
            handle(read);
        });
    })
}
