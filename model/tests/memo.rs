//! The plan held against the memo: each check on hand-made plans that pass, need attention and
//! cannot be judged; decisions, reviews and channels as actions; the catalogue's aspects
//! validated; an old plan file loads with the defaults.

use beleidsagenda_model::data::dataset::{Aspect, Basis, InstrumentAspect};
use beleidsagenda_model::plan::import::import_plan;
use beleidsagenda_model::plan::memo::checks::line_channel;
use beleidsagenda_model::plan::memo::{
    add_months, check_plan, CheckId, CheckInputs, Finding, MemoReport, Missing, Outcome,
};
use beleidsagenda_model::plan::totals::FteShortfall;
use beleidsagenda_model::plan::{
    Channel, Field, LineRef, Org, PartnershipStatus, Plan, PlanAction, PlanContext, PlanProblem, StatusChange,
};
use beleidsagenda_model::selection::settings::{Adjustment, AdjustmentKind, AdjustmentProblem};
use beleidsagenda_model::selection::url_state::{decode, encode};
use beleidsagenda_model::selection::{SelectionSettings, Tier};
use beleidsagenda_model::{Bundle, Dataset};

const TODAY: &str = "2026-12-01";

fn bundle() -> Bundle {
    Bundle::bundled(2026).expect("bundled data is valid")
}

fn context(b: &Bundle) -> PlanContext<'_> {
    PlanContext {
        dataset: &b.dataset,
        envelopes: &b.envelopes,
        today: TODAY,
    }
}

fn apply(plan: &Plan, b: &Bundle, action: PlanAction) -> Plan {
    plan.apply(action, context(b)).expect("applied")
}

fn with_lines(b: &Bundle, lines: &[(&str, &str)]) -> Plan {
    lines.iter().fold(Plan::default(), |plan, (country, instrument)| {
        apply(
            &plan,
            b,
            PlanAction::AddRow {
                country: country.to_string(),
                instrument: instrument.to_string(),
            },
        )
    })
}

fn run(plan: &Plan, dataset: &Dataset, tier: Option<Tier>, adjustments: &[Adjustment]) -> MemoReport {
    run_with(plan, dataset, tier, adjustments, &[])
}

fn run_with(
    plan: &Plan,
    dataset: &Dataset,
    tier: Option<Tier>,
    adjustments: &[Adjustment],
    shortfalls: &[FteShortfall],
) -> MemoReport {
    let tier = move |_: &str| tier;
    check_plan(&CheckInputs {
        plan,
        dataset,
        tier: &tier,
        adjustments,
        fte_shortfalls: shortfalls,
        today: TODAY,
    })
}

fn outcome(report: &MemoReport, check: CheckId, country: Option<&str>) -> Outcome {
    report
        .results
        .iter()
        .find(|r| r.check == check && r.country.as_deref() == country)
        .map(|r| r.outcome.clone())
        .unwrap_or_else(|| panic!("no result for {check:?} {country:?}"))
}

#[test]
fn protection_needs_a_line_that_serves_protection() {
    let b = bundle();
    let plan = with_lines(&b, &[("MAR", "return-agreements"), ("MAR", "border-management")]);
    let report = run(&plan, &b.dataset, Some(Tier::Targeted), &[]);
    match outcome(&report, CheckId::Protection, Some("MAR")) {
        Outcome::Attention(findings) => assert_eq!(
            findings,
            vec![Finding::NoProtectionLine {
                instruments: vec!["return-agreements".into(), "border-management".into()]
            }]
        ),
        other => panic!("expected attention, got {other:?}"),
    }
    let plan = apply(
        &plan,
        &b,
        PlanAction::AddRow {
            country: "MAR".into(),
            instrument: "migrant-protection".into(),
        },
    );
    let report = run(&plan, &b.dataset, Some(Tier::Targeted), &[]);
    assert_eq!(
        outcome(&report, CheckId::Protection, Some("MAR")),
        Outcome::InOrder
    );
}

