//! The country selection: settings a user controls, tiers of engagement, manual adjustments for
//! current events, and the ranking that follows from them.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::calendar::add_months;
use crate::calendar::is_day;
use crate::data::dataset::{Dataset, Region};
use crate::selection::columns::{default_columns, RankingColumn};
use crate::selection::grade::Grade;
use crate::selection::limits::{MAX_REASON_CHARS, REVIEW_MONTHS};
use crate::selection::scoring::{score_row, weights_from_grades, Matrix, NormalisationSettings};

/// Draws, spread and seed of the Monte Carlo sensitivity analysis.
#[derive(Clone, Copy, Debug, PartialEq, Deserialize, Serialize)]
pub struct MonteCarloConfig {
    pub draws: usize,
    /// Each weight is multiplied by a factor uniform in [1 − spread, 1 + spread].
    pub spread: f64,
    pub seed: u64,
    /// Also draw, per draw, the rule for values below a top list's bound (half, at the bound,
    /// zero), for a second share of draws that keep the tier: which tiers rest on that choice.
    #[serde(default = "vary_rule_default")]
    pub vary_rule: bool,
}

fn vary_rule_default() -> bool {
    true
}

impl Default for MonteCarloConfig {
    fn default() -> Self {
        MonteCarloConfig {
            draws: 1000,
            spread: 0.25,
            seed: 2025,
            vary_rule: true,
        }
    }
}

/// Degree of engagement (inzetniveau).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    /// Intensief partnerschap.
    Intensive,
    /// Gerichte samenwerking.
    Targeted,
    /// Volgen.
    Monitor,
}

impl Tier {
    pub const ALL: [Tier; 3] = [Tier::Intensive, Tier::Targeted, Tier::Monitor];
}

#[derive(Clone, Copy, Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TierRule {
    /// Score at least `intensive` → intensive; at least `targeted` → targeted; else monitor.
    Thresholds { intensive: f64, targeted: f64 },
    /// The first `intensive` ranks → intensive, the next `targeted` → targeted, the rest monitor.
    TopN { intensive: usize, targeted: usize },
}

impl Default for TierRule {
    fn default() -> Self {
        TierRule::TopN {
            intensive: 8,
            targeted: 12,
        }
    }
}

impl TierRule {
    pub fn tier(&self, rank: usize, score: f64) -> Tier {
        match *self {
            TierRule::Thresholds { intensive, targeted } => {
                if score >= intensive {
                    Tier::Intensive
                } else if score >= targeted {
                    Tier::Targeted
                } else {
                    Tier::Monitor
                }
            }
            TierRule::TopN { intensive, targeted } => {
                if rank <= intensive {
                    Tier::Intensive
                } else if rank <= intensive + targeted {
                    Tier::Targeted
                } else {
                    Tier::Monitor
                }
            }
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "tier")]
pub enum AdjustmentKind {
    /// Rank the country even if it falls below the coverage threshold.
    Include,
    /// Leave the country out of the selection.
    Exclude,
    /// Give the country this tier whatever its score.
    ForceTier(Tier),
}

/// A manual decision for current events; it needs a reason and a date.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct Adjustment {
    pub iso3: String,
    pub kind: AdjustmentKind,
    pub reason: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// When the adjustment is reviewed (the list stays flexible, memo § 4); `None` is six
    /// months after `date`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<String>,
}

impl AdjustmentKind {
    pub const ALL: [AdjustmentKind; 5] = [
        AdjustmentKind::Include,
        AdjustmentKind::Exclude,
        AdjustmentKind::ForceTier(Tier::Intensive),
        AdjustmentKind::ForceTier(Tier::Targeted),
        AdjustmentKind::ForceTier(Tier::Monitor),
    ];

