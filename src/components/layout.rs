//! The frame around every view: skip link, header with navigation and language switch, notices,
//! the page itself, footer. It also keeps `<html lang>` and the document title in step.

use beleidsagenda_model::{t, t_with, Key, Lang};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::AppContext;
use crate::components::data_errors::DataErrors;
use crate::components::lang_switch::LangSwitch;
use crate::components::notice::Notice;
use crate::mount::gloo_document;
use crate::pages::agenda::AgendaPage;
use crate::pages::country::CountryPage;
use crate::pages::data::DataPage;
use crate::pages::instruments::InstrumentsPage;
use crate::pages::method::MethodPage;
use crate::pages::not_found::NotFoundPage;
use crate::pages::selection::SelectionPage;
use crate::pages::sources::{SourcePage, SourcesPage};
use crate::route::{resolve_lang, Route};

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    pub route: Route,
    /// Replaces the page chosen by the route (used for the not-found page of a bad language).
    #[prop_or_default]
    pub children: Html,
}

pub const MAIN_ID: &str = "ba-main";

#[function_component(Layout)]
pub fn layout(props: &LayoutProps) -> Html {
    let context = use_context::<AppContext>().expect("AppContext is provided by App");
    let (lang, unknown_lang) = match resolve_lang(&props.route) {
        Ok(lang) => (lang, None),
        Err(code) => (Lang::Nl, Some(code)),
    };
    let lang = if props.route == Route::NotFound {
        lang_hint_from_location()
    } else {
        lang
    };

    {
        let embedded = context.embedded;
        use_effect_with(lang, move |lang| {
            // A host page owns its own <html lang>; the app's root element carries its language.
            if !embedded {
                if let Some(html) = gloo_document().document_element() {
                    let _ = html.set_attribute("lang", lang.code());
                }
            }
        });
    }

    let skip_to_main = Callback::from(|_: MouseEvent| {
        if let Some(main) = gloo_document().get_element_by_id(MAIN_ID) {
            if let Ok(main) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main) {
                let _ = main.focus();
            }
        }
    });

    let page = if props.children != Html::default() {
        props.children.clone()
    } else {
        match &context.bundle.as_ref() {
            Err(errors) => html! { <DataErrors {lang} errors={errors.clone()} /> },
            Ok(_) => page_for(&props.route, lang),
        }
    };

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

    html! {
        <div class="ba-root" lang={lang.code()}>
            <button type="button" class="ba-skip" onclick={skip_to_main}>{ t(lang, Key::SkipToContent) }</button>
            <header class="ba-header">
                <div class="ba-header__inner">
                    <p class="ba-header__name">
                        <span class="ba-header__title">{ t(lang, Key::AppName) }</span>
                    </p>
                    <nav class="ba-nav" aria-label={t(lang, Key::MainNavigation)}>
                        <ul>
                            { nav_link(Route::agenda(lang), Key::NavAgenda, on_agenda) }
                            { nav_link(Route::selection(lang), Key::NavSelection, on_selection) }
                            { nav_link(Route::data(lang), Key::NavData, on_data) }
                            { nav_link(Route::instruments(lang), Key::NavInstruments, on_instruments) }
                            { nav_link(Route::sources(lang), Key::NavSources, on_sources) }
                        </ul>
                    </nav>
                    <LangSwitch {lang} route={props.route.clone()} />
                </div>
            </header>
            if let Some(code) = unknown_lang {
                <Notice {lang} message={t_with(lang, Key::NoticeUnknownLanguage, &code)} />
            }
            <main id={MAIN_ID} class="ba-main" tabindex="-1">
                { page }
            </main>
            <footer class="ba-footer">
                <p>{ t(lang, Key::FooterData) }{" "}{ t(lang, Key::FooterOffline) }</p>
            </footer>
        </div>
    }
}

fn page_for(route: &Route, lang: Lang) -> Html {
    match route {
        Route::Home | Route::Agenda { .. } | Route::LangHome { .. } => {
            html! { <AgendaPage {lang} /> }
        }
        Route::AgendaSection { section, .. } => {
            html! { <AgendaPage {lang} section={section.clone()} /> }
        }
        Route::Selection { .. } => html! { <SelectionPage {lang} /> },
        Route::Method { .. } => html! { <MethodPage {lang} /> },
        Route::Data { .. } => html! { <DataPage {lang} /> },
        Route::Country { iso3, .. } => html! { <CountryPage {lang} iso3={iso3.clone()} /> },
        Route::Instruments { .. } => html! { <InstrumentsPage {lang} /> },
        Route::Sources { .. } => html! { <SourcesPage {lang} /> },
        Route::Source { id, .. } => html! { <SourcePage {lang} id={id.clone()} /> },
        Route::NotFound => html! { <NotFoundPage {lang} /> },
    }
}

/// On the not-found page there is no route to read the language from; an `#/en/…` link
/// still says which language its reader wanted.
fn lang_hint_from_location() -> Lang {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    if hash.starts_with("#/en/") || hash == "#/en" {
        Lang::En
    } else {
        Lang::Nl
    }
}

/// Sets the document title, unless embedded (the host page owns its title).
#[hook]
pub fn use_document_title(title: String) {
    let context = use_context::<AppContext>();
    let embedded = context.map(|c| c.embedded).unwrap_or(false);
    use_effect_with(title, move |title| {
        if !embedded {
            gloo_document().set_title(title);
        }
    });
}
