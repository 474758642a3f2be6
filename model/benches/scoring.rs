//! How the cost of ranking, Monte Carlo and tipping points grows with countries × criteria ×
//! draws. `cargo bench -p beleidsagenda-model --bench scoring`; bench/run.sh puts the results in
//! docs/benchmarks-log.md.

use std::hint::black_box;

use beleidsagenda_model::selection::grade::Grade;
use beleidsagenda_model::selection::random::Rng;
use beleidsagenda_model::selection::scoring::{weights_from_grades, Matrix};
use beleidsagenda_model::selection::sensitivity::{tipping_points, MonteCarlo};
use beleidsagenda_model::selection::MonteCarloConfig;
use beleidsagenda_model::selection::{rank, SelectionSettings, TierRule};
use beleidsagenda_model::Bundle;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};

/// A matrix of random normalised values, 20 % missing, like the real data's gaps.
fn synthetic(countries: usize, criteria: usize) -> (Matrix, SelectionSettings) {
    let mut rng = Rng::new(countries as u64 * 31 + criteria as u64);
    let ids: Vec<String> = (0..criteria).map(|i| format!("c{i}")).collect();
    let values = (0..countries)
        .map(|_| {
            ids.iter()
                .map(|_| (rng.next_f64() > 0.2).then(|| rng.next_f64()))
                .collect()
        })
        .collect();
    let matrix = Matrix::from_values(
        (0..countries).map(|i| format!("C{i:05}")).collect(),
        ids.clone(),
        values,
    );
    let dataset = Bundle::bundled(2026).expect("bundled").dataset;
    let mut settings = SelectionSettings::defaults(&dataset);
    settings.grades = ids
        .iter()
        .map(|id| (id.clone(), Grade::new(3).unwrap()))
        .collect();
    settings.tier_rule = TierRule::TopN {
        intensive: countries / 10,
        targeted: countries / 5,
    };
    (matrix, settings)
}

fn ranking(c: &mut Criterion) {
    let mut group = c.benchmark_group("rank");
    for &(countries, criteria) in &[(58, 16), (200, 16), (2000, 16), (2000, 32)] {
        let (matrix, settings) = synthetic(countries, criteria);
        let weights = weights_from_grades(&matrix.criteria, &settings.grades_f64());
        group.bench_with_input(
            BenchmarkId::from_parameter(format!("{countries}x{criteria}")),
            &(),
            |b, _| b.iter(|| rank(black_box(&matrix), black_box(&weights), black_box(&settings))),
        );
    }
    group.finish();
}

fn bundled_matrix(c: &mut Criterion) {
    let dataset = Bundle::bundled(2026).expect("bundled").dataset;
    let settings = SelectionSettings::defaults(&dataset);
    c.bench_function("matrix_build/bundled", |b| {
        b.iter(|| Matrix::build(black_box(&dataset), settings.normalisation))
    });
}

fn monte_carlo(c: &mut Criterion) {
    let mut group = c.benchmark_group("monte_carlo");
    group.sample_size(10);
    for &(countries, draws) in &[(58, 1000), (200, 100), (200, 1000), (2000, 100)] {
        let (matrix, settings) = synthetic(countries, 16);
        group.bench_with_input(
            BenchmarkId::from_parameter(format!("{countries}c_{draws}d")),
            &(),
            |b, _| {
                b.iter(|| {
                    let mut mc = MonteCarlo::new(
                        &matrix,
                        &settings,
                        MonteCarloConfig {
                            draws,
                            spread: 0.25,
                            seed: 1,
                            vary_rule: true,
                        },
                    );
                    mc.step(&matrix, &settings, draws);
                    mc.result(&matrix)
                })
            },
        );
    }
    group.finish();
}

fn tipping(c: &mut Criterion) {
    let mut group = c.benchmark_group("tipping_points");
    group.sample_size(10);
    for &countries in &[58, 200] {
        let (matrix, settings) = synthetic(countries, 16);
        group.bench_with_input(
            BenchmarkId::from_parameter(format!("{countries}c")),
            &(),
            |b, _| b.iter(|| tipping_points(black_box(&matrix), black_box(&settings))),
        );
    }
    group.finish();
}

criterion_group!(benches, ranking, bundled_matrix, monte_carlo, tipping);
criterion_main!(benches);
