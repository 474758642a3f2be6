//! One saved scenario in a list, with its load and delete buttons: the selection's and the
//! plan's scenario lists show them alike.

use beleidsagenda_model::plan::scenario::{Scenario, ScenarioList};
use beleidsagenda_model::{tr, Lang, Msg};
use yew::prelude::*;

use crate::state::scenario_store::store_list;

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
