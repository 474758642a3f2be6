//! One manual adjustment in the list: what it does and why, its review date (editable, marked
//! when passed), and its remove button.

use crate::labels;
use beleidsagenda_model::selection::action::{ActionProblem, SelectionAction};
use beleidsagenda_model::selection::Adjustment;
use beleidsagenda_model::{t, tr, Key, Msg};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{problem_key, AdjustmentsProps};

#[inline(always)]
pub(super) fn adjustment_item(
    props: &AdjustmentsProps,
    review_problem: &UseStateHandle<Option<Key>>,
    today: &str,
    index: usize,
    a: &Adjustment,
) -> Html {
    let lang = props.lang;
    let name = props
        .dataset
        .country(&a.iso3)
        .map(|c| c.name.get(lang).to_string())
        .unwrap_or_else(|| a.iso3.clone());
    let remove = props
        .dispatch
        .on(move |_: MouseEvent| Some(SelectionAction::RemoveAdjustment(index)));
    let set_review = {
        let (dispatch, problem) = (props.dispatch.clone(), review_problem.clone());
        Callback::from(move |event: Event| {
            let Some(input) = event
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<HtmlInputElement>(t).ok())
            else {
                return;
            };
            match dispatch.push(SelectionAction::SetAdjustmentReview {
                index,
                date: input.value(),
            }) {
                Ok(()) => problem.set(None),
                Err(ActionProblem::Adjustment(why)) => problem.set(Some(problem_key(why))),
                Err(_) => {}
            }
        })
    };
    html! {
        <li class="ba-adjustment">
            <strong>{ &name }</strong>{": "}{ labels::adjustment_text(a.kind, lang) }
            {" — "}{ &a.reason }{" ("}<time datetime={a.date.clone()}>{ &a.date }</time>{") "}
            if let Some(due) = a.review_date() {
                <span class={classes!("ba-adjustment__review", (due.as_str() < today).then_some("ba-adjustment__review--overdue"))}>
                    <label for={format!("ba-adj-review-{index}")}>{ t(lang, Key::ReviewDue) }<span class="ba-visually-hidden">{" "}{ &name }</span></label>{" "}
                    <input type="date" id={format!("ba-adj-review-{index}")} value={due.clone()} onchange={set_review.clone()} />
                    if due.as_str() < today { {" — "}{ t(lang, Key::ReviewsOverdueTitle) } }
                </span>{" "}
            }
            <button type="button" class="ba-button ba-button--quiet ba-button--small" onclick={remove}>{ tr(lang, Msg::RemoveAdjustment { country: &name }) }</button>
        </li>
    }
}
