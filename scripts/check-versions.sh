#!/usr/bin/env bash
# Fails when a pinned tool version disagrees with tools/versions.env: wasm-bindgen in Cargo.lock
# and Trunk.toml must equal the installed wasm-bindgen-cli; Trunk's wasm_opt must be the npm binaryen.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
. "$ROOT/tools/versions.env"
fail=0
lock=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print }' "$ROOT/Cargo.lock")
[ "$lock" = "$WASM_BINDGEN_VERSION" ] || { echo "Cargo.lock has wasm-bindgen $lock, tools/versions.env $WASM_BINDGEN_VERSION" >&2; fail=1; }
grep -q "^wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" "$ROOT/Trunk.toml" || { echo "Trunk.toml [tools] wasm_bindgen differs from $WASM_BINDGEN_VERSION" >&2; fail=1; }
grep -q "^wasm_opt = \"version_$BINARYEN_VERSION\"" "$ROOT/Trunk.toml" || { echo "Trunk.toml [tools] wasm_opt differs from version_$BINARYEN_VERSION" >&2; fail=1; }
grep -q "\"binaryen\": \"$BINARYEN_VERSION.0.0\"" "$ROOT/package.json" || { echo "package.json binaryen differs from $BINARYEN_VERSION" >&2; fail=1; }
grep -q "^port = $SERVE_PORT\$" "$ROOT/Trunk.toml" || { echo "Trunk.toml [serve] port differs from $SERVE_PORT" >&2; fail=1; }
exit $fail
