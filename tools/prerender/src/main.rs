//! `prerender <out.html>`: the agenda and the source registry, in Dutch and English, rendered
//! at build time with Yew's server-side renderer from the app's own components (`switch` and
//! the same context the app builds, with nothing stored). The single-file tool puts the result
//! in the page, so the agenda shows as fast as a static page and stays readable where
//! WebAssembly or JavaScript is not allowed. The app replaces it once it has rendered
//! (`mount::app_has_started`); docs/using.md says why it re-renders rather than hydrates.
//!
//! Run by `tools/post-build.sh`; `--features intern` for the internal edition.

use std::process::ExitCode;

use prerender::render::render_all;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [out_path] = args.as_slice() else {
        eprintln!("usage: prerender <out.html>");
        return ExitCode::from(2);
    };
    let runtime = match tokio::runtime::Builder::new_current_thread().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("prerender: no runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    let rendered = runtime.block_on(tokio::task::LocalSet::new().run_until(render_all()));
    match rendered.and_then(|html| {
        std::fs::write(out_path, &html)
            .map(|_| html.len())
            .map_err(|e| format!("cannot write {out_path}: {e}"))
    }) {
        Ok(size) => {
            println!("prerender: wrote {out_path} ({size} bytes)");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("prerender: {error}");
            ExitCode::FAILURE
        }
    }
}
