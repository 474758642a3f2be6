#!/usr/bin/env bash
# Benchmark: sizes of the single file and the wasm, the opt-level "z" vs "s" comparison, and
# startup time in headless Chromium against a static page with the same text. Appends a dated
# entry (machine, commit) to docs/benchmarks-log.md and rewrites BENCHMARKS.md, the current
# figures in short, from the same run. Usage: bench/run.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
. scripts/setup.sh
setup_build
setup_browser
# twiggy (where the wasm's bytes go) for the benchmark only, not for ./test.
cargo_install twiggy 0.8.0 twiggy
build_release
# Both editions, so that BENCHMARKS.md weighs each against its ceiling as built now.
build_release intern

gz() { gzip -9c "$1" | wc -c; }
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }
html=dist/beleidsagenda.html
embed=dist/beleidsagenda.js
wasm=$(ls dist/beleidsagenda-*_bg.wasm)

# The same wasm at opt-level "s", through the same wasm-bindgen and wasm-opt -Oz steps.
say "building the wasm at opt-level s for comparison"
s_dir=target/bench-opt-s
(CARGO_TARGET_DIR=$s_dir CARGO_PROFILE_RELEASE_OPT_LEVEL=s wasm_env cargo build --quiet --release --target wasm32-unknown-unknown --bin beleidsagenda)
wasm-bindgen --target web --out-dir $s_dir/bindgen $s_dir/wasm32-unknown-unknown/release/beleidsagenda.wasm
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    --enable-reference-types --enable-multivalue --enable-simd -o $s_dir/opt-s.wasm $s_dir/bindgen/beleidsagenda_bg.wasm

say "plan recompute and search (bundled data, 2,000 synthetic plan rows)"
plan_bench=$(node bench/plan.mjs "file://$ROOT/$html")
pb() { node -e "const r=JSON.parse(process.argv[1]); console.log(r$1.toFixed(1))" "$plan_bench"; }

say "reading a plan workbook of 100,000 rows: natively, then in Chromium from the plan page"
workbook_native=$(PLAN_WORKBOOK_DIR="$ROOT/target/bench/workbooks" cargo bench --quiet -p beleidsagenda-model --bench plan_workbook 2>/dev/null | tail -1)
workbook_browser=$(node bench/workbook.mjs "$html" target/bench/workbooks 3)
wn() { node -e "console.log(JSON.parse(process.argv[1])$1)" "$workbook_native"; }
wk() { node -e "console.log(JSON.parse(process.argv[1])$1)" "$workbook_browser"; }

say "re-rank: the app (bundled data) and the hand-written JS reference"
node -e "const fs=require('fs'); fs.mkdirSync('target/bench',{recursive:true}); fs.writeFileSync('target/bench/reference.html', fs.readFileSync('bench/reference.template.html','utf8').replace('/*MAP_JSON*/', fs.readFileSync('data/map.json','utf8').trim()));"
rerank_app=$(node bench/rerank.mjs "file://$ROOT/$html#/nl/selection" '#ba-weight-return_rate' 'table.ba-ranking tbody')
rerank_ref58=$(node bench/rerank.mjs "file://$ROOT/target/bench/reference.html?n=58" '#bench-slider' '#rows')
rerank_ref2000=$(node bench/rerank.mjs "file://$ROOT/target/bench/reference.html?n=2000" '#bench-slider' '#rows')
field() { node -e "console.log(JSON.parse(process.argv[1])['$2'].toFixed(1))" "$1"; }

say "wasm benchmarks in headless Chromium (synthetic 58, 200, 2000 countries; Monte Carlo)"
# The code as it ships: opt-level "z" and no debug assertions, as in the release profile (the
# test harness builds with the dev profile).
wasm_bench=$(CARGO_TARGET_DIR=target/bench-wasm CARGO_PROFILE_DEV_OPT_LEVEL=z CARGO_PROFILE_DEV_DEBUG=0 \
    CARGO_PROFILE_DEV_DEBUG_ASSERTIONS=false CARGO_PROFILE_DEV_OVERFLOW_CHECKS=false \
    WASM_BUILD_STD=std,panic_abort,test CHROMEDRIVER=/usr/bin/chromedriver \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner WASM_BINDGEN_TEST_TIMEOUT=300 \
    wasm_env cargo test --target wasm32-unknown-unknown --test bench_selection -- --nocapture 2>&1 | grep '^BENCH')
