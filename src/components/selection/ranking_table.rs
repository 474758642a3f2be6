//! The ranked table: the accessible heart of the view and the text alternative of the map.
//! Sortable, filtered by region, tiers as text labels, adjustments marked.

use std::collections::BTreeMap;
use std::rc::Rc;

use beleidsagenda_model::selection::action::SelectionAction;
use beleidsagenda_model::selection::sensitivity::Stability;
use beleidsagenda_model::selection::{RankedCountry, RankingColumn, SelectionSettings, SortKey, Status};
use beleidsagenda_model::text::format::{fixed, percent_fixed};
use beleidsagenda_model::{t, tr, Dataset, Key, Lang, Msg};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
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
    beleidsagenda_model::order::sort_by(&mut rows, |a, b| {
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

    let header = |key: SortKey, label: Key, class: Classes| {
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
                    <span aria-hidden="true" class="ba-sort__mark">{ if active { if descending { "\u{a0}▲" } else { "\u{a0}▼" } } else { "" } }</span>
                </button>
                // Chromium does not repeat a button in the header row it repeats on every
                // printed page: paper gets the label as text.
                <span class="ba-print-only" aria-hidden="true">{ t(lang, label) }</span>
            </th>
        }
    };

    let total_rows = rows.len();
    // A column the user hid stays in the printed annex, which like the exports carries every
    // column; the rule-varied share exists only while the run varies the rule.
    let exists =
        |column: RankingColumn| column != RankingColumn::TierKeptRuleVaried || settings.sensitivity.vary_rule;
    let screen_hidden =
        |column: RankingColumn| (!settings.shows_column(column)).then_some("ba-screen-hidden");
    let body = rows.iter().take(*limit).map(|row| {
        let country_name = name(&row.iso3);
        let selected = settings.selected.as_deref() == Some(row.iso3.as_str());
        let select = {
            let iso3 = row.iso3.clone();
            props.dispatch.on(move |_: MouseEvent| Some(SelectionAction::Select(Some(iso3.clone()))))
        };
        let stability = props.stability.as_ref().and_then(|s| s.get(&row.iso3));
        let or_dash = |text: Option<String>| text.unwrap_or_else(|| "–".into());
        let cell = |column: RankingColumn| -> Html {
            if !exists(column) {
                return Html::default();
            }
            let hide = screen_hidden(column);
            match column {
                RankingColumn::Region => html! {
                    <td class={classes!(hide)}>{ dataset.country(&row.iso3).map(|c| t(lang, labels::region(c.region))).unwrap_or("") }</td>
                },
                RankingColumn::Tier => html! { <td class={classes!(hide)}>{ status_text(lang, row) }</td> },
                RankingColumn::Score => html! {
                    <td class={classes!("ba-score", hide)}>
                        { match row.score {
                            Some(score) => html! {
                                <Bar share={score} class={labels::tier_class(row.tier)} text={fixed(score, 2, lang)} />
                            },
                            None => html! { <span class="ba-missing">{ t(lang, Key::NotAvailable) }</span> },
                        } }
                    </td>
                },
                RankingColumn::Coverage => html! { <td class={classes!("ba-num", hide)}>{ percent_fixed(row.coverage, 0, lang) }</td> },
                RankingColumn::RankRange => html! { <td class={classes!("ba-num", hide)}>{ or_dash(stability.map(|s| s.range_text())) }</td> },
                RankingColumn::RankMedian => html! {
                    <td class={classes!("ba-num", hide)}>
                        { or_dash(stability.map(|s| s.rank_median.to_string())) }
                        if stability.and_then(|s| s.rank_outside(row.rank)) == Some(true) {
                            <br /><span class="ba-assumption-flag">{ t(lang, Key::PlaceDependsOnAssumptions) }</span>
                        }
                    </td>
                },
                RankingColumn::TierKept => html! {
                    <td class={classes!("ba-num", hide)}>{ or_dash(stability.map(|s| percent_fixed(s.tier_kept, 0, lang))) }</td>
                },
                RankingColumn::TierKeptRuleVaried => html! {
                    <td class={classes!("ba-num", hide)}>{ or_dash(stability.and_then(|s| s.tier_kept_rule_varied).map(|k| percent_fixed(k, 0, lang))) }</td>
                },
                RankingColumn::Adjustment => html! {
                    <td class={classes!("ba-ranking__reason", hide)}>
                        if let Some(a) = settings.adjustment_for(&row.iso3) {
                            <span class="ba-adjusted-mark">{ t(lang, Key::AdjustedMark) }</span>{": "}{ &a.reason }{" ("}{ &a.date }{")"}
                        }
                    </td>
                },
            }
        };
        html! {
            <tr key={row.iso3.clone()} class={classes!(selected.then_some("ba-row--selected"), row.adjusted.then_some("ba-row--adjusted"))}
                aria-current={selected.then_some("true")}>
                <td class="ba-num ba-ranking__rank">{ or_dash(row.rank.map(|r| r.to_string())) }</td>
                <th scope="row" class="ba-ranking__country">
                    <button type="button" class="ba-link-button" onclick={select} aria-label={tr(lang, Msg::ShowDetails { country: &country_name })}>
                        { &country_name }
                    </button>
                </th>
                { for RankingColumn::ALL.into_iter().map(cell) }
            </tr>
        }
    });
    let plain_header = |label: Key, class: Classes| {
        html! {
            <th scope="col" class={class}>{ t(lang, label) }</th>
        }
    };
    let head = |column: RankingColumn| -> Html {
        if !exists(column) {
            return Html::default();
        }
        let label = labels::column(column);
        let hide = screen_hidden(column);
        match column {
            RankingColumn::Score => header(SortKey::Score, label, classes!(hide)),
            RankingColumn::Coverage => header(SortKey::Coverage, label, classes!("ba-num", hide)),
            RankingColumn::Region | RankingColumn::Tier | RankingColumn::Adjustment => {
                plain_header(label, classes!(hide))
            }
            RankingColumn::RankRange
            | RankingColumn::RankMedian
            | RankingColumn::TierKept
            | RankingColumn::TierKeptRuleVaried => plain_header(label, classes!("ba-num", hide)),
        }
    };

    html! {
        <>
            <div class="ba-ranking__bar">
                <p class="ba-weight__hint">{ tr(lang, Msg::Showing { shown: total_rows.min(*limit), total: props.ranking.len() }) }</p>
                <ColumnChooser {lang} settings={Rc::clone(settings)} dispatch={props.dispatch.clone()} />
            </div>
            <div class="ba-table-wrap ba-table-wrap--sticky" tabindex="0" role="group" aria-labelledby="ba-ranking-caption">
                <table class="ba-table ba-ranking">
                    <caption id="ba-ranking-caption" class="ba-visually-hidden">{ t(lang, Key::RankingCaption) }</caption>
                    <thead>
                        <tr>
                            { header(SortKey::Rank, Key::Rank, classes!("ba-num", "ba-ranking__rank")) }
                            { header(SortKey::Name, Key::Country, classes!("ba-ranking__country")) }
                            { for RankingColumn::ALL.into_iter().map(head) }
                        </tr>
                    </thead>
                    <tbody>{ for body }</tbody>
                </table>
            </div>
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
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ColumnChooserProps {
    lang: Lang,
    settings: Rc<SelectionSettings>,
    dispatch: Dispatch,
}

/// Which optional columns the table shows: a disclosure with a checkbox per column, each a
/// setting in the link. The exports carry every column whatever is chosen here.
#[function_component(ColumnChooser)]
fn column_chooser(props: &ColumnChooserProps) -> Html {
    let lang = props.lang;
    let vary_rule = props.settings.sensitivity.vary_rule;
    html! {
        <details class="ba-columns ba-no-print">
            <summary>{ t(lang, Key::ColumnsTitle) }</summary>
            <fieldset class="ba-checklist">
                <legend>{ t(lang, Key::ColumnsLegend) }</legend>
                { for RankingColumn::ALL.into_iter()
                    // The rule-varied share exists only while the run varies the rule.
                    .filter(|c| *c != RankingColumn::TierKeptRuleVaried || vary_rule)
                    .map(|column| {
                        let id = format!("ba-column-{}", column.code());
                        let onchange = props.dispatch.on(move |event: Event| {
                            let input = event.target()?.dyn_into::<HtmlInputElement>().ok()?;
                            Some(SelectionAction::ShowColumn { column, shown: input.checked() })
                        });
                        html! {
                            <div>
                                <input type="checkbox" id={id.clone()} checked={props.settings.columns.contains(&column)} {onchange} />
                                <label for={id}>{ t(lang, labels::column(column)) }</label>
                            </div>
                        }
                    }) }
                <p class="ba-weight__hint">{ t(lang, Key::ColumnsHelp) }</p>
            </fieldset>
        </details>
    }
}
