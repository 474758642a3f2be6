//! The plan as a workbook, both ways: one line per country × instrument × year with totals,
//! the settings and sources, and (hidden) the plan file itself; read back, the lines sheet is
//! what counts for the lines (edits made in Excel are taken over), the plan file for the rest.

use std::collections::BTreeMap;

use crate::lang::Lang;
use crate::plan::action::PlanContext;
use crate::plan::memo::sheet::MEMO_COLUMNS;
pub use crate::plan::sheet_import::{LineKey, SheetImport};
use crate::plan::types::{Plan, PLAN_YEARS};
use crate::selection::Tier;
use crate::sheet::columns::{glossary, labels, NamedColumn};
use crate::sheet::common::{
    about_sheet, file_sheet, settings_sheet, sources_sheet, About, Made, SOURCE_COLUMNS,
};
use crate::sheet::csv::{write_csv, Dialect};
use crate::sheet::{Cell, NumberFormat, Sheet, Workbook};
use crate::text::i18n::{t, Key};

/// The lines sheet's columns. The budget's name comes last, so the columns a formula or an
/// edit names (H budget code, I year, J EUR, K FTE) stay where files already have them.
pub const PLAN_COLUMNS: [NamedColumn; 12] = [
    NamedColumn::new("country", Key::ColCountryCode),
    NamedColumn::new("country_name", Key::ColCountry),
    NamedColumn::new("tier", Key::ColTier),
    NamedColumn::new("instrument", Key::ColInstrumentCode),
    NamedColumn::new("instrument_name", Key::ColInstrument),
    NamedColumn::new("lead", Key::ColLead),
    NamedColumn::new("contributors", Key::ColContributors),
    NamedColumn::new("envelope", Key::ColBudgetCode),
    NamedColumn::new("year", Key::ColYear),
    NamedColumn::new("eur", Key::ColEur),
    NamedColumn::new("fte", Key::ColFte),
    NamedColumn::new("envelope_name", Key::ColBudget),
];

/// The header of the lines column `code` as a reader of the sheet sees it, in `lang`.
pub fn plan_column_label(code: &str, lang: Lang) -> &'static str {
    PLAN_COLUMNS
        .iter()
        .find(|c| c.code == code)
        .map(|c| t(lang, c.label))
        .unwrap_or_default()
}

/// Whether a header cell names the lines column `code`: the code itself (files written before
/// the headers were in words, and programs) or its label in either language.
pub fn names_plan_column(header: &str, code: &str) -> bool {
    PLAN_COLUMNS.iter().any(|c| c.code == code && c.named_by(header))
}

