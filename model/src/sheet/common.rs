//! The sheets every exported workbook carries: *Over dit bestand* first (what the workbook is,
//! how to use it, what it was made with, its sheets and the code of every column),
//! *Instellingen* (what produced the figures, with the link that reproduces the view) and
//! *Bronnen* (every source the figures cite).

use std::collections::BTreeSet;

use crate::data::dataset::Dataset;
use crate::data::identity::DataIdentity;
use crate::lang::Lang;
use crate::sheet::columns::{labels, NamedColumn};
use crate::sheet::{Cell, ReadSheet, Sheet, Value};
use crate::text::i18n::{t, Key};

/// When, with which data and for which edition a workbook is made.
#[derive(Clone, Copy)]
pub struct Made<'a> {
    pub today: &'a str,
    /// The data in use, where the workbook's figures depend on it.
    pub data: Option<&'a DataIdentity>,
    /// The internal edition's files say VERTROUWELIJK on every sheet.
    pub confidential: bool,
}

/// What a workbook is, for a reader who was not at the screen.
pub struct About<'a> {
    pub what: Key,
    pub how: Key,
    pub made: Made<'a>,
    /// Each sheet by name with what it holds.
    pub sheets: Vec<(String, Key)>,
    /// Sheet, column label and code of every column a program may key on.
    pub columns: Vec<(String, String, String)>,
}

/// The app and its version, as a file names what it was made with.
pub fn made_with() -> String {
    format!("beleidsagenda {}", env!("CARGO_PKG_VERSION"))
}

/// The workbook's first sheet: what it is and how to use it, when and with what it was made,
/// its sheets, and the code behind each column's label (the codes a program keys on).
pub fn about_sheet(about: About, lang: Lang) -> Sheet {
    let mut sheet = Sheet::table(
        t(lang, Key::SheetAbout),
        &[
            t(lang, Key::AboutPart),
            t(lang, Key::AboutText),
            t(lang, Key::AboutCode),
        ],
    );
    let line = |part: &str, text: &str| vec![Cell::text(part), Cell::text(text)];
    sheet
        .rows
        .push(line(t(lang, Key::AboutWhat), t(lang, about.what)));
    sheet.rows.push(line(
        t(lang, Key::AboutHow),
        &format!("{} {}", t(lang, about.how), t(lang, Key::AboutEmptyCells)),
    ));
    sheet.rows.push(vec![
        Cell::text(t(lang, Key::SettingsMadeOn)),
        Cell::date(about.made.today),
    ]);
    sheet.rows.push(line(t(lang, Key::AboutMadeWith), &made_with()));
    if let Some(data) = about.made.data {
        sheet.rows.push(line(
            t(lang, Key::SettingsDataset),
            &format!(
                "{} ({} {})",
                data.name,
                t(lang, Key::AboutFingerprint),
                data.fingerprint
            ),
        ));
    }
    sheet.rows.push(Vec::new());
    sheet.rows.push(vec![Cell::text(t(lang, Key::AboutSheets))]);
    for (name, purpose) in about.sheets {
        sheet.rows.push(line(&name, t(lang, purpose)));
    }
    if !about.columns.is_empty() {
        sheet.rows.push(Vec::new());
        sheet.rows.push(vec![Cell::text(t(lang, Key::AboutColumns))]);
    }
    for (name, label, code) in about.columns {
        sheet
            .rows
            .push(vec![Cell::text(name), Cell::text(label), Cell::text(code)]);
    }
    sheet.fit_columns();
    (sheet.table, sheet.prose) = (false, true);
    sheet
}

/// Two columns, setting and value; no filter (it is a list to read, not a table to sort).
pub fn settings_sheet(rows: Vec<(String, Cell)>, lang: Lang) -> Sheet {
    let mut sheet = Sheet::table(
        t(lang, Key::SheetSettings),
        &[t(lang, Key::SettingsSetting), t(lang, Key::SettingsValue)],
    );
    sheet.rows = rows
        .into_iter()
        .map(|(label, value)| vec![Cell::text(label), value])
        .collect();
    sheet.fit_columns();
    sheet.table = false;
    sheet
}

pub const SOURCE_COLUMNS: [NamedColumn; 6] = [
    NamedColumn::new("source_id", Key::SourceId),
    NamedColumn::new("short", Key::SourceShort),
    NamedColumn::new("title", Key::SourceTitle),
    NamedColumn::new("publisher", Key::SourcePublisher),
    NamedColumn::new("date", Key::SourceDate),
    NamedColumn::new("url", Key::SourceUrl),
];

/// The sources in `used`, in the registry's order, with their URL; ids the registry does not
/// know are listed by their code, so no citation is silently dropped.
pub fn sources_sheet(dataset: &Dataset, used: &BTreeSet<String>, lang: Lang) -> Sheet {
    let mut sheet = Sheet::table(t(lang, Key::SheetSources), &labels(&SOURCE_COLUMNS, lang));
    for source in dataset.sources.iter().filter(|s| used.contains(&s.id)) {
        sheet.rows.push(vec![
            Cell::text(&source.id),
            Cell::text(source.short.get(lang)),
            Cell::text(&source.title),
            Cell::text(&source.publisher),
            Cell::date(&source.date),
            Cell::text(source.url.clone().unwrap_or_default()),
        ]);
    }
    for id in used.iter().filter(|id| dataset.source(id).is_none()) {
        sheet.rows.push(vec![Cell::text(id)]);
    }
    sheet.fit_columns();
    sheet
}

/// Excel keeps at most 32,767 characters in a cell; a file's text is cut below that.
const CELL_TEXT_LIMIT: usize = 32_000;

/// The app's own file (a plan, a contribution) carried in a hidden sheet of a workbook, so the
/// workbook reads back as that file: one column `json`, the text in pieces a cell can hold.
pub fn file_sheet(name: &str, text: &str) -> Sheet {
    let mut sheet = Sheet::table(name, &["json"]);
    (sheet.hidden, sheet.table) = (true, false);
    let chars: Vec<char> = text.chars().collect();
    sheet.rows = chars
        .chunks(CELL_TEXT_LIMIT)
        .map(|chunk| vec![Cell::Text(chunk.iter().collect())])
        .collect();
    sheet
}

/// The text [`file_sheet`] wrote, as read back.
pub fn file_sheet_text(sheet: &ReadSheet) -> String {
    sheet
        .rows
        .iter()
        .skip(1)
        .map(|r| r.first().map(Value::as_text).unwrap_or_default())
        .collect()
}
