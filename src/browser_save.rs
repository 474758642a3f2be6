//! Saving and opening the plan file. Where the browser has the File System Access API
//! (Chromium and Edge, also from `file://`), the first save asks where and later saves write to
//! that same file; elsewhere a save is a download and opening goes through a file input.
//! Called through `Reflect`: web-sys has these APIs only behind its unstable flag.

use std::cell::RefCell;

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::download::download_text;

thread_local! {
    /// The file the plan was last saved to or opened from, for this page's life: a handle
    /// cannot be kept in localStorage, so after a reload the first save asks again.
    static HANDLE: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

pub enum Saved {
    /// Written to the file with this name.
    Written(String),
    /// No File System Access: downloaded under this name.
    Downloaded(String),
    /// The user closed the picker.
    Cancelled,
    /// The browser refused to write (permission, disk): the file's name if known.
    Failed(String),
}

pub enum Opened {
    File {
        name: String,
        text: String,
    },
    /// No File System Access: the caller offers a file input instead.
    Unsupported,
    Cancelled,
    Failed,
}

const MIME: &str = "application/json";

/// Writes `text` to the plan's file: the one chosen before, or (with `ask` or none yet) one the
/// user picks, suggested as `suggested`.
pub async fn save(text: &str, suggested: &str, ask: bool) -> Saved {
    let known = if ask {
        None
    } else {
        HANDLE.with(|h| h.borrow().clone())
    };
    let handle = match known {
        Some(handle) => handle,
        None => match picker("showSaveFilePicker", &save_options(suggested)).await {
            Picked::Handle(handle) => handle,
            Picked::Unsupported => {
                download_text(suggested, MIME, text);
                return Saved::Downloaded(suggested.to_string());
            }
            Picked::Cancelled => return Saved::Cancelled,
            Picked::Failed => return Saved::Failed(suggested.to_string()),
        },
    };
    let name = file_name(&handle).unwrap_or_else(|| suggested.to_string());
    match write(&handle, text).await {
        Ok(()) => {
            HANDLE.with(|h| *h.borrow_mut() = Some(handle));
            Saved::Written(name)
        }
        Err(_) => Saved::Failed(name),
    }
}

/// Whether this browser has the open-file picker (Chromium does; Firefox and Safari do not).
pub fn can_pick() -> bool {
    Reflect::get(&gloo_utils::window(), &"showOpenFilePicker".into()).is_ok_and(|f| f.is_function())
}

/// A plan file the user picks; later saves write to it.
pub async fn open() -> Opened {
    let handle = match picker("showOpenFilePicker", &open_options()).await {
        Picked::Handle(list) => match list.dyn_into::<Array>().ok().map(|a| a.get(0)) {
            Some(handle) if !handle.is_undefined() => handle,
            _ => return Opened::Cancelled,
        },
        Picked::Unsupported => return Opened::Unsupported,
        Picked::Cancelled => return Opened::Cancelled,
        Picked::Failed => return Opened::Failed,
    };
    let Ok(text) = read(&handle).await else {
        return Opened::Failed;
    };
    let name = file_name(&handle).unwrap_or_default();
    HANDLE.with(|h| *h.borrow_mut() = Some(handle));
    Opened::File { name, text }
}

/// A plan that came from elsewhere (a file input, a scenario): saves no longer go to the file.
pub fn forget() {
    HANDLE.with(|h| *h.borrow_mut() = None);
}

enum Picked {
    Handle(JsValue),
    Unsupported,
    Cancelled,
    Failed,
}

async fn picker(name: &str, options: &Object) -> Picked {
    let window = gloo_utils::window();
    let Some(function) = Reflect::get(&window, &name.into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
    else {
        return Picked::Unsupported;
    };
    let Some(promise) = function
        .call1(&window, options)
        .ok()
        .and_then(|p| p.dyn_into::<Promise>().ok())
    else {
        return Picked::Failed;
    };
    match JsFuture::from(promise).await {
        Ok(handle) => Picked::Handle(handle),
        Err(error) if error_name(&error).as_deref() == Some("AbortError") => Picked::Cancelled,
        Err(_) => Picked::Failed,
    }
}

fn save_options(suggested: &str) -> Object {
    let options = open_options();
    let _ = Reflect::set(&options, &"suggestedName".into(), &suggested.into());
    options
}

fn open_options() -> Object {
    let accept = Object::new();
    let _ = Reflect::set(&accept, &MIME.into(), &Array::of1(&".json".into()));
    let kind = Object::new();
    let _ = Reflect::set(&kind, &"accept".into(), &accept);
    let _ = Reflect::set(&kind, &"description".into(), &"JSON".into());
    let options = Object::new();
    let _ = Reflect::set(&options, &"types".into(), &Array::of1(&kind));
    options
}

async fn write(handle: &JsValue, text: &str) -> Result<(), JsValue> {
    let writable = call(handle, "createWritable", &[]).await?;
    call(&writable, "write", &[text.into()]).await?;
    call(&writable, "close", &[]).await?;
    Ok(())
}

async fn read(handle: &JsValue) -> Result<String, JsValue> {
    let file = call(handle, "getFile", &[]).await?;
    let text = call(&file, "text", &[]).await?;
    text.as_string().ok_or(JsValue::NULL)
}

/// Calls a method that returns a promise, and waits for it.
async fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let function: Function = Reflect::get(target, &method.into())?.dyn_into()?;
    let result = function.apply(target, &args.iter().collect::<Array>())?;
    match result.dyn_into::<Promise>() {
        Ok(promise) => JsFuture::from(promise).await,
        Err(value) => Ok(value),
    }
}

fn file_name(handle: &JsValue) -> Option<String> {
    Reflect::get(handle, &"name".into()).ok()?.as_string()
}

fn error_name(error: &JsValue) -> Option<String> {
    Reflect::get(error, &"name".into()).ok()?.as_string()
}

/// Asks the browser to keep this origin's storage under pressure; `None` where it cannot say.
pub async fn persist_storage() -> Option<bool> {
    let navigator = gloo_utils::window().navigator();
    let storage = Reflect::get(&navigator, &"storage".into()).ok()?;
    if storage.is_undefined() {
        return None;
    }
    if call(&storage, "persisted", &[]).await.ok()?.as_bool() == Some(true) {
        return Some(true);
    }
    call(&storage, "persist", &[]).await.ok()?.as_bool()
}
