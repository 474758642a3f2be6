#!/usr/bin/env bash
# The floors in tests/floors.txt are raised, never silently lowered: a commit (or the work tree)
# that lowers or removes a layer's floor fails here unless its commit message has a line
# "Lowers test floor: <layer> <why>". Prints one "ok" line per check for the harness layer's count.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
FLOORS=tests/floors.txt

floors_of() { grep -v '^#' | awk 'NF == 2 { print $1, $2 }'; }

# lowered <old floors> <new floors>: the layers whose floor went down or disappeared.
lowered() {
    awk 'NR == FNR { old[$1] = $2; next } { new[$1] = $2 }
         END { for (l in old) if (!(l in new) || new[l] + 0 < old[l] + 0) print l }' \
        <(echo "$1") <(echo "$2")
}

fail=0
commits=0
while read -r commit; do
    git cat-file -e "$commit^" 2>/dev/null || continue   # the first version, or a shallow clone's edge
    commits=$((commits + 1))
    before=$(git show "$commit^:$FLOORS" 2>/dev/null | floors_of || true)
    after=$(git show "$commit:$FLOORS" 2>/dev/null | floors_of || true)
    message=$(git log -1 --format=%B "$commit")
    for layer in $(lowered "$before" "$after"); do
        if ! grep -q "^Lowers test floor: $layer " <<<"$message"; then
            echo "commit $(git rev-parse --short "$commit") lowers the test floor of '$layer' without a line 'Lowers test floor: $layer <why>'" >&2
            fail=1
        fi
    done
done < <(git log --format=%H -- "$FLOORS")
if git cat-file -e "HEAD:$FLOORS" 2>/dev/null; then
    for layer in $(lowered "$(git show "HEAD:$FLOORS" | floors_of)" "$(floors_of <"$FLOORS")"); do
        echo "$FLOORS lowers the floor of '$layer' below the committed one: commit it with a line 'Lowers test floor: $layer <why>'" >&2
        fail=1
    done
fi
[ $fail = 0 ] && echo "ok - no test floor lowered silently ($commits commits of $FLOORS and the work tree checked)"
exit $fail
