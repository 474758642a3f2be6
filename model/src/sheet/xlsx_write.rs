//! A [`Workbook`] as an `.xlsx` (Office Open XML, ECMA-376): strings inline, numbers as
//! numbers with their format, dates as date serials, totals as formulas with their computed
//! value, the header row frozen and filtered, columns as wide as their content. No author is
//! written; a confidential workbook says so in every sheet's header and footer and in its
//! properties.

use crate::sheet::xml::escape;
use crate::sheet::zip::write_zip;
use crate::sheet::{cell_ref, column_letters, date_serial, Cell, NumberFormat, Sheet, Workbook};

pub const CONFIDENTIAL: &str = "VERTROUWELIJK";
pub const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Style indices in `styles.xml` (cellXfs), in this order.
#[derive(Clone, Copy)]
enum Style {
    Plain = 0,
    Header = 1,
    Euro = 2,
    TwoDecimals = 3,
    Percent = 4,
    Date = 5,
    TotalEuro = 6,
    TotalTwoDecimals = 7,
    Total = 8,
    TotalPercent = 9,
    Wrapped = 10,
    Grouped = 11,
}

fn number_style(format: NumberFormat, total: bool) -> Style {
    match (format, total) {
        (NumberFormat::General, false) => Style::Plain,
        (NumberFormat::Euro, false) => Style::Euro,
        (NumberFormat::Fte | NumberFormat::Score, false) => Style::TwoDecimals,
        (NumberFormat::Percent, false) => Style::Percent,
        (NumberFormat::Grouped, _) => Style::Grouped,
        (NumberFormat::General, true) => Style::Total,
        (NumberFormat::Euro, true) => Style::TotalEuro,
        (NumberFormat::Fte | NumberFormat::Score, true) => Style::TotalTwoDecimals,
        (NumberFormat::Percent, true) => Style::TotalPercent,
    }
}

pub fn write_xlsx(workbook: &Workbook) -> Vec<u8> {
    let mut entries: Vec<(String, Vec<u8>)> = Vec::new();
    let count = workbook.sheets.len();
    let mut content_types = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#,
    );
    for index in 1..=count {
        content_types.push_str(&format!(
            r#"<Override PartName="/xl/worksheets/sheet{index}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        ));
    }
    content_types.push_str("</Types>");
    entries.push(("[Content_Types].xml".into(), content_types.into_bytes()));
    entries.push((
        "_rels/.rels".into(),
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"#
            .as_bytes()
            .to_vec(),
    ));
    entries.push(("docProps/core.xml".into(), core_properties(workbook).into_bytes()));
    entries.push((
        "docProps/app.xml".into(),
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>beleidsagenda</Application></Properties>"#
            .as_bytes()
            .to_vec(),
    ));
    entries.push(("xl/workbook.xml".into(), workbook_xml(workbook).into_bytes()));
    let mut rels = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    );
    for index in 1..=count {
        rels.push_str(&format!(
            r#"<Relationship Id="rId{index}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{index}.xml"/>"#
        ));
    }
    rels.push_str(&format!(
        r#"<Relationship Id="rId{}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#,
        count + 1
    ));
    entries.push(("xl/_rels/workbook.xml.rels".into(), rels.into_bytes()));
    entries.push(("xl/styles.xml".into(), STYLES.as_bytes().to_vec()));
    for (index, sheet) in workbook.sheets.iter().enumerate() {
        entries.push((
            format!("xl/worksheets/sheet{}.xml", index + 1),
            sheet_xml(sheet, workbook.confidential).into_bytes(),
        ));
    }
    write_zip(&entries)
}

fn core_properties(workbook: &Workbook) -> String {
    let confidential = if workbook.confidential {
        format!(
            "<cp:contentStatus>{CONFIDENTIAL}</cp:contentStatus><cp:keywords>{CONFIDENTIAL}</cp:keywords>"
        )
    } else {
        String::new()
    };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{}</dc:title>{confidential}</cp:coreProperties>"#,
        escape(&workbook.title)
    )
}

/// A sheet name in a reference: quoted, with its own quotes doubled.
pub fn quoted_sheet(name: &str) -> String {
    format!("'{}'", name.replace('\'', "''"))
}

fn workbook_xml(workbook: &Workbook) -> String {
    let mut sheets = String::new();
    let mut names = String::new();
    for (index, sheet) in workbook.sheets.iter().enumerate() {
        let state = if sheet.hidden {
            r#" state="veryHidden""#
        } else {
            ""
        };
        sheets.push_str(&format!(
            r#"<sheet name="{}" sheetId="{}"{state} r:id="rId{}"/>"#,
            escape(&sheet.name),
            index + 1,
            index + 1
        ));
        if let Some(range) = filter_range(sheet) {
            names.push_str(&format!(
                r#"<definedName name="_xlnm._FilterDatabase" localSheetId="{index}" hidden="1">{}!{range}</definedName>"#,
                escape(&quoted_sheet(&sheet.name))
            ));
        }
    }
    let names = if names.is_empty() {
        String::new()
    } else {
        format!("<definedNames>{names}</definedNames>")
    };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView activeTab="0"/></bookViews><sheets>{sheets}</sheets>{names}</workbook>"#
    )
}

