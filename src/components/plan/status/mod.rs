//! The state of each partnership over time, what changed since a date, and the plan's
//! milestones: one panel of the plan page, in three parts.

mod changes;
mod milestones;
mod statuses;

use beleidsagenda_model::{t, Country, Key, Lang};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::components::plan::PlanView;
use crate::state::plan::PlanDispatch;

#[derive(Properties, PartialEq)]
pub struct StatusProps {
    pub view: PlanView,
    pub dispatch: PlanDispatch,
    /// Today, the default date of a change.
    pub today: AttrValue,
}

/// What the last form did: said in words, or why it was refused.
type Outcome = UseStateHandle<Option<Result<String, String>>>;

fn value_of(node: &NodeRef) -> String {
    node.cast::<HtmlInputElement>()
        .map(|i| i.value())
        .or_else(|| node.cast::<HtmlSelectElement>().map(|s| s.value()))
        .unwrap_or_default()
}

/// Keeps a date the user typed as state: it must survive the re-render an added change causes.
fn keep(handle: UseStateHandle<String>) -> Callback<Event> {
    Callback::from(move |e: Event| {
        if let Some(i) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) {
            handle.set(i.value());
        }
    })
}

/// The countries as options, by name; first "no country" when a choice may name none.
fn country_options(countries: &[&Country], with_none: bool, lang: Lang) -> Vec<Html> {
    let mut out = Vec::new();
    if with_none {
        out.push(html! { <option value="">{ t(lang, Key::PlanNoCountry) }</option> });
    }
    out.extend(
        countries
            .iter()
            .map(|c| html! { <option value={c.iso3.clone()}>{ c.name.get(lang) }</option> }),
    );
    out
}

/// The state of each partnership over time: every change dated, with a reason or a source;
/// what changed since a chosen date; and the plan's milestones.
#[function_component(StatusPanel)]
pub fn status_panel(props: &StatusProps) -> Html {
    let view = &props.view;
    let lang = view.lang;
    let message = use_state(|| None::<Result<String, String>>);
    let since = use_state(|| "2025-05-23".to_string());
    let status_fields = statuses::StatusFields {
        country: use_node_ref(),
        status: use_node_ref(),
        date: use_node_ref(),
        reason: use_node_ref(),
        source: use_node_ref(),
    };
    let milestone_fields = milestones::MilestoneFields {
        date: use_node_ref(),
        label: use_node_ref(),
        country: use_node_ref(),
    };
    let status_date = use_state(|| props.today.to_string());
    let milestone_date = use_state(|| props.today.to_string());
    let mut countries: Vec<&Country> = view.dataset.countries.iter().collect();
    beleidsagenda_model::order::sort_by_key(&mut countries, |c| c.name.get(lang).to_string());
    html! {
        <>
            <div role="status">
                { match &*message {
                    Some(Ok(text)) => html! { <p class="ba-notice ba-notice--ok">{ text }</p> },
                    _ => html! {},
                } }
            </div>
            if let Some(Err(text)) = &*message {
                <p class="ba-field-error" role="alert">{ text }</p>
            }
            { statuses::statuses_view(view, &props.dispatch, &message, status_fields, &status_date, &countries) }
            { changes::changes_view(view, &since) }
            { milestones::milestones_view(view, &props.dispatch, &message, milestone_fields, &milestone_date, &countries) }
        </>
    }
}
