//! "Wat verandert er?" at the size issue 23 names: two datasets of 2,000 countries × 16
//! criteria, the second with one figure in ten changed, compared (figures, countries, list
//! kinds, and both rankings under the default settings). Native (release); the browser runs the
//! same code as wasm when a file is loaded. `cargo bench -p beleidsagenda-model --bench compare`
//! prints one JSON line.

use std::hint::black_box;
use std::time::Instant;

use beleidsagenda_model::load::compare::compare_datasets;
use beleidsagenda_model::load::synthetic::synthetic_dataset;

fn main() {
    let old = synthetic_dataset(2_000, 0);
    let new = synthetic_dataset(2_000, 977);
    let mut times = Vec::new();
    let mut figures = 0;
    let mut moves = 0;
    for _ in 0..20 {
        let start = Instant::now();
        let changes = compare_datasets(&old, &new);
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        figures = changes.figures.len();
        moves = changes.moves.len();
        black_box(changes);
    }
    times.sort_by(f64::total_cmp);
    let p = |q: f64| times[((times.len() as f64 - 1.0) * q).round() as usize];
    println!(
        "{{\"countries\":2000,\"criteria\":{},\"figures_changed\":{figures},\"moves\":{moves},\"runs\":{},\"median_ms\":{:.1},\"p95_ms\":{:.1}}}",
        old.indicators.len(),
        times.len(),
        p(0.5),
        p(0.95)
    );
}
