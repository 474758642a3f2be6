//! How absence is read, with known answers: a top-N list's bound under each imputation rule,
//! unknown yes/no facts, the coverage floor, censored values in the sensitivity draws, and the
//! bundled default ranking pinned (README, "The default ranking").

use beleidsagenda_model::data::dataset::Reading;
use beleidsagenda_model::selection::grade::Grade;
use beleidsagenda_model::selection::scoring::{CensoredRule, Matrix, Normalisation, NormalisationSettings};
use beleidsagenda_model::selection::{rank_dataset, SelectionSettings, Status, DEFAULT_MIN_COVERAGE};
use beleidsagenda_model::selection::{sensitivity::MonteCarlo, MonteCarloConfig};
use beleidsagenda_model::{Bundle, Dataset};
use serde_json::json;

/// Eurostat's Q4-2024 orders to leave (top five, bound 6,615) plus Tunisia, not on the list, and
/// Benin, known only by a yes/no fact. "partner" is an EU partnership: yes for DZA, a sourced no
/// for SYR, unknown for the rest.
fn top_five() -> Dataset {
    let text = |s: &str| json!({ "nl": s, "en": s });
    let source = json!({ "id": "s", "title": "t", "short": text("s"), "publisher": "p", "date": "2025", "url": null, "kind": "statistics", "covers": text("c") });
    let partner = |iso3: &str| match iso3 {
        "DZA" => json!({ "label": text("p"), "date": "2024", "source": "s" }),
        "SYR" => json!({ "status": "no", "source": "s" }),
        _ => json!(null),
    };
    let country = |iso3: &str| json!({ "iso3": iso3, "name": text(iso3), "region": "north_africa", "eu_partnership": partner(iso3) });
    let listed = [
        ("DZA", 11360.0),
        ("SYR", 8675.0),
        ("MAR", 8560.0),
        ("AFG", 7195.0),
        ("TUR", 6615.0),
    ];
    let mut values: Vec<_> = listed
        .iter()
        .map(|(c, v)| json!({ "country": c, "indicator": "orders", "value": v, "year": 2024, "source": "s", "note": null }))
        .collect();
    values.push(json!({ "country": "BEN", "indicator": "orders", "value": null, "year": null, "source": "s", "note": null }));
    let countries: Vec<_> = ["DZA", "SYR", "MAR", "AFG", "TUR", "TUN", "BEN"]
        .map(country)
        .to_vec();
    serde_json::from_value(json!({
        "sources": [source],
        "countries": countries,
        "indicators": [
            { "id": "orders", "name": text("o"), "description": text("o"), "unit": "count",
              "direction": "higher_is_more_relevant", "default_weight": 1, "scale": "linear", "source": "s",
              "derived_from": null,
              "list": { "kind": "top_n", "n": 5, "bound": 6615, "wording": text("top five") } },
            { "id": "partner", "name": text("p"), "description": text("p"), "unit": "level",
              "direction": "higher_is_more_relevant", "default_weight": 1, "scale": "linear", "source": "s",
              "derived_from": "eu_partnership" }
        ],
        "values": values,
    }))
    .unwrap()
}

fn settings(dataset: &Dataset, censored: CensoredRule) -> SelectionSettings {
    let mut settings = SelectionSettings::defaults(dataset);
    settings.normalisation = NormalisationSettings {
        method: Normalisation::MinMax,
        log_for_skewed: false,
        censored,
    };
    settings
}

fn cell(dataset: &Dataset, censored: CensoredRule, iso3: &str) -> Option<f64> {
    let matrix = Matrix::build(dataset, settings(dataset, censored).normalisation);
    let row = matrix.countries.iter().position(|c| c == iso3).unwrap();
    matrix.values[row][0]
}

#[test]
fn a_country_off_a_top_n_list_is_below_its_bound() {
    let dataset = top_five();
    match dataset.reading("TUN", "orders") {
        Reading::BelowBound { bound, n, source, .. } => {
            assert_eq!((bound, n, source.as_str()), (6615.0, 5, "s"))
        }
        other => panic!("{other:?}"),
    }
    // An explicit null is a figure no source gives: unknown whatever the list says.
    assert_eq!(dataset.reading("BEN", "orders"), Reading::Unknown);
}

/// The scale of "orders": min–max between 0, the least a country off the list can have, and
/// the largest listed value, whatever the rule (linear here: 1 on this scale is 11,360).
const SCALE: f64 = 11360.0;

