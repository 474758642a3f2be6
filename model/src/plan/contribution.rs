//! Contributions: the coordinator asks an organisation for its part of the plan (a *request*
//! file), the organisation fills in money, people and notes for the lines asked of it (its
//! *answer*), and the coordinator merges any number of answers at once.
//!
//! The merge is three-way. The plan keeps every request it issued with the values the lines had
//! then (the base), so "changed by whom" is known: a value the answer changed and the plan did not
//! is taken; a value the plan changed and the answer did not stays; the same change on both sides
//! is no conflict; different changes on both sides — or by two organisations in one merge, or an
//! answer to a line the plan has since removed — are conflicts, which stay as the plan has them
//! until the user chooses. Nothing is overwritten without a choice, and every merge is logged.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::check::error::DataError;
use crate::check::json::parse;
use crate::check::reason::Reason;
use crate::plan::action::{Field, PlanContext};
use crate::plan::import::check_years;
use crate::plan::org::Org;
use crate::plan::problem::plain;
pub use crate::plan::types::{AskedLine, FieldName, IssuedRequest, MergeRecord, ResolvedConflict, Side};
use crate::plan::types::{Plan, PlanRow, YearAmount, PLAN_YEARS};

pub const CONTRIBUTION_FORMAT: &str = "beleidsagenda-bijdrage";
pub const CONTRIBUTION_VERSION: u32 = 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ContributionKind {
    Request,
    Answer,
}

/// A request or an answer. Organisations only: no person is named (memo § 5).
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Contribution {
    pub kind: ContributionKind,
    /// The plan the request came from: an answer to another plan's request is refused.
    pub plan_id: String,
    pub request_id: String,
    /// The organisation asked, as its token (`ind`); read leniently so an unknown one is named.
    pub organisation: String,
    pub requested_by: String,
    pub requested_on: String,
    #[serde(default)]
    pub deadline: Option<String>,
    #[serde(default)]
    pub answered_on: Option<String>,
    pub lines: Vec<AskedLine>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ContributionFile {
    pub format: String,
    pub version: u32,
    pub contribution: Contribution,
}

impl From<Field> for FieldName {
    fn from(field: Field) -> FieldName {
        match field {
            Field::Eur => FieldName::Eur,
            Field::Fte => FieldName::Fte,
        }
    }
}

fn key(line: &AskedLine) -> (String, String) {
    (line.country.clone(), line.instrument.clone())
}

/// A value changed on both sides (or a line removed from the plan that the answer changed).
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub country: String,
    pub instrument: String,
    pub year: u16,
    pub field: FieldName,
    pub base: i64,
    /// The plan's value now; `None` for a line the plan has removed since the request.
    pub plan_value: Option<i64>,
    /// Who set the plan's value in this merge, if an earlier answer did.
    pub plan_by: Option<Org>,
    pub answer_value: i64,
    pub answer_by: Org,
    pub answered_on: String,
    /// The answer (index into the merge's answers) this conflict comes from.
    pub answer: usize,
}

/// Why an answer, or part of one, was not merged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerProblem {
    NotAnAnswer,
    OtherPlan,
    UnknownRequest,
    UnknownOrganisation(String),
    OrganisationMismatch,
    AlreadyMerged,
    /// Another answer to the same request is in the same merge: merged one at a time, so that
    /// which one corrects which is never guessed.
    SameRequestTwice,
    /// A line the request did not ask for — another instrument or another country: listed, not
    /// applied. The same rule for both: an organisation answers what it was asked.
    NotAsked {
        country: String,
        instrument: String,
    },
    /// A line that stands more than once in the answer. With the same values it is taken once
    /// (`same`); with different values neither is taken, as which one is meant is not known.
    LineTwice {
        country: String,
        instrument: String,
        times: usize,
        same: bool,
    },
    UnknownCountry(String),
    UnknownInstrument(String),
    /// An answer dated before the answer to the same request that is already merged: a
    /// correction comes after what it corrects.
    OlderThanMerged {
        merged: String,
    },
    /// A note longer than the answer page lets anyone type (`MAX_NOTE_CHARS`): left out.
    NoteTooLong {
        country: String,
        instrument: String,
    },
    /// A note with an e-mail address, a phone number or markup: the note is left out.
    NoteRefused {
        country: String,
        instrument: String,
    },
}

