//! Every change a user makes to the plan, as an action, and the one function that applies it.
//! Typed input is parsed here (whole euros, FTE with a decimal comma or point), so a refused
//! value leaves the plan exactly as it was and says why.

use crate::data::dataset::Dataset;
use crate::plan::propose::Proposal;
use crate::plan::types::{
    Channel, Envelope, Milestone, Org, PackageLine, Plan, PlanRow, StatusChange, MAX_AMOUNT_EUR,
    MAX_FTE_HUNDREDTHS, PLAN_YEARS,
};
use crate::selection::Tier;

/// What the plan is checked against: the dataset in use, the envelopes, today's date.
#[derive(Clone, Copy)]
pub struct PlanContext<'a> {
    pub dataset: &'a Dataset,
    pub envelopes: &'a [Envelope],
    /// `YYYY-MM-DD`.
    pub today: &'a str,
}

/// Which figure of a year an edit is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Eur,
    Fte,
}

/// Which line an edit is for: a country's row, or a line of a tier's standard package.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LineRef {
    Row { country: String, instrument: String },
    Package { tier: Tier, index: usize },
}

#[derive(Clone, Debug, PartialEq)]
pub enum PlanAction {
    /// Follow the tiers of another selection (a URL query).
    UseSelection(String),
    AddPackageLine {
        tier: Tier,
        instrument: String,
    },
    RemovePackageLine {
        tier: Tier,
        index: usize,
    },
    /// Adds the tier's package to each country that does not have that instrument yet.
    ApplyPackage {
        tier: Tier,
        countries: Vec<String>,
    },
    AddRow {
        country: String,
        instrument: String,
    },
    RemoveRow {
        country: String,
        instrument: String,
    },
    RemoveCountry(String),
    /// A typed amount: EUR as whole euros, FTE with up to two decimals. Empty means zero.
    SetAmount {
        line: LineRef,
        year: u16,
        field: Field,
        text: String,
    },
    SetLead {
        line: LineRef,
        lead: Org,
    },
    SetContributor {
        line: LineRef,
        org: Org,
        on: bool,
    },
    SetEnvelope {
        line: LineRef,
        envelope: String,
    },
    /// FTE an organisation has for the plan; empty text makes it unknown again.
    SetFteAvailable {
        org: Org,
        text: String,
    },
    AddStatus(StatusChange),
    RemoveStatus(usize),
    AddMilestone(Milestone),
    RemoveMilestone(usize),
    /// Adds the proposal's countries with their tier's package, charged to its envelope.
    AcceptProposal(Proposal),
    /// Bilateral, European or both for one line.
    SetChannel {
        country: String,
        instrument: String,
        channel: Channel,
    },
    /// Marks a check "deliberately not" for a country (or the plan), with a reason; dated today.
    Decide {
        check: CheckId,
        country: Option<String>,
        reason: String,
    },
    /// Withdraws that decision: the check counts again.
    Undecide {
        check: CheckId,
        country: Option<String>,
    },
    /// Sets when a country's tier decision is next reviewed.
    SetReview {
        country: String,
        date: String,
    },
    /// Records today's review of a country's tier decision; the next is six months on.
    MarkReviewed(String),
    /// Keeps a consultation in the register: a new one (no id yet) gets the next free id, one
    /// with an id takes that entry's place, or comes back under it when it was removed.
    SaveConsultation(Box<Consultation>),
    RemoveConsultation(String),
    /// Marks a consultation's follow-up done today, or open again.
    SetFollowUpDone {
        consultation: String,
        index: usize,
        done: bool,
    },
    Replace(Box<Plan>),
    /// A change to the step plan (internal edition).
    #[cfg(feature = "intern")]
    Steps(crate::plan::step_plan::action::StepPlanAction),
}

use crate::calendar::is_day;
use crate::plan::consultation::{check_consultation, next_consultation_id, Consultation};
use crate::plan::memo::decision::MAX_DECISION_REASON_CHARS;
use crate::plan::memo::{add_months, CheckDecision, CheckId, Review, REVIEW_MONTHS};
use crate::plan::problem::plain;
pub use crate::plan::problem::PlanProblem;

