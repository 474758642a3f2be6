//! What the app did with an entry in this browser it could not read: where it was set aside,
//! or — with storage full — that it stays in place, with a download of it and, once downloaded,
//! the choice to remove it so that the browser keeps the user's work again.

use beleidsagenda_model::text::messages::StoredKind;
use beleidsagenda_model::{t, tr, Key, Lang, Msg};
use yew::prelude::*;

use crate::download::download_text;
use crate::storage::SetAside;

#[derive(Properties, PartialEq)]
pub struct SetAsideNoticeProps {
    pub lang: Lang,
    pub outcome: SetAside,
    pub what: StoredKind,
    /// The storage key the entry was read from (released after the download).
    pub storage_key: &'static str,
    /// The name of the downloaded copy.
    pub file_name: String,
    #[prop_or_default]
    pub on_released: Callback<()>,
    /// The entry read, but the app would keep less of it (a plan whose references the data in
    /// use does not know): kept as it was, not set aside as unreadable.
    #[prop_or_default]
    pub readable: bool,
}

#[function_component(SetAsideNotice)]
pub fn set_aside_notice(props: &SetAsideNoticeProps) -> Html {
    let lang = props.lang;
    let downloaded = use_state(|| false);
    let released = use_state(|| false);
    match &props.outcome {
        SetAside::Backup(key) if props.readable => html! {
            <p class="ba-notice" role="status">{ tr(lang, Msg::StoredKept { key }) }</p>
        },
        SetAside::Backup(key) => html! {
            <p class="ba-notice" role="status">{ tr(lang, Msg::StoredBackedUp { what: props.what, key }) }</p>
        },
        SetAside::Held { .. } if *released => html! {
            <p class="ba-notice ba-notice--ok" role="status">{ t(lang, Key::StoredReleased) }</p>
        },
        SetAside::Held { text, in_storage } => {
            let download = {
                let (text, name, downloaded) = (text.clone(), props.file_name.clone(), downloaded.clone());
                Callback::from(move |_: MouseEvent| {
                    download_text(&name, "application/json", &text);
                    downloaded.set(true);
                })
            };
            let release = {
                let (key, released, on_released) =
                    (props.storage_key, released.clone(), props.on_released.clone());
                Callback::from(move |_: MouseEvent| {
                    crate::storage::release(key);
                    released.set(true);
                    on_released.emit(());
                })
            };
            html! {
                <div class="ba-notice" role="alert">
                    <p>{ if props.readable { t(lang, Key::StoredKeptHeld).to_string() } else { tr(lang, Msg::StoredHeld { what: props.what, in_storage: *in_storage }) } }</p>
                    <p class="ba-actions">
                        <button type="button" class="ba-button" onclick={download}>{ tr(lang, Msg::StoredDownload { what: props.what }) }</button>
                        <button type="button" class="ba-button ba-button--quiet" onclick={release} disabled={!*downloaded}
                            aria-describedby={(!*downloaded).then_some("ba-set-aside-hint")}>{ t(lang, Key::StoredRelease) }</button>
                    </p>
                    if !*downloaded {
                        <p class="ba-hint" id="ba-set-aside-hint">{ t(lang, Key::StoredReleaseHint) }</p>
                    }
                </div>
            }
        }
    }
}
