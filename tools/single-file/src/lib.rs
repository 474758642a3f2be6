//! Builds the offline single file `beleidsagenda.html` and the embed script `beleidsagenda.js`
//! from what Trunk staged: the wasm-bindgen glue (ES module), the optimised wasm and the CSS.
//!
//! Why not Trunk's own output: it loads the glue as an ES module and fetches the wasm, and
//! neither works from `file://`. Here the glue becomes a classic script, the wasm travels as
//! base64 and is handed to the async init, and a Content-Security-Policy allows exactly the
//! inlined script and style (by hash) and no network at all.

use std::path::Path;

use base64::Engine;
use sha2::{Digest, Sha256};

/// Converts wasm-bindgen's `--target web` glue into code that runs inside a classic script.
/// Fails, rather than guessing, on constructs it does not know how to convert.
pub fn glue_to_classic(glue: &str) -> Result<String, String> {
    let mut out = String::with_capacity(glue.len());
    // The glue's comments and indentation ship in every file and are read by nobody there
    // (about 1 KB gzip): whole-line comments and comment blocks go, and lines lose their
    // leading space. Safe while no string spans lines, which is checked.
    let mut in_comment = false;
    for line in glue.lines() {
        let trimmed = line.trim_start();
        if in_comment {
            in_comment = !trimmed.contains("*/");
            continue;
        }
        if trimmed.starts_with("/*") {
            in_comment = !trimmed.contains("*/");
            continue;
        }
        if trimmed.starts_with("//") || trimmed.is_empty() {
            continue;
        }
        if trimmed.matches('`').count() % 2 == 1 {
            return Err(format!(
                "a template literal spans lines, which stripping indentation would change: {line}"
            ));
        }
        if trimmed.starts_with("export default ")
            || (trimmed.starts_with("export {") && trimmed.ends_with(';'))
        {
            continue;
        }
        let line = if let Some(rest) = trimmed.strip_prefix("export ") {
            if rest.starts_with("function ")
                || rest.starts_with("async function ")
                || rest.starts_with("class ")
                || rest.starts_with("const ")
                || rest.starts_with("let ")
            {
                rest.to_string()
            } else {
                return Err(format!("cannot convert export statement: {line}"));
            }
        } else if trimmed.starts_with("import ") && !trimmed.starts_with("import(") {
            return Err(format!(
                "the glue imports a module (a JS snippet?), which a classic script cannot: {line}"
            ));
        } else {
            trimmed.to_string()
        };
        out.push_str(&line.replace("import.meta.url", "document.baseURI"));
        out.push('\n');
    }
    if out.contains("import.meta") {
        return Err("the glue still refers to import.meta".into());
    }
    if !out.contains("function __wbg_init") {
        return Err("the glue has no __wbg_init function: was it built with --target web?".into());
    }
    Ok(out)
}

/// The stylesheet as it ships: without its comments and without the white space nobody reads
/// in the file (about 2.6 KB gzip): none around `{`, `}` and `;` or after `:` and `,`, one space
/// elsewhere. Quoted strings are copied as they are, so a `/*` in a `content` value stays; an
/// unclosed comment or string stops the build.
pub fn compact_css(css: &str) -> Result<String, String> {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut closed = false;
                while let Some(c) = chars.next() {
                    if c == '*' && chars.peek() == Some(&'/') {
                        chars.next();
                        closed = true;
                        break;
                    }
                }
                if !closed {
                    return Err("the stylesheet has an unclosed comment".into());
                }
            }
            '"' | '\'' => {
                out.push(c);
                let mut closed = false;
                while let Some(d) = chars.next() {
                    out.push(d);
                    if d == '\\' {
                        if let Some(e) = chars.next() {
                            out.push(e);
                        }
                    } else if d == c {
                        closed = true;
                        break;
                    }
                }
                if !closed {
                    return Err("the stylesheet has an unclosed string".into());
                }
            }
            c if c.is_whitespace() => {
                while chars.peek().is_some_and(|c| c.is_whitespace()) {
                    chars.next();
                }
                // A space is kept only where it means something: between words and values,
                // and as the descendant combinator (`.a .b`, `.a :hover`).
                let after = out.chars().last().is_none_or(|l| "{};:, ".contains(l));
                let before = chars.peek().is_none_or(|n| "{};".contains(*n));
                if !after && !before {
                    out.push(' ');
                }
            }
            _ => out.push(c),
        }
    }
    Ok(out)
}

