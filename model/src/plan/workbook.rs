//! The plan as a workbook, both ways: one line per country × instrument × year with totals,
//! the settings and sources, and (hidden) the plan file itself; read back, the lines sheet is
//! what counts for the lines (edits made in Excel are taken over), the plan file for the rest.

use std::collections::BTreeMap;

use serde_json::{json, Value as Json};

use crate::check::error::DataError;
use crate::check::reason::Reason;
use crate::plan::action::PlanContext;
use crate::plan::file::PlanImportError;
pub use crate::plan::sheet_import::{LineKey, SheetImport};
use crate::plan::types::{Plan, YearAmount, MAX_AMOUNT_EUR, MAX_FTE_HUNDREDTHS, PLAN_YEARS};
use crate::selection::export::tier_code;
use crate::selection::Tier;
use crate::sheet::common::{file_sheet, file_sheet_text, settings_sheet, sources_sheet};
use crate::sheet::csv::{write_csv, Dialect};
use crate::sheet::problem::SheetProblem;
use crate::sheet::xlsx_read::read_xlsx;
use crate::sheet::{
    amount_cell, cell_ref, scaled_whole, Cell, NumberFormat, ReadSheet, Sheet, Value, Workbook,
};
use crate::text::i18n::{t, Key};
use crate::text::lang::Lang;

pub const PLAN_COLUMNS: [&str; 11] = [
    "country",
    "country_name",
    "tier",
    "instrument",
    "instrument_name",
    "lead",
    "contributors",
    "envelope",
    "year",
    "eur",
    "fte",
];

/// One line per country × instrument × year; amounts in euros and FTE as numbers; totals (in
/// the `.xlsx`) as `SUM` formulas over the lines with their value.
pub fn plan_sheet(
    plan: &Plan,
    context: PlanContext,
    tier_of: &dyn Fn(&str) -> Option<Tier>,
    lang: Lang,
) -> Sheet {
    let mut sheet = Sheet::table(t(lang, Key::SheetPlanLines), &PLAN_COLUMNS);
    let (mut total_eur, mut total_fte) = (0i64, 0u64);
    for row in &plan.rows {
        let country = context.dataset.country_name(&row.country, lang);
        let instrument = context
            .dataset
            .instrument(&row.instrument)
            .map(|i| i.name.get(lang).to_string())
            .unwrap_or_default();
        let contributors: Vec<&str> = row.contributors.iter().map(|o| o.code()).collect();
        for year in PLAN_YEARS {
            let amount = row.year(year);
            total_eur += amount.eur;
            total_fte += u64::from(amount.fte_hundredths);
            sheet.rows.push(vec![
                Cell::text(&row.country),
                Cell::text(&country),
                Cell::text(tier_code(tier_of(&row.country))),
                Cell::text(&row.instrument),
                Cell::text(&instrument),
                Cell::text(row.lead.code()),
                Cell::text(contributors.join(";")),
                Cell::text(&row.envelope),
                Cell::number(f64::from(year)),
                Cell::euro(amount.eur),
                Cell::fte(amount.fte_hundredths),
            ]);
        }
    }
    let last = sheet.rows.len() + 1;
    let mut total = vec![Cell::text(t(lang, Key::TotalRow))];
    total.extend(std::iter::repeat_n(Cell::Empty, 8));
    total.push(Cell::Formula {
        formula: format!("SUM(J2:J{last})"),
        value: total_eur as f64,
        format: NumberFormat::Euro,
    });
    total.push(Cell::Formula {
        formula: format!("SUM(K2:K{last})"),
        value: total_fte as f64 / 100.0,
        format: NumberFormat::Fte,
    });
    sheet.footer.push(total);
    sheet.fit_columns();
    sheet
}

pub fn plan_csv(
    plan: &Plan,
    context: PlanContext,
    tier_of: &dyn Fn(&str) -> Option<Tier>,
    lang: Lang,
    dialect: Dialect,
) -> String {
    write_csv(&plan_sheet(plan, context, tier_of, lang), dialect)
}

/// The name of the hidden sheet that carries the plan file itself, so the `.xlsx` the app
/// wrote reads back as the same plan (Excel keeps hidden sheets when it saves).
pub const PLAN_DATA_SHEET: &str = "beleidsagenda-plan";

