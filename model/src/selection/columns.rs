//! The ranking table's columns a user can hide. Rank and country always show: without them a row
//! says nothing. A view setting like the sort order: it travels in the link, never changes the
//! ranking, and the exports (CSV, copied table, annex) always carry every column.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RankingColumn {
    Region,
    Tier,
    Score,
    Coverage,
    RankRange,
    RankMedian,
    TierKept,
    /// Shown only while the sensitivity run varies the rule for values below a bound.
    TierKeptRuleVaried,
    Adjustment,
}

impl RankingColumn {
    /// In the order of the table.
    pub const ALL: [RankingColumn; 9] = [
        RankingColumn::Region,
        RankingColumn::Tier,
        RankingColumn::Score,
        RankingColumn::Coverage,
        RankingColumn::RankRange,
        RankingColumn::RankMedian,
        RankingColumn::TierKept,
        RankingColumn::TierKeptRuleVaried,
        RankingColumn::Adjustment,
    ];

    /// The code in the link (`cols=tier,score,…`).
    pub fn code(self) -> &'static str {
        match self {
            RankingColumn::Region => "region",
            RankingColumn::Tier => "tier",
            RankingColumn::Score => "score",
            RankingColumn::Coverage => "coverage",
            RankingColumn::RankRange => "range",
            RankingColumn::RankMedian => "median",
            RankingColumn::TierKept => "kept",
            RankingColumn::TierKeptRuleVaried => "kept_rule",
            RankingColumn::Adjustment => "adj",
        }
    }

    pub fn from_code(code: &str) -> Option<RankingColumn> {
        RankingColumn::ALL.into_iter().find(|c| c.code() == code)
    }

    /// The region is in the filter and on the map; its column is there for who asks for it.
    pub fn shown_by_default(self) -> bool {
        self != RankingColumn::Region
    }
}

/// The columns a new view shows.
pub fn default_columns() -> BTreeSet<RankingColumn> {
    crate::order::set_from(RankingColumn::ALL.into_iter().filter(|c| c.shown_by_default()))
}