/// The outcome of a merge before the user resolves its conflicts.
#[derive(Clone, Debug, PartialEq)]
pub struct MergeDraft {
    /// The plan with every change that is no conflict; conflicts as the plan has them.
    pub plan: Plan,
    pub conflicts: Vec<Conflict>,
    /// Per answer (in order): its file, what it did, and what was not applied and why.
    pub answers: Vec<AnswerReport>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AnswerReport {
    pub file: String,
    /// `None` when the whole answer was refused.
    pub organisation: Option<Org>,
    pub request_id: String,
    pub answered_on: String,
    pub lines_added: usize,
    pub values_changed: usize,
    pub problems: Vec<AnswerProblem>,
    pub merged: bool,
    /// Notes the organisation wrote, per line: (country, instrument, note).
    pub notes: Vec<(String, String, String)>,
    /// The answer's identity (`fingerprint`).
    pub fingerprint: String,
    /// When this answer corrects one merged before: that answer's date.
    pub corrects: Option<String>,
    /// The answer's lines that were read (asked, known, once): the base of a later correction.
    pub lines: Vec<AskedLine>,
}

/// The longest note an answer carries (the answer page's field holds no more).
pub const MAX_NOTE_CHARS: usize = 600;

/// Whether a note may be kept: no markup, e-mail address or phone number (organisations only).
pub fn check_note(note: &str) -> Result<(), crate::plan::problem::PlanProblem> {
    plain(note)
}

/// The lines an organisation is asked for by default: those it leads or contributes to.
pub fn default_lines(plan: &Plan, org: Org) -> Vec<(String, String)> {
    plan.rows
        .iter()
        .filter(|r| r.lead == org || r.contributors.contains(&org))
        .map(|r| (r.country.clone(), r.instrument.clone()))
        .collect()
}

/// A stable id for a plan, made once from the moment it first issues a request.
pub fn plan_id_from(seed: &str) -> String {
    format!("plan-{:016x}", fnv1a(seed.as_bytes()))
}

use crate::data::identity::fnv1a;

/// Makes a request for `org` over `lines` (country, instrument): the plan records it (and gets
/// its id if it had none), the file carries the lines with their values now as the base.
pub fn make_request(
    plan: &Plan,
    org: Org,
    requested_by: Org,
    lines: &[(String, String)],
    today: &str,
    deadline: Option<&str>,
    seed: &str,
) -> (Plan, ContributionFile) {
    let mut next = plan.clone();
    if next.id.is_empty() {
        next.id = plan_id_from(seed);
    }
    let asked: Vec<AskedLine> = lines
        .iter()
        .filter_map(|(country, instrument)| next.row(country, instrument))
        .map(|row| AskedLine {
            country: row.country.clone(),
            instrument: row.instrument.clone(),
            base: row.years.clone(),
            years: row.years.clone(),
            note: String::new(),
        })
        .collect();
    let request_id = format!(
        "{}-{}-{}",
        org.token(),
        today,
        next.requests.iter().filter(|r| r.organisation == org).count() + 1
    );
    next.requests.push(IssuedRequest {
        request_id: request_id.clone(),
        organisation: org,
        requested_on: today.to_string(),
        deadline: deadline.map(str::to_string),
        lines: asked.clone(),
    });
    let file = ContributionFile {
        format: CONTRIBUTION_FORMAT.to_string(),
        version: CONTRIBUTION_VERSION,
        contribution: Contribution {
            kind: ContributionKind::Request,
            plan_id: next.id.clone(),
            request_id,
            organisation: org.token().to_string(),
            requested_by: requested_by.token().to_string(),
            requested_on: today.to_string(),
            deadline: deadline.map(str::to_string),
            answered_on: None,
            lines: asked,
        },
    };
    (next, file)
}

/// Reads a request or an answer; refuses a damaged file whole, with its JSON path, and amounts
/// out of bounds.
pub fn read_contribution(file_name: &str, text: &str) -> Result<Contribution, Vec<DataError>> {
    #[derive(Deserialize)]
    struct Head {
        format: Option<String>,
    }
    let head: Head = parse(file_name, text).map_err(|e| vec![e])?;
    if head.format.as_deref() != Some(CONTRIBUTION_FORMAT) {
        return Err(vec![DataError::new(
            file_name,
            "$.format",
            Reason::NotAContribution,
        )]);
    }
    let file: ContributionFile = parse(file_name, text).map_err(|e| vec![e])?;
    let mut errors = Vec::new();
    for (i, line) in file.contribution.lines.iter().enumerate() {
        for (part, years) in [("base", &line.base), ("years", &line.years)] {
            check_years(
                file_name,
                &format!("$.contribution.lines[{i}].{part}"),
                years,
                &mut errors,
            );
        }
    }
    if errors.is_empty() {
        Ok(file.contribution)
    } else {
        Err(errors)
    }
}

/// What identifies an answer: its request, its organisation and its lines with their values and
/// notes, in any order — not the day it was saved. A corrected answer sent the same day is
/// another answer; the same answer saved again on another day is the same one.
pub fn fingerprint(answer: &Contribution) -> String {
    let mut lines: Vec<&AskedLine> = answer.lines.iter().collect();
    lines.sort_by(|a, b| (&a.country, &a.instrument).cmp(&(&b.country, &b.instrument)));
    let content: Vec<(&str, &str, &BTreeMap<u16, YearAmount>, &str)> = lines
        .iter()
        .map(|l| (l.country.as_str(), l.instrument.as_str(), &l.years, l.note.trim()))
        .collect();
    let text =
        serde_json::to_string(&(&answer.request_id, &answer.organisation, content)).unwrap_or_default();
    format!("{:016x}", fnv1a(text.as_bytes()))
}

/// The merges of the plan's log still in force (an undone merge stays in the log, marked).
fn merges_in_force<'a>(plan: &'a Plan, request_id: &'a str) -> impl Iterator<Item = &'a MergeRecord> + 'a {
    plan.merges
        .iter()
        .filter(move |m| m.request_id == request_id && m.undone_on.is_none())
}

