use beleidsagenda_model::text::format::{number, unit_label};
use beleidsagenda_model::{t, Figures, Key, Lang};
use yew::prelude::*;

use crate::components::citation::Citation;

#[derive(Properties, PartialEq)]
pub struct FiguresTableProps {
    pub lang: Lang,
    pub figures: Figures,
}

/// A small table of sourced amounts. A missing figure reads "niet beschikbaar", never 0.
#[function_component(FiguresTable)]
pub fn figures_table(props: &FiguresTableProps) -> Html {
    let lang = props.lang;
    let figures = &props.figures;
    html! {
        <div class="ba-figures">
            <table class="ba-table">
                <caption>{ figures.caption.get(lang) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t(lang, Key::FigureItem) }</th>
                        <th scope="col" class="ba-num">{ t(lang, Key::FigureValue) }{" ("}{ unit_label(figures.unit, lang) }{")"}</th>
                        <th scope="col">{ t(lang, Key::SourceLabel) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for figures.rows.iter().map(|row| html! {
                        <tr>
                            <th scope="row">{ row.label.get(lang) }</th>
                            <td class="ba-num">
                                { match row.value {
                                    Some(value) => html! { number(value, lang) },
                                    None => html! { <span class="ba-missing">{ t(lang, Key::NotAvailable) }</span> },
                                } }
                            </td>
                            <td><Citation {lang} refs={row.sources.clone()} /></td>
                        </tr>
                    }) }
                </tbody>
            </table>
            if let Some(note) = &figures.note {
                <p class="ba-figures__note">{ note.get(lang) }</p>
            }
        </div>
    }
}
