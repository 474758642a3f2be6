//! The plan as a document: which file it is in and whether it holds changes that file does not,
//! *Opslaan* / *Opslaan als…* / *Openen…* (and Ctrl+S), what a refused browser storage means for
//! the user, whether the browser keeps the plan under pressure, and a plan recovered from an
//! earlier session offered back rather than hidden.

mod notices;

use std::rc::Rc;

use beleidsagenda_model::plan::document::document_label;
use beleidsagenda_model::plan::import::{Dropped, PlanImportError};
use beleidsagenda_model::plan::undo::Replacement;
use beleidsagenda_model::{t, Key};
use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser_save::{self, Opened, Saved};
use crate::clock::today;
use crate::components::plan::exchange::plan_file_text;
use crate::components::plan::undo::{UndoBar, UndoOf};
use crate::components::plan::PlanView;
use crate::state::plan::PlanDispatch;

/// Where a file input stands in for the open picker in browsers without one.
const OPEN_INPUT_ID: &str = "ba-plan-open-file";

#[derive(Clone, PartialEq)]
enum Outcome {
    Saved(String),
    Downloaded(String),
    SaveFailed(String),
    /// A plan opened: from which file, what the data in use did not know, and (when the file
    /// was made with other data) the notice that says so.
    Opened {
        file: String,
        dropped: Vec<Dropped>,
        other_data: Html,
    },
    Refused(Rc<PlanImportError>),
}

#[derive(Properties, PartialEq)]
pub struct PlanDocumentProps {
    pub view: PlanView,
    pub dispatch: PlanDispatch,
}

