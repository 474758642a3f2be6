//! CSV in two dialects, and reading a CSV whatever its dialect.
//!
//! *Excel (NL)* is what a Dutch-locale Excel opens by double-click: UTF-8 with a byte-order
//! mark, `;` between fields, a decimal comma, CRLF. *Data* is RFC 4180 for analysis tools: `,`,
//! a decimal point, no byte-order mark. Reading detects which one a file is (and says so).

use crate::sheet::{number_text, Cell, ReadSheet, Sheet, Value};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    ExcelNl,
    Data,
}

impl Dialect {
    pub const ALL: [Dialect; 2] = [Dialect::ExcelNl, Dialect::Data];

    pub fn separator(self) -> char {
        match self {
            Dialect::ExcelNl => ';',
            Dialect::Data => ',',
        }
    }

    pub fn decimal(self) -> char {
        match self {
            Dialect::ExcelNl => ',',
            Dialect::Data => '.',
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Dialect::ExcelNl => "excel-nl",
            Dialect::Data => "data",
        }
    }

    pub fn from_code(code: &str) -> Option<Dialect> {
        Dialect::ALL.into_iter().find(|d| d.code() == code)
    }
}

/// The sheet's header and data rows (not its totals: a CSV is read by programs, which add up
/// for themselves).
pub fn write_csv(sheet: &Sheet, dialect: Dialect) -> String {
    let mut out = String::new();
    if dialect == Dialect::ExcelNl {
        out.push('\u{feff}');
    }
    let separator = dialect.separator().to_string();
    let headers: Vec<String> = sheet.columns.iter().map(|c| field(&c.header, dialect)).collect();
    out.push_str(&headers.join(&separator));
    out.push_str("\r\n");
    for row in &sheet.rows {
        let fields: Vec<String> = (0..sheet.columns.len())
            .map(|i| cell_text(row.get(i).unwrap_or(&Cell::Empty), dialect))
            .collect();
        out.push_str(&fields.join(&separator));
        out.push_str("\r\n");
    }
    out
}

fn cell_text(cell: &Cell, dialect: Dialect) -> String {
    match cell {
        Cell::Empty => String::new(),
        Cell::Text(text) => field(text, dialect),
        Cell::Date(date) => date.clone(),
        Cell::Number(value, _) | Cell::Formula { value, .. } => {
            number_text(*value).replace('.', &dialect.decimal().to_string())
        }
    }
}

/// Whether a spreadsheet would read `text` as a formula: a leading `=`, `+`, `@`, a `-` that
/// does not start a number, or a tab or carriage return (which some spreadsheets skip before
/// reading the rest as a formula: OWASP's CSV injection list).
pub fn reads_as_formula(text: &str) -> bool {
    let after_blanks = text.trim_start_matches([' ', '\u{a0}', '\t', '\r', '\n']);
    text.starts_with(['\t', '\r', '\n'])
        || after_blanks.starts_with(['=', '+', '@'])
        || (after_blanks.starts_with('-') && after_blanks.parse::<f64>().is_err())
}

