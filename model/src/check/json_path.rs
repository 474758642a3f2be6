//! The JSON path of the value an error is about, found from the error's position in the text.
//!
//! serde_json reports every error with the line and column of the last byte it consumed; a
//! deserialiser that tracked the path as it went (`serde_path_to_error`) compiled every type's
//! deserialiser a second time, about 200 KB of the wasm (docs/benchmarks-log.md, issue 25). Errors are
//! rare, so the path is found afterwards instead, by reading the text up to that byte:
//!
//! - a value of the wrong type or a value a type refuses ends at that byte (a string's closing
//!   quote, a number's last digit), or, for an object or array of the wrong type, the byte
//!   before its bracket: the path leads to the key or index being read;
//! - a missing field, an array of the wrong length or an object refused as a whole end at the
//!   closing bracket: the path is the object or array that bracket closes;
//! - an unknown field ends at its key's closing quote: the path is the object that has it;
//! - a value a type refused after reading it whole (`try_from`, a hand-written `Deserialize`)
//!   is dated by the array or object around it once that has read on: past the comma after it
//!   in an array, which `ended` says, so the path leads back to that element; past the closing
//!   bracket if it was the last, so the path is the array or object (one level up, never wrong).
//!
//! The path is written the way `bundle::parse` writes it (`sources[3].id`, the root empty).

