//! The UI text for each enum of the data (regions, instrument families, source kinds …), and how
//! an indicator's list reads, in words. The selection's and the plan's enums have theirs beside
//! them (`selection::labels`, `plan::labels`).

use crate::data::dataset::{
    DevelopmentCategory, Indicator, InstrumentFamily, ListKind, Region, Visa25aStatus,
};
use crate::data::sources::SourceKind;
use crate::lang::Lang;
use crate::text::format::figure;
use crate::text::i18n::{t, Key};
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
