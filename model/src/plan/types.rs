//! What a deployment plan is made of: organisations, budget envelopes, rows of instruments per
//! country with money and people per year, standard packages per tier, partnership status over
//! time and milestones. Money is whole euros (`i64`) and capacity hundredths of an FTE (`u32`):
//! sums of plan figures must be exact, so no float ever holds them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::data::agenda::SourceRef;
use crate::lang::LocalText;
use crate::selection::Tier;

/// The years the plan covers (the BHO series runs 2025–2029).
pub const PLAN_YEARS: [u16; 5] = [2025, 2026, 2027, 2028, 2029];

/// Above this an amount is refused as absurd: EUR 10 bn, more than every envelope together.
pub const MAX_AMOUNT_EUR: i64 = 10_000_000_000;

/// Above this a capacity is refused as absurd: 10,000 FTE (in hundredths).
pub const MAX_FTE_HUNDREDTHS: u32 = 1_000_000;

pub use crate::plan::org::Org;

/// A budget a planned amount is charged to, as its sources give it. A year the sources do not
/// give is `None` ("niet beschikbaar"): planned amounts are still counted, but no over- or
/// under-commitment can be said for it.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Envelope {
    pub id: String,
    pub name: LocalText,
    /// What a select in a table row shows; the full name is in its options' titles and the
    /// budget section.
    pub short_name: LocalText,
    pub owner: Option<Org>,
    /// Whole euros per year (keys "2025" … "2029").
    pub amounts: BTreeMap<u16, Option<i64>>,
    pub sources: Vec<SourceRef>,
    /// Where the app reads more into the source than it says, in words; shown as an assumption.
    pub assumption: Option<LocalText>,
    pub note: Option<LocalText>,
}

impl Envelope {
    pub fn available(&self, year: u16) -> Option<i64> {
        self.amounts.get(&year).copied().flatten()
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EnvelopesFile {
    pub envelopes: Vec<Envelope>,
}

/// Money and people in one year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct YearAmount {
    #[serde(default)]
    pub eur: i64,
    /// Hundredths of a full-time equivalent: 150 is 1.5 FTE.
    #[serde(default)]
    pub fte_hundredths: u32,
}

impl YearAmount {
    pub fn is_empty(&self) -> bool {
        self.eur == 0 && self.fte_hundredths == 0
    }
}

/// One instrument in a standard package: everything a plan row has except the country.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PackageLine {
    pub instrument: String,
    pub lead: Org,
    #[serde(default)]
    pub contributors: Vec<Org>,
    pub envelope: String,
    #[serde(default)]
    pub years: BTreeMap<u16, YearAmount>,
}

/// One instrument deployed in one country.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PlanRow {
    pub country: String,
    pub instrument: String,
    pub lead: Org,
    #[serde(default)]
    pub contributors: Vec<Org>,
    pub envelope: String,
    #[serde(default)]
    pub years: BTreeMap<u16, YearAmount>,
    /// `YYYY-MM-DD` the row was added: what "changed since" reads.
    pub added: String,
    /// Bilateral, European or both; a file without it takes the instrument family's
    /// (`Channel::of_family`), and the plan page says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
}

/// The memo's two ways of cooperating (§ 4: "bilaterale migratiesamenwerking en Europese
/// migratiesamenwerking"), or both at once.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Bilateral,
    Eu,
    Both,
}

impl Channel {
    pub const ALL: [Channel; 3] = [Channel::Bilateral, Channel::Eu, Channel::Both];

    /// The channel a line takes when none is said: European for the EU family, else bilateral.
    pub fn of_family(family: crate::data::dataset::InstrumentFamily) -> Channel {
        match family {
            crate::data::dataset::InstrumentFamily::Eu => Channel::Eu,
            _ => Channel::Bilateral,
        }
    }

    pub fn token(self) -> &'static str {
        match self {
            Channel::Bilateral => "bilateral",
            Channel::Eu => "eu",
            Channel::Both => "both",
        }
    }

    pub fn from_token(token: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.token() == token)
    }

    pub fn is_bilateral(self) -> bool {
        matches!(self, Channel::Bilateral | Channel::Both)
    }

    pub fn is_eu(self) -> bool {
        matches!(self, Channel::Eu | Channel::Both)
    }
}

impl PlanRow {
    /// A new line with no amounts, charged to the default envelope.
    pub fn new(country: &str, instrument: &str, lead: Org, added: &str) -> PlanRow {
        PlanRow {
            country: country.to_string(),
            instrument: instrument.to_string(),
            lead,
            contributors: Vec::new(),
            envelope: DEFAULT_ENVELOPE.to_string(),
            years: BTreeMap::new(),
            added: added.to_string(),
            channel: None,
        }
    }

