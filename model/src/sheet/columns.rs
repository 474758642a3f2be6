//! A column as a program reads it (its code) and as a person reads it (its label in the
//! reader's language). Workbooks and CSV are written under the labels; reading back accepts
//! the code (files from before the headers were in words, and programs) or the label in either
//! language, so a Dutch export edited by an English colleague still reads.

use std::collections::BTreeMap;

use crate::lang::Lang;
use crate::sheet::problem::SheetProblem;
use crate::sheet::{cell_ref, Value};
use crate::text::i18n::{t, Key};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NamedColumn {
    pub code: &'static str,
    pub label: Key,
}

impl NamedColumn {
    pub const fn new(code: &'static str, label: Key) -> NamedColumn {
        NamedColumn { code, label }
    }

    /// Whether a header cell names this column.
    pub fn named_by(&self, header: &str) -> bool {
        let header = header.trim();
        header == self.code || Lang::ALL.iter().any(|&lang| header == t(lang, self.label))
    }
}

/// The headers of `columns` in `lang`.
pub fn labels(columns: &[NamedColumn], lang: Lang) -> Vec<&'static str> {
    columns.iter().map(|c| t(lang, c.label)).collect()
}

/// Where each of `columns` stands in a header row, by code; a column the row lacks is absent.
pub fn positions(header: &[Value], columns: &[NamedColumn]) -> BTreeMap<&'static str, usize> {
    columns
        .iter()
        .filter_map(|column| {
            header
                .iter()
                .position(|cell| column.named_by(&cell.as_text()))
                .map(|at| (column.code, at))
        })
        .collect()
}

/// A header row that names one of `columns` twice (such a sheet is ambiguous), refused at its
/// second cell: that cell's column and the problem (the header as written, and where it first
/// stands).
pub fn repeated_header(header: &[Value], columns: &[NamedColumn]) -> Option<(usize, SheetProblem)> {
    columns.iter().find_map(|column| {
        let mut at = header
            .iter()
            .enumerate()
            .filter(|(_, cell)| column.named_by(&cell.as_text()))
            .map(|(i, _)| i);
        let (first, again) = (at.next()?, at.next()?);
        let problem = SheetProblem::DuplicateColumn {
            column: header[again].as_text().trim().to_string(),
            first: cell_ref(0, first),
        };
        Some((again, problem))
    })
}

/// The code and label of each of `columns`, for the sheet that explains a workbook.
pub fn glossary(sheet: &str, columns: &[NamedColumn], lang: Lang) -> Vec<(String, String, String)> {
    columns
        .iter()
        .map(|c| {
            (
                sheet.to_string(),
                t(lang, c.label).to_string(),
                c.code.to_string(),
            )
        })
        .collect()
}
