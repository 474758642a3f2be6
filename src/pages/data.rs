//! Data and coverage: which dataset is in use, loading an own file (and going back), the
//! coverage of every country as a table and a map.

use std::rc::Rc;

use beleidsagenda_model::load::dataset_sheets::{dataset_workbook, SheetFormat};
use beleidsagenda_model::load::state::{DatasetAction, DatasetOrigin, ImportOutcome};
use beleidsagenda_model::sheet::common::Made;
use beleidsagenda_model::sheet::xlsx_write::{write_xlsx, XLSX_MIME};
use beleidsagenda_model::text::format::{number, percent};
use beleidsagenda_model::{t, tr, Dataset, Key, Lang, Msg, WorldMap};
use yew::prelude::*;

use crate::components::bar::Bar;
use crate::components::provenance::{criteria_provenance, last_refreshed};
use crate::print_frame::use_print_frame;
use yew_router::prelude::*;

use crate::clock::today;
use crate::components::dataset_changes::DatasetChanges;
use crate::components::dataset_import::DatasetImport;
use crate::components::layout::use_document_title;
use crate::components::world_map::{LegendItem, MapCountry, WorldMapView};
use crate::download::{download_bytes, download_text};
use crate::labels;
use crate::route::Route;
use crate::state::context::AppContext;

#[derive(Properties, PartialEq)]
pub struct DataPageProps {
    pub lang: Lang,
}

