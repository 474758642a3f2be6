//! Labels and value-taking texts of the internal edition's step plan.

use crate::lang::Lang;
use crate::plan::step_plan::{ConditionState, StepStatus};
use crate::text::i18n::{t, Key};

pub fn status_label(status: StepStatus, lang: Lang) -> &'static str {
    let key = match status {
        StepStatus::NotStarted => Key::StepStatusNotStarted,
        StepStatus::InProgress => Key::StepStatusInProgress,
        StepStatus::OnHold => Key::StepStatusOnHold,
        StepStatus::Done => Key::StepStatusDone,
        StepStatus::NotApplicable => Key::StepStatusNotApplicable,
    };
    t(lang, key)
}

/// A mark beside the status word, so the overview is read by shape as well as by text.
pub fn status_mark(status: StepStatus) -> &'static str {
    match status {
        StepStatus::NotStarted => "○",
        StepStatus::InProgress => "◐",
        StepStatus::OnHold => "‖",
        StepStatus::Done => "●",
        StepStatus::NotApplicable => "–",
    }
}

pub fn condition_label(state: ConditionState, lang: Lang) -> &'static str {
    let key = match state {
        ConditionState::Unknown => Key::ConditionUnknown,
        ConditionState::Met => Key::ConditionMet,
        ConditionState::NotMet => Key::ConditionNotMet,
    };
    t(lang, key)
}

pub fn steps_done(done: usize, applicable: usize, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("{done} van {applicable} stappen gereed"),
        Lang::En => format!("{done} of {applicable} steps done"),
    }
}

pub fn conditions_summary(met: usize, not_met: usize, unknown: usize, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("voorwaarden: {met} voldaan, {not_met} niet voldaan, {unknown} onbekend"),
        Lang::En => format!("conditions: {met} met, {not_met} not met, {unknown} unknown"),
    }
}

/// Per step across countries: "2 gereed, 1 bezig" in the order of the statuses.
pub fn status_counts(counts: &std::collections::BTreeMap<StepStatus, usize>, lang: Lang) -> String {
    let parts: Vec<String> = StepStatus::ALL
        .iter()
        .filter_map(|s| {
            counts
                .get(s)
                .filter(|n| **n > 0)
                .map(|n| format!("{n} {}", status_label(*s, lang).to_lowercase()))
        })
        .collect();
    if parts.is_empty() {
        "–".to_string()
    } else {
        parts.join(", ")
    }
}

pub fn template_loaded(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Stappenplan \"{name}\" geladen. De voortgang per land is bewaard."),
        Lang::En => format!("Step plan \"{name}\" loaded. The progress per country was kept."),
    }
}

pub fn orphan_line(country: &str, step: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("{country}: stap \"{step}\""),
        Lang::En => format!("{country}: step \"{step}\""),
    }
}
