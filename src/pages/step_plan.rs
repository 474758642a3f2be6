//! The step plan for regular migration (`#/nl/stappenplan`, internal edition only): the
//! template in use with its grounds, progress at a glance, each country's steps, and the files.

use std::rc::Rc;

use beleidsagenda_model::plan::step_plan::StepPlanAction;
use beleidsagenda_model::{t, Key, Lang, SourceRegistry};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::clock::today;
use crate::components::layout::use_document_title;
use crate::components::plan::first_selected;
use crate::components::step_plan::country::CountrySteps;
use crate::components::step_plan::files::StepFiles;
use crate::components::step_plan::overview::StepOverview;
use crate::components::step_plan::{apply, StepPlanView};
use crate::print_frame::use_print_frame;
use crate::state::context::use_plan_from_context;
use crate::state::context::AppContext;

#[derive(Properties, PartialEq)]
pub struct StepPlanPageProps {
    pub lang: Lang,
}

#[function_component(StepPlanPage)]
pub fn step_plan_page(props: &StepPlanPageProps) -> Html {
    let lang = props.lang;
    let context = use_context::<AppContext>().expect("AppContext is provided by App");
    use_document_title(format!(
        "{} · {}",
        t(lang, Key::StepPlanTitle),
        t(lang, Key::PageTitleSuffix)
    ));
    use_print_frame(t(lang, Key::StepPlanTitle), lang, &today());
    let (dataset, _, dispatch) = use_plan_from_context(&context);
    // A loaded template may cite the bundled registry (the internal sources among it) or the
    // sources of the dataset in use.
    let sources = use_memo(
        (Rc::clone(&context.bundle), Rc::clone(&dataset)),
        |(bundle, dataset)| {
            let mut registry = bundle
                .as_ref()
                .as_ref()
                .map(|b| b.sources.clone())
                .unwrap_or(SourceRegistry { sources: Vec::new() });
            for source in &dataset.sources {
                if registry.get(&source.id).is_none() {
                    registry.sources.push(source.clone());
                }
            }
            registry
        },
    );
    let store = context.plan.clone();
    let view = StepPlanView {
        lang,
        dataset: Rc::clone(&dataset),
        plan: Rc::clone(&store.plan),
    };
    let problem = use_state(|| None::<String>);
    let choice = use_node_ref();

    // Countries with labour-migration arrangements in the internal data come first.
    let tagged: Vec<&str> = dataset
        .countries
        .iter()
        .filter(|c| c.instruments.iter().any(|i| i.instrument == "labour-migration"))
        .map(|c| c.iso3.as_str())
        .collect();
    let mut candidates: Vec<(String, String)> = dataset
        .countries
        .iter()
        .filter(|c| !view.steps().countries.contains_key(&c.iso3))
        .map(|c| (c.iso3.clone(), c.name.get(lang).to_string()))
        .collect();
    beleidsagenda_model::order::sort_by_key(&mut candidates, |(iso3, name)| {
        (!tagged.contains(&iso3.as_str()), name.clone())
    });
    let add = {
        let (dispatch, problem, choice) = (dispatch.clone(), problem.clone(), choice.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(select) = choice.cast::<HtmlSelectElement>() {
                problem.set(apply(&dispatch, StepPlanAction::AddCountry(select.value()), lang).err());
            }
        })
    };
    let template = &view.steps().template;
    let countries = view.steps().countries.keys().map(|iso3| {
        html! { <CountrySteps key={iso3.clone()} view={view.clone()} iso3={iso3.clone()} dispatch={dispatch.clone()} /> }
    });
    let print = Callback::from(|_: MouseEvent| {
        let _ = gloo_utils::window().print();
    });
    let section = |id: &'static str, title: Key, body: Html| {
        html! {
            <section class="ba-section" aria-labelledby={id}>
                <h2 id={id}>{ t(lang, title) }</h2>
                { body }
            </section>
        }
    };
    html! {
        <article class="ba-step-plan">
            <h1>{ t(lang, Key::StepPlanTitle) }</h1>
            <p class="ba-lead">{ t(lang, Key::StepPlanIntro) }</p>
            { section("ba-step-template", Key::StepPlanTemplateHeading, html! {
                <>
                    <p><strong>{ template.name.get(lang) }</strong></p>
                    <p class="ba-assumption">{ template.notice.get(lang) }</p>
                </>
            }) }
            { section("ba-step-overview", Key::StepPlanOverview, html! { <StepOverview view={view.clone()} /> }) }
            { section("ba-step-add", Key::StepPlanAddHeading, html! {
                <form class="ba-form ba-no-print" onsubmit={add}>
                    if !tagged.is_empty() {
                        <p>
                            { t(lang, Key::StepPlanSuggested) }{" "}
                            { tagged.iter().map(|iso3| view.country_name(iso3)).collect::<Vec<_>>().join(", ") }
                        </p>
                    }
                    <p class="ba-field">
                        <label for="ba-step-add-country">{ t(lang, Key::StepPlanAddLabel) }</label>
                        <select id="ba-step-add-country" ref={choice}>
                            { for first_selected(candidates.into_iter()) }
                        </select>
                    </p>
                    <button type="submit" class="ba-button">{ t(lang, Key::StepPlanAddButton) }</button>
                    <p role="status">if let Some(problem) = &*problem { <strong>{ problem }</strong> }</p>
                </form>
            }) }
            if !view.steps().countries.is_empty() {
                { section("ba-step-countries", Key::StepPlanPerCountry, html! { <>{ for countries }</> }) }
            }
            { section("ba-step-files", Key::StepFilesHeading, html! {
                <>
                    <StepFiles view={view.clone()} dispatch={dispatch.clone()} sources={Rc::clone(&sources)} />
                    <p class="ba-no-print"><button type="button" class="ba-button ba-button--quiet" onclick={print}>{ t(lang, Key::PlanPrint) }</button></p>
                </>
            }) }
        </article>
    }
}
