//! A check marked "deliberately not": the plan departs from the memo's rule on purpose, and
//! says why and when. It then shows as a decision, not as a fault.

use serde::{Deserialize, Deserializer, Serialize};

use crate::plan::memo::rule::CheckId;

/// At most this many characters of reason: a decision is explained, not documented.
pub const MAX_DECISION_REASON_CHARS: usize = 1_000;

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CheckDecision {
    pub check: CheckId,
    /// The country it is for; `None` for the plan as a whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    pub reason: String,
    /// `YYYY-MM-DD`.
    pub date: String,
}

/// As written, before its check is known to this edition.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WrittenDecision {
    check: String,
    #[serde(default)]
    country: Option<String>,
    reason: String,
    date: String,
}

/// The plan's decisions as a file holds them: one for a check this edition does not know
/// (the other edition's) is left out, as the step plan is, so the file still loads.
pub fn known_decisions<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<CheckDecision>, D::Error> {
    let written = Vec::<WrittenDecision>::deserialize(deserializer)?;
    Ok(written
        .into_iter()
        .filter_map(|w| {
            Some(CheckDecision {
                check: CheckId::from_token(&w.check)?,
                country: w.country,
                reason: w.reason,
                date: w.date,
            })
        })
        .collect())
}
