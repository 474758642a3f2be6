use beleidsagenda_model::{tr, Lang, Msg};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AmountInputProps {
    pub lang: Lang,
    pub id: AttrValue,
    /// Says what the field is for: "EUR 2026, Terugkeerafspraken".
    pub label: AttrValue,
    /// The stored value as text ("" when nothing is planned).
    pub value: AttrValue,
    /// Commits the typed text; `Err` holds why it was refused, in the user's language.
    pub commit: Callback<String, Result<(), String>>,
    #[prop_or("numeric")]
    pub inputmode: &'static str,
}

/// A number field that commits on change. A refused value stays visible with why it was
/// refused, and the plan keeps the previous one, which the message names.
#[function_component(AmountInput)]
pub fn amount_input(props: &AmountInputProps) -> Html {
    // A refusal with the stored value it was refused against: it shows while that value
    // stands, and goes with the render that brings a new one (another edit, an import). An
    // effect that cleared it ran after that render and could erase a refusal made meanwhile.
    // The refused text is kept with it: Yew sets an input's value from the render whenever the
    // page's differs, so a refusal rendered with the stored value would wipe what was typed.
    let refusal = use_state(|| None::<(AttrValue, String, String)>);
    let input = use_node_ref();
    {
        // A new stored value (another edit, an import) replaces what is shown.
        let input = input.clone();
        use_effect_with(props.value.clone(), move |value| {
            if let Some(field) = input.cast::<HtmlInputElement>() {
                field.set_value(value);
            }
        });
    }
    let refused = refusal.as_ref().filter(|(against, _, _)| *against == props.value);
    let error = refused.map(|(_, _, message)| message.clone());
    let shown: AttrValue = refused
        .map(|(_, typed, _)| AttrValue::from(typed.clone()))
        .unwrap_or_else(|| props.value.clone());
    let onchange = {
        let (commit, refusal, lang, previous) = (
            props.commit.clone(),
            refusal.clone(),
            props.lang,
            props.value.clone(),
        );
        Callback::from(move |event: Event| {
            let Some(field) = event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else {
                return;
            };
            match commit.emit(field.value()) {
                Ok(()) => refusal.set(None),
                Err(problem) => {
                    let shown = if previous.is_empty() {
                        "0"
                    } else {
                        previous.as_str()
                    };
                    let message = tr(
                        lang,
                        Msg::PlanRefused {
                            problem: &problem,
                            previous: shown,
                        },
                    );
                    refusal.set(Some((previous.clone(), field.value(), message)));
                }
            }
        })
    };
    let error_id = format!("{}-error", props.id);
    html! {
        <>
            <input id={props.id.clone()} ref={input} type="text" inputmode={props.inputmode} class="ba-amount"
                aria-label={props.label.clone()} value={shown} {onchange}
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={error.is_some().then(|| error_id.clone())} />
            if let Some(message) = &error {
                <span id={error_id} class="ba-field-error" role="alert">{ message }</span>
            }
        </>
    }
}
