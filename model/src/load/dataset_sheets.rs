//! A dataset as a workbook and back: the template a taskforce fills in (*Download het
//! sjabloon* gives the bundled data in it, so it is also the example) and the reading of a filled
//! one. Each sheet is one part of the dataset file, one row per record, one column per field
//! (a code in the header, nested fields joined by `_`). Reading builds the dataset file from the
//! cells and validates it as any dataset file; every error then names its sheet and cell.

use std::collections::BTreeMap;

use serde_json::{Map, Value as Json};

use crate::check::error::DataError;
use crate::check::reason::Reason;
use crate::data::dataset::{Dataset, Instrument};
use crate::lang::Lang;
use crate::load::bundle::parse_dataset_file;
use crate::sheet::common::{about_sheet, About, Made};
use crate::sheet::csv::{read_csv, Detected};
use crate::sheet::problem::SheetProblem;
use crate::sheet::xlsx_read::{read_xlsx, ReadWorkbook};
use crate::sheet::{cell_ref, Cell, ReadSheet, Sheet, Value, Workbook};
use crate::text::i18n::Key;

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Text,
    Number,
    Whole,
    /// `YYYY-MM-DD` (a date cell), `YYYY-MM` or `YYYY`.
    Date,
    /// Several codes in one cell, separated by `;`.
    List,
}

struct Column {
    code: &'static str,
    kind: Kind,
}

const fn col(code: &'static str, kind: Kind) -> Column {
    Column { code, kind }
}

struct Table {
    sheet: &'static str,
    /// What the sheet holds, on the workbook's first sheet.
    purpose: Key,
    /// The dataset file's key; `countries.instruments` for a part nested in its records.
    key: &'static str,
    columns: &'static [Column],
    required: bool,
    /// A part nested in another's records: one row per nested record, the first column naming
    /// the record it belongs to.
    nested_in: Option<Nest>,
}

/// Where a nested table's rows go: into `parent`'s record whose `parent_id` equals the row's
/// first column, under `field`.
struct Nest {
    parent: &'static str,
    parent_id: &'static str,
    field: &'static str,
}

use Kind::*;

