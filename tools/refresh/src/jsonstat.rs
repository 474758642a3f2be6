//! JSON-stat 2.0 datasets (<https://json-stat.org/format/>), the format of Eurostat's
//! dissemination API: dimensions with their categories in order, values in row-major order
//! over the dimensions (an array, or an object keyed by position where the dataset is sparse),
//! and a status per value (a string for all, an array, or an object keyed by position).

use serde_json::{Map, Value};

/// Why a response is not a JSON-stat 2.0 dataset this reader can trust.
#[derive(Clone, Debug, PartialEq)]
pub enum FormatError {
    NotJson(String),
    NotDataset,
    /// A required member is missing or has the wrong type.
    Member(&'static str),
    /// `id`, `size` and `dimension` do not describe the same dimensions.
    Dimensions(String),
    /// A dimension's categories do not match its size.
    Categories {
        dimension: String,
        size: usize,
        found: usize,
    },
    /// More values, or a value position, than the dimensions allow.
    Values(String),
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FormatError::NotJson(e) => write!(f, "not JSON: {e}"),
            FormatError::NotDataset => write!(f, "not a JSON-stat 2.0 dataset (version and class)"),
            FormatError::Member(m) => write!(f, "member `{m}` missing or of the wrong type"),
            FormatError::Dimensions(m) => write!(f, "dimensions do not agree: {m}"),
            FormatError::Categories {
                dimension,
                size,
                found,
            } => write!(
                f,
                "dimension `{dimension}` has size {size} but {found} categories"
            ),
            FormatError::Values(m) => write!(f, "values: {m}"),
        }
    }
}

/// One dimension: its id, label and its categories (code, label) in index order.
#[derive(Clone, Debug, PartialEq)]
pub struct Dimension {
    pub id: String,
    pub label: Option<String>,
    pub categories: Vec<(String, Option<String>)>,
}

impl Dimension {
    pub fn position(&self, code: &str) -> Option<usize> {
        self.categories.iter().position(|(c, _)| c == code)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    pub label: Option<String>,
    pub source: Option<String>,
    /// The producer's own last-update stamp, as written.
    pub updated: Option<String>,
    pub dimensions: Vec<Dimension>,
    /// Row-major over `dimensions`; `None` where no value is given.
    pub values: Vec<Option<f64>>,
    /// The status (flag) of each value, where one is given.
    pub status: Vec<Option<String>>,
}

/// A value with its flag.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell<'a> {
    pub value: Option<f64>,
    pub status: Option<&'a str>,
}

fn string(value: Option<&Value>) -> Option<String> {
    value.and_then(Value::as_str).map(str::to_string)
}

fn categories(
    id: &str,
    dimension: &Map<String, Value>,
    size: usize,
) -> Result<Vec<(String, Option<String>)>, FormatError> {
    let category = dimension
        .get("category")
        .and_then(Value::as_object)
        .ok_or(FormatError::Member("dimension.category"))?;
    let labels = category.get("label").and_then(Value::as_object);
    let label_of = |code: &str| labels.and_then(|l| string(l.get(code)));
    let codes: Vec<String> = match category.get("index") {
        // An array gives the codes in order; an object gives each code its position.
        Some(Value::Array(codes)) => codes
            .iter()
            .map(|c| c.as_str().map(str::to_string))
            .collect::<Option<_>>()
            .ok_or(FormatError::Member("dimension.category.index"))?,
        Some(Value::Object(index)) => {
            let mut ordered: Vec<(usize, String)> = Vec::with_capacity(index.len());
            for (code, position) in index {
                let position = position
                    .as_u64()
                    .ok_or(FormatError::Member("dimension.category.index"))?;
                ordered.push((position as usize, code.clone()));
            }
            ordered.sort();
            if ordered.iter().enumerate().any(|(i, (p, _))| *p != i) {
                return Err(FormatError::Dimensions(format!(
                    "`{id}`: category positions are not 0..{}",
                    ordered.len()
                )));
            }
            ordered.into_iter().map(|(_, code)| code).collect()
        }
        // Without an index a dimension has one category, named by its label.
        None => match labels {
            Some(l) if l.len() == 1 => l.keys().cloned().collect(),
            _ => return Err(FormatError::Member("dimension.category.index")),
        },
        Some(_) => return Err(FormatError::Member("dimension.category.index")),
    };
    if codes.len() != size {
        return Err(FormatError::Categories {
            dimension: id.to_string(),
            size,
            found: codes.len(),
        });
    }
    Ok(codes
        .into_iter()
        .map(|c| {
            let label = label_of(&c);
            (c, label)
        })
        .collect())
}

