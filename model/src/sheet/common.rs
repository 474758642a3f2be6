//! The sheets every exported workbook carries: *Instellingen* (what produced the figures, with
//! the link that reproduces the view) and *Bronnen* (every source the figures cite).

use std::collections::BTreeSet;

use crate::data::dataset::Dataset;
use crate::sheet::{Cell, ReadSheet, Sheet, Value};
use crate::text::i18n::{t, Key};
use crate::text::lang::Lang;

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

/// The sources in `used`, in the registry's order, with their URL; ids the registry does not
/// know are listed by their code, so no citation is silently dropped.
pub fn sources_sheet(dataset: &Dataset, used: &BTreeSet<String>, lang: Lang) -> Sheet {
    let mut sheet = Sheet::table(
        t(lang, Key::SheetSources),
        &[
            t(lang, Key::SourceId),
            t(lang, Key::SourceShort),
            t(lang, Key::SourceTitle),
            t(lang, Key::SourcePublisher),
            t(lang, Key::SourceDate),
            t(lang, Key::SourceUrl),
        ],
    );
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
