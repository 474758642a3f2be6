//! Exports: the ranking as CSV, the settings as a scenario file, the map as SVG, a print-ready
//! A4 annex, and the link to this exact view.

use std::rc::Rc;

use std::collections::BTreeMap;

use beleidsagenda_model::plan::scenario::{export_scenario, Scenario};
use beleidsagenda_model::selection::export::{ranking_csv, ranking_workbook};
use beleidsagenda_model::selection::sensitivity::Stability;
use beleidsagenda_model::selection::table::ranking_table;
use beleidsagenda_model::selection::{RankedCountry, SelectionSettings};
use beleidsagenda_model::sheet::common::Made;
use beleidsagenda_model::sheet::csv::Dialect;
use beleidsagenda_model::sheet::xlsx_write::{write_xlsx, XLSX_MIME};
use beleidsagenda_model::{t, Dataset, Key, Lang};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::clock::today;
use crate::components::csv_download::{CsvDownload, CSV_MIME};
use crate::download::{download_bytes, download_text};

#[derive(Properties, PartialEq)]
pub struct ExportsProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub settings: Rc<SelectionSettings>,
    pub ranking: Rc<Vec<RankedCountry>>,
    /// The last sensitivity result, when it belongs to these settings.
    pub stability: Option<Rc<BTreeMap<String, Stability>>>,
    /// The data in use, as a scenario file names it.
    pub data: Rc<crate::state::context::DataInUse>,
}

/// The map's own styles, so the exported SVG looks the same outside the app.
const MAP_EXPORT_STYLE: &str = ".ba-map__land{fill:#d5dbe1;stroke:#fff;stroke-width:.4}.ba-map__shape{stroke:#fff;stroke-width:.5}\
.ba-tier-1{fill:#0b3d73}.ba-tier-2{fill:url(#ba-hatch-2)}.ba-tier-3{fill:url(#ba-dots-3)}.ba-tier-none{fill:#eef0f2}\
.ba-map__shape--adjusted{stroke:#000;stroke-width:1.2;stroke-dasharray:3 2}";

/// Puts the table on the clipboard as HTML (a word processor pastes a real table) and as
/// tab-separated text; `None` where the browser offers no rich clipboard.
fn write_table_to_clipboard(html: &str, tsv: &str) -> Option<js_sys::Promise> {
    let record = js_sys::Object::new();
    for (mime, text) in [("text/html", html), ("text/plain", tsv)] {
        let blob: web_sys::Blob = gloo_file::Blob::new_with_options(text, Some(mime)).into();
        js_sys::Reflect::set(&record, &mime.into(), &blob).ok()?;
    }
    let item = web_sys::ClipboardItem::new_with_record_from_str_to_blob_promise(&record).ok()?;
    let clipboard = gloo_utils::window().navigator().clipboard();
    Some(clipboard.write(&js_sys::Array::of1(&item)))
}

