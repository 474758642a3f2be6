//! What the printed selection adds to the screen's table so it reads as an annex without the
//! app: a title and purpose, the settings that produced the ranking, and at the end the sources
//! of the figures and the link that reproduces the view. Shown only in print.

use std::collections::BTreeSet;
use std::rc::Rc;

use beleidsagenda_model::data::dataset::{derived_reading, Reading};
use beleidsagenda_model::selection::url_state::censored_code;
use beleidsagenda_model::selection::SelectionSettings;
use beleidsagenda_model::text::format::{date, percent_fixed};
use beleidsagenda_model::{t, tr, Dataset, Key, Lang, Msg};
use yew::prelude::*;

use crate::labels;

#[derive(Properties, PartialEq)]
pub struct AnnexProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub settings: Rc<SelectionSettings>,
    pub weights: Rc<Vec<f64>>,
    /// `YYYY-MM-DD`, the day it is printed.
    pub today: String,
    /// The file name of a user's own dataset; `None` for the bundled data.
    pub own_file: Option<String>,
}

/// Title, purpose and the settings block: before the ranking.
#[function_component(AnnexHead)]
pub fn annex_head(props: &AnnexProps) -> Html {
    let lang = props.lang;
    let settings = &props.settings;
    let dataset = &props.dataset;
    let weighed: Vec<_> = dataset
        .indicators
        .iter()
        .zip(props.weights.iter())
        .filter(|(_, w)| **w > 0.0)
        .collect();
    let not_weighed: Vec<&str> = dataset
        .indicators
        .iter()
        .zip(props.weights.iter())
        .filter(|(_, w)| **w <= 0.0)
        .map(|(i, _)| i.name.get(lang))
        .collect();
    let normalisation = t(lang, labels::normalisation(settings.normalisation.method));
    let tiers = labels::tier_rule_text(settings.tier_rule, lang);
    let data = match &props.own_file {
        None => t(lang, Key::ActiveBundled).to_string(),
        Some(file) => tr(lang, Msg::ActiveImported { file }),
    };
    let mc = settings.sensitivity;
    html! {
        <header class="ba-print-only ba-annex">
            <p class="ba-annex__title">{ t(lang, Key::AnnexTitle) }</p>
            <p>{ t(lang, Key::AnnexPurpose) }</p>
            <p>{ tr(lang, Msg::AnnexMade { date: &date(&props.today, lang) }) }{" · "}{ data }</p>
            <h2>{ t(lang, Key::AnnexSettings) }</h2>
            <table class="ba-table ba-annex__weights">
                <caption class="ba-visually-hidden">{ t(lang, Key::WeightsTitle) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t(lang, Key::Criterion) }</th>
                        <th scope="col" class="ba-num">{ t(lang, Key::AnnexGrade) }</th>
                        <th scope="col" class="ba-num">{ t(lang, Key::WeightLabel) }</th>
                        <th scope="col">{ t(lang, Key::ListKindTitle) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for weighed.iter().map(|(indicator, weight)| html! {
                        <tr>
                            <th scope="row">{ indicator.name.get(lang) }</th>
                            <td class="ba-num">{ settings.grades.get(&indicator.id).map(|g| g.to_string()).unwrap_or_default() }</td>
                            <td class="ba-num">{ percent_fixed(**weight, 1, lang) }</td>
                            <td>{ labels::list_kind_text(indicator, lang) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <dl class="ba-meta ba-annex__settings">
                if !not_weighed.is_empty() {
                    <div><dt>{ t(lang, Key::AnnexNotWeighed) }</dt><dd>{ not_weighed.join("; ") }</dd></div>
                }
                <div>
                    <dt>{ t(lang, Key::NormalisationTitle) }</dt>
                    <dd>
                        { normalisation }
                        if settings.normalisation.log_for_skewed { {"; "}{ t(lang, Key::LogForSkewed) } }
                    </dd>
                </div>
                <div>
                    <dt>{ t(lang, Key::CensoredTitle) }</dt>
                    <dd data-rule={censored_code(settings.normalisation.censored)}>{ t(lang, labels::censored_rule(settings.normalisation.censored)) }</dd>
                </div>
                <div><dt>{ t(lang, Key::CoverageThreshold) }</dt><dd>{ percent_fixed(settings.min_coverage, 0, lang) }</dd></div>
                <div><dt>{ t(lang, Key::TiersTitle) }</dt><dd>{ tiers }</dd></div>
                <div>
                    <dt>{ t(lang, Key::SensitivityTitle) }</dt>
                    <dd>{ tr(lang, Msg::AnnexSensitivity { draws: mc.draws, spread: &percent_fixed(mc.spread, 0, lang), seed: mc.seed, vary_rule: mc.vary_rule }) }</dd>
                </div>
                <div>
                    <dt>{ t(lang, Key::AdjustmentsTitle) }</dt>
                    <dd>
                        if settings.adjustments.is_empty() {
                            { t(lang, Key::NoAdjustments) }
                        } else {
                            <ul class="ba-plain-list">
                                { for settings.adjustments.iter().map(|a| {
                                    let country = dataset.country(&a.iso3).map(|c| c.name.get(lang).to_string()).unwrap_or_else(|| a.iso3.clone());
                                    let kind = labels::adjustment_text(a.kind, lang);
                                    html! { <li>{ country }{": "}{ kind }{" — "}{ &a.reason }{" ("}{ date(&a.date, lang) }{")"}</li> }
                                }) }
                            </ul>
                        }
                    </dd>
                </div>
            </dl>
            <p class="ba-annex__note">{ t(lang, Key::DefaultsNote) }</p>
        </header>
    }
}

#[derive(Properties, PartialEq)]
pub struct AnnexTailProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub weights: Rc<Vec<f64>>,
    /// The link that reproduces this view.
    pub link: String,
}

/// The sources the weighed figures come from, and the link: after the ranking.
#[function_component(AnnexTail)]
pub fn annex_tail(props: &AnnexTailProps) -> Html {
    let lang = props.lang;
    let dataset = &props.dataset;
    // On every re-rank: read the facts and figures once, never a search per country and criterion.
    let used = use_memo(
        (Rc::clone(dataset), Rc::clone(&props.weights)),
        |(dataset, weights)| sources_of_weighed_figures(dataset, weights),
    );
    html! {
        <footer class="ba-print-only ba-annex">
            <h2>{ t(lang, Key::AnnexSources) }</h2>
            <ul class="ba-annex__sources">
                { for dataset.sources.iter().filter(|s| used.contains(&s.id)).map(|source| html! {
                    <li>
                        <strong>{ source.short.get(lang) }</strong>{": "}{ &source.title }{" ("}{ &source.publisher }{", "}{ date(&source.date, lang) }{")"}
                        if let Some(url) = &source.url { {" "}<span class="ba-url">{ url }</span> }
                    </li>
                }) }
            </ul>
            <h2>{ t(lang, Key::AnnexLink) }</h2>
            <p class="ba-url">{ &props.link }</p>
        </footer>
    }
}

/// The sources of the figures and facts behind the weighed criteria: each criterion's own, every
/// figure's, and for yes/no criteria the source of each country's fact.
fn sources_of_weighed_figures(dataset: &Dataset, weights: &[f64]) -> BTreeSet<String> {
    let weighed: Vec<_> = dataset
        .indicators
        .iter()
        .zip(weights)
        .filter(|(_, w)| **w > 0.0)
        .map(|(i, _)| i)
        .collect();
    let mut used: BTreeSet<String> =
        beleidsagenda_model::order::set_from(weighed.iter().map(|i| i.source.clone()));
    for value in &dataset.values {
        if value.value.is_some() && weighed.iter().any(|i| i.id == value.indicator) {
            used.insert(value.source.clone());
        }
    }
    for indicator in weighed.iter().filter(|i| i.derived_from.is_some()) {
        for country in &dataset.countries {
            if let Reading::Measured(figure) = derived_reading(indicator, country) {
                used.insert(figure.source);
            }
        }
    }
    used
}
