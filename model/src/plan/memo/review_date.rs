//! When a decision is next reviewed: six months on, by default. Only dates, so that the
//! selection's adjustments can use it without the plan.

/// A decision is reviewed this many months after it was made, unless a date is set.
pub const REVIEW_MONTHS: u32 = 6;

/// `YYYY-MM-DD` plus `months`, the day kept where the month has it, else its last day.
pub fn add_months(date: &str, months: u32) -> Option<String> {
    if !crate::calendar::is_day(date) {
        return None;
    }
    let year: u32 = date[..4].parse().ok()?;
    let month: u32 = date[5..7].parse().ok()?;
    let day: u32 = date[8..].parse().ok()?;
    let index = year * 12 + (month - 1) + months;
    let (year, month) = (index / 12, index % 12 + 1);
    let last = (28..=31)
        .rev()
        .find(|d| crate::calendar::is_day(&format!("{year:04}-{month:02}-{d:02}")))?;
    Some(format!("{year:04}-{month:02}-{:02}", day.min(last)))
}
