//! A contribution request as a workbook an organisation fills in with Excel, and its answer
//! read back: first what to do, then one row per line × year with the plan's values beside the
//! columns to fill in (the answer's euros, FTE and note), and (hidden) the request itself, so
//! the answer is matched to its request and plan exactly as an answer made in the app. Headers
//! are in the reader's language; reading accepts them in either language or as codes.

use std::collections::BTreeMap;

use crate::check::error::DataError;
use crate::check::reason::Reason;
use crate::data::dataset::Dataset;
use crate::lang::Lang;
use crate::plan::contribution::{ContributionFile, ContributionKind};
use crate::plan::labels::org_name;
use crate::plan::org::Org;
use crate::plan::types::{AskedLine, YearAmount, PLAN_YEARS};
use crate::plan::workbook_read::{read_line_row, sheet_error, LineColumns};
use crate::sheet::columns::{glossary, labels, positions, repeated_header, NamedColumn};
use crate::sheet::common::{about_sheet, file_sheet, file_sheet_text, settings_sheet, About, Made};
use crate::sheet::problem::SheetProblem;
use crate::sheet::xlsx_read::{read_xlsx, ReadWorkbook, XlsxError};
use crate::sheet::{Cell, ReadSheet, Sheet, Workbook};
use crate::text::i18n::{t, Key};

/// The hidden sheet with the request as the app wrote it.
pub const CONTRIBUTION_DATA_SHEET: &str = "beleidsagenda-bijdrage";

pub const CONTRIBUTION_COLUMNS: [NamedColumn; 10] = [
    NamedColumn::new("country", Key::ColCountryCode),
    NamedColumn::new("country_name", Key::ColCountry),
    NamedColumn::new("instrument", Key::ColInstrumentCode),
    NamedColumn::new("instrument_name", Key::ColInstrument),
    NamedColumn::new("year", Key::ColYear),
    NamedColumn::new("base_eur", Key::ColBaseEur),
    NamedColumn::new("base_fte", Key::ColBaseFte),
    NamedColumn::new("eur", Key::ColAnswerEur),
    NamedColumn::new("fte", Key::ColAnswerFte),
    NamedColumn::new("note", Key::ColNote),
];

/// The columns an answer cannot be read without.
const NEEDED: [&str; 5] = ["country", "instrument", "year", "eur", "fte"];

/// The request (or an answer) as a workbook: first what is asked and how to answer, then the
/// lines to fill in, the request's particulars, and hidden the file itself.
pub fn contribution_workbook(file: &ContributionFile, dataset: &Dataset, lang: Lang, made: Made) -> Workbook {
    let request = &file.contribution;
    // An organisation by its name; a token the app does not know, as written.
    let organisation = |token: &str| match Org::from_token(token) {
        Some(org) => t(lang, org_name(org)).to_string(),
        None => token.to_string(),
    };
    let mut lines = Sheet::table(
        t(lang, Key::SheetContribution),
        &labels(&CONTRIBUTION_COLUMNS, lang),
    );
    for line in &request.lines {
        let instrument = dataset
            .instrument(&line.instrument)
            .map(|i| i.name.get(lang).to_string())
            .unwrap_or_default();
        for year in PLAN_YEARS {
            let base = line.base.get(&year).copied().unwrap_or_default();
            let now = line.years.get(&year).copied().unwrap_or_default();
            lines.rows.push(vec![
                Cell::text(&line.country),
                Cell::text(dataset.country_name(&line.country, lang)),
                Cell::text(&line.instrument),
                Cell::text(&instrument),
                Cell::number(f64::from(year)),
                Cell::euro(base.eur),
                Cell::fte(base.fte_hundredths),
                Cell::euro(now.eur),
                Cell::fte(now.fte_hundredths),
                Cell::text(&line.note),
            ]);
        }
    }
    lines.fit_columns();
    let settings = settings_sheet(
        vec![
            (
                t(lang, Key::ContributionRequestId).to_string(),
                Cell::text(&request.request_id),
            ),
            (
                t(lang, Key::ContributionOrganisation).to_string(),
                Cell::text(organisation(&request.organisation)),
            ),
            (
                t(lang, Key::ContributionRequestedBy).to_string(),
                Cell::text(organisation(&request.requested_by)),
            ),
            (
                t(lang, Key::ContributionRequestedOn).to_string(),
                Cell::date(&request.requested_on),
            ),
            (
                t(lang, Key::ContributionDeadline).to_string(),
                Cell::date(request.deadline.as_deref().unwrap_or_default()),
            ),
        ],
        lang,
    );
    let data = file_sheet(
        CONTRIBUTION_DATA_SHEET,
        &serde_json::to_string(file).unwrap_or_default(),
    );
    let about = About {
        what: Key::ContributionAboutWhat,
        how: Key::ContributionHowTo,
        made,
        sheets: vec![
            (lines.name.clone(), Key::PurposeContribution),
            (settings.name.clone(), Key::PurposeRequest),
            (data.name.clone(), Key::PurposeHidden),
        ],
        columns: glossary(&lines.name, &CONTRIBUTION_COLUMNS, lang),
    };
    Workbook {
        title: format!("{} {}", t(lang, Key::SheetContribution), request.request_id),
        confidential: made.confidential,
        sheets: vec![about_sheet(about, lang), lines, settings, data],
    }
}

