//! The readers on recorded and documented responses (origins in `fixtures/README.md`): known
//! values and flags, a sparse dataset, missing cells, and a changed format that stops the read.

use refresh::eurostat::{country_iso3, data_url, read, Kind};
use refresh::jsonstat::{parse, FormatError};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn the_json_stat_org_sample_reads_with_its_known_values_and_flags() {
    let d = parse(&fixture("json-stat-org-oecd.json")).expect("reads");
    assert_eq!(
        d.label.as_deref(),
        Some("Unemployment rate in the OECD countries 2003-2014")
    );
    assert_eq!(d.updated.as_deref(), Some("2012-11-27"));
    assert_eq!(
        d.dimensions.iter().map(|x| x.id.as_str()).collect::<Vec<_>>(),
        ["concept", "area", "year"]
    );
    // `concept` has no index: its one category comes from its label.
    assert_eq!(d.dimension("concept").unwrap().categories[0].0, "UNR");
    assert_eq!(d.values.len(), 432);
    // The Netherlands in 2012 (position 21 × 12 + 9), no flag; Australia in 2013 is an estimate.
    let nl = d.cell(&[("area", "NL"), ("year", "2012")]).unwrap();
    assert_eq!((nl.value, nl.status), (Some(5.163411369), None));
    let au = d.cell(&[("area", "AU"), ("year", "2013")]).unwrap();
    assert_eq!((au.value, au.status), (Some(5.50415003), Some("e")));
    assert!(
        d.cell(&[("area", "ZZ"), ("year", "2012")]).is_none(),
        "a code not in the table is not a zero"
    );
}

#[test]
fn a_sparse_eurostat_response_gives_figures_with_their_kind() {
    let d = parse(&fixture("eurostat-documented-format.json")).expect("reads");
    assert_eq!(d.updated.as_deref(), Some("2026-03-27T23:00:00+0100"));
    let at = |citizen, geo| read(&d, &[("citizen", citizen), ("geo", geo), ("time", "2024")]).unwrap();
    // Positions: citizen × 2 + geo (every other dimension has one category).
    let syria_nl = at("SY", "NL");
    assert_eq!((syria_nl.value, syria_nl.kind), (Some(1000.0), Kind::Measured));
    let syria_eu = at("SY", "EU27_2020");
    assert_eq!(
        (syria_eu.value, syria_eu.kind, syria_eu.flags.as_str()),
        (Some(2000.0), Kind::Provisional, "p")
    );
    let morocco_eu = at("MA", "EU27_2020");
    assert_eq!(
        (morocco_eu.value, morocco_eu.kind),
        (None, Kind::Confidential),
        "withheld is no figure"
    );
    let greece_eu = at("EL", "EU27_2020");
    assert_eq!((greece_eu.value, greece_eu.kind), (Some(5000.0), Kind::Estimated));
    let kosovo_nl = at("XK", "NL");
    assert_eq!(
        (kosovo_nl.value, kosovo_nl.kind),
        (None, Kind::NotAvailable),
        "':' is unknown, not 0"
    );
    let kosovo_eu = at("XK", "EU27_2020");
    assert_eq!((kosovo_eu.value, kosovo_eu.kind), (Some(70.0), Kind::Measured));
    // A sparse position without a value and without a flag is not available either.
    let morocco_nl = at("MA", "NL");
    assert_eq!((morocco_nl.value, morocco_nl.kind), (None, Kind::NotAvailable));
}

#[test]
fn a_changed_format_stops_the_read_with_what_changed() {
    let text = fixture("eurostat-documented-format.json");
    let d = parse(&text).unwrap();
    assert_eq!(
        read(&d, &[("citizenship", "SY"), ("geo", "NL"), ("time", "2024")]).unwrap_err(),
        "the table has no dimension `citizenship`"
    );
    assert_eq!(
        read(&d, &[("citizen", "SY"), ("geo", "NL"), ("time", "2023")]).unwrap_err(),
        "dimension `time` has no code `2023`"
    );
    // A size that no longer matches the categories, a value beyond the table, another class.
    let resized = text.replace("\"size\":[1,1,4,1,1,1,2,1]", "\"size\":[1,1,5,1,1,1,2,1]");
    assert!(matches!(parse(&resized), Err(FormatError::Categories { .. })));
    let beyond = text.replace("\"7\":70}", "\"7\":70,\"99\":1}");
    assert!(matches!(parse(&beyond), Err(FormatError::Values(_))));
    let collection = text.replace("\"class\":\"dataset\"", "\"class\":\"collection\"");
    assert_eq!(parse(&collection), Err(FormatError::NotDataset));
    assert!(matches!(parse("{\"error\":"), Err(FormatError::NotJson(_))));
}

#[test]
fn the_query_url_is_built_from_codes_only() {
    assert_eq!(
        data_url("migr_asyappctza", &[("geo", "NL"), ("geo", "EU27_2020"), ("applicant", "FRST"), ("time", "2024")]).unwrap(),
        "https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/migr_asyappctza?format=JSON&lang=EN&geo=NL&geo=EU27_2020&applicant=FRST&time=2024"
    );
    assert!(data_url("migr_asyappctza", &[("geo", "NL&x=1")]).is_err());
    assert!(data_url("../etc", &[]).is_err());
}

