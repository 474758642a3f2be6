//! URL state: encode then decode gives the same settings; damaged, old and out-of-range parts
//! are ignored one by one and reported.

use beleidsagenda_model::selection::action::SelectionAction;
use beleidsagenda_model::selection::grade::Grade;
use beleidsagenda_model::selection::scoring::{CensoredRule, Normalisation, NormalisationSettings};
use beleidsagenda_model::selection::url_state::{decode, encode, escape, unescape, IgnoredReason};
use beleidsagenda_model::selection::{default_columns, MonteCarloConfig, RankingColumn};
use beleidsagenda_model::selection::{
    Adjustment, AdjustmentKind, ResultsView, SelectionSettings, SortKey, Tier, TierRule, DEFAULT_MIN_COVERAGE,
};
use beleidsagenda_model::{Bundle, Dataset, Region};
use proptest::prelude::*;

fn dataset() -> Dataset {
    Bundle::bundled(2026).unwrap().dataset
}

#[test]
fn defaults_round_trip() {
    let dataset = dataset();
    let settings = SelectionSettings::defaults(&dataset);
    let (decoded, ignored) = decode(&encode(&settings), &dataset);
    assert_eq!(decoded, settings);
    assert!(ignored.is_empty());
    // An empty query is the defaults.
    assert_eq!(decode("", &dataset).0, settings);
}

#[test]
fn damaged_parts_are_ignored_one_by_one() {
    let dataset = dataset();
    let query = "v=1&w=return_rate:4,nope:3,visa_25a:9,eu_partnership:x&n=weird&cov=1.5&tiers=top:5,7&reg=asia,mars&adj=MAR~exc~2026-11-28~Verkiezingen;XXX~inc~2026-01-01~x;DZA~exc~2026-01-01~;TUN~t9~2026-01-01~x&sel=ATL&sort=score-desc&mc=100,0.1,7&zoom=3";
    let (settings, ignored) = decode(query, &dataset);
    assert_eq!(settings.grades["return_rate"].get(), 4);
    assert_eq!(settings.grades["visa_25a"].get(), 1, "out of range: default kept");
    assert_eq!(settings.normalisation.method, Normalisation::MinMax);
    assert_eq!(
        settings.min_coverage, DEFAULT_MIN_COVERAGE,
        "out of range: default kept"
    );
    assert_eq!(
        settings.tier_rule,
        TierRule::TopN {
            intensive: 5,
            targeted: 7
        }
    );
    assert_eq!(
        settings.regions.iter().copied().collect::<Vec<_>>(),
        vec![Region::Asia]
    );
    assert_eq!(settings.adjustments.len(), 1);
    assert_eq!(settings.adjustments[0].reason, "Verkiezingen");
    assert_eq!(settings.selected, None);
    assert_eq!((settings.sort, settings.descending), (SortKey::Score, true));
    assert_eq!(
        settings.sensitivity,
        MonteCarloConfig {
            draws: 100,
            spread: 0.1,
            seed: 7,
            vary_rule: true,
        }
    );
    let reasons: Vec<(&str, IgnoredReason)> = ignored.iter().map(|i| (i.param.as_str(), i.reason)).collect();
    assert_eq!(
        reasons,
        vec![
            ("w", IgnoredReason::UnknownCriterion),
            ("w", IgnoredReason::OutOfRange),
            ("w", IgnoredReason::Malformed),
            ("n", IgnoredReason::Malformed),
            ("cov", IgnoredReason::OutOfRange),
            ("reg", IgnoredReason::Malformed),
            ("adj", IgnoredReason::UnknownCountry),
            ("adj", IgnoredReason::IncompleteAdjustment),
            ("adj", IgnoredReason::Malformed),
            ("sel", IgnoredReason::UnknownCountry),
            ("zoom", IgnoredReason::UnknownParameter),
        ]
    );
}

#[test]
fn links_from_a_newer_version_are_read_as_far_as_understood() {
    let (settings, ignored) = decode("v=2&n=rank&future=1", &dataset());
    assert_eq!(settings.normalisation.method, Normalisation::Rank);
    assert_eq!(ignored[0].reason, IgnoredReason::NewerVersion);
    assert_eq!(ignored[1].reason, IgnoredReason::UnknownParameter);
}

