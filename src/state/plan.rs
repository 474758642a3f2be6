//! The deployment plan as Yew state: a store around the model's `Plan` and its document (the
//! file it was saved to or opened from), both kept in localStorage (a damaged entry is moved
//! aside and reported; a refused write is reported), and a `PlanDispatch` that applies a model
//! action against the data in use and says why one was refused.

use std::cell::RefCell;
use std::rc::Rc;

use beleidsagenda_model::plan::document::{plan_file_name, PlanDocument};
use beleidsagenda_model::plan::import::{import_plan, restore_stored, Dropped, PlanImportError};
use beleidsagenda_model::plan::undo::{Replacement, UndoPoint};
use beleidsagenda_model::plan::{Envelope, Plan, PlanAction, PlanContext, PlanProblem};
use beleidsagenda_model::Dataset;
use yew::prelude::*;

use crate::storage::{self, SetAside, Stored};

/// One store for every `file://` page on the machine: namespaced and versioned.
pub const PLAN_STORAGE_KEY: &str = crate::storage::storage_key!("plan");
/// The plan's document: which file, and the plan as that file holds it.
pub const PLAN_DOCUMENT_KEY: &str = crate::storage::storage_key!("plan-document");
/// The plan a merge or a load replaced, kept for undo over a reload.
pub const PLAN_UNDO_KEY: &str = crate::storage::storage_key!("plan-undo");

#[derive(Clone, Debug, PartialEq)]
pub struct PlanStore {
    pub plan: Rc<Plan>,
    pub document: Rc<PlanDocument>,
    /// A plan stored by an earlier visit did not read: where it was set aside, or held.
    pub stored_damaged: Option<SetAside>,
    /// The plan a merge or a load replaced, until the next change.
    pub undo: Option<Rc<UndoPoint>>,
    /// What the stored plan referred to that the data in use does not know (dropped).
    pub dropped: Vec<Dropped>,
    /// Where the stored plan was kept, as it was, before the plan without those is written.
    pub dropped_kept: Option<SetAside>,
    /// The browser refused to keep the plan: from then on it exists only in this window.
    pub storage_refused: bool,
    /// The plan of an earlier session held changes its file did not: offered back, not hidden.
    pub recovered: bool,
    /// Raised to write the plan again though it did not change (a held entry was released).
    pub writes_asked: u32,
}

impl PlanStore {
    pub fn has_unsaved_changes(&self) -> bool {
        self.document.has_unsaved_changes(&self.plan)
    }
}

pub enum PlanStoreAction {
    /// A change: the undo point, if any, no longer applies.
    Set(Plan),
    /// A replacement that can be undone (a merge, a load): the plan in use is kept, with what
    /// replaced it and when (`YYYY-MM-DD HH:MM`), to be taken back.
    Replace {
        plan: Box<Plan>,
        replacement: Replacement,
        at: String,
    },
    /// Takes the last replacement back at `at`, if nothing changed the plan since; the undo is
    /// itself a replacement that can be taken back.
    Undo {
        at: String,
    },
    /// The plan was saved to, or opened from, a file.
    InFile(PlanDocument),
    StorageRefused,
    /// The user saw the recovery notice and chose (keep or go back to the file).
    RecoveryHandled,
    /// The unreadable plan held in place was downloaded and removed from the browser.
    HeldReleased,
}

impl Reducible for PlanStore {
    type Action = PlanStoreAction;

