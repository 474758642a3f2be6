//! Planned spend next to score and tier, and proposals that fill an envelope.

mod parts;

use beleidsagenda_model::plan::labels::plan_problem;
use beleidsagenda_model::plan::propose::{candidates, propose, Method, Proposal};
use beleidsagenda_model::plan::PlanAction;
use beleidsagenda_model::{t, Key};
use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::components::plan::PlanView;
use crate::state::plan::PlanDispatch;

#[derive(Properties, PartialEq)]
pub struct ValueProps {
    pub view: PlanView,
    pub dispatch: PlanDispatch,
}

/// Planned spend next to score and tier, and proposals that fill an envelope by score per
/// euro (greedy) or by the best total score (exact), shown as a change to accept or reject.
#[function_component(ValuePanel)]
pub fn value_panel(props: &ValueProps) -> Html {
    let view = &props.view;
    let lang = view.lang;
    let envelope = use_state(|| view.envelopes.first().map(|e| e.id.clone()).unwrap_or_default());
    let method = use_state(|| Method::Exact);
    let proposal = use_state(|| None::<Proposal>);
    let message = use_state(|| None::<String>);

    let choose_envelope = {
        let envelope = envelope.clone();
        Callback::from(move |e: Event| {
            if let Some(s) = e.target().and_then(|t| t.dyn_into::<HtmlSelectElement>().ok()) {
                envelope.set(s.value());
            }
        })
    };
    let choose_method = {
        let method = method.clone();
        Callback::from(move |e: Event| {
            if let Some(s) = e.target().and_then(|t| t.dyn_into::<HtmlSelectElement>().ok()) {
                method.set(if s.value() == "greedy" {
                    Method::Greedy
                } else {
                    Method::Exact
                });
            }
        })
    };
    let make = {
        let (view, envelope, method, proposal, message) = (
            view.clone(),
            envelope.clone(),
            method.clone(),
            proposal.clone(),
            message.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some(e) = view.envelopes.iter().find(|e| e.id == *envelope) else {
                return;
            };
            let cands = candidates(&view.plan, &view.ranking);
            if cands.is_empty() {
                proposal.set(None);
                message.set(Some(t(lang, Key::PlanProposeNoCandidates).to_string()));
                return;
            }
            message.set(None);
            proposal.set(Some(propose(e, &view.totals, &cands, *method)));
        })
    };
    let accept = {
        let (dispatch, proposal, message) = (props.dispatch.clone(), proposal.clone(), message.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(p) = (*proposal).clone() else { return };
            match dispatch.apply(PlanAction::AcceptProposal(p)) {
                Ok(()) => {
                    proposal.set(None);
                    message.set(Some(t(lang, Key::PlanProposalAccepted).to_string()));
                }
                Err(problem) => message.set(Some(plan_problem(&problem, lang))),
            }
        })
    };
    let reject = {
        let (proposal, message) = (proposal.clone(), message.clone());
        Callback::from(move |_: MouseEvent| {
            proposal.set(None);
            message.set(Some(t(lang, Key::PlanProposalRejected).to_string()));
        })
    };
    html! {
        <>
            <p>{ t(lang, Key::PlanValueIntro) }</p>
            { parts::value_table(view) }
            <h3>{ t(lang, Key::PlanProposeTitle) }</h3>
            <p>{ t(lang, Key::PlanProposeIntro) }</p>
            <div class="ba-inline-fields ba-no-print">
                <div class="ba-field">
                    <label for="ba-propose-envelope">{ t(lang, Key::PlanEnvelope) }</label>
                    <select id="ba-propose-envelope" onchange={choose_envelope}>
                        { for view.envelopes.iter().map(|e| html! { <option value={e.id.clone()} selected={e.id == *envelope}>{ e.name.get(lang) }</option> }) }
                    </select>
                </div>
                <div class="ba-field">
                    <label for="ba-propose-method">{ t(lang, Key::PlanProposeMethod) }</label>
                    <select id="ba-propose-method" onchange={choose_method}>
                        <option value="exact" selected={*method == Method::Exact}>{ t(lang, Key::PlanMethodExact) }</option>
                        <option value="greedy" selected={*method == Method::Greedy}>{ t(lang, Key::PlanMethodGreedy) }</option>
                    </select>
                </div>
                <button type="button" class="ba-button" onclick={make}>{ t(lang, Key::PlanPropose) }</button>
            </div>
            <div role="status">
                if let Some(text) = &*message { <p class="ba-notice">{ text }</p> }
            </div>
            if let Some(p) = &*proposal {
                { parts::proposal_view(view, p, accept, reject) }
            }
        </>
    }
}
