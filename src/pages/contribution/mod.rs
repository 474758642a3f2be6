//! An organisation answers a request for its part of the plan (`#/nl/bijdrage`): it opens the
//! request file, sees the lines asked of it and only those as editable, enters money and people
//! per year and a note, and saves its answer as a file for the coordinator to merge. What it
//! typed is kept in this browser until then, so a closed tab loses nothing.

mod answer;

use std::rc::Rc;

use beleidsagenda_model::plan::contribution::{
    answer_of, read_contribution, AskedLine, Contribution, ContributionKind,
};
use beleidsagenda_model::{t, tr, Key, Lang, Msg};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::clock::today;
use crate::components::layout::use_document_title;
use crate::components::plan::exchange::refusal_list;
use crate::download::download_text;
use crate::state::context::AppContext;
use crate::storage::{self, Stored};

const CONTRIBUTION_KEY: &str = crate::storage::storage_key!("contribution");

/// The request being answered and the answer so far.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Draft {
    request: Contribution,
    lines: Vec<AskedLine>,
}

#[derive(Clone, PartialEq)]
enum Message {
    Saved(String),
    Problem(String),
    /// The refusal's lines and how many problems they stand for.
    Errors(Vec<String>, usize),
}

#[derive(Properties, PartialEq)]
pub struct ContributionPageProps {
    pub lang: Lang,
}

#[function_component(ContributionPage)]
pub fn contribution_page(props: &ContributionPageProps) -> Html {
    let lang = props.lang;
    let context = use_context::<AppContext>().expect("AppContext is provided by App");
    use_document_title(format!(
        "{} · {}",
        t(lang, Key::ContributionTitle),
        t(lang, Key::PageTitleSuffix)
    ));
    // A draft that does not read is set aside, never written over by the next request opened.
    let stored = use_memo((), |_| match storage::get::<Draft>(CONTRIBUTION_KEY) {
        Stored::Value(draft) => (Some(draft), None),
        Stored::Nothing => (None, None),
        Stored::Damaged => (None, storage::set_aside(CONTRIBUTION_KEY)),
    });
    let set_aside = stored.1.clone();
    let draft = {
        let stored = stored.clone();
        use_state(move || stored.0.clone())
    };
    let message = use_state(|| None::<Message>);
    let kept = use_state(|| true);
    // Lines whose typed note was refused: the text as typed (it stays in its field) and why.
    let refused_notes = use_state(Vec::<(usize, String, String)>::new);
    // A save asked for: done after the render that took every pending edit in.
    let save_requested = use_state(|| false);
    {
        let kept = kept.clone();
        use_effect_with((*draft).clone(), move |draft| {
            if let Some(draft) = draft {
                kept.set(storage::set(CONTRIBUTION_KEY, draft));
            }
        });
    }

    let open = {
        let (draft, message) = (draft.clone(), message.clone());
        crate::file_input::on_file_chosen(move |name, bytes| {
            match read_contribution(&name, &crate::file_input::text(bytes)) {
                Ok(request) if request.kind == ContributionKind::Request => {
                    let lines = request.lines.clone();
                    draft.set(Some(Draft { request, lines }));
                    message.set(None);
                }
                Ok(_) => message.set(Some(Message::Problem(t(lang, Key::ContributionIsAnswer).into()))),
                Err(errors) => message.set(Some(Message::Errors(
                    errors.iter().map(|e| e.located_in(lang)).collect(),
                    beleidsagenda_model::check::error::refusal_count(&errors),
                ))),
            }
        })
    };
    // The click commits the field being edited first (its change event), then saves once that
    // edit is in the draft. The button keeps the focus where it was on mousedown, so an error
    // appearing as a field is left can never move the button from under the pointer.
    let save = {
        let save_requested = save_requested.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(active) =
                crate::dom::active_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                active.blur().ok();
            }
            save_requested.set(true);
        })
    };
    let keep_focus = Callback::from(|event: MouseEvent| event.prevent_default());
    {
        let (draft, message, save_requested) = (draft.clone(), message.clone(), save_requested.clone());
        let requested = *save_requested;
        use_effect_with(requested, move |requested| {
            if !*requested {
                return;
            }
            save_requested.set(false);
            let Some(current) = (*draft).clone() else { return };
            // A refused note or amount is still on screen: saving now would send something
            // other than what the user sees. Say which, and go there.
            let invalid = crate::dom::query(".ba-contribution [aria-invalid=\"true\"]")
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(field) = invalid {
                // The field as its label names it ("Toelichting, Marokko · Terugkeer…").
                let label = field.get_attribute("aria-label").or_else(|| {
                    crate::dom::query(&format!("label[for=\"{}\"]", field.id()))
                        .and_then(|l| l.text_content())
                });
                let label = label.unwrap_or_default();
                message.set(Some(Message::Problem(tr(
                    lang,
                    Msg::ContributionNotSaved { field: &label },
                ))));
                field.focus().ok();
                return;
            }
            let file = answer_of(&current.request, current.lines.clone(), &today());
            let name = format!("antwoord-{}-{}.json", current.request.organisation, today());
            match serde_json::to_string_pretty(&file) {
                Ok(text) => {
                    download_text(&name, "application/json", &text);
                    message.set(Some(Message::Saved(name)));
                }
                Err(error) => message.set(Some(Message::Problem(error.to_string()))),
            }
        });
    }

    let dataset = Rc::clone(&context.dataset.state.active);
    let body = answer::answer_form(lang, &dataset, &draft, &refused_notes, save, keep_focus);
    html! {
        <article class="ba-contribution">
            <h1>{ t(lang, Key::ContributionTitle) }</h1>
            <p class="ba-lead">{ t(lang, Key::ContributionIntro) }</p>
            <div class="ba-field ba-no-print">
                <label for="ba-contribution-file">{ t(lang, Key::ContributionOpen) }</label>
                <input id="ba-contribution-file" type="file" accept=".json,application/json" onchange={open} />
            </div>
            if let Some(outcome) = set_aside {
                <crate::components::set_aside::SetAsideNotice {lang} {outcome}
                    what={beleidsagenda_model::text::messages::StoredKind::Answer} storage_key={CONTRIBUTION_KEY}
                    file_name={format!("beleidsagenda-antwoord-onleesbaar-{}.json", today())} />
            }
            if !*kept && draft.is_some() {
                <p class="ba-notice" role="alert">{ t(lang, Key::ContributionNotKept) }</p>
            }
            <div role="status">
                if let Some(Message::Saved(file)) = &*message {
                    <p class="ba-notice ba-notice--ok">{ tr(lang, Msg::ContributionAnswerSaved { file }) }</p>
                }
            </div>
            { match &*message {
                Some(Message::Problem(text)) => html! { <p class="ba-field-error" role="alert">{ text }</p> },
                Some(Message::Errors(errors, count)) => refusal_list(errors, *count, lang),
                _ => html! {},
            } }
            { body }
        </article>
    }
}
