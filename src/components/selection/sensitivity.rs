//! Runs the Monte Carlo sensitivity analysis in chunks (the page keeps answering input: no
//! task longer than a chunk), then the tipping points; results feed the table and the panel.

use std::collections::BTreeMap;
use std::rc::Rc;
use std::time::Duration;

use beleidsagenda_model::selection::scoring::Matrix;
use beleidsagenda_model::selection::sensitivity::{tipping_points, MonteCarlo, Stability, TippingPoint};
use beleidsagenda_model::selection::url_state::MAX_DRAWS;
use beleidsagenda_model::selection::MonteCarloConfig;
use beleidsagenda_model::selection::SelectionSettings;
use beleidsagenda_model::{t, t_with, Key, Lang};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{change, OnChange};
use crate::selection_url::HistoryStep;

/// Draws per task: 100 draws over 200 countries take well under 50 ms.
pub const DRAWS_PER_CHUNK: usize = 50;

#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    /// The settings (as URL query) the results belong to.
    pub query: String,
    pub draws_done: usize,
    pub finished: bool,
    pub stability: Rc<BTreeMap<String, Stability>>,
    pub tipping: Option<Rc<BTreeMap<String, TippingPoint>>>,
}

#[derive(Properties, PartialEq)]
pub struct SensitivityProps {
    pub lang: Lang,
    pub settings: Rc<SelectionSettings>,
    pub query: String,
    pub matrix: Rc<Matrix>,
    pub analysis: UseStateHandle<Option<Analysis>>,
    pub on_change: OnChange,
}

#[function_component(SensitivityPanel)]
pub fn sensitivity_panel(props: &SensitivityProps) -> Html {
    let lang = props.lang;
    let config = props.settings.sensitivity;
    // Bumped on every run, so an earlier run still going stops.
    let generation = use_mut_ref(|| 0u64);

    let set_config = |edit: fn(&mut MonteCarloConfig, f64)| {
        let (on_change, settings) = (props.on_change.clone(), Rc::clone(&props.settings));
        Callback::from(move |event: Event| {
            let Some(value) = event
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                .and_then(|i| i.value().replace(',', ".").parse::<f64>().ok())
            else {
                return;
            };
            change(&on_change, &settings, HistoryStep::Push, |s| {
                edit(&mut s.sensitivity, value)
            })
        })
    };

    let run = {
        let (settings, matrix, analysis, query) = (
            Rc::clone(&props.settings),
            Rc::clone(&props.matrix),
            props.analysis.clone(),
            props.query.clone(),
        );
        let generation = generation.clone();
        Callback::from(move |_: MouseEvent| {
            let run_id = {
                let mut current = generation.borrow_mut();
                *current += 1;
                *current
            };
            let (settings, matrix, analysis, query, generation) = (
                Rc::clone(&settings),
                Rc::clone(&matrix),
                analysis.clone(),
                query.clone(),
                generation.clone(),
            );
            yew::platform::spawn_local(async move {
                let mut mc = MonteCarlo::new(&matrix, &settings, settings.sensitivity);
                while !mc.is_finished() {
                    mc.step(&matrix, &settings, DRAWS_PER_CHUNK);
                    analysis.set(Some(Analysis {
                        query: query.clone(),
                        draws_done: mc.done(),
                        finished: false,
                        stability: Rc::new(mc.result(&matrix)),
                        tipping: None,
                    }));
                    // Yield to the browser between chunks.
                    yew::platform::time::sleep(Duration::from_millis(0)).await;
                    if *generation.borrow() != run_id {
                        return;
                    }
                }
                let tipping = tipping_points(&matrix, &settings);
                analysis.set(Some(Analysis {
                    query,
                    draws_done: mc.done(),
                    finished: true,
                    stability: Rc::new(mc.result(&matrix)),
                    tipping: Some(Rc::new(tipping)),
                }));
            });
        })
    };

    let status = match props.analysis.as_ref() {
        None => html! {},
        Some(a) if a.query != props.query => {
            html! { <p class="ba-notice" role="status">{ t(lang, Key::SensitivityStale) }</p> }
        }
        Some(a) if !a.finished => {
            html! { <p role="status" class="ba-progress">{ t_with(lang, Key::Running, &format!("{} / {}", a.draws_done, config.draws)) }</p> }
        }
        Some(a) => {
            html! { <p role="status" class="ba-notice ba-notice--ok">{ t_with(lang, Key::SensitivityDone, &a.draws_done.to_string()) }</p> }
        }
    };

    html! {
        <div class="ba-sensitivity">
            <p>{ t(lang, Key::SensitivityIntro) }</p>
            <div class="ba-inline-fields">
                <div class="ba-field">
                    <label for="ba-mc-draws">{ t(lang, Key::Draws) }</label>
                    <input id="ba-mc-draws" type="number" min="1" max={MAX_DRAWS.to_string()} step="100" value={config.draws.to_string()}
                        onchange={set_config(|c, v| c.draws = (v.round() as usize).clamp(1, MAX_DRAWS))} />
                </div>
                <div class="ba-field">
                    <label for="ba-mc-spread">{ t(lang, Key::Spread) }</label>
                    <input id="ba-mc-spread" type="number" min="0" max="100" step="5" value={format!("{}", (config.spread * 100.0).round())}
                        onchange={set_config(|c, v| c.spread = (v / 100.0).clamp(0.0, 1.0))} />
                </div>
                <div class="ba-field">
                    <label for="ba-mc-seed">{ t(lang, Key::Seed) }</label>
                    <input id="ba-mc-seed" type="number" min="0" step="1" value={config.seed.to_string()}
                        onchange={set_config(|c, v| c.seed = v.max(0.0) as u64)} />
                </div>
            </div>
            <p><button type="button" class="ba-button" onclick={run}>{ t(lang, Key::RunSensitivity) }</button></p>
            { status }
        </div>
    }
}
