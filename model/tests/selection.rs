//! Scoring, tiers, adjustments and sensitivity on small hand-made data with known answers.

use std::collections::BTreeMap;

use beleidsagenda_model::selection::grade::Grade;
use beleidsagenda_model::selection::random::Rng;
use beleidsagenda_model::selection::reference_run::straightforward_monte_carlo;
use beleidsagenda_model::selection::scoring::{
    contributions, min_max, percentile_rank, score_row, weights_from_grades, CensoredRule, Matrix,
    Normalisation, NormalisationSettings,
};
use beleidsagenda_model::selection::sensitivity::{percentile, tipping_points, MonteCarlo};
use beleidsagenda_model::selection::MonteCarloConfig;
use beleidsagenda_model::selection::{
    rank, rank_dataset, Adjustment, AdjustmentKind, AdjustmentProblem, Preset, SelectionSettings, Status,
    Tier, TierRule,
};
use beleidsagenda_model::Dataset;
use serde_json::json;

/// Four countries, three criteria. "arrivals" is a skewed count (log hint), "rate" is a share
/// where lower is more relevant, "partner" is a derived level (EU partnership).
fn tiny() -> Dataset {
    let text = |s: &str| json!({ "nl": s, "en": s });
    let source = json!({ "id": "s", "title": "t", "short": text("s"), "publisher": "p", "date": "2024", "url": null, "kind": "dataset", "covers": text("c") });
    let country = |iso3: &str, partner: bool| {
        json!({
            "iso3": iso3, "name": text(iso3), "region": "north_africa",
            "eu_partnership": if partner { json!({ "label": text("p"), "date": "2024", "amount_eur_mln": null, "source": "s" }) } else { json!({ "status": "no", "source": "s" }) },
            "visa_25a": { "status": "none", "since": null, "note": null, "source": "s" },
            "development": { "category": "none", "source": "s" }
        })
    };
    let indicator = |id: &str, unit: &str, direction: &str, scale: &str, derived: Option<&str>| {
        json!({
            "id": id, "name": text(id), "description": text(id), "unit": unit, "direction": direction,
            "default_weight": 1, "scale": scale, "source": "s", "derived_from": derived
        })
    };
    let value = |c: &str, i: &str, v: Option<f64>| json!({ "country": c, "indicator": i, "value": v, "year": 2024, "source": "s", "note": null });
    serde_json::from_value(json!({
        "sources": [source],
        "countries": [country("MAR", true), country("DZA", false), country("TUN", true), country("EGY", false)],
        "indicators": [
            indicator("arrivals", "count", "higher_is_more_relevant", "log", None),
            indicator("rate", "share", "lower_is_more_relevant", "linear", None),
            indicator("partner", "level", "higher_is_more_relevant", "linear", Some("eu_partnership")),
        ],
        "values": [
            value("MAR", "arrivals", Some(1000.0)), value("DZA", "arrivals", Some(100.0)),
            value("TUN", "arrivals", Some(10.0)), value("EGY", "arrivals", None),
            value("MAR", "rate", Some(0.1)), value("DZA", "rate", Some(0.5)),
            value("TUN", "rate", Some(0.9)), value("EGY", "rate", Some(0.5)),
        ]
    }))
    .unwrap()
}

/// The tiny dataset with linear min–max and one country per top tier.
fn tiny_settings(dataset: &Dataset) -> SelectionSettings {
    let mut settings = SelectionSettings::defaults(dataset);
    settings.normalisation = linear();
    settings.tier_rule = TierRule::TopN {
        intensive: 1,
        targeted: 1,
    };
    settings
}