#[test]
fn protection_cannot_be_judged_when_the_catalogue_gives_no_aspects() {
    let b = bundle();
    let mut dataset = b.dataset.clone();
    for instrument in &mut dataset.instruments {
        instrument.aspects.clear();
    }
    let plan = with_lines(&b, &[("TUN", "return-agreements")]);
    let report = run(&plan, &dataset, Some(Tier::Targeted), &[]);
    assert_eq!(
        outcome(&report, CheckId::Protection, Some("TUN")),
        Outcome::CannotJudge(vec![Missing::AspectsUnknown(vec!["return-agreements".into()])])
    );
}

#[test]
fn a_deliberate_decision_shows_as_decided_and_can_be_withdrawn() {
    let b = bundle();
    let plan = with_lines(&b, &[("MAR", "return-agreements")]);
    let decide = |reason: &str| PlanAction::Decide {
        check: CheckId::Protection,
        country: Some("MAR".into()),
        reason: reason.into(),
    };
    assert_eq!(
        plan.apply(decide("   "), context(&b)),
        Err(PlanProblem::ReasonRequired)
    );
    assert_eq!(
        plan.apply(decide("bel 06-12345678"), context(&b)),
        Err(PlanProblem::TextRefused)
    );
    assert_eq!(
        plan.apply(decide("mail a.b@minbuza.nl"), context(&b)),
        Err(PlanProblem::TextRefused)
    );
    let decided = apply(&plan, &b, decide("UNHCR-programma loopt via de EU"));
    let report = run(&decided, &b.dataset, Some(Tier::Targeted), &[]);
    match outcome(&report, CheckId::Protection, Some("MAR")) {
        Outcome::Decided { decision, found } => {
            assert_eq!(decision.reason, "UNHCR-programma loopt via de EU");
            assert_eq!(decision.date, TODAY);
            assert!(matches!(*found, Outcome::Attention(_)));
        }
        other => panic!("expected a decision, got {other:?}"),
    }
    let counts = MemoReport::counts(report.of_check(CheckId::Protection));
    assert_eq!((counts.decided, counts.attention), (1, 0));
    let withdrawn = apply(
        &decided,
        &b,
        PlanAction::Undecide {
            check: CheckId::Protection,
            country: Some("MAR".into()),
        },
    );
    let report = run(&withdrawn, &b.dataset, Some(Tier::Targeted), &[]);
    assert!(matches!(
        outcome(&report, CheckId::Protection, Some("MAR")),
        Outcome::Attention(_)
    ));
}

#[test]
fn capacity_asks_money_and_people_in_every_remaining_year_of_an_intensive_country() {
    let b = bundle();
    let plan = with_lines(&b, &[("EGY", "migrant-protection")]);
    let targeted = run(&plan, &b.dataset, Some(Tier::Targeted), &[]);
    assert_eq!(
        outcome(&targeted, CheckId::Capacity, Some("EGY")),
        Outcome::InOrder
    );
    let unknown = run(&plan, &b.dataset, None, &[]);
    assert_eq!(
        outcome(&unknown, CheckId::Capacity, Some("EGY")),
        Outcome::CannotJudge(vec![Missing::TierUnknown])
    );
    // Intensive with neither money nor people in any remaining year: both are named.
    let remaining = vec![2026, 2027, 2028, 2029];
    let bare = run(&plan, &b.dataset, Some(Tier::Intensive), &[]);
    assert_eq!(
        outcome(&bare, CheckId::Capacity, Some("EGY")),
        Outcome::Attention(vec![
            Finding::NoMoneyIn(remaining.clone()),
            Finding::NoFteIn(remaining.clone())
        ])
    );
    let line = LineRef::Row {
        country: "EGY".into(),
        instrument: "migrant-protection".into(),
    };
    // People without money: the money is what is missing.
    let people_only = apply(
        &plan,
        &b,
        PlanAction::SetAmount {
            line: line.clone(),
            year: 2027,
            field: Field::Fte,
            text: "1".into(),
        },
    );
    assert_eq!(
        outcome(
            &run(&people_only, &b.dataset, Some(Tier::Intensive), &[]),
            CheckId::Capacity,
            Some("EGY")
        ),
        Outcome::Attention(vec![
            Finding::NoMoneyIn(remaining.clone()),
            Finding::NoFteIn(vec![2026, 2028, 2029])
        ])
    );
    let mut funded = plan.clone();
    for year in [2026, 2027, 2028, 2029] {
        funded = apply(
            &funded,
            &b,
            PlanAction::SetAmount {
                line: line.clone(),
                year,
                field: Field::Eur,
                text: "100000".into(),
            },
        );
    }
    let report = run(&funded, &b.dataset, Some(Tier::Intensive), &[]);
    // 2025 has passed on the test's day: only 2026–2029 are asked.
    assert_eq!(
        outcome(&report, CheckId::Capacity, Some("EGY")),
        Outcome::Attention(vec![Finding::NoFteIn(vec![2026, 2027, 2028, 2029])])
    );
    let staffed = [2026, 2027, 2028, 2029].into_iter().fold(funded, |plan, year| {
        apply(
            &plan,
            &b,
            PlanAction::SetAmount {
                line: line.clone(),
                year,
                field: Field::Fte,
                text: "0,5".into(),
            },
        )
    });
    let report = run(&staffed, &b.dataset, Some(Tier::Intensive), &[]);
    assert_eq!(outcome(&report, CheckId::Capacity, Some("EGY")), Outcome::InOrder);
    // The plan as a whole: FTE planned without FTE available cannot be judged; over it needs attention.
    let lead = staffed.rows[0].lead;
    assert_eq!(
        outcome(&report, CheckId::Capacity, None),
        Outcome::CannotJudge(vec![Missing::FteAvailableUnknown(vec![lead])])
    );
    let short = FteShortfall {
        org: Org::AsylumMigration,
        year: 2027,
        planned: 50,
        available: 20,
    };
    let report = run_with(
        &staffed,
        &b.dataset,
        Some(Tier::Intensive),
        &[],
        std::slice::from_ref(&short),
    );
    assert_eq!(
        outcome(&report, CheckId::Capacity, None),
        Outcome::Attention(vec![Finding::FteOverAvailable(short)])
    );
}

