//! The step plan as CSV: one line per country × step of the template in use, codes first (for
//! reuse) and names in the user's language beside them.

use crate::data::dataset::Dataset;
use crate::selection::export::csv_field;
use crate::stepplan::types::{ConditionState, StepPlan, StepStatus};
use crate::text::lang::Lang;

/// The code of a status, as the plan file and the CSV write it.
pub fn status_code(status: StepStatus) -> &'static str {
    match status {
        StepStatus::NotStarted => "not_started",
        StepStatus::InProgress => "in_progress",
        StepStatus::OnHold => "on_hold",
        StepStatus::Done => "done",
        StepStatus::NotApplicable => "not_applicable",
    }
}

/// The code of a condition's state, as the plan file writes it.
pub fn condition_code(state: ConditionState) -> &'static str {
    match state {
        ConditionState::Unknown => "unknown",
        ConditionState::Met => "met",
        ConditionState::NotMet => "not_met",
    }
}

pub fn step_plan_csv(plan: &StepPlan, dataset: &Dataset, lang: Lang) -> String {
    let mut out = String::from(
        "country,country_name,step,step_title,status,owner,date,conditions_met,conditions_not_met,conditions_unknown,notes\n",
    );
    for country in plan.countries.keys() {
        let name = dataset
            .country(country)
            .map(|c| c.name.get(lang).to_string())
            .unwrap_or_default();
        for step in &plan.template.steps {
            let record = plan.record(country, step);
            let count = |state: ConditionState| {
                step.conditions
                    .iter()
                    .filter(|c| record.condition(&c.id) == state)
                    .count()
                    .to_string()
            };
            let fields = [
                country.clone(),
                name.clone(),
                step.id.clone(),
                step.title.get(lang).to_string(),
                status_code(record.status).to_string(),
                record.owner.code().to_string(),
                record.date.clone().unwrap_or_default(),
                count(ConditionState::Met),
                count(ConditionState::NotMet),
                count(ConditionState::Unknown),
                record.notes.clone(),
            ];
            let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
            out.push_str(&line.join(","));
            out.push('\n');
        }
    }
    out
}