    fn reduce(self: Rc<Self>, action: PlanStoreAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            PlanStoreAction::Set(plan) => {
                next.plan = Rc::new(plan);
                next.undo = None;
            }
            PlanStoreAction::Replace {
                plan,
                replacement,
                at,
            } => {
                let point = UndoPoint::new(replacement, &at, (*self.plan).clone(), &plan);
                next.plan = Rc::new(*plan);
                next.undo = Some(Rc::new(point));
            }
            PlanStoreAction::Undo { at } => {
                let Some(point) = self.undo.as_deref().filter(|p| p.applies_to(&self.plan)) else {
                    return self;
                };
                let (restored, redo) = point.undo(&self.plan, &at);
                next.plan = Rc::new(restored);
                next.undo = Some(Rc::new(redo));
            }
            PlanStoreAction::InFile(document) => {
                next.document = Rc::new(document);
                next.recovered = false;
            }
            PlanStoreAction::StorageRefused => {
                if self.storage_refused {
                    return self;
                }
                next.storage_refused = true;
            }
            PlanStoreAction::RecoveryHandled => next.recovered = false,
            PlanStoreAction::HeldReleased => {
                // The notice stays, saying the entry was removed (it keeps that in its own state).
                next.storage_refused = false;
                // Written at once now that the key is free, not only at the next change.
                next.writes_asked += 1;
            }
        }
        Rc::new(next)
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
    // A document that does not read is only the memory of a file name: start without it.
    let document = match storage::get::<PlanDocument>(PLAN_DOCUMENT_KEY) {
        Stored::Value(document) => document,
        Stored::Nothing | Stored::Damaged => PlanDocument::default(),
    };
    let fresh = |damaged| PlanStore {
        plan: Rc::new(Plan::default()),
        document: Rc::new(document.clone()),
        stored_damaged: damaged,
        undo: None,
        dropped: Vec::new(),
        dropped_kept: None,
        storage_refused: false,
        recovered: false,
        writes_asked: 0,
    };
    match storage::get::<serde_json::Value>(PLAN_STORAGE_KEY) {
        Stored::Nothing => fresh(None),
        Stored::Value(value) => match restore_stored(&value.to_string(), context) {
            Some((plan, dropped)) => {
                let undo = match storage::get::<UndoPoint>(PLAN_UNDO_KEY) {
                    Stored::Value(point) if point.applies_to(&plan) => Some(Rc::new(point)),
                    _ => None,
                };
                // What the data in use does not know leaves the plan in use, not the browser.
                let dropped_kept = if dropped.is_empty() {
                    None
                } else {
                    storage::keep_copy(PLAN_STORAGE_KEY)
                };
                PlanStore {
                    recovered: document.has_unsaved_changes(&plan),
                    plan: Rc::new(plan),
                    document: Rc::new(document.clone()),
                    stored_damaged: None,
                    undo,
                    dropped,
                    dropped_kept,
                    storage_refused: false,
                    writes_asked: 0,
                }
            }
            None => fresh(storage::set_aside(PLAN_STORAGE_KEY)),
        },
        Stored::Damaged => fresh(storage::set_aside(PLAN_STORAGE_KEY)),
    }
}

/// Saves every change of the plan and its document in this browser, and reports a refusal.
#[hook]
pub fn use_persist_plan(store: &PlanHandle) {
    let handle = store.clone();
    use_effect_with(
        (
            Rc::clone(&store.plan),
            Rc::clone(&store.document),
            store.writes_asked,
        ),
        move |(plan, document, _)| {
            let kept =
                storage::set(PLAN_STORAGE_KEY, &**plan) && storage::set(PLAN_DOCUMENT_KEY, &**document);
            if !kept {
                handle.dispatch(PlanStoreAction::StorageRefused);
            }
        },
    );
    // The undo point is a second copy of a plan: where the browser has no room for it, it
    // lasts as long as the window (the plan itself comes first).
    use_effect_with(store.undo.clone(), |undo| match undo {
        Some(point) => {
            if !storage::set(PLAN_UNDO_KEY, &**point) {
                storage::remove(PLAN_UNDO_KEY);
            }
        }
        None => storage::remove(PLAN_UNDO_KEY),
    });
}

/// While the plan holds changes its file does not, leaving or closing the page asks first (the
/// browser's own question; its text is the browser's).
#[hook]
pub fn use_leave_warning(unsaved: bool) {
    use_effect_with(unsaved, |unsaved| {
        let listener = unsaved.then(|| {
            let options = gloo_events::EventListenerOptions::enable_prevent_default();
            gloo_events::EventListener::new_with_options(
                &gloo_utils::window(),
                "beforeunload",
                options,
                |event| {
                    event.prevent_default();
                    // Older Chromium and Firefox ask only when returnValue is set.
                    let _ = js_sys::Reflect::set(event, &"returnValue".into(), &"".into());
                },
            )
        });
        move || drop(listener)
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
    seen: StoreSeen,
    /// How many times the plan in use was replaced (loaded, merged, undone) on this page: work
    /// that began before a replacement can tell it came too late.
    replacements: Rc<RefCell<u64>>,
}

/// The store's state beside the plan as of the render that made a `PlanDispatch`: a reducer
/// handle reads the store as it is now (yew 0.23), so two handles always look alike.
#[derive(Clone)]
struct StoreSeen {
    document: Rc<PlanDocument>,
    undo: Option<Rc<UndoPoint>>,
    flags: (bool, bool, u32),
}

impl StoreSeen {
    fn of(store: &PlanStore) -> StoreSeen {
        StoreSeen {
            document: Rc::clone(&store.document),
            undo: store.undo.clone(),
            flags: (store.storage_refused, store.recovered, store.writes_asked),
        }
    }
}

impl PartialEq for StoreSeen {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.document, &other.document)
            && match (&self.undo, &other.undo) {
                (Some(x), Some(y)) => Rc::ptr_eq(x, y),
                (None, None) => true,
                _ => false,
            }
            && self.flags == other.flags
    }
}

