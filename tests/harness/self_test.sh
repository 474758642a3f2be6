#!/usr/bin/env bash
# Tests of the harness itself: the real ./test and scripts/harness.sh, copied beside fake layers
# (no builds), must fail on a failed step, on a layer that ran nothing, below a floor and
# without a floor; the build stamp must refuse files from another tree. One "ok"/"not ok" line
# per check; exits non-zero if any check failed.
set -uo pipefail
REAL_ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
failures=0
check() { # check <description> <command ...>
    local what=$1
    shift
    if "$@"; then echo "ok - $what"; else echo "not ok - $what"; failures=$((failures + 1)); fi
}

# A copy of the real harness with fake set-up and layers.
FAKE="$WORK/project"
mkdir -p "$FAKE/scripts" "$FAKE/tests"
cp "$REAL_ROOT/test" "$FAKE/test"
cp "$REAL_ROOT/scripts/harness.sh" "$FAKE/scripts/harness.sh"
cat >"$FAKE/scripts/setup.sh" <<'FAKE_SETUP'
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
say() { echo "==> $*" >&2; }
setup_build() { :; }
setup_browser() { :; }
FAKE_SETUP
cat >"$FAKE/scripts/layers.sh" <<'FAKE_LAYERS'
LAYERS=(good failing_step failing_nested empty below_floor no_floor)
three() { echo "test result: ok. 3 passed; 0 failed"; }
count() { awk '/^test result: ok\. [0-9]+ passed/ { s += $4 } END { print s + 0 }'; }
layer_good() { three; }
# The last step passes, as `[ -s file ]` did after a failed cargo build.
layer_failing_step() { three; false; three; }
step_that_fails() { false; echo "after the failure"; }
layer_failing_nested() { step_that_fails; three; }
layer_empty() { echo "# pass 0"; }
layer_below_floor() { echo "test result: ok. 2 passed; 0 failed"; }
layer_no_floor() { three; }
for l in "${LAYERS[@]}"; do eval "count_$l() { count; }"; done
FAKE_LAYERS
printf '%s\n' '# floors' 'good 3' 'failing_step 3' 'failing_nested 3' 'empty 0' 'below_floor 3' >"$FAKE/tests/floors.txt"

run() { "$FAKE/test" "$@" >"$WORK/out" 2>&1; RC=$?; }
summary() { tail -1 "$WORK/out"; }

run good
check "a layer whose steps all pass passes, with its count in the summary" \
    eval '[ $RC -eq 0 ] && summary | grep -q "^./test: PASSED 1 layers (tests per layer: good 3)"'
run failing_step
check "a failed step before a passing last step fails the layer" \
    eval '[ $RC -ne 0 ] && summary | grep -q "^./test: FAILED failing_step"'
run failing_nested
check "a failed step inside a function the layer calls fails the layer" \
    eval '[ $RC -ne 0 ] && ! grep -q "after the failure" "$WORK/out"'
run empty
check "a layer that ran no tests fails, even with a floor of 0" \
    eval '[ $RC -ne 0 ] && grep -q "ran 0 tests" "$WORK/out"'
run below_floor
check "a layer that ran fewer tests than its floor fails" \
    eval '[ $RC -ne 0 ] && grep -q "ran 2 tests, fewer than its floor of 3" "$WORK/out"'
run no_floor
check "a layer without a floor fails" eval '[ $RC -ne 0 ] && grep -q "no floor" "$WORK/out"'
run good failing_step
check "one failed layer fails the run and the summary names both" \
    eval '[ $RC -ne 0 ] && summary | grep -q "FAILED failing_step 3; passed good 3"'
run nonsense
check "an unknown layer is refused" eval '[ $RC -eq 2 ]'

# The build stamp, in a git work tree of its own.
STAMPED="$WORK/stamped"
mkdir -p "$STAMPED/dist" "$STAMPED/src" "$STAMPED/e2e"
(
    cd "$STAMPED" && git init -q && echo 'fn main() {}' >src/main.rs && echo 'test' >e2e/a.test.mjs &&
        echo '<html>' >dist/beleidsagenda.html && echo 'js' >dist/beleidsagenda.js && echo '/dist/' >.gitignore &&
        git add -A && git -c user.email=t@t -c user.name=t commit -qm one
)
stamp_in() { (
    ROOT=$STAMPED
    edition_paths() { EDITION_DIST=dist EDITION_BASE=beleidsagenda; }
    . "$REAL_ROOT/scripts/stamp.sh"
    "$@"
) >/dev/null 2>&1; }
check "no stamp: the built file is refused" eval '! stamp_in check_stamp openbaar'
stamp_in write_stamp openbaar
check "the file its build wrote from this tree is accepted" stamp_in check_stamp openbaar
echo 'changed' >>"$STAMPED/e2e/a.test.mjs"
check "a change to a test (not an input) keeps it accepted" stamp_in check_stamp openbaar
echo '// edited' >>"$STAMPED/src/main.rs"
check "an edit of an input since the build refuses it" eval '! stamp_in check_stamp openbaar'
git -C "$STAMPED" checkout -q src/main.rs
check "the input back as it was: accepted again" stamp_in check_stamp openbaar
echo 'new' >"$STAMPED/src/new.rs"
check "a new input file refuses it" eval '! stamp_in check_stamp openbaar'
rm "$STAMPED/src/new.rs"
echo '<html>old' >"$STAMPED/dist/beleidsagenda.html"
check "a built file replaced since the build is refused" eval '! stamp_in check_stamp openbaar'

