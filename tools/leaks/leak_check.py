#!/usr/bin/env python3
"""Proves the public edition holds nothing of the internal one.

    python3 tools/leaks/leak_check.py

Decodes the public single file and embed script completely (the HTML, every script, every
base64 blob, the zstd inside it, the WebAssembly module: its raw bytes, its memory as the data
segments lay it out, and its custom sections) and searches every layer, ignoring case, for:

- every string of 20 characters or more in the internal edition's data (data/intern/*.json),
  in the sources only the internal edition compiles (INTERN_SOURCES) and in the items and
  match arms of the other Rust files under `#[cfg(feature = "intern")]`, each also in
  its JSON- and HTML-escaped forms; a string that also occurs in the public data or public
  sources is public by definition and is listed as shared, not searched;
- every id of the step plan (the template's, each step's and each condition's) and the step
  plan's route, whatever their length.

Exits 1 and names what leaked and where, if anything did. Then checks itself: the same search
over the internal file must find every step-plan id, else the decoding is broken and the
check fails too (a search that finds nothing anywhere would prove nothing).
"""
import base64
import html
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MIN_CHARS = 20
PUBLIC_FILES = [ROOT / "dist" / "beleidsagenda.html", ROOT / "dist" / "beleidsagenda.js"]
INTERNAL_FILES = [ROOT / "dist-intern" / "beleidsagenda-intern.html", ROOT / "dist-intern" / "beleidsagenda-intern.js"]
INTERN_DATA = ROOT / "data" / "intern"
# Compiled only with the feature `intern` (each is behind a #[cfg(feature = "intern")] module).
INTERN_SOURCES = [
    "model/src/plan/step_plan",
    "model/src/text/i18n/intern.rs",
    "src/components/step_plan",
    "src/components/classified.rs",
    "src/pages/step_plan.rs",
    "index-intern.html",
    "styles/intern.css",
]
INTERN_ROUTE = "/:lang/stappenplan"
PUBLIC_SOURCE_ROOTS = ["model/src", "src", "data", "index.html", "styles"]


