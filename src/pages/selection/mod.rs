//! The country selection: the views on one selection state (`state::selection`): controls,
//! the ranking as a table or a map (tabs, as Our World in Data's grapher does), the country
//! panel, robustness, adjustments, scenarios and exports. The page only composes them.

mod parts;

use std::rc::Rc;

use beleidsagenda_model::load::state::DatasetOrigin;
use beleidsagenda_model::selection::action::SelectionAction;
use beleidsagenda_model::selection::{url_state, ResultsView};
use beleidsagenda_model::{t, Key, Lang, WorldMap};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::clock::today;
use crate::components::layout::use_document_title;
use crate::components::selection::adjustments::AdjustmentsPanel;
use crate::components::selection::annex::{AnnexHead, AnnexTail};
use crate::components::selection::controls::Controls;
use crate::components::selection::country_panel::{CountryPanel, PANEL_HEADING_ID};
use crate::components::selection::exports::ExportsPanel;
use crate::components::selection::ranking_table::RankingTable;
use crate::components::selection::scenarios::ScenariosPanel;
use crate::components::selection::sensitivity::{Analysis, SensitivityPanel};
use crate::components::selection::tabs::{Tab, Tabs};
use crate::print_frame::use_print_frame;
use crate::route::Route;
use crate::state::context::AppContext;
use crate::state::selection::use_selection;
use parts::{announce, ignored_notice, map_country, overdue_reviews, tier_map};

#[derive(Properties, PartialEq)]
pub struct SelectionPageProps {
    pub lang: Lang,
}

