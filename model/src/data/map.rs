//! The world map: country shapes projected at build time (tools/map-projection) into SVG path
//! data keyed by ISO alpha-3. The app draws them as they are; no geo code runs in the browser.

use std::collections::BTreeMap;

use serde::Deserialize;

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorldMap {
    pub projection: String,
    /// Registry id of the source of the shapes.
    pub source: String,
    pub width: f64,
    pub height: f64,
    pub paths: BTreeMap<String, String>,
}

impl WorldMap {
    pub fn view_box(&self) -> String {
        format!("0 0 {} {}", self.width, self.height)
    }
}
