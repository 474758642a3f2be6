//! The two editions' data, and the step plan of the internal one: the bundled template and its
//! grounds, loading an organisation's own template (refused with JSON paths in both languages,
//! nothing changed), every action, progress, the CSV, and the plan file carrying the step plan.
//! The public edition's half: no labour-migration tag per country, and a plan file from the
//! internal edition loads with its step plan left out and said so.

use beleidsagenda_model::plan::import::{import_plan, Dropped};
use beleidsagenda_model::plan::scenario::{export_scenario, Scenario};
use beleidsagenda_model::plan::{Plan, PlanContext};
use beleidsagenda_model::selection::SelectionSettings;
use beleidsagenda_model::{Bundle, Lang};

fn bundle() -> Bundle {
    Bundle::bundled(2026).expect("bundled data is valid")
}

fn context(b: &Bundle) -> PlanContext<'_> {
    PlanContext {
        dataset: &b.dataset,
        envelopes: &b.envelopes,
        today: "2026-12-01",
    }
}

fn exported(plan: &Plan, b: &Bundle) -> String {
    let settings = SelectionSettings::defaults(&b.dataset);
    let mut scenario = Scenario::new("Plan A", "2026-12-01", &settings);
    scenario.plan = Some(plan.clone());
    export_scenario(&scenario, &settings, &test_data())
}

fn labour_migration_tags(b: &Bundle) -> Vec<&str> {
    b.dataset
        .countries
        .iter()
        .filter(|c| c.instruments.iter().any(|i| i.instrument == "labour-migration"))
        .map(|c| c.iso3.as_str())
        .collect()
}

#[cfg(not(feature = "intern"))]
mod public {
    use super::*;

    #[test]
    fn the_public_data_tags_no_country_with_labour_migration_options() {
        let b = bundle();
        assert!(labour_migration_tags(&b).is_empty());
        // What the released memo says stays on the agenda, as it says it.
        let agenda = format!("{:?}", b.agenda);
        assert!(agenda.contains("de pilot Marokko is een voorbeeld"));
        assert!(b.sources.get("ec-talent-partnerships").is_none());
    }

    #[test]
    fn a_plan_file_from_the_internal_edition_loads_without_its_step_plan_and_says_so() {
        let b = bundle();
        let plan = Plan::default();
        let text = exported(&plan, &b);
        let internal = text.replacen(
            "\"plan\": {",
            "\"plan\": {\"step_plan\": {\"template\": {\"id\": \"x\"}, \"countries\": {\"MAR\": {}}},",
            1,
        );
        assert_ne!(internal, text, "the plan object was found");
        let (_, loaded, dropped) = import_plan("intern.json", &internal, context(&b)).unwrap();
        assert_eq!(dropped, vec![Dropped::InternalPart]);
        assert_eq!(loaded, plan);
        // Written back without it.
        let again = exported(&loaded, &b);
        assert!(!again.contains("step_plan"));
        let label = beleidsagenda_model::plan::labels::dropped(&Dropped::InternalPart, Lang::Nl);
        assert!(label.contains("interne editie"));
    }
}

#[cfg(feature = "intern")]
mod intern {
    use super::*;
    use beleidsagenda_model::check::reason::Reason;
    use beleidsagenda_model::plan::step_plan::export::step_plan_csv;
    use beleidsagenda_model::plan::step_plan::own_template::parse_template_file;
    use beleidsagenda_model::plan::step_plan::progress::{country_progress, next_step, step_progress};
    use beleidsagenda_model::plan::step_plan::types::{bundled_template, BUNDLED_TEMPLATE};
    use beleidsagenda_model::plan::step_plan::{ConditionState, StepPlan, StepPlanAction, StepStatus};
    use beleidsagenda_model::plan::{Org, PlanAction, PlanProblem};
    use beleidsagenda_model::sheet::csv::Dialect;

    fn act(plan: &Plan, b: &Bundle, action: StepPlanAction) -> Result<Plan, PlanProblem> {
        plan.apply(PlanAction::Steps(action), context(b))
    }

