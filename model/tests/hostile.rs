//! The hostile-input corpus (`tests/hostile/`, made by `tools/gen/hostile.py`) through every
//! parser a user can reach: the dataset import, the scenario file, the link, stored data. Each
//! case is refused with a reason in both languages (never a panic, never an unclassified
//! message) and leaves the data in use as it was; the few `accept-*` cases load.

use std::fs;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use beleidsagenda_model::check::reason::Reason;
use beleidsagenda_model::load::state::{DatasetAction, DatasetState, ImportOutcome, StoredImport};
use beleidsagenda_model::plan::scenario::{import_scenario, ScenarioImportError, ScenarioList};
use beleidsagenda_model::selection::url_state::{decode, encode};
use beleidsagenda_model::{parse_dataset_file, Bundle, Dataset, Lang};

const YEAR: u16 = 2026;

fn corpus(folder: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/hostile")
        .join(folder);
    let mut files: Vec<PathBuf> = fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files
}

fn bundled() -> Dataset {
    Bundle::bundled(YEAR).unwrap().dataset
}

/// A refused file: every reason classified and in both languages; the data in use untouched.
fn assert_refused(name: &str, text: &str, state: &DatasetState) {
    let errors = parse_dataset_file(name, text, YEAR, &state.bundled.instruments)
        .expect_err(&format!("{name} must be refused"));
    assert!(!errors.is_empty());
    for error in &errors {
        assert!(!error.reason.is_unclassified(), "{name}: no Dutch for {error}");
        let (nl, en) = (error.reason_in(Lang::Nl), error.reason_in(Lang::En));
        assert!(!nl.is_empty() && !en.is_empty(), "{name}");
        assert_eq!(error.file, name);
        assert!(error.path.starts_with('$'), "{name}: {}", error.path);
    }
    let after = state.apply(DatasetAction::Import {
        file_name: name.to_string(),
        text: text.to_string(),
    });
    assert!(
        Rc::ptr_eq(&after.active, &state.active),
        "{name}: the data in use changed"
    );
    assert!(
        matches!(after.outcome, Some(ImportOutcome::Rejected { .. })),
        "{name}"
    );
}

#[test]
fn every_hostile_dataset_file_is_refused_in_both_languages_and_changes_nothing() {
    let state = DatasetState::new(bundled(), YEAR);
    let files = corpus("dataset");
    assert!(files.len() >= 25, "{}", files.len());
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let text = fs::read_to_string(&path).unwrap();
        if name.starts_with("accept-") {
            parse_dataset_file(&name, &text, YEAR, &state.bundled.instruments)
                .unwrap_or_else(|e| panic!("{name} must load: {e:?}"));
        } else {
            assert_refused(&name, &text, &state);
        }
    }
}

#[test]
fn a_six_megabyte_file_and_deep_nesting_are_refused_without_harm() {
    let state = DatasetState::new(bundled(), YEAR);
    let huge = format!("{{\"sources\": [\"{}\"]}}", "x".repeat(6 * 1024 * 1024));
    assert_refused("groot.json", &huge, &state);
    let errors = parse_dataset_file("groot.json", &huge, YEAR, &[]).unwrap_err();
    assert!(matches!(*errors[0].reason, Reason::TooLarge { .. }));
    let deep = format!("{{\"sources\": {}{}}}", "[".repeat(10_000), "]".repeat(10_000));
    assert_refused("diep.json", &deep, &state);
    // A scenario is read as free JSON first: there the depth limit is what stops it.
    match import_scenario(&deep, &state.bundled) {
        Err(ScenarioImportError::NotJson { reason, .. }) => assert_eq!(reason, Reason::TooDeep),
        other => panic!("{other:?}"),
    }
}

#[test]
fn hostile_scenario_files_are_refused_or_apply_only_their_valid_parts() {
    let dataset = bundled();
    let files = corpus("scenario");
    assert!(files.len() >= 7, "{}", files.len());
    let mut markup_kept = 0;
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let text = fs::read_to_string(&path).unwrap();
        match (name.starts_with("accept-"), import_scenario(&text, &dataset)) {
            (true, Ok((scenario, settings, ignored))) => {
                assert!(!scenario.name.is_empty());
                if name.contains("script") {
                    // What loads is text: markup in a name or a reason is kept as the characters
                    // it is (Yew renders text as text), neither dropped nor turned into markup.
                    assert_eq!(scenario.name, "<script>alert(1)</script>", "{name}");
                    let reasons: Vec<&str> = settings.adjustments.iter().map(|a| a.reason.as_str()).collect();
                    assert_eq!(reasons, ["<script>alert(1)</script>"], "{name}");
                    markup_kept += 1;
                }
                if name.contains("unknown-parts") {
                    assert!(ignored.len() >= 4, "{name}: {ignored:?}");
                    assert_eq!(settings.grades["return_rate"].get(), 4, "the valid part applied");
                }
            }
            (false, Err(ScenarioImportError::NotJson { reason, .. })) => {
                assert!(!reason.is_unclassified(), "{name}: {reason:?}");
                assert_ne!(reason.text(Lang::Nl), reason.text(Lang::En), "{name}");
            }
            (false, Err(ScenarioImportError::NotAScenario)) => {}
            (accept, result) => panic!("{name}: accept={accept}, got {result:?}"),
        }
    }
    assert_eq!(
        markup_kept, 1,
        "the corpus has its file with markup in a name and a reason"
    );
}