/// Coverage bands for the map; the table gives the exact share.
fn coverage_class(coverage: f64) -> &'static str {
    if coverage < 0.4 {
        "ba-band-low"
    } else if coverage < 0.7 {
        "ba-band-mid"
    } else {
        "ba-band-high"
    }
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
        Rc::new(
            rows.iter()
                .map(|row| MapCountry {
                    iso3: row.iso3.clone(),
                    name: row.name.get(*lang).to_string(),
                    class: coverage_class(row.coverage),
                    detail: format!(
                        "{} {}",
                        t(*lang, Key::Coverage).to_lowercase(),
                        percent(row.coverage, *lang)
                    ),
                    adjusted: false,
                })
                .collect::<Vec<_>>(),
        )
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
            <section aria-labelledby="ba-criteria-title">
                <h2 id="ba-criteria-title">{ t(lang, Key::CriteriaTitle) }</h2>
                <p>{ t(lang, Key::CriteriaIntro) }{" "}<Link<Route> to={Route::method(lang)}>{ t(lang, Key::MethodLink) }</Link<Route>></p>
                <div class="ba-table-wrap">
                    <table class="ba-table ba-criteria">
                        <caption class="ba-visually-hidden">{ t(lang, Key::CriteriaTitle) }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ t(lang, Key::Criterion) }</th>
                                <th scope="col">{ t(lang, Key::ListKindTitle) }</th>
                                <th scope="col">{ t(lang, Key::SourceLabel) }</th>
                                <th scope="col">{ t(lang, Key::LastRefreshed) }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for dataset.indicators.iter().map(|indicator| html! {
                                <tr key={indicator.id.clone()} id={format!("ba-criterion-{}", indicator.id)}>
                                    <th scope="row">
                                        { indicator.name.get(lang) }
                                        <p class="ba-cite">{ indicator.description.get(lang) }</p>
                                    </th>
                                    <td>{ labels::list_kind_text(indicator, lang) }</td>
                                    <td><Link<Route> to={Route::source(lang, &indicator.source)}>{ dataset.source(&indicator.source).map(|s| s.short.get(lang).to_string()).unwrap_or_else(|| indicator.source.clone()) }</Link<Route>></td>
                                    <td>{ last_refreshed(dataset.source(&indicator.source), lang) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            </section>
            <section aria-labelledby="ba-provenance-title">
                <h2 id="ba-provenance-title">{ t(lang, Key::ProvenanceTitle) }</h2>
                <p>{ t(lang, Key::ProvenanceIntro) }</p>
                { criteria_provenance(&dataset, lang) }
            </section>
            <section aria-labelledby="ba-coverage-title">
                <h2 id="ba-coverage-title">{ t(lang, Key::CoverageTitle) }</h2>
                <p>{ t(lang, Key::CoverageIntro) }</p>
                <div class="ba-table-wrap">
                    <table class="ba-table ba-coverage">
                        <caption class="ba-visually-hidden">{ t(lang, Key::CoverageTitle) }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ t(lang, Key::Country) }</th>
                                <th scope="col">{ t(lang, Key::Region) }</th>
                                <th scope="col" class="ba-num">{ t(lang, Key::Coverage) }</th>
                                <th scope="col">{ t(lang, Key::CoverageOf) }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for rows.iter().map(|row| html! {
                                <tr key={row.iso3.clone()}>
                                    <th scope="row"><Link<Route> to={Route::country(lang, &row.iso3)}>{ row.name.get(lang) }</Link<Route>></th>
                                    <td>{ t(lang, labels::region(row.region)) }</td>
                                    <td class="ba-num">{ percent(row.coverage, lang) }</td>
                                    <td>
                                        <Bar share={row.coverage} text={format!("{} / {}", number(row.with_data as f64, lang), number(row.total as f64, lang))} />
                                    </td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            </section>
            if let Some(map) = map.as_ref().clone() {
                <section aria-labelledby="ba-map-title">
                    <h2 id="ba-map-title">{ t(lang, Key::MapTitle) }</h2>
                    <WorldMapView {lang} map={map} countries={(*map_countries).clone()}
                        caption={t(lang, Key::MapCoverageCaption).to_string()}
                        legend={vec![
                            LegendItem { class: "ba-band-low", label: t(lang, Key::CoverageBandLow).to_string() },
                            LegendItem { class: "ba-band-mid", label: t(lang, Key::CoverageBandMid).to_string() },
                            LegendItem { class: "ba-band-high", label: t(lang, Key::CoverageBandHigh).to_string() },
                        ]} />
                    <p class="ba-cite">{ t(lang, Key::MapShapesSource) }{": "}
                        <Link<Route> to={Route::source(lang, "natural-earth")}>{ "Natural Earth" }</Link<Route>>
                        {"; "}{ t(lang, Key::Region) }{": "}
                        <Link<Route> to={Route::source(lang, "un-m49")}>{ "UN M49" }</Link<Route>>
                    </p>
                </section>
            }
        </article>
    }
}

#[derive(Clone, PartialEq)]
struct CoverageRow {
    iso3: String,
    name: beleidsagenda_model::LocalText,
    region: beleidsagenda_model::Region,
    coverage: f64,
    with_data: usize,
    total: usize,
}

fn coverage_rows(dataset: &Dataset) -> Vec<CoverageRow> {
    let mut rows: Vec<CoverageRow> = dataset
        .countries
        .iter()
        .map(|c| {
            let (with_data, total) = dataset.criteria_with_data(&c.iso3);
            CoverageRow {
                iso3: c.iso3.clone(),
                name: c.name.clone(),
                region: c.region,
                coverage: dataset.coverage(&c.iso3),
                with_data,
                total,
            }
        })
        .collect();
    beleidsagenda_model::order::sort_by(&mut rows, |a, b| {
        b.coverage
            .total_cmp(&a.coverage)
            .then_with(|| a.name.nl.cmp(&b.name.nl))
    });
    rows
}

fn outcome_message(lang: Lang, outcome: Option<&ImportOutcome>) -> Html {
    match outcome {
        None => html! {},
        Some(ImportOutcome::Loaded {
            file_name, format, ..
        }) => html! {
            <div class="ba-notice ba-notice--ok" role="status">
                <p>{ tr(lang, Msg::ImportLoaded { file: file_name }) }</p>
                {
                    match format {
                        Some(SheetFormat::Csv(detected)) => html! { <p>{ tr(lang, Msg::CsvRead { separator: detected.separator, decimal: detected.decimal, mark: detected.byte_order_mark }) }</p> },
                        Some(SheetFormat::Xlsx { formulas }) => html! { <p>{ tr(lang, Msg::XlsxRead { formulas: *formulas }) }</p> },
                        None => html! {},
                    }
                }
            </div>
        },
        Some(ImportOutcome::Kept { file_name }) => html! {
            <p class="ba-notice" role="status">{ tr(lang, Msg::ChangesKept { file: file_name }) }</p>
        },
        Some(ImportOutcome::Restored) => html! {
            <p class="ba-notice ba-notice--ok" role="status">{ t(lang, Key::ImportRestored) }</p>
        },
        Some(ImportOutcome::Rejected { file_name, errors }) => html! {
            <div class="ba-errors" role="alert">
                <p><strong>{ tr(lang, Msg::ImportRejected { file: file_name }) }</strong></p>
                <p>
                    { tr(lang, Msg::ErrorsFound { count: beleidsagenda_model::check::error::refusal_count(errors) }) }
                </p>
                <ol class="ba-error-list">
                    { for errors.iter().map(|e| match (e.path.as_str(), e.position) {
                        // The whole file: no place to name.
                        ("$", None) => html! { <li>{ e.reason_in(lang) }</li> },
                        (path, position) => html! {
                            <li>
                                <code>{ path }</code>
                                if let Some((line, column)) = position {
                                    {" ("}{ tr(lang, Msg::Line { line, column }) }{")"}
                                }
                                {": "}{ e.reason_in(lang) }
                            </li>
                        },
                    }) }
                </ol>
            </div>
        },
    }
}
