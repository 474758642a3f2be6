//! The form that records a consultation or edits one. What the user types stays in the form
//! until the entry is kept: a refusal names each field and why, and wipes nothing.

use std::rc::Rc;

use beleidsagenda_model::plan::consultation::{
    check_consultation, Consultation, ConsultationForm, ConsultedOrganisation, FollowUp,
    OrganisationCategory, MAX_ACCOUNT_CHARS, MAX_ACTION_CHARS, MAX_NAME_CHARS,
};
use beleidsagenda_model::plan::labels::{consultation_form, organisation_category, plan_problem};
use beleidsagenda_model::plan::PlanAction;
use beleidsagenda_model::text::format::date;
use beleidsagenda_model::{t, tr, Dataset, Key, Lang, Msg};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::clock::today;
use crate::state::plan::PlanDispatch;

#[derive(Properties, PartialEq)]
pub struct EntryFormProps {
    pub lang: Lang,
    /// The entry to edit; none for a new one.
    pub entry: Option<Consultation>,
    pub dataset: Rc<Dataset>,
    pub lines: Rc<Vec<(String, String)>>,
    pub dispatch: PlanDispatch,
    /// Kept: what to tell the user.
    pub on_done: Callback<String>,
    pub on_cancel: Callback<()>,
}

/// Where the draft is kept while it is typed.
pub(super) const DRAFT_KEY: &str = crate::storage::storage_key!("consultation-draft");

/// The draft kept from an earlier visit, if it reads.
pub(super) fn stored_draft() -> Option<Consultation> {
    match crate::storage::get::<Consultation>(DRAFT_KEY) {
        crate::storage::Stored::Value(draft) => Some(draft),
        _ => None,
    }
}

fn blank() -> Consultation {
    Consultation {
        id: String::new(),
        date: today(),
        form: ConsultationForm::Bilateral,
        organisations: vec![blank_organisation()],
        themes: Vec::new(),
        countries: Vec::new(),
        brought_in: String::new(),
        done_with_it: String::new(),
        follow_ups: Vec::new(),
        reportable: false,
    }
}

fn blank_organisation() -> ConsultedOrganisation {
    ConsultedOrganisation {
        name: String::new(),
        category: OrganisationCategory::Ngo,
        transparency_register: None,
    }
}

/// The draft as typed; each edit applies to the latest draft, however fast the events come.
#[derive(PartialEq)]
struct Draft(Consultation);

struct Edit(Rc<dyn Fn(&mut Consultation)>);

impl Reducible for Draft {
    type Action = Edit;
    fn reduce(self: Rc<Self>, edit: Edit) -> Rc<Self> {
        let mut next = self.0.clone();
        (edit.0)(&mut next);
        Rc::new(Draft(next))
    }
}

type DraftHandle = UseReducerHandle<Draft>;

/// A callback that changes the draft with the value its field now holds.
fn edit<E: AsRef<Event> + 'static>(draft: &DraftHandle, change: Change) -> Callback<E> {
    let draft = draft.clone();
    Callback::from(move |event: E| {
        let (value, change) = (crate::dom::input_value(event.as_ref()), Rc::clone(&change));
        draft.dispatch(Edit(Rc::new(move |c: &mut Consultation| {
            change(c, value.clone())
        })));
    })
}

/// A button's callback that changes the draft.
fn act(draft: &DraftHandle, change: Rc<dyn Fn(&mut Consultation)>) -> Callback<MouseEvent> {
    let draft = draft.clone();
    Callback::from(move |_: MouseEvent| draft.dispatch(Edit(Rc::clone(&change))))
}

/// The field that takes the focus once the next render has drawn it.
type FocusNext = Rc<std::cell::RefCell<Option<String>>>;

/// An addition, then the focus on the new row's first field.
fn focus_new(callback: Callback<MouseEvent>, focus_next: &FocusNext, id: String) -> Callback<MouseEvent> {
    let focus_next = Rc::clone(focus_next);
    Callback::from(move |event: MouseEvent| {
        callback.emit(event);
        *focus_next.borrow_mut() = Some(id.clone());
    })
}