/// Whether the plan already merged this answer: the same content, or (for a log written before
/// answers had a fingerprint) the same date.
fn already_merged(plan: &Plan, answer: &Contribution, fingerprint: &str) -> bool {
    merges_in_force(plan, &answer.request_id).any(|m| {
        if m.fingerprint.is_empty() {
            Some(&m.answered_on) == answer.answered_on.as_ref()
        } else {
            m.fingerprint == fingerprint
        }
    })
}

fn value(amount: YearAmount, field: FieldName) -> i64 {
    match field {
        FieldName::Eur => amount.eur,
        FieldName::Fte => i64::from(amount.fte_hundredths),
    }
}

/// Sets one field of one year of a line, the other field as it was.
fn set_value(row: &mut PlanRow, year: u16, field: FieldName, v: i64) {
    let amount = row.years.entry(year).or_default();
    match field {
        FieldName::Eur => amount.eur = v,
        FieldName::Fte => amount.fte_hundredths = u32::try_from(v).unwrap_or(0),
    }
}

fn row_mut<'a>(plan: &'a mut Plan, country: &str, instrument: &str) -> Option<&'a mut PlanRow> {
    plan.rows
        .iter_mut()
        .find(|r| r.country == country && r.instrument == instrument)
}

/// An answer's lines by (country, instrument), each once: a line written twice with the same
/// values counts once, one written twice with different values is left out; both are reported.
fn lines_once(lines: &[AskedLine], problems: &mut Vec<AnswerProblem>) -> Vec<AskedLine> {
    let mut groups: BTreeMap<(String, String), Vec<&AskedLine>> = BTreeMap::new();
    let mut order = Vec::new();
    for line in lines {
        let group = groups.entry(key(line)).or_default();
        if group.is_empty() {
            order.push(key(line));
        }
        group.push(line);
    }
    let mut once = Vec::new();
    for line_key in order {
        let group = &groups[&line_key];
        let same = group
            .iter()
            .all(|l| l.years == group[0].years && l.note.trim() == group[0].note.trim());
        if group.len() > 1 {
            problems.push(AnswerProblem::LineTwice {
                country: line_key.0.clone(),
                instrument: line_key.1.clone(),
                times: group.len(),
                same,
            });
        }
        if same {
            once.push(group[0].clone());
        }
    }
    once
}

