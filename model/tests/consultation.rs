//! The register of consultation (issue 36): no person named, every text and date checked with
//! its place in the file, coverage over a period at its edges, overdue follow-ups.

use beleidsagenda_model::calendar::months_before;
use beleidsagenda_model::check::reason::Reason;
use beleidsagenda_model::plan::consultation::{
    check_consultation, check_register, coverage, names_a_person, overdue_follow_ups, Consultation,
    ConsultationForm, ConsultedOrganisation, FollowUp, OrganisationCategory,
};
use beleidsagenda_model::Lang;

fn roundtable(id: &str, date: &str, countries: &[&str], themes: &[&str]) -> Consultation {
    Consultation {
        id: id.into(),
        date: date.into(),
        form: ConsultationForm::Roundtable,
        organisations: vec![
            ConsultedOrganisation {
                name: "VluchtelingenWerk Nederland".into(),
                category: OrganisationCategory::Ngo,
                transparency_register: Some("0123456789-12".into()),
            },
            ConsultedOrganisation {
                name: "IOM".into(),
                category: OrganisationCategory::International,
                transparency_register: None,
            },
        ],
        themes: themes.iter().map(|t| t.to_string()).collect(),
        countries: countries.iter().map(|c| c.to_string()).collect(),
        brought_in: "Re-integratie na terugkeer werkt alleen met een plan per gemeente van herkomst.".into(),
        done_with_it: "Meegenomen in de terugkeerlijn voor Marokko.".into(),
        follow_ups: vec![FollowUp {
            action: "Voorstel re-integratiepakket delen".into(),
            owner: "IOM".into(),
            due: "2026-12-01".into(),
            done_on: None,
        }],
        reportable: true,
    }
}

fn reasons(entry: &Consultation) -> Vec<(String, Reason)> {
    check_consultation("plan.json", "$.consultations[0]", entry)
        .into_iter()
        .map(|e| (e.path, *e.reason))
        .collect()
}

#[test]
fn a_person_named_with_a_title_is_told_from_an_organisation() {
    for person in [
        "gesproken met mevrouw De Vries",
        "dhr. J. Jansen (VNO-NCW)",
        "volgens de heer Jansen",
        "Mevr. Bakker",
        "Dr. Ahmed van de universiteit",
        "Mr Smith of the IOM",
        "(mw. El Amrani)",
        "Mevrouw de Vries",
        "Mevr. de Vries",
        "dhr jansen",
        "DHR. JANSEN",
        "Dhr.Jansen",
        "ing. Visser",
        "Madame Dubois",
        "Herr Müller",
        "Frau Schmidt",
        "J. Jansen van de NGO",
        "overleg met Dhr.Jansen",
    ] {
        assert!(names_a_person(person), "{person}");
    }
    for organisation in [
        "Artsen zonder Grenzen",
        "UNHCR en IOM",
        "samenwerking in DR Congo",
        "MR-advies over terugkeer",
        "de heer",
        "een mevrouw van de gemeente",
        "Vereniging van Nederlandse Gemeenten",
        "MS Teams-overleg",
        "DR Congo en Mali",
        "U.S. Army en EU",
        "een heer van stand",
        "Stichting Vluchteling, afd. Noord-Afrika",
        "E. coli in de opvang",
    ] {
        assert!(!names_a_person(organisation), "{organisation}");
    }
}

#[test]
fn an_address_or_number_written_to_slip_past_is_refused_too() {
    use beleidsagenda_model::check::rules::looks_personal;
    for personal in [
        "mail jan [at] ngo.nl",
        "jan(at)ngo.nl",
        "jan＠ngo.nl",
        "bel (020) 123 45 67",
        "BSN 123456782",
        "06-12345678",
    ] {
        assert!(looks_personal(personal), "{personal}");
    }
    for not_personal in [
        "EUR 120.000.000 voor 2025-2029",
        "dossier 2026-11-20",
        "de cijfers van 2024 (123456781 niet elf-proef)",
        "reageren at the meeting",
    ] {
        assert!(!looks_personal(not_personal), "{not_personal}");
    }
}

