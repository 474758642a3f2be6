//! The catalogue of user-facing UI text, split by area (one file each). A `Key` is the pair of
//! its Dutch and English text, made by `catalogue!`, which takes exactly two string literals per
//! key: a key cannot exist without both languages. Texts that take values are typed messages
//! in `text::messages`.

use crate::lang::Lang;

mod accessibility;
mod common;
mod consultation;
mod data;
#[cfg(feature = "intern")]
mod intern;
mod memo;
mod method;
mod plan;
mod selection;
mod sheets;
mod sources;

/// One UI text in both languages. Used as `Key::SelectionTitle`: each area file adds its keys
/// as associated constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Key {
    name: &'static str,
    nl: &'static str,
    en: &'static str,
}

impl Key {
    #[doc(hidden)]
    pub const fn new(name: &'static str, nl: &'static str, en: &'static str) -> Key {
        Key { name, nl, en }
    }

    /// The key's name, as written in the code (for tests and diagnostics).
    pub fn name(self) -> &'static str {
        self.name
    }
}

pub fn t(lang: Lang, key: Key) -> &'static str {
    match lang {
        Lang::Nl => key.nl,
        Lang::En => key.en,
    }
}

/// Every key of every area, for the tests that check the catalogue as a whole.
pub fn all_keys() -> Vec<Key> {
    [
        common::COMMON,
        sources::SOURCES,
        data::DATA,
        selection::SELECTION,
        method::METHOD,
        accessibility::ACCESSIBILITY,
        plan::PLAN,
        consultation::CONSULTATION,
        memo::MEMO,
        sheets::SHEETS,
        #[cfg(feature = "intern")]
        intern::INTERN,
    ]
    .concat()
}

/// Declares an area's keys: `Name => ("Nederlands", "English"),`. Also makes the area's list
/// of keys, named by the first line (`AREA;`).
#[macro_export]
#[doc(hidden)]
macro_rules! catalogue {
    ($area:ident; $($name:ident => ($nl:literal, $en:literal $(,)?)),* $(,)?) => {
        #[allow(non_upper_case_globals)]
        impl $crate::text::i18n::Key {
            $(pub const $name: $crate::text::i18n::Key = $crate::text::i18n::Key::new(stringify!($name), $nl, $en);)*
        }
        pub(super) const $area: &[$crate::text::i18n::Key] = &[$($crate::text::i18n::Key::$name),*];
    };
}
