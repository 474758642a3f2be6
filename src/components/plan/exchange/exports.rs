//! The plan as it leaves the page: the workbook, CSV, the scenario file and print.

use beleidsagenda_model::plan::workbook::{plan_csv, plan_workbook};
use beleidsagenda_model::sheet::csv::Dialect;
use beleidsagenda_model::sheet::xlsx_write::{write_xlsx, XLSX_MIME};
use beleidsagenda_model::{t, Key};
use yew::prelude::*;

use super::plan_file_text;
use crate::clock::today;
use crate::components::csv_download::{CsvDownload, CSV_MIME};
use crate::components::plan::PlanView;
use crate::download::{download_bytes, download_text};
use crate::state::plan::PlanDispatch;

/// The export buttons, each writing the plan in use with the data in use.
#[inline(always)]
pub(super) fn export_buttons(view: &PlanView, dispatch: &PlanDispatch) -> Html {
    let lang = view.lang;
    let export_json = {
        let view = view.clone();
        Callback::from(move |_: MouseEvent| {
            download_text(
                &format!("beleidsagenda-plan-{}.json", today()),
                "application/json",
                &plan_file_text(&view.plan, &view),
            );
        })
    };
    let export_csv = {
        let (view, dispatch) = (view.clone(), dispatch.clone());
        Callback::from(move |dialect: Dialect| {
            let tier_of = |c: &str| view.tiers.get(c).copied();
            let csv = dispatch.with_context(|context| plan_csv(&view.plan, context, &tier_of, lang, dialect));
            download_text(&format!("beleidsagenda-plan-{}.csv", today()), CSV_MIME, &csv);
        })
    };
    let export_xlsx = {
        let (view, dispatch) = (view.clone(), dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            let tier_of = |c: &str| view.tiers.get(c).copied();
            let file_text = plan_file_text(&view.plan, &view);
            let workbook = dispatch.with_context(|context| {
                let confidential = crate::edition::CONFIDENTIAL;
                plan_workbook(
                    &view.plan,
                    context,
                    &tier_of,
                    lang,
                    &file_text,
                    confidential,
                    &view.memo,
                )
            });
            let name = format!("beleidsagenda-plan-{}.xlsx", today());
            download_bytes(&name, XLSX_MIME, &write_xlsx(&workbook));
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        let _ = gloo_utils::window().print();
    });
    html! {
        <div class="ba-actions ba-no-print">
            <button type="button" class="ba-button" onclick={export_xlsx}>{ t(lang, Key::PlanExportXlsx) }</button>
            <CsvDownload {lang} label={Key::PlanExportCsv} id="ba-plan-csv-dialect" on_download={export_csv} />
            <button type="button" class="ba-button" onclick={export_json}>{ t(lang, Key::PlanExportScenario) }</button>
            <button type="button" class="ba-button ba-button--quiet" onclick={print}>{ t(lang, Key::PlanPrint) }</button>
        </div>
    }
}
