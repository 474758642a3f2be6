//! A plan workbook read back: the lines sheet is what counts for the lines (edits made in Excel
//! are taken over), the plan file inside it for the rest. Read a slice at a time
//! ([`PlanWorkbookReading`]), so that a page can show progress and a cancel: 100,000 rows are a
//! second of work or more.

use std::collections::BTreeMap;

use serde_json::{json, Value as Json};

use crate::check::error::DataError;
use crate::check::reason::Reason;
use crate::lang::Lang;
use crate::plan::import::PlanImportError;
use crate::plan::org::Org;
use crate::plan::sheet_import::{LineKey, SheetImport};
use crate::plan::types::{YearAmount, MAX_AMOUNT_EUR, MAX_FTE_HUNDREDTHS, PLAN_YEARS};
use crate::plan::workbook::{names_plan_column, plan_column_label, PLAN_COLUMNS, PLAN_DATA_SHEET};
use crate::sheet::columns::{positions, repeated_header};
use crate::sheet::common::file_sheet_text;
use crate::sheet::problem::SheetProblem;
use crate::sheet::xlsx_read::{ReadWorkbook, XlsxReading};
use crate::sheet::{amount_cell, cell_ref, scaled_whole, ReadSheet, Value};
use crate::text::i18n::{t, Key};

pub(crate) fn sheet_error(
    file: &str,
    sheet: &str,
    row: usize,
    column: usize,
    problem: SheetProblem,
) -> DataError {
    DataError::new(
        file,
        format!("{sheet}!{}", cell_ref(row, column)),
        Reason::Spreadsheet(problem),
    )
}

/// A refusal of the whole lines sheet, at a cell of its header row.
fn invalid_at(file: &str, sheet: &str, column: usize, problem: SheetProblem) -> PlanImportError {
    PlanImportError::Invalid(vec![sheet_error(file, sheet, 0, column, problem)])
}

fn invalid(file: &str, problem: SheetProblem) -> PlanImportError {
    PlanImportError::Invalid(vec![DataError::new(file, "$", Reason::Spreadsheet(problem))])
}

/// One line of the lines sheet, as read.
struct SheetLine {
    /// The row it was first met in (1-based): its lead, contributors and budget are the line's.
    first_row: usize,
    lead: String,
    contributors: Vec<String>,
    envelope: String,
    /// Per year: EUR, FTE in hundredths, and the row (1-based, as the spreadsheet numbers it).
    years: BTreeMap<u16, (i64, u32, usize)>,
}

/// At most this many refusals are listed; the rest are counted (as they are met: 100,000 of
/// them would be a long wait for a list nobody reads).
const LISTED_ERRORS: usize = 50;

/// Where a line sheet (the plan's lines, a request's) keeps a line's codes, year and amounts.
pub(crate) struct LineColumns {
    pub country: usize,
    pub instrument: usize,
    pub year: usize,
    pub eur: usize,
    pub fte: usize,
}

/// One row of a line sheet: its line, plan year and amounts, each checked by its cell. A row
/// that does not read adds its refusal (with the cell, in words) to `errors` and gives `None`;
/// `instrument_name` is what the row calls the instrument, for a missing code.
pub(crate) fn read_line_row(
    file: &str,
    sheet: &ReadSheet,
    row: usize,
    at: &LineColumns,
    instrument_name: &str,
    errors: &mut Vec<DataError>,
) -> Option<(LineKey, u16, YearAmount)> {
    let text = |column: usize| sheet.cell(row, column).as_text().trim().to_string();
    let refuse = |errors: &mut Vec<DataError>, column: usize, problem: SheetProblem| {
        errors.push(sheet_error(file, &sheet.name, row, column, problem));
    };
    let (country, instrument) = (text(at.country), text(at.instrument));
    if instrument.is_empty() {
        refuse(
            errors,
            at.instrument,
            SheetProblem::MissingInstrument(instrument_name.to_string()),
        );
        return None;
    }
    if country.is_empty() {
        refuse(errors, at.country, SheetProblem::MissingCountry);
        return None;
    }
    let mut number = |column: usize, read: &dyn Fn(&Value) -> Result<f64, SheetProblem>| {
        read(sheet.cell(row, column))
            .map_err(|why| refuse(errors, column, why))
            .ok()
    };
    let year = number(at.year, &|v| scaled_whole(v, 1.0));
    let eur = number(at.eur, &|v| amount_cell(v, 1.0, MAX_AMOUNT_EUR, false));
    let fte = number(at.fte, &|v| {
        amount_cell(v, 100.0, i64::from(MAX_FTE_HUNDREDTHS), true)
    });
    let (Some(year), Some(eur), Some(fte)) = (year, eur, fte) else {
        return None;
    };
    let Some(&year) = PLAN_YEARS.iter().find(|y| f64::from(**y) == year) else {
        refuse(
            errors,
            at.year,
            SheetProblem::YearOutsidePlan {
                written: crate::sheet::number_text(year),
                first: PLAN_YEARS[0],
                last: PLAN_YEARS[PLAN_YEARS.len() - 1],
            },
        );
        return None;
    };
    let amount = YearAmount {
        eur: eur as i64,
        fte_hundredths: fte as u32,
    };
    Some(((country, instrument), year, amount))
}

