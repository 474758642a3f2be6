//! Every selection action on the bundled data: what it changes, the bounds it keeps, and that a
//! refused action leaves the settings as they were.

use beleidsagenda_model::selection::action::{
    ActionProblem, SelectionAction, TierBound, TierRuleKind, DEFAULT_THRESHOLDS,
};
use beleidsagenda_model::selection::grade::Grade;
use beleidsagenda_model::selection::limits::{MAX_DRAWS, MAX_GRADE, MAX_TIER_COUNT};
use beleidsagenda_model::selection::scoring::{CensoredRule, Normalisation};
use beleidsagenda_model::selection::{
    Adjustment, AdjustmentKind, AdjustmentProblem, Preset, ResultsView, SelectionSettings, SortKey, Tier,
    TierRule,
};
use beleidsagenda_model::{Bundle, Dataset, Region};

fn setup() -> (Dataset, SelectionSettings) {
    let dataset = Bundle::bundled(2026).unwrap().dataset;
    let settings = SelectionSettings::defaults(&dataset);
    (dataset, settings)
}

fn apply(settings: &SelectionSettings, dataset: &Dataset, action: SelectionAction) -> SelectionSettings {
    settings.apply(action, dataset).expect("applied")
}

#[test]
fn a_grade_is_0_to_5_by_construction() {
    assert_eq!(Grade::new(MAX_GRADE).map(Grade::get), Some(5));
    assert_eq!(Grade::new(6), None);
    assert_eq!(Grade::nearest(7.4), Grade::MAX);
    assert_eq!(Grade::nearest(-1.0), Grade::ZERO);
    assert_eq!(Grade::nearest(f64::NAN), Grade::ZERO);
    assert_eq!(Grade::nearest(2.6).get(), 3);
    assert!(serde_json::from_str::<Grade>("6").is_err());
    assert_eq!(serde_json::from_str::<Grade>("4").unwrap().get(), 4);
}

#[test]
fn set_grade_changes_one_criterion_and_refuses_an_unknown_one() {
    let (dataset, settings) = setup();
    let next = apply(
        &settings,
        &dataset,
        SelectionAction::SetGrade {
            criterion: "return_rate".into(),
            grade: Grade::MAX,
        },
    );
    assert_eq!(next.grades["return_rate"], Grade::MAX);
    assert_eq!(next.grades.len(), settings.grades.len());
    assert_eq!(
        settings.apply(
            SelectionAction::SetGrade {
                criterion: "nope".into(),
                grade: Grade::MAX
            },
            &dataset
        ),
        Err(ActionProblem::UnknownCriterion)
    );
}

#[test]
fn a_preset_sets_every_grade() {
    let (dataset, settings) = setup();
    let next = apply(&settings, &dataset, SelectionAction::ApplyPreset(Preset::Return));
    assert_eq!(next.grades, Preset::Return.grades(&dataset));
    assert_eq!(next.grades["nl_orders_to_leave_2023"], Grade::MAX);
}

#[test]
fn normalisation_log_and_censored_rule_are_set() {
    let (dataset, settings) = setup();
    let next = apply(
        &settings,
        &dataset,
        SelectionAction::SetMethod(Normalisation::Rank),
    );
    let next = apply(&next, &dataset, SelectionAction::SetLogForSkewed(false));
    let next = apply(&next, &dataset, SelectionAction::SetCensored(CensoredRule::Zero));
    assert_eq!(next.normalisation.method, Normalisation::Rank);
    assert!(!next.normalisation.log_for_skewed);
    assert_eq!(next.normalisation.censored, CensoredRule::Zero);
}

#[test]
fn the_coverage_floor_is_a_share_and_a_bad_number_changes_nothing() {
    let (dataset, settings) = setup();
    assert_eq!(
        apply(&settings, &dataset, SelectionAction::SetMinCoverage(1.7)).min_coverage,
        1.0
    );
    assert_eq!(
        apply(&settings, &dataset, SelectionAction::SetMinCoverage(-0.2)).min_coverage,
        0.0
    );
    assert_eq!(
        settings.apply(SelectionAction::SetMinCoverage(f64::NAN), &dataset),
        Err(ActionProblem::NotANumber)
    );
}