#[test]
fn channels_default_from_the_family_and_one_channel_in_an_intensive_country_needs_attention() {
    let b = bundle();
    let plan = with_lines(&b, &[("TUN", "return-agreements"), ("TUN", "migrant-protection")]);
    assert_eq!(
        line_channel(&plan.rows[0], &b.dataset.instruments),
        Channel::Bilateral
    );
    let report = run(&plan, &b.dataset, Some(Tier::Intensive), &[]);
    assert_eq!(
        outcome(&report, CheckId::Channels, Some("TUN")),
        Outcome::Attention(vec![Finding::OneChannel(Channel::Bilateral)])
    );
    assert_eq!(report.channel_mix["TUN"].bilateral, 2);
    let with_eu = apply(
        &plan,
        &b,
        PlanAction::AddRow {
            country: "TUN".into(),
            instrument: "eu-partnership".into(),
        },
    );
    let report = run(&with_eu, &b.dataset, Some(Tier::Intensive), &[]);
    assert_eq!(outcome(&report, CheckId::Channels, Some("TUN")), Outcome::InOrder);
    assert_eq!((report.total_mix.bilateral, report.total_mix.eu), (2, 1));
    let both = apply(
        &plan,
        &b,
        PlanAction::SetChannel {
            country: "TUN".into(),
            instrument: "return-agreements".into(),
            channel: Channel::Both,
        },
    );
    let report = run(&both, &b.dataset, Some(Tier::Intensive), &[]);
    assert_eq!(outcome(&report, CheckId::Channels, Some("TUN")), Outcome::InOrder);
    let targeted = run(&plan, &b.dataset, Some(Tier::Targeted), &[]);
    assert_eq!(
        outcome(&targeted, CheckId::Channels, Some("TUN")),
        Outcome::InOrder
    );
}

