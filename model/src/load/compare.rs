//! "Wat verandert er?": what a new dataset would change against the one in use, before it is
//! adopted: figures changed (old → new, with their sources), countries added and removed,
//! criteria whose list kind changed, and the countries whose rank or tier would move under the
//! default settings, with the criterion that moved each most.

use std::collections::{BTreeMap, BTreeSet};

use crate::data::dataset::{Dataset, ListKind};
use crate::lang::LocalText;
use crate::selection::scoring::{contributions, Matrix};
use crate::selection::{rank_dataset, RankedCountry, SelectionSettings, Tier};

/// One figure that differs: a value, its year or its source.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureChange {
    pub country: String,
    pub indicator: String,
    pub old: Option<f64>,
    pub new: Option<f64>,
    pub old_year: Option<u16>,
    pub new_year: Option<u16>,
    pub old_source: Option<String>,
    pub new_source: Option<String>,
}

/// A country whose rank or tier would change.
#[derive(Clone, Debug, PartialEq)]
pub struct RankMove {
    pub country: String,
    pub old_rank: Option<usize>,
    pub new_rank: Option<usize>,
    pub old_tier: Option<Tier>,
    pub new_tier: Option<Tier>,
    /// The criterion whose weighted contribution to the score changed most, if any did.
    pub criterion: Option<String>,
}

/// A criterion whose list kind differs ("complete", "top N", "partial").
#[derive(Clone, Debug, PartialEq)]
pub struct ListKindChange {
    pub indicator: String,
    pub old: ListKind,
    pub new: ListKind,
}

/// A country in both datasets under another name (in either language).
#[derive(Clone, Debug, PartialEq)]
pub struct NameChange {
    pub country: String,
    pub old: LocalText,
    pub new: LocalText,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct DatasetChanges {
    pub figures: Vec<FigureChange>,
    pub countries_added: Vec<String>,
    pub countries_removed: Vec<String>,
    pub countries_renamed: Vec<NameChange>,
    pub indicators_added: Vec<String>,
    pub indicators_removed: Vec<String>,
    pub list_kinds: Vec<ListKindChange>,
    pub moves: Vec<RankMove>,
}

impl DatasetChanges {
    pub fn is_empty(&self) -> bool {
        self.figures.is_empty()
            && self.countries_added.is_empty()
            && self.countries_removed.is_empty()
            && self.countries_renamed.is_empty()
            && self.indicators_added.is_empty()
            && self.indicators_removed.is_empty()
            && self.list_kinds.is_empty()
            && self.moves.is_empty()
    }
}

type FigureKey<'a> = (&'a str, &'a str);
type Figure<'a> = (Option<f64>, Option<u16>, &'a str);

fn figures(dataset: &Dataset) -> BTreeMap<FigureKey<'_>, Figure<'_>> {
    dataset
        .values
        .iter()
        .map(|v| {
            (
                (v.country.as_str(), v.indicator.as_str()),
                (v.value, v.year, v.source.as_str()),
            )
        })
        .collect()
}

