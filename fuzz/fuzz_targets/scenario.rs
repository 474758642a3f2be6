//! Any bytes given to the scenario file reader yield a scenario or a refusal, never a panic; a
//! scenario that loads gives settings whose link reads back to the same settings.
#![no_main]

use std::sync::OnceLock;

use beleidsagenda_model::plan::scenario::import_scenario;
use beleidsagenda_model::selection::url_state::{decode, encode};
use beleidsagenda_model::{Bundle, Dataset};
use libfuzzer_sys::fuzz_target;

fn dataset() -> &'static Dataset {
    static DATASET: OnceLock<Dataset> = OnceLock::new();
    DATASET.get_or_init(|| Bundle::bundled(2026).expect("bundled data").dataset)
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok((_, settings, _)) = import_scenario(text, dataset()) {
            let (again, ignored) = decode(&encode(&settings), dataset());
            assert!(ignored.is_empty());
            assert_eq!(again, settings);
        }
    }
});
