//! The weights: a slider per criterion (0–5) with its share of the total, and the presets.

use std::rc::Rc;

use beleidsagenda_model::selection::action::SelectionAction;
use beleidsagenda_model::selection::grade::Grade;
use beleidsagenda_model::selection::limits::MAX_GRADE;
use beleidsagenda_model::selection::Preset;
use beleidsagenda_model::text::format::percent;
use beleidsagenda_model::{t, tr, Key, Msg};
use yew::prelude::*;

use std::cell::RefCell;

use super::{input_number, ControlsProps};

fn preset_key(preset: Preset) -> Key {
    match preset {
        Preset::Equal => Key::PresetEqual,
        Preset::Inflow => Key::PresetInflow,
        Preset::Return => Key::PresetReturn,
        Preset::BroadPartnership => Key::PresetBroad,
    }
}

/// `last_slider` is the slider moved last: further input on it replaces the history entry, so
/// one drag is one step back.
#[inline(always)]
pub(super) fn weights_fieldset(props: &ControlsProps, last_slider: &Rc<RefCell<Option<String>>>) -> Html {
    let lang = props.lang;
    let settings = &props.settings;
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
    html! {
    <fieldset class="ba-fieldset">
        <legend>{ t(lang, Key::WeightsTitle) }</legend>
        <p class="ba-note" id="ba-defaults-note">{ t(lang, Key::DefaultsNote) }</p>
        <div class="ba-presets" role="group" aria-label={t(lang, Key::PresetsLabel)}>
            <span class="ba-presets__label" aria-hidden="true">{ t(lang, Key::PresetsLabel) }{": "}</span>
            { for presets }
        </div>
        { for sliders }
    </fieldset>
    }
}