echo "$wasm_bench"
wb() { echo "$wasm_bench" | grep "^BENCH $1 " | grep -o "$2=[0-9.]*" | cut -d= -f2; }

say "native criterion benchmarks"
criterion=$(cargo bench --quiet -p beleidsagenda-model --bench scoring -- --warm-up-time 1 --measurement-time 3 2>/dev/null | grep 'time:' | sed -E 's/ +time: +\[[^ ]+ [^ ]+ ([^ ]+ [^ ]+) [^]]+\]/ | \1/')

say "memory over time (JS heap after GC, wasm linear memory)"
memory=$(node bench/memory.mjs "file://$ROOT/$html#/nl/selection")
mem() { node -e "const r=JSON.parse(process.argv[1]); console.log((r$1/1024).toFixed(0))" "$memory"; }

say "sensitivity in the app (bundled data): 1,000 and 10,000 draws"
sensitivity=$(node bench/sensitivity.mjs "file://$ROOT/$html" 1000 10000)
sn() { node -e "const r=JSON.parse(process.argv[1]); const v=Number(r$1); console.log(Number.isInteger(v) ? v : v.toFixed(1))" "$sensitivity"; }

say "twiggy: the 20 largest items of the shipped wasm"
# The public edition's wasm as cargo made it: both editions' wasms stay in deps/ by hash; the
# public one is the newest without the step plan template's id, which only the internal edition
# compiles (the banner's word VERTROUWELIJK is in both since the spreadsheets, issue 21).
intern_marker=$(grep -m1 -o '"id": *"[^"]*"' data/intern/stappenplan.json | cut -d'"' -f4)
shipped_wasm=$(for w in $(ls -t target/wasm32-unknown-unknown/release/deps/beleidsagenda-*.wasm); do
    grep -q "$intern_marker" "$w" || { echo "$w"; break; }; done)
[ -n "$shipped_wasm" ] || { echo "bench: no public wasm in target/wasm32-unknown-unknown/release/deps" >&2; exit 1; }
twiggy_top=$(bench/twiggy.sh "$shipped_wasm")

say "startup: single file vs static floor (median of 10)"
mkdir -p target/bench
node bench/snapshot.mjs "$html" target/bench/static-agenda.html
startup=$(node bench/startup.mjs "$html" target/bench/static-agenda.html 10)
ms() { node -e "const r=JSON.parse(process.argv[1]); console.log(r$1.toFixed(1))" "$startup"; }

say "answers: the ranking answering a keyboard move, 1x and 4x CPU (median of 5, interleaved)"
answers=$(node bench/answers.mjs "$html" target/bench/static-agenda.html 5)
an() { node -e "const r=JSON.parse(process.argv[1]); console.log(r$1)" "$answers"; }

commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src model tools styles index.html Cargo.toml || echo "+changes")
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
mem=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
entry=$(cat <<MD

## $(date -u +%Y-%m-%d) · commit $commit · $(nproc) cores, $cpu, $mem · $(/usr/bin/rustc --version 2>/dev/null || rustc --version)

| what | raw | gzip -9 |
|---|---|---|
| \`dist/beleidsagenda.html\` (single file) | $(kb "$(wc -c <"$html")") | $(kb "$(gz "$html")") |
| \`dist/beleidsagenda.js\` (embed script, CSS included) | $(kb "$(wc -c <"$embed")") | $(kb "$(gz "$embed")") |
| wasm alone, opt-level "z" + wasm-opt -Oz (shipped) | $(kb "$(wc -c <"$wasm")") | $(kb "$(gz "$wasm")") |
| wasm alone, opt-level "s" + wasm-opt -Oz (comparison) | $(kb "$(wc -c <$s_dir/opt-s.wasm)") | $(kb "$(gz $s_dir/opt-s.wasm)") |

Plan and search in headless Chromium from \`file://\` (\`bench/plan.mjs\`; an amount edited → totals, warnings and
charts updated; a keystroke → results updated):

| what | size | p50 | p95 | max |
|---|---|---|---|---|
| plan recompute after one amount edit, bundled data | 3 plan rows | $(pb .bundled.p50) ms | $(pb .bundled.p95) ms | $(pb .bundled.max) ms |
| same, synthetic dataset of 200 countries | $(node -e "console.log(JSON.parse(process.argv[1]).planRows)" "$plan_bench") plan rows | $(pb .large.p50) ms | $(pb .large.p95) ms | $(pb .large.max) ms |
| search, time to results per keystroke | $(node -e "console.log(JSON.parse(process.argv[1]).keystrokes)" "$plan_bench") keystrokes | $(pb .search.p50) ms | $(pb .search.p95) ms | $(pb .search.max) ms |

Reading a plan workbook of 99,990 rows (\`model/benches/plan_workbook.rs\` natively, median of 5;
\`bench/workbook.mjs\` in Chromium from the plan page, the file chosen by path, until the page
says what became of it; median of 3): the bundled lines repeated with the same values (loaded,
the repeats counted), with other values (refused: the same line and year twice), and 20,000
lines of their own (refused: larger than a plan file may be):

| workbook | native | in the page | longest task | long tasks (> 50 ms) | progress steps |
|---|---|---|---|---|---|
| same values | $(wn .same_values_answer_ms) ms | $(wk .same.answer_ms) ms | $(wk .same.longest_task_ms) ms | $(wk .same.long_tasks) | $(wk .same.progress_updates) |
| other values | $(wn .repeated_lines_answer_ms) ms | $(wk .repeated.answer_ms) ms | $(wk .repeated.longest_task_ms) ms | $(wk .repeated.long_tasks) | $(wk .repeated.progress_updates) |
| 20,000 lines | $(wn .distinct_lines_answer_ms) ms | $(wk .distinct.answer_ms) ms | $(wk .distinct.longest_task_ms) ms | $(wk .distinct.long_tasks) | $(wk .distinct.progress_updates) |

Startup in headless Chromium from \`file://\` (\`bench/startup.mjs\`), from navigation start, median of 10 fresh
pages each (min–max): first contentful paint; the agenda's \`<h1>\` in the DOM (the prerendered one, in the
single file); interactive (the app: its first render done and its listeners attached, the
\`ba-interactive\` mark; the static page: DOMContentLoaded):

| page | first contentful paint | \`<h1>\` in the DOM | interactive |
|---|---|---|---|
| single file (agenda prerendered; wasm decoded, compiled, rendered) | $(ms .app.fcp.median) ms ($(ms .app.fcp.min)–$(ms .app.fcp.max)) | $(ms .app.h1.median) ms | $(ms .app.interactive.median) ms ($(ms .app.interactive.min)–$(ms .app.interactive.max)) |
| static HTML with the same text and CSS (floor) | $(ms .floor.fcp.median) ms ($(ms .floor.fcp.min)–$(ms .floor.fcp.max)) | $(ms .floor.h1.median) ms | $(ms .floor.interactive.median) ms |

First paint $(node -e "const r=JSON.parse(process.argv[1]); console.log((r.app.fcp.median/r.floor.fcp.median).toFixed(2))" "$startup")× the floor (goal ≤ 1.5×); the \`<h1>\` in the DOM $(node -e "const r=JSON.parse(process.argv[1]); console.log((r.app.h1.median/r.floor.h1.median).toFixed(2))" "$startup")× (goal ≤ 1.5×); interactive $(node -e "const r=JSON.parse(process.argv[1]); console.log((r.app.interactive.median/r.floor.interactive.median).toFixed(2))" "$startup")× the floor's DOMContentLoaded.

Answers (\`bench/answers.mjs\`): navigation start → the selection's ranking changed after a weight
slider moved by keyboard, median of 5, interleaved with the static page's first heading (goal:
≤ 2× the floor at 4× CPU):

| CPU | app | floor | ratio | long tasks (first run: start, ms) |
|---|---|---|---|---|
| 1× | $(an .cpu1x.answers_ms) ms | $(an .cpu1x.floor_ms) ms | $(an .cpu1x.ratio)× | $(an '.cpu1x.long_tasks_first_run.map(([s,d])=>s+": "+d).join(", ")') |
| 4× | $(an .cpu4x.answers_ms) ms | $(an .cpu4x.floor_ms) ms | $(an .cpu4x.ratio)× | $(an '.cpu4x.long_tasks_first_run.map(([s,d])=>s+": "+d).join(", ")') |

Phases at 4× (ms from navigation start, median): $(node -e "const r=JSON.parse(process.argv[1]); console.log(Object.entries(r.cpu4x.phases_ms).map(([k, v]) => k + ' ' + v).join(', '))" "$answers").

Slider change to updated table and map (event, Yew's render in the following microtasks,
forced style and layout), 40 changes in headless Chromium:

| page | countries | p50 | p95 | max | goal (p95) |
|---|---|---|---|---|---|
| the app's selection view (single file, bundled data) | 58 | $(field "$rerank_app" p50) ms | $(field "$rerank_app" p95) ms | $(field "$rerank_app" max) ms | ≤ 16 ms |
| hand-written JS reference (\`bench/reference.template.html\`) | 58 | $(field "$rerank_ref58" p50) ms | $(field "$rerank_ref58" p95) ms | $(field "$rerank_ref58" max) ms | |
| Yew table + map components (\`tests/bench_selection.rs\`), synthetic | 58 | $(wb "rerank 58" p50) ms | $(wb "rerank 58" p95) ms | $(wb "rerank 58" max) ms | |
| same, synthetic (first 100 rows rendered, as in the app) | 2000 | $(wb "rerank 2000" p50) ms | $(wb "rerank 2000" p95) ms | $(wb "rerank 2000" max) ms | ≤ 50 ms |
| hand-written JS reference | 2000 | $(field "$rerank_ref2000" p50) ms | $(field "$rerank_ref2000" p95) ms | $(field "$rerank_ref2000" max) ms | |

Ratio app ÷ JS reference at p95: $(node -e "console.log((JSON.parse(process.argv[1]).p95/JSON.parse(process.argv[2]).p95).toFixed(2))" "$rerank_app" "$rerank_ref58")× with the bundled data (58 countries),
$(node -e "console.log(($(wb "rerank 2000" p95)/JSON.parse(process.argv[1]).p95).toFixed(2))" "$rerank_ref2000")× for 2,000 countries (goal ≤ 1.5×).

Sensitivity in the browser, in slices of 12 ms with the app yielding to the browser between them (goal: 10,000 draws
× 200 countries ≤ 100 ms, every task < 50 ms, the same seed giving the same result):

| run | draws | time in slices | slices | longest slice (task) | then result + tipping points | long tasks (> 50 ms) |
|---|---|---|---|---|---|---|
| wasm, 200 synthetic countries × 16 criteria (\`tests/bench_selection.rs\`) | 1,000 | $(wb "montecarlo 200x1000" total) ms | $(wb "montecarlo 200x1000" slices) | $(wb "montecarlo 200x1000" longest_slice) ms | $(wb "montecarlo 200x1000" result_and_tipping) ms | |
| same | 10,000 | $(wb "montecarlo 200x10000" total) ms | $(wb "montecarlo 200x10000" slices) | $(wb "montecarlo 200x10000" longest_slice) ms | $(wb "montecarlo 200x10000" result_and_tipping) ms | |
| the app's selection view, bundled 58 countries (\`bench/sensitivity.mjs\`; start to result, tipping points included) | 1,000 | $(sn '["1000"].total') ms | $(sn '["1000"].slices') | $(sn '["1000"].longestSlice') ms | | $(sn '["1000"].longTasks') |
| same | 10,000 | $(sn '["10000"].total') ms | $(sn '["10000"].slices') | $(sn '["10000"].longestSlice') ms | | $(sn '["10000"].longTasks') |

The 20 largest items of the shipped wasm (\`bench/twiggy.sh\`: cargo's wasm through wasm-bindgen and
\`wasm-opt -Oz -g\`, \`twiggy top\`, shallow sizes), $twiggy_top

Memory on the selection view (\`bench/memory.mjs\`; JS heap after forced garbage collection):

| moment | JS heap | wasm linear memory |
|---|---|---|
| after load and the first sensitivity run | $(mem .load.jsHeap) KB | $(mem .load.wasm) KB |
| after 100 slider moves | $(mem .moves.jsHeap) KB | $(mem .moves.wasm) KB |
| after 10 more sensitivity runs | $(mem .runs.jsHeap) KB | $(mem .runs.wasm) KB |

Native (criterion, this machine; how cost grows with countries × criteria × draws):

| benchmark | median |
|---|---|
$(echo "$criterion" | sed -E 's/^([^ ]+) \| ([^ ]+ [^ ]+)$/| `\1` | \2 |/')
MD
)
printf '%s\n' "$entry" >> docs/benchmarks-log.md
printf '%s\n' "$entry"

# BENCHMARKS.md: this run's figures in short, with the weight of both editions against their
# ceilings (tests/budget.txt) when the internal file is built too.
ceiling() { awk -v f="$1" '$1 == f { print $2 }' tests/budget.txt; }
grouped() { node -e "console.log(Number(process.argv[1]).toLocaleString('en-US'))" "$1"; }
weight_row() { # weight_row <label> <file>
    [ -f "$2" ] || return 0
    echo "| $1 | $(grouped "$(gz "$2")") bytes | $(grouped "$(ceiling "$2")") |"
}
ratio() { node -e "const r=JSON.parse(process.argv[1]); console.log((r$2/r$3).toFixed(2))" "$1"; }
day=$(date -u +%Y-%m-%d)
cat >BENCHMARKS.md <<MD
# Benchmarks

The current figures, in short, as \`bench/run.sh\` measured them on $day at $commit (it rewrites
this file and appends the whole run to [docs/benchmarks-log.md](docs/benchmarks-log.md), where
every earlier run, every issue's own measurements and each weight ceiling's reason are kept).
How to measure: [docs/testing.md](docs/testing.md#benchmarks). Machine: $(nproc) cores, $cpu,
$mem, headless Debian Chromium from \`file://\`. Measurements, not guarantees.

## Weight (the build layer holds it)

| file | gzip -9 | ceiling (\`tests/budget.txt\`) |
|---|---|---|
$(weight_row '`dist/beleidsagenda.html` (public)' dist/beleidsagenda.html)
$(weight_row '`dist-intern/beleidsagenda-intern.html` (internal)' dist-intern/beleidsagenda-intern.html)

## Speed

| what | figure | goal |
|---|---|---|
| first contentful paint | $(ms .app.fcp.median) ms, $(ratio "$startup" .app.fcp.median .floor.fcp.median)× the static floor | ≤ 1.5× |
| the agenda's \`<h1>\` in the DOM | $(ms .app.h1.median) ms, $(ratio "$startup" .app.h1.median .floor.h1.median)× the floor | ≤ 1.5× |
| interactive (\`ba-interactive\`) | $(ms .app.interactive.median) ms, $(ratio "$startup" .app.interactive.median .floor.interactive.median)× the floor's DOMContentLoaded | |
| answer: a weight moved by keyboard → ranking changed, 1× CPU | $(an .cpu1x.answers_ms) ms, $(an .cpu1x.ratio)× the floor's heading | |
| same, 4× CPU | $(an .cpu4x.answers_ms) ms, $(an .cpu4x.ratio)× the floor | ≤ 2× |
| slider → table and map, 58 countries, p50 / p95 | $(field "$rerank_app" p50) / $(field "$rerank_app" p95) ms | p95 ≤ 16 ms |
| same, 2,000 countries (first 100 rows drawn), p50 / p95 | $(wb "rerank 2000" p50) / $(wb "rerank 2000" p95) ms | p95 ≤ 50 ms |
| plan recompute after one amount, 3 rows / $(node -e "console.log(JSON.parse(process.argv[1]).planRows)" "$plan_bench") rows, p50 | $(pb .bundled.p50) / $(pb .large.p50) ms | |
| search, per keystroke, p50 / p95 | $(pb .search.p50) / $(pb .search.p95) ms | |
| sensitivity in the app, 10,000 draws, 58 countries | $(sn '["10000"].total') ms, longest slice $(sn '["10000"].longestSlice') ms | every task < 50 ms |

Reading a plan workbook of 99,990 rows, in slices (\`bench/workbook.mjs\`, median of 3):

| case | in the page | longest task | long tasks (> 50 ms) |
|---|---|---|---|
| same values (loaded) | $(wk .same.answer_ms) ms | $(wk .same.longest_task_ms) ms | $(wk .same.long_tasks) |
| other values (refused) | $(wk .repeated.answer_ms) ms | $(wk .repeated.longest_task_ms) ms | $(wk .repeated.long_tasks) |
| 20,000 own lines (refused) | $(wk .distinct.answer_ms) ms | $(wk .distinct.longest_task_ms) ms | $(wk .distinct.long_tasks) |
MD
say "BENCHMARKS.md rewritten from this run"
