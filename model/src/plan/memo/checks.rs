//! The checks themselves: per planned country (and for the plan as a whole where the rule is
//! about the whole), in order, needs attention, or cannot be judged with what is missing. A
//! check marked "deliberately not" shows as that decision.

use std::collections::{BTreeMap, BTreeSet};

use crate::data::dataset::{Aspect, Dataset, Instrument};
use crate::plan::memo::decision::CheckDecision;
use crate::plan::memo::rule::CheckId;
use crate::plan::org::Org;
use crate::plan::totals::FteShortfall;
use crate::plan::types::{Channel, PartnershipStatus, Plan, PlanRow, PLAN_YEARS};
use crate::selection::settings::{Adjustment, AdjustmentKind};
use crate::selection::Tier;

/// What the checks read besides the plan: the data in use, the tiers of the plan's selection,
/// its manual adjustments, the FTE shortfalls already computed, and today.
pub struct CheckInputs<'a> {
    pub plan: &'a Plan,
    pub dataset: &'a Dataset,
    pub tier: &'a dyn Fn(&str) -> Option<Tier>,
    pub adjustments: &'a [Adjustment],
    pub fte_shortfalls: &'a [FteShortfall],
    /// `YYYY-MM-DD`.
    pub today: &'a str,
}

/// Something the plan does that departs from a rule.
#[derive(Clone, Debug, PartialEq)]
pub enum Finding {
    /// The country's lines serve no protection aspect (its instruments, by id).
    NoProtectionLine {
        instruments: Vec<String>,
    },
    /// Plan years from this year on in which an intensive-tier country has no money.
    NoMoneyIn(Vec<u16>),
    /// … or no people.
    NoFteIn(Vec<u16>),
    FteOverAvailable(FteShortfall),
    /// An intensive-tier country whose lines all go through one channel.
    OneChannel(Channel),
    /// The tier decision's review is past due.
    ReviewOverdue {
        due: String,
    },
    /// A manual adjustment of the plan's selection whose review is past due.
    AdjustmentReviewOverdue {
        kind: AdjustmentKind,
        due: String,
    },
    StatusWithoutSource {
        status: PartnershipStatus,
        date: String,
    },
    StatusSourceUnknown {
        status: PartnershipStatus,
        source: String,
    },
    /// An intensive or targeted country with no consultation in the register since this day.
    NoConsultationSince {
        since: String,
    },
    /// Conditions of the step plan's reciprocity step not met (their ids).
    #[cfg(feature = "intern")]
    ReciprocityNotMet {
        conditions: Vec<String>,
    },
}

/// What a check would need to judge.
#[derive(Clone, Debug, PartialEq)]
pub enum Missing {
    /// Instruments whose aspects the catalogue in use does not give.
    AspectsUnknown(Vec<String>),
    /// The country has no tier in the plan's selection.
    TierUnknown,
    /// Organisations with planned FTE but no FTE available entered.
    FteAvailableUnknown(Vec<Org>),
    /// Conditions of the reciprocity step not yet recorded as met or not.
    #[cfg(feature = "intern")]
    ReciprocityUnrecorded { conditions: Vec<String> },
    /// The step plan in use has no reciprocity step.
    #[cfg(feature = "intern")]
    NoReciprocityStep,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    InOrder,
    Attention(Vec<Finding>),
    CannotJudge(Vec<Missing>),
    /// Marked "deliberately not"; what the check found is kept beside the decision.
    Decided {
        decision: CheckDecision,
        found: Box<Outcome>,
    },
}

impl Outcome {
    pub fn is_in_order(&self) -> bool {
        matches!(self, Outcome::InOrder)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct CheckResult {
    pub check: CheckId,
    /// `None` for the plan as a whole.
    pub country: Option<String>,
    pub outcome: Outcome,
}

/// Lines per channel.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ChannelMix {
    pub bilateral: usize,
    pub eu: usize,
    pub both: usize,
}

impl ChannelMix {
    fn add(&mut self, channel: Channel) {
        match channel {
            Channel::Bilateral => self.bilateral += 1,
            Channel::Eu => self.eu += 1,
            Channel::Both => self.both += 1,
        }
    }

    /// The single channel every line goes through, if there is one and it is not "both".
    pub fn only(&self) -> Option<Channel> {
        match (self.bilateral, self.eu, self.both) {
            (b, 0, 0) if b > 0 => Some(Channel::Bilateral),
            (0, e, 0) if e > 0 => Some(Channel::Eu),
            _ => None,
        }
    }
}

/// Every check's results, and the channel mix per country and in total.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MemoReport {
    pub results: Vec<CheckResult>,
    pub channel_mix: BTreeMap<String, ChannelMix>,
    pub total_mix: ChannelMix,
}

