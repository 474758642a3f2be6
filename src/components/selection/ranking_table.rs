//! The ranked table: the accessible heart of the view and the text alternative of the map.
//! Sortable, filtered by region, tiers as text labels, adjustments marked.

use std::collections::BTreeMap;
use std::rc::Rc;

use beleidsagenda_model::selection::action::SelectionAction;
use beleidsagenda_model::selection::sensitivity::Stability;
use beleidsagenda_model::selection::{RankedCountry, SelectionSettings, SortKey, Status};
use beleidsagenda_model::text::format::{fixed, percent_fixed};
use beleidsagenda_model::{t, tr, Dataset, Key, Lang, Msg};
use yew::prelude::*;

use crate::components::bar::Bar;

use crate::labels;
use crate::state::selection::Dispatch;

#[derive(Properties, PartialEq)]
pub struct RankingTableProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub settings: Rc<SelectionSettings>,
    pub ranking: Rc<Vec<RankedCountry>>,
    pub stability: Option<Rc<BTreeMap<String, Stability>>>,
    pub dispatch: Dispatch,
}

pub fn status_text(lang: Lang, row: &RankedCountry) -> Html {
    match (row.status, row.tier) {
        (Status::ExcludedByHand, _) => {
            html! { <span class="ba-missing">{ t(lang, Key::StatusExcluded) }</span> }
        }
        (_, Some(tier)) => html! {
            <span class={classes!("ba-tier-badge", labels::tier_class(Some(tier)))}>{ t(lang, labels::tier(tier)) }</span>
        },
        (Status::NoData, None) => html! { <span class="ba-missing">{ t(lang, Key::StatusNoData) }</span> },
        (Status::LowCoverage, None) => {
            html! { <span class="ba-missing">{ t(lang, Key::StatusLowCoverage) }</span> }
        }
        (Status::Ranked, None) => html! {},
    }
}

/// Rows rendered at first; more on request. Keeps re-ranking fast for thousands of countries
/// (the CSV export always has every row).
pub const PAGE_ROWS: usize = 100;