impl PartialEq for PlanDispatch {
    /// Equal while the data and the store's state beside the plan are: a component that reads
    /// the document or the undo point through `store()` renders again when they change, even
    /// where the plan itself did not (a workbook read back unchanged).
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.latest, &other.latest)
            && Rc::ptr_eq(&self.dataset, &other.dataset)
            && Rc::ptr_eq(&self.envelopes, &other.envelopes)
            && self.seen == other.seen
    }
}

impl PlanDispatch {
    /// Applies the action; a refusal changes nothing and says why.
    pub fn apply(&self, action: PlanAction) -> Result<(), PlanProblem> {
        let current = Rc::clone(&self.latest.borrow());
        let next = self.with_context(|context| current.apply(action, context))?;
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

    /// The plan as of the last action.
    pub fn current(&self) -> Rc<Plan> {
        Rc::clone(&self.latest.borrow())
    }

    /// Replaces the plan in use with `plan` (a merge, a load), keeping the one it replaces for
    /// undo. Validated like any action; a refusal changes nothing.
    pub fn replace(&self, plan: Plan, replacement: Replacement) -> Result<(), PlanProblem> {
        let previous = self.current();
        let next =
            self.with_context(|context| previous.apply(PlanAction::Replace(Box::new(plan)), context))?;
        *self.latest.borrow_mut() = Rc::new(next.clone());
        *self.replacements.borrow_mut() += 1;
        self.store.dispatch(PlanStoreAction::Replace {
            plan: Box::new(next),
            replacement,
            at: crate::clock::now_minute(),
        });
        Ok(())
    }

    /// A mark that changes whenever the plan in use is replaced (see [`Self::replace`]).
    pub fn replacements(&self) -> u64 {
        *self.replacements.borrow()
    }

    /// Undoes the last replacement, if it still applies; the undo is itself undoable. Returns
    /// what was undone.
    pub fn undo(&self) -> Option<Replacement> {
        let point = self.store.undo.clone()?;
        // The reducer applies the action at once (yew 0.23): the store then holds the result.
        self.store.dispatch(PlanStoreAction::Undo {
            at: crate::clock::now_minute(),
        });
        let undone = self
            .store
            .undo
            .as_ref()
            .is_some_and(|now| !Rc::ptr_eq(now, &point));
        if !undone {
            return None;
        }
        *self.latest.borrow_mut() = Rc::clone(&self.store.plan);
        *self.replacements.borrow_mut() += 1;
        Some(point.replacement.clone())
    }

    /// The plan in use is now the one in `file_name` (just saved there, or opened from it).
    pub fn in_file(&self, file_name: &str, plan: &Plan) {
        self.store.dispatch(PlanStoreAction::InFile(PlanDocument::in_file(
            file_name,
            plan,
            &self.today,
        )));
    }

    /// Reads a plan file and makes its plan the one in use, kept as the file holds it (the one
    /// it replaced is kept for undo). Returns the scenario's name and what the data in use did
    /// not know; a file that does not read changes nothing. `in_file`: the plan now lives in that
    /// file (opened with *Openen*); otherwise it came from elsewhere (an import, a workbook) and
    /// lives in no file until it is saved.
    pub fn open_text(
        &self,
        file_name: &str,
        text: &str,
        replacement: Replacement,
        in_file: bool,
    ) -> Result<(String, Vec<Dropped>), PlanImportError> {
        let (scenario, mut plan, dropped) =
            self.with_context(|context| import_plan(file_name, text, context))?;
        plan.selection = scenario.query.clone();
        self.replace(plan.clone(), replacement)
            .map_err(|_| PlanImportError::NoPlan)?;
        if in_file {
            self.in_file(&plan_file_name(file_name), &plan);
        } else {
            self.store
                .dispatch(PlanStoreAction::InFile(PlanDocument::imported(file_name)));
        }
        Ok((scenario.name, dropped))
    }

    pub fn store(&self) -> &PlanHandle {
        &self.store
    }

    /// The data in use, as a plan action reads it.
    pub fn with_context<R>(&self, f: impl FnOnce(PlanContext) -> R) -> R {
        f(PlanContext {
            dataset: &self.dataset,
            envelopes: &self.envelopes,
            today: &self.today,
        })
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
    let replacements = use_mut_ref(|| 0);
    PlanDispatch {
        replacements,
        seen: StoreSeen::of(store),
        store: store.clone(),
        latest,
        dataset,
        envelopes,
        today: Rc::new((*today).clone()),
    }
}