const TABLES: [Table; 8] = [
    Table {
        sheet: "Bronnen",
        purpose: Key::PurposeDataSources,
        key: "sources",
        required: true,
        nested_in: None,
        columns: &[
            col("id", Text),
            col("title", Text),
            col("short_nl", Text),
            col("short_en", Text),
            col("publisher", Text),
            col("date", Date),
            col("url", Text),
            col("kind", Text),
            col("covers_nl", Text),
            col("covers_en", Text),
            col("compared_with", List),
        ],
    },
    Table {
        sheet: "Herkomst",
        purpose: Key::PurposeDataProvenance,
        key: "sources.provenance",
        required: false,
        nested_in: Some(Nest {
            parent: "sources",
            parent_id: "id",
            field: "provenance",
        }),
        columns: &[
            col("source", Text),
            col("producer", Text),
            col("title", Text),
            col("dataset_code", Text),
            col("query_url", Text),
            col("via", Text),
            col("published", Text),
            col("accessed", Date),
            col("producer_updated", Text),
            col("licence", Text),
            col("sha256", Text),
            col("snapshot", Text),
        ],
    },
    Table {
        sheet: "Landen",
        purpose: Key::PurposeDataCountries,
        key: "countries",
        required: true,
        nested_in: None,
        columns: &[
            col("iso3", Text),
            col("name_nl", Text),
            col("name_en", Text),
            col("region", Text),
            col("eu_partnership_status", Text),
            col("eu_partnership_label_nl", Text),
            col("eu_partnership_label_en", Text),
            col("eu_partnership_date", Date),
            col("eu_partnership_amount_eur_mln", Number),
            col("eu_partnership_source", Text),
            col("eu_partnership_note_nl", Text),
            col("eu_partnership_note_en", Text),
            col("visa_25a_status", Text),
            col("visa_25a_since", Date),
            col("visa_25a_note_nl", Text),
            col("visa_25a_note_en", Text),
            col("visa_25a_source", Text),
            col("development_category", Text),
            col("development_source", Text),
        ],
    },
    Table {
        sheet: "Inzet",
        purpose: Key::PurposeDataCountryInstruments,
        key: "countries.instruments",
        required: false,
        nested_in: Some(Nest {
            parent: "countries",
            parent_id: "iso3",
            field: "instruments",
        }),
        columns: &[
            col("iso3", Text),
            col("instrument", Text),
            col("note_nl", Text),
            col("note_en", Text),
            col("source", Text),
            col("ended_date", Date),
            col("ended_source", Text),
        ],
    },
    Table {
        sheet: "Criteria",
        purpose: Key::PurposeDataCriteria,
        key: "indicators",
        required: true,
        nested_in: None,
        columns: &[
            col("id", Text),
            col("name_nl", Text),
            col("name_en", Text),
            col("description_nl", Text),
            col("description_en", Text),
            col("unit", Text),
            col("direction", Text),
            col("default_weight", Whole),
            col("scale", Text),
            col("source", Text),
            col("derived_from", Text),
            col("list_kind", Text),
            col("list_n", Whole),
            col("list_bound", Number),
            col("list_wording_nl", Text),
            col("list_wording_en", Text),
        ],
    },
    Table {
        sheet: "Waarden",
        purpose: Key::PurposeDataValues,
        key: "values",
        required: true,
        nested_in: None,
        columns: &[
            col("country", Text),
            col("indicator", Text),
            col("value", Number),
            col("year", Whole),
            col("source", Text),
            col("note_nl", Text),
            col("note_en", Text),
        ],
    },
    Table {
        sheet: "Instrumenten",
        purpose: Key::PurposeDataInstruments,
        key: "instruments",
        required: false,
        nested_in: None,
        columns: &[
            col("id", Text),
            col("name_nl", Text),
            col("name_en", Text),
            col("description_nl", Text),
            col("description_en", Text),
            col("family", Text),
            col("lead", List),
            col("lead_basis", Text),
            col("legal_basis", Text),
            col("source", Text),
        ],
    },
    Table {
        sheet: "Aspecten",
        purpose: Key::PurposeDataAspects,
        key: "instruments.aspects",
        required: false,
        nested_in: Some(Nest {
            parent: "instruments",
            parent_id: "id",
            field: "aspects",
        }),
        columns: &[
            col("instrument", Text),
            col("aspect", Text),
            col("basis", Text),
            col("source", Text),
            col("locator", Text),
        ],
    },
];

/// The JSON keys a column code stands for: `eu_partnership_label_nl` → eu_partnership.label.nl.
fn json_path(code: &str) -> Vec<&str> {
    const NESTED: [&str; 8] = [
        "eu_partnership",
        "visa_25a",
        "development",
        "ended",
        "list",
        "name",
        "description",
        "note",
    ];
    for prefix in NESTED {
        if let Some(rest) = code.strip_prefix(prefix).and_then(|r| r.strip_prefix('_')) {
            if prefix == "list" && rest == "kind" {
                return vec!["list", "kind"];
            }
            let mut path = vec![prefix];
            path.extend(json_path(rest));
            return path;
        }
    }
    for suffix in ["_nl", "_en"] {
        if let Some(stem) = code.strip_suffix(suffix) {
            if ["short", "covers", "label", "wording"].contains(&stem) {
                return vec![stem, &suffix[1..]];
            }
        }
    }
    vec![code]
}

fn lookup<'a>(record: &'a Json, path: &[&str]) -> Option<&'a Json> {
    path.iter().try_fold(record, |value, key| value.get(key))
}

fn to_cell(value: Option<&Json>, kind: Kind) -> Cell {
    match (value, kind) {
        (None | Some(Json::Null), _) => Cell::Empty,
        (Some(Json::Number(n)), _) => Cell::number(n.as_f64().unwrap_or_default()),
        (Some(Json::String(s)), Date) => Cell::date(s),
        (Some(Json::String(s)), _) => Cell::text(s),
        (Some(Json::Array(items)), _) => Cell::text(
            items
                .iter()
                .filter_map(Json::as_str)
                .collect::<Vec<_>>()
                .join("; "),
        ),
        (Some(other), _) => Cell::text(other.to_string()),
    }
}

