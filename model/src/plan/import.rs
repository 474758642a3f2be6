//! The plan as it travels: inside the scenario file (export and import, validated like the
//! dataset) and in localStorage. As a spreadsheet: `plan::workbook`.

use crate::calendar::is_day;
use crate::check::error::DataError;
use crate::check::json::parse;
use crate::check::reason::{IdKind, Reason};
use crate::plan::action::PlanContext;
use crate::plan::scenario::{Scenario, SCENARIO_FORMAT};
use crate::plan::types::{Plan, YearAmount, MAX_AMOUNT_EUR, MAX_FTE_HUNDREDTHS, PLAN_YEARS};
use crate::selection::export::tier_code;

pub const PLAN_FILE: &str = "scenario";

/// What an import dropped because the data in use does not know it; the rest is kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Dropped {
    Country(String),
    Instrument(String),
    Envelope(String),
    Source(String),
    /// A part only the internal edition reads (the step plan), left out by the public one.
    #[cfg(not(feature = "intern"))]
    InternalPart,
}

impl Dropped {
    pub fn id(&self) -> &str {
        match self {
            Dropped::Country(id) | Dropped::Instrument(id) | Dropped::Envelope(id) | Dropped::Source(id) => {
                id
            }
            #[cfg(not(feature = "intern"))]
            Dropped::InternalPart => "step_plan",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum PlanImportError {
    /// Syntax or shape errors, or values out of bounds, each with its JSON path.
    Invalid(Vec<DataError>),
    NotAScenario,
    NoPlan,
}

#[derive(serde::Deserialize)]
struct Head {
    format: Option<String>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ScenarioFileShape {
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    version: u32,
    scenario: Scenario,
    #[allow(dead_code)]
    settings: serde_json::Value,
    /// Read by `data::identity::file_data`.
    #[allow(dead_code)]
    #[serde(default)]
    data: Option<serde_json::Value>,
}

/// Reads a scenario file with its plan. Errors (bad JSON, a negative or absurd amount, a year
/// outside the plan, a bad date) refuse the whole file; references the data in use does not
/// know are dropped and listed.
pub fn import_plan(
    file_name: &str,
    text: &str,
    context: PlanContext,
) -> Result<(Scenario, Plan, Vec<Dropped>), PlanImportError> {
    if text.len() > crate::check::dataset::MAX_FILE_BYTES {
        return Err(PlanImportError::Invalid(vec![DataError::new(
            file_name,
            "$",
            Reason::TooLarge {
                bytes: text.len() as u64,
            },
        )]));
    }
    let head: Head = parse(file_name, text).map_err(|e| PlanImportError::Invalid(vec![e]))?;
    if head.format.as_deref() != Some(SCENARIO_FORMAT) {
        return Err(PlanImportError::NotAScenario);
    }
    let file: ScenarioFileShape = parse(file_name, text).map_err(|e| PlanImportError::Invalid(vec![e]))?;
    let mut scenario = file.scenario;
    let plan = scenario.plan.take().ok_or(PlanImportError::NoPlan)?;
    let errors = check_plan(file_name, "$.scenario.plan", &plan);
    if !errors.is_empty() {
        return Err(PlanImportError::Invalid(errors));
    }
    let (plan, dropped) = keep_known(plan, context);
    scenario.plan = Some(plan.clone());
    Ok((scenario, plan, dropped))
}

/// The bounds of money and people per year (a plan year, no negative or absurd amount), for the
/// map of years at `path`; every break with its JSON path.
pub(crate) fn check_years(
    file: &str,
    path: &str,
    years: &std::collections::BTreeMap<u16, YearAmount>,
    errors: &mut Vec<DataError>,
) {
    for (year, amount) in years {
        let at = format!("{path}.{year}");
        if !PLAN_YEARS.contains(year) {
            errors.push(DataError::new(
                file,
                at.clone(),
                Reason::NotYear {
                    year: *year,
                    max: 2029,
                },
            ));
        }
        if amount.eur < 0 || amount.eur > MAX_AMOUNT_EUR {
            errors.push(DataError::new(
                file,
                format!("{at}.eur"),
                Reason::NotAmount(amount.eur as f64),
            ));
        }
        if amount.fte_hundredths > MAX_FTE_HUNDREDTHS {
            errors.push(DataError::new(
                file,
                format!("{at}.fte_hundredths"),
                Reason::NotCount(amount.fte_hundredths as f64),
            ));
        }
    }
}

/// Bounds no plan may break, with the JSON path of each break.
pub fn check_plan(file: &str, root: &str, plan: &Plan) -> Vec<DataError> {
    let mut errors = Vec::new();
    for (i, row) in plan.rows.iter().enumerate() {
        check_years(file, &format!("{root}.rows[{i}].years"), &row.years, &mut errors);
    }
    for (tier, lines) in &plan.packages {
        for (i, line) in lines.iter().enumerate() {
            let at = format!("{root}.packages.{}[{i}].years", tier_code(Some(*tier)));
            check_years(file, &at, &line.years, &mut errors);
        }
    }
    for (org, fte) in &plan.fte_available {
        if *fte > MAX_FTE_HUNDREDTHS {
            errors.push(DataError::new(
                file,
                format!("{root}.fte_available.{}", org.code()),
                Reason::NotCount(*fte as f64),
            ));
        }
    }
    // A line twice is ambiguous (which amounts hold?): refused, as a workbook's row twice is.
    let mut lines = std::collections::BTreeSet::new();
    for (i, row) in plan.rows.iter().enumerate() {
        if !lines.insert((row.country.as_str(), row.instrument.as_str())) {
            errors.push(DataError::new(
                file,
                format!("{root}.rows[{i}]"),
                Reason::DuplicateId {
                    kind: IdKind::PlanLine,
                    id: format!("{} · {}", row.country, row.instrument),
                },
            ));
        }
        if !is_day(&row.added) {
            errors.push(DataError::new(
                file,
                format!("{root}.rows[{i}].added"),
                Reason::NotDate(row.added.clone()),
            ));
        }
    }
    for (i, s) in plan.statuses.iter().enumerate() {
        if !is_day(&s.date) {
            errors.push(DataError::new(
                file,
                format!("{root}.statuses[{i}].date"),
                Reason::NotDate(s.date.clone()),
            ));
        }
        if s.reason.trim().is_empty() && s.source.is_none() {
            errors.push(DataError::new(
                file,
                format!("{root}.statuses[{i}].reason"),
                Reason::EmptyText,
            ));
        }
    }
    for (i, m) in plan.milestones.iter().enumerate() {
        if !is_day(&m.date) {
            errors.push(DataError::new(
                file,
                format!("{root}.milestones[{i}].date"),
                Reason::NotDate(m.date.clone()),
            ));
        }
        if m.label.trim().is_empty() {
            errors.push(DataError::new(
                file,
                format!("{root}.milestones[{i}].label"),
                Reason::EmptyText,
            ));
        }
    }
    for (path, text) in plan
        .statuses
        .iter()
        .enumerate()
        .map(|(i, s)| (format!("{root}.statuses[{i}].reason"), &s.reason))
        .chain(
            plan.milestones
                .iter()
                .enumerate()
                .map(|(i, m)| (format!("{root}.milestones[{i}].label"), &m.label)),
        )
    {
        if !text.trim().is_empty() {
            crate::check::rules::check_plain(&mut errors, file, &path, text);
        }
    }
    for (i, d) in plan.decisions.iter().enumerate() {
        let at = format!("{root}.decisions[{i}]");
        if !is_day(&d.date) {
            errors.push(DataError::new(
                file,
                format!("{at}.date"),
                Reason::NotDate(d.date.clone()),
            ));
        }
        // Empty or only spaces is refused by check_plain as well: a decision says why.
        crate::check::rules::check_plain(&mut errors, file, &format!("{at}.reason"), &d.reason);
    }
    for (i, r) in plan.reviews.iter().enumerate() {
        let at = format!("{root}.reviews[{i}]");
        if !is_day(&r.due) {
            errors.push(DataError::new(
                file,
                format!("{at}.due"),
                Reason::NotDate(r.due.clone()),
            ));
        }
        for (k, done) in r.done.iter().enumerate() {
            if !is_day(done) {
                errors.push(DataError::new(
                    file,
                    format!("{at}.done[{k}]"),
                    Reason::NotDate(done.clone()),
                ));
            }
        }
        if let Some(decided) = plan.decided_on(&r.country) {
            if r.due.as_str() < decided && is_day(&r.due) {
                errors.push(DataError::new(
                    file,
                    format!("{at}.due"),
                    Reason::ReviewBeforeDecision(decided.to_string()),
                ));
            }
        }
    }
    errors.extend(crate::plan::consultation::check_register(
        file,
        &format!("{root}.consultations"),
        &plan.consultations,
    ));
    #[cfg(feature = "intern")]
    errors.extend(crate::plan::step_plan::check::check_step_plan(
        file,
        &format!("{root}.step_plan"),
        &plan.step_plan,
    ));
    errors
}

/// The plan without what the data in use does not know, and what was taken out.
pub fn keep_known(mut plan: Plan, context: PlanContext) -> (Plan, Vec<Dropped>) {
    let mut dropped = Vec::new();
    let mut note = |d: Dropped| {
        if !dropped.contains(&d) {
            dropped.push(d);
        }
    };
    let country_ok = |c: &str| context.dataset.country(c).is_some();
    let instrument_ok = |i: &str| context.dataset.instruments.iter().any(|x| x.id == i);
    let envelope_ok = |e: &str| context.envelopes.iter().any(|x| x.id == e);
    plan.rows.retain(|r| {
        let ok = (
            country_ok(&r.country),
            instrument_ok(&r.instrument),
            envelope_ok(&r.envelope),
        );
        if !ok.0 {
            note(Dropped::Country(r.country.clone()));
        } else if !ok.1 {
            note(Dropped::Instrument(r.instrument.clone()));
        } else if !ok.2 {
            note(Dropped::Envelope(r.envelope.clone()));
        }
        ok.0 && ok.1 && ok.2
    });
    // A row twice for the same country and instrument: a file's is refused (`check_plan`); one
    // of a stored plan from before that check keeps its first.
    let mut seen = std::collections::BTreeSet::new();
    plan.rows
        .retain(|r| seen.insert((r.country.clone(), r.instrument.clone())));
    for lines in plan.packages.values_mut() {
        lines.retain(|l| {
            let ok = (instrument_ok(&l.instrument), envelope_ok(&l.envelope));
            if !ok.0 {
                note(Dropped::Instrument(l.instrument.clone()));
            } else if !ok.1 {
                note(Dropped::Envelope(l.envelope.clone()));
            }
            ok.0 && ok.1
        });
    }
    plan.statuses.retain(|s| {
        if !country_ok(&s.country) {
            note(Dropped::Country(s.country.clone()));
            return false;
        }
        true
    });
    for s in plan.statuses.iter_mut() {
        if let Some(source) = &s.source {
            if !context.dataset.sources.iter().any(|x| &x.id == source) {
                note(Dropped::Source(source.clone()));
                s.source = None;
            }
        }
    }
    // A status whose only ground was an unknown source has none left.
    plan.statuses
        .retain(|s| !(s.reason.trim().is_empty() && s.source.is_none()));
    plan.milestones.retain(|m| match &m.country {
        Some(c) if !country_ok(c) => {
            note(Dropped::Country(c.clone()));
            false
        }
        _ => true,
    });
    // A consultation stays: what was brought in is not lost with a country the data does not
    // know; that country is taken off it, and said.
    for entry in plan.consultations.iter_mut() {
        let mut seen = std::collections::BTreeSet::new();
        // A country named twice is one country.
        entry.countries.retain(|c| seen.insert(c.clone()));
        entry.countries.retain(|c| {
            let ok = country_ok(c);
            if !ok {
                note(Dropped::Country(c.clone()));
            }
            ok
        });
    }
    #[cfg(feature = "intern")]
    plan.step_plan.countries.retain(|c, _| {
        if !country_ok(c) {
            note(Dropped::Country(c.clone()));
            return false;
        }
        true
    });
    #[cfg(not(feature = "intern"))]
    if plan.internal_part.take().is_some() {
        note(Dropped::InternalPart);
    }
    (plan, dropped)
}

/// The stored working plan: `None` if the text does not read as a plan (kept aside by the
/// caller), else the plan with what the data in use does not know dropped.
pub fn restore_stored(text: &str, context: PlanContext) -> Option<(Plan, Vec<Dropped>)> {
    let plan: Plan = serde_json::from_str(text).ok()?;
    if !check_plan("localStorage", "$", &plan).is_empty() {
        return None;
    }
    Some(keep_known(plan, context))
}