impl Plan {
    /// The plan after `action`, or why it cannot be applied.
    pub fn apply(&self, action: PlanAction, context: PlanContext) -> Result<Plan, PlanProblem> {
        let mut next = self.clone();
        match action {
            PlanAction::UseSelection(query) => next.selection = query,
            PlanAction::AddPackageLine { tier, instrument } => {
                known_instrument(context, &instrument)?;
                let lines = next.packages.entry(tier).or_default();
                if lines.iter().any(|l| l.instrument == instrument) {
                    return Err(PlanProblem::AlreadyPlanned);
                }
                let lead = default_lead(context, &instrument);
                lines.push(PackageLine {
                    instrument,
                    lead,
                    contributors: Vec::new(),
                    envelope: crate::plan::types::DEFAULT_ENVELOPE.to_string(),
                    years: Default::default(),
                });
            }
            PlanAction::RemovePackageLine { tier, index } => {
                let lines = next.packages.get_mut(&tier).ok_or(PlanProblem::NoSuchLine)?;
                if index >= lines.len() {
                    return Err(PlanProblem::NoSuchLine);
                }
                lines.remove(index);
            }
            PlanAction::ApplyPackage { tier, countries } => {
                let lines = self.packages.get(&tier).cloned().unwrap_or_default();
                if lines.is_empty() {
                    return Err(PlanProblem::EmptyPackage);
                }
                for country in &countries {
                    known_country(context, country)?;
                    for line in &lines {
                        if next.row(country, &line.instrument).is_none() {
                            next.rows.push(PlanRow::from_line(country, line, context.today));
                        }
                    }
                }
            }
            PlanAction::AddRow { country, instrument } => {
                known_country(context, &country)?;
                known_instrument(context, &instrument)?;
                if next.row(&country, &instrument).is_some() {
                    return Err(PlanProblem::AlreadyPlanned);
                }
                let lead = default_lead(context, &instrument);
                next.rows
                    .push(PlanRow::new(&country, &instrument, lead, context.today));
            }
            PlanAction::RemoveRow { country, instrument } => {
                let before = next.rows.len();
                next.rows
                    .retain(|r| !(r.country == country && r.instrument == instrument));
                if next.rows.len() == before {
                    return Err(PlanProblem::NoSuchLine);
                }
            }
            PlanAction::RemoveCountry(country) => next.rows.retain(|r| r.country != country),
            PlanAction::SetAmount {
                line,
                year,
                field,
                text,
            } => {
                if !PLAN_YEARS.contains(&year) {
                    return Err(PlanProblem::YearOutsidePlan(year));
                }
                let years = line_mut(&mut next, &line)?.years;
                let slot = years.entry(year).or_default();
                match field {
                    Field::Eur => slot.eur = parse_euros(&text)?,
                    Field::Fte => slot.fte_hundredths = parse_fte(&text)?,
                }
                if slot.is_empty() {
                    years.remove(&year);
                }
            }
            PlanAction::SetLead { line, lead } => *line_mut(&mut next, &line)?.lead = lead,
            PlanAction::SetContributor { line, org, on } => {
                let contributors = line_mut(&mut next, &line)?.contributors;
                contributors.retain(|o| *o != org);
                if on {
                    contributors.push(org);
                    crate::order::sort(contributors);
                }
            }
            PlanAction::SetEnvelope { line, envelope } => {
                if !context.envelopes.iter().any(|e| e.id == envelope) {
                    return Err(PlanProblem::UnknownEnvelope(envelope));
                }
                *line_mut(&mut next, &line)?.envelope = envelope;
            }
            PlanAction::SetFteAvailable { org, text } => {
                if text.trim().is_empty() {
                    next.fte_available.remove(&org);
                } else {
                    next.fte_available.insert(org, parse_fte(&text)?);
                }
            }
            PlanAction::AddStatus(change) => {
                let change = StatusChange {
                    reason: change.reason.trim().to_string(),
                    source: change.source.filter(|s| !s.trim().is_empty()),
                    ..change
                };
                known_country(context, &change.country)?;
                if !is_day(&change.date) {
                    return Err(PlanProblem::NotADate);
                }
                if change.reason.is_empty() && change.source.is_none() {
                    return Err(PlanProblem::NeedsReasonOrSource);
                }
                plain(&change.reason)?;
                if let Some(source) = &change.source {
                    if !context.dataset.sources.iter().any(|s| &s.id == source) {
                        return Err(PlanProblem::UnknownSource(source.clone()));
                    }
                }
                next.statuses.push(change);
                crate::order::sort_by(&mut next.statuses, |a, b| a.date.cmp(&b.date));
            }
            PlanAction::RemoveStatus(index) => {
                if index >= next.statuses.len() {
                    return Err(PlanProblem::NoSuchLine);
                }
                next.statuses.remove(index);
            }
            PlanAction::AddMilestone(milestone) => {
                let milestone = Milestone {
                    label: milestone.label.trim().to_string(),
                    ..milestone
                };
                if !is_day(&milestone.date) {
                    return Err(PlanProblem::NotADate);
                }
                if milestone.label.is_empty() {
                    return Err(PlanProblem::EmptyLabel);
                }
                plain(&milestone.label)?;
                if let Some(country) = &milestone.country {
                    known_country(context, country)?;
                }
                next.milestones.push(milestone);
                crate::order::sort_by(&mut next.milestones, |a, b| a.date.cmp(&b.date));
            }
            PlanAction::RemoveMilestone(index) => {
                if index >= next.milestones.len() {
                    return Err(PlanProblem::NoSuchLine);
                }
                next.milestones.remove(index);
            }
            PlanAction::AcceptProposal(proposal) => {
                if !context.envelopes.iter().any(|e| e.id == proposal.envelope) {
                    return Err(PlanProblem::UnknownEnvelope(proposal.envelope));
                }
                for pick in &proposal.picks {
                    known_country(context, &pick.iso3)?;
                    for line in self.packages.get(&pick.tier).into_iter().flatten() {
                        if next.row(&pick.iso3, &line.instrument).is_none() {
                            let mut row = PlanRow::from_line(&pick.iso3, line, context.today);
                            row.envelope = proposal.envelope.clone();
                            next.rows.push(row);
                        }
                    }
                }
            }
            PlanAction::SetChannel {
                country,
                instrument,
                channel,
            } => {
                let row = next
                    .rows
                    .iter_mut()
                    .find(|r| r.country == country && r.instrument == instrument)
                    .ok_or(PlanProblem::NoSuchLine)?;
                row.channel = Some(channel);
            }
            PlanAction::Decide {
                check,
                country,
                reason,
            } => {
                let reason = reason.trim().to_string();
                if reason.is_empty() {
                    return Err(PlanProblem::ReasonRequired);
                }
                if reason.chars().count() > MAX_DECISION_REASON_CHARS {
                    return Err(PlanProblem::ReasonTooLong);
                }
                plain(&reason)?;
                if let Some(country) = &country {
                    known_country(context, country)?;
                }
                next.decisions
                    .retain(|d| !(d.check == check && d.country == country));
                next.decisions.push(CheckDecision {
                    check,
                    country,
                    reason,
                    date: context.today.to_string(),
                });
            }
            PlanAction::Undecide { check, country } => {
                let before = next.decisions.len();
                next.decisions
                    .retain(|d| !(d.check == check && d.country == country));
                if next.decisions.len() == before {
                    return Err(PlanProblem::NoSuchLine);
                }
            }
            PlanAction::SetReview { country, date } => {
                let date = date.trim().to_string();
                if !is_day(&date) {
                    return Err(PlanProblem::NotADate);
                }
                let floor = next.review_floor(&country).ok_or(PlanProblem::NoSuchLine)?;
                if date < floor {
                    return Err(PlanProblem::ReviewBeforeDecision(floor));
                }
                let done = next.review(&country).map(|r| r.done).unwrap_or_default();
                next.reviews.retain(|r| r.country != country);
                next.reviews.push(Review {
                    country,
                    due: date,
                    done,
                });
            }
            PlanAction::MarkReviewed(country) => {
                let mut review = next.review(&country).ok_or(PlanProblem::NoSuchLine)?;
                review.done.push(context.today.to_string());
                review.due = add_months(context.today, REVIEW_MONTHS).ok_or(PlanProblem::NotADate)?;
                next.reviews.retain(|r| r.country != country);
                next.reviews.push(review);
            }
            PlanAction::SaveConsultation(entry) => save_consultation(&mut next, *entry, context)?,
            PlanAction::RemoveConsultation(id) => {
                let before = next.consultations.len();
                next.consultations.retain(|c| c.id != id);
                if next.consultations.len() == before {
                    return Err(PlanProblem::NoSuchLine);
                }
            }
            PlanAction::SetFollowUpDone {
                consultation,
                index,
                done,
            } => {
                let follow_up = next
                    .consultations
                    .iter_mut()
                    .find(|c| c.id == consultation)
                    .and_then(|c| c.follow_ups.get_mut(index))
                    .ok_or(PlanProblem::NoSuchLine)?;
                follow_up.done_on = done.then(|| context.today.to_string());
            }
            PlanAction::Replace(plan) => next = *plan,
            #[cfg(feature = "intern")]
            PlanAction::Steps(action) => next.step_plan = next.step_plan.apply(action, context.dataset)?,
        }
        Ok(next)
    }
}