#[test]
fn personal_data_is_refused_where_it_is_typed_with_its_place() {
    let mut entry = roundtable("rt-1", "2026-11-20", &["MAR"], &["terugkeer"]);
    assert_eq!(reasons(&entry), vec![]);
    entry.brought_in = "Bel 06-12345678 voor de cijfers.".into();
    entry.organisations[1].name = "IOM, mevrouw De Vries".into();
    entry.follow_ups[0].owner = "contact@example.org".into();
    assert_eq!(
        reasons(&entry),
        vec![
            (
                "$.consultations[0].organisations[1].name".to_string(),
                Reason::PersonName
            ),
            ("$.consultations[0].brought_in".to_string(), Reason::PhoneNumber),
            (
                "$.consultations[0].follow_ups[0].owner".to_string(),
                Reason::EmailAddress
            ),
        ]
    );
    // Each refusal says why, in the user's language.
    assert!(Reason::PersonName.text(Lang::Nl).contains("persoon"));
    assert!(Reason::PersonName.text(Lang::En).contains("person"));
}

#[test]
fn an_entry_needs_a_day_an_organisation_and_register_numbers_in_their_form() {
    let mut entry = roundtable("rt-1", "2026-11-31", &[], &[]);
    entry.organisations[0].transparency_register = Some("12345".into());
    entry.follow_ups[0].due = "volgende week".into();
    entry.follow_ups[0].done_on = Some("2026-13-01".into());
    entry.brought_in = " ".into();
    entry.done_with_it = "x".repeat(4_001);
    assert_eq!(
        reasons(&entry),
        vec![
            (
                "$.consultations[0].date".to_string(),
                Reason::NotDate("2026-11-31".into())
            ),
            (
                "$.consultations[0].organisations[0].transparency_register".to_string(),
                Reason::NotTransparencyNumber("12345".into())
            ),
            ("$.consultations[0].brought_in".to_string(), Reason::EmptyText),
            (
                "$.consultations[0].done_with_it".to_string(),
                Reason::TextTooLong {
                    chars: 4_001,
                    max: 4_000
                }
            ),
            (
                "$.consultations[0].follow_ups[0].due".to_string(),
                Reason::NotDate("volgende week".into())
            ),
            (
                "$.consultations[0].follow_ups[0].done_on".to_string(),
                Reason::NotDate("2026-13-01".into())
            ),
        ]
    );
    entry.organisations.clear();
    assert!(reasons(&entry).contains(&(
        "$.consultations[0].organisations".to_string(),
        Reason::NoOrganisation
    )));
}

#[test]
fn an_id_given_twice_is_refused() {
    let register = vec![
        roundtable("rt-1", "2026-11-20", &[], &[]),
        roundtable("rt-1", "2026-11-21", &[], &[]),
    ];
    let errors = check_register("plan.json", "$.consultations", &register);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].path, "$.consultations[1].id");
}

#[test]
fn coverage_counts_the_period_to_the_day_at_both_ends() {
    assert_eq!(months_before("2026-12-07", 12).as_deref(), Some("2025-12-07"));
    assert_eq!(months_before("2026-03-31", 1).as_deref(), Some("2026-02-28"));
    assert_eq!(months_before("2026-02-30", 1), None);
    let wanted = ["MAR", "LBY", "TUN"];
    let themes = ["terugkeer", "bescherming"];
    let register = vec![
        // On the first day of the period: counts.
        roundtable("a", "2025-12-07", &["MAR"], &["terugkeer"]),
        // The day before it: does not.
        roundtable("b", "2025-12-06", &["LBY"], &["bescherming"]),
        // After today (a planned meeting): does not.
        roundtable("c", "2026-12-08", &["TUN"], &[]),
    ];
    let seen = coverage(&register, &wanted, &themes, "2026-12-07", 12).unwrap();
    assert_eq!(seen.since, "2025-12-07");
    assert_eq!(seen.countries_without, ["LBY", "TUN"]);
    assert_eq!(seen.themes_without, ["bescherming"]);
    // A longer period takes in the older meeting; on today itself a meeting counts.
    let longer = coverage(&register, &wanted, &themes, "2026-12-08", 13).unwrap();
    assert!(longer.countries_without.is_empty(), "{longer:?}");
    assert!(longer.themes_without.is_empty());
    assert_eq!(coverage(&register, &wanted, &themes, "morgen", 12), None);
}

