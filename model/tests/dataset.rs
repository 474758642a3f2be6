//! The bundled country dataset, and every validation rule with an example that breaks it.

use beleidsagenda_model::check::dataset::{is_country_code, MAX_FILE_BYTES};
use beleidsagenda_model::data::dataset::Reading;
use beleidsagenda_model::Lang;
use beleidsagenda_model::{parse_dataset_file, Bundle, Dataset, DerivedFrom};
use serde_json::{json, Value};

const YEAR: u16 = 2026;

fn bundle() -> Bundle {
    Bundle::bundled(YEAR).expect("bundled data is valid")
}

/// The bundled dataset as one importable JSON value, to break in one place per test.
fn dataset_json() -> Value {
    serde_json::to_value(&bundle().dataset).unwrap()
}

fn import(value: &Value) -> Result<Dataset, Vec<String>> {
    let text = serde_json::to_string(value).unwrap();
    parse_dataset_file("eigen-lijst.json", &text, YEAR, &bundle().dataset.instruments).map_err(|errors| {
        // Every reason a user can meet is also in Dutch.
        for error in &errors {
            assert!(!error.reason.is_unclassified(), "no Dutch for: {}", error);
        }
        errors.iter().map(|e| e.to_string()).collect()
    })
}

fn assert_error(value: &Value, path: &str, reason: &str) {
    let errors = import(value).expect_err("expected the file to be rejected");
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("eigen-lijst.json: ") && e.contains(path) && e.contains(reason)),
        "no error at {path} containing {reason:?} in {errors:#?}"
    );
}

#[test]
fn bundled_dataset_covers_every_country_named_in_the_research() {
    let dataset = bundle().dataset;
    for iso3 in [
        "SYR", "TUR", "ERI", "YEM", "SOM", "DZA", "IRQ", "IRN", "MAR", "SDN", "AFG", "NGA", "MDA", "PAK",
        "UKR", "COL", "TUN", "SLE", "RUS", "ETH", "EGY", "LBY", "GMB", "GIN", "IND", "JOR", "LBN", "NER",
        "SEN", "MLI", "BGD", "MRT", "GEO", "ALB", "UGA", "BEN", "BFA", "BDI", "MOZ", "PSE", "SSD", "TCD",
        "KEN", "CIV",
    ] {
        assert!(dataset.country(iso3).is_some(), "{iso3} missing");
    }
    assert!(dataset.countries.len() >= 54);
}

#[test]
fn figures_match_the_research_and_missing_stays_missing() {
    let dataset = bundle().dataset;
    let value = |iso3: &str, id: &str| dataset.figure(iso3, id).map(|f| f.value);
    assert_eq!(value("SYR", "nl_first_asylum_2023"), Some(13030.0));
    assert_eq!(value("MAR", "nl_asylum_applicants_2024"), Some(720.0));
    assert_eq!(value("DZA", "eu_orders_to_leave_q4_2024"), Some(11360.0));
    assert_eq!(value("GMB", "return_rate"), Some(0.37));
    assert_eq!(value("SYR", "gdp_per_capita_ppp"), Some(4455.0));
    assert_eq!(
        dataset.figure("SYR", "gdp_per_capita_ppp").unwrap().year,
        Some(2022)
    );
    // Not in any source: missing, never 0.
    assert_eq!(value("YEM", "gdp_per_capita_ppp"), None);
    assert_eq!(value("SLE", "refugees_hosted_2023"), None);
    assert_eq!(value("BEN", "nl_first_asylum_2023"), None);
    // Filled by the refresh from the same Eurostat table (they were left empty when typed in).
    assert_eq!(value("BEN", "nl_asylum_applicants_2024"), Some(15.0));
    assert_eq!(value("MAR", "population_2023"), Some(37_712_517.0));
    assert_eq!(value("NLD", "nl_asylum_applicants_2024"), None);
    // Approximate figures carry their note.
    assert!(dataset
        .figure("TUR", "nl_first_asylum_2023")
        .unwrap()
        .note
        .is_some());
    // Zero is a real figure where the source says 0.
    assert_eq!(value("VEN", "frontex_detections_2024"), Some(0.0));
}

