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
        PlanProblem::ReasonRequired => t(lang, Key::PlanProblemReasonRequired).to_string(),
        PlanProblem::ReasonTooLong => t(lang, Key::PlanProblemReasonTooLong).to_string(),
        PlanProblem::ReviewBeforeDecision(date) => tr(
            lang,
            Msg::MemoReviewBefore {
                date: &crate::text::format::date(date, lang),
            },
        ),
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

/// Why an answer, or part of it, was not merged, in words.
pub fn answer_problem(problem: &crate::plan::contribution::AnswerProblem, lang: Lang) -> String {
    use crate::plan::contribution::AnswerProblem::*;
    let nl = lang == Lang::Nl;
    match problem {
        NotAnAnswer if nl => "dit is geen antwoord (een verzoek of een ander bestand)".into(),
        NotAnAnswer => "this is not an answer (a request or another file)".into(),
        OtherPlan if nl => "een antwoord op een verzoek van een ander plan: niet samengevoegd".into(),
        OtherPlan => "an answer to another plan's request: not merged".into(),
        UnknownRequest if nl => "dit plan deed dat verzoek niet: niet samengevoegd".into(),
        UnknownRequest => "this plan did not make that request: not merged".into(),
        UnknownOrganisation(org) if nl => format!("onbekende organisatie \"{org}\": niet samengevoegd"),
        UnknownOrganisation(org) => format!("unknown organisation \"{org}\": not merged"),
        OrganisationMismatch if nl => "het verzoek ging aan een andere organisatie: niet samengevoegd".into(),
        OrganisationMismatch => "the request went to another organisation: not merged".into(),
        AlreadyMerged if nl => "dit antwoord is al samengevoegd: er verandert niets".into(),
        AlreadyMerged => "this answer was merged before: nothing changes".into(),
        NotAsked { country, instrument } if nl => format!("{country}, {instrument}: niet gevraagd, niet overgenomen"),
        NotAsked { country, instrument } => format!("{country}, {instrument}: not asked for, not taken over"),
        UnknownCountry(c) if nl => format!("onbekend land {c}: overgeslagen"),
        UnknownCountry(c) => format!("unknown country {c}: skipped"),
        UnknownInstrument(i) if nl => format!("onbekend instrument {i}: overgeslagen"),
        UnknownInstrument(i) => format!("unknown instrument {i}: skipped"),
        NoteRefused { country, instrument } if nl => format!("{country}, {instrument}: de toelichting bevat een e-mailadres, telefoonnummer of opmaak en is niet overgenomen"),
        NoteRefused { country, instrument } => format!("{country}, {instrument}: the note holds an e-mail address, phone number or markup and was not taken over"),
    }
}

/// An organisation named by its token in a file: its name and code, or the token as written.
pub fn org_label(token: &str, lang: Lang) -> String {
    match Org::from_token(token) {
        Some(org) => format!("{} ({})", t(lang, org_name(org)), org.code()),
        None => token.to_string(),
    }
}