#[function_component(PlanDocumentBar)]
pub fn plan_document_bar(props: &PlanDocumentProps) -> Html {
    let view = &props.view;
    let lang = view.lang;
    let store = props.dispatch.store().clone();
    let unsaved = store.has_unsaved_changes();
    let outcome = use_state(|| None::<Outcome>);
    let persisted = use_state(|| None::<Option<bool>>);
    {
        let persisted = persisted.clone();
        use_effect_with((), move |_| {
            yew::platform::spawn_local(async move {
                persisted.set(Some(browser_save::persist_storage().await));
            });
        });
    }

    // One save for the buttons and Ctrl+S; `ask` chooses a new file.
    let save: Rc<dyn Fn(bool)> = {
        let (dispatch, outcome, view) = (props.dispatch.clone(), outcome.clone(), view.clone());
        let suggested = store.document.suggested_name(lang, &today());
        Rc::new(move |ask: bool| {
            let plan = dispatch.current();
            let text = plan_file_text(&plan, &view);
            let (dispatch, outcome, suggested) = (dispatch.clone(), outcome.clone(), suggested.clone());
            yew::platform::spawn_local(async move {
                let result = browser_save::save(&text, &suggested, ask).await;
                outcome.set(match result {
                    Saved::Written(file) => {
                        dispatch.in_file(&file, &plan);
                        Some(Outcome::Saved(file))
                    }
                    Saved::Downloaded(file) => {
                        dispatch.in_file(&file, &plan);
                        Some(Outcome::Downloaded(file))
                    }
                    Saved::Failed(file) => Some(Outcome::SaveFailed(file)),
                    Saved::Cancelled => None,
                });
            });
        })
    };
    let adopt = {
        let (dispatch, outcome, view) = (props.dispatch.clone(), outcome.clone(), view.clone());
        Rc::new(move |file: String, text: String| {
            let replacement = Replacement::Opened { name: file.clone() };
            match dispatch.open_text(&file, &text, replacement, true) {
                Ok((_, dropped)) => {
                    let other_data = crate::components::plan::other_data_notice(&text, &view);
                    outcome.set(Some(Outcome::Opened {
                        file,
                        dropped,
                        other_data,
                    }));
                }
                Err(error) => {
                    browser_save::forget();
                    outcome.set(Some(Outcome::Refused(Rc::new(error))));
                }
            }
        })
    };
    let open = {
        let adopt = Rc::clone(&adopt);
        Callback::from(move |_: MouseEvent| {
            // Without a picker the file input stands in, clicked here within the user's own
            // click, before any await: a browser opens a file dialog only on the user's
            // activation, and this keeps it however long a browser lets that last.
            if !browser_save::can_pick() {
                if let Some(input) =
                    crate::dom::by_id(OPEN_INPUT_ID).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    input.click();
                }
                return;
            }
            let adopt = Rc::clone(&adopt);
            yew::platform::spawn_local(async move {
                match browser_save::open().await {
                    Opened::File { name, text } => adopt(name, text),
                    Opened::Unsupported | Opened::Cancelled | Opened::Failed => {}
                }
            });
        })
    };
    let open_input = {
        let adopt = Rc::clone(&adopt);
        crate::file_input::on_file_chosen(move |name, bytes| adopt(name, crate::file_input::text(bytes)))
    };

    // Ctrl+S (⌘S) saves while the plan page is open, instead of the browser saving the page.
    {
        let save = Rc::clone(&save);
        use_effect_with((), move |_| {
            let options = EventListenerOptions::enable_prevent_default();
            let listener =
                EventListener::new_with_options(&gloo_utils::window(), "keydown", options, move |event| {
                    let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    if (key.ctrl_key() || key.meta_key()) && key.key().eq_ignore_ascii_case("s") {
                        event.prevent_default();
                        save(key.shift_key());
                    }
                });
            move || drop(listener)
        });
    }

    let on_save = {
        let save = Rc::clone(&save);
        Callback::from(move |_: MouseEvent| save(false))
    };
    let on_save_as = {
        let save = Rc::clone(&save);
        Callback::from(move |_: MouseEvent| save(true))
    };
    let file = document_label(&store.document, false, lang);
    html! {
        <section class="ba-plan-document ba-no-print" aria-labelledby="ba-plan-document-title">
            <h2 id="ba-plan-document-title" class="ba-visually-hidden">{ t(lang, Key::PlanDocumentTitle) }</h2>
            <p class="ba-plan-document__state">
                { t(lang, Key::PlanFileLabel) }{": "}<strong id="ba-plan-file-name">{ file }</strong>{" — "}
                <span id="ba-plan-unsaved" data-unsaved={unsaved.to_string()}>{ notices::state_text(&store, unsaved, lang) }</span>
            </p>
            <div class="ba-actions">
                <button type="button" class="ba-button" onclick={on_save} aria-keyshortcuts="Control+S">{ t(lang, Key::PlanSave) }</button>
                <button type="button" class="ba-button ba-button--quiet" onclick={on_save_as}>{ t(lang, Key::PlanSaveAs) }</button>
                <button type="button" class="ba-button ba-button--quiet" onclick={open}>{ t(lang, Key::PlanOpen) }</button>
                <input id={OPEN_INPUT_ID} type="file" accept=".json,application/json" hidden={true} onchange={open_input} />
            </div>
            <p class="ba-weight__hint">{ t(lang, Key::PlanShortcutHint) }</p>
            if store.storage_refused {
                <div class="ba-notice" role="alert">
                    <p>{ t(lang, Key::PlanStorageFailed) }</p>
                    <button type="button" class="ba-button" onclick={{
                        let save = Rc::clone(&save);
                        Callback::from(move |_: MouseEvent| save(true))
                    }}>{ t(lang, Key::PlanSaveAsFile) }</button>
                </div>
            }
            { notices::recovered_notice(&store, &props.dispatch, lang) }
            { notices::outcome_view(&outcome, lang) }
            <UndoBar {lang} dispatch={props.dispatch.clone()} of={UndoOf::Opened} />
            if let Some(Some(kept)) = *persisted {
                <p class="ba-weight__hint" id="ba-plan-persist">{ t(lang, if kept { Key::PlanPersistGranted } else { Key::PlanPersistDenied }) }</p>
            }
        </section>
    }
}
