//! The spreadsheet layer on its own: CSV dialects, the zip container, the XML reader, and an
//! `.xlsx` written and read back; bad files refused with their reason.

use beleidsagenda_model::sheet::csv::{read_csv, write_csv, CsvError, Dialect};
use beleidsagenda_model::sheet::xlsx_read::{read_xlsx, XlsxError};
use beleidsagenda_model::sheet::xlsx_write::write_xlsx;
use beleidsagenda_model::sheet::xml::XmlError;
use beleidsagenda_model::sheet::zip::{write_zip, ZipError, ZipReader};
use beleidsagenda_model::sheet::{date_serial, serial_date, Cell, NumberFormat, Sheet, Value, Workbook};
use proptest::prelude::*;

fn sample() -> Sheet {
    let mut sheet = Sheet::table("Regels", &["land", "bedrag", "fte", "datum", "opmerking"]);
    sheet.rows.push(vec![
        Cell::text("MAR"),
        Cell::euro(1_250_000),
        Cell::fte(150),
        Cell::date("2026-03-01"),
        Cell::text("=HYPERLINK(\"x\")"),
    ]);
    sheet.rows.push(vec![
        Cell::text("Tunesië; \"noord\""),
        Cell::euro(-5),
        Cell::fte(25),
        Cell::date("2026-03"),
        Cell::Empty,
    ]);
    sheet.footer.push(vec![
        Cell::text("Totaal"),
        Cell::Formula {
            formula: "SUM(B2:B3)".into(),
            value: 1_249_995.0,
            format: NumberFormat::Euro,
        },
        Cell::Formula {
            formula: "SUM(C2:C3)".into(),
            value: 1.75,
            format: NumberFormat::Fte,
        },
        Cell::Empty,
        Cell::Empty,
    ]);
    sheet.fit_columns();
    sheet
}

#[test]
fn excel_nl_csv_has_a_mark_semicolons_and_decimal_commas() {
    let text = write_csv(&sample(), Dialect::ExcelNl);
    assert!(text.starts_with('\u{feff}'));
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(lines[0], "land;bedrag;fte;datum;opmerking");
    assert_eq!(
        lines[1],
        "MAR;1250000;1,5;2026-03-01;'=HYPERLINK(\"x\")"
            .replace("\"x\"", "\"\"x\"\"")
            .replace("'=", "\"'=")
            + "\""
    );
    assert_eq!(lines[2], "\"Tunesië; \"\"noord\"\"\";-5;0,25;2026-03;");
    assert_eq!(lines.len(), 4, "no totals row in a CSV: {lines:?}");
    let (detected, sheet) = read_csv("x.csv", text.as_bytes()).unwrap();
    assert_eq!(
        (detected.separator, detected.decimal, detected.byte_order_mark),
        (';', ',', true)
    );
    assert_eq!(sheet.rows[1][2], Value::Number(1.5));
    assert_eq!(sheet.rows[2][0], Value::Text("Tunesië; \"noord\"".into()));
    assert_eq!(sheet.rows[1][4], Value::Text("=HYPERLINK(\"x\")".into()));
}

#[test]
fn data_csv_is_rfc_4180_without_a_mark() {
    let text = write_csv(&sample(), Dialect::Data);
    assert!(!text.starts_with('\u{feff}'));
    assert!(text.starts_with("land,bedrag,fte,datum,opmerking\r\nMAR,1250000,1.5,2026-03-01,"));
    let (detected, sheet) = read_csv("x.csv", text.as_bytes()).unwrap();
    assert_eq!(
        (detected.separator, detected.decimal, detected.byte_order_mark),
        (',', '.', false)
    );
    assert_eq!(sheet.rows[2][2], Value::Number(0.25));
    assert_eq!(sheet.rows[2][1], Value::Number(-5.0));
}