    pub fn from_line(country: &str, line: &PackageLine, added: &str) -> PlanRow {
        PlanRow {
            country: country.to_string(),
            instrument: line.instrument.clone(),
            lead: line.lead,
            contributors: line.contributors.clone(),
            envelope: line.envelope.clone(),
            years: line.years.clone(),
            added: added.to_string(),
            channel: None,
        }
    }

    pub fn year(&self, year: u16) -> YearAmount {
        self.years.get(&year).copied().unwrap_or_default()
    }

    pub fn total_eur(&self) -> i64 {
        self.years.values().map(|y| y.eur).sum()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PartnershipStatus {
    Exploring,
    InDialogue,
    Agreement,
    Implementing,
    Paused,
    Ended,
}

impl PartnershipStatus {
    pub const ALL: [PartnershipStatus; 6] = [
        PartnershipStatus::Exploring,
        PartnershipStatus::InDialogue,
        PartnershipStatus::Agreement,
        PartnershipStatus::Implementing,
        PartnershipStatus::Paused,
        PartnershipStatus::Ended,
    ];

    pub fn token(self) -> &'static str {
        match self {
            PartnershipStatus::Exploring => "exploring",
            PartnershipStatus::InDialogue => "in_dialogue",
            PartnershipStatus::Agreement => "agreement",
            PartnershipStatus::Implementing => "implementing",
            PartnershipStatus::Paused => "paused",
            PartnershipStatus::Ended => "ended",
        }
    }

    pub fn from_token(token: &str) -> Option<PartnershipStatus> {
        PartnershipStatus::ALL.into_iter().find(|s| s.token() == token)
    }
}

/// A dated change of a partnership's status, with why (a reason, a source, or both).
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    pub country: String,
    pub date: String,
    pub status: PartnershipStatus,
    #[serde(default)]
    pub reason: String,
    #[serde(default)]
    pub source: Option<String>,
}

/// A date in the plan that the timeline shows beside the agenda's events.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub date: String,
    pub label: String,
    #[serde(default)]
    pub country: Option<String>,
}

/// The deployment plan: which selection its tiers come from, the standard package per tier,
/// the rows, the capacity each organisation has, partnership status and milestones.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// The selection (its URL query) whose tiers the plan follows.
    #[serde(default)]
    pub selection: String,
    #[serde(default)]
    pub packages: BTreeMap<Tier, Vec<PackageLine>>,
    #[serde(default)]
    pub rows: Vec<PlanRow>,
    /// FTE available per organisation, in hundredths; an organisation not here is unknown.
    #[serde(default)]
    pub fte_available: BTreeMap<Org, u32>,
    #[serde(default)]
    pub statuses: Vec<StatusChange>,
    #[serde(default)]
    pub milestones: Vec<Milestone>,
    /// Given when the plan first asks an organisation for its part: answers must name it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// The contribution requests the plan issued, with the values the lines had then.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requests: Vec<IssuedRequest>,
    /// Every merge of answers: file, organisation, date, lines added and changed, conflicts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub merges: Vec<MergeRecord>,
    /// Checks against the memo marked "deliberately not", with why and when.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::plan::memo::decision::known_decisions"
    )]
    pub decisions: Vec<crate::plan::memo::decision::CheckDecision>,
    /// When each planned country's tier decision is next reviewed, and reviews done.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reviews: Vec<Review>,
    /// The register of structured consultation with civil society and the private sector.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consultations: Vec<crate::plan::consultation::Consultation>,
    /// The step plan for regular migration: internal edition only.
    #[cfg(feature = "intern")]
    #[serde(default)]
    pub step_plan: crate::plan::step_plan::types::StepPlan,
    /// A step plan in a file from the internal edition: the public edition does not read it,
    /// never writes it, and says it was left out.
    #[cfg(not(feature = "intern"))]
    #[serde(default, rename = "step_plan", skip_serializing)]
    pub internal_part: Option<InternalPart>,
}

/// A planned country's tier decision under review (the list stays flexible, memo § 4): when it
/// is due, and the reviews done (dates, oldest first). `plan::memo::review` reads it.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    pub country: String,
    /// `YYYY-MM-DD`.
    pub due: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub done: Vec<String>,
}

/// Whatever the internal edition wrote under a key the public edition does not read.
#[cfg(not(feature = "intern"))]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InternalPart;

#[cfg(not(feature = "intern"))]
impl<'de> Deserialize<'de> for InternalPart {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<InternalPart, D::Error> {
        serde::de::IgnoredAny::deserialize(deserializer)?;
        Ok(InternalPart)
    }
}

