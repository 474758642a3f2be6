//! What the app shows: the agenda, the source registry, countries with their facts and figures,
//! the instrument catalogue and the map: the types, which the floors above read, check and show.

pub mod agenda;
pub mod dataset;
pub mod identity;
pub mod iso3166_table;
pub mod map;
pub mod sources;
