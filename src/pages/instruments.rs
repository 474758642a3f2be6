//! The instrument catalogue, by family, with the countries where the sources report each in use.

use beleidsagenda_model::data::dataset::Basis;
use beleidsagenda_model::text::format::date;
use beleidsagenda_model::{t, tr, InstrumentFamily, Key, Lang, Msg, SourceRef};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::citation::Citation;
use crate::components::layout::use_document_title;
use crate::labels;
use crate::route::Route;
use crate::state::context::AppContext;

#[derive(Properties, PartialEq)]
pub struct InstrumentsPageProps {
    pub lang: Lang,
}

#[function_component(InstrumentsPage)]
pub fn instruments_page(props: &InstrumentsPageProps) -> Html {
    let lang = props.lang;
    let context = use_context::<AppContext>().expect("AppContext is provided by App");
    use_document_title(format!(
        "{} · {}",
        t(lang, Key::InstrumentsTitle),
        t(lang, Key::PageTitleSuffix)
    ));
    let dataset = context.dataset.state.active.clone();
    let family = |family: InstrumentFamily| {
        let instruments: Vec<_> = dataset
            .instruments
            .iter()
            .filter(|i| i.family == family)
            .collect();
        if instruments.is_empty() {
            return html! {};
        }
        html! {
            <section class="ba-section" aria-labelledby={format!("ba-family-{family:?}")}>
                <h2 id={format!("ba-family-{family:?}")}>{ t(lang, labels::family(family)) }</h2>
                { for instruments.into_iter().map(|instrument| {
                    let users: Vec<_> = dataset
                        .countries
                        .iter()
                        .filter_map(|c| c.instruments.iter().find(|u| u.instrument == instrument.id).map(|u| (c, u.ended.clone())))
                        .collect();
                    let (ended, current): (Vec<_>, Vec<_>) = users.into_iter().partition(|(_, ended)| ended.is_some());
                    let country_list = |list: &[(&beleidsagenda_model::Country, Option<beleidsagenda_model::data::dataset::Ended>)]| html! {
                        <ul class="ba-inline-list ba-inline-list--comma">
                            { for list.iter().map(|(c, ended)| html! {
                                <li>
                                    <Link<Route> to={Route::country(lang, &c.iso3)}>{ c.name.get(lang) }</Link<Route>>
                                    if let Some(ended) = ended {
                                        {" ("}{ tr(lang, Msg::EndedOn { date: &date(&ended.date, lang) }) }{")"}
                                    }
                                </li>
                            }) }
                        </ul>
                    };
                    html! {
                        <section class="ba-instrument" aria-labelledby={format!("ba-instrument-{}", instrument.id)}>
                            <h3 id={format!("ba-instrument-{}", instrument.id)}>{ instrument.name.get(lang) }</h3>
                            <p>{ instrument.description.get(lang) }</p>
                            <dl class="ba-meta">
                                <div>
                                    <dt>{ t(lang, Key::Lead) }</dt>
                                    <dd>
                                        if instrument.lead.is_empty() {
                                            <span class="ba-missing">{ t(lang, Key::NotAvailable) }</span>
                                        } else {
                                            { instrument.lead.join(", ") }
                                        }
                                        if instrument.lead_basis == Basis::Assumption && !instrument.lead.is_empty() {
                                            {" "}<span class="ba-assumption">{"("}{ t(lang, Key::LeadAssumption) }{")"}</span>
                                        }
                                    </dd>
                                </div>
                                if let Some(basis) = &instrument.legal_basis {
                                    <div><dt>{ t(lang, Key::LegalBasis) }</dt><dd>{ basis }</dd></div>
                                }
                                <div>
                                    <dt>{ t(lang, Key::UsedWith) }</dt>
                                    <dd>
                                        if current.is_empty() {
                                            <span class="ba-missing">{ t(lang, Key::NotYetUsed) }</span>
                                        } else {
                                            { country_list(&current) }
                                        }
                                    </dd>
                                </div>
                                // Ended use is listed apart: "in use" means now.
                                if !ended.is_empty() {
                                    <div>
                                        <dt>{ t(lang, Key::UsedBefore) }</dt>
                                        <dd>{ country_list(&ended) }</dd>
                                    </div>
                                }
                            </dl>
                            <Citation {lang} refs={vec![SourceRef { id: instrument.source.clone(), locator: None }]} />
                        </section>
                    }
                }) }
            </section>
        }
    };
    html! {
        <article class="ba-instruments">
            <h1>{ t(lang, Key::InstrumentsTitle) }</h1>
            <p class="ba-lead">{ t(lang, Key::InstrumentsIntro) }</p>
            { for InstrumentFamily::ALL.into_iter().map(family) }
        </article>
    }
}
