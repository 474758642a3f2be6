//! How the ranking is made and read: normalisation, censored values, the tier rule, the
//! coverage threshold and the region filter.

use beleidsagenda_model::selection::action::{SelectionAction, TierBound, TierRuleKind};
use beleidsagenda_model::selection::limits::MAX_TIER_COUNT;
use beleidsagenda_model::selection::scoring::{CensoredRule, Normalisation};
use beleidsagenda_model::selection::TierRule;
use beleidsagenda_model::text::format::number;
use beleidsagenda_model::{t, Key, Lang, Region};
use yew::prelude::*;

use crate::labels;

use super::{input_checked, input_number, ControlsProps};

/// The normalisation method and the rule for values a list gives only as a bound.
#[inline(always)]
pub(super) fn normalisation_fieldsets(props: &ControlsProps) -> Html {
    let lang = props.lang;
    let settings = &props.settings;
    let set_method = |method: Normalisation| {
        props
            .dispatch
            .on(move |_: Event| Some(SelectionAction::SetMethod(method)))
    };
    let censored_rules = CensoredRule::ALL.into_iter().map(|rule| {
        let checked = settings.normalisation.censored == rule;
        let onchange = props
            .dispatch
            .on(move |_: Event| Some(SelectionAction::SetCensored(rule)));
        let id = format!(
            "ba-censored-{}",
            beleidsagenda_model::selection::url_state::censored_code(rule)
        );
        html! {
            <div>
                <input type="radio" id={id.clone()} name="ba-censored" {checked} {onchange} />
                <label for={id}>{ t(lang, labels::censored_rule(rule)) }</label>
            </div>
        }
    });
    let toggle_log = props
        .dispatch
        .on(|event: Event| Some(SelectionAction::SetLogForSkewed(input_checked(&event))));
    html! {
        <>
    <fieldset class="ba-fieldset">
        <legend>{ t(lang, Key::NormalisationTitle) }</legend>
        <div><input type="radio" id="ba-norm-minmax" name="ba-norm" checked={settings.normalisation.method == Normalisation::MinMax} onchange={set_method(Normalisation::MinMax)} />
            <label for="ba-norm-minmax">{ t(lang, Key::NormMinMax) }</label></div>
        <div><input type="radio" id="ba-norm-rank" name="ba-norm" checked={settings.normalisation.method == Normalisation::Rank} onchange={set_method(Normalisation::Rank)} />
            <label for="ba-norm-rank">{ t(lang, Key::NormRank) }</label></div>
        <div><input type="checkbox" id="ba-norm-log" checked={settings.normalisation.log_for_skewed} onchange={toggle_log} />
            <label for="ba-norm-log">{ t(lang, Key::LogForSkewed) }</label></div>
    </fieldset>
    <fieldset class="ba-fieldset" aria-describedby="ba-censored-help">
        <legend>{ t(lang, Key::CensoredTitle) }</legend>
        <p id="ba-censored-help" class="ba-weight__hint">{ t(lang, Key::CensoredHelp) }</p>
        { for censored_rules }
    </fieldset>
        </>
    }
}

/// The tier rule: top N or score thresholds, and its two bounds.
#[inline(always)]
pub(super) fn tier_fieldset(props: &ControlsProps) -> Html {
    let lang = props.lang;
    let settings = &props.settings;
    let (by_top, first, second) = match settings.tier_rule {
        TierRule::TopN { intensive, targeted } => (true, intensive as f64, targeted as f64),
        TierRule::Thresholds { intensive, targeted } => (false, intensive, targeted),
    };
    let set_rule_kind = |kind: TierRuleKind| {
        props
            .dispatch
            .on(move |_: Event| Some(SelectionAction::SetTierRuleKind(kind)))
    };
    let set_tier_number = |bound: TierBound| {
        props.dispatch.on(move |event: Event| {
            input_number(&event).map(|value| SelectionAction::SetTierBound { bound, value })
        })
    };
    html! {
    <fieldset class="ba-fieldset">
        <legend>{ t(lang, Key::TiersTitle) }</legend>
        <div><input type="radio" id="ba-tiers-top" name="ba-tiers" checked={by_top} onchange={set_rule_kind(TierRuleKind::TopN)} />
            <label for="ba-tiers-top">{ t(lang, Key::TierByTopN) }</label></div>
        <div><input type="radio" id="ba-tiers-score" name="ba-tiers" checked={!by_top} onchange={set_rule_kind(TierRuleKind::Thresholds)} />
            <label for="ba-tiers-score">{ t(lang, Key::TierByThreshold) }</label></div>
        <div class="ba-field">
            <label for="ba-tier-first">{ t(lang, if by_top { Key::TierIntensiveCount } else { Key::TierIntensiveMin }) }</label>
            <input id="ba-tier-first" type="number" min="0" max={if by_top { MAX_TIER_COUNT.to_string() } else { "1".to_string() }} step={if by_top { "1" } else { "0.01" }}
                value={if by_top { (first as usize).to_string() } else { number(first, Lang::En).to_string() }} onchange={set_tier_number(TierBound::Intensive)} />
        </div>
        <div class="ba-field">
            <label for="ba-tier-second">{ t(lang, if by_top { Key::TierTargetedCount } else { Key::TierTargetedMin }) }</label>
            <input id="ba-tier-second" type="number" min="0" max={if by_top { MAX_TIER_COUNT.to_string() } else { "1".to_string() }} step={if by_top { "1" } else { "0.01" }}
                value={if by_top { (second as usize).to_string() } else { number(second, Lang::En).to_string() }} onchange={set_tier_number(TierBound::Targeted)} />
        </div>
    </fieldset>
    }
}

/// Which countries the ranking shows: the coverage threshold and the regions.
#[inline(always)]
pub(super) fn filter_fieldsets(props: &ControlsProps) -> Html {
    let lang = props.lang;
    let settings = &props.settings;
    let set_coverage = props.dispatch.on(|event: Event| {
        input_number(&event).map(|percent| SelectionAction::SetMinCoverage(percent / 100.0))
    });
    let regions = Region::ALL.into_iter().map(|region| {
        let checked = settings.regions.is_empty() || settings.regions.contains(&region);
        let onchange = props.dispatch.on(move |event: Event| {
            Some(SelectionAction::ShowRegion {
                region,
                shown: input_checked(&event),
            })
        });
        let id = format!(
            "ba-region-{}",
            beleidsagenda_model::selection::url_state::region_code(region)
        );
        html! {
            <li>
                <input type="checkbox" id={id.clone()} {checked} {onchange} />
                <label for={id}>{ t(lang, labels::region(region)) }</label>
            </li>
        }
    });
    html! {
        <>
    <fieldset class="ba-fieldset">
        <legend>{ t(lang, Key::CoverageThresholdTitle) }</legend>
        <div class="ba-field">
            <label for="ba-coverage-min">{ t(lang, Key::CoverageThreshold) }</label>
            <input id="ba-coverage-min" type="number" min="0" max="100" step="5" aria-describedby="ba-coverage-help"
                value={format!("{}", (settings.min_coverage * 100.0).round())} onchange={set_coverage} />
        </div>
        <p id="ba-coverage-help" class="ba-weight__hint">{ t(lang, Key::CoverageThresholdHelp) }</p>
    </fieldset>
    <fieldset class="ba-fieldset">
        <legend>{ t(lang, Key::RegionFilterTitle) }</legend>
        <p class="ba-weight__hint">{ t(lang, Key::RegionFilterHelp) }</p>
        <ul class="ba-checklist">{ for regions }</ul>
    </fieldset>
        </>
    }
}