#[function_component(ExportsPanel)]
pub fn exports_panel(props: &ExportsProps) -> Html {
    let lang = props.lang;
    let copied = use_state(|| None::<Key>);
    let csv = {
        let (dataset, settings, ranking, stability) = (
            Rc::clone(&props.dataset),
            Rc::clone(&props.settings),
            Rc::clone(&props.ranking),
            props.stability.clone(),
        );
        Callback::from(move |dialect: Dialect| {
            let csv = ranking_csv(&dataset, &settings, &ranking, stability.as_deref(), lang, dialect);
            download_text(&format!("landenselectie-{}.csv", today()), CSV_MIME, &csv);
        })
    };
    let xlsx = {
        let (dataset, settings, ranking, stability, data) = (
            Rc::clone(&props.dataset),
            Rc::clone(&props.settings),
            Rc::clone(&props.ranking),
            props.stability.clone(),
            Rc::clone(&props.data),
        );
        Callback::from(move |_: MouseEvent| {
            // The selection as the part after `#`: the page's full address would carry the
            // folder it was opened from (on Windows the user's account name) into every copy.
            let link = gloo_utils::window().location().hash().unwrap_or_default();
            let workbook = ranking_workbook(
                &dataset,
                &settings,
                &ranking,
                stability.as_deref(),
                lang,
                &link,
                Made {
                    today: &today(),
                    data: Some(data.identity()),
                    confidential: crate::edition::CONFIDENTIAL,
                },
            );
            download_bytes(
                &format!("landenselectie-{}.xlsx", today()),
                XLSX_MIME,
                &write_xlsx(&workbook),
            );
        })
    };
    let scenario = {
        let (settings, data) = (Rc::clone(&props.settings), Rc::clone(&props.data));
        Callback::from(move |_: MouseEvent| {
            let name = format!("Landenselectie {}", today());
            let text = export_scenario(
                &Scenario::new(&name, &today(), &settings),
                &settings,
                data.identity(),
            );
            download_text(&format!("scenario-{}.json", today()), "application/json", &text);
        })
    };
    let map = Callback::from(move |_: MouseEvent| {
        let Some(svg) = crate::dom::query(".ba-tier-map svg") else {
            return;
        };
        let markup = svg.outer_html().replacen(
            "<svg ",
            &format!("<svg xmlns=\"http://www.w3.org/2000/svg\" ><style>{MAP_EXPORT_STYLE}</style><svg "),
            1,
        ) + "</svg>";
        download_text(
            &format!("kaart-inzetniveaus-{}.svg", today()),
            "image/svg+xml",
            &markup,
        );
    });
    let print = Callback::from(|_: MouseEvent| {
        let _ = gloo_utils::window().print();
    });
    let copy = {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            let window = gloo_utils::window();
            let href = window.location().href().unwrap_or_default();
            let promise = window.navigator().clipboard().write_text(&href);
            yew::platform::spawn_local(async move {
                let ok = JsFuture::from(promise).await.is_ok();
                copied.set(Some(if ok { Key::LinkCopied } else { Key::LinkCopyFailed }));
            });
        })
    };
    let copy_table = {
        let (dataset, settings, ranking, stability) = (
            Rc::clone(&props.dataset),
            Rc::clone(&props.settings),
            Rc::clone(&props.ranking),
            props.stability.clone(),
        );
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let table = ranking_table(&dataset, &settings, &ranking, stability.as_deref(), lang);
            let copied = copied.clone();
            let promise = write_table_to_clipboard(&table.to_html(), &table.to_tsv());
            yew::platform::spawn_local(async move {
                let ok = match promise {
                    Some(promise) => JsFuture::from(promise).await.is_ok(),
                    None => false,
                };
                copied.set(Some(if ok {
                    Key::TableCopied
                } else {
                    Key::TableCopyFailed
                }));
            });
        })
    };
    html! {
        <div class="ba-exports">
            <p class="ba-actions">
                <button type="button" class="ba-button" onclick={copy}>{ t(lang, Key::CopyLink) }</button>
                <button type="button" class="ba-button ba-button--quiet" onclick={copy_table}>{ t(lang, Key::CopyTable) }</button>
                <button type="button" class="ba-button ba-button--quiet" onclick={xlsx}>{ t(lang, Key::ExportXlsx) }</button>
                <CsvDownload {lang} label={Key::ExportCsv} id="ba-ranking-csv-dialect" on_download={csv} />
                <button type="button" class="ba-button ba-button--quiet" onclick={scenario}>{ t(lang, Key::ExportScenario) }</button>
                <button type="button" class="ba-button ba-button--quiet" onclick={map}>{ t(lang, Key::ExportMap) }</button>
                <button type="button" class="ba-button ba-button--quiet" onclick={print}>{ t(lang, Key::Print) }</button>
            </p>
            <p role="status" class="ba-copy-status">{ copied.map(|k| t(lang, k)).unwrap_or("") }</p>
        </div>
    }
}
