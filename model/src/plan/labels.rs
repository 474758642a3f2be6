//! The plan's model values as the user reads them: organisations, partnership status, why an
//! edit was refused, what an import dropped.

use crate::lang::Lang;
use crate::plan::action::PlanProblem;
use crate::plan::consultation::{ConsultationForm, OrganisationCategory};
use crate::plan::import::Dropped;
use crate::plan::types::{Org, PartnershipStatus, MAX_AMOUNT_EUR};
use crate::text::format::euros;
use crate::text::i18n::{t, Key};
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
        PlanProblem::NoCountryChosen => t(lang, Key::SelectCountry).to_string(),
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
        PlanProblem::ConsultationRefused => t(lang, Key::PlanProblemConsultationRefused).to_string(),
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

pub fn consultation_form(form: ConsultationForm) -> Key {
    match form {
        ConsultationForm::Bilateral => Key::FormBilateral,
        ConsultationForm::Roundtable => Key::FormRoundtable,
        ConsultationForm::WrittenInput => Key::FormWrittenInput,
        ConsultationForm::FieldVisit => Key::FormFieldVisit,
        ConsultationForm::Other => Key::FormOther,
    }
}

pub fn organisation_category(category: OrganisationCategory) -> Key {
    match category {
        OrganisationCategory::Ngo => Key::CategoryNgo,
        OrganisationCategory::Company => Key::CategoryCompany,
        OrganisationCategory::EmployersAssociation => Key::CategoryEmployers,
        OrganisationCategory::KnowledgeInstitution => Key::CategoryKnowledge,
        OrganisationCategory::Diaspora => Key::CategoryDiaspora,
        OrganisationCategory::International => Key::CategoryInternational,
        OrganisationCategory::MunicipalityOrRegion => Key::CategoryMunicipality,
        OrganisationCategory::Other => Key::CategoryOther,
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
pub fn answer_problem(
    problem: &crate::plan::contribution::AnswerProblem,
    lang: Lang,
    line_name: &dyn Fn(&str, &str) -> String,
) -> String {
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
        SameRequestTwice if nl => "een ander antwoord op hetzelfde verzoek zit in deze samenvoeging: voeg ze één voor één samen".into(),
        SameRequestTwice => "another answer to the same request is in this merge: merge them one at a time".into(),
        NotAsked { country, instrument } if nl => format!("{}: niet gevraagd, niet overgenomen", line_name(country, instrument)),
        NotAsked { country, instrument } => format!("{}: not asked for, not taken over", line_name(country, instrument)),
        LineTwice { country, instrument, times, same: true } if nl => format!("{}: staat {times} keer in het antwoord met dezelfde waarden, één keer overgenomen", line_name(country, instrument)),
        LineTwice { country, instrument, times, same: true } => format!("{}: appears {times} times in the answer with the same values, taken over once", line_name(country, instrument)),
        LineTwice { country, instrument, times, .. } if nl => format!("{}: staat {times} keer in het antwoord met verschillende waarden; welke bedoeld is, is niet te zeggen: niet overgenomen", line_name(country, instrument)),
        LineTwice { country, instrument, times, .. } => format!("{}: appears {times} times in the answer with different values; which is meant cannot be told: not taken over", line_name(country, instrument)),
        OlderThanMerged { merged } if nl => format!("dit antwoord is ouder dan het antwoord van {merged} op hetzelfde verzoek, dat al is samengevoegd: niet samengevoegd (een correctie komt na wat ze corrigeert)"),
        OlderThanMerged { merged } => format!("this answer is older than the answer of {merged} to the same request, which is already merged: not merged (a correction comes after what it corrects)"),
        NoteTooLong { country, instrument } if nl => format!("{}: de toelichting is langer dan {} tekens en is niet overgenomen", line_name(country, instrument), crate::plan::contribution::MAX_NOTE_CHARS),
        NoteTooLong { country, instrument } => format!("{}: the note is longer than {} characters and was not taken over", line_name(country, instrument), crate::plan::contribution::MAX_NOTE_CHARS),
        UnknownCountry(c) if nl => format!("onbekend land {c}: overgeslagen"),
        UnknownCountry(c) => format!("unknown country {c}: skipped"),
        UnknownInstrument(i) if nl => format!("onbekend instrument {i}: overgeslagen"),
        UnknownInstrument(i) => format!("unknown instrument {i}: skipped"),
        NoteRefused { country, instrument } if nl => format!("{}: de toelichting bevat een e-mailadres, telefoonnummer of opmaak en is niet overgenomen", line_name(country, instrument)),
        NoteRefused { country, instrument } => format!("{}: the note holds an e-mail address, phone number or markup and was not taken over", line_name(country, instrument)),
    }
}

/// An organisation named by its token in a file: its name and code, or the token as written.
pub fn org_label(token: &str, lang: Lang) -> String {
    match Org::from_token(token) {
        Some(org) => format!("{} ({})", t(lang, org_name(org)), org.code()),
        None => token.to_string(),
    }
}

/// What an undo point took the place of, and when: the line beside its button.
pub fn undo_notice(point: &crate::plan::undo::UndoPoint, lang: Lang) -> String {
    use crate::plan::undo::Replacement::*;
    let nl = lang == Lang::Nl;
    let at = &point.at;
    match (&point.replacement, nl) {
        (Merge { answers }, true) => format!(
            "Samengevoegd op {at}: {}.",
            if *answers == 1 {
                "1 antwoord".to_string()
            } else {
                format!("{answers} antwoorden")
            }
        ),
        (Merge { answers }, false) => format!(
            "Merged on {at}: {}.",
            if *answers == 1 {
                "1 answer".to_string()
            } else {
                format!("{answers} answers")
            }
        ),
        (Opened { name } | Loaded { name }, true) => {
            format!("{name} geladen op {at}; het plan van daarvoor is bewaard om terug te zetten.")
        }
        (Opened { name } | Loaded { name }, false) => {
            format!("{name} loaded on {at}; the plan from before is kept to be restored.")
        }
        (Undone { of }, true) => match of.root() {
            Merge { .. } => format!(
                "De samenvoeging is ongedaan gemaakt op {at}; het logboek houdt haar bij, gemarkeerd."
            ),
            Opened { name } | Loaded { name } => format!("Het laden van {name} is ongedaan gemaakt op {at}."),
            Undone { .. } => unreachable!("root() is never an undo"),
        },
        (Undone { of }, false) => match of.root() {
            Merge { .. } => format!("The merge was undone on {at}; the log keeps it, marked."),
            Opened { name } | Loaded { name } => format!("Loading {name} was undone on {at}."),
            Undone { .. } => unreachable!("root() is never an undo"),
        },
    }
}

/// The button that undoes an undo point.
pub fn undo_button(replacement: &crate::plan::undo::Replacement, lang: Lang) -> String {
    use crate::plan::undo::Replacement::*;
    match replacement {
        Merge { .. } => t(lang, Key::PlanUndoMerge).to_string(),
        Opened { .. } | Loaded { .. } => t(lang, Key::PlanRestore).to_string(),
        Undone { of } => match (of.root(), lang) {
            (Merge { .. }, Lang::Nl) => "Voer de samenvoeging weer uit".to_string(),
            (Merge { .. }, Lang::En) => "Redo the merge".to_string(),
            (Opened { name } | Loaded { name }, Lang::Nl) => format!("Laad {name} weer"),
            (Opened { name } | Loaded { name }, Lang::En) => format!("Load {name} again"),
            (Undone { .. }, _) => unreachable!("root() is never an undo"),
        },
    }
}

/// What was said once an undo point was used.
pub fn undone_message(replacement: &crate::plan::undo::Replacement, lang: Lang) -> String {
    use crate::plan::undo::Replacement::*;
    match (replacement, lang) {
        (Merge { .. }, _) => t(lang, Key::PlanMergeUndone).to_string(),
        (Opened { .. } | Loaded { .. }, _) => t(lang, Key::PlanRestored).to_string(),
        (Undone { .. }, Lang::Nl) => "Weer in gebruik.".to_string(),
        (Undone { .. }, Lang::En) => "In use again.".to_string(),
    }
}

/// What reading a plan workbook did with every row of its lines sheet, one sentence per kind,
/// lines named in words (`line_name`); long lists end in a count.
pub fn sheet_import(
    report: &crate::plan::sheet_import::SheetImport,
    lang: Lang,
    line_name: &dyn Fn(&str, &str) -> String,
) -> Vec<String> {
    const NAMED: usize = 10;
    let nl = lang == Lang::Nl;
    let names = |lines: &[(String, String)]| {
        let mut named: Vec<String> = lines.iter().take(NAMED).map(|(c, i)| line_name(c, i)).collect();
        if lines.len() > NAMED {
            named.push(if nl {
                format!("en nog {}", lines.len() - NAMED)
            } else {
                format!("and {} more", lines.len() - NAMED)
            });
        }
        named.join("; ")
    };
    let count = |n: usize, one: &str, other: &str| crate::text::messages::plural(lang, n, one, other);
    let whole = |n: usize| crate::text::format::number(n as f64, lang);
    let unchanged = report.lines - report.added.len() - report.changed.len();
    let mut out = Vec::new();
    out.push(if nl {
        format!(
            "Werkblad {}: {} gelezen, {} (land × instrument): {} ongewijzigd, {} met andere waarden, {} nieuw.",
            report.sheet,
            count(report.rows, "rij", "rijen"),
            count(report.lines, "regel", "regels"),
            whole(unchanged),
            whole(report.changed.len()),
            whole(report.added.len())
        )
    } else {
        format!(
            "Sheet {}: {} read, {} (country × instrument): {} unchanged, {} with other values, {} new.",
            report.sheet,
            count(report.rows, "row", "rows"),
            count(report.lines, "line", "lines"),
            whole(unchanged),
            whole(report.changed.len()),
            whole(report.added.len())
        )
    });
    if !report.changed.is_empty() {
        out.push(if nl {
            format!("Andere waarden: {}.", names(&report.changed))
        } else {
            format!("Other values: {}.", names(&report.changed))
        });
    }
    if !report.added.is_empty() {
        out.push(if nl {
            format!("Nieuw: {}.", names(&report.added))
        } else {
            format!("New: {}.", names(&report.added))
        });
    }
    if !report.removed.is_empty() {
        out.push(if nl {
            format!(
                "Niet meer in het werkblad, dus uit het plan verwijderd: {}.",
                names(&report.removed)
            )
        } else {
            format!(
                "No longer in the sheet, so removed from the plan: {}.",
                names(&report.removed)
            )
        });
    }
    if !report.repeated.is_empty() {
        let mut pairs: Vec<String> = report
            .repeated
            .iter()
            .take(NAMED)
            .map(|(row, first)| {
                if nl {
                    format!("rij {row} herhaalt rij {first}")
                } else {
                    format!("row {row} repeats row {first}")
                }
            })
            .collect();
        if report.repeated.len() > NAMED {
            pairs.push(if nl {
                format!("en nog {}", whole(report.repeated.len() - NAMED))
            } else {
                format!("and {} more", whole(report.repeated.len() - NAMED))
            });
        }
        out.push(if nl {
            format!(
                "{} met dezelfde waarden als een eerdere rij, één keer genomen: {}.",
                count(report.repeated.len(), "rij", "rijen"),
                pairs.join("; ")
            )
        } else {
            format!(
                "{} with the same values as an earlier row, taken once: {}.",
                count(report.repeated.len(), "row", "rows"),
                pairs.join("; ")
            )
        });
    }
    if report.empty_rows > 0 {
        out.push(if nl {
            format!(
                "{} overgeslagen.",
                count(report.empty_rows, "lege rij", "lege rijen")
            )
        } else {
            format!("{} skipped.", count(report.empty_rows, "empty row", "empty rows"))
        });
    }
    match report.total_rows {
        0 => {}
        1 if nl => out.push("De totaalrij is niet gelezen: de app telt zelf op.".to_string()),
        1 => out.push("The totals row was not read: the app adds up itself.".to_string()),
        rows if nl => out.push(format!(
            "De {} totaalrijen zijn niet gelezen: de app telt zelf op.",
            whole(rows)
        )),
        rows => out.push(format!(
            "The {} totals rows were not read: the app adds up itself.",
            whole(rows)
        )),
    }
    out
}
