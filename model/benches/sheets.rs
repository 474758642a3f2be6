//! Writing and reading spreadsheets at the size issue 21 names: a dataset of 2,000 countries ×
//! 16 criteria (32,000 figures) as `.xlsx` and as CSV, and reading the `.xlsx` back into cells.
//! The app accepts ISO codes only, so a dataset this large cannot be loaded in the browser; this
//! times the model's part natively (release). `cargo bench -p beleidsagenda-model --bench sheets`
//! prints one JSON line; `bench/sheets.mjs` times the browser with the largest dataset it accepts.

use std::hint::black_box;
use std::time::Instant;

use beleidsagenda_model::data::dataset::Reading;
use beleidsagenda_model::load::dataset_sheets::dataset_workbook;
use beleidsagenda_model::load::synthetic::synthetic_dataset;
use beleidsagenda_model::sheet::common::Made;
use beleidsagenda_model::sheet::csv::{read_csv, write_csv, Dialect};
use beleidsagenda_model::sheet::xlsx_read::read_xlsx;
use beleidsagenda_model::sheet::xlsx_write::write_xlsx;
use beleidsagenda_model::Lang;

const MADE: Made = Made {
    today: "2026-12-07",
    data: None,
    confidential: false,
};

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

fn main() {
    let dataset = synthetic_dataset(2_000, 0);
    let _ = black_box(dataset.reading("C0001", &dataset.indicators[0].id) == Reading::Unknown);
    let book = dataset_workbook(&dataset, "bench", MADE, Lang::Nl);
    let bytes = write_xlsx(&book);
    let values = book.sheets.iter().find(|s| s.name == "Waarden").unwrap();
    let csv = write_csv(values, Dialect::ExcelNl);
    let runs = 7;
    let write = median_ms(runs, || {
        black_box(write_xlsx(&dataset_workbook(
            black_box(&dataset),
            "bench",
            MADE,
            Lang::Nl,
        )));
    });
    let read = median_ms(runs, || {
        black_box(read_xlsx(black_box(&bytes)).unwrap());
    });
    let csv_write = median_ms(runs, || {
        black_box(write_csv(black_box(values), Dialect::ExcelNl));
    });
    let csv_read = median_ms(runs, || {
        black_box(read_csv("w.csv", black_box(csv.as_bytes())).unwrap());
    });
    println!(
        "{{\"countries\":2000,\"figures\":{},\"xlsx_bytes\":{},\"xlsx_write_ms\":{write},\"xlsx_read_ms\":{read},\"csv_bytes\":{},\"csv_write_ms\":{csv_write},\"csv_read_ms\":{csv_read},\"runs\":{runs}}}",
        dataset.values.len(),
        bytes.len(),
        csv.len()
    );
}
