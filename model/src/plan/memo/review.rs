//! The flexible list (memo § 4): every tier decision of the plan is reviewed, by default six
//! months after it was made; a review done moves the next one on.

pub use crate::calendar::add_months;
use crate::plan::types::Plan;
pub use crate::plan::types::Review;
pub use crate::selection::limits::REVIEW_MONTHS;

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
        crate::order::sort_by(&mut overdue, |a, b| a.due.cmp(&b.due));
        overdue
    }
}
