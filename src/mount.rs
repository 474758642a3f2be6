//! Where the app lives in the page: inside `#beleidsagenda` when a host page provides one
//! (embedding), otherwise in `<body>` (the app's own page).

use web_sys::Element;

/// The id a host page gives the element the app should mount into.
pub const MOUNT_ID: &str = "beleidsagenda";
/// The id of the loading indicator shown until the wasm has started.
pub const LOADING_ID: &str = "ba-loading";

pub struct MountTarget {
    pub element: Element,
    /// True when mounted into a host page's element: the app then leaves the host's
    /// `<html lang>` and `<title>` alone.
    pub embedded: bool,
}

pub fn find_target() -> MountTarget {
    let document = gloo_utils::document();
    match document.get_element_by_id(MOUNT_ID) {
        Some(host) => {
            let element = match host.shadow_root() {
                // The embed script made a shadow root with the styles adopted in it.
                Some(shadow) => {
                    crate::dom::set_shadow_root(shadow.clone());
                    shadow.first_element_child().unwrap_or_else(|| {
                        let div = document.create_element("div").expect("a document makes elements");
                        let _ = shadow.append_child(&div);
                        div
                    })
                }
                None => host.clone(),
            };
            // The host's placeholder content (e.g. a "loading" line) makes way for the app.
            host.set_inner_html("");
            MountTarget {
                element,
                embedded: true,
            }
        }
        None => MountTarget {
            element: gloo_utils::body().into(),
            embedded: false,
        },
    }
}

/// The id of the pages rendered into the single file at build time (`tools/prerender`).
pub const PRERENDERED_ID: &str = "ba-prerendered";

/// Called once the app has rendered. Mounted in `<body>`, Yew emptied it, the prerendered
/// pages and the loader with it, just before its first render, in the same task: no frame
/// shows neither, and as the two trees are the same markup nothing moves
/// (`e2e/prerender.test.mjs`). Whatever of them is still in the document goes now; a reader's
/// focus in the prerendered page moves to the app's copy of it.
pub fn app_has_started() {
    let document = gloo_utils::document();
    for id in [LOADING_ID, PRERENDERED_ID] {
        if let Some(element) = document.get_element_by_id(id) {
            element.remove();
        }
    }
    crate::focus_handover::restore();
    // For the benchmark's time to interactive (`bench/startup.mjs`).
    crate::timing::mark("ba-interactive");
}
