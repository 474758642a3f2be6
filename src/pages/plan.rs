//! The deployment plan (`#/nl/plan`): for the countries the plan's selection puts in a tier,
//! instruments, organisations, money and people per year against the budget envelopes;
//! value for money and proposals; partnership status over time; the plan's files. The page
//! computes the ranking and the totals once per change and composes the parts.

use crate::components::set_aside::SetAsideNotice;
use crate::state::plan::PlanStoreAction;
use beleidsagenda_model::text::messages::StoredKind;
use std::collections::BTreeMap;
use std::rc::Rc;

use beleidsagenda_model::plan::document::document_label;
use beleidsagenda_model::plan::memo::{check_plan, CheckInputs};
use beleidsagenda_model::plan::totals::totals;
use beleidsagenda_model::plan::PlanAction;
use beleidsagenda_model::selection::rank_dataset;
use beleidsagenda_model::selection::url_state::decode;
use beleidsagenda_model::{t, tr, Key, Lang, Msg};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::clock::today;
use crate::components::layout::use_document_title;
use crate::components::plan::budget::{live_text, warnings, BudgetPanel, CapacityPanel};
use crate::components::plan::charts::PlanCharts;
use crate::components::plan::contributions::ContributionsPanel;
use crate::components::plan::countries::CountriesPanel;
use crate::components::plan::document::PlanDocumentBar;
use crate::components::plan::exchange::PlanExchange;
use crate::components::plan::memo_panel::MemoPanel;
use crate::components::plan::packages::PackagesPanel;
use crate::components::plan::status::StatusPanel;
use crate::components::plan::value::ValuePanel;
use crate::components::plan::PlanView;
use crate::print_frame::use_print_frame;
use crate::route::Route;
use crate::selection_url::current_query;
use crate::state::context::AppContext;
use crate::state::context::{use_data_in_use, use_plan_from_context};
use crate::state::identity::Same;

#[derive(Properties, PartialEq)]
pub struct PlanPageProps {
    pub lang: Lang,
}

