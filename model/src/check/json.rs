//! Reading one JSON file into its type, with serde's error turned into the file, the JSON path
//! and a typed reason: the one parse boundary of every file the app reads.

use serde::de::DeserializeOwned;

use crate::check::error::DataError;
use crate::check::reason::Reason;

/// Deserialises one file, turning serde's error into file + JSON path + reason. The path is
/// found from the error's position once there is an error (`json_path::path_at`).
pub fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, DataError> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value = T::deserialize(&mut deserializer).map_err(|error| {
        let path = crate::check::json_path::path_at(text, error.line(), error.column(), ended(&error));
        data_error(file, &path, &error)
    })?;
    // Trailing content after the document is as wrong as a syntax error inside it.
    deserializer.end().map_err(|error| data_error(file, "", &error))?;
    Ok(value)
}

/// Whether serde_json's error is about a value it had read whole: every error of the data
/// but one of an object or array where something else belongs, which it dates before reading.
pub(crate) fn ended(error: &serde_json::Error) -> bool {
    let message = error.to_string();
    error.is_data()
        && !message.starts_with("invalid type: map")
        && !message.starts_with("invalid type: sequence")
}

fn data_error(file: &str, path: &str, inner: &serde_json::Error) -> DataError {
    let mut reason = inner.to_string();
    // serde_json appends " at line L column C"; the position is kept separately.
    if let Some(cut) = reason.rfind(" at line ") {
        reason.truncate(cut);
    }
    DataError {
        file: file.to_string(),
        path: json_path(path),
        reason: Box::new(Reason::from_serde(&reason)),
        position: (inner.line() > 0).then(|| (inner.line(), inner.column())),
    }
}

/// `json_path::path_at`'s path (`sources[3].id`, the root empty) as the errors show it (`$.…`).
fn json_path(path: &str) -> String {
    match path {
        "" => "$".to_string(),
        p if p.starts_with('[') => format!("${p}"),
        p => format!("$.{p}"),
    }
}
