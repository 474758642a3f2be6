//! `single-file <staging-dir> <source-index.html>`: run by Trunk's post_build hook on release
//! builds. Writes `beleidsagenda.html` (open from file://) and `beleidsagenda.js` (embed in a
//! host page) into the staging dir, which Trunk then moves to `dist/`. From `index-intern.html`
//! (the internal edition) the files are `beleidsagenda-intern.html` and `…-intern.js`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use single_file::{
    bootstrap_script, compact_css, glue_to_classic, minify_js, single_file_html, wasm_payload, Prerendered,
    TERSER, ZSTD_DECODER,
};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [staging, source_html] = args.as_slice() else {
        eprintln!("usage: single-file <trunk-staging-dir> <source-index.html>");
        return ExitCode::from(2);
    };
    match run(Path::new(staging), Path::new(source_html)) {
        Ok(written) => {
            for (path, size) in written {
                println!("single-file: wrote {} ({size} bytes)", path.display());
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("single-file: {error}");
            ExitCode::FAILURE
        }
    }
}

/// `index.html` → `beleidsagenda`, `index-intern.html` → `beleidsagenda-intern`.
fn output_base(source_html: &Path) -> String {
    let stem = source_html
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("index");
    match stem.strip_prefix("index-") {
        Some(edition) if !edition.is_empty() => format!("beleidsagenda-{edition}"),
        _ => "beleidsagenda".to_string(),
    }
}

/// The prerendered pages' file in the staging dir, written by `tools/post-build.sh`.
const PRERENDERED_FILE: &str = "prerendered.html";

fn run(staging: &Path, source_html: &Path) -> Result<Vec<(PathBuf, usize)>, String> {
    let files: Vec<PathBuf> = fs::read_dir(staging)
        .map_err(|e| format!("cannot read {}: {e}", staging.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .collect();
    let find = |suffix: &str, exclude: &str| -> Result<PathBuf, String> {
        let matches: Vec<&PathBuf> = files
            .iter()
            .filter(|p| {
                let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
                name.starts_with("beleidsagenda")
                    && name.ends_with(suffix)
                    && (exclude.is_empty() || !name.starts_with(exclude))
            })
            .collect();
        match matches.as_slice() {
            [one] => Ok((*one).clone()),
            [] => Err(format!("no beleidsagenda*{suffix} in {}", staging.display())),
            _ => Err(format!(
                "more than one beleidsagenda*{suffix} in {}: {matches:?}",
                staging.display()
            )),
        }
    };
    let read =
        |path: &Path| fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()));
    let base = output_base(source_html);
    let glue = read(&find(".js", &format!("{base}.js"))?)?;
    let wasm_path = find("_bg.wasm", "")?;
    let wasm = fs::read(&wasm_path).map_err(|e| format!("cannot read {}: {e}", wasm_path.display()))?;
    let mut css = String::new();
    let mut css_files: Vec<&PathBuf> = files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "css"))
        .collect();
    css_files.sort();
    for path in css_files {
        css.push_str(&read(path)?);
        css.push('\n');
    }
    let css = compact_css(&css)?;
    let source = read(source_html)?;
    // The repository root is where the page Trunk built from is.
    let root = source_html.parent().unwrap_or(Path::new(""));
    let terser = root.join(TERSER);
    let classic = minify_js(&glue_to_classic(&glue)?, &terser)?;

    // The pages `tools/prerender` rendered (post-build.sh puts them in the staging dir; they
    // are part of the single file only, so the file is removed once read).
    let prerendered_path = staging.join(PRERENDERED_FILE);
    let prerendered_html = match fs::read_to_string(&prerendered_path) {
        Ok(html) => {
            let _ = fs::remove_file(&prerendered_path);
            Some(html)
        }
        Err(_) => None,
    };
    let prerendered = prerendered_html.as_deref().map(|html| Prerendered { html });
    if let Some(prerendered) = &prerendered {
        if prerendered.page_ids().is_empty() {
            return Err(format!("{} holds no page", prerendered_path.display()));
        }
    }

    let decoder = read(&root.join(ZSTD_DECODER))
        .map_err(|e| format!("{e} (scripts/setup.sh installs the npm packages)"))?;

    let payload = wasm_payload(&wasm);
    let page_script = minify_js(&bootstrap_script(&classic, &decoder, None, None), &terser)?;
    let page = single_file_html(&source, &css, &page_script, &payload, prerendered.as_ref())?;
    let embed_script = bootstrap_script(&classic, &decoder, Some(&payload), Some(&css));

    let page_path = staging.join(format!("{base}.html"));
    let embed_path = staging.join(format!("{base}.js"));
    fs::write(&page_path, &page).map_err(|e| format!("cannot write {}: {e}", page_path.display()))?;
    fs::write(&embed_path, &embed_script)
        .map_err(|e| format!("cannot write {}: {e}", embed_path.display()))?;
    Ok(vec![(page_path, page.len()), (embed_path, embed_script.len())])
}