#[test]
fn a_follow_up_is_overdue_after_its_day_until_it_is_done() {
    let mut register = vec![roundtable("rt-1", "2026-11-20", &[], &[])];
    assert!(
        overdue_follow_ups(&register, "2026-12-01").is_empty(),
        "due today is not overdue"
    );
    assert_eq!(overdue_follow_ups(&register, "2026-12-02").len(), 1);
    register[0].follow_ups[0].done_on = Some("2026-12-02".into());
    assert!(overdue_follow_ups(&register, "2026-12-09").is_empty());
}

mod in_the_plan {
    use super::roundtable;
    use beleidsagenda_model::check::reason::Reason;
    use beleidsagenda_model::plan::import::{check_plan, keep_known, Dropped};
    use beleidsagenda_model::plan::{Plan, PlanAction, PlanContext, PlanProblem};
    use beleidsagenda_model::Bundle;

    const TODAY: &str = "2026-12-07";

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

    fn new_entry() -> beleidsagenda_model::plan::consultation::Consultation {
        roundtable("", "2026-11-20", &["MAR"], &["bescherming-rode-draad"])
    }

    #[test]
    fn a_new_entry_gets_the_next_id_and_an_edit_takes_its_place() {
        let b = bundle();
        let plan = Plan::default();
        let one = plan
            .apply(PlanAction::SaveConsultation(Box::new(new_entry())), context(&b))
            .unwrap();
        let two = one
            .apply(PlanAction::SaveConsultation(Box::new(new_entry())), context(&b))
            .unwrap();
        let ids: Vec<&str> = two.consultations.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["overleg-1", "overleg-2"]);
        let mut edited = two.consultations[0].clone();
        edited.done_with_it = "Opgenomen in het re-integratiepakket.".into();
        let three = two
            .apply(
                PlanAction::SaveConsultation(Box::new(edited.clone())),
                context(&b),
            )
            .unwrap();
        assert_eq!(three.consultations.len(), 2);
        assert_eq!(three.consultations[0], edited);
        // Removed, then put back: under its own id, and the next new one after it.
        let removed = three
            .apply(PlanAction::RemoveConsultation("overleg-1".into()), context(&b))
            .unwrap();
        let back = removed
            .apply(
                PlanAction::SaveConsultation(Box::new(edited.clone())),
                context(&b),
            )
            .unwrap();
        assert!(back.consultations.contains(&edited));
        let four = back
            .apply(PlanAction::SaveConsultation(Box::new(new_entry())), context(&b))
            .unwrap();
        assert_eq!(four.consultations.last().unwrap().id, "overleg-3");
    }

    #[test]
    fn a_person_or_an_unknown_country_is_refused_and_the_register_stays() {
        let b = bundle();
        let plan = Plan::default();
        let mut person = new_entry();
        person.brought_in = "Mevrouw De Vries van de ngo vertelde over terugkeer.".into();
        assert_eq!(
            plan.apply(PlanAction::SaveConsultation(Box::new(person)), context(&b)),
            Err(PlanProblem::ConsultationRefused)
        );
        let mut phone = new_entry();
        phone.follow_ups[0].owner = "bel 06-12345678".into();
        assert_eq!(
            plan.apply(PlanAction::SaveConsultation(Box::new(phone)), context(&b)),
            Err(PlanProblem::ConsultationRefused)
        );
        let mut nowhere = new_entry();
        nowhere.countries = vec!["XXX".into()];
        assert_eq!(
            plan.apply(PlanAction::SaveConsultation(Box::new(nowhere)), context(&b)),
            Err(PlanProblem::UnknownCountry("XXX".into()))
        );
    }

    #[test]
    fn a_follow_up_is_marked_done_today_and_opened_again_and_an_entry_removed() {
        let b = bundle();
        let plan = Plan::default()
            .apply(PlanAction::SaveConsultation(Box::new(new_entry())), context(&b))
            .unwrap();
        let done = |plan: &Plan, done: bool, index: usize| {
            plan.apply(
                PlanAction::SetFollowUpDone {
                    consultation: "overleg-1".into(),
                    index,
                    done,
                },
                context(&b),
            )
        };
        let marked = done(&plan, true, 0).unwrap();
        assert_eq!(
            marked.consultations[0].follow_ups[0].done_on.as_deref(),
            Some(TODAY)
        );
        let open = done(&marked, false, 0).unwrap();
        assert_eq!(open.consultations[0].follow_ups[0].done_on, None);
        assert_eq!(done(&plan, true, 1), Err(PlanProblem::NoSuchLine));
        let removed = open
            .apply(PlanAction::RemoveConsultation("overleg-1".into()), context(&b))
            .unwrap();
        assert!(removed.consultations.is_empty());
        assert_eq!(
            removed.apply(PlanAction::RemoveConsultation("overleg-1".into()), context(&b)),
            Err(PlanProblem::NoSuchLine)
        );
    }

    #[test]
    fn a_plan_file_with_a_bad_entry_is_refused_at_its_path_and_an_unknown_country_is_named() {
        let b = bundle();
        let mut bad = roundtable("overleg-1", "2026-13-01", &["MAR", "XXX"], &[]);
        bad.organisations[1].name = "dhr. J. Jansen".into();
        let plan = Plan {
            consultations: vec![bad.clone(), bad],
            ..Plan::default()
        };
        let found: Vec<(String, Reason)> = check_plan("plan.json", "$.plan", &plan)
            .into_iter()
            .map(|e| (e.path, *e.reason))
            .collect();
        for path in [
            "$.plan.consultations[0].date",
            "$.plan.consultations[0].organisations[1].name",
            "$.plan.consultations[1].id",
        ] {
            assert!(found.iter().any(|(p, _)| p == path), "{path} in {found:?}");
        }
        let kept = Plan {
            consultations: vec![roundtable("overleg-1", "2026-11-01", &["MAR", "XXX"], &[])],
            ..Plan::default()
        };
        let (kept, dropped) = keep_known(kept, context(&b));
        assert_eq!(kept.consultations[0].countries, ["MAR"]);
        assert_eq!(kept.consultations.len(), 1, "what was brought in is kept");
        assert_eq!(dropped, [Dropped::Country("XXX".into())]);
    }

    #[test]
    fn the_memo_check_asks_for_a_consultation_on_each_intensive_and_targeted_partner_in_a_year() {
        use beleidsagenda_model::plan::memo::{check_plan, CheckId, CheckInputs, Finding, Outcome};
        use beleidsagenda_model::selection::Tier;
        let b = bundle();
        let mut plan = Plan::default();
        for country in ["MAR", "TUN", "LBY"] {
            plan = plan
                .apply(
                    PlanAction::AddRow {
                        country: country.into(),
                        instrument: "return-agreements".into(),
                    },
                    context(&b),
                )
                .unwrap();
        }
        let tier = |c: &str| match c {
            "MAR" => Some(Tier::Intensive),
            "TUN" => Some(Tier::Targeted),
            _ => Some(Tier::Monitor),
        };
        let outcome = |plan: &Plan, country: &str| {
            check_plan(&CheckInputs {
                plan,
                dataset: &b.dataset,
                tier: &tier,
                adjustments: &[],
                fte_shortfalls: &[],
                today: TODAY,
            })
            .results
            .into_iter()
            .find(|r| r.check == CheckId::Consultation && r.country.as_deref() == Some(country))
            .map(|r| r.outcome)
        };
        let none_since = Some(Outcome::Attention(vec![Finding::NoConsultationSince {
            since: "2025-12-07".into(),
        }]));
        assert_eq!(outcome(&plan, "MAR"), none_since);
        assert_eq!(outcome(&plan, "TUN"), none_since);
        assert_eq!(outcome(&plan, "LBY"), None, "a country to monitor is not asked");
        // A consultation a year and a day old does not count; one on the edge does.
        let mut old = new_entry();
        old.date = "2025-12-06".into();
        let with_old = plan
            .apply(PlanAction::SaveConsultation(Box::new(old)), context(&b))
            .unwrap();
        assert_eq!(outcome(&with_old, "MAR"), none_since);
        let mut edge = new_entry();
        edge.date = "2025-12-07".into();
        let with_edge = with_old
            .apply(PlanAction::SaveConsultation(Box::new(edge)), context(&b))
            .unwrap();
        assert_eq!(outcome(&with_edge, "MAR"), Some(Outcome::InOrder));
        assert_eq!(
            outcome(&with_edge, "TUN"),
            none_since,
            "the entry was about Morocco only"
        );
        // Marked "deliberately not", with a reason: kept beside what the check found.
        let decided = with_edge
            .apply(
                PlanAction::Decide {
                    check: CheckId::Consultation,
                    country: Some("TUN".into()),
                    reason: "Overleg loopt via de EU-delegatie in Tunis.".into(),
                },
                context(&b),
            )
            .unwrap();
        assert!(matches!(outcome(&decided, "TUN"), Some(Outcome::Decided { .. })));
    }

    #[test]
    fn the_agenda_lines_are_the_statements_the_memo_names() {
        let b = bundle();
        let ids: Vec<&str> = b.agenda.lines().iter().filter_map(|s| s.id.as_deref()).collect();
        for id in [
            "bescherming-rode-draad",
            "flexibele-landenlijst",
            "innovatieve-vormen",
            "wederkerige-afspraken",
        ] {
            assert!(ids.contains(&id), "{id} in {ids:?}");
        }
        assert_eq!(ids.len(), 10, "{ids:?}");
    }
}