/// A removal, then the focus on the button that adds one, so that it does not fall to the page.
fn then_focus(callback: Callback<MouseEvent>, id: &'static str) -> Callback<MouseEvent> {
    Callback::from(move |event: MouseEvent| {
        callback.emit(event);
        crate::dom::focus_by_id(id);
    })
}

/// What an edit does with the value of its field. One type for every field, so that the
/// callbacks are compiled once, not once per field.
type Change = Rc<dyn Fn(&mut Consultation, String)>;

/// `$.organisations[0].name` → `ba-consult-organisations-0-name`: the field a path names.
fn field_id(path: &str) -> String {
    let mut id = String::from("ba-consult");
    for part in path
        .trim_start_matches('$')
        .split(['.', '[', ']'])
        .filter(|p| !p.is_empty())
    {
        id.push('-');
        id.push_str(&part.replace('_', "-"));
    }
    id
}

/// The field's error, if any: its id for `aria-describedby`, and the paragraph that says it.
struct FieldErrors<'a>(&'a [(String, String)]);

impl FieldErrors<'_> {
    /// Every reason the field was refused, as one text.
    fn of(&self, id: &str) -> Option<String> {
        let reasons: Vec<&str> = self
            .0
            .iter()
            .filter(|(field, _)| field == id)
            .map(|(_, why)| why.as_str())
            .collect();
        (!reasons.is_empty()).then(|| reasons.join("; "))
    }
    fn invalid(&self, id: &str) -> Option<&'static str> {
        self.of(id).map(|_| "true")
    }
    fn described(&self, id: &str) -> Option<String> {
        self.of(id).map(|_| format!("{id}-error"))
    }
    fn say(&self, id: &str) -> Html {
        match self.of(id) {
            Some(why) => html! { <p class="ba-field-error" id={format!("{id}-error")}>{ why }</p> },
            None => html! {},
        }
    }
    /// How many fields were refused: the count the summary gives.
    fn fields(&self) -> usize {
        let mut ids: Vec<&str> = self.0.iter().map(|(id, _)| id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        ids.len()
    }
}

