//! The differences between two plans: the plan in use or one saved with a scenario, by money
//! per year and per envelope, FTE per organisation, and the countries only one side holds.

use std::rc::Rc;

use beleidsagenda_model::plan::compare::compare_plans;
use beleidsagenda_model::plan::scenario::Scenario;
use beleidsagenda_model::plan::totals::totals;
use beleidsagenda_model::plan::{Org, Plan};
use beleidsagenda_model::text::format::{euros, fte};
use beleidsagenda_model::{t, tr, Key, Msg};
use yew::prelude::*;

use crate::components::plan::PlanView;

/// What differs between the plans named `left` and `right` ("" is the plan in use).
#[inline(always)]
pub(super) fn plan_differences(view: &PlanView, scenarios: &[Scenario], left: &str, right: &str) -> Html {
    let lang = view.lang;
    let plan_of = |name: &str| -> Rc<Plan> {
        scenarios
            .iter()
            .find(|s| s.name == name)
            .and_then(|s| s.plan.clone())
            .map(Rc::new)
            .unwrap_or_else(|| Rc::clone(&view.plan))
    };
    let (a, b) = (plan_of(left), plan_of(right));
    let tier_of = |c: &str| view.tiers.get(c).copied();
    let difference = compare_plans(&a, &b, &totals(&a, &tier_of), &totals(&b, &tier_of));
    let money = |x: i64, y: i64| {
        tr(
            lang,
            Msg::DifferenceAmount {
                left: &euros(x, lang),
                right: &euros(y, lang),
            },
        )
    };
    html! {
        <div role="status" class="ba-plan-compare">
            if difference.is_empty() {
                <p>{ t(lang, Key::NoDifferences) }</p>
            } else {
                <ul class="ba-plain-list">
                    { for difference.money_by_year.iter().map(|(y, (x, z))| html! { <li>{ t(lang, Key::PlanMoney) }{" "}{ y }{": "}{ money(*x, *z) }</li> }) }
                    { for difference.money_by_envelope.iter().map(|(e, (x, z))| html! { <li>{ view.envelope_name(e) }{": "}{ money(*x, *z) }</li> }) }
                    { for difference.fte.iter().map(|((org, y), (x, z))| html! {
                        <li>{ t(lang, Key::PlanFte) }{" "}{ Org::code(*org) }{" "}{ y }{": "}{ fte(*x, lang) }{" → "}{ fte(*z, lang) }</li>
                    }) }
                    { for difference.only_left.iter().map(|c| html! { <li>{ t(lang, Key::PlanOnlyLeft) }{": "}{ view.country_name(c) }</li> }) }
                    { for difference.only_right.iter().map(|c| html! { <li>{ t(lang, Key::PlanOnlyRight) }{": "}{ view.country_name(c) }</li> }) }
                    { for difference.changed.iter().map(|(c, (x, z))| html! { <li>{ view.country_name(c) }{": "}{ money(*x, *z) }</li> }) }
                </ul>
            }
        </div>
    }
}
