#!/usr/bin/env python3
"""An independent reader for every spreadsheet the app writes (issue 21).

LibreOffice (headless) converts each .xlsx to CSV: its first table (the first sheet with a
filtered header) must hold exactly the values of the app's own CSV in the data dialect. openpyxl
checks what a CSV cannot show: numbers are numbers, dates are dates, totals are SUM formulas
with the right value (and LibreOffice computes each formula itself, from a copy without the
values the app stored), the header is frozen and filtered, no author is named, and a confidential
file says so in every sheet's header and footer and in its properties. Every workbook is fit to
be read by someone who was not at the screen (issue 34): its first sheet says what it is, how to
use it and what it was made with, names every other visible sheet and gives the code behind
every header of its tables; headers are words, not codes, and no cell says true or false.
The Excel (NL) CSV, read with ';' and a decimal comma, must give the same values as the data one.

  spreadsheets.py xlsx <file.xlsx> <data.csv> [--confidential] [--totals] [--lang nl|en]
  spreadsheets.py csv-nl <excel-nl.csv> <data.csv>
  spreadsheets.py xlsx-open <file.xlsx> [--lang nl|en]   (no CSV beside it: read alike by both)

Exits 0 with "ok ..." on stdout, else 1 with every difference found on stderr.
"""
import csv
import io
import os
import re
import subprocess
import sys
import tempfile
import zipfile

import openpyxl

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# A field code: lower case with an underscore (`rank_low`, `below_bound`), or one lower-case
# word that is a column's code where a header should be a word (`country`, `eur`).
CODE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)+$")
ABOUT = {"nl": "Over dit bestand", "en": "About this file"}
ABOUT_ROWS = {"nl": ("Wat dit is", "Zo gebruikt u het", "Gemaakt op", "Gemaakt met"),
              "en": ("What this is", "How to use it", "Made on", "Made with")}
problems = []


def problem(text):
    problems.append(text)


def is_number(field):
    try:
        float(field)
        return True
    except ValueError:
        return False


def read_csv(path, delimiter=","):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=delimiter))


