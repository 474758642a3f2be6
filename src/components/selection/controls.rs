//! Weights (0–5 per criterion, presets), normalisation, tier rule, coverage threshold and the
//! region filter.

use std::rc::Rc;

use beleidsagenda_model::selection::action::{SelectionAction, TierBound, TierRuleKind};
use beleidsagenda_model::selection::grade::Grade;
use beleidsagenda_model::selection::limits::{MAX_GRADE, MAX_TIER_COUNT};
use beleidsagenda_model::selection::scoring::{CensoredRule, Normalisation};
use beleidsagenda_model::selection::{Preset, SelectionSettings, TierRule};
use beleidsagenda_model::text::format::{number, percent};
use beleidsagenda_model::{t, tr, Dataset, Key, Lang, Msg, Region};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::labels;
use crate::state::selection::Dispatch;

#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub settings: Rc<SelectionSettings>,
    pub dispatch: Dispatch,
}

/// The number in the input an event came from; a comma is read as the decimal sign.
pub fn input_number<E: AsRef<Event>>(event: &E) -> Option<f64> {
    event
        .as_ref()
        .target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        .and_then(|i| i.value().replace(',', ".").parse::<f64>().ok())
}

pub fn input_checked(event: &Event) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        .map(|i| i.checked())
        .unwrap_or(false)
}

fn preset_key(preset: Preset) -> Key {
    match preset {
        Preset::Equal => Key::PresetEqual,
        Preset::Inflow => Key::PresetInflow,
        Preset::Return => Key::PresetReturn,
        Preset::BroadPartnership => Key::PresetBroad,
    }
}

