use beleidsagenda_model::{t, Key, Lang, SourceRef};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;
use crate::state::context::AppContext;

#[derive(Properties, PartialEq)]
pub struct CitationProps {
    pub lang: Lang,
    pub refs: Vec<SourceRef>,
}

/// "Bron: <short name>, § 4" under a statement; the name links to the source's entry in the
/// registry, so the full reference is one click or one Tab + Enter away.
#[function_component(Citation)]
pub fn citation(props: &CitationProps) -> Html {
    let lang = props.lang;
    let context = use_context::<AppContext>().expect("AppContext is provided by App");
    let registry = context.bundle.as_ref().as_ref().ok().map(|b| &b.sources);
    // A loaded dataset brings its own sources; the registry covers the agenda.
    let dataset = &context.dataset.state.active;
    let label = if props.refs.len() > 1 {
        Key::SourcesLabel
    } else {
        Key::SourceLabel
    };
    let items = props.refs.iter().enumerate().map(|(i, r)| {
        let name = dataset
            .source(&r.id)
            .or_else(|| registry.and_then(|registry| registry.get(&r.id)))
            .map(|s| s.short.get(lang).to_string())
            .unwrap_or_else(|| r.id.clone());
        html! {
            <>
                if i > 0 { {"; "} }
                <Link<Route> to={Route::source(lang, &r.id)} classes="ba-cite__link">{ name }</Link<Route>>
                if let Some(locator) = &r.locator { {", "}{ locator } }
            </>
        }
    });
    html! {
        <p class="ba-cite">
            <span class="ba-cite__label">{ t(lang, label) }{": "}</span>
            { for items }
        </p>
    }
}
