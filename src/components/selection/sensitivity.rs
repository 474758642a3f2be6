//! The Monte Carlo sensitivity analysis and the tipping points, run automatically a moment after
//! each change that affects the ranking, in chunks so the page keeps answering input. Progress
//! stays in this panel; the finished result goes to the page once, through `on_result`, so a
//! chunk never re-renders the table or the map.

use std::collections::BTreeMap;
use std::rc::Rc;
use std::time::Duration;

use beleidsagenda_model::selection::action::SelectionAction;
use beleidsagenda_model::selection::limits::MAX_DRAWS;
use beleidsagenda_model::selection::scoring::Matrix;
use beleidsagenda_model::selection::sensitivity::{tipping_points, MonteCarlo, Stability, TippingPoint};
use beleidsagenda_model::selection::SelectionSettings;
use beleidsagenda_model::{t, tr, Key, Lang, Msg};
use yew::prelude::*;

use super::controls::{input_checked, input_number};
use crate::state::selection::Dispatch;

/// Milliseconds of draws per task: well under the 50 ms of a long task, so a key press or a
/// slider waits at most this long while a run is under way.
pub const SLICE_MS: f64 = 12.0;

// The run and each of its slices on the performance timeline, for `bench/sensitivity.mjs`.
const RUN: &str = "ba-sensitivity";
const RUN_START: &str = "ba-sensitivity-start";
const SLICE: &str = "ba-sensitivity-slice";
const SLICE_START: &str = "ba-sensitivity-slice-start";

/// Quiet time after a change before a run starts: a slider drag starts one run, not ten.
pub const DEBOUNCE: Duration = Duration::from_millis(250);

#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    /// The settings the results belong to (`SelectionSettings::analysis_inputs`).
    pub inputs: SelectionSettings,
    /// The matrix they were computed on: another dataset or normalisation makes them stale even
    /// under the same settings.
    pub matrix: Rc<Matrix>,
    pub draws_done: usize,
    /// Which run this is (one number per start, increasing): the page shows it, so a test or a
    /// benchmark can wait for a run that started after its own change, not read an older one.
    pub run: u64,
    pub stability: Rc<BTreeMap<String, Stability>>,
    pub tipping: Rc<BTreeMap<String, TippingPoint>>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Progress {
    Waiting,
    Running { done: usize, total: usize },
    Done { draws: usize },
}

#[derive(Properties, PartialEq)]
pub struct SensitivityProps {
    pub lang: Lang,
    pub settings: Rc<SelectionSettings>,
    pub matrix: Rc<Matrix>,
    pub on_result: Callback<Analysis>,
    pub dispatch: Dispatch,
}

#[function_component(SensitivityPanel)]
pub fn sensitivity_panel(props: &SensitivityProps) -> Html {
    let lang = props.lang;
    let config = props.settings.sensitivity;
    let progress = use_state_eq(|| Progress::Waiting);
    // Bumped on every start, so an earlier run (or a pending start) stops.
    let generation = use_mut_ref(|| 0u64);
    // Bumped by the button: runs again with the same settings.
    let rerun = use_state(|| 0u32);

    {
        let (progress, generation, on_result) =
            (progress.clone(), generation.clone(), props.on_result.clone());
        use_effect_with(
            (props.settings.analysis_inputs(), Rc::clone(&props.matrix), *rerun),
            move |(inputs, matrix, _)| {
                let run_id = {
                    let mut current = generation.borrow_mut();
                    *current += 1;
                    *current
                };
                let (settings, matrix) = (inputs.clone(), Rc::clone(matrix));
                progress.set(Progress::Waiting);
                yew::platform::spawn_local(async move {
                    gloo_timers::future::sleep(DEBOUNCE).await;
                    let current = || *generation.borrow() == run_id;
                    if !current() {
                        return;
                    }
                    use crate::timing::{clear_timings, mark, measure_since};
                    clear_timings(&[RUN, RUN_START, SLICE, SLICE_START]);
                    mark(RUN_START);
                    let mut mc = MonteCarlo::new(&matrix, &settings, settings.sensitivity);
                    while !mc.is_finished() {
                        mark(SLICE_START);
                        mc.step_for(&matrix, &settings, SLICE_MS, &crate::timing::now_ms);
                        measure_since(SLICE, SLICE_START);
                        progress.set(Progress::Running {
                            done: mc.done(),
                            total: settings.sensitivity.draws,
                        });
                        crate::timing::yield_to_browser().await;
                        if !current() {
                            return;
                        }
                    }
                    let tipping = tipping_points(&matrix, &settings);
                    measure_since(RUN, RUN_START);
                    progress.set(Progress::Done { draws: mc.done() });
                    on_result.emit(Analysis {
                        matrix: Rc::clone(&matrix),
                        draws_done: mc.done(),
                        run: run_id,
                        stability: Rc::new(mc.result(&matrix)),
                        tipping: Rc::new(tipping),
                        inputs: settings,
                    });
                });
            },
        );
    }

    let run_again = {
        let rerun = rerun.clone();
        Callback::from(move |_: MouseEvent| rerun.set(*rerun + 1))
    };
    let set_draws = props
        .dispatch
        .on(|e: Event| input_number(&e).map(SelectionAction::SetDraws));
    let set_spread = props
        .dispatch
        .on(|e: Event| input_number(&e).map(|v| SelectionAction::SetSpread(v / 100.0)));
    let set_seed = props
        .dispatch
        .on(|e: Event| input_number(&e).map(SelectionAction::SetSeed));
    let set_vary_rule = props
        .dispatch
        .on(|e: Event| Some(SelectionAction::SetVaryRule(input_checked(&e))));

    let status = match *progress {
        Progress::Waiting => html! { <p role="status" class="ba-progress">{ t(lang, Key::NotRunYet) }</p> },
        Progress::Running { done, total } => {
            html! { <p role="status" class="ba-progress">{ tr(lang, Msg::Running { done, total }) }</p> }
        }
        Progress::Done { draws } => {
            html! { <p role="status" class="ba-notice ba-notice--ok">{ tr(lang, Msg::SensitivityDone { draws }) }</p> }
        }
    };

    html! {
        <div class="ba-sensitivity">
            <p>{ t(lang, Key::SensitivityIntro) }</p>
            <div class="ba-inline-fields">
                <div class="ba-field">
                    <label for="ba-mc-draws">{ t(lang, Key::Draws) }</label>
                    <input id="ba-mc-draws" type="number" min="1" max={MAX_DRAWS.to_string()} step="100" value={config.draws.to_string()}
                        onchange={set_draws} />
                </div>
                <div class="ba-field">
                    <label for="ba-mc-spread">{ t(lang, Key::Spread) }</label>
                    <input id="ba-mc-spread" type="number" min="0" max="100" step="5" value={format!("{}", (config.spread * 100.0).round())}
                        onchange={set_spread} />
                </div>
                <div class="ba-field">
                    <label for="ba-mc-seed">{ t(lang, Key::Seed) }</label>
                    <input id="ba-mc-seed" type="number" min="0" step="1" value={config.seed.to_string()}
                        onchange={set_seed} />
                </div>
            </div>
            <div>
                <input id="ba-mc-vary-rule" type="checkbox" checked={config.vary_rule} onchange={set_vary_rule} />
                <label for="ba-mc-vary-rule">{ t(lang, Key::VaryRule) }</label>
            </div>
            <p><button type="button" class="ba-button ba-button--quiet" onclick={run_again}>{ t(lang, Key::RunSensitivity) }</button></p>
            { status }
        </div>
    }
}
