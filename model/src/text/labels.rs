//! The UI text for each model enum, and how an indicator's list reads, in words.

use crate::data::dataset::{
    DevelopmentCategory, Indicator, InstrumentFamily, ListKind, Region, Visa25aStatus,
};
use crate::data::sources::SourceKind;
use crate::selection::{RankedCountry, RankingColumn, Status};
use crate::text::format::figure;
use crate::text::i18n::{t, Key};
use crate::text::lang::Lang;
use crate::text::messages::{tr, Msg};

pub fn region(region: Region) -> Key {
    match region {
        Region::NorthAfrica => Key::RegionNorthAfrica,
        Region::SubSaharanAfrica => Key::RegionSubSaharanAfrica,
        Region::MiddleEast => Key::RegionMiddleEast,
        Region::Asia => Key::RegionAsia,
        Region::EuropeNonEu => Key::RegionEuropeNonEu,
        Region::Americas => Key::RegionAmericas,
    }
}

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

pub fn visa_25a(status: Visa25aStatus) -> Key {
    match status {
        Visa25aStatus::MeasuresInForce => Key::Visa25aInForce,
        Visa25aStatus::Proposed => Key::Visa25aProposed,
        Visa25aStatus::None => Key::Visa25aNone,
    }
}

pub fn development(category: DevelopmentCategory) -> Key {
    match category {
        DevelopmentCategory::Broad => Key::DevelopmentBroad,
        DevelopmentCategory::Specific => Key::DevelopmentSpecific,
        DevelopmentCategory::None => Key::DevelopmentNone,
    }
}

pub fn family(family: InstrumentFamily) -> Key {
    match family {
        InstrumentFamily::Bilateral => Key::FamilyBilateral,
        InstrumentFamily::Eu => Key::FamilyEu,
        InstrumentFamily::Innovative => Key::FamilyInnovative,
        InstrumentFamily::Protection => Key::FamilyProtection,
        InstrumentFamily::RegularMigration => Key::FamilyRegularMigration,
        InstrumentFamily::DevelopmentCooperation => Key::FamilyDevelopmentCooperation,
    }
}

pub fn source_kind(kind: SourceKind) -> Key {
    match kind {
        SourceKind::Document => Key::KindDocument,
        SourceKind::News => Key::KindNews,
        SourceKind::Budget => Key::KindBudget,
        SourceKind::Legal => Key::KindLegal,
        SourceKind::Statistics => Key::KindStatistics,
        SourceKind::Dataset => Key::KindDataset,
        SourceKind::Press => Key::KindPress,
        SourceKind::Notes => Key::KindNotes,
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

/// How an indicator's list reads for a country not on it, in words.
pub fn list_kind_text(indicator: &Indicator, lang: Lang) -> String {
    if indicator.derived_from.is_some() {
        return t(lang, Key::ListYesNo).to_string();
    }
    match &indicator.list {
        None => t(lang, Key::ListNotSaid).to_string(),
        Some(ListKind::Complete) => t(lang, Key::ListComplete).to_string(),
        Some(ListKind::Partial) => t(lang, Key::ListPartial).to_string(),
        Some(ListKind::TopN { n, bound, wording }) => tr(
            lang,
            Msg::ListTopN {
                n: *n,
                bound: &figure(*bound, indicator.unit, lang),
                wording: wording.get(lang),
            },
        ),
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
