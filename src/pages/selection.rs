//! The country selection: settings from the URL, the ranking computed from them, and the
//! views on it (table, map, country panel, sensitivity, adjustments, scenarios, exports).

use std::rc::Rc;

use beleidsagenda_model::selection::scoring::{weights_from_grades, Matrix};
use beleidsagenda_model::selection::url_state::{decode, encode, Ignored};
use beleidsagenda_model::selection::{rank, SelectionSettings, Status};
use beleidsagenda_model::text::format::percent;
use beleidsagenda_model::{t, t_with, Key, Lang, WorldMap};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::layout::use_document_title;
use crate::components::selection::adjustments::AdjustmentsPanel;
use crate::components::selection::controls::Controls;
use crate::components::selection::country_panel::{CountryPanel, PANEL_HEADING_ID};
use crate::components::selection::exports::ExportsPanel;
use crate::components::selection::ranking_table::RankingTable;
use crate::components::selection::scenarios::ScenariosPanel;
use crate::components::selection::sensitivity::{Analysis, SensitivityPanel};
use crate::components::selection::OnChange;
use crate::components::world_map::{LegendItem, MapCountry, WorldMapView};
use crate::labels;
use crate::mount::gloo_document;
use crate::route::Route;
use crate::selection_url::{use_query, write_query};
use crate::state::context::AppContext;

#[derive(Properties, PartialEq)]
pub struct SelectionPageProps {
    pub lang: Lang,
}