#[test]
fn derived_indicators_follow_the_country_facts_with_their_sources() {
    let dataset = bundle().dataset;
    let figure = |iso3: &str, id: &str| dataset.figure(iso3, id).unwrap();
    assert_eq!(figure("ETH", "visa_25a").value, 1.0);
    assert_eq!(figure("SEN", "visa_25a").value, 0.5);
    assert_eq!(figure("MAR", "visa_25a").value, 0.0);
    assert_eq!(figure("TUN", "eu_partnership").value, 1.0);
    assert_eq!(figure("TUN", "eu_partnership").source, "eu-partnerships");
    assert_eq!(figure("JOR", "eu_partnership").source, "eu-jordan-2025");
    assert_eq!(figure("TUR", "eu_partnership").source, "eu-turkey-2016");
    // No source settles Morocco's: unknown, not "no".
    assert_eq!(dataset.reading("MAR", "eu_partnership"), Reading::Unknown);
    assert_eq!(figure("UGA", "nl_development_partner").value, 1.0);
    assert_eq!(figure("EGY", "nl_development_partner").value, 0.5);
    assert_eq!(figure("COL", "attention_area").value, 0.0);
    assert_eq!(figure("MLI", "attention_area").value, 1.0);
    let derived = dataset
        .indicators
        .iter()
        .filter(|i| i.derived_from.is_some())
        .count();
    assert_eq!(derived, 4);
    assert!(dataset
        .indicators
        .iter()
        .any(|i| i.derived_from == Some(DerivedFrom::Visa25a)));
}

#[test]
fn coverage_is_the_share_of_the_default_weight_with_data() {
    let dataset = bundle().dataset;
    // Benin: three yes/no facts a source settles (art. 25a, development list, attention area;
    // its EU partnership is unknown), two top-N lists it is below and the six refreshed tables;
    // not on CBS's three partial lists nor the return-rate list: 11 of the 16 criteria, and 7 of
    // the 11 default grade points (the EU returns list weighs 0 by default).
    assert_eq!(dataset.criteria_with_data("BEN"), (11, 16));
    assert!((dataset.coverage("BEN") - 7.0 / 11.0).abs() < 1e-9);
    // The selection's coverage under the default settings is the same figure.
    let settings = beleidsagenda_model::selection::SelectionSettings::defaults(&dataset);
    let (_, _, ranking) = beleidsagenda_model::selection::rank_dataset(&dataset, &settings);
    for row in &ranking {
        assert!(
            (row.coverage - dataset.coverage(&row.iso3)).abs() < 1e-12,
            "{}",
            row.iso3
        );
    }
    assert!(dataset.coverage("SYR") > dataset.coverage("BEN"));
    assert!(dataset.coverage("SYR") <= 1.0);
}

#[test]
fn a_valid_file_imports_and_keeps_the_bundled_instruments_when_it_has_none() {
    let mut value = dataset_json();
    value.as_object_mut().unwrap().remove("instruments");
    let dataset = import(&value).expect("valid");
    assert_eq!(dataset.instruments, bundle().dataset.instruments);
}

#[test]
fn unknown_country_codes_are_rejected() {
    let mut value = dataset_json();
    value["countries"][0]["iso3"] = json!("XYZ");
    assert_error(&value, "$.countries[0].iso3", "not an ISO 3166-1 alpha-3 code");
    assert!(is_country_code("NLD") && is_country_code("XKX") && !is_country_code("nld"));
}

#[test]
fn duplicate_countries_are_rejected() {
    let mut value = dataset_json();
    value["countries"][1]["iso3"] = value["countries"][0]["iso3"].clone();
    assert_error(&value, "$.countries[1].iso3", "duplicate country");
}

#[test]
fn references_must_exist() {
    let mut value = dataset_json();
    value["values"][0]["indicator"] = json!("no_such_indicator");
    assert_error(&value, "$.values[0].indicator", "unknown indicator id");

    let mut value = dataset_json();
    value["values"][0]["source"] = json!("no-such-source");
    assert_error(&value, "$.values[0].source", "unknown source id");

    let mut value = dataset_json();
    value["values"][0]["country"] = json!("NLD");
    assert_error(&value, "$.values[0].country", "unknown country");

    let mut value = dataset_json();
    value["countries"][0]["instruments"] = json!([{ "instrument": "no-such-instrument", "note": { "nl": "x", "en": "x" }, "source": "nota-2025-05" }]);
    assert_error(
        &value,
        "$.countries[0].instruments[0].instrument",
        "unknown instrument id",
    );

    let mut value = dataset_json();
    value["indicators"][0]["source"] = json!("nowhere");
    assert_error(&value, "$.indicators[0].source", "unknown source id");

    // A number a description quotes from another source needs that source's record.
    let mut value = dataset_json();
    value["sources"][0]["compared_with"] = json!(["nota-2025-05", "a-news-item"]);
    assert_error(&value, "$.sources[0].compared_with[1]", "unknown source id");
}

