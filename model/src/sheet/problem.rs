//! Why a spreadsheet was refused, in the user's language: what is wrong and what to do.

use crate::lang::Lang;
use crate::sheet::csv::CsvError;
use crate::sheet::xlsx_read::XlsxError;
use crate::sheet::xml::XmlError;
use crate::sheet::zip::ZipError;
use crate::text::format::{euros, file_size, fte};

#[derive(Clone, Debug, PartialEq)]
pub enum SheetProblem {
    Csv(CsvError),
    Xlsx(XlsxError),
    /// A cell that must hold a number.
    NotANumber(String),
    NotAWholeNumber(String),
    /// A cell that must hold a date (a date cell, or text `YYYY-MM-DD`, `YYYY-MM` or `YYYY`).
    NotADate(String),
    MissingSheet(String),
    MissingColumn(String),
    UnknownColumn(String),
    /// A formula without a stored value where a value is read.
    FormulaWithoutValue(String),
    /// A dataset's CSV has one table; which one the header did not say.
    UnknownTable,
    /// A cell left empty where the column must be filled in (its code).
    EmptyCell(String),
    /// A negative amount or number of FTE, as written.
    Negative(String),
    /// An amount or FTE above what a plan accepts: as written, and the bound in words.
    AboveBound {
        written: String,
        /// EUR, or hundredths of an FTE with `fte`.
        bound: i64,
        fte: bool,
    },
    /// A line without an instrument code; what the row says the instrument is called.
    MissingInstrument(String),
    /// A line without a country code.
    MissingCountry,
    /// A lead or contributor that is none of the organisations the plan knows (as written),
    /// and the ones it does know.
    UnknownOrganisation {
        written: String,
        known: Vec<String>,
    },
    /// The same country, instrument and year as an earlier row (its number), with other values:
    /// which one is meant cannot be told.
    DuplicateRow {
        first_row: usize,
        /// EUR and hundredths of an FTE, here and in the first row.
        values: (i64, u32),
        first_values: (i64, u32),
    },
    /// More refusals than are listed.
    MoreErrors(usize),
    /// A row of a line whose lead, contributors or budget (`column`) differ from the line's first
    /// row: as there, and as here.
    LineDiffers {
        column: String,
        first_row: usize,
        first: String,
        here: String,
    },
    /// A header that names a column already named earlier in the row (by its cell), which
    /// would leave it to chance which of the two is read.
    DuplicateColumn {
        column: String,
        first: String,
    },
    /// An amount of the plan left blank, which would otherwise read as 0.
    BlankAmount,
    /// A year the plan does not cover (as written), and the plan's first and last year.
    YearOutsidePlan {
        written: String,
        first: u16,
        last: u16,
    },
}

