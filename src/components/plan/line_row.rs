use std::collections::BTreeMap;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use beleidsagenda_model::plan::labels::{org_name, plan_problem};
use beleidsagenda_model::plan::memo::labels::channel_label;
use beleidsagenda_model::plan::{Channel, Envelope, Field, LineRef, Org, PlanAction, YearAmount, PLAN_YEARS};
use beleidsagenda_model::selection::export::tier_code;
use beleidsagenda_model::text::format::{euros, fte};
use beleidsagenda_model::{t, tr, Key, Lang, Msg};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::components::plan::amount_input::AmountInput;
use crate::state::plan::PlanDispatch;

static LINE_RENDERS: AtomicUsize = AtomicUsize::new(0);

/// How many times a plan line rendered since the app started: the wasm tests read it to prove
/// that one edit re-renders only the line it changed.
pub fn line_renders() -> usize {
    LINE_RENDERS.load(Ordering::Relaxed)
}

/// The stored amount as it is typed: grouped, without "EUR"; nothing for zero.
pub fn euro_field(amount: i64, lang: Lang) -> String {
    if amount == 0 {
        String::new()
    } else {
        euros(amount, lang).trim_start_matches("EUR ").to_string()
    }
}

pub fn fte_field(hundredths: u32, lang: Lang) -> String {
    if hundredths == 0 {
        String::new()
    } else {
        fte(hundredths, lang)
    }
}

/// An id-safe token for a line: `row-mar-return-agreements`, `pkg-intensive-0`.
pub fn line_token(line: &LineRef) -> String {
    match line {
        LineRef::Row { country, instrument } => format!("row-{}-{}", country.to_lowercase(), instrument),
        LineRef::Package { tier, index } => format!("pkg-{}-{index}", tier_code(Some(*tier))),
    }
}

/// Only what the line shows, so that an edit re-renders the lines it changed and no others.
#[derive(Properties, PartialEq)]
pub struct LineRowProps {
    pub lang: Lang,
    pub envelopes: Rc<Vec<Envelope>>,
    pub name: String,
    pub dispatch: PlanDispatch,
    pub line: LineRef,
    pub instrument: String,
    pub lead: Org,
    pub contributors: Vec<Org>,
    pub envelope: String,
    pub years: BTreeMap<u16, YearAmount>,
    /// The action of the remove button.
    pub remove: PlanAction,
    /// A country's line: its channel (as set or from its family). A package line has none.
    #[prop_or_default]
    pub channel: Option<Channel>,
}

