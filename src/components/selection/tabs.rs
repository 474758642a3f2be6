//! Tabs over views of the same thing (WAI-ARIA tabs pattern): one tab stop, arrow keys move
//! between tabs, each tab names the panel it shows. The panels are the children; a panel whose
//! tab is not selected carries `hidden` (and still prints).

use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct Tab {
    /// `ba-tab-{id}` for the tab, `ba-tabpanel-{id}` for its panel.
    pub id: &'static str,
    pub label: String,
    pub selected: bool,
    pub on_select: Callback<()>,
}

#[derive(Properties, PartialEq)]
pub struct TabsProps {
    /// The accessible name of the tab list.
    pub label: String,
    pub tabs: Vec<Tab>,
    pub children: Html,
}

fn focus(id: &str) {
    if let Some(element) = crate::dom::by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

#[function_component(Tabs)]
pub fn tabs(props: &TabsProps) -> Html {
    let count = props.tabs.len();
    let buttons = props.tabs.iter().enumerate().map(|(index, tab)| {
        let onclick = {
            let on_select = tab.on_select.clone();
            Callback::from(move |_: MouseEvent| on_select.emit(()))
        };
        let onkeydown = {
            let tabs = props.tabs.clone();
            Callback::from(move |event: KeyboardEvent| {
                let target = match event.key().as_str() {
                    "ArrowRight" => (index + 1) % count,
                    "ArrowLeft" => (index + count - 1) % count,
                    "Home" => 0,
                    "End" => count - 1,
                    _ => return,
                };
                event.prevent_default();
                tabs[target].on_select.emit(());
                focus(&format!("ba-tab-{}", tabs[target].id));
            })
        };
        html! {
            <button type="button" role="tab" id={format!("ba-tab-{}", tab.id)} class="ba-tab"
                aria-selected={tab.selected.to_string()} aria-controls={format!("ba-tabpanel-{}", tab.id)}
                tabindex={if tab.selected { "0" } else { "-1" }} {onclick} {onkeydown}>
                { &tab.label }
            </button>
        }
    });
    html! {
        <div class="ba-tabs">
            <div role="tablist" aria-label={props.label.clone()} class="ba-tabs__list">{ for buttons }</div>
            { props.children.clone() }
        </div>
    }
}
