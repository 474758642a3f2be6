//! The ranking table's cells: a sortable column header, a plain one, and a country's cell in
//! each optional column.

use beleidsagenda_model::selection::action::SelectionAction;
use beleidsagenda_model::selection::sensitivity::Stability;
use beleidsagenda_model::selection::{RankedCountry, RankingColumn, SelectionSettings, SortKey};
use beleidsagenda_model::text::format::{fixed, percent_fixed};
use beleidsagenda_model::{t, tr, Dataset, Key, Lang, Msg};
use yew::prelude::*;

use super::status_text;
use crate::components::bar::Bar;
use crate::labels;
use crate::state::selection::Dispatch;

/// A column the user hid stays in the printed annex, which like the exports carries every
/// column; the rule-varied share exists only while the run varies the rule.
pub(super) fn exists(settings: &SelectionSettings, column: RankingColumn) -> bool {
    column != RankingColumn::TierKeptRuleVaried || settings.sensitivity.vary_rule
}

fn screen_hidden(settings: &SelectionSettings, column: RankingColumn) -> Option<&'static str> {
    (!settings.shows_column(column)).then_some("ba-screen-hidden")
}

/// A header that sorts by its column, saying which way it sorts now.
pub(super) fn sort_header(
    lang: Lang,
    settings: &SelectionSettings,
    dispatch: &Dispatch,
    key: SortKey,
    label: Key,
    class: Classes,
) -> Html {
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
    let onclick = dispatch.on(move |_: MouseEvent| Some(SelectionAction::SortBy(key)));
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
}

/// An optional column's header: sortable for score and coverage.
pub(super) fn column_head(
    lang: Lang,
    settings: &SelectionSettings,
    dispatch: &Dispatch,
    column: RankingColumn,
) -> Html {
    if !exists(settings, column) {
        return Html::default();
    }
    let plain_header = |label: Key, class: Classes| {
        html! {
            <th scope="col" class={class}>{ t(lang, label) }</th>
        }
    };
    let header =
        |key: SortKey, label: Key, class: Classes| sort_header(lang, settings, dispatch, key, label, class);
    let label = labels::column(column);
    let hide = screen_hidden(settings, column);
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
}

/// A country's cell in an optional column (nothing for a column that does not exist).
#[inline(always)]
pub(super) fn ranking_cell(
    lang: Lang,
    dataset: &Dataset,
    settings: &SelectionSettings,
    row: &RankedCountry,
    stability: Option<&Stability>,
    column: RankingColumn,
) -> Html {
    let or_dash = |text: Option<String>| text.unwrap_or_else(|| "–".into());
    if !exists(settings, column) {
        return Html::default();
    }
    let hide = screen_hidden(settings, column);
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
        RankingColumn::Coverage => {
            html! { <td class={classes!("ba-num", hide)}>{ percent_fixed(row.coverage, 0, lang) }</td> }
        }
        RankingColumn::RankRange => {
            html! { <td class={classes!("ba-num", hide)}>{ or_dash(stability.map(|s| s.range_text())) }</td> }
        }
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
}
