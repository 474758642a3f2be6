use beleidsagenda_model::plan::labels::{org_name, plan_problem};
use beleidsagenda_model::plan::totals::{FteShortfall, Overcommitment};
use beleidsagenda_model::plan::{Org, PlanAction, PLAN_YEARS};
use beleidsagenda_model::text::format::{euros, fte};
use beleidsagenda_model::{t, tr, Key, Lang, Msg};
use yew::prelude::*;

use crate::components::citation::Citation;
use crate::components::plan::amount_input::AmountInput;
use crate::components::plan::line_row::fte_field;
use crate::components::plan::PlanView;
use crate::state::plan::PlanDispatch;

/// Every over-commitment and shortfall as one sentence each, for the page's live region.
pub fn warnings(view: &PlanView, over: &[Overcommitment], short: &[FteShortfall]) -> Vec<String> {
    let lang = view.lang;
    let mut out: Vec<String> = over
        .iter()
        .map(|o| {
            tr(
                lang,
                Msg::PlanOver {
                    envelope: &view.envelope_name(&o.envelope),
                    year: o.year,
                    excess: &euros(o.excess(), lang),
                },
            )
        })
        .collect();
    out.extend(short.iter().map(|s| {
        tr(
            lang,
            Msg::PlanFteShort {
                org: s.org.code(),
                year: s.year,
                planned: &fte(s.planned, lang),
                available: &fte(s.available, lang),
            },
        )
    }));
    out
}

#[derive(Properties, PartialEq)]
pub struct BudgetProps {
    pub view: PlanView,
}

