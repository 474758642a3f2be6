//! Any bytes given to the dataset import parser yield data or a list of errors, never a panic;
//! a dataset that loads, written out as the app's "download the data in use" writes it, loads
//! again to the same dataset (nothing the parser kept is lost or changed on the way).
#![no_main]

use beleidsagenda_model::parse_dataset_file;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(dataset) = parse_dataset_file("fuzz.json", text, 2026, &[]) {
        let written = serde_json::to_string(&dataset).expect("a dataset serialises");
        let again =
            parse_dataset_file("again.json", &written, 2026, &[]).expect("a written dataset loads again");
        assert_eq!(again, dataset);
    }
});
