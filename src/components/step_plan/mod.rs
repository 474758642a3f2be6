//! The parts of the step-plan view (internal edition). Each renders from the step plan it is
//! given and says what the user did as a `StepPlanAction` through `state::plan::PlanDispatch`.

mod conditions;
pub mod country;
pub mod files;
pub mod overview;

use std::rc::Rc;

use beleidsagenda_model::plan::labels::plan_problem;
use beleidsagenda_model::plan::step_plan::{StepPlan, StepPlanAction};
use beleidsagenda_model::plan::{Plan, PlanAction};
use beleidsagenda_model::{Dataset, Lang};

use crate::state::plan::PlanDispatch;

/// What every part of the view reads: the plan in use as the store holds it (shared, not
/// copied per render), its step plan through `steps()`.
#[derive(Clone, PartialEq)]
pub struct StepPlanView {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub plan: Rc<Plan>,
}

impl StepPlanView {
    pub fn steps(&self) -> &StepPlan {
        &self.plan.step_plan
    }

    pub fn country_name(&self, iso3: &str) -> String {
        self.dataset.country_name(iso3, self.lang)
    }
}

/// Applies a step-plan action; a refusal comes back as the reason in the user's language.
pub fn apply(dispatch: &PlanDispatch, action: StepPlanAction, lang: Lang) -> Result<(), String> {
    dispatch
        .apply(PlanAction::Steps(action))
        .map_err(|problem| plan_problem(&problem, lang))
}
