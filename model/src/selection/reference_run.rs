//! The sensitivity analysis written the straightforward way, kept as the reference the fast
//! run ([`crate::selection::sensitivity::MonteCarlo`]) is tested against: natively, and in the
//! browser's WebAssembly, where the sums take SIMD instructions (`tests/components.rs`). Not
//! used by the app, so the release build links none of it.

use std::collections::BTreeMap;

use crate::selection::random::Rng;
use crate::selection::scoring::{weights_from_grades, Matrix};
use crate::selection::sensitivity::{percentile, values_under_varied_rules, varied_rule_index, Stability};
use crate::selection::{rank, rank_values, MonteCarloConfig, SelectionSettings};

/// The Monte Carlo as first written: a full `RankedCountry` list per draw and every rank kept.
/// The run in the app must give exactly this.
pub fn straightforward_monte_carlo(
    matrix: &Matrix,
    settings: &SelectionSettings,
    config: MonteCarloConfig,
) -> BTreeMap<String, Stability> {
    let base_weights = weights_from_grades(&matrix.criteria, &settings.grades_f64());
    let base = rank(matrix, &base_weights, settings);
    let mut rng = Rng::new(config.seed);
    let mut ranks = vec![Vec::new(); matrix.countries.len()];
    let mut kept = vec![0usize; matrix.countries.len()];
    let vary_rule = config.vary_rule && matrix.draws_censored();
    let rule_values = if vary_rule {
        values_under_varied_rules(matrix, settings.normalisation.method)
    } else {
        Vec::new()
    };
    let mut kept_rule_varied = vec![0usize; matrix.countries.len()];
    for _ in 0..config.draws {
        let weights: Vec<f64> = base_weights
            .iter()
            .map(|w| w * (1.0 + config.spread * (2.0 * rng.next_f64() - 1.0)))
            .collect();
        let total: f64 = weights.iter().sum();
        let weights: Vec<f64> = if total > 0.0 {
            weights.iter().map(|w| w / total).collect()
        } else {
            weights
        };
        let values = if matrix.draws_censored() {
            matrix.redraw_censored(settings.normalisation.method, &mut rng)
        } else {
            matrix.values.clone()
        };
        for (i, row) in rank_values(&matrix.countries, &values, &weights, settings)
            .iter()
            .enumerate()
        {
            if let Some(r) = row.rank {
                ranks[i].push(r);
            }
            if row.tier == base[i].tier {
                kept[i] += 1;
            }
        }
        if vary_rule {
            let values = &rule_values[varied_rule_index(rng.next_f64())];
            for (i, row) in rank_values(&matrix.countries, values, &weights, settings)
                .iter()
                .enumerate()
            {
                if row.tier == base[i].tier {
                    kept_rule_varied[i] += 1;
                }
            }
        }
    }
    let mut out = BTreeMap::new();
    for (i, iso3) in matrix.countries.iter().enumerate() {
        let mut r = ranks[i].clone();
        if r.is_empty() {
            continue;
        }
        r.sort_unstable();
        out.insert(
            iso3.clone(),
            Stability {
                rank_low: percentile(&r, 0.05),
                rank_high: percentile(&r, 0.95),
                rank_median: percentile(&r, 0.5),
                tier_kept: kept[i] as f64 / config.draws as f64,
                tier_kept_rule_varied: vary_rule.then(|| kept_rule_varied[i] as f64 / config.draws as f64),
            },
        );
    }
    out
}
