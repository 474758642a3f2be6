//! The app's state outside the URL: the shared context and the dataset in use.

pub mod context;
pub mod dataset;
