//! A source's provenance as the refresh recorded it: per file, who made it, where it was fetched
//! and when, the producer's own stamp, the licence and the snapshot with its SHA-256. A field
//! the producer or the copy does not state says so; nothing is filled in.

use beleidsagenda_model::data::sources::Provenance;
use beleidsagenda_model::text::format::date;
use beleidsagenda_model::{t, Key, Lang, Source};
use yew::prelude::*;

fn stated(value: Option<&str>, lang: Lang) -> Html {
    match value {
        Some(v) => html! { { v.to_string() } },
        None => html! { <span class="ba-missing">{ t(lang, Key::ProvenanceNotStated) }</span> },
    }
}

fn file(p: &Provenance, lang: Lang) -> Html {
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
                { for source.provenance.iter().map(|p| file(p, lang)) }
            </dd>
        </div>
    }
}

/// "Last refreshed" for a source: the day its newest file was fetched, or gathered by hand.
pub fn last_refreshed(source: Option<&Source>, lang: Lang) -> String {
    match source.and_then(Source::last_refreshed) {
        Some(day) => date(day, lang),
        None => t(lang, Key::GatheredByHand).to_string(),
    }
}
