#!/usr/bin/env bash
# The model alone as a wasm module (bench/probe, no Yew, no view), in headless Chromium: the
# sensitivity analysis in one call (200 synthetic countries × 16 criteria, and the bundled data),
# and the size of the module: the bundled data with the code that reads, checks and ranks it.
# Built as the app's release wasm (opt-level "z", -Zbuild-std, immediate-abort, wasm-opt -Oz).
# Usage: bench/probe.sh [<checkout>]   the model of another checkout (a worktree at an older
# commit) with the same probe, for a before/after on one machine. Prints one JSON line.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
. scripts/setup.sh
setup_build >&2
setup_browser >&2
model="$(cd "${1:-$ROOT}" && pwd)/model"
work=target/bench-probe
mkdir -p "$work/src"
cp bench/probe/src/lib.rs "$work/src/lib.rs"
sed "s|path = \"../../model\"|path = \"$model\"|" bench/probe/Cargo.toml > "$work/Cargo.toml"
(CARGO_TARGET_DIR="$ROOT/$work/target" wasm_env cargo build --quiet --release --target wasm32-unknown-unknown \
    --manifest-path "$work/Cargo.toml") >&2
wasm-opt -Oz --strip-debug --strip-producers --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue --enable-simd \
    -o "$work/probe.wasm" "$work/target/wasm32-unknown-unknown/release/beleidsagenda_probe.wasm"
node bench/probe.mjs "$work/probe.wasm"