/// The entry checked as a file's would be, its countries known to the data in use, then kept.
fn save_consultation(
    plan: &mut Plan,
    mut entry: Consultation,
    context: PlanContext,
) -> Result<(), PlanProblem> {
    if !check_consultation("", "$", &entry).is_empty() {
        return Err(PlanProblem::ConsultationRefused);
    }
    for country in &entry.countries {
        known_country(context, country)?;
    }
    if entry.id.is_empty() {
        entry.id = next_consultation_id(&plan.consultations);
        plan.consultations.push(entry);
        return Ok(());
    }
    // An entry whose id the register no longer holds (removed, then put back) comes back
    // under its own id.
    match plan.consultations.iter_mut().find(|c| c.id == entry.id) {
        Some(place) => *place = entry,
        None => plan.consultations.push(entry),
    }
    Ok(())
}

fn known_country(context: PlanContext, iso3: &str) -> Result<(), PlanProblem> {
    context
        .dataset
        .country(iso3)
        .map(|_| ())
        .ok_or_else(|| PlanProblem::UnknownCountry(iso3.to_string()))
}

fn known_instrument(context: PlanContext, id: &str) -> Result<(), PlanProblem> {
    if context.dataset.instruments.iter().any(|i| i.id == id) {
        Ok(())
    } else {
        Err(PlanProblem::UnknownInstrument(id.to_string()))
    }
}

