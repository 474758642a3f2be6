//! Validation of a step-plan template (the bundled one and any an organisation loads) and of
//! the progress a plan carries, with the JSON path of every error.

use std::collections::HashSet;

use crate::check::error::DataError;
use crate::check::reason::{IdKind, Reason};
use crate::check::rules::{check_id, check_length, check_plain, check_text};
use crate::data::sources::SourceRegistry;
use crate::plan::step_plan::types::{
    StepPlan, StepTemplate, MAX_NOTES_CHARS, STEP_PLAN_FORMAT, STEP_PLAN_VERSION,
};

/// Ids, texts without markup or personal data, a ground for each step, and (given a registry)
/// sources that exist in it.
pub fn validate_template(
    file: &str,
    root: &str,
    template: &StepTemplate,
    sources: Option<&SourceRegistry>,
) -> Vec<DataError> {
    let mut errors = Vec::new();
    if template.format != STEP_PLAN_FORMAT {
        errors.push(DataError::new(
            file,
            format!("{root}.format"),
            Reason::NotStepPlanFormat(template.format.clone()),
        ));
    }
    if template.version != STEP_PLAN_VERSION {
        errors.push(DataError::new(
            file,
            format!("{root}.version"),
            Reason::StepPlanVersion(template.version),
        ));
    }
    let mut template_ids = HashSet::new();
    check_id(
        &mut errors,
        file,
        root,
        &template.id,
        IdKind::Step,
        '-',
        &mut template_ids,
    );
    check_text(&mut errors, file, &format!("{root}.name"), &template.name);
    check_text(&mut errors, file, &format!("{root}.notice"), &template.notice);
    if template.steps.is_empty() {
        errors.push(DataError::new(file, format!("{root}.steps"), Reason::NoSteps));
    }
    let mut step_ids = HashSet::new();
    for (i, step) in template.steps.iter().enumerate() {
        let at = format!("{root}.steps[{i}]");
        check_id(&mut errors, file, &at, &step.id, IdKind::Step, '-', &mut step_ids);
        check_text(&mut errors, file, &format!("{at}.title"), &step.title);
        check_text(&mut errors, file, &format!("{at}.description"), &step.description);
        let mut condition_ids = HashSet::new();
        for (j, condition) in step.conditions.iter().enumerate() {
            let at = format!("{at}.conditions[{j}]");
            check_id(
                &mut errors,
                file,
                &at,
                &condition.id,
                IdKind::Condition,
                '-',
                &mut condition_ids,
            );
            check_text(&mut errors, file, &format!("{at}.text"), &condition.text);
        }
        for (j, source) in step.sources.iter().enumerate() {
            if sources.is_some_and(|registry| registry.get(&source.id).is_none()) {
                errors.push(DataError::new(
                    file,
                    format!("{at}.sources[{j}].id"),
                    Reason::UnknownSource(source.id.clone()),
                ));
            }
            if let Some(locator) = &source.locator {
                check_plain(&mut errors, file, &format!("{at}.sources[{j}].locator"), locator);
            }
        }
        match &step.assumption {
            Some(assumption) => check_text(&mut errors, file, &format!("{at}.assumption"), assumption),
            None if step.sources.is_empty() => {
                errors.push(DataError::new(file, at.clone(), Reason::StepWithoutGround))
            }
            None => {}
        }
    }
    errors
}

/// The step plan inside a plan: its template as above (its sources were checked when it was
/// loaded: a plan outlives a change of dataset), and progress with real dates and plain notes
/// of bounded length. Countries the data does not know are not errors here: a plan import keeps
/// what it can and lists the rest.
pub fn check_step_plan(file: &str, root: &str, plan: &StepPlan) -> Vec<DataError> {
    let mut errors = validate_template(file, &format!("{root}.template"), &plan.template, None);
    for (country, steps) in &plan.countries {
        for (step, record) in steps {
            let at = format!("{root}.countries.{country}.{step}");
            // A day, as the step plan's own date field takes it (a bare year or month is not).
            if let Some(date) = &record.date {
                if !crate::calendar::is_day(date) {
                    errors.push(DataError::new(
                        file,
                        format!("{at}.date"),
                        Reason::NotDate(date.clone()),
                    ));
                }
            }
            if !record.notes.trim().is_empty() {
                check_plain(&mut errors, file, &format!("{at}.notes"), &record.notes);
            }
            check_length(
                &mut errors,
                file,
                &format!("{at}.notes"),
                &record.notes,
                MAX_NOTES_CHARS,
            );
        }
    }
    errors
}
