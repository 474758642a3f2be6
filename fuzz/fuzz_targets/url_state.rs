//! Any link query decodes without a panic to settings that are themselves a valid link: what
//! was kept encodes and decodes to the same settings, with nothing more to ignore.
#![no_main]

use std::sync::OnceLock;

use beleidsagenda_model::selection::url_state::{decode, encode};
use beleidsagenda_model::{Bundle, Dataset};
use libfuzzer_sys::fuzz_target;

fn dataset() -> &'static Dataset {
    static DATASET: OnceLock<Dataset> = OnceLock::new();
    DATASET.get_or_init(|| Bundle::bundled(2026).expect("bundled data").dataset)
}

fuzz_target!(|data: &[u8]| {
    if let Ok(query) = std::str::from_utf8(data) {
        let (settings, _) = decode(query, dataset());
        let (again, ignored) = decode(&encode(&settings), dataset());
        assert!(ignored.is_empty(), "{ignored:?}");
        assert_eq!(again, settings);
    }
});