/// The dataset as a JSON tree, through its text: the text writer and the tree reader are in the
/// app anyway (the dataset is stored as text), `to_value` compiled a third way (docs/benchmarks-log.md,
/// issue 25). Only a few times per export, on a dataset of kilobytes.
fn dataset_as_json(dataset: &Dataset) -> Json {
    serde_json::to_string(dataset)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

/// The dataset as a workbook: first what it is and how to fill it in, then one sheet per part
/// with the data file's codes in the header (they are what the sheet is read by).
pub fn dataset_workbook(dataset: &Dataset, title: &str, made: Made, lang: Lang) -> Workbook {
    let json = dataset_as_json(dataset);
    let mut sheets = Vec::new();
    for table in &TABLES {
        let codes: Vec<&str> = table.columns.iter().map(|c| c.code).collect();
        let mut sheet = Sheet::table(table.sheet, &codes);
        let mut push = |record: &Json, parent: Option<&str>| {
            sheet.rows.push(
                table
                    .columns
                    .iter()
                    .enumerate()
                    .map(|(index, c)| match parent {
                        Some(parent) if index == 0 => Cell::text(parent),
                        _ => to_cell(lookup(record, &json_path(c.code)), c.kind),
                    })
                    .collect(),
            )
        };
        match &table.nested_in {
            Some(nest) => {
                for record in json[nest.parent].as_array().into_iter().flatten() {
                    let id = record[nest.parent_id].as_str().unwrap_or_default();
                    for nested in record[nest.field].as_array().into_iter().flatten() {
                        push(nested, Some(id));
                    }
                }
            }
            None => {
                for record in json[table.key].as_array().into_iter().flatten() {
                    push(record, None);
                }
            }
        }
        sheet.fit_columns();
        sheets.push(sheet);
    }
    let about = About {
        what: Key::DatasetAboutWhat,
        how: Key::DatasetAboutHow,
        made,
        sheets: TABLES
            .iter()
            .map(|table| (table.sheet.to_string(), table.purpose))
            .collect(),
        columns: Vec::new(),
    };
    sheets.insert(0, about_sheet(about, lang));
    Workbook {
        title: title.to_string(),
        confidential: made.confidential,
        sheets,
    }
}

/// Column code → its position in the sheet as read.
type Positions = BTreeMap<&'static str, usize>;

/// One row read: its index, the record it makes, and where its columns are.
type Record = (usize, Map<String, Json>, Positions);

/// Where each record of the built file came from, to turn a JSON path into a cell.
struct Origin {
    prefix: String,
    sheet: String,
    row: usize,
    /// Column code → its position in the sheet as read.
    columns: Positions,
}

struct Built {
    file: Map<String, Json>,
    origins: Vec<Origin>,
}

fn problem(file: &str, sheet: &str, row: usize, column: usize, problem: SheetProblem) -> DataError {
    DataError::new(
        file,
        format!("{sheet}!{}", cell_ref(row, column)),
        Reason::Spreadsheet(problem),
    )
}

fn whole_file(file: &str, problem: SheetProblem) -> DataError {
    DataError::new(file, "$", Reason::Spreadsheet(problem))
}

fn is_date_text(text: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    match text.len() {
        4 => digits(text),
        7 => digits(&text[..4]) && &text[4..5] == "-" && digits(&text[5..]),
        10 => crate::sheet::date_serial(text).is_some(),
        _ => false,
    }
}

/// One cell as the JSON its field takes, or why it cannot be.
fn cell_json(value: &Value, kind: Kind) -> Result<Option<Json>, SheetProblem> {
    if value.is_empty() {
        return Ok(None);
    }
    let text = value.as_text().trim().to_string();
    if let Value::Uncomputed(formula) = value {
        return Err(SheetProblem::FormulaWithoutValue(formula.clone()));
    }
    Ok(Some(match (kind, value) {
        (Text, _) => Json::String(text),
        (List, _) => Json::Array(
            text.split(';')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| Json::String(s.to_string()))
                .collect(),
        ),
        (Number, Value::Number(n)) => serde_json::Number::from_f64(*n)
            .map(Json::Number)
            .ok_or(SheetProblem::NotANumber(text))?,
        (Whole, Value::Number(n)) if n.fract() == 0.0 && n.abs() < 1e15 => Json::from(*n as i64),
        (Whole, Value::Number(_)) => return Err(SheetProblem::NotAWholeNumber(text)),
        (Number | Whole, _) => return Err(SheetProblem::NotANumber(text)),
        (Date, Value::Date(date)) => Json::String(date.clone()),
        (Date, Value::Number(n)) if is_date_text(&text) && n.fract() == 0.0 => Json::String(text),
        (Date, _) if is_date_text(&text) => Json::String(text),
        (Date, _) => return Err(SheetProblem::NotADate(text)),
    }))
}

