//! The UI text for each enum of the selection (columns, tiers, statuses, adjustments, rules).

use crate::lang::Lang;
use crate::selection::{RankedCountry, RankingColumn, Status};
use crate::text::i18n::{t, Key};
use crate::text::messages::{tr, Msg};

/// The column's header, as the table and the column chooser name it.
pub fn column(column: RankingColumn) -> Key {
    match column {
        RankingColumn::Region => Key::Region,
        RankingColumn::Tier => Key::TierLabel,
        RankingColumn::Score => Key::Score,
        RankingColumn::Coverage => Key::Coverage,
        RankingColumn::RankRange => Key::RankRange,
        RankingColumn::RankMedian => Key::RankMedian,
        RankingColumn::TierKept => Key::TierKept,
        RankingColumn::TierKeptRuleVaried => Key::TierKeptRuleVaried,
        RankingColumn::Adjustment => Key::AdjustmentLabel,
    }
}

pub fn tier(tier: crate::selection::Tier) -> Key {
    use crate::selection::Tier;
    match tier {
        Tier::Intensive => Key::TierIntensive,
        Tier::Targeted => Key::TierTargeted,
        Tier::Monitor => Key::TierMonitor,
    }
}

pub fn ignored_reason(reason: crate::selection::url_state::IgnoredReason) -> Key {
    use crate::selection::url_state::IgnoredReason;
    match reason {
        IgnoredReason::UnknownParameter => Key::IgnoredUnknownParameter,
        IgnoredReason::UnknownCriterion => Key::IgnoredUnknownCriterion,
        IgnoredReason::UnknownCountry => Key::IgnoredUnknownCountry,
        IgnoredReason::OutOfRange => Key::IgnoredOutOfRange,
        IgnoredReason::Malformed => Key::IgnoredMalformed,
        IgnoredReason::NewerVersion => Key::IgnoredNewerVersion,
        IgnoredReason::IncompleteAdjustment => Key::IgnoredIncomplete,
    }
}

pub fn censored_rule(rule: crate::selection::scoring::CensoredRule) -> Key {
    use crate::selection::scoring::CensoredRule;
    match rule {
        CensoredRule::AtBound => Key::CensoredAtBound,
        CensoredRule::HalfBound => Key::CensoredHalfBound,
        CensoredRule::Zero => Key::CensoredZero,
        CensoredRule::LeftOut => Key::CensoredLeftOut,
    }
}

/// A row's status in words: ranked, or why it is not.
pub fn status(status: Status) -> Key {
    match status {
        Status::Ranked => Key::StatusRanked,
        Status::NoData => Key::StatusNoData,
        Status::LowCoverage => Key::StatusLowCoverage,
        Status::ExcludedByHand => Key::StatusExcluded,
    }
}

/// The tier of a ranked row as text, or why it has none.
pub fn tier_or_status(row: &RankedCountry, lang: Lang) -> &'static str {
    match (row.status, row.tier) {
        (Status::ExcludedByHand, _) => t(lang, status(Status::ExcludedByHand)),
        (_, Some(tier_of_row)) => t(lang, tier(tier_of_row)),
        (Status::Ranked, None) => "",
        (other, None) => t(lang, status(other)),
    }
}

/// A manual adjustment as the user reads it: "Uitsluiten", "Inzetniveau vastzetten: Volgen".
pub fn adjustment_text(kind: crate::selection::AdjustmentKind, lang: Lang) -> String {
    use crate::selection::AdjustmentKind;
    match kind {
        AdjustmentKind::Include => t(lang, Key::AdjustInclude).to_string(),
        AdjustmentKind::Exclude => t(lang, Key::AdjustExclude).to_string(),
        AdjustmentKind::ForceTier(forced) => tr(
            lang,
            Msg::FixTier {
                tier: t(lang, tier(forced)),
            },
        ),
    }
}

pub fn normalisation(method: crate::selection::scoring::Normalisation) -> Key {
    match method {
        crate::selection::scoring::Normalisation::MinMax => Key::NormMinMax,
        crate::selection::scoring::Normalisation::Rank => Key::NormRank,
    }
}

/// The rule for tiers in words: "de eerste 12 intensief partnerschap, …".
pub fn tier_rule_text(rule: crate::selection::TierRule, lang: Lang) -> String {
    match rule {
        crate::selection::TierRule::TopN { intensive, targeted } => {
            tr(lang, Msg::AnnexTiersTopN { intensive, targeted })
        }
        crate::selection::TierRule::Thresholds { intensive, targeted } => tr(
            lang,
            Msg::AnnexTiersThresholds {
                intensive: &crate::text::format::fixed(intensive, 2, lang),
                targeted: &crate::text::format::fixed(targeted, 2, lang),
            },
        ),
    }
}
