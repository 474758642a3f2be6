//! The offline rebuild: every refreshed criterion made again from the snapshots alone, and the
//! source records given the snapshots' provenance. Nothing is written unless every recipe read
//! its table; `check` says figure by figure where the committed data differ from the rebuild.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use beleidsagenda_model::data::sources::SourceRegistry;
use beleidsagenda_model::lang::LocalText;
use serde::{Deserialize, Serialize};
use serde_json::Number;

use crate::recipe::{Made, RECIPES};
use crate::snapshot::{Manifest, ReaderKind, Snapshot};
use crate::table::Table;

/// One record of `data/values.json`, with the value's number kept as written (a count stays
/// `24030`, not `24030.0`).
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Record {
    country: String,
    indicator: String,
    value: Option<Number>,
    year: Option<u16>,
    source: String,
    note: Option<LocalText>,
}

impl Record {
    /// The record a recipe makes: its figure, the snapshot's source, no note.
    fn made(country: &str, indicator: &str, figure: &Made, source: &str) -> Record {
        Record {
            country: country.to_string(),
            indicator: indicator.to_string(),
            value: figure.value.and_then(number),
            year: figure.year,
            source: source.to_string(),
            note: None,
        }
    }
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Values {
    values: Vec<Record>,
}

/// The files a rebuild makes, as text, and how many figures it made.
#[derive(Clone, Debug, PartialEq)]
pub struct Rebuilt {
    pub values_json: String,
    pub sources_json: String,
    pub figures: usize,
    /// `indicator country: committed → rebuilt` for every figure that differs.
    pub differences: Vec<String>,
}

pub struct DataDir(pub PathBuf);

impl DataDir {
    fn read(&self, name: &str) -> Result<String, String> {
        let path = self.0.join(name);
        std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
    }

    pub fn snapshots(&self) -> PathBuf {
        self.0.join("snapshots")
    }
}

/// Reads a snapshot into its tables: an R data file holds several; a JSON response is one
/// table, named after the snapshot as recipes name it.
pub fn tables(snapshot: &Snapshot, dir: &Path) -> Result<Vec<Table>, String> {
    let bytes = snapshot.bytes(dir)?;
    let what = |e: String| format!("{}: {e}", snapshot.provenance.snapshot);
    let text = match snapshot.reader {
        ReaderKind::Rdata => return crate::rdata::read_frames(&bytes).map_err(what),
        _ => String::from_utf8(bytes).map_err(|_| what("not UTF-8".into()))?,
    };
    let mut table = match snapshot.reader {
        ReaderKind::EurostatJsonStat => {
            let dataset = crate::jsonstat::parse(&text).map_err(|e| what(e.to_string()))?;
            crate::eurostat::table(&dataset, &snapshot.id)
        }
        ReaderKind::Unhcr => crate::unhcr::read(&text).map_err(what)?,
        ReaderKind::WorldBank => crate::worldbank::read(&text)
            .and_then(crate::worldbank::Response::whole)
            .map_err(what)?,
        ReaderKind::Rdata => unreachable!("read above"),
    };
    table.name = snapshot.id.clone();
    Ok(vec![table])
}

fn number(value: f64) -> Option<Number> {
    if value.fract() == 0.0 && value.abs() < 9.0e15 {
        Some(Number::from(value as i64))
    } else {
        Number::from_f64(value)
    }
}

fn pretty<T: Serialize>(value: &T, indent: &[u8]) -> Result<String, String> {
    let mut out = Vec::new();
    let formatter = serde_json::ser::PrettyFormatter::with_indent(indent);
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, formatter);
    value.serialize(&mut serializer).map_err(|e| e.to_string())?;
    out.push(b'\n');
    String::from_utf8(out).map_err(|e| e.to_string())
}