/// The plan as an `.xlsx`: its lines with totals, the settings, the sources of the instruments
/// and budgets it uses, and (hidden) the plan file for reading it back.
pub fn plan_workbook(
    plan: &Plan,
    context: PlanContext,
    tier_of: &dyn Fn(&str) -> Option<Tier>,
    lang: Lang,
    plan_file_text: &str,
    confidential: bool,
    memo: &crate::plan::memo::MemoReport,
) -> Workbook {
    let lines = plan_sheet(plan, context, tier_of, lang);
    let mut used = std::collections::BTreeSet::new();
    for row in &plan.rows {
        if let Some(instrument) = context.dataset.instrument(&row.instrument) {
            used.insert(instrument.source.clone());
        }
        if let Some(envelope) = context.envelopes.iter().find(|e| e.id == row.envelope) {
            used.extend(envelope.sources.iter().map(|s| s.id.clone()));
        }
    }
    let settings = settings_sheet(
        vec![
            (
                t(lang, Key::SettingsMadeOn).to_string(),
                Cell::date(context.today),
            ),
            (
                t(lang, Key::SettingsLink).to_string(),
                Cell::text(&plan.selection),
            ),
        ],
        lang,
    );
    let data = file_sheet(PLAN_DATA_SHEET, plan_file_text);
    Workbook {
        title: format!("Plan {}", context.today),
        confidential,
        sheets: vec![
            lines,
            crate::plan::memo::sheet::memo_sheet(memo, plan, context.dataset, lang),
            requests_sheet(plan, lang),
            merges_sheet(plan, lang),
            settings,
            sources_sheet(context.dataset, &used, lang),
            data,
        ],
    }
}

/// The contribution requests the plan issued: to whom, when, by when, how many lines.
fn requests_sheet(plan: &Plan, lang: Lang) -> Sheet {
    let mut sheet = Sheet::table(
        t(lang, Key::SheetRequests),
        &["request_id", "organisation", "requested_on", "deadline", "lines"],
    );
    for request in &plan.requests {
        sheet.rows.push(vec![
            Cell::text(&request.request_id),
            Cell::text(request.organisation.code()),
            Cell::date(&request.requested_on),
            Cell::date(request.deadline.as_deref().unwrap_or_default()),
            Cell::number(request.lines.len() as f64),
        ]);
    }
    sheet.fit_columns();
    sheet
}

/// The answers merged into the plan: from whom, when, what they changed, their notes.
fn merges_sheet(plan: &Plan, lang: Lang) -> Sheet {
    let mut sheet = Sheet::table(
        t(lang, Key::SheetMerges),
        &[
            "file",
            "organisation",
            "request_id",
            "answered_on",
            "merged_on",
            "lines_added",
            "values_changed",
            "conflicts",
            "notes",
            "corrects_answer_of",
            "undone_on",
        ],
    );
    for merge in &plan.merges {
        let notes: Vec<String> = merge
            .notes
            .iter()
            .map(|(country, instrument, note)| format!("{country} · {instrument}: {note}"))
            .collect();
        sheet.rows.push(vec![
            Cell::text(&merge.file),
            Cell::text(merge.organisation.code()),
            Cell::text(&merge.request_id),
            Cell::date(&merge.answered_on),
            Cell::date(&merge.merged_on),
            Cell::number(merge.lines_added as f64),
            Cell::number(merge.values_changed as f64),
            Cell::number(merge.conflicts.len() as f64),
            Cell::text(notes.join("; ")),
            Cell::date(merge.corrects.as_deref().unwrap_or_default()),
            Cell::text(merge.undone_on.as_deref().unwrap_or_default()),
        ]);
    }
    sheet.fit_columns();
    sheet
}

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

/// At most this many refusals are listed; the rest are counted.
const LISTED_ERRORS: usize = 50;

fn capped(mut errors: Vec<DataError>, file: &str, sheet: &str) -> Vec<DataError> {
    if errors.len() > LISTED_ERRORS {
        let more = errors.len() - LISTED_ERRORS;
        errors.truncate(LISTED_ERRORS);
        errors.push(DataError::new(
            file,
            sheet,
            Reason::Spreadsheet(SheetProblem::MoreErrors(more)),
        ));
    }
    errors
}

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

