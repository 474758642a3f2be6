//! Planned money by lead organisation, with the same numbers in a table after it, and the
//! money by tier.

use beleidsagenda_model::plan::axis::euros_short;
use beleidsagenda_model::plan::labels::org_name;
use beleidsagenda_model::plan::Org;
use beleidsagenda_model::selection::labels::tier as tier_key;
use beleidsagenda_model::text::format::euros;
use beleidsagenda_model::{t, Key};
use yew::prelude::*;

use super::{ticks, BOTTOM, ORG_LABEL, ORG_ROW, ORG_VALUE, WIDTH};
use crate::components::plan::PlanView;

#[inline(always)]
pub(super) fn orgs_chart(view: &PlanView) -> Html {
    let lang = view.lang;
    let max_org = Org::ALL
        .iter()
        .map(|o| view.totals.by_org.get(o).copied().unwrap_or(0))
        .max()
        .unwrap_or(0);
    let org_ticks = ticks(max_org);
    let org_scale = *org_ticks.last().unwrap_or(&1) as f64;
    let org_plot = WIDTH - ORG_LABEL - ORG_VALUE;
    let x_of = |amount: i64| ORG_LABEL + amount as f64 / org_scale * org_plot;
    let org_height = 8.0 + Org::ALL.len() as f64 * ORG_ROW + BOTTOM;
    let org_axis_y = org_height - BOTTOM;
    let org_grid = org_ticks.iter().map(|&tick| {
        let x = format!("{:.1}", x_of(tick));
        html! {
            <g>
                <line class={if tick == 0 { "ba-chart__axis" } else { "ba-chart__grid" }} x1={x.clone()} x2={x.clone()} y1="0" y2={format!("{org_axis_y:.1}")} />
                <text class="ba-chart__label" x={x} y={format!("{:.1}", org_height - 8.0)} text-anchor="middle">{ euros_short(tick, lang) }</text>
            </g>
        }
    });
    let org_bars = Org::ALL.iter().enumerate().map(|(i, org)| {
        let amount = view.totals.by_org.get(org).copied().unwrap_or(0);
        let y = 8.0 + i as f64 * ORG_ROW;
        let end = x_of(amount);
        html! {
            <g>
                <text class="ba-chart__label" x="0" y={format!("{:.1}", y + 13.0)}>{ org.code() }</text>
                <rect class="ba-series-0" x={ORG_LABEL.to_string()} y={format!("{y:.1}")} height="18"
                    width={format!("{:.1}", end - ORG_LABEL)}>
                    <title>{ format!("{}: {}", t(lang, org_name(*org)), euros(amount, lang)) }</title>
                </rect>
                <text class="ba-chart__value" x={format!("{:.1}", end + 6.0)} y={format!("{:.1}", y + 13.0)}>{ euros_short(amount, lang) }</text>
            </g>
        }
    });
    html! {
        <>
        <figure class="ba-chart">
            <figcaption id="ba-chart-orgs">{ t(lang, Key::PlanChartOrgs) }</figcaption>
            <svg class="ba-chart__svg" viewBox={format!("0 0 {WIDTH} {org_height}")} role="img" aria-labelledby="ba-chart-orgs" focusable="false">
                { for org_grid }
                { for org_bars }
            </svg>
        </figure>
        <div class="ba-table-wrap" tabindex="0" role="group" aria-label={t(lang, Key::PlanChartOrgsTable)}>
            <table class="ba-table">
                <caption>{ t(lang, Key::PlanChartOrgsTable) }</caption>
                <thead><tr>
                    <th scope="col">{ t(lang, Key::PlanOrganisation) }</th>
                    <th scope="col" class="ba-num">{ t(lang, Key::PlanTotal) }</th>
                </tr></thead>
                <tbody>
                    { for Org::ALL.iter().map(|org| html! {
                        <tr>
                            <th scope="row">{ t(lang, org_name(*org)) }{" ("}{ org.code() }{")"}</th>
                            <td class="ba-num">{ euros(view.totals.by_org.get(org).copied().unwrap_or(0), lang) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
        </>
    }
}

#[inline(always)]
pub(super) fn tier_table(view: &PlanView) -> Html {
    let lang = view.lang;
    html! {
        <div class="ba-table-wrap" tabindex="0" role="group" aria-label={t(lang, Key::PlanByTier)}>
            <table class="ba-table">
                <caption>{ t(lang, Key::PlanByTier) }</caption>
                <thead><tr>
                    <th scope="col">{ t(lang, Key::Tier) }</th>
                    <th scope="col" class="ba-num">{ t(lang, Key::PlanTotal) }</th>
                </tr></thead>
                <tbody>
                    { for view.totals.by_tier.iter().map(|(tier, amount)| html! {
                        <tr>
                            <th scope="row">{ tier.map(|t_| t(lang, tier_key(t_))).unwrap_or(t(lang, Key::PlanNoTier)) }</th>
                            <td class="ba-num">{ euros(*amount, lang) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
