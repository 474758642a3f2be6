//! The register of structured consultation (`#/nl/overleg`, `#/en/consultation`; memo § 4.1):
//! a consultation recorded or edited, the register with its filters and search, and which
//! intensive and targeted countries and which of the agenda's topics had none lately. The
//! register is part of the plan: saved, opened, recovered and taken back with it.

mod coverage;
mod entry_form;
mod register;

pub(crate) use register::{organisations_text, overdue_follow_ups};

use std::rc::Rc;

use beleidsagenda_model::plan::consultation::{Consultation, RegisterFilter};
use beleidsagenda_model::plan::labels::plan_problem;
use beleidsagenda_model::plan::PlanAction;
use beleidsagenda_model::{t, tr, Key, Lang, Msg};
use yew::prelude::*;

use crate::clock::today;
use crate::components::layout::use_document_title;
use crate::print_frame::use_print_frame;
use crate::state::context::{use_plan_from_context, AppContext};
use entry_form::EntryForm;

#[derive(Properties, PartialEq)]
pub struct ConsultationPageProps {
    pub lang: Lang,
}

/// The agenda's lines a consultation can be about: (id, text in the reader's language).
pub(crate) fn agenda_lines(context: &AppContext, lang: Lang) -> Vec<(String, String)> {
    let Ok(bundle) = context.bundle.as_ref() else {
        return Vec::new();
    };
    bundle
        .agenda
        .lines()
        .into_iter()
        .filter_map(|s| Some((s.id.clone()?, s.text.get(lang).to_string())))
        .collect()
}

#[function_component(ConsultationPage)]
pub fn consultation_page(props: &ConsultationPageProps) -> Html {
    let lang = props.lang;
    let context = use_context::<AppContext>().expect("AppContext is provided by App");
    use_document_title(format!(
        "{} · {}",
        t(lang, Key::ConsultationTitle),
        t(lang, Key::PageTitleSuffix)
    ));
    use_print_frame(t(lang, Key::ConsultationTitle), lang, &today());
    let (dataset, _, dispatch) = use_plan_from_context(&context);
    // The entry being edited (kept through leaving the page: its draft is stored); none while a
    // new one is typed.
    let editing = {
        let register = context.plan.plan.consultations.clone();
        use_state(move || entry_form::stored_draft().filter(|d| register.iter().any(|c| c.id == d.id)))
    };
    // The entry removed last, to put back.
    let removed = use_state(|| None::<Consultation>);
    let filter = use_state(RegisterFilter::default);
    let limit = use_state(|| register::REGISTER_PAGE);
    let message = use_state(|| None::<String>);
    let lines = Rc::new(agenda_lines(&context, lang));
    let plan = Rc::clone(&context.plan.plan);

    let on_done = {
        let (editing, message, removed) = (editing.clone(), message.clone(), removed.clone());
        Callback::from(move |said: String| {
            crate::storage::remove(entry_form::DRAFT_KEY);
            editing.set(None);
            removed.set(None);
            message.set(Some(said));
            crate::dom::focus_by_id("ba-consult-said");
        })
    };
    let on_cancel = {
        let editing = editing.clone();
        Callback::from(move |_: ()| editing.set(None))
    };
    let on_remove = {
        let (dispatch, editing, message, removed) = (
            dispatch.clone(),
            editing.clone(),
            message.clone(),
            removed.clone(),
        );
        Callback::from(move |entry: Consultation| {
            let day = beleidsagenda_model::text::format::date(&entry.date, lang);
            match dispatch.apply(PlanAction::RemoveConsultation(entry.id.clone())) {
                Ok(()) => {
                    if editing.as_ref().is_some_and(|e| e.id == entry.id) {
                        crate::storage::remove(entry_form::DRAFT_KEY);
                        editing.set(None);
                    }
                    message.set(Some(tr(lang, Msg::ConsultationRemoved { date: &day })));
                    removed.set(Some(entry));
                }
                Err(problem) => message.set(Some(plan_problem(&problem, lang))),
            }
            crate::dom::focus_by_id("ba-consult-said");
        })
    };
    let put_back = {
        let (dispatch, message, removed) = (dispatch.clone(), message.clone(), removed.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(entry) = (*removed).clone() else { return };
            let day = beleidsagenda_model::text::format::date(&entry.date, lang);
            message.set(Some(
                match dispatch.apply(PlanAction::SaveConsultation(Box::new(entry))) {
                    Ok(()) => tr(lang, Msg::ConsultationSaved { date: &day }),
                    Err(problem) => plan_problem(&problem, lang),
                },
            ));
            removed.set(None);
            crate::dom::focus_by_id("ba-consult-said");
        })
    };
    let on_edit = {
        let (editing, message) = (editing.clone(), message.clone());
        Callback::from(move |entry: Consultation| {
            message.set(None);
            editing.set(Some(entry));
            crate::dom::focus_by_id("ba-consult-form-title");
        })
    };
    let form_key = editing
        .as_ref()
        .map_or_else(|| "new".to_string(), |e| e.id.clone());
    html! {
        <article class="ba-consultation">
            <h1>{ t(lang, Key::ConsultationTitle) }</h1>
            <p class="ba-lead">{ t(lang, Key::ConsultationIntro) }</p>
            <p>{ t(lang, Key::ConsultationNoPersons) }</p>
            if context.plan.storage_refused {
                <p class="ba-notice" role="alert">{ t(lang, Key::ConsultationNotKeptHere) }</p>
            }
            <div role="status" id="ba-consult-said" tabindex="-1">
                if let Some(text) = &*message {
                    <p class="ba-notice ba-notice--ok">
                        { text }
                        if removed.is_some() {
                            {" "}<button type="button" class="ba-button ba-button--quiet ba-button--small" onclick={put_back}>{ t(lang, Key::RestoreConsultation) }</button>
                        }
                    </p>
                }
            </div>
            <section class="ba-panel ba-no-print" aria-labelledby="ba-consult-form-title">
                <h2 id="ba-consult-form-title" tabindex="-1">
                    { t(lang, if editing.is_some() { Key::ConsultationEditTitle } else { Key::ConsultationNewTitle }) }
                </h2>
                <EntryForm key={form_key} {lang} entry={(*editing).clone()} dataset={Rc::clone(&dataset)}
                    lines={Rc::clone(&lines)} dispatch={dispatch.clone()} {on_done} {on_cancel} />
            </section>
            <section aria-labelledby="ba-register-title">
                <h2 id="ba-register-title">{ t(lang, Key::RegisterTitle) }</h2>
                { register::register_view(lang, &plan.consultations, &dataset, &lines, &filter, &dispatch, on_edit, on_remove, &limit) }
            </section>
            <section aria-labelledby="ba-consult-coverage-title">
                <h2 id="ba-consult-coverage-title">{ t(lang, Key::ConsultationCoverageTitle) }</h2>
                <coverage::CoveragePanel {lang} {plan} {dataset} {lines} />
            </section>
        </article>
    }
}
