use beleidsagenda_model::plan::scenario::{
    compare, export_scenario, import_scenario, Scenario, ScenarioImportError, ScenarioList,
};
use beleidsagenda_model::selection::export::ranking_csv;
use beleidsagenda_model::selection::url_state::IgnoredReason;
use beleidsagenda_model::selection::{
    rank_dataset, Adjustment, AdjustmentKind, Preset, SelectionSettings, Tier,
};
use beleidsagenda_model::sheet::common::Made;
use beleidsagenda_model::sheet::csv::Dialect;
use beleidsagenda_model::{Bundle, Dataset, Lang};

fn dataset() -> Dataset {
    Bundle::bundled(2026).unwrap().dataset
}

#[test]
fn scenarios_save_replace_remove_and_survive_json() {
    let dataset = dataset();
    let settings = SelectionSettings::defaults(&dataset);
    let mut list = ScenarioList::default();
    list.save(Scenario::new("Basis", "2026-11-28", &settings));
    let mut inflow = settings.clone();
    inflow.grades = Preset::Inflow.grades(&dataset);
    list.save(Scenario::new("Instroom", "2026-11-28", &inflow));
    list.save(Scenario::new(" Basis ", "2026-11-29", &settings));
    assert_eq!(
        list.scenarios.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
        vec!["Instroom", "Basis"]
    );
    let text = serde_json::to_string(&list).unwrap();
    assert_eq!(ScenarioList::parse(&text).unwrap(), list);
    assert!(ScenarioList::parse("{ kapot").is_err());
    assert_eq!(list.scenarios[0].settings(&dataset).0, inflow);
    list.remove("Instroom");
    assert_eq!(list.scenarios.len(), 1);
}

#[test]
fn comparison_lists_every_country_whose_tier_differs() {
    let dataset = dataset();
    let base = SelectionSettings::defaults(&dataset);
    assert!(compare(&dataset, &base, &base).is_empty());
    let mut returns = base.clone();
    returns.grades = Preset::Return.grades(&dataset);
    let differences = compare(&dataset, &base, &returns);
    assert!(!differences.is_empty());
    let (_, _, a) = rank_dataset(&dataset, &base);
    let (_, _, b) = rank_dataset(&dataset, &returns);
    let expected = a.iter().zip(&b).filter(|(x, y)| x.tier != y.tier).count();
    assert_eq!(differences.len(), expected);
    assert!(differences.iter().all(|d| d.left != d.right));
}

#[test]
fn scenario_files_round_trip_and_unknown_parts_are_listed() {
    let dataset = dataset();
    let mut settings = SelectionSettings::defaults(&dataset);
    settings.adjustments.push(Adjustment {
        iso3: "UGA".into(),
        kind: AdjustmentKind::ForceTier(Tier::Targeted),
        reason: "Intentieverklaring ingetrokken, \"maart\" 2026".into(),
        date: "2026-03-15".into(),
        review: None,
    });
    let scenario = Scenario::new("Met Oeganda", "2026-11-28", &settings);
    let file = export_scenario(&scenario, &settings, &test_data());
    let (read, read_settings, ignored) = import_scenario(&file, &dataset).unwrap();
    assert_eq!(read, scenario);
    assert_eq!(read_settings, settings);
    assert!(ignored.is_empty());

    // Against a dataset without Uganda and without the return-rate criterion.
    let mut smaller = dataset.clone();
    smaller.countries.retain(|c| c.iso3 != "UGA");
    smaller
        .values
        .retain(|v| v.country != "UGA" && v.indicator != "return_rate");
    smaller.indicators.retain(|i| i.id != "return_rate");
    let (_, partial, ignored) = import_scenario(&file, &smaller).unwrap();
    assert!(partial.adjustments.is_empty());
    let reasons: Vec<IgnoredReason> = ignored.iter().map(|i| i.reason).collect();
    assert!(reasons.contains(&IgnoredReason::UnknownCountry), "{ignored:?}");
    assert!(reasons.contains(&IgnoredReason::UnknownCriterion), "{ignored:?}");

    assert!(matches!(
        import_scenario("nee", &dataset),
        Err(ScenarioImportError::NotJson { .. })
    ));
    assert_eq!(
        import_scenario("{\"format\": \"iets anders\"}", &dataset),
        Err(ScenarioImportError::NotAScenario)
    );
}