/// How many results of each kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub in_order: usize,
    pub attention: usize,
    pub cannot_judge: usize,
    pub decided: usize,
}

impl MemoReport {
    pub fn of_check(&self, check: CheckId) -> impl Iterator<Item = &CheckResult> {
        self.results.iter().filter(move |r| r.check == check)
    }

    pub fn of_country<'a>(&'a self, iso3: &'a str) -> impl Iterator<Item = &'a CheckResult> {
        self.results
            .iter()
            .filter(move |r| r.country.as_deref() == Some(iso3))
    }

    pub fn counts<'a>(results: impl Iterator<Item = &'a CheckResult>) -> Counts {
        let mut counts = Counts::default();
        for result in results {
            match result.outcome {
                Outcome::InOrder => counts.in_order += 1,
                Outcome::Attention(_) => counts.attention += 1,
                Outcome::CannotJudge(_) => counts.cannot_judge += 1,
                Outcome::Decided { .. } => counts.decided += 1,
            }
        }
        counts
    }
}

/// The line's channel: as set, or its instrument family's.
pub fn line_channel(row: &PlanRow, instruments: &[Instrument]) -> Channel {
    row.channel.unwrap_or_else(|| {
        instruments
            .iter()
            .find(|i| i.id == row.instrument)
            .map(|i| Channel::of_family(i.family))
            .unwrap_or(Channel::Bilateral)
    })
}

/// Runs every check over the plan.
/// How far back a consultation counts for the memo check: a year.
pub const CONSULTATION_MONTHS: u32 = 12;

pub fn check_plan(inputs: &CheckInputs) -> MemoReport {
    let plan = inputs.plan;
    let instruments = &inputs.dataset.instruments;
    let mut by_country: BTreeMap<&str, Vec<&PlanRow>> = BTreeMap::new();
    for row in &plan.rows {
        by_country.entry(row.country.as_str()).or_default().push(row);
    }
    let planned = plan.countries();
    let first_year: u16 = inputs.today.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0);
    let mut report = MemoReport::default();
    let mut push = |check: CheckId, country: Option<&str>, outcome: Outcome| {
        report_push(&mut report.results, &plan.decisions, check, country, outcome)
    };

    for country in &planned {
        let rows = by_country.get(country.as_str()).cloned().unwrap_or_default();
        push(CheckId::Protection, Some(country), protection(&rows, instruments));
    }
    #[cfg(feature = "intern")]
    for (country, outcome) in reciprocity(plan, &by_country) {
        push(CheckId::Reciprocity, Some(&country), outcome);
    }
    for country in &planned {
        let rows = by_country.get(country.as_str()).cloned().unwrap_or_default();
        push(
            CheckId::Capacity,
            Some(country),
            capacity((inputs.tier)(country), &rows, first_year),
        );
    }
    push(CheckId::Capacity, None, fte_capacity(plan, inputs.fte_shortfalls));

    let mut mixes = BTreeMap::new();
    for country in &planned {
        let mut mix = ChannelMix::default();
        for row in by_country.get(country.as_str()).into_iter().flatten() {
            let channel = line_channel(row, instruments);
            mix.add(channel);
            report.total_mix.add(channel);
        }
        let outcome = match ((inputs.tier)(country), mix.only()) {
            (None, _) => Outcome::CannotJudge(vec![Missing::TierUnknown]),
            (Some(Tier::Intensive), Some(only)) => Outcome::Attention(vec![Finding::OneChannel(only)]),
            _ => Outcome::InOrder,
        };
        push(CheckId::Channels, Some(country), outcome);
        mixes.insert(country.clone(), mix);
    }
    report.channel_mix = mixes;

    let mut reviewed: BTreeSet<&str> = BTreeSet::new();
    for country in &planned {
        let mut findings = Vec::new();
        if let Some(review) = plan.review(country).filter(|r| r.due.as_str() < inputs.today) {
            findings.push(Finding::ReviewOverdue { due: review.due });
        }
        findings.extend(overdue_adjustments(inputs.adjustments, country, inputs.today));
        reviewed.insert(country);
        push(CheckId::Review, Some(country), attention_or_in_order(findings));
    }
    let adjusted: BTreeSet<&str> = crate::order::set_from(inputs.adjustments.iter().map(|a| a.iso3.as_str()));
    for country in adjusted.difference(&reviewed) {
        let findings = overdue_adjustments(inputs.adjustments, country, inputs.today);
        push(CheckId::Review, Some(country), attention_or_in_order(findings));
    }

    // Memo § 4.1: structured consultation. A partner the plan works with intensively or in a
    // targeted way had one in the last year, or needs attention. The register is read once
    // for every country asked.
    let asked: Vec<&str> = planned
        .iter()
        .map(String::as_str)
        .filter(|c| matches!((inputs.tier)(c), Some(Tier::Intensive | Tier::Targeted)))
        .collect();
    let held = crate::plan::consultation::coverage(
        &plan.consultations,
        &asked,
        &[],
        inputs.today,
        CONSULTATION_MONTHS,
    );
    if let Some(coverage) = held {
        for country in &planned {
            let outcome = match (inputs.tier)(country) {
                None => Outcome::CannotJudge(vec![Missing::TierUnknown]),
                Some(Tier::Monitor) => continue,
                Some(_) if coverage.countries_without.contains(country) => {
                    Outcome::Attention(vec![Finding::NoConsultationSince {
                        since: coverage.since.clone(),
                    }])
                }
                Some(_) => Outcome::InOrder,
            };
            push(CheckId::Consultation, Some(country), outcome);
        }
    }

    let mut with_status: Vec<&str> = plan.statuses.iter().map(|s| s.country.as_str()).collect();
    crate::order::sort(&mut with_status);
    with_status.dedup();
    for country in with_status {
        if let Some(outcome) = sourced_status(plan, inputs.dataset, country) {
            push(CheckId::SourcedStatus, Some(country), outcome);
        }
    }
    report
}

