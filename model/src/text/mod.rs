//! Text for people: the i18n catalogue, typed messages, and number and date formatting.

pub mod format;
pub mod i18n;
pub mod labels;
pub mod messages;
