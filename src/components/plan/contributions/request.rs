//! A request for contributions to one organisation: the lines it leads or contributes to, saved
//! as JSON (answered in the app) or as a workbook (filled in with Excel), and recorded in the plan.

use beleidsagenda_model::plan::contribution::{default_lines, make_request as request_file};
use beleidsagenda_model::plan::contribution_sheet::contribution_workbook;
use beleidsagenda_model::plan::labels::org_name;
use beleidsagenda_model::plan::{Org, Plan, PlanAction};
use beleidsagenda_model::sheet::common::Made;
use beleidsagenda_model::sheet::xlsx_write::{write_xlsx, XLSX_MIME};
use beleidsagenda_model::{t, tr, Key, Lang, Msg};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::Message;
use crate::clock::today;
use crate::components::plan::PlanView;
use crate::download::{download_bytes, download_text};
use crate::state::plan::PlanDispatch;

/// Makes the request the form describes (organisation, requested by, deadline), records it in
/// the plan and downloads it; what the user is told, or nothing when the form is not filled.
// Inlined: the split is for the reader, the public file must not grow.
#[inline(always)]
pub fn make_request(
    dispatch: &PlanDispatch,
    view: &PlanView,
    (org_select, by_select, deadline_input): (&NodeRef, &NodeRef, &NodeRef),
    as_xlsx: bool,
) -> Option<Message> {
    let lang = view.lang;
    let token = |node: &NodeRef| {
        node.cast::<HtmlSelectElement>()
            .map(|s| s.value())
            .unwrap_or_default()
    };
    let org = Org::from_token(&token(org_select))?;
    let by = Org::from_token(&token(by_select))?;
    let deadline = deadline_input
        .cast::<HtmlInputElement>()
        .map(|i| i.value())
        .filter(|d| !d.is_empty());
    let plan = dispatch.current();
    let lines = default_lines(&plan, org);
    let name = t(lang, org_name(org));
    if lines.is_empty() {
        return Some(Message::Problem(tr(lang, Msg::PlanRequestNothing { org: name })));
    }
    let seed = format!("{}-{}", today(), js_sys::Math::random());
    let (next, file) = request_file(&plan, org, by, &lines, &today(), deadline.as_deref(), &seed);
    let extension = if as_xlsx { "xlsx" } else { "json" };
    let file_name = format!("verzoek-{}-{}.{extension}", org.token(), today());
    if as_xlsx {
        // The request's figures are the plan's, not the dataset's: no data is named.
        let made = Made {
            today: &today(),
            data: None,
            confidential: crate::edition::CONFIDENTIAL,
        };
        let workbook = contribution_workbook(&file, &view.dataset, lang, made);
        let _ = dispatch.apply(PlanAction::Replace(Box::new(next)));
        download_bytes(&file_name, XLSX_MIME, &write_xlsx(&workbook));
    } else {
        let text = serde_json::to_string_pretty(&file).ok()?;
        let _ = dispatch.apply(PlanAction::Replace(Box::new(next)));
        download_text(&file_name, "application/json", &text);
    }
    let made = Msg::PlanRequestMade {
        org: name,
        lines: lines.len(),
        file: &file_name,
    };
    Some(Message::Ok(tr(lang, made)))
}

/// The form that asks an organisation for its part: who is asked, by whom, by when; as a file
/// answered in the app or as a workbook.
#[inline(always)]
pub(super) fn request_form(
    lang: Lang,
    (org_select, by_select, deadline_input): (&NodeRef, &NodeRef, &NodeRef),
    request: Callback<MouseEvent>,
    request_xlsx: Callback<MouseEvent>,
) -> Html {
    let org_options = |selected: Org| {
        Org::ALL
            .iter()
            .map(|&org| html! { <option value={org.token()} selected={org == selected}>{ t(lang, org_name(org)) }{" ("}{ org.code() }{")"}</option> })
            .collect::<Html>()
    };
    html! {
    <div class="ba-inline-fields ba-no-print">
        <div class="ba-field">
            <label for="ba-request-org">{ t(lang, Key::PlanRequestOrg) }</label>
            <select id="ba-request-org" ref={org_select.clone()}>{ org_options(Org::Ind) }</select>
        </div>
        <div class="ba-field">
            <label for="ba-request-by">{ t(lang, Key::PlanRequestedBy) }</label>
            <select id="ba-request-by" ref={by_select.clone()}>{ org_options(Org::AsylumMigration) }</select>
        </div>
        <div class="ba-field">
            <label for="ba-request-deadline">{ t(lang, Key::PlanRequestDeadline) }</label>
            <input id="ba-request-deadline" type="date" ref={deadline_input.clone()} />
        </div>
        <button type="button" class="ba-button" onclick={request}>{ t(lang, Key::PlanMakeRequest) }</button>
        <button type="button" class="ba-button ba-button--quiet" onclick={request_xlsx}>{ t(lang, Key::PlanMakeRequestXlsx) }</button>
    </div>
    }
}

/// The requests made so far: to whom, when, how many lines, by when.
#[inline(always)]
pub(super) fn requests_made(plan: &Plan, lang: Lang) -> Html {
    html! {
        <>
        <h3>{ t(lang, Key::PlanRequestsIssued) }</h3>
        if plan.requests.is_empty() {
            <p>{ t(lang, Key::PlanNoRequests) }</p>
        } else {
            <ul class="ba-plain-list">
                { for plan.requests.iter().map(|r| html! {
                    <li>{ tr(lang, Msg::PlanRequestItem { org: t(lang, org_name(r.organisation)), on: &r.requested_on, lines: r.lines.len(), deadline: r.deadline.as_deref() }) }</li>
                }) }
            </ul>
        }
        </>
    }
}