#[function_component(PlanPage)]
pub fn plan_page(props: &PlanPageProps) -> Html {
    let lang = props.lang;
    let context = use_context::<AppContext>().expect("AppContext is provided by App");
    let store = context.plan.clone();
    // The file and whether it lacks changes, in the tab's title as in the page.
    use_document_title(format!(
        "{} · {} · {}",
        document_label(&store.document, store.has_unsaved_changes(), lang),
        t(lang, Key::PlanTitle),
        t(lang, Key::PageTitleSuffix)
    ));
    let (dataset, envelopes, dispatch) = use_plan_from_context(&context);
    let plan = Rc::clone(&store.plan);

    // Arriving from the selection ("Plan deze selectie") with its settings in the link: the plan
    // follows that selection, and the link becomes the plan's own.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let query = current_query();
            if !query.is_empty() {
                let _ = dispatch.apply(PlanAction::UseSelection(query));
                if let Ok(history) = gloo_utils::window().history() {
                    let path = crate::selection_url::current_path();
                    let _ = history.replace_state_with_url(
                        &wasm_bindgen::JsValue::NULL,
                        "",
                        Some(&format!("#{path}")),
                    );
                }
            }
        });
    }

    let ranked = use_memo(
        (Rc::clone(&dataset), plan.selection.clone()),
        |(dataset, selection)| {
            let (settings, _) = decode(selection, dataset);
            let (_, _, ranking) = rank_dataset(dataset, &settings);
            (Rc::new(ranking), Rc::new(settings.adjustments))
        },
    );
    let (ranking, adjustments) = (Rc::clone(&ranked.0), Rc::clone(&ranked.1));
    let tiers: Rc<BTreeMap<String, _>> = Rc::new(beleidsagenda_model::order::map_from(
        ranking
            .iter()
            .filter_map(|r| r.tier.map(|tier| (r.iso3.clone(), tier))),
    ));
    let sums = use_memo(
        (Same(Rc::clone(&plan)), Same(Rc::clone(&ranking))),
        |(plan, _)| Rc::new(totals(&plan.0, &|c: &str| tiers.get(c).copied())),
    );
    let today = today();
    let memo = {
        let tiers = Rc::clone(&tiers);
        use_memo(
            (
                Same(Rc::clone(&plan)),
                Same(Rc::clone(&ranking)),
                Same(Rc::clone(&dataset)),
                Same(Rc::clone(&*sums)),
                today.clone(),
            ),
            move |(plan, _, dataset, sums, today)| {
                let shortfalls = sums.0.fte_shortfalls(&plan.0);
                Rc::new(check_plan(&CheckInputs {
                    plan: &plan.0,
                    dataset: &dataset.0,
                    tier: &|c: &str| tiers.get(c).copied(),
                    adjustments: &adjustments,
                    fte_shortfalls: &shortfalls,
                    today,
                }))
            },
        )
    };
    let view = PlanView {
        lang,
        dataset: Rc::clone(&dataset),
        envelopes: Rc::clone(&envelopes),
        plan: Rc::clone(&plan),
        ranking,
        tiers: Rc::clone(&tiers),
        totals: Rc::clone(&*sums),
        memo: Rc::clone(&*memo),
        data: use_data_in_use(&context, lang),
    };
    let over = view.totals.overcommitments(&view.envelopes);
    let short = view.totals.fte_shortfalls(&view.plan);
    let alerts = warnings(&view, &over, &short);
    use_print_frame(t(lang, Key::PlanTitle), lang, &today);
    let selection_link = format!("#/{}/selection?{}", lang.code(), plan.selection);
    let section = |id: &'static str, title: Key, body: Html| {
        html! {
            <section class="ba-section ba-plan__section" aria-labelledby={id}>
                <h2 id={id}>{ t(lang, title) }</h2>
                { body }
            </section>
        }
    };
    html! {
        <article class="ba-plan">
            <h1>{ t(lang, Key::PlanTitle) }</h1>
            <p class="ba-lead">{ t(lang, Key::PlanIntro) }</p>
            <PlanDocumentBar view={view.clone()} dispatch={dispatch.clone()} />
            <p class="ba-no-print"><Link<Route> to={Route::contribution(lang)}>{ t(lang, Key::ContributionLink) }</Link<Route>></p>
            if let Some(outcome) = store.stored_damaged.clone() {
                <SetAsideNotice {lang} {outcome} what={StoredKind::Plan} storage_key={crate::state::plan::PLAN_STORAGE_KEY}
                    file_name={format!("beleidsagenda-plan-onleesbaar-{}.json", crate::clock::today())}
                    on_released={{ let store = store.clone(); Callback::from(move |()| store.dispatch(PlanStoreAction::HeldReleased)) }} />
            }
            if !store.dropped.is_empty() {
                <div class="ba-notice" role="status">
                    <p>{ tr(lang, Msg::PlanDropped { count: store.dropped.len() }) }</p>
                    { crate::components::plan::dropped_list(&store.dropped, lang) }
                    if let Some(outcome) = store.dropped_kept.clone() {
                        <SetAsideNotice {lang} {outcome} what={StoredKind::Plan} storage_key={crate::state::plan::PLAN_STORAGE_KEY} readable={true}
                            file_name={format!("beleidsagenda-plan-zoals-bewaard-{}.json", crate::clock::today())}
                            on_released={{ let store = store.clone(); Callback::from(move |()| store.dispatch(PlanStoreAction::HeldReleased)) }} />
                    }
                </div>
            }
            <p>
                { t(lang, Key::PlanSelectionSource) }{" "}
                <a href={selection_link}>{ t(lang, Key::PlanSelectionLink) }</a>
                if plan.selection.is_empty() { {" "}{ t(lang, Key::PlanSelectionDefault) } }
            </p>
            <div class={classes!("ba-plan__alerts", (!alerts.is_empty()).then_some("ba-plan__alerts--over"))}>
                <p aria-live="polite" aria-atomic="true" id="ba-plan-live">
                    if !alerts.is_empty() { <strong>{ "⚠ " }{ t(lang, Key::PlanAttention) }{" "}</strong> }
                    { live_text(lang, &alerts) }
                </p>
            </div>
            { crate::pages::consultation::overdue_follow_ups(&view.plan.consultations, lang, &today) }
            // Packages with no line are left out of a print; so is the section when all are.
            <div class={classes!(view.plan.packages.values().all(|p| p.is_empty()).then_some("ba-no-print"))}>
                { section("ba-plan-packages", Key::PlanPackagesTitle, html! { <PackagesPanel view={view.clone()} dispatch={dispatch.clone()} /> }) }
            </div>
            { section("ba-plan-countries", Key::PlanCountriesTitle, html! { <CountriesPanel view={view.clone()} dispatch={dispatch.clone()} /> }) }
            { section("ba-plan-memo", Key::MemoTitle, html! { <MemoPanel view={view.clone()} dispatch={dispatch.clone()} /> }) }
            { section("ba-plan-envelopes", Key::PlanEnvelopesTitle, html! { <BudgetPanel view={view.clone()} /> }) }
            { section("ba-plan-capacity", Key::PlanCapacityTitle, html! { <CapacityPanel view={view.clone()} dispatch={dispatch.clone()} /> }) }
            { section("ba-plan-totals", Key::PlanTotalsTitle, html! { <PlanCharts view={view.clone()} /> }) }
            { section("ba-plan-contributions", Key::PlanContributionsTitle, html! { <ContributionsPanel view={view.clone()} dispatch={dispatch.clone()} /> }) }
            { section("ba-plan-value", Key::PlanValueTitle, html! { <ValuePanel view={view.clone()} dispatch={dispatch.clone()} /> }) }
            { section("ba-plan-status", Key::PlanStatusTitle, html! { <StatusPanel view={view.clone()} dispatch={dispatch.clone()} today={today.clone()} /> }) }
            { section("ba-plan-files", Key::PlanFilesTitle, html! { <PlanExchange view={view.clone()} dispatch={dispatch.clone()} /> }) }
        </article>
    }
}
