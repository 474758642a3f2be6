//! Weights (0–5 per criterion, presets), normalisation, tier rule, coverage threshold and the
//! region filter.

mod rules;
mod weights;

use std::rc::Rc;

use beleidsagenda_model::selection::SelectionSettings;
use beleidsagenda_model::{Dataset, Lang};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

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

#[function_component(Controls)]
pub fn controls(props: &ControlsProps) -> Html {
    // Which slider was moved last: further input on it replaces the history entry, so one
    // drag is one step back.
    let last_slider = use_mut_ref(|| None::<String>);
    html! {
        <div class="ba-controls">
            { weights::weights_fieldset(props, &last_slider) }
            { rules::normalisation_fieldsets(props) }
            { rules::tier_fieldset(props) }
            { rules::filter_fieldsets(props) }
        </div>
    }
}