#[test]
fn eurostat_country_codes_become_iso3_and_aggregates_none() {
    for (code, iso3) in [
        ("SY", "SYR"),
        ("MA", "MAR"),
        ("EL", "GRC"),
        ("UK", "GBR"),
        ("XK", "XKX"),
        ("NL", "NLD"),
    ] {
        assert_eq!(country_iso3(code), Some(iso3), "{code}");
    }
    for code in ["EU27_2020", "EXT_EU27_2020", "TOTAL", "STLS", "UNK", "ZZ"] {
        assert_eq!(country_iso3(code), None, "{code}");
    }
    // Every citizenship of the documented response is a country the app knows.
    let d = refresh::jsonstat::parse(&fixture("eurostat-documented-format.json")).unwrap();
    let citizens: Vec<_> = d
        .dimension("citizen")
        .unwrap()
        .categories
        .iter()
        .map(|(c, _)| country_iso3(c))
        .collect();
    assert_eq!(citizens, [Some("SYR"), Some("MAR"), Some("GRC"), Some("XKX")]);
}

#[test]
fn a_recorded_world_bank_response_reads_and_one_page_of_two_is_refused() {
    use refresh::worldbank::read;
    let r = read(&fixture("worldbank-wbdata-go-gdp.json")).expect("reads");
    assert_eq!(r.last_updated.as_deref(), Some("2020-12-16"));
    assert_eq!((r.page, r.pages), (1, 2));
    let t = &r.table;
    assert_eq!(t.text("country").unwrap()[0].as_deref(), Some("JPN"));
    assert_eq!(t.number("year").unwrap(), [Some(2019.0), Some(2018.0)]);
    assert_eq!(
        t.number("value").unwrap(),
        [Some(5_081_769_542_379.77), Some(4_954_806_619_995.19)]
    );
    let e = r.whole().unwrap_err();
    assert!(e.contains("page 1 of 2"), "{e}");
    let e = read(&fixture("worldbank-wbdata-go-invalid.json")).unwrap_err();
    assert!(
        e.contains("Invalid value: The provided parameter value is not valid"),
        "{e}"
    );
}

#[test]
fn a_eurostat_response_becomes_a_table_with_iso3_columns_and_withheld_figures_left_out() {
    let d = parse(&fixture("eurostat-documented-format.json")).expect("reads");
    let t = refresh::eurostat::table(&d, "t");
    let names: Vec<_> = t.columns.iter().map(|(n, _)| n.as_str()).collect();
    assert!(names.contains(&"citizen_iso3") && names.contains(&"year") && names.contains(&"flags"));
    let value = t.number("value").unwrap();
    let flags = t.text("flags").unwrap();
    for (v, f) in value.iter().zip(flags) {
        let f = f.as_deref().unwrap_or("");
        if f.contains('c') || f.contains(':') {
            assert_eq!(*v, None, "a withheld figure is no figure, never 0");
        }
    }
}

#[test]
fn a_unhcr_page_reads_counts_given_as_numbers_or_text_and_iso_codes_only() {
    use refresh::recipe::RECIPES;
    let t = refresh::unhcr::read(&fixture("unhcr-documented-format.json")).expect("reads");
    // Two groups per item, in the gdidata copy's long shape.
    assert_eq!(t.rows(), 6);
    assert_eq!(
        t.text("geo")
            .unwrap()
            .iter()
            .step_by(2)
            .map(|g| g.as_deref().unwrap())
            .collect::<Vec<_>>(),
        ["TUR", "EGY", "JOR"],
        "`coa_iso`, never UNHCR's own `coa` (ARE for Egypt)"
    );
    // "0" is zero; "-" is no figure, never 0.
    assert_eq!(
        t.number("n").unwrap(),
        [Some(1000.0), Some(200.0), Some(0.0), Some(35.0), Some(50.0), None]
    );
    // The API recipe of refugees hosted makes its figures from this table.
    let recipe = RECIPES
        .iter()
        .find(|r| r.snapshot == "unhcr-population-2023")
        .unwrap();
    let mut table = t.clone();
    table.name = recipe.table.to_string();
    let countries = ["TUR".to_string(), "JOR".to_string(), "MAR".to_string()];
    let made = recipe.apply(&table, &countries).unwrap();
    assert_eq!(made["TUR"].value, Some(1200.0));
    assert_eq!(made["JOR"].value, Some(50.0));
    assert_eq!(made["MAR"].value, None, "absent from a partial list is unknown");
    let e = refresh::unhcr::read(r#"{"page":1,"maxPages":3,"items":[]}"#).unwrap_err();
    assert!(e.contains("page 1 of 3"), "{e}");
    let e = refresh::unhcr::read(
        r#"{"page":1,"maxPages":1,"items":[{"year":2023,"coa_iso":"TUR","coo_iso":"-","refugees":1}]}"#,
    )
    .unwrap_err();
    assert!(e.contains("no `asylum_seekers`"), "{e}");
}