#[test]
fn damaged_links_keep_their_valid_parts_and_list_the_rest() {
    let dataset = bundled();
    let text = fs::read_to_string(corpus("url").pop().unwrap()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() >= 10);
    for query in lines {
        let (settings, ignored) = decode(query, &dataset);
        assert!(!ignored.is_empty(), "{query}: nothing reported as ignored");
        // What was kept is a valid link of its own.
        let (again, none) = decode(&encode(&settings), &dataset);
        assert!(none.is_empty(), "{query}: {none:?}");
        assert_eq!(again, settings, "{query}");
    }
}

#[test]
fn damaged_stored_entries_are_recognised_as_damaged() {
    let state = DatasetState::new(bundled(), YEAR);
    let (mut scenario_lists, mut datasets) = (0, 0);
    for path in corpus("storage") {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let text = fs::read_to_string(&path).unwrap();
        if name.starts_with("scenarios-") {
            assert!(ScenarioList::parse(&text).is_err(), "{name}");
            scenario_lists += 1;
        } else if name.starts_with("dataset-") {
            // The app's own reader of the stored own dataset (src/state/dataset.rs).
            assert!(state.restore_stored(&text).is_none(), "{name}");
            datasets += 1;
        } else {
            assert!(
                name.starts_with("plan-"),
                "{name}: a stored entry of no known kind"
            );
            // Read by a_damaged_stored_plan_is_recognised_as_damaged.
        }
    }
    assert!(
        scenario_lists >= 2 && datasets >= 2,
        "{scenario_lists} scenario lists, {datasets} datasets"
    );
}

/// The reader above refuses what it must, not everything: an entry the app stored itself
/// loads again, and one whose dataset no longer validates does not.
#[test]
fn a_stored_own_dataset_restores_and_a_tampered_one_does_not() {
    let state = DatasetState::new(bundled(), YEAR);
    let mut own = bundled();
    own.countries.truncate(3);
    let keep: Vec<String> = own.countries.iter().map(|c| c.iso3.clone()).collect();
    own.values.retain(|v| keep.contains(&v.country));
    let loaded = state
        .apply(DatasetAction::Import {
            file_name: "eigen.json".into(),
            text: serde_json::to_string(&own).unwrap(),
        })
        .apply(DatasetAction::Adopt);
    assert!(
        matches!(loaded.outcome, Some(ImportOutcome::Loaded { .. })),
        "{:?}",
        loaded.outcome
    );
    let entry = serde_json::to_string(&StoredImport::of(&loaded).expect("an own file is stored")).unwrap();
    let restored = state
        .restore_stored(&entry)
        .expect("what the app stored loads again");
    assert_eq!(restored.active.countries.len(), 3);
    assert_eq!(restored.outcome, None, "restored silently, no message");
    assert_eq!(StoredImport::of(&state), None, "the bundled data is not stored");
    let tampered = entry.replacen(&keep[0], "XYZ", 1);
    assert_ne!(tampered, entry);
    assert!(state.restore_stored(&tampered).is_none());
}

fn plan_context(bundle: &Bundle) -> beleidsagenda_model::plan::PlanContext<'_> {
    beleidsagenda_model::plan::PlanContext {
        dataset: &bundle.dataset,
        envelopes: &bundle.envelopes,
        today: "2026-12-01",
    }
}

