use std::rc::Rc;

use beleidsagenda_model::{Bundle, DataError, Lang};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::layout::Layout;
use crate::pages::not_found::NotFoundPage;
use crate::route::Route;
use crate::state::dataset::{initial_store, use_persist_dataset, DatasetHandle};

/// What every view may read: the parsed data (or why it could not be parsed) and whether the
/// app is embedded in a host page.
#[derive(Clone, PartialEq)]
pub struct AppContext {
    pub bundle: Rc<Result<Bundle, Vec<DataError>>>,
    pub embedded: bool,
    /// The dataset in use (bundled or loaded by the user) and its reducer.
    pub dataset: DatasetHandle,
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    #[prop_or_default]
    pub embedded: bool,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    // Parsed once per app; the native tests prove the bundled data parses.
    let bundle = use_memo((), |_| Bundle::bundled(current_year()));
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
    let context = AppContext {
        bundle: Rc::clone(&bundle),
        embedded: props.embedded,
        dataset,
    };
    html! {
        <ContextProvider<AppContext> {context}>
            <HashRouter>
                <Switch<Route> render={switch} />
            </HashRouter>
        </ContextProvider<AppContext>>
    }
}

fn switch(route: Route) -> Html {
    match &route {
        Route::LangHome { lang } => match Lang::from_code(lang) {
            Some(lang) => html! { <Redirect<Route> to={Route::agenda(lang)} /> },
            None => {
                html! { <Layout route={Route::NotFound}><NotFoundPage lang={Lang::Nl} /></Layout> }
            }
        },
        _ => html! { <Layout route={route.clone()} /> },
    }
}

/// The calendar year in the user's time zone, the upper bound for years in the data.
pub fn current_year() -> u16 {
    js_sys::Date::new_0().get_full_year() as u16
}
