//! The scenarios saved in this browser as the selection and the plan both show them: the form
//! that saves one under a name, one saved scenario with its load and delete buttons, and the
//! choice of two to compare.

use beleidsagenda_model::plan::scenario::{Scenario, ScenarioList};
use beleidsagenda_model::{t, tr, Key, Lang, Msg};
use yew::prelude::*;

use crate::state::scenario_store::store_list;

/// The form that saves what is in use under a name; `id` names its input.
pub fn save_form(
    lang: Lang,
    id: &'static str,
    name: NodeRef,
    submit: Key,
    onsubmit: Callback<SubmitEvent>,
) -> Html {
    html! {
        <form class="ba-form ba-inline-fields ba-no-print" {onsubmit}>
            <div class="ba-field">
                <label for={id}>{ t(lang, Key::ScenarioName) }</label>
                <input {id} type="text" ref={name} maxlength="80" />
            </div>
            <button type="submit" class="ba-button">{ t(lang, submit) }</button>
        </form>
    }
}

/// The saved scenarios as a list, or that there are none.
pub fn saved_list(lang: Lang, none: Key, rows: Vec<Html>) -> Html {
    if rows.is_empty() {
        html! { <p>{ t(lang, none) }</p> }
    } else {
        html! { <ul class="ba-scenario-list">{ for rows }</ul> }
    }
}

/// The choice of the two sides to compare: what is in use (the value "", called `in_use`) or a
/// saved scenario by name. `id` prefixes the two selects' ids.
pub fn compare_choice(
    lang: Lang,
    id: &str,
    in_use: Key,
    names: &[&str],
    left: &UseStateHandle<String>,
    right: &UseStateHandle<String>,
) -> Html {
    let side = |label: Key, side: &str, handle: &UseStateHandle<String>| {
        let chosen = handle.as_str();
        let onchange = {
            let handle = handle.clone();
            Callback::from(move |event: Event| handle.set(crate::dom::input_value(&event)))
        };
        let select_id = format!("{id}-{side}");
        html! {
            <div class="ba-field">
                <label for={select_id.clone()}>{ t(lang, label) }</label>
                <select id={select_id} {onchange}>
                    <option value="" selected={chosen.is_empty()}>{ t(lang, in_use) }</option>
                    { for names.iter().map(|name| html! { <option value={name.to_string()} selected={*name == chosen}>{ name }</option> }) }
                </select>
            </div>
        }
    };
    html! {
        <>
            <h3>{ t(lang, Key::CompareTitle) }</h3>
            <div class="ba-inline-fields">
                { side(Key::CompareLeft, "left", left) }
                { side(Key::CompareRight, "right", right) }
            </div>
        </>
    }
}

pub fn scenario_item(
    lang: Lang,
    scenario: &Scenario,
    state: &UseStateHandle<(ScenarioList, Option<crate::storage::SetAside>)>,
    load: Callback<MouseEvent>,
) -> Html {
    let delete = {
        let (state, name) = (state.clone(), scenario.name.clone());
        Callback::from(move |_: MouseEvent| {
            let (mut list, damaged) = (*state).clone();
            list.remove(&name);
            // Refused, the deleted scenario only comes back after a reload: nothing is lost.
            let _kept = store_list(&list);
            state.set((list, damaged));
        })
    };
    html! {
        <li key={scenario.name.clone()}>
            <strong>{ &scenario.name }</strong>{" ("}{ &scenario.saved }{") "}
            <button type="button" class="ba-button ba-button--quiet ba-button--small" onclick={load}>{ tr(lang, Msg::LoadScenario { name: &scenario.name }) }</button>
            <button type="button" class="ba-button ba-button--quiet ba-button--small" onclick={delete}>{ tr(lang, Msg::DeleteScenario { name: &scenario.name }) }</button>
        </li>
    }
}
