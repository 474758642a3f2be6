//! CSS rules added at document level through CSSOM, which the strict Content-Security-Policy
//! allows (an inline style would not be). `@page` rules count only there: from inside a shadow
//! root (the embedded app) they are ignored.

use wasm_bindgen::JsCast;

/// Where the rule went, so it can be taken out again.
pub enum Inserted {
    /// A sheet of its own on the document (works from a shadow root too, where `@page` rules
    /// are ignored).
    Adopted(web_sys::CssStyleSheet),
    /// Appended to an existing sheet, for browsers without constructable sheets.
    InSheet(web_sys::CssStyleSheet, u32),
}

pub fn insert_rules(rules: &[String]) -> Option<Inserted> {
    let document = gloo_utils::document();
    if let Ok(sheet) = web_sys::CssStyleSheet::new() {
        if rules.iter().all(|rule| sheet.insert_rule(rule).is_ok()) {
            let sheets = document.adopted_style_sheets();
            sheets.push(&sheet);
            document.set_adopted_style_sheets(&sheets);
            return Some(Inserted::Adopted(sheet));
        }
    }
    let sheets = document.style_sheets();
    (0..sheets.length()).find_map(|i| {
        let sheet = sheets.get(i)?.dyn_into::<web_sys::CssStyleSheet>().ok()?;
        let end = sheet.css_rules().ok()?.length();
        sheet
            .insert_rule_with_index(&rules[0], end)
            .ok()
            .map(|index| Inserted::InSheet(sheet, index))
    })
}

pub fn remove_rules(inserted: Inserted) {
    match inserted {
        Inserted::Adopted(sheet) => {
            let document = gloo_utils::document();
            let kept: js_sys::Array = document
                .adopted_style_sheets()
                .iter()
                .filter(|s| s != &wasm_bindgen::JsValue::from(sheet.clone()))
                .collect();
            document.set_adopted_style_sheets(&kept);
        }
        Inserted::InSheet(sheet, index) => {
            let _ = sheet.delete_rule(index);
        }
    }
}
