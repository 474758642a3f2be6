use beleidsagenda_model::{t, Key, Lang};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::selection_url::use_query;

use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    pub lang: Lang,
    pub route: Route,
}

/// A link to the same view in the other language. The link text is in the language it leads
/// to, marked with `lang` and `hreflang` so screen readers pronounce it right.
#[function_component(LangSwitch)]
pub fn lang_switch(props: &LangSwitchProps) -> Html {
    let other = props.lang.other();
    let query = use_query();
    let query_suffix = if query.is_empty() {
        String::new()
    } else {
        format!("?{}", *query)
    };
    html! {
        <div class="ba-lang" role="group" aria-label={t(props.lang, Key::LanguageSwitch)}>
            // A plain link (not the router's Link) so the query part of the view (e.g. the
            // selection settings) is kept.
            <a href={format!("#{}{}", props.route.with_lang(other).to_path(), query_suffix)} class="ba-lang__link" hreflang={other.code()}>
                <span lang={other.code()}>{ t(props.lang, Key::SwitchToOtherLanguage) }</span>
            </a>
        </div>
    }
}
