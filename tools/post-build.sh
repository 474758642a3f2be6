#!/usr/bin/env bash
# Trunk post_build hook: on release builds, writes dist/beleidsagenda.html (the offline single
# file) and dist/beleidsagenda.js (the embed script) with the single-file tool.
set -euo pipefail
if [ "${TRUNK_PROFILE:-}" != "release" ]; then
    exit 0
fi
root="${TRUNK_SOURCE_DIR:-$(cd "$(dirname "$0")/.." && pwd)}"
tool="$root/target/release/single-file"
if [ ! -x "$tool" ] || [ -n "$(find "$root/tools/single-file" -newer "$tool" -name '*.rs' -print -quit)" ]; then
    # Trunk's environment points cargo at the wasm toolchain; the tool is a host program.
    env -u CARGO_UNSTABLE_BUILD_STD -u RUSTC -u RUSTC_BOOTSTRAP -u CARGO_BUILD_TARGET \
        cargo build --quiet --release -p single-file --manifest-path "$root/Cargo.toml"
fi
# The page Trunk built from: index.html (public) or index-intern.html (internal edition).
"$tool" "$TRUNK_STAGING_DIR" "${TRUNK_HTML_FILE:-$root/index.html}"
