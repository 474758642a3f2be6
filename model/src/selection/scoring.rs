//! Weighted scoring of countries: normalisation per criterion, weights from 0–5 grades,
//! values below a top-N list's bound imputed by a rule the user picks, unknowns handled by
//! re-normalising over the criteria a country has, coverage per country.
//! The normalised matrix is computed once per dataset and settings; weights then only reweigh
//! it, which keeps re-ranking and the sensitivity draws cheap.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::data::dataset::{
    absent_reading, derived_reading, Dataset, Direction, IndicatorUnit, Reading, ScaleHint,
};
use crate::selection::grade::Grade;
use crate::selection::random::Rng;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Normalisation {
    /// (v − min) / (max − min) over the countries with data.
    #[default]
    MinMax,
    /// Percentile rank, ties sharing their mean rank: robust to outliers.
    Rank,
}

/// The value a country gets where a top-N list only says it is below the list's bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CensoredRule {
    /// The bound itself: the most a country off the list can have (favours it).
    AtBound,
    /// Half the bound: the middle of what is possible, and the median of the uniform draw the
    /// sensitivity analysis makes between 0 and the bound, on any scale that keeps order (the
    /// log among them).
    #[default]
    HalfBound,
    /// Zero: the least possible (disfavours it).
    Zero,
    /// Left out: the criterion does not count for the country, as if unknown.
    LeftOut,
}

impl CensoredRule {
    pub const ALL: [CensoredRule; 4] = [
        CensoredRule::AtBound,
        CensoredRule::HalfBound,
        CensoredRule::Zero,
        CensoredRule::LeftOut,
    ];

    pub fn impute(self, bound: f64) -> Option<f64> {
        match self {
            CensoredRule::AtBound => Some(bound),
            CensoredRule::HalfBound => Some(bound / 2.0),
            CensoredRule::Zero => Some(0.0),
            CensoredRule::LeftOut => None,
        }
    }
}

/// How figures are turned into 0–1 scores per criterion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub struct NormalisationSettings {
    pub method: Normalisation,
    /// Take ln(1 + v) first for criteria whose scale hint is `log` (skewed counts).
    pub log_for_skewed: bool,
    /// Values below a top-N list's bound.
    #[serde(default)]
    pub censored: CensoredRule,
}

impl Default for NormalisationSettings {
    fn default() -> Self {
        NormalisationSettings {
            method: Normalisation::MinMax,
            log_for_skewed: true,
            censored: CensoredRule::default(),
        }
    }
}

/// Normalised scores: `values[c][i]` for country `c` and criterion `i`, `None` where the
/// country has no figure (or, under [`CensoredRule::LeftOut`], is below a list's bound).
/// Direction is already applied (1 = most relevant).
#[derive(Clone, Debug, PartialEq)]
pub struct Matrix {
    pub countries: Vec<String>,
    pub criteria: Vec<String>,
    pub values: Vec<Vec<Option<f64>>>,
    /// What each criterion needs to be normalised again when censored values are redrawn.
    columns: Vec<Column>,
    /// The rule censored cells were imputed by: under `LeftOut` they are out of the score, so
    /// the sensitivity analysis has nothing of theirs to draw.
    censored_rule: CensoredRule,
}

/// One criterion's raw values (before the log), with the censored cells and their bounds.
///
/// Min–max takes its goalposts from the data once, when the matrix is built, and keeps them:
/// the lowest and highest measured value, widened to the whole interval a censored value can
/// lie in, [0, bound]. The imputed value and every value the sensitivity analysis draws lie on
/// that one scale, so a draw moves the censored cells and nothing else (a goalpost taken from
/// each draw's smallest value moved every other country with it: issue 24).
#[derive(Clone, Debug, PartialEq)]
struct Column {
    raw: Vec<Option<f64>>,
    /// `raw` through the log where the column takes it: the sensitivity analysis redraws only
    /// the censored cells and so takes the logarithm, the costliest step of a redraw, of those
    /// alone (docs/benchmarks-log.md).
    transformed: Vec<Option<f64>>,
    censored: Vec<(usize, f64)>,
    /// Min–max's goalposts on the transformed scale (see above).
    goalposts: (f64, f64),
    log: bool,
    fixed_scale: bool,
    direction: Direction,
}

impl Column {
    #[cfg_attr(speed_attribute, optimize(speed))]
    fn transform(&self, raw: f64) -> f64 {
        if self.log {
            raw.max(0.0).ln_1p()
        } else {
            raw
        }
    }