/// One line per country × instrument × year; amounts in euros and FTE as numbers; totals (in
/// the `.xlsx`) per budget and year, as `SUMIFS` formulas over the lines with their value.
pub fn plan_sheet(
    plan: &Plan,
    context: PlanContext,
    tier_of: &dyn Fn(&str) -> Option<Tier>,
    lang: Lang,
) -> Sheet {
    let mut sheet = Sheet::table(t(lang, Key::SheetPlanLines), &labels(&PLAN_COLUMNS, lang));
    // Totals add like with like: per year and per budget (euros of different budgets are not
    // one sum, as the plan page says), in the order of the plan's budgets.
    let mut totals: BTreeMap<(usize, u16), (String, i64, u64)> = BTreeMap::new();
    for row in &plan.rows {
        let country = context.dataset.country_name(&row.country, lang);
        let instrument = context
            .dataset
            .instrument(&row.instrument)
            .map(|i| i.name.get(lang).to_string())
            .unwrap_or_default();
        let contributors: Vec<&str> = row.contributors.iter().map(|o| o.code()).collect();
        let budget_order = context
            .envelopes
            .iter()
            .position(|e| e.id == row.envelope)
            .unwrap_or(usize::MAX);
        let budget = context
            .envelopes
            .get(budget_order)
            .map(|e| e.name.get(lang).to_string())
            .unwrap_or_default();
        for year in PLAN_YEARS {
            let amount = row.year(year);
            let total = totals
                .entry((budget_order, year))
                .or_insert_with(|| (row.envelope.clone(), 0, 0));
            total.1 += amount.eur;
            total.2 += u64::from(amount.fte_hundredths);
            sheet.rows.push(vec![
                Cell::text(&row.country),
                Cell::text(&country),
                Cell::text(
                    tier_of(&row.country)
                        .map(|tier| t(lang, crate::selection::labels::tier(tier)))
                        .unwrap_or_default(),
                ),
                Cell::text(&row.instrument),
                Cell::text(&instrument),
                Cell::text(row.lead.code()),
                Cell::text(contributors.join(";")),
                Cell::text(&row.envelope),
                Cell::number(f64::from(year)),
                Cell::euro(amount.eur),
                Cell::fte(amount.fte_hundredths),
                Cell::text(&budget),
            ]);
        }
    }
    let last = sheet.rows.len() + 1;
    for ((_, year), (envelope, eur, fte)) in totals {
        let budget = context
            .envelopes
            .iter()
            .find(|e| e.id == envelope)
            .map(|e| e.name.get(lang).to_string())
            .unwrap_or_else(|| envelope.clone());
        // The criteria as cells of the row itself (H: the budget, I: the year), so the formula
        // reads the same in every language Excel is set to.
        let row = last + 1 + sheet.footer.len();
        let sum =
            |column: char| format!("SUMIFS({column}2:{column}{last},H2:H{last},H{row},I2:I{last},I{row})");
        sheet.footer.push(vec![
            Cell::text(t(lang, Key::TotalRow)),
            Cell::text(format!("{budget}, {year}")),
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::text(&envelope),
            Cell::number(f64::from(year)),
            Cell::Formula {
                formula: sum('J'),
                value: eur as f64,
                format: NumberFormat::Euro,
            },
            Cell::Formula {
                formula: sum('K'),
                value: fte as f64 / 100.0,
                format: NumberFormat::Fte,
            },
            Cell::text(&budget),
        ]);
    }
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
                Cell::text(crate::selection::url_state::selection_link(lang, &plan.selection)),
            ),
        ],
        lang,
    );
    let memo_sheet = crate::plan::memo::sheet::memo_sheet(memo, plan, context.dataset, lang);
    let requests = requests_sheet(plan, lang);
    let merges = merges_sheet(plan, context.dataset, lang);
    let sources = sources_sheet(context.dataset, &used, lang);
    let data = file_sheet(PLAN_DATA_SHEET, plan_file_text);
    let made_with = crate::data::identity::file_data(plan_file_text);
    let mut columns = glossary(&lines.name, &PLAN_COLUMNS, lang);
    columns.extend(glossary(&memo_sheet.name, &MEMO_COLUMNS, lang));
    columns.extend(glossary(&requests.name, &REQUEST_COLUMNS, lang));
    columns.extend(glossary(&merges.name, &MERGE_COLUMNS, lang));
    columns.extend(glossary(&sources.name, &SOURCE_COLUMNS, lang));
    let about = About {
        what: Key::PlanAboutWhat,
        how: Key::PlanAboutHow,
        made: Made {
            today: context.today,
            data: made_with.as_ref(),
            confidential,
        },
        sheets: vec![
            (lines.name.clone(), Key::PurposeLines),
            (memo_sheet.name.clone(), Key::PurposeMemo),
            (requests.name.clone(), Key::PurposeRequests),
            (merges.name.clone(), Key::PurposeMerges),
            (settings.name.clone(), Key::PurposeSettings),
            (sources.name.clone(), Key::PurposeSources),
            (data.name.clone(), Key::PurposeHidden),
        ],
        columns,
    };
    Workbook {
        title: format!("Plan {}", context.today),
        confidential,
        sheets: vec![
            about_sheet(about, lang),
            lines,
            memo_sheet,
            requests,
            merges,
            settings,
            sources,
            data,
        ],
    }
}

pub const REQUEST_COLUMNS: [NamedColumn; 5] = [
    NamedColumn::new("request_id", Key::ContributionRequestId),
    NamedColumn::new("organisation", Key::ContributionOrganisation),
    NamedColumn::new("requested_on", Key::ContributionRequestedOn),
    NamedColumn::new("deadline", Key::ContributionDeadline),
    NamedColumn::new("lines", Key::ColLineCount),
];

pub const MERGE_COLUMNS: [NamedColumn; 11] = [
    NamedColumn::new("file", Key::ColFile),
    NamedColumn::new("organisation", Key::ColFromOrganisation),
    NamedColumn::new("request_id", Key::ContributionRequestId),
    NamedColumn::new("answered_on", Key::ColAnsweredOn),
    NamedColumn::new("merged_on", Key::ColMergedOn),
    NamedColumn::new("lines_added", Key::ColLinesAdded),
    NamedColumn::new("values_changed", Key::ColValuesChanged),
    NamedColumn::new("conflicts", Key::ColConflicts),
    NamedColumn::new("notes", Key::ColNotes),
    NamedColumn::new("corrects_answer_of", Key::ColCorrectsAnswerOf),
    NamedColumn::new("undone_on", Key::ColUndoneOn),
];

/// The contribution requests the plan issued: to whom, when, by when, how many lines.
fn requests_sheet(plan: &Plan, lang: Lang) -> Sheet {
    let mut sheet = Sheet::table(t(lang, Key::SheetRequests), &labels(&REQUEST_COLUMNS, lang));
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
fn merges_sheet(plan: &Plan, dataset: &crate::data::dataset::Dataset, lang: Lang) -> Sheet {
    let mut sheet = Sheet::table(t(lang, Key::SheetMerges), &labels(&MERGE_COLUMNS, lang));
    for merge in &plan.merges {
        let notes: Vec<String> = merge
            .notes
            .iter()
            .map(|(country, instrument, note)| {
                let instrument = dataset
                    .instrument(instrument)
                    .map(|i| i.name.get(lang))
                    .unwrap_or(instrument);
                format!("{} · {instrument}: {note}", dataset.country_name(country, lang))
            })
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
