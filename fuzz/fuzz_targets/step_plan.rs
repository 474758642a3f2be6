//! Any bytes given to the step-plan reader (internal edition) yield a template or a refusal,
//! never a panic; a template that loads, written out, reads back to itself. The same bytes as a
//! plan file: what loads, its step plan included, exported reads back to itself.
#![no_main]

use std::sync::OnceLock;

use beleidsagenda_model::plan::import::import_plan;
use beleidsagenda_model::plan::scenario::export_scenario;
use beleidsagenda_model::plan::step_plan::own_template::parse_template_file;
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
    if let Ok(template) = parse_template_file("fuzz.json", text, &b.sources) {
        let again = serde_json::to_string(&template).expect("a template serialises");
        let back =
            parse_template_file("again.json", &again, &b.sources).expect("a written template reads back");
        assert_eq!(back, template);
    }
    let context = PlanContext {
        dataset: &b.dataset,
        envelopes: &b.envelopes,
        today: "2026-12-01",
    };
    let data = beleidsagenda_model::data::identity::DataIdentity::of(&b.dataset, "fuzz");
    if let Ok((scenario, plan, _)) = import_plan("fuzz.json", text, context) {
        let (settings, _) = decode(&scenario.query, &b.dataset);
        let again = export_scenario(&scenario, &settings, &data);
        let (_, back, dropped) =
            import_plan("again.json", &again, context).expect("an exported plan reads back");
        assert!(dropped.is_empty());
        assert_eq!(back, plan, "the step plan travels with the plan");
    }
});