/// The answer in a filled-in workbook, as the JSON an answer made in the app would be: the
/// request's lines with the years and notes the sheet now holds, answered `today` (an answer
/// already dated keeps its date). Read and checked further by `read_contribution`.
pub fn contribution_text_from_xlsx(file: &str, bytes: &[u8], today: &str) -> Result<String, Vec<DataError>> {
    let book = read_xlsx(bytes).map_err(|e| contribution_workbook_refused(file, e))?;
    contribution_text_from_workbook(file, &book, today)
}

/// A workbook that does not read, refused as an answer: why, for the whole file.
pub fn contribution_workbook_refused(file: &str, error: XlsxError) -> Vec<DataError> {
    vec![DataError::new(
        file,
        "$",
        Reason::Spreadsheet(SheetProblem::Xlsx(error)),
    )]
}

/// As [`contribution_text_from_xlsx`], from a workbook already read (in slices, by a page).
pub fn contribution_text_from_workbook(
    file: &str,
    book: &ReadWorkbook,
    today: &str,
) -> Result<String, Vec<DataError>> {
    let whole = |problem: SheetProblem| vec![DataError::new(file, "$", Reason::Spreadsheet(problem))];
    let data = book
        .sheet(CONTRIBUTION_DATA_SHEET)
        .ok_or_else(|| vec![DataError::new(file, "$", Reason::NotAContribution)])?;
    let text = file_sheet_text(data);
    let mut answer: ContributionFile =
        serde_json::from_str(&text).map_err(|_| vec![DataError::new(file, "$", Reason::NotAContribution)])?;
    let header_of = |s: &ReadSheet| positions(s.header(), &CONTRIBUTION_COLUMNS);
    let answer_like = |s: &ReadSheet| {
        let at = header_of(s);
        NEEDED.iter().all(|c| at.contains_key(*c))
    };
    let Some(sheet) = book
        .own_or_first(Key::SheetContribution, answer_like)
        .map(|index| &book.sheets[index])
    else {
        return Err(whole(SheetProblem::MissingSheet(
            t(Lang::Nl, Key::SheetContribution).to_string(),
        )));
    };
    if let Some((again, problem)) = repeated_header(sheet.header(), &CONTRIBUTION_COLUMNS) {
        return Err(vec![sheet_error(file, &sheet.name, 0, again, problem)]);
    }
    let at = header_of(sheet);
    let columns = LineColumns {
        country: at["country"],
        instrument: at["instrument"],
        year: at["year"],
        eur: at["eur"],
        fte: at["fte"],
    };
    let mut errors = Vec::new();
    // Per line: its years (with the row each came from) and its note. Every row is one of these,
    // an empty row, or a refusal with its cell: nothing is dropped without a word.
    // A blank answer cell is no answer: that value stays as asked (never 0), and so does a year
    // whose row is gone.
    let mut years: BTreeMap<(String, String), BTreeMap<u16, (Answered, usize)>> = BTreeMap::new();
    let mut notes: BTreeMap<(String, String), String> = BTreeMap::new();
    for (row, cells) in sheet.rows.iter().enumerate().skip(1) {
        let text = |code: &str| {
            at.get(code)
                .map(|c| sheet.cell(row, *c).as_text().trim().to_string())
                .unwrap_or_default()
        };
        if cells.iter().all(|c| c.as_text().trim().is_empty()) {
            continue;
        }
        let Some((key, year, amount)) =
            read_line_row(file, sheet, row, &columns, &text("instrument_name"), &mut errors)
        else {
            continue;
        };
        // A line has one note, written on each of its year rows; different notes on its rows
        // are all kept, in row order, so none typed is lost.
        let note = text("note");
        if !note.is_empty() {
            let kept = notes.entry(key.clone()).or_default();
            if !kept.split("; ").any(|n| n == note) {
                if !kept.is_empty() {
                    kept.push_str("; ");
                }
                kept.push_str(&note);
            }
        }
        let blank = |column: usize| sheet.cell(row, column).as_text().trim().is_empty();
        let answered = Answered {
            eur: (!blank(columns.eur)).then_some(amount.eur),
            fte_hundredths: (!blank(columns.fte)).then_some(amount.fte_hundredths),
        };
        match years.entry(key).or_default().entry(year) {
            std::collections::btree_map::Entry::Vacant(slot) => {
                slot.insert((answered, row + 1));
            }
            std::collections::btree_map::Entry::Occupied(first) if first.get().0 == answered => {}
            std::collections::btree_map::Entry::Occupied(first) => errors.push(sheet_error(
                file,
                &sheet.name,
                row,
                at["eur"],
                SheetProblem::DuplicateRow {
                    first_row: first.get().1,
                    values: (amount.eur, amount.fte_hundredths),
                    first_values: {
                        let first = first.get().0.over(YearAmount::default());
                        (first.eur, first.fte_hundredths)
                    },
                },
            )),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    for line in &mut answer.contribution.lines {
        let key = (line.country.clone(), line.instrument.clone());
        for (year, (answered, _)) in years.remove(&key).unwrap_or_default() {
            let asked = line.years.get(&year).copied().unwrap_or_default();
            let amount = answered.over(asked);
            // A year the line did not have stays out while the sheet leaves it empty.
            if !amount.is_empty() || line.base.contains_key(&year) || line.years.contains_key(&year) {
                line.years.insert(year, amount);
            }
        }
        line.note = notes.remove(&key).unwrap_or_default();
    }
    // Lines the sheet holds that the request did not ask for go into the answer as written, so
    // that the merge refuses and names them — the same rule as for an answer made in the app.
    for ((country, instrument), read) in years {
        answer.contribution.lines.push(AskedLine {
            note: notes
                .remove(&(country.clone(), instrument.clone()))
                .unwrap_or_default(),
            country,
            instrument,
            base: BTreeMap::new(),
            years: read
                .into_iter()
                .map(|(year, (answered, _))| (year, answered.over(YearAmount::default())))
                .collect(),
        });
    }
    if answer.contribution.kind == ContributionKind::Request {
        answer.contribution.kind = ContributionKind::Answer;
        answer.contribution.answered_on = Some(today.to_string());
    }
    serde_json::to_string(&answer).map_err(|e| whole(SheetProblem::NotANumber(e.to_string())))
}

/// One year of an answer as its row gives it: each value, or `None` where its cell is blank.
#[derive(Clone, Copy, PartialEq)]
struct Answered {
    eur: Option<i64>,
    fte_hundredths: Option<u32>,
}

impl Answered {
    /// The values given, the `asked` ones where a cell was left blank.
    fn over(self, asked: YearAmount) -> YearAmount {
        YearAmount {
            eur: self.eur.unwrap_or(asked.eur),
            fte_hundredths: self.fte_hundredths.unwrap_or(asked.fte_hundredths),
        }
    }
}
