//! Reading an `.xlsx` into plain cell values, within bounds, executing nothing: formulas are
//! read as the value the file stores for them (one without is marked, and refused where a
//! value is read); macros, external links and encrypted or old binary files are refused with
//! what to do instead.

use std::collections::BTreeMap;

use crate::sheet::xml::{attribute, local, Event, XmlError, XmlReader};
use crate::sheet::zip::{ZipError, ZipReader};
use crate::sheet::{cell_ref, serial_date, ReadSheet, Value};

/// Rows a sheet may have: 2,000 countries × 16 criteria is 32,000.
pub const MAX_ROWS: usize = 100_000;
/// Cells in the whole workbook.
pub const MAX_CELLS: usize = 2_000_000;
/// Unpacked bytes of one part (a sheet's XML), and of all parts together.
pub const MAX_PART_BYTES: usize = 48 << 20;
const MAX_TOTAL_BYTES: usize = 96 << 20;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum XlsxError {
    Zip(ZipError),
    Xml {
        part: String,
        error: XmlError,
    },
    NotWorkbook,
    Macros,
    ExternalLinks,
    SharedString {
        sheet: String,
        cell: String,
        index: usize,
    },
    TooManyRows {
        sheet: String,
        limit: usize,
    },
    TooManyCells {
        limit: usize,
    },
}

impl From<ZipError> for XlsxError {
    fn from(error: ZipError) -> XlsxError {
        XlsxError::Zip(error)
    }
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct ReadWorkbook {
    pub sheets: Vec<ReadSheet>,
    /// Cells that held a formula: their stored value was read, nothing was recomputed.
    pub formulas: usize,
}

impl ReadWorkbook {
    pub fn sheet(&self, name: &str) -> Option<&ReadSheet> {
        self.sheets.iter().find(|s| s.name == name)
    }
}

struct Budget(usize);

impl Budget {
    fn read(&mut self, zip: &ZipReader, name: &str) -> Result<String, XlsxError> {
        let bytes = zip.read(name, MAX_PART_BYTES.min(self.0))?;
        self.0 = self.0.saturating_sub(bytes.len());
        String::from_utf8(bytes).map_err(|_| XlsxError::Xml {
            part: name.to_string(),
            error: XmlError::Malformed { at: 0 },
        })
    }
}

pub fn read_xlsx(bytes: &[u8]) -> Result<ReadWorkbook, XlsxError> {
    let zip = ZipReader::new(bytes)?;
    if zip.entries.iter().any(|e| e.name.ends_with("vbaProject.bin")) {
        return Err(XlsxError::Macros);
    }
    if zip
        .entries
        .iter()
        .any(|e| e.name.starts_with("xl/externalLinks/"))
    {
        return Err(XlsxError::ExternalLinks);
    }
    if !zip.has("xl/workbook.xml") {
        return Err(XlsxError::NotWorkbook);
    }
    let mut budget = Budget(MAX_TOTAL_BYTES);
    let content_types = budget.read(&zip, "[Content_Types].xml").unwrap_or_default();
    if content_types.contains("macroEnabled") {
        return Err(XlsxError::Macros);
    }
    let workbook = budget.read(&zip, "xl/workbook.xml")?;
    let relations = match zip.has("xl/_rels/workbook.xml.rels") {
        true => relation_targets(&budget.read(&zip, "xl/_rels/workbook.xml.rels")?)?,
        false => BTreeMap::new(),
    };
    if relations.values().any(|t| t.contains("externalLink")) {
        return Err(XlsxError::ExternalLinks);
    }
    let shared = match zip.has("xl/sharedStrings.xml") {
        true => shared_strings(&budget.read(&zip, "xl/sharedStrings.xml")?)?,
        false => Vec::new(),
    };
    let date_styles = match zip.has("xl/styles.xml") {
        true => date_styles(&budget.read(&zip, "xl/styles.xml")?)?,
        false => Vec::new(),
    };
    let mut out = ReadWorkbook::default();
    let mut cells = 0;
    for (name, id) in sheet_list(&workbook)? {
        let Some(target) = relations.get(&id) else {
            continue;
        };
        let path = match target.strip_prefix('/') {
            Some(absolute) => absolute.to_string(),
            None => format!("xl/{target}"),
        };
        let xml = budget.read(&zip, &path)?;
        let sheet = read_sheet(
            &name,
            &path,
            &xml,
            &shared,
            &date_styles,
            &mut cells,
            &mut out.formulas,
        )?;
        out.sheets.push(sheet);
    }
    Ok(out)
}

fn xml_error(part: &str) -> impl Fn(XmlError) -> XlsxError + '_ {
    move |error| XlsxError::Xml {
        part: part.to_string(),
        error,
    }
}