/// The catalogue's first lead for the instrument; A&M where it names none the plan knows.
fn default_lead(context: PlanContext, instrument: &str) -> Org {
    context
        .dataset
        .instruments
        .iter()
        .find(|i| i.id == instrument)
        .and_then(|i| i.lead.iter().find_map(|code| Org::from_code(code)))
        .unwrap_or(Org::AsylumMigration)
}

type Years = std::collections::BTreeMap<u16, crate::plan::types::YearAmount>;

/// The editable fields of one line, whether a country's row or a package's line.
struct LineFields<'p> {
    lead: &'p mut Org,
    contributors: &'p mut Vec<Org>,
    envelope: &'p mut String,
    years: &'p mut Years,
}

fn line_mut<'p>(plan: &'p mut Plan, line: &LineRef) -> Result<LineFields<'p>, PlanProblem> {
    match line {
        LineRef::Row { country, instrument } => plan
            .rows
            .iter_mut()
            .find(|r| &r.country == country && &r.instrument == instrument)
            .map(|r| LineFields {
                lead: &mut r.lead,
                contributors: &mut r.contributors,
                envelope: &mut r.envelope,
                years: &mut r.years,
            }),
        LineRef::Package { tier, index } => plan
            .packages
            .get_mut(tier)
            .and_then(|lines| lines.get_mut(*index))
            .map(|l| LineFields {
                lead: &mut l.lead,
                contributors: &mut l.contributors,
                envelope: &mut l.envelope,
                years: &mut l.years,
            }),
    }
    .ok_or(PlanProblem::NoSuchLine)
}

