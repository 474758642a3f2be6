use std::fmt;

use crate::data_error_nl::reason_nl;
use crate::lang::Lang;

/// A problem with a data file, precise enough to fix it: which file, where in the JSON, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    /// JSON path such as `$.sections[3].blocks[0].text.nl`; `$` for the whole document.
    pub path: String,
    /// In English, as `validate-data` prints it.
    pub reason: String,
    /// The same in Dutch, for the app (see `data_error_nl`).
    pub reason_nl: String,
    /// 1-based line and column, for syntax errors.
    pub position: Option<(usize, usize)>,
}

impl DataError {
    pub fn new(file: &str, path: impl Into<String>, reason: impl Into<String>) -> DataError {
        let reason = reason.into();
        DataError {
            file: file.to_string(),
            path: path.into(),
            reason_nl: reason_nl(&reason),
            reason,
            position: None,
        }
    }
}

impl DataError {
    pub fn reason_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.reason_nl,
            Lang::En => &self.reason,
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.path)?;
        if let Some((line, column)) = self.position {
            write!(f, " (line {line}, column {column})")?;
        }
        write!(f, ": {}", self.reason)
    }
}