/// Rows of the lines sheet, or lines written, between two questions whether to go on.
const ROW_SLICE: usize = 2_000;
const LINE_SLICE: usize = 500;

/// The lines sheet read so far: by (country, instrument), in the order first met. Every row is
/// accounted for: a line's year, a repeat of an earlier row with the same values, an empty row,
/// the totals row; anything else refuses the file with the cell and the reason.
struct LinesReading {
    /// The sheet's place in the workbook.
    sheet: usize,
    at: BTreeMap<&'static str, usize>,
    columns: LineColumns,
    name_column: Option<usize>,
    totals: [&'static str; 2],
    lines: Vec<(LineKey, SheetLine)>,
    index: BTreeMap<LineKey, usize>,
    errors: Vec<DataError>,
    /// Refusals met beyond those listed.
    unlisted: usize,
    next_row: usize,
}

impl LinesReading {
    fn new(
        file: &str,
        index: usize,
        sheet: &ReadSheet,
        report: &mut SheetImport,
    ) -> Result<LinesReading, PlanImportError> {
        let header = sheet.header();
        if let Some((again, problem)) = repeated_header(header, &PLAN_COLUMNS) {
            return Err(invalid_at(file, &sheet.name, again, problem));
        }
        let found = positions(header, &PLAN_COLUMNS);
        let mut errors = Vec::new();
        let mut at = BTreeMap::new();
        for code in [
            "country",
            "instrument",
            "lead",
            "contributors",
            "envelope",
            "year",
            "eur",
            "fte",
        ] {
            match found.get(code) {
                Some(&index) => {
                    at.insert(code, index);
                }
                // Named as the app writes it, in both languages (either is read).
                None => errors.push(sheet_error(
                    file,
                    &sheet.name,
                    0,
                    0,
                    SheetProblem::MissingColumn(format!(
                        "{} / {}",
                        plan_column_label(code, Lang::Nl),
                        plan_column_label(code, Lang::En)
                    )),
                )),
            }
        }
        if !errors.is_empty() {
            return Err(PlanImportError::Invalid(errors));
        }
        report.sheet = sheet.name.clone();
        report.rows = sheet.rows.len().saturating_sub(1);
        Ok(LinesReading {
            sheet: index,
            columns: LineColumns {
                country: at["country"],
                instrument: at["instrument"],
                year: at["year"],
                eur: at["eur"],
                fte: at["fte"],
            },
            at,
            name_column: found.get("instrument_name").copied(),
            totals: [t(Lang::Nl, Key::TotalRow), t(Lang::En, Key::TotalRow)],
            lines: Vec::new(),
            index: BTreeMap::new(),
            errors,
            unlisted: 0,
            next_row: 1,
        })
    }

    /// Reads at most `rows` more rows; whether the sheet is read to its end. A row read is
    /// emptied: the cells of 100,000 rows let go of at once were a long wait of their own.
    fn advance(&mut self, file: &str, sheet: &mut ReadSheet, report: &mut SheetImport, rows: usize) -> bool {
        let end = self.next_row.saturating_add(rows).min(sheet.rows.len());
        for row in self.next_row..end {
            self.read_row(file, sheet, row, report);
            sheet.rows[row] = Vec::new();
            if self.errors.len() > LISTED_ERRORS {
                self.unlisted += self.errors.len() - LISTED_ERRORS;
                self.errors.truncate(LISTED_ERRORS);
            }
        }
        self.next_row = end.max(self.next_row);
        self.next_row >= sheet.rows.len()
    }

