use std::rc::Rc;

use beleidsagenda_model::plan::labels::plan_problem;
use beleidsagenda_model::plan::{LineRef, PlanAction};
use beleidsagenda_model::selection::export::tier_code;
use beleidsagenda_model::selection::labels::tier as tier_key;
use beleidsagenda_model::selection::Tier;
use beleidsagenda_model::{t, tr, Key, Msg};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::components::plan::line_row::{line_head, LineRow};
use crate::components::plan::{first_selected, PlanView};
use crate::state::plan::PlanDispatch;

#[derive(Properties, PartialEq)]
pub struct PackagesProps {
    pub view: PlanView,
    pub dispatch: PlanDispatch,
}

/// The standard package per tier: the fast way in. Its lines are copied to every country of
/// the tier that does not have the instrument yet, then edited per country.
#[function_component(PackagesPanel)]
pub fn packages_panel(props: &PackagesProps) -> Html {
    let view = &props.view;
    let lang = view.lang;
    let message = use_state(|| None::<String>);
    let tier_block = |tier: Tier| {
        let code = tier_code(Some(tier));
        let lines = view.plan.packages.get(&tier).cloned().unwrap_or_default();
        let countries: Vec<String> = view
            .ranking
            .iter()
            .filter(|r| r.tier == Some(tier))
            .map(|r| r.iso3.clone())
            .collect();
        let select = NodeRef::default();
        let add = {
            let (dispatch, select, message) = (props.dispatch.clone(), select.clone(), message.clone());
            Callback::from(move |_: MouseEvent| {
                let Some(instrument) = select.cast::<HtmlSelectElement>().map(|s| s.value()) else {
                    return;
                };
                match dispatch.apply(PlanAction::AddPackageLine { tier, instrument }) {
                    Ok(()) => message.set(None),
                    Err(p) => message.set(Some(plan_problem(&p, lang))),
                }
            })
        };
        let apply = {
            let (dispatch, message, countries) = (props.dispatch.clone(), message.clone(), countries.clone());
            Callback::from(move |_: MouseEvent| {
                match dispatch.apply(PlanAction::ApplyPackage {
                    tier,
                    countries: countries.clone(),
                }) {
                    Ok(()) => message.set(None),
                    Err(p) => message.set(Some(plan_problem(&p, lang))),
                }
            })
        };
        let rows = lines.iter().enumerate().map(|(index, line)| {
            html! {
                <LineRow key={format!("{code}-{index}-{}", line.instrument)} lang={lang} envelopes={Rc::clone(&view.envelopes)} dispatch={props.dispatch.clone()}
                    line={LineRef::Package { tier, index }} name={view.instrument_name(&line.instrument)} instrument={line.instrument.clone()} lead={line.lead}
                    contributors={line.contributors.clone()} envelope={line.envelope.clone()} years={line.years.clone()}
                    remove={PlanAction::RemovePackageLine { tier, index }} />
            }
        });
        let heading_id = format!("ba-package-{code}");
        html! {
            // An empty package is left out of a print: it holds nothing to read.
            <section class={classes!("ba-plan__package", lines.is_empty().then_some("ba-no-print"))} aria-labelledby={heading_id.clone()}>
                <h3 id={heading_id}>{ t(lang, tier_key(tier)) }</h3>
                if lines.is_empty() {
                    <p>{ t(lang, Key::PlanPackageEmpty) }</p>
                } else {
                    <div class="ba-table-wrap" tabindex="0" role="group" aria-label={t(lang, tier_key(tier))}>
                        <table class="ba-table ba-plan__lines">
                            <caption class="ba-visually-hidden">{ t(lang, Key::PlanPackagesTitle) }{": "}{ t(lang, tier_key(tier)) }</caption>
                            { line_head(lang) }
                            <tbody>{ for rows }</tbody>
                        </table>
                    </div>
                }
                <div class="ba-inline-fields ba-no-print">
                    <div class="ba-field">
                        <label for={format!("ba-package-add-{code}")}>{ t(lang, Key::PlanAddInstrument) }</label>
                        <select id={format!("ba-package-add-{code}")} ref={select}>
                            { for first_selected(view.dataset.instruments.iter().map(|i| (i.id.clone(), i.name.get(lang).to_string()))) }
                        </select>
                    </div>
                    <button type="button" class="ba-button ba-button--quiet" onclick={add}>{ t(lang, Key::PlanAdd) }</button>
                    <button type="button" class="ba-button" onclick={apply} disabled={countries.is_empty() || lines.is_empty()}>
                        { tr(lang, Msg::PlanApplyPackage { count: countries.len() }) }
                    </button>
                </div>
            </section>
        }
    };
    html! {
        <>
            <p>{ t(lang, Key::PlanPackagesIntro) }</p>
            <p class="ba-assumption">{ t(lang, Key::PlanPackagesAssumption) }</p>
            if let Some(text) = &*message {
                <p class="ba-field-error" role="alert">{ text }</p>
            }
            { for Tier::ALL.into_iter().map(tier_block) }
        </>
    }
}
