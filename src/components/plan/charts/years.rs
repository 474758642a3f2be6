//! Planned money per year, stacked by envelope, with the same numbers in a table after it.

use beleidsagenda_model::plan::axis::euros_short;
use beleidsagenda_model::plan::PLAN_YEARS;
use beleidsagenda_model::text::format::euros;
use beleidsagenda_model::{t, Key};
use yew::prelude::*;

use super::{fill, patterns, ticks, BOTTOM, HEIGHT, LEFT, TOP, WIDTH};
use crate::components::plan::PlanView;

#[inline(always)]
pub(super) fn years_chart(view: &PlanView) -> Html {
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
        </>
    }
}
