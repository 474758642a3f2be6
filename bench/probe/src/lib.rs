//! Exports for `bench/probe.mjs`: set up a matrix (synthetic or the bundled data), then run the
//! sensitivity analysis in one call, as the app runs it in slices.

use std::cell::RefCell;

use beleidsagenda_model::selection::grade::Grade;
use beleidsagenda_model::selection::random::Rng;
use beleidsagenda_model::selection::scoring::Matrix;
use beleidsagenda_model::selection::sensitivity::MonteCarlo;
use beleidsagenda_model::selection::{MonteCarloConfig, SelectionSettings, TierRule};
use beleidsagenda_model::Bundle;

thread_local! {
    static SETUP: RefCell<Option<(Matrix, SelectionSettings)>> = const { RefCell::new(None) };
}

/// `countries` × `criteria` random normalised values, 20 % missing, as `model/benches/scoring.rs`.
#[no_mangle]
pub extern "C" fn setup_synthetic(countries: u32, criteria: u32) {
    let (countries, criteria) = (countries as usize, criteria as usize);
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
    let dataset = Bundle::bundled(2026).expect("the bundled data loads").dataset;
    let mut settings = SelectionSettings::defaults(&dataset);
    settings.grades = ids
        .iter()
        .map(|id| (id.clone(), Grade::new(3).unwrap()))
        .collect();
    settings.tier_rule = TierRule::TopN {
        intensive: countries / 10,
        targeted: countries / 5,
    };
    SETUP.with(|s| *s.borrow_mut() = Some((matrix, settings)));
}

/// The bundled data with the default settings: 58 countries, values below top-N bounds drawn.
#[no_mangle]
pub extern "C" fn setup_bundled() {
    let dataset = Bundle::bundled(2026).expect("the bundled data loads").dataset;
    let settings = SelectionSettings::defaults(&dataset);
    let matrix = Matrix::build(&dataset, settings.normalisation);
    SETUP.with(|s| *s.borrow_mut() = Some((matrix, settings)));
}

/// Runs `draws` draws (seed 1, spread 0.25); returns a checksum of the result, the same for
/// the same code and seed.
#[no_mangle]
pub extern "C" fn run(draws: u32) -> u32 {
    SETUP.with(|s| {
        let setup = s.borrow();
        let (matrix, settings) = setup.as_ref().expect("set up first");
        let config = MonteCarloConfig {
            draws: draws as usize,
            spread: 0.25,
            seed: 1,
            vary_rule: true,
        };
        let mut run = MonteCarlo::new(matrix, settings, config);
        run.step(matrix, settings, draws as usize);
        run.result(matrix)
            .values()
            .map(|s| (s.rank_low + 3 * s.rank_high) as u32 + (s.tier_kept * 1000.0) as u32)
            .sum()
    })
}

thread_local! {
    static COMPARE: RefCell<Option<(beleidsagenda_model::Dataset, beleidsagenda_model::Dataset)>> = const { RefCell::new(None) };
}

/// Two synthetic datasets of `countries` × the bundled criteria, one figure in ten changed, as
/// `model/benches/compare.rs` ("Wat verandert er?" at the size issue 23 names).
#[no_mangle]
pub extern "C" fn setup_compare(countries: u32) {
    use beleidsagenda_model::load::synthetic::synthetic_dataset;
    let countries = countries as usize;
    COMPARE.with(|c| {
        *c.borrow_mut() = Some((synthetic_dataset(countries, 0), synthetic_dataset(countries, 977)))
    });
}

/// Compares the two (figures, countries, list kinds, both rankings); returns the number of
/// figures changed plus the moves, the same for the same code.
#[no_mangle]
pub extern "C" fn compare() -> u32 {
    COMPARE.with(|c| {
        let setup = c.borrow();
        let (old, new) = setup.as_ref().expect("set up first");
        let changes = beleidsagenda_model::load::compare::compare_datasets(old, new);
        (changes.figures.len() + changes.moves.len()) as u32
    })
}
