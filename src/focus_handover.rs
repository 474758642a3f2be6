//! A reader who tabbed into the prerendered page before the app started keeps their place.
//! Yew empties the element it mounts into (the body, with the prerendered pages in it) before
//! it renders, so the focus is noted before the mount ([`remember`]) and given, once the app
//! has rendered ([`restore`]), to the same element in the app's tree. The two trees are the
//! same markup, so "the same element" is the one with the same tag, link target and text,
//! counted among its equals (the agenda cites one source many times).

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

thread_local! {
    static REMEMBERED: RefCell<Option<FocusedCopy>> = const { RefCell::new(None) };
}

/// Notes the focused element if it lies inside `prerendered`.
pub fn remember(prerendered: &Element) {
    REMEMBERED.with(|r| *r.borrow_mut() = FocusedCopy::of(prerendered));
}

/// Focuses the copy of what [`remember`] noted in the document, once.
pub fn restore() {
    let Some(focused) = REMEMBERED.with(|r| r.borrow_mut().take()) else {
        return;
    };
    if let Some(root) = gloo_utils::document().document_element() {
        focused.focus_in(&root);
    }
}

/// The focused element inside the prerendered pages, as what identifies its copy.
struct FocusedCopy {
    tag: String,
    href: Option<String>,
    text: Option<String>,
    nth: usize,
}

impl FocusedCopy {
    fn of(prerendered: &Element) -> Option<FocusedCopy> {
        let active = gloo_utils::document().active_element()?;
        if !prerendered.contains(Some(&active)) {
            return None;
        }
        let mut copy = FocusedCopy {
            tag: active.tag_name(),
            href: active.get_attribute("href"),
            text: active.text_content(),
            nth: 0,
        };
        copy.nth = copy.equals_in(prerendered).iter().position(|e| *e == active)?;
        Some(copy)
    }

    /// Focuses the copy in `root` (the app's tree, once the prerendered one is gone); nothing
    /// when the app shows another page there.
    fn focus_in(&self, root: &Element) {
        if let Some(element) = self.equals_in(root).get(self.nth) {
            if let Some(element) = element.dyn_ref::<HtmlElement>() {
                let _ = element.focus();
            }
        }
    }

    fn equals_in(&self, root: &Element) -> Vec<Element> {
        let Ok(candidates) = root.query_selector_all(&self.tag) else {
            return Vec::new();
        };
        (0..candidates.length())
            .filter_map(|i| candidates.item(i)?.dyn_into::<Element>().ok())
            .filter(|e| e.get_attribute("href") == self.href && e.text_content() == self.text)
            .collect()
    }
}
