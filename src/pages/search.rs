//! Search (`#/nl/search?q=…`) across the agenda, sources, instruments, countries and the plan,
//! in both languages, insensitive to case and diacritics. The query is in the link, so a search
//! can be shared; every result is a link to its view.

use std::rc::Rc;

use beleidsagenda_model::search::{Kind, SearchIndex, Target};
use beleidsagenda_model::{t, tr, Key, Lang, Msg};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::layout::use_document_title;
use crate::route::Route;
use crate::selection_url::{current_query, write_query, HistoryStep};
use crate::state::context::AppContext;
use crate::state::identity::Same;

const LIMIT: usize = 50;

/// The `q` parameter of a query string, decoded.
pub fn query_text(query: &str) -> String {
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix("q="))
        .and_then(|q| js_sys::decode_uri_component(&q.replace('+', " ")).ok())
        .and_then(|q| q.as_string())
        .unwrap_or_default()
}

fn href(lang: Lang, target: &Target) -> Route {
    match target {
        Target::AgendaSection(id) => Route::section(lang, id),
        Target::Source(id) => Route::source(lang, id),
        Target::Instruments(_) => Route::instruments(lang),
        Target::Country(iso3) => Route::country(lang, iso3),
        Target::Plan(_) => Route::plan(lang),
        Target::Timeline => Route::timeline(lang),
    }
}

fn kind_key(kind: Kind) -> Key {
    match kind {
        Kind::Agenda => Key::NavAgenda,
        Kind::Source => Key::SourceLabel,
        Kind::Instrument => Key::Instrument,
        Kind::Country => Key::Country,
        Kind::Plan => Key::NavPlan,
    }
}

#[derive(Properties, PartialEq)]
pub struct SearchPageProps {
    pub lang: Lang,
}

#[function_component(SearchPage)]
pub fn search_page(props: &SearchPageProps) -> Html {
    let lang = props.lang;
    let context = use_context::<AppContext>().expect("AppContext is provided by App");
    use_document_title(format!(
        "{} · {}",
        t(lang, Key::SearchTitle),
        t(lang, Key::PageTitleSuffix)
    ));
    let query = use_state(|| query_text(&current_query()));
    // Built once per change of what it indexes, told by identity: a keystroke must not compare
    // the whole dataset and plan by value.
    let index = use_memo(
        (
            Same(Rc::clone(&context.bundle)),
            Same(Rc::clone(&context.dataset.state.active)),
            Same(Rc::clone(&context.plan.plan)),
        ),
        |(bundle, dataset, plan)| match bundle.0.as_ref() {
            Ok(b) => SearchIndex::build(&b.agenda, &dataset.0, &plan.0),
            Err(_) => SearchIndex::default(),
        },
    );
    let (hits, total) = index.search(&query, lang, LIMIT);
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) {
                let value = input.value();
                let encoded = js_sys::encode_uri_component(&value)
                    .as_string()
                    .unwrap_or_default();
                write_query(&format!("q={encoded}"), HistoryStep::Replace);
                query.set(value);
            }
        })
    };
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    html! {
        <article class="ba-search">
            <h1>{ t(lang, Key::SearchTitle) }</h1>
            <p class="ba-lead">{ t(lang, Key::SearchIntro) }</p>
            <form role="search" class="ba-form" {onsubmit}>
                <div class="ba-field ba-field--wide">
                    <label for="ba-search-input">{ t(lang, Key::SearchLabel) }</label>
                    <input id="ba-search-input" type="search" value={(*query).clone()} {oninput} autocomplete="off"
                        aria-describedby="ba-search-count" />
                </div>
            </form>
            <p id="ba-search-count" role="status">
                if !query.trim().is_empty() { { tr(lang, Msg::SearchResults { shown: hits.len(), total }) } }
            </p>
            if !hits.is_empty() {
                <ol class="ba-search__results">
                    { for hits.iter().map(|hit| html! {
                        <li key={format!("{:?}", hit.target)}>
                            <Link<Route> to={href(lang, &hit.target)}>{ &hit.title }</Link<Route>>
                            <span class="ba-search__kind">{ " · " }{ t(lang, kind_key(hit.kind)) }</span>
                            if hit.snippet != hit.title { <p class="ba-search__snippet">{ &hit.snippet }</p> }
                        </li>
                    }) }
                </ol>
            }
        </article>
    }
}
