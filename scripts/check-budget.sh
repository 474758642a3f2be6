#!/usr/bin/env bash
# The weight budget: each file in the ceiling file (default tests/budget.txt) is at most its
# ceiling after `gzip -9`, and every ceiling is named in docs/benchmarks-log.md ("ceiling <file> <bytes>"),
# so that none changes without an entry that says what the bytes buy. One "budget: ok …" line per
# file; a file over its ceiling fails with the figure and the file to change.
# Usage: scripts/check-budget.sh [<ceilings>] [<benchmarks>]   (paths relative to the checkout)
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
CEILINGS=${1:-tests/budget.txt}
BENCHMARKS=${2:-docs/benchmarks-log.md}
fail=0
files=0
group() { echo "$1" | sed -e ':a' -e 's/\B[0-9]\{3\}\>/,&/' -e 'ta'; }
while read -r file ceiling; do
    case "$file" in ''|'#'*) continue ;; esac
    files=$((files + 1))
    if ! [[ "$ceiling" =~ ^[0-9]+$ ]]; then
        echo "budget: $CEILINGS: the ceiling of $file is not a number of bytes: '$ceiling'" >&2
        fail=1
        continue
    fi
    if ! grep -qxF "ceiling $file $ceiling" "$BENCHMARKS" 2>/dev/null; then
        echo "budget: $CEILINGS sets $file at $ceiling bytes, but $BENCHMARKS has no line 'ceiling $file $ceiling': a ceiling changes only with an entry that says what the bytes buy" >&2
        fail=1
    fi
    if [ ! -s "$file" ]; then
        echo "budget: $file was not built" >&2
        fail=1
        continue
    fi
    size=$(gzip -9c "$file" | wc -c)
    if [ "$size" -gt "$ceiling" ]; then
        echo "budget: $file is $(group "$size") bytes gzip -9, $(group $((size - ceiling))) over its ceiling of $(group "$ceiling") in $CEILINGS: cut, or raise the ceiling there with a $BENCHMARKS entry that says what the bytes buy" >&2
        fail=1
    else
        echo "budget: ok $file $(group "$size") of $(group "$ceiling") bytes gzip -9 ($(group $((ceiling - size))) to spare)"
    fi
done <"$CEILINGS"
if [ "$files" = 0 ]; then
    echo "budget: $CEILINGS names no file" >&2
    fail=1
fi
exit $fail