/// Text from users made safe to paste or open in a spreadsheet: a `'` before what would read
/// as a formula (the CSV, the copied table and its HTML alike).
pub fn neutralised(text: &str) -> std::borrow::Cow<'_, str> {
    if reads_as_formula(text) {
        std::borrow::Cow::Owned(format!("'{text}"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// A text field, safe to open in a spreadsheet (`neutralised`); quoted where needed.
pub fn field(text: &str, dialect: Dialect) -> String {
    let safe = neutralised(text).into_owned();
    if safe.contains([dialect.separator(), '"', '\n', '\r']) {
        format!("\"{}\"", safe.replace('"', "\"\""))
    } else {
        safe
    }
}

/// What reading found out about a file, to tell the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Detected {
    pub separator: char,
    pub decimal: char,
    pub byte_order_mark: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CsvError {
    /// UTF-16 (Excel's "Unicode text"): save as "CSV UTF-8" instead.
    Utf16,
    NotUtf8 {
        line: usize,
    },
    /// A line split by another separator than the header's.
    MixedSeparators {
        line: usize,
        expected: char,
        found: char,
    },
    /// A line with another number of fields than the header.
    FieldCount {
        line: usize,
        expected: usize,
        found: usize,
    },
    UnclosedQuote {
        line: usize,
    },
    TooManyRows {
        limit: usize,
    },
    Empty,
}

/// Rows a CSV may have: twice what 2,000 countries × 16 criteria need.
pub const MAX_CSV_ROWS: usize = 100_000;

/// Reads any CSV the two dialects describe, detecting the separator (`;`, `,` or tab, from the
/// header), the decimal mark (a comma only with `;` or tab) and a byte-order mark. Fields that
/// are numbers in the detected decimal mark become numbers; everything else stays text.
pub fn read_csv(name: &str, bytes: &[u8]) -> Result<(Detected, ReadSheet), CsvError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(CsvError::Utf16);
    }
    // UTF-16 without a mark: every other byte of ASCII text is zero.
    if bytes.len() >= 4 && bytes.iter().take(64).filter(|b| **b == 0).count() * 3 >= bytes.len().min(64) {
        return Err(CsvError::Utf16);
    }
    let byte_order_mark = bytes.starts_with(&[0xEF, 0xBB, 0xBF]);
    let body = if byte_order_mark { &bytes[3..] } else { bytes };
    let text = std::str::from_utf8(body).map_err(|e| CsvError::NotUtf8 {
        line: body[..e.valid_up_to()].iter().filter(|b| **b == b'\n').count() + 1,
    })?;
    let first_line = text.lines().next().unwrap_or("");
    if first_line.trim().is_empty() {
        return Err(CsvError::Empty);
    }
    let count = |c: char| first_line.chars().filter(|x| *x == c).count();
    let separator = [';', ',', '\t']
        .into_iter()
        .max_by_key(|c| (count(*c), *c == ';'))
        .filter(|c| count(*c) > 0)
        .unwrap_or(',');
    let records = split_records(text, separator)?;
    let expected = records.first().map(|(_, r)| r.len()).unwrap_or(0);
    if records.len() > MAX_CSV_ROWS {
        return Err(CsvError::TooManyRows { limit: MAX_CSV_ROWS });
    }
    for (line, record) in &records {
        if record.len() != expected && !(record.len() == 1 && record[0].is_empty()) {
            let joined = record.join(&separator.to_string());
            let other = [';', ',', '\t']
                .into_iter()
                .find(|c| *c != separator && joined.split(*c).count() == expected);
            return Err(match other {
                Some(found) => CsvError::MixedSeparators {
                    line: *line,
                    expected: separator,
                    found,
                },
                None => CsvError::FieldCount {
                    line: *line,
                    expected,
                    found: record.len(),
                },
            });
        }
    }
    let comma_decimals = separator != ','
        && records
            .iter()
            .skip(1)
            .flat_map(|(_, r)| r)
            .any(|f| is_number(f, ','));
    let decimal = if comma_decimals { ',' } else { '.' };
    let rows = records
        .into_iter()
        .filter(|(_, r)| !(r.len() == 1 && r[0].is_empty()))
        .enumerate()
        .map(|(index, (_, record))| {
            record
                .into_iter()
                .map(|f| {
                    if index > 0 && is_number(&f, decimal) {
                        Value::Number(f.replace(',', ".").parse().unwrap_or(0.0))
                    } else if f.is_empty() {
                        Value::Empty
                    } else {
                        Value::Text(
                            f.strip_prefix('\'')
                                .filter(|rest| rest.starts_with(['=', '+', '-', '@', '\t', '\r']))
                                .unwrap_or(&f)
                                .to_string(),
                        )
                    }
                })
                .collect()
        })
        .collect();
    Ok((
        Detected {
            separator,
            decimal,
            byte_order_mark,
        },
        ReadSheet {
            name: name.to_string(),
            rows,
        },
    ))
}

/// A plain decimal number in that mark: no thousands separators, no exponent.
fn is_number(field: &str, decimal: char) -> bool {
    let digits = field.strip_prefix('-').unwrap_or(field);
    let (whole, fraction) = match digits.split_once(decimal) {
        Some((w, f)) => (w, Some(f)),
        None => (digits, None),
    };
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
}

/// Records with the line each starts on; quotes per RFC 4180 (a field may hold the separator,
/// quotes doubled, line breaks).
fn split_records(text: &str, separator: char) -> Result<Vec<(usize, Vec<String>)>, CsvError> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut in_quotes = false;
    let mut line = 1;
    let mut record_line = 1;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    field.push('"');
                    chars.next();
                }
                '"' => in_quotes = false,
                '\n' => {
                    line += 1;
                    field.push(c);
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => in_quotes = true,
            c if c == separator => record.push(std::mem::take(&mut field)),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                record.push(std::mem::take(&mut field));
                records.push((record_line, std::mem::take(&mut record)));
                line += 1;
                record_line = line;
                if records.len() > MAX_CSV_ROWS {
                    return Err(CsvError::TooManyRows { limit: MAX_CSV_ROWS });
                }
            }
            _ => field.push(c),
        }
    }
    if in_quotes {
        return Err(CsvError::UnclosedQuote { line: record_line });
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push((record_line, record));
    }
    Ok(records)
}
