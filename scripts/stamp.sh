# Build stamps: which tree a released file was built from. `build_release` writes one per edition
# after every step of the build succeeded; the layers that test built files (`leaks`, `e2e`) check
# it first and refuse a file that another tree (yesterday's build, a failed build that left the
# old dist/ behind, an edit since) produced.
# shellcheck shell=bash

# Paths that cannot change what the release build writes. Everything else the work tree holds
# (tracked or new, not ignored) is an input: a new folder is an input until it is listed here.
STAMP_NOT_INPUTS=(':!target' ':!e2e' ':!bench' ':!fuzz' ':!tests' ':!model/tests' ':!tools/gen' ':!tools/leaks'
    ':!tools/map-projection' ':!.ci' ':!*.md' ':!test' ':!run' ':!scripts/harness.sh' ':!scripts/layers.sh'
    ':!scripts/check-versions.sh' ':!scripts/check-floors.sh' ':!.gitignore' ':!rustfmt.toml')

stamp_file() { echo "$ROOT/target/build-stamps/$1.stamp"; }

# One hash over the name and content of every input file of the work tree as it is now.
build_inputs_hash() {
    (cd "$ROOT" && git ls-files -z --cached --others --exclude-standard -- . "${STAMP_NOT_INPUTS[@]}" |
        sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
}

build_commit() {
    local head
    head=$(cd "$ROOT" && git rev-parse --short=12 HEAD)
    if [ -n "$(cd "$ROOT" && git status --porcelain --untracked-files=no)" ]; then head="$head+changes"; fi
    echo "$head"
}

# The files an edition's build writes (relative to ROOT).
stamped_files() {
    edition_paths "$1"
    echo "$EDITION_DIST/$EDITION_BASE.html"
    echo "$EDITION_DIST/$EDITION_BASE.js"
}

# Called by build_release after its last step: the inputs, the commit and each file's hash.
write_stamp() {
    local edition=$1 stamp file
    stamp=$(stamp_file "$edition")
    mkdir -p "$(dirname "$stamp")"
    {
        echo "inputs $(build_inputs_hash)"
        echo "commit $(build_commit)"
        for file in $(stamped_files "$edition"); do
            echo "file $(cd "$ROOT" && sha256sum "$file" | cut -d' ' -f1) $file"
        done
    } >"$stamp.new"
    mv "$stamp.new" "$stamp"
}

# Fails, saying why, unless the edition's files are those its last successful build wrote from
# the tree as it is now.
check_stamp() {
    local edition=$1 stamp inputs recorded file hash
    stamp=$(stamp_file "$edition")
    if [ ! -f "$stamp" ]; then
        echo "the $edition edition has no build stamp ($stamp): run ./test build (or ./run --no-serve) first" >&2
        return 1
    fi
    inputs=$(build_inputs_hash)
    recorded=$(awk '$1 == "inputs" { print $2 }' "$stamp")
    if [ "$inputs" != "$recorded" ]; then
        echo "the $edition edition was built from another tree ($(awk '$1 == "commit" { print $2 }' "$stamp")); the inputs changed since: run ./test build first" >&2
        return 1
    fi
    while read -r _ hash file; do
        if [ ! -f "$ROOT/$file" ] || [ "$(cd "$ROOT" && sha256sum "$file" | cut -d' ' -f1)" != "$hash" ]; then
            echo "$file is not the file its build wrote (missing or changed since): run ./test build first" >&2
            return 1
        fi
    done < <(grep '^file ' "$stamp")
    echo "build stamp: $edition edition built from the current tree ($(awk '$1 == "commit" { print $2 }' "$stamp"))"
}
