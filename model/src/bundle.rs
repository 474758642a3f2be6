use serde::de::DeserializeOwned;

use crate::agenda::{Agenda, NESTED_PATH_MARK};
use crate::data_error::DataError;
use crate::sources::SourceRegistry;
use crate::validate::validate;

const SOURCES_FILE: &str = "data/sources.json";
const AGENDA_FILE: &str = "data/agenda.json";

/// The JSON files compiled into the app, by their path in the repository.
pub const BUNDLED_FILES: [(&str, &str); 2] = [
    (SOURCES_FILE, include_str!("../../data/sources.json")),
    (AGENDA_FILE, include_str!("../../data/agenda.json")),
];

/// All data the app shows, parsed and cross-checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Bundle {
    pub sources: SourceRegistry,
    pub agenda: Agenda,
}

impl Bundle {
    /// The data compiled into the app. The native test suite proves this succeeds, so the app
    /// never starts with data that would fail here.
    pub fn bundled() -> Result<Bundle, Vec<DataError>> {
        Bundle::from_texts(BUNDLED_FILES[0].1, BUNDLED_FILES[1].1)
    }

    /// Parses and validates both files, reporting every error found rather than the first.
    pub fn from_texts(sources_json: &str, agenda_json: &str) -> Result<Bundle, Vec<DataError>> {
        let sources = parse::<SourceRegistry>(SOURCES_FILE, sources_json);
        let agenda = parse::<Agenda>(AGENDA_FILE, agenda_json);
        match (sources, agenda) {
            (Ok(sources), Ok(agenda)) => {
                let bundle = Bundle { sources, agenda };
                let errors = validate(&bundle);
                if errors.is_empty() {
                    Ok(bundle)
                } else {
                    Err(errors)
                }
            }
            (sources, agenda) => Err(sources.err().into_iter().chain(agenda.err()).collect()),
        }
    }
}

/// Deserialises one file, turning serde's error into file + JSON path + reason.
pub fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, DataError> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value: T = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|error| data_error(file, &error.path().to_string(), error.inner()))?;
    // Trailing content after the document is as wrong as a syntax error inside it.
    deserializer.end().map_err(|error| data_error(file, "", &error))?;
    Ok(value)
}

fn data_error(file: &str, serde_path: &str, inner: &serde_json::Error) -> DataError {
    let mut reason = inner.to_string();
    // serde_json appends " at line L column C"; the position is kept separately.
    if let Some(cut) = reason.rfind(" at line ") {
        reason.truncate(cut);
    }
    let mut path = json_path(serde_path);
    if let Some((nested, rest)) = reason.split_once(NESTED_PATH_MARK) {
        if !nested.is_empty() && nested != "." {
            path = format!("{path}.{nested}");
        }
        reason = rest.to_string();
    }
    DataError {
        file: file.to_string(),
        path,
        reason,
        position: (inner.line() > 0).then(|| (inner.line(), inner.column())),
    }
}

fn json_path(serde_path: &str) -> String {
    match serde_path {
        "" | "." => "$".to_string(),
        p if p.starts_with('[') => format!("${p}"),
        p => format!("$.{p}"),
    }
}
