//! What every view may read: the parsed bundle (or why it could not be parsed), whether the app
//! is embedded in a host page, the dataset in use with its reducer, and the deployment plan.

use std::rc::Rc;

use beleidsagenda_model::data::identity::DataIdentity;
use beleidsagenda_model::load::state::DatasetOrigin;
use beleidsagenda_model::plan::Envelope;
use beleidsagenda_model::{t, Key, Lang};
use beleidsagenda_model::{Bundle, DataError, Dataset};
use yew::prelude::*;

use crate::state::dataset::DatasetHandle;
use crate::state::identity::Same;
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

/// The data in use as a file names it. Its fingerprint (the whole dataset written out) is made
/// the first time a file is written or opened, not when a page is drawn: the selection's first
/// render is part of start-up.
pub struct DataInUse {
    dataset: Rc<Dataset>,
    name: String,
    identity: std::cell::OnceCell<DataIdentity>,
}

impl DataInUse {
    pub fn identity(&self) -> &DataIdentity {
        self.identity
            .get_or_init(|| DataIdentity::of(&self.dataset, &self.name))
    }
}

impl PartialEq for DataInUse {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.dataset, &other.dataset) && self.name == other.name
    }
}

/// The data in use, as every plan and scenario file names it, so that one opened on other data
/// can say so.
#[hook]
pub fn use_data_in_use(context: &AppContext, lang: Lang) -> Rc<DataInUse> {
    let state = &context.dataset.state;
    let name = match &state.origin {
        DatasetOrigin::Bundled => t(lang, Key::DataBundledName).to_string(),
        DatasetOrigin::Imported { file_name } => file_name.clone(),
    };
    let data = use_memo((Same(Rc::clone(&state.active)), name), |(dataset, name)| {
        Rc::new(DataInUse {
            dataset: Rc::clone(&dataset.0),
            name: name.clone(),
            identity: std::cell::OnceCell::new(),
        })
    });
    Rc::clone(&*data)
}