/// Merges `answers` (file name, answer) into `plan`. Changes that are no conflict are applied;
/// conflicts are listed and left as the plan has them until `resolve`. Every line of every answer
/// is accounted for: taken, the same as before, a conflict, or refused with the reason.
pub fn merge_answers(plan: &Plan, answers: &[(String, Contribution)], context: PlanContext) -> MergeDraft {
    let mut working = plan.clone();
    let mut conflicts = Vec::new();
    let mut reports = Vec::new();
    // Who set a value in this merge: a second organisation changing it too is a conflict.
    let mut set_by: BTreeMap<(String, String, u16, FieldName), Org> = BTreeMap::new();
    let mut requests_in_this_merge: BTreeMap<String, String> = BTreeMap::new();
    for (index, (file, answer)) in answers.iter().enumerate() {
        let mut report = AnswerReport {
            file: file.clone(),
            organisation: None,
            request_id: answer.request_id.clone(),
            answered_on: answer.answered_on.clone().unwrap_or_default(),
            lines_added: 0,
            values_changed: 0,
            problems: Vec::new(),
            merged: false,
            notes: Vec::new(),
            fingerprint: fingerprint(answer),
            corrects: None,
            lines: Vec::new(),
        };
        let refuse = |mut report: AnswerReport, problem| {
            report.problems.push(problem);
            report
        };
        if answer.kind != ContributionKind::Answer {
            reports.push(refuse(report, AnswerProblem::NotAnAnswer));
            continue;
        }
        if plan.id.is_empty() || answer.plan_id != plan.id {
            reports.push(refuse(report, AnswerProblem::OtherPlan));
            continue;
        }
        let Some(org) = Org::from_token(&answer.organisation) else {
            let unknown = answer.organisation.clone();
            reports.push(refuse(report, AnswerProblem::UnknownOrganisation(unknown)));
            continue;
        };
        let Some(request) = plan.requests.iter().find(|r| r.request_id == answer.request_id) else {
            reports.push(refuse(report, AnswerProblem::UnknownRequest));
            continue;
        };
        if request.organisation != org {
            reports.push(refuse(report, AnswerProblem::OrganisationMismatch));
            continue;
        }
        if already_merged(plan, answer, &report.fingerprint) {
            reports.push(refuse(report, AnswerProblem::AlreadyMerged));
            continue;
        }
        match requests_in_this_merge.get(&answer.request_id) {
            Some(seen) if *seen == report.fingerprint => {
                reports.push(refuse(report, AnswerProblem::AlreadyMerged));
                continue;
            }
            Some(_) => {
                reports.push(refuse(report, AnswerProblem::SameRequestTwice));
                continue;
            }
            None => {}
        }
        requests_in_this_merge.insert(answer.request_id.clone(), report.fingerprint.clone());
        report.organisation = Some(org);
        // A correction is read against the answer it corrects: what it repeats is no change.
        let corrected = merges_in_force(plan, &answer.request_id).last();
        if let Some(earlier) = corrected.filter(|m| report.answered_on < m.answered_on) {
            let merged = earlier.answered_on.clone();
            report.organisation = None;
            reports.push(refuse(report, AnswerProblem::OlderThanMerged { merged }));
            continue;
        }
        report.corrects = corrected.map(|m| m.answered_on.clone());
        let earlier: BTreeMap<(String, String), &AskedLine> = crate::order::map_from(
            corrected
                .into_iter()
                .flat_map(|m| m.answer_lines.iter())
                .map(|l| (key(l), l)),
        );
        let asked: BTreeMap<(String, String), &AskedLine> =
            crate::order::map_from(request.lines.iter().map(|l| (key(l), l)));
        for line in lines_once(&answer.lines, &mut report.problems) {
            if context.dataset.country(&line.country).is_none() {
                report
                    .problems
                    .push(AnswerProblem::UnknownCountry(line.country.clone()));
                continue;
            }
            if !context
                .dataset
                .instruments
                .iter()
                .any(|i| i.id == line.instrument)
            {
                report
                    .problems
                    .push(AnswerProblem::UnknownInstrument(line.instrument.clone()));
                continue;
            }
            let Some(asked_line) = asked.get(&key(&line)) else {
                report.problems.push(AnswerProblem::NotAsked {
                    country: line.country.clone(),
                    instrument: line.instrument.clone(),
                });
                continue;
            };
            if line.note.chars().count() > MAX_NOTE_CHARS {
                report.problems.push(AnswerProblem::NoteTooLong {
                    country: line.country.clone(),
                    instrument: line.instrument.clone(),
                });
            } else if plain(&line.note).is_err() {
                report.problems.push(AnswerProblem::NoteRefused {
                    country: line.country.clone(),
                    instrument: line.instrument.clone(),
                });
            } else if !line.note.trim().is_empty() {
                report.notes.push((
                    line.country.clone(),
                    line.instrument.clone(),
                    line.note.trim().to_string(),
                ));
            }
            // The base is the plan's own record (of the request, or of the answer corrected),
            // not what the file claims.
            let base = earlier.get(&key(&line)).map_or(&asked_line.base, |l| &l.years);
            let mut years: BTreeSet<u16> = crate::order::set_from(base.keys().copied());
            years.extend(line.years.keys().copied());
            let exists = working.row(&line.country, &line.instrument).is_some();
            for year in years.into_iter().filter(|y| PLAN_YEARS.contains(y)) {
                for field in [FieldName::Eur, FieldName::Fte] {
                    let b = value(base.get(&year).copied().unwrap_or_default(), field);
                    let theirs = value(line.years.get(&year).copied().unwrap_or_default(), field);
                    if theirs == b {
                        continue;
                    }
                    let key = (line.country.clone(), line.instrument.clone(), year, field);
                    let conflict = |plan_value, plan_by| Conflict {
                        country: line.country.clone(),
                        instrument: line.instrument.clone(),
                        year,
                        field,
                        base: b,
                        plan_value,
                        plan_by,
                        answer_value: theirs,
                        answer_by: org,
                        answered_on: report.answered_on.clone(),
                        answer: index,
                    };
                    if !exists {
                        conflicts.push(conflict(None, None));
                        continue;
                    }
                    let row = row_mut(&mut working, &line.country, &line.instrument).expect("exists");
                    let ours = value(row.year(year), field);
                    if ours == theirs {
                        continue;
                    }
                    if ours == b && !set_by.contains_key(&key) {
                        set_value(row, year, field, theirs);
                        set_by.insert(key, org);
                        report.values_changed += 1;
                    } else {
                        conflicts.push(conflict(Some(ours), set_by.get(&key).copied()));
                    }
                }
            }
            report.lines.push(AskedLine {
                base: BTreeMap::new(),
                ..line
            });
        }
        report.merged = true;
        reports.push(report);
    }
    MergeDraft {
        plan: working,
        conflicts,
        answers: reports,
    }
}

