//! The running header and footer of a printed page (CSS page-margin boxes): the app's and the
//! view's name at the top, the date and "page n / m" at the bottom. The rule is added through
//! CSSOM, which the strict Content-Security-Policy allows (an inline style would not be).

use beleidsagenda_model::text::format::date;
use beleidsagenda_model::{t, tr, Key, Lang, Msg};
use wasm_bindgen::JsCast;
use yew::prelude::*;

fn css_string(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Adds the `@page` rule to the first style sheet that takes it; returns the sheet and index.
fn insert_rule(rule: &str) -> Option<(web_sys::CssStyleSheet, u32)> {
    let sheets = gloo_utils::document().style_sheets();
    (0..sheets.length()).find_map(|i| {
        let sheet = sheets.get(i)?.dyn_into::<web_sys::CssStyleSheet>().ok()?;
        let end = sheet.css_rules().ok()?.length();
        sheet
            .insert_rule_with_index(rule, end)
            .ok()
            .map(|index| (sheet, index))
    })
}

/// While the view is shown, its printed pages carry `view` in the header.
#[hook]
pub fn use_print_frame(view: &str, lang: Lang, today: &str) {
    let heading = format!("{} · {}", t(lang, Key::AppName), view);
    let made = date(today, lang);
    use_effect_with((heading, made, lang), |(heading, made, lang)| {
        let rule = format!(
            "@page {{ @top-left {{ content: {}; font-size: 8pt; }} @bottom-left {{ content: {}; font-size: 8pt; }} \
             @bottom-right {{ content: {} \" \" counter(page) \" / \" counter(pages); font-size: 8pt; }} }}",
            css_string(heading),
            css_string(made),
            css_string(&tr(*lang, Msg::PrintPage)),
        );
        let inserted = insert_rule(&rule);
        move || {
            if let Some((sheet, index)) = inserted {
                let _ = sheet.delete_rule(index);
            }
        }
    });
}