/// The wasm as the files carry it: zstd at its highest level, then base64. Zstd makes it 29 % of
/// its size where gzip made it 35 % (docs/benchmarks-log.md, issue 25); the browser has no zstd of its
/// own, so the loader carries a decoder (`ZSTD_DECODER`, 8 KB).
pub fn wasm_payload(wasm: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(zstd_compress(wasm))
}

/// Where the zstd decoder's script is, from the repository root: npm's `fzstd` (MIT), pinned in
/// package.json and installed by scripts/setup.sh. Its UMD build, 8 KB minified.
pub const ZSTD_DECODER: &str = "node_modules/fzstd/umd/index.js";

/// The JavaScript minifier (npm `terser`, pinned in package.json), from the repository root.
pub const TERSER: &str = "node_modules/terser/bin/terser";

/// `script` minified by terser with node: local names shortened and dead code dropped, every
/// top-level name kept (the loader calls them). wasm-bindgen's glue is written to be read;
/// minified it is about 1.8 KB smaller after gzip, bytes every user downloads.
pub fn minify_js(script: &str, terser: &Path) -> Result<String, String> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new("node")
        .arg(terser)
        .args(["--compress", "--mangle"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            format!(
                "cannot run node {}: {e} (scripts/setup.sh installs it)",
                terser.display()
            )
        })?;
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let input = script.to_string();
    // Written from a thread: terser starts writing its output before it has read all input.
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child
        .wait_with_output()
        .map_err(|e| format!("terser did not finish: {e}"))?;
    writer
        .join()
        .map_err(|_| "writing to terser failed".to_string())?
        .map_err(|e| format!("writing to terser failed: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "terser refused the script: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    String::from_utf8(output.stdout).map_err(|e| format!("terser wrote no UTF-8: {e}"))
}

/// The decoder's UMD build as a value of the loader's own scope: with a local `module`, the UMD
/// wrapper exports there, whatever a host page defines (an AMD `define`, a global `fzstd`).
fn zstd_decoder_scope(decoder: &str) -> String {
    format!("var baZstd = (function () {{ var module = {{ exports: {{}} }}, exports = module.exports;\n{}\nreturn module.exports; }})();", decoder.trim())
}

/// The id of the data block that carries the wasm in the single file.
pub const WASM_BLOCK_ID: &str = "ba-wasm";

/// The data block for the single file: a `<script>` of a type the browser does not run, so the
/// HTML parser only scans its text and no JavaScript engine parses or compiles 1 MB of string
/// literal before the app can start (measured in docs/benchmarks-log.md, issue 25).
pub fn wasm_block(payload: &str) -> String {
    format!("<script type=\"application/octet-stream\" id=\"{WASM_BLOCK_ID}\">{payload}</script>")
}

/// The classic script that starts the app: glue, async init, and a bilingual error message in
/// place of the loading indicator if the wasm cannot start. The wasm is `inline_wasm` (the
/// payload in the script, for the embed script), or else read from the page's data block.
/// With `css`, the script also adds the stylesheet (for host pages that embed the app).
///
/// In the script (comments here, as the script ships): `baMark` marks the start-up's phases for
/// `bench/answers.mjs`; `baBytes` decodes the base64 with the engine's own decoder where there
/// is one; `baCompile` hands the zstd decoder the bytes in slices of `BA_SLICE`, a task each,
/// and the browser compiles the blocks as they come out (where it compiles a stream), so no
/// task runs long and compiling runs while the rest is still decoded. The decoding begins after
/// the first contentful paint is reported (`baAfterFirstPaint`; at once in a tab opened hidden,
/// where nothing paints; after the next frame where paint timing is missing; after 1 s at the
/// latest), so its tasks do not hold back the prerendered agenda's first paint (docs/benchmarks-log.md,
/// issue 25); the data block, 1 MB of text, is removed once read. `baCompile` runs inside the
/// promise chain, so a browser without WebAssembly reaches the error page like any other failure
/// to start. `baShowLoadError` keeps a prerendered agenda readable and shows its notice of what
/// the other views need.
/// `baShowFatal`: the release wasm is built with panic = "immediate-abort", so a panic is a
/// trap, which reaches JavaScript as a `WebAssembly.RuntimeError` thrown out of whatever called
/// into the app (an event, a timer); the app cannot go on after one, and this puts the message
/// `fatal.rs` shows in debug builds in its place, built from text nodes.
pub fn bootstrap_script(
    classic_glue: &str,
    zstd_decoder: &str,
    inline_wasm: Option<&str>,
    css: Option<&str>,
) -> String {
    let decoder = zstd_decoder_scope(zstd_decoder);
    let wasm_literal = match inline_wasm {
        Some(payload) => format!("\"{payload}\""),
        None => "null".to_string(),
    };
    let css_part = match css {
        // In a host page's #beleidsagenda the app lives in a shadow root with its styles adopted
        // there: the host's styles (inheritance aside, which .ba-root resets) cannot reach in, not
        // even with !important. Without that element (or in an old browser) a scoped <style>.
        Some(css) => format!(
            "  var baHost = document.getElementById('beleidsagenda');\n  if (baHost && baHost.attachShadow && 'adoptedStyleSheets' in Document.prototype) {{\n    if (!baHost.shadowRoot) {{\n      var baShadow = baHost.attachShadow({{ mode: 'open' }});\n      var baSheet = new CSSStyleSheet();\n      baSheet.replaceSync({css});\n      baShadow.adoptedStyleSheets = [baSheet];\n      var baMount = document.createElement('div');\n      baShadow.appendChild(baMount);\n      // rem in a shadow root is the host page's root size: the app's own unit takes the\n      // browser's default (the user's setting) instead. CSSOM, which a host's CSP allows.\n      var baProbe = document.createElement('span');\n      baProbe.style.fontSize = 'medium';\n      baShadow.appendChild(baProbe);\n      baMount.style.setProperty('--ba-host-rem', getComputedStyle(baProbe).fontSize);\n      baShadow.removeChild(baProbe);\n    }}\n  }} else if (!document.querySelector('style[data-ba-css]')) {{\n    var style = document.createElement('style');\n    style.setAttribute('data-ba-css', '');\n    style.textContent = {css};\n    document.head.appendChild(style);\n  }}\n",
            css = js_string(css)
        ),
        None => String::new(),
    };
    format!(
        r#"(function () {{
"use strict";
{classic_glue}
{decoder}
function baDecodeBase64(text) {{
  var binary = atob(text);
  var bytes = new Uint8Array(binary.length);
  for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}}
function baShowLoadError(error) {{
  if (window.console) console.error('beleidsagenda: the app could not start', error);
  var pages = document.getElementById('ba-prerendered');
  if (pages) {{
    document.documentElement.classList.add('ba-no-wasm');
    var notices = pages.querySelectorAll('.ba-prerendered__no-wasm');
    for (var i = 0; i < notices.length; i++) notices[i].hidden = false;
    var loading = document.getElementById('ba-loading');
    if (loading) loading.remove();
    if (window.baShowPage) window.baShowPage();
    return;
  }}
  var target = document.getElementById('ba-loading') || document.getElementById('beleidsagenda') || document.body;
  if (target.shadowRoot) target = target.shadowRoot;
  var box = document.createElement('div');
  box.className = 'ba-root';
  box.innerHTML = '<div class="ba-fatal" role="alert"><h1 lang="nl">De app kon niet starten</h1>' +
    '<p lang="nl">Deze browser kon de app niet laden. Gebruik een recente versie van Edge, Chrome of Firefox, of meld dit aan het beheerteam.</p>' +
    '<p lang="en">The app could not start in this browser. Use a recent Edge, Chrome or Firefox, or report this to the maintainers.</p><pre></pre></div>';
  box.querySelector('pre').textContent = String(error && error.message || error);
  if (target === document.body) document.body.appendChild(box); else {{ target.innerHTML = ''; target.appendChild(box); }}
}}
function baShowFatal(error) {{
  if (window.console) console.error('beleidsagenda: the app stopped', error);
  var host = document.getElementById('beleidsagenda');
  var root = host ? (host.shadowRoot ? host.shadowRoot.firstElementChild || host.shadowRoot : host) : document.body;
  ['ba-loading', 'ba-prerendered'].forEach(function (id) {{ var e = document.getElementById(id); if (e) e.remove(); }});
  var old = root.querySelectorAll(':scope > .ba-root');
  for (var i = 0; i < old.length; i++) old[i].remove();
  var box = document.createElement('div');
  box.className = 'ba-root';
  var alert = document.createElement('div');
  alert.className = 'ba-fatal';
  alert.setAttribute('role', 'alert');
  [['h1', 'Er ging iets mis in de app', 'nl'],
   ['p', 'Laad de pagina opnieuw. Gebeurt dit weer, meld dan de technische melding hieronder aan het beheerteam.', 'nl'],
   ['p', 'Something went wrong in the app. Reload the page; if it happens again, report the technical message below to the maintainers.', 'en'],
   ['pre', String(error && error.message || error), null]].forEach(function (part) {{
    var e = document.createElement(part[0]);
    e.textContent = part[1];
    if (part[2]) e.setAttribute('lang', part[2]);
    alert.appendChild(e);
  }});
  box.appendChild(alert);
  root.appendChild(box);
}}
function baIsTrap(error) {{
  return typeof WebAssembly !== 'undefined' && error instanceof WebAssembly.RuntimeError;
}}
window.addEventListener('error', function (event) {{ if (baIsTrap(event.error)) baShowFatal(event.error); }});
window.addEventListener('unhandledrejection', function (event) {{ if (baIsTrap(event.reason)) baShowFatal(event.reason); }});
function baBytes(text) {{
  return typeof Uint8Array.fromBase64 === 'function' ? Uint8Array.fromBase64(text) : baDecodeBase64(text);
}}
var BA_SLICE = 65536;
function baNextTask(step) {{
  var channel = new MessageChannel();
  channel.port1.onmessage = step;
  channel.port2.postMessage(null);
}}
function baAfterFirstPaint(step) {{
  var done = false;
  function once() {{ if (!done) {{ done = true; step(); }} }}
  if (document.hidden) return once();
  try {{
    new PerformanceObserver(function (list) {{
      if (list.getEntriesByName('first-contentful-paint').length) once();
    }}).observe({{ type: 'paint', buffered: true }});
  }} catch (error) {{ requestAnimationFrame(function () {{ setTimeout(once); }}); }}
  setTimeout(once, 1000);
}}
function baCompile(bytes) {{
  baMark('ba-wasm-decoding');
  if (typeof WebAssembly.compileStreaming !== 'function' || typeof ReadableStream !== 'function') {{
    return WebAssembly.compile(baZstd.decompress(bytes));
  }}
  var stream = new ReadableStream({{ start: function (out) {{
    var decoder = new baZstd.Decompress(function (block, last) {{ if (block.length) out.enqueue(block); if (last) out.close(); }});
    var at = 0;
    function step() {{
      try {{
        var end = Math.min(at + BA_SLICE, bytes.length);
        decoder.push(bytes.subarray(at, end), end === bytes.length);
        at = end;
        if (at < bytes.length) baNextTask(step);
      }} catch (error) {{ out.error(error); }}
    }}
    step();
  }} }});
  return WebAssembly.compileStreaming(new Response(stream, {{ headers: {{ 'Content-Type': 'application/wasm' }} }}));
}}
function baMark(name) {{ performance.mark(name); }}
function baStart() {{
  baMark('ba-boot');
{css_part}  var bytes;
  try {{
    var block = document.getElementById('{WASM_BLOCK_ID}');
    bytes = baBytes(block ? block.textContent : BA_WASM_BASE64);
    if (block) block.remove();
  }} catch (error) {{ baShowLoadError(error); return; }}
  baMark('ba-wasm-decoded');
  new Promise(baAfterFirstPaint).then(function () {{ return baCompile(bytes); }}).then(function (module) {{ baMark('ba-wasm-compiled'); return __wbg_init({{ module_or_path: module }}); }})
    .then(function () {{ baMark('ba-wasm-ready'); }}).catch(baShowLoadError);
}}
var BA_WASM_BASE64 = {wasm_literal};
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', baStart); else baStart();
}})();
"#
    )
}