#[function_component(EntryForm)]
pub fn entry_form(props: &EntryFormProps) -> Html {
    let lang = props.lang;
    let draft = {
        let entry = props.entry.clone();
        use_reducer(move || Draft(entry.or_else(stored_draft).unwrap_or_else(blank)))
    };
    // A select shows what the draft holds after every render: the browser keeps a select's
    // choice by position, so removing a row above would show the next row's kind.
    let focus_next: FocusNext = use_mut_ref(|| None);
    {
        let (draft, focus_next) = (draft.clone(), Rc::clone(&focus_next));
        use_effect(move || {
            if let Some(id) = focus_next.borrow_mut().take() {
                crate::dom::focus_by_id(&id);
            }
            let set = |id: &str, value: &str| {
                if let Some(select) = crate::dom::by_id(id)
                    .and_then(|e| wasm_bindgen::JsCast::dyn_into::<HtmlSelectElement>(e).ok())
                {
                    if select.value() != value {
                        select.set_value(value);
                    }
                }
            };
            set("ba-consult-form", draft.0.form.token());
            for (i, organisation) in draft.0.organisations.iter().enumerate() {
                set(
                    &format!("ba-consult-organisations-{i}-category"),
                    organisation.category.token(),
                );
            }
        });
    }
    // What is typed is kept in this browser until it is recorded or given up, so leaving the
    // page loses nothing.
    use_effect_with(draft.0.clone(), |entry| {
        let _kept = crate::storage::set(DRAFT_KEY, entry);
    });
    // Each refused field by its id, with why; the first takes the focus.
    let errors = use_state(Vec::<(String, String)>::new);
    let country_choice = use_node_ref();
    let entry = &draft.0;
    let editing = props.entry.is_some();

    let submit = {
        let (draft, errors, dispatch, on_done) = (
            draft.clone(),
            errors.clone(),
            props.dispatch.clone(),
            props.on_done.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let mut entry = draft.0.clone();
            for organisation in entry.organisations.iter_mut() {
                organisation.transparency_register = organisation
                    .transparency_register
                    .take()
                    .map(|n| n.trim().to_string())
                    .filter(|n| !n.is_empty());
            }
            let found: Vec<(String, String)> = check_consultation("", "$", &entry)
                .into_iter()
                .map(|e| (field_id(&e.path), e.reason_in(lang)))
                .collect();
            if let Some((first, _)) = found.first() {
                crate::dom::focus_by_id(first);
                errors.set(found);
                return;
            }
            let (new, day) = (entry.id.is_empty(), date(&entry.date, lang));
            match dispatch.apply(PlanAction::SaveConsultation(Box::new(entry))) {
                Ok(()) => {
                    errors.set(Vec::new());
                    draft.dispatch(Edit(Rc::new(|c: &mut Consultation| *c = blank())));
                    on_done.emit(if new {
                        tr(lang, Msg::ConsultationSaved { date: &day })
                    } else {
                        tr(lang, Msg::ConsultationChanged { date: &day })
                    });
                }
                Err(problem) => errors.set(vec![("ba-consult".to_string(), plan_problem(&problem, lang))]),
            }
        })
    };
    let shown = FieldErrors(&errors);
    html! {
        <form class="ba-form ba-consult-form" onsubmit={submit} novalidate=true>
            <div role="alert">
                if !errors.is_empty() {
                    <p class="ba-field-error">{ tr(lang, Msg::ConsultationNotSaved { count: shown.fields() }) }</p>
                    { shown.say("ba-consult") }
                }
            </div>
            <div class="ba-inline-fields">
                { input_field(lang, InputField { id: "ba-consult-date".into(), label: Key::Date, kind: "date", value: entry.date.clone(), max_chars: 10, wide: false }, edit::<InputEvent>(&draft, Rc::new(|c: &mut Consultation, v: String| c.date = v)), &shown) }
                <div class="ba-field">
                    <label for="ba-consult-form">{ t(lang, Key::ConsultationForm) }</label>
                    <select id="ba-consult-form" onchange={edit::<Event>(&draft, Rc::new(|c: &mut Consultation, v: String| if let Some(f) = ConsultationForm::from_token(&v) { c.form = f }))}>
                        { for ConsultationForm::ALL.iter().map(|f| html! {
                            <option value={f.token()} selected={*f == entry.form}>{ t(lang, consultation_form(*f)) }</option>
                        }) }
                    </select>
                </div>
            </div>
            { organisations_fieldset(lang, &draft, &shown, &focus_next) }
            { themes_fieldset(lang, &draft, &props.lines) }
            { countries_fieldset(lang, &draft, &props.dataset, &country_choice) }
            { account_field(lang, "brought-in", Key::BroughtIn, &entry.brought_in, None, edit::<InputEvent>(&draft, Rc::new(|c: &mut Consultation, v: String| c.brought_in = v)), &shown) }
            { account_field(lang, "done-with-it", Key::DoneWithIt, &entry.done_with_it, Some(Key::DoneWithItHint), edit::<InputEvent>(&draft, Rc::new(|c: &mut Consultation, v: String| c.done_with_it = v)), &shown) }
            { follow_ups_fieldset(lang, &draft, &shown, &focus_next) }
            <div class="ba-checklist">
                <input type="checkbox" id="ba-consult-reportable" checked={entry.reportable}
                    onchange={edit::<Event>(&draft, Rc::new(|c: &mut Consultation, on: String| c.reportable = on == "true"))} />
                <label for="ba-consult-reportable">{ t(lang, Key::Reportable) }</label>
            </div>
            <p class="ba-actions">
                <button type="submit" class="ba-button">{ t(lang, if editing { Key::SaveConsultationChanges } else { Key::SaveConsultation }) }</button>
                if editing {
                    <button type="button" class="ba-button ba-button--quiet" onclick={props.on_cancel.reform(|_: MouseEvent| crate::storage::remove(DRAFT_KEY))}>{ t(lang, Key::CancelEdit) }</button>
                }
            </p>
        </form>
    }
}