#[test]
fn at_the_bound_an_unlisted_country_equals_the_smallest_listed() {
    let dataset = top_five();
    let tur = cell(&dataset, CensoredRule::AtBound, "TUR").unwrap();
    assert_eq!(cell(&dataset, CensoredRule::AtBound, "TUN"), Some(tur));
    assert!((tur - 6615.0 / SCALE).abs() < 1e-12, "{tur}");
    assert_eq!(cell(&dataset, CensoredRule::AtBound, "DZA"), Some(1.0));
}

#[test]
fn the_rule_moves_only_the_unlisted_countries() {
    let dataset = top_five();
    for iso3 in ["DZA", "SYR", "MAR", "AFG", "TUR"] {
        let cells: Vec<_> = CensoredRule::ALL
            .iter()
            .map(|&rule| cell(&dataset, rule, iso3))
            .collect();
        assert!(cells.iter().all(|c| *c == cells[0]), "{iso3}: {cells:?}");
    }
}

#[test]
fn under_zero_an_unlisted_country_scores_zero_and_the_smallest_listed_does_not() {
    let dataset = top_five();
    assert_eq!(cell(&dataset, CensoredRule::Zero, "TUN"), Some(0.0));
    let tur = cell(&dataset, CensoredRule::Zero, "TUR").unwrap();
    assert!((tur - 6615.0 / SCALE).abs() < 1e-12, "{tur}");
}

#[test]
fn half_the_bound_lies_between_and_left_out_is_missing() {
    let dataset = top_five();
    let tun = cell(&dataset, CensoredRule::HalfBound, "TUN").unwrap();
    assert!((tun - 3307.5 / SCALE).abs() < 1e-12, "{tun}");
    let tur = cell(&dataset, CensoredRule::HalfBound, "TUR").unwrap();
    assert!((tur - 6615.0 / SCALE).abs() < 1e-12, "{tur}");
    assert_eq!(cell(&dataset, CensoredRule::LeftOut, "TUN"), None);
    let tur_left_out = cell(&dataset, CensoredRule::LeftOut, "TUR").unwrap();
    assert!((tur_left_out - 6615.0 / SCALE).abs() < 1e-12, "{tur_left_out}");
}

#[test]
fn the_imputation_rule_moves_the_ranking_as_it_should() {
    let dataset = top_five();
    let mut s = settings(&dataset, CensoredRule::AtBound);
    s.min_coverage = 0.0;
    let score = |s: &SelectionSettings, iso3: &str| {
        let (_, _, ranking) = rank_dataset(&dataset, s);
        ranking.into_iter().find(|r| r.iso3 == iso3).unwrap()
    };
    // At the bound TUN ties TUR on "orders" (0) and both have "partner" unknown.
    assert_eq!(score(&s, "TUN").score, score(&s, "TUR").score);
    s.normalisation.censored = CensoredRule::Zero;
    assert!(score(&s, "TUN").score < score(&s, "TUR").score);
    s.normalisation.censored = CensoredRule::LeftOut;
    let tun = score(&s, "TUN");
    assert_eq!((tun.score, tun.status), (None, Status::NoData));
}

#[test]
fn an_unknown_yes_no_is_left_out_of_coverage_not_scored_zero() {
    let dataset = top_five();
    let s = settings(&dataset, CensoredRule::HalfBound);
    let (matrix, _, ranking) = rank_dataset(&dataset, &s);
    let row = |iso3: &str| matrix.countries.iter().position(|c| c == iso3).unwrap();
    assert_eq!(matrix.values[row("DZA")][1], Some(1.0), "yes");
    assert_eq!(matrix.values[row("SYR")][1], Some(0.0), "a sourced no");
    assert_eq!(matrix.values[row("MAR")][1], None, "unknown");
    let mar = ranking.iter().find(|r| r.iso3 == "MAR").unwrap();
    assert_eq!(mar.coverage, 0.5, "the unknown partnership carries no coverage");
    // MAR scores on "orders" alone, not dragged down by a 0 for the partnership.
    assert_eq!(mar.score, matrix.values[row("MAR")][0]);
}

