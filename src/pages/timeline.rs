//! The timeline (`#/nl/timeline`): the agenda's decisions and events with their sources, and
//! the plan's milestones and partnership changes, oldest first, grouped by year.

use beleidsagenda_model::plan::labels::partnership_status;
use beleidsagenda_model::plan::timeline::{timeline, TimelineItem};
use beleidsagenda_model::text::format::date;
use beleidsagenda_model::{t, Key, Lang, SourceRef};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::clock::today;
use crate::components::citation::Citation;
use crate::components::layout::use_document_title;
use crate::print_frame::use_print_frame;
use crate::route::Route;
use crate::state::context::AppContext;

#[derive(Properties, PartialEq)]
pub struct TimelinePageProps {
    pub lang: Lang,
}

#[function_component(TimelinePage)]
pub fn timeline_page(props: &TimelinePageProps) -> Html {
    let lang = props.lang;
    let context = use_context::<AppContext>().expect("AppContext is provided by App");
    use_document_title(format!(
        "{} · {}",
        t(lang, Key::TimelineTitle),
        t(lang, Key::PageTitleSuffix)
    ));
    use_print_frame(t(lang, Key::TimelineTitle), lang, &today());
    let Ok(bundle) = context.bundle.as_ref() else {
        return html! {};
    };
    let dataset = &context.dataset.state.active;
    let items = timeline(&bundle.agenda, &context.plan.plan);
    let name = |iso3: &str| {
        dataset
            .country(iso3)
            .map(|c| c.name.get(lang).to_string())
            .unwrap_or_else(|| iso3.to_string())
    };
    let mut years: Vec<&str> = items.iter().map(|i| &i.date()[..4]).collect();
    years.dedup();
    let item = |i: &TimelineItem| match i {
        TimelineItem::Agenda {
            date: d,
            text,
            sources,
        } => html! {
            <li class="ba-timeline__event">
                <time datetime={d.clone()}>{ date(d, lang) }</time>
                <span class="ba-timeline__kind">{ t(lang, Key::TimelineAgenda) }</span>
                <p>{ text.get(lang) }</p>
                <Citation {lang} refs={sources.clone()} />
            </li>
        },
        TimelineItem::Milestone {
            date: d,
            label,
            country,
        } => html! {
            <li class="ba-timeline__event ba-timeline__event--plan">
                <time datetime={d.clone()}>{ date(d, lang) }</time>
                <span class="ba-timeline__kind">{ t(lang, Key::TimelineMilestone) }</span>
                <p>{ label }if let Some(c) = country { {" ("}{ name(c) }{")"} }</p>
            </li>
        },
        TimelineItem::Status {
            date: d,
            country,
            status,
            reason,
            source,
        } => html! {
            <li class="ba-timeline__event ba-timeline__event--plan">
                <time datetime={d.clone()}>{ date(d, lang) }</time>
                <span class="ba-timeline__kind">{ t(lang, Key::TimelineStatus) }</span>
                <p>{ name(country) }{": "}{ t(lang, partnership_status(*status)) }if !reason.is_empty() { {" — "}{ reason } }</p>
                if let Some(id) = source {
                    <Citation {lang} refs={vec![SourceRef { id: id.clone(), locator: None }]} />
                }
            </li>
        },
    };
    html! {
        <article class="ba-timeline-page">
            <h1>{ t(lang, Key::TimelineTitle) }</h1>
            <p class="ba-lead">{ t(lang, Key::TimelineIntro) }{" "}<Link<Route> to={Route::plan(lang)}>{ t(lang, Key::NavPlan) }</Link<Route>></p>
            { for years.iter().map(|year| html! {
                <section aria-labelledby={format!("ba-year-{year}")}>
                    <h2 id={format!("ba-year-{year}")}>{ year }</h2>
                    <ol class="ba-timeline">
                        { for items.iter().filter(|i| i.date().starts_with(year)).map(item) }
                    </ol>
                </section>
            }) }
        </article>
    }
}
