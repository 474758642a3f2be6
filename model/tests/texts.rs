//! The UI catalogue as a whole: every key has both languages, names are unique, no text still
//! carries an untyped placeholder, and counted messages use one and other forms.

use std::collections::BTreeSet;

use beleidsagenda_model::text::i18n::all_keys;
use beleidsagenda_model::{t, tr, Key, Lang, Msg};

#[test]
fn every_key_has_both_languages_and_a_unique_name() {
    let keys = all_keys();
    assert!(keys.len() > 200, "{}", keys.len());
    let mut names = BTreeSet::new();
    for key in &keys {
        assert!(names.insert(key.name()), "{} is declared twice", key.name());
        for lang in Lang::ALL {
            let text = t(lang, *key);
            assert!(!text.trim().is_empty(), "{} has no {:?} text", key.name(), lang);
            assert!(
                !text.contains("{}"),
                "{} still has an untyped placeholder",
                key.name()
            );
        }
    }
    assert_eq!(Key::SelectionTitle.name(), "SelectionTitle");
}

#[test]
fn counts_have_one_and_other_forms() {
    let nl = |m| tr(Lang::Nl, m);
    let en = |m| tr(Lang::En, m);
    assert_eq!(nl(Msg::Statements { count: 1 }), "1 uitspraak");
    assert_eq!(nl(Msg::Statements { count: 3 }), "3 uitspraken");
    assert_eq!(en(Msg::Statements { count: 1 }), "1 statement");
    assert_eq!(en(Msg::Statements { count: 0 }), "0 statements");
    assert_eq!(
        nl(Msg::TierDifferences { count: 1 }),
        "1 land met een ander inzetniveau"
    );
    assert_eq!(
        en(Msg::TierDifferences { count: 1 }),
        "1 country with a different tier"
    );
    assert_eq!(
        en(Msg::TierDifferences { count: 2 }),
        "2 countries with a different tier"
    );
    assert_eq!(nl(Msg::ErrorsFound { count: 1 }), "1 fout gevonden:");
    assert_eq!(en(Msg::ErrorsFound { count: 4 }), "4 errors found:");
    assert_eq!(en(Msg::Criteria { count: 1 }), "1 criterion");
    assert_eq!(
        nl(Msg::Showing { shown: 58, total: 58 }),
        "58 van 58 landen getoond"
    );
    assert_eq!(
        en(Msg::SensitivityDone { draws: 1 }),
        "Done: 1 draw. The rank range and tier kept columns are updated."
    );
}

#[test]
fn messages_fill_in_their_named_values() {
    assert_eq!(
        tr(
            Lang::En,
            Msg::TippingPoint {
                criterion: "Return rate",
                delta: "−0.3",
                tier: "Monitor"
            }
        ),
        "Smallest change of one weight that changes the tier: Return rate −0.3 point → Monitor."
    );
    assert_eq!(
        tr(Lang::Nl, Msg::Line { line: 3, column: 14 }),
        "regel 3, kolom 14"
    );
    assert_eq!(tr(Lang::Nl, Msg::BelowBoundShort { bound: "6.615" }), "< 6.615");
}
