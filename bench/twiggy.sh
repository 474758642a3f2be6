#!/usr/bin/env bash
# Where a release wasm's bytes go: the cargo-built wasm through the shipped steps (wasm-bindgen,
# wasm-opt -Oz with the shipped features) plus -g to keep names, then `twiggy top`: the 20
# largest items by shallow size, as a Markdown table, and the total without the name section.
# Usage: bench/twiggy.sh <target/wasm32-unknown-unknown/release/deps/beleidsagenda-<hash>.wasm>
set -euo pipefail
wasm=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
wasm-bindgen --target web --out-dir "$work" --out-name app "$wasm"
wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    --enable-reference-types --enable-multivalue --enable-simd -o "$work/named.wasm" "$work/app_bg.wasm"
twiggy top -n 100000 -f csv "$work/named.wasm" >"$work/top.csv"
python3 - "$work/top.csv" <<'PY'
import csv, re, sys
rows = list(csv.DictReader(open(sys.argv[1])))
# The name section (kept by -g for the names, not shipped): twiggy lists it as subsections.
names = [r for r in rows if "subsection" in r["Name"] or r["Name"].startswith('custom section "name"')]
named = sum(int(r["ShallowSize"]) for r in names)
total = sum(int(r["ShallowSize"]) for r in rows) - named
print(f"total without the name section: {total / 1000:.1f} KB")
print()
print("| # | item (shallow) | bytes | share |")
print("|---|---|---|---|")
items = [r for r in rows if r not in names]
items.sort(key=lambda r: -int(r["ShallowSize"]))
for i, r in enumerate(items[:20], 1):
    # Without crate hashes and the lifecycle wrapper, a component reads as its own name.
    name = re.sub(r"\[[0-9a-f]{16}\]", "", r["Name"])
    name = re.sub(r"^<yew::html::component::lifecycle::CompStateInner<(.*)> as .*$", r"component \1", name)
    name = name.replace("|", "\\|")
    if len(name) > 100:
        name = name[:60] + "…" + name[-39:]
    print(f"| {i} | `{name}` | {int(r['ShallowSize']):,} | {100 * int(r['ShallowSize']) / total:.1f} % |")
PY
