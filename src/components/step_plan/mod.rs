//! The parts of the step-plan view (internal edition). Each renders from the step plan it is
//! given and says what the user did as a `StepPlanAction` through `state::plan::PlanDispatch`.

pub mod country;
pub mod files;
pub mod overview;

use std::rc::Rc;

use beleidsagenda_model::plan::PlanAction;
use beleidsagenda_model::stepplan::{StepPlan, StepPlanAction};
use beleidsagenda_model::text::plan_labels::plan_problem;
use beleidsagenda_model::{Dataset, Lang};

use crate::state::plan::PlanDispatch;

/// What every part of the view reads.
#[derive(Clone, PartialEq)]
pub struct StepPlanView {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub steps: Rc<StepPlan>,
}

impl StepPlanView {
    pub fn country_name(&self, iso3: &str) -> String {
        self.dataset
            .country(iso3)
            .map(|c| c.name.get(self.lang).to_string())
            .unwrap_or_else(|| iso3.to_string())
    }
}

/// Applies a step-plan action; a refusal comes back as the reason in the user's language.
pub fn apply(dispatch: &PlanDispatch, action: StepPlanAction, lang: Lang) -> Result<(), String> {
    dispatch
        .apply(PlanAction::Steps(action))
        .map_err(|problem| plan_problem(&problem, lang))
}
