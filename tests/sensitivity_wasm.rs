//! The sensitivity analysis as the browser runs it: in WebAssembly its sums take SIMD
//! instructions and its loops are compiled for speed (`model/build.rs`), where the native
//! tests run the scalar loop. The same seed must give the same result on both, exactly what
//! the straightforward run gives. Run by `./test wasm` in headless Chromium.

use beleidsagenda_model::selection::grade::Grade;
use beleidsagenda_model::selection::random::Rng;
use beleidsagenda_model::selection::reference_run::straightforward_monte_carlo;
use beleidsagenda_model::selection::scoring::Matrix;
use beleidsagenda_model::selection::sensitivity::MonteCarlo;
use beleidsagenda_model::selection::{MonteCarloConfig, SelectionSettings, TierRule};
use beleidsagenda_model::Bundle;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn fast_run(matrix: &Matrix, settings: &SelectionSettings, config: MonteCarloConfig) -> MonteCarlo {
    let mut run = MonteCarlo::new(matrix, settings, config);
    while !run.is_finished() {
        run.step(matrix, settings, 17);
    }
    run
}

#[wasm_bindgen_test]
fn on_the_bundled_data_the_fast_run_gives_what_the_straightforward_one_gives() {
    let dataset = Bundle::bundled(2026).unwrap().dataset;
    let mut rng = Rng::new(5);
    for tier_rule in [
        TierRule::default(),
        TierRule::Thresholds {
            intensive: 0.6,
            targeted: 0.4,
        },
    ] {
        let mut settings = SelectionSettings::defaults(&dataset);
        settings.tier_rule = tier_rule;
        for indicator in &dataset.indicators {
            let grade = Grade::new((rng.next_u64() % 6) as u8).unwrap();
            settings.grades.insert(indicator.id.clone(), grade);
        }
        let matrix = Matrix::build(&dataset, settings.normalisation);
        assert!(matrix.has_censored(), "values below a bound are drawn too");
        let config = MonteCarloConfig {
            draws: 400,
            spread: 0.5,
            seed: rng.next_u64(),
            vary_rule: true,
        };
        let fast = fast_run(&matrix, &settings, config);
        assert_eq!(
            fast.result(&matrix),
            straightforward_monte_carlo(&matrix, &settings, config)
        );
    }
}

/// More countries than the bundled data (every SIMD block full, and one partly), 20 % of the
/// cells missing, and pairs of countries whose values tie or differ in the last bit.
#[wasm_bindgen_test]
fn with_ties_and_missing_cells_the_fast_run_gives_what_the_straightforward_one_gives() {
    let dataset = Bundle::bundled(2026).unwrap().dataset;
    let mut rng = Rng::new(11);
    let criteria: Vec<String> = (0..13).map(|i| format!("c{i}")).collect();
    let mut values: Vec<Vec<Option<f64>>> = Vec::new();
    while values.len() < 203 {
        let row: Vec<Option<f64>> = criteria
            .iter()
            .map(|_| (rng.next_f64() > 0.2).then(|| rng.next_f64()))
            .collect();
        let mut nudged = row.clone();
        if let Some(Some(v)) = nudged.first_mut() {
            *v = f64::from_bits(v.to_bits() + 1);
        }
        values.push(row.clone());
        values.push(row);
        values.push(nudged);
    }
    values.truncate(203);
    // Codes in the reverse of the rows' order, so a tie is broken by code, not by position.
    let codes = (0..values.len()).map(|i| format!("C{:04}", 9999 - i)).collect();
    let matrix = Matrix::from_values(codes, criteria.clone(), values);
    let mut settings = SelectionSettings::defaults(&dataset);
    settings.grades = criteria
        .iter()
        .map(|id| (id.clone(), Grade::new(1 + (rng.next_u64() % 5) as u8).unwrap()))
        .collect();
    settings.tier_rule = TierRule::TopN {
        intensive: 20,
        targeted: 40,
    };
    let config = MonteCarloConfig {
        draws: 300,
        spread: 0.3,
        seed: 3,
        vary_rule: true,
    };
    assert_eq!(
        fast_run(&matrix, &settings, config).result(&matrix),
        straightforward_monte_carlo(&matrix, &settings, config)
    );
}
