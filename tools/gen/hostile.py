#!/usr/bin/env python3
"""Writes the hostile-input corpus in tests/hostile/ (standard library only):

    python3 tools/gen/hostile.py           # writes the corpus
    python3 tools/gen/hostile.py --check   # fails if the files differ (run by ./test, native layer)

Every case is a small file named for what the app must do with it: `reject-*` is refused with
errors in both languages and changes nothing, `accept-*` loads. The largest cases (a 6 MB file,
nesting 10,000 deep) are made by the test itself (model/tests/hostile.rs), not stored.
"""
import copy
import io
import json
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "hostile"
T = lambda s: {"nl": s, "en": s}

BASE = {
    "sources": [{"id": "bron", "title": "Bron", "short": T("Bron"), "publisher": "Uitgever", "date": "2024",
                 "url": "https://example.org/bron", "kind": "statistics", "covers": T("Cijfers")}],
    "countries": [
        {"iso3": "MAR", "name": T("Marokko"), "region": "north_africa", "eu_partnership": None,
         "visa_25a": {"status": "none", "since": None, "note": None, "source": "bron"},
         "development": {"category": "none", "source": "bron"}},
        {"iso3": "TUN", "name": T("Tunesië"), "region": "north_africa", "eu_partnership": None},
    ],
    "indicators": [
        {"id": "aankomsten", "name": T("Aankomsten"), "description": T("Aankomsten per land"), "unit": "count",
         "direction": "higher_is_more_relevant", "default_weight": 1, "scale": "log", "source": "bron",
         "derived_from": None, "list": {"kind": "top_n", "n": 1, "bound": 100, "wording": T("De grootste")}},
        {"id": "aandeel", "name": T("Aandeel"), "description": T("Een aandeel"), "unit": "share",
         "direction": "lower_is_more_relevant", "default_weight": 1, "scale": "linear", "source": "bron",
         "derived_from": None, "list": {"kind": "partial"}},
    ],
    "values": [
        {"country": "MAR", "indicator": "aankomsten", "value": 120, "year": 2024, "source": "bron", "note": None},
        {"country": "MAR", "indicator": "aandeel", "value": 0.2, "year": 2024, "source": "bron", "note": None},
    ],
}


def mutate(edit):
    value = copy.deepcopy(BASE)
    edit(value)
    return json.dumps(value, ensure_ascii=False, indent=1) + "\n"


def setp(path, new):
    def edit(value):
        target = value
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = new
    return edit


DATASET = {
    "accept-minimal.json": mutate(lambda v: None),
    "accept-rtl-and-emoji.json": mutate(setp(["countries", 1, "name"], {"nl": "تونس 🇹🇳 Tunesië", "en": "تونس 🇹🇳 Tunisia"})),
    "reject-truncated.json": mutate(lambda v: None)[:200],
    "reject-not-json.txt.json": "Dit is geen JSON, maar een brief.\n",
    "reject-trailing-comma.json": '{"sources": [], "countries": [], "indicators": [], "values": [],}\n',
    "reject-empty-object.json": "{}\n",
    "reject-array-root.json": "[]\n",
    "reject-null.json": "null\n",
    "reject-countries-not-a-list.json": mutate(setp(["countries"], "MAR")),
    "reject-value-as-text.json": mutate(setp(["values", 0, "value"], "120")),
    "reject-nan-as-text.json": mutate(setp(["values", 0, "value"], "NaN")),
    "reject-infinity-as-text.json": mutate(setp(["values", 0, "value"], "Infinity")),
    "reject-huge-number.json": mutate(lambda v: None).replace('"value": 120', '"value": 1e400'),
    "reject-negative-count.json": mutate(setp(["values", 0, "value"], -5)),
    "reject-fractional-count.json": mutate(setp(["values", 0, "value"], 12.5)),
    "reject-share-above-one.json": mutate(setp(["values", 1, "value"], 1.7)),
    "reject-year-in-future.json": mutate(setp(["values", 0, "year"], 2999)),
    "reject-duplicate-country.json": mutate(lambda v: v["countries"].append(copy.deepcopy(v["countries"][0]))),
    "reject-unknown-country-code.json": mutate(setp(["countries", 1, "iso3"], "ATL")),
    "reject-unknown-source.json": mutate(setp(["values", 0, "source"], "nergens")),
    "reject-unknown-indicator.json": mutate(setp(["values", 0, "indicator"], "geen_criterium")),
    "reject-script-in-name.json": mutate(setp(["countries", 0, "name"], {"nl": "<script>alert(1)</script>", "en": "x"})),
    "reject-javascript-url.json": mutate(setp(["sources", 0, "url"], "javascript:alert(1)")),
    "reject-email-in-note.json": mutate(setp(["values", 0, "note"], {"nl": "Vragen: j.jansen@minbuza.nl", "en": "x"})),
    "reject-phone-in-note.json": mutate(setp(["values", 0, "note"], {"nl": "Bel 070 345 6789", "en": "x"})),
    "reject-personal-field.json": mutate(setp(["sources", 0, "email"], "j.jansen@minbuza.nl")),
    "reject-top-n-value-below-bound.json": mutate(setp(["values", 0, "value"], 40)),
    "reject-top-n-without-bound.json": mutate(lambda v: v["indicators"][0]["list"].pop("bound")),
    "reject-unknown-list-kind.json": mutate(setp(["indicators", 1, "list"], {"kind": "top_ten"})),
    "reject-grade-above-five.json": mutate(setp(["indicators", 0, "default_weight"], 9)),
}

