//! The top floor: reads the bundled files and a user's dataset (JSON or workbook), checks them
//! and assembles the bundle the app runs on; which dataset is in use, and what changed between two.
pub mod bundle;
pub mod compare;
pub mod dataset_sheets;
pub mod state;
pub mod synthetic;