    fn ok(plan: &Plan, b: &Bundle, action: StepPlanAction) -> Plan {
        act(plan, b, action).expect("applied")
    }

    fn status(country: &str, step: &str, status: StepStatus) -> StepPlanAction {
        StepPlanAction::SetStatus {
            country: country.into(),
            step: step.into(),
            status,
        }
    }

    #[test]
    fn the_internal_data_adds_morocco_s_labour_migration_tag_and_its_own_source() {
        let b = bundle();
        assert_eq!(labour_migration_tags(&b), vec!["MAR"]);
        assert!(b.sources.get("ec-talent-partnerships").is_some());
        assert_eq!(&b.step_template, bundled_template());
    }

    #[test]
    fn every_bundled_step_has_a_source_or_a_labelled_assumption_and_the_template_says_what_it_is() {
        let b = bundle();
        let template = &b.step_template;
        assert!(
            template.notice.nl.contains("sjabloon") && template.notice.nl.contains("niet het vertrouwelijke")
        );
        assert!(
            template.notice.en.contains("template") && template.notice.en.contains("not the confidential")
        );
        for step in &template.steps {
            assert!(step.id.starts_with("stap-"), "{}", step.id);
            assert!(
                !step.sources.is_empty() || step.assumption.is_some(),
                "{}",
                step.id
            );
            for source in &step.sources {
                assert!(b.sources.get(&source.id).is_some(), "{}: {}", step.id, source.id);
            }
            assert!(!step.conditions.is_empty(), "{}", step.id);
        }
        // The one step no source describes says so.
        let evaluation = template.steps.iter().find(|s| s.id == "stap-evaluatie").unwrap();
        assert!(evaluation.sources.is_empty());
        assert!(evaluation.assumption.as_ref().unwrap().nl.contains("aanname"));
    }

