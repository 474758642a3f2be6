use beleidsagenda_model::{t, Key, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub lang: Lang,
    pub message: String,
}

/// A visible, dismissible notice that something in the link was ignored.
#[function_component(Notice)]
pub fn notice(props: &NoticeProps) -> Html {
    let open = use_state(|| true);
    {
        let open = open.clone();
        use_effect_with(props.message.clone(), move |_| open.set(true));
    }
    if !*open {
        return html! {};
    }
    let close = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(false))
    };
    html! {
        <div class="ba-notice" role="status">
            <p>{ &props.message }</p>
            <button type="button" class="ba-button ba-button--quiet" onclick={close}>{ t(props.lang, Key::Dismiss) }</button>
        </div>
    }
}
