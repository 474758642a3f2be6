//! What the value panel shows: planned spend next to score and tier per country, and a
//! proposal as a change to accept or reject.

use crate::components::plan::PlanView;
use beleidsagenda_model::plan::propose::Proposal;
use beleidsagenda_model::selection::labels::tier as tier_key;
use beleidsagenda_model::text::format::{euros, fixed};
use beleidsagenda_model::{t, tr, Key, Msg};
use yew::prelude::*;

/// Each planned country's tier, score, planned money and score per million.
#[inline(always)]
pub(super) fn value_table(view: &PlanView) -> Html {
    let lang = view.lang;
    if view.plan.rows.is_empty() {
        return html! { <p>{ t(lang, Key::PlanNoCountries) }</p> };
    }
    let rows = view.plan.countries().into_iter().map(|iso3| {
        let ranked = view.ranking.iter().find(|r| r.iso3 == iso3);
        let spend = view.totals.by_country.get(&iso3).copied().unwrap_or(0);
        let score = ranked.and_then(|r| r.score);
        let per_million = score.filter(|_| spend > 0).map(|s| s / (spend as f64 / 1_000_000.0));
        html! {
            <tr>
                <th scope="row">{ view.country_name(&iso3) }</th>
                <td>{ view.tier(&iso3).map(|x| t(lang, tier_key(x))).unwrap_or(t(lang, Key::PlanNoTier)) }</td>
                <td class="ba-num">{ score.map(|s| fixed(s, 2, lang)).unwrap_or_else(|| t(lang, Key::NotAvailable).to_string()) }</td>
                <td class="ba-num">{ euros(spend, lang) }</td>
                <td class="ba-num">{ per_million.map(|v| fixed(v, 3, lang)).unwrap_or_else(|| "—".to_string()) }</td>
            </tr>
        }
    });
    html! {
        <div class="ba-table-wrap" tabindex="0" role="group" aria-label={t(lang, Key::PlanValueTitle)}>
            <table class="ba-table">
                <caption class="ba-visually-hidden">{ t(lang, Key::PlanValueTitle) }</caption>
                <thead><tr>
                    <th scope="col">{ t(lang, Key::Country) }</th>
                    <th scope="col">{ t(lang, Key::Tier) }</th>
                    <th scope="col" class="ba-num">{ t(lang, Key::Score) }</th>
                    <th scope="col" class="ba-num">{ t(lang, Key::PlanTotal) }</th>
                    <th scope="col" class="ba-num">{ t(lang, Key::PlanScorePerMillion) }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}

/// A proposal: what it adds, what it leaves open, and the buttons that take it or not.
#[inline(always)]
pub(super) fn proposal_view(
    view: &PlanView,
    p: &Proposal,
    accept: Callback<MouseEvent>,
    reject: Callback<MouseEvent>,
) -> Html {
    let lang = view.lang;
    html! {
    <section class="ba-proposal" aria-labelledby="ba-proposal-title">
        <h4 id="ba-proposal-title">{ tr(lang, Msg::PlanProposalSummary { count: p.picks.len(), score: &fixed(p.total_score, 2, lang), cost: &euros(p.total_cost, lang) }) }</h4>
        if !p.proven {
            <p class="ba-note">{ t(lang, Key::PlanExactNotProven) }</p>
        }
        if !p.unknown_years.is_empty() {
            <p class="ba-note">{ tr(lang, Msg::PlanProposalUnknownYears { years: &p.unknown_years.iter().map(|y| y.to_string()).collect::<Vec<_>>().join(", ") }) }</p>
        }
        if p.picks.is_empty() {
            <p>{ t(lang, Key::PlanProposalNothingFits) }</p>
        } else {
            <ul class="ba-diff">
                { for p.picks.iter().map(|pick| html! {
                    <li class="ba-diff__add">
                        <span class="ba-visually-hidden">{ t(lang, Key::PlanAdded) }{" "}</span>
                        <span aria-hidden="true">{ "+ " }</span>
                        { view.country_name(&pick.iso3) }{" · "}{ t(lang, tier_key(pick.tier)) }
                        {" · "}{ t(lang, Key::Score) }{" "}{ fixed(pick.score, 2, lang) }
                        {" · "}{ euros(pick.cost, lang) }
                    </li>
                }) }
            </ul>
        }
        <div class="ba-actions">
            <button type="button" class="ba-button" onclick={accept} disabled={p.picks.is_empty()}>{ t(lang, Key::PlanAccept) }</button>
            <button type="button" class="ba-button ba-button--quiet" onclick={reject}>{ t(lang, Key::PlanReject) }</button>
        </div>
    </section>
    }
}