SCENARIO_BASE = {"format": "beleidsagenda-scenario", "version": 1,
                 "scenario": {"name": "Test", "saved": "2026-11-28", "query": "v=1"}, "settings": {}}

SCENARIO = {
    "reject-not-json.json": "geen scenario\n",
    "reject-truncated.json": json.dumps(SCENARIO_BASE)[:40],
    "reject-no-format.json": json.dumps({"scenario": SCENARIO_BASE["scenario"]}) + "\n",
    "reject-other-format.json": json.dumps(dict(SCENARIO_BASE, format="iets-anders")) + "\n",
    "reject-query-not-text.json": json.dumps(dict(SCENARIO_BASE, scenario={"name": "x", "saved": "2026", "query": 42})) + "\n",
    "accept-unknown-parts.json": json.dumps(dict(SCENARIO_BASE, scenario={"name": "Oud", "saved": "2025-01-01",
        "query": "v=1&w=return_rate:4,geen_criterium:3&mc=99999999,0.2,1&adj=ATL~exc~2026-01-01~x&zoom=2"})) + "\n",
    "accept-script-in-name-and-reason.json": json.dumps(dict(SCENARIO_BASE, scenario={"name": "<script>alert(1)</script>",
        "saved": "2026-11-28", "query": "v=1&adj=MAR~exc~2026-11-28~%3Cscript%3Ealert(1)%3C%2Fscript%3E"})) + "\n",
}

# A scenario file with a plan, as the plan view exports it, against the bundled data.
PLAN_ROW = {"country": "MAR", "instrument": "return-agreements", "lead": "A&M", "contributors": ["DT&V"],
            "envelope": "am-project", "years": {"2025": {"eur": 1000000, "fte_hundredths": 150}}, "added": "2026-11-28"}
PLAN_BASE = {"format": "beleidsagenda-scenario", "version": 1, "settings": {},
             "scenario": {"name": "Plan", "saved": "2026-11-28", "query": "v=1",
                          "plan": {"selection": "v=1", "packages": {}, "rows": [PLAN_ROW], "fte_available": {"A&M": 300},
                                   "statuses": [{"country": "UGA", "date": "2025-09-25", "status": "agreement", "reason": "",
                                                 "source": "uganda-loi-2025"}],
                                   "milestones": [{"date": "2026-06-30", "label": "Evaluatie", "country": None}]}}}


CONSULTATION = {"id": "overleg-1", "date": "2026-11-20", "form": "roundtable",
                "organisations": [{"name": "VluchtelingenWerk Nederland", "category": "ngo"},
                                  {"name": "IOM", "category": "international", "transparency_register": "0123456789-12"}],
                "themes": ["bescherming-rode-draad"], "countries": ["MAR", "ATL"],
                "brought_in": "Re-integratie werkt alleen met een plan per gemeente van herkomst.",
                "follow_ups": [{"action": "Voorstel delen", "owner": "IOM", "due": "2026-12-01"}], "reportable": True}


