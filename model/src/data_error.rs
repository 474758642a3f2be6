use std::fmt;

/// A problem with a data file, precise enough to fix it: which file, where in the JSON, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    /// JSON path such as `$.sections[3].blocks[0].text.nl`; `$` for the whole document.
    pub path: String,
    pub reason: String,
    /// 1-based line and column, for syntax errors.
    pub position: Option<(usize, usize)>,
}

impl DataError {
    pub fn new(file: &str, path: impl Into<String>, reason: impl Into<String>) -> DataError {
        DataError {
            file: file.to_string(),
            path: path.into(),
            reason: reason.into(),
            position: None,
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