#[test]
fn the_register_filter_finds_by_country_theme_category_period_and_words() {
    use beleidsagenda_model::plan::consultation::RegisterFilter;
    let entry = roundtable("overleg-1", "2026-11-20", &["MAR"], &["bescherming-rode-draad"]);
    let name = |c: &str| {
        if c == "MAR" {
            "Marokko".to_string()
        } else {
            c.to_string()
        }
    };
    let shows = |filter: RegisterFilter| filter.shows(&entry, &name);
    assert!(shows(RegisterFilter::default()));
    assert!(shows(RegisterFilter {
        country: "MAR".into(),
        ..Default::default()
    }));
    assert!(!shows(RegisterFilter {
        country: "LBY".into(),
        ..Default::default()
    }));
    assert!(shows(RegisterFilter {
        theme: "bescherming-rode-draad".into(),
        ..Default::default()
    }));
    assert!(!shows(RegisterFilter {
        theme: "projectbudget".into(),
        ..Default::default()
    }));
    assert!(shows(RegisterFilter {
        category: Some(OrganisationCategory::International),
        ..Default::default()
    }));
    assert!(!shows(RegisterFilter {
        category: Some(OrganisationCategory::Company),
        ..Default::default()
    }));
    assert!(shows(RegisterFilter {
        from: "2026-11-20".into(),
        until: "2026-11-20".into(),
        ..Default::default()
    }));
    assert!(!shows(RegisterFilter {
        from: "2026-11-21".into(),
        ..Default::default()
    }));
    assert!(!shows(RegisterFilter {
        until: "2026-11-19".into(),
        ..Default::default()
    }));
    assert!(shows(RegisterFilter {
        text: "vluchtelingenwerk MAROKKO".into(),
        ..Default::default()
    }));
    assert!(shows(RegisterFilter {
        text: "re-integratiepakket".into(),
        ..Default::default()
    }));
    assert!(!shows(RegisterFilter {
        text: "vluchtelingenwerk libië".into(),
        ..Default::default()
    }));
}
