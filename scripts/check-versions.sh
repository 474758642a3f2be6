#!/usr/bin/env bash
# Fails when a pinned tool version disagrees with tools/versions.env: wasm-bindgen in Cargo.lock
# and Trunk.toml must equal the installed wasm-bindgen-cli; Trunk's wasm_opt must be the npm binaryen.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
. "$ROOT/tools/versions.env"
fail=0
checks=0
# check <message if it fails> <command ...>
check() {
    local message=$1
    shift
    checks=$((checks + 1))
    "$@" || { echo "$message" >&2; fail=1; }
}
lock=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print }' "$ROOT/Cargo.lock")
check "Cargo.lock has wasm-bindgen $lock, tools/versions.env $WASM_BINDGEN_VERSION" [ "$lock" = "$WASM_BINDGEN_VERSION" ]
check "Trunk.toml [tools] wasm_bindgen differs from $WASM_BINDGEN_VERSION" grep -q "^wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" "$ROOT/Trunk.toml"
check "Trunk.toml [tools] wasm_opt differs from version_$BINARYEN_VERSION" grep -q "^wasm_opt = \"version_$BINARYEN_VERSION\"" "$ROOT/Trunk.toml"
check "package.json binaryen differs from $BINARYEN_VERSION" grep -q "\"binaryen\": \"$BINARYEN_VERSION.0.0\"" "$ROOT/package.json"
check "Trunk.toml [serve] port differs from $SERVE_PORT" grep -q "^port = $SERVE_PORT\$" "$ROOT/Trunk.toml"
[ $fail = 0 ] && echo "versions: $checks pins agree with tools/versions.env"
exit $fail
