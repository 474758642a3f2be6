//! Component tests in headless Chromium (wasm-bindgen-test). Run by `./test wasm`.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use beleidsagenda::app::{App, AppProps};
use beleidsagenda::fatal::show_fatal_error;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn fresh_root() -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    root
}

/// Until `condition` holds, looked at every 10 ms while Yew renders on its scheduler; after
/// 10 s the test fails, naming what it waited for.
async fn until(what: &str, condition: impl Fn() -> bool) {
    for _ in 0..1000 {
        if condition() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("waited 10 s for {what}");
}

/// An app mounted for one test. Dropping it unmounts the app: an app left running would follow
/// the next test's hash changes and render (and rank) along with it.
struct Mounted {
    root: Element,
    handle: Option<yew::AppHandle<App>>,
}

impl std::ops::Deref for Mounted {
    type Target = Element;
    fn deref(&self) -> &Element {
        &self.root
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        self.root.remove();
    }
}

/// The app, embedded in a fresh element, once it shows the view of `hash` with its own <h1>,
/// `heading`.
async fn app_at(hash: &str, heading: &str) -> Mounted {
    web_sys::window().unwrap().location().set_hash(hash).unwrap();
    let root = fresh_root();
    let handle =
        yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { embedded: true }).render();
    until(&format!("{hash} to show its heading {heading:?}"), || {
        texts(&root, "main h1") == [heading]
    })
    .await;
    Mounted {
        root,
        handle: Some(handle),
    }
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .map(|i| nodes.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
async fn agenda_renders_every_section_with_a_citation_per_statement() {
    let root = app_at(
        "#/nl/agenda",
        "Beleidsagenda Interdepartementale Taskforce Internationale Migratie",
    )
    .await;

    assert_eq!(
        texts(&root, "h1"),
        vec!["Beleidsagenda Interdepartementale Taskforce Internationale Migratie"]
    );
    let sections = texts(&root, "h3");
    for heading in [
        "Aanleiding",
        "Geadviseerd besluit",
        "Kernpunten",
        "Toelichting",
        "Politieke context",
        "Wat niet openbaar is",
        "Wat deze app niet vond",
        "Budget",
        "Tijdlijn",
    ] {
        assert!(
            sections.iter().any(|s| s == heading),
            "missing section {heading} in {sections:?}"
        );
    }
    // Every statement cites a source of its own: counted per statement, so that one with two
    // citations cannot hide one with none.
    let statements = root.query_selector_all(".ba-statement").unwrap();
    assert!(statements.length() > 10);
    let uncited: Vec<String> = (0..statements.length())
        .map(|i| statements.item(i).unwrap().dyn_into::<Element>().unwrap())
        .filter(|s| s.query_selector(".ba-cite a").unwrap().is_none())
        .map(|s| s.text_content().unwrap_or_default())
        .collect();
    assert!(uncited.is_empty(), "statements without a source: {uncited:?}");
    // The unpublished breakdown shows as not available, never as 0.
    assert!(texts(&root, ".ba-table td")
        .iter()
        .any(|t| t == "niet beschikbaar"));
    assert!(texts(&root, ".ba-table td").iter().any(|t| t == "52.532"));
    // Embedded: the host page's <html lang> is not the app's to change; its root carries the language.
    assert_eq!(
        root.query_selector(".ba-root")
            .unwrap()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("nl")
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn english_route_renders_english_and_unknown_language_shows_a_notice() {
    let root = app_at(
        "#/en/agenda",
        "Policy agenda of the Interdepartmental Taskforce on International Migration",
    )
    .await;
    assert_eq!(
        texts(&root, "h1"),
        vec!["Policy agenda of the Interdepartmental Taskforce on International Migration"]
    );
    assert!(texts(&root, ".ba-table td").iter().any(|t| t == "52,532"));
    root.remove();

    let root = app_at("#/xx/sources", "Bronnenregister").await;
    let notice = texts(&root, ".ba-notice").join(" ");
    assert!(notice.contains("\"xx\""), "{notice}");
    assert_eq!(texts(&root, "h1"), vec!["Bronnenregister"]);
    root.remove();
}

#[wasm_bindgen_test]
async fn unknown_source_page_says_so_with_a_way_back() {
    let root = app_at("#/nl/sources/geen-bron", "Onbekende bron").await;
    assert_eq!(texts(&root, "h1"), vec!["Onbekende bron"]);
    assert!(texts(&root, "main a").iter().any(|t| t == "Alle bronnen"));
    root.remove();
}

#[wasm_bindgen_test]
fn fatal_error_is_an_alert_and_text_only() {
    let root = fresh_root();
    show_fatal_error(&root, "<img src=x onerror=alert(1)> index out of bounds");
    let alert = root.query_selector("[role=alert]").unwrap().expect("an alert");
    assert!(alert.text_content().unwrap().contains("Er ging iets mis"));
    assert!(
        root.query_selector("img").unwrap().is_none(),
        "the message is text, not markup"
    );
    assert!(texts(&root, "pre")[0].contains("index out of bounds"));
    root.remove();
}

#[wasm_bindgen_test]
async fn selection_view_ranks_every_country_and_opens_the_panel_from_the_link() {
    let root = app_at("#/nl/selection?sel=MAR&tiers=top:5,10", "Landenselectie").await;
    assert_eq!(texts(&root, "h1"), vec!["Landenselectie"]);
    assert_eq!(
        root.query_selector_all("table.ba-ranking tbody tr")
            .unwrap()
            .length(),
        58
    );
    let badges = texts(&root, "table.ba-ranking .ba-tier-badge");
    assert_eq!(
        badges.iter().filter(|b| *b == "Intensief partnerschap").count(),
        5
    );
    assert_eq!(
        badges.iter().filter(|b| *b == "Gerichte samenwerking").count(),
        10
    );
    assert_eq!(
        texts(&root, "#ba-country-panel-title"),
        vec!["Toelichting: Marokko"]
    );
    // Every country in the data is a focusable link on the map.
    assert_eq!(root.query_selector_all(".ba-tier-map a").unwrap().length(), 58);
    root.remove();
}

/// The ranking is computed once per change that affects it, and never by the sensitivity run:
/// `state::selection` memoises it, and the run reports back once, at its end.
#[wasm_bindgen_test]
async fn one_slider_move_ranks_once_and_a_sensitivity_run_does_not_re_rank() {
    use beleidsagenda::state::selection::rankings_computed;

    let root = app_at("#/nl/selection?mc=1000,0.25,7", "Landenselectie").await;
    let status = || texts(&root, ".ba-sensitivity [role=status]").join(" ");
    // The run whose results the view shows (data-analysis-run), 0 while none.
    let shown_run = || {
        root.query_selector("article.ba-selection")
            .unwrap()
            .and_then(|a| a.get_attribute("data-analysis-run"))
            .and_then(|r| r.parse::<u64>().ok())
            .unwrap_or(0)
    };
    until("the first automatic run", || shown_run() > 0).await;
    assert!(status().contains("Klaar: 1.000"), "{}", status());
    let first_run = shown_run();
    let before = rankings_computed();

    let slider: web_sys::HtmlInputElement = root
        .query_selector("#ba-weight-return_rate")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    slider.set_value("4");
    slider
        .dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    until("the move to re-rank", || rankings_computed() > before).await;
    until("the move to reach the link", || {
        web_sys::window()
            .unwrap()
            .location()
            .hash()
            .unwrap()
            .contains("return_rate:4")
    })
    .await;
    assert_eq!(rankings_computed(), before + 1, "one slider move, one ranking");

    // The automatic run after the move: 1,000 draws in time slices, then the tipping points.
    // Its progress shows while it runs (looked at every 5 ms), then its results.
    let mut chunks_seen = 0;
    for _ in 0..4000 {
        if shown_run() > first_run {
            break;
        }
        if status().contains("Bezig") {
            chunks_seen += 1;
        }
        yew::platform::time::sleep(Duration::from_millis(5)).await;
    }
    assert!(
        shown_run() > first_run,
        "no run after the move finished within 20 s"
    );
    assert!(status().contains("Klaar: 1.000"), "{}", status());
    assert!(chunks_seen > 0, "the run reported its progress");
    assert_eq!(
        rankings_computed(),
        before + 1,
        "the run did not re-rank the table"
    );
    // Its result fills the stability columns.
    let ranges = texts(&root, "table.ba-ranking tbody td.ba-num");
    assert!(
        ranges.iter().any(|t| t.contains('–') && t.chars().count() > 1),
        "{ranges:?}"
    );

    // Selecting a country and sorting do not re-rank either.
    let first: web_sys::HtmlElement = root
        .query_selector("table.ba-ranking tbody .ba-link-button")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    first.click();
    until("the country panel", || {
        !texts(&root, "#ba-country-panel-title").is_empty()
    })
    .await;
    assert_eq!(rankings_computed(), before + 1);
    root.remove();
}

#[wasm_bindgen_test]
async fn one_plan_edit_updates_totals_and_warning_and_re_renders_only_its_line() {
    use beleidsagenda::components::plan::line_row::line_renders;
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let row = |country: &str| {
        format!(
            r#"{{"country":"{country}","instrument":"return-agreements","lead":"A&M","envelope":"am-project","years":{{"2025":{{"eur":3000000,"fte_hundredths":0}}}},"added":"2026-01-01"}}"#
        )
    };
    let plan = format!(r#"{{"rows":[{},{}]}}"#, row("MAR"), row("TUN"));
    storage.set_item("beleidsagenda.v1.plan", &plan).unwrap();
    let root = app_at("#/nl/plan", "Inzetplan").await;
    assert_eq!(texts(&root, "h1"), vec!["Inzetplan"]);
    assert_eq!(texts(&root, "#ba-plan-live"), vec!["Geen budget overschreden."]);
    let field: web_sys::HtmlInputElement = root
        .query_selector("#ba-row-mar-return-agreements-2025-eur")
        .unwrap()
        .expect("MAR's 2025 amount")
        .dyn_into()
        .unwrap();
    assert_eq!(field.value(), "3.000.000");
    let change = || {
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        web_sys::Event::new_with_event_init_dict("change", &init).unwrap()
    };
    let before = line_renders();
    field.set_value("4.000.000");
    field.dispatch_event(&change()).unwrap();
    until("the warning of the exceeded envelope", || {
        texts(&root, "#ba-plan-live").concat().contains("Overschreden:")
    })
    .await;
    assert_eq!(line_renders() - before, 1, "only the edited line renders again");
    let live = texts(&root, "#ba-plan-live").concat();
    assert!(
        live.contains("Overschreden: Projectmatige inzet Asiel en Migratie in 2025 met EUR 200.000."),
        "{live}"
    );
    // A refused edit changes nothing and says why.
    field.set_value("veel");
    field.dispatch_event(&change()).unwrap();
    let error_id = "#ba-row-mar-return-agreements-2025-eur-error";
    until("the refusal", || !texts(&root, error_id).concat().is_empty()).await;
    let error = texts(&root, "#ba-row-mar-return-agreements-2025-eur-error").concat();
    assert!(
        error.contains("De vorige waarde blijft staan: 4.000.000"),
        "{error}"
    );
    assert!(storage
        .get_item("beleidsagenda.v1.plan")
        .unwrap()
        .unwrap()
        .contains("4000000"));
    drop(root);
    storage.remove_item("beleidsagenda.v1.plan").unwrap();
}