#[test]
fn hostile_plan_files_are_refused_with_their_json_path_or_keep_only_what_is_known() {
    use beleidsagenda_model::plan::import::{import_plan, Dropped, PlanImportError};
    let bundle = Bundle::bundled(YEAR).unwrap();
    let files = corpus("plan");
    assert!(files.len() >= 20, "{}", files.len());
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let text = fs::read_to_string(&path).unwrap();
        match (
            name.starts_with("accept-"),
            import_plan(&name, &text, plan_context(&bundle)),
        ) {
            (true, Ok((_, plan, dropped))) => {
                assert_eq!(plan.countries(), ["MAR"], "{name}");
                if name.contains("unknown-references") {
                    assert_eq!(
                        dropped,
                        [
                            Dropped::Country("ATL".into()),
                            Dropped::Instrument("teleport".into()),
                            Dropped::Envelope("geheim".into())
                        ],
                        "{name}"
                    );
                } else if name.contains("consultation") {
                    // The entry stays with what was brought in; only the unknown country goes.
                    assert_eq!(dropped, [Dropped::Country("ATL".into())], "{name}");
                    assert_eq!(plan.consultations.len(), 1, "{name}");
                    assert_eq!(plan.consultations[0].countries, ["MAR"], "{name}");
                } else {
                    assert!(dropped.is_empty(), "{name}: {dropped:?}");
                }
            }
            (false, Err(PlanImportError::Invalid(errors))) => {
                assert!(!errors.is_empty(), "{name}");
                for error in &errors {
                    assert!(!error.reason.is_unclassified(), "{name}: no Dutch for {error}");
                    assert_ne!(error.reason_in(Lang::Nl), error.reason_in(Lang::En), "{name}");
                    assert!(error.path.starts_with('$'), "{name}: {}", error.path);
                }
            }
            (false, Err(PlanImportError::NotAScenario | PlanImportError::NoPlan)) => {}
            (accept, result) => panic!("{name}: accept={accept}, got {result:?}"),
        }
    }
    let deep = format!(
        "{{\"format\": \"beleidsagenda-scenario\", \"x\": {}{}}}",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    assert!(matches!(
        import_plan("diep.json", &deep, plan_context(&bundle)),
        Err(PlanImportError::Invalid(_))
    ));
    let huge = format!("{{\"format\": \"{}\"}}", "x".repeat(6 * 1024 * 1024));
    assert!(matches!(
        import_plan("groot.json", &huge, plan_context(&bundle)),
        Err(PlanImportError::Invalid(_))
    ));
}

#[test]
fn hostile_plan_workbooks_are_refused_by_their_cell_in_words_or_load_as_written() {
    use beleidsagenda_model::plan::import::{import_plan, PlanImportError};
    use beleidsagenda_model::plan::workbook_read::plan_text_from_xlsx;
    let bundle = Bundle::bundled(YEAR).unwrap();
    let files = corpus("plan-workbook");
    assert!(files.len() >= 12, "{}", files.len());
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let bytes = fs::read(&path).unwrap();
        match (
            name.starts_with("accept-"),
            plan_text_from_xlsx(&name, &bytes, "2026-12-07"),
        ) {
            (true, Ok((text, report))) => {
                // Every row accounted for: the line, its repeat, the totals row.
                assert_eq!(report.lines, 1, "{name}");
                assert_eq!(report.total_rows, 1, "{name}");
                assert_eq!(
                    report.repeated.len(),
                    usize::from(name.contains("repeated")),
                    "{name}"
                );
                let (_, plan, dropped) = import_plan(&name, &text, plan_context(&bundle)).unwrap();
                assert_eq!(plan.countries(), ["MAR"], "{name}");
                assert!(dropped.is_empty(), "{name}: {dropped:?}");
            }
            (false, Err(PlanImportError::Invalid(errors))) => {
                assert!(!errors.is_empty(), "{name}");
                for error in &errors {
                    assert!(!error.reason.is_unclassified(), "{name}: no Dutch for {error}");
                    assert_ne!(error.reason_in(Lang::Nl), error.reason_in(Lang::En), "{name}");
                    // The cell as Excel names it, never a place in the plan file's JSON.
                    assert!(error.path.starts_with("Regels!"), "{name}: {}", error.path);
                    let text = error.located_in(Lang::Nl);
                    assert!(!text.contains('`') && !text.contains("$."), "{name}: {text}");
                }
            }
            (accept, result) => panic!("{name}: accept={accept}, got {:?}", result.map(|(_, r)| r)),
        }
    }
}

#[test]
fn a_damaged_stored_plan_is_recognised_as_damaged() {
    use beleidsagenda_model::plan::import::restore_stored;
    let bundle = Bundle::bundled(YEAR).unwrap();
    let plans: Vec<PathBuf> = corpus("storage")
        .into_iter()
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with("plan-"))
        .collect();
    assert_eq!(plans.len(), 3);
    for path in plans {
        let text = fs::read_to_string(&path).unwrap();
        assert!(
            restore_stored(&text, plan_context(&bundle)).is_none(),
            "{}",
            path.display()
        );
    }
}

