use beleidsagenda_model::plan::{Org, PLAN_YEARS};
use beleidsagenda_model::text::format::euros;
use beleidsagenda_model::text::labels::tier as tier_key;
use beleidsagenda_model::text::plan_labels::org_name;
use beleidsagenda_model::{t, Key};
use yew::prelude::*;

use crate::components::plan::PlanView;

/// Fill of the n-th series: a colour token and a pattern, so series differ without colour too.
const SERIES: [&str; 1] = ["ba-series-0"];
const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 260.0;
const LEFT: f64 = 8.0;
const BOTTOM: f64 = 28.0;

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
        .unwrap_or(0)
        .max(1) as f64;
    let slot = (WIDTH - LEFT) / PLAN_YEARS.len() as f64;
    let bars = PLAN_YEARS.iter().enumerate().map(|(i, &year)| {
        let mut top = HEIGHT - BOTTOM;
        let x = LEFT + i as f64 * slot + slot * 0.2;
        let segments = envelopes.iter().enumerate().map(|(n, e)| {
            let amount = view.totals.planned(&e.id, year) as f64;
            let h = amount / max_year * (HEIGHT - BOTTOM - 10.0);
            top -= h;
            let (class, pattern) = fill(n);
            html! {
                <rect class={class} fill={pattern} x={format!("{x:.1}")} y={format!("{top:.1}")}
                    width={format!("{:.1}", slot * 0.6)} height={format!("{h:.1}")} />
            }
        }).collect::<Html>();
        html! {
            <g>
                { segments }
                <text class="ba-chart__label" x={format!("{:.1}", x + slot * 0.3)} y={format!("{:.1}", HEIGHT - 8.0)} text-anchor="middle">{ year }</text>
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
        .unwrap_or(0)
        .max(1) as f64;
    let org_bars = Org::ALL.iter().enumerate().map(|(i, org)| {
        let amount = view.totals.by_org.get(org).copied().unwrap_or(0);
        let y = 6.0 + i as f64 * 24.0;
        html! {
            <g>
                <text class="ba-chart__label" x="0" y={format!("{:.1}", y + 14.0)}>{ org.code() }</text>
                <rect class="ba-series-0" x="140" y={format!("{y:.1}")} height="16"
                    width={format!("{:.1}", amount as f64 / max_org * (WIDTH - 150.0))} />
            </g>
        }
    });
    html! {
        <>
            <figure class="ba-chart">
                <figcaption id="ba-chart-years">{ t(lang, Key::PlanChartYears) }</figcaption>
                <svg class="ba-chart__svg" viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" aria-labelledby="ba-chart-years" focusable="false">
                    { patterns() }
                    <line class="ba-chart__axis" x1={LEFT.to_string()} x2={WIDTH.to_string()} y1={(HEIGHT - BOTTOM).to_string()} y2={(HEIGHT - BOTTOM).to_string()} />
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
                <svg class="ba-chart__svg" viewBox={format!("0 0 {WIDTH} {}", 12.0 + Org::ALL.len() as f64 * 24.0)} role="img" aria-labelledby="ba-chart-orgs" focusable="false">
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
