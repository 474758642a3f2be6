use std::rc::Rc;

use beleidsagenda_model::{Bundle, Lang};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::clock::{current_year, today};
use crate::components::data_errors::DataErrors;
use crate::components::layout::Layout;
use crate::pages::accessibility::AccessibilityPage;
use crate::pages::agenda::AgendaPage;
use crate::pages::country::CountryPage;
use crate::pages::data::DataPage;
use crate::pages::instruments::InstrumentsPage;
use crate::pages::method::MethodPage;
use crate::pages::not_found::NotFoundPage;
use crate::pages::plan::PlanPage;
use crate::pages::search::SearchPage;
use crate::pages::selection::SelectionPage;
use crate::pages::sources::{SourcePage, SourcesPage};
use crate::pages::timeline::TimelinePage;
use crate::route::{page_lang, Route};
use crate::state::context::AppContext;
use crate::state::dataset::{initial_store, use_persist_dataset};
use crate::state::plan::{initial_plan, use_leave_warning, use_persist_plan};

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    #[prop_or_default]
    pub embedded: bool,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let context = use_app_context(props.embedded);
    // After the first render the app answers input: the prerendered page and the loader go.
    use_effect_with((), |_| crate::mount::app_has_started());
    html! {
        <ContextProvider<AppContext> {context}>
            <HashRouter>
                <Switch<Route> render={switch} />
            </HashRouter>
        </ContextProvider<AppContext>>
    }
}

/// The bundle, the dataset in use and the plan, with what keeps them in this browser. Also
/// what the prerender tool renders the agenda with at build time (nothing is stored there).
#[hook]
pub fn use_app_context(embedded: bool) -> AppContext {
    // Parsed once per app; the native tests prove the bundled data parses.
    let bundle = use_memo((), |_| {
        let bundle = Bundle::bundled(current_year());
        // For bench/answers.mjs; the prerender tool runs this natively, with no page to mark.
        #[cfg(target_arch = "wasm32")]
        crate::timing::mark("ba-data-parsed");
        bundle
    });
    let dataset = {
        let bundle = Rc::clone(&bundle);
        use_reducer(move || {
            let bundled = bundle
                .as_ref()
                .as_ref()
                .map(|b| b.dataset.clone())
                .unwrap_or_default();
            initial_store(bundled, current_year())
        })
    };
    use_persist_dataset(&dataset);
    let plan = {
        let (bundle, active) = (Rc::clone(&bundle), Rc::clone(&dataset.state.active));
        use_reducer(move || {
            let envelopes = bundle
                .as_ref()
                .as_ref()
                .map(|b| b.envelopes.clone())
                .unwrap_or_default();
            initial_plan(&active, &envelopes, &today())
        })
    };
    use_persist_plan(&plan);
    use_leave_warning(plan.has_unsaved_changes());
    crate::edition::use_edition_marks();
    AppContext {
        bundle: Rc::clone(&bundle),
        embedded,
        dataset,
        plan,
    }
}

/// The layout and page of a route: one tree for the app and for the prerendered pages.
pub fn switch(route: Route) -> Html {
    match &route {
        Route::LangHome { lang } => match Lang::from_code(lang) {
            Some(lang) => html! { <Redirect<Route> to={Route::agenda(lang)} /> },
            None => html! {
                <Layout route={Route::NotFound} lang={Lang::Nl} unknown_lang={None::<String>}>
                    <NotFoundPage lang={Lang::Nl} />
                </Layout>
            },
        },
        _ => {
            // Resolved here, on every change of the location, and handed down: two unknown
            // paths are the same `Route::NotFound`, so a page that read the language itself
            // would keep the first one's when only the language in the link changed.
            let (lang, unknown_lang) = page_lang(&route);
            html! { <Layout route={route.clone()} {lang} {unknown_lang}><Page route={route.clone()} {lang} /></Layout> }
        }
    }
}

#[derive(Properties, PartialEq)]
struct PageProps {
    route: Route,
    lang: Lang,
}

/// The page a route asks for, or why the bundled data could not be read.
#[function_component(Page)]
fn page(props: &PageProps) -> Html {
    let context = use_context::<AppContext>().expect("AppContext is provided by App");
    let lang = props.lang;
    if let Err(errors) = context.bundle.as_ref() {
        return html! { <DataErrors {lang} errors={errors.clone()} /> };
    }
    match &props.route {
        Route::Home | Route::Agenda { .. } | Route::LangHome { .. } => html! { <AgendaPage {lang} /> },
        Route::AgendaSection { section, .. } => html! { <AgendaPage {lang} section={section.clone()} /> },
        Route::Selection { .. } => html! { <SelectionPage {lang} /> },
        Route::Method { .. } => html! { <MethodPage {lang} /> },
        Route::Accessibility { .. } => html! { <AccessibilityPage {lang} /> },
        Route::Data { .. } => html! { <DataPage {lang} /> },
        Route::Country { iso3, .. } => html! { <CountryPage {lang} iso3={iso3.clone()} /> },
        Route::Instruments { .. } => html! { <InstrumentsPage {lang} /> },
        Route::Plan { .. } => html! { <PlanPage {lang} /> },
        Route::Contribution { .. } => html! { <crate::pages::contribution::ContributionPage {lang} /> },
        Route::Timeline { .. } => html! { <TimelinePage {lang} /> },
        Route::Consultation { .. } | Route::ConsultationEn { .. } => {
            html! { <crate::pages::consultation::ConsultationPage {lang} /> }
        }
        Route::Search { .. } => html! { <SearchPage {lang} /> },
        #[cfg(feature = "intern")]
        Route::StepPlan { .. } => html! { <crate::pages::step_plan::StepPlanPage {lang} /> },
        Route::Sources { .. } => html! { <SourcesPage {lang} /> },
        Route::Source { id, .. } => html! { <SourcePage {lang} id={id.clone()} /> },
        Route::NotFound => html! { <NotFoundPage {lang} /> },
    }
}
