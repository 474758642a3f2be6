//! Malformed data is reported with the file, the JSON path and the reason.

use beleidsagenda_model::{Bundle, DataError, Lang, BUNDLED_FILES};
use proptest::prelude::*;

fn sources() -> &'static str {
    BUNDLED_FILES[0].1
}
fn agenda() -> &'static str {
    BUNDLED_FILES[1].1
}

const YEAR: u16 = 2026;

/// The bundled files with one replaced.
fn with(path: &str, text: &str) -> Result<Bundle, Vec<DataError>> {
    let files: Vec<(&str, &str)> = BUNDLED_FILES
        .iter()
        .map(|(p, t)| if *p == path { (*p, text) } else { (*p, *t) })
        .collect();
    Bundle::from_files(&files, YEAR)
}

fn with_agenda(text: &str) -> Result<Bundle, Vec<DataError>> {
    with("data/agenda.json", text)
}

fn with_sources(text: &str) -> Result<Bundle, Vec<DataError>> {
    with("data/sources.json", text)
}

fn messages(result: Result<Bundle, Vec<DataError>>) -> Vec<String> {
    result
        .expect_err("expected errors")
        .iter()
        .map(|e| e.to_string())
        .collect()
}

#[test]
fn syntax_error_gives_file_line_and_column() {
    let broken = agenda().replacen("\"sections\":", "\"sections\" ", 1);
    let errors = with_agenda(&broken).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].file, "data/agenda.json");
    assert!(errors[0].position.is_some(), "{:?}", errors[0]);
    assert!(
        errors[0].reason_in(Lang::En).contains("expected `:`"),
        "{:?}",
        errors[0]
    );
}

#[test]
fn wrong_type_gives_the_json_path() {
    let broken = agenda().replacen("\"value\": 52532", "\"value\": \"52532\"", 1);
    let errors = with_agenda(&broken).unwrap_err();
    assert_eq!(
        errors[0].path, "$.sections[7].blocks[1].rows[0].value",
        "{:?}",
        errors[0]
    );
    assert!(
        errors[0].reason_in(Lang::En).contains("invalid type"),
        "{:?}",
        errors[0]
    );
}

#[test]
fn missing_translation_is_an_error() {
    let broken = agenda().replacen(
        ",\n    \"en\": \"Policy agenda of the Interdepartmental Taskforce on International Migration\"",
        "",
        1,
    );
    let errors = with_agenda(&broken).unwrap_err();
    assert_eq!(errors[0].path, "$.title");
    assert!(
        errors[0].reason_in(Lang::En).contains("missing field `en`"),
        "{:?}",
        errors[0]
    );
}

#[test]
fn unknown_source_reference_is_reported() {
    let broken = agenda().replacen(
        "{ \"id\": \"nota-2025-05\", \"locator\": \"§ 1\" }",
        "{ \"id\": \"no-such-source\", \"locator\": \"§ 1\" }",
        1,
    );
    let errors = messages(with_agenda(&broken));
    assert!(
        errors
            .iter()
            .any(|e| e.contains("$.sections[0].blocks[0].sources[0].id")
                && e.contains("unknown source id \"no-such-source\"")),
        "{errors:?}"
    );
}

#[test]
fn duplicate_source_id_is_reported() {
    let broken = sources().replacen("\"id\": \"kst-30573-227\"", "\"id\": \"nota-2025-05\"", 1);
    let errors = messages(with_sources(&broken));
    assert!(
        errors
            .iter()
            .any(|e| e.contains("$.sources[1].id") && e.contains("duplicate source id")),
        "{errors:?}"
    );
}

#[test]
fn markup_in_text_is_rejected() {
    let broken = agenda().replacen("Occasion", "<script>alert(1)</script>", 1);
    let errors = messages(with_agenda(&broken));
    assert!(
        errors
            .iter()
            .any(|e| e.contains("$.sections[0].heading.en") && e.contains("markup")),
        "{errors:?}"
    );
}

#[test]
fn email_and_phone_numbers_are_rejected() {
    let with_email = agenda().replacen("Occasion", "Contact j.jansen@minaenm.nl", 1);
    assert!(messages(with_agenda(&with_email))
        .iter()
        .any(|e| e.contains("e-mail")));
    let with_phone = agenda().replacen("Occasion", "Bel 06-12345678", 1);
    assert!(messages(with_agenda(&with_phone))
        .iter()
        .any(|e| e.contains("phone")));
    let with_intl_phone = agenda().replacen("Occasion", "Call +31 70 123 4567", 1);
    assert!(messages(with_agenda(&with_intl_phone))
        .iter()
        .any(|e| e.contains("phone")));
}

