//! Any bytes given to the dataset import parser yield data or a list of errors, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = beleidsagenda_model::parse_dataset_file("fuzz.json", text, 2026, &[]);
    }
});
