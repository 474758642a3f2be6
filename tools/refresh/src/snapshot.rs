//! The snapshots under `data/snapshots/`: each raw file a refresh read, with its provenance and
//! SHA-256 in `manifest.json`. A file whose hash is not the recorded one is refused, so a rebuild
//! never silently reads something other than what was fetched.

use std::path::{Path, PathBuf};

use beleidsagenda_model::data::sources::Provenance;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub const MANIFEST: &str = "manifest.json";

/// How a snapshot is read into a table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReaderKind {
    /// R's saved data frames (`.rda`), as the IOM `gdidata` package keeps them.
    Rdata,
    /// A JSON-stat 2.0 dataset from Eurostat's dissemination API.
    EurostatJsonStat,
    /// The World Bank Indicators API v2 (`format=json`).
    WorldBank,
    /// UNHCR's population API.
    Unhcr,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    /// How recipes name it.
    pub id: String,
    pub reader: ReaderKind,
    /// The source record (`data/sources.json`) whose figures come from it.
    pub source: String,
    pub provenance: Provenance,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub snapshots: Vec<Snapshot>,
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

impl Manifest {
    pub fn load(dir: &Path) -> Result<Manifest, String> {
        let path = dir.join(MANIFEST);
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    pub fn get(&self, id: &str) -> Result<&Snapshot, String> {
        self.snapshots
            .iter()
            .find(|s| s.id == id)
            .ok_or_else(|| format!("no snapshot `{id}` in {MANIFEST}"))
    }
}

impl Snapshot {
    pub fn path(&self, dir: &Path) -> PathBuf {
        dir.join(&self.provenance.snapshot)
    }

    /// The snapshot's bytes, once their SHA-256 is the recorded one.
    pub fn bytes(&self, dir: &Path) -> Result<Vec<u8>, String> {
        let path = self.path(dir);
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let found = sha256_hex(&bytes);
        if found != self.provenance.sha256 {
            return Err(format!(
                "{}: SHA-256 is {found}, the manifest records {}; the file is not the one fetched",
                path.display(),
                self.provenance.sha256
            ));
        }
        Ok(bytes)
    }
}