#[test]
fn reviews_fall_six_months_after_the_decision_and_move_on_when_done() {
    assert_eq!(add_months("2026-08-31", 6).as_deref(), Some("2027-02-28"));
    assert_eq!(add_months("2024-02-29", 12).as_deref(), Some("2025-02-28"));
    assert_eq!(add_months("2026-05-15", 6).as_deref(), Some("2026-11-15"));
    let b = bundle();
    let mut plan = with_lines(&b, &[("LBY", "return-agreements")]);
    plan.rows[0].added = "2026-05-15".into();
    assert_eq!(plan.review("LBY").map(|r| r.due).as_deref(), Some("2026-11-15"));
    let report = run(&plan, &b.dataset, Some(Tier::Targeted), &[]);
    assert_eq!(
        outcome(&report, CheckId::Review, Some("LBY")),
        Outcome::Attention(vec![Finding::ReviewOverdue {
            due: "2026-11-15".into()
        }])
    );
    assert_eq!(plan.overdue_reviews(TODAY).len(), 1);
    let reviewed = apply(&plan, &b, PlanAction::MarkReviewed("LBY".into()));
    let review = reviewed.review("LBY").expect("a review");
    assert_eq!(
        (review.due.as_str(), review.done.clone()),
        ("2027-06-01", vec![TODAY.to_string()])
    );
    assert!(reviewed.overdue_reviews(TODAY).is_empty());
    // And the check itself: in order once reviewed.
    let report = run(&reviewed, &b.dataset, Some(Tier::Targeted), &[]);
    assert_eq!(outcome(&report, CheckId::Review, Some("LBY")), Outcome::InOrder);
    let changes = beleidsagenda_model::plan::timeline::changes_since(&reviewed, "2026-11-01");
    assert_eq!(changes.reviews_done, vec![("LBY".to_string(), TODAY.to_string())]);
    // A review date before the last review is refused with that date.
    assert_eq!(
        reviewed.apply(
            PlanAction::SetReview {
                country: "LBY".into(),
                date: "2026-06-01".into()
            },
            context(&b)
        ),
        Err(PlanProblem::ReviewBeforeDecision(TODAY.into()))
    );
    let moved = apply(
        &reviewed,
        &b,
        PlanAction::SetReview {
            country: "LBY".into(),
            date: "2027-03-01".into(),
        },
    );
    assert_eq!(moved.review("LBY").map(|r| r.due).as_deref(), Some("2027-03-01"));
}

#[test]
fn an_adjustment_carries_a_review_date_in_its_link_and_an_overdue_one_is_listed() {
    let b = bundle();
    let adjustment = Adjustment {
        iso3: "NER".into(),
        kind: AdjustmentKind::Include,
        reason: "Actualiteit".into(),
        date: "2026-01-10".into(),
        review: None,
    };
    assert_eq!(adjustment.review_date().as_deref(), Some("2026-07-10"));
    let early = Adjustment {
        review: Some("2025-12-31".into()),
        ..adjustment.clone()
    };
    assert_eq!(
        early.problem(&b.dataset),
        Some(AdjustmentProblem::ReviewBeforeDate)
    );
    let personal = Adjustment {
        reason: "zie j.jansen@minjenv.nl".into(),
        ..adjustment.clone()
    };
    assert_eq!(
        personal.problem(&b.dataset),
        Some(AdjustmentProblem::PersonalData)
    );
    // Through the link and back, with and without a review date; an old link still reads.
    let mut settings = SelectionSettings::defaults(&b.dataset);
    settings.adjustments = vec![
        adjustment.clone(),
        Adjustment {
            iso3: "MLI".into(),
            review: Some("2027-01-10".into()),
            ..adjustment.clone()
        },
    ];
    let (back, ignored) = decode(&encode(&settings), &b.dataset);
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(back.adjustments, settings.adjustments);
    let (old, _) = decode("adj=NER~inc~2026-01-10~Actualiteit", &b.dataset);
    assert_eq!(old.adjustments, vec![adjustment.clone()]);
    let plan = with_lines(&b, &[("NER", "migrant-protection")]);
    let report = run(&plan, &b.dataset, Some(Tier::Targeted), &settings.adjustments);
    assert_eq!(
        outcome(&report, CheckId::Review, Some("NER")),
        Outcome::Attention(vec![Finding::AdjustmentReviewOverdue {
            kind: AdjustmentKind::Include,
            due: "2026-07-10".into()
        }])
    );
    // An adjusted country not in the plan is still listed; a review ahead is in order.
    assert_eq!(outcome(&report, CheckId::Review, Some("MLI")), Outcome::InOrder);
}

