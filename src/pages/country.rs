//! One country: its facts, the instruments in use, and every figure with year and source.

use beleidsagenda_model::data::dataset::{DerivedFrom, Reading, SettledFact, Visa25aStatus};
use beleidsagenda_model::text::format::{date, percent};
use beleidsagenda_model::{t, tr, Key, Lang, Msg, SourceRef};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::clock::today;
use crate::components::citation::Citation;
use crate::components::layout::use_document_title;
use crate::components::plan::memo_panel::result_line;
use crate::components::reading::{reading_note, reading_source, ReadingValue};
use crate::labels;
use crate::print_frame::use_print_frame;
use crate::route::Route;
use crate::state::context::AppContext;
use crate::state::identity::Same;
use beleidsagenda_model::plan::memo::report::report_for_plan;
use std::rc::Rc;

#[derive(Properties, PartialEq)]
pub struct CountryPageProps {
    pub lang: Lang,
    pub iso3: String,
}

fn cite(id: &str) -> Vec<SourceRef> {
    vec![SourceRef {
        id: id.to_string(),
        locator: None,
    }]
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

    let unknown = || html! { <span class="ba-missing">{ t(lang, Key::FactUnknown) }</span> };
    let (ended, current): (Vec<_>, Vec<_>) =
        country.instruments.iter().partition(|used| used.ended.is_some());
    let used_item = |used: &beleidsagenda_model::data::dataset::InstrumentInUse| {
        html! {
            <li class="ba-statement">
                <p>
                    <strong>{ dataset.instrument(&used.instrument).map(|i| i.name.get(lang).to_string()).unwrap_or_else(|| used.instrument.clone()) }</strong>
                    if let Some(ended) = &used.ended {
                        {" ("}{ tr(lang, Msg::EndedOn { date: &date(&ended.date, lang) }) }{")"}
                    }
                    {": "}{ used.note.get(lang) }
                </p>
                <Citation {lang} refs={cite(&used.source)} />
                if let Some(ended) = &used.ended {
                    <Citation {lang} refs={cite(&ended.source)} />
                }
            </li>
        }
    };
    let coverage = dataset.coverage(&country.iso3);
    html! {
        <article class="ba-country">
            <h1>{ country.name.get(lang) }</h1>
            <p class="ba-lead">
                { t(lang, labels::region(country.region)) }{" · "}{ t(lang, Key::Coverage) }{" "}{ percent(coverage, lang) }
            </p>
            <section aria-labelledby="ba-facts-title">
                <h2 id="ba-facts-title">{ t(lang, Key::CountryFacts) }</h2>
                <dl class="ba-meta">
                    <div>
                        <dt>{ t(lang, Key::EuPartnership) }</dt>
                        <dd>
                            { match &country.eu_partnership {
                                Some(p) => html! { <>
                                    if p.status == SettledFact::No {
                                        { t(lang, Key::EuPartnershipNo) }
                                    }
                                    if let Some(label) = &p.label { { label.get(lang) } }
                                    if let Some(when) = &p.date {
                                        {" ("}<time datetime={when.clone()}>{ date(when, lang) }</time>{")"}
                                    }
                                    if let Some(note) = &p.note { <br />{ note.get(lang) } }
                                    <Citation {lang} refs={cite(&p.source)} />
                                </> },
                                None => unknown(),
                            } }
                        </dd>
                    </div>
                    <div>
                        <dt>{ t(lang, Key::Visa25a) }</dt>
                        <dd>
                            { match &country.visa_25a {
                                Some(visa) => html! { <>
                                    { t(lang, labels::visa_25a(visa.status)) }
                                    if let (Some(since), true) = (&visa.since, visa.status != Visa25aStatus::None) {
                                        {" ("}{ tr(lang, Msg::Since { date: &date(since, lang) }) }{")"}
                                    }
                                    if let Some(note) = &visa.note { <br />{ note.get(lang) } }
                                    <Citation {lang} refs={cite(&visa.source)} />
                                </> },
                                None => unknown(),
                            } }
                        </dd>
                    </div>
                    <div>
                        <dt>{ t(lang, Key::Development) }</dt>
                        <dd>
                            { match &country.development {
                                Some(d) => html! { <>{ t(lang, labels::development(d.category)) }<Citation {lang} refs={cite(&d.source)} /></> },
                                None => unknown(),
                            } }
                        </dd>
                    </div>
                </dl>
            </section>
            <section aria-labelledby="ba-in-use-title">
                <h2 id="ba-in-use-title">{ t(lang, Key::InstrumentsInUse) }</h2>
                if current.is_empty() {
                    <p>{ t(lang, Key::NoInstrumentsInUse) }</p>
                } else {
                    <ul class="ba-statements">{ for current.iter().map(|used| used_item(used)) }</ul>
                }
                // Ended use is listed apart: "in use" means now.
                if !ended.is_empty() {
                    <h3>{ t(lang, Key::InstrumentsEnded) }</h3>
                    <ul class="ba-statements">{ for ended.iter().map(|used| used_item(used)) }</ul>
                }
            </section>
            <section aria-labelledby="ba-figures-title">
                <h2 id="ba-figures-title">{ t(lang, Key::Figures) }</h2>
                <div class="ba-table-wrap">
                    <table class="ba-table">
                        <caption class="ba-visually-hidden">{ t(lang, Key::Figures) }{": "}{ country.name.get(lang) }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ t(lang, Key::Criterion) }</th>
                                <th scope="col" class="ba-num">{ t(lang, Key::Value) }</th>
                                <th scope="col" class="ba-num">{ t(lang, Key::Year) }</th>
                                <th scope="col">{ t(lang, Key::SourceLabel) }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for dataset.indicators.iter().map(|indicator| {
                                let reading = dataset.reading(&country.iso3, &indicator.id);
                                let year = match &reading {
                                    Reading::Measured(f) => f.year,
                                    _ => None,
                                };
                                html! {
                                    <tr key={indicator.id.clone()}>
                                        <th scope="row">{ indicator.name.get(lang) }</th>
                                        <td class="ba-num"><ReadingValue {lang} reading={reading.clone()} unit={indicator.unit} /></td>
                                        <td class="ba-num">
                                            { match (year, indicator.derived_from) {
                                                (Some(year), _) => html! { year.to_string() },
                                                (None, Some(_)) => html! { <span class="ba-missing">{ t(lang, Key::Derived) }</span> },
                                                _ => html! { "–" },
                                            } }
                                        </td>
                                        <td>
                                            <Citation {lang} refs={reading_source(&reading, indicator)} />
                                            if let Some(note) = reading_note(&reading, lang) {
                                                <p class="ba-cite">{ note }</p>
                                            }
                                            if indicator.derived_from == Some(DerivedFrom::AttentionArea) {
                                                <p class="ba-cite">{ t(lang, labels::region(country.region)) }</p>
                                            }
                                        </td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
            </section>
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
