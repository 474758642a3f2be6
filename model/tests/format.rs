use beleidsagenda_model::calendar::is_source_date;
use beleidsagenda_model::text::format::{date, number};
use beleidsagenda_model::Lang;

#[test]
fn numbers_follow_each_language() {
    assert_eq!(number(52532.0, Lang::Nl), "52.532");
    assert_eq!(number(52532.0, Lang::En), "52,532");
    assert_eq!(number(6.8, Lang::Nl), "6,8");
    assert_eq!(number(6.8, Lang::En), "6.8");
    assert_eq!(number(118.0, Lang::Nl), "118");
    assert_eq!(number(1234567.25, Lang::En), "1,234,567.25");
    assert_eq!(number(0.0, Lang::Nl), "0");
    assert_eq!(number(-1500.0, Lang::Nl), "−1.500");
}

#[test]
fn dates_follow_each_language() {
    assert_eq!(date("2025-05-20", Lang::Nl), "20 mei 2025");
    assert_eq!(date("2025-05-20", Lang::En), "20 May 2025");
    assert_eq!(date("2026-03", Lang::Nl), "maart 2026");
    assert_eq!(date("2024", Lang::En), "2024");
    assert_eq!(date("2025-13-01", Lang::En), "2025-13-01");
}

#[test]
fn date_validation() {
    for ok in ["2024", "2025-05", "2025-05-20", "2024-02-29"] {
        assert!(is_source_date(ok), "{ok}");
    }
    for bad in [
        "",
        "25-05-20",
        "2025-5-20",
        "2025-00",
        "2023-02-29",
        "2025-04-31",
        "1989",
        "2025-05-20-1",
        "abcd",
    ] {
        assert!(!is_source_date(bad), "{bad}");
    }
}

#[test]
fn every_i18n_key_has_distinct_non_empty_texts() {
    use beleidsagenda_model::{t, Key};
    // The language switch must name the *other* language in that language.
    assert_eq!(t(Lang::Nl, Key::SwitchToOtherLanguage), "English");
    assert_eq!(t(Lang::En, Key::SwitchToOtherLanguage), "Nederlands");
    assert_eq!(Lang::from_code("en"), Some(Lang::En));
    assert_eq!(Lang::from_code("EN"), None);
    assert_eq!(Lang::Nl.other(), Lang::En);
}

#[test]
fn percentages_and_units() {
    use beleidsagenda_model::text::format::{figure, percent};
    use beleidsagenda_model::IndicatorUnit;
    assert_eq!(percent(0.37, Lang::Nl), "37%");
    assert_eq!(percent(0.032, Lang::Nl), "3,2%");
    assert_eq!(percent(0.032, Lang::En), "3.2%");
    assert_eq!(percent(1.0, Lang::En), "100%");
    assert_eq!(figure(11655.0, IndicatorUnit::Count, Lang::Nl), "11.655");
    assert_eq!(figure(8869.0, IndicatorUnit::Dollars, Lang::En), "8,869 int. $");
    assert_eq!(figure(0.5, IndicatorUnit::Level, Lang::Nl), "0,5");
}

#[test]
fn file_sizes_read_as_windows_shows_them_and_long_values_are_shortened() {
    use beleidsagenda_model::text::format::{file_size, shortened};
    assert_eq!(file_size(512, Lang::Nl), "512 bytes");
    assert_eq!(file_size(1_078_352, Lang::Nl), "1,0 MB");
    assert_eq!(file_size(17_870_359, Lang::En), "17.0 MB");
    assert_eq!(file_size(10_588_408, Lang::Nl), "10,1 MB");
    assert_eq!(file_size(50_331_648, Lang::Nl), "48,0 MB");
    assert_eq!(file_size(2_000, Lang::Nl), "2 kB");
    assert_eq!(shortened("abc", 5, Lang::Nl), "abc");
    let long = "x".repeat(200_000);
    let shown = shortened(&long, 80, Lang::Nl);
    assert_eq!(shown.chars().count(), 80 + "… (200.000 tekens)".chars().count());
    assert!(shown.ends_with("… (200.000 tekens)"));
}