fn relation_targets(xml: &str) -> Result<BTreeMap<String, String>, XlsxError> {
    let mut reader = XmlReader::new(xml);
    let mut out = BTreeMap::new();
    while let Some(event) = reader
        .next_event()
        .map_err(xml_error("xl/_rels/workbook.xml.rels"))?
    {
        if let Event::Start { name, attributes, .. } = event {
            if local(name) == "Relationship" {
                if attribute(&attributes, "TargetMode") == Some("External") {
                    return Err(XlsxError::ExternalLinks);
                }
                if let (Some(id), Some(target)) =
                    (attribute(&attributes, "Id"), attribute(&attributes, "Target"))
                {
                    out.insert(id.to_string(), target.to_string());
                }
            }
        }
    }
    Ok(out)
}

fn sheet_list(xml: &str) -> Result<Vec<(String, String)>, XlsxError> {
    let mut reader = XmlReader::new(xml);
    let mut out = Vec::new();
    while let Some(event) = reader.next_event().map_err(xml_error("xl/workbook.xml"))? {
        if let Event::Start { name, attributes, .. } = event {
            if local(name) == "sheet" {
                if let (Some(sheet), Some(id)) =
                    (attribute(&attributes, "name"), attribute(&attributes, "id"))
                {
                    out.push((sheet.to_string(), id.to_string()));
                }
            }
        }
    }
    Ok(out)
}

/// The shared strings: each `<si>`'s text, rich-text runs joined, phonetic hints left out.
fn shared_strings(xml: &str) -> Result<Vec<String>, XlsxError> {
    let mut reader = XmlReader::new(xml);
    let mut out = Vec::new();
    let (mut current, mut in_text, mut in_phonetic) = (String::new(), false, false);
    while let Some(event) = reader.next_event().map_err(xml_error("xl/sharedStrings.xml"))? {
        match event {
            Event::Start { name, empty, .. } => match local(name) {
                "si" if !empty => current.clear(),
                "si" => out.push(String::new()),
                "t" => in_text = !empty,
                "rPh" => in_phonetic = !empty,
                _ => {}
            },
            Event::End { name } => match local(name) {
                "si" => out.push(std::mem::take(&mut current)),
                "t" => in_text = false,
                "rPh" => in_phonetic = false,
                _ => {}
            },
            Event::Text(text) if in_text && !in_phonetic => current.push_str(&text),
            Event::Text(_) => {}
        }
    }
    Ok(out)
}

/// For each cell style (cellXfs, by index), whether its number format shows a date.
fn date_styles(xml: &str) -> Result<Vec<bool>, XlsxError> {
    let mut reader = XmlReader::new(xml);
    let mut custom: BTreeMap<u32, bool> = BTreeMap::new();
    let mut styles = Vec::new();
    let mut in_cell_xfs = false;
    while let Some(event) = reader.next_event().map_err(xml_error("xl/styles.xml"))? {
        match event {
            Event::Start {
                name,
                attributes,
                empty,
            } => match local(name) {
                "numFmt" => {
                    if let (Some(id), Some(code)) = (
                        attribute(&attributes, "numFmtId").and_then(|i| i.parse().ok()),
                        attribute(&attributes, "formatCode"),
                    ) {
                        custom.insert(id, is_date_code(code));
                    }
                }
                "cellXfs" => in_cell_xfs = !empty,
                "xf" if in_cell_xfs => {
                    let id: u32 = attribute(&attributes, "numFmtId")
                        .and_then(|i| i.parse().ok())
                        .unwrap_or(0);
                    styles.push(
                        custom
                            .get(&id)
                            .copied()
                            .unwrap_or(matches!(id, 14..=22 | 45..=47)),
                    );
                }
                _ => {}
            },
            Event::End { name } if local(name) == "cellXfs" => in_cell_xfs = false,
            _ => {}
        }
    }
    Ok(styles)
}

/// A format code shows a date when it has a year or day part outside quotes and brackets.
fn is_date_code(code: &str) -> bool {
    let (mut quoted, mut bracket) = (false, false);
    let mut escaped = false;
    for c in code.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => quoted = !quoted,
            '[' if !quoted => bracket = true,
            ']' if !quoted => bracket = false,
            'y' | 'Y' | 'd' | 'D' if !quoted && !bracket => return true,
            _ => {}
        }
    }
    false
}

/// `D7` → (row 6, column 3).
fn parse_ref(reference: &str) -> Option<(usize, usize)> {
    let split = reference.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = reference.split_at(split);
    if letters.is_empty() || letters.len() > 3 {
        return None;
    }
    let column = letters.bytes().try_fold(0usize, |acc, b| {
        b.is_ascii_uppercase().then(|| acc * 26 + (b - b'A') as usize + 1)
    })?;
    let row: usize = digits.parse().ok()?;
    (row >= 1).then(|| (row - 1, column - 1))
}

