//! The memo checks in words: titles, what each checks, outcomes, findings and what is missing.
//! Shared by the plan page, the country page, the printed page and the exports.

use crate::data::dataset::Dataset;
use crate::lang::Lang;
use crate::plan::labels::{org_name, partnership_status};
use crate::plan::memo::{CheckId, Finding, Missing, Outcome, Rule};
use crate::plan::types::Channel;
use crate::plan::types::Plan;
use crate::text::format::{date, fte};
use crate::text::i18n::{t, Key};
use crate::text::messages::{tr, Msg};

pub fn check_title(check: CheckId, lang: Lang) -> &'static str {
    t(
        lang,
        match check {
            CheckId::Protection => Key::CheckProtection,
            #[cfg(feature = "intern")]
            CheckId::Reciprocity => Key::CheckReciprocity,
            CheckId::Capacity => Key::CheckCapacity,
            CheckId::Channels => Key::CheckChannels,
            CheckId::Review => Key::CheckReview,
            CheckId::SourcedStatus => Key::CheckSourcedStatus,
            CheckId::Consultation => Key::CheckConsultation,
        },
    )
}

pub fn check_what(check: CheckId, lang: Lang) -> &'static str {
    t(
        lang,
        match check {
            CheckId::Protection => Key::CheckProtectionWhat,
            #[cfg(feature = "intern")]
            CheckId::Reciprocity => Key::CheckReciprocityWhat,
            CheckId::Capacity => Key::CheckCapacityWhat,
            CheckId::Channels => Key::CheckChannelsWhat,
            CheckId::Review => Key::CheckReviewWhat,
            CheckId::SourcedStatus => Key::CheckSourcedStatusWhat,
            CheckId::Consultation => Key::CheckConsultationWhat,
        },
    )
}

/// "Nota § 4: ‘…’" or the app's own rule, as one line (exports, print).
pub fn rule_text(check: CheckId, lang: Lang) -> String {
    match check.rule() {
        Rule::Memo { locator, quote, .. } => format!("{} {locator}: ‘{quote}’", t(lang, Key::MemoQuoteIntro)),
        Rule::App => t(lang, Key::MemoRuleOfApp).to_string(),
    }
}

pub fn outcome_label(outcome: &Outcome, lang: Lang) -> &'static str {
    t(
        lang,
        match outcome {
            Outcome::InOrder => Key::OutcomeInOrder,
            Outcome::Attention(_) => Key::OutcomeAttention,
            Outcome::CannotJudge(_) => Key::OutcomeCannotJudge,
            Outcome::Decided { .. } => Key::OutcomeDecided,
        },
    )
}

/// A class suffix (and a mark read by shape as well as colour) per outcome.
pub fn outcome_token(outcome: &Outcome) -> (&'static str, &'static str) {
    match outcome {
        Outcome::InOrder => ("in-order", "✓"),
        Outcome::Attention(_) => ("attention", "!"),
        Outcome::CannotJudge(_) => ("cannot-judge", "?"),
        Outcome::Decided { .. } => ("decided", "≠"),
    }
}

pub fn channel_label(channel: Channel, lang: Lang) -> &'static str {
    t(
        lang,
        match channel {
            Channel::Bilateral => Key::ChannelBilateral,
            Channel::Eu => Key::ChannelEu,
            Channel::Both => Key::ChannelBoth,
        },
    )
}

/// Names the texts need: instruments and step-plan conditions by id.
pub struct Names<'a> {
    pub instrument: &'a dyn Fn(&str) -> String,
    #[cfg(feature = "intern")]
    pub condition: &'a dyn Fn(&str) -> String,
}

fn years(list: &[u16]) -> String {
    list.iter().map(u16::to_string).collect::<Vec<_>>().join(", ")
}