    fn normalise(&self, raw: &[Option<f64>], method: Normalisation) -> Vec<Option<f64>> {
        let transformed: Vec<Option<f64>> = raw.iter().map(|v| v.map(|v| self.transform(v))).collect();
        let mut out = vec![None; raw.len()];
        self.normalise_transformed(&transformed, method, |c, value| out[c] = value);
        out
    }

    /// Hands each cell's 0–1 score, direction applied, to `write(country, score)`.
    #[cfg_attr(speed_attribute, optimize(speed))]
    fn normalise_transformed(
        &self,
        transformed: &[Option<f64>],
        method: Normalisation,
        mut write: impl FnMut(usize, Option<f64>),
    ) {
        if self.fixed_scale || method == Normalisation::MinMax {
            for (c, v) in transformed.iter().enumerate() {
                write(c, v.map(|v| self.score_on_fixed_scale(v)));
            }
            return;
        }
        for (c, v) in percentile_rank(transformed).into_iter().enumerate() {
            write(c, v.map(|v| self.directed(v)));
        }
    }

    /// One cell's 0–1 score where the scale does not depend on the other cells: a yes/no or
    /// level criterion as it is (stretching it would turn "all known values are yes" into 0.5),
    /// any other by min–max between the column's fixed goalposts; direction applied.
    #[cfg_attr(speed_attribute, optimize(speed))]
    fn score_on_fixed_scale(&self, transformed: f64) -> f64 {
        if self.fixed_scale {
            self.directed(transformed.clamp(0.0, 1.0))
        } else {
            let (min, max) = self.goalposts;
            self.directed(min_max_value(transformed, min, max))
        }
    }

    fn directed(&self, v: f64) -> f64 {
        match self.direction {
            Direction::HigherIsMoreRelevant => v,
            Direction::LowerIsMoreRelevant => 1.0 - v,
        }
    }
}

impl Column {
    /// The lowest and highest value the column can hold: its measured values and, for each
    /// censored cell, 0 and the bound (transformed like the rest).
    fn goalposts_of(&self) -> (f64, f64) {
        let censored: Vec<bool> = {
            let mut is = vec![false; self.raw.len()];
            for &(c, _) in &self.censored {
                is[c] = true;
            }
            is
        };
        let measured = self
            .transformed
            .iter()
            .zip(&censored)
            .filter(|(_, censored)| !**censored)
            .filter_map(|(v, _)| *v);
        let interval = self
            .censored
            .iter()
            .flat_map(|&(_, bound)| [self.transform(0.0), self.transform(bound)]);
        measured
            .chain(interval)
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
                (lo.min(v), hi.max(v))
            })
    }
}

impl Matrix {
    pub fn build(dataset: &Dataset, settings: NormalisationSettings) -> Matrix {
        let countries: Vec<String> = dataset.countries.iter().map(|c| c.iso3.clone()).collect();
        let criteria: Vec<String> = dataset.indicators.iter().map(|i| i.id.clone()).collect();
        let mut values = vec![vec![None; criteria.len()]; countries.len()];
        // One pass over the observations instead of a search per cell: matters at 2,000 countries.
        let country_index: HashMap<&str, usize> = countries
            .iter()
            .enumerate()
            .map(|(i, c)| (c.as_str(), i))
            .collect();
        let criterion_index: HashMap<&str, usize> = criteria
            .iter()
            .enumerate()
            .map(|(i, c)| (c.as_str(), i))
            .collect();
        // Outer None: no entry at all (the list kind decides); inner None: an explicit null.
        let mut observed: Vec<Vec<Option<Option<f64>>>> = vec![vec![None; criteria.len()]; countries.len()];
        for observation in &dataset.values {
            if let (Some(&c), Some(&i)) = (
                country_index.get(observation.country.as_str()),
                criterion_index.get(observation.indicator.as_str()),
            ) {
                observed[c][i] = Some(observation.value);
            }
        }
        let mut columns = Vec::with_capacity(criteria.len());
        for (i, indicator) in dataset.indicators.iter().enumerate() {
            let mut censored = Vec::new();
            let raw: Vec<Option<f64>> = countries
                .iter()
                .enumerate()
                .map(|(c, _)| {
                    // Straight from the indices: a search per cell cost ten times the build.
                    let reading = match (indicator.derived_from, observed[c][i]) {
                        (None, Some(value)) => return value,
                        (None, None) => absent_reading(indicator),
                        (Some(_), _) => derived_reading(indicator, &dataset.countries[c]),
                    };
                    match reading {
                        Reading::Measured(figure) => Some(figure.value),
                        Reading::BelowBound { bound, .. } => {
                            censored.push((c, bound));
                            settings.censored.impute(bound)
                        }
                        Reading::Unknown => None,
                    }
                })
                .collect();
            let mut column = Column {
                raw,
                transformed: Vec::new(),
                censored,
                goalposts: (0.0, 0.0),
                log: settings.log_for_skewed && indicator.scale == ScaleHint::Log,
                fixed_scale: indicator.unit == IndicatorUnit::Level,
                direction: indicator.direction,
            };
            column.transformed = column
                .raw
                .iter()
                .map(|v| v.map(|v| column.transform(v)))
                .collect();
            column.goalposts = column.goalposts_of();
            column.normalise_transformed(&column.transformed, settings.method, |c, value| {
                values[c][i] = value
            });
            columns.push(column);
        }
        Matrix {
            countries,
            criteria,
            values,
            columns,
            censored_rule: settings.censored,
        }
    }

