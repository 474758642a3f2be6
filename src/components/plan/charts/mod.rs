//! The plan's money as charts a reader can also read as tables: per year by envelope, per lead
//! organisation, per tier.

mod orgs;
mod years;

use beleidsagenda_model::plan::axis::axis_ticks;
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
    html! {
        <>
            { years::years_chart(view) }
            { orgs::orgs_chart(view) }
            { orgs::tier_table(view) }
        </>
    }
}
