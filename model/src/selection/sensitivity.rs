//! How robust is the selection? Two answers, both seeded so they repeat:
//! - Monte Carlo: perturb every weight by up to ±spread, draw every value below a top-N list's
//!   bound uniformly between 0 and the bound (on the criterion's fixed scale, so that nothing
//!   else moves), re-rank, and record per country the 5th, 50th and 95th percentile of its rank
//!   and the share of draws in which it keeps its tier.
//! - Tipping points: per country, the smallest change of one criterion's grade that changes
//!   its tier.
//!
//! Both run in steps, so a browser can spread the work over several tasks.

use std::collections::BTreeMap;

use crate::selection::draw::{Cells, Ranker};
use crate::selection::limits::MAX_DRAWS;
use crate::selection::random::Rng;
use crate::selection::scoring::{weights_from_grades, CensoredRule, Matrix, Normalisation};
use crate::selection::{MonteCarloConfig, SelectionSettings, Tier};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stability {
    /// 5th and 95th percentile of the rank over the draws in which the country was ranked.
    pub rank_low: usize,
    pub rank_high: usize,
    /// The median rank over those draws: beside the nominal rank, where the draws centre.
    pub rank_median: usize,
    /// Share of draws in which the country kept its tier (0–1).
    pub tier_kept: f64,
    /// The same share when each draw also draws the rule for values below a top list's bound
    /// among half, at the bound and zero (`MonteCarloConfig::vary_rule`); `None` where the run
    /// did not vary it (turned off, nothing below a bound, or those values left out).
    pub tier_kept_rule_varied: Option<f64>,
}

/// The rules a draw picks from when it varies the rule for values below a bound.
pub const VARIED_RULES: [CensoredRule; 3] =
    [CensoredRule::HalfBound, CensoredRule::AtBound, CensoredRule::Zero];

/// The normalised values under each of [`VARIED_RULES`]: what a draw that varies the rule ranks.
pub fn values_under_varied_rules(matrix: &Matrix, method: Normalisation) -> Vec<Vec<Vec<Option<f64>>>> {
    VARIED_RULES
        .iter()
        .map(|rule| {
            matrix.redraw_censored_with(method, |bound| {
                rule.impute(bound)
                    .expect("half, the bound and zero each impute a value")
            })
        })
        .collect()
}

/// Which of [`VARIED_RULES`] a draw takes, from one uniform number.
pub fn varied_rule_index(uniform: f64) -> usize {
    ((uniform * VARIED_RULES.len() as f64) as usize).min(VARIED_RULES.len() - 1)
}

impl Stability {
    /// Whether `rank`, the nominal one, lies within the 5–95 % range; where it does not, the
    /// place depends on the assumptions and every view says so (the method page says when that
    /// is legitimate).
    pub fn holds(&self, rank: usize) -> bool {
        (self.rank_low..=self.rank_high).contains(&rank)
    }

    /// Whether a country's nominal rank lies outside its range, for the views that say so in
    /// words and the CSV; `None` for a country without a rank.
    pub fn rank_outside(&self, rank: Option<usize>) -> Option<bool> {
        rank.map(|rank| !self.holds(rank))
    }

    /// The range as shown: "4–9", or "4" when it is one rank.
    pub fn range_text(&self) -> String {
        if self.rank_low == self.rank_high {
            self.rank_low.to_string()
        } else {
            format!("{}–{}", self.rank_low, self.rank_high)
        }
    }
}

/// A Monte Carlo run that can be advanced in chunks.
#[derive(Clone, Debug)]
pub struct MonteCarlo {
    config: MonteCarloConfig,
    rng: Rng,
    base_weights: Vec<f64>,
    base_tiers: Vec<Option<Tier>>,
    /// The normalised values; the censored columns are redrawn in place.
    values: Cells,
    column_scratch: Vec<Option<f64>>,
    weights: Vec<f64>,
    ranker: Ranker,
    /// How often each country took each rank: `rank_counts[c * (countries + 1) + rank]`.
    /// Its size does not grow with the draws (10,000 draws of 200 countries: 80 KB).
    rank_counts: Vec<u16>,
    kept: Vec<usize>,
    /// The values under each varied rule, when the run varies the rule (else empty).
    rule_values: Vec<Cells>,
    kept_rule_varied: Vec<usize>,
    done: usize,
}