/// `$A$1:$K$55`: the header and the data rows, for the autofilter.
fn filter_range(sheet: &Sheet) -> Option<String> {
    (sheet.table && !sheet.columns.is_empty()).then(|| {
        format!(
            "$A$1:${}${}",
            column_letters(sheet.columns.len() - 1),
            sheet.rows.len() + 1
        )
    })
}

fn sheet_xml(sheet: &Sheet, confidential: bool) -> String {
    let mut out = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#,
    );
    if sheet.table {
        out.push_str(r#"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#);
    }
    if !sheet.columns.is_empty() {
        out.push_str("<cols>");
        for (index, column) in sheet.columns.iter().enumerate() {
            out.push_str(&format!(
                r#"<col min="{n}" max="{n}" width="{:.1}" customWidth="1"/>"#,
                column.width,
                n = index + 1
            ));
        }
        out.push_str("</cols>");
    }
    out.push_str("<sheetData>");
    let header: Vec<Cell> = sheet
        .columns
        .iter()
        .map(|c| Cell::text(c.header.clone()))
        .collect();
    let mut row_index = 0;
    let mut write_row = |out: &mut String, cells: &[Cell], kind: RowKind| {
        out.push_str(&format!(r#"<row r="{}">"#, row_index + 1));
        for (column, cell) in cells.iter().enumerate() {
            write_cell(out, cell, &cell_ref(row_index, column), kind);
        }
        out.push_str("</row>");
        row_index += 1;
    };
    if !sheet.columns.is_empty() {
        write_row(&mut out, &header, RowKind::Header);
    }
    let body = if sheet.prose {
        RowKind::Prose
    } else {
        RowKind::Data
    };
    for row in &sheet.rows {
        write_row(&mut out, row, body);
    }
    for row in &sheet.footer {
        write_row(&mut out, row, RowKind::Total);
    }
    out.push_str("</sheetData>");
    if let Some(range) = filter_range(sheet) {
        out.push_str(&format!(r#"<autoFilter ref="{}"/>"#, range.replace('$', "")));
    }
    out.push_str(
        r#"<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>"#,
    );
    if confidential {
        out.push_str(&format!(
            "<headerFooter><oddHeader>&amp;C&amp;\"-,Bold\"{CONFIDENTIAL}</oddHeader><oddFooter>&amp;L{CONFIDENTIAL}&amp;RPagina &amp;P van &amp;N</oddFooter></headerFooter>"
        ));
    }
    out.push_str("</worksheet>");
    out
}

#[derive(Clone, Copy, PartialEq)]
enum RowKind {
    Header,
    Data,
    /// A row of a sheet to read: text wraps.
    Prose,
    Total,
}

fn write_cell(out: &mut String, cell: &Cell, reference: &str, kind: RowKind) {
    let total = kind == RowKind::Total;
    match cell {
        Cell::Empty => {}
        Cell::Text(text) => {
            let style = match kind {
                RowKind::Header => Style::Header,
                RowKind::Total => Style::Total,
                RowKind::Data => Style::Plain,
                RowKind::Prose => Style::Wrapped,
            };
            out.push_str(&format!(
                r#"<c r="{reference}" s="{}" t="inlineStr"><is><t xml:space="preserve">{}</t></is></c>"#,
                style as u8,
                escape(text)
            ));
        }
        Cell::Number(value, format) if value.is_finite() => out.push_str(&format!(
            r#"<c r="{reference}" s="{}"><v>{value}</v></c>"#,
            number_style(*format, total) as u8
        )),
        Cell::Number(..) => {}
        Cell::Date(date) => {
            if let Some(serial) = date_serial(date) {
                out.push_str(&format!(
                    r#"<c r="{reference}" s="{}"><v>{serial}</v></c>"#,
                    Style::Date as u8
                ));
            }
        }
        Cell::Formula {
            formula,
            value,
            format,
        } => out.push_str(&format!(
            r#"<c r="{reference}" s="{}"><f>{}</f><v>{value}</v></c>"#,
            number_style(*format, total) as u8,
            escape(formula)
        )),
    }
}

/// Fonts: regular, bold. Number formats: 164 whole euros, 165 two decimals, 166 ISO date;
/// 9 is Excel's built-in percentage, 3 its `#,##0`. The cellXfs follow [`Style`]'s order.
const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="3"><numFmt numFmtId="164" formatCode="&quot;€&quot;\ #,##0;&quot;€&quot;\ \-#,##0"/><numFmt numFmtId="165" formatCode="0.00"/><numFmt numFmtId="166" formatCode="yyyy\-mm\-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left/><right/><top style="thin"><color auto="1"/></top><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="12"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/><xf numFmtId="165" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1"/><xf numFmtId="9" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#;
