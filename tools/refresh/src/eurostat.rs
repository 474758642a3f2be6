//! Eurostat's dissemination API: the query for a table and what its status flags make of a
//! figure. A flag that says a figure is provisional or estimated keeps the figure and says so;
//! confidential or not available leaves no figure (unknown, never 0).

use crate::jsonstat::{Cell, Dataset};
use crate::table::{Column, Table};

pub const API: &str = "https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data";

/// The ISO 3166-1 alpha-3 code of a Eurostat country code (citizenship or reporting country),
/// or `None` for an aggregate or a code that is not a country (`EU27_2020`, `EXT_EU27_2020`,
/// `TOTAL`, `STLS` stateless, `UNK` unknown). Eurostat writes Greece `EL` and the United Kingdom
/// `UK`; Kosovo `XK` becomes `XKX`, the user-assigned code the app uses as Eurostat does.
pub fn country_iso3(code: &str) -> Option<&'static str> {
    let alpha2 = match code {
        "EL" => "GR",
        "UK" => "GB",
        "XK" => return Some("XKX"),
        other => other,
    };
    if alpha2.len() != 2 {
        return None;
    }
    beleidsagenda_model::data::iso3166_table::ISO3166
        .iter()
        .find(|(_, a2, _, _)| *a2 == alpha2)
        .map(|(a3, _, _, _)| *a3)
}

/// What a figure is, from its value and Eurostat's flags.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Measured,
    Provisional,
    /// Estimated by the country (`e`) or by Eurostat (`s`).
    Estimated,
    /// Low reliability (`u`).
    LowReliability,
    /// Withheld (`c`): no figure.
    Confidential,
    /// Not available (`:`, or no value): no figure.
    NotAvailable,
    /// Not applicable (`z`): no figure.
    NotApplicable,
}

/// A figure as the refresh writes it: the value where there is one, its kind, and the flags as
/// Eurostat gave them (kept for the record; `b`, `d`, `r` and the like do not change the kind).
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub value: Option<f64>,
    pub kind: Kind,
    pub flags: String,
}

pub fn figure(cell: &Cell) -> Figure {
    let flags = cell.status.unwrap_or("").to_string();
    let has = |f: char| flags.contains(f);
    let kind = if has('c') {
        Kind::Confidential
    } else if has('z') {
        Kind::NotApplicable
    } else if cell.value.is_none() || has(':') {
        Kind::NotAvailable
    } else if has('u') {
        Kind::LowReliability
    } else if has('p') {
        Kind::Provisional
    } else if has('e') || has('s') {
        Kind::Estimated
    } else {
        Kind::Measured
    };
    let value = match kind {
        Kind::Confidential | Kind::NotAvailable | Kind::NotApplicable => None,
        _ => cell.value,
    };
    Figure { value, kind, flags }
}

/// The query URL for a table and its filters, in the order given (a dimension may repeat:
/// `geo=NL&geo=EU27_2020`). Codes are checked so that no text becomes part of the URL.
pub fn data_url(table: &str, filters: &[(&str, &str)]) -> Result<String, String> {
    let code = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    };
    if !code(table) {
        return Err(format!("not a table code: {table:?}"));
    }
    let mut url = format!("{API}/{table}?format=JSON&lang=EN");
    for (dimension, value) in filters {
        if !code(dimension) || !code(value) {
            return Err(format!("not a filter: {dimension:?}={value:?}"));
        }
        url.push_str(&format!("&{dimension}={value}"));
    }
    Ok(url)
}

/// A figure of the dataset, or the reason it cannot be read (a dimension or code the table no
/// longer has: the format changed, and the refresh must stop rather than guess).
pub fn read(dataset: &Dataset, at: &[(&str, &str)]) -> Result<Figure, String> {
    for (dimension, code) in at {
        let Some(d) = dataset.dimension(dimension) else {
            return Err(format!("the table has no dimension `{dimension}`"));
        };
        if d.position(code).is_none() {
            return Err(format!("dimension `{dimension}` has no code `{code}`"));
        }
    }
    dataset
        .cell(at)
        .map(|cell| figure(&cell))
        .ok_or_else(|| "a dimension with several codes was not given".to_string())
}

/// The dataset as a table for recipes: one row per cell with a value or a flag, a text column
/// per dimension with its codes, `<dimension>_iso3` beside `geo` and `citizen` (the code itself
/// where it is no country, so a recipe names aggregates it skips), `year` beside `time`, and
/// `value` and `flags` as [`figure`] reads them (no value where the flag withholds it).
pub fn table(dataset: &Dataset, name: &str) -> Table {
    let mut columns: Vec<(String, Column)> = Vec::new();
    let cells: Vec<usize> = (0..dataset.values.len())
        .filter(|&i| dataset.values[i].is_some() || dataset.status[i].is_some())
        .collect();
    // The category index of each dimension for a cell position (row-major).
    let index = |mut position: usize, d: usize| {
        for later in dataset.dimensions[d + 1..].iter().rev() {
            position /= later.categories.len();
        }
        position % dataset.dimensions[d].categories.len()
    };
    for (d, dimension) in dataset.dimensions.iter().enumerate() {
        let codes: Vec<Option<String>> = cells
            .iter()
            .map(|&i| Some(dimension.categories[index(i, d)].0.clone()))
            .collect();
        if dimension.id == "geo" || dimension.id == "citizen" {
            let iso3 = codes
                .iter()
                .map(|c| c.as_deref().map(|c| country_iso3(c).unwrap_or(c).to_string()))
                .collect();
            columns.push((format!("{}_iso3", dimension.id), Column::Text(iso3)));
        }
        if dimension.id == "time" {
            let years = codes
                .iter()
                .map(|c| c.as_deref().and_then(|c| c.parse::<f64>().ok()))
                .collect();
            columns.push(("year".to_string(), Column::Number(years)));
        }
        columns.push((dimension.id.clone(), Column::Text(codes)));
    }
    let figures: Vec<Figure> = cells
        .iter()
        .map(|&i| {
            figure(&Cell {
                value: dataset.values[i],
                status: dataset.status[i].as_deref(),
            })
        })
        .collect();
    columns.push((
        "value".to_string(),
        Column::Number(figures.iter().map(|f| f.value).collect()),
    ));
    columns.push((
        "flags".to_string(),
        Column::Text(figures.into_iter().map(|f| Some(f.flags)).collect()),
    ));
    Table {
        name: name.to_string(),
        columns,
    }
}
