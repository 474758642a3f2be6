pub mod agenda;
pub mod not_found;
pub mod sources;