#[test]
fn bad_csv_is_refused_with_the_line() {
    let utf16: Vec<u8> = "a;b\r\n1;2\r\n"
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    assert_eq!(read_csv("x", &utf16).unwrap_err(), CsvError::Utf16);
    let mut marked = vec![0xFF, 0xFE];
    marked.extend(&utf16);
    assert_eq!(read_csv("x", &marked).unwrap_err(), CsvError::Utf16);
    assert_eq!(
        read_csv("x", b"a;b;c\n1;2;3\n4,5,6\n").unwrap_err(),
        CsvError::MixedSeparators {
            line: 3,
            expected: ';',
            found: ','
        }
    );
    assert_eq!(
        read_csv("x", b"a;b;c\n1;2\n").unwrap_err(),
        CsvError::FieldCount {
            line: 2,
            expected: 3,
            found: 2
        }
    );
    assert_eq!(
        read_csv("x", b"a;b\n\"1;2\n").unwrap_err(),
        CsvError::UnclosedQuote { line: 2 }
    );
    assert_eq!(read_csv("x", b"\xEF\xBB\xBF\n").unwrap_err(), CsvError::Empty);
    assert!(matches!(
        read_csv("x", b"a;b\n1;\xFF\n").unwrap_err(),
        CsvError::NotUtf8 { line: 2 }
    ));
}

#[test]
fn a_thousands_separator_is_not_a_number() {
    let (_, sheet) = read_csv("x", b"a;b\n1.234;2,5\n").unwrap();
    assert_eq!(sheet.rows[1][0], Value::Text("1.234".into()));
    assert_eq!(sheet.rows[1][1], Value::Number(2.5));
}

fn book(confidential: bool) -> Workbook {
    let mut notes = Sheet::table("Instellingen", &[]);
    notes.table = false;
    notes.rows.push(vec![Cell::text("Gewicht"), Cell::number(3.0)]);
    let mut hidden = Sheet::table("_plan", &["json"]);
    hidden.hidden = true;
    hidden.rows.push(vec![Cell::text("{\"a\":1}")]);
    Workbook {
        title: "Test".into(),
        confidential,
        sheets: vec![sample(), notes, hidden],
    }
}

#[test]
fn an_xlsx_reads_back_as_written() {
    let bytes = write_xlsx(&book(false));
    let read = read_xlsx(&bytes).unwrap();
    let names: Vec<&str> = read.sheets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Regels", "Instellingen", "_plan"]);
    let regels = &read.sheets[0];
    assert_eq!(regels.rows[0][0], Value::Text("land".into()));
    assert_eq!(regels.rows[1][1], Value::Number(1_250_000.0));
    assert_eq!(regels.rows[1][2], Value::Number(1.5));
    assert_eq!(regels.rows[1][3], Value::Date("2026-03-01".into()));
    assert_eq!(regels.rows[2][3], Value::Text("2026-03".into()));
    assert_eq!(
        regels.rows[1][4],
        Value::Text("=HYPERLINK(\"x\")".into()),
        "text stays text, never a formula"
    );
    assert_eq!(regels.rows[3][1], Value::Number(1_249_995.0));
    assert_eq!(read.formulas, 2);
    assert_eq!(read.sheets[2].rows[1][0], Value::Text("{\"a\":1}".into()));
    // The same workbook gives the same bytes.
    assert_eq!(bytes, write_xlsx(&book(false)));
}

#[test]
fn confidential_workbooks_say_so_and_no_file_names_an_author() {
    let zip_bytes = write_xlsx(&book(true));
    let zip = ZipReader::new(&zip_bytes).unwrap();
    let text = |name: &str| String::from_utf8(zip.read(name, 1 << 20).unwrap()).unwrap();
    assert!(text("docProps/core.xml").contains("VERTROUWELIJK"));
    assert!(!text("docProps/core.xml").contains("creator"));
    for index in 1..=3 {
        let sheet = text(&format!("xl/worksheets/sheet{index}.xml"));
        assert!(
            sheet.contains("<oddHeader>&amp;C&amp;\"-,Bold\"VERTROUWELIJK</oddHeader>"),
            "{sheet}"
        );
        assert!(sheet.contains("<oddFooter>&amp;LVERTROUWELIJK"));
    }
    let public = write_xlsx(&book(false));
    let zip = ZipReader::new(&public).unwrap();
    for entry in &zip.entries {
        let content = zip.read(&entry.name, 1 << 20).unwrap();
        assert!(
            !String::from_utf8_lossy(&content).contains("VERTROUWELIJK"),
            "{}",
            entry.name
        );
    }
}

fn zip_of(entries: &[(&str, &str)]) -> Vec<u8> {
    write_zip(
        &entries
            .iter()
            .map(|(n, c)| (n.to_string(), c.as_bytes().to_vec()))
            .collect::<Vec<_>>(),
    )
}

