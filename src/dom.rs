//! Finding the app's own elements: in the document, or inside the shadow root the embed script
//! gives it in a host page (where `document.getElementById` does not look).

use std::cell::RefCell;

use web_sys::{Element, ShadowRoot};

thread_local! {
    static SHADOW_ROOT: RefCell<Option<ShadowRoot>> = const { RefCell::new(None) };
}

/// Called once at mount when the app lives in a shadow root.
pub fn set_shadow_root(root: ShadowRoot) {
    SHADOW_ROOT.with(|r| *r.borrow_mut() = Some(root));
}

pub fn by_id(id: &str) -> Option<Element> {
    SHADOW_ROOT.with(|r| match &*r.borrow() {
        Some(root) => root.get_element_by_id(id),
        None => gloo_utils::document().get_element_by_id(id),
    })
}

pub fn query(selector: &str) -> Option<Element> {
    SHADOW_ROOT.with(|r| match &*r.borrow() {
        Some(root) => root.query_selector(selector).ok().flatten(),
        None => gloo_utils::document().query_selector(selector).ok().flatten(),
    })
}

/// The focused element, inside the shadow root when the app lives in one (the document's own
/// answer would be the host element).
pub fn active_element() -> Option<Element> {
    SHADOW_ROOT.with(|r| match &*r.borrow() {
        Some(root) => root.active_element(),
        None => gloo_utils::document().active_element(),
    })
}

/// Resolves after the browser has painted what is on screen now: before a long synchronous
/// task, so that the status saying it has begun is seen.
pub async fn after_next_paint() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo_utils::window().request_animation_frame(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(frame).await;
    gloo_timers::future::TimeoutFuture::new(0).await;
}

/// Moves focus to the app's element with `id`, if it is there and can take focus.
pub fn focus_by_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(element) = by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// The value of the input, text area or select an event came from; a checkbox's is "true" or
/// "false".
pub fn input_value(event: &web_sys::Event) -> String {
    use wasm_bindgen::JsCast;
    let target = event.target();
    target
        .clone()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| {
            if i.type_() == "checkbox" {
                i.checked().to_string()
            } else {
                i.value()
            }
        })
        .or_else(|| {
            target
                .clone()
                .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
                .map(|a| a.value())
        })
        .or_else(|| {
            target
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .map(|s| s.value())
        })
        .unwrap_or_default()
}
