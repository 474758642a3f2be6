//! The selection page's parts around the ranking: what a link could not apply, overdue
//! reviews, the tier map, and the words a screen reader hears after a change.

use std::rc::Rc;

use beleidsagenda_model::selection::url_state::Ignored;
use beleidsagenda_model::selection::{RankedCountry, Status};
use beleidsagenda_model::text::format::{percent, shortened};
use beleidsagenda_model::{t, tr, Dataset, Key, Lang, Msg, WorldMap};
use yew::prelude::*;

use crate::components::world_map::{LegendItem, MapCountry, WorldMapView};
use crate::labels;

/// At most this many ignored parts of a link are listed; the rest are counted.
const IGNORED_LISTED: usize = 20;

/// The parts of a link that were not applied, each with why.
pub(super) fn ignored_notice(ignored: &[Ignored], lang: Lang) -> Html {
    if ignored.is_empty() {
        return html! {};
    }
    html! {
    <div class="ba-notice" role="status">
        <p>{ t(lang, Key::IgnoredTitle) }</p>
        <ul>
            { for ignored.iter().take(IGNORED_LISTED).map(|i| html! {
                <li><code class="ba-echo">{ shortened(&i.param, 40, lang) }{"="}{ shortened(&i.value, 80, lang) }</code>{": "}{ t(lang, labels::ignored_reason(i.reason)) }</li>
            }) }
            if ignored.len() > IGNORED_LISTED {
                <li>{ tr(lang, Msg::AndMore { count: ignored.len() - IGNORED_LISTED }) }</li>
            }
        </ul>
    </div>
    }
}

/// The tiers on the world map, adjusted countries outlined.
#[inline(always)]
pub(super) fn tier_map(map: Option<Rc<WorldMap>>, countries: Rc<Vec<MapCountry>>, lang: Lang) -> Html {
    let Some(map) = map else { return html! {} };
    html! {
        <WorldMapView {lang} {map} {countries} class="ba-tier-map"
            caption={t(lang, Key::TierMapCaption).to_string()}
            legend={vec![
                LegendItem { class: "ba-tier-1", label: t(lang, Key::TierIntensive).to_string() },
                LegendItem { class: "ba-tier-2", label: t(lang, Key::TierTargeted).to_string() },
                LegendItem { class: "ba-tier-3", label: t(lang, Key::TierMonitor).to_string() },
                LegendItem { class: "ba-tier-none", label: t(lang, Key::NotRanked).to_string() },
                LegendItem { class: "ba-legend-adjusted", label: t(lang, Key::AdjustedOutline).to_string() },
            ]} />
    }
}

/// For screen readers: the new top three after a change.
pub(super) fn announce(ranking: &[RankedCountry], dataset: &Dataset, lang: Lang) -> String {
    let mut top: Vec<(usize, &str)> = ranking
        .iter()
        .filter_map(|r| r.rank.map(|k| (k, r.iso3.as_str())))
        .collect();
    beleidsagenda_model::order::sort(&mut top);
    let names: Vec<String> = top
        .iter()
        .take(3)
        .map(|(_, iso3)| {
            dataset
                .country(iso3)
                .map(|c| c.name.get(lang).to_string())
                .unwrap_or_default()
        })
        .collect();
    tr(
        lang,
        Msg::Announce {
            top_three: &names.join(", "),
        },
    )
}

pub(super) fn map_country(r: &RankedCountry, dataset: &Dataset, lang: Lang) -> MapCountry {
    let tier = labels::tier_or_status(r, lang);
    let score = r
        .score
        .map(|s| format!(", {} {}", t(lang, Key::Score).to_lowercase(), percent(s, lang)))
        .unwrap_or_default();
    let adjusted = if r.adjusted {
        format!(" ({})", t(lang, Key::AdjustedMark))
    } else {
        String::new()
    };
    MapCountry {
        iso3: r.iso3.clone(),
        name: dataset
            .country(&r.iso3)
            .map(|c| c.name.get(lang).to_string())
            .unwrap_or_default(),
        class: labels::tier_class(if r.status == Status::ExcludedByHand {
            None
        } else {
            r.tier
        }),
        detail: format!("{tier}{score}{adjusted}"),
        adjusted: r.adjusted,
    }
}

/// The list stays flexible (memo § 4): adjustments of this selection and tier decisions of the
/// plan whose review date has passed, at the top where the selection is made.
pub(super) fn overdue_reviews(
    lang: Lang,
    dataset: &Dataset,
    settings: &beleidsagenda_model::selection::SelectionSettings,
    plan: &beleidsagenda_model::plan::Plan,
    today: &str,
) -> Html {
    use beleidsagenda_model::text::format::date;
    let name = |iso3: &str| dataset.country_name(iso3, lang);
    let mut items: Vec<(String, String)> = settings
        .adjustments
        .iter()
        .filter_map(|a| {
            let due = a.review_date().filter(|d| d.as_str() < today)?;
            Some((
                due.clone(),
                format!(
                    "{}: {} ({}, {} {})",
                    name(&a.iso3),
                    t(lang, Key::ReviewAdjustment),
                    labels::adjustment_text(a.kind, lang),
                    t(lang, Key::ReviewDue),
                    date(&due, lang)
                ),
            ))
        })
        .collect();
    items.extend(plan.overdue_reviews(today).into_iter().map(|r| {
        let text = format!(
            "{}: {} ({} {})",
            name(&r.country),
            t(lang, Key::ReviewTierDecision),
            t(lang, Key::ReviewDue),
            date(&r.due, lang)
        );
        (r.due, text)
    }));
    if items.is_empty() {
        return html! {};
    }
    beleidsagenda_model::order::sort(&mut items);
    html! {
        <div class="ba-notice ba-no-print" role="status" id="ba-reviews-overdue">
            <p><strong>{ t(lang, Key::MemoOverdueOnSelection) }</strong></p>
            <ul>{ for items.iter().map(|(_, text)| html! { <li>{ text }</li> }) }</ul>
        </div>
    }
}