fn minimal(sheet_xml: &str, extra: &[(&str, &str)]) -> Vec<u8> {
    let mut entries = vec![
        ("[Content_Types].xml", "<Types/>"),
        (
            "xl/workbook.xml",
            r#"<workbook><sheets><sheet name="Waarden" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>"#,
        ),
        ("xl/worksheets/sheet1.xml", sheet_xml),
    ];
    entries.extend_from_slice(extra);
    zip_of(&entries)
}

#[test]
fn hostile_workbooks_are_refused_with_their_reason() {
    let sheet =
        |cells: &str| format!("<worksheet><sheetData><row r=\"1\">{cells}</row></sheetData></worksheet>");
    let shared = minimal(
        &sheet(r#"<c r="D1" t="s"><v>7</v></c>"#),
        &[("xl/sharedStrings.xml", "<sst><si><t>a</t></si></sst>")],
    );
    assert_eq!(
        read_xlsx(&shared).unwrap_err(),
        XlsxError::SharedString {
            sheet: "Waarden".into(),
            cell: "D1".into(),
            index: 7
        }
    );
    let laughs = minimal(
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;\">]><worksheet>&lol2;</worksheet>",
        &[],
    );
    assert!(matches!(
        read_xlsx(&laughs).unwrap_err(),
        XlsxError::Xml {
            error: XmlError::DocumentType,
            ..
        }
    ));
    let entity = minimal(
        &sheet(r#"<c r="A1" t="inlineStr"><is><t>&foo;</t></is></c>"#),
        &[],
    );
    assert!(matches!(
        read_xlsx(&entity).unwrap_err(),
        XlsxError::Xml {
            error: XmlError::UnknownEntity(_),
            ..
        }
    ));
    // A formula without a stored value is read as such (and refused where a value is read).
    let formula = minimal(&sheet(r#"<c r="B1"><f>SUM(A1:A2)</f></c>"#), &[]);
    assert_eq!(
        read_xlsx(&formula).unwrap().sheets[0].rows[0][1],
        Value::Uncomputed("SUM(A1:A2)".into())
    );
    let external = minimal(
        &sheet(""),
        &[("xl/externalLinks/externalLink1.xml", "<externalLink/>")],
    );
    assert_eq!(read_xlsx(&external).unwrap_err(), XlsxError::ExternalLinks);
    let macros = minimal(&sheet(""), &[("xl/vbaProject.bin", "binary")]);
    assert_eq!(read_xlsx(&macros).unwrap_err(), XlsxError::Macros);
    let far = minimal("<worksheet><sheetData><row r=\"1000000\"><c r=\"A1000000\"><v>1</v></c></row></sheetData></worksheet>", &[]);
    assert!(matches!(
        read_xlsx(&far).unwrap_err(),
        XlsxError::TooManyRows { .. }
    ));
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.extend([0u8; 504]);
    assert_eq!(
        read_xlsx(&ole).unwrap_err(),
        XlsxError::Zip(ZipError::Ole { encrypted: false })
    );
    ole.extend("EncryptionInfo".encode_utf16().flat_map(|u| u.to_le_bytes()));
    assert_eq!(
        read_xlsx(&ole).unwrap_err(),
        XlsxError::Zip(ZipError::Ole { encrypted: true })
    );
    assert_eq!(
        read_xlsx(b"land;waarde\n").unwrap_err(),
        XlsxError::Zip(ZipError::NotZip)
    );
}

#[test]
fn a_zip_bomb_stops_at_its_bound() {
    // 200 MB of zeros packs into about 200 KB.
    let zeros = vec![0u8; 200 << 20];
    let bomb = write_zip(&[("xl/worksheets/sheet1.xml".to_string(), zeros)]);
    assert!(bomb.len() < 1 << 20);
    let zip = ZipReader::new(&bomb).unwrap();
    // Refused before anything is unpacked, for what it says it is: 200 MB from 200 KB.
    assert!(matches!(
        zip.read("xl/worksheets/sheet1.xml", 48 << 20),
        Err(ZipError::Packed { size, .. }) if size == 200 << 20
    ));
    // The same entry lying about its size (1 KB declared) stops at the declared size, as a
    // damaged entry: it unpacks to more than it says.
    let mut liar = bomb.clone();
    let central = liar
        .windows(4)
        .rposition(|w| w == [0x50, 0x4b, 0x01, 0x02])
        .unwrap();
    liar[central + 24..central + 28].copy_from_slice(&1024u32.to_le_bytes());
    let zip = ZipReader::new(&liar).unwrap();
    assert!(matches!(
        zip.read("xl/worksheets/sheet1.xml", 48 << 20),
        Err(ZipError::Damaged { .. })
    ));
}

proptest! {
    #[test]
    fn date_serials_round_trip(days in 0i64..80_000) {
        let date = serial_date(days + 1);
        prop_assert_eq!(date_serial(&date), Some(days + 1));
    }

    #[test]
    fn any_text_and_number_survive_both_formats(texts in proptest::collection::vec("\\PC{0,12}", 1..6), numbers in proptest::collection::vec(-1e9f64..1e9, 1..6)) {
        let mut sheet = Sheet::table("S", &["t", "n"]);
        for (text, number) in texts.iter().zip(&numbers) {
            sheet.rows.push(vec![Cell::text(text.trim()), Cell::number(*number)]);
        }
        let bytes = write_xlsx(&Workbook { title: "t".into(), confidential: false, sheets: vec![sheet.clone()] });
        let read = read_xlsx(&bytes).unwrap();
        for (index, row) in sheet.rows.iter().enumerate() {
            let cells = &read.sheets[0].rows[index + 1];
            let text = match &row[0] { Cell::Text(t) => Value::Text(t.chars().filter(|c| (*c as u32) >= 0x20 || matches!(c, '\t' | '\n' | '\r')).collect()), _ => Value::Empty };
            prop_assert_eq!(cells.first().cloned().unwrap_or(Value::Empty), if text == Value::Text(String::new()) { Value::Empty } else { text });
            prop_assert_eq!(&cells[1], &match row[1] { Cell::Number(n, _) => Value::Number(n), _ => Value::Empty });
        }
        for dialect in Dialect::ALL {
            let csv = write_csv(&sheet, dialect);
            let (_, back) = read_csv("s", csv.as_bytes()).unwrap();
            for (index, row) in sheet.rows.iter().enumerate() {
                if let Cell::Number(n, _) = row[1] { prop_assert_eq!(&back.rows[index + 1][1], &Value::Number(n)); }
            }
        }
    }
}

#[test]
fn a_leading_tab_or_carriage_return_is_neutralised_like_the_formula_characters() {
    use beleidsagenda_model::sheet::csv::field;
    for (text, expected) in [
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "\"'\r=1+1\""),
        ("\n=1+1", "\"'\n=1+1\""),
        ("  =1+1", "'  =1+1"),
        (" \t=3+3", "' \t=3+3"),
        ("\u{a0}=1", "'\u{a0}=1"),
        ("=1+1", "'=1+1"),
        ("-5", "-5"),
        ("-x", "'-x"),
        ("Marokko", "Marokko"),
    ] {
        assert_eq!(field(text, Dialect::Data), expected, "{text:?}");
    }
    // Read back, the mark goes again.
    let mut sheet = Sheet::table("s", &["a", "b"]);
    sheet.rows.push(vec![Cell::text("x"), Cell::text("\t=1+1")]);
    let text = write_csv(&sheet, Dialect::Data);
    let (_, read) = read_csv("x.csv", text.as_bytes()).unwrap();
    assert_eq!(read.rows[1][1], Value::Text("\t=1+1".into()));
}

#[test]
fn crc32_has_its_known_check_value() {
    assert_eq!(beleidsagenda_model::sheet::zip::crc32(b"123456789"), 0xCBF4_3926);
    assert_eq!(beleidsagenda_model::sheet::zip::crc32(b""), 0);
}

/// Reads `bytes` one slice per step (as a page does between paints), with the progress after
/// each: it never goes back, and the result is the one read at once.
fn read_in_slices(
    bytes: &[u8],
) -> (
    Result<beleidsagenda_model::sheet::xlsx_read::ReadWorkbook, XlsxError>,
    Vec<u32>,
) {
    use beleidsagenda_model::sheet::xlsx_read::XlsxReading;
    let mut reading = XlsxReading::new(bytes).expect("opens");
    let mut progress = Vec::new();
    loop {
        if let Some(done) = reading.step(&mut || false) {
            return (done, progress);
        }
        progress.push(reading.per_mille());
    }
}

#[test]
fn a_large_workbook_is_read_in_slices_with_progress_and_the_same_result() {
    // 6,000 shared strings, rich text and phonetic hints among them, and a sheet of 6,000 rows
    // using them: both parts are cut in many slices, a shared string and a cell across a cut.
    let count = 6_000;
    let mut shared = String::from("<sst>");
    for i in 0..count {
        match i % 3 {
            0 => shared.push_str(&format!("<si><t>land {i}</t></si>")),
            1 => shared.push_str(&format!(
                "<si><r><t>deel </t></r><r><t>{i}</t></r><rPh><t>x</t></rPh></si>"
            )),
            _ => shared.push_str(&format!("<si><t xml:space=\"preserve\"> &amp; {i}</t></si>")),
        }
    }
    shared.push_str("</sst>");
    let mut sheet = String::from("<worksheet><sheetData>");
    for i in 0..count {
        sheet.push_str(&format!(
            r#"<row r="{r}"><c r="A{r}" t="s"><v>{i}</v></c><c r="B{r}"><v>{i}.5</v></c><c r="C{r}" t="inlineStr"><is><t>r{i}</t></is></c></row>"#,
            r = i + 1
        ));
    }
    sheet.push_str("</sheetData></worksheet>");
    let bytes = minimal(&sheet, &[("xl/sharedStrings.xml", &shared)]);
    let at_once = read_xlsx(&bytes).unwrap();
    let (sliced, progress) = read_in_slices(&bytes);
    assert_eq!(sliced.unwrap(), at_once);
    let rows = &at_once.sheets[0].rows;
    assert_eq!(rows.len(), count);
    assert_eq!(rows[1][0], Value::Text("deel 1".into()));
    assert_eq!(rows[5_999][0], Value::Text(" & 5999".into()));
    assert_eq!(rows[4_000][1], Value::Number(4_000.5));
    // Many slices, the progress only ever going up, and shown in steps a reader can follow.
    assert!(progress.len() > 10, "{} slices", progress.len());
    assert!(progress.windows(2).all(|w| w[0] <= w[1]), "{progress:?}");
    assert!(progress.last().is_some_and(|p| *p > 900), "{progress:?}");
}

#[test]
fn a_workbook_refused_in_its_slices_says_why_as_it_does_at_once() {
    // A shared string that does not exist, in the last row: found where it is, in either way.
    let mut sheet = String::from("<worksheet><sheetData>");
    for r in 1..=20_000 {
        sheet.push_str(&format!(r#"<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>"#));
    }
    sheet.push_str(r#"<row r="20001"><c r="A20001" t="s"><v>7</v></c></row></sheetData></worksheet>"#);
    let bytes = minimal(
        &sheet,
        &[("xl/sharedStrings.xml", "<sst><si><t>a</t></si></sst>")],
    );
    let (sliced, _) = read_in_slices(&bytes);
    let expected = XlsxError::SharedString {
        sheet: "Waarden".into(),
        cell: "A20001".into(),
        index: 7,
    };
    assert_eq!(sliced, Err(expected.clone()));
    assert_eq!(read_xlsx(&bytes), Err(expected));
}

#[test]
fn an_entry_unpacked_in_slices_is_checked_as_at_once() {
    // Text that packs well but not to nothing: every slice has work, the checksum spans them.
    let mut seed = 7u32;
    let content: Vec<u8> = (0..3_000_000u32)
        .map(|_| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            b"<row>0123456789</row>"[(seed >> 16) as usize % 20]
        })
        .collect();
    let packed = write_zip(&[("part.xml".to_string(), content.clone())]);
    let zip = ZipReader::new(&packed).unwrap();
    // Beyond the app's bound (here 1 MB): too large, whatever it packs to.
    assert!(
        matches!(zip.unpack("part.xml", 1 << 20), Err(ZipError::TooLarge { limit, .. }) if limit == 1 << 20)
    );
    let mut unpacking = zip.unpack("part.xml", 48 << 20).unwrap();
    let mut slices = 0;
    let unpacked = loop {
        slices += 1;
        if let Some(bytes) = unpacking.step(&zip, 64 << 10).unwrap() {
            break bytes;
        }
        let (done, of) = unpacking.progress();
        assert!(done <= slices * (64 << 10) && of == content.len());
    };
    assert_eq!(unpacked, content);
    assert!(slices >= 45, "{slices} slices");
    // The checksum the zip declares, changed: found damaged when the last slice is checked.
    let mut damaged = packed.clone();
    let central = damaged
        .windows(4)
        .rposition(|w| w == [0x50, 0x4b, 0x01, 0x02])
        .unwrap();
    damaged[central + 16] ^= 0x10;
    let zip = ZipReader::new(&damaged).unwrap();
    let mut unpacking = zip.unpack("part.xml", 48 << 20).unwrap();
    let outcome = loop {
        match unpacking.step(&zip, 64 << 10) {
            Ok(None) => continue,
            other => break other,
        }
    };
    assert!(matches!(outcome, Err(ZipError::Damaged { .. })), "{outcome:?}");
}

#[test]
fn a_zip_bomb_unpacked_in_slices_stops_at_its_declared_size() {
    let zeros = vec![0u8; 20 << 20];
    let mut liar = write_zip(&[("xl/worksheets/sheet1.xml".to_string(), zeros)]);
    let central = liar
        .windows(4)
        .rposition(|w| w == [0x50, 0x4b, 0x01, 0x02])
        .unwrap();
    liar[central + 24..central + 28].copy_from_slice(&(100u32 << 10).to_le_bytes());
    let zip = ZipReader::new(&liar).unwrap();
    let mut unpacking = zip.unpack("xl/worksheets/sheet1.xml", 48 << 20).unwrap();
    let outcome = loop {
        match unpacking.step(&zip, 16 << 10) {
            Ok(None) => assert!(unpacking.progress().0 <= 100 << 10),
            other => break other,
        }
    };
    assert!(matches!(outcome, Err(ZipError::Damaged { .. })), "{outcome:?}");
}

/// A zip of one stored (uncompressed) entry that declares `size` and holds `content`.
fn stored_zip(name: &str, content: &[u8], size: u32) -> Vec<u8> {
    use beleidsagenda_model::sheet::zip::crc32;
    let crc = crc32(&content[..(size as usize).min(content.len())]);
    let mut out = Vec::new();
    let header = |out: &mut Vec<u8>, central: bool| {
        out.extend_from_slice(if central {
            &[0x50, 0x4b, 0x01, 0x02]
        } else {
            &[0x50, 0x4b, 0x03, 0x04]
        });
        if central {
            out.extend_from_slice(&20u16.to_le_bytes());
        }
        for field in [20u16, 0, 0, 0, 0x21] {
            out.extend_from_slice(&field.to_le_bytes());
        }
        out.extend_from_slice(&crc.to_le_bytes());
        out.extend_from_slice(&(content.len() as u32).to_le_bytes());
        out.extend_from_slice(&size.to_le_bytes());
        out.extend_from_slice(&(name.len() as u16).to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        if central {
            out.extend_from_slice(&[0; 10]);
            out.extend_from_slice(&0u32.to_le_bytes());
        }
        out.extend_from_slice(name.as_bytes());
    };
    header(&mut out, false);
    out.extend_from_slice(content);
    let directory = out.len();
    header(&mut out, true);
    let directory_size = out.len() - directory;
    out.extend_from_slice(&[0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0]);
    out.extend_from_slice(&(directory_size as u32).to_le_bytes());
    out.extend_from_slice(&(directory as u32).to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

#[test]
fn a_stored_entry_is_read_only_when_it_holds_what_it_declares() {
    let content = b"<worksheet>stored, not packed</worksheet>";
    let zip = stored_zip("part.xml", content, content.len() as u32);
    assert_eq!(
        ZipReader::new(&zip).unwrap().read("part.xml", 1 << 20).unwrap(),
        content
    );
    // Longer than it declares (its first bytes matching the checksum), or shorter: damaged.
    for size in [content.len() as u32 - 5, content.len() as u32 + 5] {
        let zip = stored_zip("part.xml", content, size);
        assert!(
            matches!(
                ZipReader::new(&zip).unwrap().read("part.xml", 1 << 20),
                Err(ZipError::Damaged { .. })
            ),
            "declared {size}"
        );
    }
}
