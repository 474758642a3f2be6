//! Loading a dataset file (JSON, the `.xlsx` template, or one table of it as CSV): a file
//! picker and a drop zone. The file is read here; the model
//! decides (all errors listed, or the data replaced).

use beleidsagenda_model::check::dataset::MAX_FILE_BYTES;
use beleidsagenda_model::data::state::DatasetAction;
use beleidsagenda_model::{t, Key, Lang};
use gloo_file::futures::{read_as_bytes, read_as_text};
use wasm_bindgen::JsCast;
use web_sys::{File, HtmlInputElement};
use yew::prelude::*;

use crate::state::dataset::DatasetHandle;

#[derive(Properties, PartialEq)]
pub struct DatasetImportProps {
    pub lang: Lang,
    pub store: DatasetHandle,
}

pub const FILE_INPUT_ID: &str = "ba-import-file";

fn read_and_dispatch(file: File, store: DatasetHandle) {
    let file_name = file.name();
    let bytes = file.size() as u64;
    if bytes > MAX_FILE_BYTES as u64 {
        store.dispatch(DatasetAction::TooLarge { file_name, bytes });
        return;
    }
    let lower = file_name.to_lowercase();
    if [".xlsx", ".xlsm", ".xls", ".csv"]
        .iter()
        .any(|ext| lower.ends_with(ext))
    {
        // Read as bytes: the spreadsheet reader decides what the file is (an .xls or .xlsm
        // is refused there with what to do instead).
        yew::platform::spawn_local(async move {
            let bytes = read_as_bytes(&gloo_file::File::from(file))
                .await
                .unwrap_or_default();
            store.dispatch(DatasetAction::ImportSheets { file_name, bytes });
        });
        return;
    }
    yew::platform::spawn_local(async move {
        match read_as_text(&gloo_file::File::from(file)).await.ok() {
            Some(text) => store.dispatch(DatasetAction::Import { file_name, text }),
            // Unreadable (e.g. removed meanwhile): report it as a file that is not JSON.
            None => store.dispatch(DatasetAction::Import {
                file_name,
                text: String::new(),
            }),
        }
    });
}

#[function_component(DatasetImport)]
pub fn dataset_import(props: &DatasetImportProps) -> Html {
    let lang = props.lang;
    let dragging = use_state(|| false);
    let on_change = {
        let store = props.store.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else {
                return;
            };
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                read_and_dispatch(file, store.clone());
            }
            // Choosing the same file again must fire `change` again.
            input.set_value("");
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let store = props.store.clone();
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            if let Some(file) = event
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|files| files.get(0))
            {
                read_and_dispatch(file, store.clone());
            }
        })
    };
    html! {
        <div class={classes!("ba-drop", dragging.then_some("ba-drop--active"))}
             ondragover={on_drag_over.clone()} ondragenter={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
            <label for={FILE_INPUT_ID} class="ba-drop__label">{ t(lang, Key::ImportChoose) }</label>
            <input id={FILE_INPUT_ID} type="file" accept=".xlsx,.csv,.json,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onchange={on_change} />
            <p class="ba-drop__hint">{ if *dragging { t(lang, Key::ImportDropActive) } else { t(lang, Key::ImportDrop) } }</p>
        </div>
    }
}
