//! Every workbook and CSV the app writes names its columns in words, in both languages, and
//! each header still reads back as exactly one column: by its code or its label in either
//! language.

use beleidsagenda_model::plan::contribution_sheet::CONTRIBUTION_COLUMNS;
use beleidsagenda_model::plan::memo::sheet::MEMO_COLUMNS;
use beleidsagenda_model::plan::workbook::{MERGE_COLUMNS, PLAN_COLUMNS, REQUEST_COLUMNS};
use beleidsagenda_model::selection::export::{COMPARISON_COLUMNS, RANKING_COLUMNS};
use beleidsagenda_model::sheet::columns::NamedColumn;
use beleidsagenda_model::sheet::common::SOURCE_COLUMNS;
use beleidsagenda_model::{t, Lang};

fn sets() -> Vec<(&'static str, &'static [NamedColumn])> {
    vec![
        ("ranking", &RANKING_COLUMNS),
        ("comparison", &COMPARISON_COLUMNS),
        ("plan lines", &PLAN_COLUMNS),
        ("plan requests", &REQUEST_COLUMNS),
        ("plan answers", &MERGE_COLUMNS),
        ("contribution", &CONTRIBUTION_COLUMNS),
        ("sources", &SOURCE_COLUMNS),
        ("checks", &MEMO_COLUMNS),
        #[cfg(feature = "intern")]
        (
            "step plan",
            &beleidsagenda_model::plan::step_plan::export::STEP_PLAN_COLUMNS,
        ),
    ]
}

#[test]
fn every_header_is_in_words_in_both_languages() {
    for (set, columns) in sets() {
        for lang in Lang::ALL {
            let labels: Vec<&str> = columns.iter().map(|c| t(lang, c.label)).collect();
            for (column, label) in columns.iter().zip(&labels) {
                assert!(!label.trim().is_empty(), "{set}: {} has no label", column.code);
                assert!(
                    columns.iter().all(|c| c.code != *label),
                    "{set}: the {lang:?} header of {} is a code: {label}",
                    column.code
                );
                assert_eq!(
                    labels.iter().filter(|l| *l == label).count(),
                    1,
                    "{set}: {label} heads two columns"
                );
            }
        }
    }
}

#[test]
fn every_header_reads_back_as_its_own_column_only() {
    for (set, columns) in sets() {
        for column in columns {
            let names = [column.code, t(Lang::Nl, column.label), t(Lang::En, column.label)];
            for name in names {
                let read: Vec<&str> = columns
                    .iter()
                    .filter(|c| c.named_by(name))
                    .map(|c| c.code)
                    .collect();
                assert_eq!(read, [column.code], "{set}: ‘{name}’");
            }
        }
    }
}