    /// The short code in the URL and in the form.
    pub fn code(self) -> &'static str {
        match self {
            AdjustmentKind::Include => "inc",
            AdjustmentKind::Exclude => "exc",
            AdjustmentKind::ForceTier(Tier::Intensive) => "t1",
            AdjustmentKind::ForceTier(Tier::Targeted) => "t2",
            AdjustmentKind::ForceTier(Tier::Monitor) => "t3",
        }
    }

    pub fn from_code(code: &str) -> Option<AdjustmentKind> {
        AdjustmentKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

impl Adjustment {
    /// Why the adjustment cannot be applied, if it cannot.
    pub fn problem(&self, dataset: &Dataset) -> Option<AdjustmentProblem> {
        if dataset.country(&self.iso3).is_none() {
            Some(AdjustmentProblem::UnknownCountry)
        } else if self.reason.trim().is_empty() {
            Some(AdjustmentProblem::NoReason)
        } else if self.reason.chars().count() > MAX_REASON_CHARS {
            Some(AdjustmentProblem::ReasonTooLong)
        } else if !is_day(&self.date) {
            Some(AdjustmentProblem::BadDate)
        } else if crate::check::rules::looks_personal(&self.reason) {
            Some(AdjustmentProblem::PersonalData)
        } else {
            match &self.review {
                Some(review) if !is_day(review) => Some(AdjustmentProblem::BadDate),
                Some(review) if review < &self.date => Some(AdjustmentProblem::ReviewBeforeDate),
                _ => None,
            }
        }
    }

    /// When it is to be reviewed: as set, or six months after it was made.
    pub fn review_date(&self) -> Option<String> {
        self.review
            .clone()
            .or_else(|| add_months(&self.date, REVIEW_MONTHS))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AdjustmentProblem {
    UnknownCountry,
    NoReason,
    ReasonTooLong,
    BadDate,
    /// An e-mail address or a phone number in the reason (memo § 5: no personal data).
    PersonalData,
    ReviewBeforeDate,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SortKey {
    #[default]
    Rank,
    Name,
    Score,
    Coverage,
}

/// The default coverage floor: at least half of the weight must rest on data. Under the default
/// weights the four yes/no criteria carry 4 of 11 grade points (36 %), so a country known only
/// by those flags stays below it.
pub const DEFAULT_MIN_COVERAGE: f64 = 0.5;

/// Which view of the ranking is in front: the table or the map (both stay in the page).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ResultsView {
    #[default]
    Table,
    Map,
}

/// Everything a user sets on the selection view. All of it travels in the URL (`url_state`).
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct SelectionSettings {
    /// Grade 0–5 per criterion id.
    pub grades: BTreeMap<String, Grade>,
    pub normalisation: NormalisationSettings,
    /// Countries whose data covers less than this share of the weight keep their row but get
    /// no rank or tier ("too little data"). 0: no floor.
    pub min_coverage: f64,
    pub tier_rule: TierRule,
    /// Regions shown in the table and map; empty shows all. A view filter: ranks stay global.
    pub regions: BTreeSet<Region>,
    pub adjustments: Vec<Adjustment>,
    pub selected: Option<String>,
    pub sort: SortKey,
    pub descending: bool,
    #[serde(default)]
    pub view: ResultsView,
    /// The optional columns of the ranking table that show (`columns`).
    #[serde(default = "default_columns")]
    pub columns: BTreeSet<RankingColumn>,
    /// Draws, spread and seed of the Monte Carlo sensitivity run.
    pub sensitivity: MonteCarloConfig,
}

impl SelectionSettings {
    /// The dataset's default grades; everything else neutral.
    pub fn defaults(dataset: &Dataset) -> SelectionSettings {
        SelectionSettings {
            grades: dataset
                .indicators
                .iter()
                .map(|i| (i.id.clone(), Grade::nearest(f64::from(i.default_weight))))
                .collect(),
            normalisation: NormalisationSettings::default(),
            min_coverage: DEFAULT_MIN_COVERAGE,
            tier_rule: TierRule::default(),
            regions: BTreeSet::new(),
            adjustments: Vec::new(),
            selected: None,
            sort: SortKey::Rank,
            descending: false,
            view: ResultsView::Table,
            columns: default_columns(),
            sensitivity: MonteCarloConfig::default(),
        }
    }

    pub fn grades_f64(&self) -> BTreeMap<String, f64> {
        crate::order::map_from(self.grades.iter().map(|(k, v)| (k.clone(), f64::from(v.get()))))
    }

    /// These settings without the parts that only change the view (selected country, sort,
    /// region filter, columns): equal analysis inputs give an equal ranking and equal sensitivity results.
    pub fn analysis_inputs(&self) -> SelectionSettings {
        SelectionSettings {
            regions: BTreeSet::new(),
            selected: None,
            sort: SortKey::Rank,
            descending: false,
            view: ResultsView::Table,
            columns: default_columns(),
            ..self.clone()
        }
    }

    /// Whether the region filter shows this country (ranks are computed over all of them).
    pub fn shows(&self, dataset: &Dataset, iso3: &str) -> bool {
        self.regions.is_empty()
            || dataset
                .country(iso3)
                .is_some_and(|c| self.regions.contains(&c.region))
    }

    /// Whether the ranking table shows this column. The rule-varied share needs a run that
    /// varies the rule as well as the user's choice.
    pub fn shows_column(&self, column: RankingColumn) -> bool {
        self.columns.contains(&column)
            && (column != RankingColumn::TierKeptRuleVaried || self.sensitivity.vary_rule)
    }

    /// The latest adjustment for a country wins; earlier ones stay as its history.
    pub fn adjustment_for(&self, iso3: &str) -> Option<&Adjustment> {
        self.adjustments.iter().rev().find(|a| a.iso3 == iso3)
    }
}

/// A named starting point for the weights.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    /// Equal grades for every criterion the dataset weighs by default.
    Equal,
    /// Inflow: asylum and irregular arrivals.
    Inflow,
    /// Return: orders to leave, return rates, readmission leverage.
    Return,
    /// Broad partnership: existing frameworks, development ties, attention areas, reception.
    BroadPartnership,
}

impl Preset {
    pub const ALL: [Preset; 4] = [
        Preset::Equal,
        Preset::Inflow,
        Preset::Return,
        Preset::BroadPartnership,
    ];

    /// Grades for the criteria this preset is about; the others 0. Criteria the dataset does
    /// not have are skipped, so a preset works on a user's own dataset too.
    pub fn grades(self, dataset: &Dataset) -> BTreeMap<String, Grade> {
        let chosen: &[(&str, u8)] = match self {
            Preset::Equal => &[],
            Preset::Inflow => &[
                ("nl_asylum_applicants_2024", 5),
                ("eu_asylum_applicants_2024", 4),
                ("frontex_detections_2024", 4),
                ("nl_family_reunification_2023", 2),
                ("attention_area", 2),
            ],
            Preset::Return => &[
                ("nl_orders_to_leave_2023", 5),
                ("eu_orders_to_leave_q4_2024", 4),
                ("return_rate", 4),
                ("visa_25a", 3),
                ("eu_returns_q4_2024", 1),
            ],
            Preset::BroadPartnership => &[
                ("eu_partnership", 4),
                ("nl_development_partner", 4),
                ("attention_area", 3),
                ("refugees_hosted_2023", 3),
                ("nl_asylum_applicants_2024", 2),
                ("gdp_per_capita_ppp", 1),
            ],
        };
        crate::order::map_from(dataset.indicators.iter().map(|i| {
            let grade = match self {
                Preset::Equal => u8::from(i.default_weight > 0),
                _ => chosen
                    .iter()
                    .find(|(id, _)| *id == i.id)
                    .map(|(_, g)| *g)
                    .unwrap_or(0),
            };
            (i.id.clone(), Grade::nearest(f64::from(grade)))
        }))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Ranked,
    /// No figure for any weighted criterion.
    NoData,
    /// Below the coverage threshold.
    LowCoverage,
    /// Left out by a manual adjustment.
    ExcludedByHand,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RankedCountry {
    pub iso3: String,
    pub score: Option<f64>,
    pub coverage: f64,
    pub rank: Option<usize>,
    /// The tier the score gives.
    pub computed_tier: Option<Tier>,
    /// The tier after manual adjustments.
    pub tier: Option<Tier>,
    pub status: Status,
    pub adjusted: bool,
}

/// Ranks every country of the matrix. Countries with a score and enough coverage get ranks
/// 1..n by score (ties by code, so results repeat); adjustments then include, exclude or force.
pub fn rank(matrix: &Matrix, weights: &[f64], settings: &SelectionSettings) -> Vec<RankedCountry> {
    rank_values(&matrix.countries, &matrix.values, weights, settings)
}

/// [`rank`] on values other than the matrix's own, e.g. with censored values redrawn.
pub fn rank_values(
    countries: &[String],
    values: &[Vec<Option<f64>>],
    weights: &[f64],
    settings: &SelectionSettings,
) -> Vec<RankedCountry> {
    let mut rows: Vec<RankedCountry> = countries
        .iter()
        .zip(values)
        .map(|(iso3, row)| {
            let score = score_row(row, weights);
            let adjustment = settings.adjustment_for(iso3).map(|a| a.kind);
            let status = match (score.value, adjustment) {
                (_, Some(AdjustmentKind::Exclude)) => Status::ExcludedByHand,
                (None, _) => Status::NoData,
                (Some(_), Some(AdjustmentKind::Include | AdjustmentKind::ForceTier(_))) => Status::Ranked,
                (Some(_), None) if score.coverage + 1e-12 < settings.min_coverage => Status::LowCoverage,
                (Some(_), None) => Status::Ranked,
            };
            RankedCountry {
                iso3: iso3.clone(),
                score: score.value,
                coverage: score.coverage,
                rank: None,
                computed_tier: None,
                tier: None,
                status,
                adjusted: adjustment.is_some(),
            }
        })
        .collect();
    let mut order: Vec<usize> = (0..rows.len())
        .filter(|&i| rows[i].status == Status::Ranked)
        .collect();
    crate::order::sort_by(&mut order, |&a, &b| {
        let (sa, sb) = (rows[a].score.unwrap_or(0.0), rows[b].score.unwrap_or(0.0));
        sb.total_cmp(&sa).then_with(|| rows[a].iso3.cmp(&rows[b].iso3))
    });
    for (position, &i) in order.iter().enumerate() {
        let rank = position + 1;
        let tier = settings.tier_rule.tier(rank, rows[i].score.unwrap_or(0.0));
        rows[i].rank = Some(rank);
        rows[i].computed_tier = Some(tier);
        rows[i].tier = Some(tier);
    }
    for row in &mut rows {
        if let Some(AdjustmentKind::ForceTier(tier)) = settings.adjustment_for(&row.iso3).map(|a| a.kind) {
            row.tier = Some(tier);
        }
    }
    rows
}

/// Matrix, weights and ranking in one call, for views and exports.
pub fn rank_dataset(
    dataset: &Dataset,
    settings: &SelectionSettings,
) -> (Matrix, Vec<f64>, Vec<RankedCountry>) {
    let matrix = Matrix::build(dataset, settings.normalisation);
    let weights = weights_from_grades(&matrix.criteria, &settings.grades_f64());
    let ranking = rank(&matrix, &weights, settings);
    (matrix, weights, ranking)
}
