//! What every view may read: the parsed bundle (or why it could not be parsed), whether the app
//! is embedded in a host page, the dataset in use with its reducer, and the deployment plan.

use std::rc::Rc;

use beleidsagenda_model::plan::Envelope;
use beleidsagenda_model::{Bundle, DataError, Dataset};
use yew::prelude::*;

use crate::state::dataset::DatasetHandle;
use crate::state::plan::{use_plan_dispatch, PlanDispatch, PlanHandle};

#[derive(Clone, PartialEq)]
pub struct AppContext {
    pub bundle: Rc<Result<Bundle, Vec<DataError>>>,
    pub embedded: bool,
    /// The dataset in use (bundled or loaded by the user) and its reducer.
    pub dataset: DatasetHandle,
    /// The deployment plan (kept in this browser) and its store.
    pub plan: PlanHandle,
}

/// What a view that edits the plan needs from the app context: the dataset in use, the bundled
/// envelopes (made once per bundle) and a dispatch against both.
#[hook]
pub fn use_plan_from_context(context: &AppContext) -> (Rc<Dataset>, Rc<Vec<Envelope>>, PlanDispatch) {
    let dataset = Rc::clone(&context.dataset.state.active);
    let envelopes = use_memo(Rc::clone(&context.bundle), |bundle| {
        bundle
            .as_ref()
            .as_ref()
            .map(|b| b.envelopes.clone())
            .unwrap_or_default()
    });
    let dispatch = use_plan_dispatch(&context.plan, Rc::clone(&dataset), Rc::clone(&envelopes));
    (dataset, envelopes, dispatch)
}