#[allow(clippy::too_many_arguments)]
fn read_sheet(
    sheet_name: &str,
    part: &str,
    xml: &str,
    shared: &[String],
    date_styles: &[bool],
    cells: &mut usize,
    formulas: &mut usize,
) -> Result<ReadSheet, XlsxError> {
    let mut reader = XmlReader::new(xml);
    let mut rows: Vec<Vec<Value>> = Vec::new();
    let mut row_index = 0usize;
    let mut next_column = 0usize;
    // The cell being read: where, its type and style, what it holds.
    let mut cell: Option<(usize, usize, String, usize)> = None;
    let (mut value, mut inline, mut formula) = (None::<String>, String::new(), None::<String>);
    let mut reading = None::<&str>;
    while let Some(event) = reader.next_event().map_err(xml_error(part))? {
        match event {
            Event::Start {
                name,
                attributes,
                empty,
            } => match local(name) {
                "row" => {
                    row_index = attribute(&attributes, "r")
                        .and_then(|r| r.parse::<usize>().ok())
                        .map(|r| r.saturating_sub(1))
                        .unwrap_or(rows.len().max(row_index + usize::from(!rows.is_empty())));
                    next_column = 0;
                    if row_index >= MAX_ROWS {
                        return Err(XlsxError::TooManyRows {
                            sheet: sheet_name.to_string(),
                            limit: MAX_ROWS,
                        });
                    }
                }
                "c" => {
                    let (r, c) = attribute(&attributes, "r")
                        .and_then(parse_ref)
                        .unwrap_or((row_index, next_column));
                    next_column = c + 1;
                    let kind = attribute(&attributes, "t").unwrap_or("n").to_string();
                    let style = attribute(&attributes, "s")
                        .and_then(|s| s.parse().ok())
                        .unwrap_or(0);
                    cell = Some((r, c, kind, style));
                    (value, formula) = (None, None);
                    inline.clear();
                    if empty {
                        cell = None;
                    }
                }
                "v" if !empty => reading = Some("v"),
                "t" if !empty => reading = Some("t"),
                "f" => {
                    formula = Some(String::new());
                    reading = (!empty).then_some("f");
                }
                _ => {}
            },
            Event::Text(text) => match reading {
                Some("v") => value.get_or_insert_with(String::new).push_str(&text),
                Some("t") => inline.push_str(&text),
                Some("f") => formula.get_or_insert_with(String::new).push_str(&text),
                _ => {}
            },
            Event::End { name } => match local(name) {
                "v" | "t" | "f" => reading = None,
                "c" => {
                    let Some((r, c, kind, style)) = cell.take() else {
                        continue;
                    };
                    let reference = || cell_ref(r, c);
                    if formula.is_some() {
                        *formulas += 1;
                    }
                    let read = match (kind.as_str(), value.take()) {
                        (_, None) if formula.is_some() => {
                            Value::Uncomputed(formula.take().unwrap_or_default())
                        }
                        ("inlineStr", _) => Value::Text(std::mem::take(&mut inline)),
                        ("s", Some(v)) => {
                            let index: usize = v.trim().parse().unwrap_or(usize::MAX);
                            match shared.get(index) {
                                Some(text) => Value::Text(text.clone()),
                                None => {
                                    return Err(XlsxError::SharedString {
                                        sheet: sheet_name.to_string(),
                                        cell: reference(),
                                        index,
                                    })
                                }
                            }
                        }
                        ("str" | "e", Some(v)) => Value::Text(v),
                        ("b", Some(v)) => Value::Bool(v.trim() == "1"),
                        (_, Some(v)) => match v.trim().parse::<f64>() {
                            Ok(n) if date_styles.get(style).copied().unwrap_or(false) => {
                                Value::Date(serial_date(n.floor() as i64))
                            }
                            Ok(n) => Value::Number(n),
                            Err(_) => Value::Text(v),
                        },
                        (_, None) => Value::Empty,
                    };
                    if read == Value::Empty {
                        continue;
                    }
                    *cells += 1;
                    if *cells > MAX_CELLS {
                        return Err(XlsxError::TooManyCells { limit: MAX_CELLS });
                    }
                    if r >= MAX_ROWS {
                        return Err(XlsxError::TooManyRows {
                            sheet: sheet_name.to_string(),
                            limit: MAX_ROWS,
                        });
                    }
                    if rows.len() <= r {
                        rows.resize(r + 1, Vec::new());
                    }
                    let row = &mut rows[r];
                    if c >= 16_384 {
                        continue;
                    }
                    if row.len() <= c {
                        row.resize(c + 1, Value::Empty);
                    }
                    row[c] = read;
                }
                _ => {}
            },
        }
    }
    Ok(ReadSheet {
        name: sheet_name.to_string(),
        rows,
    })
}