#[test]
fn a_status_of_agreement_needs_a_source_in_the_registry() {
    let b = bundle();
    let mut plan = with_lines(&b, &[("MAR", "migrant-protection")]);
    let status = |status, source: Option<&str>| StatusChange {
        country: "MAR".into(),
        date: "2026-10-01".into(),
        status,
        reason: "Akkoord bereikt".into(),
        source: source.map(str::to_string),
    };
    plan.statuses = vec![status(PartnershipStatus::InDialogue, None)];
    let report = run(&plan, &b.dataset, Some(Tier::Targeted), &[]);
    assert!(report.of_check(CheckId::SourcedStatus).next().is_none());
    plan.statuses = vec![status(PartnershipStatus::Agreement, None)];
    let report = run(&plan, &b.dataset, Some(Tier::Targeted), &[]);
    assert_eq!(
        outcome(&report, CheckId::SourcedStatus, Some("MAR")),
        Outcome::Attention(vec![Finding::StatusWithoutSource {
            status: PartnershipStatus::Agreement,
            date: "2026-10-01".into()
        }])
    );
    let source = b.dataset.sources[0].id.clone();
    plan.statuses = vec![status(PartnershipStatus::Implementing, Some(&source))];
    let report = run(&plan, &b.dataset, Some(Tier::Targeted), &[]);
    assert_eq!(
        outcome(&report, CheckId::SourcedStatus, Some("MAR")),
        Outcome::InOrder
    );
    plan.statuses = vec![status(PartnershipStatus::Implementing, Some("weg-2030"))];
    let report = run(&plan, &b.dataset, Some(Tier::Targeted), &[]);
    assert_eq!(
        outcome(&report, CheckId::SourcedStatus, Some("MAR")),
        Outcome::Attention(vec![Finding::StatusSourceUnknown {
            status: PartnershipStatus::Implementing,
            source: "weg-2030".into()
        }])
    );
}

#[test]
fn the_plan_file_keeps_channels_decisions_and_reviews_and_an_old_file_loads_with_defaults() {
    let b = bundle();
    let mut plan = with_lines(&b, &[("MAR", "return-agreements")]);
    plan = apply(
        &plan,
        &b,
        PlanAction::SetChannel {
            country: "MAR".into(),
            instrument: "return-agreements".into(),
            channel: Channel::Both,
        },
    );
    plan = apply(
        &plan,
        &b,
        PlanAction::Decide {
            check: CheckId::Protection,
            country: Some("MAR".into()),
            reason: "Bescherming via EU-programma".into(),
        },
    );
    plan = apply(&plan, &b, PlanAction::MarkReviewed("MAR".into()));
    let json = serde_json::to_string(&plan).unwrap();
    let back: Plan = serde_json::from_str(&json).unwrap();
    assert_eq!(back, plan);
    // A file written before the checks: no channel, no decisions, no reviews.
    let old = r#"{"rows":[{"country":"MAR","instrument":"eu-partnership","lead":"A&M","envelope":"am-project","added":"2026-01-05"}]}"#;
    let old: Plan = serde_json::from_str(old).unwrap();
    assert_eq!(old.rows[0].channel, None);
    assert_eq!(line_channel(&old.rows[0], &b.dataset.instruments), Channel::Eu);
    assert_eq!(old.review("MAR").map(|r| r.due).as_deref(), Some("2026-07-05"));
    // A decision on a check this edition does not know is left out; the rest loads.
    let other = r#"{"decisions":[{"check":"some_future_check","reason":"x","date":"2026-01-01"},{"check":"capacity","reason":"Bewust","date":"2026-01-01"}]}"#;
    let other: Plan = serde_json::from_str(other).unwrap();
    assert_eq!(other.decisions.len(), 1);
    assert_eq!(other.decisions[0].check, CheckId::Capacity);
    let _ = import_plan;
}

