//! The selection's settings live in the query part of the hash (`#/nl/selection?w=…`). The
//! page reads them from there, writes every change back (push for a new step, replace while a
//! control is being dragged), and follows back/forward.

use gloo_events::EventListener;
use yew::prelude::*;

/// The hash of the page's address (`#/nl/selection?…`); empty when prerendered at build time,
/// where there is no address (the prerendered pages carry no query).
pub fn current_hash() -> String {
    if cfg!(not(target_arch = "wasm32")) {
        return String::new();
    }
    gloo_utils::window().location().hash().unwrap_or_default()
}

/// The query of the current hash, without `?`.
pub fn current_query() -> String {
    let hash = current_hash();
    hash.split_once('?')
        .map(|(_, q)| q.to_string())
        .unwrap_or_default()
}

/// The path of the current hash, e.g. `/nl/selection`.
pub fn current_path() -> String {
    let hash = current_hash();
    let hash = hash.trim_start_matches('#');
    hash.split_once('?')
        .map(|(p, _)| p.to_string())
        .unwrap_or_else(|| hash.to_string())
}

thread_local! {
    /// The selection last on screen in this window (its query), for the main menu.
    static LAST_SELECTION: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Remembers the selection on screen, so the main menu brings the user back to it.
pub fn remember_selection(query: &str) {
    LAST_SELECTION.with(|last| *last.borrow_mut() = Some(query.to_string()));
}

/// Where the main menu's *Landenselectie* goes: the selection last on screen in this window,
/// else the one the plan follows, else the defaults.
pub fn selection_href(lang_code: &str, plan_selection: &str) -> String {
    let query = LAST_SELECTION
        .with(|last| last.borrow().clone())
        .unwrap_or_else(|| plan_selection.to_string());
    if query.is_empty() {
        format!("#/{lang_code}/selection")
    } else {
        format!("#/{lang_code}/selection?{query}")
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryStep {
    /// A new entry: back returns to the state before.
    Push,
    /// Same entry: for the intermediate values of a slider being dragged.
    Replace,
}

pub fn write_query(query: &str, step: HistoryStep) {
    let window = gloo_utils::window();
    let Ok(history) = window.history() else { return };
    let url = format!("#{}?{}", current_path(), query);
    let _ = match step {
        HistoryStep::Push => history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)),
        HistoryStep::Replace => history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)),
    };
    // pushState fires no event of its own; components that show the query (the language
    // switch) listen for this one.
    if let Ok(event) = web_sys::Event::new(QUERY_CHANGE_EVENT) {
        let _ = window.dispatch_event(&event);
    }
}

pub const QUERY_CHANGE_EVENT: &str = "ba-querychange";

/// The query as state that follows back/forward (popstate) and hash edits (hashchange).
#[hook]
pub fn use_query() -> UseStateHandle<String> {
    // `_eq`: the app writes the URL and sets the query; the event that follows sets the same
    // value again, which must not render twice.
    let query = use_state_eq(current_query);
    {
        let query = query.clone();
        use_effect_with((), move |_| {
            let window = gloo_utils::window();
            // Dropping the listeners (when the page goes) removes them.
            let listeners: Vec<EventListener> = ["popstate", "hashchange", QUERY_CHANGE_EVENT]
                .into_iter()
                .map(|event| {
                    let query = query.clone();
                    EventListener::new(&window, event, move |_| query.set(current_query()))
                })
                .collect();
            move || drop(listeners)
        });
    }
    query
}
