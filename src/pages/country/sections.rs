//! The country page's sections: the facts a policy officer checks first, the instruments in
//! use (and ended), and every figure with its year and source.

use beleidsagenda_model::data::dataset::{
    Country, DerivedFrom, InstrumentInUse, Reading, SettledFact, Visa25aStatus,
};
use beleidsagenda_model::text::format::date;
use beleidsagenda_model::{t, tr, Dataset, Key, Lang, Msg, SourceRef};
use yew::prelude::*;

use crate::components::citation::Citation;
use crate::components::reading::{reading_note, reading_source, ReadingValue};
use crate::labels;
use crate::route::Route;
use beleidsagenda_model::plan::consultation::Consultation;
use beleidsagenda_model::plan::labels::consultation_form;
use yew_router::prelude::*;

fn cite(id: &str) -> Vec<SourceRef> {
    vec![SourceRef {
        id: id.to_string(),
        locator: None,
    }]
}

/// The EU partnership, the visa measure under article 25a and the development category; each
/// unknown said as unknown.
#[inline(always)]
pub(super) fn facts_section(country: &Country, lang: Lang) -> Html {
    let unknown = || html! { <span class="ba-missing">{ t(lang, Key::FactUnknown) }</span> };
    html! {
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
    }
}

/// The instruments in use now, and apart from them those whose use ended.
#[inline(always)]
pub(super) fn instruments_section(dataset: &Dataset, country: &Country, lang: Lang) -> Html {
    let (ended, current): (Vec<_>, Vec<_>) =
        country.instruments.iter().partition(|used| used.ended.is_some());
    let used_item = |used: &InstrumentInUse| {
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
    html! {
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
    }
}

/// Every criterion's figure for the country, with its year and source.
#[inline(always)]
pub(super) fn figures_section(dataset: &Dataset, country: &Country, lang: Lang) -> Html {
    html! {
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
    }
}

/// The consultations about the country, newest first, each with what was brought in and what
/// was done with it; the register has the rest.
pub(super) fn consultations_section(register: &[Consultation], iso3: &str, lang: Lang) -> Html {
    let mut about: Vec<&Consultation> = register
        .iter()
        .filter(|c| c.countries.iter().any(|x| x == iso3))
        .collect();
    beleidsagenda_model::order::sort_by(&mut about, |a, b| b.date.cmp(&a.date));
    html! {
        <section aria-labelledby="ba-country-consultations-title">
            <h2 id="ba-country-consultations-title">{ t(lang, Key::ConsultationsOfCountry) }</h2>
            if about.is_empty() {
                <p>{ t(lang, Key::NoConsultationsOfCountry) }</p>
            } else {
                <ul class="ba-statements">
                    { for about.iter().map(|c| html! {
                        <li class="ba-statement">
                            <p>
                                <strong>{ date(&c.date, lang) }{" · "}{ t(lang, consultation_form(c.form)) }</strong>
                                {" — "}{ crate::pages::consultation::organisations_text(c) }
                            </p>
                            <p>{ t(lang, Key::BroughtIn) }{": "}{ &c.brought_in }</p>
                            <p>{ t(lang, Key::DoneWithIt) }{": "}
                                if c.done_with_it.is_empty() { <span class="ba-missing">{ t(lang, Key::NothingDoneYet) }</span> } else { { &c.done_with_it } }
                            </p>
                            if !c.follow_ups.is_empty() {
                                <p>{ t(lang, Key::FollowUps) }{": "}
                                    { for c.follow_ups.iter().enumerate().map(|(n, f)| html! { <>
                                        { if n > 0 { "; " } else { "" } }{ &f.action }{" ("}{ &f.owner }{", "}{ date(&f.due, lang) }
                                        { match &f.done_on {
                                            Some(on) => html! { <>{", "}{ tr(lang, Msg::FollowUpDoneOn { date: &date(on, lang) }) }</> },
                                            None => html! {},
                                        } }{")"}
                                    </> }) }
                                </p>
                            }
                            <p class="ba-cite">{ t(lang, if c.reportable { Key::Reportable } else { Key::NotReportable }) }</p>
                        </li>
                    }) }
                </ul>
            }
            <p class="ba-no-print"><Link<Route> to={Route::consultation(lang)}>{ t(lang, Key::ConsultationAllOfRegister) }</Link<Route>></p>
        </section>
    }
}
