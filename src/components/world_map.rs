//! The SVG world map. Countries in the data are links (to their page), focusable by keyboard,
//! named with their figure; the same text appears below the map on hover and focus. Shapes are
//! pre-projected (data/map.json); the table next to the map is its text alternative.

use std::rc::Rc;

use beleidsagenda_model::{t, Key, Lang, WorldMap};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;

#[derive(Clone, Debug, PartialEq)]
pub struct MapCountry {
    pub iso3: String,
    pub name: String,
    /// CSS class giving the fill (and pattern) of its category.
    pub class: &'static str,
    /// What the map says about the country, e.g. "dekking 81%".
    pub detail: String,
    /// Marks a manual adjustment (dashed outline).
    pub adjusted: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LegendItem {
    pub class: &'static str,
    pub label: String,
}

#[derive(Properties, PartialEq)]
pub struct WorldMapProps {
    pub lang: Lang,
    pub map: Rc<WorldMap>,
    pub countries: Rc<Vec<MapCountry>>,
    pub caption: String,
    pub legend: Vec<LegendItem>,
    #[prop_or_default]
    pub class: Classes,
}

#[function_component(WorldMapView)]
pub fn world_map_view(props: &WorldMapProps) -> Html {
    let lang = props.lang;
    let pointed = use_state(|| None::<String>);
    let map = &props.map;
    let in_data: std::collections::HashSet<&str> = props.countries.iter().map(|c| c.iso3.as_str()).collect();
    let background = map
        .paths
        .iter()
        .filter(|(iso3, _)| !in_data.contains(iso3.as_str()))
        .map(|(iso3, d)| {
            html! { <path key={iso3.clone()} class="ba-map__land" d={d.clone()} /> }
        });
    let href = |iso3: &str| {
        let route = Route::country(lang, iso3);
        format!("#{}", route.to_path())
    };
    let shapes = props.countries.iter().filter_map(|c| {
        let d = map.paths.get(&c.iso3)?;
        let label = format!("{}: {}", c.name, c.detail);
        let set = pointed.clone();
        let iso3 = c.iso3.clone();
        let point = Callback::from(move |_: FocusEvent| set.set(Some(iso3.clone())));
        let set = pointed.clone();
        let iso3 = c.iso3.clone();
        let hover = Callback::from(move |_: MouseEvent| set.set(Some(iso3.clone())));
        Some(html! {
            <a key={c.iso3.clone()} href={href(&c.iso3)} class="ba-map__country" aria-label={label.clone()} onfocus={point} onmouseenter={hover}>
                <path class={classes!("ba-map__shape", c.class, c.adjusted.then_some("ba-map__shape--adjusted"))} d={d.clone()} />
                <title>{ label }</title>
            </a>
        })
    });
    let detail = pointed
        .as_ref()
        .and_then(|iso3| props.countries.iter().find(|c| &c.iso3 == iso3))
        .map(|c| html! { <><strong>{ &c.name }</strong>{": "}{ &c.detail }{" "}<Link<Route> to={Route::country(lang, &c.iso3)}>{ t(lang, Key::Figures) }</Link<Route>></> })
        .unwrap_or_else(|| html! { t(lang, Key::MapNoSelection) });
    html! {
        <figure class={classes!("ba-map", props.class.clone())}>
            <svg class="ba-map__svg" viewBox={map.view_box()} role="group" aria-label={props.caption.clone()}>
                <defs>
                    // Patterns tell categories apart without colour (and in print).
                    <pattern id="ba-hatch-2" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect width="4" height="4" fill="#4f8cc9" />
                        <line x1="0" y1="0" x2="0" y2="4" stroke="#ffffff" stroke-width="1.2" />
                    </pattern>
                    <pattern id="ba-dots-3" width="4" height="4" patternUnits="userSpaceOnUse">
                        <rect width="4" height="4" fill="#c6dbef" />
                        <circle cx="2" cy="2" r="0.8" fill="#154273" />
                    </pattern>
                </defs>
                <g aria-hidden="true">{ for background }</g>
                <g>{ for shapes }</g>
            </svg>
            <figcaption>
                <p class="ba-map__caption">{ &props.caption }{" "}{ t(lang, Key::MapHint) }</p>
                <p class="ba-map__detail" aria-live="polite">{ detail }</p>
                <ul class="ba-legend" aria-label={t(lang, Key::Legend)}>
                    { for props.legend.iter().map(|item| html! {
                        <li>
                            <svg class="ba-legend__swatch" viewBox="0 0 20 14" aria-hidden="true" focusable="false">
                                <rect class={classes!("ba-map__shape", item.class)} x="0.5" y="0.5" width="19" height="13" />
                            </svg>
                            { &item.label }
                        </li>
                    }) }
                </ul>
            </figcaption>
        </figure>
    }
}
