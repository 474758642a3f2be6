pub mod citation;
pub mod data_errors;
pub mod dataset_import;
pub mod figures_table;
pub mod lang_switch;
pub mod layout;
pub mod notice;
pub mod world_map;