impl SheetProblem {
    pub fn text(&self, lang: Lang) -> String {
        let nl = lang == Lang::Nl;
        let pick = |a: &str, b: &str| if nl { a.to_string() } else { b.to_string() };
        match self {
            // The hint about separators only where the text has digits with a separator in it.
            SheetProblem::NotANumber(text) if text.chars().any(|c| c.is_ascii_digit()) && text.contains(['.', ',', ' ']) => pick(
                &format!("‘{text}’ is geen getal (schrijf het zonder punten voor duizendtallen)"),
                &format!("‘{text}’ is not a number (write it without thousands separators)"),
            ),
            SheetProblem::NotANumber(text) => pick(
                &format!("‘{text}’ is geen getal; schrijf het in cijfers"),
                &format!("‘{text}’ is not a number; write it in figures"),
            ),
            SheetProblem::NotAWholeNumber(text) => pick(
                &format!("‘{text}’ is geen geheel getal"),
                &format!("‘{text}’ is not a whole number"),
            ),
            SheetProblem::NotADate(text) => pick(
                &format!("‘{text}’ is geen datum: gebruik een datumcel of JJJJ-MM-DD, JJJJ-MM of JJJJ"),
                &format!("‘{text}’ is not a date: use a date cell or YYYY-MM-DD, YYYY-MM or YYYY"),
            ),
            SheetProblem::MissingSheet(name) => pick(
                &format!("het werkblad ‘{name}’ ontbreekt; begin bij het sjabloon"),
                &format!("the sheet ‘{name}’ is missing; start from the template"),
            ),
            SheetProblem::BlankAmount => pick(
                "de cel is leeg; schrijf 0 waar niets gepland is (een lege cel telt niet als 0)",
                "the cell is empty; write 0 where nothing is planned (an empty cell does not count as 0)",
            ),
            SheetProblem::DuplicateColumn { column, first } => pick(
                &format!("de kolom ‘{column}’ staat twee keer in de kopregel (ook in {first}); laat er één staan, zodat vaststaat welke gelezen wordt"),
                &format!("the column ‘{column}’ is in the header row twice (also in {first}); keep one, so it is certain which is read"),
            ),
            SheetProblem::MissingColumn(column) => pick(
                &format!("de kolom ‘{column}’ ontbreekt in de kopregel"),
                &format!("the column ‘{column}’ is missing from the header row"),
            ),
            SheetProblem::UnknownColumn(column) => pick(
                &format!("de kolom ‘{column}’ is onbekend; het sjabloon noemt de kolommen die gelezen worden"),
                &format!("the column ‘{column}’ is unknown; the template names the columns that are read"),
            ),
            SheetProblem::FormulaWithoutValue(formula) => pick(
                &format!("de formule ={formula} heeft geen opgeslagen waarde (het programma dat het bestand schreef rekent niet); open het in Excel of LibreOffice, laat herberekenen en sla het op. Formules worden hier niet uitgerekend"),
                &format!("the formula ={formula} has no stored value (the program that wrote the file does not calculate); open it in Excel or LibreOffice, let it recalculate and save it. Formulas are not computed here"),
            ),
            SheetProblem::UnknownTable => pick(
                "de kopregel hoort bij geen van de tabellen van een dataset (landen, criteria, waarden, bronnen)",
                "the header row belongs to none of a dataset's tables (countries, criteria, values, sources)",
            ),
            SheetProblem::EmptyCell(column) if column.ends_with("_en") => pick(
                &format!("de Engelse tekst ontbreekt (kolom {column}): vul hem in naast de Nederlandse, of laat beide leeg"),
                &format!("the English text is missing (column {column}): fill it in beside the Dutch, or leave both empty"),
            ),
            SheetProblem::EmptyCell(column) if column.ends_with("_nl") => pick(
                &format!("de Nederlandse tekst ontbreekt (kolom {column}): vul hem in naast de Engelse, of laat beide leeg"),
                &format!("the Dutch text is missing (column {column}): fill it in beside the English, or leave both empty"),
            ),
            SheetProblem::EmptyCell(column) => pick(
                &format!("de cel is leeg, maar de kolom {column} moet ingevuld zijn"),
                &format!("the cell is empty, but the column {column} must be filled in"),
            ),
            SheetProblem::Negative(text) => pick(
                &format!("‘{text}’ is negatief; bedragen en fte zijn 0 of meer"),
                &format!("‘{text}’ is negative; amounts and FTE are 0 or more"),
            ),
            SheetProblem::AboveBound { written, bound, fte } => {
                let bound = if *fte {
                    fte_text(u32::try_from(*bound).unwrap_or(u32::MAX), lang)
                } else {
                    euros(*bound, lang)
                };
                pick(
                    &format!("‘{written}’ is meer dan een plan aanneemt ({bound}); controleer het aantal nullen"),
                    &format!("‘{written}’ is more than a plan accepts ({bound}); check the number of zeros"),
                )
            }
            SheetProblem::MissingInstrument(name) if name.is_empty() => pick(
                "de instrumentcode ontbreekt; vul de code in (zie de andere regels) of verwijder de regel",
                "the instrument code is missing; fill in the code (see the other lines) or delete the line",
            ),
            SheetProblem::MissingInstrument(name) => pick(
                &format!("de instrumentcode ontbreekt bij ‘{name}’; vul de code in (zie de andere regels) of verwijder de regel"),
                &format!("the instrument code is missing for ‘{name}’; fill in the code (see the other lines) or delete the line"),
            ),
            SheetProblem::MissingCountry => pick(
                "de landcode ontbreekt; vul de code in (zie de andere regels) of verwijder de regel",
                "the country code is missing; fill in the code (see the other lines) or delete the line",
            ),
            SheetProblem::UnknownOrganisation { written, known } if written.is_empty() => pick(
                &format!("de trekker ontbreekt; schrijf een van: {}", known.join(", ")),
                &format!("the lead is missing; write one of: {}", known.join(", ")),
            ),
            SheetProblem::UnknownOrganisation { written, known } => pick(
                &format!("‘{written}’ is geen organisatie die het plan kent; schrijf een van: {}", known.join(", ")),
                &format!("‘{written}’ is not an organisation the plan knows; write one of: {}", known.join(", ")),
            ),
            SheetProblem::DuplicateRow { first_row, values, first_values } => {
                let shown = |(eur, fte): (i64, u32)| format!("{}, {}", euros(eur, lang), fte_text(fte, lang));
                let (values, first_values) = (shown(*values), shown(*first_values));
                pick(
                    &format!("hetzelfde land, instrument en jaar staan al in rij {first_row}, met andere waarden ({first_values} daar, {values} hier); welke bedoeld is, is niet te zeggen: houd één van beide"),
                    &format!("the same country, instrument and year are already in row {first_row}, with other values ({first_values} there, {values} here); which is meant cannot be told: keep one of them"),
                )
            }
            SheetProblem::YearOutsidePlan { written, first, last } => pick(
                &format!("het jaar ‘{written}’ valt buiten het plan ({first}–{last})"),
                &format!("the year ‘{written}’ is outside the plan ({first}–{last})"),
            ),
            SheetProblem::LineDiffers { column, first_row, first, here } => {
                // The column as the plan page names it.
                let column = match (column.as_str(), nl) {
                    ("lead", true) => "de trekker",
                    ("lead", false) => "the lead",
                    ("contributors", true) => "de bijdragers",
                    ("contributors", false) => "the contributors",
                    ("envelope", true) => "het budget",
                    ("envelope", false) => "the budget",
                    (_, true) => "deze kolom",
                    (_, false) => "this column",
                };
                pick(
                    &format!("{column} is hier ‘{here}’ en in rij {first_row} van hetzelfde land en instrument ‘{first}’; één regel (land × instrument) heeft er één, in al zijn jaren: maak de rijen gelijk"),
                    &format!("{column} is ‘{here}’ here and ‘{first}’ in row {first_row} of the same country and instrument; one line (country × instrument) has one, in all its years: make the rows alike"),
                )
            }
            SheetProblem::MoreErrors(count) => {
                let count = crate::text::format::number(*count as f64, lang);
                pick(
                    &format!("en nog {count} meldingen; verbeter de bovenstaande (vaak hebben de andere dezelfde oorzaak) en laad opnieuw"),
                    &format!("and {count} more; correct the ones above (the others often have the same cause) and load again"),
                )
            }
            SheetProblem::Csv(error) => csv_text(error, nl),
            SheetProblem::Xlsx(error) => xlsx_text(error, nl),
        }
    }
}