#[test]
fn impossible_dates_are_rejected() {
    let broken = agenda().replacen("\"date\": \"2025-05-20\"", "\"date\": \"2025-02-30\"", 1);
    let errors = messages(with_agenda(&broken));
    assert!(
        errors
            .iter()
            .any(|e| e.contains(".date") && e.contains("2025-02-30")),
        "{errors:?}"
    );
}

#[test]
fn negative_amount_is_rejected() {
    let broken = agenda().replacen("\"value\": 64838", "\"value\": -64838", 1);
    let errors = messages(with_agenda(&broken));
    assert!(errors.iter().any(|e| e.contains("rows[1].value")), "{errors:?}");
}

#[test]
fn unknown_field_is_rejected_with_its_path() {
    let broken = sources().replacen("\"kind\": \"news\"", "\"kind\": \"news\", \"edition\": \"x\"", 1);
    let errors = with_sources(&broken).unwrap_err();
    assert!(
        errors[0].reason_in(Lang::En).contains("unknown field `edition`"),
        "{:?}",
        errors[0]
    );
    assert!(errors[0].path.starts_with("$.sources["), "{:?}", errors[0]);
}

#[test]
fn statement_without_source_is_rejected() {
    let broken = agenda().replacen(
        "\"sources\": [{ \"id\": \"nota-2025-05\", \"locator\": \"§ 1\" }]",
        "\"sources\": []",
        1,
    );
    let errors = messages(with_agenda(&broken));
    assert!(
        errors.iter().any(|e| e.contains("at least one source")),
        "{errors:?}"
    );
}

#[test]
fn errors_in_both_files_are_all_reported() {
    let files: Vec<(&str, &str)> = BUNDLED_FILES
        .iter()
        .map(|(p, t)| match *p {
            "data/sources.json" => (*p, "{"),
            "data/agenda.json" => (*p, "[]"),
            _ => (*p, *t),
        })
        .collect();
    let errors = Bundle::from_files(&files, YEAR).unwrap_err();
    assert_eq!(errors.len(), 2);
    assert_eq!(errors[0].file, "data/sources.json");
    assert_eq!(errors[1].file, "data/agenda.json");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn truncated_data_never_panics(cut in 0usize..10_000) {
        let text = agenda();
        let mut end = cut.min(text.len());
        while !text.is_char_boundary(end) { end -= 1; }
        let result = with_agenda(&text[..end]);
        if end < text.trim_end().len() {
            prop_assert!(result.is_err());
        }
    }

    #[test]
    fn random_text_never_panics(text in ".{0,400}") {
        prop_assert!(with_sources(&text).is_err());
    }

    #[test]
    fn random_bytes_flipped_never_panic(position in 0usize..8_000, byte in 0u8..128) {
        let mut bytes = sources().as_bytes().to_vec();
        let p = position % bytes.len();
        bytes[p] = byte;
        if let Ok(text) = String::from_utf8(bytes) {
            let _ = with_sources(&text);
        }
    }
}

#[test]
fn a_block_reads_by_its_type_which_comes_first() {
    // Another field before the type: refused, with the block's path, in both languages.
    let moved = agenda().replacen(
        "\"type\": \"statement\"",
        "\"id\": \"x\", \"type\": \"statement\"",
        1,
    );
    let errors = with_agenda(&moved).unwrap_err();
    assert_eq!(errors[0].path, "$.sections[0].blocks[0]", "{:?}", errors[0]);
    assert_eq!(
        errors[0].reason_in(Lang::En),
        "a block's first field must be `type`"
    );
    assert_eq!(
        errors[0].reason_in(Lang::Nl),
        "het eerste veld van een blok moet `type` zijn"
    );
    // An unknown type names the known ones.
    let unknown = agenda().replacen("\"type\": \"statement\"", "\"type\": \"remark\"", 1);
    let errors = with_agenda(&unknown).unwrap_err();
    assert!(
        errors[0]
            .reason_in(Lang::En)
            .contains("unknown block type `remark`, expected one of `statement`"),
        "{:?}",
        errors[0]
    );
    assert_eq!(errors[0].path, "$.sections[0].blocks[0].type", "{:?}", errors[0]);
}