/// Rebuilds the refreshed criteria and the source provenance from `data/snapshots/`.
pub fn rebuild(data: &DataDir) -> Result<Rebuilt, String> {
    let snapshots = data.snapshots();
    let manifest = Manifest::load(&snapshots)?;
    let countries: Vec<String> = {
        let v: serde_json::Value =
            serde_json::from_str(&data.read("countries.json")?).map_err(|e| e.to_string())?;
        v["countries"]
            .as_array()
            .ok_or("countries.json has no `countries`")?
            .iter()
            .map(|c| c["iso3"].as_str().map(str::to_string))
            .collect::<Option<_>>()
            .ok_or("a country without `iso3`")?
    };
    let mut values: Values =
        serde_json::from_str(&data.read("values.json")?).map_err(|e| format!("values.json: {e}"))?;
    let mut sources: SourceRegistry =
        serde_json::from_str(&data.read("sources.json")?).map_err(|e| format!("sources.json: {e}"))?;

    let mut read: BTreeMap<&str, Vec<Table>> = BTreeMap::new();
    let mut made: BTreeMap<(String, String), (Made, &str)> = BTreeMap::new();
    let mut done = std::collections::BTreeSet::new();
    for recipe in RECIPES {
        // The first recipe of a criterion whose snapshot is kept makes it.
        if done.contains(recipe.indicator) || manifest.get(recipe.snapshot).is_err() {
            continue;
        }
        done.insert(recipe.indicator);
        let snapshot = manifest.get(recipe.snapshot)?;
        if !read.contains_key(recipe.snapshot) {
            read.insert(recipe.snapshot, tables(snapshot, &snapshots)?);
        }
        let table = read[recipe.snapshot]
            .iter()
            .find(|t| t.name == recipe.table)
            .ok_or_else(|| format!("{}: no table `{}`", recipe.snapshot, recipe.table))?;
        for (country, figure) in recipe.apply(table, &countries)? {
            made.insert(
                (recipe.indicator.to_string(), country),
                (figure, snapshot.source.as_str()),
            );
        }
    }

    if let Some(missing) = RECIPES.iter().find(|r| !done.contains(r.indicator)) {
        return Err(format!(
            "no snapshot for {}: the manifest has none of its recipes' snapshots",
            missing.indicator
        ));
    }

    let mut differences = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for record in &mut values.values {
        let key = (record.indicator.clone(), record.country.clone());
        let Some((figure, source)) = made.get(&key) else {
            continue;
        };
        seen.insert(key);
        let rebuilt = Record::made(&record.country, &record.indicator, figure, source);
        if *record != rebuilt {
            differences.push(format!(
                "{} {}: {} ({:?}) → {} ({:?})",
                record.indicator,
                record.country,
                record.value.as_ref().map_or("null".into(), Number::to_string),
                record.year,
                rebuilt.value.as_ref().map_or("null".into(), Number::to_string),
                rebuilt.year
            ));
            *record = rebuilt;
        }
    }
    for ((indicator, country), (figure, source)) in &made {
        if !seen.contains(&(indicator.clone(), country.clone())) {
            differences.push(format!("{indicator} {country}: no record → rebuilt"));
            values
                .values
                .push(Record::made(country, indicator, figure, source));
        }
    }

    for source in &mut sources.sources {
        let provenance: Vec<_> = manifest
            .snapshots
            .iter()
            .filter(|s| s.source == source.id)
            .map(|s| s.provenance.clone())
            .collect();
        if source.provenance != provenance {
            differences.push(format!("source {}: provenance differs", source.id));
            source.provenance = provenance;
        }
    }
    for s in &manifest.snapshots {
        if sources.get(&s.source).is_none() {
            return Err(format!("snapshot `{}` names unknown source `{}`", s.id, s.source));
        }
    }

    let values_json = pretty(&values, b" ")?;
    let sources_json = pretty(&sources, b"  ")?;
    for (name, text) in [("values.json", &values_json), ("sources.json", &sources_json)] {
        if differences.is_empty() && data.read(name)? != *text {
            differences.push(format!("{name}: not as the refresh writes it (layout)"));
        }
    }
    Ok(Rebuilt {
        values_json,
        sources_json,
        figures: made.len(),
        differences,
    })
}

/// Writes the rebuild, each file whole (written beside and renamed), or nothing on error.
pub fn write(data: &DataDir, rebuilt: &Rebuilt) -> Result<(), String> {
    let files = [
        ("values.json", &rebuilt.values_json),
        ("sources.json", &rebuilt.sources_json),
    ];
    for (name, text) in files {
        let tmp = data.0.join(format!(".{name}.refresh"));
        std::fs::write(&tmp, text).map_err(|e| format!("{}: {e}", tmp.display()))?;
    }
    for (name, _) in files {
        let tmp = data.0.join(format!(".{name}.refresh"));
        std::fs::rename(&tmp, data.0.join(name)).map_err(|e| format!("{name}: {e}"))?;
    }
    Ok(())
}
