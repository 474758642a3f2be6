//! What the plan document bar says besides its buttons: the file's state, a plan recovered
//! from an earlier session offered back, and what the last save or open did.

use beleidsagenda_model::plan::PlanAction;
use beleidsagenda_model::{t, tr, Key, Lang, Msg};
use yew::prelude::*;

use super::Outcome;
use crate::clock::today;
use crate::components::plan::exchange::import_refusal;
use crate::state::plan::{PlanDispatch, PlanStore, PlanStoreAction};

/// Whether the plan is in a file and holds changes that file does not.
pub(super) fn state_text(store: &PlanStore, unsaved: bool, lang: Lang) -> String {
    match (&store.document.file_name, &store.document.imported_from, unsaved) {
        (None, Some(from), _) => tr(
            lang,
            Msg::PlanImportedNotSaved {
                from,
                file: &store.document.suggested_name(lang, &today()),
            },
        ),
        (None, None, _) => t(lang, Key::PlanNeverSaved).to_string(),
        (Some(_), _, true) => t(lang, Key::PlanUnsavedChanges).to_string(),
        (Some(_), _, false) => t(lang, Key::PlanAllSaved).to_string(),
    }
}

/// A plan recovered from this browser after the page closed: kept, or the file's plan back.
#[inline(always)]
pub(super) fn recovered_notice(
    store: &UseReducerHandle<PlanStore>,
    dispatch: &PlanDispatch,
    lang: Lang,
) -> Html {
    if !store.recovered {
        return html! {};
    }
    let keep_recovered = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(PlanStoreAction::RecoveryHandled))
    };
    let back_to_file = {
        let (dispatch, store) = (dispatch.clone(), store.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(saved) = store.document.saved.clone() {
                let _ = dispatch.apply(PlanAction::Replace(Box::new(saved)));
            }
            store.dispatch(PlanStoreAction::RecoveryHandled);
        })
    };
    html! {
        <div class="ba-notice" role="status">
            <p>{ match &store.document.file_name {
                Some(file) => tr(lang, Msg::PlanRecovered { file }),
                None => t(lang, Key::PlanRecoveredNew).to_string(),
            } }</p>
            <div class="ba-actions">
                <button type="button" class="ba-button" onclick={keep_recovered}>{ t(lang, Key::PlanKeepRecovered) }</button>
                if store.document.saved.is_some() {
                    <button type="button" class="ba-button ba-button--quiet" onclick={back_to_file}>{ t(lang, Key::PlanBackToFile) }</button>
                }
            </div>
        </div>
    }
}

/// What the last save or open did: said in a status region, a failure as an alert.
#[inline(always)]
pub(super) fn outcome_view(outcome: &Option<Outcome>, lang: Lang) -> Html {
    html! {
        <>
        <div role="status" id="ba-plan-document-status">
            { match outcome {
                Some(Outcome::Saved(file)) => html! { <p class="ba-notice ba-notice--ok">{ tr(lang, Msg::PlanSavedTo { file }) }</p> },
                Some(Outcome::Downloaded(file)) => html! { <p class="ba-notice ba-notice--ok">{ tr(lang, Msg::PlanDownloadedAs { file }) }</p> },
                Some(Outcome::Opened { file, dropped: gone, other_data }) => html! {
                    <>
                        <div class="ba-notice ba-notice--ok">
                            <p>{ tr(lang, Msg::PlanOpenedFrom { file }) }
                                if !gone.is_empty() { {" "}{ tr(lang, Msg::PlanDropped { count: gone.len() }) } }</p>
                            if !gone.is_empty() {
                                { crate::components::plan::dropped_list(gone, lang) }
                            }
                        </div>
                        { other_data.clone() }
                    </>
                },
                _ => html! {},
            } }
        </div>
        { match outcome {
            Some(Outcome::SaveFailed(file)) => html! { <p class="ba-field-error" role="alert">{ tr(lang, Msg::PlanSaveFailed { file }) }</p> },
            Some(Outcome::Refused(error)) => import_refusal(error, lang),
            _ => html! {},
        } }
        </>
    }
}
