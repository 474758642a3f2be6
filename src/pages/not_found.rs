use beleidsagenda_model::{t, Key, Lang};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::layout::use_document_title;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    pub lang: Lang,
}

#[function_component(NotFoundPage)]
pub fn not_found_page(props: &NotFoundProps) -> Html {
    let lang = props.lang;
    use_document_title(format!(
        "{} · {}",
        t(lang, Key::NotFoundTitle),
        t(lang, Key::PageTitleSuffix)
    ));
    html! {
        <section class="ba-not-found">
            <h1>{ t(lang, Key::NotFoundTitle) }</h1>
            <p>{ t(lang, Key::NotFoundText) }</p>
            <p><Link<Route> to={Route::agenda(lang)} classes="ba-button">{ t(lang, Key::BackToAgenda) }</Link<Route>></p>
        </section>
    }
}
