//! Details for the selected country: each criterion's contribution to the score, every figure
//! with year and source, tier stability, and its adjustment history.

use std::collections::BTreeMap;
use std::rc::Rc;

use beleidsagenda_model::selection::action::SelectionAction;
use beleidsagenda_model::selection::scoring::{contributions, Matrix};
use beleidsagenda_model::selection::sensitivity::{Stability, TippingPoint};
use beleidsagenda_model::selection::{RankedCountry, SelectionSettings};
use beleidsagenda_model::text::format::{fixed, number, percent_fixed};
use beleidsagenda_model::{t, tr, Dataset, Key, Lang, Msg};
use yew::prelude::*;

use crate::components::bar::Bar;
use yew_router::prelude::*;

use super::ranking_table::status_text;
use crate::components::citation::Citation;
use crate::components::reading::{reading_note, reading_source, ReadingValue};
use crate::labels;
use crate::route::Route;
use crate::state::selection::Dispatch;

#[derive(Properties, PartialEq)]
pub struct CountryPanelProps {
    pub lang: Lang,
    pub iso3: String,
    pub dataset: Rc<Dataset>,
    pub settings: Rc<SelectionSettings>,
    pub ranking: Rc<Vec<RankedCountry>>,
    pub matrix: Rc<Matrix>,
    pub weights: Rc<Vec<f64>>,
    pub stability: Option<Rc<BTreeMap<String, Stability>>>,
    pub tipping: Option<Rc<BTreeMap<String, TippingPoint>>>,
    pub dispatch: Dispatch,
}

pub const PANEL_HEADING_ID: &str = "ba-country-panel-title";