/// One text or date field of the form, with its label, its bound and its error.
struct InputField {
    id: String,
    label: Key,
    kind: &'static str,
    value: String,
    max_chars: usize,
    wide: bool,
}

fn input_field(lang: Lang, field: InputField, oninput: Callback<InputEvent>, shown: &FieldErrors) -> Html {
    let InputField {
        id,
        label,
        kind,
        value,
        max_chars,
        wide,
    } = field;
    html! {
        <div class={classes!("ba-field", wide.then_some("ba-field--wide"))}>
            <label for={id.clone()}>{ t(lang, label) }</label>
            <input id={id.clone()} type={kind} maxlength={(kind == "text").then(|| max_chars.to_string())} {value} {oninput}
                aria-invalid={shown.invalid(&id)} aria-describedby={shown.described(&id)} />
            { shown.say(&id) }
        </div>
    }
}

/// What was brought in, or what was done with it: a text area with its bound and its error.
fn account_field(
    lang: Lang,
    name: &str,
    label: Key,
    value: &str,
    hint: Option<Key>,
    oninput: Callback<InputEvent>,
    shown: &FieldErrors,
) -> Html {
    let id = format!("ba-consult-{name}");
    let hint_id = format!("{id}-hint");
    let described = [shown.described(&id), hint.map(|_| hint_id.clone())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    html! {
        <div class="ba-field ba-field--wide">
            <label for={id.clone()}>{ t(lang, label) }</label>
            if let Some(hint) = hint {
                <p class="ba-hint" id={hint_id}>{ t(lang, hint) }</p>
            }
            <textarea id={id.clone()} rows="4" maxlength={MAX_ACCOUNT_CHARS.to_string()} value={value.to_string()} {oninput}
                aria-invalid={shown.invalid(&id)} aria-describedby={(!described.is_empty()).then_some(described)} />
            { shown.say(&id) }
        </div>
    }
}

/// Each organisation: its name (never a person's), its kind and its Transparency Register
/// number, if any.
#[inline(always)]
fn organisations_fieldset(
    lang: Lang,
    draft: &DraftHandle,
    shown: &FieldErrors,
    focus_next: &FocusNext,
) -> Html {
    let entry = &draft.0;
    let new_name = format!("ba-consult-organisations-{}-name", entry.organisations.len());
    let count = entry.organisations.len();
    html! {
        <fieldset class="ba-fieldset" aria-describedby={shown.described("ba-consult-organisations")}>
            <legend>{ t(lang, Key::ConsultationOrganisations) }</legend>
            { shown.say("ba-consult-organisations") }
            { for entry.organisations.iter().enumerate().map(|(i, organisation)| {
                let id = |field: &str| format!("ba-consult-organisations-{i}-{field}");
                html! {
                    <fieldset class="ba-consult-organisation">
                        <legend>{ tr(lang, Msg::OrganisationNumber { number: i + 1 }) }</legend>
                        <div class="ba-inline-fields">
                            { input_field(lang, InputField { id: id("name"), label: Key::OrganisationName, kind: "text", value: organisation.name.clone(), max_chars: MAX_NAME_CHARS, wide: true }, edit::<InputEvent>(draft, Rc::new(move |c: &mut Consultation, v: String| if let Some(o) = c.organisations.get_mut(i) { o.name = v })), shown) }
                            <div class="ba-field">
                                <label for={id("category")}>{ t(lang, Key::OrganisationCategory) }</label>
                                <select id={id("category")} onchange={edit::<Event>(draft, Rc::new(move |c: &mut Consultation, v: String| {
                                    if let (Some(category), Some(o)) = (OrganisationCategory::from_token(&v), c.organisations.get_mut(i)) { o.category = category }
                                }))}>
                                    { for OrganisationCategory::ALL.iter().map(|k| html! {
                                        <option value={k.token()} selected={*k == organisation.category}>{ t(lang, organisation_category(*k)) }</option>
                                    }) }
                                </select>
                            </div>
                            { input_field(lang, InputField { id: id("transparency-register"), label: Key::OrganisationTransparency, kind: "text", value: organisation.transparency_register.clone().unwrap_or_default(), max_chars: 20, wide: false }, edit::<InputEvent>(draft, Rc::new(move |c: &mut Consultation, v: String| if let Some(o) = c.organisations.get_mut(i) { o.transparency_register = Some(v) })), shown) }
                        </div>
                        if count > 1 {
                            <button type="button" class="ba-button ba-button--quiet ba-button--small"
                                onclick={then_focus(act(draft, Rc::new(move |c: &mut Consultation| if i < c.organisations.len() { c.organisations.remove(i); })), "ba-consult-add-organisation")}>
                                { t(lang, Key::RemoveOrganisation) }<span class="ba-visually-hidden">{" "}{ i + 1 }</span>
                            </button>
                        }
                    </fieldset>
                }
            }) }
            <button type="button" id="ba-consult-add-organisation" class="ba-button ba-button--quiet" onclick={focus_new(act(draft, Rc::new(|c: &mut Consultation| c.organisations.push(blank_organisation()))), focus_next, new_name)}>
                { t(lang, Key::AddOrganisation) }
            </button>
        </fieldset>
    }
}

/// Each follow-up action: what, which organisation owns it, and by when.
#[inline(always)]
fn follow_ups_fieldset(lang: Lang, draft: &DraftHandle, shown: &FieldErrors, focus_next: &FocusNext) -> Html {
    let entry = &draft.0;
    let new_action = format!("ba-consult-follow-ups-{}-action", entry.follow_ups.len());
    html! {
        <fieldset class="ba-fieldset">
            <legend>{ t(lang, Key::FollowUps) }</legend>
            { for entry.follow_ups.iter().enumerate().map(|(i, follow_up)| {
                let id = |field: &str| format!("ba-consult-follow-ups-{i}-{field}");
                html! {
                    <fieldset class="ba-consult-follow-up">
                        <legend>{ tr(lang, Msg::FollowUpNumber { number: i + 1 }) }</legend>
                        <div class="ba-inline-fields">
                            { input_field(lang, InputField { id: id("action"), label: Key::FollowUpAction, kind: "text", value: follow_up.action.clone(), max_chars: MAX_ACTION_CHARS, wide: true }, edit::<InputEvent>(draft, Rc::new(move |c: &mut Consultation, v: String| if let Some(f) = c.follow_ups.get_mut(i) { f.action = v })), shown) }
                            { input_field(lang, InputField { id: id("owner"), label: Key::FollowUpOwner, kind: "text", value: follow_up.owner.clone(), max_chars: MAX_NAME_CHARS, wide: false }, edit::<InputEvent>(draft, Rc::new(move |c: &mut Consultation, v: String| if let Some(f) = c.follow_ups.get_mut(i) { f.owner = v })), shown) }
                            { input_field(lang, InputField { id: id("due"), label: Key::FollowUpDue, kind: "date", value: follow_up.due.clone(), max_chars: 10, wide: false }, edit::<InputEvent>(draft, Rc::new(move |c: &mut Consultation, v: String| if let Some(f) = c.follow_ups.get_mut(i) { f.due = v })), shown) }
                        </div>
                        <button type="button" class="ba-button ba-button--quiet ba-button--small"
                            onclick={then_focus(act(draft, Rc::new(move |c: &mut Consultation| if i < c.follow_ups.len() { c.follow_ups.remove(i); })), "ba-consult-add-follow-up")}>
                            { t(lang, Key::RemoveFollowUp) }<span class="ba-visually-hidden">{" "}{ i + 1 }</span>
                        </button>
                    </fieldset>
                }
            }) }
            <button type="button" id="ba-consult-add-follow-up" class="ba-button ba-button--quiet" onclick={focus_new(act(draft, Rc::new(|c: &mut Consultation| c.follow_ups.push(FollowUp {
                action: String::new(),
                owner: String::new(),
                due: String::new(),
                done_on: None,
            }))), focus_next, new_action)}>{ t(lang, Key::AddFollowUp) }</button>
        </fieldset>
    }
}

/// The agenda's lines the consultation was about, as checkboxes.
#[inline(always)]
fn themes_fieldset(lang: Lang, draft: &DraftHandle, lines: &[(String, String)]) -> Html {
    let entry = &draft.0;
    html! {
        <fieldset class="ba-fieldset">
            <legend>{ t(lang, Key::ConsultationThemes) }</legend>
            <ul class="ba-checklist">
                { for lines.iter().map(|(id, text)| {
                    let field = format!("ba-consult-theme-{id}");
                    let theme = id.clone();
                    html! {
                        <li>
                            <input type="checkbox" id={field.clone()} checked={entry.themes.contains(id)}
                                onchange={edit::<Event>(draft, Rc::new(move |c: &mut Consultation, on: String| {
                                    c.themes.retain(|x| *x != theme);
                                    if on == "true" { c.themes.push(theme.clone()) }
                                }))} />
                            <label for={field}>{ text }</label>
                        </li>
                    }
                }) }
            </ul>
        </fieldset>
    }
}

/// The countries it was about: each with a remove button, and a choice to add one.
#[inline(always)]
fn countries_fieldset(lang: Lang, draft: &DraftHandle, dataset: &Dataset, country_choice: &NodeRef) -> Html {
    let entry = &draft.0;
    let add_country = {
        let (draft, choice) = (draft.clone(), country_choice.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(code) = choice
                .cast::<HtmlSelectElement>()
                .map(|s| s.value())
                .filter(|c| !c.is_empty())
            else {
                return;
            };
            draft.dispatch(Edit(Rc::new(move |c: &mut Consultation| {
                if !c.countries.contains(&code) {
                    c.countries.push(code.clone());
                }
            })));
            // Back to "choose a country": a second press adds nothing nobody chose.
            if let Some(select) = choice.cast::<HtmlSelectElement>() {
                select.set_value("");
            }
        })
    };
    let mut countries: Vec<(&str, String)> = dataset
        .countries
        .iter()
        .filter(|c| !entry.countries.contains(&c.iso3))
        .map(|c| (c.iso3.as_str(), c.name.get(lang).to_string()))
        .collect();
    beleidsagenda_model::order::sort_by(&mut countries, |a, b| a.1.cmp(&b.1));

    html! {
        <fieldset class="ba-fieldset">
            <legend>{ t(lang, Key::ConsultationCountries) }</legend>
            if entry.countries.is_empty() {
                <p class="ba-hint">{ t(lang, Key::ConsultationNoCountry) }</p>
            } else {
                <ul class="ba-plain-list">
                    { for entry.countries.iter().map(|code| {
                        let name = dataset.country_name(code, lang);
                        let gone = code.clone();
                        html! {
                            <li>{ &name }{" "}
                                <button type="button" class="ba-button ba-button--quiet ba-button--small"
                                    onclick={act(draft, Rc::new(move |c: &mut Consultation| c.countries.retain(|x| *x != gone)))}>
                                    { tr(lang, Msg::PlanRemoveLine { line: &name }) }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
            <div class="ba-inline-fields">
                <div class="ba-field">
                    <label for="ba-consult-country">{ t(lang, Key::Country) }</label>
                    <select id="ba-consult-country" ref={country_choice.clone()}>
                        <option value="" selected={true}>{ t(lang, Key::ChooseCountry) }</option>
                        { for countries.iter().map(|(code, name)| html! { <option value={code.to_string()}>{ name }</option> }) }
                    </select>
                </div>
                <button type="button" class="ba-button ba-button--quiet" onclick={add_country}>{ t(lang, Key::ConsultationAddCountry) }</button>
            </div>
        </fieldset>
    }
}