#[function_component(SelectionPage)]
pub fn selection_page(props: &SelectionPageProps) -> Html {
    let lang = props.lang;
    let context = use_context::<AppContext>().expect("AppContext is provided by App");
    use_document_title(format!(
        "{} · {}",
        t(lang, Key::SelectionTitle),
        t(lang, Key::PageTitleSuffix)
    ));
    let dataset = Rc::clone(&context.dataset.state.active);
    let query = use_query();
    let decoded = use_memo((Rc::clone(&dataset), (*query).clone()), |(dataset, query)| {
        decode(query, dataset)
    });
    let settings = Rc::new(decoded.0.clone());
    // What the link (or a loaded scenario) held that could not be used.
    let extra_ignored = use_state(Vec::<Ignored>::new);
    let ignored: Vec<Ignored> = decoded.1.iter().chain(extra_ignored.iter()).cloned().collect();

    let matrix = use_memo((Rc::clone(&dataset), settings.normalisation), |(dataset, n)| {
        Rc::new(Matrix::build(dataset, *n))
    });
    let matrix: Rc<Matrix> = (*matrix).clone();
    let weights = Rc::new(weights_from_grades(&matrix.criteria, &settings.grades_f64()));
    let ranking = Rc::new(rank(&matrix, &weights, &settings));
    let analysis = use_state(|| None::<Analysis>);
    let current_query = encode(&settings);
    let fresh_analysis = analysis.as_ref().filter(|a| a.query == current_query);

    let on_change: OnChange = {
        let query = query.clone();
        let extra_ignored = extra_ignored.clone();
        Callback::from(move |(next, step): (SelectionSettings, _)| {
            let encoded = encode(&next);
            write_query(&encoded, step);
            extra_ignored.set(Vec::new());
            query.set(encoded);
        })
    };
    let on_ignored = {
        let extra_ignored = extra_ignored.clone();
        Callback::from(move |ignored: Vec<Ignored>| extra_ignored.set(ignored))
    };

    // Move focus to the panel when a country is chosen, so keyboard users land on it.
    use_effect_with(settings.selected.clone(), |selected| {
        if selected.is_some() {
            if let Some(heading) = gloo_document().get_element_by_id(PANEL_HEADING_ID) {
                if let Ok(heading) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(heading) {
                    let _ = heading.focus();
                }
            }
        }
    });

    // The announcement for screen readers names the new top three.
    let name = |iso3: &str| {
        dataset
            .country(iso3)
            .map(|c| c.name.get(lang).to_string())
            .unwrap_or_default()
    };
    let mut top: Vec<(usize, String)> = ranking
        .iter()
        .filter_map(|r| r.rank.map(|k| (k, r.iso3.clone())))
        .collect();
    top.sort();
    let top_three: Vec<String> = top.iter().take(3).map(|(_, iso3)| name(iso3)).collect();
    let announcement = t_with(lang, Key::Announce, &top_three.join(", "));

    let map = use_memo((), |_| WorldMap::bundled().ok().map(Rc::new));
    let map_countries: Rc<Vec<MapCountry>> = Rc::new(
        ranking
            .iter()
            .filter(|r| settings.shows(&dataset, &r.iso3))
            .map(|r| {
                let tier = match (r.status, r.tier) {
                    (Status::ExcludedByHand, _) => t(lang, Key::StatusExcluded).to_string(),
                    (_, Some(tier)) => t(lang, labels::tier(tier)).to_string(),
                    (Status::NoData, _) => t(lang, Key::StatusNoData).to_string(),
                    _ => t(lang, Key::StatusLowCoverage).to_string(),
                };
                let score = r
                    .score
                    .map(|s| format!(", {} {}", t(lang, Key::Score).to_lowercase(), percent(s, lang)))
                    .unwrap_or_default();
                let adjusted = if r.adjusted {
                    format!(" ({})", t(lang, Key::AdjustedMark))
                } else {
                    String::new()
                };
                MapCountry {
                    iso3: r.iso3.clone(),
                    name: name(&r.iso3),
                    class: labels::tier_class(if r.status == Status::ExcludedByHand {
                        None
                    } else {
                        r.tier
                    }),
                    detail: format!("{tier}{score}{adjusted}"),
                    adjusted: r.adjusted,
                }
            })
            .collect(),
    );

    html! {
        <article class="ba-selection">
            <h1>{ t(lang, Key::SelectionTitle) }</h1>
            <p class="ba-lead">{ t(lang, Key::SelectionIntro) }{" "}<Link<Route> to={Route::method(lang)}>{ t(lang, Key::MethodLink) }</Link<Route>></p>
            if !ignored.is_empty() {
                <div class="ba-notice" role="status">
                    <p>{ t(lang, Key::IgnoredTitle) }</p>
                    <ul>
                        { for ignored.iter().map(|i| html! {
                            <li><code>{ &i.param }{"="}{ &i.value }</code>{": "}{ t(lang, labels::ignored_reason(i.reason)) }</li>
                        }) }
                    </ul>
                </div>
            }
            <p class="ba-visually-hidden" aria-live="polite" aria-atomic="true">{ announcement }</p>
            <div class="ba-selection__layout">
                <section class="ba-selection__controls" aria-labelledby="ba-controls-title">
                    <h2 id="ba-controls-title">{ t(lang, Key::ControlsTitle) }</h2>
                    <Controls {lang} dataset={Rc::clone(&dataset)} settings={Rc::clone(&settings)} on_change={on_change.clone()} />
                </section>
                <div class="ba-selection__results">
                    <section aria-labelledby="ba-ranking-title">
                        <h2 id="ba-ranking-title">{ t(lang, Key::RankingTitle) }</h2>
                        <RankingTable {lang} dataset={Rc::clone(&dataset)} settings={Rc::clone(&settings)} ranking={Rc::clone(&ranking)}
                            stability={fresh_analysis.map(|a| Rc::clone(&a.stability))} on_change={on_change.clone()} />
                    </section>
                    if let Some(iso3) = settings.selected.clone() {
                        <CountryPanel {lang} {iso3} dataset={Rc::clone(&dataset)} settings={Rc::clone(&settings)} ranking={Rc::clone(&ranking)}
                            matrix={Rc::clone(&matrix)} weights={Rc::clone(&weights)}
                            stability={fresh_analysis.map(|a| Rc::clone(&a.stability))}
                            tipping={fresh_analysis.and_then(|a| a.tipping.clone())} on_change={on_change.clone()} />
                    }
                    if let Some(map) = map.as_ref().clone() {
                        <section aria-labelledby="ba-tier-map-title">
                            <h2 id="ba-tier-map-title">{ t(lang, Key::MapTitle) }</h2>
                            <WorldMapView {lang} {map} countries={map_countries} class="ba-tier-map"
                                caption={t(lang, Key::TierMapCaption).to_string()}
                                legend={vec![
                                    LegendItem { class: "ba-tier-1", label: t(lang, Key::TierIntensive).to_string() },
                                    LegendItem { class: "ba-tier-2", label: t(lang, Key::TierTargeted).to_string() },
                                    LegendItem { class: "ba-tier-3", label: t(lang, Key::TierMonitor).to_string() },
                                    LegendItem { class: "ba-tier-none", label: t(lang, Key::NotRanked).to_string() },
                                    LegendItem { class: "ba-legend-adjusted", label: t(lang, Key::AdjustedOutline).to_string() },
                                ]} />
                        </section>
                    }
                    <section aria-labelledby="ba-sensitivity-title">
                        <h2 id="ba-sensitivity-title">{ t(lang, Key::SensitivityTitle) }</h2>
                        <SensitivityPanel {lang} settings={Rc::clone(&settings)} query={current_query.clone()} matrix={Rc::clone(&matrix)}
                            analysis={analysis.clone()} on_change={on_change.clone()} />
                    </section>
                    <section aria-labelledby="ba-adjustments-title">
                        <h2 id="ba-adjustments-title">{ t(lang, Key::AdjustmentsTitle) }</h2>
                        <AdjustmentsPanel {lang} dataset={Rc::clone(&dataset)} settings={Rc::clone(&settings)} on_change={on_change.clone()} />
                    </section>
                    <section aria-labelledby="ba-scenarios-title">
                        <h2 id="ba-scenarios-title">{ t(lang, Key::ScenariosTitle) }</h2>
                        <ScenariosPanel {lang} dataset={Rc::clone(&dataset)} settings={Rc::clone(&settings)} on_change={on_change.clone()} {on_ignored} />
                    </section>
                    <section aria-labelledby="ba-exports-title" class="ba-no-print">
                        <h2 id="ba-exports-title">{ t(lang, Key::ExportTitle) }</h2>
                        <ExportsPanel {lang} dataset={Rc::clone(&dataset)} settings={Rc::clone(&settings)} ranking={Rc::clone(&ranking)} />
                    </section>
                </div>
            </div>
        </article>
    }
}
