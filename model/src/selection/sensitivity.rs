//! How robust is the selection? Two answers, both seeded so they repeat:
//! - Monte Carlo: perturb every weight by up to ±spread, draw every value below a top-N list's
//!   bound uniformly between 0 and the bound, re-rank, and record per country the 5th–95th
//!   percentile of its rank and the share of draws in which it keeps its tier.
//! - Tipping points: per country, the smallest change of one criterion's grade that changes
//!   its tier.
//!
//! Both run in steps, so a browser can spread the work over several tasks.

use std::collections::BTreeMap;

use crate::selection::random::Rng;
use crate::selection::scoring::{weights_from_grades, Matrix};
use crate::selection::{rank, rank_values, MonteCarloConfig, RankedCountry, SelectionSettings, Tier};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stability {
    /// 5th and 95th percentile of the rank over the draws in which the country was ranked.
    pub rank_low: usize,
    pub rank_high: usize,
    /// Share of draws in which the country kept its tier (0–1).
    pub tier_kept: f64,
}

/// A Monte Carlo run that can be advanced in chunks.
#[derive(Clone, Debug)]
pub struct MonteCarlo {
    config: MonteCarloConfig,
    rng: Rng,
    base_weights: Vec<f64>,
    base_tiers: Vec<Option<Tier>>,
    ranks: Vec<Vec<usize>>,
    kept: Vec<usize>,
    done: usize,
}

impl MonteCarlo {
    pub fn new(matrix: &Matrix, settings: &SelectionSettings, config: MonteCarloConfig) -> MonteCarlo {
        let base_weights = weights_from_grades(&matrix.criteria, &settings.grades_f64());
        let base = rank(matrix, &base_weights, settings);
        MonteCarlo {
            config,
            rng: Rng::new(config.seed),
            base_tiers: base.iter().map(|r| r.tier).collect(),
            base_weights,
            ranks: vec![Vec::with_capacity(config.draws); matrix.countries.len()],
            kept: vec![0; matrix.countries.len()],
            done: 0,
        }
    }

    pub fn done(&self) -> usize {
        self.done
    }

    pub fn is_finished(&self) -> bool {
        self.done >= self.config.draws
    }

    /// Runs up to `n` more draws.
    pub fn step(&mut self, matrix: &Matrix, settings: &SelectionSettings, n: usize) {
        let spread = self.config.spread.clamp(0.0, 1.0);
        for _ in 0..n.min(self.config.draws - self.done) {
            let weights: Vec<f64> = self
                .base_weights
                .iter()
                .map(|w| w * (1.0 + spread * (2.0 * self.rng.next_f64() - 1.0)))
                .collect();
            let total: f64 = weights.iter().sum();
            let weights: Vec<f64> = if total > 0.0 {
                weights.iter().map(|w| w / total).collect()
            } else {
                weights
            };
            // Censored values are drawn after the weights, so a dataset without them gives the
            // same sequence of weights as before.
            let ranked = if matrix.has_censored() {
                let values = matrix.redraw_censored(settings.normalisation.method, &mut self.rng);
                rank_values(&matrix.countries, &values, &weights, settings)
            } else {
                rank(matrix, &weights, settings)
            };
            for (i, row) in ranked.iter().enumerate() {
                if let Some(r) = row.rank {
                    self.ranks[i].push(r);
                }
                if row.tier == self.base_tiers[i] {
                    self.kept[i] += 1;
                }
            }
            self.done += 1;
        }
    }

    /// Results so far, by country code.
    pub fn result(&self, matrix: &Matrix) -> BTreeMap<String, Stability> {
        let mut out = BTreeMap::new();
        for (i, iso3) in matrix.countries.iter().enumerate() {
            let mut ranks = self.ranks[i].clone();
            if ranks.is_empty() || self.done == 0 {
                continue;
            }
            ranks.sort_unstable();
            out.insert(
                iso3.clone(),
                Stability {
                    rank_low: percentile(&ranks, 0.05),
                    rank_high: percentile(&ranks, 0.95),
                    tier_kept: self.kept[i] as f64 / self.done as f64,
                },
            );
        }
        out
    }
}

/// Nearest-rank percentile of sorted values.
pub fn percentile(sorted: &[usize], p: f64) -> usize {
    let index = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[index]
}

/// The smallest change of one grade that changes a country's tier.
#[derive(Clone, Debug, PartialEq)]
pub struct TippingPoint {
    pub criterion: String,
    /// Change in grade points (positive: the criterion weighs more).
    pub delta: f64,
    pub new_tier: Option<Tier>,
}

/// Grade changes are tried in steps of 1/`TIPPING_STEPS_PER_GRADE` grade point, within 0–5.
pub const TIPPING_STEPS_PER_GRADE: usize = 10;

/// For every country, the smallest single-grade change that
/// changes its tier, or none within the 0–5 range of every grade.
/// The step is 1/[`TIPPING_STEPS_PER_GRADE`] grade point.
pub fn tipping_points(matrix: &Matrix, settings: &SelectionSettings) -> BTreeMap<String, TippingPoint> {
    let grades = settings.grades_f64();
    let base_weights = weights_from_grades(&matrix.criteria, &grades);
    let base: Vec<RankedCountry> = rank(matrix, &base_weights, settings);
    let mut found: BTreeMap<String, TippingPoint> = BTreeMap::new();
    for step in 1..=5 * TIPPING_STEPS_PER_GRADE {
        // A division, not a multiplication, so 3 steps are exactly 0.3.
        let magnitude = step as f64 / TIPPING_STEPS_PER_GRADE as f64;
        for criterion in &matrix.criteria {
            let grade = grades.get(criterion).copied().unwrap_or(0.0);
            for delta in [magnitude, -magnitude] {
                let changed = grade + delta;
                if !(0.0..=5.0 + 1e-9).contains(&changed) {
                    continue;
                }
                let mut trial = grades.clone();
                trial.insert(criterion.clone(), changed);
                let weights = weights_from_grades(&matrix.criteria, &trial);
                for (row, before) in rank(matrix, &weights, settings).iter().zip(&base) {
                    if row.tier != before.tier && before.tier.is_some() && !found.contains_key(&row.iso3) {
                        found.insert(
                            row.iso3.clone(),
                            TippingPoint {
                                criterion: criterion.clone(),
                                delta,
                                new_tier: row.tier,
                            },
                        );
                    }
                }
            }
        }
        if found.len() == base.iter().filter(|r| r.tier.is_some()).count() {
            break;
        }
    }
    found
}
