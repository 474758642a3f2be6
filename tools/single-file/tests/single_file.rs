use single_file::{
    bootstrap_script, compact_css, csp_hash, glue_to_classic, single_file_html, strip_trunk_links,
    wasm_payload, Prerendered, SHOW_PAGE_SCRIPT,
};

/// The decoder's shape as npm's fzstd ships it (a UMD wrapper), small enough to read here.
const DECODER: &str = "!function(f){typeof module!='undefined'&&typeof exports=='object'?module.exports=f():(typeof self!='undefined'?self:this).fzstd=f()}(function(){return {decompress:function(d){return d},Decompress:function(){}}})";

const GLUE: &str = r#"let wasm;
/**
 * Says hello.
 * @param {string} name
 */
export function greet(name) { return name; }
// A comment line.
export class Thing { }
function __wbg_get_imports() { return {}; }
async function __wbg_init(module_or_path) {
    if (typeof module_or_path === 'undefined') {
        module_or_path = new URL('beleidsagenda_bg.wasm', import.meta.url);
    }
    return wasm;
}
export { initSync, __wbg_init as default };
"#;

#[test]
fn glue_becomes_a_classic_script() {
    let classic = glue_to_classic(GLUE).unwrap();
    assert!(!classic.contains("export"), "{classic}");
    assert!(!classic.contains("import.meta"), "{classic}");
    assert!(classic.contains("function greet(name)"));
    assert!(classic.contains("class Thing"));
    assert!(classic.contains("new URL('beleidsagenda_bg.wasm', document.baseURI)"));
    // No comments and no indentation ship.
    assert!(
        !classic.contains("Says hello") && !classic.contains("A comment line"),
        "{classic}"
    );
    assert!(classic.contains("\nmodule_or_path = new URL"), "{classic}");
    assert!(classic.lines().all(|l| l == l.trim_start()), "{classic}");
}

#[test]
fn glue_with_a_template_literal_across_lines_is_refused() {
    let glue = format!("const a = `one\n  two`;\n{GLUE}");
    assert!(glue_to_classic(&glue)
        .unwrap_err()
        .contains("template literal spans lines"));
}

#[test]
fn glue_with_module_imports_is_refused() {
    let with_snippet = format!("import {{ x }} from './snippets/a.js';\n{GLUE}");
    assert!(glue_to_classic(&with_snippet)
        .unwrap_err()
        .contains("imports a module"));
    assert!(glue_to_classic("let a = 1;\n")
        .unwrap_err()
        .contains("__wbg_init"));
    assert!(
        glue_to_classic("export * from './x.js';\nasync function __wbg_init() {}\n")
            .unwrap_err()
            .contains("cannot convert")
    );
}

#[test]
fn csp_hash_is_base64_sha256_of_the_exact_text() {
    // printf 'alert(1)' | openssl dgst -sha256 -binary | base64
    assert_eq!(
        csp_hash("alert(1)"),
        "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
    );
}

#[test]
fn trunk_links_are_removed_and_others_kept() {
    let html = "<head>\n  <link data-trunk rel=\"css\" href=\"a.css\">\n  <link rel=\"icon\" href=\"data:,\">\n  <link data-trunk\n    rel=\"rust\" data-bin=\"x\"/>\n</head>";
    let out = strip_trunk_links(html);
    assert!(!out.contains("data-trunk"), "{out}");
    assert!(out.contains("<link rel=\"icon\" href=\"data:,\">"));
}

