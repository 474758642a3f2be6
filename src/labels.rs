//! The i18n key for each model enum shown in the UI.

use beleidsagenda_model::data::dataset::{DevelopmentCategory, Visa25aStatus};
use beleidsagenda_model::{InstrumentFamily, Key, Region, SourceKind};

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

pub fn tier(tier: beleidsagenda_model::selection::Tier) -> Key {
    use beleidsagenda_model::selection::Tier;
    match tier {
        Tier::Intensive => Key::TierIntensive,
        Tier::Targeted => Key::TierTargeted,
        Tier::Monitor => Key::TierMonitor,
    }
}

/// CSS class of a tier's fill and pattern (map, legend, badges).
pub fn tier_class(tier: Option<beleidsagenda_model::selection::Tier>) -> &'static str {
    use beleidsagenda_model::selection::Tier;
    match tier {
        Some(Tier::Intensive) => "ba-tier-1",
        Some(Tier::Targeted) => "ba-tier-2",
        Some(Tier::Monitor) => "ba-tier-3",
        None => "ba-tier-none",
    }
}

pub fn ignored_reason(reason: beleidsagenda_model::selection::url_state::IgnoredReason) -> Key {
    use beleidsagenda_model::selection::url_state::IgnoredReason;
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

pub fn censored_rule(rule: beleidsagenda_model::selection::scoring::CensoredRule) -> Key {
    use beleidsagenda_model::selection::scoring::CensoredRule;
    match rule {
        CensoredRule::AtBound => Key::CensoredAtBound,
        CensoredRule::HalfBound => Key::CensoredHalfBound,
        CensoredRule::Zero => Key::CensoredZero,
        CensoredRule::LeftOut => Key::CensoredLeftOut,
    }
}

/// How an indicator's list reads for a country not on it, in words.
pub fn list_kind_text(indicator: &beleidsagenda_model::Indicator, lang: beleidsagenda_model::Lang) -> String {
    use beleidsagenda_model::text::format::figure;
    use beleidsagenda_model::text::messages::{tr, Msg};
    use beleidsagenda_model::{t, ListKind};
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