    fn read_row(&mut self, file: &str, sheet: &ReadSheet, row: usize, report: &mut SheetImport) {
        let cells = &sheet.rows[row];
        let text = |code: &str| sheet.cell(row, self.at[code]).as_text().trim().to_string();
        if cells.iter().all(|c| c.as_text().trim().is_empty()) {
            report.empty_rows += 1;
            return;
        }
        if text("instrument").is_empty() && self.totals.contains(&text("country").as_str()) {
            report.total_rows += 1;
            return;
        }
        let name = self
            .name_column
            .map(|c| sheet.cell(row, c).as_text().trim().to_string())
            .unwrap_or_default();
        let Some((key, year, amount)) =
            read_line_row(file, sheet, row, &self.columns, &name, &mut self.errors)
        else {
            return;
        };
        // The sheet is the plan: an amount left blank is not read as 0 (the first sheet says
        // an empty cell never is), it is asked for.
        for column in [self.columns.eur, self.columns.fte] {
            if sheet.cell(row, column).as_text().trim().is_empty() {
                let problem = SheetProblem::BlankAmount;
                self.errors
                    .push(sheet_error(file, &sheet.name, row, column, problem));
                return;
            }
        }
        let contributors: Vec<String> = text("contributors")
            .split(';')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        let at_line = match self.index.get(&key) {
            Some(&i) => i,
            None => {
                self.index.insert(key.clone(), self.lines.len());
                self.lines.push((
                    key,
                    SheetLine {
                        first_row: row + 1,
                        lead: text("lead"),
                        contributors: contributors.clone(),
                        envelope: text("envelope"),
                        years: BTreeMap::new(),
                    },
                ));
                self.lines.len() - 1
            }
        };
        // Organisations as the app writes them, checked at a line's first row (its other rows
        // must say the same): another spelling is refused here, with its cell, rather than
        // later in the plan file's terms.
        let lead = text("lead");
        let first_of_line = self.lines[at_line].1.first_row == row + 1;
        for (code, written) in std::iter::once(("lead", lead.as_str()))
            .chain(contributors.iter().map(|c| ("contributors", c.as_str())))
            .filter(|_| first_of_line)
        {
            if Org::from_code(written).is_none() {
                self.errors.push(sheet_error(
                    file,
                    &sheet.name,
                    row,
                    self.at[code],
                    SheetProblem::UnknownOrganisation {
                        written: written.to_string(),
                        known: Org::ALL.iter().map(|o| o.code().to_string()).collect(),
                    },
                ));
            }
        }
        let line = &mut self.lines[at_line].1;
        // A line has one lead, one set of contributors and one budget: a row of it that says
        // otherwise is not read over, it refuses the file with both.
        for (code, here, first) in [
            ("lead", text("lead"), line.lead.clone()),
            (
                "contributors",
                contributors.join(";"),
                line.contributors.join(";"),
            ),
            ("envelope", text("envelope"), line.envelope.clone()),
        ] {
            if here != first {
                self.errors.push(sheet_error(
                    file,
                    &sheet.name,
                    row,
                    self.at[code],
                    SheetProblem::LineDiffers {
                        column: code.to_string(),
                        first_row: line.first_row,
                        first,
                        here,
                    },
                ));
            }
        }
        let (eur, fte) = (amount.eur, amount.fte_hundredths);
        match line.years.get(&year) {
            Some(&(e, f, first)) if (e, f) == (eur, fte) => report.repeated.push((row + 1, first)),
            Some(&(e, f, first)) => {
                self.errors.push(sheet_error(
                    file,
                    &sheet.name,
                    row,
                    self.at["eur"],
                    SheetProblem::DuplicateRow {
                        first_row: first,
                        values: (eur, fte),
                        first_values: (e, f),
                    },
                ));
            }
            None => {
                line.years.insert(year, (eur, fte, row + 1));
            }
        }
    }

    fn finish(
        mut self,
        file: &str,
        sheet: &str,
        report: &mut SheetImport,
    ) -> Result<Vec<(LineKey, SheetLine)>, PlanImportError> {
        report.lines = self.lines.len();
        if self.errors.is_empty() {
            return Ok(self.lines);
        }
        if self.unlisted > 0 {
            self.errors.push(DataError::new(
                file,
                sheet,
                Reason::Spreadsheet(SheetProblem::MoreErrors(self.unlisted)),
            ));
        }
        Err(PlanImportError::Invalid(self.errors))
    }
}

/// The plan file's rows made from the lines read, a slice at a time, counting the text they
/// will make: a workbook that would be a larger plan than a plan file may be is refused with
/// its size before the text is written.
struct RowsWriting {
    /// The plan file with its rows taken out.
    document: Json,
    /// Its text's length so, with `[]` for the rows.
    bare_bytes: usize,
    old: Vec<Json>,
    old_by_key: BTreeMap<LineKey, usize>,
    lines: Vec<(LineKey, SheetLine)>,
    next: usize,
    rows: Vec<Json>,
    rows_bytes: usize,
}

fn key_of(row: &Json) -> LineKey {
    (
        row["country"].as_str().unwrap_or_default().to_string(),
        row["instrument"].as_str().unwrap_or_default().to_string(),
    )
}

impl RowsWriting {
    fn new(
        mut document: Json,
        lines: Vec<(LineKey, SheetLine)>,
        report: &mut SheetImport,
    ) -> Result<RowsWriting, PlanImportError> {
        let Some(rows) = document
            .pointer_mut("/scenario/plan/rows")
            .and_then(Json::as_array_mut)
        else {
            return Err(PlanImportError::NoPlan);
        };
        let old: Vec<Json> = std::mem::take(rows);
        let old_by_key: BTreeMap<LineKey, usize> =
            old.iter().enumerate().map(|(i, r)| (key_of(r), i)).collect();
        let in_sheet: std::collections::BTreeSet<&LineKey> = lines.iter().map(|(k, _)| k).collect();
        report.removed = old.iter().map(key_of).filter(|k| !in_sheet.contains(k)).collect();
        Ok(RowsWriting {
            bare_bytes: document.to_string().len(),
            document,
            old,
            old_by_key,
            rows: Vec::with_capacity(lines.len()),
            lines,
            next: 0,
            rows_bytes: 0,
        })
    }