#[test]
fn the_catalogue_gives_every_aspect_a_basis_and_refuses_an_unknown_one_with_its_path() {
    let b = bundle();
    for instrument in &b.dataset.instruments {
        assert!(!instrument.aspects.is_empty(), "{} has no aspects", instrument.id);
        for aspect in &instrument.aspects {
            assert!(
                aspect.basis == Basis::Assumption || aspect.source.is_some(),
                "{}: {:?}",
                instrument.id,
                aspect
            );
        }
    }
    assert!(b.dataset.instruments.iter().any(|i| i.serves(Aspect::Protection)));
    // A sourced aspect without a source is refused where it stands.
    let mut dataset = b.dataset.clone();
    dataset.instruments[0].aspects.push(InstrumentAspect {
        aspect: Aspect::Protection,
        basis: Basis::Source,
        source: None,
        locator: None,
    });
    let json = serde_json::to_string(&dataset).unwrap();
    let errors =
        beleidsagenda_model::parse_dataset_file("eigen.json", &json, 2026, &[]).expect_err("refused");
    assert!(
        errors
            .iter()
            .any(|e| e.path == "$.instruments[0].aspects[1].source"),
        "{errors:?}"
    );
    // An unknown aspect is refused with its JSON path.
    let unknown = json.replacen("\"aspect\":\"return\"", "\"aspect\":\"deterrence\"", 1);
    let errors =
        beleidsagenda_model::parse_dataset_file("eigen.json", &unknown, 2026, &[]).expect_err("refused");
    assert!(
        errors
            .iter()
            .any(|e| e.path.starts_with("$.instruments[0].aspects[0]")),
        "{errors:?}"
    );
}

#[cfg(feature = "intern")]
#[test]
fn reciprocity_asks_the_step_plans_reciprocity_conditions_for_labour_migration() {
    use beleidsagenda_model::plan::step_plan::action::StepPlanAction;
    use beleidsagenda_model::plan::step_plan::types::{ConditionState, StepStatus};
    let b = bundle();
    let plan = with_lines(&b, &[("MAR", "labour-migration"), ("MAR", "migrant-protection")]);
    let report = run(&plan, &b.dataset, Some(Tier::Targeted), &[]);
    match outcome(&report, CheckId::Reciprocity, Some("MAR")) {
        Outcome::CannotJudge(missing) => assert!(matches!(
            missing.as_slice(),
            [Missing::ReciprocityUnrecorded { conditions }] if conditions.len() == 2
        )),
        other => panic!("expected cannot judge, got {other:?}"),
    }
    let set = |plan: &Plan, condition: &str, state| {
        apply(
            plan,
            &b,
            PlanAction::Steps(StepPlanAction::SetCondition {
                country: "MAR".into(),
                step: "stap-wederkerigheid".into(),
                condition: condition.into(),
                state,
            }),
        )
    };
    let plan = apply(
        &plan,
        &b,
        PlanAction::Steps(StepPlanAction::AddCountry("MAR".into())),
    );
    let not_met = set(&plan, "terugkeer-afgesproken", ConditionState::NotMet);
    let report = run(&not_met, &b.dataset, Some(Tier::Targeted), &[]);
    assert_eq!(
        outcome(&report, CheckId::Reciprocity, Some("MAR")),
        Outcome::Attention(vec![Finding::ReciprocityNotMet {
            conditions: vec!["terugkeer-afgesproken".into()]
        }])
    );
    let met = set(
        &set(&plan, "terugkeer-afgesproken", ConditionState::Met),
        "voorwaarden-benoemd",
        ConditionState::Met,
    );
    let report = run(&met, &b.dataset, Some(Tier::Targeted), &[]);
    assert_eq!(
        outcome(&report, CheckId::Reciprocity, Some("MAR")),
        Outcome::InOrder
    );
    // Step-plan progress past the reciprocity step counts as well, without a plan line.
    let progress = apply(
        &Plan::default(),
        &b,
        PlanAction::Steps(StepPlanAction::AddCountry("EGY".into())),
    );
    let progress = apply(
        &progress,
        &b,
        PlanAction::Steps(StepPlanAction::SetStatus {
            country: "EGY".into(),
            step: "stap-mobiliteit".into(),
            status: StepStatus::InProgress,
        }),
    );
    let report = run(&progress, &b.dataset, Some(Tier::Targeted), &[]);
    assert!(matches!(
        outcome(&report, CheckId::Reciprocity, Some("EGY")),
        Outcome::CannotJudge(_)
    ));
    // A country with neither is not asked.
    let plain = with_lines(&b, &[("TUN", "migrant-protection")]);
    let report = run(&plain, &b.dataset, Some(Tier::Targeted), &[]);
    assert!(report.of_check(CheckId::Reciprocity).next().is_none());
}

