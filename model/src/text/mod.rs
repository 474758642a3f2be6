//! Text for people: the two languages, the i18n catalogue, and number and date formatting.

pub mod format;
pub mod i18n;
pub mod labels;
pub mod lang;
pub mod messages;
pub mod plan_labels;