pub fn finding_text(finding: &Finding, names: &Names, lang: Lang) -> String {
    match finding {
        Finding::NoProtectionLine { instruments } => {
            let list: Vec<String> = instruments.iter().map(|i| (names.instrument)(i)).collect();
            tr(
                lang,
                Msg::MemoNoProtection {
                    instruments: &list.join(", "),
                },
            )
        }
        Finding::NoMoneyIn(list) => tr(lang, Msg::MemoNoMoneyIn { years: &years(list) }),
        Finding::NoConsultationSince { since } => tr(
            lang,
            Msg::MemoNoConsultationSince {
                since: &date(since, lang),
            },
        ),
        Finding::NoFteIn(list) => tr(lang, Msg::MemoNoFteIn { years: &years(list) }),
        Finding::FteOverAvailable(s) => tr(
            lang,
            Msg::PlanFteShort {
                org: s.org.code(),
                year: s.year,
                planned: &fte(s.planned, lang),
                available: &fte(s.available, lang),
            },
        ),
        Finding::OneChannel(channel) => tr(
            lang,
            Msg::MemoOneChannel {
                channel: channel_label(*channel, lang),
            },
        ),
        Finding::ReviewOverdue { due } => tr(
            lang,
            Msg::MemoReviewOverdue {
                due: &date(due, lang),
            },
        ),
        Finding::AdjustmentReviewOverdue { kind, due } => tr(
            lang,
            Msg::MemoAdjustmentOverdue {
                adjustment: &crate::selection::labels::adjustment_text(*kind, lang),
                due: &date(due, lang),
            },
        ),
        Finding::StatusWithoutSource { status, date: on } => tr(
            lang,
            Msg::MemoStatusWithoutSource {
                status: t(lang, partnership_status(*status)),
                date: &date(on, lang),
            },
        ),
        Finding::StatusSourceUnknown { status, source } => tr(
            lang,
            Msg::MemoStatusSourceUnknown {
                status: t(lang, partnership_status(*status)),
                source,
            },
        ),
        #[cfg(feature = "intern")]
        Finding::ReciprocityNotMet { conditions } => {
            let list: Vec<String> = conditions.iter().map(|c| (names.condition)(c)).collect();
            format!("{} {}", t(lang, Key::ReciprocityNotMet), list.join("; "))
        }
    }
}

pub fn missing_text(missing: &Missing, names: &Names, lang: Lang) -> String {
    match missing {
        Missing::AspectsUnknown(instruments) => {
            let list: Vec<String> = instruments.iter().map(|i| (names.instrument)(i)).collect();
            tr(
                lang,
                Msg::MemoAspectsUnknown {
                    instruments: &list.join(", "),
                },
            )
        }
        Missing::TierUnknown => {
            let text = t(lang, Key::MissingTierUnknown);
            let mut chars = text.chars();
            chars
                .next()
                .map(|first| first.to_uppercase().chain(chars).collect::<String>() + ".")
                .unwrap_or_default()
        }
        Missing::FteAvailableUnknown(orgs) => {
            let list: Vec<&str> = orgs.iter().map(|o| t(lang, org_name(*o))).collect();
            tr(
                lang,
                Msg::MemoFteUnknown {
                    orgs: &list.join(", "),
                },
            )
        }
        #[cfg(feature = "intern")]
        Missing::ReciprocityUnrecorded { conditions } => {
            let list: Vec<String> = conditions.iter().map(|c| (names.condition)(c)).collect();
            format!("{} {}", t(lang, Key::ReciprocityUnrecorded), list.join("; "))
        }
        #[cfg(feature = "intern")]
        Missing::NoReciprocityStep => t(lang, Key::NoReciprocityStep).to_string(),
    }
}

/// What an outcome says beyond its label: the findings, what is missing, or the decision with
/// what the check found.
pub fn outcome_details(outcome: &Outcome, names: &Names, lang: Lang) -> Vec<String> {
    match outcome {
        Outcome::InOrder => Vec::new(),
        Outcome::Attention(findings) => findings.iter().map(|f| finding_text(f, names, lang)).collect(),
        Outcome::CannotJudge(missing) => missing.iter().map(|m| missing_text(m, names, lang)).collect(),
        Outcome::Decided { decision, found } => {
            let mut out = vec![tr(
                lang,
                Msg::MemoDecidedOn {
                    date: &date(&decision.date, lang),
                    reason: &decision.reason,
                },
            )];
            out.extend(outcome_details(found, names, lang));
            out
        }
    }
}

/// [`outcome_details`] with the names the data in use and the plan give: instruments by their
/// name, step-plan conditions by their text (internal edition).
pub fn outcome_lines(outcome: &Outcome, dataset: &Dataset, plan: &Plan, lang: Lang) -> Vec<String> {
    let instrument = |id: &str| {
        dataset
            .instrument(id)
            .map(|i| i.name.get(lang).to_string())
            .unwrap_or_else(|| id.to_string())
    };
    #[cfg(feature = "intern")]
    let condition = |id: &str| {
        plan.step_plan
            .template
            .steps
            .iter()
            .flat_map(|s| s.conditions.iter())
            .find(|c| c.id == id)
            .map(|c| c.text.get(lang).to_string())
            .unwrap_or_else(|| id.to_string())
    };
    #[cfg(not(feature = "intern"))]
    let _ = plan;
    let names = Names {
        instrument: &instrument,
        #[cfg(feature = "intern")]
        condition: &condition,
    };
    outcome_details(outcome, &names, lang)
}