def plan_with(edit):
    value = copy.deepcopy(PLAN_BASE)
    edit(value["scenario"]["plan"])
    return json.dumps(value, ensure_ascii=False, indent=1) + "\n"


def row_set(key, new):
    return lambda plan: plan["rows"][0].__setitem__(key, new)


def year_set(key, new):
    return lambda plan: plan["rows"][0]["years"]["2025"].__setitem__(key, new)


PLAN = {
    "accept-minimal.json": plan_with(lambda p: None),
    "accept-unknown-references.json": plan_with(lambda p: (p["rows"].append(dict(PLAN_ROW, country="ATL")),
        p["rows"].append(dict(PLAN_ROW, instrument="teleport")), p["rows"].append(dict(PLAN_ROW, country="TUN", envelope="geheim")))),
    "accept-rtl-and-emoji.json": plan_with(lambda p: p["milestones"].__setitem__(0, {"date": "2026-06-30",
        "label": "تونس 🇹🇳 evaluatie", "country": "TUN"})),
    "reject-not-json.json": "geen plan\n",
    "reject-truncated.json": plan_with(lambda p: None)[:300],
    "reject-no-plan.json": json.dumps(SCENARIO_BASE) + "\n",
    "reject-negative-eur.json": plan_with(year_set("eur", -1000000)),
    "reject-fractional-eur.json": plan_with(year_set("eur", 1000000.5)),
    "reject-eur-as-text.json": plan_with(year_set("eur", "1000000")),
    "reject-absurd-eur.json": plan_with(year_set("eur", 20000000000)),
    "reject-huge-eur.json": plan_with(lambda p: None).replace('"eur": 1000000', '"eur": 1e400'),
    "reject-negative-fte.json": plan_with(year_set("fte_hundredths", -150)),
    "reject-absurd-fte.json": plan_with(year_set("fte_hundredths", 2000000)),
    "reject-year-outside-plan.json": plan_with(lambda p: p["rows"][0]["years"].__setitem__("2031", {"eur": 5, "fte_hundredths": 0})),
    "reject-unknown-organisation.json": plan_with(row_set("lead", "CIA")),
    "reject-bad-date.json": plan_with(row_set("added", "2026-02-30")),
    "reject-status-without-ground.json": plan_with(lambda p: p["statuses"][0].__setitem__("source", None)),
    "reject-markup-in-reason.json": plan_with(lambda p: p["statuses"][0].__setitem__("reason", "<script>alert(1)</script>")),
    "reject-email-in-label.json": plan_with(lambda p: p["milestones"][0].__setitem__("label", "Mail j.jansen@minbuza.nl")),
    "reject-unknown-field.json": plan_with(lambda p: p.__setitem__("budget_secret", 1)),
    # The same line twice with another amount: which holds is not for the app to guess.
    "reject-line-twice.json": plan_with(lambda p: p["rows"].append(dict(PLAN_ROW, years={"2025": {"eur": 42, "fte_hundredths": 0}}))),
    # The register of consultation: organisations named, people never; every date a day.
    "accept-consultation.json": plan_with(lambda p: p.__setitem__("consultations", [CONSULTATION])),
    "reject-consultation-person.json": plan_with(lambda p: p.__setitem__("consultations", [
        dict(CONSULTATION, organisations=[{"name": "dhr. J. Jansen", "category": "company"}])])),
    "reject-consultation-phone.json": plan_with(lambda p: p.__setitem__("consultations", [
        dict(CONSULTATION, follow_ups=[{"action": "Terugbellen", "owner": "bel +31 6 12345678", "due": "2026-12-01"}])])),
    "reject-consultation-no-organisation.json": plan_with(lambda p: p.__setitem__("consultations", [dict(CONSULTATION, organisations=[])])),
    "reject-consultation-twice.json": plan_with(lambda p: p.__setitem__("consultations", [CONSULTATION, CONSULTATION])),
    "reject-consultation-unknown-form.json": plan_with(lambda p: p.__setitem__("consultations", [dict(CONSULTATION, form="lunch")])),
    "reject-consultation-bad-register-number.json": plan_with(lambda p: p.__setitem__("consultations", [
        dict(CONSULTATION, organisations=[{"name": "VNO-NCW", "category": "employers_association", "transparency_register": "12345"}])])),
}

