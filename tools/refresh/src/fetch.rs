//! Fetching the tables: each one downloaded with `curl` (on every maintainer's machine; no TLS
//! stack compiled into the tool), read with its reader before it is kept (a format change stops
//! here), stored under `data/snapshots/` and recorded with its provenance in the manifest. The
//! manifest is written only when every table was fetched and read.

use std::path::Path;
use std::process::Command;

use beleidsagenda_model::data::sources::Provenance;

use crate::rebuild::{tables, DataDir};
use crate::snapshot::{sha256_hex, Manifest, ReaderKind, Snapshot, MANIFEST};

/// One table to fetch, with what the response itself does not say.
pub struct Fetch {
    pub id: &'static str,
    pub reader: ReaderKind,
    pub source: &'static str,
    pub url: fn() -> Result<String, String>,
    /// Where it is kept under `data/snapshots/`.
    pub file: &'static str,
    pub producer: &'static str,
    pub title: &'static str,
    pub dataset_code: Option<&'static str>,
    pub via: Option<&'static str>,
    pub licence: Option<&'static str>,
}

const GDIDATA_COMMIT: &str = "c9e4cc69cebd91d6cfca5f4107e2406e4de2c6ff";
const GDIDATA_VIA: &str =
    "IOM Global Data Institute, R package gdidata 0.3.21 (github.com/iom/gdidata), commit c9e4cc69 of 2025-06-19";
const GDIDATA_LICENCE: &str = "the gdidata package: MIT; the producer's terms are not stated in the package";

fn gdidata(file: &str) -> String {
    format!("https://raw.githubusercontent.com/iom/gdidata/{GDIDATA_COMMIT}/data/{file}")
}

pub const FETCH_LIST: &[Fetch] = &[
    Fetch {
        id: "gdidata-eu_asyapp",
        reader: ReaderKind::Rdata,
        source: "eurostat-asyappctza",
        url: || Ok(gdidata("eu_asyapp.rda")),
        file: "gdidata/eu_asyapp.rda",
        producer: "Eurostat",
        title: "EU Asylum Applications (gdidata: eu_asyapp)",
        dataset_code: Some("migr_asyappctza"),
        via: Some(GDIDATA_VIA),
        licence: Some(GDIDATA_LICENCE),
    },
    Fetch {
        id: "gdidata-frontex",
        reader: ReaderKind::Rdata,
        source: "frontex-detections",
        url: || Ok(gdidata("frontex.rda")),
        file: "gdidata/frontex.rda",
        producer: "European Border and Coast Guard Agency (Frontex)",
        title: "Monthly Detections of Illegal Border Crossings (gdidata: frontex)",
        dataset_code: None,
        via: Some(GDIDATA_VIA),
        licence: Some(GDIDATA_LICENCE),
    },
    Fetch {
        id: "gdidata-wdi",
        reader: ReaderKind::Rdata,
        source: "wdi-wpp",
        url: || Ok(gdidata("wdi.rda")),
        file: "gdidata/wdi.rda",
        producer: "World Bank (World Development Indicators); UN DESA Population Division (World Population Prospects 2024)",
        title: "Various Country-Level Indicators (gdidata: wdi)",
        dataset_code: Some("NY.GDP.PCAP.PP.KD; WPP 2024 population"),
        via: Some(GDIDATA_VIA),
        licence: Some(GDIDATA_LICENCE),
    },
    Fetch {
        id: "gdidata-unhcr",
        reader: ReaderKind::Rdata,
        source: "unhcr-refugees",
        url: || Ok(gdidata("unhcr.rda")),
        file: "gdidata/unhcr.rda",
        producer: "UNHCR (Refugee Data Finder)",
        title: "Forcibly Displaced Population (gdidata: unhcr)",
        dataset_code: None,
        via: Some(GDIDATA_VIA),
        licence: Some(GDIDATA_LICENCE),
    },
    Fetch {
        id: "eurostat-migr_asyappctza",
        reader: ReaderKind::EurostatJsonStat,
        source: "eurostat-asyappctza",
        url: || {
            crate::eurostat::data_url(
                "migr_asyappctza",
                &[
                    ("geo", "NL"),
                    ("geo", "EU27_2020"),
                    ("applicant", "ASY_APP"),
                    ("sex", "T"),
                    ("age", "TOTAL"),
                    ("unit", "PER"),
                    ("time", "2024"),
                ],
            )
        },
        file: "eurostat/migr_asyappctza.json",
        producer: "Eurostat",
        title: "Asylum applicants by type, citizenship, age and sex - annual aggregated data",
        dataset_code: Some("migr_asyappctza"),
        via: None,
        licence: Some("Eurostat copyright notice: reuse allowed with acknowledgement of the source"),
    },
    Fetch {
        id: "worldbank-NY.GDP.PCAP.PP.KD",
        reader: ReaderKind::WorldBank,
        source: "wdi-wpp",
        url: || crate::worldbank::data_url("NY.GDP.PCAP.PP.KD", 2015, 2024),
        file: "worldbank/NY.GDP.PCAP.PP.KD.json",
        producer: "World Bank (World Development Indicators)",
        title: "GDP per capita, PPP (constant 2021 international $)",
        dataset_code: Some("NY.GDP.PCAP.PP.KD"),
        via: None,
        licence: Some("CC BY 4.0 (World Bank open data terms)"),
    },
    Fetch {
        id: "unhcr-population-2023",
        reader: ReaderKind::Unhcr,
        source: "unhcr-refugees",
        url: || Ok(crate::unhcr::data_url(2023)),
        file: "unhcr/population-2023.json",
        producer: "UNHCR (Refugee Data Finder)",
        title: "Refugee Population Statistics: population figures by country of asylum, 2023",
        dataset_code: None,
        via: None,
        licence: Some("CC BY 4.0 (UNHCR Refugee Data Finder terms)"),
    },
];

