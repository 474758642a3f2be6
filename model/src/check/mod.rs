//! Validation of every data file a user can reach: where the problem is (file, JSON path, line
//! and column) and why, in Dutch and English.

pub mod agenda;
pub mod dataset;
pub mod error;
pub mod json;
pub mod json_path;
pub mod reason;
pub mod rules;
