//! The plan as a document: "changes not yet in the file" is a comparison with the plan as the
//! file holds it; the names and labels a user sees.

use beleidsagenda_model::plan::document::{document_label, suggested_file_name, PlanDocument};
use beleidsagenda_model::plan::{Plan, YearAmount};
use beleidsagenda_model::Lang;

fn with_amount(eur: i64) -> Plan {
    let mut plan = Plan::default();
    let line = plan.packages.values_mut().next().unwrap().first_mut().unwrap();
    line.years.insert(
        2026,
        YearAmount {
            eur,
            fte_hundredths: 0,
        },
    );
    plan
}

#[test]
fn a_new_plan_has_nothing_to_lose_until_it_changes() {
    let document = PlanDocument::default();
    assert!(!document.has_unsaved_changes(&Plan::default()));
    assert!(document.has_unsaved_changes(&with_amount(1)));
}

#[test]
fn unsaved_means_different_from_the_file() {
    let saved = with_amount(1_000);
    let document = PlanDocument::in_file("plan.json", &saved, "2026-12-04");
    assert!(!document.has_unsaved_changes(&saved));
    assert!(document.has_unsaved_changes(&with_amount(2_000)));
    // Back to what the file holds: nothing unsaved, whatever happened in between.
    assert!(!document.has_unsaved_changes(&with_amount(1_000)));
    // A file that holds the new, empty plan: the empty plan is then saved.
    let empty = PlanDocument::in_file("leeg.json", &Plan::default(), "2026-12-04");
    assert!(!empty.has_unsaved_changes(&Plan::default()));
    assert!(empty.has_unsaved_changes(&with_amount(1)));
}

#[test]
fn the_document_survives_storage_as_json() {
    let document = PlanDocument::in_file("inzetplan-2026-12-04.json", &with_amount(5), "2026-12-04");
    let text = serde_json::to_string(&document).unwrap();
    assert_eq!(serde_json::from_str::<PlanDocument>(&text).unwrap(), document);
    // Unknown fields are refused: a damaged entry is not half read.
    assert!(serde_json::from_str::<PlanDocument>(r#"{"file_name":"x.json","bogus":1}"#).is_err());
}

#[test]
fn names_and_labels() {
    assert_eq!(
        suggested_file_name(Lang::Nl, "2026-12-04"),
        "inzetplan-2026-12-04.json"
    );
    assert_eq!(
        suggested_file_name(Lang::En, "2026-12-04"),
        "deployment-plan-2026-12-04.json"
    );
    let document = PlanDocument::in_file("plan.json", &Plan::default(), "2026-12-04");
    assert_eq!(document_label(&document, false, Lang::Nl), "plan.json");
    assert_eq!(document_label(&document, true, Lang::Nl), "plan.json (gewijzigd)");
    assert_eq!(
        document_label(&PlanDocument::default(), true, Lang::En),
        "not saved yet (changed)"
    );
}

#[test]
fn a_plan_read_from_a_workbook_lives_in_no_file_and_suggests_the_plan_file_beside_it() {
    use beleidsagenda_model::plan::document::{document_label, PlanDocument};
    use beleidsagenda_model::Lang;
    let document = PlanDocument::imported("plan-bewerkt.xlsx");
    assert_eq!(document.file_name, None, "no file claims to hold it");
    assert_eq!(
        document.suggested_name(Lang::Nl, "2026-12-07"),
        "plan-bewerkt.json"
    );
    assert_eq!(
        document_label(&document, false, Lang::Nl),
        "nog niet opgeslagen (plan-bewerkt.xlsx)"
    );
    assert!(document.has_unsaved_changes(&beleidsagenda_model::plan::Plan {
        id: "x".into(),
        ..Default::default()
    }));
    // Written and read back as it was; a document written before the field still reads.
    let text = serde_json::to_string(&document).unwrap();
    assert_eq!(serde_json::from_str::<PlanDocument>(&text).unwrap(), document);
    assert!(serde_json::from_str::<PlanDocument>(r#"{"file_name":"a.json"}"#).is_ok());
}
