//! Synthetic datasets for the benchmarks (native benches and the browser probe): the bundled
//! criteria and sources over `countries` made-up countries `C0000`…, every figure present and
//! deterministic. With `shift` > 0 one figure in ten differs, so two of them compare as a new
//! release of the data would. Not used by the app.

use crate::data::dataset::{Dataset, Observation};
use crate::load::bundle::Bundle;

pub fn synthetic_dataset(countries: usize, shift: usize) -> Dataset {
    let mut dataset = Bundle::bundled(2026).expect("the bundled data loads").dataset;
    let template = dataset.countries[0].clone();
    dataset.values.clear();
    dataset.countries = (0..countries)
        .map(|i| {
            let mut country = template.clone();
            country.iso3 = format!("C{i:04}");
            country.name.nl = format!("Land {i}");
            country.name.en = format!("Country {i}");
            country
        })
        .collect();
    for (i, country) in dataset.countries.iter().enumerate() {
        for (k, indicator) in dataset.indicators.iter().enumerate() {
            let changed = shift > 0 && (i + k) % 10 == 0;
            dataset.values.push(Observation {
                country: country.iso3.clone(),
                indicator: indicator.id.clone(),
                value: Some(((i * 37 + k * 11 + if changed { shift } else { 0 }) % 5000) as f64),
                year: Some(2024),
                source: indicator.source.clone(),
                note: None,
            });
        }
    }
    dataset
}
