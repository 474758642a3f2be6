//! The source registry: every source, with where the agenda uses it. Each source has its own
//! URL (`#/nl/sources/<id>`), which is where a citation leads.

use beleidsagenda_model::text::format::date;
use beleidsagenda_model::{t, tr, Agenda, Dataset, Key, Lang, Msg, Source};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::layout::use_document_title;
use crate::components::provenance::provenance_entry;
use crate::labels;
use crate::route::Route;
use crate::state::context::AppContext;

#[derive(Properties, PartialEq)]
pub struct SourcesPageProps {
    pub lang: Lang,
}

#[function_component(SourcesPage)]
pub fn sources_page(props: &SourcesPageProps) -> Html {
    let lang = props.lang;
    let context = use_context::<AppContext>().expect("AppContext is provided by App");
    use_document_title(format!(
        "{} · {}",
        t(lang, Key::SourcesTitle),
        t(lang, Key::PageTitleSuffix)
    ));
    let Ok(bundle) = context.bundle.as_ref() else {
        return html! {};
    };
    let dataset = &*context.dataset.state.active;
    // The registry, then the sources a loaded dataset brings that the registry lacks.
    let mut sources: Vec<&Source> = bundle.sources.sources.iter().collect();
    sources.extend(
        dataset
            .sources
            .iter()
            .filter(|s| bundle.sources.get(&s.id).is_none()),
    );
    html! {
        <article class="ba-sources">
            <h1>{ t(lang, Key::SourcesTitle) }</h1>
            <p class="ba-lead">{ t(lang, Key::SourcesIntro) }</p>
            <ol class="ba-source-list">
                { for sources.iter().map(|source| html! {
                    <li>{ source_card(source, &bundle.agenda, dataset, lang, true) }</li>
                }) }
            </ol>
        </article>
    }
}

#[derive(Properties, PartialEq)]
pub struct SourcePageProps {
    pub lang: Lang,
    pub id: String,
}

#[function_component(SourcePage)]
pub fn source_page(props: &SourcePageProps) -> Html {
    let lang = props.lang;
    let context = use_context::<AppContext>().expect("AppContext is provided by App");
    let dataset = &*context.dataset.state.active;
    let source = context.bundle.as_ref().as_ref().ok().and_then(|b| {
        b.sources
            .get(&props.id)
            .or_else(|| dataset.source(&props.id))
            .map(|s| (s, &b.agenda))
    });
    let title = source
        .map(|(s, _)| s.short.get(lang).to_string())
        .unwrap_or_else(|| t(lang, Key::UnknownSourceTitle).to_string());
    use_document_title(format!("{title} · {}", t(lang, Key::PageTitleSuffix)));
    let back = html! {
        <p><Link<Route> to={Route::sources(lang)}>{ t(lang, Key::AllSources) }</Link<Route>></p>
    };
    match source {
        Some((source, agenda)) => html! {
            <article class="ba-source-page">
                { source_card(source, agenda, dataset, lang, false) }
                { back }
            </article>
        },
        None => html! {
            <article class="ba-source-page">
                <h1>{ t(lang, Key::UnknownSourceTitle) }</h1>
                <p>{ tr(lang, Msg::UnknownSource { code: &props.id }) }</p>
                { back }
            </article>
        },
    }
}