    /// A matrix of already normalised values (benchmarks, synthetic data): nothing censored.
    pub fn from_values(
        countries: Vec<String>,
        criteria: Vec<String>,
        values: Vec<Vec<Option<f64>>>,
    ) -> Matrix {
        Matrix {
            countries,
            criteria,
            values,
            columns: Vec::new(),
            censored_rule: CensoredRule::default(),
        }
    }

    /// Whether any country is below a list's bound on any criterion.
    pub fn has_censored(&self) -> bool {
        self.columns.iter().any(|c| !c.censored.is_empty())
    }

    /// Whether the sensitivity analysis draws censored values: there are some, and they count
    /// in the score (not under [`CensoredRule::LeftOut`]).
    pub fn draws_censored(&self) -> bool {
        self.censored_rule != CensoredRule::LeftOut && self.has_censored()
    }

    /// Min–max's goalposts of a criterion on its transformed scale (`None` for an unknown
    /// criterion or a matrix made from values).
    pub fn goalposts(&self, criterion: &str) -> Option<(f64, f64)> {
        let i = self.criteria.iter().position(|c| c == criterion)?;
        self.columns.get(i).map(|c| c.goalposts)
    }

    /// The normalised values with every censored cell drawn anew, uniformly between 0 and its
    /// bound (whatever the imputation rule), for the sensitivity analysis.
    /// Written the straightforward way: the reference [`Matrix::each_redrawn`] is tested against.
    pub fn redraw_censored(&self, method: Normalisation, rng: &mut Rng) -> Vec<Vec<Option<f64>>> {
        self.redraw_censored_with(method, |bound| bound * rng.next_f64())
    }

    /// [`Matrix::redraw_censored`] with each censored cell's raw value from `draw(bound)`:
    /// drawing the imputed value gives back the point estimate's values exactly (tested).
    pub fn redraw_censored_with(
        &self,
        method: Normalisation,
        mut draw: impl FnMut(f64) -> f64,
    ) -> Vec<Vec<Option<f64>>> {
        let mut values = self.values.clone();
        for (i, column) in self.columns.iter().enumerate() {
            if column.censored.is_empty() {
                continue;
            }
            let mut raw = column.raw.clone();
            for &(c, bound) in &column.censored {
                raw[c] = Some(draw(bound));
            }
            for (c, value) in column.normalise(&raw, method).into_iter().enumerate() {
                values[c][i] = value;
            }
        }
        values
    }

    /// [`Matrix::redraw_censored`] without its copies, for a run of many draws: the same
    /// draws in the same order, each column's other cells already through the log, `scratch`
    /// kept between draws. Hands each cell of the redrawn columns to
    /// `write(country, criterion, value)`.
    #[cfg_attr(speed_attribute, optimize(speed))]
    pub(crate) fn each_redrawn(
        &self,
        method: Normalisation,
        rng: &mut Rng,
        scratch: &mut Vec<Option<f64>>,
        mut write: impl FnMut(usize, usize, Option<f64>),
    ) {
        for (i, column) in self.columns.iter().enumerate() {
            if column.censored.is_empty() {
                continue;
            }
            if column.fixed_scale || method == Normalisation::MinMax {
                // A fixed scale: only the drawn cells change, each by itself.
                for &(c, bound) in &column.censored {
                    let drawn = column.transform(bound * rng.next_f64());
                    write(c, i, Some(column.score_on_fixed_scale(drawn)));
                }
                continue;
            }
            // A percentile rank is a place among the others: the whole column again.
            scratch.clear();
            scratch.extend_from_slice(&column.transformed);
            for &(c, bound) in &column.censored {
                scratch[c] = Some(column.transform(bound * rng.next_f64()));
            }
            column.normalise_transformed(scratch, method, |c, value| write(c, i, value));
        }
    }
}

