//! Reading an `.xlsx` into plain cell values, within bounds, executing nothing: formulas are
//! read as the value the file stores for them (one without is marked, and refused where a
//! value is read); macros, external links and encrypted or old binary files are refused with
//! what to do instead.

use std::collections::BTreeMap;

use crate::lang::Lang;
use crate::sheet::xml::{attribute, local, Event, XmlError, XmlReader};
use crate::sheet::zip::{Unpacking, ZipError, ZipReader};
use crate::sheet::{cell_ref, serial_date, ReadSheet, Value};
use crate::text::i18n::{t, Key};

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

    /// The place of the sheet the app names `own` (in either language) when it `fits`, else of
    /// the first sheet that fits: a copy Excel puts before it ("Regels (2)") is not read in its
    /// place.
    pub fn own_or_first(&self, own: Key, fits: impl Fn(&ReadSheet) -> bool) -> Option<usize> {
        let own_name = |s: &ReadSheet| Lang::ALL.iter().any(|&lang| s.name == t(lang, own));
        self.sheets
            .iter()
            .position(|s| own_name(s) && fits(s))
            .or_else(|| self.sheets.iter().position(&fits))
    }
}

/// What may still be unpacked of the whole workbook.
struct Budget(usize);

impl Budget {
    fn read(&mut self, zip: &ZipReader, name: &str) -> Result<String, XlsxError> {
        let bytes = zip.read(name, self.part_limit())?;
        self.take(name, bytes)
    }

    fn part_limit(&self) -> usize {
        MAX_PART_BYTES.min(self.0)
    }

    fn take(&mut self, name: &str, bytes: Vec<u8>) -> Result<String, XlsxError> {
        self.0 = self.0.saturating_sub(bytes.len());
        String::from_utf8(bytes).map_err(|_| XlsxError::Xml {
            part: name.to_string(),
            error: XmlError::Malformed { at: 0 },
        })
    }
}

pub fn read_xlsx(bytes: &[u8]) -> Result<ReadWorkbook, XlsxError> {
    let mut reading = XlsxReading::new(bytes)?;
    loop {
        if let Some(done) = reading.step(&mut || true) {
            return done;
        }
    }
}

/// Unpacked bytes, or XML events, between two questions whether to go on: a few milliseconds.
const UNPACK_SLICE: usize = 1 << 20;
const EVENT_SLICE: usize = 8_192;

/// A workbook read a slice at a time, so that a page can show progress and a cancel between
/// slices (a sheet of 100,000 rows is 17 MB of XML and a second or more of work). The small
/// parts are read and checked at once; shared strings and sheets in slices.
pub struct XlsxReading<'a> {
    zip: ZipReader<'a>,
    budget: Budget,
    shared: Vec<String>,
    date_styles: Vec<bool>,
    /// Sheets still to read: (name, part).
    waiting: std::collections::VecDeque<(String, String)>,
    stage: Stage,
    out: ReadWorkbook,
    cells: usize,
    /// Bytes of the large parts: all of them, and those of parts finished.
    total: usize,
    finished: usize,
}

enum Stage {
    SharedUnpacking(Unpacking),
    SharedParsing(String, SharedCursor),
    NextSheet,
    SheetUnpacking(String, String, Unpacking),
    SheetParsing(String, String, String, SheetCursor),
    Done,
}

