#!/usr/bin/env python3
"""Writes the hostile-input corpus in tests/hostile/ (standard library only):

    python3 tools/gen/hostile.py           # writes the corpus
    python3 tools/gen/hostile.py --check   # fails if the files differ (run by ./test, native layer)

Every case is a small file named for what the app must do with it: `reject-*` is refused with
errors in both languages and changes nothing, `accept-*` loads. The largest cases (a 6 MB file,
nesting 10,000 deep) are made by the test itself (model/tests/hostile.rs), not stored.
"""
import copy
import json
import sys
from pathlib import Path

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


def files():
    out = {}
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
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
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