/// Whole euros as a user types them: "250000", "250.000" (nl grouping), "250,000" (en
/// grouping), "EUR 250 000". A decimal part other than zeros is refused, not rounded.
pub fn parse_euros(text: &str) -> Result<i64, PlanProblem> {
    let cleaned: String = text
        .trim()
        .trim_start_matches("EUR")
        .trim_start_matches('€')
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .collect();
    if cleaned.is_empty() {
        return Ok(0);
    }
    if cleaned.starts_with('-') || cleaned.starts_with('−') {
        return Err(PlanProblem::Negative);
    }
    // A decimal part: ",50" or ".5" at the end that is not a group of three digits.
    let digits_only = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let mut whole = cleaned.as_str();
    if let Some(cut) = cleaned.rfind([',', '.']) {
        let tail = &cleaned[cut + 1..];
        if tail.len() != 3 && digits_only(tail) {
            if tail.chars().any(|c| c != '0') {
                return Err(PlanProblem::NotWholeEuros);
            }
            whole = &cleaned[..cut];
        }
    }
    let groups: Vec<&str> = whole.split([',', '.']).collect();
    let grouped_ok = groups.len() == 1 || (groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3));
    if !groups.iter().all(|g| digits_only(g)) || !grouped_ok {
        return Err(PlanProblem::NotANumber);
    }
    let digits: String = groups.concat();
    if digits.len() > 12 {
        return Err(PlanProblem::AmountTooLarge);
    }
    let value: i64 = digits.parse().map_err(|_| PlanProblem::NotANumber)?;
    if value > MAX_AMOUNT_EUR {
        return Err(PlanProblem::AmountTooLarge);
    }
    Ok(value)
}

/// FTE with at most two decimals, a comma or a point: "1,5" and "1.5" are 150 hundredths.
pub fn parse_fte(text: &str) -> Result<u32, PlanProblem> {
    let cleaned = text.trim().replace(' ', "");
    if cleaned.is_empty() {
        return Ok(0);
    }
    if cleaned.starts_with('-') || cleaned.starts_with('−') {
        return Err(PlanProblem::Negative);
    }
    let (int_part, frac) = match cleaned.split_once([',', '.']) {
        Some((i, f)) => (i, f),
        None => (cleaned.as_str(), ""),
    };
    let int_part = if int_part.is_empty() { "0" } else { int_part };
    if !int_part.chars().all(|c| c.is_ascii_digit()) || !frac.chars().all(|c| c.is_ascii_digit()) {
        return Err(PlanProblem::NotANumber);
    }
    if frac.len() > 2 {
        return Err(PlanProblem::TooManyDecimals);
    }
    if int_part.len() > 6 {
        return Err(PlanProblem::FteTooLarge);
    }
    let whole: u32 = int_part.parse().map_err(|_| PlanProblem::NotANumber)?;
    let hundredths: u32 = format!("{frac:0<2}")
        .parse()
        .map_err(|_| PlanProblem::NotANumber)?;
    let value = whole * 100 + hundredths;
    if value > MAX_FTE_HUNDREDTHS {
        return Err(PlanProblem::FteTooLarge);
    }
    Ok(value)
}
