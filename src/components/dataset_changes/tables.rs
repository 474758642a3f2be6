//! The two tables of a dataset comparison: the countries that would move, and the figures
//! that changed. Each shows `shown` rows and counts the rest.

use beleidsagenda_model::data::dataset::Dataset;
use beleidsagenda_model::load::compare::DatasetChanges;
use beleidsagenda_model::selection::labels::tier;
use beleidsagenda_model::text::format::figure;
use beleidsagenda_model::{t, Key, Lang};
use yew::prelude::*;

use super::{criterion, more, name};

/// The countries whose rank or tier would move, with the criterion that moved them most.
#[inline(always)]
pub(super) fn moves_table(
    changes: &DatasetChanges,
    new: &Dataset,
    old: &Dataset,
    shown: usize,
    lang: Lang,
) -> Html {
    if changes.moves.is_empty() {
        return html! {};
    }
    let tier_text = |t_: Option<beleidsagenda_model::selection::Tier>| match t_ {
        Some(tier_) => t(lang, tier(tier_)).to_string(),
        None => t(lang, Key::NotRanked).to_string(),
    };
    let rank_text = |r: Option<usize>| r.map(|r| r.to_string()).unwrap_or_else(|| "–".to_string());
    html! {
        <>
        <div class="ba-table-wrap" tabindex="0" role="group" aria-labelledby="ba-changes-moves">
            <table class="ba-table">
                <caption id="ba-changes-moves">{ t(lang, Key::ChangesMoves) }</caption>
                <thead><tr>
                    <th scope="col">{ t(lang, Key::Country) }</th>
                    <th scope="col">{ t(lang, Key::ChangesRank) }</th>
                    <th scope="col">{ t(lang, Key::ChangesTier) }</th>
                    <th scope="col">{ t(lang, Key::ChangesMovedBy) }</th>
                </tr></thead>
                <tbody>
                    { for changes.moves.iter().take(shown).map(|m| html! {
                        <tr>
                            <th scope="row">{ name(new, old, &m.country, lang) }</th>
                            <td>{ rank_text(m.old_rank) }{ " → " }{ rank_text(m.new_rank) }</td>
                            <td>{ tier_text(m.old_tier) }{ " → " }{ tier_text(m.new_tier) }</td>
                            <td>{ m.criterion.as_deref().map(|c| criterion(new, old, c, lang)).unwrap_or_else(|| "–".to_string()) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
        { more(changes.moves.len(), shown, lang) }
        </>
    }
}

/// The figures that changed, old and new with their years, and the source.
#[inline(always)]
pub(super) fn figures_table(
    changes: &DatasetChanges,
    new: &Dataset,
    old: &Dataset,
    shown: usize,
    lang: Lang,
) -> Html {
    if changes.figures.is_empty() {
        return html! {};
    }
    let value = |v: Option<f64>, id: &str| match (v, new.indicator(id).or_else(|| old.indicator(id))) {
        (Some(v), Some(indicator)) => figure(v, indicator.unit, lang),
        (Some(v), None) => v.to_string(),
        (None, _) => t(lang, Key::NotAvailable).to_string(),
    };
    html! {
        <>
        <div class="ba-table-wrap" tabindex="0" role="group" aria-labelledby="ba-changes-figures">
            <table class="ba-table">
                <caption id="ba-changes-figures">{ t(lang, Key::ChangesFigures) }</caption>
                <thead><tr>
                    <th scope="col">{ t(lang, Key::Country) }</th>
                    <th scope="col">{ t(lang, Key::Criterion) }</th>
                    <th scope="col" class="ba-num">{ t(lang, Key::ChangesOld) }</th>
                    <th scope="col" class="ba-num">{ t(lang, Key::ChangesNew) }</th>
                    <th scope="col">{ t(lang, Key::SourceLabel) }</th>
                </tr></thead>
                <tbody>
                    { for changes.figures.iter().take(shown).map(|f| html! {
                        <tr>
                            <th scope="row">{ name(new, old, &f.country, lang) }</th>
                            <td>{ criterion(new, old, &f.indicator, lang) }</td>
                            <td class="ba-num">{ value(f.old, &f.indicator) }{ f.old_year.map(|y| format!(" ({y})")).unwrap_or_default() }</td>
                            <td class="ba-num">{ value(f.new, &f.indicator) }{ f.new_year.map(|y| format!(" ({y})")).unwrap_or_default() }</td>
                            <td>{ f.new_source.as_deref().or(f.old_source.as_deref()).map(|s| new.source(s).or_else(|| old.source(s)).map(|s| s.short.get(lang).to_string()).unwrap_or_else(|| s.to_string())).unwrap_or_default() }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
        { more(changes.figures.len(), shown, lang) }
        </>
    }
}
