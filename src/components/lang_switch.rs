use beleidsagenda_model::{t, Key, Lang};
use yew::prelude::*;
use yew_router::prelude::*;

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
    html! {
        <div class="ba-lang" role="group" aria-label={t(props.lang, Key::LanguageSwitch)}>
            <Link<Route> to={props.route.with_lang(other)} classes="ba-lang__link">
                <span lang={other.code()}>{ t(props.lang, Key::SwitchToOtherLanguage) }</span>
            </Link<Route>>
        </div>
    }
}