# Floors: lowered only by a commit that says so.
FLOORED="$WORK/floored"
mkdir -p "$FLOORED/scripts" "$FLOORED/tests"
cp "$REAL_ROOT/scripts/check-floors.sh" "$FLOORED/scripts/"
commit_floors() { # commit_floors <native floor> <message>
    printf 'native %s\ne2e 10\n' "$1" >"$FLOORED/tests/floors.txt"
    git -C "$FLOORED" add -A && git -C "$FLOORED" -c user.email=t@t -c user.name=t commit -qm "$2"
}
git -C "$FLOORED" init -q
commit_floors 100 "floors"
commit_floors 120 "more tests"
floors_pass() { bash "$FLOORED/scripts/check-floors.sh" >/dev/null 2>&1; }
check "raised floors pass" floors_pass
printf 'native 90\ne2e 10\n' >"$FLOORED/tests/floors.txt"
check "a floor lowered in the work tree fails" eval '! floors_pass'
commit_floors 90 "fewer tests"
check "a commit that lowers a floor without saying so fails" eval '! floors_pass'
git -C "$FLOORED" -c user.email=t@t -c user.name=t commit -q --amend -m "$(printf 'fewer tests\n\nLowers test floor: native two tests merged into one')"
check "a commit that lowers a floor and says why passes" floors_pass

# The weight budget: a file one byte over its ceiling fails the check, at the ceiling it passes,
# and a ceiling BENCHMARKS.md does not name fails.
BUDGET="$WORK/budget"
mkdir -p "$BUDGET/scripts" "$BUDGET/dist"
cp "$REAL_ROOT/scripts/check-budget.sh" "$BUDGET/scripts/"
head -c 20000 /dev/urandom >"$BUDGET/dist/app.html"
size=$(gzip -9c "$BUDGET/dist/app.html" | wc -c)
budget_with() { # budget_with <ceiling> <ceiling named in BENCHMARKS.md>
    printf '# ceilings\ndist/app.html %s\n' "$1" >"$BUDGET/budget.txt"
    printf '## entry\nceiling dist/app.html %s\n' "$2" >"$BUDGET/BENCHMARKS.md"
    (cd "$BUDGET" && bash scripts/check-budget.sh budget.txt BENCHMARKS.md) >"$WORK/budget.out" 2>&1
    BUDGET_RC=$?
}
budget_with "$size" "$size"
check "a file at its ceiling passes the budget" eval '[ $BUDGET_RC -eq 0 ] && grep -q "^budget: ok dist/app.html" "$WORK/budget.out"'
budget_with $((size - 1)) $((size - 1))
check "a file one byte over its ceiling fails, with the figure and the file to change" \
    eval '[ $BUDGET_RC -ne 0 ] && grep -q "dist/app.html is .* bytes gzip -9, 1 over its ceiling of .* in budget.txt" "$WORK/budget.out"'
budget_with "$size" $((size - 1))
check "a ceiling BENCHMARKS.md does not name fails" \
    eval '[ $BUDGET_RC -ne 0 ] && grep -q "has no line .ceiling dist/app.html $size." "$WORK/budget.out"'

# The model's floors: a scratch copy of model/src with one import against the floors (the text
# catalogue reaching up into the plan) must fail the architecture test, which names the line;
# the unbroken copy passes. Built once here; the native layer then finds it built.
FLOORS_SRC="$WORK/model-src"
cp -r "$REAL_ROOT/model/src" "$FLOORS_SRC"
floors_test() { (cd "$REAL_ROOT" && ARCHITECTURE_MODEL_SRC="$FLOORS_SRC" \
    cargo test --quiet -p beleidsagenda-model --test architecture -- the_model_stands_in_floors) >"$WORK/floors.out" 2>&1; }
check "the model's floors hold in an unbroken copy" floors_test
printf '#[allow(unused_imports)]\nuse crate::plan::types::Plan;\n' >>"$FLOORS_SRC/text/format.rs"
lines=$(wc -l <"$FLOORS_SRC/text/format.rs")
check "an import against the floors fails the architecture test, with its file and line" \
    eval '! floors_test && grep -q "text/format.rs:$lines: text (floor 2) imports plan (floor 6): use crate::plan::types::Plan;" "$WORK/floors.out"'

[ "$failures" = 0 ]
