//! Weighted scoring of countries: normalisation per criterion, weights from 0–5 grades,
//! missing data handled by re-normalising over the criteria a country has, coverage per country.
//! The normalised matrix is computed once per dataset and settings; weights then only reweigh
//! it, which keeps re-ranking and the sensitivity draws cheap.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::dataset::{Dataset, Direction, ScaleHint};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Normalisation {
    /// (v − min) / (max − min) over the countries with data.
    #[default]
    MinMax,
    /// Percentile rank, ties sharing their mean rank: robust to outliers.
    Rank,
}

/// How figures are turned into 0–1 scores per criterion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub struct NormalisationSettings {
    pub method: Normalisation,
    /// Take ln(1 + v) first for criteria whose scale hint is `log` (skewed counts).
    pub log_for_skewed: bool,
}

impl Default for NormalisationSettings {
    fn default() -> Self {
        NormalisationSettings {
            method: Normalisation::MinMax,
            log_for_skewed: true,
        }
    }
}

/// Normalised scores: `values[c][i]` for country `c` and criterion `i`, `None` where the
/// country has no figure. Direction is already applied (1 = most relevant).
#[derive(Clone, Debug, PartialEq)]
pub struct Matrix {
    pub countries: Vec<String>,
    pub criteria: Vec<String>,
    pub values: Vec<Vec<Option<f64>>>,
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
        let mut observed = vec![vec![None; criteria.len()]; countries.len()];
        for observation in &dataset.values {
            if let (Some(&c), Some(&i), Some(v)) = (
                country_index.get(observation.country.as_str()),
                criterion_index.get(observation.indicator.as_str()),
                observation.value,
            ) {
                observed[c][i] = Some(v);
            }
        }
        for (i, indicator) in dataset.indicators.iter().enumerate() {
            let log = settings.log_for_skewed && indicator.scale == ScaleHint::Log;
            let raw: Vec<Option<f64>> = countries
                .iter()
                .enumerate()
                .map(|(c, iso3)| {
                    let value = match indicator.derived_from {
                        Some(_) => dataset.figure(iso3, &indicator.id).map(|f| f.value),
                        None => observed[c][i],
                    };
                    value.map(|v| if log { v.max(0.0).ln_1p() } else { v })
                })
                .collect();
            let normalised = match settings.method {
                Normalisation::MinMax => min_max(&raw),
                Normalisation::Rank => percentile_rank(&raw),
            };
            for (c, value) in normalised.into_iter().enumerate() {
                values[c][i] = value.map(|v| match indicator.direction {
                    Direction::HigherIsMoreRelevant => v,
                    Direction::LowerIsMoreRelevant => 1.0 - v,
                });
            }
        }
        Matrix {
            countries,
            criteria,
            values,
        }
    }
}

/// Min–max to 0–1. All-equal values give 0.5: the criterion then separates no one.
pub fn min_max(raw: &[Option<f64>]) -> Vec<Option<f64>> {
    let present = raw.iter().flatten().copied();
    let (min, max) = present.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    raw.iter()
        .map(|v| v.map(|v| if max > min { (v - min) / (max - min) } else { 0.5 }))
        .collect()
}

/// Percentile rank to 0–1 (lowest 0, highest 1), ties sharing their mean rank.
pub fn percentile_rank(raw: &[Option<f64>]) -> Vec<Option<f64>> {
    let mut present: Vec<(usize, f64)> = raw
        .iter()
        .enumerate()
        .filter_map(|(i, v)| v.map(|v| (i, v)))
        .collect();
    present.sort_by(|a, b| a.1.total_cmp(&b.1));
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
        .map(|id| grades.get(id).copied().unwrap_or(0.0).clamp(0.0, 5.0))
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
