//! The web layer of beleidsagenda: it renders the model's state with Yew and dispatches actions.
//! Data, validation, formatting and texts live in the `beleidsagenda-model` crate.

pub mod app;
pub mod components;
pub mod download;
pub mod fatal;
pub mod labels;
pub mod mount;
pub mod pages;
pub mod print_frame;
pub mod route;
pub mod selection_url;
pub mod state;
pub mod storage;

pub use app::App;

/// Entry point: install the error screen for panics, find where to mount, render.
pub fn start() {
    let target = mount::find_target();
    fatal::install_panic_hook(target.element.clone());
    mount::remove_loading_indicator();
    yew::Renderer::<App>::with_root_and_props(
        target.element.clone(),
        app::AppProps {
            embedded: target.embedded,
        },
    )
    .render();
}