#[test]
fn thresholds_must_be_ordered_and_in_range() {
    let dataset = dataset();
    assert_eq!(
        decode("tiers=score:0.6,0.3", &dataset).0.tier_rule,
        TierRule::Thresholds {
            intensive: 0.6,
            targeted: 0.3
        }
    );
    assert_eq!(
        decode("tiers=score:0.3,0.6", &dataset).1[0].reason,
        IgnoredReason::OutOfRange
    );
    assert_eq!(
        decode("tiers=score:1.3,0.6", &dataset).1[0].reason,
        IgnoredReason::OutOfRange
    );
    assert_eq!(
        decode("tiers=top", &dataset).1[0].reason,
        IgnoredReason::Malformed
    );
    assert_eq!(
        decode("mc=0,0.2,1", &dataset).1[0].reason,
        IgnoredReason::OutOfRange
    );
}

#[test]
fn escaping_survives_separators_and_non_ascii() {
    for text in [
        "Verkiezingen op 12 mei; zie nota ~ 3 & meer = ja",
        "Côte d'Ivoire – 20%",
        "a+b",
        "",
    ] {
        assert_eq!(unescape(&escape(text)).as_deref(), Some(text));
    }
    assert_eq!(unescape("%E0%A4%A"), None);
    assert_eq!(unescape("%zz"), None);
}

