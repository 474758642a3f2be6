//! Tables that leave the app as spreadsheets, and spreadsheets that come in.
//!
//! A [`Workbook`] is a list of typed [`Sheet`]s: numbers stay numbers, amounts carry a euro
//! format, dates are dates, totals are formulas with their value beside them. The same sheet is
//! written as `.xlsx` ([`xlsx_write`]) or as CSV in either [`csv::Dialect`]. Reading goes the
//! other way into plain [`ReadSheet`]s of cell values ([`xlsx_read`], [`csv::read_csv`]); what a
//! sheet *means* (a dataset, a plan) is decided by the module that asked for it.
//!
//! Everything here is written by hand on purpose: `rust_xlsxwriter` and `calamine` each add
//! more than 250 KB gzip to the wasm (docs/benchmarks-log.md, 2026-12-04), this module about a tenth.

pub mod columns;
pub mod common;
pub mod csv;
pub mod problem;
pub mod xlsx_read;
pub mod xlsx_write;
pub mod xml;
pub mod zip;

/// How a number is shown in a spreadsheet. The value is always the plain number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberFormat {
    /// As the number is: counts, years, shares with their decimals.
    General,
    /// Whole euros, thousands grouped: `#,##0 "€"` in the file, `€ 1.234` in a Dutch Excel.
    Euro,
    /// Full-time equivalents: two decimals.
    Fte,
    /// A score on 0–1: two decimals shown, as the ranking table shows it; the value keeps more.
    Score,
    /// 0–1 shown as a percentage.
    Percent,
    /// A count or an amount, thousands grouped, no decimals shown (the value keeps them).
    Grouped,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64, NumberFormat),
    /// A calendar date `YYYY-MM-DD` (a partial date stays [`Cell::Text`]).
    Date(String),
    /// A formula over the sheet's own cells (without `=`) and the value it computes, so a
    /// reader that does not recompute still sees the figure.
    Formula {
        formula: String,
        value: f64,
        format: NumberFormat,
    },
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Cell {
        let text = text.into();
        if text.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(text)
        }
    }

    pub fn number(value: f64) -> Cell {
        Cell::Number(value, NumberFormat::General)
    }

    pub fn opt_number(value: Option<f64>) -> Cell {
        value.map(Cell::number).unwrap_or(Cell::Empty)
    }

    pub fn euro(value: i64) -> Cell {
        Cell::Number(value as f64, NumberFormat::Euro)
    }

    pub fn fte(hundredths: u32) -> Cell {
        Cell::Number(f64::from(hundredths) / 100.0, NumberFormat::Fte)
    }

    /// A full date becomes a date cell; a year or year-month stays text, as written.
    pub fn date(text: &str) -> Cell {
        if date_serial(text).is_some() {
            Cell::Date(text.to_string())
        } else {
            Cell::text(text)
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// The header cell: words in the reader's language (`columns` keeps each one's code);
    /// the dataset template's are the data file's codes.
    pub header: String,
    /// Width in characters of the default font.
    pub width: f64,
}

impl Column {
    pub fn new(header: impl Into<String>) -> Column {
        let header = header.into();
        let width = column_width(&header);
        Column { header, width }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    /// At most 31 characters, none of `[]:*?/\` (Excel's rule).
    pub name: String,
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
    /// Rows after the data (totals), outside the autofilter's range.
    pub footer: Vec<Vec<Cell>>,
    /// Header row frozen and filtered: every table sheet; a sheet of notes has neither.
    pub table: bool,
    /// Kept in the file for reading it back, not shown (Excel's "very hidden").
    pub hidden: bool,
    /// A sheet of text to read: its text cells wrap within their column.
    pub prose: bool,
}

impl Sheet {
    pub fn table(name: &str, headers: &[&str]) -> Sheet {
        Sheet {
            name: name.to_string(),
            columns: headers.iter().map(|h| Column::new(*h)).collect(),
            rows: Vec::new(),
            footer: Vec::new(),
            table: true,
            hidden: false,
            prose: false,
        }
    }

    /// Widens each column to its longest cell (capped), so the sheet opens readable.
    pub fn fit_columns(&mut self) {
        for (index, column) in self.columns.iter_mut().enumerate() {
            let widest = self
                .rows
                .iter()
                .chain(&self.footer)
                .filter_map(|row| row.get(index))
                .map(cell_width)
                .fold(column_width(&column.header), f64::max);
            column.width = widest;
        }
    }
}

fn column_width(text: &str) -> f64 {
    (text.chars().count() as f64 + 2.0).clamp(6.0, 60.0)
}

fn cell_width(cell: &Cell) -> f64 {
    match cell {
        Cell::Empty => 0.0,
        Cell::Text(text) => column_width(text),
        Cell::Date(_) => 12.0,
        Cell::Number(value, format) | Cell::Formula { value, format, .. } => {
            let digits = format!("{:.2}", value.abs()).len() as f64;
            match format {
                NumberFormat::Euro => digits + 4.0,
                _ => digits + 1.0,
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Workbook {
    /// The document's title (its properties), e.g. "Landenselectie 2026-12-04".
    pub title: String,
    /// The internal edition's files: "VERTROUWELIJK" in every sheet's header and footer and in
    /// the document's properties.
    pub confidential: bool,
    pub sheets: Vec<Sheet>,
}

/// A cell as read from a file: the value, without its formatting.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Empty,
    Text(String),
    Number(f64),
    Bool(bool),
    /// A cell formatted as a date, as `YYYY-MM-DD`.
    Date(String),
    /// A formula the file stores no value for (written by a program that does not calculate):
    /// refused where a value is read, ignored elsewhere (a totals row).
    Uncomputed(String),
}

impl Value {
    /// The cell as the text a user typed or sees: numbers without trailing zeros.
    pub fn as_text(&self) -> String {
        match self {
            Value::Empty => String::new(),
            Value::Text(text) => text.clone(),
            Value::Number(n) => number_text(*n),
            Value::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
            Value::Date(date) => date.clone(),
            Value::Uncomputed(formula) => format!("={formula}"),
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Value::Empty => true,
            Value::Text(text) => text.trim().is_empty(),
            _ => false,
        }
    }
}

/// A number as the shortest text that reads back as the same number.
pub fn number_text(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else if value.abs() >= 1e15 {
        // As a spreadsheet shows it (1E+308), not three hundred digits.
        format!("{value:E}").replace('E', "E+").replace("E+-", "E-")
    } else {
        format!("{value}")
    }
}

/// A sheet read from a file: its name and its cells by row, the first row the headers.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ReadSheet {
    pub name: String,
    pub rows: Vec<Vec<Value>>,
}

impl ReadSheet {
    /// The first row, where a table's headers are.
    pub fn header(&self) -> &[Value] {
        self.rows.first().map(Vec::as_slice).unwrap_or_default()
    }

    pub fn cell(&self, row: usize, column: usize) -> &Value {
        self.rows
            .get(row)
            .and_then(|r| r.get(column))
            .unwrap_or(&Value::Empty)
    }
}

/// A cell's address as a spreadsheet names it: column 0, row 0 → `A1`.
pub fn cell_ref(row: usize, column: usize) -> String {
    format!("{}{}", column_letters(column), row + 1)
}

pub fn column_letters(mut column: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + (column % 26) as u8);
        if column < 26 {
            break;
        }
        column = column / 26 - 1;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

/// Days since 1899-12-30 (the serial number spreadsheets store a date as), for `YYYY-MM-DD`.
pub fn date_serial(text: &str) -> Option<i64> {
    let (y, m, d) = parse_date(text)?;
    // Days from civil (Howard Hinnant's algorithm), relative to 1970-01-01, then shifted.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let unix_days = era * 146_097 + doe - 719_468;
    Some(unix_days + 25_569)
}

/// The `YYYY-MM-DD` for a serial number (the inverse of [`date_serial`]).
pub fn serial_date(serial: i64) -> String {
    let (y, m, d) = crate::calendar::civil_from_days(serial - 25_569);
    format!("{y:04}-{m:02}-{d:02}")
}

fn parse_date(text: &str) -> Option<(i64, i64, i64)> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let y: i64 = text[0..4].parse().ok()?;
    let m: i64 = text[5..7].parse().ok()?;
    let d: i64 = text[8..10].parse().ok()?;
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    ((1900..=9999).contains(&y) && (1..=12).contains(&m) && d >= 1 && d <= days[(m - 1) as usize])
        .then_some((y, m, d))
}

/// A cell that must hold a whole number after scaling (`fte` 1.5 × 100 → 150): empty is 0.
pub fn scaled_whole(value: &Value, scale: f64) -> Result<f64, problem::SheetProblem> {
    match value {
        Value::Empty => Ok(0.0),
        Value::Text(text) if text.trim().is_empty() => Ok(0.0),
        Value::Number(n) if ((n * scale).round() - n * scale).abs() < 1e-6 => Ok((n * scale).round()),
        Value::Number(n) => Err(problem::SheetProblem::NotAWholeNumber(number_text(*n))),
        Value::Uncomputed(formula) => Err(problem::SheetProblem::FormulaWithoutValue(formula.clone())),
        other => Err(problem::SheetProblem::NotANumber(other.as_text())),
    }
}

/// A non-negative whole amount after scaling, at most `max` (scaled; `fte`: hundredths of an
/// FTE), from a cell; text that is a plain whole number counts as that number.
pub fn amount_cell(value: &Value, scale: f64, max: i64, fte: bool) -> Result<f64, problem::SheetProblem> {
    let whole_text = |text: &str| {
        let digits = text.strip_prefix('-').unwrap_or(text);
        !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
    };
    // "1,5" typed as text in a Dutch sheet: a decimal comma (never a thousands mark here, as
    // one or two digits follow it).
    let comma_decimal = |text: &str| {
        text.split_once(',').is_some_and(|(whole, part)| {
            whole_text(whole) && (1..=2).contains(&part.len()) && part.chars().all(|c| c.is_ascii_digit())
        })
    };
    let number = match value {
        Value::Text(text) if whole_text(text.trim()) => text
            .trim()
            .parse::<f64>()
            .map_err(|_| problem::SheetProblem::NotANumber(text.clone()))?,
        Value::Text(text) if comma_decimal(text.trim()) => text
            .trim()
            .replace(',', ".")
            .parse::<f64>()
            .map_err(|_| problem::SheetProblem::NotANumber(text.clone()))?,
        other => scaled_whole(other, scale)? / scale,
    };
    if number < 0.0 {
        return Err(problem::SheetProblem::Negative(number_text(number)));
    }
    let scaled = (number * scale).round();
    if scaled > max as f64 {
        return Err(problem::SheetProblem::AboveBound {
            written: number_text(number),
            bound: max,
            fte,
        });
    }
    if (number * scale - scaled).abs() > 1e-6 {
        return Err(problem::SheetProblem::NotAWholeNumber(number_text(number)));
    }
    Ok(scaled)
}
