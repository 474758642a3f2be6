//! A step's conditions, each with its state (met, not met, unknown) to choose.

use beleidsagenda_model::plan::step_plan::export::condition_code;
use beleidsagenda_model::plan::step_plan::labels::condition_label;
use beleidsagenda_model::plan::step_plan::{ConditionState, StepPlanAction, StepRecord, TemplateStep};
use beleidsagenda_model::{t, Key, Lang};
use yew::prelude::*;

use super::country::select_value;

/// `id` prefixes the fields' ids; `run` applies an action and says a refusal beside the step.
#[inline(always)]
pub(super) fn conditions_fieldset(
    lang: Lang,
    id: &str,
    (country, step, record): (&str, &TemplateStep, &StepRecord),
    run: impl Fn(StepPlanAction) + Clone + 'static,
) -> Html {
    let (country, step_id) = (country.to_string(), step.id.clone());
    let conditions = step.conditions.iter().map(|condition| {
        let field = format!("{id}-c-{}", condition.id);
        let state = record.condition(&condition.id);
        let onchange = {
            let (run, country, step_id, condition) = (run.clone(), country.clone(), step_id.clone(), condition.id.clone());
            Callback::from(move |e: Event| {
                let chosen = select_value(&e).and_then(|v| ConditionState::ALL.into_iter().find(|s| condition_code(*s) == v));
                if let Some(state) = chosen {
                    run(StepPlanAction::SetCondition {
                        country: country.clone(),
                        step: step_id.clone(),
                        condition: condition.clone(),
                        state,
                    });
                }
            })
        };
        html! {
            <li class="ba-step-condition">
                <label for={field.clone()}>{ condition.text.get(lang) }</label>
                <select id={field} {onchange}>
                    { for ConditionState::ALL.iter().map(|s| html! {
                        <option value={condition_code(*s)} selected={*s == state}>{ condition_label(*s, lang) }</option>
                    }) }
                </select>
            </li>
        }
    });
    html! {
    <fieldset class="ba-step__conditions">
        <legend>{ t(lang, Key::StepConditions) }</legend>
        <ul class="ba-plain-list">{ for conditions }</ul>
    </fieldset>
    }
}
