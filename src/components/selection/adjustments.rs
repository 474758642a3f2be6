//! Manual adjustments for current events: the list, and a form that insists on a reason.

use std::rc::Rc;

use beleidsagenda_model::check::rules::is_date;
use beleidsagenda_model::selection::{Adjustment, AdjustmentKind, SelectionSettings, Tier};
use beleidsagenda_model::{t, t_with, Dataset, Key, Lang};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::country_panel::adjustment_text;
use super::{change, OnChange};
use crate::selection_url::HistoryStep;

#[derive(Properties, PartialEq)]
pub struct AdjustmentsProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub settings: Rc<SelectionSettings>,
    pub on_change: OnChange,
}

/// Today as `YYYY-MM-DD`, in the user's time zone.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

const KINDS: [&str; 5] = ["inc", "exc", "t1", "t2", "t3"];

fn kind_of(code: &str) -> AdjustmentKind {
    match code {
        "inc" => AdjustmentKind::Include,
        "exc" => AdjustmentKind::Exclude,
        "t1" => AdjustmentKind::ForceTier(Tier::Intensive),
        "t2" => AdjustmentKind::ForceTier(Tier::Targeted),
        _ => AdjustmentKind::ForceTier(Tier::Monitor),
    }
}

#[function_component(AdjustmentsPanel)]
pub fn adjustments_panel(props: &AdjustmentsProps) -> Html {
    let lang = props.lang;
    let country = use_node_ref();
    let kind = use_node_ref();
    let reason = use_node_ref();
    let date = use_node_ref();
    let problem = use_state(|| None::<Key>);

    let mut countries: Vec<(String, String)> = props
        .dataset
        .countries
        .iter()
        .map(|c| (c.iso3.clone(), c.name.get(lang).to_string()))
        .collect();
    countries.sort_by(|a, b| a.1.cmp(&b.1));

    let add = {
        let (on_change, settings) = (props.on_change.clone(), Rc::clone(&props.settings));
        let (country, kind, reason, date, problem) = (
            country.clone(),
            kind.clone(),
            reason.clone(),
            date.clone(),
            problem.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let select = |r: &NodeRef| {
                r.cast::<HtmlSelectElement>()
                    .map(|s| s.value())
                    .unwrap_or_default()
            };
            let input = |r: &NodeRef| r.cast::<HtmlInputElement>();
            let reason_text = input(&reason).map(|i| i.value()).unwrap_or_default();
            let date_text = input(&date).map(|i| i.value()).unwrap_or_default();
            if reason_text.trim().is_empty() {
                problem.set(Some(Key::ReasonRequired));
                if let Some(i) = input(&reason) {
                    let _ = i.focus();
                }
                return;
            }
            if date_text.len() != 10 || !is_date(&date_text) {
                problem.set(Some(Key::DateRequired));
                return;
            }
            problem.set(None);
            let adjustment = Adjustment {
                iso3: select(&country),
                kind: kind_of(&select(&kind)),
                reason: reason_text.trim().to_string(),
                date: date_text,
            };
            if let Some(i) = input(&reason) {
                i.set_value("");
            }
            change(&on_change, &settings, HistoryStep::Push, |s| {
                s.adjustments.push(adjustment)
            });
        })
    };

    let list = props.settings.adjustments.iter().enumerate().map(|(index, a)| {
        let name = props.dataset.country(&a.iso3).map(|c| c.name.get(lang).to_string()).unwrap_or_else(|| a.iso3.clone());
        let remove = {
            let (on_change, settings) = (props.on_change.clone(), Rc::clone(&props.settings));
            Callback::from(move |_: MouseEvent| change(&on_change, &settings, HistoryStep::Push, |s| {
                s.adjustments.remove(index);
            }))
        };
        html! {
            <li class="ba-adjustment">
                <strong>{ &name }</strong>{": "}{ adjustment_text(lang, a.kind) }
                {" — "}{ &a.reason }{" ("}<time datetime={a.date.clone()}>{ &a.date }</time>{") "}
                <button type="button" class="ba-button ba-button--quiet ba-button--small" onclick={remove}>{ t_with(lang, Key::RemoveAdjustment, &name) }</button>
            </li>
        }
    });

    html! {
        <div class="ba-adjustments">
            <p>{ t(lang, Key::AdjustmentsIntro) }</p>
            if props.settings.adjustments.is_empty() {
                <p>{ t(lang, Key::NoAdjustments) }</p>
            } else {
                <ol class="ba-adjustment-list">{ for list }</ol>
            }
            <form class="ba-form" onsubmit={add} novalidate=true>
                <div class="ba-inline-fields">
                    <div class="ba-field">
                        <label for="ba-adj-country">{ t(lang, Key::Country) }</label>
                        <select id="ba-adj-country" ref={country}>
                            { for countries.iter().map(|(iso3, name)| html! { <option value={iso3.clone()}>{ name }</option> }) }
                        </select>
                    </div>
                    <div class="ba-field">
                        <label for="ba-adj-kind">{ t(lang, Key::AdjustKind) }</label>
                        <select id="ba-adj-kind" ref={kind}>
                            { for KINDS.iter().map(|code| html! { <option value={*code}>{ adjustment_text(lang, kind_of(code)) }</option> }) }
                        </select>
                    </div>
                    <div class="ba-field">
                        <label for="ba-adj-date">{ t(lang, Key::AdjustDate) }</label>
                        <input id="ba-adj-date" type="date" ref={date} value={today()} required=true />
                    </div>
                </div>
                <div class="ba-field ba-field--wide">
                    <label for="ba-adj-reason">{ t(lang, Key::AdjustReason) }</label>
                    <input id="ba-adj-reason" type="text" ref={reason} required=true maxlength="300"
                        aria-invalid={problem.is_some().then_some("true")} aria-describedby="ba-adj-problem" />
                </div>
                <p id="ba-adj-problem" class="ba-field-error" role="alert">{ problem.map(|k| t(lang, k)).unwrap_or("") }</p>
                <button type="submit" class="ba-button">{ t(lang, Key::AddAdjustment) }</button>
            </form>
        </div>
    }
}
