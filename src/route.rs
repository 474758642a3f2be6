//! Every view has its own URL in the hash (the app runs from `file://`, where only the hash
//! can change without a server). The language is the first path segment.

use beleidsagenda_model::Lang;
use yew_router::prelude::*;

#[derive(Clone, Debug, PartialEq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/:lang")]
    LangHome { lang: String },
    #[at("/:lang/agenda")]
    Agenda { lang: String },
    #[at("/:lang/agenda/:section")]
    AgendaSection { lang: String, section: String },
    #[at("/:lang/selection")]
    Selection { lang: String },
    #[at("/:lang/method")]
    Method { lang: String },
    #[at("/:lang/toegankelijkheid")]
    Accessibility { lang: String },
    #[at("/:lang/data")]
    Data { lang: String },
    #[at("/:lang/countries/:iso3")]
    Country { lang: String, iso3: String },
    #[at("/:lang/instruments")]
    Instruments { lang: String },
    #[at("/:lang/plan")]
    Plan { lang: String },
    /// An organisation answers a request for its part of the plan.
    #[at("/:lang/bijdrage")]
    Contribution { lang: String },
    #[at("/:lang/timeline")]
    Timeline { lang: String },
    /// The register of structured consultation, at `overleg` in Dutch and `consultation` in
    /// English; either path opens it in either language.
    #[at("/:lang/overleg")]
    Consultation { lang: String },
    #[at("/:lang/consultation")]
    ConsultationEn { lang: String },
    #[at("/:lang/search")]
    Search { lang: String },
    /// The step plan for regular migration: the internal edition only.
    #[cfg(feature = "intern")]
    #[at("/:lang/stappenplan")]
    StepPlan { lang: String },
    #[at("/:lang/sources")]
    Sources { lang: String },
    #[at("/:lang/sources/:id")]
    Source { lang: String, id: String },
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

impl Route {
    pub fn agenda(lang: Lang) -> Route {
        Route::Agenda {
            lang: lang.code().into(),
        }
    }
    pub fn sources(lang: Lang) -> Route {
        Route::Sources {
            lang: lang.code().into(),
        }
    }
    pub fn source(lang: Lang, id: &str) -> Route {
        Route::Source {
            lang: lang.code().into(),
            id: id.into(),
        }
    }
    pub fn selection(lang: Lang) -> Route {
        Route::Selection {
            lang: lang.code().into(),
        }
    }
    pub fn method(lang: Lang) -> Route {
        Route::Method {
            lang: lang.code().into(),
        }
    }
    pub fn accessibility(lang: Lang) -> Route {
        Route::Accessibility {
            lang: lang.code().into(),
        }
    }
    pub fn data(lang: Lang) -> Route {
        Route::Data {
            lang: lang.code().into(),
        }
    }
    pub fn country(lang: Lang, iso3: &str) -> Route {
        Route::Country {
            lang: lang.code().into(),
            iso3: iso3.into(),
        }
    }
    pub fn instruments(lang: Lang) -> Route {
        Route::Instruments {
            lang: lang.code().into(),
        }
    }
    pub fn plan(lang: Lang) -> Route {
        Route::Plan {
            lang: lang.code().into(),
        }
    }
    pub fn contribution(lang: Lang) -> Route {
        Route::Contribution {
            lang: lang.code().into(),
        }
    }
    pub fn timeline(lang: Lang) -> Route {
        Route::Timeline {
            lang: lang.code().into(),
        }
    }
    pub fn consultation(lang: Lang) -> Route {
        let code = lang.code().into();
        match lang {
            Lang::Nl => Route::Consultation { lang: code },
            Lang::En => Route::ConsultationEn { lang: code },
        }
    }
    pub fn search(lang: Lang) -> Route {
        Route::Search {
            lang: lang.code().into(),
        }
    }
    #[cfg(feature = "intern")]
    pub fn step_plan(lang: Lang) -> Route {
        Route::StepPlan {
            lang: lang.code().into(),
        }
    }
    pub fn section(lang: Lang, section: &str) -> Route {
        Route::AgendaSection {
            lang: lang.code().into(),
            section: section.into(),
        }
    }

    /// The language segment as written in the URL, if the route has one.
    pub fn lang_segment(&self) -> Option<&str> {
        match self {
            Route::LangHome { lang }
            | Route::Agenda { lang }
            | Route::AgendaSection { lang, .. }
            | Route::Selection { lang }
            | Route::Method { lang }
            | Route::Accessibility { lang }
            | Route::Data { lang }
            | Route::Country { lang, .. }
            | Route::Instruments { lang }
            | Route::Plan { lang }
            | Route::Contribution { lang }
            | Route::Timeline { lang }
            | Route::Consultation { lang }
            | Route::ConsultationEn { lang }
            | Route::Search { lang }
            | Route::Sources { lang }
            | Route::Source { lang, .. } => Some(lang),
            #[cfg(feature = "intern")]
            Route::StepPlan { lang } => Some(lang),
            Route::Home | Route::NotFound => None,
        }
    }

    /// The same view in another language: what the language switch links to.
    pub fn with_lang(&self, lang: Lang) -> Route {
        let code = lang.code().to_string();
        match self.clone() {
            Route::Home | Route::LangHome { .. } | Route::Agenda { .. } => Route::Agenda { lang: code },
            Route::AgendaSection { section, .. } => Route::AgendaSection { lang: code, section },
            Route::Selection { .. } => Route::Selection { lang: code },
            Route::Method { .. } => Route::Method { lang: code },
            Route::Accessibility { .. } => Route::Accessibility { lang: code },
            Route::Data { .. } => Route::Data { lang: code },
            Route::Country { iso3, .. } => Route::Country { lang: code, iso3 },
            Route::Instruments { .. } => Route::Instruments { lang: code },
            Route::Plan { .. } => Route::Plan { lang: code },
            Route::Contribution { .. } => Route::Contribution { lang: code },
            Route::Timeline { .. } => Route::Timeline { lang: code },
            Route::Consultation { .. } | Route::ConsultationEn { .. } => Route::consultation(lang),
            Route::Search { .. } => Route::Search { lang: code },
            #[cfg(feature = "intern")]
            Route::StepPlan { .. } => Route::StepPlan { lang: code },
            Route::Sources { .. } => Route::Sources { lang: code },
            Route::Source { id, .. } => Route::Source { lang: code, id },
            Route::NotFound => Route::Agenda { lang: code },
        }
    }
}

/// The language a route asks for. `Err` carries an unknown code, for the notice that says
/// it was ignored; the page then falls back to Dutch.
pub fn resolve_lang(route: &Route) -> Result<Lang, String> {
    match route.lang_segment() {
        None => Ok(Lang::default()),
        Some(code) => Lang::from_code(code).ok_or_else(|| code.to_string()),
    }
}

/// The language a page is shown in, and the unknown code the route asked for, if any. The
/// not-found page has no language segment; an `#/en/…` link still says which one its reader
/// wanted.
pub fn page_lang(route: &Route) -> (Lang, Option<String>) {
    if *route == Route::NotFound {
        return (lang_hint_from_location(), None);
    }
    match resolve_lang(route) {
        Ok(lang) => (lang, None),
        Err(code) => (Lang::Nl, Some(code)),
    }
}

fn lang_hint_from_location() -> Lang {
    let hash = crate::selection_url::current_hash();
    if hash.starts_with("#/en/") || hash == "#/en" {
        Lang::En
    } else {
        Lang::Nl
    }
}
