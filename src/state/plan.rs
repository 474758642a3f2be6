//! The deployment plan as Yew state: a store around the model's `Plan`, kept in localStorage
//! (a damaged entry is moved aside and reported), and a `PlanDispatch` that applies a model
//! action against the data in use and says why one was refused.

use std::cell::RefCell;
use std::rc::Rc;

use beleidsagenda_model::plan::file::{restore_stored, Dropped};
use beleidsagenda_model::plan::{Envelope, Plan, PlanAction, PlanContext, PlanProblem};
use beleidsagenda_model::Dataset;
use yew::prelude::*;

use crate::storage::{self, Stored};

/// One store for every `file://` page on the machine: namespaced and versioned.
pub const PLAN_STORAGE_KEY: &str = crate::storage::storage_key!("plan");

#[derive(Clone, Debug, PartialEq)]
pub struct PlanStore {
    pub plan: Rc<Plan>,
    /// A plan stored by an earlier visit did not read; it was moved to `….backup`.
    pub stored_damaged: bool,
    /// What the stored plan referred to that the data in use does not know (dropped).
    pub dropped: Vec<Dropped>,
}

pub enum PlanStoreAction {
    Set(Plan),
}

impl Reducible for PlanStore {
    type Action = PlanStoreAction;

    fn reduce(self: Rc<Self>, action: PlanStoreAction) -> Rc<Self> {
        match action {
            PlanStoreAction::Set(plan) => Rc::new(PlanStore {
                plan: Rc::new(plan),
                stored_damaged: self.stored_damaged,
                dropped: self.dropped.clone(),
            }),
        }
    }
}

pub type PlanHandle = UseReducerHandle<PlanStore>;

/// The plan of an earlier visit, or a new one.
pub fn initial_plan(dataset: &Dataset, envelopes: &[Envelope], today: &str) -> PlanStore {
    let context = PlanContext {
        dataset,
        envelopes,
        today,
    };
    let fresh = |damaged| PlanStore {
        plan: Rc::new(Plan::default()),
        stored_damaged: damaged,
        dropped: Vec::new(),
    };
    match storage::get::<serde_json::Value>(PLAN_STORAGE_KEY) {
        Stored::Nothing => fresh(false),
        Stored::Value(value) => match restore_stored(&value.to_string(), context) {
            Some((plan, dropped)) => PlanStore {
                plan: Rc::new(plan),
                stored_damaged: false,
                dropped,
            },
            None => {
                storage::back_up(PLAN_STORAGE_KEY);
                fresh(true)
            }
        },
        Stored::Damaged => {
            storage::back_up(PLAN_STORAGE_KEY);
            fresh(true)
        }
    }
}

/// Saves every change of the plan in this browser.
#[hook]
pub fn use_persist_plan(store: &PlanHandle) {
    use_effect_with(Rc::clone(&store.plan), |plan| {
        storage::set(PLAN_STORAGE_KEY, &**plan)
    });
}

/// Applies plan actions against the data in use. Cheap to clone; equal while the data is.
#[derive(Clone)]
pub struct PlanDispatch {
    store: PlanHandle,
    latest: Rc<RefCell<Rc<Plan>>>,
    dataset: Rc<Dataset>,
    envelopes: Rc<Vec<Envelope>>,
    today: Rc<String>,
}

impl PartialEq for PlanDispatch {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.latest, &other.latest)
            && Rc::ptr_eq(&self.dataset, &other.dataset)
            && Rc::ptr_eq(&self.envelopes, &other.envelopes)
    }
}

impl PlanDispatch {
    /// Applies the action; a refusal changes nothing and says why.
    pub fn apply(&self, action: PlanAction) -> Result<(), PlanProblem> {
        let current = Rc::clone(&self.latest.borrow());
        let context = PlanContext {
            dataset: &self.dataset,
            envelopes: &self.envelopes,
            today: &self.today,
        };
        let next = current.apply(action, context)?;
        *self.latest.borrow_mut() = Rc::new(next.clone());
        self.store.dispatch(PlanStoreAction::Set(next));
        Ok(())
    }

    /// An event callback that applies the action `to_action` makes of the event, if any.
    pub fn on<E: 'static>(&self, to_action: impl Fn(E) -> Option<PlanAction> + 'static) -> Callback<E> {
        let dispatch = self.clone();
        Callback::from(move |event: E| {
            if let Some(action) = to_action(event) {
                let _ = dispatch.apply(action);
            }
        })
    }

    /// The plan as of the last action: what a replacing load keeps for undo.
    pub fn current(&self) -> Rc<Plan> {
        Rc::clone(&self.latest.borrow())
    }

    pub fn context(&self) -> (Rc<Dataset>, Rc<Vec<Envelope>>) {
        (Rc::clone(&self.dataset), Rc::clone(&self.envelopes))
    }
}

#[hook]
pub fn use_plan_dispatch(
    store: &PlanHandle,
    dataset: Rc<Dataset>,
    envelopes: Rc<Vec<Envelope>>,
) -> PlanDispatch {
    let latest = use_mut_ref(|| Rc::clone(&store.plan));
    *latest.borrow_mut() = Rc::clone(&store.plan);
    let today = use_memo((), |_| crate::clock::today());
    PlanDispatch {
        store: store.clone(),
        latest,
        dataset,
        envelopes,
        today: Rc::new((*today).clone()),
    }
}