/// The envelopes as their sources give them, against what the plan charges to each.
#[function_component(BudgetPanel)]
pub fn budget_panel(props: &BudgetProps) -> Html {
    let view = &props.view;
    let lang = view.lang;
    let over = view.totals.overcommitments(&view.envelopes);
    let blocks = view.envelopes.iter().map(|envelope| {
        let planned = |year: u16| view.totals.planned(&envelope.id, year);
        let missing = || html! { <span class="ba-missing">{ t(lang, Key::NotAvailable) }</span> };
        let available_cells = PLAN_YEARS.iter().map(|&y| html! {
            <td class="ba-num">{ envelope.available(y).map(|a| html! { { euros(a, lang) } }).unwrap_or_else(missing) }</td>
        });
        let planned_cells = PLAN_YEARS.iter().map(|&y| html! { <td class="ba-num">{ euros(planned(y), lang) }</td> });
        let left_cells = PLAN_YEARS.iter().map(|&y| match envelope.available(y) {
            None => html! { <td class="ba-num">{ missing() }</td> },
            Some(available) => match over.iter().find(|o| o.envelope == envelope.id && o.year == y) {
                Some(o) => html! {
                    <td class="ba-num ba-over"><strong class="ba-over__text">{ "⚠ " }{ t(lang, Key::PlanOverBy) }{" "}{ euros(o.excess(), lang) }</strong></td>
                },
                None => html! { <td class="ba-num">{ euros(available - planned(y), lang) }</td> },
            },
        });
        let heading_id = format!("ba-envelope-{}", envelope.id);
        html! {
            <section class="ba-plan__envelope" aria-labelledby={heading_id.clone()}>
                <h3 id={heading_id}>{ envelope.name.get(lang) }</h3>
                <div class="ba-table-wrap" tabindex="0" role="group" aria-label={envelope.name.get(lang).to_string()}>
                    <table class="ba-table">
                        <caption class="ba-visually-hidden">{ envelope.name.get(lang) }</caption>
                        <thead><tr>
                            <td></td>
                            { for PLAN_YEARS.iter().map(|y| html! { <th scope="col" class="ba-num">{ y }</th> }) }
                        </tr></thead>
                        <tbody>
                            <tr><th scope="row">{ t(lang, Key::PlanAvailable) }</th>{ for available_cells }</tr>
                            <tr><th scope="row">{ t(lang, Key::PlanPlanned) }</th>{ for planned_cells }</tr>
                            <tr><th scope="row">{ t(lang, Key::PlanLeftOrOver) }</th>{ for left_cells }</tr>
                        </tbody>
                    </table>
                </div>
                if let Some(assumption) = &envelope.assumption {
                    <p class="ba-assumption"><strong>{ t(lang, Key::Assumption) }{": "}</strong>{ assumption.get(lang) }</p>
                }
                if let Some(note) = &envelope.note {
                    <p class="ba-note">{ note.get(lang) }</p>
                }
                <Citation {lang} refs={envelope.sources.clone()} />
            </section>
        }
    });
    html! {
        <>
            <p>{ t(lang, Key::PlanEnvelopesIntro) }</p>
            { for blocks }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct CapacityProps {
    pub view: PlanView,
    pub dispatch: PlanDispatch,
}

/// FTE per organisation: what is available (the user says; unknown until then) against what
/// the plan asks of it as lead.
#[function_component(CapacityPanel)]
pub fn capacity_panel(props: &CapacityProps) -> Html {
    let view = &props.view;
    let lang = view.lang;
    let short = view.totals.fte_shortfalls(&view.plan);
    let row = |org: Org| {
        let available = view.plan.fte_available.get(&org).copied();
        let commit = {
            let dispatch = props.dispatch.clone();
            Callback::from(move |text: String| {
                dispatch
                    .apply(PlanAction::SetFteAvailable { org, text })
                    .map_err(|p| plan_problem(&p, lang))
            })
        };
        html! {
            <tr>
                <th scope="row"><abbr title={t(lang, org_name(org))}>{ org.code() }</abbr></th>
                <td>
                    <AmountInput {lang} id={format!("ba-fte-available-{}", org.token())} inputmode="decimal"
                        label={format!("{}, {}", t(lang, Key::PlanFteAvailable), org.code())}
                        value={available.map(|a| if a == 0 { "0".to_string() } else { fte_field(a, lang) }).unwrap_or_default()} {commit} />
                    if available.is_none() {
                        <span class="ba-missing">{ " " }{ t(lang, Key::PlanUnknown) }</span>
                    }
                </td>
                { for PLAN_YEARS.iter().map(|&year| {
                    let planned = view.totals.fte_planned(org, year);
                    let is_short = short.iter().any(|s| s.org == org && s.year == year);
                    html! {
                        <td class={classes!("ba-num", is_short.then_some("ba-over"))}>
                            { fte(planned, lang) }
                            if is_short { <br /><strong class="ba-over__text">{ "⚠ " }{ t(lang, Key::PlanShort) }</strong> }
                        </td>
                    }
                }) }
            </tr>
        }
    };
    html! {
        <>
            <p>{ t(lang, Key::PlanCapacityIntro) }</p>
            <div class="ba-table-wrap" tabindex="0" role="group" aria-label={t(lang, Key::PlanCapacityTitle)}>
                <table class="ba-table">
                    <caption class="ba-visually-hidden">{ t(lang, Key::PlanCapacityTitle) }</caption>
                    <thead><tr>
                        <th scope="col">{ t(lang, Key::PlanOrganisation) }</th>
                        <th scope="col">{ t(lang, Key::PlanFteAvailable) }</th>
                        { for PLAN_YEARS.iter().map(|y| html! { <th scope="col" class="ba-num">{ t(lang, Key::PlanFtePlanned) }{" "}{ y }</th> }) }
                    </tr></thead>
                    <tbody>{ for Org::ALL.into_iter().map(row) }</tbody>
                </table>
            </div>
        </>
    }
}

pub fn live_text(lang: Lang, warnings: &[String]) -> String {
    if warnings.is_empty() {
        tr(lang, Msg::PlanNothingOver)
    } else {
        warnings.join(" ")
    }
}