#[function_component(CountryPanel)]
pub fn country_panel(props: &CountryPanelProps) -> Html {
    let lang = props.lang;
    let dataset = &props.dataset;
    let Some(country) = dataset.country(&props.iso3) else {
        return html! {};
    };
    let Some(index) = props.matrix.countries.iter().position(|c| c == &props.iso3) else {
        return html! {};
    };
    let row = &props.matrix.values[index];
    let parts = contributions(row, &props.weights);
    let ranked = props.ranking.iter().find(|r| r.iso3 == props.iso3);
    let close = props
        .dispatch
        .on(|_: MouseEvent| Some(SelectionAction::Select(None)));
    let name = country.name.get(lang).to_string();
    let history: Vec<_> = props
        .settings
        .adjustments
        .iter()
        .filter(|a| a.iso3 == props.iso3)
        .collect();
    let stability = props.stability.as_ref().and_then(|s| s.get(&props.iso3));
    let tipping = props.tipping.as_ref().map(|points| points.get(&props.iso3));

    html! {
        <section class="ba-panel ba-country-panel" aria-labelledby={PANEL_HEADING_ID}>
            <div class="ba-panel__head">
                <h2 id={PANEL_HEADING_ID} tabindex="-1">{ tr(lang, Msg::CountryPanelTitle { country: &name }) }</h2>
                <button type="button" class="ba-button ba-button--quiet" onclick={close}>{ t(lang, Key::ClosePanel) }</button>
            </div>
            <p>
                { t(lang, Key::Rank) }{": "}{ ranked.and_then(|r| r.rank).map(|r| r.to_string()).unwrap_or_else(|| "–".into()) }
                {" · "}{ t(lang, Key::TierLabel) }{": "}{ ranked.map(|r| status_text(lang, r)).unwrap_or_default() }
                {" · "}{ t(lang, Key::Coverage) }{": "}{ percent_fixed(ranked.map(|r| r.coverage).unwrap_or(0.0), 0, lang) }
                {" · "}<Link<Route> to={Route::country(lang, &props.iso3)}>{ t(lang, Key::Figures) }</Link<Route>>
            </p>
            <h3>{ t(lang, Key::TierStability) }</h3>
            <p>
                { match stability {
                    Some(s) => {
                        let mut stated = tr(lang, Msg::Stability { ranks: &s.range_text(), median: s.rank_median, tier_kept: &percent_fixed(s.tier_kept, 0, lang) });
                        if let Some(kept) = s.tier_kept_rule_varied {
                            stated = format!("{stated} {}: {}.", t(lang, Key::TierKeptRuleVariedExplained), percent_fixed(kept, 0, lang));
                        }
                        match s.rank_outside(ranked.and_then(|r| r.rank)) {
                            Some(true) => format!("{stated} {}: {}.", t(lang, Key::Rank), t(lang, Key::PlaceDependsOnAssumptions)),
                            _ => stated,
                        }
                    }
                    None => t(lang, Key::NotRunYet).to_string(),
                } }
                {" "}
                { match tipping {
                    Some(Some(point)) => {
                        let criterion = dataset.indicator(&point.criterion).map(|i| i.name.get(lang).to_string()).unwrap_or_else(|| point.criterion.clone());
                        let delta = format!("{}{}", if point.delta > 0.0 { "+" } else { "" }, number(point.delta, lang));
                        let tier = point.new_tier.map(|t| t_label(lang, t)).unwrap_or_else(|| t(lang, Key::NotRanked).to_string());
                        tr(lang, Msg::TippingPoint { criterion: &criterion, delta: &delta, tier: &tier })
                    }
                    Some(None) => t(lang, Key::NoTippingPoint).to_string(),
                    None => String::new(),
                } }
            </p>
            <h3>{ t(lang, Key::Breakdown) }</h3>
            <div class="ba-table-wrap">
                <table class="ba-table">
                    <caption class="ba-visually-hidden">{ t(lang, Key::Breakdown) }{": "}{ &name }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t(lang, Key::Criterion) }</th>
                            <th scope="col" class="ba-num">{ t(lang, Key::WeightLabel) }</th>
                            <th scope="col" class="ba-num">{ t(lang, Key::Value) }</th>
                            <th scope="col" class="ba-num">{ t(lang, Key::Normalised) }</th>
                            <th scope="col">{ t(lang, Key::Contribution) }</th>
                            <th scope="col">{ t(lang, Key::SourceLabel) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for dataset.indicators.iter().enumerate().filter(|(i, _)| props.weights.get(*i).copied().unwrap_or(0.0) > 0.0).map(|(i, indicator)| {
                            let reading = dataset.reading(&props.iso3, &indicator.id);
                            html! {
                                <tr key={indicator.id.clone()}>
                                    <th scope="row">{ indicator.name.get(lang) }</th>
                                    <td class="ba-num">{ percent_fixed(props.weights[i], 1, lang) }</td>
                                    <td class="ba-num">
                                        <ReadingValue {lang} reading={reading.clone()} unit={indicator.unit} with_year=true />
                                    </td>
                                    <td class="ba-num">{ row[i].map(|v| fixed(v, 2, lang)).unwrap_or_else(|| "–".into()) }</td>
                                    <td>
                                        { match parts[i] {
                                            Some(part) => html! { <Bar share={part} text={fixed(part, 3, lang)} /> },
                                            None => html! { <span class="ba-missing">{ t(lang, Key::NotAvailable) }</span> },
                                        } }
                                    </td>
                                    <td>
                                        <Citation {lang} refs={reading_source(&reading, indicator)} />
                                        if let Some(note) = reading_note(&reading, lang) {
                                            <p class="ba-cite">{ note }</p>
                                        }
                                    </td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            <h3>{ t(lang, Key::AdjustmentHistory) }</h3>
            if history.is_empty() {
                <p>{ t(lang, Key::NoAdjustments) }</p>
            } else {
                <ol class="ba-history">
                    { for history.iter().rev().map(|a| html! {
                        <li><time datetime={a.date.clone()}>{ &a.date }</time>{": "}{ labels::adjustment_text(a.kind, lang) }{" — "}{ &a.reason }</li>
                    }) }
                </ol>
            }
        </section>
    }
}

fn t_label(lang: Lang, tier: beleidsagenda_model::selection::Tier) -> String {
    t(lang, labels::tier(tier)).to_string()
}