/// One instrument line of a package or a country: lead, contributors, envelope, and per year
/// EUR and FTE.
#[function_component(LineRow)]
pub fn line_row(props: &LineRowProps) -> Html {
    LINE_RENDERS.fetch_add(1, Ordering::Relaxed);
    let lang = props.lang;
    let name = props.name.clone();
    let token = line_token(&props.line);
    let commit = |year: u16, field: Field| {
        let (dispatch, line) = (props.dispatch.clone(), props.line.clone());
        Callback::from(move |text: String| {
            dispatch
                .apply(PlanAction::SetAmount {
                    line: line.clone(),
                    year,
                    field,
                    text,
                })
                .map_err(|p| plan_problem(&p, lang))
        })
    };
    let set_lead = {
        let line = props.line.clone();
        props.dispatch.on(move |event: Event| {
            let select = event.target()?.dyn_into::<HtmlSelectElement>().ok()?;
            Some(PlanAction::SetLead {
                line: line.clone(),
                lead: Org::from_token(&select.value())?,
            })
        })
    };
    let set_envelope = {
        let line = props.line.clone();
        props.dispatch.on(move |event: Event| {
            let select = event.target()?.dyn_into::<HtmlSelectElement>().ok()?;
            Some(PlanAction::SetEnvelope {
                line: line.clone(),
                envelope: select.value(),
            })
        })
    };
    let contributor = |org: Org| {
        let line = props.line.clone();
        props.dispatch.on(move |event: Event| {
            let input = event.target()?.dyn_into::<HtmlInputElement>().ok()?;
            Some(PlanAction::SetContributor {
                line: line.clone(),
                org,
                on: input.checked(),
            })
        })
    };
    let set_channel = {
        let line = props.line.clone();
        props.dispatch.on(move |event: Event| {
            let select = event.target()?.dyn_into::<HtmlSelectElement>().ok()?;
            let LineRef::Row { country, instrument } = line.clone() else {
                return None;
            };
            Some(PlanAction::SetChannel {
                country,
                instrument,
                channel: Channel::from_token(&select.value())?,
            })
        })
    };
    let remove = {
        let action = props.remove.clone();
        props.dispatch.on(move |_: MouseEvent| Some(action.clone()))
    };
    let cells = PLAN_YEARS.iter().map(|&year| {
        let amount = props.years.get(&year).copied().unwrap_or_default();
        html! {
            <td class="ba-plan__year">
                <AmountInput {lang} id={format!("ba-{token}-{year}-eur")}
                    label={tr(lang, Msg::PlanAmountLabel { what: "EUR", year, line: &name })}
                    value={euro_field(amount.eur, lang)} commit={commit(year, Field::Eur)} />
                <AmountInput {lang} id={format!("ba-{token}-{year}-fte")} inputmode="decimal"
                    label={tr(lang, Msg::PlanAmountLabel { what: t(lang, Key::PlanFte), year, line: &name })}
                    value={fte_field(amount.fte_hundredths, lang)} commit={commit(year, Field::Fte)} />
            </td>
        }
    });
    html! {
        <tr>
            <th scope="row">
                { &name }
                if let Some(channel) = props.channel {
                    <label class="ba-plan__channel">
                        <span class="ba-visually-hidden">{ tr(lang, Msg::PlanChannelOf { line: &name }) }</span>
                        <select id={format!("ba-{token}-channel")} onchange={set_channel}>
                            { for Channel::ALL.iter().map(|&c| html! {
                                <option value={c.token()} selected={c == channel}>{ channel_label(c, lang) }</option>
                            }) }
                        </select>
                    </label>
                    <span class="ba-print-value">{ channel_label(channel, lang) }</span>
                }
                <details class="ba-plan__contributors">
                    <summary>{ t(lang, Key::PlanContributors) }
                        if !props.contributors.is_empty() {
                            {": "}{ props.contributors.iter().map(|o| o.code()).collect::<Vec<_>>().join(", ") }
                        }
                    </summary>
                    <fieldset class="ba-checklist">
                        <legend class="ba-visually-hidden">{ tr(lang, Msg::PlanContributorsOf { line: &name }) }</legend>
                        { for Org::ALL.iter().filter(|o| **o != props.lead).map(|&org| {
                            let id = format!("ba-{token}-with-{}", org.token());
                            html! {
                                <div>
                                    <input type="checkbox" id={id.clone()} checked={props.contributors.contains(&org)} onchange={contributor(org)} />
                                    <label for={id}>{ org.code() }</label>
                                </div>
                            }
                        }) }
                    </fieldset>
                </details>
            </th>
            <td>
                <select aria-label={tr(lang, Msg::PlanLeadOf { line: &name })} onchange={set_lead} id={format!("ba-{token}-lead")}>
                    { for Org::ALL.iter().map(|&org| html! {
                        <option value={org.token()} selected={org == props.lead} title={t(lang, org_name(org))}>{ org.code() }</option>
                    }) }
                </select>
                // What the control shows, as text for a print (a select does not print).
                <span class="ba-print-value">{ props.lead.code() }</span>
            </td>
            <td>
                <select aria-label={tr(lang, Msg::PlanEnvelopeOf { line: &name })} onchange={set_envelope} id={format!("ba-{token}-envelope")}>
                    { for props.envelopes.iter().map(|e| html! {
                        <option value={e.id.clone()} selected={e.id == props.envelope} title={e.name.get(lang).to_string()}>{ e.short_name.get(lang) }</option>
                    }) }
                </select>
                <span class="ba-print-value">
                    { props.envelopes.iter().find(|e| e.id == props.envelope).map(|e| e.short_name.get(lang).to_string()).unwrap_or_else(|| props.envelope.clone()) }
                </span>
            </td>
            { for cells }
            <td class="ba-no-print">
                <button type="button" class="ba-button ba-button--quiet ba-button--small" onclick={remove}
                    aria-label={tr(lang, Msg::PlanRemoveLine { line: &name })}>
                    { t(lang, Key::PlanRemove) }
                </button>
            </td>
        </tr>
    }
}

/// The header row the line tables share.
pub fn line_head(lang: Lang) -> Html {
    html! {
        <thead>
            <tr>
                <th scope="col">{ t(lang, Key::Instrument) }</th>
                <th scope="col">{ t(lang, Key::PlanLead) }</th>
                <th scope="col">{ t(lang, Key::PlanEnvelope) }</th>
                { for PLAN_YEARS.iter().map(|y| html! { <th scope="col">{ y }<span class="ba-plan__unit">{ t(lang, Key::PlanEurAndFte) }</span></th> }) }
                <th scope="col" class="ba-no-print"><span class="ba-visually-hidden">{ t(lang, Key::Actions) }</span></th>
            </tr>
        </thead>
    }
}