#[test]
fn single_file_has_csp_first_and_hashes_that_match_its_inline_texts() {
    let source = "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<link data-trunk rel=\"css\" href=\"styles/app.css\">\n</head>\n<body>\n<div id=\"ba-loading\"></div>\n</body>\n</html>\n";
    let script = bootstrap_script(&glue_to_classic(GLUE).unwrap(), DECODER, None, None);
    let css = ".ba-root{color:#000}";
    let page = single_file_html(source, css, &script, &wasm_payload(b"\0asm"), None).unwrap();
    let csp_at = page.find("Content-Security-Policy").unwrap();
    assert!(csp_at < page.find("<style").unwrap() && csp_at < page.find("<script").unwrap());
    assert!(page.contains(&csp_hash(css)) && page.contains(&csp_hash(&script)));
    assert!(
        page.contains("connect-src 'none'")
            && page.contains("default-src 'none'")
            && page.contains("'wasm-unsafe-eval'")
    );
    let start = page.find("<script>").unwrap() + 8;
    let inline_script = &page[start..start + page[start..].find("</script>").unwrap()];
    assert_eq!(
        inline_script, script,
        "the hashed text must be exactly the inline text"
    );
    // The wasm travels as zstd (magic 28 b5 2f fd) in base64 ("KLUv/"), in a data block the
    // browser does not run (so no CSP hash and no JavaScript parse), after the script that reads
    // it once the document is parsed; the script itself carries no wasm, and the decoder.
    let block = page
        .find("<script type=\"application/octet-stream\" id=\"ba-wasm\">KLUv/")
        .expect("wasm travels as zstd in base64 in a data block");
    assert!(block > page.find(&format!("<script>{script}</script>")).unwrap());
    assert!(script.contains("var BA_WASM_BASE64 = null;"));
    assert!(page.contains("new baZstd.Decompress(") && page.contains("compileStreaming"));
    assert!(script.contains(DECODER), "the decoder is in the hashed script");
    assert!(!page.contains("data-trunk"));
}

#[test]
fn embed_script_carries_the_css_safely_escaped() {
    let script = bootstrap_script(
        &glue_to_classic(GLUE).unwrap(),
        DECODER,
        Some(&wasm_payload(b"\0asm")),
        Some(".a::after{content:\"</style>\"}\n"),
    );
    // The embed script has no page of its own to hold a data block: it carries the wasm.
    assert!(script.contains("var BA_WASM_BASE64 = \"KLUv/"));
    assert!(script.contains("data-ba-css"));
    assert!(script.contains("\\u003c/style>"), "no raw </ in the script text");
    assert!(!script.contains("</style>"));
}

