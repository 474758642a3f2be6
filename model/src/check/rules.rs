//! The checks every file shares: identifiers, dates, source entries, plain texts without markup
//! or personal data.

use std::collections::HashSet;

use crate::check::error::DataError;
use crate::check::reason::{IdKind, Reason};
use crate::data::sources::Source;
use crate::lang::LocalText;

/// An id's form and uniqueness, reported at `{at}.id` as "…identifier…" / "duplicate {what} id …".
/// `separator` is the one punctuation an id may hold besides a–z and 0–9 (`-` or `_`).
pub fn check_id<'a>(
    errors: &mut Vec<DataError>,
    file: &str,
    at: &str,
    id: &'a str,
    what: IdKind,
    separator: char,
    seen: &mut HashSet<&'a str>,
) {
    if !is_identifier(&id.replace(separator, "-")) {
        errors.push(DataError::new(
            file,
            format!("{at}.id"),
            Reason::NotIdentifier {
                id: id.to_string(),
                separator,
            },
        ));
    }
    if !seen.insert(id) {
        errors.push(DataError::new(
            file,
            format!("{at}.id"),
            Reason::DuplicateId {
                kind: what,
                id: id.to_string(),
            },
        ));
    }
}

/// A date field: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
pub fn check_date(errors: &mut Vec<DataError>, file: &str, at: String, date: &str) {
    if !crate::calendar::is_source_date(date) {
        errors.push(DataError::new(file, at, Reason::NotDate(date.to_string())));
    }
}

/// One registry entry: identifier, uniqueness, date, URL, plain texts.
pub fn check_source<'a>(
    errors: &mut Vec<DataError>,
    file: &str,
    at: &str,
    source: &'a Source,
    seen: &mut HashSet<&'a str>,
) {
    check_id(errors, file, at, &source.id, IdKind::Source, '-', seen);
    check_date(errors, file, format!("{at}.date"), &source.date);
    if let Some(url) = &source.url {
        if !url.starts_with("https://") {
            errors.push(DataError::new(file, format!("{at}.url"), Reason::NotHttps));
        }
    }
    check_plain(errors, file, &format!("{at}.title"), &source.title);
    check_text(errors, file, &format!("{at}.short"), &source.short);
    check_plain(errors, file, &format!("{at}.publisher"), &source.publisher);
    check_text(errors, file, &format!("{at}.covers"), &source.covers);
}

pub fn check_text(errors: &mut Vec<DataError>, file: &str, at: &str, text: &LocalText) {
    check_plain(errors, file, &format!("{at}.nl"), &text.nl);
    check_plain(errors, file, &format!("{at}.en"), &text.en);
}

/// Texts are rendered as text, never as HTML; markup in data is a mistake or an injection attempt.
/// The memo withholds civil servants' contact details, and so does the data.
pub fn check_plain(errors: &mut Vec<DataError>, file: &str, at: &str, text: &str) {
    if text.trim().is_empty() {
        errors.push(DataError::new(file, at, Reason::EmptyText));
    }
    if text.contains('<') || text.contains('>') {
        errors.push(DataError::new(file, at, Reason::Markup));
    }
    if looks_like_email(text) {
        errors.push(DataError::new(file, at, Reason::EmailAddress));
    }
    if looks_like_phone(text) {
        errors.push(DataError::new(file, at, Reason::PhoneNumber));
    } else if has_citizen_number(text) {
        errors.push(DataError::new(file, at, Reason::PersonalNumber));
    }
}

/// A text of at most `max` characters.
pub fn check_length(errors: &mut Vec<DataError>, file: &str, at: &str, text: &str, max: usize) {
    let chars = text.chars().count();
    if chars > max {
        errors.push(DataError::new(file, at, Reason::TextTooLong { chars, max }));
    }
}

pub fn is_identifier(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-')
        && !id.starts_with('-')
}

/// An e-mail address or a phone number: personal data a reason may not hold (memo § 5).
pub fn looks_personal(text: &str) -> bool {
    looks_like_email(text) || looks_like_phone(text) || has_citizen_number(text)
}

/// An address written to slip past a filter counts too: `jan [at] ngo.nl`, `jan(at)ngo.nl`,
/// a full-width `＠`.
fn looks_like_email(text: &str) -> bool {
    let text = text
        .replace('＠', "@")
        .replace(" [at] ", "@")
        .replace(" (at) ", "@")
        .replace("[at]", "@")
        .replace("(at)", "@");
    text.split_whitespace().any(|word| {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        match word.split_once('@') {
            Some((local, domain)) => !local.is_empty() && domain.contains('.') && !domain.starts_with('.'),
            None => false,
        }
    })
}

/// Ten or more digits in a row, allowing the separators people write in phone numbers
/// (`06-12345678`, `+31 70 123 4567`). Years, amounts and dossier numbers stay below that
/// because they are broken by letters or other punctuation.
fn looks_like_phone(text: &str) -> bool {
    let mut digits = 0;
    let mut run_started_with_plus_or_zero = false;
    let mut previous = ' ';
    for c in text.chars() {
        if c.is_ascii_digit() {
            if digits == 0 {
                run_started_with_plus_or_zero = c == '0' || previous == '+';
            }
            digits += 1;
            if digits >= 10 && run_started_with_plus_or_zero {
                return true;
            }
        } else if !(c == ' ' || c == '-' || c == '(' || c == ')') || (c == ' ' && previous == ' ') {
            digits = 0;
        }
        if !(c == '(' && digits == 0) {
            previous = c;
        }
    }
    false
}

/// Nine digits standing alone that pass the eleven test of the Dutch citizen service number.
fn has_citizen_number(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_digit()).any(|run| {
        let digits: Vec<u32> = run.chars().filter_map(|c| c.to_digit(10)).collect();
        if digits.len() != 9 || digits.iter().all(|d| *d == 0) {
            return false;
        }
        let sum: i64 = digits
            .iter()
            .enumerate()
            .map(|(i, d)| {
                if i == 8 {
                    -(*d as i64)
                } else {
                    (9 - i as i64) * *d as i64
                }
            })
            .sum();
        sum % 11 == 0
    })
}
