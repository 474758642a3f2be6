use beleidsagenda_model::plan::axis::{axis_ticks, euros_short};
use beleidsagenda_model::plan::labels::org_name;
use beleidsagenda_model::plan::{Org, PLAN_YEARS};
use beleidsagenda_model::selection::labels::tier as tier_key;
use beleidsagenda_model::text::format::euros;
use beleidsagenda_model::{t, Key};
use yew::prelude::*;

use crate::components::plan::PlanView;

/// Fill of the n-th series: a colour token and a pattern, so series differ without colour too.
const SERIES: [&str; 1] = ["ba-series-0"];
const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 280.0;
/// Room for the value axis's labels.
const LEFT: f64 = 96.0;
/// Room for the years.
const BOTTOM: f64 = 28.0;
/// Room for the value over the highest bar.
const TOP: f64 = 22.0;
/// At most this many steps on a value axis: enough to read a bar, few enough to read the labels.
const AXIS_STEPS: usize = 5;
/// The axis of an empty plan: a scale a reader recognises rather than "EUR 1".
const EMPTY_SCALE: i64 = 1_000_000;

fn ticks(max: i64) -> Vec<i64> {
    axis_ticks(if max == 0 { EMPTY_SCALE } else { max }, AXIS_STEPS)
}
/// The organisation chart: label column, bar row height, and room for the value after a bar.
const ORG_LABEL: f64 = 64.0;
const ORG_ROW: f64 = 26.0;
const ORG_VALUE: f64 = 96.0;

fn patterns() -> Html {
    html! {
        <defs>
            <pattern id="ba-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect class="ba-series-1" width="6" height="6" />
                <line x1="0" y1="0" x2="0" y2="6" class="ba-pattern-line" stroke-width="3" />
            </pattern>
            <pattern id="ba-dots" width="6" height="6" patternUnits="userSpaceOnUse">
                <rect class="ba-series-2" width="6" height="6" />
                <circle cx="3" cy="3" r="1.4" class="ba-pattern-dot" />
            </pattern>
        </defs>
    }
}

fn fill(index: usize) -> (&'static str, Option<&'static str>) {
    match index % 3 {
        0 => (SERIES[0], None),
        // A patterned bar takes its fill from the attribute; a class fill would override it.
        1 => ("ba-series-patterned", Some("url(#ba-hatch)")),
        _ => ("ba-series-patterned", Some("url(#ba-dots)")),
    }
}

#[derive(Properties, PartialEq)]
pub struct ChartsProps {
    pub view: PlanView,
}

/// Planned money per year by envelope (stacked) and by lead organisation, each as SVG with the
/// same numbers in a table after it.
#[function_component(PlanCharts)]
pub fn plan_charts(props: &ChartsProps) -> Html {
    let view = &props.view;
    let lang = view.lang;
    let envelopes = &view.envelopes;
    let max_year = PLAN_YEARS
        .iter()
        .map(|y| view.totals.by_year.get(y).copied().unwrap_or(0))
        .max()
        .unwrap_or(0);
    let year_ticks = ticks(max_year);
    let year_scale = *year_ticks.last().unwrap_or(&1) as f64;
    let plot_height = HEIGHT - BOTTOM - TOP;
    let y_of = |amount: i64| HEIGHT - BOTTOM - amount as f64 / year_scale * plot_height;
    let year_grid = year_ticks.iter().map(|&tick| {
        let y = format!("{:.1}", y_of(tick));
        html! {
            <g>
                <line class={if tick == 0 { "ba-chart__axis" } else { "ba-chart__grid" }} x1={LEFT.to_string()} x2={WIDTH.to_string()} y1={y.clone()} y2={y.clone()} />
                <text class="ba-chart__label" x={format!("{:.1}", LEFT - 6.0)} y={y} dy="0.35em" text-anchor="end">{ euros_short(tick, lang) }</text>
            </g>
        }
    });
    let slot = (WIDTH - LEFT) / PLAN_YEARS.len() as f64;
    let bars = PLAN_YEARS.iter().enumerate().map(|(i, &year)| {
        let mut below = 0;
        let x = LEFT + i as f64 * slot + slot * 0.2;
        let segments = envelopes.iter().enumerate().map(|(n, e)| {
            let amount = view.totals.planned(&e.id, year);
            let (bottom, top) = (y_of(below), y_of(below + amount));
            below += amount;
            let (class, pattern) = fill(n);
            html! {
                <rect class={class} fill={pattern} x={format!("{x:.1}")} y={format!("{top:.1}")}
                    width={format!("{:.1}", slot * 0.6)} height={format!("{:.1}", bottom - top)}>
                    <title>{ format!("{year}, {}: {}", e.name.get(lang), euros(amount, lang)) }</title>
                </rect>
            }
        }).collect::<Html>();
        let total = view.totals.by_year.get(&year).copied().unwrap_or(0);
        let centre = format!("{:.1}", x + slot * 0.3);
        html! {
            <g>
                { segments }
                if total > 0 {
                    <text class="ba-chart__value" x={centre.clone()} y={format!("{:.1}", y_of(total) - 6.0)} text-anchor="middle">{ euros_short(total, lang) }</text>
                }
                <text class="ba-chart__label" x={centre} y={format!("{:.1}", HEIGHT - 8.0)} text-anchor="middle">{ year }</text>
            </g>
        }
    });
    let legend = envelopes.iter().enumerate().map(|(n, e)| {
        let (class, pattern) = fill(n);
        html! {
            <li>
                <svg class="ba-legend__swatch" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
                    <rect class={class} fill={pattern} width="12" height="12" />
                </svg>
                { e.name.get(lang) }
            </li>
        }
    });
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
                <figcaption id="ba-chart-years">{ t(lang, Key::PlanChartYears) }</figcaption>
                <svg class="ba-chart__svg" viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" aria-labelledby="ba-chart-years" focusable="false">
                    { patterns() }
                    { for year_grid }
                    { for bars }
                </svg>
                <ul class="ba-legend">{ for legend }</ul>
            </figure>
            <div class="ba-table-wrap" tabindex="0" role="group" aria-label={t(lang, Key::PlanChartYearsTable)}>
                <table class="ba-table">
                    <caption>{ t(lang, Key::PlanChartYearsTable) }</caption>
                    <thead><tr>
                        <th scope="col">{ t(lang, Key::PlanEnvelope) }</th>
                        { for PLAN_YEARS.iter().map(|y| html! { <th scope="col" class="ba-num">{ y }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for envelopes.iter().map(|e| html! {
                            <tr>
                                <th scope="row">{ e.name.get(lang) }</th>
                                { for PLAN_YEARS.iter().map(|&y| html! { <td class="ba-num">{ euros(view.totals.planned(&e.id, y), lang) }</td> }) }
                            </tr>
                        }) }
                        <tr class="ba-total">
                            <th scope="row">{ t(lang, Key::PlanTotal) }</th>
                            { for PLAN_YEARS.iter().map(|y| html! { <td class="ba-num">{ euros(view.totals.by_year.get(y).copied().unwrap_or(0), lang) }</td> }) }
                        </tr>
                    </tbody>
                </table>
            </div>
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
        </>
    }
}