/// Level 22, zstd's highest; the frame records the content size, so the window is no larger
/// than the wasm and the decoder's memory stays a few MB.
fn zstd_compress(bytes: &[u8]) -> Vec<u8> {
    zstd::bulk::compress(bytes, 22).expect("compressing into memory cannot fail")
}

/// A JS string literal for arbitrary text (JSON strings are valid JS string literals,
/// except for U+2028/2029 in very old engines, which are escaped too).
fn js_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' => out.push_str("\\u003c"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `'sha256-…'` source expression for a CSP, over the exact text between the tags.
pub fn csp_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The policy of the single file: only the inlined script and style, the wasm compile, data:
/// images; no network, no forms, no plugins, no base URL changes.
pub fn content_security_policy(scripts: &[&str], style: &str) -> String {
    let hashes: Vec<String> = scripts.iter().map(|s| csp_hash(s)).collect();
    format!(
        "default-src 'none'; script-src {} 'wasm-unsafe-eval'; style-src {}; img-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'; object-src 'none'",
        hashes.join(" "),
        csp_hash(style)
    )
}

/// Removes every `<link data-trunk …>` tag (they may span lines) from the source HTML.
pub fn strip_trunk_links(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<link") {
        let Some(end) = rest[start..].find('>') else {
            break;
        };
        let tag = &rest[start..start + end + 1];
        out.push_str(&rest[..start]);
        if !tag.contains("data-trunk") {
            out.push_str(tag);
        } else {
            // Drop the whitespace-only remainder of the line too.
            while out.ends_with(' ') {
                out.pop();
            }
        }
        rest = &rest[start + end + 1..];
        if tag.contains("data-trunk") && rest.starts_with('\n') {
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    out
}

/// The pages rendered at build time (`tools/prerender`) and the script that shows the one a
/// link names.
pub struct Prerendered<'a> {
    /// The fragment: `<div id="ba-prerendered">` with one `.ba-prerendered__page` per page.
    pub html: &'a str,
}