fn set_path(record: &mut Map<String, Json>, path: &[&str], value: Json) {
    match path {
        [last] => {
            record.insert(last.to_string(), value);
        }
        [first, rest @ ..] => {
            let inner = record
                .entry(first.to_string())
                .or_insert_with(|| Json::Object(Map::new()));
            if let Json::Object(map) = inner {
                set_path(map, rest, value);
            }
        }
        [] => {}
    }
}

/// The rows of one table as records; errors name their cell.
fn read_table(file: &str, table: &Table, sheet: &ReadSheet, errors: &mut Vec<DataError>) -> Vec<Record> {
    let header: Vec<String> = sheet
        .rows
        .first()
        .map(|r| r.iter().map(|v| v.as_text().trim().to_string()).collect())
        .unwrap_or_default();
    let mut positions = BTreeMap::new();
    for (index, name) in header.iter().enumerate() {
        match table.columns.iter().find(|c| c.code == name) {
            Some(column) => {
                positions.insert(column.code, index);
            }
            None if name.is_empty() => {}
            None => errors.push(problem(
                file,
                &sheet.name,
                0,
                index,
                SheetProblem::UnknownColumn(name.clone()),
            )),
        }
    }
    for column in table.columns.iter().filter(|c| !positions.contains_key(c.code)) {
        // A column left out reads as empty: only the identifying first one must be there.
        if column.code == table.columns[0].code {
            errors.push(DataError::new(
                file,
                format!("{}!1", sheet.name),
                Reason::Spreadsheet(SheetProblem::MissingColumn(column.code.to_string())),
            ));
        }
    }
    let mut records = Vec::new();
    for (row_index, row) in sheet.rows.iter().enumerate().skip(1) {
        if row.iter().all(Value::is_empty) {
            continue;
        }
        let mut record = Map::new();
        for column in table.columns {
            let Some(&index) = positions.get(column.code) else {
                continue;
            };
            match cell_json(sheet.cell(row_index, index), column.kind) {
                Ok(Some(json)) => set_path(&mut record, &json_path(column.code), json),
                Ok(None) => {}
                Err(why) => errors.push(problem(file, &sheet.name, row_index, index, why)),
            }
        }
        records.push((row_index, record, positions.clone()));
    }
    records
}

