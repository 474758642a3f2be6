//! One ranking per draw on flat arrays prepared once per run. The sensitivity analysis ranks
//! ten thousand times; a `RankedCountry` with its code cloned, a search for each country's
//! adjustment and a string comparison per tie, per country and per draw, were most of its
//! cost. [`Ranker::rank`] gives exactly what [`crate::selection::rank_values`] gives (tested in
//! `model/tests/selection.rs` against it), without allocating.

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
    order: Vec<u32>,
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
            order: Vec::with_capacity(countries.len()),
            rank: vec![0; countries.len()],
            tier: vec![None; countries.len()],
        }
    }

    /// Ranks on `values` (row-major, one row of `criteria` cells per country).
    pub fn rank(&mut self, values: &[Option<f64>], weights: &[f64]) {
        self.order.clear();
        for (c, row) in values.chunks_exact(self.criteria.max(1)).enumerate() {
            let score = score_row(row, weights);
            let adjustment = self.adjustment[c];
            let ranked = match (score.value, adjustment) {
                (_, Some(AdjustmentKind::Exclude)) | (None, _) => false,
                (Some(_), Some(_)) => true,
                (Some(_), None) => score.coverage + 1e-12 >= self.min_coverage,
            };
            self.scores[c] = score.value.unwrap_or(0.0);
            self.rank[c] = 0;
            self.tier[c] = None;
            if ranked {
                self.order.push(c as u32);
            }
        }
        let (scores, code_order) = (&self.scores, &self.code_order);
        self.order.sort_unstable_by(|&a, &b| {
            let (a, b) = (a as usize, b as usize);
            scores[b]
                .total_cmp(&scores[a])
                .then_with(|| code_order[a].cmp(&code_order[b]))
        });
        for (position, &c) in self.order.iter().enumerate() {
            let c = c as usize;
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