fn observation_index(value: &Value, indicator: &str) -> usize {
    value["values"]
        .as_array()
        .unwrap()
        .iter()
        .position(|v| v["indicator"] == json!(indicator) && !v["value"].is_null())
        .unwrap()
}

#[test]
fn values_must_fit_their_unit() {
    let mut value = dataset_json();
    let i = observation_index(&value, "nl_asylum_applicants_2024");
    value["values"][i]["value"] = json!(-5);
    assert_error(&value, &format!("$.values[{i}].value"), "not a count");
    value["values"][i]["value"] = json!(12.5);
    assert_error(&value, &format!("$.values[{i}].value"), "not a count");

    let mut value = dataset_json();
    let i = observation_index(&value, "return_rate");
    value["values"][i]["value"] = json!(37);
    assert_error(&value, &format!("$.values[{i}].value"), "not a share from 0 to 1");

    let mut value = dataset_json();
    let i = observation_index(&value, "nl_asylum_applicants_2024");
    value["values"][i]["value"] = json!("720");
    assert_error(&value, &format!("$.values[{i}].value"), "invalid type: string");
}

#[test]
fn years_must_be_plausible_and_present() {
    let mut value = dataset_json();
    let i = observation_index(&value, "population_2023");
    value["values"][i]["year"] = json!(1989);
    assert_error(
        &value,
        &format!("$.values[{i}].year"),
        "not a year from 1990 to 2026",
    );
    value["values"][i]["year"] = json!(2031);
    assert_error(
        &value,
        &format!("$.values[{i}].year"),
        "not a year from 1990 to 2026",
    );
    value["values"][i]["year"] = Value::Null;
    assert_error(&value, &format!("$.values[{i}].year"), "needs the year");
}

#[test]
fn derived_indicators_take_no_values() {
    let mut value = dataset_json();
    value["values"].as_array_mut().unwrap().push(json!({
        "country": "MAR", "indicator": "visa_25a", "value": 1, "year": 2024, "source": "visa-25a", "note": null
    }));
    let last = value["values"].as_array().unwrap().len() - 1;
    assert_error(
        &value,
        &format!("$.values[{last}].indicator"),
        "derived from the country facts",
    );
}

#[test]
fn a_second_value_for_the_same_pair_is_rejected() {
    let mut value = dataset_json();
    let first = value["values"][0].clone();
    value["values"].as_array_mut().unwrap().push(first);
    let last = value["values"].as_array().unwrap().len() - 1;
    assert_error(&value, &format!("$.values[{last}]"), "a second value");
}

#[test]
fn weights_are_grades_from_0_to_5() {
    let mut value = dataset_json();
    value["indicators"][0]["default_weight"] = json!(9);
    assert_error(
        &value,
        "$.indicators[0].default_weight",
        "not a grade from 0 to 5",
    );
}

#[test]
fn markup_and_personal_data_are_rejected() {
    let mut value = dataset_json();
    value["countries"][0]["name"]["nl"] = json!("Marokko <b>vet</b>");
    assert_error(&value, "$.countries[0].name.nl", "markup");

    let mut value = dataset_json();
    value["instruments"][0]["lead"][0] = json!("Contact: p.devries@minbuza.nl");
    assert_error(&value, "$.instruments[0].lead[0]", "e-mail");

    let mut value = dataset_json();
    value["countries"][0]["contact"] = json!("J. Jansen");
    assert_error(&value, "$.countries[0]", "personal data");

    let mut value = dataset_json();
    value["countries"][0]["visa_25a"]["note"] = json!({ "nl": "Bel 070-3456789 voor info", "en": "x" });
    assert_error(&value, "$.countries[0].visa_25a.note.nl", "phone");
}

#[test]
fn wrong_enum_and_syntax_errors_name_path_and_position() {
    let mut value = dataset_json();
    value["countries"][2]["region"] = json!("antarctica");
    assert_error(&value, "$.countries[2].region", "unknown variant `antarctica`");

    let errors = parse_dataset_file("kapot.json", "{\"sources\": [}", YEAR, &[]).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].file, "kapot.json");
    assert_eq!(errors[0].position, Some((1, 14)));
}

