use beleidsagenda_model::plan::labels::plan_problem;
use beleidsagenda_model::plan::propose::{candidates, propose, Method, Proposal};
use beleidsagenda_model::plan::PlanAction;
use beleidsagenda_model::selection::labels::tier as tier_key;
use beleidsagenda_model::text::format::{euros, fixed};
use beleidsagenda_model::{t, tr, Key, Msg};
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

    let rows = view.plan.countries().into_iter().map(|iso3| {
        let ranked = view.ranking.iter().find(|r| r.iso3 == iso3);
        let spend = view.totals.by_country.get(&iso3).copied().unwrap_or(0);
        let score = ranked.and_then(|r| r.score);
        let per_million = score.filter(|_| spend > 0).map(|s| s / (spend as f64 / 1_000_000.0));
        html! {
            <tr>
                <th scope="row">{ view.country_name(&iso3) }</th>
                <td>{ view.tier(&iso3).map(|x| t(lang, tier_key(x))).unwrap_or(t(lang, Key::PlanNoTier)) }</td>
                <td class="ba-num">{ score.map(|s| fixed(s, 2, lang)).unwrap_or_else(|| t(lang, Key::NotAvailable).to_string()) }</td>
                <td class="ba-num">{ euros(spend, lang) }</td>
                <td class="ba-num">{ per_million.map(|v| fixed(v, 3, lang)).unwrap_or_else(|| "—".to_string()) }</td>
            </tr>
        }
    });

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
            if view.plan.rows.is_empty() {
                <p>{ t(lang, Key::PlanNoCountries) }</p>
            } else {
                <div class="ba-table-wrap" tabindex="0" role="group" aria-label={t(lang, Key::PlanValueTitle)}>
                    <table class="ba-table">
                        <caption class="ba-visually-hidden">{ t(lang, Key::PlanValueTitle) }</caption>
                        <thead><tr>
                            <th scope="col">{ t(lang, Key::Country) }</th>
                            <th scope="col">{ t(lang, Key::Tier) }</th>
                            <th scope="col" class="ba-num">{ t(lang, Key::Score) }</th>
                            <th scope="col" class="ba-num">{ t(lang, Key::PlanTotal) }</th>
                            <th scope="col" class="ba-num">{ t(lang, Key::PlanScorePerMillion) }</th>
                        </tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            }
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
                <section class="ba-proposal" aria-labelledby="ba-proposal-title">
                    <h4 id="ba-proposal-title">{ tr(lang, Msg::PlanProposalSummary { count: p.picks.len(), score: &fixed(p.total_score, 2, lang), cost: &euros(p.total_cost, lang) }) }</h4>
                    if !p.proven {
                        <p class="ba-note">{ t(lang, Key::PlanExactNotProven) }</p>
                    }
                    if !p.unknown_years.is_empty() {
                        <p class="ba-note">{ tr(lang, Msg::PlanProposalUnknownYears { years: &p.unknown_years.iter().map(|y| y.to_string()).collect::<Vec<_>>().join(", ") }) }</p>
                    }
                    if p.picks.is_empty() {
                        <p>{ t(lang, Key::PlanProposalNothingFits) }</p>
                    } else {
                        <ul class="ba-diff">
                            { for p.picks.iter().map(|pick| html! {
                                <li class="ba-diff__add">
                                    <span class="ba-visually-hidden">{ t(lang, Key::PlanAdded) }{" "}</span>
                                    <span aria-hidden="true">{ "+ " }</span>
                                    { view.country_name(&pick.iso3) }{" · "}{ t(lang, tier_key(pick.tier)) }
                                    {" · "}{ t(lang, Key::Score) }{" "}{ fixed(pick.score, 2, lang) }
                                    {" · "}{ euros(pick.cost, lang) }
                                </li>
                            }) }
                        </ul>
                    }
                    <div class="ba-actions">
                        <button type="button" class="ba-button" onclick={accept} disabled={p.picks.is_empty()}>{ t(lang, Key::PlanAccept) }</button>
                        <button type="button" class="ba-button ba-button--quiet" onclick={reject}>{ t(lang, Key::PlanReject) }</button>
                    </div>
                </section>
            }
        </>
    }
}