# Damaged links: each line a query after "#/nl/selection?".
URL = "\n".join([
    "w=return_rate:9,visa_25a:-1,eu_partnership:NaN",
    "v=999&w=return_rate:3",
    "tiers=top:99999999,1",
    "tiers=score:2,0.5",
    "cov=NaN",
    "cov=-0.5",
    "mc=0,0.2,1",
    "mc=1000,Infinity,1",
    "adj=MAR~t9~2026-01-01~x;TUN~exc~geen-datum~x;%ZZ~exc~2026-01-01~x",
    "sel=<script>&sort=rank-desc-desc&view=globe",
    "reg=mars,north_africa",
    "cens=alles",
    "w=" + ",".join(f"c{i}:3" for i in range(300)),
]) + "\n"

STORAGE = {
    "dataset-truncated.txt": '{"file_name": "oud.json", "text": "{ kapot',
    "dataset-not-an-entry.txt": '["oud.json"]',
    "scenarios-not-json.txt": "[kapot",
    "scenarios-wrong-shape.txt": '{"version": 1, "scenarios": "geen lijst"}',
    "plan-not-json.txt": '{"rows": [kapot',
    "plan-negative-amount.txt": json.dumps({"rows": [dict(PLAN_ROW, years={"2025": {"eur": -5, "fte_hundredths": 0}})]}),
    "plan-wrong-shape.txt": '{"rows": "geen lijst"}',
}


# Spreadsheets: the dataset template's sheets (as tools read them) made from BASE, then broken.
def sheets_of(base):
    def text(value):
        return value if isinstance(value, str) else value
    sources = [["id", "title", "short_nl", "short_en", "publisher", "date", "url", "kind", "covers_nl", "covers_en"]]
    for s in base["sources"]:
        sources.append([s["id"], s["title"], s["short"]["nl"], s["short"]["en"], s["publisher"], s["date"], s["url"], s["kind"], s["covers"]["nl"], s["covers"]["en"]])
    countries = [["iso3", "name_nl", "name_en", "region", "visa_25a_status", "visa_25a_source", "development_category", "development_source"]]
    for c in base["countries"]:
        visa, dev = c.get("visa_25a") or {}, c.get("development") or {}
        countries.append([c["iso3"], c["name"]["nl"], c["name"]["en"], c["region"], visa.get("status"), visa.get("source"), dev.get("category"), dev.get("source")])
    criteria = [["id", "name_nl", "name_en", "description_nl", "description_en", "unit", "direction", "default_weight", "scale", "source", "list_kind", "list_n", "list_bound", "list_wording_nl", "list_wording_en"]]
    for i in base["indicators"]:
        lst = i["list"]
        criteria.append([i["id"], i["name"]["nl"], i["name"]["en"], i["description"]["nl"], i["description"]["en"], i["unit"], i["direction"], i["default_weight"], i["scale"], i["source"], lst["kind"], lst.get("n"), lst.get("bound"), (lst.get("wording") or {}).get("nl"), (lst.get("wording") or {}).get("en")])
    values = [["country", "indicator", "value", "year", "source"]]
    for v in base["values"]:
        values.append([v["country"], v["indicator"], v["value"], v["year"], v["source"]])
    return {"Bronnen": sources, "Landen": countries, "Criteria": criteria, "Waarden": values}


