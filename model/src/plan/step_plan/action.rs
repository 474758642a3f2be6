//! Every change to the step plan, applied to a copy or refused with the reason; a refusal
//! leaves the step plan as it was.

use crate::calendar::is_day;
use crate::data::dataset::Dataset;
use crate::plan::org::Org;
use crate::plan::problem::{plain, PlanProblem};
use crate::plan::step_plan::types::{
    ConditionState, StepPlan, StepRecord, StepStatus, StepTemplate, MAX_NOTES_CHARS,
};

#[derive(Clone, Debug, PartialEq)]
pub enum StepPlanAction {
    AddCountry(String),
    /// Takes the country and all its progress out.
    RemoveCountry(String),
    SetStatus {
        country: String,
        step: String,
        status: StepStatus,
    },
    SetOwner {
        country: String,
        step: String,
        owner: Org,
    },
    /// `YYYY-MM-DD`, or empty for no date.
    SetDate {
        country: String,
        step: String,
        date: String,
    },
    SetNotes {
        country: String,
        step: String,
        notes: String,
    },
    SetCondition {
        country: String,
        step: String,
        condition: String,
        state: ConditionState,
    },
    /// Another template (already validated). Progress is kept by step id: what the new template
    /// lacks is listed apart, not deleted.
    ReplaceTemplate(StepTemplate),
    /// Deletes the progress kept for steps the template in use does not have.
    DropOrphans,
}

impl StepPlan {
    pub fn apply(&self, action: StepPlanAction, dataset: &Dataset) -> Result<StepPlan, PlanProblem> {
        let mut next = self.clone();
        match action {
            StepPlanAction::AddCountry(country) => {
                if dataset.country(&country).is_none() {
                    return Err(PlanProblem::UnknownCountry(country));
                }
                if next.countries.contains_key(&country) {
                    return Err(PlanProblem::AlreadyPlanned);
                }
                next.countries.insert(country, Default::default());
            }
            StepPlanAction::RemoveCountry(country) => {
                next.countries
                    .remove(&country)
                    .ok_or(PlanProblem::UnknownCountry(country))?;
            }
            StepPlanAction::SetStatus {
                country,
                step,
                status,
            } => {
                next.record_mut(&country, &step)?.status = status;
            }
            StepPlanAction::SetOwner { country, step, owner } => {
                next.record_mut(&country, &step)?.owner = owner;
            }
            StepPlanAction::SetDate { country, step, date } => {
                let date = date.trim();
                let date = if date.is_empty() {
                    None
                } else if is_day(date) {
                    Some(date.to_string())
                } else {
                    return Err(PlanProblem::NotADate);
                };
                next.record_mut(&country, &step)?.date = date;
            }
            StepPlanAction::SetNotes { country, step, notes } => {
                if notes.chars().count() > MAX_NOTES_CHARS {
                    return Err(PlanProblem::TextTooLong);
                }
                plain(&notes)?;
                next.record_mut(&country, &step)?.notes = notes;
            }
            StepPlanAction::SetCondition {
                country,
                step,
                condition,
                state,
            } => {
                let known = self
                    .step(&step)
                    .is_some_and(|s| s.conditions.iter().any(|c| c.id == condition));
                if !known {
                    return Err(PlanProblem::NoSuchStep);
                }
                let record = next.record_mut(&country, &step)?;
                if state == ConditionState::Unknown {
                    record.conditions.remove(&condition);
                } else {
                    record.conditions.insert(condition, state);
                }
            }
            StepPlanAction::ReplaceTemplate(template) => next.template = template,
            StepPlanAction::DropOrphans => {
                let template = next.template.clone();
                for steps in next.countries.values_mut() {
                    steps.retain(|id, _| template.steps.iter().any(|s| &s.id == id));
                }
            }
        }
        Ok(next)
    }

    /// The record to change, made from the step's defaults on first touch.
    fn record_mut(&mut self, country: &str, step: &str) -> Result<&mut StepRecord, PlanProblem> {
        let template_step = self
            .template
            .steps
            .iter()
            .find(|s| s.id == step)
            .ok_or(PlanProblem::NoSuchStep)?
            .clone();
        let steps = self
            .countries
            .get_mut(country)
            .ok_or_else(|| PlanProblem::UnknownCountry(country.to_string()))?;
        Ok(steps
            .entry(step.to_string())
            .or_insert_with(|| StepRecord::untouched(&template_step)))
    }
}