    #[test]
    fn an_own_template_loads_when_valid_and_is_refused_with_json_paths_in_both_languages_otherwise() {
        let b = bundle();
        let loaded = parse_template_file("eigen.json", BUNDLED_TEMPLATE, &b.sources).unwrap();
        assert_eq!(&loaded, bundled_template());

        let refused = |text: &str| parse_template_file("eigen.json", text, &b.sources).unwrap_err();
        let not_a_plan = refused("{\"format\": \"beleidsagenda-scenario\"}");
        assert_eq!(not_a_plan[0].path, "$.format");
        assert!(not_a_plan[0].reason.text(Lang::Nl).contains("geen stappenplan"));
        assert!(not_a_plan[0].reason.text(Lang::En).contains("not a step plan"));

        let syntax = refused("{\"format\": \"beleidsagenda-stappenplan\", \"steps\": [");
        assert!(syntax[0].position.is_some());

        let duplicate = BUNDLED_TEMPLATE.replacen("\"stap-dialoog\"", "\"stap-verkenning\"", 1);
        let errors = refused(&duplicate);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].path, "$.steps[1].id");
        assert!(errors[0].reason.text(Lang::Nl).contains("stap-id"));
        assert!(errors[0].reason.text(Lang::En).contains("step id"));

        let unknown_source = BUNDLED_TEMPLATE.replacen("\"ec-talent-partnerships\"", "\"geheim-memo\"", 1);
        let errors = refused(&unknown_source);
        assert_eq!(errors[0].path, "$.steps[0].sources[0].id");
        assert!(matches!(*errors[0].reason, Reason::UnknownSource(_)));

        let markup = BUNDLED_TEMPLATE.replacen(
            "Wederzijdse belangen en sectoren verkennen",
            "<b>Verkennen</b>",
            1,
        );
        assert_eq!(refused(&markup)[0].path, "$.steps[0].title.nl");

        let no_ground = BUNDLED_TEMPLATE.replacen(
            "\"sources\": [],\n      \"assumption\": {",
            "\"sources\": [],\n      \"was\": {",
            1,
        );
        let errors = refused(&no_ground);
        assert!(errors[0].path.starts_with("$.steps[6]"), "{:?}", errors[0]);

        let no_steps = "{\"format\": \"beleidsagenda-stappenplan\", \"version\": 1, \"id\": \"leeg\", \"name\": {\"nl\": \"Leeg\", \"en\": \"Empty\"}, \"notice\": {\"nl\": \"Leeg\", \"en\": \"Empty\"}, \"steps\": []}";
        let errors = refused(no_steps);
        assert_eq!(errors[0].path, "$.steps");
        assert!(errors[0].reason.text(Lang::Nl).contains("minstens één stap"));

        let version = BUNDLED_TEMPLATE.replacen("\"version\": 1", "\"version\": 2", 1);
        assert_eq!(refused(&version)[0].path, "$.version");
    }

    #[test]
    fn actions_change_one_record_and_a_refusal_changes_nothing() {
        let b = bundle();
        let plan = Plan::default();
        assert_eq!(
            act(&plan, &b, StepPlanAction::AddCountry("XXX".into())),
            Err(PlanProblem::UnknownCountry("XXX".into()))
        );
        let plan = ok(&plan, &b, StepPlanAction::AddCountry("MAR".into()));
        assert_eq!(
            act(&plan, &b, StepPlanAction::AddCountry("MAR".into())),
            Err(PlanProblem::AlreadyPlanned)
        );
        let plan = ok(&plan, &b, status("MAR", "stap-verkenning", StepStatus::Done));
        let plan = ok(
            &plan,
            &b,
            StepPlanAction::SetOwner {
                country: "MAR".into(),
                step: "stap-dialoog".into(),
                owner: Org::ForeignAffairs,
            },
        );
        let plan = ok(
            &plan,
            &b,
            StepPlanAction::SetDate {
                country: "MAR".into(),
                step: "stap-verkenning".into(),
                date: "2026-11-30".into(),
            },
        );
        let plan = ok(
            &plan,
            &b,
            StepPlanAction::SetCondition {
                country: "MAR".into(),
                step: "stap-verkenning".into(),
                condition: "sectoren-benoemd".into(),
                state: ConditionState::Met,
            },
        );
        let record = plan
            .step_plan
            .record("MAR", plan.step_plan.step("stap-verkenning").unwrap());
        assert_eq!(record.status, StepStatus::Done);
        assert_eq!(record.date.as_deref(), Some("2026-11-30"));
        assert_eq!(record.condition("sectoren-benoemd"), ConditionState::Met);
        assert_eq!(record.condition("staand-beleid"), ConditionState::Unknown);

        let refusals = [
            (
                StepPlanAction::SetDate {
                    country: "MAR".into(),
                    step: "stap-verkenning".into(),
                    date: "30-11-2026".into(),
                },
                PlanProblem::NotADate,
            ),
            (
                StepPlanAction::SetNotes {
                    country: "MAR".into(),
                    step: "stap-verkenning".into(),
                    notes: "Bel j.jansen@minaenm.nl".into(),
                },
                PlanProblem::TextRefused,
            ),
            (
                StepPlanAction::SetNotes {
                    country: "MAR".into(),
                    step: "stap-verkenning".into(),
                    notes: "x".repeat(2_001),
                },
                PlanProblem::TextTooLong,
            ),
            (
                status("MAR", "stap-bestaat-niet", StepStatus::Done),
                PlanProblem::NoSuchStep,
            ),
            (
                status("TUN", "stap-verkenning", StepStatus::Done),
                PlanProblem::UnknownCountry("TUN".into()),
            ),
            (
                StepPlanAction::SetCondition {
                    country: "MAR".into(),
                    step: "stap-verkenning".into(),
                    condition: "bestaat-niet".into(),
                    state: ConditionState::Met,
                },
                PlanProblem::NoSuchStep,
            ),
        ];
        for (action, problem) in refusals {
            assert_eq!(act(&plan, &b, action.clone()), Err(problem), "{action:?}");
        }
        // Setting a condition back to unknown removes it: unknown is the absence of a record.
        let back = ok(
            &plan,
            &b,
            StepPlanAction::SetCondition {
                country: "MAR".into(),
                step: "stap-verkenning".into(),
                condition: "sectoren-benoemd".into(),
                state: ConditionState::Unknown,
            },
        );
        assert!(back.step_plan.countries["MAR"]["stap-verkenning"]
            .conditions
            .is_empty());
        let removed = ok(&plan, &b, StepPlanAction::RemoveCountry("MAR".into()));
        assert!(removed.step_plan.countries.is_empty());
    }

    #[test]
    fn progress_counts_done_against_the_steps_that_apply_and_names_the_next_one() {
        let b = bundle();
        let mut plan = ok(&Plan::default(), &b, StepPlanAction::AddCountry("MAR".into()));
        plan = ok(&plan, &b, StepPlanAction::AddCountry("TUN".into()));
        assert_eq!(
            next_step(&plan.step_plan, "MAR").map(|s| s.id.as_str()),
            Some("stap-verkenning")
        );
        plan = ok(&plan, &b, status("MAR", "stap-verkenning", StepStatus::Done));
        plan = ok(
            &plan,
            &b,
            status("MAR", "stap-dialoog", StepStatus::NotApplicable),
        );
        plan = ok(
            &plan,
            &b,
            status("MAR", "stap-wederkerigheid", StepStatus::InProgress),
        );
        let steps = plan.step_plan.template.steps.len();
        let mar = country_progress(&plan.step_plan, "MAR");
        assert_eq!(mar.applicable, steps - 1);
        assert_eq!(mar.done, 1);
        assert_eq!(mar.share_done(), Some(1.0 / (steps - 1) as f64));
        assert_eq!(mar.by_status[&StepStatus::InProgress], 1);
        // Unknown conditions are counted as unknown, not as not met.
        assert_eq!(mar.conditions_not_met, 0);
        assert!(mar.conditions_unknown > 0);
        assert_eq!(
            next_step(&plan.step_plan, "MAR").map(|s| s.id.as_str()),
            Some("stap-wederkerigheid")
        );
        let tun = country_progress(&plan.step_plan, "TUN");
        assert_eq!((tun.done, tun.applicable), (0, steps));
        let across = step_progress(&plan.step_plan);
        assert_eq!(across[0].1[&StepStatus::Done], 1);
        assert_eq!(across[0].1[&StepStatus::NotStarted], 1);

        let mut all_done = plan.clone();
        for step in plan.step_plan.template.steps.clone() {
            all_done = ok(&all_done, &b, status("TUN", &step.id, StepStatus::Done));
        }
        assert!(next_step(&all_done.step_plan, "TUN").is_none());
        assert_eq!(
            country_progress(&all_done.step_plan, "TUN").share_done(),
            Some(1.0)
        );
    }

    #[test]
    fn another_template_keeps_the_progress_it_lacks_apart_until_the_user_deletes_it() {
        let b = bundle();
        let mut plan = ok(&Plan::default(), &b, StepPlanAction::AddCountry("MAR".into()));
        plan = ok(&plan, &b, status("MAR", "stap-dialoog", StepStatus::Done));
        plan = ok(&plan, &b, status("MAR", "stap-verkenning", StepStatus::Done));
        let mut other = bundled_template().clone();
        other.id = "eigen-stappenplan".into();
        other.steps.retain(|s| s.id != "stap-dialoog");
        let swapped = ok(&plan, &b, StepPlanAction::ReplaceTemplate(other));
        assert_eq!(swapped.step_plan.orphans(), vec![("MAR", "stap-dialoog")]);
        assert_eq!(country_progress(&swapped.step_plan, "MAR").done, 1);
        // Back to the bundled template: the progress counts again.
        let restored = ok(
            &swapped,
            &b,
            StepPlanAction::ReplaceTemplate(bundled_template().clone()),
        );
        assert_eq!(country_progress(&restored.step_plan, "MAR").done, 2);
        let dropped = ok(&swapped, &b, StepPlanAction::DropOrphans);
        assert!(dropped.step_plan.orphans().is_empty());
        assert_eq!(country_progress(&dropped.step_plan, "MAR").done, 1);
    }

    #[test]
    fn the_plan_file_carries_the_step_plan_and_reads_back_unchanged() {
        let b = bundle();
        let mut plan = ok(&Plan::default(), &b, StepPlanAction::AddCountry("MAR".into()));
        plan = ok(&plan, &b, status("MAR", "stap-routekaart", StepStatus::OnHold));
        plan = ok(
            &plan,
            &b,
            StepPlanAction::SetNotes {
                country: "MAR".into(),
                step: "stap-routekaart".into(),
                notes: "Wacht op de rondetafel, \"voorjaar\".".into(),
            },
        );
        let text = exported(&plan, &b);
        assert!(text.contains("\"step_plan\""));
        let (_, back, dropped) = import_plan("intern.json", &text, context(&b)).unwrap();
        assert!(dropped.is_empty());
        assert_eq!(back, plan);

        // A bad date inside is refused with its path; a country the data lacks is dropped.
        let bad = text.replacen("\"date\": null", "\"date\": \"2026-13-01\"", 1);
        assert_ne!(bad, text);
        match import_plan("intern.json", &bad, context(&b)) {
            Err(beleidsagenda_model::plan::import::PlanImportError::Invalid(errors)) => {
                assert_eq!(
                    errors[0].path,
                    "$.scenario.plan.step_plan.countries.MAR.stap-routekaart.date"
                );
            }
            other => panic!("{other:?}"),
        }
        // A bare year is a date elsewhere in the data, but not for a step, which takes a day.
        let year = text.replacen("\"date\": null", "\"date\": \"2026\"", 1);
        match import_plan("intern.json", &year, context(&b)) {
            Err(beleidsagenda_model::plan::import::PlanImportError::Invalid(errors)) => {
                assert_eq!(
                    errors[0].path,
                    "$.scenario.plan.step_plan.countries.MAR.stap-routekaart.date"
                );
            }
            other => panic!("{other:?}"),
        }
        let unknown = text.replace("\"MAR\": {", "\"QQQ\": {");
        let (_, kept, dropped) = import_plan("intern.json", &unknown, context(&b)).unwrap();
        assert!(kept.step_plan.countries.is_empty());
        assert_eq!(dropped, vec![Dropped::Country("QQQ".into())]);
    }

    #[test]
    fn status_and_condition_codes_are_those_the_plan_file_writes() {
        use beleidsagenda_model::plan::step_plan::export::{condition_code, status_code};
        for status in StepStatus::ALL {
            assert_eq!(
                serde_json::to_string(&status).unwrap(),
                format!("\"{}\"", status_code(status))
            );
        }
        for state in ConditionState::ALL {
            assert_eq!(
                serde_json::to_string(&state).unwrap(),
                format!("\"{}\"", condition_code(state))
            );
        }
    }

    #[test]
    fn the_csv_has_one_line_per_country_and_step_in_words_beside_the_codes() {
        let b = bundle();
        let mut plan = ok(&Plan::default(), &b, StepPlanAction::AddCountry("MAR".into()));
        plan = ok(&plan, &b, status("MAR", "stap-verkenning", StepStatus::Done));
        let csv = step_plan_csv(&plan.step_plan, &b.dataset, Lang::Nl, Dialect::Data);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 1 + plan.step_plan.template.steps.len());
        assert!(
            lines[0].starts_with("Landcode,Land,Stapcode,Stap,Status,Trekker,Datum,"),
            "{}",
            lines[0]
        );
        assert!(lines[1].starts_with("MAR,Marokko,stap-verkenning,"));
        assert!(lines[1].contains(",Gereed,A&M,"), "{}", lines[1]);
        let english = step_plan_csv(&plan.step_plan, &b.dataset, Lang::En, Dialect::Data);
        assert!(english.starts_with("Country code,Country,Step code,Step,Status,Lead,Date,"));
        assert!(english.lines().nth(1).unwrap().starts_with("MAR,Morocco,"));
        assert!(english.lines().nth(1).unwrap().contains(",Done,A&M,"));
        assert_eq!(StepPlan::default().template, *bundled_template());
    }
}

/// The data a test's files say they were made with.
fn test_data() -> beleidsagenda_model::data::identity::DataIdentity {
    beleidsagenda_model::data::identity::DataIdentity {
        name: "Gebundelde gegevens".into(),
        fingerprint: "0000000000000000".into(),
    }
}