/// Today's date (UTC) as `YYYY-MM-DD`.
pub fn today() -> String {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() / 86_400)
        .unwrap_or(0) as i64;
    let (y, m, d) = beleidsagenda_model::calendar::civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

fn download(url: &str) -> Result<Vec<u8>, String> {
    let out = Command::new("curl")
        .args([
            "--silent",
            "--show-error",
            "--fail",
            "--location",
            "--max-time",
            "300",
            url,
        ])
        .output()
        .map_err(|e| format!("cannot run curl: {e}"))?;
    if !out.status.success() {
        return Err(format!("{url}: {}", String::from_utf8_lossy(&out.stderr).trim()));
    }
    Ok(out.stdout)
}

/// The producer's own last-update stamp, where the response carries one.
fn producer_updated(reader: ReaderKind, bytes: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(bytes).ok()?;
    match reader {
        ReaderKind::EurostatJsonStat => crate::jsonstat::parse(text).ok()?.updated,
        ReaderKind::WorldBank => crate::worldbank::read(text).ok()?.last_updated,
        ReaderKind::Rdata | ReaderKind::Unhcr => None,
    }
}

pub fn fetch_all(data: &DataDir) -> Result<(), String> {
    let dir = data.snapshots();
    let mut manifest = Manifest::load(&dir)?;
    let accessed = today();
    let mut fetched = Vec::new();
    for f in FETCH_LIST {
        let url = (f.url)()?;
        eprintln!("fetching {url}");
        let bytes = download(&url)?;
        let known = manifest.get(f.id).ok();
        let snapshot = Snapshot {
            id: f.id.to_string(),
            reader: f.reader,
            source: f.source.to_string(),
            provenance: Provenance {
                producer: f.producer.to_string(),
                title: f.title.to_string(),
                dataset_code: f.dataset_code.map(str::to_string),
                query_url: url.clone(),
                via: f.via.map(str::to_string),
                published: None,
                accessed: accessed.clone(),
                producer_updated: producer_updated(f.reader, &bytes)
                    .or_else(|| known.and_then(|k| k.provenance.producer_updated.clone())),
                licence: f.licence.map(str::to_string),
                sha256: sha256_hex(&bytes),
                snapshot: f.file.to_string(),
            },
        };
        // Read it now, from a scratch copy: a response that does not read is never kept.
        let scratch = std::env::temp_dir().join(format!("refresh-{}", std::process::id()));
        let kept = scratch.join(f.file);
        std::fs::create_dir_all(kept.parent().unwrap_or(Path::new("."))).map_err(|e| e.to_string())?;
        std::fs::write(&kept, &bytes).map_err(|e| e.to_string())?;
        tables(&snapshot, &scratch).map_err(|e| format!("{url}: {e}"))?;
        let _ = std::fs::remove_dir_all(&scratch);
        fetched.push((snapshot, bytes));
    }
    for (snapshot, bytes) in &fetched {
        let path = snapshot.path(&dir);
        std::fs::create_dir_all(path.parent().unwrap_or(Path::new("."))).map_err(|e| e.to_string())?;
        std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        match manifest.snapshots.iter_mut().find(|s| s.id == snapshot.id) {
            Some(s) => *s = snapshot.clone(),
            None => manifest.snapshots.push(snapshot.clone()),
        }
    }
    let text = serde_json::to_string_pretty(&manifest).map_err(|e| e.to_string())? + "\n";
    std::fs::write(dir.join(MANIFEST), text).map_err(|e| e.to_string())?;
    eprintln!(
        "{} tables fetched into {}; now run `cargo run -p refresh -- --from-snapshots`",
        fetched.len(),
        dir.display()
    );
    Ok(())
}
