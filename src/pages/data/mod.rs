//! Data and coverage: which dataset is in use, loading an own file (and going back), the
//! coverage of every country as a table and a map.

mod outcome;
mod sections;

use std::rc::Rc;

use beleidsagenda_model::load::dataset_sheets::dataset_workbook;
use beleidsagenda_model::load::state::{DatasetAction, DatasetOrigin};
use beleidsagenda_model::sheet::common::Made;
use beleidsagenda_model::sheet::xlsx_write::{write_xlsx, XLSX_MIME};
use beleidsagenda_model::{t, tr, Key, Lang, Msg, WorldMap};
use yew::prelude::*;

use crate::components::provenance::criteria_provenance;
use crate::print_frame::use_print_frame;

use crate::clock::today;
use crate::components::dataset_changes::DatasetChanges;
use crate::components::dataset_import::DatasetImport;
use crate::components::layout::use_document_title;
use crate::download::{download_bytes, download_text};
use crate::state::context::AppContext;
use outcome::outcome_message;
use sections::{coverage_rows, coverage_section, criteria_section, map_countries, map_section};

#[derive(Properties, PartialEq)]
pub struct DataPageProps {
    pub lang: Lang,
}

#[function_component(DataPage)]
pub fn data_page(props: &DataPageProps) -> Html {
    let lang = props.lang;
    let context = use_context::<AppContext>().expect("AppContext is provided by App");
    use_document_title(format!(
        "{} · {}",
        t(lang, Key::DataTitle),
        t(lang, Key::PageTitleSuffix)
    ));
    use_print_frame(t(lang, Key::DataTitle), lang, &today());
    let store = context.dataset.clone();
    let data = crate::state::context::use_data_in_use(&context, lang);
    let dataset = Rc::clone(&store.state.active);
    let map = use_memo((), |_| WorldMap::bundled().ok().map(Rc::new));

    let rows = use_memo(Rc::clone(&dataset), |dataset| coverage_rows(dataset));
    let map_countries = use_memo((Rc::clone(&rows), lang), |(rows, lang)| {
        Rc::new(map_countries(rows, *lang))
    });

    let restore = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(DatasetAction::RestoreBundled))
    };
    let download = {
        let dataset = Rc::clone(&dataset);
        Callback::from(move |_: MouseEvent| {
            if let Ok(text) = serde_json::to_string_pretty(&*dataset) {
                download_text("beleidsagenda-gegevens.json", "application/json", &text);
            }
        })
    };

    let download_xlsx = {
        let (dataset, data) = (Rc::clone(&dataset), Rc::clone(&data));
        Callback::from(move |_: MouseEvent| {
            let made = Made {
                today: &today(),
                data: Some(data.identity()),
                confidential: false,
            };
            let workbook = dataset_workbook(
                &dataset,
                &format!("{} {}", t(lang, Key::DataTitle), today()),
                made,
                lang,
            );
            download_bytes(
                &format!("beleidsagenda-gegevens-{}.xlsx", today()),
                XLSX_MIME,
                &write_xlsx(&workbook),
            );
        })
    };
    let download_template = {
        let bundled = Rc::clone(&store.state.bundled);
        Callback::from(move |_: MouseEvent| {
            let made = Made {
                today: &today(),
                data: None,
                confidential: false,
            };
            let workbook = dataset_workbook(&bundled, t(lang, Key::DownloadTemplate), made, lang);
            download_bytes("beleidsagenda-sjabloon.xlsx", XLSX_MIME, &write_xlsx(&workbook));
        })
    };

    // A file of the first format: every list read as partial, and the user is told which.
    let without_list_kind: Vec<String> = dataset
        .indicators_without_list_kind()
        .into_iter()
        .filter_map(|id| dataset.indicator(id).map(|i| i.name.get(lang).to_string()))
        .collect();
    let status = match &store.state.origin {
        DatasetOrigin::Bundled => t(lang, Key::ActiveBundled).to_string(),
        DatasetOrigin::Imported { file_name } => tr(lang, Msg::ActiveImported { file: file_name }),
    };
    let counts = format!(
        "{}, {}",
        tr(
            lang,
            Msg::Countries {
                count: dataset.countries.len()
            }
        ),
        tr(
            lang,
            Msg::Criteria {
                count: dataset.indicators.len()
            }
        )
    );

    html! {
        <article class="ba-data">
            <h1>{ t(lang, Key::DataTitle) }</h1>
            <p class="ba-lead">{ t(lang, Key::DataIntro) }</p>
            if let Some(outcome) = context.dataset.stored_import_damaged.clone() {
                <crate::components::set_aside::SetAsideNotice {lang} {outcome}
                    what={beleidsagenda_model::text::messages::StoredKind::Dataset} storage_key={crate::state::dataset::STORAGE_KEY}
                    file_name={format!("beleidsagenda-gegevens-onleesbaar-{}.json", crate::clock::today())} />
            }
            <section class="ba-panel" aria-labelledby="ba-import-title">
                <h2 id="ba-import-title">{ t(lang, Key::ImportTitle) }</h2>
                <p class="ba-status-line"><strong>{ status }</strong>{" — "}{ counts }</p>
                { outcome_message(lang, store.state.outcome.as_ref()) }
                if !without_list_kind.is_empty() {
                    <p class="ba-notice" role="status">{ tr(lang, Msg::ListKindsMissing { indicators: &without_list_kind.join(", ") }) }</p>
                }
                <p>{ t(lang, Key::ImportHelp) }</p>
                <DatasetImport {lang} store={store.clone()} />
                if let Some(pending) = store.state.pending.clone() {
                    <DatasetChanges {lang} store={store.clone()} {pending} />
                }
                <p class="ba-actions">
                    if matches!(store.state.origin, DatasetOrigin::Imported { .. }) {
                        <button type="button" class="ba-button" onclick={restore}>{ t(lang, Key::RestoreBundled) }</button>
                    }
                    <button type="button" class="ba-button ba-button--quiet" onclick={download_template}>{ t(lang, Key::DownloadTemplate) }</button>
                    <button type="button" class="ba-button ba-button--quiet" onclick={download_xlsx}>{ t(lang, Key::DownloadDatasetXlsx) }</button>
                    <button type="button" class="ba-button ba-button--quiet" onclick={download}>{ t(lang, Key::DownloadDataset) }</button>
                </p>
            </section>
            { criteria_section(&dataset, lang) }
            <section aria-labelledby="ba-provenance-title">
                <h2 id="ba-provenance-title">{ t(lang, Key::ProvenanceTitle) }</h2>
                <p>{ t(lang, Key::ProvenanceIntro) }</p>
                { criteria_provenance(&dataset, lang) }
            </section>
            { coverage_section(&rows, lang) }
            { map_section(map.as_ref().clone(), (*map_countries).clone(), lang) }
        </article>
    }
}
