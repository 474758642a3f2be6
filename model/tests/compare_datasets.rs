//! "Wat verandert er?" with known answers: a figure changes (old → new with its source), a
//! country's tier moves and the criterion that moved it is named, a country leaves, a list kind
//! changes; the same dataset changes nothing.

use beleidsagenda_model::data::dataset::ListKind;
use beleidsagenda_model::load::compare::compare_datasets;
use beleidsagenda_model::selection::{rank_dataset, SelectionSettings};
use beleidsagenda_model::{Bundle, Dataset};

fn bundled() -> Dataset {
    Bundle::bundled(2026).unwrap().dataset
}

#[test]
fn the_same_dataset_changes_nothing() {
    let d = bundled();
    assert!(compare_datasets(&d, &d).is_empty());
}

#[test]
fn a_changed_figure_is_listed_with_old_and_new_value_and_source() {
    let old = bundled();
    let mut new = old.clone();
    let figure = new
        .values
        .iter_mut()
        .find(|v| v.country == "MAR" && v.indicator == "nl_asylum_applicants_2024")
        .unwrap();
    let before = figure.value;
    figure.value = Some(5_000.0);
    figure.source = "cbs-80059".into();
    let changes = compare_datasets(&old, &new);
    assert_eq!(changes.figures.len(), 1);
    let change = &changes.figures[0];
    assert_eq!(
        (change.country.as_str(), change.indicator.as_str()),
        ("MAR", "nl_asylum_applicants_2024")
    );
    assert_eq!((change.old, change.new), (before, Some(5_000.0)));
    assert_eq!(change.new_source.as_deref(), Some("cbs-80059"));
}

#[test]
fn a_country_whose_tier_moves_is_named_with_the_criterion_that_moved_it() {
    let old = bundled();
    let (_, _, ranking) = rank_dataset(&old, &SelectionSettings::defaults(&old));
    // The 9th country (targeted) gets the highest value of one criterion and a slightly higher
    // value of another: it moves up, and the criterion named is the one that moved it most —
    // whichever of the two that is.
    let ninth = ranking.iter().find(|r| r.rank == Some(9)).unwrap().iso3.clone();
    let max = |indicator: &str| {
        old.values
            .iter()
            .filter(|v| v.indicator == indicator)
            .filter_map(|v| v.value)
            .fold(0.0, f64::max)
    };
    let own = |indicator: &str| {
        old.values
            .iter()
            .find(|v| v.country == ninth && v.indicator == indicator)
            .and_then(|v| v.value)
            .unwrap_or_else(|| panic!("{ninth} has a value for {indicator}"))
    };
    let changed = |big: &str, small: &str| {
        let mut new = old.clone();
        for v in new.values.iter_mut().filter(|v| v.country == ninth) {
            if v.indicator == big {
                v.value = Some(max(big) * 10.0);
            } else if v.indicator == small {
                v.value = Some(own(small) * 1.05 + 1.0);
            }
        }
        let changes = compare_datasets(&old, &new);
        let moved = changes
            .moves
            .iter()
            .find(|m| m.country == ninth)
            .cloned()
            .expect("it moves");
        assert_eq!(moved.old_rank, Some(9));
        assert!(moved.new_rank < Some(9), "{moved:?}");
        moved.criterion
    };
    let (eu, nl) = ("eu_asylum_applicants_2024", "nl_asylum_applicants_2024");
    assert_eq!(changed(eu, nl).as_deref(), Some(eu));
    assert_eq!(changed(nl, eu).as_deref(), Some(nl));
}

#[test]
fn a_country_leaving_and_a_list_kind_changing_are_said_once() {
    let old = bundled();
    let mut new = old.clone();
    new.countries.retain(|c| c.iso3 != "JOR");
    new.values.retain(|v| v.country != "JOR");
    let partial = new
        .indicators
        .iter_mut()
        .find(|i| matches!(i.list_kind(), ListKind::TopN { .. }))
        .unwrap();
    let id = partial.id.clone();
    partial.list = Some(ListKind::Complete);
    let changes = compare_datasets(&old, &new);
    assert_eq!(changes.countries_removed, vec!["JOR".to_string()]);
    assert!(
        changes.figures.iter().all(|f| f.country != "JOR"),
        "not figure by figure"
    );
    assert_eq!(changes.list_kinds.len(), 1);
    assert_eq!(changes.list_kinds[0].indicator, id);
    assert_eq!(changes.list_kinds[0].new, ListKind::Complete);
}

#[test]
fn a_renamed_country_is_a_change_in_both_languages() {
    let old = bundled();
    let mut new = old.clone();
    let morocco = new.countries.iter_mut().find(|c| c.iso3 == "MAR").unwrap();
    morocco.name.nl = "=HYPERLINK(\"http://x\")".into();
    let changes = compare_datasets(&old, &new);
    assert!(!changes.is_empty());
    assert_eq!(changes.countries_renamed.len(), 1);
    assert_eq!(changes.countries_renamed[0].country, "MAR");
    assert_eq!(changes.countries_renamed[0].old.nl, "Marokko");
    assert_eq!(changes.countries_renamed[0].new.nl, "=HYPERLINK(\"http://x\")");
}
