# The layers of ./test, in the order they run, each with how it counts its tests (see
# scripts/harness.sh). Every step of a layer must succeed: the harness runs it under `set -e`.
# shellcheck shell=bash

LAYERS=(harness versions native wasm build leaks e2e)

# Sums cargo's and wasm-bindgen-test-runner's "test result: ok. N passed" lines.
count_cargo_tests() { awk '/^test result: ok\. [0-9]+ passed/ { sum += $4 } END { print sum + 0 }'; }

# The harness itself: a failing step, an empty layer and a layer below its floor each make a copy
# of ./test fail; no floor was lowered without a commit that says so.
layer_harness() {
    bash "$ROOT/tests/harness/self_test.sh"
    bash "$ROOT/scripts/check-floors.sh"
}
count_harness() { grep -c '^ok ' || true; }

layer_versions() { bash "$ROOT/scripts/check-versions.sh"; }
count_versions() { sed -n 's/^versions: \([0-9]*\) pins agree.*/\1/p'; }

layer_native() {
    # Both editions: the public one (the workspace as it is) and the internal one (feature
    # `intern` on the crates it changes, the prerendered pages among them; the rest of target/
    # is shared).
    cd "$ROOT"
    cargo fmt --all -- --check
    cargo clippy --workspace --all-targets --quiet -- -D warnings
    cargo clippy -p beleidsagenda -p beleidsagenda-model -p prerender --all-targets --features intern --quiet -- -D warnings
    cargo test --workspace --quiet
    cargo test -p beleidsagenda-model --features intern --quiet
    cargo test -p prerender --features intern --quiet
    # The fuzz targets (their own workspace, outside `cargo fmt --all`) compile and pass clippy,
    # in target/ like everything else; `cargo fuzz run` is how they run (docs/testing.md).
    cargo fmt --manifest-path fuzz/Cargo.toml -- --check
    cargo clippy --manifest-path fuzz/Cargo.toml --target-dir target --all-targets --features intern --quiet -- -D warnings
    cargo run --quiet -p beleidsagenda-model --bin validate-data -- data/
    cargo run --quiet -p beleidsagenda-model --features intern --bin validate-data -- data/
    python3 tools/gen/values.py --check
    python3 tools/gen/hostile.py --check
    cargo run --quiet --release -p map-projection -- node_modules/world-atlas/countries-110m.json target/map-check.json >/dev/null
    cmp -s target/map-check.json data/map.json || { echo "data/map.json differs from what tools/map-projection makes" >&2; return 1; }
}
count_native() { count_cargo_tests; }

layer_wasm() {
    # Components in headless Chromium. std is rebuilt with the test crate where needed.
    cd "$ROOT"
    WASM_BUILD_STD=std,panic_abort,test CHROMEDRIVER=/usr/bin/chromedriver \
        CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner WASM_BINDGEN_TEST_TIMEOUT=120 \
        wasm_env cargo test --target wasm32-unknown-unknown --test components --test sensitivity_wasm
}
count_wasm() { count_cargo_tests; }

layer_build() {
    build_release
    build_release intern
    "$ROOT/scripts/check-budget.sh"
}
count_build() { grep -c -e '^built: ' -e '^budget: ok ' || true; }

# Both editions' files were built from the tree as it is (scripts/stamp.sh).
check_stamps() {
    check_stamp openbaar && check_stamp intern
}

# The public file holds nothing of the internal edition (tools/leaks/leak_check.py says how).
layer_leaks() {
    check_stamps
    python3 "$ROOT/tools/leaks/leak_check.py"
}
count_leaks() { sed -n 's/^leak check: \([0-9]*\) internal-only strings .* and \([0-9]*\) step-plan ids.*/\1 \2/p' | awk '{ print $1 + $2 }'; }

layer_e2e() {
    check_stamps
    # `trunk serve` in its own process group (so that stopping it stops its children too),
    # into its own dist dir so it never rewrites the dist/ the file:// tests open.
    local log="$ROOT/target/trunk-serve.log" rc=0
    setsid bash -c ". '$ROOT/scripts/setup.sh'; WASM_MODE=$WASM_MODE; cd '$ROOT'; wasm_env trunk serve --release --dist target/serve-dist --no-autoreload" >"$log" 2>&1 &
    local serve_pid=$!
    local waited=0
    until node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "http://127.0.0.1:$SERVE_PORT/"; do
        sleep 2
        waited=$((waited + 2))
        if [ $waited -ge 600 ] || ! kill -0 "$serve_pid" 2>/dev/null; then
            echo "trunk serve did not come up; its log:" >&2
            tail -20 "$log" >&2
            kill -- "-$serve_pid" 2>/dev/null || true
            return 1
        fi
    done
    (cd "$ROOT" && BA_SERVE_URL="http://127.0.0.1:$SERVE_PORT/" node --test --test-concurrency=1 --test-reporter=spec e2e/) || rc=$?
    kill -- "-$serve_pid" 2>/dev/null || true
    wait "$serve_pid" 2>/dev/null || true
    return $rc
}
# node --test's summary: "ℹ pass N" (spec reporter) or "# pass N" (TAP).
count_e2e() { sed -n 's/^\(ℹ\|#\) pass \([0-9]*\)$/\2/p' | tail -1; }
