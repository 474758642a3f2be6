//! Validation of the budget envelopes: ids, sources, texts, and whole, non-negative amounts for
//! the plan's years only.

use std::collections::HashSet;

use crate::check::error::DataError;
use crate::check::reason::{IdKind, Reason};
use crate::check::rules::{check_id, check_text};
use crate::data::sources::SourceRegistry;
use crate::plan::types::{Envelope, MAX_AMOUNT_EUR, PLAN_YEARS};

pub fn validate_envelopes(file: &str, envelopes: &[Envelope], sources: &SourceRegistry) -> Vec<DataError> {
    let mut errors = Vec::new();
    let mut seen = HashSet::new();
    for (i, envelope) in envelopes.iter().enumerate() {
        let at = format!("$.envelopes[{i}]");
        check_id(
            &mut errors,
            file,
            &at,
            &envelope.id,
            IdKind::Envelope,
            '-',
            &mut seen,
        );
        check_text(&mut errors, file, &format!("{at}.name"), &envelope.name);
        for (field, text) in [("assumption", &envelope.assumption), ("note", &envelope.note)] {
            if let Some(text) = text {
                check_text(&mut errors, file, &format!("{at}.{field}"), text);
            }
        }
        if envelope.sources.is_empty() {
            errors.push(DataError::new(
                file,
                format!("{at}.sources"),
                Reason::StatementWithoutSource,
            ));
        }
        for (j, source) in envelope.sources.iter().enumerate() {
            if !sources.sources.iter().any(|s| s.id == source.id) {
                errors.push(DataError::new(
                    file,
                    format!("{at}.sources[{j}].id"),
                    Reason::UnknownSource(source.id.clone()),
                ));
            }
        }
        for (year, amount) in &envelope.amounts {
            if !PLAN_YEARS.contains(year) {
                errors.push(DataError::new(
                    file,
                    format!("{at}.amounts.{year}"),
                    Reason::NotYear {
                        year: *year,
                        max: 2029,
                    },
                ));
            }
            if let Some(amount) = amount {
                if *amount < 0 || *amount > MAX_AMOUNT_EUR {
                    errors.push(DataError::new(
                        file,
                        format!("{at}.amounts.{year}"),
                        Reason::NotAmount(*amount as f64),
                    ));
                }
            }
        }
    }
    errors
}
