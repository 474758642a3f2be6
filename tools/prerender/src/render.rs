//! The pages, rendered: each as the app renders it at that link, with the notices for readers
//! without the app, then made readable without it (`crate::hash_links` and the rest).

use beleidsagenda::app::{switch, use_app_context};
use beleidsagenda::route::Route;
use beleidsagenda::state::context::AppContext;
use beleidsagenda_model::{t, Key, Lang};
use yew::prelude::*;
use yew::LocalServerRenderer;
use yew_router::history::{AnyHistory, MemoryHistory};
use yew_router::prelude::*;

use crate::{duplicate_ids, hash_links, route_anchors, suffix_ids};

#[derive(Properties, PartialEq)]
struct PageProps {
    /// The app's link for the page, without `#`: `/nl/agenda`.
    path: AttrValue,
    lang: Lang,
}

/// One page as the app renders it at that link, with the notices for readers without the app.
#[function_component(PrerenderedPage)]
fn prerendered_page(props: &PageProps) -> Html {
    let context = use_app_context(false);
    let history = AnyHistory::from(MemoryHistory::with_entries(vec![props.path.to_string()]));
    let lang = props.lang;
    html! {
        <>
            <noscript>
                <div class="ba-root" lang={lang.code()}>
                    <div class="ba-notice ba-prerendered__notice">
                        <p>{ t(lang, Key::PrerenderNoScript) }</p>
                    </div>
                </div>
            </noscript>
            // Shown by the loader when the wasm cannot start (`tools/single-file`).
            <div class="ba-root ba-prerendered__no-wasm" lang={lang.code()} hidden=true>
                <div class="ba-notice ba-prerendered__notice" role="alert">
                    <p class="ba-prerendered__view-needs">{ t(lang, Key::PrerenderViewNeedsWasm) }</p>
                    <p>{ t(lang, Key::PrerenderNoWasm) }</p>
                </div>
            </div>
            <ContextProvider<AppContext> {context}>
                <Router {history}>
                    <Switch<Route> render={switch} />
                </Router>
            </ContextProvider<AppContext>>
        </>
    }
}

/// The pages in the file: the first is shown when the link names none of them.
pub const PAGES: [(Lang, &str); 4] = [
    (Lang::Nl, "agenda"),
    (Lang::Nl, "sources"),
    (Lang::En, "agenda"),
    (Lang::En, "sources"),
];

/// One page: `<div id="/nl/agenda" class="ba-prerendered__page …">`.
pub async fn render_page(lang: Lang, page: &str) -> Result<String, String> {
    let path = format!("/{}/{page}", lang.code());
    let html = LocalServerRenderer::<PrerenderedPage>::with_props(PageProps {
        path: path.clone().into(),
        lang,
    })
    .hydratable(false)
    .render()
    .await;
    if !html.contains("<main") {
        return Err(format!("{path}: the rendered page has no <main>: {html:.300}"));
    }
    let html = hash_links(&html);
    let html = route_anchors(&html, "ba-section-", &format!("/{}/agenda/", lang.code()));
    let html = route_anchors(&html, "ba-source-", &format!("/{}/sources/", lang.code()));
    let default = (lang, page) == PAGES[0];
    // The first page keeps the ids the app uses; every other page's ids get its own suffix.
    // Every page but the default one: its own id suffix, and its <main> `hidden` too (HTML
    // allows one <main> without it); styles/app.css shows the page a link names all the same.
    let html = if default {
        html
    } else {
        suffix_ids(&html, &format!("--{}-{page}", lang.code())).replacen("<main ", "<main hidden ", 1)
    };
    // Every page but the default one is `hidden`: one visible <main> in the document, as HTML
    // asks; `:target` (no JavaScript) or pages.js shows the one a link names.
    Ok(format!(
        "<div id=\"{path}\" class=\"ba-prerendered__page{}\" data-ba-lang=\"{}\"{}>{html}</div>",
        if default {
            " ba-prerendered__page--default"
        } else {
            ""
        },
        lang.code(),
        if default { "" } else { " hidden" }
    ))
}

/// Every page in one fragment, `<div id="ba-prerendered">`; an error if an id is used twice.
pub async fn render_all() -> Result<String, String> {
    let mut out = String::from("<div id=\"ba-prerendered\" class=\"ba-prerendered\">");
    for (lang, page) in PAGES {
        out.push_str(&render_page(lang, page).await?);
    }
    out.push_str("</div>");
    let twice = duplicate_ids(&out);
    if !twice.is_empty() {
        return Err(format!(
            "ids used more than once in the prerendered pages: {twice:?}"
        ));
    }
    Ok(out)
}
