//! One ranking per draw on arrays prepared once per run. The sensitivity analysis ranks
//! ten thousand times; a `RankedCountry` with its code cloned, a search for each country's
//! adjustment and a string comparison per tie, per country and per draw, were most of its
//! cost. [`Ranker::rank`] gives exactly what [`crate::selection::rank_values`] gives (tested
//! against it in `model/tests/selection.rs`, and in WebAssembly in `tests/sensitivity_wasm.rs`),
//! without allocating.

use crate::selection::block_sums::{block_sums, LANES};
#[cfg(doc)]
use crate::selection::scoring::score_row;
use crate::selection::{AdjustmentKind, SelectionSettings, Tier, TierRule};

#[derive(Clone, Debug)]
pub(crate) struct Ranker {
    adjustment: Vec<Option<AdjustmentKind>>,
    /// The countries whose tier is set by hand, and that tier.
    forced: Vec<(usize, Tier)>,
    /// Each country's place in code order: ties are broken by code, as `rank_values` does.
    code_order: Vec<u32>,
    /// The country at each place in code order.
    by_code: Vec<u32>,
    min_coverage: f64,
    tier_rule: TierRule,
    scores: Vec<f64>,
    /// The ranked countries as (score as an integer that orders as the scores descending,
    /// place in code order): sorted, the ranking.
    sorted: Vec<(u64, u32)>,
    sort_scratch: SortScratch,
    /// The last ranking: rank (1-based, 0 = unranked) and tier per country, in matrix order.
    pub rank: Vec<u32>,
    pub tier: Vec<Option<Tier>>,
}

impl Ranker {
    pub fn new(countries: &[String], settings: &SelectionSettings) -> Ranker {
        let n = countries.len();
        let mut by_code: Vec<u32> = (0..n as u32).collect();
        crate::order::sort_by(&mut by_code, |&a, &b| {
            countries[a as usize].cmp(&countries[b as usize])
        });
        let mut code_order = vec![0; n];
        for (place, &c) in by_code.iter().enumerate() {
            code_order[c as usize] = place as u32;
        }
        let adjustment: Vec<Option<AdjustmentKind>> = countries
            .iter()
            .map(|iso3| settings.adjustment_for(iso3).map(|a| a.kind))
            .collect();
        Ranker {
            forced: adjustment
                .iter()
                .enumerate()
                .filter_map(|(c, a)| match a {
                    Some(AdjustmentKind::ForceTier(tier)) => Some((c, *tier)),
                    _ => None,
                })
                .collect(),
            adjustment,
            by_code,
            code_order,
            min_coverage: settings.min_coverage,
            tier_rule: settings.tier_rule,
            scores: vec![0.0; n],
            sorted: Vec::with_capacity(n),
            sort_scratch: SortScratch::default(),
            rank: vec![0; n],
            tier: vec![None; n],
        }
    }

    /// Ranks on `cells` with the weights, with the arithmetic of [`score_row`] in the same
    /// order, so every score is the same to the last bit.
    #[cfg_attr(speed_attribute, optimize(speed))]
    pub fn rank(&mut self, cells: &Cells, weights: &[f64]) {
        // The same sum for every row, as score_row adds it.
        let total = weights.iter().fold(0.0, |sum, w| sum + w);
        let countries = self.rank.len();
        let block_len = LANES * cells.criteria.max(1);
        let blocks = cells
            .values
            .chunks_exact(block_len)
            .zip(cells.present.chunks_exact(block_len));
        // Higher score first, then by code, as `rank_values` sorts.
        self.sorted.clear();
        let (mut low, mut high) = (u64::MAX, 0);
        for (block, (values, present)) in blocks.enumerate() {
            for (lane, (weighted, covered)) in block_sums(values, present, weights).into_iter().enumerate() {
                let c = block * LANES + lane;
                if c >= countries {
                    break;
                }
                if let Some(score) = self.place(c, weighted, covered, total) {
                    let key = descending_key(score);
                    low = low.min(key);
                    high = high.max(key);
                    self.sorted.push((key, self.code_order[c]));
                }
            }
        }
        self.sort_scratch.sort(&mut self.sorted, low, high);
        self.rank.fill(0);
        self.tier.fill(None);
        for (position, &(_, code)) in self.sorted.iter().enumerate() {
            let c = self.by_code[code as usize] as usize;
            self.rank[c] = position as u32 + 1;
            self.tier[c] = Some(self.tier_rule.tier(position + 1, self.scores[c]));
        }
        for &(c, tier) in &self.forced {
            self.tier[c] = Some(tier);
        }
    }
}

impl Ranker {
    /// Country `c`'s score from its sums, if it takes part in the ranking.
    #[cfg_attr(speed_attribute, optimize(speed))]
    fn place(&mut self, c: usize, weighted: f64, covered: f64, total: f64) -> Option<f64> {
        let score = (covered > 0.0).then(|| weighted / covered);
        let coverage = if total > 0.0 { covered / total } else { 0.0 };
        let ranked = match (score, self.adjustment[c]) {
            (_, Some(AdjustmentKind::Exclude)) | (None, _) => false,
            (Some(_), Some(_)) => true,
            (Some(_), None) => coverage + 1e-12 >= self.min_coverage,
        };
        self.scores[c] = score.unwrap_or(0.0);
        score.filter(|_| ranked)
    }
}

