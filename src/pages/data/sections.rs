//! The data page's reading parts: the criteria with their sources, each country's coverage as
//! a table, and the same coverage on the map.

use std::rc::Rc;

use beleidsagenda_model::text::format::{number, percent};
use beleidsagenda_model::{t, Dataset, Key, Lang, WorldMap};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::bar::Bar;
use crate::components::provenance::last_refreshed;
use crate::components::world_map::{LegendItem, MapCountry, WorldMapView};
use crate::labels;
use crate::route::Route;

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

#[derive(Clone, PartialEq)]
pub(super) struct CoverageRow {
    iso3: String,
    name: beleidsagenda_model::LocalText,
    region: beleidsagenda_model::Region,
    coverage: f64,
    with_data: usize,
    total: usize,
}

pub(super) fn coverage_rows(dataset: &Dataset) -> Vec<CoverageRow> {
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

/// Each country on the map in its coverage band.
pub(super) fn map_countries(rows: &[CoverageRow], lang: Lang) -> Vec<MapCountry> {
    rows.iter()
        .map(|row| MapCountry {
            iso3: row.iso3.clone(),
            name: row.name.get(lang).to_string(),
            class: coverage_class(row.coverage),
            detail: format!(
                "{} {}",
                t(lang, Key::Coverage).to_lowercase(),
                percent(row.coverage, lang)
            ),
            adjusted: false,
        })
        .collect()
}

/// Every criterion: what it measures, how its list reads absence, its source and when that was
/// last refreshed.
#[inline(always)]
pub(super) fn criteria_section(dataset: &Dataset, lang: Lang) -> Html {
    html! {
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
    }
}

/// Each country's share of criteria with a value, most covered first.
#[inline(always)]
pub(super) fn coverage_section(rows: &[CoverageRow], lang: Lang) -> Html {
    html! {
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
    }
}

/// The coverage on the world map, with the sources of its shapes and regions.
#[inline(always)]
pub(super) fn map_section(map: Option<Rc<WorldMap>>, countries: Rc<Vec<MapCountry>>, lang: Lang) -> Html {
    let Some(map) = map else { return html! {} };
    html! {
        <section aria-labelledby="ba-map-title">
            <h2 id="ba-map-title">{ t(lang, Key::MapTitle) }</h2>
            <WorldMapView {lang} map={map} {countries}
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
}
