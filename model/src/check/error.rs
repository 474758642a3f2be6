//! A problem with a data file, precise enough to fix it: which file, where in the JSON, and why.

use std::fmt;

use crate::check::reason::Reason;
use crate::lang::Lang;

#[derive(Clone, Debug, PartialEq)]
pub struct DataError {
    pub file: String,
    /// JSON path such as `$.sections[3].blocks[0].text.nl`; `$` for the whole document.
    pub path: String,
    /// Boxed: most errors are passed around far more often than they are read.
    pub reason: Box<Reason>,
    /// 1-based line and column, for syntax errors.
    pub position: Option<(usize, usize)>,
}

impl DataError {
    pub fn new(file: &str, path: impl Into<String>, reason: Reason) -> DataError {
        DataError {
            file: file.to_string(),
            path: path.into(),
            reason: Box::new(reason),
            position: None,
        }
    }

    pub fn reason_in(&self, lang: Lang) -> String {
        self.reason.text(lang)
    }

    /// "JSON path (line L, column C): reason" in the user's language: one line of a refusal.
    pub fn located_in(&self, lang: Lang) -> String {
        let at = self
            .position
            .map(|(line, column)| {
                format!(
                    " ({})",
                    crate::text::messages::tr(lang, crate::text::messages::Msg::Line { line, column })
                )
            })
            .unwrap_or_default();
        match self.path.as_str() {
            // The whole file: no place to name (a bare `$` reads as a code).
            "$" if at.is_empty() => self.reason_in(lang),
            path => format!("{path}{at}: {}", self.reason_in(lang)),
        }
    }
}

/// How many problems a refusal holds: a list cut short ends in one entry that counts the rest.
pub fn refusal_count(errors: &[DataError]) -> usize {
    errors
        .iter()
        .map(|e| match &*e.reason {
            Reason::Spreadsheet(crate::sheet::problem::SheetProblem::MoreErrors(more)) => *more,
            _ => 1,
        })
        .sum()
}

/// In English, as `validate-data` prints it.
impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.path)?;
        if let Some((line, column)) = self.position {
            write!(f, " (line {line}, column {column})")?;
        }
        write!(f, ": {}", self.reason.text(Lang::En))
    }
}