/// Spreadsheets (`tests/hostile/spreadsheet/`): a bomb, a million rows, formulas, entities,
/// external links, macros, old and encrypted files, UTF-16 and mixed CSV, text for numbers and
/// dates. Each refused with its reason in both languages and the data in use kept; the
/// `accept-*` ones load (a formula is read as its stored value).
#[test]
fn every_hostile_spreadsheet_is_refused_with_its_reason_and_changes_nothing() {
    use beleidsagenda_model::load::dataset_sheets::parse_dataset_sheets;
    let state = DatasetState::new(bundled(), YEAR);
    let files = corpus("spreadsheet");
    assert!(files.len() >= 19, "the spreadsheet corpus is there");
    for path in files {
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        let bytes = fs::read(&path).unwrap();
        let result = parse_dataset_sheets(&name, &bytes, YEAR, &state.active, &state.bundled.instruments);
        let after = state
            .apply(DatasetAction::ImportSheets {
                file_name: name.clone(),
                bytes: bytes.clone(),
            })
            .apply(DatasetAction::Adopt);
        if name.starts_with("accept-") {
            let (dataset, _) = result.unwrap_or_else(|e| {
                panic!(
                    "{name} must load: {:?}",
                    e.iter().map(|e| e.to_string()).collect::<Vec<_>>()
                )
            });
            assert!(
                matches!(after.outcome, Some(ImportOutcome::Loaded { .. })),
                "{name}"
            );
            if name.contains("formula") {
                assert_eq!(
                    dataset.figure("MAR", "aankomsten").unwrap().value,
                    120.0,
                    "the stored value of 100+20"
                );
            }
            continue;
        }
        let errors = result.expect_err(&format!("{name} must be refused"));
        for error in &errors {
            assert!(!error.reason.is_unclassified(), "{name}: no Dutch for {error}");
            let (nl, en) = (error.reason_in(Lang::Nl), error.reason_in(Lang::En));
            assert!(!nl.is_empty() && !en.is_empty() && nl != en, "{name}: {nl}");
        }
        assert!(
            Rc::ptr_eq(&after.active, &state.active),
            "{name}: the data in use changed"
        );
        let said = errors[0].located_in(Lang::Nl);
        let expected = match name.as_str() {
            "reject-formula-without-value.xlsx" => {
                "Waarden!C2: de formule =100+20 heeft geen opgeslagen waarde"
            }
            "reject-number-as-text.xlsx" => "Waarden!C2: ‘twaalf’ is geen getal",
            "reject-date-as-text.xlsx" => "Bronnen!F2: ‘12 maart 2024’ is geen datum",
            "reject-missing-sheet.xlsx" => "het werkblad ‘Criteria’ ontbreekt",
            "reject-zip-bomb.xlsx" => "zip-bom",
            "reject-row-one-million.xlsx" => "meer dan 100.000 rijen",
            "reject-shared-string-out-of-range.xlsx" => "verwijst naar tekst nummer 99, die niet bestaat",
            "reject-entity-expansion.xlsx" => "DOCTYPE",
            "reject-external-link.xlsx" => "externe koppelingen",
            "reject-macros-renamed-xlsm.xlsx" => "macro’s",
            "reject-old-xls-renamed.xlsx" => "oud Excel-bestand (.xls",
            "reject-password-protected.xlsx" => "met een wachtwoord beveiligd",
            "reject-not-a-workbook.xlsx" => "geen Excel-werkmap",
            "reject-utf16.csv" => "UTF-16",
            "reject-mixed-separators.csv" => "regel 2 scheidt velden met ‘,’, de kopregel met ‘;’",
            "reject-unknown-table.csv" => "geen van de tabellen",
            other => panic!("{other}: say what it must be refused for"),
        };
        assert!(said.contains(expected), "{name}: {said}");
    }
}

/// A real sheet of a million rows (made here: 35 MB of XML, not stored) stops at the row bound.
#[test]
fn a_sheet_of_a_million_rows_is_refused_at_the_bound() {
    use beleidsagenda_model::sheet::xlsx_read::{read_xlsx, XlsxError, MAX_ROWS};
    use beleidsagenda_model::sheet::zip::write_zip;
    let mut xml = String::from("<worksheet><sheetData>");
    for row in 1..=1_000_000 {
        xml.push_str(&format!("<row r=\"{row}\"><c r=\"A{row}\"><v>1</v></c></row>"));
    }
    xml.push_str("</sheetData></worksheet>");
    let part = |name: &str, text: &str| (name.to_string(), text.as_bytes().to_vec());
    let zip = write_zip(&[
        part(
            "xl/workbook.xml",
            r#"<workbook><sheets><sheet name="Waarden" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
        ),
        part(
            "xl/_rels/workbook.xml.rels",
            r#"<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>"#,
        ),
        part("xl/worksheets/sheet1.xml", &xml),
    ]);
    assert_eq!(
        read_xlsx(&zip).unwrap_err(),
        XlsxError::TooManyRows {
            sheet: "Waarden".into(),
            limit: MAX_ROWS
        }
    );
}
