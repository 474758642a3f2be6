//! Every change a user can make to the selection, as an action, and the one function that applies
//! it. The rules live here (bounds, thresholds kept in order, "all regions" stored as no filter,
//! an adjustment needs a reason and a date); the view only says what the user did.

use crate::data::dataset::{Dataset, Region};
use crate::selection::grade::Grade;
use crate::selection::limits::{MAX_DRAWS, MAX_SPREAD, MAX_TIER_COUNT};
use crate::selection::scoring::{CensoredRule, Normalisation};
use crate::selection::{
    Adjustment, AdjustmentProblem, Preset, RankingColumn, ResultsView, SelectionSettings, SortKey, TierRule,
};

/// Which of the two tier bounds a number is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TierBound {
    /// Intensive partnership: a count (top-N) or a minimum score (thresholds).
    Intensive,
    /// Targeted cooperation.
    Targeted,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TierRuleKind {
    TopN,
    Thresholds,
}

/// The thresholds a user starts from on switching to score thresholds.
pub const DEFAULT_THRESHOLDS: TierRule = TierRule::Thresholds {
    intensive: 0.6,
    targeted: 0.4,
};

#[derive(Clone, Debug, PartialEq)]
pub enum SelectionAction {
    SetGrade {
        criterion: String,
        grade: Grade,
    },
    ApplyPreset(Preset),
    SetMethod(Normalisation),
    SetLogForSkewed(bool),
    SetCensored(CensoredRule),
    /// A share 0–1 (a user types a percentage; the view divides by 100).
    SetMinCoverage(f64),
    SetTierRuleKind(TierRuleKind),
    SetTierBound {
        bound: TierBound,
        value: f64,
    },
    ShowRegion {
        region: Region,
        shown: bool,
    },
    AddAdjustment(Adjustment),
    RemoveAdjustment(usize),
    /// A new review date for an adjustment (empty: six months after its date again).
    SetAdjustmentReview {
        index: usize,
        date: String,
    },
    Select(Option<String>),
    /// The same key again reverses the order.
    SortBy(SortKey),
    ShowView(ResultsView),
    /// Show or hide an optional column of the ranking table.
    ShowColumn {
        column: RankingColumn,
        shown: bool,
    },
    SetDraws(f64),
    /// A share 0–1.
    SetSpread(f64),
    SetSeed(f64),
    /// Vary the rule for values below a top list's bound in the sensitivity draws too.
    SetVaryRule(bool),
    /// Settings from elsewhere (a scenario), already decoded and checked.
    Replace(SelectionSettings),
}

/// Why an action was not applied; the settings stay as they were.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActionProblem {
    Adjustment(AdjustmentProblem),
    UnknownCriterion,
    UnknownCountry,
    NotANumber,
}