/// A dataset file built from the sheets present; a missing required sheet is taken from
/// `in_use` when `fill_from` is given (a CSV holds one table), else refused.
fn build(file: &str, sheets: &[ReadSheet], fill_from: Option<&Dataset>) -> Result<Built, Vec<DataError>> {
    let mut errors = Vec::new();
    let in_use = fill_from.map(dataset_as_json);
    let mut out = Map::new();
    let mut origins = Vec::new();
    let mut nested_rows = Vec::new();
    for table in &TABLES {
        let Some(sheet) = sheets.iter().find(|s| s.name == table.sheet) else {
            match (&in_use, table.required) {
                (Some(data), _) if table.nested_in.is_none() => {
                    out.insert(table.key.to_string(), data[table.key].clone());
                }
                (None, true) => errors.push(whole_file(
                    file,
                    SheetProblem::MissingSheet(table.sheet.to_string()),
                )),
                _ => {}
            }
            continue;
        };
        let records = read_table(file, table, sheet, &mut errors);
        if let Some(nest) = &table.nested_in {
            nested_rows.push((nest, table.columns[0].code, sheet.name.clone(), records));
            continue;
        }
        let mut list = Vec::new();
        for (index, (row, record, columns)) in records.into_iter().enumerate() {
            origins.push(Origin {
                prefix: format!("$.{}[{index}]", table.key),
                sheet: sheet.name.clone(),
                row,
                columns,
            });
            list.push(Json::Object(record));
        }
        out.insert(table.key.to_string(), Json::Array(list));
    }
    // Nested rows go into the record they name, in the order of their sheet.
    for (nest, link, sheet, records) in nested_rows {
        let mut by_parent: BTreeMap<String, Vec<Record>> = BTreeMap::new();
        for (row, mut record, columns) in records {
            let id = record
                .remove(link)
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            by_parent.entry(id).or_default().push((row, record, columns));
        }
        if let Some(Json::Array(parents)) = out.get_mut(nest.parent) {
            for (index, parent) in parents.iter_mut().enumerate() {
                let id = parent[nest.parent_id].as_str().unwrap_or_default().to_string();
                let Some(rows) = by_parent.remove(&id) else {
                    continue;
                };
                let mut nested = Vec::new();
                for (position, (row, record, columns)) in rows.into_iter().enumerate() {
                    origins.push(Origin {
                        prefix: format!("$.{}[{index}].{}[{position}]", nest.parent, nest.field),
                        sheet: sheet.clone(),
                        row,
                        columns,
                    });
                    nested.push(Json::Object(record));
                }
                parent[nest.field] = Json::Array(nested);
            }
        }
        for (id, rows) in by_parent {
            for (row, _, columns) in rows {
                let at = columns.get(link).copied().unwrap_or(0);
                let reason = match nest.parent {
                    "countries" => Reason::UnknownCountry(id.clone()),
                    "sources" => Reason::UnknownSource(id.clone()),
                    _ => Reason::UnknownInstrument(id.clone()),
                };
                errors.push(DataError::new(
                    file,
                    format!("{sheet}!{}", cell_ref(row, at)),
                    reason,
                ));
            }
        }
    }
    if errors.is_empty() {
        Ok(Built { file: out, origins })
    } else {
        Err(errors)
    }
}

/// The cell a validation error's JSON path points at: `$.values[5].value` → `Waarden!C7`.
fn locate(error: &mut DataError, origins: &[Origin]) {
    let Some(origin) = origins
        .iter()
        .filter(|o| error.path == o.prefix || error.path.starts_with(&format!("{}.", o.prefix)))
        .max_by_key(|o| o.prefix.len())
    else {
        return;
    };
    let mut rest = error.path[origin.prefix.len()..]
        .trim_start_matches('.')
        .to_string();
    // A field the record lacks is an empty cell: point at that cell, and say so in words.
    let missing = match &*error.reason {
        Reason::MissingField(field) => Some(field.trim_matches('`').to_string()),
        _ => None,
    };
    if let Some(field) = &missing {
        rest = if rest.is_empty() {
            field.clone()
        } else {
            format!("{rest}.{field}")
        };
    }
    let rest = rest.as_str();
    let code = origin
        .columns
        .iter()
        .find(|(code, _)| json_path(code).join(".") == rest)
        .or_else(|| {
            origin
                .columns
                .iter()
                .find(|(code, _)| !rest.is_empty() && json_path(code).join(".").starts_with(rest))
        })
        .or_else(|| origin.columns.iter().min_by_key(|(_, index)| **index));
    let column = code.map(|(_, index)| *index).unwrap_or(0);
    error.path = format!("{}!{}", origin.sheet, cell_ref(origin.row, column));
    // The position is in the data written out from the sheet, which the user never saw.
    error.position = None;
    if let (Some(_), Some((code, _))) = (missing, code) {
        *error.reason = Reason::Spreadsheet(SheetProblem::EmptyCell(code.to_string()));
    }
}

