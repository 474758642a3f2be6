//! The dataset as a spreadsheet: the template (the bundled data) reads back as the same
//! dataset from `.xlsx` and from CSV; every refusal names its sheet and cell; a file with errors
//! changes nothing.

use beleidsagenda_model::load::dataset_sheets::{dataset_workbook, parse_dataset_sheets, SheetFormat};
use beleidsagenda_model::sheet::csv::{write_csv, Dialect};
use beleidsagenda_model::sheet::xlsx_write::write_xlsx;
use beleidsagenda_model::sheet::{Cell, Workbook};
use beleidsagenda_model::{Bundle, Dataset, Lang};

fn bundled() -> Dataset {
    Bundle::bundled(2026).unwrap().dataset
}

fn read(name: &str, bytes: &[u8]) -> Result<(Dataset, SheetFormat), Vec<String>> {
    let data = bundled();
    parse_dataset_sheets(name, bytes, 2026, &data, &data.instruments)
        .map_err(|errors| errors.iter().map(|e| e.located_in(Lang::Nl)).collect())
}

fn template() -> Workbook {
    dataset_workbook(
        &bundled(),
        "Sjabloon",
        beleidsagenda_model::sheet::common::Made {
            today: "2026-12-07",
            data: None,
            confidential: false,
        },
        Lang::Nl,
    )
}

fn column(book: &Workbook, sheet: &str, code: &str) -> (usize, usize) {
    let index = book.sheets.iter().position(|s| s.name == sheet).unwrap();
    let column = book.sheets[index]
        .columns
        .iter()
        .position(|c| c.header == code)
        .unwrap();
    (index, column)
}

#[test]
fn the_template_reads_back_as_the_same_dataset() {
    let book = template();
    let names: Vec<&str> = book.sheets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Over dit bestand",
            "Bronnen",
            "Herkomst",
            "Landen",
            "Inzet",
            "Criteria",
            "Waarden",
            "Instrumenten",
            "Aspecten"
        ]
    );
    let (dataset, format) = read("sjabloon.xlsx", &write_xlsx(&book)).unwrap();
    assert_eq!(format, SheetFormat::Xlsx { formulas: 0 });
    assert_eq!(dataset, bundled());
}

#[test]
fn a_csv_of_one_table_replaces_that_table_in_both_dialects() {
    let book = template();
    let (sheet, value) = column(&book, "Waarden", "value");
    let mut edited = book.sheets[sheet].clone();
    let row = edited
        .rows
        .iter()
        .position(|r| r[0] == Cell::text("MAR") && r[1] == Cell::text("nl_asylum_applicants_2024"))
        .unwrap();
    edited.rows[row][value] = Cell::number(1234.0);
    for dialect in Dialect::ALL {
        let csv = write_csv(&edited, dialect);
        let (dataset, format) = read("waarden.csv", csv.as_bytes()).unwrap();
        let SheetFormat::Csv(detected) = format else {
            panic!("csv")
        };
        assert_eq!(detected.separator, dialect.separator());
        assert_eq!(
            dataset.figure("MAR", "nl_asylum_applicants_2024").unwrap().value,
            1234.0
        );
        assert_eq!(
            dataset.countries,
            bundled().countries,
            "the other tables stay those in use"
        );
    }
}

#[test]
fn refusals_name_the_sheet_and_cell() {
    let book = template();
    let (sheet, value) = column(&book, "Waarden", "value");
    let mut bad = book.clone();
    bad.sheets[sheet].rows[5][value] = Cell::text("twaalf");
    let errors = read("eigen.xlsx", &write_xlsx(&bad)).unwrap_err();
    assert_eq!(
        errors,
        ["Waarden!C7: ‘twaalf’ is geen getal; schrijf het in cijfers"]
    );
    // Figures written with a thousands separator get the hint that fits them.
    bad.sheets[sheet].rows[5][value] = Cell::text("12.480,5");
    let errors = read("eigen.xlsx", &write_xlsx(&bad)).unwrap_err();
    assert_eq!(
        errors,
        ["Waarden!C7: ‘12.480,5’ is geen getal (schrijf het zonder punten voor duizendtallen)"]
    );

    // A validation error (an unknown country) is mapped back from its JSON path to the cell.
    let mut unknown = book.clone();
    unknown.sheets[sheet].rows[2][0] = Cell::text("XXX");
    let errors = read("eigen.xlsx", &write_xlsx(&unknown)).unwrap_err();
    assert!(errors.iter().any(|e| e.starts_with("Waarden!A4: ")), "{errors:?}");

    let (sources, date) = column(&book, "Bronnen", "date");
    let mut dates = book.clone();
    dates.sheets[sources].rows[0][date] = Cell::text("12 maart 2024");
    let errors = read("eigen.xlsx", &write_xlsx(&dates)).unwrap_err();
    assert_eq!(
        errors,
        ["Bronnen!F2: ‘12 maart 2024’ is geen datum: gebruik een datumcel of JJJJ-MM-DD, JJJJ-MM of JJJJ"]
    );

    let mut missing = book.clone();
    missing.sheets.retain(|s| s.name != "Criteria");
    let errors = read("eigen.xlsx", &write_xlsx(&missing)).unwrap_err();
    assert_eq!(
        errors,
        ["het werkblad ‘Criteria’ ontbreekt; begin bij het sjabloon"]
    );

    let errors = read("x.csv", b"land;waarde\nMAR;3\n").unwrap_err();
    assert!(errors[0].contains("geen van de tabellen"), "{errors:?}");
    let errors = read("x.xlsx", b"country,indicator\n").unwrap_err();
    assert!(errors[0].contains("geen Excel-werkmap"), "{errors:?}");
}

#[test]
fn an_empty_english_note_is_named_by_its_cell_in_words_not_the_parser_s() {
    let book = template();
    let (sheet, note_nl) = column(&book, "Waarden", "note_nl");
    let (_, note_en) = column(&book, "Waarden", "note_en");
    let row = book.sheets[sheet]
        .rows
        .iter()
        .position(|r| r[note_nl] != Cell::Empty && r[note_en] != Cell::Empty)
        .expect("a value with a note in both languages");
    let mut bad = book.clone();
    bad.sheets[sheet].rows[row][note_en] = Cell::Empty;
    let errors = read("eigen.xlsx", &write_xlsx(&bad)).unwrap_err();
    let cell = format!(
        "Waarden!{}{}",
        beleidsagenda_model::sheet::column_letters(note_en),
        row + 2
    );
    assert_eq!(
        errors,
        [format!("{cell}: de Engelse tekst ontbreekt (kolom note_en): vul hem in naast de Nederlandse, of laat beide leeg")]
    );
}

#[test]
fn a_workbook_too_large_when_written_out_says_both_sizes_in_megabytes() {
    let text = beleidsagenda_model::check::reason::Reason::WorkbookTooLarge {
        content_bytes: 10_588_408,
        file_bytes: 1_782_000,
    }
    .text(Lang::Nl);
    assert_eq!(
        text,
        "het werkboek (1,7 MB) bevat meer dan de app leest: uitgeschreven is het 10,1 MB, hooguit 5,0 MB wordt geaccepteerd; haal overbodige rijen weg"
    );
    let text = beleidsagenda_model::check::reason::Reason::TooLarge { bytes: 17_870_359 }.text(Lang::En);
    assert_eq!(text, "the file is 17.0 MB; at most 5.0 MB is accepted");
}
