//! Checks of the agenda and the source registry: ids, plain texts, and citations that resolve.

use std::collections::HashSet;

use crate::check::error::DataError;
use crate::check::reason::{IdKind, Reason};
use crate::check::rules::{check_date, check_id, check_source, check_text};
use crate::data::agenda::{Agenda, Block, Event, ListBlock, SourceRef, Statement};
use crate::data::sources::SourceRegistry;

const SOURCES: &str = "data/sources.json";
const AGENDA: &str = "data/agenda.json";

/// The agenda and the source registry of the bundle: ids, texts, and every citation resolves.
pub fn validate_agenda(agenda: &Agenda, sources: &SourceRegistry) -> Vec<DataError> {
    let mut errors = Vec::new();
    let mut source_ids = HashSet::new();
    for (i, source) in sources.sources.iter().enumerate() {
        check_source(
            &mut errors,
            SOURCES,
            &format!("$.sources[{i}]"),
            source,
            &mut source_ids,
        );
    }

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
            IdKind::Section,
            '-',
            &mut section_ids,
        );
        check_text(&mut errors, AGENDA, &format!("{at}.heading"), &section.heading);
        if section.blocks.is_empty() {
            errors.push(DataError::new(
                AGENDA,
                format!("{at}.blocks"),
                Reason::SectionWithoutBlocks,
            ));
        }
        for (b, block) in section.blocks.iter().enumerate() {
            let at = format!("{at}.blocks[{b}]");
            if let Block::Statement(Statement { id: Some(id), .. }) = block {
                check_id(
                    &mut errors,
                    AGENDA,
                    &at,
                    id,
                    IdKind::Section,
                    '-',
                    &mut section_ids,
                );
            }
            for text in block.texts() {
                check_text(&mut errors, AGENDA, &at, text);
            }
            check_block(&mut errors, &at, block, &source_ids);
        }
    }
    errors
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
                            Reason::NotAmount(value),
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
        errors.push(DataError::new(AGENDA, at, Reason::StatementWithoutSource));
    }
    for (i, r) in refs.iter().enumerate() {
        if !source_ids.contains(r.id.as_str()) {
            errors.push(DataError::new(
                AGENDA,
                format!("{at}[{i}].id"),
                Reason::UnknownSource(r.id.clone()),
            ));
        }
    }
}