    /// Writes at most `count` more rows; whether all are written.
    fn advance(&mut self, today: &str, report: &mut SheetImport, count: usize) -> bool {
        let end = self.next.saturating_add(count).min(self.lines.len());
        for (key, line) in &self.lines[self.next..end] {
            let previous = self.old_by_key.get(key).map(|&i| &self.old[i]);
            let mut years = serde_json::Map::new();
            for (year, (eur, fte, _)) in &line.years {
                let had = previous.is_some_and(|p| p["years"].get(year.to_string()).is_some());
                if *eur != 0 || *fte != 0 || had {
                    years.insert(year.to_string(), json!({ "eur": eur, "fte_hundredths": fte }));
                }
            }
            let mut row = previous
                .cloned()
                .unwrap_or_else(|| json!({ "country": key.0, "instrument": key.1, "added": today }));
            row["lead"] = json!(line.lead);
            row["contributors"] = json!(line.contributors);
            row["envelope"] = json!(line.envelope);
            row["years"] = Json::Object(years);
            match previous {
                None => report.added.push(key.clone()),
                Some(before) if *before != row => report.changed.push(key.clone()),
                Some(_) => {}
            }
            // The row's text, and the comma before it in the array.
            self.rows_bytes += row.to_string().len() + usize::from(!self.rows.is_empty());
            self.rows.push(row);
        }
        self.next = end;
        self.next >= self.lines.len()
    }

    /// The plan file's text, or the refusal of a workbook that makes one larger than allowed.
    fn finish(mut self, file: &str, file_bytes: usize) -> Result<String, PlanImportError> {
        let content_bytes = self.bare_bytes + self.rows_bytes;
        if content_bytes > crate::check::dataset::MAX_FILE_BYTES {
            return Err(PlanImportError::Invalid(vec![DataError::new(
                file,
                "$",
                Reason::WorkbookTooLarge {
                    content_bytes: content_bytes as u64,
                    file_bytes: file_bytes as u64,
                },
            )]));
        }
        if let Some(rows) = self.document.pointer_mut("/scenario/plan/rows") {
            *rows = Json::Array(self.rows);
        }
        let text = self.document.to_string();
        debug_assert_eq!(text.len(), content_bytes, "the size counted is the text's");
        Ok(text)
    }
}

/// A plan workbook being read: the workbook, then its lines sheet, then the plan's rows.
pub struct PlanWorkbookReading<'a> {
    file: String,
    today: String,
    file_bytes: usize,
    report: SheetImport,
    stage: Stage<'a>,
}

enum Stage<'a> {
    Workbook(XlsxReading<'a>),
    Lines(ReadWorkbook, Json, LinesReading),
    Rows(RowsWriting),
    Done,
}

/// Where each stage ends, in thousandths of the whole (measured: the workbook is about nine
/// tenths of the time; docs/benchmarks-log.md).
const WORKBOOK_END: u32 = 880;
const LINES_END: u32 = 970;

