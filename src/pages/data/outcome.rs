//! What became of the last dataset file: loaded (and how it was read), kept, restored, or
//! refused with every error's place.

use beleidsagenda_model::load::dataset_sheets::SheetFormat;
use beleidsagenda_model::load::state::ImportOutcome;
use beleidsagenda_model::{t, tr, Key, Lang, Msg};
use yew::prelude::*;

pub(super) fn outcome_message(lang: Lang, outcome: Option<&ImportOutcome>) -> Html {
    match outcome {
        None => html! {},
        Some(ImportOutcome::Loaded {
            file_name, format, ..
        }) => html! {
            <div class="ba-notice ba-notice--ok" role="status">
                <p>{ tr(lang, Msg::ImportLoaded { file: file_name }) }</p>
                {
                    match format {
                        Some(SheetFormat::Csv(detected)) => html! { <p>{ tr(lang, Msg::CsvRead { separator: detected.separator, decimal: detected.decimal, mark: detected.byte_order_mark }) }</p> },
                        Some(SheetFormat::Xlsx { formulas }) => html! { <p>{ tr(lang, Msg::XlsxRead { formulas: *formulas }) }</p> },
                        None => html! {},
                    }
                }
            </div>
        },
        Some(ImportOutcome::Kept { file_name }) => html! {
            <p class="ba-notice" role="status">{ tr(lang, Msg::ChangesKept { file: file_name }) }</p>
        },
        Some(ImportOutcome::Restored) => html! {
            <p class="ba-notice ba-notice--ok" role="status">{ t(lang, Key::ImportRestored) }</p>
        },
        Some(ImportOutcome::Rejected { file_name, errors }) => html! {
            <div class="ba-errors" role="alert">
                <p><strong>{ tr(lang, Msg::ImportRejected { file: file_name }) }</strong></p>
                <p>
                    { tr(lang, Msg::ErrorsFound { count: beleidsagenda_model::check::error::refusal_count(errors) }) }
                </p>
                <ol class="ba-error-list">
                    { for errors.iter().map(|e| match (e.path.as_str(), e.position) {
                        // The whole file: no place to name.
                        ("$", None) => html! { <li>{ e.reason_in(lang) }</li> },
                        (path, position) => html! {
                            <li>
                                <code>{ path }</code>
                                if let Some((line, column)) = position {
                                    {" ("}{ tr(lang, Msg::Line { line, column }) }{")"}
                                }
                                {": "}{ e.reason_in(lang) }
                            </li>
                        },
                    }) }
                </ol>
            </div>
        },
    }
}