#[test]
fn a_plan_file_with_an_empty_or_personal_reason_or_a_review_before_its_decision_is_refused() {
    let b = bundle();
    let plan = with_lines(&b, &[("MAR", "return-agreements")]);
    let errors_of = |plan: &Plan| beleidsagenda_model::plan::import::check_plan("plan.json", "$", plan);
    assert!(errors_of(&plan).is_empty());
    let mut blank = plan.clone();
    blank
        .decisions
        .push(beleidsagenda_model::plan::memo::CheckDecision {
            check: CheckId::Protection,
            country: Some("MAR".into()),
            reason: "   ".into(),
            date: TODAY.into(),
        });
    assert!(errors_of(&blank)
        .iter()
        .any(|e| e.path == "$.decisions[0].reason"));
    let mut personal = blank.clone();
    personal.decisions[0].reason = "Zie j.jansen@minbuza.nl".into();
    assert!(errors_of(&personal)
        .iter()
        .any(|e| e.path == "$.decisions[0].reason"));
    let mut early = plan.clone();
    early.reviews.push(beleidsagenda_model::plan::Review {
        country: "MAR".into(),
        due: "2026-01-01".into(),
        done: vec![],
    });
    assert!(
        errors_of(&early).iter().any(|e| e.path == "$.reviews[0].due"),
        "{:?}",
        errors_of(&early)
    );
}

#[test]
fn the_checks_and_the_decisions_are_found_by_search() {
    let b = bundle();
    let plan = apply(
        &with_lines(&b, &[("MAR", "return-agreements")]),
        &b,
        PlanAction::Decide {
            check: CheckId::Protection,
            country: Some("MAR".into()),
            reason: "Loopt via het EU-programma".into(),
        },
    );
    let index = beleidsagenda_model::search::SearchIndex::build(&b.agenda, &b.dataset, &plan);
    let (hits, _) = index.search("EU-programma", beleidsagenda_model::Lang::Nl, 10);
    assert!(
        hits.iter().any(|h| h
            .title
            .contains("Bewust niet: Bescherming als rode draad · Marokko")),
        "{hits:?}"
    );
    let (hits, _) = index.search("rode draad", beleidsagenda_model::Lang::Nl, 10);
    assert!(
        hits.iter().any(|h| h.title.starts_with("Toets aan de nota")),
        "{hits:?}"
    );
}

#[test]
fn the_report_outside_the_plan_page_reads_the_plans_own_selection() {
    let b = bundle();
    let plan = with_lines(&b, &[("MAR", "return-agreements")]);
    let report = beleidsagenda_model::plan::memo::report::report_for_plan(&plan, &b.dataset, TODAY);
    assert!(matches!(
        outcome(&report, CheckId::Protection, Some("MAR")),
        Outcome::Attention(_)
    ));
    // Morocco has a tier under the default selection, so capacity and channels can be judged.
    assert!(!matches!(
        outcome(&report, CheckId::Channels, Some("MAR")),
        Outcome::CannotJudge(_)
    ));
}

#[test]
fn an_adjustments_review_date_can_be_moved_but_not_before_its_date() {
    use beleidsagenda_model::selection::action::{ActionProblem, SelectionAction};
    let b = bundle();
    let mut settings = SelectionSettings::defaults(&b.dataset);
    settings.adjustments.push(Adjustment {
        iso3: "NER".into(),
        kind: AdjustmentKind::Include,
        reason: "Actualiteit".into(),
        date: "2026-01-10".into(),
        review: None,
    });
    let set = |settings: &SelectionSettings, date: &str| {
        settings.apply(
            SelectionAction::SetAdjustmentReview {
                index: 0,
                date: date.into(),
            },
            &b.dataset,
        )
    };
    let moved = set(&settings, "2027-01-10").expect("moved");
    assert_eq!(moved.adjustments[0].review.as_deref(), Some("2027-01-10"));
    assert_eq!(
        set(&settings, "2025-12-31").map(|_| ()),
        Err(ActionProblem::Adjustment(AdjustmentProblem::ReviewBeforeDate))
    );
    let back = set(&moved, " ").expect("cleared");
    assert_eq!(back.adjustments[0].review, None);
    assert_eq!(back.adjustments[0].review_date().as_deref(), Some("2026-07-10"));
}