#[test]
fn tier_rules_switch_and_their_bounds_stay_valid() {
    let (dataset, settings) = setup();
    let thresholds = apply(
        &settings,
        &dataset,
        SelectionAction::SetTierRuleKind(TierRuleKind::Thresholds),
    );
    assert_eq!(thresholds.tier_rule, DEFAULT_THRESHOLDS);
    // Raising "targeted" above "intensive" lifts "intensive" with it.
    let raised = apply(
        &thresholds,
        &dataset,
        SelectionAction::SetTierBound {
            bound: TierBound::Targeted,
            value: 0.8,
        },
    );
    assert_eq!(
        raised.tier_rule,
        TierRule::Thresholds {
            intensive: 0.8,
            targeted: 0.8
        }
    );
    let lowered = apply(
        &raised,
        &dataset,
        SelectionAction::SetTierBound {
            bound: TierBound::Intensive,
            value: 0.5,
        },
    );
    assert_eq!(
        lowered.tier_rule,
        TierRule::Thresholds {
            intensive: 0.5,
            targeted: 0.5
        }
    );
    assert_eq!(
        apply(
            &lowered,
            &dataset,
            SelectionAction::SetTierBound {
                bound: TierBound::Intensive,
                value: 3.0
            }
        )
        .tier_rule,
        TierRule::Thresholds {
            intensive: 1.0,
            targeted: 0.5
        }
    );
    let top = apply(
        &lowered,
        &dataset,
        SelectionAction::SetTierRuleKind(TierRuleKind::TopN),
    );
    assert_eq!(top.tier_rule, TierRule::default());
    // Switching to the kind in use keeps its numbers.
    let same = apply(
        &top,
        &dataset,
        SelectionAction::SetTierBound {
            bound: TierBound::Targeted,
            value: 4.4,
        },
    );
    assert_eq!(
        same.tier_rule,
        TierRule::TopN {
            intensive: 8,
            targeted: 4
        }
    );
    assert_eq!(
        apply(
            &same,
            &dataset,
            SelectionAction::SetTierRuleKind(TierRuleKind::TopN)
        )
        .tier_rule,
        same.tier_rule
    );
    let huge = apply(
        &same,
        &dataset,
        SelectionAction::SetTierBound {
            bound: TierBound::Intensive,
            value: 1e12,
        },
    );
    assert_eq!(
        huge.tier_rule,
        TierRule::TopN {
            intensive: MAX_TIER_COUNT,
            targeted: 4
        }
    );
}

#[test]
fn regions_hide_and_show_and_all_shown_is_no_filter() {
    let (dataset, settings) = setup();
    let hidden = apply(
        &settings,
        &dataset,
        SelectionAction::ShowRegion {
            region: Region::Americas,
            shown: false,
        },
    );
    assert_eq!(hidden.regions.len(), Region::ALL.len() - 1);
    assert!(!hidden.regions.contains(&Region::Americas));
    let back = apply(
        &hidden,
        &dataset,
        SelectionAction::ShowRegion {
            region: Region::Americas,
            shown: true,
        },
    );
    assert!(back.regions.is_empty(), "all shown is stored as no filter");
}

