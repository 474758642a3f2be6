//! The agenda: the memo's sections, then the public facts around it, every statement with its
//! source. Each section has its own URL (`#/nl/agenda/<section>`).

use beleidsagenda_model::text::format::date;
use beleidsagenda_model::{t, Block, Bundle, Key, Lang, Part, Section};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::clock::today;
use crate::components::citation::Citation;
use crate::components::figures_table::FiguresTable;
use crate::components::layout::use_document_title;
use crate::print_frame::use_print_frame;
use crate::route::Route;
use crate::state::context::AppContext;

#[derive(Properties, PartialEq)]
pub struct AgendaPageProps {
    pub lang: Lang,
    /// A section to scroll to and focus, from `#/nl/agenda/<section>`.
    #[prop_or_default]
    pub section: Option<String>,
}

pub fn section_dom_id(section_id: &str) -> String {
    format!("ba-section-{section_id}")
}

#[function_component(AgendaPage)]
pub fn agenda_page(props: &AgendaPageProps) -> Html {
    let lang = props.lang;
    let context = use_context::<AppContext>().expect("AppContext is provided by App");
    let Ok(bundle) = context.bundle.as_ref() else {
        return html! {};
    };
    let agenda = &bundle.agenda;
    use_document_title(format!(
        "{} · {}",
        t(lang, Key::NavAgenda),
        t(lang, Key::PageTitleSuffix)
    ));
    use_print_frame(t(lang, Key::NavAgenda), lang, &today());

    use_effect_with(props.section.clone(), |section| {
        if let Some(section) = section {
            focus_heading_of(section);
        }
    });

    let is_statement = |id: &str| {
        agenda
            .sections
            .iter()
            .flat_map(|s| s.blocks.iter())
            .any(|b| matches!(b, Block::Statement(statement) if statement.id.as_deref() == Some(id)))
    };
    let unknown_section = props
        .section
        .as_ref()
        .filter(|id| !agenda.sections.iter().any(|s| &s.id == *id) && !is_statement(id));

    let part = |part: Part, heading: Key| {
        let sections: Vec<&Section> = agenda.sections.iter().filter(|s| s.part == part).collect();
        html! {
            <section class="ba-part" aria-labelledby={format!("ba-part-{}", heading_id(part))}>
                <h2 id={format!("ba-part-{}", heading_id(part))}>{ t(lang, heading) }</h2>
                { for sections.into_iter().map(|s| render_section(s, bundle, lang)) }
            </section>
        }
    };

    html! {
        <article class="ba-agenda">
            <h1>{ agenda.title.get(lang) }</h1>
            <p class="ba-lead">{ agenda.intro.get(lang) }</p>
            if let Some(id) = unknown_section {
                <p class="ba-notice" role="status">{ t(lang, Key::NotFoundTitle) }{": "}<code class="ba-echo">{ beleidsagenda_model::text::format::shortened(id, 80, lang) }</code></p>
            }
            <nav class="ba-toc" aria-label={t(lang, Key::Contents)}>
                <h2 class="ba-toc__title">{ t(lang, Key::Contents) }</h2>
                <ol>
                    { for agenda.sections.iter().map(|s| html! {
                        <li>
                            <Link<Route> to={Route::section(lang, &s.id)}>{ s.heading.get(lang) }</Link<Route>>
                        </li>
                    }) }
                </ol>
            </nav>
            { part(Part::Memo, Key::PartMemo) }
            { part(Part::Public, Key::PartPublic) }
        </article>
    }
}

fn heading_id(part: Part) -> &'static str {
    match part {
        Part::Memo => "memo",
        Part::Public => "public",
    }
}

fn render_section(section: &Section, bundle: &Bundle, lang: Lang) -> Html {
    let dom_id = section_dom_id(&section.id);
    html! {
        <section class="ba-section" aria-labelledby={dom_id.clone()}>
            <h3 id={dom_id} tabindex="-1">{ section.heading.get(lang) }</h3>
            { for group_blocks(&section.blocks).into_iter().map(|group| render_group(group, bundle, lang)) }
        </section>
    }
}

/// Consecutive statements form one list, consecutive events one timeline.
fn group_blocks(blocks: &[Block]) -> Vec<&[Block]> {
    let same_kind = |a: &Block, b: &Block| std::mem::discriminant(a) == std::mem::discriminant(b);
    let mut groups = Vec::new();
    let mut start = 0;
    for i in 1..=blocks.len() {
        if i == blocks.len()
            || !same_kind(&blocks[i - 1], &blocks[i])
            || matches!(blocks[i], Block::Figures(_) | Block::List(_))
        {
            groups.push(&blocks[start..i]);
            start = i;
        }
    }
    groups
}

fn render_group(group: &[Block], _bundle: &Bundle, lang: Lang) -> Html {
    match group.first() {
        Some(Block::Statement(_)) => html! {
            <ul class="ba-statements">
                { for group.iter().filter_map(|b| match b { Block::Statement(s) => Some(s), _ => None }).map(|s| html! {
                    <li class="ba-statement" id={s.id.as_ref().map(|id| statement_dom_id(id))}
                        tabindex={s.id.as_ref().map(|_| "-1")}>
                        <p>{ s.text.get(lang) }</p>
                        <Citation {lang} refs={s.sources.clone()} />
                    </li>
                }) }
            </ul>
        },
        Some(Block::Event(_)) => html! {
            <ol class="ba-timeline">
                { for group.iter().filter_map(|b| match b { Block::Event(e) => Some(e), _ => None }).map(|e| html! {
                    <li class="ba-timeline__event">
                        <time datetime={e.date.clone()}>{ date(&e.date, lang) }</time>
                        <p>{ e.text.get(lang) }</p>
                        <Citation {lang} refs={e.sources.clone()} />
                    </li>
                }) }
            </ol>
        },
        Some(Block::List(list)) => html! {
            <div class="ba-list">
                <ul>
                    { for list.items.iter().map(|item| html! { <li>{ item.get(lang) }</li> }) }
                </ul>
                <Citation {lang} refs={list.sources.clone()} />
            </div>
        },
        Some(Block::Figures(figures)) => {
            html! { <FiguresTable {lang} figures={figures.clone()} /> }
        }
        None => html! {},
    }
}

pub fn statement_dom_id(statement_id: &str) -> String {
    format!("ba-statement-{statement_id}")
}

/// A section's heading, or a statement (a link from the memo checks) by its own id.
fn focus_heading_of(section_id: &str) {
    let target = crate::dom::by_id(&section_dom_id(section_id))
        .or_else(|| crate::dom::by_id(&statement_dom_id(section_id)));
    if let Some(heading) = target {
        heading.scroll_into_view();
        if let Ok(heading) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(heading) {
            let _ = heading.focus();
        }
    }
}
