//! Cross-file checks that a JSON schema cannot express: references resolve, identifiers are
//! unique, texts carry no markup or personal data, dates and figures are plausible.

use std::collections::HashSet;

use crate::agenda::{Block, Event, ListBlock, SourceRef, Statement};
use crate::bundle::Bundle;
use crate::data_error::DataError;
use crate::lang::LocalText;
use crate::sources::Source;

const SOURCES: &str = "data/sources.json";
const AGENDA: &str = "data/agenda.json";

pub fn validate(bundle: &Bundle) -> Vec<DataError> {
    let mut errors = Vec::new();
    let mut source_ids = HashSet::new();
    for (i, source) in bundle.sources.sources.iter().enumerate() {
        check_source(
            &mut errors,
            SOURCES,
            &format!("$.sources[{i}]"),
            source,
            &mut source_ids,
        );
    }

    let agenda = &bundle.agenda;
    check_text(&mut errors, AGENDA, "$.title", &agenda.title);
    check_text(&mut errors, AGENDA, "$.intro", &agenda.intro);
    let mut section_ids = HashSet::new();
    for (s, section) in agenda.sections.iter().enumerate() {
        let at = format!("$.sections[{s}]");
        check_id(
            &mut errors,
            AGENDA,
            &at,
            &section.id,
            "section",
            '-',
            &mut section_ids,
        );
        check_text(&mut errors, AGENDA, &format!("{at}.heading"), &section.heading);
        if section.blocks.is_empty() {
            errors.push(DataError::new(
                AGENDA,
                format!("{at}.blocks"),
                "a section needs at least one block",
            ));
        }
        for (b, block) in section.blocks.iter().enumerate() {
            let at = format!("{at}.blocks[{b}]");
            for text in block.texts() {
                check_text(&mut errors, AGENDA, &at, text);
            }
            check_block(&mut errors, &at, block, &source_ids);
        }
    }
    errors
}

/// An id's form and uniqueness, reported at `{at}.id` as "…identifier…" / "duplicate {what} id …".
/// `separator` is the one punctuation an id may hold besides a–z and 0–9 (`-` or `_`).
pub fn check_id<'a>(
    errors: &mut Vec<DataError>,
    file: &str,
    at: &str,
    id: &'a str,
    what: &str,
    separator: char,
    seen: &mut HashSet<&'a str>,
) {
    if !is_identifier(&id.replace(separator, "-")) {
        errors.push(DataError::new(
            file,
            format!("{at}.id"),
            format!("\"{id}\" is not a lowercase identifier (a-z, 0-9, {separator})"),
        ));
    }
    if !seen.insert(id) {
        errors.push(DataError::new(
            file,
            format!("{at}.id"),
            format!("duplicate {what} id \"{id}\""),
        ));
    }
}

/// A date field: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
pub fn check_date(errors: &mut Vec<DataError>, file: &str, at: String, date: &str) {
    if !is_date(date) {
        errors.push(DataError::new(
            file,
            at,
            format!("\"{date}\" is not a date YYYY-MM-DD, YYYY-MM or YYYY"),
        ));
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
    check_id(errors, file, at, &source.id, "source", '-', seen);
    check_date(errors, file, format!("{at}.date"), &source.date);
    if let Some(url) = &source.url {
        if !url.starts_with("https://") {
            errors.push(DataError::new(
                file,
                format!("{at}.url"),
                "a source URL must start with https://",
            ));
        }
    }
    check_plain(errors, file, &format!("{at}.title"), &source.title);
    check_text(errors, file, &format!("{at}.short"), &source.short);
    check_plain(errors, file, &format!("{at}.publisher"), &source.publisher);
    check_text(errors, file, &format!("{at}.covers"), &source.covers);
}

fn check_block(errors: &mut Vec<DataError>, at: &str, block: &Block, source_ids: &HashSet<&str>) {
    match block {
        Block::Statement(Statement { sources, .. }) | Block::List(ListBlock { sources, .. }) => {
            check_refs(errors, &format!("{at}.sources"), sources, source_ids)
        }
        Block::Event(Event { date, sources, .. }) => {
            check_date(errors, AGENDA, format!("{at}.date"), date);
            check_refs(errors, &format!("{at}.sources"), sources, source_ids)
        }
        Block::Figures(figures) => {
            for (r, row) in figures.rows.iter().enumerate() {
                let at = format!("{at}.rows[{r}]");
                if let Some(value) = row.value {
                    if !value.is_finite() || value < 0.0 {
                        errors.push(DataError::new(
                            AGENDA,
                            format!("{at}.value"),
                            format!("{value} is not an amount ≥ 0"),
                        ));
                    }
                }
                check_refs(errors, &format!("{at}.sources"), &row.sources, source_ids);
            }
        }
    }
}

fn check_refs(errors: &mut Vec<DataError>, at: &str, refs: &[SourceRef], source_ids: &HashSet<&str>) {
    if refs.is_empty() {
        errors.push(DataError::new(
            AGENDA,
            at,
            "every statement needs at least one source",
        ));
    }
    for (i, r) in refs.iter().enumerate() {
        if !source_ids.contains(r.id.as_str()) {
            errors.push(DataError::new(
                AGENDA,
                format!("{at}[{i}].id"),
                format!("unknown source id \"{}\": add it to {SOURCES}", r.id),
            ));
        }
    }
}

pub fn check_text(errors: &mut Vec<DataError>, file: &str, at: &str, text: &LocalText) {
    check_plain(errors, file, &format!("{at}.nl"), &text.nl);
    check_plain(errors, file, &format!("{at}.en"), &text.en);
}

/// Texts are rendered as text, never as HTML; markup in data is a mistake or an injection attempt.
/// The memo withholds civil servants' contact details, and so does the data.
pub fn check_plain(errors: &mut Vec<DataError>, file: &str, at: &str, text: &str) {
    if text.trim().is_empty() {
        errors.push(DataError::new(file, at, "text is empty"));
    }
    if text.contains('<') || text.contains('>') {
        errors.push(DataError::new(
            file,
            at,
            "text contains markup (< or >); data texts are plain text",
        ));
    }
    if looks_like_email(text) {
        errors.push(DataError::new(
            file,
            at,
            "text contains an e-mail address; personal data does not belong in the data",
        ));
    }
    if looks_like_phone(text) {
        errors.push(DataError::new(
            file,
            at,
            "text contains a phone number; personal data does not belong in the data",
        ));
    }
}

pub fn is_identifier(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-')
        && !id.starts_with('-')
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a real month and day.
pub fn is_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let number = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|c| c.is_ascii_digit())).then(|| s.parse::<u32>().unwrap_or(0))
    };
    let Some(year) = parts.first().and_then(|y| number(y, 4)) else {
        return false;
    };
    if !(1990..=2100).contains(&year) {
        return false;
    }
    match parts.len() {
        1 => true,
        2 => matches!(number(parts[1], 2), Some(1..=12)),
        3 => match (number(parts[1], 2), number(parts[2], 2)) {
            (Some(month @ 1..=12), Some(day)) => day >= 1 && day <= days_in_month(year, month),
            _ => false,
        },
        _ => false,
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn looks_like_email(text: &str) -> bool {
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
        } else if !(c == ' ' || c == '-') || (c == ' ' && previous == ' ') {
            digits = 0;
        }
        previous = c;
    }
    false
}
