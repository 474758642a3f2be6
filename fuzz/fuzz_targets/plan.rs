//! Any bytes given to the plan file reader yield a plan or a refusal, never a panic; a plan that
//! loads, exported again, reads back to itself with nothing dropped, and its export is a fixed
//! point (exporting what was read back gives the same bytes).
#![no_main]

use std::sync::OnceLock;

use beleidsagenda_model::plan::import::import_plan;
use beleidsagenda_model::plan::scenario::export_scenario;
use beleidsagenda_model::plan::PlanContext;
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
    let data = beleidsagenda_model::data::identity::DataIdentity::of(&b.dataset, "fuzz");
    if let Ok((scenario, plan, _)) = import_plan("fuzz.json", text, context) {
        let (settings, _) = decode(&scenario.query, &b.dataset);
        let again = export_scenario(&scenario, &settings, &data);
        let (scenario_back, back, dropped) =
            import_plan("again.json", &again, context).expect("an exported plan reads back");
        assert!(dropped.is_empty());
        assert_eq!(back, plan);
        let (settings_back, _) = decode(&scenario_back.query, &b.dataset);
        assert_eq!(export_scenario(&scenario_back, &settings_back, &data), again);
    }
});
