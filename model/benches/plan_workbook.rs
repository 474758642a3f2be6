//! Reading a plan workbook of 100,000 rows (issue 33): the time to the answer, natively
//! (release), for the two shapes a user can make — 20,000 different lines of five years each
//! (refused: written out it is larger than a plan file may be), and the 696 lines of the bundled
//! data repeated with other amounts (refused: the same line and year twice, fifty listed).
//! `cargo bench -p beleidsagenda-model --bench plan_workbook` prints one JSON line.

use std::hint::black_box;
use std::time::Instant;

use beleidsagenda_model::plan::workbook::{plan_text_from_xlsx, PLAN_COLUMNS, PLAN_DATA_SHEET};
use beleidsagenda_model::sheet::common::file_sheet;
use beleidsagenda_model::sheet::xlsx_read::read_xlsx;
use beleidsagenda_model::sheet::xlsx_write::write_xlsx;
use beleidsagenda_model::sheet::{Cell, Sheet, Workbook};
use beleidsagenda_model::Bundle;

const ROWS: usize = 99_990;
const PLAN_FILE: &str = r#"{"format":"beleidsagenda-scenario","version":1,"scenario":{"name":"bench","saved":"2026-12-07","query":"","plan":{"rows":[]}},"settings":{}}"#;

fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    (times[runs / 2] * 10.0).round() / 10.0
}

/// A plan workbook whose lines sheet holds `line(i)` (country, instrument, year) for each row.
fn workbook(line: impl Fn(usize) -> (String, String, u16)) -> Vec<u8> {
    let mut lines = Sheet::table("Regels", &PLAN_COLUMNS);
    for i in 0..ROWS {
        let (country, instrument, year) = line(i);
        lines.rows.push(vec![
            Cell::text(&country),
            Cell::Empty,
            Cell::Empty,
            Cell::text(&instrument),
            Cell::Empty,
            Cell::text("AM"),
            Cell::Empty,
            Cell::text("am-project"),
            Cell::number(f64::from(year)),
            Cell::euro(1_000 + i as i64),
            Cell::fte(0),
        ]);
    }
    write_xlsx(&Workbook {
        title: "bench".into(),
        confidential: false,
        sheets: vec![lines, file_sheet(PLAN_DATA_SHEET, PLAN_FILE)],
    })
}

fn main() {
    let bundle = Bundle::bundled(2026).expect("bundled data");
    let countries: Vec<String> = bundle.dataset.countries.iter().map(|c| c.iso3.clone()).collect();
    let instruments: Vec<String> = bundle.dataset.instruments.iter().map(|i| i.id.clone()).collect();
    let distinct = workbook(|i| {
        (
            format!("C{:05}", i / 5),
            "return-agreements".into(),
            2025 + (i % 5) as u16,
        )
    });
    let repeated = workbook(|i| {
        let line = i / 5 % (countries.len() * instruments.len());
        (
            countries[line / instruments.len()].clone(),
            instruments[line % instruments.len()].clone(),
            2025 + (i % 5) as u16,
        )
    });
    let runs = 5;
    let read = median_ms(runs, || {
        black_box(read_xlsx(black_box(&distinct)).unwrap());
    });
    let distinct_ms = median_ms(runs, || {
        black_box(plan_text_from_xlsx("b.xlsx", black_box(&distinct), "2026-12-07").is_err());
    });
    let repeated_ms = median_ms(runs, || {
        black_box(plan_text_from_xlsx("b.xlsx", black_box(&repeated), "2026-12-07").is_err());
    });
    println!(
        "{{\"rows\":{ROWS},\"distinct_bytes\":{},\"repeated_bytes\":{},\"read_xlsx_ms\":{read},\"distinct_lines_answer_ms\":{distinct_ms},\"repeated_lines_answer_ms\":{repeated_ms},\"runs\":{runs}}}",
        distinct.len(),
        repeated.len()
    );
}