/// One source with its metadata and its uses. In the list its title is an `h2` linking to its
/// own page; on its own page the title is the `h1`.
fn source_card(source: &Source, agenda: &Agenda, dataset: &Dataset, lang: Lang, in_list: bool) -> Html {
    let heading_id = format!("ba-source-{}", source.id);
    let title = html! { <>{ &source.title }</> };
    let heading = if in_list {
        html! { <h2 id={heading_id.clone()}><Link<Route> to={Route::source(lang, &source.id)}>{ title }</Link<Route>></h2> }
    } else {
        html! { <h1 id={heading_id.clone()}>{ title }</h1> }
    };
    let citations = agenda.citations_of(&source.id);
    let compared_with: Vec<&Source> = source
        .compared_with
        .iter()
        .filter_map(|id| dataset.source(id))
        .collect();
    let compared_by: Vec<&Source> = dataset
        .sources
        .iter()
        .filter(|s| s.compared_with.contains(&source.id))
        .collect();
    let indicators: Vec<_> = dataset
        .indicators
        .iter()
        .filter(|i| i.source == source.id)
        .collect();
    let figures = dataset
        .values
        .iter()
        .filter(|v| v.source == source.id && v.value.is_some())
        .count();
    let instruments: Vec<_> = dataset
        .instruments
        .iter()
        .filter(|i| i.source == source.id)
        .collect();
    html! {
        <section class="ba-source" aria-labelledby={heading_id}>
            { heading }
            <dl class="ba-meta">
                <div><dt>{ t(lang, Key::SourcePublisher) }</dt><dd>{ &source.publisher }</dd></div>
                <div><dt>{ t(lang, Key::SourceDate) }</dt><dd><time datetime={source.date.clone()}>{ date(&source.date, lang) }</time></dd></div>
                <div><dt>{ t(lang, Key::SourceKindLabel) }</dt><dd>{ t(lang, labels::source_kind(source.kind)) }</dd></div>
                <div>
                    <dt>{ t(lang, Key::SourceLink) }</dt>
                    <dd>
                        { match &source.url {
                            Some(url) => html! { <a href={url.clone()} class="ba-url" rel="noopener noreferrer" target="_blank">{ url }</a> },
                            None => html! { <span class="ba-missing">{ t(lang, Key::SourceNoUrl) }</span> },
                        } }
                    </dd>
                </div>
                <div><dt>{ t(lang, Key::SourceCovers) }</dt><dd>{ source.covers.get(lang) }</dd></div>
                if !compared_with.is_empty() {
                    <div><dt>{ t(lang, Key::SourceComparedWith) }</dt><dd>{ source_links(&compared_with, lang) }</dd></div>
                }
                { provenance_entry(source, lang) }
                <div>
                    <dt>{ t(lang, Key::SourceCitedIn) }</dt>
                    <dd>
                        if citations.is_empty() && indicators.is_empty() && figures == 0 && instruments.is_empty() && compared_by.is_empty() {
                            { t(lang, Key::SourceNotCited) }
                        } else if !citations.is_empty() {
                            <ul class="ba-inline-list">
                                { for citations.iter().map(|(section, n)| html! {
                                    <li>
                                        <Link<Route> to={Route::section(lang, &section.id)}>{ section.heading.get(lang) }</Link<Route>>
                                        {" ("}{ tr(lang, Msg::Statements { count: *n }) }{")"}
                                    </li>
                                }) }
                            </ul>
                        }
                        if !compared_by.is_empty() {
                            { t(lang, Key::SourceComparedBy) }{": "}{ source_links(&compared_by, lang) }
                        }
                    </dd>
                </div>
                if !indicators.is_empty() || figures > 0 {
                    <div>
                        <dt>{ t(lang, Key::SourceUsedByIndicators) }</dt>
                        <dd>
                            <ul class="ba-plain-list">
                                { for indicators.iter().map(|i| html! {
                                    <li>{ i.name.get(lang) }{": "}{ labels::list_kind_text(i, lang) }</li>
                                }) }
                            </ul>
                            if figures > 0 {
                                {" ("}<Link<Route> to={Route::data(lang)}>{ tr(lang, Msg::SourceFigures { count: figures }) }</Link<Route>>{")"}
                            }
                        </dd>
                    </div>
                }
                if !instruments.is_empty() {
                    <div>
                        <dt>{ t(lang, Key::SourceUsedByInstruments) }</dt>
                        <dd><Link<Route> to={Route::instruments(lang)}>{ instruments.iter().map(|i| i.name.get(lang)).collect::<Vec<_>>().join("; ") }</Link<Route>></dd>
                    </div>
                }
            </dl>
        </section>
    }
}

/// Other sources by their short name, each a link to its own page.
fn source_links(sources: &[&Source], lang: Lang) -> Html {
    html! {
        <ul class="ba-inline-list">
            { for sources.iter().map(|s| html! {
                <li><Link<Route> to={Route::source(lang, &s.id)}>{ s.short.get(lang) }</Link<Route>></li>
            }) }
        </ul>
    }
}
