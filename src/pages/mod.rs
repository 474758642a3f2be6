pub mod agenda;
pub mod country;
pub mod data;
pub mod instruments;
pub mod method;
pub mod not_found;
pub mod selection;
pub mod sources;
