# Sourced by ./run and ./test: installs whatever this machine lacks (idempotent; seconds on a
# machine that has everything) and defines `wasm_env`, which runs a command with the wasm
# toolchain environment. Versions come from tools/versions.env.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../tools/versions.env
. "$ROOT/tools/versions.env"
# shellcheck source=stamp.sh
. "$ROOT/scripts/stamp.sh"
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

APT_UPDATED=0
apt_install() {
    local missing=()
    for pkg in "$@"; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing Debian packages: ${missing[*]}"
    if [ "$APT_UPDATED" = 0 ]; then
        as_root apt-get update -qq
        APT_UPDATED=1
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Does rustup have the wasm32 target? Then use it; else Debian's rustc-web with -Zbuild-std.
has_rustup_wasm_target() {
    command -v rustup >/dev/null 2>&1 && rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown
}

setup_rust_wasm() {
    if has_rustup_wasm_target; then
        WASM_MODE=rustup
    else
        WASM_MODE=build-std
        apt_install rustc-web cargo-web rust-web-src rust-web-llvm
        # rust-web-llvm's /usr/bin/rust-lld links to an lld-NN that it does not depend on.
        if [ ! -e /usr/bin/rust-lld ]; then
            apt_install "$(readlink /usr/bin/rust-lld)"
        fi
        [ -d /usr/lib/rustlib/src/rust/library ] || { echo "rust-web-src did not provide /usr/lib/rustlib/src/rust/library" >&2; return 1; }
    fi
    export WASM_MODE
}

# Runs "$@" with the environment that builds for wasm32 on this machine.
wasm_env() {
    if [ "$WASM_MODE" = build-std ]; then
        # Release wasm: a panic is an immediate trap, without the message formatting code
        # (the loader in tools/single-file catches the trap and shows the error page).
        RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD="${WASM_BUILD_STD:-std,panic_abort}" \
            CARGO_UNSTABLE_PANIC_IMMEDIATE_ABORT=true CARGO_PROFILE_RELEASE_PANIC=immediate-abort "$@"
    else
        "$@"
    fi
}

cargo_install() { # crate version binary version-probe
    local crate=$1 version=$2 binary=$3
    shift 3
    if command -v "$binary" >/dev/null 2>&1 && "$binary" --version 2>/dev/null | grep -q " $version\$\| $version "; then
        return 0
    fi
    say "installing $crate $version with cargo (takes minutes, once)"
    cargo install "$crate" --version "$version" "$@"
}

setup_cargo_tools() {
    # trunk needs --locked (unlocked dependency resolution fails) and declares a newer rustc
    # than rustup has here, which compiles it fine.
    cargo_install trunk "$TRUNK_VERSION" trunk --locked --ignore-rust-version
    # --locked fails for wasm-bindgen-cli 0.2.130: one locked dependency is missing from the registry.
    cargo_install wasm-bindgen-cli "$WASM_BINDGEN_VERSION" wasm-bindgen
}

setup_node_tools() {
    command -v node >/dev/null 2>&1 || apt_install nodejs npm
    local stamp="$ROOT/node_modules/.installed-from-lock"
    if [ ! -f "$stamp" ] || ! cmp -s "$ROOT/package-lock.json" "$stamp"; then
        say "installing npm packages (package-lock.json)"
        (cd "$ROOT" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
        cp "$ROOT/package-lock.json" "$stamp"
    fi
    "$ROOT/node_modules/.bin/wasm-opt" --version | grep -q "version_$BINARYEN_VERSION" \
        || { echo "node_modules wasm-opt is not version_$BINARYEN_VERSION" >&2; return 1; }
}

setup_browser() {
    apt_install chromium chromium-driver firefox-esr
    setup_referees
}

# The independent readers the end-to-end layer opens every exported spreadsheet and print with:
# LibreOffice headless and pdftotext (Debian), openpyxl (PyPI, into target/pylib; nothing
# system-wide).
REFEREE_PYTHONPATH="$ROOT/target/pylib"
export REFEREE_PYTHONPATH
setup_referees() {
    apt_install libreoffice-calc-nogui poppler-utils
    . "$ROOT/tools/versions.env"
    if ! PYTHONPATH="$REFEREE_PYTHONPATH" python3 -c "import openpyxl, sys; sys.exit(openpyxl.__version__ != '$OPENPYXL_VERSION')" 2>/dev/null; then
        say "installing openpyxl $OPENPYXL_VERSION into target/pylib"
        python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore \
            --target "$REFEREE_PYTHONPATH" --upgrade "openpyxl==$OPENPYXL_VERSION"
    fi
}

setup_build() {
    setup_rust_wasm
    setup_cargo_tools
    setup_node_tools
    bash "$ROOT/scripts/check-versions.sh"
}

# Release build of one edition: wasm via cargo (online, so std's own dependencies are fetched
# once for -Zbuild-std), the host single-file tool, then Trunk (offline) for bindgen, wasm-opt and
# the post_build hook that writes the single file and the embed script.
#   build_release          the public edition: dist/beleidsagenda.html and dist/beleidsagenda.js
#   build_release intern   the internal edition: dist-intern/beleidsagenda-intern.html and .js,
#                          a folder of its own so that copying dist/ to a share never takes it along
# Both share target/: the second edition recompiles only the two crates the feature changes.
build_release() {
    local edition=${1:-openbaar}
    edition_paths "$edition"
    local features=()
    [ "$edition" = intern ] && features=(--features intern)
    # The old stamp goes first: a build that fails part-way leaves files no layer will test.
    rm -f "$(stamp_file "$edition")"
    say "building wasm (release, $WASM_MODE, edition $edition)"
    (cd "$ROOT" && wasm_env cargo build --release --target wasm32-unknown-unknown --bin beleidsagenda "${features[@]}") || return 1
    (cd "$ROOT" && cargo build --release -p single-file) || return 1
    say "trunk build --release $EDITION_PAGE"
    # Trunk keeps the previous dist/ when a step fails: remove the files it is to write.
    rm -f "$ROOT/$EDITION_DIST/$EDITION_BASE.html" "$ROOT/$EDITION_DIST/$EDITION_BASE.js"
    (cd "$ROOT" && wasm_env trunk build "$EDITION_PAGE" --release --dist "$EDITION_DIST") || return 1
    local file
    for file in "$EDITION_DIST/$EDITION_BASE.html" "$EDITION_DIST/$EDITION_BASE.js"; do
        [ -s "$ROOT/$file" ] || { echo "$file was not written" >&2; return 1; }
    done
    write_stamp "$edition" || return 1
    echo "built: $EDITION_DIST/$EDITION_BASE.html and .js ($(build_commit))"
}

# Where an edition comes from and goes: EDITION_PAGE (Trunk's page), EDITION_DIST (its folder)
# and EDITION_BASE (the single file's and embed script's name without extension).
edition_paths() {
    if [ "$1" = intern ]; then
        EDITION_PAGE=index-intern.html EDITION_DIST=dist-intern EDITION_BASE=beleidsagenda-intern
    else
        EDITION_PAGE=index.html EDITION_DIST=dist EDITION_BASE=beleidsagenda
    fi
}
