//! The plan's model values as the user reads them: organisations, partnership status, why an
//! edit was refused, what an import dropped.

use crate::plan::action::PlanProblem;
use crate::plan::file::Dropped;
use crate::plan::types::{Org, PartnershipStatus, MAX_AMOUNT_EUR};
use crate::text::format::euros;
use crate::text::i18n::{t, Key};
use crate::text::lang::Lang;
use crate::text::messages::{tr, Msg};

/// The organisation's full name (its code is in the catalogue and the CSV).
pub fn org_name(org: Org) -> Key {
    match org {
        Org::AsylumMigration => Key::OrgAsylumMigration,
        Org::ForeignAffairs => Key::OrgForeignAffairs,
        Org::TradeDevelopment => Key::OrgTradeDevelopment,
        Org::Coa => Key::OrgCoa,
        Org::Ind => Key::OrgInd,
        Org::Dtv => Key::OrgDtv,
        Org::KMar => Key::OrgKMar,
        Org::Police => Key::OrgPolice,
    }
}

pub fn partnership_status(status: PartnershipStatus) -> Key {
    match status {
        PartnershipStatus::Exploring => Key::StatusExploring,
        PartnershipStatus::InDialogue => Key::StatusInDialogue,
        PartnershipStatus::Agreement => Key::StatusAgreement,
        PartnershipStatus::Implementing => Key::StatusImplementing,
        PartnershipStatus::Paused => Key::StatusPaused,
        PartnershipStatus::Ended => Key::StatusEnded,
    }
}

/// Why an edit was refused, in words a user can act on.
pub fn plan_problem(problem: &PlanProblem, lang: Lang) -> String {
    match problem {
        PlanProblem::NotANumber => t(lang, Key::PlanProblemNotANumber).to_string(),
        PlanProblem::Negative => t(lang, Key::PlanProblemNegative).to_string(),
        PlanProblem::NotWholeEuros => t(lang, Key::PlanProblemNotWholeEuros).to_string(),
        PlanProblem::AmountTooLarge => tr(
            lang,
            Msg::PlanAmountTooLarge {
                max: &euros(MAX_AMOUNT_EUR, lang),
            },
        ),
        PlanProblem::FteTooLarge => t(lang, Key::PlanProblemFteTooLarge).to_string(),
        PlanProblem::TooManyDecimals => t(lang, Key::PlanProblemTooManyDecimals).to_string(),
        PlanProblem::UnknownCountry(code) => tr(lang, Msg::UnknownCountry { code }),
        PlanProblem::UnknownInstrument(id) => tr(lang, Msg::PlanUnknownInstrument { id }),
        PlanProblem::UnknownEnvelope(id) => tr(lang, Msg::PlanUnknownEnvelope { id }),
        PlanProblem::UnknownSource(code) => tr(lang, Msg::UnknownSource { code }),
        PlanProblem::YearOutsidePlan(year) => tr(lang, Msg::PlanYearOutside { year: *year }),
        PlanProblem::NoSuchLine => t(lang, Key::PlanProblemNoSuchLine).to_string(),
        PlanProblem::AlreadyPlanned => t(lang, Key::PlanProblemAlreadyPlanned).to_string(),
        PlanProblem::NotADate => t(lang, Key::PlanProblemNotADate).to_string(),
        PlanProblem::NeedsReasonOrSource => t(lang, Key::PlanProblemNeedsReason).to_string(),
        PlanProblem::EmptyLabel => t(lang, Key::PlanProblemEmptyLabel).to_string(),
        PlanProblem::EmptyPackage => t(lang, Key::PlanProblemEmptyPackage).to_string(),
        PlanProblem::TextRefused => t(lang, Key::PlanProblemTextRefused).to_string(),
        #[cfg(feature = "intern")]
        PlanProblem::NoSuchStep => t(lang, Key::PlanProblemNoSuchStep).to_string(),
        #[cfg(feature = "intern")]
        PlanProblem::TextTooLong => t(lang, Key::PlanProblemTextTooLong).to_string(),
    }
}

pub fn dropped(item: &Dropped, lang: Lang) -> String {
    let key = match item {
        Dropped::Country(_) => Key::DroppedCountry,
        Dropped::Instrument(_) => Key::DroppedInstrument,
        Dropped::Envelope(_) => Key::DroppedEnvelope,
        Dropped::Source(_) => Key::DroppedSource,
        #[cfg(not(feature = "intern"))]
        Dropped::InternalPart => return t(lang, Key::DroppedInternalPart).to_string(),
    };
    format!("{}: {}", t(lang, key), item.id())
}
