//! One country: its facts, the instruments in use, and every figure with year and source.

use beleidsagenda_model::dataset::{DerivedFrom, Visa25aStatus};
use beleidsagenda_model::format::{date, figure, number, percent};
use beleidsagenda_model::{t, t_with, Key, Lang, SourceRef};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::AppContext;
use crate::components::citation::Citation;
use crate::components::layout::use_document_title;
use crate::labels;
use crate::route::Route;

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
    let back =
        html! { <p><Link<Route> to={Route::data(lang)}>{ t(lang, Key::BackToData) }</Link<Route>></p> };
    let Some(country) = country else {
        return html! {
            <article>
                <h1>{ t(lang, Key::UnknownCountryTitle) }</h1>
                <p>{ t_with(lang, Key::UnknownCountryText, &props.iso3) }</p>
                { back }
            </article>
        };
    };

    let visa = &country.visa_25a;
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
                                    { p.label.get(lang) }{" ("}<time datetime={p.date.clone()}>{ date(&p.date, lang) }</time>{")"}
                                    <Citation {lang} refs={cite(&p.source)} />
                                </> },
                                None => html! { <>{ t(lang, Key::NoEuPartnership) }</> },
                            } }
                        </dd>
                    </div>
                    <div>
                        <dt>{ t(lang, Key::Visa25a) }</dt>
                        <dd>
                            { t(lang, labels::visa_25a(visa.status)) }
                            if let (Some(since), true) = (&visa.since, visa.status != Visa25aStatus::None) {
                                {" ("}{ t_with(lang, Key::Since, &date(since, lang)) }{")"}
                            }
                            if let Some(note) = &visa.note { <br />{ note.get(lang) } }
                            <Citation {lang} refs={cite(&visa.source)} />
                        </dd>
                    </div>
                    <div>
                        <dt>{ t(lang, Key::Development) }</dt>
                        <dd>{ t(lang, labels::development(country.development.category)) }<Citation {lang} refs={cite(&country.development.source)} /></dd>
                    </div>
                </dl>
            </section>
            <section aria-labelledby="ba-in-use-title">
                <h2 id="ba-in-use-title">{ t(lang, Key::InstrumentsInUse) }</h2>
                if country.instruments.is_empty() {
                    <p>{ t(lang, Key::NoInstrumentsInUse) }</p>
                } else {
                    <ul class="ba-statements">
                        { for country.instruments.iter().map(|used| html! {
                            <li class="ba-statement">
                                <p>
                                    <strong>{ dataset.instrument(&used.instrument).map(|i| i.name.get(lang).to_string()).unwrap_or_else(|| used.instrument.clone()) }</strong>
                                    {": "}{ used.note.get(lang) }
                                </p>
                                <Citation {lang} refs={cite(&used.source)} />
                            </li>
                        }) }
                    </ul>
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
                                let found = dataset.figure(&country.iso3, &indicator.id);
                                html! {
                                    <tr key={indicator.id.clone()}>
                                        <th scope="row">{ indicator.name.get(lang) }</th>
                                        <td class="ba-num">
                                            { match &found {
                                                Some(f) => html! { figure(f.value, indicator.unit, lang) },
                                                None => html! { <span class="ba-missing">{ t(lang, Key::NotAvailable) }</span> },
                                            } }
                                        </td>
                                        <td class="ba-num">
                                            { match (&found, indicator.derived_from) {
                                                (Some(f), _) if f.year.is_some() => html! { number(f64::from(f.year.unwrap_or(0)), lang).replace(['.', ','], "") },
                                                (_, Some(_)) => html! { <span class="ba-missing">{ t(lang, Key::Derived) }</span> },
                                                _ => html! { "–" },
                                            } }
                                        </td>
                                        <td>
                                            <Citation {lang} refs={cite(&found.as_ref().map(|f| f.source.clone()).unwrap_or_else(|| indicator.source.clone()))} />
                                            if let Some(note) = found.as_ref().and_then(|f| f.note.as_ref()) {
                                                <p class="ba-cite">{ note.get(lang) }</p>
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
            { back }
        </article>
    }
}