/// Hundredths of an FTE with the unit, in the language's way: "1,5 fte", "1.5 FTE".
fn fte_text(hundredths: u32, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("{} fte", fte(hundredths, lang)),
        Lang::En => format!("{} FTE", fte(hundredths, lang)),
    }
}

fn csv_text(error: &CsvError, nl: bool) -> String {
    let pick = |a: String, b: String| if nl { a } else { b };
    match error {
        CsvError::Utf16 => pick(
            "het bestand is UTF-16 (Excel: ‘Unicode-tekst’); sla het op als ‘CSV UTF-8’".into(),
            "the file is UTF-16 (Excel: ‘Unicode text’); save it as ‘CSV UTF-8’".into(),
        ),
        CsvError::NotUtf8 { line } => pick(
            format!("regel {line} is geen UTF-8; sla het bestand op als ‘CSV UTF-8’"),
            format!("line {line} is not UTF-8; save the file as ‘CSV UTF-8’"),
        ),
        CsvError::MixedSeparators { line, expected, found } => pick(
            format!("regel {line} scheidt velden met ‘{found}’, de kopregel met ‘{expected}’: één scheidingsteken per bestand"),
            format!("line {line} separates fields with ‘{found}’, the header with ‘{expected}’: one separator per file"),
        ),
        CsvError::FieldCount { line, expected, found } => pick(
            format!("regel {line} heeft {found} velden, de kopregel {expected}"),
            format!("line {line} has {found} fields, the header {expected}"),
        ),
        CsvError::UnclosedQuote { line } => pick(
            format!("het aanhalingsteken op regel {line} wordt nergens gesloten"),
            format!("the quote on line {line} is never closed"),
        ),
        CsvError::TooManyRows { limit } => pick(
            format!("meer dan {} regels; zoveel heeft geen dataset", grouped(*limit, Lang::Nl)),
            format!("more than {} lines; no dataset has that many", grouped(*limit, Lang::En)),
        ),
        CsvError::Empty => pick("het bestand is leeg".into(), "the file is empty".into()),
    }
}

