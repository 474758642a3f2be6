use serde::{Deserialize, Serialize};

use crate::lang::LocalText;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    Document,
    News,
    Budget,
    Legal,
    Statistics,
    /// A public dataset or a secondary reproduction of one.
    Dataset,
    /// A press report of figures whose primary document is not public.
    Press,
    Notes,
}

/// One entry of the source registry: everything the app states points at one of these.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    /// How a citation names the source next to a statement.
    pub short: LocalText,
    pub publisher: String,
    /// ISO date `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` where the source gives no day.
    pub date: String,
    pub url: Option<String>,
    pub kind: SourceKind,
    pub covers: LocalText,
    /// Sources the description compares this one's figures with (each in the registry), so a
    /// number quoted there has its own record.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub compared_with: Vec<String>,
    /// Where each file the figures were read from came from, written by `tools/refresh`;
    /// empty for a source gathered by hand.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub provenance: Vec<Provenance>,
}

/// The record of one file a refresh read, after the fields the Our World in Data ETL keeps:
/// enough for a reviewer to fetch it again, or to recompute every figure from the snapshot kept
/// under `data/snapshots/` without the network. `None` is "not stated by the producer or the
/// copy", never a guess.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    /// Who compiled the figures.
    pub producer: String,
    /// The table's title as the file's own documentation gives it.
    pub title: String,
    /// The producer's code for the table (`migr_asyappctza`, `NY.GDP.PCAP.PP.KD`).
    pub dataset_code: Option<String>,
    /// The exact address the file was fetched from.
    pub query_url: String,
    /// The copy that was read, where it is not the producer's own service.
    pub via: Option<String>,
    /// When the producer published the table, where stated.
    pub published: Option<String>,
    /// The day the file was fetched (ISO date).
    pub accessed: String,
    /// The producer's own last-update stamp, as written.
    pub producer_updated: Option<String>,
    pub licence: Option<String>,
    /// SHA-256 of the file as fetched, in hex.
    pub sha256: String,
    /// The snapshot's path under `data/snapshots/`.
    pub snapshot: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRegistry {
    pub sources: Vec<Source>,
}

impl Source {
    /// The day the newest of its files was fetched by a refresh; `None` for a source gathered
    /// by hand.
    pub fn last_refreshed(&self) -> Option<&str> {
        self.provenance.iter().map(|p| p.accessed.as_str()).max()
    }
}

impl SourceRegistry {
    pub fn get(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
}
