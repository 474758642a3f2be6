//! The data compiled into the app must parse and validate; this is what keeps a malformed
//! bundled file from ever reaching a user.

use beleidsagenda_model::{Block, Bundle, Lang, Part, BUNDLED_FILES};

#[test]
fn bundled_data_is_valid() {
    match Bundle::bundled(2026) {
        Ok(_) => {}
        Err(errors) => {
            let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
            panic!("bundled data has errors:\n{}", list.join("\n"));
        }
    }
}

#[test]
fn agenda_has_the_memo_sections_in_order_then_public_facts() {
    let bundle = Bundle::bundled(2026).unwrap();
    let ids: Vec<&str> = bundle.agenda.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        &ids[..6],
        [
            "aanleiding",
            "geadviseerd-besluit",
            "kernpunten",
            "toelichting",
            "politieke-context",
            "niet-openbaar"
        ]
    );
    for id in [
        "niet-gevonden",
        "budget",
        "aandachtsgebieden",
        "actoren",
        "instrumenten",
        "tijdlijn",
    ] {
        let section = bundle
            .agenda
            .sections
            .iter()
            .find(|s| s.id == id)
            .unwrap_or_else(|| panic!("no section {id}"));
        assert_eq!(section.part, Part::Public, "{id}");
    }
}

#[test]
fn budget_series_matches_the_published_figures() {
    let bundle = Bundle::bundled(2026).unwrap();
    let budget = bundle.agenda.sections.iter().find(|s| s.id == "budget").unwrap();
    let series: Vec<(String, Option<f64>)> = budget
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Figures(figures) => Some(&figures.rows),
            _ => None,
        })
        .next()
        .unwrap()
        .iter()
        .map(|r| (r.label.get(Lang::Nl).to_string(), r.value))
        .collect();
    let expected = [
        (2025, 52532.0),
        (2026, 64838.0),
        (2027, 81894.0),
        (2028, 95000.0),
        (2029, 95000.0),
    ];
    assert_eq!(series.len(), expected.len());
    for ((label, value), (year, amount)) in series.iter().zip(expected) {
        assert_eq!(label, &year.to_string());
        assert_eq!(*value, Some(amount));
    }
}

#[test]
fn an_unpublished_figure_stays_missing() {
    let bundle = Bundle::bundled(2026).unwrap();
    let missing: Vec<_> = bundle
        .agenda
        .sections
        .iter()
        .flat_map(|s| s.blocks.iter())
        .filter_map(|b| match b {
            Block::Figures(figures) => Some(figures.rows.iter().filter(|r| r.value.is_none()).count()),
            _ => None,
        })
        .collect();
    assert!(
        missing.iter().sum::<usize>() >= 1,
        "the 6.8 mln breakdown is not public and must be null"
    );
}

#[test]
fn every_source_in_the_registry_is_cited() {
    let bundle = Bundle::bundled(2026).unwrap();
    for source in &bundle.sources.sources {
        let in_agenda = !bundle.agenda.citations_of(&source.id).is_empty();
        let dataset = &bundle.dataset;
        let in_dataset = dataset.indicators.iter().any(|i| i.source == source.id)
            || dataset.values.iter().any(|v| v.source == source.id)
            || dataset.instruments.iter().any(|i| i.source == source.id)
            || dataset.countries.iter().any(|c| {
                c.visa_25a.as_ref().is_some_and(|v| v.source == source.id)
                    || c.development.as_ref().is_some_and(|d| d.source == source.id)
                    || c.eu_partnership.as_ref().is_some_and(|p| p.source == source.id)
                    || c.instruments.iter().any(|u| {
                        u.source == source.id || u.ended.as_ref().is_some_and(|e| e.source == source.id)
                    })
            });
        // The map cites Natural Earth for its shapes; region labels cite UN M49.
        let on_map = source.id == "natural-earth" || source.id == "un-m49";
        // A source another's description compares its figures with is cited there.
        let compared = bundle
            .sources
            .sources
            .iter()
            .any(|s| s.compared_with.contains(&source.id));
        #[cfg(feature = "intern")]
        let in_step_plan = bundle
            .step_template
            .steps
            .iter()
            .any(|s| s.sources.iter().any(|r| r.id == source.id));
        #[cfg(not(feature = "intern"))]
        let in_step_plan = false;
        assert!(
            in_agenda || in_dataset || on_map || in_step_plan || compared,
            "source {} is never cited",
            source.id
        );
    }
}

#[test]
fn bundled_files_are_named_by_their_repository_path() {
    for (path, text) in BUNDLED_FILES {
        let on_disk = std::fs::read_to_string(format!("{}/../{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        assert_eq!(on_disk, text, "{path}");
    }
}