/// Values or statuses: an array in order, or an object keyed by position (sparse).
fn positional<T>(
    member: Option<&Value>,
    total: usize,
    name: &'static str,
    read: impl Fn(&Value) -> Result<Option<T>, FormatError>,
) -> Result<Vec<Option<T>>, FormatError>
where
    T: Clone,
{
    let mut out: Vec<Option<T>> = vec![None; total];
    match member {
        None => {}
        Some(Value::Array(items)) => {
            if items.len() > total {
                return Err(FormatError::Values(format!(
                    "{} {name} for {total} positions",
                    items.len()
                )));
            }
            for (i, item) in items.iter().enumerate() {
                out[i] = read(item)?;
            }
        }
        Some(Value::Object(items)) => {
            for (key, item) in items {
                let i: usize = key
                    .parse()
                    .map_err(|_| FormatError::Values(format!("{name} key `{key}` is not a position")))?;
                if i >= total {
                    return Err(FormatError::Values(format!("{name} position {i} beyond {total}")));
                }
                out[i] = read(item)?;
            }
        }
        Some(other) => return Err(read(other).err().unwrap_or(FormatError::Member(name))),
    }
    Ok(out)
}

/// Reads a JSON-stat 2.0 dataset.
pub fn parse(text: &str) -> Result<Dataset, FormatError> {
    let root: Value = serde_json::from_str(text).map_err(|e| FormatError::NotJson(e.to_string()))?;
    let root = root.as_object().ok_or(FormatError::NotDataset)?;
    if root.get("version").and_then(Value::as_str) != Some("2.0")
        || root.get("class").and_then(Value::as_str) != Some("dataset")
    {
        return Err(FormatError::NotDataset);
    }
    let ids: Vec<String> = root
        .get("id")
        .and_then(Value::as_array)
        .and_then(|ids| ids.iter().map(|i| i.as_str().map(str::to_string)).collect())
        .ok_or(FormatError::Member("id"))?;
    let sizes: Vec<usize> = root
        .get("size")
        .and_then(Value::as_array)
        .and_then(|s| s.iter().map(|n| n.as_u64().map(|n| n as usize)).collect())
        .ok_or(FormatError::Member("size"))?;
    if ids.len() != sizes.len() {
        return Err(FormatError::Dimensions(format!(
            "{} ids, {} sizes",
            ids.len(),
            sizes.len()
        )));
    }
    let dimension = root
        .get("dimension")
        .and_then(Value::as_object)
        .ok_or(FormatError::Member("dimension"))?;
    let mut dimensions = Vec::with_capacity(ids.len());
    for (id, size) in ids.iter().zip(&sizes) {
        let d = dimension
            .get(id)
            .and_then(Value::as_object)
            .ok_or_else(|| FormatError::Dimensions(format!("`{id}` is in `id` but not in `dimension`")))?;
        dimensions.push(Dimension {
            id: id.clone(),
            label: string(d.get("label")),
            categories: categories(id, d, *size)?,
        });
    }
    let total = sizes
        .iter()
        .try_fold(1usize, |acc, s| acc.checked_mul(*s))
        .filter(|t| *t <= 50_000_000)
        .ok_or_else(|| FormatError::Values("more cells than this reader accepts".into()))?;
    let values = positional(root.get("value"), total, "value", |v| match v {
        Value::Null => Ok(None),
        Value::Number(n) => Ok(n.as_f64()),
        _ => Err(FormatError::Member("value")),
    })?;
    let status = match root.get("status") {
        // One string is the status of every value.
        Some(Value::String(all)) => vec![Some(all.clone()); total],
        other => positional(other, total, "status", |v| match v {
            Value::Null => Ok(None),
            Value::String(s) => Ok(Some(s.clone())),
            _ => Err(FormatError::Member("status")),
        })?,
    };
    Ok(Dataset {
        label: string(root.get("label")),
        source: string(root.get("source")),
        updated: string(root.get("updated")),
        dimensions,
        values,
        status,
    })
}

impl Dataset {
    pub fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    /// The value and flag at the given category of every dimension (by dimension id and code).
    /// `None` when a code is not in the dataset: not there is not the same as zero.
    pub fn cell(&self, at: &[(&str, &str)]) -> Option<Cell<'_>> {
        let mut position = 0usize;
        for dimension in &self.dimensions {
            // A dimension with one category need not be named (unit, frequency, …).
            let code = match at.iter().find(|(id, _)| *id == dimension.id) {
                Some((_, code)) => *code,
                None if dimension.categories.len() == 1 => dimension.categories[0].0.as_str(),
                None => return None,
            };
            position = position * dimension.categories.len() + dimension.position(code)?;
        }
        Some(Cell {
            value: self.values[position],
            status: self.status[position].as_deref(),
        })
    }
}