#[test]
fn prerendered_pages_come_first_in_the_body_with_their_scripts_hashed() {
    let source = "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n</head>\n<body class=\"ba-standalone\">\n<div id=\"ba-loading\"></div>\n</body>\n</html>\n";
    let script = bootstrap_script(&glue_to_classic(GLUE).unwrap(), DECODER, None, None);
    let fragment = r#"<div id="ba-prerendered" class="ba-prerendered"><div id="/nl/agenda" class="ba-prerendered__page ba-prerendered__page--default" data-ba-lang="nl"><h1>Agenda</h1><div id="ba-x"></div></div><div id="/en/agenda" class="ba-prerendered__page" data-ba-lang="en"><h1>Agenda</h1></div></div>"#;
    let prerendered = Prerendered { html: fragment };
    assert_eq!(prerendered.page_ids(), ["/nl/agenda", "/en/agenda"]);
    let head_script = prerendered.head_script();
    assert!(head_script.contains(r#"var BA_PAGES = ["/nl/agenda", "/en/agenda"];"#));
    let page = single_file_html(
        source,
        "p{}",
        &script,
        &wasm_payload(b"\0asm"),
        Some(&prerendered),
    )
    .unwrap();
    // The pages before the loader, the page script right after them, the app's script last.
    let body = page.find("<body class=\"ba-standalone\">").unwrap();
    let pages = page.find(fragment).unwrap();
    let show = page
        .find(&format!("<script>{SHOW_PAGE_SCRIPT}</script>"))
        .unwrap();
    assert!(body < pages && pages < show && show < page.find("ba-loading").unwrap());
    assert!(page.find(&format!("<script>{head_script}</script>")).unwrap() < page.find("</head>").unwrap());
    for text in [script.as_str(), head_script.as_str(), SHOW_PAGE_SCRIPT] {
        assert!(
            page.contains(&csp_hash(text)),
            "every inline script is allowed by its hash"
        );
    }
    assert_eq!(page.matches("<script>").count(), 3);
}

#[test]
fn the_stylesheet_ships_without_comments_and_indentation_but_with_its_strings() {
    let css = "/* The root. */\n.ba-root {\n    color: #000; /* text */\n}\n\n.a::after { content: \"/* not a comment */\"; }\n.b::before { content: ', '; }\n";
    assert_eq!(
        compact_css(css).unwrap(),
        ".ba-root{color:#000;}.a::after{content:\"/* not a comment */\";}.b::before{content:', ';}"
    );
    // Spaces that mean something stay: combinators, values, media queries, calc().
    assert_eq!(
        compact_css(".a .b, .c :hover > .d {\n  margin: 0 auto;\n  width: calc(100% - 2rem);\n}\n@media (min-width: 40em) and (max-width: 60em) {\n  .e { font: 1rem / 1.5 a, b; }\n}").unwrap(),
        ".a .b,.c :hover > .d{margin:0 auto;width:calc(100% - 2rem);}@media (min-width:40em) and (max-width:60em){.e{font:1rem / 1.5 a,b;}}"
    );
    assert!(compact_css(".a { color: red; } /* open")
        .unwrap_err()
        .contains("unclosed comment"));
    assert!(compact_css(".a::after { content: \"open }")
        .unwrap_err()
        .contains("unclosed string"));
}

#[test]
fn the_payload_is_zstd_in_base64_and_decodes_to_the_same_bytes() {
    use base64::Engine;
    let wasm: Vec<u8> = b"\0asm\x01\0\0\0".iter().copied().cycle().take(100_000).collect();
    let payload = wasm_payload(&wasm);
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(&payload)
        .unwrap();
    assert_eq!(&bytes[..4], b"\x28\xb5\x2f\xfd", "zstd's magic number");
    assert!(bytes.len() < wasm.len() / 100, "{} bytes", bytes.len());
    assert_eq!(zstd::bulk::decompress(&bytes, wasm.len()).unwrap(), wasm);
}

#[test]
fn the_decoder_exports_into_the_loaders_scope_whatever_the_host_defines() {
    let script = bootstrap_script(&glue_to_classic(GLUE).unwrap(), DECODER, None, None);
    // A local `module` catches the UMD export: no global, no AMD `define` call.
    assert!(script
        .contains("var baZstd = (function () { var module = { exports: {} }, exports = module.exports;"));
    assert!(script.find("var baZstd").unwrap() < script.find("function baCompile").unwrap());
}

fn terser() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(single_file::TERSER)
}

fn run_node(script: &str) -> String {
    let output = std::process::Command::new("node")
        .args(["-e", script])
        .output()
        .expect("node runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8")
}

#[test]
fn the_minified_glue_is_shorter_and_does_the_same() {
    let script = "function glueEntry(someLongArgumentName) {\n    const intermediateValue = someLongArgumentName * 2;\n    // A comment the user never needs.\n    return intermediateValue + 1;\n}\nconsole.log(glueEntry(20));\n";
    let minified = single_file::minify_js(script, &terser()).expect("terser minifies");
    assert!(minified.len() < script.len() / 2, "{minified}");
    assert!(!minified.contains("intermediateValue"), "{minified}");
    assert!(
        minified.contains("glueEntry"),
        "a top-level name the loader calls is kept: {minified}"
    );
    assert_eq!(run_node(script), run_node(&minified));
}

#[test]
fn a_script_terser_cannot_read_stops_the_build_with_its_reason() {
    let error = single_file::minify_js("function (", &terser()).expect_err("not JavaScript");
    assert!(error.contains("terser refused"), "{error}");
}
