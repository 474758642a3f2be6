//! What reading a plan workbook did with every row of its lines sheet: the account an import
//! gives (`plan::workbook` fills it, `plan::labels::sheet_import` says it).

/// A line's country and instrument.
pub type LineKey = (String, String);

/// What reading a plan workbook did with every row of its lines sheet, to say it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SheetImport {
    /// The lines sheet's name and its rows below the header.
    pub sheet: String,
    pub rows: usize,
    /// Lines (country × instrument) the sheet holds.
    pub lines: usize,
    /// Lines in the sheet the plan file did not have: added.
    pub added: Vec<LineKey>,
    /// Lines of the plan file the sheet no longer has: removed.
    pub removed: Vec<LineKey>,
    /// Lines whose amounts, lead, contributors or budget the sheet changed.
    pub changed: Vec<LineKey>,
    /// Rows that repeat an earlier row with the same values (row, earlier row): taken once.
    pub repeated: Vec<(usize, usize)>,
    pub empty_rows: usize,
    pub total_rows: usize,
}
