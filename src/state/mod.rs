//! The app's state outside the URL: the shared context, the dataset in use, the deployment
//! plan, and the country selection (whose truth is the URL).

pub mod context;
pub mod dataset;
pub mod identity;
pub mod plan;
pub mod scenario_store;
pub mod selection;
