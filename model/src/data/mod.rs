//! What the app shows: the agenda, the source registry, countries with their facts and figures,
//! the instrument catalogue, the map, and the bundle that holds them; plus which dataset is in use.

pub mod agenda;
pub mod bundle;
pub mod compare;
pub mod dataset;
pub mod identity;
pub mod iso3166_table;
pub mod json_path;
pub mod map;
pub mod sources;
pub mod state;
pub mod synthetic;