/// The instruments of the standard packages a new plan starts with. They are this app's
/// suggestion (no source gives a package per tier), carry no amounts, and are edited freely.
pub const DEFAULT_PACKAGES: [(Tier, &[(&str, Org)]); 2] = [
    (
        Tier::Intensive,
        &[
            ("migration-dialogue", Org::AsylumMigration),
            ("return-agreements", Org::AsylumMigration),
            ("anti-smuggling", Org::AsylumMigration),
            ("migrant-protection", Org::TradeDevelopment),
        ],
    ),
    (
        Tier::Targeted,
        &[
            ("migration-dialogue", Org::AsylumMigration),
            ("return-agreements", Org::AsylumMigration),
        ],
    ),
];

/// The envelope new package lines are charged to.
pub const DEFAULT_ENVELOPE: &str = "am-project";

impl Default for Plan {
    fn default() -> Plan {
        let packages = crate::order::map_from(DEFAULT_PACKAGES.iter().map(|(tier, lines)| {
            let lines = lines
                .iter()
                .map(|(instrument, lead)| PackageLine {
                    instrument: instrument.to_string(),
                    lead: *lead,
                    contributors: Vec::new(),
                    envelope: DEFAULT_ENVELOPE.to_string(),
                    years: BTreeMap::new(),
                })
                .collect();
            (*tier, lines)
        }));
        Plan {
            selection: String::new(),
            packages,
            rows: Vec::new(),
            fte_available: BTreeMap::new(),
            statuses: Vec::new(),
            milestones: Vec::new(),
            id: String::new(),
            requests: Vec::new(),
            merges: Vec::new(),
            decisions: Vec::new(),
            reviews: Vec::new(),
            consultations: Vec::new(),
            #[cfg(feature = "intern")]
            step_plan: Default::default(),
            #[cfg(not(feature = "intern"))]
            internal_part: None,
        }
    }
}

impl Plan {
    pub fn row(&self, country: &str, instrument: &str) -> Option<&PlanRow> {
        self.rows
            .iter()
            .find(|r| r.country == country && r.instrument == instrument)
    }

    /// Countries with at least one row, in first-planned order.
    pub fn countries(&self) -> Vec<String> {
        let mut seen: Vec<String> = Vec::new();
        for row in &self.rows {
            if !seen.contains(&row.country) {
                seen.push(row.country.clone());
            }
        }
        seen
    }

    /// The latest status of a country's partnership, if any was recorded.
    pub fn current_status(&self, country: &str) -> Option<&StatusChange> {
        self.statuses
            .iter()
            .filter(|s| s.country == country)
            .max_by(|a, b| a.date.cmp(&b.date))
    }
}

// Contributions as the plan records them (`plan::contribution` makes and merges them).

/// One line of a request: a country's instrument, its years as the plan had them (the base), and
/// in an answer the organisation's years and note.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AskedLine {
    pub country: String,
    pub instrument: String,
    #[serde(default)]
    pub base: BTreeMap<u16, YearAmount>,
    #[serde(default)]
    pub years: BTreeMap<u16, YearAmount>,
    #[serde(default)]
    pub note: String,
}

/// A request the plan issued: which lines, and their values then.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct IssuedRequest {
    pub request_id: String,
    pub organisation: Org,
    pub requested_on: String,
    #[serde(default)]
    pub deadline: Option<String>,
    pub lines: Vec<AskedLine>,
}

/// Which side a conflict was resolved for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Plan,
    Answer,
}

/// One logged conflict and its resolution.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ResolvedConflict {
    pub country: String,
    pub instrument: String,
    pub year: u16,
    pub field: FieldName,
    pub plan_value: Option<i64>,
    pub answer_value: i64,
    pub chosen: Side,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldName {
    Eur,
    Fte,
}

/// What one merged answer did, kept in the plan's log (shown, printed, exported).
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MergeRecord {
    pub file: String,
    pub organisation: Org,
    pub request_id: String,
    pub answered_on: String,
    pub merged_on: String,
    pub lines_added: usize,
    pub values_changed: usize,
    #[serde(default)]
    pub conflicts: Vec<ResolvedConflict>,
    /// The organisation's notes per line: (country, instrument, note).
    #[serde(default)]
    pub notes: Vec<(String, String, String)>,
    /// What identifies the answer: its content, not its date (`contribution::fingerprint`). Empty
    /// in a log written before answers had one; those are known by their date.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub fingerprint: String,
    /// The answer's lines as merged: the base a corrected answer to the same request is read
    /// against, so that what the correction changes is told from what it repeats.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answer_lines: Vec<AskedLine>,
    /// When the merge was undone (date and time): the record stays in the log, marked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub undone_on: Option<String>,
    /// The answer this one corrects (its date), when it is a correction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corrects: Option<String>,
}
