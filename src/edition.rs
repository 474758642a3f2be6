//! What differs between the public and the internal edition, chosen at build time by the cargo
//! feature `intern` (never at run time: nothing a reader could flip).

use beleidsagenda_model::Key;

/// The app's name in the header and on printed pages.
pub fn app_name() -> Key {
    #[cfg(feature = "intern")]
    return Key::AppNameIntern;
    #[cfg(not(feature = "intern"))]
    return Key::AppName;
}

/// Whether the files this edition writes are marked "VERTROUWELIJK" (spreadsheets: every
/// sheet's header and footer, and the document's properties).
pub const CONFIDENTIAL: bool = cfg!(feature = "intern");

/// The marks an edition puts on every view and printed page: the internal edition's
/// "VERTROUWELIJK" in the page margin; none for the public one.
#[cfg(feature = "intern")]
pub use crate::components::classified::use_classified_print as use_edition_marks;
#[cfg(not(feature = "intern"))]
#[yew::hook]
pub fn use_edition_marks() {}
