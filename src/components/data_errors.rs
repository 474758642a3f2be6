use beleidsagenda_model::{t, DataError, Key, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DataErrorsProps {
    pub lang: Lang,
    pub errors: Vec<DataError>,
}

/// What a user sees if the bundled data cannot be read: every error, never a blank page.
#[function_component(DataErrors)]
pub fn data_errors(props: &DataErrorsProps) -> Html {
    html! {
        <section class="ba-errors" role="alert">
            <h1>{ t(props.lang, Key::DataErrorTitle) }</h1>
            <p>{ t(props.lang, Key::DataErrorText) }</p>
            <ul>
                { for props.errors.iter().map(|e| html! { <li><code>{ e.to_string() }</code></li> }) }
            </ul>
        </section>
    }
}
