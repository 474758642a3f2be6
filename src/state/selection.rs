//! The country selection as Yew state. The URL is the single source of truth: `use_selection`
//! decodes it, memoises the matrix, weights and ranking on exactly what each depends on, and
//! hands out one `Dispatch` that applies a model action and writes the URL once.
//!
//! ```text
//!   URL (#/nl/selection?…) ──decode──▶ settings ──▶ matrix ──▶ weights ──▶ ranking ──▶ views
//!        ▲                                                                            │
//!        └──────────── encode ◀── SelectionSettings::apply(action) ◀── Dispatch ◀─────┘
//! ```

use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use beleidsagenda_model::selection::action::{ActionProblem, SelectionAction};
use beleidsagenda_model::selection::scoring::{weights_from_grades, Matrix};
use beleidsagenda_model::selection::url_state::{decode, encode, Ignored};
use beleidsagenda_model::selection::{rank, RankedCountry, SelectionSettings};
use beleidsagenda_model::Dataset;
use yew::prelude::*;

use crate::selection_url::{use_query, write_query, HistoryStep};

static RANKINGS: AtomicUsize = AtomicUsize::new(0);

/// How many times a ranking was computed since the app started: the wasm tests read it to prove
/// that one slider move ranks once and that a sensitivity run does not re-rank the table.
pub fn rankings_computed() -> usize {
    RANKINGS.load(Ordering::Relaxed)
}

/// Applies an action to the current settings and writes the result to the URL. Stable across
/// renders, so components that take it do not re-render for its sake.
#[derive(Clone, PartialEq)]
pub struct Dispatch(Callback<(SelectionAction, HistoryStep), Result<(), ActionProblem>>);

impl Dispatch {
    /// A new history entry: back returns to the state before.
    pub fn push(&self, action: SelectionAction) -> Result<(), ActionProblem> {
        self.0.emit((action, HistoryStep::Push))
    }

    /// The same history entry: for the intermediate values of a slider being dragged.
    pub fn replace(&self, action: SelectionAction) -> Result<(), ActionProblem> {
        self.0.emit((action, HistoryStep::Replace))
    }

    /// An event callback that pushes the action `to_action` makes of the event, if any. A
    /// refused action changes nothing; where a user must hear why, call `push` instead.
    pub fn on<E: 'static>(&self, to_action: impl Fn(E) -> Option<SelectionAction> + 'static) -> Callback<E> {
        let dispatch = self.clone();
        Callback::from(move |event: E| {
            if let Some(action) = to_action(event) {
                let _ = dispatch.push(action);
            }
        })
    }
}

/// Everything the selection view renders, each part memoised on what it depends on.
#[derive(Clone, PartialEq)]
pub struct Selection {
    pub dataset: Rc<Dataset>,
    pub settings: Rc<SelectionSettings>,
    /// What the link (or a loaded scenario) held that could not be used.
    pub ignored: Rc<Vec<Ignored>>,
    pub matrix: Rc<Matrix>,
    pub weights: Rc<Vec<f64>>,
    pub ranking: Rc<Vec<RankedCountry>>,
    pub dispatch: Dispatch,
    /// For a scenario that loaded with parts it could not use.
    pub report_ignored: Callback<Vec<Ignored>>,
}

#[hook]
pub fn use_selection(dataset: Rc<Dataset>) -> Selection {
    let query = use_query();
    crate::selection_url::remember_selection(&query);
    let decoded = use_memo((Rc::clone(&dataset), (*query).clone()), |(dataset, query)| {
        let (settings, ignored) = decode(query, dataset);
        (Rc::new(settings), ignored)
    });
    let settings = Rc::clone(&decoded.0);
    let extra_ignored = use_state_eq(Vec::<Ignored>::new);
    let ignored: Rc<Vec<Ignored>> = Rc::new(decoded.1.iter().chain(extra_ignored.iter()).cloned().collect());

    let matrix = use_memo((Rc::clone(&dataset), settings.normalisation), |(dataset, n)| {
        Rc::new(Matrix::build(dataset, *n))
    });
    let matrix = Rc::clone(&*matrix);
    let weights = use_memo((Rc::clone(&matrix), settings.grades.clone()), |(matrix, _)| {
        Rc::new(weights_from_grades(&matrix.criteria, &settings.grades_f64()))
    });
    let weights = Rc::clone(&*weights);
    // Only what ranking reads: selecting, sorting or filtering the view does not re-rank.
    let ranking = use_memo(
        (
            Rc::clone(&matrix),
            Rc::clone(&weights),
            settings.min_coverage.to_bits(),
            settings.tier_rule,
            settings.adjustments.clone(),
        ),
        |(matrix, weights, _, _, _)| {
            RANKINGS.fetch_add(1, Ordering::Relaxed);
            Rc::new(rank(matrix, weights, &settings))
        },
    );
    let ranking = Rc::clone(&*ranking);

    // The settings as of the last render, for actions dispatched before the next one.
    let latest = use_mut_ref(|| Rc::clone(&settings));
    *latest.borrow_mut() = Rc::clone(&settings);
    let dispatch = {
        let (query, extra_ignored) = (query.clone(), extra_ignored.clone());
        let callback = use_callback(
            Rc::clone(&dataset),
            move |(action, step): (SelectionAction, HistoryStep), dataset: &Rc<Dataset>| {
                let current: Rc<SelectionSettings> = Rc::clone(&latest.borrow());
                let next = current.apply(action, dataset)?;
                let encoded = encode(&next);
                write_query(&encoded, step);
                *latest.borrow_mut() = Rc::new(next);
                extra_ignored.set(Vec::new());
                query.set(encoded);
                Ok(())
            },
        );
        Dispatch(callback)
    };
    let report_ignored = {
        let extra_ignored = extra_ignored.clone();
        use_callback((), move |ignored: Vec<Ignored>, _| extra_ignored.set(ignored))
    };
    Selection {
        dataset,
        settings,
        ignored,
        matrix,
        weights,
        ranking,
        dispatch,
        report_ignored,
    }
}
