//! A CSV download with its dialect beside it: *Excel (NL)* by default in the Dutch interface
//! (what a Dutch Excel opens by double-click), *data* (RFC 4180) in the English one.

use beleidsagenda_model::sheet::csv::Dialect;
use beleidsagenda_model::{t, Key, Lang};
use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CsvDownloadProps {
    pub lang: Lang,
    /// The button's text.
    pub label: Key,
    /// A unique id for the dialect select (several downloads can share a page).
    pub id: AttrValue,
    pub on_download: Callback<Dialect>,
}

fn default_dialect(lang: Lang) -> Dialect {
    match lang {
        Lang::Nl => Dialect::ExcelNl,
        Lang::En => Dialect::Data,
    }
}

#[function_component(CsvDownload)]
pub fn csv_download(props: &CsvDownloadProps) -> Html {
    let lang = props.lang;
    let chosen = use_state(|| None::<Dialect>);
    let dialect = chosen.unwrap_or(default_dialect(lang));
    let on_change = {
        let chosen = chosen.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event
                .target()
                .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
            {
                chosen.set(Dialect::from_code(&select.value()));
            }
        })
    };
    let on_click = {
        let on_download = props.on_download.clone();
        Callback::from(move |_: MouseEvent| on_download.emit(dialect))
    };
    let option = |d: Dialect, key: Key| {
        html! { <option value={d.code()} selected={d == dialect}>{ t(lang, key) }</option> }
    };
    html! {
        <span class="ba-csv-download">
            <button type="button" class="ba-button ba-button--quiet" onclick={on_click}>{ t(lang, props.label) }</button>
            <label class="ba-csv-download__dialect" for={props.id.clone()}>{ t(lang, Key::CsvDialectLabel) }</label>
            <select id={props.id.clone()} onchange={on_change}>
                { option(Dialect::ExcelNl, Key::CsvDialectExcelNl) }
                { option(Dialect::Data, Key::CsvDialectData) }
            </select>
        </span>
    }
}

/// A CSV download's type; the Excel dialect's byte-order mark is part of the text.
pub const CSV_MIME: &str = "text/csv;charset=utf-8";