/// Min–max to 0–1. All-equal values give 0.5: the criterion then separates no one.
pub fn min_max(raw: &[Option<f64>]) -> Vec<Option<f64>> {
    let (min, max) = min_max_bounds(raw);
    raw.iter()
        .map(|v| v.map(|v| min_max_value(v, min, max)))
        .collect()
}

#[cfg_attr(speed_attribute, optimize(speed))]
fn min_max_bounds(raw: &[Option<f64>]) -> (f64, f64) {
    raw.iter()
        .flatten()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &v| {
            (lo.min(v), hi.max(v))
        })
}

#[cfg_attr(speed_attribute, optimize(speed))]
fn min_max_value(v: f64, min: f64, max: f64) -> f64 {
    if max > min {
        (v - min) / (max - min)
    } else {
        0.5
    }
}

/// Percentile rank to 0–1 (lowest 0, highest 1), ties sharing their mean rank.
pub fn percentile_rank(raw: &[Option<f64>]) -> Vec<Option<f64>> {
    let mut present: Vec<(usize, f64)> = raw
        .iter()
        .enumerate()
        .filter_map(|(i, v)| v.map(|v| (i, v)))
        .collect();
    crate::order::sort_by(&mut present, |a, b| a.1.total_cmp(&b.1));
    let n = present.len();
    let mut out = vec![None; raw.len()];
    let mut start = 0;
    while start < n {
        let mut end = start;
        while end + 1 < n && present[end + 1].1 == present[start].1 {
            end += 1;
        }
        let mean_rank = (start + end) as f64 / 2.0;
        let value = if n > 1 { mean_rank / (n - 1) as f64 } else { 0.5 };
        for item in &present[start..=end] {
            out[item.0] = Some(value);
        }
        start = end + 1;
    }
    out
}

/// Grades 0–5 per criterion, normalised to weights that sum to 1 (all zero: all weights zero).
pub fn weights_from_grades(criteria: &[String], grades: &BTreeMap<String, f64>) -> Vec<f64> {
    let raw: Vec<f64> = criteria
        .iter()
        .map(|id| Grade::clamp_fraction(grades.get(id).copied().unwrap_or(0.0)))
        .collect();
    let total: f64 = raw.iter().sum();
    if total <= 0.0 {
        return vec![0.0; raw.len()];
    }
    raw.iter().map(|g| g / total).collect()
}

/// A country's score and how much of the weight it rests on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Score {
    /// Weighted mean of the normalised values the country has, re-normalised over those
    /// criteria; `None` when it has no figure for any weighted criterion.
    pub value: Option<f64>,
    /// Share of the total weight carried by criteria with a figure (0–1).
    pub coverage: f64,
}

pub fn score_row(row: &[Option<f64>], weights: &[f64]) -> Score {
    let mut weighted = 0.0;
    let mut covered = 0.0;
    let mut total = 0.0;
    for (value, weight) in row.iter().zip(weights) {
        total += weight;
        if let Some(v) = value {
            weighted += v * weight;
            covered += weight;
        }
    }
    Score {
        value: (covered > 0.0).then(|| weighted / covered),
        coverage: if total > 0.0 { covered / total } else { 0.0 },
    }
}

/// Each criterion's part of the score: weight share among the covered criteria × value.
pub fn contributions(row: &[Option<f64>], weights: &[f64]) -> Vec<Option<f64>> {
    let covered: f64 = row
        .iter()
        .zip(weights)
        .filter(|(v, _)| v.is_some())
        .map(|(_, w)| w)
        .sum();
    row.iter()
        .zip(weights)
        .map(|(v, w)| v.map(|v| if covered > 0.0 { v * w / covered } else { 0.0 }))
        .collect()
}
