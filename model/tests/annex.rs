//! The ranking as a table a word processor can take (Kopieer tabel) and one number format per
//! column.

use beleidsagenda_model::selection::rank_dataset;
use beleidsagenda_model::selection::table::ranking_table;
use beleidsagenda_model::selection::{Adjustment, AdjustmentKind, SelectionSettings};
use beleidsagenda_model::text::format::{fixed, number, percent_fixed};
use beleidsagenda_model::{Bundle, Lang};

#[test]
fn fixed_decimals_keep_trailing_zeros_and_group_thousands() {
    assert_eq!(fixed(0.6, 2, Lang::Nl), "0,60");
    assert_eq!(fixed(0.64, 2, Lang::En), "0.64");
    assert_eq!(fixed(12345.678, 1, Lang::Nl), "12.345,7");
    assert_eq!(fixed(-0.001, 2, Lang::Nl), "0,00");
    assert_eq!(fixed(-1.5, 1, Lang::En), "−1.5");
    assert_eq!(percent_fixed(0.091, 1, Lang::Nl), "9,1%");
    assert_eq!(percent_fixed(0.73, 0, Lang::Nl), "73%");
    // `number` still drops trailing zeros where a value stands alone.
    assert_eq!(number(6.8, Lang::Nl), "6,8");
    assert_eq!(number(52532.0, Lang::Nl), "52.532");
    assert_eq!(number(-0.004, Lang::Nl), "0");
}

#[test]
fn the_ranking_table_has_one_header_per_column_and_one_row_per_country() {
    let dataset = Bundle::bundled(2026).unwrap().dataset;
    let mut settings = SelectionSettings::defaults(&dataset);
    settings.adjustments.push(Adjustment {
        iso3: "UGA".into(),
        kind: AdjustmentKind::Exclude,
        reason: "Plan <ingetrokken> & \"niet\" voortgezet".into(),
        date: "2026-03-05".into(),
        review: None,
    });
    let (_, _, ranking) = rank_dataset(&dataset, &settings);
    let table = ranking_table(&dataset, &settings, &ranking, None, Lang::Nl);
    // Ten columns, and the rule-varied share while the run varies the rule (the default).
    assert_eq!(table.headers.len(), 11);
    assert_eq!(table.rows.len(), dataset.countries.len());
    assert!(table.rows.iter().all(|r| r.len() == table.headers.len()));
    assert_eq!(table.rows[0][0], "1");
    assert_eq!(table.rows[0][1], "Syrië");
    // Scores with two decimals, coverage as whole percentages.
    assert!(
        table
            .rows
            .iter()
            .filter(|r| !r[4].is_empty())
            .all(|r| r[4].split(',').nth(1).map(str::len) == Some(2)),
        "{:?}",
        table.rows
    );
    assert!(table
        .rows
        .iter()
        .all(|r| r[5].ends_with('%') && !r[5].contains(',')));

    let html = table.to_html();
    assert_eq!(html.matches("<th>").count(), 11);
    assert_eq!(html.matches("<tr>").count(), 1 + dataset.countries.len());
    assert!(
        html.contains("Plan &lt;ingetrokken&gt; &amp; &quot;niet&quot; voortgezet"),
        "escaped"
    );
    assert!(!html.contains("<ingetrokken>"));

    let tsv = table.to_tsv();
    let lines: Vec<&str> = tsv.strip_suffix("\r\n").unwrap().split("\r\n").collect();
    assert_eq!(lines.len(), 1 + dataset.countries.len());
    assert!(lines.iter().all(|l| l.split('\t').count() == 11), "{lines:?}");
    assert!(lines[0].starts_with("Rang\tLand\t"));
}

/// The median beside the range; a nominal rank outside its own range says so in words.
#[test]
fn the_median_rank_and_a_rank_outside_its_range_are_in_the_table() {
    use beleidsagenda_model::selection::sensitivity::Stability;
    let dataset = Bundle::bundled(2026).unwrap().dataset;
    let settings = SelectionSettings::defaults(&dataset);
    let (_, _, ranking) = rank_dataset(&dataset, &settings);
    let first = ranking.iter().find(|r| r.rank == Some(1)).unwrap().iso3.clone();
    let second = ranking.iter().find(|r| r.rank == Some(2)).unwrap().iso3.clone();
    let stability = [
        (
            first,
            Stability {
                rank_low: 1,
                rank_high: 3,
                rank_median: 2,
                tier_kept: 0.9,
                tier_kept_rule_varied: None,
            },
        ),
        (
            second,
            Stability {
                rank_low: 4,
                rank_high: 9,
                rank_median: 6,
                tier_kept: 0.4,
                tier_kept_rule_varied: Some(0.5),
            },
        ),
    ]
    .into_iter()
    .collect();
    let table = ranking_table(&dataset, &settings, &ranking, Some(&stability), Lang::Nl);
    assert_eq!(table.headers[6..8], ["Rangbereik (5–95%)", "Mediaan rang"]);
    assert_eq!(table.rows[0][6..8], ["1–3", "2"]);
    assert_eq!(
        table.rows[1][6..8],
        ["4–9", "6 (plaats hangt af van de aannames)"]
    );
    assert_eq!(table.headers[9], "Niveau behouden, regel gevarieerd");
    assert_eq!(
        table.rows[0][9], "",
        "a run that did not vary the rule has no share"
    );
    assert_eq!(table.rows[1][9], "50%");
    let english = ranking_table(&dataset, &settings, &ranking, Some(&stability), Lang::En);
    assert_eq!(english.rows[1][7], "6 (place depends on the assumptions)");
    // Not varied: no such column.
    let mut fixed = settings.clone();
    fixed.sensitivity.vary_rule = false;
    let table = ranking_table(&dataset, &fixed, &ranking, Some(&stability), Lang::Nl);
    assert_eq!(table.headers.len(), 10);
    assert!(!table.headers.iter().any(|h| h.contains("regel gevarieerd")));
}

#[test]
fn the_copied_table_neutralises_formula_text_in_plain_text_and_html() {
    use beleidsagenda_model::selection::table::TextTable;
    let table = TextTable {
        caption: "Rangorde".into(),
        headers: vec!["Land".into(), "Aanpassing".into()],
        rows: vec![
            vec!["=HYPERLINK(\"http://x\")".into(), "\t=1+1".into()],
            vec!["-5".into(), "\r@SUM(A1)".into()],
        ],
    };
    let tsv = table.to_tsv();
    assert!(tsv.contains("'=HYPERLINK"), "{tsv}");
    assert!(tsv.contains("' =1+1") || tsv.contains("'\t=1+1"), "{tsv}");
    assert!(
        !tsv.lines().any(|l| l.split('\t').any(|c| c.starts_with('='))),
        "{tsv}"
    );
    assert!(
        tsv.contains("\t-5\t") || tsv.lines().nth(2).unwrap().starts_with("-5"),
        "a number stays a number: {tsv}"
    );
    let html = table.to_html();
    assert!(html.contains("<td>'=HYPERLINK"), "{html}");
    assert!(!html.contains("<td>="), "{html}");
}