fn report_push(
    results: &mut Vec<CheckResult>,
    decisions: &[CheckDecision],
    check: CheckId,
    country: Option<&str>,
    outcome: Outcome,
) {
    let decision = decisions
        .iter()
        .rev()
        .find(|d| d.check == check && d.country.as_deref() == country);
    let outcome = match (outcome, decision) {
        (Outcome::InOrder, _) => Outcome::InOrder,
        (found, Some(decision)) => Outcome::Decided {
            decision: decision.clone(),
            found: Box::new(found),
        },
        (found, None) => found,
    };
    results.push(CheckResult {
        check,
        country: country.map(str::to_string),
        outcome,
    });
}

fn attention_or_in_order(findings: Vec<Finding>) -> Outcome {
    if findings.is_empty() {
        Outcome::InOrder
    } else {
        Outcome::Attention(findings)
    }
}

/// Protection as the red thread: some line of the country serves protection.
fn protection(rows: &[&PlanRow], instruments: &[Instrument]) -> Outcome {
    let mut unknown = Vec::new();
    for row in rows {
        match instruments.iter().find(|i| i.id == row.instrument) {
            Some(instrument) if instrument.serves(Aspect::Protection) => return Outcome::InOrder,
            Some(instrument) if !instrument.aspects.is_empty() => {}
            _ => unknown.push(row.instrument.clone()),
        }
    }
    if unknown.is_empty() {
        Outcome::Attention(vec![Finding::NoProtectionLine {
            instruments: rows.iter().map(|r| r.instrument.clone()).collect(),
        }])
    } else {
        Outcome::CannotJudge(vec![Missing::AspectsUnknown(unknown)])
    }
}

/// The degree of engagement goes with capacity: an intensive-tier country has money and
/// people in every plan year from this one on.
fn capacity(tier: Option<Tier>, rows: &[&PlanRow], first_year: u16) -> Outcome {
    match tier {
        None => return Outcome::CannotJudge(vec![Missing::TierUnknown]),
        Some(Tier::Intensive) => {}
        Some(_) => return Outcome::InOrder,
    }
    let years: Vec<u16> = PLAN_YEARS.into_iter().filter(|y| *y >= first_year).collect();
    let without = |has: &dyn Fn(&PlanRow, u16) -> bool| -> Vec<u16> {
        years
            .iter()
            .copied()
            .filter(|year| !rows.iter().any(|r| has(r, *year)))
            .collect()
    };
    let no_money = without(&|r, y| r.year(y).eur > 0);
    let no_fte = without(&|r, y| r.year(y).fte_hundredths > 0);
    let mut findings = Vec::new();
    if !no_money.is_empty() {
        findings.push(Finding::NoMoneyIn(no_money));
    }
    if !no_fte.is_empty() {
        findings.push(Finding::NoFteIn(no_fte));
    }
    attention_or_in_order(findings)
}

