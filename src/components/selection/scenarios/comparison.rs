//! Two sets of settings compared: the countries whose tier differs, and the comparison as a
//! workbook.

use std::rc::Rc;

use beleidsagenda_model::plan::scenario::{Scenario, TierDifference};
use beleidsagenda_model::selection::export::comparison_workbook;
use beleidsagenda_model::selection::SelectionSettings;
use beleidsagenda_model::sheet::common::Made;
use beleidsagenda_model::sheet::xlsx_write::{write_xlsx, XLSX_MIME};
use beleidsagenda_model::{t, tr, Dataset, Key, Lang, Msg};
use yew::prelude::*;

use crate::clock::today;
use crate::download::download_bytes;
use crate::labels;
use crate::state::context::DataInUse;

/// The comparison of the sides named `left_name` and `right_name` ("" is the settings in use)
/// as a workbook, downloaded.
pub(super) fn export_comparison(
    lang: Lang,
    left_name: String,
    right_name: String,
    scenarios: Vec<Scenario>,
    settings: Rc<SelectionSettings>,
    dataset: Rc<Dataset>,
    data: Rc<DataInUse>,
) -> Callback<MouseEvent> {
    Callback::from(move |_: MouseEvent| {
        // The name and settings of a side: a saved scenario, or the settings in use ("").
        let side = |name: &str| -> (String, SelectionSettings) {
            match scenarios.iter().find(|s| s.name == name) {
                Some(s) => (s.name.clone(), s.settings(&dataset).0),
                None => (t(lang, Key::CurrentSettings).to_string(), (*settings).clone()),
            }
        };
        let (l, r) = (side(&left_name), side(&right_name));
        let workbook = comparison_workbook(
            &dataset,
            (&l.0, &l.1),
            (&r.0, &r.1),
            lang,
            Made {
                today: &today(),
                data: Some(data.identity()),
                confidential: crate::edition::CONFIDENTIAL,
            },
        );
        download_bytes(
            &format!("vergelijking-{}.xlsx", today()),
            XLSX_MIME,
            &write_xlsx(&workbook),
        );
    })
}

/// How many countries differ in tier, the export, and the countries with both tiers.
#[inline(always)]
pub(super) fn tier_differences(
    lang: Lang,
    dataset: &Dataset,
    differences: &[TierDifference],
    export: Callback<MouseEvent>,
) -> Html {
    let tier_cell = |tier| match tier {
        Some(tier) => {
            html! { <span class={classes!("ba-tier-badge", labels::tier_class(Some(tier)))}>{ t(lang, labels::tier(tier)) }</span> }
        }
        None => html! { <span class="ba-missing">{ t(lang, Key::NotRanked) }</span> },
    };
    html! {
        <>
        <p role="status" class="ba-compare-count">
            { if differences.is_empty() { t(lang, Key::NoDifferences).to_string() } else { tr(lang, Msg::TierDifferences { count: differences.len() }) } }
        </p>
        <p class="ba-actions ba-no-print">
            <button type="button" class="ba-button ba-button--quiet" onclick={export}>{ t(lang, Key::ExportComparisonXlsx) }</button>
        </p>
        if !differences.is_empty() {
            <table class="ba-table ba-compare">
                <caption class="ba-visually-hidden">{ t(lang, Key::CompareTitle) }</caption>
                <thead><tr>
                    <th scope="col">{ t(lang, Key::Country) }</th>
                    <th scope="col">{ t(lang, Key::CompareLeft) }</th>
                    <th scope="col">{ t(lang, Key::CompareRight) }</th>
                </tr></thead>
                <tbody>
                    { for differences.iter().map(|d| html! {
                        <tr>
                            <th scope="row">{ dataset.country(&d.iso3).map(|c| c.name.get(lang).to_string()).unwrap_or_else(|| d.iso3.clone()) }</th>
                            <td>{ tier_cell(d.left) }</td>
                            <td>{ tier_cell(d.right) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        }
        </>
    }
}
