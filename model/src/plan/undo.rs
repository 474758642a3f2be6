//! Taking back a plan that replaced the one in use — by a merge of answers, a plan file opened,
//! or a plan imported or loaded from a scenario. Undo is an event: the point records what it
//! undoes and when, survives a reload (the UI stores it beside the plan), and is itself undone
//! until the next change. Undoing a merge keeps the merge in the plan's log, marked as undone.

use serde::{Deserialize, Serialize};

use crate::plan::types::Plan;

/// What replaced the plan. Externally tagged (serde's default): an internally tagged enum is
/// read through serde's buffering `Content`, which the app's wasm otherwise does without.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Replacement {
    /// Answers merged (how many).
    Merge { answers: usize },
    /// A plan file opened with *Openen* (its name).
    Opened { name: String },
    /// A plan file, workbook or saved scenario loaded from the plan's files (its name).
    Loaded { name: String },
    /// An undo of the replacement it holds: undoing it puts that replacement back.
    Undone { of: Box<Replacement> },
}

impl Replacement {
    /// The replacement at the root (an undo's own).
    pub fn root(&self) -> &Replacement {
        match self {
            Replacement::Undone { of } => of.root(),
            other => other,
        }
    }

    pub fn is_undo(&self) -> bool {
        matches!(self, Replacement::Undone { .. })
    }
}

/// The plan to go back to, what took its place, and when.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct UndoPoint {
    pub replacement: Replacement,
    /// Date and time (`YYYY-MM-DD HH:MM`) of the replacement.
    pub at: String,
    /// The plan before the replacement.
    pub previous: Plan,
    /// The identity of the plan after it (`plan_identity`): a stored point whose plan has
    /// changed since (another tab, a later edit) no longer applies.
    pub after: String,
}

/// An identity of a plan's content (FNV-1a over its JSON).
pub fn plan_identity(plan: &Plan) -> String {
    let text = serde_json::to_string(plan).unwrap_or_default();
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

impl UndoPoint {
    pub fn new(replacement: Replacement, at: &str, previous: Plan, after: &Plan) -> UndoPoint {
        UndoPoint {
            replacement,
            at: at.to_string(),
            previous,
            after: plan_identity(after),
        }
    }

    /// Whether the point still undoes `current` (nothing changed the plan since).
    pub fn applies_to(&self, current: &Plan) -> bool {
        self.after == plan_identity(current)
    }

    /// Undoes the replacement on `current` at `at`: the plan to use and the point that undoes
    /// this undo. The plan's log keeps an undone merge, marked with `at`.
    pub fn undo(&self, current: &Plan, at: &str) -> (Plan, UndoPoint) {
        let restored = match &self.replacement {
            Replacement::Merge { .. } => undo_merge(&self.previous, current, at),
            _ => self.previous.clone(),
        };
        let replacement = match &self.replacement {
            Replacement::Undone { of } => (**of).clone(),
            other => Replacement::Undone {
                of: Box::new(other.clone()),
            },
        };
        let redo = UndoPoint::new(replacement, at, current.clone(), &restored);
        (restored, redo)
    }
}

/// The plan a merge replaced, taken back: its lines as they were, its log as it is after the
/// merge with the merge's records marked undone at `at`. A record is the merge's when `before`
/// does not have it in force: new since, or undone there (a merge redone and undone again).
pub fn undo_merge(before: &Plan, merged: &Plan, at: &str) -> Plan {
    let mut back = before.clone();
    back.merges = merged.merges.clone();
    for (i, record) in back.merges.iter_mut().enumerate() {
        let in_force_before = before.merges.get(i).is_some_and(|r| r.undone_on.is_none());
        if !in_force_before && record.undone_on.is_none() {
            record.undone_on = Some(at.to_string());
        }
    }
    back
}
