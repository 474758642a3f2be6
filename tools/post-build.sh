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
        -u CARGO_UNSTABLE_PANIC_IMMEDIATE_ABORT -u CARGO_PROFILE_RELEASE_PANIC \
        cargo build --quiet --release -p single-file --manifest-path "$root/Cargo.toml"
fi
# The page Trunk built from: index.html (public) or index-intern.html (internal edition).
page="${TRUNK_HTML_FILE:-$root/index.html}"
# The agenda and the sources rendered at build time with Yew's server-side renderer, from the
# edition's own components (the page's data-cargo-features); a host program, built in the dev
# profile the native tests share.
features=$(grep -o 'data-cargo-features="[^"]*"' "$page" | cut -d'"' -f2 || true)
env -u CARGO_UNSTABLE_BUILD_STD -u RUSTC -u RUSTC_BOOTSTRAP -u CARGO_BUILD_TARGET \
    -u CARGO_UNSTABLE_PANIC_IMMEDIATE_ABORT -u CARGO_PROFILE_RELEASE_PANIC \
    cargo run --quiet -p prerender --manifest-path "$root/Cargo.toml" ${features:+--features "$features"} \
    -- "$TRUNK_STAGING_DIR/prerendered.html"
"$tool" "$TRUNK_STAGING_DIR" "$page"