#[test]
fn oversized_files_are_refused_before_parsing() {
    let text = " ".repeat(MAX_FILE_BYTES + 1);
    let errors = parse_dataset_file("groot.json", &text, YEAR, &[]).unwrap_err();
    assert_eq!(
        errors[0].reason_in(Lang::En),
        "the file is 5.0 MB (5,242,881 bytes); at most 5.0 MB (5,242,880 bytes) is accepted"
    );
}

#[test]
fn every_error_is_reported_not_just_the_first() {
    let mut value = dataset_json();
    value["countries"][0]["iso3"] = json!("XYZ");
    value["indicators"][0]["default_weight"] = json!(7);
    value["values"][0]["source"] = json!("nowhere");
    let errors = import(&value).unwrap_err();
    assert!(errors.len() >= 3, "{errors:#?}");
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    fn bundled_text() -> String {
        serde_json::to_string(&bundle().dataset).unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn truncated_import_is_an_error_not_a_panic(cut in 0usize..200_000) {
            let text = bundled_text();
            let mut end = cut % text.len();
            while !text.is_char_boundary(end) { end -= 1; }
            prop_assert!(parse_dataset_file("x.json", &text[..end], YEAR, &[]).is_err());
        }

        #[test]
        fn arbitrary_text_yields_an_error_or_data(text in "\\PC{0,300}") {
            let _ = parse_dataset_file("x.json", &text, YEAR, &[]);
        }

        #[test]
        fn arbitrary_json_shapes_never_panic(value in arbitrary_json()) {
            if let Err(errors) = parse_dataset_file("x.json", &value.to_string(), YEAR, &[]) {
                for e in errors {
                    prop_assert!(!e.reason.is_unclassified(), "no Dutch for: {}", e);
                }
            }
        }

        #[test]
        fn one_changed_byte_never_panics(position in 0usize..200_000, byte in 0x20u8..0x7f) {
            let mut bytes = bundled_text().into_bytes();
            let p = position % bytes.len();
            bytes[p] = byte;
            if let Ok(text) = String::from_utf8(bytes) {
                if let Err(errors) = parse_dataset_file("x.json", &text, YEAR, &[]) {
                    for e in errors {
                        prop_assert!(!e.reason.is_unclassified(), "no Dutch for: {}", e);
                    }
                }
            }
        }
    }

    fn arbitrary_json() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<f64>()
                .prop_filter("finite", |f| f.is_finite())
                .prop_map(|f| json!(f)),
            "[a-z_]{0,12}".prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 64, 8, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::btree_map(
                    prop_oneof![
                        Just("sources".to_string()),
                        Just("countries".to_string()),
                        Just("values".to_string()),
                        Just("indicators".to_string()),
                        "[a-z]{1,8}"
                    ],
                    inner,
                    0..6
                )
                .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }
}

#[test]
fn dutch_reasons_read_naturally() {
    let errors = parse_dataset_file("kapot.json", "{\"sources\": [}", YEAR, &[]).unwrap_err();
    assert_eq!(errors[0].reason_in(Lang::Nl), "verwacht een waarde");
    let mut value = dataset_json();
    value["values"][0]["value"] = json!("720");
    let text = serde_json::to_string(&value).unwrap();
    let errors = parse_dataset_file("x.json", &text, YEAR, &[]).unwrap_err();
    assert_eq!(
        errors[0].reason_in(Lang::Nl),
        "verkeerd soort waarde: tekst \"720\", verwacht een getal"
    );
    let mut value = dataset_json();
    value["values"][3]["year"] = json!(1980);
    let text = serde_json::to_string(&value).unwrap();
    let errors = parse_dataset_file("x.json", &text, YEAR, &[]).unwrap_err();
    assert_eq!(
        errors[0].reason_in(Lang::Nl),
        "1980 is geen jaar van 1990 tot en met 2026"
    );
    assert_eq!(
        errors[0].reason_in(beleidsagenda_model::Lang::En),
        "1980 is not a year from 1990 to 2026"
    );
}

#[test]
fn every_country_in_the_dataset_has_a_map_shape() {
    let map = beleidsagenda_model::WorldMap::bundled().expect("map.json parses");
    let bundle = bundle();
    for country in &bundle.dataset.countries {
        let path = map
            .paths
            .get(&country.iso3)
            .unwrap_or_else(|| panic!("no shape for {}", country.iso3));
        assert!(path.starts_with('M') && path.ends_with('z'), "{}", country.iso3);
    }
    assert!(
        bundle.dataset.source(&map.source).is_some(),
        "the map cites a registry source"
    );
    assert_eq!(map.projection, "equal-earth");
    assert!(map.width > map.height && map.height > 0.0);
    // Every drawn shape is keyed by a real code.
    for code in map.paths.keys() {
        assert!(is_country_code(code), "{code}");
    }
}