fn arbitrary_settings(dataset: &Dataset) -> impl Strategy<Value = SelectionSettings> {
    let ids: Vec<String> = dataset.indicators.iter().map(|i| i.id.clone()).collect();
    let countries: Vec<String> = dataset.countries.iter().map(|c| c.iso3.clone()).collect();
    let n = ids.len();
    let kinds = prop_oneof![
        Just(AdjustmentKind::Include),
        Just(AdjustmentKind::Exclude),
        prop::sample::select(Tier::ALL.to_vec()).prop_map(AdjustmentKind::ForceTier),
    ];
    let adjustment = (
        prop::sample::select(countries.clone()),
        kinds,
        "[^\\x00]{1,40}",
        1990u16..2100,
        1u8..13,
        1u8..29,
    )
        .prop_filter_map("reason with content", |(iso3, kind, reason, y, m, d)| {
            // A reason with what reads as an e-mail address or phone number is refused (memo § 5).
            let usable =
                !reason.trim().is_empty() && !beleidsagenda_model::check::rules::looks_personal(&reason);
            usable.then(|| Adjustment {
                iso3,
                kind,
                reason,
                date: format!("{y:04}-{m:02}-{d:02}"),
                // Every other one with its own review date, a year on.
                review: (d % 2 == 0).then(|| format!("{:04}-{m:02}-{d:02}", y.min(2099) + 1)),
            })
        });
    let tier_rule = prop_oneof![
        (0usize..60, 0usize..60).prop_map(|(intensive, targeted)| TierRule::TopN { intensive, targeted }),
        (0u32..=100, 0u32..=100).prop_map(|(a, b)| {
            let (hi, lo) = if a >= b { (a, b) } else { (b, a) };
            TierRule::Thresholds {
                intensive: f64::from(hi) / 100.0,
                targeted: f64::from(lo) / 100.0,
            }
        }),
    ];
    (
        prop::collection::vec(0u8..=5, n),
        any::<bool>(),
        any::<bool>(),
        (
            (0u32..=100).prop_map(|p| f64::from(p) / 100.0),
            prop::sample::select(CensoredRule::ALL.to_vec()),
        ),
        tier_rule,
        prop::collection::btree_set(prop::sample::select(Region::ALL.to_vec()), 0..4),
        prop::collection::vec(adjustment, 0..4),
        prop::option::of(prop::sample::select(countries)),
        (
            prop::sample::select(vec![
                SortKey::Rank,
                SortKey::Name,
                SortKey::Score,
                SortKey::Coverage,
            ]),
            any::<bool>(),
            any::<bool>(),
        ),
        (1usize..5000, 0u32..=100, any::<u64>()),
        prop::collection::btree_set(prop::sample::select(RankingColumn::ALL.to_vec()), 0..=9),
    )
        .prop_map(
            move |(
                grades,
                rank,
                log,
                (cov, censored),
                tier_rule,
                regions,
                adjustments,
                selected,
                (sort, descending, map_view),
                (draws, spread, seed),
                columns,
            )| {
                SelectionSettings {
                    grades: ids
                        .iter()
                        .cloned()
                        .zip(grades.into_iter().map(|g| Grade::new(g).unwrap()))
                        .collect(),
                    normalisation: NormalisationSettings {
                        method: if rank {
                            Normalisation::Rank
                        } else {
                            Normalisation::MinMax
                        },
                        log_for_skewed: log,
                        censored,
                    },
                    min_coverage: cov,
                    tier_rule,
                    regions,
                    adjustments,
                    selected,
                    sort,
                    descending,
                    view: if map_view {
                        ResultsView::Map
                    } else {
                        ResultsView::Table
                    },
                    columns,
                    sensitivity: MonteCarloConfig {
                        draws,
                        spread: f64::from(spread) / 100.0,
                        seed,
                        vary_rule: true,
                    },
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn encode_then_decode_is_identity(settings in arbitrary_settings(&dataset())) {
        let (decoded, ignored) = decode(&encode(&settings), &dataset());
        prop_assert!(ignored.is_empty(), "{:?}", ignored);
        prop_assert_eq!(decoded, settings);
    }

    #[test]
    fn any_query_decodes_without_panic(query in "[ -~]{0,200}") {
        let _ = decode(&query, &dataset());
    }
}

#[test]
fn a_sensitivity_run_that_keeps_the_rule_fixed_says_so_in_the_link() {
    let dataset = beleidsagenda_model::Bundle::bundled(2026).unwrap().dataset;
    let mut settings = SelectionSettings::defaults(&dataset);
    assert!(settings.sensitivity.vary_rule, "varied by default");
    settings.sensitivity.vary_rule = false;
    let query = encode(&settings);
    assert!(query.contains("mc=1000,0.25,2025,norule"), "{query}");
    let (back, ignored) = decode(&query, &dataset);
    assert!(ignored.is_empty());
    assert_eq!(back, settings);
    // An older link without the fourth part varies it, as the default does.
    let (old, _) = decode("v=1&mc=500,0.3,7", &dataset);
    assert!(old.sensitivity.vary_rule);
    let (_, bad) = decode("v=1&mc=500,0.3,7,sometimes", &dataset);
    assert_eq!(bad.len(), 1);
}

#[test]
fn hidden_columns_travel_in_the_link_and_change_no_result() {
    let dataset = dataset();
    let defaults = SelectionSettings::defaults(&dataset);
    assert!(
        !encode(&defaults).contains("cols="),
        "the default columns make no part of the link"
    );
    assert!(
        !defaults.shows_column(RankingColumn::Region),
        "the region column is optional"
    );
    assert!(defaults.shows_column(RankingColumn::RankRange));

    let hidden = defaults
        .apply(
            SelectionAction::ShowColumn {
                column: RankingColumn::Adjustment,
                shown: false,
            },
            &dataset,
        )
        .unwrap()
        .apply(
            SelectionAction::ShowColumn {
                column: RankingColumn::Region,
                shown: true,
            },
            &dataset,
        )
        .unwrap();
    let link = encode(&hidden);
    assert!(
        link.ends_with("&cols=region,tier,score,coverage,range,median,kept,kept_rule"),
        "{link}"
    );
    let (decoded, ignored) = decode(&link, &dataset);
    assert_eq!(decoded, hidden);
    assert!(ignored.is_empty());
    // A view setting: the analysis inputs, and so the ranking and the sensitivity run, are the same.
    assert_eq!(hidden.analysis_inputs(), defaults.analysis_inputs());

    // Every optional column hidden is a link of its own, not the default.
    let (none, _) = decode("cols=", &dataset);
    assert!(none.columns.is_empty());
    assert_eq!(decode(&encode(&none), &dataset).0.columns, none.columns);

    // An unknown column is named and left out; the known ones still apply.
    let (partial, ignored) = decode("cols=tier,bogus,score", &dataset);
    assert_eq!(
        partial.columns.iter().copied().collect::<Vec<_>>(),
        vec![RankingColumn::Tier, RankingColumn::Score]
    );
    assert_eq!(ignored.len(), 1);
    assert_eq!(
        (
            ignored[0].param.as_str(),
            ignored[0].value.as_str(),
            ignored[0].reason
        ),
        ("cols", "bogus", IgnoredReason::Malformed)
    );

    // The rule-varied share shows only while the run varies the rule.
    let fixed_rule = defaults
        .apply(SelectionAction::SetVaryRule(false), &dataset)
        .unwrap();
    assert!(fixed_rule.columns.contains(&RankingColumn::TierKeptRuleVaried));
    assert!(!fixed_rule.shows_column(RankingColumn::TierKeptRuleVaried));
    assert_eq!(default_columns().len(), RankingColumn::ALL.len() - 1);
}
