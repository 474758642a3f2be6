//! The app's state outside the URL: the shared context, the dataset in use, and the
//! country selection (whose truth is the URL).

pub mod context;
pub mod dataset;
pub mod selection;
