//! The method page: the score as a formula and in words, the three kinds of absence, the
//! coverage floor, how to read rank ranges and tipping points, and what the default weights
//! are not. Linked from the selection view, the data page and the country pages.

use beleidsagenda_model::{t, Key, Lang};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::layout::use_document_title;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct MethodPageProps {
    pub lang: Lang,
}

#[function_component(MethodPage)]
pub fn method_page(props: &MethodPageProps) -> Html {
    let lang = props.lang;
    use_document_title(format!(
        "{} · {}",
        t(lang, Key::MethodTitle),
        t(lang, Key::PageTitleSuffix)
    ));
    let section = |id: &str, title: Key, paragraphs: &[Key]| {
        let heading = format!("ba-method-{id}");
        html! {
            <section class="ba-section" aria-labelledby={heading.clone()}>
                <h2 id={heading}>{ t(lang, title) }</h2>
                { for paragraphs.iter().map(|key| html! { <p>{ t(lang, *key) }</p> }) }
            </section>
        }
    };
    html! {
        <article class="ba-method">
            <h1>{ t(lang, Key::MethodTitle) }</h1>
            <p class="ba-lead">{ t(lang, Key::MethodIntro) }</p>
            <section class="ba-section" aria-labelledby="ba-method-score">
                <h2 id="ba-method-score">{ t(lang, Key::MethodScoreTitle) }</h2>
                <p class="ba-formula"><code>{ t(lang, Key::MethodScoreFormula) }</code></p>
                <p>{ t(lang, Key::MethodScoreWords) }</p>
                <p>{ t(lang, Key::MethodScale) }</p>
                <p>{ t(lang, Key::MethodWorkedExample) }</p>
            </section>
            <section class="ba-section" aria-labelledby="ba-method-absence">
                <h2 id="ba-method-absence">{ t(lang, Key::MethodAbsenceTitle) }</h2>
                <p>{ t(lang, Key::MethodAbsenceIntro) }</p>
                <ul>
                    <li>{ t(lang, Key::MethodAbsenceComplete) }</li>
                    <li>{ t(lang, Key::MethodAbsenceTopN) }</li>
                    <li>{ t(lang, Key::MethodAbsencePartial) }</li>
                    <li>{ t(lang, Key::MethodAbsenceYesNo) }</li>
                </ul>
                <p>{ t(lang, Key::MethodAbsenceDefault) }</p>
            </section>
            { section("coverage", Key::MethodCoverageTitle, &[Key::MethodCoverageText]) }
            { section("robustness", Key::MethodRobustTitle, &[Key::MethodRobustMonteCarlo, Key::MethodRobustRule, Key::MethodRobustOutside, Key::MethodRobustTipping]) }
            { section("weights", Key::MethodWeightsTitle, &[Key::MethodWeightsText]) }
            <p><Link<Route> to={Route::selection(lang)}>{ t(lang, Key::BackToSelection) }</Link<Route>></p>
        </article>
    }
}