fn linear() -> NormalisationSettings {
    NormalisationSettings {
        method: Normalisation::MinMax,
        log_for_skewed: false,
        ..Default::default()
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn min_max_and_rank_normalisation() {
    let raw = [Some(10.0), None, Some(20.0), Some(30.0)];
    assert_eq!(min_max(&raw), vec![Some(0.0), None, Some(0.5), Some(1.0)]);
    assert_eq!(min_max(&[Some(4.0), Some(4.0)]), vec![Some(0.5), Some(0.5)]);
    assert_eq!(percentile_rank(&raw), vec![Some(0.0), None, Some(0.5), Some(1.0)]);
    // Ties share their mean rank.
    assert_eq!(
        percentile_rank(&[Some(1.0), Some(1.0), Some(5.0)]),
        vec![Some(0.25), Some(0.25), Some(1.0)]
    );
}

#[test]
fn matrix_respects_direction_log_and_missing() {
    let dataset = tiny();
    let m = Matrix::build(&dataset, linear());
    assert_eq!(m.criteria, vec!["arrivals", "rate", "partner"]);
    // arrivals linear: (1000−10)/990 = 1, (100−10)/990, 0, missing.
    assert!(close(m.values[0][0].unwrap(), 1.0));
    assert!(close(m.values[1][0].unwrap(), 90.0 / 990.0));
    assert_eq!(m.values[3][0], None);
    // rate: lower is more relevant, so MAR (0.1) → 1, TUN (0.9) → 0.
    assert!(close(m.values[0][1].unwrap(), 1.0));
    assert!(close(m.values[2][1].unwrap(), 0.0));
    // Derived: partnership 1/0.
    assert_eq!(m.values[0][2], Some(1.0));
    assert_eq!(m.values[1][2], Some(0.0));
    // Log: ln(1+v) spreads the small counts: DZA moves to about the middle.
    let logged = Matrix::build(
        &dataset,
        NormalisationSettings {
            method: Normalisation::MinMax,
            log_for_skewed: true,
            ..Default::default()
        },
    );
    let expected = (101f64.ln() - 11f64.ln()) / (1001f64.ln() - 11f64.ln());
    assert!(close(logged.values[1][0].unwrap(), expected));
}

#[test]
fn grades_become_weights_and_missing_data_renormalises() {
    let criteria: Vec<String> = ["a", "b", "c"].iter().map(|s| s.to_string()).collect();
    let grades = BTreeMap::from([
        ("a".to_string(), 5.0),
        ("b".to_string(), 0.0),
        ("c".to_string(), 5.0),
    ]);
    assert_eq!(weights_from_grades(&criteria, &grades), vec![0.5, 0.0, 0.5]);
    assert_eq!(
        weights_from_grades(&criteria, &BTreeMap::new()),
        vec![0.0, 0.0, 0.0]
    );
    // A country with only "a": its score rests on "a" alone, coverage 50 %.
    let score = score_row(&[Some(0.8), Some(0.1), None], &[0.5, 0.0, 0.5]);
    assert!(close(score.value.unwrap(), 0.8));
    assert!(close(score.coverage, 0.5));
    assert_eq!(score_row(&[None, Some(1.0), None], &[0.5, 0.0, 0.5]).value, None);
    let parts = contributions(&[Some(0.8), None, Some(0.4)], &[0.5, 0.0, 0.5]);
    assert_eq!(parts, vec![Some(0.4), None, Some(0.2)]);
}

#[test]
fn ranking_tiers_and_coverage_threshold() {
    let dataset = tiny();
    let mut settings = tiny_settings(&dataset);
    let (_, _, ranking) = rank_dataset(&dataset, &settings);
    let by = |iso3: &str| ranking.iter().find(|r| r.iso3 == iso3).unwrap().clone();
    // MAR: (1 + 1 + 1)/3 = 1. TUN: (0 + 0 + 1)/3. DZA: (0.0909 + 0.5 + 0)/3. EGY: (0.5 + 0)/2 over 2 of 3 criteria.
    assert!(close(by("MAR").score.unwrap(), 1.0));
    assert!(close(by("EGY").score.unwrap(), 0.25));
    assert!(close(by("EGY").coverage, 2.0 / 3.0));
    assert_eq!(by("MAR").rank, Some(1));
    assert_eq!(by("TUN").rank, Some(2));
    assert_eq!(by("MAR").tier, Some(Tier::Intensive));
    assert_eq!(by("TUN").tier, Some(Tier::Targeted));
    assert_eq!(by("DZA").tier, Some(Tier::Monitor));

    settings.min_coverage = 0.9;
    let (_, _, ranking) = rank_dataset(&dataset, &settings);
    let egy = ranking.iter().find(|r| r.iso3 == "EGY").unwrap();
    assert_eq!(egy.status, Status::LowCoverage);
    assert_eq!(egy.rank, None);

    settings.tier_rule = TierRule::Thresholds {
        intensive: 0.9,
        targeted: 0.3,
    };
    settings.min_coverage = 0.0;
    let (_, _, ranking) = rank_dataset(&dataset, &settings);
    let tiers: Vec<_> = ranking.iter().map(|r| (r.iso3.as_str(), r.tier)).collect();
    assert_eq!(
        tiers,
        vec![
            ("MAR", Some(Tier::Intensive)),
            ("DZA", Some(Tier::Monitor)),
            ("TUN", Some(Tier::Targeted)),
            ("EGY", Some(Tier::Monitor))
        ]
    );
}

#[test]
fn adjustments_include_exclude_and_force_with_reason_and_date() {
    let dataset = tiny();
    let mut settings = SelectionSettings::defaults(&dataset);
    settings.normalisation = linear();
    settings.min_coverage = 0.9;
    settings.tier_rule = TierRule::TopN {
        intensive: 1,
        targeted: 1,
    };
    let adjust = |iso3: &str, kind| Adjustment {
        iso3: iso3.into(),
        kind,
        reason: "Actualiteit".into(),
        date: "2026-11-28".into(),
        review: None,
    };
    settings.adjustments = vec![
        adjust("EGY", AdjustmentKind::Include),
        adjust("MAR", AdjustmentKind::Exclude),
        adjust("DZA", AdjustmentKind::ForceTier(Tier::Intensive)),
    ];
    let (_, _, ranking) = rank_dataset(&dataset, &settings);
    let by = |iso3: &str| ranking.iter().find(|r| r.iso3 == iso3).unwrap().clone();
    assert_eq!(by("MAR").status, Status::ExcludedByHand);
    assert_eq!(by("MAR").tier, None);
    assert_eq!(by("EGY").status, Status::Ranked, "included despite low coverage");
    assert_eq!(by("DZA").tier, Some(Tier::Intensive));
    assert_ne!(
        by("DZA").computed_tier,
        Some(Tier::Intensive),
        "the score alone gives another tier"
    );
    assert!(by("DZA").adjusted && !by("TUN").adjusted);
    // The newest adjustment for a country wins.
    settings.adjustments.push(adjust("MAR", AdjustmentKind::Include));
    let (_, _, ranking) = rank_dataset(&dataset, &settings);
    assert_eq!(
        ranking.iter().find(|r| r.iso3 == "MAR").unwrap().status,
        Status::Ranked
    );

    let no_reason = Adjustment {
        reason: "  ".into(),
        ..adjust("MAR", AdjustmentKind::Exclude)
    };
    assert_eq!(no_reason.problem(&dataset), Some(AdjustmentProblem::NoReason));
    let bad_date = Adjustment {
        date: "28-11-2026".into(),
        ..adjust("MAR", AdjustmentKind::Exclude)
    };
    assert_eq!(bad_date.problem(&dataset), Some(AdjustmentProblem::BadDate));
    let unknown = adjust("NLD", AdjustmentKind::Exclude);
    assert_eq!(unknown.problem(&dataset), Some(AdjustmentProblem::UnknownCountry));
    assert_eq!(adjust("MAR", AdjustmentKind::Exclude).problem(&dataset), None);
}

#[test]
fn presets_only_grade_criteria_the_dataset_has() {
    let dataset = tiny();
    let grades = Preset::Return.grades(&dataset);
    assert_eq!(grades.len(), 3);
    assert!(grades.values().all(|g| *g == Grade::ZERO), "{grades:?}");
    assert!(Preset::Equal.grades(&dataset).values().all(|g| g.get() == 1));
    let bundled = beleidsagenda_model::Bundle::bundled(2026).unwrap().dataset;
    let inflow = Preset::Inflow.grades(&bundled);
    assert_eq!(inflow["nl_asylum_applicants_2024"], Grade::MAX);
    assert_eq!(inflow["return_rate"], Grade::ZERO);
}

#[test]
fn rng_is_seeded_and_uniform_enough() {
    let mut a = Rng::new(7);
    let mut b = Rng::new(7);
    let xs: Vec<f64> = (0..1000).map(|_| a.next_f64()).collect();
    let ys: Vec<f64> = (0..1000).map(|_| b.next_f64()).collect();
    assert_eq!(xs, ys);
    assert!(xs.iter().all(|x| (0.0..1.0).contains(x)));
    let mean = xs.iter().sum::<f64>() / 1000.0;
    assert!((mean - 0.5).abs() < 0.05, "{mean}");
    assert_eq!(
        Rng::new(0).next_u64(),
        0xE220_A839_7B1D_CDAF,
        "SplitMix64 reference value"
    );
}

#[test]
fn percentiles_use_nearest_rank() {
    let sorted: Vec<usize> = (1..=20).collect();
    assert_eq!(percentile(&sorted, 0.05), 1);
    assert_eq!(percentile(&sorted, 0.95), 19);
    assert_eq!(percentile(&[4], 0.95), 4);
}

#[test]
fn monte_carlo_without_spread_keeps_every_tier() {
    let dataset = tiny();
    let mut settings = SelectionSettings::defaults(&dataset);
    settings.normalisation = linear();
    let matrix = Matrix::build(&dataset, settings.normalisation);
    let mut run = MonteCarlo::new(
        &matrix,
        &settings,
        MonteCarloConfig {
            draws: 50,
            spread: 0.0,
            seed: 1,
            vary_rule: true,
        },
    );
    run.step(&matrix, &settings, 20);
    assert_eq!(run.done(), 20);
    assert!(!run.is_finished());
    run.step(&matrix, &settings, 100);
    assert!(run.is_finished());
    assert_eq!(run.done(), 50);
    let result = run.result(&matrix);
    assert_eq!(result["MAR"].rank_low, 1);
    assert_eq!(result["MAR"].rank_high, 1);
    assert!(result.values().all(|s| s.tier_kept == 1.0));
}

#[test]
fn monte_carlo_repeats_for_a_seed_and_finds_unstable_tiers() {
    // Two criteria pulling in opposite directions: the middle of the ranking moves with the weights.
    let dataset = beleidsagenda_model::Bundle::bundled(2026).unwrap().dataset;
    let settings = SelectionSettings::defaults(&dataset);
    let matrix = Matrix::build(&dataset, settings.normalisation);
    let config = MonteCarloConfig {
        draws: 200,
        spread: 0.5,
        seed: 42,
        vary_rule: true,
    };
    let run = |chunk: usize| {
        let mut mc = MonteCarlo::new(&matrix, &settings, config);
        while !mc.is_finished() {
            mc.step(&matrix, &settings, chunk);
        }
        mc.result(&matrix)
    };
    let once = run(200);
    assert_eq!(once, run(7), "chunking does not change the result");
    assert!(
        once.values().any(|s| s.tier_kept < 1.0),
        "some tier moves under ±50 %"
    );
    assert!(once.values().all(|s| s.rank_low <= s.rank_high));
    let other_seed = {
        let mut mc = MonteCarlo::new(&matrix, &settings, MonteCarloConfig { seed: 43, ..config });
        mc.step(&matrix, &settings, 200);
        mc.result(&matrix)
    };
    assert_ne!(once, other_seed);
}

#[test]
fn tipping_points_on_known_data() {
    let dataset = tiny();
    let settings = tiny_settings(&dataset);
    let matrix = Matrix::build(&dataset, settings.normalisation);
    let points = tipping_points(&matrix, &settings);
    // With grades arrivals 1, rate 1, partner g: TUN = g/(2+g); EGY, which lacks arrivals,
    // = 0.5/(1+g). EGY passes TUN (rank 2, targeted) when g² + 0.5g − 1 < 0, i.e. g < 0.781:
    // lowering "partner" by 0.3 (to 0.7) is the smallest change; by 0.2 (0.8) is not enough.
    let tun = &points["TUN"];
    assert_eq!(tun.criterion, "partner");
    assert_eq!(tun.delta, -0.3, "{tun:?}");
    assert_eq!(tun.new_tier, Some(Tier::Monitor));
    let egy = &points["EGY"];
    assert_eq!(
        (egy.criterion.as_str(), egy.delta, egy.new_tier),
        ("partner", -0.3, Some(Tier::Targeted))
    );
    // DZA stays third or fourth whatever one grade does (EGY or TUN stays ahead of it).
    assert!(!points.contains_key("DZA"), "{:?}", points.get("DZA"));
    // MAR scores 1 on everything: no single grade change dethrones it.
    assert!(!points.contains_key("MAR"), "{:?}", points.get("MAR"));
}

#[test]
fn ranking_scales_to_many_countries() {
    // 2,000 synthetic countries × 16 criteria still rank (timing belongs in the benchmark).
    let mut rng = Rng::new(3);
    let criteria: Vec<String> = (0..16).map(|i| format!("c{i}")).collect();
    let countries: Vec<String> = (0..2000).map(|i| format!("C{i:04}")).collect();
    let values = countries
        .iter()
        .map(|_| {
            criteria
                .iter()
                .map(|_| (rng.next_f64() > 0.2).then(|| rng.next_f64()))
                .collect()
        })
        .collect();
    let matrix = Matrix::from_values(countries, criteria.clone(), values);
    let mut settings = SelectionSettings::defaults(&tiny());
    settings.grades = criteria
        .iter()
        .map(|c| (c.clone(), Grade::new(1).unwrap()))
        .collect();
    settings.min_coverage = 0.0;
    let weights = weights_from_grades(&criteria, &settings.grades_f64());
    let ranking = rank(&matrix, &weights, &settings);
    let ranks: Vec<usize> = ranking.iter().filter_map(|r| r.rank).collect();
    assert_eq!(ranks.len(), ranking.iter().filter(|r| r.score.is_some()).count());
    let mut sorted = ranks.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, (1..=ranks.len()).collect::<Vec<_>>());
}

#[test]
fn the_fast_monte_carlo_gives_exactly_what_the_straightforward_one_gives() {
    let dataset = beleidsagenda_model::Bundle::bundled(2026).unwrap().dataset;
    let codes: Vec<String> = dataset.countries.iter().map(|c| c.iso3.clone()).collect();
    let mut rng = Rng::new(99);
    let mut cases = 0;
    for method in [Normalisation::MinMax, Normalisation::Rank] {
        for case in 0..6 {
            let mut settings = SelectionSettings::defaults(&dataset);
            settings.normalisation.method = method;
            settings.normalisation.censored = CensoredRule::ALL[case % 4];
            settings.min_coverage = [0.0, 0.5, 0.8][case % 3];
            if case % 2 == 1 {
                settings.tier_rule = TierRule::Thresholds {
                    intensive: 0.6,
                    targeted: 0.4,
                };
            }
            for id in matrix_criteria(&dataset) {
                settings
                    .grades
                    .insert(id, Grade::new((rng.next_u64() % 6) as u8).unwrap());
            }
            // Adjustments of every kind, on countries in every state (low coverage included).
            for kind in AdjustmentKind::ALL {
                let iso3 = codes[(rng.next_u64() as usize) % codes.len()].clone();
                settings.adjustments.push(Adjustment {
                    iso3,
                    kind,
                    reason: "test".into(),
                    date: "2026-01-01".into(),
                    review: None,
                });
            }
            let matrix = Matrix::build(&dataset, settings.normalisation);
            assert!(matrix.has_censored(), "the bundled data has values below a bound");
            let config = MonteCarloConfig {
                draws: 300,
                spread: 0.6,
                seed: rng.next_u64(),
                vary_rule: true,
            };
            let mut fast = MonteCarlo::new(&matrix, &settings, config);
            while !fast.is_finished() {
                fast.step(&matrix, &settings, 13);
            }
            assert_eq!(
                fast.result(&matrix),
                straightforward_monte_carlo(&matrix, &settings, config),
                "{method:?}, case {case}"
            );
            cases += 1;
        }
    }
    assert_eq!(cases, 12);
}

fn matrix_criteria(dataset: &Dataset) -> Vec<String> {
    dataset.indicators.iter().map(|i| i.id.clone()).collect()
}

#[test]
fn a_run_in_time_slices_stops_at_its_budget_and_gives_the_same_result() {
    let dataset = beleidsagenda_model::Bundle::bundled(2026).unwrap().dataset;
    let settings = SelectionSettings::defaults(&dataset);
    let matrix = Matrix::build(&dataset, settings.normalisation);
    let config = MonteCarloConfig {
        draws: 500,
        spread: 0.4,
        seed: 5,
        vary_rule: true,
    };
    // A clock that advances one millisecond per read: a budget of 3 ms allows three reads
    // after the start, so each slice runs 3 × DRAWS_BETWEEN_CLOCK_READS draws.
    let ticks = std::cell::Cell::new(0.0);
    let clock = || {
        ticks.set(ticks.get() + 1.0);
        ticks.get()
    };
    let mut sliced = MonteCarlo::new(&matrix, &settings, config);
    let first = sliced.step_for(&matrix, &settings, 3.0, &clock);
    assert_eq!(
        first,
        3 * beleidsagenda_model::selection::sensitivity::DRAWS_BETWEEN_CLOCK_READS
    );
    while !sliced.is_finished() {
        assert!(sliced.step_for(&matrix, &settings, 3.0, &clock) > 0);
    }
    assert_eq!(sliced.done(), 500);
    let mut whole = MonteCarlo::new(&matrix, &settings, config);
    whole.step(&matrix, &settings, 500);
    assert_eq!(sliced.result(&matrix), whole.result(&matrix));
}

/// Every country with the same values (every score ties: the ranking's bucket sort finds one
/// bucket and hands over to a general sort), and rows that differ in the last bit only: the
/// fast run orders them as the straightforward one, by score and then by code.
#[test]
fn the_fast_monte_carlo_orders_ties_and_near_ties_as_the_straightforward_one() {
    let dataset = beleidsagenda_model::Bundle::bundled(2026).unwrap().dataset;
    let criteria: Vec<String> = (0..5).map(|i| format!("c{i}")).collect();
    let mut rng = Rng::new(4);
    let all_equal: Vec<Vec<Option<f64>>> = vec![vec![Some(0.5); 5]; 300];
    let near_ties: Vec<Vec<Option<f64>>> = (0..150)
        .map(|i| {
            let v = 0.25 + (i / 3) as f64 / 100.0;
            let v = f64::from_bits(v.to_bits() + (i % 3) as u64);
            vec![Some(v), Some(v), None, Some(v), Some(rng.next_f64())]
        })
        .collect();
    for values in [all_equal, near_ties] {
        let codes = (0..values.len()).map(|i| format!("C{:04}", 9999 - i)).collect();
        let matrix = Matrix::from_values(codes, criteria.clone(), values);
        let mut settings = SelectionSettings::defaults(&dataset);
        settings.grades = criteria
            .iter()
            .map(|id| (id.clone(), Grade::new(3).unwrap()))
            .collect();
        settings.min_coverage = 0.0;
        settings.tier_rule = TierRule::TopN {
            intensive: 10,
            targeted: 30,
        };
        for spread in [0.0, 0.2] {
            let config = MonteCarloConfig {
                draws: 50,
                spread,
                seed: 8,
                vary_rule: true,
            };
            let mut fast = MonteCarlo::new(&matrix, &settings, config);
            fast.step(&matrix, &settings, 50);
            assert_eq!(
                fast.result(&matrix),
                straightforward_monte_carlo(&matrix, &settings, config)
            );
        }
    }
}