impl Prerendered<'_> {
    /// The pages' ids, the app's links without `#` (`/nl/agenda`), the first the default.
    pub fn page_ids(&self) -> Vec<String> {
        let mut ids = Vec::new();
        let mut rest = self.html;
        let needle = "<div id=\"";
        while let Some(at) = rest.find(needle) {
            let start = at + needle.len();
            let end = rest[start..].find('"').map_or(rest.len(), |e| start + e);
            let id = &rest[start..end];
            if rest[end..].starts_with("\" class=\"ba-prerendered__page") {
                ids.push(id.to_string());
            }
            rest = &rest[end..];
        }
        ids
    }

    /// The `<head>` script (`pages.js`) with the page list filled in.
    pub fn head_script(&self) -> String {
        let list = self
            .page_ids()
            .iter()
            .map(|id| js_string(id))
            .collect::<Vec<_>>()
            .join(", ");
        include_str!("pages.js").replace("/*BA_PAGES*/[]", &format!("[{list}]"))
    }
}

/// The script right after the pages: shows the one the link names before the first paint.
pub const SHOW_PAGE_SCRIPT: &str = "window.baShowPage && window.baShowPage();";

/// The single file: source HTML without Trunk's links, with the CSP first in `<head>`, the CSS
/// inline, the prerendered pages (if any) first in `<body>` with their scripts, and the
/// bootstrap script and the wasm's data block at the end of `<body>`.
pub fn single_file_html(
    source_html: &str,
    css: &str,
    script: &str,
    wasm_payload: &str,
    prerendered: Option<&Prerendered>,
) -> Result<String, String> {
    let html = strip_trunk_links(source_html);
    let head_script = prerendered.map(Prerendered::head_script);
    let mut scripts = vec![script];
    if let Some(head_script) = &head_script {
        scripts.push(head_script);
        scripts.push(SHOW_PAGE_SCRIPT);
    }
    let csp = content_security_policy(&scripts, css);
    let head_open = html.find("<head>").ok_or("index.html has no <head>")? + "<head>".len();
    let mut out = String::with_capacity(html.len() + css.len() + script.len() + 512);
    out.push_str(&html[..head_open]);
    out.push_str(&format!(
        "\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">"
    ));
    let rest = &html[head_open..];
    let head_close = rest.find("</head>").ok_or("index.html has no </head>")?;
    out.push_str(&rest[..head_close]);
    out.push_str(&format!("<style data-ba-css>{css}</style>\n"));
    if let Some(head_script) = &head_script {
        out.push_str(&format!("<script>{head_script}</script>\n"));
    }
    let rest = &rest[head_close..];
    let body_close = rest.rfind("</body>").ok_or("index.html has no </body>")?;
    let body_open = match prerendered {
        Some(_) => rest
            .find("<body")
            .and_then(|at| rest[at..].find('>').map(|end| at + end + 1)),
        None => None,
    };
    if let (Some(body_open), Some(prerendered)) = (body_open, prerendered) {
        out.push_str(&rest[..body_open]);
        out.push_str(&format!(
            "\n{}<script>{SHOW_PAGE_SCRIPT}</script>",
            prerendered.html
        ));
        out.push_str(&rest[body_open..body_close]);
    } else {
        out.push_str(&rest[..body_close]);
    }
    // The script first: it waits for DOMContentLoaded, when the block after it is there. In this
    // order gzip finds the glue's matches in the page before it, as when the script held the wasm.
    out.push_str(&format!("<script>{script}</script>\n"));
    out.push_str(&wasm_block(wasm_payload));
    out.push('\n');
    out.push_str(&rest[body_close..]);
    Ok(out)
}
