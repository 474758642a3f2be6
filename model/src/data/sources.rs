use serde::{Deserialize, Serialize};

use crate::text::lang::LocalText;

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
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRegistry {
    pub sources: Vec<Source>,
}

impl SourceRegistry {
    pub fn get(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
}
