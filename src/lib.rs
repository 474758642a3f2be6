//! The web layer of beleidsagenda: it renders the model's state with Yew and dispatches actions.
//! Data, validation, formatting and texts live in the `beleidsagenda-model` crate.

pub mod app;
pub mod browser_save;
pub mod clock;
pub mod components;
pub mod dom;
pub mod download;
pub mod edition;
pub mod fatal;
pub mod file_input;
pub mod focus_handover;
pub mod labels;
pub mod mount;
pub mod page_rules;
pub mod pages;
pub mod print_frame;
pub mod route;
pub mod selection_url;
pub mod sliced;
pub mod state;
pub mod storage;
pub mod timing;

pub use app::App;

/// Entry point: install the error screen for panics, find where to mount, render.
pub fn start() {
    // The start-up's phases on the performance timeline (`bench/answers.mjs`): the loader marks
    // the base64 read, the decoding begun, the module compiled and ready; here the app's own
    // code begins.
    timing::mark("ba-start");
    expose_memory_probe();
    let target = mount::find_target();
    fatal::install_panic_hook(target.element.clone());
    // Yew empties the mount element, the prerendered pages with it, before it renders.
    if let Some(prerendered) = gloo_utils::document().get_element_by_id(mount::PRERENDERED_ID) {
        focus_handover::remember(&prerendered);
    }
    yew::Renderer::<App>::with_root_and_props(
        target.element.clone(),
        app::AppProps {
            embedded: target.embedded,
        },
    )
    .render();
}

/// The size of the wasm linear memory in bytes, for the memory-growth test and the benchmark
/// (`bench/memory.mjs`), which read it as `window.beleidsagendaMemoryBytes()`.
pub fn memory_bytes() -> f64 {
    use wasm_bindgen::JsCast;
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .ok()
        .and_then(|memory| memory.buffer().dyn_into::<js_sys::ArrayBuffer>().ok())
        .map(|buffer| f64::from(buffer.byte_length()))
        .unwrap_or(0.0)
}

fn expose_memory_probe() {
    let probe = wasm_bindgen::closure::Closure::<dyn Fn() -> f64>::new(memory_bytes);
    let _ = js_sys::Reflect::set(
        &gloo_utils::window(),
        &"beleidsagendaMemoryBytes".into(),
        probe.as_ref(),
    );
    // Lives as long as the page.
    probe.forget();
}
