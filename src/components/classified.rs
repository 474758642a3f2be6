//! The internal edition's marking: a banner at the top of every view and "VERTROUWELIJK" in
//! the top margin of every printed page (a page-margin box at document level, which also
//! reaches the pages printed from an embedding host page).

use beleidsagenda_model::{t, Key, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ClassifiedBannerProps {
    pub lang: Lang,
}

#[function_component(ClassifiedBanner)]
pub fn classified_banner(props: &ClassifiedBannerProps) -> Html {
    let lang = props.lang;
    html! {
        <p class="ba-classified">
            <strong class="ba-classified__mark">{ t(lang, Key::InternBannerTitle) }</strong>
            {" "}
            <span>{ t(lang, Key::InternBannerText) }</span>
        </p>
    }
}

/// Marks every printed page, in both languages (a printed page may travel further than the
/// language it was printed in).
#[hook]
pub fn use_classified_print() {
    use_effect_with((), |_| {
        let mark = format!(
            "{} / {}",
            t(Lang::Nl, Key::InternBannerTitle),
            t(Lang::En, Key::InternBannerTitle)
        );
        let rule =
            format!("@page {{ @top-right {{ content: \"{mark}\"; font-size: 9pt; font-weight: 700; }} }}");
        let inserted = crate::page_rules::insert_rules(&[rule]);
        move || {
            if let Some(inserted) = inserted {
                crate::page_rules::remove_rules(inserted);
            }
        }
    });
}