#[test]
fn an_adjustment_needs_a_known_country_a_reason_and_a_date() {
    let (dataset, settings) = setup();
    let adjustment = |iso3: &str, reason: &str, date: &str| Adjustment {
        iso3: iso3.into(),
        kind: AdjustmentKind::ForceTier(Tier::Intensive),
        reason: reason.into(),
        date: date.into(),
        review: None,
    };
    let added = apply(
        &settings,
        &dataset,
        SelectionAction::AddAdjustment(adjustment("UGA", "  Intentieverklaring  ", "2025-09-25")),
    );
    assert_eq!(added.adjustments.len(), 1);
    assert_eq!(added.adjustments[0].reason, "Intentieverklaring", "trimmed");
    for (bad, problem) in [
        (
            adjustment("UGA", "   ", "2025-09-25"),
            AdjustmentProblem::NoReason,
        ),
        (adjustment("UGA", "x", "2025-9-25"), AdjustmentProblem::BadDate),
        (
            adjustment("ATL", "x", "2025-09-25"),
            AdjustmentProblem::UnknownCountry,
        ),
        (
            adjustment("UGA", &"x".repeat(301), "2025-09-25"),
            AdjustmentProblem::ReasonTooLong,
        ),
    ] {
        assert_eq!(
            added.apply(SelectionAction::AddAdjustment(bad), &dataset),
            Err(ActionProblem::Adjustment(problem))
        );
    }
    let removed = apply(&added, &dataset, SelectionAction::RemoveAdjustment(0));
    assert!(removed.adjustments.is_empty());
    assert_eq!(
        apply(&removed, &dataset, SelectionAction::RemoveAdjustment(5)),
        removed,
        "out of range: nothing"
    );
}

#[test]
fn adjustment_kinds_have_one_code_each() {
    for kind in AdjustmentKind::ALL {
        assert_eq!(AdjustmentKind::from_code(kind.code()), Some(kind));
    }
    assert_eq!(AdjustmentKind::from_code("t9"), None);
}

#[test]
fn selecting_and_sorting() {
    let (dataset, settings) = setup();
    let selected = apply(&settings, &dataset, SelectionAction::Select(Some("MAR".into())));
    assert_eq!(selected.selected.as_deref(), Some("MAR"));
    assert_eq!(
        settings.apply(SelectionAction::Select(Some("ATL".into())), &dataset),
        Err(ActionProblem::UnknownCountry)
    );
    assert_eq!(
        apply(&selected, &dataset, SelectionAction::Select(None)).selected,
        None
    );
    let by_score = apply(&settings, &dataset, SelectionAction::SortBy(SortKey::Score));
    assert_eq!((by_score.sort, by_score.descending), (SortKey::Score, false));
    let reversed = apply(&by_score, &dataset, SelectionAction::SortBy(SortKey::Score));
    assert_eq!((reversed.sort, reversed.descending), (SortKey::Score, true));
    let other = apply(&reversed, &dataset, SelectionAction::SortBy(SortKey::Name));
    assert_eq!((other.sort, other.descending), (SortKey::Name, false));
    let map = apply(&other, &dataset, SelectionAction::ShowView(ResultsView::Map));
    assert_eq!(map.view, ResultsView::Map);
    // Selecting, sorting and the view leave the analysis inputs alone: no new sensitivity run.
    assert_eq!(map.analysis_inputs(), settings.analysis_inputs());
}

#[test]
fn sensitivity_settings_stay_within_their_limits() {
    let (dataset, settings) = setup();
    assert_eq!(
        apply(&settings, &dataset, SelectionAction::SetDraws(1e9))
            .sensitivity
            .draws,
        MAX_DRAWS
    );
    assert_eq!(
        apply(&settings, &dataset, SelectionAction::SetDraws(0.0))
            .sensitivity
            .draws,
        1
    );
    assert_eq!(
        apply(&settings, &dataset, SelectionAction::SetSpread(2.0))
            .sensitivity
            .spread,
        1.0
    );
    assert_eq!(
        apply(&settings, &dataset, SelectionAction::SetSeed(-5.0))
            .sensitivity
            .seed,
        0
    );
    assert_eq!(
        apply(&settings, &dataset, SelectionAction::SetSeed(42.0))
            .sensitivity
            .seed,
        42
    );
    assert_eq!(
        settings.apply(SelectionAction::SetDraws(f64::INFINITY), &dataset),
        Err(ActionProblem::NotANumber)
    );
}

#[test]
fn replace_takes_the_given_settings() {
    let (dataset, settings) = setup();
    let other = apply(&settings, &dataset, SelectionAction::ApplyPreset(Preset::Inflow));
    assert_eq!(
        apply(&settings, &dataset, SelectionAction::Replace(other.clone())),
        other
    );
}
