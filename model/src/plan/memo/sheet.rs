//! The checks as a sheet of the plan workbook: one row per check and country, with the
//! outcome, what was found or is missing, the decision, and where the rule comes from.

use crate::data::dataset::Dataset;
use crate::lang::Lang;
use crate::plan::memo::checks::MemoReport;
use crate::plan::memo::labels::{check_title, outcome_label, outcome_lines, rule_text};
use crate::plan::types::Plan;
use crate::sheet::columns::{labels, NamedColumn};
use crate::sheet::{Cell, Sheet};
use crate::text::i18n::{t, Key};

pub const MEMO_COLUMNS: [NamedColumn; 5] = [
    NamedColumn::new("check", Key::MemoCheck),
    NamedColumn::new("country", Key::MemoCountry),
    NamedColumn::new("outcome", Key::MemoOutcome),
    NamedColumn::new("detail", Key::MemoDetail),
    NamedColumn::new("rule_source", Key::MemoCitation),
];

pub fn memo_sheet(report: &MemoReport, plan: &Plan, dataset: &Dataset, lang: Lang) -> Sheet {
    let mut sheet = Sheet::table(t(lang, Key::SheetMemo), &labels(&MEMO_COLUMNS, lang));
    for result in &report.results {
        let country = match &result.country {
            Some(iso3) => dataset.country_name(iso3, lang),
            None => t(lang, Key::MemoWholePlan).to_string(),
        };
        sheet.rows.push(vec![
            Cell::text(check_title(result.check, lang)),
            Cell::text(country),
            Cell::text(outcome_label(&result.outcome, lang)),
            Cell::text(outcome_lines(&result.outcome, dataset, plan, lang).join(" ")),
            Cell::text(rule_text(result.check, lang)),
        ]);
    }
    sheet.fit_columns();
    sheet
}
