//! The ranked table: the accessible heart of the view and the text alternative of the map.
//! Sortable, filtered by region, tiers as text labels, adjustments marked.

mod cells;
mod column_chooser;

use std::collections::BTreeMap;
use std::rc::Rc;

use beleidsagenda_model::selection::action::SelectionAction;
use beleidsagenda_model::selection::sensitivity::Stability;
use beleidsagenda_model::selection::{RankedCountry, RankingColumn, SelectionSettings, SortKey, Status};
use beleidsagenda_model::{t, tr, Dataset, Key, Lang, Msg};
use yew::prelude::*;

use crate::labels;
use crate::state::selection::Dispatch;
use cells::{column_head, ranking_cell, sort_header};
use column_chooser::ColumnChooser;

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

    let total_rows = rows.len();
    let body = rows.iter().take(*limit).map(|row| {
        let country_name = name(&row.iso3);
        let selected = settings.selected.as_deref() == Some(row.iso3.as_str());
        let select = {
            let iso3 = row.iso3.clone();
            props.dispatch.on(move |_: MouseEvent| Some(SelectionAction::Select(Some(iso3.clone()))))
        };
        let stability = props.stability.as_ref().and_then(|s| s.get(&row.iso3));
        let cell = |column: RankingColumn| ranking_cell(lang, dataset, settings, row, stability, column);
        html! {
            <tr key={row.iso3.clone()} class={classes!(selected.then_some("ba-row--selected"), row.adjusted.then_some("ba-row--adjusted"))}
                aria-current={selected.then_some("true")}>
                <td class="ba-num ba-ranking__rank">{ row.rank.map_or_else(|| "–".to_string(), |r| r.to_string()) }</td>
                <th scope="row" class="ba-ranking__country">
                    <button type="button" class="ba-link-button" onclick={select} aria-label={tr(lang, Msg::ShowDetails { country: &country_name })}>
                        { &country_name }
                    </button>
                </th>
                { for RankingColumn::ALL.into_iter().map(cell) }
            </tr>
        }
    });
    let header = |key: SortKey, label: Key, class: Classes| {
        sort_header(lang, settings, &props.dispatch, key, label, class)
    };
    let head = |column: RankingColumn| column_head(lang, settings, &props.dispatch, column);

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