/// The plan after the user chose a side for every conflict (`choices[i]` for `draft.conflicts[i]`,
/// the plan's side where none is given), with one log record per merged answer.
pub fn resolve(draft: &MergeDraft, choices: &[Side], today: &str) -> Plan {
    let mut plan = draft.plan.clone();
    let mut logged: Vec<Vec<ResolvedConflict>> = vec![Vec::new(); draft.answers.len()];
    let mut readded: Vec<usize> = vec![0; draft.answers.len()];
    for (i, conflict) in draft.conflicts.iter().enumerate() {
        let chosen = choices.get(i).copied().unwrap_or(Side::Plan);
        if chosen == Side::Answer {
            if plan.row(&conflict.country, &conflict.instrument).is_none() {
                plan.rows.push(PlanRow::new(
                    &conflict.country,
                    &conflict.instrument,
                    conflict.answer_by,
                    today,
                ));
                readded[conflict.answer] += 1;
            }
            let row = row_mut(&mut plan, &conflict.country, &conflict.instrument).expect("present");
            set_value(row, conflict.year, conflict.field, conflict.answer_value);
        }
        logged[conflict.answer].push(ResolvedConflict {
            country: conflict.country.clone(),
            instrument: conflict.instrument.clone(),
            year: conflict.year,
            field: conflict.field,
            plan_value: conflict.plan_value,
            answer_value: conflict.answer_value,
            chosen,
        });
    }
    for (i, report) in draft.answers.iter().enumerate() {
        let (true, Some(org)) = (report.merged, report.organisation) else {
            continue;
        };
        plan.merges.push(MergeRecord {
            file: report.file.clone(),
            organisation: org,
            request_id: report.request_id.clone(),
            answered_on: report.answered_on.clone(),
            merged_on: today.to_string(),
            lines_added: report.lines_added + readded[i],
            values_changed: report.values_changed,
            conflicts: std::mem::take(&mut logged[i]),
            notes: report.notes.clone(),
            fingerprint: report.fingerprint.clone(),
            answer_lines: report.lines.clone(),
            undone_on: None,
            corrects: report.corrects.clone(),
        });
    }
    plan
}

/// The answer a contributor saves: the request with its years, notes and the date.
pub fn answer_of(request: &Contribution, lines: Vec<AskedLine>, today: &str) -> ContributionFile {
    ContributionFile {
        format: CONTRIBUTION_FORMAT.to_string(),
        version: CONTRIBUTION_VERSION,
        contribution: Contribution {
            kind: ContributionKind::Answer,
            answered_on: Some(today.to_string()),
            lines,
            ..request.clone()
        },
    }
}
