# The test harness behind ./test: runs the layers named in LAYERS (scripts/layers.sh), counts
# what each ran, and holds every count against the floor in tests/floors.txt. A layer passes only
# if every one of its steps succeeded and it ran at least its floor (never zero) of tests.
#
# A layer is two functions: `layer_<name>`, whose output the harness keeps in
# target/test-logs/<name>.log, and `count_<name>`, which reads that log on stdin and prints how
# many tests the layer ran.
# shellcheck shell=bash

FLOORS_FILE=${FLOORS_FILE:-$ROOT/tests/floors.txt}
TEST_LOG_DIR=${TEST_LOG_DIR:-$ROOT/target/test-logs}

floor_of() { awk -v layer="$1" '$1 == layer { print $2 }' "$FLOORS_FILE"; }

passed=()
failed=()

run_layer() {
    local name=$1 log="$TEST_LOG_DIR/$1.log" rc count floor
    say "layer: $name"
    mkdir -p "$TEST_LOG_DIR"
    # `set -e` in a subshell that is no `if`, `&&` or `||` condition: the first step that fails
    # ends the layer with its status (inside `if "$@"` bash switches -e off for the whole call).
    (
        set -eo pipefail
        "layer_$name"
    ) 2>&1 | tee "$log"
    rc=${PIPESTATUS[0]}
    count=$("count_$name" <"$log" 2>/dev/null) || count=
    [[ "$count" =~ ^[0-9]+$ ]] || count=0
    floor=$(floor_of "$name")
    if [ "$rc" != 0 ]; then
        echo "layer $name: FAILED (exit status $rc) after $count tests" >&2
    elif [ -z "$floor" ]; then
        echo "layer $name: FAILED: no floor for it in ${FLOORS_FILE#"$ROOT"/}" >&2
        rc=1
    elif [ "$count" -eq 0 ] || [ "$count" -lt "$floor" ]; then
        echo "layer $name: FAILED: ran $count tests, fewer than its floor of $floor (${FLOORS_FILE#"$ROOT"/})" >&2
        rc=1
    else
        say "layer $name: $count tests (floor $floor)"
        if [ "$count" -gt "$floor" ]; then
            echo "    (more than the floor: raise it in ${FLOORS_FILE#"$ROOT"/} to $count)" >&2
        fi
    fi
    if [ "$rc" = 0 ]; then passed+=("$name $count"); else failed+=("$name $count"); fi
}

# ./test [layer ...]: every layer in LAYERS, or those named, in the order given.
harness_main() {
    local started layer elapsed
    started=$(date +%s)
    local chosen=("${@:-${LAYERS[@]}}")
    for layer in "${chosen[@]}"; do
        if [[ " ${LAYERS[*]} " != *" $layer "* ]]; then
            echo "unknown layer: $layer (known: ${LAYERS[*]})" >&2
            exit 2
        fi
    done
    say "setting up (installs only what is missing)"
    if ! { setup_build && setup_browser; }; then
        echo "./test: FAILED: set-up did not complete"
        exit 1
    fi
    for layer in "${chosen[@]}"; do
        run_layer "$layer"
    done
    elapsed=$(($(date +%s) - started))
    local joined_passed joined_failed
    joined_passed=$(IFS=,; echo "${passed[*]:-none}" | sed 's/,/, /g')
    joined_failed=$(IFS=,; echo "${failed[*]:-}" | sed 's/,/, /g')
    if [ ${#failed[@]} -eq 0 ]; then
        echo "./test: PASSED ${#passed[@]} layers (tests per layer: $joined_passed) in ${elapsed}s"
    else
        echo "./test: FAILED $joined_failed; passed $joined_passed (tests per layer) in ${elapsed}s"
        exit 1
    fi
}
