//! The flexible list (memo § 4): every tier decision of the plan is reviewed, by default six
//! months after it was made; a review done moves the next one on.

use serde::{Deserialize, Serialize};

use crate::plan::types::Plan;

/// A decision is reviewed this many months after it was made, unless a date is set.
pub const REVIEW_MONTHS: u32 = 6;

/// A planned country's review: when it is due, and the reviews done (dates, oldest first).
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    pub country: String,
    /// `YYYY-MM-DD`.
    pub due: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub done: Vec<String>,
}

/// `YYYY-MM-DD` plus `months`, the day kept where the month has it, else its last day.
pub fn add_months(date: &str, months: u32) -> Option<String> {
    if !crate::plan::problem::is_date(date) {
        return None;
    }
    let year: u32 = date[..4].parse().ok()?;
    let month: u32 = date[5..7].parse().ok()?;
    let day: u32 = date[8..].parse().ok()?;
    let index = year * 12 + (month - 1) + months;
    let (year, month) = (index / 12, index % 12 + 1);
    let last = (28..=31)
        .rev()
        .find(|d| crate::plan::problem::is_date(&format!("{year:04}-{month:02}-{d:02}")))?;
    Some(format!("{year:04}-{month:02}-{:02}", day.min(last)))
}

impl Plan {
    /// The date a country's tier decision was made: the day its first line was added.
    pub fn decided_on(&self, country: &str) -> Option<&str> {
        self.rows
            .iter()
            .filter(|r| r.country == country)
            .map(|r| r.added.as_str())
            .min()
    }

    /// A country's review as recorded, or the default (six months after the decision).
    pub fn review(&self, country: &str) -> Option<Review> {
        if let Some(review) = self.reviews.iter().find(|r| r.country == country) {
            return Some(review.clone());
        }
        let decided = self.decided_on(country)?;
        Some(Review {
            country: country.to_string(),
            due: add_months(decided, REVIEW_MONTHS)?,
            done: Vec::new(),
        })
    }

    /// The date a new review date may not precede: the decision, or the last review done.
    pub fn review_floor(&self, country: &str) -> Option<String> {
        let last_done = self
            .reviews
            .iter()
            .find(|r| r.country == country)
            .and_then(|r| r.done.last().cloned());
        last_done.or_else(|| self.decided_on(country).map(str::to_string))
    }

    /// Planned countries whose review is due before `today`, soonest first.
    pub fn overdue_reviews(&self, today: &str) -> Vec<Review> {
        let mut overdue: Vec<Review> = self
            .countries()
            .iter()
            .filter_map(|c| self.review(c))
            .filter(|r| r.due.as_str() < today)
            .collect();
        overdue.sort_by(|a, b| a.due.cmp(&b.due));
        overdue
    }
}