/// The path of the value the byte at `line`/`column` (serde_json's: line from 1, column the
/// bytes consumed on that line) belongs to in `text`. Line 0 (no position) is the root.
/// `ended`: the error is about a value read whole (see the module's notes).
pub fn path_at(text: &str, line: usize, column: usize, ended: bool) -> String {
    let bytes = text.as_bytes();
    let Some(at) = offset_of(bytes, line, column) else {
        return String::new();
    };
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < at {
        if let Some(Frame::Array { started, .. }) = stack.last_mut() {
            if !matches!(bytes[i], b',' | b']' | b' ' | b'\t' | b'\n' | b'\r') {
                *started = true;
            }
        }
        match bytes[i] {
            b'"' => {
                let end = string_end(bytes, i + 1);
                if end >= at {
                    break; // the byte is inside this string (a key or a value)
                }
                if let Some(Frame::Object {
                    key,
                    expecting_key: true,
                }) = stack.last_mut()
                {
                    *key = Some(String::from_utf8_lossy(&bytes[i + 1..end]).into_owned());
                }
                i = end;
            }
            b'{' => stack.push(Frame::Object {
                key: None,
                expecting_key: true,
            }),
            b'[' => stack.push(Frame::Array {
                index: 0,
                started: false,
            }),
            b'}' | b']' => {
                stack.pop();
            }
            b':' => {
                if let Some(Frame::Object { expecting_key, .. }) = stack.last_mut() {
                    *expecting_key = false;
                }
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { key, expecting_key }) => {
                    *key = None;
                    *expecting_key = true;
                }
                Some(Frame::Array { index, started }) => {
                    *index += 1;
                    *started = false;
                }
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    // A closing bracket: the error is about the object or array it closes, not its last value.
    let closes = i == at && matches!(bytes.get(at), Some(b'}' | b']'));
    // Past the comma after a value read whole: that value, not the next.
    if let (
        true,
        false,
        Some(Frame::Array {
            index,
            started: false,
        }),
    ) = (ended, closes, stack.last_mut())
    {
        *index = index.saturating_sub(1);
    }
    let mut path = String::new();
    let last = stack.len();
    for (depth, frame) in stack.iter().enumerate() {
        if closes && depth + 1 == last {
            break;
        }
        match frame {
            Frame::Object {
                key: Some(key),
                expecting_key: false,
            } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object { .. } => break, // between members: the object itself
            Frame::Array { index, .. } => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

enum Frame {
    /// `key` is the member being read once its colon is past (`expecting_key` false).
    Object {
        key: Option<String>,
        expecting_key: bool,
    },
    /// `started`: a value at `index` has begun (not only its comma).
    Array { index: usize, started: bool },
}

/// The byte offset of the last byte consumed, from serde_json's line and column.
fn offset_of(bytes: &[u8], line: usize, column: usize) -> Option<usize> {
    if line == 0 {
        return None;
    }
    let mut line_start = 0;
    for _ in 1..line {
        line_start += bytes[line_start..].iter().position(|&b| b == b'\n')? + 1;
    }
    Some(
        (line_start + column)
            .saturating_sub(1)
            .min(bytes.len().saturating_sub(1)),
    )
}

/// The index of the quote that closes the string whose text starts at `from`.
fn string_end(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i,
            _ => i += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        title: Title,
        rows: Vec<Row>,
        #[serde(default)]
        grades: Vec<Small>,
    }

    /// Refused after it is read whole, as `Grade` is.
    #[derive(Debug, Deserialize)]
    #[serde(try_from = "u8")]
    #[allow(dead_code)]
    struct Small(u8);

    impl TryFrom<u8> for Small {
        type Error = String;
        fn try_from(v: u8) -> Result<Small, String> {
            if v <= 5 {
                Ok(Small(v))
            } else {
                Err(format!("{v} is above 5"))
            }
        }
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Title {
        nl: String,
        en: String,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Row {
        id: String,
        value: f64,
        pair: (u8, u8),
    }

    /// The path serde_json's own error position leads to, as `bundle::parse` asks for it.
    fn path_of_error(text: &str) -> String {
        let error = serde_json::from_str::<Doc>(text).unwrap_err();
        path_at(
            text,
            error.line(),
            error.column(),
            super::super::json::ended(&error),
        )
    }

    const GOOD_ROW: &str = r#"{ "id": "a", "value": 1, "pair": [1, 2] }"#;

    fn doc(title: &str, rows: &[&str]) -> String {
        format!(
            "{{\n  \"title\": {title},\n  \"rows\": [\n    {}\n  ]\n}}",
            rows.join(",\n    ")
        )
    }

    const TITLE: &str = r#"{ "nl": "x", "en": "y" }"#;

    #[test]
    fn a_value_of_the_wrong_type_leads_to_its_key() {
        let text = doc(
            TITLE,
            &[GOOD_ROW, r#"{ "id": "b", "value": "52532", "pair": [1, 2] }"#],
        );
        assert_eq!(path_of_error(&text), "rows[1].value");
        let text = doc(TITLE, &[r#"{ "id": 7, "value": 1, "pair": [1, 2] }"#]);
        assert_eq!(path_of_error(&text), "rows[0].id");
        // An object where a number belongs: the error comes before its bracket.
        let text = doc(TITLE, &[r#"{ "id": "a", "value": { "x": 1 }, "pair": [1, 2] }"#]);
        assert_eq!(path_of_error(&text), "rows[0].value");
        let text = doc(TITLE, &[r#"{ "id": "a", "value": 1, "pair": [1, "2"] }"#]);
        assert_eq!(path_of_error(&text), "rows[0].pair[1]");
    }

    #[test]
    fn a_missing_field_leads_to_its_object() {
        let text = doc(r#"{ "nl": "x" }"#, &[GOOD_ROW]);
        assert_eq!(path_of_error(&text), "title");
        let text = doc(TITLE, &[GOOD_ROW, r#"{ "id": "b", "pair": [1, 2] }"#]);
        assert_eq!(path_of_error(&text), "rows[1]");
        let text = doc(r#"{}"#, &[]);
        assert_eq!(path_of_error(&text), "title");
    }

    #[test]
    fn an_array_of_the_wrong_length_leads_to_the_array() {
        let text = doc(TITLE, &[r#"{ "id": "a", "value": 1, "pair": [1] }"#]);
        assert_eq!(path_of_error(&text), "rows[0].pair");
    }

    #[test]
    fn an_unknown_field_leads_to_its_object() {
        let text = doc(
            TITLE,
            &[
                GOOD_ROW,
                r#"{ "id": "b", "edition": "x", "value": 1, "pair": [1, 2] }"#,
            ],
        );
        assert_eq!(path_of_error(&text), "rows[1]");
        let text = doc(r#"{ "nl": "x", "en": "y", "de": "z" }"#, &[]);
        assert_eq!(path_of_error(&text), "title");
    }

    #[test]
    fn a_value_refused_after_reading_leads_to_it_or_its_array() {
        let with = |grades: &str| {
            doc(TITLE, &[GOOD_ROW]).replacen("\n}", &format!(",\n  \"grades\": {grades}\n}}"), 1)
        };
        assert_eq!(path_of_error(&with("[1, 9, 3]")), "grades[1]");
        assert_eq!(path_of_error(&with("[9,\n 3]")), "grades[0]");
        // The last element: the array has read its bracket, so the path is the array.
        assert_eq!(path_of_error(&with("[1, 2, 9]")), "grades");
        // An object where a number belongs is dated before it: no step back.
        assert_eq!(path_of_error(&with("[1, {\"x\": 1}]")), "grades[1]");
    }

    #[test]
    fn strings_with_brackets_quotes_and_commas_do_not_mislead() {
        let text = doc(
            r#"{ "nl": "a [b], {c} \"d\", e", "en": "y" }"#,
            &[r#"{ "id": "[,]", "value": true, "pair": [1, 2] }"#],
        );
        assert_eq!(path_of_error(&text), "rows[0].value");
    }

    proptest::proptest! {
        /// Hostile files reach this with serde_json's positions: any text, any position, no panic.
        #[test]
        fn any_text_and_position_gives_a_path(text in "[\\[\\]{}\",:\\\\a\n é]{0,60}", line in 0usize..8, column in 0usize..80, ended: bool) {
            let _ = path_at(&text, line, column, ended);
        }
    }

    #[test]
    fn a_position_outside_the_text_or_none_is_the_root() {
        assert_eq!(path_at("{}", 0, 0, false), "");
        assert_eq!(path_at("{\"a\": 1}", 9, 1, true), "");
        assert_eq!(path_at("", 1, 1, false), "");
    }
}
