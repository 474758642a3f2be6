//! The running header and footer of a printed page (CSS page-margin boxes): the app's and the
//! view's name at the top, the date and "page n / m" at the bottom.

use beleidsagenda_model::text::format::date;
use beleidsagenda_model::{t, tr, Lang, Msg};
use yew::prelude::*;

use crate::page_rules::{insert_rules, remove_rules};

fn css_string(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
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
