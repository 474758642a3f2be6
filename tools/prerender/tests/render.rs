//! The prerendered pages themselves: every page, every agenda section and every source
//! reachable by the app's own link, in both languages, no id twice, links the hash router reads.

use beleidsagenda_model::Bundle;
use prerender::render::{render_all, PAGES};

fn rendered() -> String {
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
    runtime
        .block_on(tokio::task::LocalSet::new().run_until(render_all()))
        .expect("the pages render")
}

#[test]
fn every_page_section_and_source_answers_its_link_in_both_languages() {
    let html = rendered();
    let bundle = Bundle::bundled(2026).unwrap();
    for (lang, page) in PAGES {
        assert!(html.contains(&format!(
            "<div id=\"/{}/{page}\" class=\"ba-prerendered__page",
            lang.code()
        )));
    }
    assert!(html.contains("ba-prerendered__page ba-prerendered__page--default\" data-ba-lang=\"nl\">"));
    // One visible <main>: every other page is `hidden` until a link names it.
    assert_eq!(html.matches("<main").count(), PAGES.len());
    assert_eq!(html.matches("<main hidden").count(), PAGES.len() - 1);
    assert_eq!(html.matches("\" hidden><").count(), PAGES.len() - 1);
    for lang in ["nl", "en"] {
        for section in &bundle.agenda.sections {
            assert!(
                html.contains(&format!("id=\"/{lang}/agenda/{}\"", section.id)),
                "{lang} {}",
                section.id
            );
        }
        for source in &bundle.sources.sources {
            assert!(
                html.contains(&format!("id=\"/{lang}/sources/{}\"", source.id)),
                "{lang} {}",
                source.id
            );
        }
    }
    assert!(html.contains("<h1>Beleidsagenda Interdepartementale Taskforce Internationale Migratie</h1>"));
    assert!(
        html.contains("<h1>Policy agenda of the Interdepartmental Taskforce on International Migration</h1>")
    );
    assert!(html.contains("<h1>Bronnenregister</h1>") && html.contains("<h1>Source registry</h1>"));
    assert!(prerender::duplicate_ids(&html).is_empty());
    // Every internal link is one the hash router reads; none points at a path on the disk.
    assert!(!html.contains("href=\"/"), "a path link, not a hash link");
    assert!(html.contains("href=\"#/en/agenda\""));
    // The notices, from the i18n catalogue, for a reader without JavaScript or WebAssembly.
    assert!(html.contains("Zonder JavaScript zijn alleen de agenda en de bronnen te lezen"));
    assert!(html.contains("This browser does not allow WebAssembly"));
}

#[cfg(feature = "intern")]
#[test]
fn the_internal_edition_marks_its_prerendered_pages() {
    let html = rendered();
    assert!(html.contains("VERTROUWELIJK") && html.contains("href=\"#/nl/stappenplan\""));
}

#[cfg(not(feature = "intern"))]
#[test]
fn the_public_edition_prerenders_nothing_of_the_internal_one() {
    let html = rendered();
    // The released memo's own words about the step plan stay (they are public); the banner and
    // the step plan's view are not there.
    assert!(!html.contains("VERTROUWELIJK") && !html.contains("/stappenplan\""));
}