impl<'a> XlsxReading<'a> {
    pub fn new(bytes: &'a [u8]) -> Result<XlsxReading<'a>, XlsxError> {
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
        let date_styles = match zip.has("xl/styles.xml") {
            true => date_styles(&budget.read(&zip, "xl/styles.xml")?)?,
            false => Vec::new(),
        };
        let waiting: std::collections::VecDeque<(String, String)> = sheet_list(&workbook)?
            .into_iter()
            .filter_map(|(name, id)| {
                let target = relations.get(&id)?;
                let path = match target.strip_prefix('/') {
                    Some(absolute) => absolute.to_string(),
                    None => format!("xl/{target}"),
                };
                Some((name, path))
            })
            .collect();
        let size = |part: &str| {
            zip.entries
                .iter()
                .find(|e| e.name == part)
                .map_or(0, |e| e.size())
        };
        let total = size("xl/sharedStrings.xml") + waiting.iter().map(|(_, path)| size(path)).sum::<usize>();
        let stage = match zip.has("xl/sharedStrings.xml") {
            true => Stage::SharedUnpacking(zip.unpack("xl/sharedStrings.xml", budget.part_limit())?),
            false => Stage::NextSheet,
        };
        Ok(XlsxReading {
            zip,
            budget,
            shared: Vec::new(),
            date_styles,
            waiting,
            stage,
            out: ReadWorkbook::default(),
            cells: 0,
            total,
            finished: 0,
        })
    }

    /// Reads on while `more()` says so (asked every few milliseconds of work); the workbook, or
    /// why it cannot be read, once it is done. Not called again after that.
    pub fn step(&mut self, more: &mut dyn FnMut() -> bool) -> Option<Result<ReadWorkbook, XlsxError>> {
        loop {
            match self.advance() {
                Ok(true) => return Some(Ok(std::mem::take(&mut self.out))),
                Ok(false) => {}
                Err(error) => {
                    self.stage = Stage::Done;
                    return Some(Err(error));
                }
            }
            if !more() {
                return None;
            }
        }
    }

    /// How far the reading is, in thousandths: unpacking is half the work of a part, reading
    /// its XML the other half.
    pub fn per_mille(&self) -> u32 {
        let current = match &self.stage {
            Stage::SharedUnpacking(u) | Stage::SheetUnpacking(_, _, u) => u.progress().0 / 2,
            Stage::SharedParsing(xml, c) => (xml.len() + c.at) / 2,
            Stage::SheetParsing(_, _, xml, c) => (xml.len() + c.at) / 2,
            Stage::NextSheet | Stage::Done => 0,
        };
        match self.total as u64 {
            0 => 0,
            // In u64: 17 MB of XML times a thousand does not fit the wasm's 32-bit usize.
            total => ((self.finished + current) as u64 * 1000 / total).min(1000) as u32,
        }
    }

    /// One slice of work; whether the whole workbook is read.
    fn advance(&mut self) -> Result<bool, XlsxError> {
        match &mut self.stage {
            Stage::SharedUnpacking(unpacking) => {
                if let Some(bytes) = unpacking.step(&self.zip, UNPACK_SLICE)? {
                    let xml = self.budget.take("xl/sharedStrings.xml", bytes)?;
                    self.stage = Stage::SharedParsing(xml, SharedCursor::default());
                }
            }
            Stage::SharedParsing(xml, cursor) => {
                if cursor.advance(xml, EVENT_SLICE)? {
                    self.finished += xml.len();
                    self.shared = std::mem::take(&mut cursor.out);
                    self.stage = Stage::NextSheet;
                }
            }
            Stage::NextSheet => match self.waiting.pop_front() {
                None => {
                    self.stage = Stage::Done;
                    return Ok(true);
                }
                Some((name, path)) => {
                    let unpacking = self.zip.unpack(&path, self.budget.part_limit())?;
                    self.stage = Stage::SheetUnpacking(name, path, unpacking);
                }
            },
            Stage::SheetUnpacking(name, path, unpacking) => {
                if let Some(bytes) = unpacking.step(&self.zip, UNPACK_SLICE)? {
                    let xml = self.budget.take(path, bytes)?;
                    let (name, path) = (std::mem::take(name), std::mem::take(path));
                    self.stage = Stage::SheetParsing(name, path, xml, SheetCursor::default());
                }
            }
            Stage::SheetParsing(name, path, xml, cursor) => {
                let place = Place {
                    sheet: name,
                    part: path,
                    shared: &self.shared,
                    date_styles: &self.date_styles,
                };
                let finished =
                    cursor.advance(&place, xml, EVENT_SLICE, &mut self.cells, &mut self.out.formulas)?;
                if finished {
                    self.finished += xml.len();
                    self.out.sheets.push(ReadSheet {
                        name: std::mem::take(name),
                        rows: std::mem::take(&mut cursor.rows),
                    });
                    self.stage = Stage::NextSheet;
                }
            }
            Stage::Done => return Ok(true),
        }
        Ok(false)
    }
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

/// The shared strings read so far: each `<si>`'s text, rich-text runs joined, phonetic hints
/// left out.
#[derive(Default)]
struct SharedCursor {
    at: usize,
    out: Vec<String>,
    current: String,
    in_text: bool,
    in_phonetic: bool,
}

impl SharedCursor {
    /// Reads at most `events` more; whether the part is read to its end.
    fn advance(&mut self, xml: &str, events: usize) -> Result<bool, XlsxError> {
        let mut at = self.at;
        let done = read_events(xml, &mut at, "xl/sharedStrings.xml", events, |event| {
            match event {
                Event::Start { name, empty, .. } => match local(name) {
                    "si" if !empty => self.current.clear(),
                    "si" => self.out.push(String::new()),
                    "t" => self.in_text = !empty,
                    "rPh" => self.in_phonetic = !empty,
                    _ => {}
                },
                Event::End { name } => match local(name) {
                    "si" => self.out.push(std::mem::take(&mut self.current)),
                    "t" => self.in_text = false,
                    "rPh" => self.in_phonetic = false,
                    _ => {}
                },
                Event::Text(text) if self.in_text && !self.in_phonetic => self.current.push_str(&text),
                Event::Text(_) => {}
            }
            Ok(())
        });
        self.at = at;
        done
    }
}

/// Reads at most `events` more events of the part `xml` from `*at`, each handed to `take`;
/// whether the part is read to its end. `*at` is where the next slice goes on.
fn read_events<'x>(
    xml: &'x str,
    at: &mut usize,
    part: &str,
    events: usize,
    mut take: impl FnMut(Event<'x>) -> Result<(), XlsxError>,
) -> Result<bool, XlsxError> {
    let mut reader = XmlReader::resume(xml, *at);
    for _ in 0..events {
        let event = reader.next_event().map_err(xml_error(part));
        *at = reader.position();
        match event? {
            Some(event) => take(event)?,
            None => return Ok(true),
        }
    }
    Ok(false)
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

/// The sheet a cursor reads, and what its cells refer to.
struct Place<'p> {
    sheet: &'p str,
    part: &'p str,
    shared: &'p [String],
    date_styles: &'p [bool],
}

/// A sheet read so far, and the cell being read when the slice ended.
#[derive(Default)]
struct SheetCursor {
    at: usize,
    rows: Vec<Vec<Value>>,
    row_index: usize,
    next_column: usize,
    /// The cell being read: where, its type and style.
    cell: Option<(usize, usize, String, usize)>,
    value: Option<String>,
    inline: String,
    formula: Option<String>,
    reading: Option<&'static str>,
}

impl SheetCursor {
    /// Reads at most `events` more; whether the sheet is read to its end.
    fn advance(
        &mut self,
        place: &Place,
        xml: &str,
        events: usize,
        cells: &mut usize,
        formulas: &mut usize,
    ) -> Result<bool, XlsxError> {
        let mut at = self.at;
        let done = read_events(xml, &mut at, place.part, events, |event| {
            self.take_event(place, event, cells, formulas)
        });
        self.at = at;
        done
    }

    /// One event of the sheet: a row, a cell's start, its text, its end (when it is stored).
    fn take_event(
        &mut self,
        place: &Place,
        event: Event,
        cells: &mut usize,
        formulas: &mut usize,
    ) -> Result<(), XlsxError> {
        let too_many_rows = || XlsxError::TooManyRows {
            sheet: place.sheet.to_string(),
            limit: MAX_ROWS,
        };
        match event {
            Event::Start {
                name,
                attributes,
                empty,
            } => match local(name) {
                "row" => {
                    let rows = &self.rows;
                    self.row_index = attribute(&attributes, "r")
                        .and_then(|r| r.parse::<usize>().ok())
                        .map(|r| r.saturating_sub(1))
                        .unwrap_or(rows.len().max(self.row_index + usize::from(!rows.is_empty())));
                    self.next_column = 0;
                    if self.row_index >= MAX_ROWS {
                        return Err(too_many_rows());
                    }
                }
                "c" => {
                    let (r, c) = attribute(&attributes, "r")
                        .and_then(parse_ref)
                        .unwrap_or((self.row_index, self.next_column));
                    self.next_column = c + 1;
                    let kind = attribute(&attributes, "t").unwrap_or("n").to_string();
                    let style = attribute(&attributes, "s")
                        .and_then(|s| s.parse().ok())
                        .unwrap_or(0);
                    self.cell = (!empty).then_some((r, c, kind, style));
                    (self.value, self.formula) = (None, None);
                    self.inline.clear();
                }
                "v" if !empty => self.reading = Some("v"),
                "t" if !empty => self.reading = Some("t"),
                "f" => {
                    self.formula = Some(String::new());
                    self.reading = (!empty).then_some("f");
                }
                _ => {}
            },
            Event::Text(text) => match self.reading {
                Some("v") => self.value.get_or_insert_with(String::new).push_str(&text),
                Some("t") => self.inline.push_str(&text),
                Some("f") => self.formula.get_or_insert_with(String::new).push_str(&text),
                _ => {}
            },
            Event::End { name } => match local(name) {
                "v" | "t" | "f" => self.reading = None,
                "c" => {
                    let Some((r, c, kind, style)) = self.cell.take() else {
                        return Ok(());
                    };
                    if self.formula.is_some() {
                        *formulas += 1;
                    }
                    let read = self.value_of(place, &kind, style, (r, c))?;
                    if read == Value::Empty {
                        return Ok(());
                    }
                    *cells += 1;
                    if *cells > MAX_CELLS {
                        return Err(XlsxError::TooManyCells { limit: MAX_CELLS });
                    }
                    if r >= MAX_ROWS {
                        return Err(too_many_rows());
                    }
                    if self.rows.len() <= r {
                        self.rows.resize(r + 1, Vec::new());
                    }
                    let row = &mut self.rows[r];
                    if c >= 16_384 {
                        return Ok(());
                    }
                    if row.len() <= c {
                        row.resize(c + 1, Value::Empty);
                    }
                    row[c] = read;
                }
                _ => {}
            },
        }
        Ok(())
    }

    /// The value of the cell just ended, by its type and style.
    fn value_of(
        &mut self,
        place: &Place,
        kind: &str,
        style: usize,
        (r, c): (usize, usize),
    ) -> Result<Value, XlsxError> {
        Ok(match (kind, self.value.take()) {
            (_, None) if self.formula.is_some() => Value::Uncomputed(self.formula.take().unwrap_or_default()),
            ("inlineStr", _) => Value::Text(std::mem::take(&mut self.inline)),
            ("s", Some(v)) => {
                let index: usize = v.trim().parse().unwrap_or(usize::MAX);
                match place.shared.get(index) {
                    Some(text) => Value::Text(text.clone()),
                    None => {
                        return Err(XlsxError::SharedString {
                            sheet: place.sheet.to_string(),
                            cell: cell_ref(r, c),
                            index,
                        })
                    }
                }
            }
            ("str" | "e", Some(v)) => Value::Text(v),
            ("b", Some(v)) => Value::Bool(v.trim() == "1"),
            (_, Some(v)) => match v.trim().parse::<f64>() {
                Ok(n) if place.date_styles.get(style).copied().unwrap_or(false) => {
                    Value::Date(serial_date(n.floor() as i64))
                }
                Ok(n) => Value::Number(n),
                Err(_) => Value::Text(v),
            },
            (_, None) => Value::Empty,
        })
    }
}