/// What the import found out about the file, to say it.
#[derive(Clone, Debug, PartialEq)]
pub enum SheetFormat {
    Xlsx { formulas: usize },
    Csv(Detected),
}

/// A dataset from an `.xlsx` (every part in its sheet) or a CSV (one table, named by its
/// header; the other parts come from `in_use`). Validated as a dataset file; nothing of the
/// data in use changes unless this succeeds.
pub fn parse_dataset_sheets(
    file_name: &str,
    bytes: &[u8],
    current_year: u16,
    in_use: &Dataset,
    bundled_instruments: &[Instrument],
) -> Result<(Dataset, SheetFormat), Vec<DataError>> {
    if bytes.len() > crate::check::dataset::MAX_FILE_BYTES {
        return Err(vec![DataError::new(
            file_name,
            "$",
            Reason::TooLarge {
                bytes: bytes.len() as u64,
            },
        )]);
    }
    let is_csv = file_name.to_lowercase().ends_with(".csv");
    if !is_csv {
        let book = read_xlsx(bytes).map_err(|e| vec![whole_file(file_name, SheetProblem::Xlsx(e))])?;
        return parse_dataset_workbook(file_name, book, bytes.len(), current_year, bundled_instruments);
    }
    let (detected, mut sheet) =
        read_csv(file_name, bytes).map_err(|e| vec![whole_file(file_name, SheetProblem::Csv(e))])?;
    let header: Vec<String> = sheet
        .rows
        .first()
        .map(|r| r.iter().map(Value::as_text).collect())
        .unwrap_or_default();
    let table = TABLES
        .iter()
        .find(|t| {
            header.first().map(String::as_str) == Some(t.columns[0].code)
                && header.iter().all(|h| t.columns.iter().any(|c| c.code == h))
        })
        .ok_or_else(|| vec![whole_file(file_name, SheetProblem::UnknownTable)])?;
    sheet.name = table.sheet.to_string();
    from_sheets(
        file_name,
        &[sheet],
        SheetFormat::Csv(detected),
        Some(in_use),
        bytes.len(),
        current_year,
        bundled_instruments,
    )
}

/// A dataset from a workbook already read (in slices, by a page): every part in its sheet.
pub fn parse_dataset_workbook(
    file_name: &str,
    book: ReadWorkbook,
    file_bytes: usize,
    current_year: u16,
    bundled_instruments: &[Instrument],
) -> Result<(Dataset, SheetFormat), Vec<DataError>> {
    let format = SheetFormat::Xlsx {
        formulas: book.formulas,
    };
    from_sheets(
        file_name,
        &book.sheets,
        format,
        None,
        file_bytes,
        current_year,
        bundled_instruments,
    )
}

/// The dataset the sheets make (the parts a CSV does not hold from `fill_from`), checked as a
/// dataset file.
fn from_sheets(
    file_name: &str,
    sheets: &[ReadSheet],
    format: SheetFormat,
    fill_from: Option<&Dataset>,
    file_bytes: usize,
    current_year: u16,
    bundled_instruments: &[Instrument],
) -> Result<(Dataset, SheetFormat), Vec<DataError>> {
    let built = build(file_name, sheets, fill_from)?;
    let text = Json::Object(built.file).to_string();
    if text.len() > crate::check::dataset::MAX_FILE_BYTES {
        return Err(vec![DataError::new(
            file_name,
            "$",
            Reason::WorkbookTooLarge {
                content_bytes: text.len() as u64,
                file_bytes: file_bytes as u64,
            },
        )]);
    }
    parse_dataset_file(file_name, &text, current_year, bundled_instruments)
        .map(|dataset| (dataset, format))
        .map_err(|mut errors| {
            for error in &mut errors {
                locate(error, &built.origins);
            }
            errors
        })
}
