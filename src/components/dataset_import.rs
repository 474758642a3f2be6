//! Loading a dataset file (JSON, the `.xlsx` template, or one table of it as CSV): a file
//! picker and a drop zone. The file is read here (a workbook in slices, with progress and a
//! stop); the model decides (all errors listed, or the data replaced).

use beleidsagenda_model::check::dataset::MAX_FILE_BYTES;
use beleidsagenda_model::load::state::DatasetAction;
use beleidsagenda_model::{t, tr, Key, Lang, Msg};
use gloo_file::futures::{read_as_bytes, read_as_text};
use wasm_bindgen::JsCast;
use web_sys::{File, HtmlInputElement};
use yew::prelude::*;

use crate::components::file_progress::{reading_text, FileProgress};
use crate::sliced::{read_workbook, use_readings, Readings};
use crate::state::dataset::DatasetHandle;

#[derive(Properties, PartialEq)]
pub struct DatasetImportProps {
    pub lang: Lang,
    pub store: DatasetHandle,
}

pub const FILE_INPUT_ID: &str = "ba-import-file";

/// What the component shows of a workbook being read, and how it is stopped.
#[derive(Clone)]
struct Reading {
    lang: Lang,
    /// The file being read and how far (thousandths), or the word that its reading stopped.
    shown: UseStateHandle<Option<Shown>>,
    readings: Readings,
}

#[derive(Clone, PartialEq)]
enum Shown {
    Progress(String, Option<u32>),
    Stopped(String),
}

fn read_and_dispatch(file: File, store: DatasetHandle, reading: Reading) {
    let file_name = file.name();
    let bytes = file.size() as u64;
    // Any file chosen ends a workbook still being read: the last choice counts (a file too
    // large to read too: its refusal is not to be laid over by the one given up on).
    reading.readings.supersede();
    if bytes > MAX_FILE_BYTES as u64 {
        reading.shown.set(None);
        store.dispatch(DatasetAction::TooLarge { file_name, bytes });
        return;
    }
    let lower = file_name.to_lowercase();
    if crate::file_input::is_xlsx(&lower) {
        // Read in slices, with progress and a stop: a workbook of 5 MB unpacks to ten times
        // that. The spreadsheet reader decides what the file is (an .xls or .xlsm is refused
        // there with what to do instead).
        let this_reading = reading.readings.begin();
        let text = reading_text(&file_name, bytes, reading.lang);
        reading.shown.set(Some(Shown::Progress(text.clone(), None)));
        yew::platform::spawn_local(async move {
            let bytes = read_as_bytes(&gloo_file::File::from(file))
                .await
                .unwrap_or_default();
            let shown = reading.shown.clone();
            let progress = |per_mille| shown.set(Some(Shown::Progress(text.clone(), Some(per_mille))));
            match read_workbook(&bytes, progress, &this_reading).await {
                None if this_reading.is_superseded() => {}
                None => reading.shown.set(Some(Shown::Stopped(tr(
                    reading.lang,
                    Msg::FileReadingStopped { file: &file_name },
                )))),
                Some(workbook) => {
                    reading.shown.set(None);
                    store.dispatch(DatasetAction::ImportWorkbook {
                        file_name,
                        file_bytes: bytes.len(),
                        workbook,
                    });
                }
            }
        });
        return;
    }
    reading.shown.set(None);
    if lower.ends_with(".csv") {
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
    let reading = Reading {
        lang,
        shown: use_state(|| None),
        readings: use_readings(),
    };
    let on_change = {
        let (store, reading) = (props.store.clone(), reading.clone());
        Callback::from(move |event: Event| {
            let Some(input) = event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else {
                return;
            };
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                read_and_dispatch(file, store.clone(), reading.clone());
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
        let (store, reading) = (props.store.clone(), reading.clone());
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            if let Some(file) = event
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|files| files.get(0))
            {
                read_and_dispatch(file, store.clone(), reading.clone());
            }
        })
    };
    let stop = reading.readings.stop_button(FILE_INPUT_ID);
    html! {
        <div class={classes!("ba-drop", dragging.then_some("ba-drop--active"))}
             ondragover={on_drag_over.clone()} ondragenter={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
            <label for={FILE_INPUT_ID} class="ba-drop__label">{ t(lang, Key::ImportChoose) }</label>
            <input id={FILE_INPUT_ID} type="file" accept=".xlsx,.csv,.json,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onchange={on_change} />
            <p class="ba-drop__hint">{ if *dragging { t(lang, Key::ImportDropActive) } else { t(lang, Key::ImportDrop) } }</p>
            <div role="status">
                { match &*reading.shown {
                    Some(Shown::Progress(text, per_mille)) => html! {
                        <FileProgress {lang} text={text.clone()} per_mille={*per_mille} on_stop={stop} />
                    },
                    Some(Shown::Stopped(text)) => html! { <p class="ba-notice">{ text }</p> },
                    None => html! {},
                } }
            </div>
        </div>
    }
}