#[test]
fn csv_has_values_years_sources_and_keeps_missing_empty() {
    let dataset = dataset();
    let mut settings = SelectionSettings::defaults(&dataset);
    settings.adjustments.push(Adjustment {
        iso3: "MAR".into(),
        kind: AdjustmentKind::Exclude,
        reason: "=HYPERLINK(\"x\"), met komma".into(),
        date: "2026-11-28".into(),
        review: None,
    });
    // A floor of 70 % leaves out the countries at 7 of 11 grade points (Benin among them).
    settings.min_coverage = 0.7;
    let (_, _, ranking) = rank_dataset(&dataset, &settings);
    let csv = ranking_csv(&dataset, &settings, &ranking, None, Lang::Nl, Dialect::Data);
    assert!(
        csv.lines().nth(1).unwrap().starts_with("1,"),
        "{}",
        csv.lines().nth(1).unwrap()
    );
    let rows = read_rows(&csv);
    assert_eq!(rows.len(), 1 + dataset.countries.len());
    let header = &rows[0];
    assert_eq!(header[..5], ["Rang", "Landcode", "Land", "Regio", "Inzetniveau"]);
    // Each criterion's columns under its name: "<criterion>: waarde", never its code.
    let criterion = |id: &str, part: &str| {
        let name = dataset.indicator(id).unwrap().name.get(Lang::Nl).to_string();
        format!("{name}: {part}")
    };
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("{name} in {header:?}"))
    };
    column(&criterion("nl_asylum_applicants_2024", "waarde"));
    column(&criterion("nl_asylum_applicants_2024", "bron"));
    assert!(
        header.iter().all(|h| !h.contains('_')),
        "no codes in the header: {header:?}"
    );
    let country = |iso3: &str| rows.iter().find(|r| r[1] == iso3).unwrap();
    let morocco = country("MAR");
    assert_eq!(
        morocco[column("Status")..=column("Datum van de aanpassing")],
        [
            "handmatig uitgesloten",
            "Uitsluiten",
            "=HYPERLINK(\"x\"), met komma",
            "2026-11-28"
        ]
    );
    // Written so no spreadsheet runs it as a formula; the reader takes the guard off again.
    assert!(csv.contains(",\"'=HYPERLINK(\"\"x\"\"), met komma\","), "{csv}");
    let at = column(&criterion("nl_asylum_applicants_2024", "soort"));
    assert_eq!(
        morocco[at..at + 5],
        ["gemeten", "720", "", "2024", "eurostat-asyappctza"]
    );
    // Benin is not on CBS's list of first asylum applications: unknown, with empty cells, not 0.
    let benin = country("BEN");
    let at = column(&criterion("nl_first_asylum_2023", "soort"));
    assert_eq!(benin[at..at + 5], ["onbekend", "", "", "", ""]);
    // Tunisia is not on Eurostat's top five: below the bound, which is not written as a value.
    let at = column(&criterion("eu_orders_to_leave_q4_2024", "soort"));
    assert_eq!(
        country("TUN")[at..at + 5],
        ["onder de grens van de lijst", "", "6615", "", "eurostat-eiord"]
    );
    // Below the coverage floor: the row stays, without rank or tier.
    assert_eq!(
        (
            benin[0].as_str(),
            benin[column("Inzetniveau")].as_str(),
            benin[column("Status")].as_str()
        ),
        ("", "", "te weinig gegevens")
    );
}

/// A CSV as its rows of text, read as a spreadsheet reads it (quotes, commas in fields).
fn read_rows(csv: &str) -> Vec<Vec<String>> {
    let (_, sheet) = beleidsagenda_model::sheet::csv::read_csv("rangorde.csv", csv.as_bytes()).unwrap();
    sheet
        .rows
        .iter()
        .map(|r| r.iter().map(|v| v.as_text()).collect())
        .collect()
}

#[test]
fn two_scenarios_compare_as_a_workbook_with_the_rank_change_as_a_formula() {
    use beleidsagenda_model::selection::export::comparison_workbook;
    use beleidsagenda_model::sheet::Cell;
    let dataset = dataset();
    let equal = SelectionSettings::defaults(&dataset);
    let mut inflow = equal.clone();
    inflow.grades = Preset::Inflow.grades(&dataset);
    let book = comparison_workbook(
        &dataset,
        ("Gelijk", &equal),
        ("Instroom", &inflow),
        Lang::Nl,
        Made {
            today: "2026-12-04",
            data: None,
            confidential: false,
        },
    );
    let sheet = &book.sheets[1];
    assert_eq!(sheet.name, "Vergelijking");
    assert_eq!(sheet.rows.len(), dataset.countries.len());
    let (_, _, a) = rank_dataset(&dataset, &equal);
    let (_, _, b) = rank_dataset(&dataset, &inflow);
    for (index, (row, (x, y))) in sheet.rows.iter().zip(a.iter().zip(&b)).enumerate() {
        match (x.rank, y.rank) {
            (Some(l), Some(r)) => assert_eq!(
                row[8],
                Cell::Formula {
                    formula: format!("C{}-F{}", index + 2, index + 2),
                    value: l as f64 - r as f64,
                    format: beleidsagenda_model::sheet::NumberFormat::General
                }
            ),
            _ => assert_eq!(row[8], Cell::Empty),
        }
        assert_eq!(row[9], Cell::text(if x.tier != y.tier { "ja" } else { "nee" }));
    }
    let differences = compare(&dataset, &equal, &inflow).len();
    assert_eq!(
        sheet.rows.iter().filter(|r| r[9] == Cell::text("ja")).count(),
        differences
    );
    assert!(differences > 0);
}

