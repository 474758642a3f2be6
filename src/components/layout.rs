//! The frame around every view: skip link, header with navigation and language switch, notices,
//! the page itself, footer. It also keeps `<html lang>` and the document title in step.

use beleidsagenda_model::{t, tr, Key, Lang, Msg};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::lang_switch::LangSwitch;
use crate::components::notice::Notice;
use crate::route::Route;
use crate::state::context::AppContext;

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    pub route: Route,
    /// The page's language (`route::page_lang`, resolved by `app::switch`).
    pub lang: Lang,
    /// A language code in the link that is not one of ours (the page then shows Dutch).
    pub unknown_lang: Option<String>,
    /// The page the route chose (`app.rs`).
    pub children: Html,
}

pub const MAIN_ID: &str = "ba-main";

#[function_component(Layout)]
pub fn layout(props: &LayoutProps) -> Html {
    let context = use_context::<AppContext>().expect("AppContext is provided by App");
    let (lang, unknown_lang) = (props.lang, props.unknown_lang.clone());

    {
        let embedded = context.embedded;
        use_effect_with(lang, move |lang| {
            // A host page owns its own <html lang>; the app's root element carries its language.
            if !embedded {
                if let Some(html) = gloo_utils::document().document_element() {
                    let _ = html.set_attribute("lang", lang.code());
                }
            }
        });
    }

    let skip_to_main = Callback::from(|_: MouseEvent| {
        if let Some(main) = crate::dom::by_id(MAIN_ID) {
            if let Ok(main) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main) {
                let _ = main.focus();
            }
        }
    });

    let nav_link = |target: Route, key: Key, current: bool| {
        html! {
            <li>
                <Link<Route> to={target} classes={classes!("ba-nav__link", current.then_some("ba-nav__link--current"))}>
                    <span aria-current={current.then_some("page")}>{ t(lang, key) }</span>
                </Link<Route>>
            </li>
        }
    };
    let on_agenda = matches!(
        props.route,
        Route::Home | Route::Agenda { .. } | Route::AgendaSection { .. }
    );
    let on_sources = matches!(props.route, Route::Sources { .. } | Route::Source { .. });
    let on_data = matches!(props.route, Route::Data { .. } | Route::Country { .. });
    let on_instruments = matches!(props.route, Route::Instruments { .. });
    let on_selection = matches!(props.route, Route::Selection { .. } | Route::Method { .. });
    let on_plan = matches!(props.route, Route::Plan { .. } | Route::Contribution { .. });
    let on_timeline = matches!(props.route, Route::Timeline { .. });
    let on_consultation = matches!(
        props.route,
        Route::Consultation { .. } | Route::ConsultationEn { .. }
    );
    // The selection keeps what the user chose: the menu returns to the selection last on
    // screen (or the one the plan follows), worked out when followed, not when drawn.
    let selection_link = {
        let plan = context.plan.clone();
        let href = crate::selection_url::selection_href(lang.code(), &plan.plan.selection);
        let follow = Callback::from(move |event: MouseEvent| {
            if event.ctrl_key() || event.meta_key() || event.shift_key() || event.button() != 0 {
                return;
            }
            event.prevent_default();
            let href = crate::selection_url::selection_href(lang.code(), &plan.plan.selection);
            let _ = gloo_utils::window()
                .location()
                .set_hash(href.trim_start_matches('#'));
        });
        html! {
            <li>
                <a {href} onclick={follow} class={classes!("ba-nav__link", on_selection.then_some("ba-nav__link--current"))}>
                    <span aria-current={on_selection.then_some("page")}>{ t(lang, Key::NavSelection) }</span>
                </a>
            </li>
        }
    };
    let on_search = matches!(props.route, Route::Search { .. });
    #[cfg(feature = "intern")]
    let step_plan_link = nav_link(
        Route::step_plan(lang),
        Key::NavStepPlan,
        matches!(props.route, Route::StepPlan { .. }),
    );
    #[cfg(not(feature = "intern"))]
    let step_plan_link = Html::default();
    #[cfg(feature = "intern")]
    let banner = html! { <crate::components::classified::ClassifiedBanner {lang} /> };
    #[cfg(not(feature = "intern"))]
    let banner = Html::default();
    let app_name = crate::edition::app_name();
    // Tables and controls use the width of the screen; prose keeps its reading measure.
    let data_view = matches!(
        props.route,
        Route::Selection { .. } | Route::Plan { .. } | Route::Data { .. }
    ) || step_plan_route(&props.route);

    html! {
        <div class={classes!("ba-root", data_view.then_some("ba-root--wide"))} lang={lang.code()}>
            <button type="button" class="ba-skip" onclick={skip_to_main}>{ t(lang, Key::SkipToContent) }</button>
            <header class="ba-header">
                { banner }
                <div class="ba-header__inner">
                    <p class="ba-header__name">
                        <span class="ba-header__title">{ t(lang, app_name) }</span>
                    </p>
                    <nav class="ba-nav" aria-label={t(lang, Key::MainNavigation)}>
                        <ul>
                            { nav_link(Route::agenda(lang), Key::NavAgenda, on_agenda) }
                            { selection_link }
                            { nav_link(Route::plan(lang), Key::NavPlan, on_plan) }
                            { step_plan_link }
                            { nav_link(Route::consultation(lang), Key::NavConsultation, on_consultation) }
                            { nav_link(Route::timeline(lang), Key::NavTimeline, on_timeline) }
                            { nav_link(Route::data(lang), Key::NavData, on_data) }
                            { nav_link(Route::instruments(lang), Key::NavInstruments, on_instruments) }
                            { nav_link(Route::sources(lang), Key::NavSources, on_sources) }
                            { nav_link(Route::search(lang), Key::NavSearch, on_search) }
                        </ul>
                    </nav>
                    <LangSwitch {lang} route={props.route.clone()} />
                </div>
            </header>
            if let Some(code) = unknown_lang {
                <Notice {lang} message={tr(lang, Msg::UnknownLanguage { code: &code })} />
            }
            <main id={MAIN_ID} class="ba-main" tabindex="-1">
                { props.children.clone() }
            </main>
            <footer class="ba-footer">
                <p>{ t(lang, Key::FooterData) }{" "}{ t(lang, Key::FooterOffline) }</p>
                <p><Link<Route> to={Route::accessibility(lang)}>{ t(lang, Key::A11yTitle) }</Link<Route>></p>
            </footer>
        </div>
    }
}

#[cfg(feature = "intern")]
fn step_plan_route(route: &Route) -> bool {
    matches!(route, Route::StepPlan { .. })
}

#[cfg(not(feature = "intern"))]
fn step_plan_route(_: &Route) -> bool {
    false
}

/// Sets the document title, unless embedded (the host page owns its title).
#[hook]
pub fn use_document_title(title: String) {
    let context = use_context::<AppContext>();
    let embedded = context.map(|c| c.embedded).unwrap_or(false);
    use_effect_with(title, move |title| {
        if !embedded {
            // The internal edition says so in every tab and window title.
            #[cfg(feature = "intern")]
            let title = &format!(
                "{} · {title}",
                t(beleidsagenda_model::Lang::Nl, Key::InternBannerTitle)
            );
            gloo_utils::document().set_title(title);
        }
    });
}
