//! The lines asked of the organisation, each with money and people per year and a note, and
//! the button that saves the answer.

use std::rc::Rc;

use beleidsagenda_model::plan::action::{parse_euros, parse_fte};
use beleidsagenda_model::plan::contribution::{check_note, AskedLine};
use beleidsagenda_model::plan::labels::{org_label, plan_problem};
use beleidsagenda_model::plan::{Field, YearAmount, PLAN_YEARS};
use beleidsagenda_model::{t, tr, Dataset, Key, Lang, Msg};
use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::Draft;
use crate::components::plan::amount_input::AmountInput;
use crate::components::plan::line_row::{euro_field, fte_field};

/// Lines whose typed note was refused: the line, the text as typed (it stays in its field) and why.
pub(super) type RefusedNotes = UseStateHandle<Vec<(usize, String, String)>>;

/// One asked line: its amounts per year and its note, each taken into the draft as it is typed.
#[inline(always)]
fn answer_row(
    lang: Lang,
    dataset: &Rc<Dataset>,
    draft: &UseStateHandle<Option<Draft>>,
    refused_notes: &RefusedNotes,
    index: usize,
    line: &AskedLine,
) -> Html {
    let name = format!(
        "{} · {}",
        dataset
            .country(&line.country)
            .map(|c| c.name.get(lang).to_string())
            .unwrap_or_else(|| line.country.clone()),
        dataset
            .instruments
            .iter()
            .find(|i| i.id == line.instrument)
            .map(|i| i.name.get(lang).to_string())
            .unwrap_or_else(|| line.instrument.clone())
    );
    let token = format!("{}-{}", line.country.to_lowercase(), line.instrument);
    let commit = |year: u16, field: Field| {
        let draft = draft.clone();
        Callback::from(move |text: String| -> Result<(), String> {
            let Some(mut next) = (*draft).clone() else {
                return Ok(());
            };
            let amount: &mut YearAmount = next.lines[index].years.entry(year).or_default();
            match field {
                Field::Eur => amount.eur = parse_euros(&text).map_err(|p| plan_problem(&p, lang))?,
                Field::Fte => amount.fte_hundredths = parse_fte(&text).map_err(|p| plan_problem(&p, lang))?,
            }
            draft.set(Some(next));
            Ok(())
        })
    };
    // Checked as it is typed, so that its refusal shows while typing, not as the field
    // is left; a refused note stays in its field, marked, and is not taken in.
    let on_note = {
        let (draft, refused_notes) = (draft.clone(), refused_notes.clone());
        Callback::from(move |event: InputEvent| {
            let Some(area) = event
                .target()
                .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
            else {
                return;
            };
            let typed = area.value();
            let mut refused: Vec<(usize, String, String)> = refused_notes
                .iter()
                .filter(|(i, _, _)| *i != index)
                .cloned()
                .collect();
            match check_note(&typed) {
                Ok(()) => {
                    if let Some(mut next) = (*draft).clone() {
                        next.lines[index].note = typed;
                        draft.set(Some(next));
                    }
                }
                Err(problem) => refused.push((index, typed, plan_problem(&problem, lang))),
            }
            refused_notes.set(refused);
        })
    };
    let note_id = format!("ba-answer-{token}-note");
    let refused_note = refused_notes.iter().find(|(i, _, _)| *i == index);
    let note_shown = refused_note.map_or_else(|| line.note.clone(), |(_, typed, _)| typed.clone());
    let note_error = refused_note.map(|(_, _, why)| why.clone());
    let note_error_id = format!("{note_id}-error");
    html! {
        <tr key={token.clone()}>
            <th scope="row">{ &name }</th>
            { for PLAN_YEARS.iter().map(|&year| {
                let amount = line.years.get(&year).copied().unwrap_or_default();
                html! {
                    <td class="ba-plan__year">
                        <AmountInput {lang} id={format!("ba-answer-{token}-{year}-eur")}
                            label={tr(lang, Msg::PlanAmountLabel { what: "EUR", year, line: &name })}
                            value={euro_field(amount.eur, lang)} commit={commit(year, Field::Eur)} />
                        <AmountInput {lang} id={format!("ba-answer-{token}-{year}-fte")} inputmode="decimal"
                            label={tr(lang, Msg::PlanAmountLabel { what: t(lang, Key::PlanFte), year, line: &name })}
                            value={fte_field(amount.fte_hundredths, lang)} commit={commit(year, Field::Fte)} />
                    </td>
                }
            }) }
            <td>
                <label for={note_id.clone()} class="ba-visually-hidden">{ t(lang, Key::ContributionNote) }{", "}{ &name }</label>
                <textarea id={note_id} rows="3" maxlength="600" value={note_shown} oninput={on_note}
                    aria-invalid={note_error.is_some().then_some("true")}
                    aria-describedby={note_error.is_some().then(|| note_error_id.clone())} />
                if let Some(why) = note_error {
                    <p class="ba-field-error" id={note_error_id} role="alert">{ why }</p>
                }
            </td>
        </tr>
    }
}

/// The request, its lines and the save button.
#[inline(always)]
pub(super) fn answer_form(
    lang: Lang,
    dataset: &Rc<Dataset>,
    draft: &UseStateHandle<Option<Draft>>,
    refused_notes: &RefusedNotes,
    save: Callback<MouseEvent>,
    keep_focus: Callback<MouseEvent>,
) -> Html {
    let Some(current) = &**draft else {
        return html! { <p>{ t(lang, Key::ContributionNone) }</p> };
    };
    let rows = current
        .lines
        .iter()
        .enumerate()
        .map(|(index, line)| answer_row(lang, dataset, draft, refused_notes, index, line));
    let request = &current.request;
    let org = |token: &str| org_label(token, lang);
    html! {
        <>
            <p>{ tr(lang, Msg::ContributionAsked {
                org: &org(&request.organisation),
                by: &org(&request.requested_by),
                on: &request.requested_on,
                deadline: request.deadline.as_deref(),
            }) }</p>
            <div class="ba-table-wrap" tabindex="0" role="group" aria-labelledby="ba-answer-caption">
                <table class="ba-table ba-plan__lines">
                    <caption id="ba-answer-caption">{ t(lang, Key::ContributionLines) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t(lang, Key::PlanConflictLine) }</th>
                            { for PLAN_YEARS.iter().map(|y| html! { <th scope="col">{ y }<span class="ba-plan__unit">{ t(lang, Key::PlanEurAndFte) }</span></th> }) }
                            <th scope="col">{ t(lang, Key::ContributionNote) }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <p class="ba-actions"><button type="button" class="ba-button" onclick={save} onmousedown={keep_focus}>{ t(lang, Key::ContributionSaveAnswer) }</button></p>
        </>
    }
}
