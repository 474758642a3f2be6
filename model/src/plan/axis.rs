//! The value axis of the plan's charts: round steps that cover the largest amount, and amounts
//! written short enough to stand beside a bar.

use crate::lang::Lang;
use crate::text::format::{euros, number};

/// Ticks from 0 to the first round value at or above `max` (at least one step), with a step of
/// 1, 2, 2.5 or 5 × 10ⁿ euros chosen so that there are at most `max_steps` steps.
pub fn axis_ticks(max: i64, max_steps: usize) -> Vec<i64> {
    let max = max.max(1);
    let max_steps = max_steps.max(1) as i64;
    let mut magnitude: i64 = 1;
    loop {
        for factor in [10, 20, 25, 50] {
            // factor / 10 × magnitude, in whole euros (steps below one euro make no sense).
            let step = (factor * magnitude / 10).max(1);
            let steps = (max + step - 1) / step;
            if steps <= max_steps {
                return (0..=steps).map(|n| n * step).collect();
            }
        }
        magnitude = magnitude.saturating_mul(10);
    }
}

/// An amount as an axis or bar label: "EUR 2,5 mln" from a million up, else in full
/// ("EUR 250.000"); the language's decimal mark.
pub fn euros_short(amount: i64, lang: Lang) -> String {
    if amount.unsigned_abs() >= 1_000_000 {
        let millions = number(amount as f64 / 1_000_000.0, lang);
        format!("EUR {millions} mln")
    } else {
        euros(amount, lang)
    }
}