#[test]
fn an_export_before_the_sensitivity_run_says_so_and_the_settings_are_in_words_without_an_address() {
    use beleidsagenda_model::selection::export::ranking_workbook;
    use beleidsagenda_model::sheet::Cell;
    let dataset = dataset();
    let settings = SelectionSettings::defaults(&dataset);
    let (_, _, ranking) = rank_dataset(&dataset, &settings);
    let csv = ranking_csv(&dataset, &settings, &ranking, None, Lang::Nl, Dialect::Data);
    let rows = read_rows(&csv);
    let (header, first) = (&rows[0], &rows[1]);
    for column in [
        "Rang, laag (5%)",
        "Rang, mediaan",
        "Rang, hoog (95%)",
        "Inzetniveau behouden (aandeel trekkingen)",
    ] {
        let at = header.iter().position(|h| *h == column).unwrap();
        assert_eq!(first[at], "nog niet berekend", "{column}");
    }
    let book = ranking_workbook(
        &dataset,
        &settings,
        &ranking,
        None,
        Lang::Nl,
        "#/nl/selectie?v=1",
        Made {
            today: "2026-12-07",
            data: None,
            confidential: false,
        },
    );
    let text = |cell: &Cell| match cell {
        Cell::Text(t) => t.clone(),
        _ => String::new(),
    };
    let rows: Vec<(String, String)> = book.sheets[2]
        .rows
        .iter()
        .map(|r| (text(&r[0]), text(&r[1])))
        .collect();
    let value = |setting: &str| {
        rows.iter()
            .find(|(s, _)| s.starts_with(setting))
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| panic!("{setting}: {rows:?}"))
    };
    assert_eq!(value("Deze selectie"), "#/nl/selectie?v=1");
    assert!(
        value("Normalisatie").contains(' '),
        "in words: {}",
        value("Normalisatie")
    );
    assert!(
        value("Regel voor inzetniveaus").contains("intensief"),
        "{}",
        value("Regel voor inzetniveaus")
    );
    assert!(
        value("Gevoeligheid").ends_with("(nog niet berekend)"),
        "{}",
        value("Gevoeligheid")
    );
    assert!(!value("Gevoeligheid").contains(" / "));
}

/// The data a test's files say they were made with.
fn test_data() -> beleidsagenda_model::data::identity::DataIdentity {
    beleidsagenda_model::data::identity::DataIdentity {
        name: "Gebundelde gegevens".into(),
        fingerprint: "0000000000000000".into(),
    }
}

#[test]
fn a_scenario_file_says_which_data_it_was_made_with_and_other_data_is_told_apart() {
    use beleidsagenda_model::data::identity::{file_data, DataIdentity};
    let dataset = dataset();
    let settings = SelectionSettings::defaults(&dataset);
    let bundled = DataIdentity::of(&dataset, "Gebundelde gegevens");
    assert_eq!(
        bundled,
        DataIdentity::of(&dataset.clone(), "Gebundelde gegevens"),
        "the same data, the same print"
    );
    let file = export_scenario(&Scenario::new("x", "2026-12-07", &settings), &settings, &bundled);
    assert_eq!(file_data(&file), Some(bundled.clone()));
    // One figure changed: another fingerprint, whatever the file is called.
    let mut other = dataset.clone();
    other.values[0].value = other.values[0].value.map(|v| v + 1.0);
    let own = DataIdentity::of(&other, "eigen-gegevens.xlsx");
    assert!(
        own.differs_from(&bundled) && !bundled.differs_from(&DataIdentity::of(&dataset, "anders genoemd"))
    );
    // A file from before files said so, or one that does not read: nothing to compare.
    assert_eq!(file_data(r#"{"format":"beleidsagenda-scenario"}"#), None);
    assert_eq!(file_data("kapot"), None);
    // Still read as a scenario.
    assert!(import_scenario(&file, &dataset).is_ok());
}
