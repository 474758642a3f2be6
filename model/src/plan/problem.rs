//! Why an action was refused, and the checks on typed text and dates that refuse them.

/// Why an action was not applied; the plan stays as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanProblem {
    NotANumber,
    Negative,
    NotWholeEuros,
    AmountTooLarge,
    FteTooLarge,
    TooManyDecimals,
    UnknownCountry(String),
    /// A form sent without choosing a country (it starts on no choice).
    NoCountryChosen,
    UnknownInstrument(String),
    UnknownEnvelope(String),
    UnknownSource(String),
    YearOutsidePlan(u16),
    NoSuchLine,
    AlreadyPlanned,
    NotADate,
    NeedsReasonOrSource,
    EmptyLabel,
    EmptyPackage,
    /// A check marked "deliberately not" needs a reason.
    ReasonRequired,
    ReasonTooLong,
    /// A review date before the decision it reviews (or the last review), which is given.
    ReviewBeforeDecision(String),
    /// Markup, an e-mail address or a phone number in a text: the plan holds no personal data.
    TextRefused,
    /// A consultation the register cannot keep as it is (the form says where and why).
    ConsultationRefused,
    #[cfg(feature = "intern")]
    NoSuchStep,
    #[cfg(feature = "intern")]
    TextTooLong,
}

pub(crate) fn plain(text: &str) -> Result<(), PlanProblem> {
    let mut errors = Vec::new();
    crate::check::rules::check_plain(&mut errors, "", "", text);
    if text.trim().is_empty() || errors.is_empty() {
        Ok(())
    } else {
        Err(PlanProblem::TextRefused)
    }
}
