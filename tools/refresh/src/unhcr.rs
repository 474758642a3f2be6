//! UNHCR's Refugee Statistics API (`https://api.unhcr.org/population/v1/population/`): a page of
//! `items`, one per country of asylum (and origin, when asked), with a count per population
//! group. Counts come as numbers, or as text where they are zero ("0") or not applicable ("-"):
//! both are read, and "-" is no figure. Country codes are read from `coa_iso`/`coo_iso` only;
//! the short `coa`/`coo` codes are UNHCR's own and are not ISO 3166.

use serde_json::Value;

use crate::table::{Column, Table};

pub const API: &str = "https://api.unhcr.org/population/v1/population/";

/// The population groups read, as the API names them and as the table names them (the same
/// names the `gdidata` copy uses, so one recipe shape serves both).
const GROUPS: [(&str, &str); 2] = [("refugees", "refugee"), ("asylum_seekers", "asylum")];

/// The query for every country of asylum in one year, totals over origins, on one page.
pub fn data_url(year: u16) -> String {
    format!("{API}?limit=1000&yearFrom={year}&yearTo={year}&coa_all=true&cf_type=ISO")
}

fn count(value: Option<&Value>, item: usize, field: &str) -> Result<Option<f64>, String> {
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => Ok(n.as_f64()),
        Some(Value::String(s)) if s.trim() == "-" || s.trim().is_empty() => Ok(None),
        Some(Value::String(s)) => s
            .trim()
            .parse::<f64>()
            .map(Some)
            .map_err(|_| format!("item {item}: `{field}` {s:?} is not a count")),
        Some(other) => Err(format!("item {item}: `{field}` {other} is not a count")),
    }
}

/// The response as a long table: `geo` (country of asylum), `from` (origin, "-" for all),
/// `t` (year), `group` and `n`.
pub fn read(text: &str) -> Result<Table, String> {
    let root: Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
    let page = root.get("page").and_then(Value::as_u64).unwrap_or(1);
    let pages = root
        .get("maxPages")
        .and_then(Value::as_u64)
        .ok_or("no `maxPages`: not a page of the population API")?;
    if pages > 1 {
        return Err(format!(
            "the response is page {page} of {pages}: ask for all records on one page (limit)"
        ));
    }
    let items = root
        .get("items")
        .and_then(Value::as_array)
        .ok_or("no `items` array")?;
    let (mut geo, mut from, mut year, mut group, mut n) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for (i, item) in items.iter().enumerate() {
        let text = |k: &str| -> Result<Option<String>, String> {
            match item.get(k) {
                Some(Value::String(s)) => Ok(Some(s.clone())),
                Some(Value::Null) | None => Ok(None),
                Some(other) => Err(format!("item {i}: `{k}` {other} is not text")),
            }
        };
        let coa = text("coa_iso")?.ok_or_else(|| format!("item {i} has no `coa_iso`"))?;
        let coo = text("coo_iso")?;
        let t = item
            .get("year")
            .and_then(Value::as_f64)
            .ok_or_else(|| format!("item {i} has no numeric `year`"))?;
        for (field, name) in GROUPS {
            if item.get(field).is_none() {
                return Err(format!("item {i} has no `{field}`: the format changed"));
            }
            geo.push(Some(coa.clone()));
            from.push(coo.clone());
            year.push(Some(t));
            group.push(Some(name.to_string()));
            n.push(count(item.get(field), i, field)?);
        }
    }
    Ok(Table {
        name: "unhcr".to_string(),
        columns: vec![
            ("geo".into(), Column::Text(geo)),
            ("from".into(), Column::Text(from)),
            ("t".into(), Column::Number(year)),
            ("group".into(), Column::Text(group)),
            ("n".into(), Column::Number(n)),
        ],
    })
}