/// People planned within what each organisation has.
fn fte_capacity(plan: &Plan, shortfalls: &[FteShortfall]) -> Outcome {
    if !shortfalls.is_empty() {
        return Outcome::Attention(
            shortfalls
                .iter()
                .cloned()
                .map(Finding::FteOverAvailable)
                .collect(),
        );
    }
    let mut unknown: Vec<Org> = plan
        .rows
        .iter()
        .filter(|r| r.years.values().any(|y| y.fte_hundredths > 0))
        .map(|r| r.lead)
        .filter(|org| !plan.fte_available.contains_key(org))
        .collect();
    crate::order::sort(&mut unknown);
    unknown.dedup();
    if unknown.is_empty() {
        Outcome::InOrder
    } else {
        Outcome::CannotJudge(vec![Missing::FteAvailableUnknown(unknown)])
    }
}

fn overdue_adjustments(adjustments: &[Adjustment], country: &str, today: &str) -> Vec<Finding> {
    adjustments
        .iter()
        .filter(|a| a.iso3 == country)
        .filter_map(|a| {
            let due = a.review_date()?;
            (due.as_str() < today).then_some(Finding::AdjustmentReviewOverdue { kind: a.kind, due })
        })
        .collect()
}

/// A status of "agreement" or "implementing" rests on a dated source in the registry in use.
fn sourced_status(plan: &Plan, dataset: &Dataset, country: &str) -> Option<Outcome> {
    let current = plan.current_status(country)?;
    if !matches!(
        current.status,
        PartnershipStatus::Agreement | PartnershipStatus::Implementing
    ) {
        return None;
    }
    Some(match &current.source {
        None => Outcome::Attention(vec![Finding::StatusWithoutSource {
            status: current.status,
            date: current.date.clone(),
        }]),
        Some(source) if !dataset.sources.iter().any(|s| &s.id == source) => {
            Outcome::Attention(vec![Finding::StatusSourceUnknown {
                status: current.status,
                source: source.clone(),
            }])
        }
        Some(_) => Outcome::InOrder,
    })
}

/// Labour migration only with reciprocal agreements: a country with a labour-migration line, or
/// with progress in the step plan past its reciprocity step, has that step's conditions met.
#[cfg(feature = "intern")]
fn reciprocity(plan: &Plan, by_country: &BTreeMap<&str, Vec<&PlanRow>>) -> Vec<(String, Outcome)> {
    use crate::plan::step_plan::types::{ConditionState, StepStatus};
    const RECIPROCITY_STEP: &str = "stap-wederkerigheid";
    const LABOUR_MIGRATION: &str = "labour-migration";
    let steps = &plan.step_plan.template.steps;
    let position = steps.iter().position(|s| s.id == RECIPROCITY_STEP);
    let mut countries: BTreeSet<String> = crate::order::set_from(
        by_country
            .iter()
            .filter(|(_, rows)| rows.iter().any(|r| r.instrument == LABOUR_MIGRATION))
            .map(|(c, _)| c.to_string()),
    );
    for (country, records) in &plan.step_plan.countries {
        let progressed = steps.iter().enumerate().any(|(i, step)| {
            position.is_some_and(|p| i > p)
                && records
                    .get(&step.id)
                    .is_some_and(|r| matches!(r.status, StepStatus::InProgress | StepStatus::Done))
        });
        if progressed {
            countries.insert(country.clone());
        }
    }
    countries
        .into_iter()
        .map(|country| {
            let Some(step) = position.map(|p| &steps[p]) else {
                return (country, Outcome::CannotJudge(vec![Missing::NoReciprocityStep]));
            };
            let record = plan.step_plan.record(&country, step);
            let with = |state: ConditionState| -> Vec<String> {
                step.conditions
                    .iter()
                    .filter(|c| record.condition(&c.id) == state)
                    .map(|c| c.id.clone())
                    .collect()
            };
            let not_met = with(ConditionState::NotMet);
            let unknown = with(ConditionState::Unknown);
            let outcome = if !not_met.is_empty() {
                Outcome::Attention(vec![Finding::ReciprocityNotMet { conditions: not_met }])
            } else if !unknown.is_empty() {
                Outcome::CannotJudge(vec![Missing::ReciprocityUnrecorded { conditions: unknown }])
            } else {
                Outcome::InOrder
            };
            (country, outcome)
        })
        .collect()
}
