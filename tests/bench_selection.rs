//! Browser benchmark (not a test of correctness): re-rank and re-render the ranking table and
//! the map after a weight change, with synthetic datasets of 58, 200 and 2,000 countries, and
//! the Monte Carlo run over 200 countries. Run by bench/run.sh:
//!   cargo test --release --target wasm32-unknown-unknown --test bench_selection
//! Prints `BENCH <name> <values…>` lines; timings are measured, never asserted.
#![cfg(target_arch = "wasm32")]

use std::collections::BTreeMap;
use std::rc::Rc;
use std::time::Duration;

use beleidsagenda::components::selection::ranking_table::RankingTable;
use beleidsagenda::components::selection::sensitivity::SLICE_MS;
use beleidsagenda::components::world_map::{MapCountry, WorldMapView};
use beleidsagenda::labels;
use beleidsagenda::state::selection::use_selection;
use beleidsagenda_model::data::dataset::{
    Country, DevelopmentCategory, DevelopmentPartnership, Direction, Indicator, IndicatorUnit, ListKind,
    Observation, ScaleHint, Visa25a, Visa25aStatus,
};
use beleidsagenda_model::data::iso3166_table::ISO3166;
use beleidsagenda_model::selection::action::SelectionAction;
use beleidsagenda_model::selection::grade::Grade;
use beleidsagenda_model::selection::scoring::{weights_from_grades, Matrix};
use beleidsagenda_model::selection::sensitivity::tipping_points;
use beleidsagenda_model::selection::{random::Rng, sensitivity::MonteCarlo, MonteCarloConfig};
use beleidsagenda_model::selection::{rank, SelectionSettings, TierRule};
use beleidsagenda_model::{Dataset, Lang, LocalText, Region, WorldMap};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn text(s: &str) -> LocalText {
    LocalText {
        nl: s.into(),
        en: s.into(),
    }
}

/// `n` countries (real ISO codes first, so the map has shapes to colour), 16 criteria, 20 % missing.
fn synthetic(n: usize) -> Dataset {
    let mut rng = Rng::new(n as u64);
    let codes: Vec<String> = (0..n)
        .map(|i| {
            ISO3166
                .get(i)
                .map(|c| c.0.to_string())
                .unwrap_or_else(|| format!("Z{i:04}"))
        })
        .collect();
    let indicators: Vec<Indicator> = (0..16)
        .map(|i| Indicator {
            id: format!("c{i}"),
            name: text(&format!("Criterium {i}")),
            description: text("synthetisch"),
            unit: IndicatorUnit::Count,
            direction: if i % 4 == 0 {
                Direction::LowerIsMoreRelevant
            } else {
                Direction::HigherIsMoreRelevant
            },
            default_weight: 1,
            scale: if i % 2 == 0 {
                ScaleHint::Log
            } else {
                ScaleHint::Linear
            },
            source: "s".into(),
            derived_from: None,
            list: Some(ListKind::Partial),
        })
        .collect();
    let countries = codes
        .iter()
        .enumerate()
        .map(|(i, code)| Country {
            iso3: code.clone(),
            name: text(&format!("Land {i:04}")),
            region: Region::ALL[i % Region::ALL.len()],
            eu_partnership: None,
            visa_25a: Some(Visa25a {
                status: Visa25aStatus::None,
                since: None,
                note: None,
                source: "s".into(),
            }),
            development: Some(DevelopmentPartnership {
                category: DevelopmentCategory::None,
                source: "s".into(),
            }),
            instruments: vec![],
        })
        .collect();
    let mut values = Vec::new();
    for code in &codes {
        for indicator in &indicators {
            if rng.next_f64() > 0.2 {
                values.push(Observation {
                    country: code.clone(),
                    indicator: indicator.id.clone(),
                    value: Some((rng.next_f64() * 100_000.0).round()),
                    year: Some(2024),
                    source: "s".into(),
                    note: None,
                });
            }
        }
    }
    Dataset {
        sources: vec![],
        countries,
        indicators,
        values,
        instruments: vec![],
    }
}

#[derive(Properties, PartialEq)]
struct HarnessProps {
    dataset: Rc<Dataset>,
    map: Rc<WorldMap>,
}