def column(index):
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def sheet_xml(rows):
    out = ['<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, start=1):
        out.append(f'<row r="{r}">')
        for c, value in enumerate(row):
            ref = f"{column(c)}{r}"
            if value is None:
                continue
            if isinstance(value, tuple):  # ("formula", cached value or None)
                cached = "" if value[1] is None else f"<v>{value[1]}</v>"
                out.append(f'<c r="{ref}"><f>{escape(value[0])}</f>{cached}</c>')
            elif isinstance(value, (int, float)):
                out.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                out.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>')
        out.append("</row>")
    out.append("</sheetData></worksheet>")
    return "".join(out)


def xlsx(sheets, extra=None, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", raw_sheet=None):
    """A minimal workbook: fixed timestamps, so the bytes are the same on every run."""
    names = list(sheets)
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{content_type}"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
        + "".join(f'<sheet name="{n}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, n in enumerate(names)) + "</sheets></workbook>",
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(names))) + "</Relationships>",
    }
    for i, n in enumerate(names):
        parts[f"xl/worksheets/sheet{i + 1}.xml"] = raw_sheet if (raw_sheet and i == 0) else sheet_xml(sheets[n])
    parts.update(extra or {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in parts.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content.encode("utf-8") if isinstance(content, str) else content, compresslevel=9)
    return buffer.getvalue()


def edited(edit):
    sheets = sheets_of(BASE)
    edit(sheets)
    return sheets


def cell(sheet, row, col, value):
    def edit(sheets):
        sheets[sheet][row][col] = value
    return edit


def ole(encrypted):
    """The compound-file header of an old .xls, or of a password-protected workbook."""
    body = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(504)
    if encrypted:
        body += "EncryptionInfo".encode("utf-16-le") + bytes(64) + "EncryptedPackage".encode("utf-16-le")
    else:
        body += "Workbook".encode("utf-16-le")
    return body + bytes(512)


VALUES_NL = "\ufeffcountry;indicator;value;year;source\r\nMAR;return_rate;0,35;2024;eurostat-asyappctza\r\n"
SPREADSHEET = {
    "accept-formula-with-stored-value.xlsx": xlsx(edited(cell("Waarden", 1, 2, ("100+20", 120)))),
    "accept-template.xlsx": xlsx(sheets_of(BASE)),
    "reject-formula-without-value.xlsx": xlsx(edited(cell("Waarden", 1, 2, ("100+20", None)))),
    "reject-number-as-text.xlsx": xlsx(edited(cell("Waarden", 1, 2, "twaalf"))),
    "reject-date-as-text.xlsx": xlsx(edited(cell("Bronnen", 1, 5, "12 maart 2024"))),
    "reject-missing-sheet.xlsx": xlsx({k: v for k, v in sheets_of(BASE).items() if k != "Criteria"}),
    "reject-zip-bomb.xlsx": xlsx(sheets_of(BASE), extra={"xl/worksheets/sheet1.xml": "<worksheet><sheetData>" + " " * (60 << 20) + "</sheetData></worksheet>"}),
    "reject-row-one-million.xlsx": xlsx(sheets_of(BASE), raw_sheet='<worksheet><sheetData><row r="1000000"><c r="A1000000"><v>1</v></c></row></sheetData></worksheet>'),
    "reject-shared-string-out-of-range.xlsx": xlsx(sheets_of(BASE), raw_sheet='<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>99</v></c></row></sheetData></worksheet>',
                                                   extra={"xl/sharedStrings.xml": '<sst><si><t>id</t></si></sst>'}),
    "reject-entity-expansion.xlsx": xlsx(sheets_of(BASE), raw_sheet='<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>'),
    "reject-external-link.xlsx": xlsx(sheets_of(BASE), extra={"xl/externalLinks/externalLink1.xml": '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
                                                             "xl/externalLinks/_rels/externalLink1.xml.rels": '<Relationships><Relationship Id="rId1" Target="file:///C:/geheim.xlsx" TargetMode="External"/></Relationships>'}),
    "reject-macros-renamed-xlsm.xlsx": xlsx(sheets_of(BASE), extra={"xl/vbaProject.bin": bytes(range(256))}, content_type="application/vnd.ms-excel.sheet.macroEnabled.main+xml"),
    "reject-old-xls-renamed.xlsx": ole(False),
    "reject-password-protected.xlsx": ole(True),
    "reject-not-a-workbook.xlsx": "land;waarde\nMAR;3\n".encode("utf-8"),
    "accept-values-excel-nl.csv": VALUES_NL.encode("utf-8"),
    "reject-utf16.csv": VALUES_NL.encode("utf-16"),
    "reject-mixed-separators.csv": "country;indicator;value;year;source\r\nMAR,return_rate,0.35,2024,eurostat-asyappctza\r\n".encode("utf-8"),
    "reject-unknown-table.csv": "land;waarde\r\nMAR;3\r\n".encode("utf-8"),
}


# Plan workbooks as the app writes them (the lines sheet and the plan file in a hidden sheet),
# then edited as a user in Excel might: every row must be accounted for or refused by its cell.
PLAN_COLUMNS = ["country", "country_name", "tier", "instrument", "instrument_name", "lead", "contributors", "envelope", "year", "eur", "fte"]


def plan_line(country="MAR", instrument="return-agreements", year=2025, eur=1000000, fte=1.5, lead="A&M", contributors="DT&V", name="Terugkeer- en overnameafspraken"):
    return [country, "Marokko", "Intensief", instrument, name, lead, contributors, "am-project", year, eur, fte]


def plan_workbook(lines):
    text = json.dumps(PLAN_BASE, ensure_ascii=False)
    return xlsx({"Regels": [PLAN_COLUMNS] + lines + [["Totaal", None, None, None, None, None, None, None, None, 1000000, 1.5]],
                 "beleidsagenda-plan": [["json"], [text]]})


PLAN_WORKBOOK = {
    "accept-as-written.xlsx": plan_workbook([plan_line()]),
    "accept-row-repeated.xlsx": plan_workbook([plan_line(), plan_line()]),
    "reject-duplicate-rows.xlsx": plan_workbook([plan_line(), plan_line(eur=999)]),
    "reject-empty-instrument-code.xlsx": plan_workbook([plan_line(), plan_line(instrument="", year=2026)]),
    "reject-empty-country-code.xlsx": plan_workbook([plan_line(), plan_line(country="", year=2026)]),
    "reject-year-outside-plan.xlsx": plan_workbook([plan_line(year=2031)]),
    "reject-negative-amount.xlsx": plan_workbook([plan_line(eur=-5)]),
    "reject-absurd-amount.xlsx": plan_workbook([plan_line(eur=1e308)]),
    "reject-amount-as-text.xlsx": plan_workbook([plan_line(eur="een miljoen")]),
    "reject-other-lead-in-one-line.xlsx": plan_workbook([plan_line(), plan_line(year=2026, lead="BZ")]),
    "reject-unknown-lead.xlsx": plan_workbook([plan_line(lead="AM")]),
    "reject-unknown-contributor.xlsx": plan_workbook([plan_line(contributors="DT&V;Gemeente")]),
    "reject-blank-amount.xlsx": plan_workbook([plan_line(), plan_line(year=2026, eur=None)]),
    "reject-header-twice.xlsx": xlsx({"Regels": [PLAN_COLUMNS + ["eur"]] + [plan_line() + [5000000]],
                                      "beleidsagenda-plan": [["json"], [json.dumps(PLAN_BASE, ensure_ascii=False)]]}),
}


def files():
    out = {}
    for name, content in PLAN_WORKBOOK.items():
        out[f"plan-workbook/{name}"] = content
    for name, content in SPREADSHEET.items():
        out[f"spreadsheet/{name}"] = content
    for name, text in DATASET.items():
        out[f"dataset/{name}"] = text
    for name, text in SCENARIO.items():
        out[f"scenario/{name}"] = text
    for name, text in PLAN.items():
        out[f"plan/{name}"] = text
    out["url/damaged-links.txt"] = URL
    for name, text in STORAGE.items():
        out[f"storage/{name}"] = text
    return out


def main():
    check = "--check" in sys.argv
    wanted = files()
    stale = []
    for name, text in wanted.items():
        path = OUT / name
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        if check:
            if not path.exists() or path.read_bytes() != data:
                stale.append(name)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    on_disk = {str(p.relative_to(OUT)) for p in OUT.rglob("*") if p.is_file() and p.name != "README.md"}
    extra = on_disk - set(wanted)
    if check:
        if stale or extra:
            sys.exit(f"tests/hostile is out of date ({', '.join(sorted(stale + list(extra)))}): run python3 tools/gen/hostile.py")
        print(f"tests/hostile matches its generator ({len(wanted)} cases)")
    else:
        for name in extra:
            (OUT / name).unlink()
        print(f"wrote {len(wanted)} cases to {OUT.relative_to(ROOT)}")


main()
