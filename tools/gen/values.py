#!/usr/bin/env python3
"""Regenerates data/values.json, the figures per country and indicator, from the research tables
in data/research/ (standard library only):

    python3 tools/gen/values.py           # writes data/values.json
    python3 tools/gen/values.py --check   # fails if data/values.json differs (run by ./test)

- the criteria that `tools/refresh` makes from the snapshots under data/snapshots/ (asylum
  applicants NL and EU27, Frontex detections, population, GDP per capita, refugees hosted) are
  taken as they stand in data/values.json: the refresh writes them, and `cargo run -p refresh --
  --from-snapshots --check` proves them. (They were first typed in from partners-2024.csv, which
  stays as the research record; the refresh reads the same files and corrected what the typing
  lost: population rounded down by one, and Benin, Burundi, Mozambique and Russia left empty.)
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

# The criteria tools/refresh writes (tools/refresh/src/recipe.rs, RECIPES).
REFRESHED = {
    "nl_asylum_applicants_2024", "eu_asylum_applicants_2024", "frontex_detections_2024",
    "population_2023", "gdp_per_capita_ppp", "refugees_hosted_2023",
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
    for record in json.loads(OUT.read_text(encoding="utf-8"))["values"]:
        if record["indicator"] in REFRESHED and record["country"] in known:
            values[(record["country"], record["indicator"])] = record
    for iso3 in countries:
        for indicator in REFRESHED:
            if (iso3, indicator) not in values:
                sys.exit(f"data/values.json has no {indicator} for {iso3}: run cargo run -p refresh -- --from-snapshots")
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
        print("data/values.json matches data/research/ and the refreshed criteria")
        return
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")


main()