#[function_component(RankingTable)]
pub fn ranking_table(props: &RankingTableProps) -> Html {
    let lang = props.lang;
    let limit = use_state(|| PAGE_ROWS);
    let settings = &props.settings;
    // The column of the rule-varied share, while the run varies the rule.
    let vary_rule = settings.sensitivity.vary_rule;
    let dataset = &props.dataset;
    let name = |iso3: &str| {
        dataset
            .country(iso3)
            .map(|c| c.name.get(lang).to_string())
            .unwrap_or_else(|| iso3.to_string())
    };
    let mut rows: Vec<&RankedCountry> = props
        .ranking
        .iter()
        .filter(|r| settings.shows(dataset, &r.iso3))
        .collect();
    let ascending_key = |r: &RankedCountry| -> (bool, f64, String) {
        match settings.sort {
            SortKey::Rank => (
                r.rank.is_none(),
                r.rank.unwrap_or(usize::MAX) as f64,
                r.iso3.clone(),
            ),
            // Higher scores and coverage first when "ascending" in reading order.
            SortKey::Score => (r.score.is_none(), -r.score.unwrap_or(0.0), r.iso3.clone()),
            SortKey::Coverage => (false, -r.coverage, r.iso3.clone()),
            SortKey::Name => (false, 0.0, name(&r.iso3)),
        }
    };
    rows.sort_by(|a, b| {
        let (ka, kb) = (ascending_key(a), ascending_key(b));
        let order =
            ka.0.cmp(&kb.0)
                .then(ka.1.total_cmp(&kb.1))
                .then_with(|| ka.2.cmp(&kb.2));
        if settings.descending {
            order.reverse()
        } else {
            order
        }
    });

    let header = |key: SortKey, label: Key, class: &'static str| {
        let active = settings.sort == key;
        let aria_sort = match (active, settings.descending) {
            (false, _) => "none",
            (true, false) => {
                if key == SortKey::Name {
                    "ascending"
                } else {
                    "descending"
                }
            }
            (true, true) => {
                if key == SortKey::Name {
                    "descending"
                } else {
                    "ascending"
                }
            }
        };
        let descending = settings.descending;
        let onclick = props
            .dispatch
            .on(move |_: MouseEvent| Some(SelectionAction::SortBy(key)));
        html! {
            <th scope="col" class={class} aria-sort={aria_sort}>
                <button type="button" class="ba-sort" {onclick} aria-label={tr(lang, Msg::SortBy { column: t(lang, label) })}>
                    { t(lang, label) }
                    <span aria-hidden="true" class="ba-sort__mark">{ if active { if descending { " ▲" } else { " ▼" } } else { "" } }</span>
                </button>
                // Chromium does not repeat a button in the header row it repeats on every
                // printed page: paper gets the label as text.
                <span class="ba-print-only" aria-hidden="true">{ t(lang, label) }</span>
            </th>
        }
    };

    let total_rows = rows.len();
    let body = rows.iter().take(*limit).map(|row| {
        let country_name = name(&row.iso3);
        let selected = settings.selected.as_deref() == Some(row.iso3.as_str());
        let select = {
            let iso3 = row.iso3.clone();
            props.dispatch.on(move |_: MouseEvent| Some(SelectionAction::Select(Some(iso3.clone()))))
        };
        let stability = props.stability.as_ref().and_then(|s| s.get(&row.iso3));
        let adjustment = settings.adjustment_for(&row.iso3);
        let region = dataset.country(&row.iso3).map(|c| t(lang, labels::region(c.region))).unwrap_or("");
        html! {
            <tr key={row.iso3.clone()} class={classes!(selected.then_some("ba-row--selected"), row.adjusted.then_some("ba-row--adjusted"))}
                aria-current={selected.then_some("true")}>
                <td class="ba-num">{ row.rank.map(|r| r.to_string()).unwrap_or_else(|| "–".into()) }</td>
                <th scope="row">
                    <button type="button" class="ba-link-button" onclick={select} aria-label={tr(lang, Msg::ShowDetails { country: &country_name })}>
                        { &country_name }
                    </button>
                </th>
                <td>{ region }</td>
                <td>{ status_text(lang, row) }</td>
                <td class="ba-score">
                    { match row.score {
                        Some(score) => html! {
                            <Bar share={score} class={labels::tier_class(row.tier)} text={fixed(score, 2, lang)} />
                        },
                        None => html! { <span class="ba-missing">{ t(lang, Key::NotAvailable) }</span> },
                    } }
                </td>
                <td class="ba-num">{ percent_fixed(row.coverage, 0, lang) }</td>
                <td class="ba-num">{ stability.map(|s| s.range_text()).unwrap_or_else(|| "–".into()) }</td>
                <td class="ba-num">
                    { stability.map(|s| s.rank_median.to_string()).unwrap_or_else(|| "–".into()) }
                    if stability.and_then(|s| s.rank_outside(row.rank)) == Some(true) {
                        <br /><span class="ba-assumption-flag">{ t(lang, Key::PlaceDependsOnAssumptions) }</span>
                    }
                </td>
                <td class="ba-num">{ stability.map(|s| percent_fixed(s.tier_kept, 0, lang)).unwrap_or_else(|| "–".into()) }</td>
                if vary_rule {
                    <td class="ba-num">{ stability.and_then(|s| s.tier_kept_rule_varied).map(|k| percent_fixed(k, 0, lang)).unwrap_or_else(|| "–".into()) }</td>
                }
                <td>
                    if let Some(a) = adjustment {
                        <span class="ba-adjusted-mark">{ t(lang, Key::AdjustedMark) }</span>{": "}{ &a.reason }{" ("}{ &a.date }{")"}
                    }
                </td>
            </tr>
        }
    });

    html! {
        <div class="ba-table-wrap">
            <p class="ba-weight__hint">{ tr(lang, Msg::Showing { shown: total_rows.min(*limit), total: props.ranking.len() }) }</p>
            <table class="ba-table ba-ranking">
                <caption class="ba-visually-hidden">{ t(lang, Key::RankingCaption) }</caption>
                <thead>
                    <tr>
                        { header(SortKey::Rank, Key::Rank, "ba-num") }
                        { header(SortKey::Name, Key::Country, "") }
                        <th scope="col">{ t(lang, Key::Region) }</th>
                        <th scope="col">{ t(lang, Key::TierLabel) }</th>
                        { header(SortKey::Score, Key::Score, "") }
                        { header(SortKey::Coverage, Key::Coverage, "ba-num") }
                        <th scope="col" class="ba-num">{ t(lang, Key::RankRange) }</th>
                        <th scope="col" class="ba-num">{ t(lang, Key::RankMedian) }</th>
                        <th scope="col" class="ba-num">{ t(lang, Key::TierKept) }</th>
                        if vary_rule {
                            <th scope="col" class="ba-num">{ t(lang, Key::TierKeptRuleVaried) }</th>
                        }
                        <th scope="col">{ t(lang, Key::AdjustmentLabel) }</th>
                    </tr>
                </thead>
                <tbody>{ for body }</tbody>
            </table>
            if total_rows > *limit {
                <p class="ba-actions">
                    <button type="button" class="ba-button ba-button--quiet" onclick={{
                        let limit = limit.clone();
                        Callback::from(move |_: MouseEvent| limit.set(*limit + PAGE_ROWS))
                    }}>{ tr(lang, Msg::ShowMore { count: PAGE_ROWS.min(total_rows - *limit) }) }</button>
                    <button type="button" class="ba-button ba-button--quiet" onclick={{
                        let limit = limit.clone();
                        Callback::from(move |_: MouseEvent| limit.set(usize::MAX))
                    }}>{ tr(lang, Msg::ShowAll { count: total_rows }) }</button>
                </p>
            }
        </div>
    }
}
