#!/usr/bin/env python3
"""Regenerates data/values.json, the figures per country and indicator, from the research tables
in data/research/ (standard library only):

    python3 tools/gen/values.py           # writes data/values.json
    python3 tools/gen/values.py --check   # fails if data/values.json differs (run by ./test)

- partners-2024.csv: the master table of the second research round (figures-2024.md §6); an
  empty cell is a missing figure and becomes `null`, never 0.
- figures-facts.csv: figures transcribed from the research notes (facts.md §3), one per row,
  with the source id and a note where the source was approximate.
Countries not in data/countries.json are skipped; every country gets an entry per CSV column so
that a missing figure is explicit.
"""
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "data" / "values.json"

# CSV column -> (indicator id, year column or fixed year, source id)
PARTNER_COLUMNS = {
    "nl_asylum_applicants_2024": ("nl_asylum_applicants_2024", 2024, "eurostat-asyappctza"),
    "eu27_asylum_applicants_2024": ("eu_asylum_applicants_2024", 2024, "eurostat-asyappctza"),
    "frontex_detections_2024": ("frontex_detections_2024", 2024, "frontex-detections"),
    "population_2023": ("population_2023", 2023, "wdi-wpp"),
    "gdp_per_capita_ppp_const2021": ("gdp_per_capita_ppp", "gdp_per_capita_year", "wdi-wpp"),
    "refugees_hosted_end2023": ("refugees_hosted_2023", 2023, "unhcr-refugees"),
}


def number(text):
    text = text.strip()
    if text == "":
        return None
    value = float(text)
    return int(value) if value.is_integer() else value


def build():
    countries = [c["iso3"] for c in json.loads((ROOT / "data" / "countries.json").read_text())["countries"]]
    known = set(countries)
    values = {}
    with open(ROOT / "data" / "research" / "partners-2024.csv", newline="", encoding="utf-8") as f:
        rows = {row["iso3"]: row for row in csv.DictReader(f)}
    for iso3 in countries:
        row = rows.get(iso3)
        for column, (indicator, year, source) in PARTNER_COLUMNS.items():
            value = number(row[column]) if row else None
            year_value = None
            if value is not None:
                year_value = int(row[year]) if isinstance(year, str) else year
            values[(iso3, indicator)] = {
                "country": iso3, "indicator": indicator, "value": value,
                "year": year_value, "source": source, "note": None,
            }
    with open(ROOT / "data" / "research" / "figures-facts.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["iso3"] not in known:
                continue
            note = {"nl": row["note_nl"], "en": row["note_en"]} if row["note_nl"] else None
            values[(row["iso3"], row["indicator"])] = {
                "country": row["iso3"], "indicator": row["indicator"], "value": number(row["value"]),
                "year": int(row["year"]), "source": row["source"], "note": note,
            }
    ordered = sorted(values.values(), key=lambda v: (v["indicator"], countries.index(v["country"])))
    return json.dumps({"values": ordered}, ensure_ascii=False, indent=1) + "\n"


def main():
    text = build()
    if "--check" in sys.argv:
        if OUT.read_text(encoding="utf-8") != text:
            sys.exit("data/values.json is out of date: run python3 tools/gen/values.py")
        print("data/values.json matches data/research/")
        return
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")


main()
