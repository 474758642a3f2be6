//! A source's provenance as the refresh recorded it: per file, who made it, where it was fetched
//! and when, the producer's own stamp, the licence and the snapshot with its SHA-256. A field
//! the producer or the copy does not state says so; nothing is filled in.

use beleidsagenda_model::data::sources::Provenance;
use beleidsagenda_model::text::format::date;
use beleidsagenda_model::{t, Dataset, Key, Lang, Source};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;

fn stated(value: Option<&str>, lang: Lang) -> Html {
    match value {
        Some(v) => html! { { v.to_string() } },
        None => html! { <span class="ba-missing">{ t(lang, Key::ProvenanceNotStated) }</span> },
    }
}

/// One file's provenance as a definition list.
pub fn provenance_file(p: &Provenance, lang: Lang) -> Html {
    let row = |key: Key, value: Html| html! { <div><dt>{ t(lang, key) }</dt><dd>{ value }</dd></div> };
    let when = |d: Option<&str>| stated(d.map(|d| date(d, lang)).as_deref(), lang);
    html! {
        <dl class="ba-meta ba-provenance">
            { row(Key::ProvenanceProducer, html! { { &p.producer } }) }
            { row(Key::ProvenanceTable, html! { { &p.title } }) }
            { row(Key::ProvenanceCode, stated(p.dataset_code.as_deref(), lang)) }
            { row(Key::ProvenanceQueryUrl, html! {
                <a href={p.query_url.clone()} class="ba-url" rel="noopener noreferrer" target="_blank">{ &p.query_url }</a>
            }) }
            if let Some(via) = &p.via {
                { row(Key::ProvenanceVia, html! { { via } }) }
            }
            { row(Key::ProvenancePublished, when(p.published.as_deref())) }
            { row(Key::ProvenanceAccessed, html! { <time datetime={p.accessed.clone()}>{ date(&p.accessed, lang) }</time> }) }
            { row(Key::ProvenanceProducerUpdated, when(p.producer_updated.as_deref())) }
            { row(Key::ProvenanceLicence, stated(p.licence.as_deref(), lang)) }
            { row(Key::ProvenanceSnapshot, html! {
                <><code>{ format!("data/snapshots/{}", p.snapshot) }</code>{" · SHA-256 "}<code class="ba-hash">{ &p.sha256 }</code></>
            }) }
        </dl>
    }
}

/// The provenance entry of a source card; nothing for a source gathered by hand.
pub fn provenance_entry(source: &Source, lang: Lang) -> Html {
    if source.provenance.is_empty() {
        return html! {};
    }
    html! {
        <div>
            <dt>{ t(lang, Key::ProvenanceTitle) }</dt>
            <dd>
                <p>{ t(lang, Key::ProvenanceIntro) }</p>
                { for source.provenance.iter().map(|p| provenance_file(p, lang)) }
            </dd>
        </div>
    }
}

/// The data page's account of where the criteria's figures come from: per refreshed source
/// its files' provenance, then the sources gathered by hand, each linked to its own page.
pub fn criteria_provenance(dataset: &Dataset, lang: Lang) -> Html {
    let mut seen = std::collections::BTreeSet::new();
    let sources: Vec<&Source> = dataset
        .indicators
        .iter()
        .filter(|i| seen.insert(i.source.clone()))
        .filter_map(|i| dataset.source(&i.source))
        .collect();
    let (refreshed, by_hand): (Vec<&Source>, Vec<&Source>) =
        sources.into_iter().partition(|s| !s.provenance.is_empty());
    let link = |s: &Source| html! { <Link<Route> to={Route::source(lang, &s.id)}>{ s.short.get(lang) }</Link<Route>> };
    html! {
        <>
            { for refreshed.iter().map(|s| html! {
                <>
                    <h3>{ link(s) }</h3>
                    { for s.provenance.iter().map(|p| provenance_file(p, lang)) }
                </>
            }) }
            if !by_hand.is_empty() {
                <p>
                    <strong>{ t(lang, Key::SourcesGatheredByHand) }{": "}</strong>
                    { for by_hand.iter().enumerate().map(|(n, s)| html! {
                        <>{ if n > 0 { "; " } else { "" } }{ link(s) }</>
                    }) }
                </p>
            }
        </>
    }
}

/// "Last refreshed" for a source: the day its newest file was fetched, or gathered by hand.
pub fn last_refreshed(source: Option<&Source>, lang: Lang) -> String {
    match source.and_then(Source::last_refreshed) {
        Some(day) => date(day, lang),
        None => t(lang, Key::GatheredByHand).to_string(),
    }
}
