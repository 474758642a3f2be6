//! Text for people: the two languages, the i18n catalogue, and number and date formatting.

pub mod format;
pub mod i18n;
#[cfg(feature = "intern")]
pub mod intern_labels;
pub mod labels;
pub mod lang;
pub mod memo_labels;
pub mod messages;
pub mod plan_labels;
