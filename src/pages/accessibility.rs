//! The accessibility statement (toegankelijkheidsverklaring): what was tested, how, with which
//! tools and results, the known limits, and how to report a problem.

use beleidsagenda_model::{t, Key, Lang};
use yew::prelude::*;

use crate::components::layout::use_document_title;

#[derive(Properties, PartialEq)]
pub struct AccessibilityPageProps {
    pub lang: Lang,
}

#[function_component(AccessibilityPage)]
pub fn accessibility_page(props: &AccessibilityPageProps) -> Html {
    let lang = props.lang;
    use_document_title(format!(
        "{} · {}",
        t(lang, Key::A11yTitle),
        t(lang, Key::PageTitleSuffix)
    ));
    let list =
        |items: &[Key]| html! { <ul>{ for items.iter().map(|k| html! { <li>{ t(lang, *k) }</li> }) }</ul> };
    html! {
        <article class="ba-accessibility">
            <h1>{ t(lang, Key::A11yTitle) }</h1>
            <p class="ba-lead">{ t(lang, Key::A11yIntro) }</p>
            <section class="ba-section" aria-labelledby="ba-a11y-tested">
                <h2 id="ba-a11y-tested">{ t(lang, Key::A11yTestedTitle) }</h2>
                { list(&[Key::A11yTestedAxe, Key::A11yTestedKeyboard, Key::A11yTestedReflow, Key::A11yTestedThemes, Key::A11yTestedEmbed, Key::A11yTestedColour, Key::A11yTestedInput]) }
            </section>
            <section class="ba-section" aria-labelledby="ba-a11y-limits">
                <h2 id="ba-a11y-limits">{ t(lang, Key::A11yLimitsTitle) }</h2>
                { list(&[Key::A11yLimitsScreenReader, Key::A11yLimitsMap]) }
            </section>
            <section class="ba-section" aria-labelledby="ba-a11y-report">
                <h2 id="ba-a11y-report">{ t(lang, Key::A11yReportTitle) }</h2>
                <p>{ t(lang, Key::A11yReport) }</p>
            </section>
            <p>{ t(lang, Key::A11yDate) }</p>
        </article>
    }
}
