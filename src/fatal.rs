//! A panic must never leave a blank page: the hook replaces the app with an accessible error
//! message in both languages (the panic may come before a language is known).

use web_sys::Element;

pub fn install_panic_hook(root: Element) {
    std::panic::set_hook(Box::new(move |info| {
        let detail = info.to_string();
        web_sys::console::error_1(&format!("beleidsagenda: {detail}").into());
        show_fatal_error(&root, &detail);
    }));
}

/// Replaces the content of `root` with the error screen. Built with DOM calls and text nodes,
/// never from HTML strings, so a panic message cannot inject markup.
pub fn show_fatal_error(root: &Element, detail: &str) {
    let document = gloo_utils::document();
    let build = || -> Option<Element> {
        let wrapper = document.create_element("div").ok()?;
        wrapper.set_class_name("ba-root");
        let alert = document.create_element("div").ok()?;
        alert.set_class_name("ba-fatal");
        alert.set_attribute("role", "alert").ok()?;
        let parts: [(&str, &str, Option<&str>); 4] = [
            ("h1", "Er ging iets mis in de app", Some("nl")),
            ("p", "Laad de pagina opnieuw. Gebeurt dit weer, meld dan de technische melding hieronder aan het beheerteam.", Some("nl")),
            ("p", "Something went wrong in the app. Reload the page; if it happens again, report the technical message below to the maintainers.", Some("en")),
            ("pre", detail, None),
        ];
        for (tag, text, lang) in parts {
            let element = document.create_element(tag).ok()?;
            element.set_text_content(Some(text));
            if let Some(lang) = lang {
                element.set_attribute("lang", lang).ok()?;
            }
            alert.append_child(&element).ok()?;
        }
        wrapper.append_child(&alert).ok()?;
        Some(wrapper)
    };
    if let Some(wrapper) = build() {
        // The prerendered pages and the loader would otherwise stay above the message.
        for id in [crate::mount::LOADING_ID, crate::mount::PRERENDERED_ID] {
            if let Some(element) = document.get_element_by_id(id) {
                element.remove();
            }
        }
        // Remove the app's own tree, but not the host page's other content.
        let app_roots = root.query_selector_all(":scope > .ba-root").ok();
        if let Some(nodes) = app_roots {
            for i in 0..nodes.length() {
                if let Some(node) = nodes.item(i) {
                    let _ = root.remove_child(&node);
                }
            }
        }
        let _ = root.append_child(&wrapper);
    }
}
