//! Every bound on a selection setting, defined once: the URL decoder, the actions and the
//! controls all read them from here.

/// The highest grade a criterion can get (grades run 0–5).
pub const MAX_GRADE: u8 = 5;

/// The most countries a top-N tier rule can put in one tier.
pub const MAX_TIER_COUNT: usize = 10_000;

/// The most draws of one sensitivity run.
pub const MAX_DRAWS: usize = 20_000;

/// The spread of the weights in a sensitivity run is a share: 0–1.
pub const MAX_SPREAD: f64 = 1.0;

/// The longest reason an adjustment can carry, in characters.
pub const MAX_REASON_CHARS: usize = 300;

/// A decision (a tier adjustment, a plan's country) is reviewed this many months after it was
/// made, unless a date is set.
pub const REVIEW_MONTHS: u32 = 6;
