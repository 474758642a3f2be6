//! The running header and footer of a printed page (CSS page-margin boxes): the app's and the
//! view's name at the top, the date and "page n / m" at the bottom. The rule is added through
//! CSSOM, which the strict Content-Security-Policy allows (an inline style would not be).

use beleidsagenda_model::text::format::date;
use beleidsagenda_model::{t, tr, Lang, Msg};
use wasm_bindgen::JsCast;
use yew::prelude::*;

fn css_string(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

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

/// While the view is shown, its printed pages carry `view` in the header.
#[hook]
pub fn use_print_frame(view: &str, lang: Lang, today: &str) {
    let heading = format!("{} · {}", t(lang, crate::edition::app_name()), view);
    let made = date(today, lang);
    use_effect_with((heading, made, lang), |(heading, made, lang)| {
        let rule = format!(
            "@page {{ @top-left {{ content: {}; font-size: 8pt; }} @bottom-left {{ content: {}; font-size: 8pt; }} \
             @bottom-right {{ content: {} \" \" counter(page) \" / \" counter(pages); font-size: 8pt; }} }}",
            css_string(heading),
            css_string(made),
            css_string(&tr(*lang, Msg::PrintPage)),
        );
        // The annex's landscape page again at document level: from inside a shadow root the
        // app's own `@page` rules do not count.
        let annex = "@page annex { size: A4 landscape; margin: 14mm 12mm 16mm; }".to_string();
        let inserted = insert_rules(&[rule, annex]);
        move || {
            if let Some(inserted) = inserted {
                remove_rules(inserted);
            }
        }
    });
}