// A country can take one rank in every draw: the counts fit while the draws do.
const _: () = assert!(MAX_DRAWS <= u16::MAX as usize);

impl MonteCarlo {
    /// At most [`MAX_DRAWS`] draws, whatever the configuration asks.
    pub fn new(matrix: &Matrix, settings: &SelectionSettings, config: MonteCarloConfig) -> MonteCarlo {
        let config = MonteCarloConfig {
            draws: config.draws.min(MAX_DRAWS),
            ..config
        };
        let base_weights = weights_from_grades(&matrix.criteria, &settings.grades_f64());
        let countries = matrix.countries.len();
        let mut ranker = Ranker::new(&matrix.countries, settings);
        let values = Cells::new(&matrix.values, matrix.criteria.len());
        ranker.rank(&values, &base_weights);
        let rule_values = if config.vary_rule && matrix.draws_censored() {
            values_under_varied_rules(matrix, settings.normalisation.method)
                .iter()
                .map(|v| Cells::new(v, matrix.criteria.len()))
                .collect()
        } else {
            Vec::new()
        };
        MonteCarlo {
            config,
            rng: Rng::new(config.seed),
            base_tiers: ranker.tier.clone(),
            weights: vec![0.0; base_weights.len()],
            base_weights,
            values,
            column_scratch: Vec::new(),
            ranker,
            rank_counts: vec![0; countries * (countries + 1)],
            kept: vec![0; countries],
            rule_values,
            kept_rule_varied: vec![0; countries],
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
    #[cfg_attr(speed_attribute, optimize(speed))]
    pub fn step(&mut self, matrix: &Matrix, settings: &SelectionSettings, n: usize) {
        let spread = self.config.spread.clamp(0.0, 1.0);
        let countries = matrix.countries.len();
        let censored = matrix.draws_censored();
        for _ in 0..n.min(self.config.draws - self.done) {
            for (w, base) in self.weights.iter_mut().zip(&self.base_weights) {
                *w = base * (1.0 + spread * (2.0 * self.rng.next_f64() - 1.0));
            }
            let total: f64 = self.weights.iter().sum();
            if total > 0.0 {
                self.weights.iter_mut().for_each(|w| *w /= total);
            }
            // Censored values are drawn after the weights, so a dataset without them gives the
            // same sequence of weights as before.
            if censored {
                let values = &mut self.values;
                let method = settings.normalisation.method;
                matrix.each_redrawn(method, &mut self.rng, &mut self.column_scratch, |c, i, value| {
                    values.set(c, i, value)
                });
            }
            self.ranker.rank(&self.values, &self.weights);
            for c in 0..countries {
                let rank = self.ranker.rank[c] as usize;
                if rank > 0 {
                    self.rank_counts[c * (countries + 1) + rank] += 1;
                }
            }
            tally_kept(&self.ranker.tier, &self.base_tiers, &mut self.kept);
            // Drawn after everything else, so a run that does not vary the rule draws the same
            // sequence as before.
            if !self.rule_values.is_empty() {
                let rule = varied_rule_index(self.rng.next_f64());
                self.ranker.rank(&self.rule_values[rule], &self.weights);
                tally_kept(&self.ranker.tier, &self.base_tiers, &mut self.kept_rule_varied);
            }
            self.done += 1;
        }
    }

    /// Runs draws until the run is finished or `budget_ms` has passed on `now_ms`'s clock,
    /// checking the clock every `DRAWS_BETWEEN_CLOCK_READS` draws; returns the draws run.
    /// The browser calls this once per task, so no task runs much past the budget.
    pub fn step_for(
        &mut self,
        matrix: &Matrix,
        settings: &SelectionSettings,
        budget_ms: f64,
        now_ms: &dyn Fn() -> f64,
    ) -> usize {
        let (start, before) = (now_ms(), self.done);
        while !self.is_finished() {
            self.step(matrix, settings, DRAWS_BETWEEN_CLOCK_READS);
            if now_ms() - start >= budget_ms {
                break;
            }
        }
        self.done - before
    }

    /// Results so far, by country code.
    pub fn result(&self, matrix: &Matrix) -> BTreeMap<String, Stability> {
        let mut out = BTreeMap::new();
        if self.done == 0 {
            return out;
        }
        let width = matrix.countries.len() + 1;
        for (c, iso3) in matrix.countries.iter().enumerate() {
            let counts = &self.rank_counts[c * width..(c + 1) * width];
            let ranked: usize = counts.iter().map(|&n| n as usize).sum();
            if ranked == 0 {
                continue;
            }
            out.insert(
                iso3.clone(),
                Stability {
                    rank_low: percentile_of_counts(counts, ranked, 0.05),
                    rank_high: percentile_of_counts(counts, ranked, 0.95),
                    rank_median: percentile_of_counts(counts, ranked, 0.5),
                    tier_kept: self.kept[c] as f64 / self.done as f64,
                    tier_kept_rule_varied: (!self.rule_values.is_empty())
                        .then(|| self.kept_rule_varied[c] as f64 / self.done as f64),
                },
            );
        }
        out
    }
}

/// Counts a draw for every country whose tier is its base tier.
#[cfg_attr(speed_attribute, optimize(speed))]
fn tally_kept(tiers: &[Option<Tier>], base: &[Option<Tier>], kept: &mut [usize]) {
    for ((tier, base), kept) in tiers.iter().zip(base).zip(kept) {
        *kept += usize::from(tier == base);
    }
}

/// Draws between two reads of the clock in [`MonteCarlo::step_for`]: a few tenths of a
/// millisecond at 200 countries.
pub const DRAWS_BETWEEN_CLOCK_READS: usize = 10;

/// [`percentile`] of the values that `counts[v]` counts (`total` of them), without listing them.
fn percentile_of_counts(counts: &[u16], total: usize, p: f64) -> usize {
    let index = nearest_rank_index(total, p);
    let mut seen = 0;
    for (value, &n) in counts.iter().enumerate() {
        seen += n as usize;
        if seen > index {
            return value;
        }
    }
    counts.len() - 1
}

/// Nearest-rank percentile of sorted values.
pub fn percentile(sorted: &[usize], p: f64) -> usize {
    sorted[nearest_rank_index(sorted.len(), p)]
}

/// Where the nearest-rank `p` percentile of `n` sorted values lies (0-based).
fn nearest_rank_index(n: usize, p: f64) -> usize {
    ((p * n as f64).ceil() as usize).clamp(1, n) - 1
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
    let values = Cells::new(&matrix.values, matrix.criteria.len());
    let mut ranker = Ranker::new(&matrix.countries, settings);
    ranker.rank(&values, &weights_from_grades(&matrix.criteria, &grades));
    let base = ranker.tier.clone();
    let tiered = base.iter().filter(|t| t.is_some()).count();
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
                ranker.rank(&values, &weights_from_grades(&matrix.criteria, &trial));
                for (c, (tier, before)) in ranker.tier.iter().zip(&base).enumerate() {
                    let iso3 = &matrix.countries[c];
                    if tier != before && before.is_some() && !found.contains_key(iso3) {
                        found.insert(
                            iso3.clone(),
                            TippingPoint {
                                criterion: criterion.clone(),
                                delta,
                                new_tier: *tier,
                            },
                        );
                    }
                }
            }
        }
        if found.len() == tiered {
            break;
        }
    }
    found
}
