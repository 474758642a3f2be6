//! One ranking per draw on flat arrays prepared once per run. The sensitivity analysis ranks
//! ten thousand times; a `RankedCountry` with its code cloned, a search for each country's
//! adjustment and a string comparison per tie, per country and per draw, were most of its
//! cost. [`Ranker::rank`] gives exactly what [`crate::selection::rank_values`] gives (tested in
//! `model/tests/selection.rs` against it), without allocating.

#[cfg(doc)]
use crate::selection::scoring::score_row;
use crate::selection::{AdjustmentKind, SelectionSettings, Tier, TierRule};

#[derive(Clone, Debug)]
pub(crate) struct Ranker {
    criteria: usize,
    adjustment: Vec<Option<AdjustmentKind>>,
    /// Each country's place in code order: ties are broken by code, as `rank_values` does.
    code_order: Vec<u32>,
    min_coverage: f64,
    tier_rule: TierRule,
    scores: Vec<f64>,
    keys: Vec<u128>,
    /// The last ranking: rank (1-based, 0 = unranked) and tier per country, in matrix order.
    pub rank: Vec<u32>,
    pub tier: Vec<Option<Tier>>,
}

impl Ranker {
    pub fn new(countries: &[String], criteria: usize, settings: &SelectionSettings) -> Ranker {
        let mut by_code: Vec<usize> = (0..countries.len()).collect();
        by_code.sort_by(|&a, &b| countries[a].cmp(&countries[b]));
        let mut code_order = vec![0; countries.len()];
        for (place, &c) in by_code.iter().enumerate() {
            code_order[c] = place as u32;
        }
        Ranker {
            criteria,
            adjustment: countries
                .iter()
                .map(|iso3| settings.adjustment_for(iso3).map(|a| a.kind))
                .collect(),
            code_order,
            min_coverage: settings.min_coverage,
            tier_rule: settings.tier_rule,
            scores: vec![0.0; countries.len()],
            keys: Vec::with_capacity(countries.len()),
            rank: vec![0; countries.len()],
            tier: vec![None; countries.len()],
        }
    }

    /// Ranks on `values` (row-major, one row of `criteria` cells per country, NaN where
    /// a country has no value), with the arithmetic of [`score_row`] in the same order, so
    /// every score is the same to the last bit.
    pub fn rank(&mut self, values: &[f64], weights: &[f64]) {
        self.keys.clear();
        // The same sum for every row, as score_row adds it.
        let total = weights.iter().fold(0.0, |sum, w| sum + w);
        for (c, row) in values.chunks_exact(self.criteria.max(1)).enumerate() {
            let (mut weighted, mut covered) = (0.0, 0.0);
            for (&v, &w) in row.iter().zip(weights) {
                if !v.is_nan() {
                    weighted += v * w;
                    covered += w;
                }
            }
            self.place(c, weighted, covered, total);
        }
        // One integer per country: higher score first, then by code, as `rank_values` sorts.
        self.keys.sort_unstable();
        for (position, &key) in self.keys.iter().enumerate() {
            let c = key as u32 as usize;
            self.rank[c] = position as u32 + 1;
            self.tier[c] = Some(self.tier_rule.tier(position + 1, self.scores[c]));
        }
        for (c, adjustment) in self.adjustment.iter().enumerate() {
            if let Some(AdjustmentKind::ForceTier(tier)) = adjustment {
                self.tier[c] = Some(*tier);
            }
        }
    }
}

impl Ranker {
    /// Country `c`'s score from its sums, and whether it takes part in the ranking.
    fn place(&mut self, c: usize, weighted: f64, covered: f64, total: f64) {
        let score = (covered > 0.0).then(|| weighted / covered);
        let coverage = if total > 0.0 { covered / total } else { 0.0 };
        let ranked = match (score, self.adjustment[c]) {
            (_, Some(AdjustmentKind::Exclude)) | (None, _) => false,
            (Some(_), Some(_)) => true,
            (Some(_), None) => coverage + 1e-12 >= self.min_coverage,
        };
        self.scores[c] = score.unwrap_or(0.0);
        self.rank[c] = 0;
        self.tier[c] = None;
        if ranked {
            self.keys
                .push(sort_key(self.scores[c], self.code_order[c], c as u32));
        }
    }
}

/// Orders as `score` descending by `f64::total_cmp`, then `code_order` ascending; carries the
/// country's index in the low bits.
fn sort_key(score: f64, code_order: u32, country: u32) -> u128 {
    let bits = score.to_bits() as i64;
    // total_cmp's key: flip the magnitude bits of negatives, then make it unsigned.
    let total = ((bits ^ ((((bits >> 63) as u64) >> 1) as i64)) as u64) ^ (1 << 63);
    (u128::from(!total) << 64) | (u128::from(code_order) << 32) | u128::from(country)
}