/// The table and map of the selection view on the app's own selection state: a slider move
/// dispatches an action, which writes the URL and re-ranks through the memoised hook.
#[function_component(Harness)]
fn harness(props: &HarnessProps) -> Html {
    let selection = use_selection(Rc::clone(&props.dataset));
    let oninput = selection.dispatch.on(|e: InputEvent| {
        let value = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|i| i.value().parse::<f64>().ok())?;
        Some(SelectionAction::SetGrade {
            criterion: "c0".into(),
            grade: Grade::nearest(value),
        })
    });
    let countries: Rc<Vec<MapCountry>> = Rc::new(
        selection
            .ranking
            .iter()
            .map(|r| MapCountry {
                iso3: r.iso3.clone(),
                name: r.iso3.clone(),
                class: labels::tier_class(r.tier),
                detail: String::new(),
                adjusted: false,
            })
            .collect(),
    );
    html! {
        <div class="ba-root">
            <input id="bench-slider" type="range" min="0" max="5" {oninput} />
            <RankingTable lang={Lang::Nl} dataset={Rc::clone(&selection.dataset)} settings={Rc::clone(&selection.settings)}
                ranking={Rc::clone(&selection.ranking)} stability={None::<Rc<BTreeMap<_, _>>>} dispatch={selection.dispatch.clone()} />
            <WorldMapView lang={Lang::Nl} map={Rc::clone(&props.map)} countries={countries} caption={"kaart".to_string()} legend={vec![]} />
        </div>
    }
}

fn now() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let index = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[index]
}

async fn measure_rerank(n: usize) {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = HarnessProps {
        dataset: Rc::new(synthetic(n)),
        map: Rc::new(WorldMap::bundled().unwrap()),
    };
    yew::Renderer::<Harness>::with_root_and_props(root.clone(), props).render();
    yew::platform::time::sleep(Duration::from_millis(50)).await;
    let slider: web_sys::HtmlInputElement = document
        .get_element_by_id("bench-slider")
        .unwrap()
        .dyn_into()
        .unwrap();
    let body: web_sys::HtmlElement = document.body().unwrap();
    let mut times = Vec::new();
    for i in 0..41 {
        let start = now();
        slider.set_value(&((i % 5) + 1).to_string());
        let event = web_sys::InputEvent::new("input").unwrap();
        slider.dispatch_event(&event).unwrap();
        // Yew renders from its scheduler in a microtask after the event: let the microtasks
        // run (a resolved promise per turn, no timer clamping), then force style and layout.
        let table = root.query_selector("table.ba-ranking tbody").unwrap().unwrap();
        let before = table.inner_html();
        for _ in 0..20 {
            wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL))
                .await
                .unwrap();
            if table.inner_html() != before {
                break;
            }
        }
        let _ = body.offset_height();
        if i > 0 {
            times.push(now() - start);
        }
    }
    times.sort_by(f64::total_cmp);
    let rows = root
        .query_selector_all("table.ba-ranking tbody tr")
        .unwrap()
        .length();
    console_log!(
        "BENCH rerank {n} rows={rows} p50={:.2} p95={:.2} max={:.2}",
        percentile(&times, 0.5),
        percentile(&times, 0.95),
        times[times.len() - 1]
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn bench_rerank_58() {
    measure_rerank(58).await;
}

#[wasm_bindgen_test]
async fn bench_rerank_200() {
    measure_rerank(200).await;
}

#[wasm_bindgen_test]
async fn bench_rerank_2000() {
    measure_rerank(2000).await;
}

/// The sensitivity run as the app runs it: slices of `SLICE_MS` (one browser task each), 200
/// synthetic countries × 16 criteria. `total` is the time in slices (the app yields between
/// them); `longest_slice` the longest task the run makes.
fn monte_carlo_in_slices(draws: usize) {
    let dataset = synthetic(200);
    let mut settings = SelectionSettings::defaults(&dataset);
    settings.tier_rule = TierRule::TopN {
        intensive: 20,
        targeted: 40,
    };
    let matrix = Matrix::build(&dataset, settings.normalisation);
    let mut mc = MonteCarlo::new(
        &matrix,
        &settings,
        MonteCarloConfig {
            draws,
            spread: 0.25,
            seed: 1,
            vary_rule: true,
        },
    );
    let (mut total, mut longest, mut slices) = (0.0, 0.0f64, 0);
    while !mc.is_finished() {
        let start = now();
        mc.step_for(&matrix, &settings, SLICE_MS, &now);
        let took = now() - start;
        total += took;
        longest = longest.max(took);
        slices += 1;
    }
    let start = now();
    let _ = mc.result(&matrix);
    let _ = tipping_points(&matrix, &settings);
    let after = now() - start;
    console_log!(
        "BENCH montecarlo 200x{draws} total={total:.1} slices={slices} longest_slice={longest:.1} result_and_tipping={after:.1}"
    );
}

#[wasm_bindgen_test]
fn bench_monte_carlo_200x1000() {
    monte_carlo_in_slices(1_000);
}

#[wasm_bindgen_test]
fn bench_monte_carlo_200x10000() {
    monte_carlo_in_slices(10_000);
}