def libreoffice_sheets(path):
    """Every sheet of the workbook as LibreOffice reads it, by sheet name."""
    out = tempfile.mkdtemp(prefix="referee-")
    # 44 ',' 34 '"' 76 UTF-8, 1 first line; token 9 false: values, not as shown; -1: all sheets.
    subprocess.run(
        ["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{out}/profile",
         "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
         "--outdir", out, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    stem = os.path.splitext(os.path.basename(path))[0]
    sheets = {}
    for name in os.listdir(out):
        if name.startswith(stem + "-") and name.endswith(".csv"):
            sheets[name[len(stem) + 1:-4]] = read_csv(os.path.join(out, name))
    return sheets


# A formula cell's stored value: `<c …><f>…</f><v>…</v></c>`.
CACHED = re.compile(r"(<f(?:\s[^>]*)?>[^<]*</f>)<v>[^<]*</v>")


def without_cached_values(path):
    """A copy of the workbook whose formulas hold no stored value, and how many were taken out:
    LibreOffice then computes every formula itself instead of showing what the app stored."""
    out = os.path.join(tempfile.mkdtemp(prefix="referee-"), os.path.basename(path))
    taken = 0
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/") and item.filename.endswith(".xml"):
                text, count = CACHED.subn(r"\1", data.decode("utf-8"))
                data, taken = text.encode("utf-8"), taken + count
            copy.writestr(item, data)
    return out, taken


def same_field(want, got):
    """LibreOffice writes a percentage-formatted number with its sign even when asked for
    values ("81.82%" for 0.8182): that is the same number. A grouped number may be written as
    shown, rounded to whole units."""
    if want == got:
        return True
    if is_number(want) and got.endswith("%") and is_number(got[:-1]):
        return abs(float(got[:-1]) / 100 - float(want)) < 5e-5
    # Likewise a number with thousands grouped (`#,##0`): the same number, shown grouped.
    if is_number(want) and re.fullmatch(r"-?\d{1,3}(,\d{3})+(\.\d+)?", got):
        return abs(float(got.replace(",", "")) - float(want)) < 0.5
    return False


def same_row(want, got):
    return len(want) == len(got) and all(same_field(w, g) for w, g in zip(want, got))


def first_table(book):
    """The first visible sheet with a filtered header: the workbook's main table."""
    for sheet in book.worksheets:
        if sheet.sheet_state == "visible" and sheet.auto_filter.ref:
            return sheet
    problem("no sheet with a filtered header")
    return book.worksheets[0]


def check_fit_to_read(book, lang):
    """The first sheet explains the workbook; every visible table is headed in words."""
    about = book.worksheets[0]
    if about.title not in ABOUT.values():
        problem(f"the first sheet is {about.title!r}, not one that says what the workbook is")
        return
    if lang and about.title != ABOUT[lang]:
        problem(f"the first sheet is {about.title!r} in a workbook made in {lang}")
    if about.auto_filter.ref:
        problem(f"{about.title}: filtered, as a table; it is a text to read")
    if not about.cell(2, 2).alignment.wrap_text:
        problem(f"{about.title}!B2: the text does not wrap; it runs off the screen")
    parts = {}
    for row in about.iter_rows(min_row=2, values_only=True):
        if row and row[0]:
            parts.setdefault(str(row[0]), []).append(row[1:])
    wanted = ABOUT_ROWS[lang] if lang else ABOUT_ROWS["nl" if about.title == ABOUT["nl"] else "en"]
    for part in wanted:
        if not parts.get(part) or not parts[part][0][0]:
            problem(f"{about.title}: no {part!r}")
    made_with = (parts.get(wanted[3]) or [[""]])[0][0] or ""
    if not str(made_with).startswith("beleidsagenda "):
        problem(f"{about.title}: made with {made_with!r}, not the app and its version")
    for sheet in book.worksheets[1:]:
        if sheet.sheet_state != "visible":
            continue
        if sheet.title not in parts:
            problem(f"{about.title}: says nothing of the sheet {sheet.title!r}")
        if not sheet.auto_filter.ref:
            continue
        codes = {str(code) for (label, code) in ((r[0], r[1]) for r in parts.get(sheet.title, []) if len(r) > 1) if code}
        for cell in sheet[1]:
            header = cell.value
            if header is None:
                continue
            if CODE.match(str(header)) or str(header) in codes:
                problem(f"{sheet.title}!{cell.coordinate}: the header {header!r} is a code, not words")
            elif not any(len(r) > 1 and r[0] == header and r[1] for r in parts.get(sheet.title, [])):
                problem(f"{about.title}: no code for the header {header!r} of {sheet.title}")
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, bool) or (isinstance(cell.value, str) and (cell.value in ("true", "false") or CODE.match(cell.value))):
                    problem(f"{sheet.title}!{cell.coordinate}: {cell.value!r} is a code, not words")
                    break


def check_xlsx(path, data_csv, confidential, totals, lang):
    expected = read_csv(data_csv)
    book = openpyxl.load_workbook(path)
    values = openpyxl.load_workbook(path, data_only=True)
    check_fit_to_read(book, lang)
    first = first_table(book)
    lo = libreoffice_sheets(path)
    if first.title not in lo:
        problem(f"LibreOffice found no sheet {first.title!r} (it found {sorted(lo)})")
    else:
        whole = lo[first.title]
        read = whole[: len(expected)]
        for index, (want, got) in enumerate(zip(expected, read)):
            if not same_row(want, got):
                problem(f"LibreOffice row {index + 1}: {got[:8]}… differs from the app's CSV {want[:8]}…")
                break
        if len(read) != len(expected):
            problem(f"LibreOffice read {len(read)} rows, the app's CSV has {len(expected)}")
        # Rows after the CSV's are the totals (a CSV leaves them to the program), nothing else.
        for index, row in enumerate(whole[len(expected):], start=len(expected) + 1):
            if any(row) and not (totals and row[0] in ("Totaal", "Total")):
                problem(f"LibreOffice row {index}: {row[:8]}… is in the workbook, not in the app's CSV")
    if first.freeze_panes != "A2":
        problem(f"header not frozen: freeze_panes={first.freeze_panes}")
    if not (first.auto_filter.ref or "").startswith("A1:"):
        problem(f"no autofilter on the header: {first.auto_filter.ref}")
    if not first.cell(1, 1).font.b:
        problem("header not bold")
    for r, row in enumerate(expected[1:], start=2):
        for c, field in enumerate(row, start=1):
            cell = first.cell(r, c)
            where = f"{first.title}!{cell.coordinate}"
            if field == "":
                if cell.value not in (None, ""):
                    problem(f"{where}: {cell.value!r} where the CSV is empty")
            elif DATE.match(field):
                if not cell.is_date or cell.value.strftime("%Y-%m-%d") != field:
                    problem(f"{where}: {cell.value!r} is not the date {field}")
            elif is_number(field):
                if cell.data_type != "n" or abs(float(cell.value) - float(field)) > 1e-9 * max(1, abs(float(field))):
                    problem(f"{where}: {cell.value!r} ({cell.data_type}) is not the number {field}")
            elif cell.data_type != "s" or cell.value != field.lstrip("'") and cell.value != field:
                problem(f"{where}: {cell.value!r} is not the text {field!r}")
    if totals:
        # One totals row per budget (column H) and year (column I): each SUMIFS over the lines
        # of that budget and year, its stored value and LibreOffice's recomputation that sum.
        rows = list(range(2, first.max_row + 1))
        total_rows = [r for r in rows if first.cell(r, 1).value in ("Totaal", "Total")]
        data_rows = [r for r in rows if r not in total_rows]
        if not total_rows:
            problem("no totals rows")
        # LibreOffice computes each total itself, from a copy without the values the app stored.
        bare, taken = without_cached_values(path)
        if taken < 2 * len(total_rows):
            problem(f"{taken} stored formula values taken out for LibreOffice to compute, not {2 * len(total_rows)}")
        computed = libreoffice_sheets(bare).get(first.title, [])
        for r in total_rows:
            budget, year = first.cell(r, 8).value, first.cell(r, 9).value
            formulas = [c for c in first[r] if isinstance(c.value, str) and c.value.startswith("=SUMIFS(")]
            if len(formulas) != 2:
                problem(f"totals row {r}: {len(formulas)} SUMIFS formulas, not 2")
            last = max(data_rows)
            for cell in formulas:
                column = cell.column
                # Over every line and only the lines: the range ends at the last of them.
                letter = cell.column_letter
                wanted = f"=SUMIFS({letter}2:{letter}{last},H2:H{last},H{r},I2:I{last},I{r})"
                if cell.value != wanted:
                    problem(f"{first.title}!{cell.coordinate}: {cell.value}, not {wanted}")
                total = sum(float(first.cell(d, column).value or 0) for d in data_rows
                            if first.cell(d, 8).value == budget and first.cell(d, 9).value == year)
                stored = values[first.title].cell(r, column).value
                if stored is None or abs(float(stored) - total) > 1e-6:
                    problem(f"{first.title}!{cell.coordinate}: stored total {stored} is not the sum {total} of {budget} in {year}")
                recomputed = computed[r - 1][column - 1] if r - 1 < len(computed) and column - 1 < len(computed[r - 1]) else None
                if not is_number(recomputed or "") or abs(float(recomputed) - total) > 1e-6:
                    problem(f"LibreOffice computes {recomputed} in {cell.coordinate}, not {total}")
    # No cell names the folder the app was opened from (on Windows: the user's account name).
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and re.search(r"file:|[A-Za-z]:\\|/home/|/Users/", cell.value):
                    problem(f"{sheet.title}!{cell.coordinate}: a local address {cell.value[:60]!r}")
    props = book.properties
    # openpyxl fills in "openpyxl" for a missing creator: read the part itself.
    with zipfile.ZipFile(path) as archive:
        core = archive.read("docProps/core.xml").decode("utf-8")
    for tag in ("dc:creator", "cp:lastModifiedBy"):
        found = re.search(rf"<{tag}>([^<]*)</{tag}>", core)
        if found and found.group(1).strip():
            problem(f"a personal name in the properties: {tag}={found.group(1)!r}")
    for sheet in book.worksheets:
        header, footer = sheet.oddHeader.center.text or "", sheet.oddFooter.left.text or ""
        marked = "VERTROUWELIJK" in header and "VERTROUWELIJK" in footer
        if confidential and not marked:
            problem(f"sheet {sheet.title}: no VERTROUWELIJK in header and footer ({header!r}, {footer!r})")
        if not confidential and ("VERTROUWELIJK" in header or "VERTROUWELIJK" in footer):
            problem(f"sheet {sheet.title}: VERTROUWELIJK in a public file")
    if confidential != (props.contentStatus == "VERTROUWELIJK"):
        problem(f"document status {props.contentStatus!r} in a {'confidential' if confidential else 'public'} file")
    return f"{len(expected) - 1} rows, {len(book.worksheets)} sheets"


def check_open(path, lang):
    """A workbook with no CSV beside it: LibreOffice and openpyxl read the same values in its
    first table, the header is frozen, and any formula has its stored value."""
    book = openpyxl.load_workbook(path)
    values = openpyxl.load_workbook(path, data_only=True)
    check_fit_to_read(book, lang)
    first = first_table(book)
    lo = libreoffice_sheets(path).get(first.title)
    if lo is None:
        problem(f"LibreOffice found no sheet {first.title!r}")
        return "unread"
    if first.freeze_panes != "A2":
        problem(f"header not frozen: freeze_panes={first.freeze_panes}")
    formulas = 0
    # Each formula as LibreOffice computes it, from a copy without the values the app stored.
    bare, _ = without_cached_values(path)
    computed = libreoffice_sheets(bare).get(first.title, [])
    for r, row in enumerate(first.iter_rows(), start=1):
        for c, cell in enumerate(row, start=1):
            stored = values[first.title].cell(r, c).value
            if isinstance(cell.value, str) and cell.value.startswith("="):
                formulas += 1
                if stored is None:
                    problem(f"{cell.coordinate}: formula {cell.value} without a stored value")
                own = computed[r - 1][c - 1] if r - 1 < len(computed) and c - 1 < len(computed[r - 1]) else ""
                if stored is not None and not (is_number(own) and abs(float(own) - float(stored)) <= 1e-9):
                    problem(f"{cell.coordinate}: LibreOffice computes {own!r} from {cell.value}, the file stores {stored}")
            got = lo[r - 1][c - 1] if r - 1 < len(lo) and c - 1 < len(lo[r - 1]) else ""
            want = "" if stored is None else (f"{stored:g}" if isinstance(stored, (int, float)) else str(stored))
            if isinstance(stored, (int, float)) and not isinstance(stored, bool) and got:
                if not same_field(repr(stored), got) and not (is_number(got) and abs(float(got) - stored) <= 1e-9):
                    problem(f"{cell.coordinate}: LibreOffice {got}, openpyxl {stored}")
            elif got != want:
                problem(f"{cell.coordinate}: LibreOffice {got!r}, openpyxl {want!r}")
    return f"{first.max_row - 1} rows, {formulas} formulas"


def check_csv_nl(nl_csv, data_csv):
    with open(nl_csv, "rb") as f:
        raw = f.read()
    if not raw.startswith(b"\xef\xbb\xbf"):
        problem("the Excel (NL) CSV has no byte-order mark")
    if b"\r\n" not in raw or raw.count(b"\n") != raw.count(b"\r\n"):
        problem("the Excel (NL) CSV does not end its lines with CRLF")
    nl = read_csv(nl_csv, delimiter=";")
    data = read_csv(data_csv)
    if len(nl) != len(data):
        problem(f"{len(nl)} rows in the Excel (NL) CSV, {len(data)} in the data CSV")
    for index, (a, b) in enumerate(zip(nl, data)):
        converted = [f.replace(",", ".") if re.fullmatch(r"-?\d+,\d+", f) else f for f in a]
        if converted != b:
            problem(f"row {index + 1}: {a[:6]}… does not read as {b[:6]}…")
            break
    return f"{len(nl) - 1} rows"


def main(argv):
    lang = None
    if "--lang" in argv:
        at = argv.index("--lang")
        lang = argv[at + 1] if at + 1 < len(argv) else ""
        if lang not in ABOUT:
            print(__doc__, file=sys.stderr)
            return 2
        argv = argv[:at] + argv[at + 2:]
    if len(argv) >= 3 and argv[0] == "xlsx":
        said = check_xlsx(argv[1], argv[2], "--confidential" in argv, "--totals" in argv, lang)
    elif len(argv) == 3 and argv[0] == "csv-nl":
        said = check_csv_nl(argv[1], argv[2])
    elif len(argv) == 2 and argv[0] == "xlsx-open":
        said = check_open(argv[1], lang)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    print(f"ok {argv[0]} {os.path.basename(argv[1])}: {said}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