#[function_component(SelectionPage)]
pub fn selection_page(props: &SelectionPageProps) -> Html {
    let lang = props.lang;
    let context = use_context::<AppContext>().expect("AppContext is provided by App");
    let data = crate::state::context::use_data_in_use(&context, lang);
    use_document_title(format!(
        "{} · {}",
        t(lang, Key::SelectionTitle),
        t(lang, Key::PageTitleSuffix)
    ));
    let selection = use_selection(Rc::clone(&context.dataset.state.active));
    let (dataset, settings, ranking) = (
        Rc::clone(&selection.dataset),
        Rc::clone(&selection.settings),
        Rc::clone(&selection.ranking),
    );
    let dispatch = selection.dispatch.clone();

    // The last finished sensitivity run; shown only while it matches the settings.
    let analysis = use_state(|| None::<Analysis>);
    let on_result = {
        let analysis = analysis.clone();
        use_callback((), move |result: Analysis, _| analysis.set(Some(result)))
    };
    let inputs = settings.analysis_inputs();
    let fresh_analysis = analysis
        .as_ref()
        .filter(|a| a.inputs == inputs && Rc::ptr_eq(&a.matrix, &selection.matrix));

    // Move focus to the panel when a country is chosen, so keyboard users land on it.
    use_effect_with(settings.selected.clone(), |selected| {
        if selected.is_some() {
            if let Some(heading) = crate::dom::by_id(PANEL_HEADING_ID) {
                if let Ok(heading) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(heading) {
                    let _ = heading.focus();
                }
            }
        }
    });

    let announcement = use_memo(
        (Rc::clone(&ranking), Rc::clone(&dataset), lang),
        |(ranking, dataset, lang)| announce(ranking, dataset, *lang),
    );
    let map = use_memo((), |_| WorldMap::bundled().ok().map(Rc::new));
    let map_countries = use_memo(
        (
            Rc::clone(&ranking),
            Rc::clone(&dataset),
            settings.regions.clone(),
            lang,
        ),
        |(ranking, dataset, _, lang)| {
            Rc::new(
                ranking
                    .iter()
                    .filter(|r| settings.shows(dataset, &r.iso3))
                    .map(|r| map_country(r, dataset, *lang))
                    .collect::<Vec<_>>(),
            )
        },
    );

    let show_view = |view: ResultsView| dispatch.on(move |_: ()| Some(SelectionAction::ShowView(view)));
    let tabs = vec![
        Tab {
            id: "table",
            label: t(lang, Key::ViewTable).to_string(),
            selected: settings.view == ResultsView::Table,
            on_select: show_view(ResultsView::Table),
        },
        Tab {
            id: "map",
            label: t(lang, Key::MapTitle).to_string(),
            selected: settings.view == ResultsView::Map,
            on_select: show_view(ResultsView::Map),
        },
    ];
    let stability = fresh_analysis.map(|a| Rc::clone(&a.stability));
    let today = today();
    use_print_frame(t(lang, Key::SelectionTitle), lang, &today);
    let own_file = match &context.dataset.state.origin {
        DatasetOrigin::Imported { file_name } => Some(file_name.clone()),
        DatasetOrigin::Bundled => None,
    };
    let link = gloo_utils::window().location().href().unwrap_or_default();
    // The link writes itself before the view renders; tests wait for this, the settings the
    // view on screen was rendered from.
    let rendered_settings = url_state::encode(&settings);

    html! {
        <article class="ba-selection" data-settings={rendered_settings.clone()}
            data-analysis-run={fresh_analysis.map(|a| a.run.to_string())}>
            <AnnexHead {lang} dataset={Rc::clone(&dataset)} settings={Rc::clone(&settings)} weights={Rc::clone(&selection.weights)}
                today={today.clone()} {own_file} />
            <h1>{ t(lang, Key::SelectionTitle) }</h1>
            <p class="ba-lead">{ t(lang, Key::SelectionIntro) }{" "}<Link<Route> to={Route::method(lang)}>{ t(lang, Key::MethodLink) }</Link<Route>></p>
            <p class="ba-no-print"><a href={format!("#/{}/plan?{}", lang.code(), rendered_settings)}>{ t(lang, Key::PlanThisSelection) }</a></p>
            { ignored_notice(&selection.ignored, lang) }
            { overdue_reviews(lang, &dataset, &settings, &context.plan.plan, &today) }
            <p class="ba-visually-hidden" aria-live="polite" aria-atomic="true">{ (*announcement).clone() }</p>
            <div class="ba-selection__layout">
                <section class="ba-selection__controls" aria-labelledby="ba-controls-title">
                    <h2 id="ba-controls-title">{ t(lang, Key::ControlsTitle) }</h2>
                    <Controls {lang} dataset={Rc::clone(&dataset)} settings={Rc::clone(&settings)} dispatch={dispatch.clone()} />
                </section>
                <div class="ba-selection__results">
                    <section aria-labelledby="ba-ranking-title">
                        <h2 id="ba-ranking-title">{ t(lang, Key::RankingTitle) }</h2>
                        <Tabs label={t(lang, Key::RankingTitle).to_string()} tabs={tabs}>
                            <div class="ba-tabpanel" role="tabpanel" id="ba-tabpanel-table" aria-labelledby="ba-tab-table" tabindex="0"
                                hidden={settings.view != ResultsView::Table}>
                                <RankingTable {lang} dataset={Rc::clone(&dataset)} settings={Rc::clone(&settings)} ranking={Rc::clone(&ranking)}
                                    stability={stability.clone()} dispatch={dispatch.clone()} />
                            </div>
                            <div class="ba-tabpanel" role="tabpanel" id="ba-tabpanel-map" aria-labelledby="ba-tab-map" tabindex="0"
                                hidden={settings.view != ResultsView::Map}>
                                { tier_map(map.as_ref().clone(), (*map_countries).clone(), lang) }
                            </div>
                        </Tabs>
                    </section>
                    if let Some(iso3) = settings.selected.clone() {
                        <CountryPanel {lang} {iso3} dataset={Rc::clone(&dataset)} settings={Rc::clone(&settings)} ranking={Rc::clone(&ranking)}
                            matrix={Rc::clone(&selection.matrix)} weights={Rc::clone(&selection.weights)}
                            stability={stability.clone()}
                            tipping={fresh_analysis.map(|a| Rc::clone(&a.tipping))} dispatch={dispatch.clone()} />
                    }
                    <section aria-labelledby="ba-sensitivity-title">
                        <h2 id="ba-sensitivity-title">{ t(lang, Key::SensitivityTitle) }</h2>
                        <SensitivityPanel {lang} settings={Rc::clone(&settings)} matrix={Rc::clone(&selection.matrix)}
                            {on_result} dispatch={dispatch.clone()} />
                    </section>
                    <section aria-labelledby="ba-adjustments-title">
                        <h2 id="ba-adjustments-title">{ t(lang, Key::AdjustmentsTitle) }</h2>
                        <AdjustmentsPanel {lang} dataset={Rc::clone(&dataset)} settings={Rc::clone(&settings)} dispatch={dispatch.clone()} />
                    </section>
                    <section aria-labelledby="ba-scenarios-title">
                        <h2 id="ba-scenarios-title">{ t(lang, Key::ScenariosTitle) }</h2>
                        <ScenariosPanel {lang} dataset={Rc::clone(&dataset)} data={Rc::clone(&data)} settings={Rc::clone(&settings)} dispatch={dispatch.clone()}
                            on_ignored={selection.report_ignored.clone()} />
                    </section>
                    <section aria-labelledby="ba-exports-title" class="ba-no-print">
                        <h2 id="ba-exports-title">{ t(lang, Key::ExportTitle) }</h2>
                        <ExportsPanel {lang} data={Rc::clone(&data)} dataset={Rc::clone(&dataset)} settings={Rc::clone(&settings)} ranking={Rc::clone(&ranking)}
                            stability={stability.clone()} />
                    </section>
                </div>
            </div>
            <AnnexTail {lang} dataset={Rc::clone(&dataset)} weights={Rc::clone(&selection.weights)} {link} />
        </article>
    }
}