#[test]
fn a_country_known_only_by_flags_is_below_the_floor() {
    // Benin with a sourced EU partnership and nothing else: a flag worth 1 of 3 grade points.
    let mut value = serde_json::to_value(top_five()).unwrap();
    value["countries"][6]["eu_partnership"] =
        json!({ "label": { "nl": "p", "en": "p" }, "date": "2024", "source": "s" });
    let dataset: Dataset = serde_json::from_value(value).unwrap();
    let mut s = settings(&dataset, CensoredRule::HalfBound);
    s.grades.insert("orders".into(), Grade::new(2).unwrap());
    let (_, _, ranking) = rank_dataset(&dataset, &s);
    let ben = ranking.iter().find(|r| r.iso3 == "BEN").unwrap();
    assert!((ben.coverage - 1.0 / 3.0).abs() < 1e-12);
    assert_eq!(
        (ben.status, ben.rank, ben.tier),
        (Status::LowCoverage, None, None)
    );
    assert_eq!(
        ben.score,
        Some(1.0),
        "its score is kept for the table, it just gets no rank"
    );
    // In the bundled data Benin, Burundi and Mozambique have 7 of 11 grade points since the
    // refresh filled their figures: above the default floor, below one of 70 %, where they keep
    // their row without a tier.
    let bundled = Bundle::bundled(2026).unwrap().dataset;
    let mut high_floor = SelectionSettings::defaults(&bundled);
    let (_, _, ranking) = rank_dataset(&bundled, &high_floor);
    high_floor.min_coverage = 0.7;
    let (_, _, high) = rank_dataset(&bundled, &high_floor);
    for iso3 in ["BEN", "BDI", "MOZ"] {
        let row = ranking.iter().find(|r| r.iso3 == iso3).unwrap();
        assert_eq!(row.status, Status::Ranked, "{iso3}");
        assert!(row.coverage >= DEFAULT_MIN_COVERAGE && row.coverage < 0.7);
        let row = high.iter().find(|r| r.iso3 == iso3).unwrap();
        assert_eq!((row.status, row.tier), (Status::LowCoverage, None), "{iso3}");
    }
}

#[test]
fn the_sensitivity_draws_censored_values_between_zero_and_the_bound() {
    let dataset = top_five();
    let mut s = settings(&dataset, CensoredRule::AtBound);
    s.min_coverage = 0.0;
    s.grades.insert("partner".into(), Grade::ZERO);
    // No weight spread: every change of rank comes from the censored draws.
    let config = MonteCarloConfig {
        draws: 400,
        spread: 0.0,
        seed: 7,
        vary_rule: true,
    };
    let matrix = Matrix::build(&dataset, s.normalisation);
    assert!(matrix.has_censored());
    let run = || {
        let mut mc = MonteCarlo::new(&matrix, &s, config);
        while !mc.is_finished() {
            mc.step(&matrix, &s, 50);
        }
        mc.result(&matrix)
    };
    let result = run();
    assert_eq!(result, run(), "the same seed gives the same result");
    // Draws lie below the bound, the smallest listed value, so the listed countries keep their
    // ranks and Tunisia stays sixth.
    for (iso3, rank) in [("DZA", 1), ("SYR", 2), ("MAR", 3), ("AFG", 4), ("TUR", 5)] {
        assert_eq!(
            (result[iso3].rank_low, result[iso3].rank_high),
            (rank, rank),
            "{iso3}"
        );
    }
    assert_eq!((result["TUN"].rank_low, result["TUN"].rank_high), (6, 6));
    // With two unlisted countries their order is left to the draws.
    let mut value = serde_json::to_value(&dataset).unwrap();
    value["values"]
        .as_array_mut()
        .unwrap()
        .retain(|v| v["country"] != "BEN");
    let two_unlisted: Dataset = serde_json::from_value(value).unwrap();
    let matrix = Matrix::build(&two_unlisted, s.normalisation);
    let mut mc = MonteCarlo::new(&matrix, &s, config);
    mc.step(&matrix, &s, 400);
    let result = mc.result(&matrix);
    for iso3 in ["TUN", "BEN"] {
        assert_eq!((result[iso3].rank_low, result[iso3].rank_high), (6, 7), "{iso3}");
    }
}

/// The README's table "The default ranking": a data or method change that moves it must update
/// both, as a reviewed diff.
#[test]
fn the_bundled_default_ranking_is_pinned() {
    let dataset = Bundle::bundled(2026).unwrap().dataset;
    let (_, _, ranking) = rank_dataset(&dataset, &SelectionSettings::defaults(&dataset));
    let mut ranked: Vec<_> = ranking.iter().filter(|r| r.rank.is_some()).collect();
    ranked.sort_by_key(|r| r.rank);
    let top_ten: Vec<&str> = ranked.iter().take(10).map(|r| r.iso3.as_str()).collect();
    assert_eq!(
        top_ten,
        ["SYR", "MLI", "TUN", "TUR", "YEM", "ETH", "IRQ", "MAR", "SEN", "DZA"]
    );
    let mut below_floor: Vec<&str> = ranking
        .iter()
        .filter(|r| r.status == Status::LowCoverage)
        .map(|r| r.iso3.as_str())
        .collect();
    below_floor.sort_unstable();
    assert_eq!(below_floor, Vec::<&str>::new());
}
