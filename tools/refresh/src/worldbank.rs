//! The World Bank Indicators API v2 (`https://api.worldbank.org/v2/…?format=json`): a JSON
//! array of the page's metadata (with the producer's `lastupdated`) and the page's records, or
//! a one-element array with a `message` when the request is refused.

use serde_json::Value;

use crate::table::{Column, Table};

pub const API: &str = "https://api.worldbank.org/v2";

/// One response read: its table and the producer's last-update stamp.
#[derive(Clone, Debug, PartialEq)]
pub struct Response {
    pub table: Table,
    pub last_updated: Option<String>,
    /// The page this is, of how many.
    pub page: u64,
    pub pages: u64,
}

impl Response {
    /// The table, if the response holds every record: one page of several is refused, so a
    /// refresh never takes the first 50 countries for the whole list.
    pub fn whole(self) -> Result<Table, String> {
        if self.pages > 1 {
            return Err(format!(
                "the response is page {} of {}: ask for all records on one page (per_page)",
                self.page, self.pages
            ));
        }
        Ok(self.table)
    }
}

/// The query URL for an indicator over all countries and a span of years, asking for every
/// record on one page (the reader refuses a response that is one page of several).
pub fn data_url(indicator: &str, from: u16, to: u16) -> Result<String, String> {
    if indicator.is_empty()
        || !indicator
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'_')
    {
        return Err(format!("not an indicator code: {indicator:?}"));
    }
    Ok(format!(
        "{API}/country/all/indicator/{indicator}?format=json&date={from}:{to}&per_page=20000"
    ))
}

pub fn read(text: &str) -> Result<Response, String> {
    let root: Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
    let parts = root.as_array().ok_or("not the API's [metadata, records] array")?;
    let meta = parts
        .first()
        .and_then(Value::as_object)
        .ok_or("no metadata object")?;
    if let Some(message) = meta.get("message") {
        let text = message
            .as_array()
            .into_iter()
            .flatten()
            .map(|m| {
                let key = m.get("key").and_then(Value::as_str).unwrap_or("");
                let value = m.get("value").and_then(Value::as_str).unwrap_or("");
                format!("{key}: {value}").trim().to_string()
            })
            .collect::<Vec<_>>()
            .join("; ");
        return Err(format!("the API refused the request ({text})"));
    }
    let number = |k: &str| {
        meta.get(k)
            .and_then(|v| v.as_u64().or_else(|| v.as_str().and_then(|s| s.parse().ok())))
    };
    let page = number("page").ok_or("the metadata has no `page`")?;
    let pages = number("pages").ok_or("the metadata has no `pages`")?;
    let records = match parts.get(1) {
        Some(Value::Array(r)) => r.as_slice(),
        // No records at all comes back as `null`.
        Some(Value::Null) | None => &[],
        Some(_) => return Err("the records are not an array".into()),
    };
    let mut indicator = Vec::new();
    let mut country = Vec::new();
    let mut year = Vec::new();
    let mut value = Vec::new();
    let mut status = Vec::new();
    for (i, r) in records.iter().enumerate() {
        let field = |k: &str| r.get(k).ok_or_else(|| format!("record {i} has no `{k}`"));
        let text = |v: &Value| v.as_str().map(str::to_string);
        indicator.push(text(field("indicator")?.get("id").unwrap_or(&Value::Null)));
        // Aggregates carry their own three-letter code; a record without one has "".
        country.push(text(field("countryiso3code")?).filter(|c| !c.is_empty()));
        let date = text(field("date")?).ok_or_else(|| format!("record {i}: `date` is not text"))?;
        year.push(Some(
            date.parse::<f64>()
                .map_err(|_| format!("record {i}: `date` {date:?} is not a year"))?,
        ));
        value.push(match field("value")? {
            Value::Null => None,
            Value::Number(n) => n.as_f64(),
            other => return Err(format!("record {i}: `value` {other} is not a number")),
        });
        status.push(r.get("obs_status").and_then(Value::as_str).map(str::to_string));
    }
    Ok(Response {
        table: Table {
            name: "worldbank".to_string(),
            columns: vec![
                ("indicator".into(), Column::Text(indicator)),
                ("country".into(), Column::Text(country)),
                ("year".into(), Column::Number(year)),
                ("value".into(), Column::Number(value)),
                ("obs_status".into(), Column::Text(status)),
            ],
        },
        last_updated: meta
            .get("lastupdated")
            .and_then(Value::as_str)
            .map(str::to_string),
        page,
        pages,
    })
}
