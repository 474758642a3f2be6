//! Where the countries stand: per country (steps done of those that apply, conditions known)
//! and per step (how many countries are at each status).

use std::collections::BTreeMap;

use crate::plan::step_plan::types::{ConditionState, StepPlan, StepStatus, TemplateStep};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CountryProgress {
    pub by_status: BTreeMap<StepStatus, usize>,
    /// Steps that apply (all but "not applicable"): what "done" is counted against.
    pub applicable: usize,
    pub done: usize,
    pub conditions_met: usize,
    pub conditions_not_met: usize,
    pub conditions_unknown: usize,
}

impl CountryProgress {
    /// Done as a share of the steps that apply; `None` if none applies.
    pub fn share_done(&self) -> Option<f64> {
        (self.applicable > 0).then(|| self.done as f64 / self.applicable as f64)
    }
}

pub fn country_progress(plan: &StepPlan, country: &str) -> CountryProgress {
    let mut progress = CountryProgress::default();
    for step in &plan.template.steps {
        let record = plan.record(country, step);
        *progress.by_status.entry(record.status).or_default() += 1;
        if record.status == StepStatus::NotApplicable {
            continue;
        }
        progress.applicable += 1;
        if record.status == StepStatus::Done {
            progress.done += 1;
        }
        for condition in &step.conditions {
            match record.condition(&condition.id) {
                ConditionState::Met => progress.conditions_met += 1,
                ConditionState::NotMet => progress.conditions_not_met += 1,
                ConditionState::Unknown => progress.conditions_unknown += 1,
            }
        }
    }
    progress
}

/// The first step, in the template's order, that applies and is not done.
pub fn next_step<'a>(plan: &'a StepPlan, country: &str) -> Option<&'a TemplateStep> {
    plan.template.steps.iter().find(|step| {
        let status = plan.record(country, step).status;
        status != StepStatus::Done && status != StepStatus::NotApplicable
    })
}

/// Per step of the template, how many of the plan's countries are at each status.
pub fn step_progress(plan: &StepPlan) -> Vec<(&TemplateStep, BTreeMap<StepStatus, usize>)> {
    plan.template
        .steps
        .iter()
        .map(|step| {
            let mut counts = BTreeMap::new();
            for country in plan.countries.keys() {
                *counts.entry(plan.record(country, step).status).or_default() += 1;
            }
            (step, counts)
        })
        .collect()
}