def strings_in_json(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from strings_in_json(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings_in_json(item)


RUST_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def unescape_rust(text):
    text = re.sub(r"\\u\{([0-9a-fA-F]+)\}", lambda m: chr(int(m.group(1), 16)), text)
    return text.replace('\\"', '"').replace("\\n", "\n").replace("\\\\", "\\")


def strings_in_source(path):
    text = path.read_text(encoding="utf-8")
    if path.suffix in (".html", ".css"):
        # Text between tags and attribute values.
        for piece in re.split(r"<[^>]*>|[\n\"]", text):
            yield piece.strip()
        return
    yield from strings_in_rust(text)


def strings_in_rust(text):
    for match in RUST_STRING.finditer(text):
        literal = unescape_rust(match.group(1))
        # A format string leaks by its fixed parts.
        for part in PLACEHOLDER.split(literal):
            yield part.strip()


CFG_INTERN = '#[cfg(feature = "intern")]'


def split_cfg_intern(text):
    """A public Rust file's text without the items and match arms under
    `#[cfg(feature = "intern")]`, and those items' text: they compile into the internal
    edition only, so their strings are internal-only too."""
    public, intern = [], []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if lines[i].strip() != CFG_INTERN:
            public.append(lines[i])
            i += 1
            continue
        depth, i = 0, i + 1
        while i < len(lines):
            line = lines[i]
            intern.append(line)
            code = RUST_STRING.sub('""', line)
            depth += sum(code.count(c) for c in "([{") - sum(code.count(c) for c in ")]}")
            i += 1
            if depth <= 0 and code.rstrip().endswith((",", ";", "}", ")")):
                break
    return "\n".join(public), "\n".join(intern)


def files_under(relative, suffixes):
    path = ROOT / relative
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in suffixes)


def intern_needles():
    strings, ids = set(), set()
    for path in sorted(INTERN_DATA.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        strings.update(s for s in strings_in_json(data) if len(s) >= MIN_CHARS)
    template = json.loads((INTERN_DATA / "stappenplan.json").read_text(encoding="utf-8"))
    ids.add(template["id"])
    for step in template["steps"]:
        ids.add(step["id"])
        ids.update(c["id"] for c in step["conditions"])
    ids.add(INTERN_ROUTE)
    for relative in INTERN_SOURCES:
        for path in files_under(relative, {".rs", ".html", ".css"}):
            strings.update(s for s in strings_in_source(path) if len(s) >= MIN_CHARS)
    for path in public_rust_files():
        _, intern = split_cfg_intern(path.read_text(encoding="utf-8"))
        strings.update(s for s in strings_in_rust(intern) if len(s) >= MIN_CHARS)
    return strings, ids


def public_rust_files():
    intern_paths = {p for r in INTERN_SOURCES for p in files_under(r, {".rs"})}
    return [p for r in ("model/src", "src") for p in files_under(r, {".rs"}) if p not in intern_paths]


def public_corpus():
    intern_paths = {p for r in INTERN_SOURCES for p in files_under(r, {".rs", ".html", ".css"})}
    texts = []
    for relative in PUBLIC_SOURCE_ROOTS:
        for path in files_under(relative, {".rs", ".json", ".html", ".css"}):
            if path in intern_paths or INTERN_DATA in path.parents:
                continue
            text = path.read_text(encoding="utf-8")
            if path.suffix == ".rs":
                text, _ = split_cfg_intern(text)
            texts.append(text)
    return "\n".join(texts).casefold()


def leb128(data, at, signed=False):
    """A LEB128 number at `at`, and where the next item starts."""
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            if signed and byte & 0x40:
                value -= 1 << shift
            return value, at


def wasm_layers(module):
    """The module's memory as its active data segments lay it out, its passive segments, and
    its custom sections (names among them)."""
    assert module[:4] == b"\0asm", "not a wasm module"
    at = 8
    memory = bytearray()
    layers = []
    while at < len(module):
        section, at = module[at], at + 1
        size, at = leb128(module, at)
        end = at + size
        if section == 0:
            layers.append(("wasm custom section", module[at:end]))
        elif section == 11:
            count, p = leb128(module, at)
            for _ in range(count):
                flags, p = leb128(module, p)
                offset = None
                if flags in (0, 2):
                    if flags == 2:
                        _, p = leb128(module, p)
                    assert module[p] == 0x41, "data segment offset is not i32.const"
                    offset, p = leb128(module, p + 1, signed=True)
                    assert module[p] == 0x0B
                    p += 1
                length, p = leb128(module, p)
                payload = module[p:p + length]
                p += length
                if offset is None:
                    layers.append(("wasm passive data", payload))
                else:
                    if len(memory) < offset + length:
                        memory.extend(b"\0" * (offset + length - len(memory)))
                    memory[offset:offset + length] = payload
        at = end
    layers.append(("wasm memory image", bytes(memory)))
    return layers


# In a string literal (the embed script) or as the text of an element (the single file's data
# block that carries the wasm).
BASE64_BLOB = re.compile(r'[">]([A-Za-z0-9+/]{400,}={0,2})["<]')


ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


def unzstd(raw):
    """Zstd frames decoded by the decoder the file ships (npm fzstd; Python 3.11 has no zstd)."""
    script = ("const z = require(process.argv[1]); const input = require('fs').readFileSync(0);"
              "process.stdout.write(z.decompress(input));")
    decoder = ROOT / "node_modules" / "fzstd" / "lib" / "index.js"
    done = subprocess.run(["node", "-e", script, str(decoder)], input=raw, capture_output=True, check=True)
    return done.stdout


def decoded_layers(path):
    """Every layer of a built file, as (where, text)."""
    text = path.read_text(encoding="utf-8")
    layers = [(path.name, text)]
    for n, match in enumerate(BASE64_BLOB.finditer(text)):
        raw = base64.b64decode(match.group(1))
        where = f"{path.name} base64 #{n}"
        if raw[:4] == ZSTD_MAGIC:
            raw = unzstd(raw)
            where += " unzstd"
        if raw[:4] == b"\0asm":
            layers.append((where + " (wasm bytes)", raw.decode("utf-8", "replace")))
            for name, payload in wasm_layers(raw):
                layers.append((f"{where} ({name})", payload.decode("utf-8", "replace")))
        else:
            layers.append((where, raw.decode("utf-8", "replace")))
    return layers


def forms(needle):
    """The ways a text can be written in the built file."""
    out = {needle, html.escape(needle, quote=True), html.escape(needle, quote=False)}
    out.add(json.dumps(needle, ensure_ascii=False)[1:-1])
    out.add(json.dumps(needle, ensure_ascii=True)[1:-1])
    return {f.casefold() for f in out}


def search(paths, needles):
    layers = [(w, t.casefold()) for p in paths for (w, t) in decoded_layers(p)]
    found = {}
    for needle in needles:
        for where, text in layers:
            if any(form in text for form in forms(needle)):
                found.setdefault(needle, []).append(where)
    return found, layers


def main():
    for path in PUBLIC_FILES + INTERNAL_FILES:
        if not path.is_file():
            print(f"leak check: {path.relative_to(ROOT)} is missing; build both editions first", file=sys.stderr)
            return 2
    strings, ids = intern_needles()
    public = public_corpus()
    shared = sorted(s for s in strings if s.casefold() in public)
    internal_only = sorted(set(strings) - set(shared))
    needles = internal_only + sorted(ids)
    found, layers = search(PUBLIC_FILES, needles)
    wasm = [w for w, _ in layers if "wasm memory image" in w]
    print(f"leak check: {len(internal_only)} internal-only strings of {MIN_CHARS}+ characters and {len(ids)} step-plan ids "
          f"searched in {len(layers)} decoded layers of the public edition ({len(wasm)} wasm memory images)")
    if shared:
        print(f"leak check: {len(shared)} strings of the internal sources are also in the public ones (public, not searched):")
        for s in shared:
            print(f"    {s[:100]!r}")
    if found:
        print(f"leak check: FAILED: {len(found)} internal strings or ids are in the public edition:", file=sys.stderr)
        for needle, where in sorted(found.items()):
            print(f"    {needle[:120]!r} in {', '.join(sorted(set(where)))}", file=sys.stderr)
        return 1
    if not wasm:
        print("leak check: FAILED: no wasm module was found in the public file: nothing was searched where it matters", file=sys.stderr)
        return 1
    # The search must be able to find: in the internal file every id is there.
    found_internal, _ = search(INTERNAL_FILES, sorted(ids))
    missing = sorted(ids - set(found_internal))
    if missing:
        print(f"leak check: FAILED: the search does not find {missing} in the internal file, where they are", file=sys.stderr)
        return 1
    in_wasm = sum(1 for where in found_internal.values() if any("wasm memory image" in w for w in where))
    print(f"leak check: passed. Zero found in the public edition; the same search finds all {len(ids)} ids in the internal "
          f"file ({in_wasm} of them in its wasm memory image)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