mod state {
    use super::*;
    use beleidsagenda_model::load::state::{DatasetAction, DatasetOrigin, DatasetState, ImportOutcome};

    #[test]
    fn a_bad_file_keeps_the_data_exactly_and_lists_every_error() {
        let start = DatasetState::new(bundle().dataset, YEAR);
        let mut broken = dataset_json();
        broken["countries"][0]["iso3"] = json!("XYZ");
        broken["values"][0]["source"] = json!("nowhere");
        let after = start.apply(DatasetAction::Import {
            file_name: "fout.json".into(),
            text: broken.to_string(),
        });
        assert_eq!(after.active, start.active, "data unchanged");
        assert_eq!(after.origin, DatasetOrigin::Bundled);
        match after.outcome {
            Some(ImportOutcome::Rejected { file_name, errors }) => {
                assert_eq!(file_name, "fout.json");
                assert!(errors.len() >= 2);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_good_file_replaces_the_data_and_can_be_undone() {
        let start = DatasetState::new(bundle().dataset, YEAR);
        let mut own = dataset_json();
        own["countries"] = json!([own["countries"][0].clone(), own["countries"][1].clone()]);
        let kept: Vec<&str> = vec!["MAR", "DZA"];
        own["values"] = Value::Array(
            own["values"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|v| kept.contains(&v["country"].as_str().unwrap()))
                .cloned()
                .collect(),
        );
        let compared = start.apply(DatasetAction::Import {
            file_name: "eigen.json".into(),
            text: own.to_string(),
        });
        // Read and compared, not yet adopted: the data in use is unchanged until Overnemen.
        assert_eq!(compared.active, start.active);
        let pending = compared.pending.as_ref().expect("waiting to be adopted");
        assert_eq!(
            pending.changes.countries_removed.len(),
            start.active.countries.len() - 2
        );
        let kept = compared.apply(DatasetAction::Keep);
        assert_eq!(kept.active, start.active);
        assert!(kept.pending.is_none());
        assert!(matches!(kept.outcome, Some(ImportOutcome::Kept { .. })));
        let loaded = compared.apply(DatasetAction::Adopt);
        assert!(loaded.pending.is_none());
        assert_eq!(loaded.active.countries.len(), 2);
        assert_eq!(
            loaded.origin,
            DatasetOrigin::Imported {
                file_name: "eigen.json".into()
            }
        );
        assert!(matches!(
            loaded.outcome,
            Some(ImportOutcome::Loaded { countries: 2, .. })
        ));
        let restored = loaded.apply(DatasetAction::RestoreBundled);
        assert_eq!(restored.active, start.active);
        assert_eq!(restored.origin, DatasetOrigin::Bundled);
        assert_eq!(restored.apply(DatasetAction::DismissOutcome).outcome, None);
    }
}

fn indicator_index(value: &Value, id: &str) -> usize {
    value["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .position(|i| i["id"] == id)
        .unwrap()
}

#[test]
fn a_top_n_list_needs_its_bound_and_holds_what_it_claims() {
    let orders = indicator_index(&dataset_json(), "eu_orders_to_leave_q4_2024");

    let mut value = dataset_json();
    value["indicators"][orders]["list"] =
        json!({ "kind": "top_n", "n": 5, "wording": { "nl": "x", "en": "x" } });
    assert_error(
        &value,
        &format!("$.indicators[{orders}].list"),
        "missing field `bound`",
    );

    // A listed value (from the list's own source) under the bound.
    let mut value = dataset_json();
    value["indicators"][orders]["list"]["bound"] = json!(7000);
    let tur = value["values"]
        .as_array()
        .unwrap()
        .iter()
        .position(|v| v["country"] == "TUR" && v["indicator"] == "eu_orders_to_leave_q4_2024")
        .unwrap();
    assert_error(
        &value,
        &format!("$.values[{tur}].value"),
        "6615 is below the bound 7000",
    );

    let mut value = dataset_json();
    value["indicators"][orders]["list"]["n"] = json!(4);
    assert_error(
        &value,
        &format!("$.indicators[{orders}].list.n"),
        "holds 5 values",
    );

    let mut value = dataset_json();
    value["indicators"][orders]["list"]["n"] = json!(0);
    assert_error(
        &value,
        &format!("$.indicators[{orders}].list.n"),
        "at least one country",
    );

    let mut value = dataset_json();
    value["indicators"][orders]["list"]["kind"] = json!("top_ten");
    assert_error(&value, &format!("$.indicators[{orders}].list"), "unknown variant");

    let partnership = indicator_index(&dataset_json(), "eu_partnership");
    let mut value = dataset_json();
    value["indicators"][partnership]["list"] = json!({ "kind": "complete" });
    assert_error(
        &value,
        &format!("$.indicators[{partnership}].list"),
        "takes no list kind",
    );
}

#[test]
fn a_value_from_another_source_may_lie_below_a_top_n_bound() {
    // Morocco's Q4-2024 returns (1,145) come from a press report, not from Eurostat's top three.
    let dataset = bundle().dataset;
    let figure = dataset.figure("MAR", "eu_returns_q4_2024").unwrap();
    assert_eq!((figure.value, figure.source.as_str()), (1145.0, "lopinion-2025"));
    match dataset.reading("TUN", "eu_returns_q4_2024") {
        Reading::BelowBound { bound, n, .. } => assert_eq!((bound, n), (1982.0, 3)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_yes_no_fact_is_yes_no_or_unknown() {
    let mut value = dataset_json();
    let mar = 0;
    assert_eq!(value["countries"][mar]["iso3"], "MAR");
    value["countries"][mar]["eu_partnership"] = json!({ "status": "no", "source": "eu-partnerships" });
    let dataset = import(&value).expect("a sourced no is valid");
    assert_eq!(dataset.figure("MAR", "eu_partnership").unwrap().value, 0.0);

    // A partnership in place needs its label and date.
    value["countries"][mar]["eu_partnership"] = json!({ "status": "yes", "source": "eu-partnerships" });
    assert_error(
        &value,
        "$.countries[0].eu_partnership.label",
        "needs a label and a date",
    );
    assert_error(
        &value,
        "$.countries[0].eu_partnership.date",
        "needs a label and a date",
    );

    // Unknown art. 25a status and development relationship: allowed, read as unknown.
    let mut value = dataset_json();
    value["countries"][mar]["visa_25a"] = json!(null);
    value["countries"][mar]["development"] = json!(null);
    let dataset = import(&value).expect("unknown facts are valid");
    assert_eq!(dataset.reading("MAR", "visa_25a"), Reading::Unknown);
    assert_eq!(dataset.reading("MAR", "nl_development_partner"), Reading::Unknown);
}

#[test]
fn a_file_of_the_first_format_still_loads_and_says_which_lists_it_reads_as_partial() {
    let mut value = dataset_json();
    for indicator in value["indicators"].as_array_mut().unwrap() {
        indicator.as_object_mut().unwrap().remove("list");
    }
    for instrument in value["instruments"].as_array_mut().unwrap() {
        instrument.as_object_mut().unwrap().remove("lead_basis");
    }
    let dataset = import(&value).expect("old format loads");
    let unsaid = dataset.indicators_without_list_kind();
    assert_eq!(unsaid.len(), 12, "every non-derived indicator: {unsaid:?}");
    assert!(!unsaid.contains(&"eu_partnership"));
    // Read as partial: Tunisia, not on the top five, is now unknown rather than below 6,615.
    assert_eq!(
        dataset.reading("TUN", "eu_orders_to_leave_q4_2024"),
        Reading::Unknown
    );
    assert!(bundle().dataset.indicators_without_list_kind().is_empty());
}

#[test]
fn a_lead_a_source_names_cannot_be_empty() {
    let mut value = dataset_json();
    value["instruments"][0]["lead"] = json!([]);
    import(&value).expect("an assumed lead may be left empty");
    value["instruments"][0]["lead_basis"] = json!("source");
    assert_error(
        &value,
        "$.instruments[0].lead",
        "at least one ministry or chain partner",
    );
}

#[test]
fn the_bundled_instruments_mark_their_leads_as_assumptions() {
    // No source names a lead organisation per instrument (facts.md §6).
    for instrument in &bundle().dataset.instruments {
        assert_eq!(
            instrument.lead_basis,
            beleidsagenda_model::data::dataset::Basis::Assumption,
            "{}",
            instrument.id
        );
    }
}