/// The lines sheet: by (country, instrument), in the order first met. Every row is accounted
/// for: a line's year, a repeat of an earlier row with the same values, an empty row, the totals
/// row; anything else refuses the file with the cell and the reason.
fn read_lines(
    file: &str,
    sheet: &ReadSheet,
    report: &mut SheetImport,
) -> Result<Vec<(LineKey, SheetLine)>, PlanImportError> {
    let header: Vec<String> = sheet
        .rows
        .first()
        .map(|r| r.iter().map(Value::as_text).collect())
        .unwrap_or_default();
    let mut errors = Vec::new();
    let position = |code: &str| header.iter().position(|h| h == code);
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
        match position(code) {
            Some(index) => {
                at.insert(code, index);
            }
            None => errors.push(sheet_error(
                file,
                &sheet.name,
                0,
                0,
                SheetProblem::MissingColumn(code.to_string()),
            )),
        }
    }
    if !errors.is_empty() {
        return Err(PlanImportError::Invalid(errors));
    }
    let name_column = position("instrument_name");
    let columns = LineColumns {
        country: at["country"],
        instrument: at["instrument"],
        year: at["year"],
        eur: at["eur"],
        fte: at["fte"],
    };
    let totals = [t(Lang::Nl, Key::TotalRow), t(Lang::En, Key::TotalRow)];
    let mut lines: Vec<(LineKey, SheetLine)> = Vec::new();
    let mut index: BTreeMap<LineKey, usize> = BTreeMap::new();
    report.sheet = sheet.name.clone();
    report.rows = sheet.rows.len().saturating_sub(1);
    for (row, cells) in sheet.rows.iter().enumerate().skip(1) {
        let text = |code: &str| sheet.cell(row, at[code]).as_text().trim().to_string();
        if cells.iter().all(|c| c.as_text().trim().is_empty()) {
            report.empty_rows += 1;
            continue;
        }
        if text("instrument").is_empty() && totals.contains(&text("country").as_str()) {
            report.total_rows += 1;
            continue;
        }
        let name = name_column
            .map(|c| sheet.cell(row, c).as_text().trim().to_string())
            .unwrap_or_default();
        let Some((key, year, amount)) = read_line_row(file, sheet, row, &columns, &name, &mut errors) else {
            continue;
        };
        let contributors: Vec<String> = text("contributors")
            .split(';')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        let at_line = match index.get(&key) {
            Some(&i) => i,
            None => {
                index.insert(key.clone(), lines.len());
                lines.push((
                    key,
                    SheetLine {
                        first_row: row + 1,
                        lead: text("lead"),
                        contributors: contributors.clone(),
                        envelope: text("envelope"),
                        years: BTreeMap::new(),
                    },
                ));
                lines.len() - 1
            }
        };
        let line = &mut lines[at_line].1;
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
                errors.push(sheet_error(
                    file,
                    &sheet.name,
                    row,
                    at[code],
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
                errors.push(sheet_error(
                    file,
                    &sheet.name,
                    row,
                    at["eur"],
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
    report.lines = lines.len();
    if errors.is_empty() {
        Ok(lines)
    } else {
        Err(PlanImportError::Invalid(capped(errors, file, &sheet.name)))
    }
}

/// The plan file inside an `.xlsx` the app wrote, with the lines as the sheet now has them:
/// amounts edited in Excel are taken over, lines added there are added (dated `today`), lines
/// deleted there are removed; what happened to every row is in the report. The text is then
/// read as any plan file (and validated there).
pub fn plan_text_from_xlsx(
    file: &str,
    bytes: &[u8],
    today: &str,
) -> Result<(String, SheetImport), PlanImportError> {
    let book = read_xlsx(bytes).map_err(|e| invalid(file, SheetProblem::Xlsx(e)))?;
    let data = book
        .sheet(PLAN_DATA_SHEET)
        .ok_or_else(|| invalid(file, SheetProblem::MissingSheet(PLAN_DATA_SHEET.to_string())))?;
    let text = file_sheet_text(data);
    let mut document: Json = serde_json::from_str(&text).map_err(|_| PlanImportError::NotAScenario)?;
    let Some(sheet) = book.sheets.iter().find(|s| {
        s.rows.first().is_some_and(|h| {
            h.first().map(Value::as_text).as_deref() == Some("country")
                && h.iter().any(|c| c.as_text() == "eur")
        })
    }) else {
        return Err(invalid(
            file,
            SheetProblem::MissingSheet(t(Lang::Nl, Key::SheetPlanLines).to_string()),
        ));
    };
    let mut report = SheetImport::default();
    let lines = read_lines(file, sheet, &mut report)?;
    let Some(rows) = document
        .pointer_mut("/scenario/plan/rows")
        .and_then(Json::as_array_mut)
    else {
        return Err(PlanImportError::NoPlan);
    };
    let old: Vec<Json> = std::mem::take(rows);
    let key_of = |r: &Json| -> LineKey {
        (
            r["country"].as_str().unwrap_or_default().to_string(),
            r["instrument"].as_str().unwrap_or_default().to_string(),
        )
    };
    let old_by_key: BTreeMap<LineKey, &Json> = old.iter().map(|r| (key_of(r), r)).collect();
    let in_sheet: std::collections::BTreeSet<&LineKey> = lines.iter().map(|(k, _)| k).collect();
    report.removed = old.iter().map(key_of).filter(|k| !in_sheet.contains(k)).collect();
    for (key, line) in &lines {
        let previous = old_by_key.get(key).copied();
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
        rows.push(row);
    }
    let text = document.to_string();
    if text.len() > crate::check::dataset::MAX_FILE_BYTES {
        return Err(PlanImportError::Invalid(vec![DataError::new(
            file,
            "$",
            Reason::WorkbookTooLarge {
                content_bytes: text.len() as u64,
                file_bytes: bytes.len() as u64,
            },
        )]));
    }
    Ok((text, report))
}
