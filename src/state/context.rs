//! What every view may read: the parsed bundle (or why it could not be parsed), whether the app
//! is embedded in a host page, the dataset in use with its reducer, and the deployment plan.

use std::rc::Rc;

use beleidsagenda_model::{Bundle, DataError};

use crate::state::dataset::DatasetHandle;
use crate::state::plan::PlanHandle;

#[derive(Clone, PartialEq)]
pub struct AppContext {
    pub bundle: Rc<Result<Bundle, Vec<DataError>>>,
    pub embedded: bool,
    /// The dataset in use (bundled or loaded by the user) and its reducer.
    pub dataset: DatasetHandle,
    /// The deployment plan (kept in this browser) and its store.
    pub plan: PlanHandle,
}