impl<'a> PlanWorkbookReading<'a> {
    pub fn new(file: &str, bytes: &'a [u8], today: &str) -> Result<PlanWorkbookReading<'a>, PlanImportError> {
        let reading = XlsxReading::new(bytes).map_err(|e| invalid(file, SheetProblem::Xlsx(e)))?;
        Ok(PlanWorkbookReading {
            file: file.to_string(),
            today: today.to_string(),
            file_bytes: bytes.len(),
            report: SheetImport::default(),
            stage: Stage::Workbook(reading),
        })
    }

    /// Reads on while `more()` says so (asked every few milliseconds of work); once done, the
    /// plan file's text and what happened to every row, or why the workbook is refused. Not
    /// called again after that.
    #[allow(clippy::type_complexity)]
    pub fn step(
        &mut self,
        more: &mut dyn FnMut() -> bool,
    ) -> Option<Result<(String, SheetImport), PlanImportError>> {
        loop {
            match self.advance(more) {
                Ok(None) => {}
                Ok(Some(text)) => return Some(Ok((text, std::mem::take(&mut self.report)))),
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

    /// How far the reading is, in thousandths.
    pub fn per_mille(&self) -> u32 {
        let part = |from: u32, to: u32, done: usize, of: usize| match of as u64 {
            0 => from,
            of => from + (u64::from(to - from) * (done as u64).min(of) / of) as u32,
        };
        match &self.stage {
            Stage::Workbook(reading) => reading.per_mille() * WORKBOOK_END / 1000,
            Stage::Lines(book, _, lines) => part(
                WORKBOOK_END,
                LINES_END,
                lines.next_row,
                book.sheets[lines.sheet].rows.len(),
            ),
            Stage::Rows(rows) => part(LINES_END, 1000, rows.next, rows.lines.len()),
            Stage::Done => 1000,
        }
    }

    /// One slice of work; the plan file's text once all is done.
    fn advance(&mut self, more: &mut dyn FnMut() -> bool) -> Result<Option<String>, PlanImportError> {
        let file = self.file.as_str();
        let report = &mut self.report;
        self.stage = match std::mem::replace(&mut self.stage, Stage::Done) {
            Stage::Workbook(mut reading) => match reading.step(more) {
                None => Stage::Workbook(reading),
                Some(book) => {
                    let book = book.map_err(|e| invalid(file, SheetProblem::Xlsx(e)))?;
                    let (document, lines) = lines_sheet(file, &book, report)?;
                    Stage::Lines(book, document, lines)
                }
            },
            Stage::Lines(mut book, document, mut lines) => {
                let sheet = &mut book.sheets[lines.sheet];
                match lines.advance(file, sheet, report, ROW_SLICE) {
                    false => Stage::Lines(book, document, lines),
                    true => {
                        let lines = lines.finish(file, &sheet.name, report)?;
                        Stage::Rows(RowsWriting::new(document, lines, report)?)
                    }
                }
            }
            Stage::Rows(mut rows) => match rows.advance(&self.today, report, LINE_SLICE) {
                false => Stage::Rows(rows),
                true => return rows.finish(file, self.file_bytes).map(Some),
            },
            Stage::Done => Stage::Done,
        };
        Ok(None)
    }
}

/// The plan file inside the workbook, and its lines sheet ready to be read.
fn lines_sheet(
    file: &str,
    book: &ReadWorkbook,
    report: &mut SheetImport,
) -> Result<(Json, LinesReading), PlanImportError> {
    let data = book
        .sheet(PLAN_DATA_SHEET)
        .ok_or_else(|| invalid(file, SheetProblem::MissingSheet(PLAN_DATA_SHEET.to_string())))?;
    let document: Json =
        serde_json::from_str(&file_sheet_text(data)).map_err(|_| PlanImportError::NotAScenario)?;
    let lines_like = |s: &ReadSheet| {
        s.rows.first().is_some_and(|h| {
            h.first()
                .is_some_and(|c| names_plan_column(c.as_text().trim(), "country"))
                && h.iter().any(|c| names_plan_column(c.as_text().trim(), "eur"))
        })
    };
    let Some(index) = book.own_or_first(Key::SheetPlanLines, lines_like) else {
        return Err(invalid(
            file,
            SheetProblem::MissingSheet(t(Lang::Nl, Key::SheetPlanLines).to_string()),
        ));
    };
    let lines = LinesReading::new(file, index, &book.sheets[index], report)?;
    Ok((document, lines))
}

/// The plan file inside an `.xlsx` the app wrote, with the lines as the sheet now has them:
/// amounts edited in Excel are taken over, lines added there are added (dated `today`), lines
/// deleted there are removed; what happened to every row is in the report. The text is then
/// read as any plan file (and validated there). All at once: [`PlanWorkbookReading`] in slices.
pub fn plan_text_from_xlsx(
    file: &str,
    bytes: &[u8],
    today: &str,
) -> Result<(String, SheetImport), PlanImportError> {
    let mut reading = PlanWorkbookReading::new(file, bytes, today)?;
    loop {
        if let Some(done) = reading.step(&mut || true) {
            return done;
        }
    }
}