fn xlsx_text(error: &XlsxError, nl: bool) -> String {
    let pick = |a: String, b: String| if nl { a } else { b };
    match error {
        XlsxError::Zip(ZipError::Ole { encrypted: true }) | XlsxError::Zip(ZipError::Encrypted { .. }) => pick(
            "het werkboek is met een wachtwoord beveiligd; haal de beveiliging eraf en sla het opnieuw op".into(),
            "the workbook is password-protected; remove the protection and save it again".into(),
        ),
        XlsxError::Zip(ZipError::Ole { encrypted: false }) => pick(
            "dit is een oud Excel-bestand (.xls, Excel 97–2003); sla het op als Excel-werkmap (.xlsx)".into(),
            "this is an old Excel file (.xls, Excel 97–2003); save it as an Excel workbook (.xlsx)".into(),
        ),
        XlsxError::Zip(ZipError::NotZip) | XlsxError::NotWorkbook => pick(
            "dit is geen Excel-werkmap (.xlsx)".into(),
            "this is not an Excel workbook (.xlsx)".into(),
        ),
        XlsxError::Zip(ZipError::TooLarge { entry, limit }) => pick(
            format!("het onderdeel {entry} pakt uit tot meer dan {}, meer dan de app leest; niet gelezen", file_size(*limit as u64, Lang::Nl)),
            format!("the part {entry} unpacks to more than {}, more than the app reads; not read", file_size(*limit as u64, Lang::En)),
        ),
        XlsxError::Zip(ZipError::Packed { entry, size, packed }) => pick(
            format!("het onderdeel {entry} zegt uit te pakken tot {} uit {}: meer dan 200 keer zo groot, zoals een ‘zip-bom’, niet een werkmap; niet gelezen", file_size(*size as u64, Lang::Nl), file_size(*packed as u64, Lang::Nl)),
            format!("the part {entry} says it unpacks to {} from {}: more than 200 times as large, like a ‘zip bomb’, not a workbook; not read", file_size(*size as u64, Lang::En), file_size(*packed as u64, Lang::En)),
        ),
        XlsxError::Zip(ZipError::TooManyEntries { limit }) => pick(
            format!("meer dan {} onderdelen in het bestand; niet gelezen", grouped(*limit, Lang::Nl)),
            format!("more than {} parts in the file; not read", grouped(*limit, Lang::En)),
        ),
        XlsxError::Zip(ZipError::Zip64) => pick(
            "het bestand is groter dan 4 GB of gebruikt zip64; niet gelezen".into(),
            "the file is larger than 4 GB or uses zip64; not read".into(),
        ),
        XlsxError::Zip(ZipError::Method { entry, method }) => pick(
            format!("het onderdeel {entry} is gecomprimeerd met methode {method}, die niet gelezen wordt"),
            format!("the part {entry} is compressed with method {method}, which is not read"),
        ),
        XlsxError::Zip(ZipError::Damaged { entry }) | XlsxError::Zip(ZipError::Missing { entry }) => pick(
            format!("het bestand is beschadigd (onderdeel {entry})"),
            format!("the file is damaged (part {entry})"),
        ),
        XlsxError::Xml { part, error: XmlError::DocumentType } => pick(
            format!("{part} bevat een DOCTYPE met eigen entiteiten; die worden om veiligheidsredenen niet gelezen"),
            format!("{part} holds a DOCTYPE with its own entities; those are not read, for safety"),
        ),
        XlsxError::Xml { part, error: XmlError::UnknownEntity(entity) } => pick(
            format!("{part} gebruikt de onbekende entiteit ‘{entity}’"),
            format!("{part} uses the unknown entity ‘{entity}’"),
        ),
        XlsxError::Xml { part, .. } => pick(
            format!("{part} is geen geldige XML; het bestand is beschadigd"),
            format!("{part} is not valid XML; the file is damaged"),
        ),
        XlsxError::Macros => pick(
            "het werkboek bevat macro’s (.xlsm); sla het op als Excel-werkmap (.xlsx) zonder macro’s".into(),
            "the workbook holds macros (.xlsm); save it as an Excel workbook (.xlsx) without macros".into(),
        ),
        XlsxError::ExternalLinks => pick(
            "het werkboek verwijst naar andere bestanden (externe koppelingen); verbreek de koppelingen en sla het opnieuw op".into(),
            "the workbook links to other files (external links); break the links and save it again".into(),
        ),
        XlsxError::SharedString { sheet, cell, index } => pick(
            format!("{sheet}!{cell} verwijst naar tekst nummer {index}, die niet bestaat; het bestand is beschadigd"),
            format!("{sheet}!{cell} refers to text number {index}, which does not exist; the file is damaged"),
        ),
        XlsxError::TooManyRows { sheet, limit } => pick(
            format!("het werkblad {sheet} heeft meer dan {} rijen; niet gelezen", grouped(*limit, Lang::Nl)),
            format!("the sheet {sheet} has more than {} rows; not read", grouped(*limit, Lang::En)),
        ),
        XlsxError::TooManyCells { limit } => pick(
            format!("meer dan {} gevulde cellen; niet gelezen", grouped(*limit, Lang::Nl)),
            format!("more than {} filled cells; not read", grouped(*limit, Lang::En)),
        ),
    }
}

/// A count as the language writes it: 100.000, 100,000.
fn grouped(count: usize, lang: Lang) -> String {
    crate::text::format::number(count as f64, lang)
}
