//! Any bytes given to the plan file reader yield a plan or a refusal, never a panic; a plan that
//! loads keeps the plan's bounds and, exported again, reads back to itself with nothing dropped.
#![no_main]

use std::sync::OnceLock;

use beleidsagenda_model::plan::file::{check_plan, import_plan};
use beleidsagenda_model::plan::PlanContext;
use beleidsagenda_model::selection::scenario::export_scenario;
use beleidsagenda_model::selection::url_state::decode;
use beleidsagenda_model::Bundle;
use libfuzzer_sys::fuzz_target;

fn bundle() -> &'static Bundle {
    static BUNDLE: OnceLock<Bundle> = OnceLock::new();
    BUNDLE.get_or_init(|| Bundle::bundled(2026).expect("bundled data"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let b = bundle();
    let context = PlanContext {
        dataset: &b.dataset,
        envelopes: &b.envelopes,
        today: "2026-12-01",
    };
    if let Ok((scenario, plan, _)) = import_plan("fuzz.json", text, context) {
        assert!(check_plan("fuzz", "$", &plan).is_empty());
        let (settings, _) = decode(&scenario.query, &b.dataset);
        let again = export_scenario(&scenario, &settings);
        let (_, back, dropped) =
            import_plan("again.json", &again, context).expect("an exported plan reads back");
        assert!(dropped.is_empty());
        assert_eq!(back, plan);
    }
});
