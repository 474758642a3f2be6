//! The refresh of the bundled figures (issue 23), built up from its readers: each producer's
//! response format is read into plain figures with their flags, and a change of format stops
//! the reading with a message instead of producing wrong figures. Tested on recorded
//! responses (`tests/fixtures/`, each file's origin in `tests/fixtures/README.md`).

pub mod eurostat;
pub mod fetch;
pub mod jsonstat;
pub mod rdata;
pub mod rebuild;
pub mod recipe;
pub mod snapshot;
pub mod table;
pub mod unhcr;
pub mod worldbank;
