//! Two jobs: the bundled data, and a speed attribute.
//!
//! The JSON files under `data/` are compiled into the app from `OUT_DIR`: as they are for a
//! native build (a validation error's line and column point into the file in the repository),
//! and without the whitespace between tokens for the wasm, where it is bytes every user
//! downloads and nobody reads (about 0.6 KB of the public file after gzip).
//!
//! The release wasm is built at opt-level "z" for size, which made the sensitivity analysis's
//! inner loops 1.3× slower than at "3" (docs/benchmarks-log.md). `#[optimize(speed)]` asks for speed on
//! those few functions only; it is unstable, so only a build that already enables unstable
//! features (the wasm build with `-Zbuild-std`, which sets RUSTC_BOOTSTRAP=1) gets it, through
//! the `speed_attribute` cfg. Native builds, on a stable compiler, compile the same code without.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(speed_attribute)");
    println!("cargo::rerun-if-env-changed=RUSTC_BOOTSTRAP");
    println!("cargo::rerun-if-changed=build.rs");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    let unstable_allowed = std::env::var("RUSTC_BOOTSTRAP").is_ok_and(|v| v == "1");
    if wasm && unstable_allowed {
        println!("cargo::rustc-cfg=speed_attribute");
    }
    bundle_data(wasm);
}

/// The files `model/src` includes with `include_str!(concat!(env!("OUT_DIR"), "/data/…"))`.
const DATA_FILES: [&str; 11] = [
    "sources.json",
    "agenda.json",
    "countries.json",
    "indicators.json",
    "values.json",
    "instruments.json",
    "envelopes.json",
    "map.json",
    "intern/sources.json",
    "intern/countries.json",
    "intern/stappenplan.json",
];

fn bundle_data(wasm: bool) {
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::create_dir_all(out.join("data/intern")).expect("OUT_DIR is writable");
    for name in DATA_FILES {
        let source = format!("../data/{name}");
        println!("cargo::rerun-if-changed={source}");
        let text = std::fs::read_to_string(&source).unwrap_or_else(|e| panic!("{source}: {e}"));
        let text = if wasm { without_whitespace(&text) } else { text };
        std::fs::write(out.join("data").join(name), text).expect("OUT_DIR is writable");
    }
}

/// `json` without the whitespace outside its strings: the same tokens in the same order, so it
/// parses to exactly what the file says.
fn without_whitespace(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !c.is_whitespace() {
            out.push(c);
        }
    }
    out
}