impl SelectionSettings {
    /// The settings after `action`, or why it cannot be applied.
    pub fn apply(
        &self,
        action: SelectionAction,
        dataset: &Dataset,
    ) -> Result<SelectionSettings, ActionProblem> {
        let mut next = self.clone();
        let number = |value: f64| {
            if value.is_finite() {
                Ok(value)
            } else {
                Err(ActionProblem::NotANumber)
            }
        };
        match action {
            SelectionAction::SetGrade { criterion, grade } => {
                let slot = next
                    .grades
                    .get_mut(&criterion)
                    .ok_or(ActionProblem::UnknownCriterion)?;
                *slot = grade;
            }
            SelectionAction::ApplyPreset(preset) => next.grades = preset.grades(dataset),
            SelectionAction::SetMethod(method) => next.normalisation.method = method,
            SelectionAction::SetLogForSkewed(on) => next.normalisation.log_for_skewed = on,
            SelectionAction::SetCensored(rule) => next.normalisation.censored = rule,
            SelectionAction::SetMinCoverage(share) => next.min_coverage = number(share)?.clamp(0.0, 1.0),
            SelectionAction::SetTierRuleKind(kind) => {
                next.tier_rule = match (kind, self.tier_rule) {
                    (TierRuleKind::TopN, rule @ TierRule::TopN { .. }) => rule,
                    (TierRuleKind::Thresholds, rule @ TierRule::Thresholds { .. }) => rule,
                    (TierRuleKind::TopN, _) => TierRule::default(),
                    (TierRuleKind::Thresholds, _) => DEFAULT_THRESHOLDS,
                }
            }
            SelectionAction::SetTierBound { bound, value } => {
                let value = number(value)?;
                next.tier_rule = match (self.tier_rule, bound) {
                    (TierRule::TopN { targeted, .. }, TierBound::Intensive) => TierRule::TopN {
                        intensive: count(value),
                        targeted,
                    },
                    (TierRule::TopN { intensive, .. }, TierBound::Targeted) => TierRule::TopN {
                        intensive,
                        targeted: count(value),
                    },
                    // Thresholds stay ordered: intensive ≥ targeted.
                    (TierRule::Thresholds { targeted, .. }, TierBound::Intensive) => {
                        let v = value.clamp(0.0, 1.0);
                        TierRule::Thresholds {
                            intensive: v,
                            targeted: targeted.min(v),
                        }
                    }
                    (TierRule::Thresholds { intensive, .. }, TierBound::Targeted) => {
                        let v = value.clamp(0.0, 1.0);
                        TierRule::Thresholds {
                            intensive: intensive.max(v),
                            targeted: v,
                        }
                    }
                }
            }
            SelectionAction::ShowRegion { region, shown } => {
                let mut regions = if self.regions.is_empty() {
                    Region::ALL.into_iter().collect()
                } else {
                    self.regions.clone()
                };
                if shown {
                    regions.insert(region);
                } else {
                    regions.remove(&region);
                }
                // All shown is stored as "no filter", so links stay short.
                next.regions = if regions.len() == Region::ALL.len() {
                    Default::default()
                } else {
                    regions
                };
            }
            SelectionAction::AddAdjustment(adjustment) => {
                let adjustment = Adjustment {
                    reason: adjustment.reason.trim().to_string(),
                    ..adjustment
                };
                if let Some(problem) = adjustment.problem(dataset) {
                    return Err(ActionProblem::Adjustment(problem));
                }
                next.adjustments.push(adjustment);
            }
            SelectionAction::SetAdjustmentReview { index, date } => {
                let Some(current) = next.adjustments.get(index) else {
                    return Err(ActionProblem::UnknownCountry);
                };
                let date = date.trim();
                let changed = Adjustment {
                    review: (!date.is_empty()).then(|| date.to_string()),
                    ..current.clone()
                };
                if let Some(problem) = changed.problem(dataset) {
                    return Err(ActionProblem::Adjustment(problem));
                }
                next.adjustments[index] = changed;
            }
            SelectionAction::RemoveAdjustment(index) => {
                if index < next.adjustments.len() {
                    next.adjustments.remove(index);
                }
            }
            SelectionAction::Select(None) => next.selected = None,
            SelectionAction::Select(Some(iso3)) => {
                if dataset.country(&iso3).is_none() {
                    return Err(ActionProblem::UnknownCountry);
                }
                next.selected = Some(iso3);
            }
            SelectionAction::SortBy(key) => {
                next.descending = self.sort == key && !self.descending;
                next.sort = key;
            }
            SelectionAction::ShowView(view) => next.view = view,
            SelectionAction::ShowColumn { column, shown } => {
                if shown {
                    next.columns.insert(column);
                } else {
                    next.columns.remove(&column);
                }
            }
            SelectionAction::SetDraws(draws) => {
                next.sensitivity.draws = (number(draws)?.round() as usize).clamp(1, MAX_DRAWS)
            }
            SelectionAction::SetSpread(spread) => {
                next.sensitivity.spread = number(spread)?.clamp(0.0, MAX_SPREAD)
            }
            SelectionAction::SetSeed(seed) => next.sensitivity.seed = number(seed)?.max(0.0) as u64,
            SelectionAction::SetVaryRule(vary) => next.sensitivity.vary_rule = vary,
            SelectionAction::Replace(settings) => next = settings,
        }
        Ok(next)
    }
}

fn count(value: f64) -> usize {
    value.round().clamp(0.0, MAX_TIER_COUNT as f64) as usize
}