/// Compares `new` with `old`, the dataset in use. Rank and tier moves are under each dataset's
/// default settings, so that a change of data is not mixed with a change of weights.
pub fn compare_datasets(old: &Dataset, new: &Dataset) -> DatasetChanges {
    let mut changes = DatasetChanges::default();
    let old_countries: BTreeSet<&str> = crate::order::set_from(old.countries.iter().map(|c| c.iso3.as_str()));
    let new_countries: BTreeSet<&str> = crate::order::set_from(new.countries.iter().map(|c| c.iso3.as_str()));
    changes.countries_added = new_countries
        .difference(&old_countries)
        .map(|s| s.to_string())
        .collect();
    changes.countries_removed = old_countries
        .difference(&new_countries)
        .map(|s| s.to_string())
        .collect();
    for country in &new.countries {
        if let Some(before) = old.country(&country.iso3) {
            if before.name != country.name {
                changes.countries_renamed.push(NameChange {
                    country: country.iso3.clone(),
                    old: before.name.clone(),
                    new: country.name.clone(),
                });
            }
        }
    }
    let old_indicators: BTreeSet<&str> = crate::order::set_from(old.indicators.iter().map(|i| i.id.as_str()));
    let new_indicators: BTreeSet<&str> = crate::order::set_from(new.indicators.iter().map(|i| i.id.as_str()));
    changes.indicators_added = new_indicators
        .difference(&old_indicators)
        .map(|s| s.to_string())
        .collect();
    changes.indicators_removed = old_indicators
        .difference(&new_indicators)
        .map(|s| s.to_string())
        .collect();
    for indicator in &new.indicators {
        if let Some(before) = old.indicators.iter().find(|i| i.id == indicator.id) {
            let (old_kind, new_kind) = (before.list_kind(), indicator.list_kind());
            if old_kind != new_kind {
                changes.list_kinds.push(ListKindChange {
                    indicator: indicator.id.clone(),
                    old: old_kind,
                    new: new_kind,
                });
            }
        }
    }

    // Figures of countries and criteria in both; a country or criterion added or removed is
    // said once above, not figure by figure.
    let (before, after) = (figures(old), figures(new));
    let keys: BTreeSet<FigureKey> = crate::order::set_from(before.keys().chain(after.keys()).copied());
    for key @ (country, indicator) in keys {
        let in_both = old_countries.contains(country)
            && new_countries.contains(country)
            && old_indicators.contains(indicator)
            && new_indicators.contains(indicator);
        if !in_both {
            continue;
        }
        let (a, b) = (before.get(&key), after.get(&key));
        let value = |f: Option<&Figure>| f.and_then(|f| f.0);
        let year = |f: Option<&Figure>| f.and_then(|f| f.1);
        let source = |f: Option<&Figure>| f.map(|f| f.2.to_string());
        if value(a) != value(b) || year(a) != year(b) || (value(a).is_some() && source(a) != source(b)) {
            changes.figures.push(FigureChange {
                country: country.to_string(),
                indicator: indicator.to_string(),
                old: value(a),
                new: value(b),
                old_year: year(a),
                new_year: year(b),
                old_source: source(a),
                new_source: source(b),
            });
        }
    }

    let (old_matrix, old_weights, old_ranking) = rank_dataset(old, &SelectionSettings::defaults(old));
    let (new_matrix, new_weights, new_ranking) = rank_dataset(new, &SelectionSettings::defaults(new));
    let old_by: BTreeMap<&str, &RankedCountry> =
        crate::order::map_from(old_ranking.iter().map(|r| (r.iso3.as_str(), r)));
    for after in &new_ranking {
        let Some(before) = old_by.get(after.iso3.as_str()) else {
            continue;
        };
        if before.rank == after.rank && before.tier == after.tier {
            continue;
        }
        changes.moves.push(RankMove {
            country: after.iso3.clone(),
            old_rank: before.rank,
            new_rank: after.rank,
            old_tier: before.tier,
            new_tier: after.tier,
            criterion: mover(
                &after.iso3,
                (&old_matrix, &old_weights),
                (&new_matrix, &new_weights),
            ),
        });
    }
    crate::order::sort_by_key(&mut changes.moves, |m| {
        (m.new_rank.unwrap_or(usize::MAX), m.country.clone())
    });
    changes
}

/// The criterion whose share of the country's score changed most between the two matrices.
fn mover(iso3: &str, old: (&Matrix, &[f64]), new: (&Matrix, &[f64])) -> Option<String> {
    // Each criterion's part of the score, as the score is made (`scoring::contributions`); a
    // criterion without a value has no part.
    let share = |(matrix, weights): (&Matrix, &[f64])| -> BTreeMap<String, f64> {
        let Some(row) = matrix.countries.iter().position(|c| c == iso3) else {
            return BTreeMap::new();
        };
        let parts = contributions(&matrix.values[row], weights);
        crate::order::map_from(
            matrix
                .criteria
                .iter()
                .cloned()
                .zip(parts.into_iter().map(|part| part.unwrap_or(0.0))),
        )
    };
    let (before, after) = (share(old), share(new));
    let ids: BTreeSet<&String> = crate::order::set_from(before.keys().chain(after.keys()));
    ids.into_iter()
        .map(|id| {
            let delta = after.get(id).copied().unwrap_or(0.0) - before.get(id).copied().unwrap_or(0.0);
            (id.clone(), delta.abs())
        })
        .filter(|(_, delta)| *delta > 1e-12)
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(id, _)| id)
}
