//! The step plan as CSV and workbook: one line per country × step of the template in use, the
//! codes of country and step first (for reuse) and everything else in the user's language.

use crate::data::dataset::Dataset;
use crate::lang::Lang;
use crate::plan::step_plan::labels::status_label;
use crate::plan::step_plan::types::{ConditionState, StepPlan, StepStatus};
use crate::sheet::columns::{glossary, labels, NamedColumn};
use crate::sheet::common::{about_sheet, settings_sheet, About, Made};
use crate::sheet::csv::{write_csv, Dialect};
use crate::sheet::{Cell, Sheet, Workbook};
use crate::text::i18n::{t, Key};

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

pub const STEP_PLAN_COLUMNS: [NamedColumn; 11] = [
    NamedColumn::new("country", Key::ColCountryCode),
    NamedColumn::new("country_name", Key::ColCountry),
    NamedColumn::new("step", Key::ColStepCode),
    NamedColumn::new("step_title", Key::ColStep),
    NamedColumn::new("status", Key::StepStatusLabel),
    NamedColumn::new("owner", Key::StepOwner),
    NamedColumn::new("date", Key::ColStepDate),
    NamedColumn::new("conditions_met", Key::ColConditionsMet),
    NamedColumn::new("conditions_not_met", Key::ColConditionsNotMet),
    NamedColumn::new("conditions_unknown", Key::ColConditionsUnknown),
    NamedColumn::new("notes", Key::StepNotes),
];

/// One row per country × step; the condition counts as numbers, the date as a date.
pub fn step_plan_sheet(plan: &StepPlan, dataset: &Dataset, lang: Lang) -> Sheet {
    let mut sheet = Sheet::table(t(lang, Key::SheetStepPlan), &labels(&STEP_PLAN_COLUMNS, lang));
    for country in plan.countries.keys() {
        let name = dataset.country_name(country, lang);
        for step in &plan.template.steps {
            let record = plan.record(country, step);
            let count = |state: ConditionState| {
                Cell::number(
                    step.conditions
                        .iter()
                        .filter(|c| record.condition(&c.id) == state)
                        .count() as f64,
                )
            };
            sheet.rows.push(vec![
                Cell::text(country),
                Cell::text(&name),
                Cell::text(&step.id),
                Cell::text(step.title.get(lang)),
                Cell::text(status_label(record.status, lang)),
                Cell::text(record.owner.code()),
                Cell::date(record.date.as_deref().unwrap_or_default()),
                count(ConditionState::Met),
                count(ConditionState::NotMet),
                count(ConditionState::Unknown),
                Cell::text(&record.notes),
            ]);
        }
    }
    sheet.fit_columns();
    sheet
}

pub fn step_plan_csv(plan: &StepPlan, dataset: &Dataset, lang: Lang, dialect: Dialect) -> String {
    write_csv(&step_plan_sheet(plan, dataset, lang), dialect)
}

/// The step plan as an `.xlsx`: always confidential (it exists in the internal edition only).
pub fn step_plan_workbook(plan: &StepPlan, dataset: &Dataset, lang: Lang, today: &str) -> Workbook {
    let sheet = step_plan_sheet(plan, dataset, lang);
    let settings = settings_sheet(
        vec![
            (t(lang, Key::SettingsMadeOn).to_string(), Cell::date(today)),
            (
                t(lang, Key::StepPlanInUse).to_string(),
                Cell::text(plan.template.name.get(lang)),
            ),
        ],
        lang,
    );
    let about = About {
        what: Key::StepPlanAboutWhat,
        how: Key::StepPlanAboutHow,
        made: Made {
            today,
            data: None,
            confidential: true,
        },
        sheets: vec![
            (sheet.name.clone(), Key::PurposeStepPlan),
            (settings.name.clone(), Key::PurposeSettings),
        ],
        columns: glossary(&sheet.name, &STEP_PLAN_COLUMNS, lang),
    };
    Workbook {
        title: format!("{} {today}", t(lang, Key::SheetStepPlan)),
        confidential: true,
        sheets: vec![about_sheet(about, lang), sheet, settings],
    }
}
