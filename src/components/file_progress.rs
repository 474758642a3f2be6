//! A file being read in slices: what is read, how far, and a button that stops it.

use beleidsagenda_model::text::format::file_size;
use beleidsagenda_model::{t, tr, Key, Lang, Msg};
use yew::prelude::*;

/// "plan.xlsx (2,6 MB) wordt gelezen…": what is read, in the user's words and sizes.
pub fn reading_text(name: &str, bytes: u64, lang: Lang) -> String {
    tr(
        lang,
        Msg::FileReading {
            file: name,
            size: &file_size(bytes, lang),
        },
    )
}

#[derive(Properties, PartialEq)]
pub struct FileProgressProps {
    pub lang: Lang,
    /// What is being read ("plan.xlsx (2,6 MB) wordt gelezen…").
    pub text: AttrValue,
    /// How far, in thousandths; `None` before the first slice is done.
    pub per_mille: Option<u32>,
    pub on_stop: Callback<MouseEvent>,
}

#[function_component(FileProgress)]
pub fn file_progress(props: &FileProgressProps) -> Html {
    let lang = props.lang;
    let percent = props.per_mille.unwrap_or(0) / 10;
    html! {
        <div class="ba-notice ba-file-progress">
            <p>{ &props.text }</p>
            <p class="ba-file-progress__bar">
                // The bar's value is read out by assistive technology when asked; the number
                // beside it is for the eye, and would be read on every slice in a live region.
                <progress max="1000" value={props.per_mille.unwrap_or(0).to_string()}
                    aria-label={t(lang, Key::FileReadProgress)}>{ format!("{percent} %") }</progress>
                <span aria-hidden="true">{ format!(" {percent} % ") }</span>
                <button type="button" class="ba-button ba-button--quiet" onclick={props.on_stop.clone()}>
                    { t(lang, Key::FileReadStop) }
                </button>
            </p>
        </div>
    }
}
