//! "Wat verandert er?": a dataset file that read is compared with the data in use before it is
//! adopted: figures changed, countries added or removed, list kinds changed, and the countries
//! whose rank or tier would move (under the default settings) with the criterion that moved
//! them most. *Overnemen* adopts it, *Houden* keeps the data in use.

mod tables;

use beleidsagenda_model::data::dataset::{Dataset, ListKind};
use beleidsagenda_model::load::state::{DatasetAction, Pending};
use beleidsagenda_model::text::labels::list_kind_text;
use beleidsagenda_model::{t, tr, Key, Lang, Msg};
use yew::prelude::*;

use crate::state::dataset::DatasetHandle;

/// Each list shows this many rows; the rest is counted.
const SHOWN: usize = 50;

#[derive(Properties, PartialEq)]
pub struct DatasetChangesProps {
    pub lang: Lang,
    pub store: DatasetHandle,
    pub pending: Pending,
}

fn name(dataset: &Dataset, fallback: &Dataset, iso3: &str, lang: Lang) -> String {
    dataset
        .country(iso3)
        .or_else(|| fallback.country(iso3))
        .map(|c| c.name.get(lang).to_string())
        .unwrap_or_else(|| iso3.to_string())
}

fn criterion(dataset: &Dataset, fallback: &Dataset, id: &str, lang: Lang) -> String {
    dataset
        .indicator(id)
        .or_else(|| fallback.indicator(id))
        .map(|i| i.name.get(lang).to_string())
        .unwrap_or_else(|| id.to_string())
}

fn more(count: usize, shown: usize, lang: Lang) -> Html {
    if count > shown {
        html! { <p>{ tr(lang, Msg::ChangesMore { count: count - shown }) }</p> }
    } else {
        html! {}
    }
}

#[function_component(DatasetChanges)]
pub fn dataset_changes(props: &DatasetChangesProps) -> Html {
    let lang = props.lang;
    let heading = use_node_ref();
    {
        // The comparison takes the focus, so a keyboard or screen-reader user lands on it.
        let heading = heading.clone();
        use_effect_with(props.pending.file_name.clone(), move |_| {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        });
    }
    // Printing shows every row, not the first SHOWN: the printout is the record of the decision.
    let printing = use_state(|| false);
    {
        let printing = printing.clone();
        use_effect_with(*printing, move |now| {
            if *now {
                let _ = gloo_utils::window().print();
                printing.set(false);
            }
        });
    }
    let shown = if *printing { usize::MAX } else { SHOWN };
    let print = {
        let printing = printing.clone();
        Callback::from(move |_: MouseEvent| printing.set(true))
    };
    let old = props.store.state.active.clone();
    let new = props.pending.dataset.clone();
    let changes = &props.pending.changes;
    let adopt = {
        let store = props.store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(DatasetAction::Adopt))
    };
    let keep = {
        let store = props.store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(DatasetAction::Keep))
    };
    let kind_text = |id: &str, kind: &ListKind| match new.indicator(id).or_else(|| old.indicator(id)) {
        Some(indicator) => {
            let mut indicator = indicator.clone();
            indicator.list = Some(kind.clone());
            list_kind_text(&indicator, lang)
        }
        None => String::new(),
    };
    let countries = |list: &[String], data: &Dataset| {
        list.iter()
            .map(|c| name(data, &old, c, lang))
            .collect::<Vec<_>>()
            .join(", ")
    };
    html! {
        <section class="ba-panel ba-changes" aria-labelledby="ba-changes-title">
            <h3 id="ba-changes-title" tabindex="-1" ref={heading}>{ t(lang, Key::ChangesTitle) }</h3>
            <p>{ tr(lang, Msg::ChangesIntro { file: &props.pending.file_name }) }</p>
            <p class="ba-changes__summary" id="ba-changes-summary">
                { tr(lang, Msg::ChangesSummary {
                    figures: changes.figures.len(),
                    added: changes.countries_added.len(),
                    removed: changes.countries_removed.len(),
                    renamed: changes.countries_renamed.len(),
                    kinds: changes.list_kinds.len(),
                    moves: changes.moves.len(),
                }) }
            </p>
            if changes.is_empty() {
                <p>{ t(lang, Key::ChangesNothing) }</p>
            }
            { tables::moves_table(changes, &new, &old, shown, lang) }
            { tables::figures_table(changes, &new, &old, shown, lang) }
            if !changes.countries_added.is_empty() {
                <p><strong>{ t(lang, Key::ChangesAdded) }{": "}</strong>{ countries(&changes.countries_added, &new) }</p>
            }
            if !changes.countries_removed.is_empty() {
                <p><strong>{ t(lang, Key::ChangesRemoved) }{": "}</strong>{ countries(&changes.countries_removed, &old) }</p>
            }
            if !changes.countries_renamed.is_empty() {
                <p><strong>{ t(lang, Key::ChangesRenamed) }{": "}</strong>{
                    changes.countries_renamed.iter().map(|r| format!("{} → {}", r.old.get(lang), r.new.get(lang))).collect::<Vec<_>>().join(", ")
                }</p>
            }
            if !changes.list_kinds.is_empty() {
                <ul>
                    { for changes.list_kinds.iter().map(|k| html! {
                        <li>{ criterion(&new, &old, &k.indicator, lang) }{": "}{ kind_text(&k.indicator, &k.old) }{ " → " }{ kind_text(&k.indicator, &k.new) }</li>
                    }) }
                </ul>
            }
            <p class="ba-hint">{ t(lang, Key::ChangesDefaultSettings) }</p>
            <p class="ba-actions ba-no-print">
                <button type="button" class="ba-button" onclick={adopt}>{ t(lang, Key::ChangesAdopt) }</button>
                <button type="button" class="ba-button ba-button--quiet" onclick={keep}>{ t(lang, Key::ChangesKeep) }</button>
                <button type="button" class="ba-button ba-button--quiet" onclick={print}>{ t(lang, Key::ChangesPrint) }</button>
            </p>
        </section>
    }
}
