#!/usr/bin/env bash
# Benchmark: sizes of the single file and the wasm, the opt-level "z" vs "s" comparison, and
# startup time in headless Chromium against a static page with the same text. Appends a dated
# entry (machine, commit) to BENCHMARKS.md. Usage: bench/run.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
. scripts/setup.sh
setup_build
setup_browser
build_release

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
    --enable-reference-types --enable-multivalue -o $s_dir/opt-s.wasm $s_dir/bindgen/beleidsagenda_bg.wasm

say "startup: single file vs static floor (median of 10)"
mkdir -p target/bench
node bench/snapshot.mjs "$html" target/bench/static-agenda.html
startup=$(node bench/startup.mjs "$html" target/bench/static-agenda.html 10)
ms() { node -e "const r=JSON.parse(process.argv[1]); console.log(r$2.toFixed(1))" "$startup"; }

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

Startup in headless Chromium from \`file://\`, navigation start to the agenda's \`<h1>\` in the DOM, 10 fresh pages each:

| page | median | min | max |
|---|---|---|---|
| single file (wasm decode, compile, render) | $(ms .app.median) ms | $(ms .app.min) ms | $(ms .app.max) ms |
| static HTML with the same text and CSS (floor) | $(ms .floor.median) ms | $(ms .floor.min) ms | $(ms .floor.max) ms |
MD
)
[ -f BENCHMARKS.md ] || printf '# Benchmarks\n\nProduced by `bench/run.sh`; newest last. Figures are measurements on the machine named, not guarantees.\n' > BENCHMARKS.md
printf '%s\n' "$entry" >> BENCHMARKS.md
printf '%s\n' "$entry"