/// Orders as `score` descending by `f64::total_cmp`.
#[cfg_attr(speed_attribute, optimize(speed))]
fn descending_key(score: f64) -> u64 {
    let bits = score.to_bits() as i64;
    // total_cmp's key: flip the magnitude bits of negatives, then make it unsigned.
    let total = ((bits ^ ((((bits >> 63) as u64) >> 1) as i64)) as u64) ^ (1 << 63);
    !total
}

/// A bucket sort for the ranking's keys, with its buffers kept between draws: a general sort
/// of 200 keys was a third of a draw (`perf`, native). Spread over as many buckets as keys (the
/// keys of scores between 0 and 1 lie fairly evenly), most buckets hold one key, and one
/// insertion pass orders what shares a bucket. The whole draw ran 1.2× faster than with a
/// general sort in the browser's WebAssembly (200 countries, opt-level "z").
#[derive(Clone, Debug, Default)]
struct SortScratch {
    buckets: Vec<u32>,
    starts: Vec<u32>,
    out: Vec<(u64, u32)>,
}

impl SortScratch {
    /// `low` and `high`: the lowest and highest key among `items`.
    #[cfg_attr(speed_attribute, optimize(speed))]
    fn sort(&mut self, items: &mut Vec<(u64, u32)>, low: u64, high: u64) {
        let n = items.len();
        if n < 2 {
            return;
        }
        // Monotone: a larger key never lands in an earlier bucket, so the buckets are in order
        // and only keys within one may be out of order.
        let scale = n as f64 / ((high - low) as f64 + 1.0);
        self.buckets.clear();
        self.starts.clear();
        self.starts.resize(n + 1, 0);
        for &(key, _) in items.iter() {
            let bucket = (((key - low) as f64 * scale) as usize).min(n - 1);
            self.buckets.push(bucket as u32);
            self.starts[bucket + 1] += 1;
        }
        for b in 1..=n {
            self.starts[b] += self.starts[b - 1];
        }
        self.out.clear();
        self.out.resize(n, (0, 0));
        for (&item, &bucket) in items.iter().zip(&self.buckets) {
            let at = &mut self.starts[bucket as usize];
            self.out[*at as usize] = item;
            *at += 1;
        }
        std::mem::swap(items, &mut self.out);
        sort_nearly_sorted(items);
    }
}

/// Sorts by insertion, which costs a comparison per item and one per place an item moves:
/// little when the items are nearly sorted. Past what a general sort costs (n log n moves:
/// keys bunched in a few buckets), it hands over to one.
#[cfg_attr(speed_attribute, optimize(speed))]
fn sort_nearly_sorted(items: &mut [(u64, u32)]) {
    let n = items.len();
    let budget = n * (usize::BITS - n.leading_zeros()) as usize;
    let mut moved = 0;
    for i in 1..n {
        let item = items[i];
        let mut j = i;
        while j > 0 && item < items[j - 1] {
            items[j] = items[j - 1];
            j -= 1;
        }
        items[j] = item;
        moved += i - j;
        if moved > budget {
            items.sort_unstable();
            return;
        }
    }
}

/// The normalised values as [`Ranker::rank`] reads them, in blocks of [`LANES`] countries:
/// criterion by criterion, the block's countries side by side (the last block padded with
/// empty rows). A missing cell is 0 in `values` and 0 in `present`, a present one its value and
/// 1: two multiplications instead of a branch per cell, as which cells are missing follows no
/// pattern a branch predictor learns. `x + 0 × w` is `x` to the last bit (the weights are
/// finite, and a sum that starts at +0 never becomes −0), so the scores stay those of
/// [`score_row`].
#[derive(Clone, Debug)]
pub(crate) struct Cells {
    criteria: usize,
    values: Vec<f64>,
    present: Vec<f64>,
}

impl Cells {
    pub fn new(rows: &[Vec<Option<f64>>], criteria: usize) -> Cells {
        let len = rows.len().div_ceil(LANES) * LANES * criteria;
        let mut cells = Cells {
            criteria,
            values: vec![0.0; len],
            present: vec![0.0; len],
        };
        for (c, row) in rows.iter().enumerate() {
            for (i, &value) in row.iter().enumerate().take(criteria) {
                cells.set(c, i, value);
            }
        }
        cells
    }

    #[inline]
    #[cfg_attr(speed_attribute, optimize(speed))]
    pub fn set(&mut self, country: usize, criterion: usize, value: Option<f64>) {
        let at = (country / LANES) * LANES * self.criteria + criterion * LANES + country % LANES;
        self.values[at] = value.unwrap_or(0.0);
        self.present[at] = if value.is_some() { 1.0 } else { 0.0 };
    }
}
