use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BarProps {
    /// 0–1.
    pub share: f64,
    /// Extra class for the fill (e.g. a tier colour).
    #[prop_or_default]
    pub class: Classes,
    /// The number written next to the bar: the bar itself is decoration for sighted readers.
    pub text: String,
}

/// A horizontal bar drawn with SVG geometry (a strict CSP ignores `style` attributes).
#[function_component(Bar)]
pub fn bar(props: &BarProps) -> Html {
    html! {
        <>
            <svg class="ba-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="ba-bar__track" x="0" y="0" width="100" height="10" />
                <rect class={classes!("ba-bar__fill", props.class.clone())} x="0" y="0"
                    width={format!("{:.1}", props.share.clamp(0.0, 1.0) * 100.0)} height="10" />
            </svg>
            <span class="ba-bar__text">{ &props.text }</span>
        </>
    }
}
