//! The undo of a replaced plan, where the replacement was made: a merge beside the
//! contributions, a load beside the plan's files, *Openen* in the document bar. It says what
//! replaced the plan and when; used, it says so and offers to undo the undo, until the next
//! change. The point itself lives in the plan store (and survives a reload).

use beleidsagenda_model::plan::labels::{undo_button, undo_notice};
use beleidsagenda_model::plan::undo::Replacement;
use beleidsagenda_model::Lang;
use yew::prelude::*;

use crate::state::plan::PlanDispatch;

/// Which replacements an undo bar offers.
#[derive(Clone, Copy, PartialEq)]
pub enum UndoOf {
    Merge,
    Opened,
    Loaded,
}

impl UndoOf {
    fn offers(self, replacement: &Replacement) -> bool {
        matches!(
            (self, replacement.root()),
            (UndoOf::Merge, Replacement::Merge { .. })
                | (UndoOf::Opened, Replacement::Opened { .. })
                | (UndoOf::Loaded, Replacement::Loaded { .. })
        )
    }
}

#[derive(Properties, PartialEq)]
pub struct UndoBarProps {
    pub lang: Lang,
    /// Unequal when the store's undo point changes, so the bar renders again then.
    pub dispatch: PlanDispatch,
    pub of: UndoOf,
}

#[function_component(UndoBar)]
pub fn undo_bar(props: &UndoBarProps) -> Html {
    let lang = props.lang;
    // The live region stays in the page, so that what appears in it is announced.
    let point = props.dispatch.store().undo.clone();
    let Some(point) = point.filter(|p| props.of.offers(&p.replacement)) else {
        return html! { <div role="status" class="ba-undo ba-no-print"></div> };
    };
    let undo = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let _ = dispatch.undo();
        })
    };
    let notice = if point.replacement.is_undo() {
        "ba-notice ba-notice--ok"
    } else {
        "ba-notice"
    };
    html! {
        <div role="status" class="ba-undo ba-no-print">
            <p class={notice}>
                { undo_notice(&point, lang) }{" "}
                <button type="button" class="ba-button ba-button--quiet" onclick={undo}>{ undo_button(&point.replacement, lang) }</button>
            </p>
        </div>
    }
}
