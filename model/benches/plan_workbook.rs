//! Reading a plan workbook of 100,000 rows (issue 33): the time to the answer, natively
//! (release), for the two shapes a user can make — 20,000 different lines of five years each
//! (refused: written out it is larger than a plan file may be), and the 696 lines of the bundled
//! data repeated with other amounts (refused: the same line and year twice, fifty listed).
//! `cargo bench -p beleidsagenda-model --bench plan_workbook` prints one JSON line; with
//! `PLAN_WORKBOOK_DIR` set it also writes the two workbooks there, for `bench/workbook.mjs`.

use std::hint::black_box;
use std::time::Instant;

use beleidsagenda_model::plan::workbook::{PLAN_COLUMNS, PLAN_DATA_SHEET};
use beleidsagenda_model::plan::workbook_read::plan_text_from_xlsx;
use beleidsagenda_model::sheet::columns::labels;
use beleidsagenda_model::sheet::common::file_sheet;
use beleidsagenda_model::sheet::xlsx_read::read_xlsx;
use beleidsagenda_model::sheet::xlsx_write::write_xlsx;
use beleidsagenda_model::sheet::{Cell, Sheet, Workbook};
use beleidsagenda_model::{Bundle, Lang};

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

/// A plan workbook whose lines sheet holds `line(i)` (country, instrument, year, euros) for
/// each row.
fn workbook(line: impl Fn(usize) -> (String, String, u16, i64)) -> Vec<u8> {
    let mut lines = Sheet::table("Regels", &labels(&PLAN_COLUMNS, Lang::Nl));
    for i in 0..ROWS {
        let (country, instrument, year, eur) = line(i);
        lines.rows.push(vec![
            Cell::text(&country),
            Cell::Empty,
            Cell::Empty,
            Cell::text(&instrument),
            Cell::Empty,
            Cell::text("A&M"),
            Cell::Empty,
            Cell::text("am-project"),
            Cell::number(f64::from(year)),
            Cell::euro(eur),
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
            1_000 + i as i64,
        )
    });
    let bundled_line = |i: usize, eur: &dyn Fn(usize) -> i64| {
        let line = i / 5 % (countries.len() * instruments.len());
        (
            countries[line / instruments.len()].clone(),
            instruments[line % instruments.len()].clone(),
            2025 + (i % 5) as u16,
            eur(i),
        )
    };
    let repeated = workbook(|i| bundled_line(i, &|i| 1_000 + i as i64));
    // The same, each repeat with the values of the first: loaded, the repeats counted.
    let same = workbook(|i| bundled_line(i, &|i| 1_000 + (i % 3_480) as i64));
    // The same files for the browser's benchmark (bench/workbook.mjs), when asked for.
    if let Ok(dir) = std::env::var("PLAN_WORKBOOK_DIR") {
        std::fs::create_dir_all(&dir).expect("the directory for the workbooks");
        std::fs::write(format!("{dir}/distinct.xlsx"), &distinct).expect("written");
        std::fs::write(format!("{dir}/repeated.xlsx"), &repeated).expect("written");
        std::fs::write(format!("{dir}/same.xlsx"), &same).expect("written");
    }
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
    let same_ms = median_ms(runs, || {
        black_box(plan_text_from_xlsx("b.xlsx", black_box(&same), "2026-12-07").is_ok());
    });
    println!(
        "{{\"rows\":{ROWS},\"distinct_bytes\":{},\"repeated_bytes\":{},\"read_xlsx_ms\":{read},\"distinct_lines_answer_ms\":{distinct_ms},\"repeated_lines_answer_ms\":{repeated_ms},\"same_values_answer_ms\":{same_ms},\"runs\":{runs}}}",
        distinct.len(),
        repeated.len()
    );
}
