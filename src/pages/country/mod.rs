//! One country: its facts, the instruments in use, and every figure with year and source.

mod sections;

use beleidsagenda_model::text::format::percent;
use beleidsagenda_model::{t, tr, Key, Lang, Msg};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::clock::today;
use crate::components::layout::use_document_title;
use crate::components::plan::memo_panel::result_line;
use crate::labels;
use crate::print_frame::use_print_frame;
use crate::route::Route;
use crate::state::context::AppContext;
use crate::state::identity::Same;
use beleidsagenda_model::plan::memo::report::report_for_plan;
use sections::{consultations_section, facts_section, figures_section, instruments_section};
use std::rc::Rc;

#[derive(Properties, PartialEq)]
pub struct CountryPageProps {
    pub lang: Lang,
    pub iso3: String,
}

#[function_component(CountryPage)]
pub fn country_page(props: &CountryPageProps) -> Html {
    let lang = props.lang;
    let context = use_context::<AppContext>().expect("AppContext is provided by App");
    let dataset = context.dataset.state.active.clone();
    let country = dataset.country(&props.iso3).cloned();
    let title = country
        .as_ref()
        .map(|c| c.name.get(lang).to_string())
        .unwrap_or_else(|| t(lang, Key::UnknownCountryTitle).into());
    use_document_title(format!("{title} · {}", t(lang, Key::PageTitleSuffix)));
    use_print_frame(&title, lang, &today());
    // The plan's checks for this country, computed when the plan or the data change.
    let memo = use_memo(
        (
            Same(Rc::clone(&context.plan.plan)),
            Same(Rc::clone(&dataset)),
            props.iso3.clone(),
        ),
        |(plan, dataset, iso3)| {
            plan.0
                .countries()
                .contains(iso3)
                .then(|| report_for_plan(&plan.0, &dataset.0, &today()))
        },
    );
    let back = html! { <p class="ba-no-print"><Link<Route> to={Route::data(lang)}>{ t(lang, Key::BackToData) }</Link<Route>></p> };
    let Some(country) = country else {
        return html! {
            <article>
                <h1>{ t(lang, Key::UnknownCountryTitle) }</h1>
                <p>{ tr(lang, Msg::UnknownCountry { code: &props.iso3 }) }</p>
                { back }
            </article>
        };
    };

    let coverage = dataset.coverage(&country.iso3);
    html! {
        <article class="ba-country">
            <h1>{ country.name.get(lang) }</h1>
            <p class="ba-lead">
                { t(lang, labels::region(country.region)) }{" · "}{ t(lang, Key::Coverage) }{" "}{ percent(coverage, lang) }
            </p>
            { facts_section(&country, lang) }
            { instruments_section(&dataset, &country, lang) }
            { figures_section(&dataset, &country, lang) }
            { consultations_section(&context.plan.plan.consultations, &country.iso3, lang) }
            <section aria-labelledby="ba-memo-country-title">
                <h2 id="ba-memo-country-title">{ t(lang, Key::MemoTitle) }</h2>
                { match memo.as_ref() {
                    Some(report) => html! { <>
                        <p>{ t(lang, Key::MemoCountryIntro) }{" "}<Link<Route> to={Route::plan(lang)}>{ t(lang, Key::MemoToPlan) }</Link<Route>></p>
                        <ul class="ba-memo__results">
                            { for report.of_country(&country.iso3).map(|r| result_line(r, &dataset, &context.plan.plan, lang)) }
                        </ul>
                    </> },
                    None => html! { <p>{ t(lang, Key::MemoNotPlanned) }</p> },
                } }
            </section>
            { back }
        </article>
    }
}