#[function_component(Controls)]
pub fn controls(props: &ControlsProps) -> Html {
    let lang = props.lang;
    let settings = &props.settings;
    // Which slider was moved last: further input on it replaces the history entry, so one
    // drag is one step back.
    let last_slider = use_mut_ref(|| None::<String>);
    let total: f64 = settings.grades.values().map(|g| f64::from(g.get())).sum();

    let presets = Preset::ALL.into_iter().map(|preset| {
        let active = settings.grades == preset.grades(&props.dataset);
        let onclick = props.dispatch.on(move |_: MouseEvent| Some(SelectionAction::ApplyPreset(preset)));
        html! { <button type="button" class="ba-button ba-button--quiet" aria-pressed={active.to_string()} {onclick}>{ t(lang, preset_key(preset)) }</button> }
    });

    let sliders = props.dataset.indicators.iter().map(|indicator| {
        let id = indicator.id.clone();
        let grade = settings.grades.get(&id).copied().unwrap_or_default();
        let input_id = format!("ba-weight-{id}");
        let hint_id = format!("ba-weight-hint-{id}");
        let oninput = {
            let (dispatch, last_slider, id) = (props.dispatch.clone(), last_slider.clone(), id.clone());
            Callback::from(move |event: InputEvent| {
                let Some(value) = input_number(&event) else { return };
                let action = SelectionAction::SetGrade { criterion: id.clone(), grade: Grade::nearest(value) };
                let same_slider = last_slider.borrow().as_deref() == Some(id.as_str());
                *last_slider.borrow_mut() = Some(id.clone());
                let _ = if same_slider { dispatch.replace(action) } else { dispatch.push(action) };
            })
        };
        let share = if total > 0.0 && grade > Grade::ZERO {
            tr(lang, Msg::WeightShare { share: &percent(f64::from(grade.get()) / total, lang) })
        } else {
            t(lang, Key::NotWeighed).to_string()
        };
        html! {
            <div class="ba-weight" key={id.clone()}>
                <label for={input_id.clone()} class="ba-weight__label">{ indicator.name.get(lang) }</label>
                <div class="ba-weight__control">
                    <input id={input_id.clone()} type="range" min="0" max={MAX_GRADE.to_string()} step="1" value={grade.to_string()}
                        aria-describedby={hint_id.clone()} aria-valuetext={format!("{grade} — {share}")} {oninput} />
                    <output for={input_id} class="ba-weight__grade">{ grade.to_string() }</output>
                </div>
                <p id={hint_id} class="ba-weight__hint">{ share }{" · "}{ indicator.description.get(lang) }</p>
            </div>
        }
    });

    let set_method = |method: Normalisation| {
        props
            .dispatch
            .on(move |_: Event| Some(SelectionAction::SetMethod(method)))
    };
    let censored_rules = CensoredRule::ALL.into_iter().map(|rule| {
        let checked = settings.normalisation.censored == rule;
        let onchange = props
            .dispatch
            .on(move |_: Event| Some(SelectionAction::SetCensored(rule)));
        let id = format!(
            "ba-censored-{}",
            beleidsagenda_model::selection::url_state::censored_code(rule)
        );
        html! {
            <div>
                <input type="radio" id={id.clone()} name="ba-censored" {checked} {onchange} />
                <label for={id}>{ t(lang, labels::censored_rule(rule)) }</label>
            </div>
        }
    });
    let toggle_log = props
        .dispatch
        .on(|event: Event| Some(SelectionAction::SetLogForSkewed(input_checked(&event))));

    let (by_top, first, second) = match settings.tier_rule {
        TierRule::TopN { intensive, targeted } => (true, intensive as f64, targeted as f64),
        TierRule::Thresholds { intensive, targeted } => (false, intensive, targeted),
    };
    let set_rule_kind = |kind: TierRuleKind| {
        props
            .dispatch
            .on(move |_: Event| Some(SelectionAction::SetTierRuleKind(kind)))
    };
    let set_tier_number = |bound: TierBound| {
        props.dispatch.on(move |event: Event| {
            input_number(&event).map(|value| SelectionAction::SetTierBound { bound, value })
        })
    };
    let set_coverage = props.dispatch.on(|event: Event| {
        input_number(&event).map(|percent| SelectionAction::SetMinCoverage(percent / 100.0))
    });
    let regions = Region::ALL.into_iter().map(|region| {
        let checked = settings.regions.is_empty() || settings.regions.contains(&region);
        let onchange = props.dispatch.on(move |event: Event| {
            Some(SelectionAction::ShowRegion {
                region,
                shown: input_checked(&event),
            })
        });
        let id = format!(
            "ba-region-{}",
            beleidsagenda_model::selection::url_state::region_code(region)
        );
        html! {
            <li>
                <input type="checkbox" id={id.clone()} {checked} {onchange} />
                <label for={id}>{ t(lang, labels::region(region)) }</label>
            </li>
        }
    });

    html! {
        <div class="ba-controls">
            <fieldset class="ba-fieldset">
                <legend>{ t(lang, Key::WeightsTitle) }</legend>
                <p class="ba-note" id="ba-defaults-note">{ t(lang, Key::DefaultsNote) }</p>
                <div class="ba-presets" role="group" aria-label={t(lang, Key::PresetsLabel)}>
                    <span class="ba-presets__label" aria-hidden="true">{ t(lang, Key::PresetsLabel) }{": "}</span>
                    { for presets }
                </div>
                { for sliders }
            </fieldset>
            <fieldset class="ba-fieldset">
                <legend>{ t(lang, Key::NormalisationTitle) }</legend>
                <div><input type="radio" id="ba-norm-minmax" name="ba-norm" checked={settings.normalisation.method == Normalisation::MinMax} onchange={set_method(Normalisation::MinMax)} />
                    <label for="ba-norm-minmax">{ t(lang, Key::NormMinMax) }</label></div>
                <div><input type="radio" id="ba-norm-rank" name="ba-norm" checked={settings.normalisation.method == Normalisation::Rank} onchange={set_method(Normalisation::Rank)} />
                    <label for="ba-norm-rank">{ t(lang, Key::NormRank) }</label></div>
                <div><input type="checkbox" id="ba-norm-log" checked={settings.normalisation.log_for_skewed} onchange={toggle_log} />
                    <label for="ba-norm-log">{ t(lang, Key::LogForSkewed) }</label></div>
            </fieldset>
            <fieldset class="ba-fieldset" aria-describedby="ba-censored-help">
                <legend>{ t(lang, Key::CensoredTitle) }</legend>
                <p id="ba-censored-help" class="ba-weight__hint">{ t(lang, Key::CensoredHelp) }</p>
                { for censored_rules }
            </fieldset>
            <fieldset class="ba-fieldset">
                <legend>{ t(lang, Key::TiersTitle) }</legend>
                <div><input type="radio" id="ba-tiers-top" name="ba-tiers" checked={by_top} onchange={set_rule_kind(TierRuleKind::TopN)} />
                    <label for="ba-tiers-top">{ t(lang, Key::TierByTopN) }</label></div>
                <div><input type="radio" id="ba-tiers-score" name="ba-tiers" checked={!by_top} onchange={set_rule_kind(TierRuleKind::Thresholds)} />
                    <label for="ba-tiers-score">{ t(lang, Key::TierByThreshold) }</label></div>
                <div class="ba-field">
                    <label for="ba-tier-first">{ t(lang, if by_top { Key::TierIntensiveCount } else { Key::TierIntensiveMin }) }</label>
                    <input id="ba-tier-first" type="number" min="0" max={if by_top { MAX_TIER_COUNT.to_string() } else { "1".to_string() }} step={if by_top { "1" } else { "0.01" }}
                        value={if by_top { (first as usize).to_string() } else { number(first, Lang::En).to_string() }} onchange={set_tier_number(TierBound::Intensive)} />
                </div>
                <div class="ba-field">
                    <label for="ba-tier-second">{ t(lang, if by_top { Key::TierTargetedCount } else { Key::TierTargetedMin }) }</label>
                    <input id="ba-tier-second" type="number" min="0" max={if by_top { MAX_TIER_COUNT.to_string() } else { "1".to_string() }} step={if by_top { "1" } else { "0.01" }}
                        value={if by_top { (second as usize).to_string() } else { number(second, Lang::En).to_string() }} onchange={set_tier_number(TierBound::Targeted)} />
                </div>
            </fieldset>
            <fieldset class="ba-fieldset">
                <legend>{ t(lang, Key::CoverageThresholdTitle) }</legend>
                <div class="ba-field">
                    <label for="ba-coverage-min">{ t(lang, Key::CoverageThreshold) }</label>
                    <input id="ba-coverage-min" type="number" min="0" max="100" step="5" aria-describedby="ba-coverage-help"
                        value={format!("{}", (settings.min_coverage * 100.0).round())} onchange={set_coverage} />
                </div>
                <p id="ba-coverage-help" class="ba-weight__hint">{ t(lang, Key::CoverageThresholdHelp) }</p>
            </fieldset>
            <fieldset class="ba-fieldset">
                <legend>{ t(lang, Key::RegionFilterTitle) }</legend>
                <p class="ba-weight__hint">{ t(lang, Key::RegionFilterHelp) }</p>
                <ul class="ba-checklist">{ for regions }</ul>
            </fieldset>
        </div>
    }
}
