//! Contributions with known answers: a request carries the lines an organisation leads or
//! contributes to with their values; the three-way merge of answers takes what only the answer
//! changed, keeps what only the plan changed, sees the same change on both sides as none, and
//! makes a conflict of two different changes, of two organisations changing one value, and of an
//! answer to a line the plan removed; a second merge of the same answer changes nothing; the log.

use beleidsagenda_model::plan::contribution::{
    answer_of, default_lines, make_request, merge_answers, read_contribution, resolve, AnswerProblem,
    AskedLine, Contribution, ContributionFile, FieldName, Side,
};
use beleidsagenda_model::plan::{Field, LineRef, Org, Plan, PlanAction, PlanContext, YearAmount};
use beleidsagenda_model::Bundle;

const TODAY: &str = "2026-12-04";

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

fn act(plan: &Plan, b: &Bundle, action: PlanAction) -> Plan {
    plan.apply(action, context(b)).expect("applied")
}

fn line(country: &str, instrument: &str) -> LineRef {
    LineRef::Row {
        country: country.into(),
        instrument: instrument.into(),
    }
}

fn eur(plan: &Plan, b: &Bundle, country: &str, instrument: &str, year: u16, text: &str) -> Plan {
    act(
        plan,
        b,
        PlanAction::SetAmount {
            line: line(country, instrument),
            year,
            field: Field::Eur,
            text: text.into(),
        },
    )
}

/// Morocco and Tunisia with return agreements led by A&M, IND contributing to Morocco's; Jordan's
/// reception in the region led by COA. Morocco 2026: EUR 1,000,000.
fn plan(b: &Bundle) -> Plan {
    let mut plan = Plan::default();
    for (country, instrument) in [
        ("MAR", "return-agreements"),
        ("TUN", "return-agreements"),
        ("JOR", "reception-in-region"),
    ] {
        plan = act(
            &plan,
            b,
            PlanAction::AddRow {
                country: country.into(),
                instrument: instrument.into(),
            },
        );
    }
    plan = act(
        &plan,
        b,
        PlanAction::SetContributor {
            line: line("MAR", "return-agreements"),
            org: Org::Ind,
            on: true,
        },
    );
    plan = act(
        &plan,
        b,
        PlanAction::SetLead {
            line: line("JOR", "reception-in-region"),
            lead: Org::Coa,
        },
    );
    eur(&plan, b, "MAR", "return-agreements", 2026, "1000000")
}

/// A&M asks `org` for the lines it leads or contributes to, with no deadline.
fn ask(plan: &Plan, org: Org) -> (Plan, ContributionFile) {
    make_request(
        plan,
        org,
        Org::AsylumMigration,
        &default_lines(plan, org),
        TODAY,
        None,
        "seed",
    )
}

/// The organisation's answer: `edit` changes the asked lines' years.
fn answer(request: &ContributionFile, edit: impl Fn(&mut AskedLine), on: &str) -> (String, Contribution) {
    let mut lines = request.contribution.lines.clone();
    lines.iter_mut().for_each(edit);
    let file = answer_of(&request.contribution, lines, on);
    (
        format!("antwoord-{}.json", request.contribution.organisation),
        file.contribution,
    )
}

fn set_year(line: &mut AskedLine, year: u16, eur: i64) {
    line.years.entry(year).or_default().eur = eur;
}

fn value(plan: &Plan, country: &str, year: u16) -> i64 {
    plan.row(country, "return-agreements")
        .map(|r| r.year(year).eur)
        .unwrap_or(-1)
}

#[test]
fn a_request_asks_what_the_organisation_leads_or_contributes_to_with_the_values_then() {
    let b = bundle();
    let plan = plan(&b);
    let lines = default_lines(&plan, Org::Ind);
    assert_eq!(lines, vec![("MAR".to_string(), "return-agreements".to_string())]);
    let (next, file) = make_request(
        &plan,
        Org::Ind,
        Org::AsylumMigration,
        &lines,
        TODAY,
        Some("2026-12-18"),
        "seed",
    );
    assert!(!next.id.is_empty(), "the plan got its id");
    assert_eq!(file.contribution.plan_id, next.id);
    assert_eq!(file.contribution.organisation, "ind");
    assert_eq!(file.contribution.lines.len(), 1);
    assert_eq!(file.contribution.lines[0].base[&2026].eur, 1_000_000);
    assert_eq!(next.requests.len(), 1);
    // The file reads back as it was written.
    let text = serde_json::to_string(&file).unwrap();
    assert_eq!(
        read_contribution("verzoek.json", &text).unwrap(),
        file.contribution
    );
    assert!(read_contribution("x.json", r#"{"format":"beleidsagenda-scenario"}"#).is_err());
    let negative = text.replace("1000000", "-5");
    assert!(
        read_contribution("x.json", &negative).is_err(),
        "a negative amount refuses the file"
    );
}

#[test]
fn three_way_merge_with_known_answers() {
    let b = bundle();
    let (plan, ind) = {
        let p = plan(&b);
        ask(&p, Org::Ind)
    };
    // Since the request, the plan itself changed Morocco 2027.
    let plan = eur(&plan, &b, "MAR", "return-agreements", 2027, "300000");
    let (file, answer) = answer(
        &ind,
        |l| {
            set_year(l, 2025, 250_000); // only the answer: taken
            set_year(l, 2027, 300_000); // the same change on both sides: no conflict
            set_year(l, 2028, 80_000); // only the answer: taken
        },
        "2026-12-10",
    );
    let draft = merge_answers(&plan, &[(file.clone(), answer.clone())], context(&b));
    assert!(draft.conflicts.is_empty(), "{:?}", draft.conflicts);
    assert_eq!(value(&draft.plan, "MAR", 2025), 250_000);
    assert_eq!(
        value(&draft.plan, "MAR", 2026),
        1_000_000,
        "unchanged by the answer: as the plan has it"
    );
    assert_eq!(value(&draft.plan, "MAR", 2027), 300_000);
    assert_eq!(value(&draft.plan, "MAR", 2028), 80_000);
    assert_eq!(draft.answers[0].values_changed, 2);
    let merged = resolve(&draft, &[], "2026-12-11");
    assert_eq!(merged.merges.len(), 1);
    assert_eq!(merged.merges[0].organisation, Org::Ind);
    assert_eq!(merged.merges[0].values_changed, 2);
    assert_eq!(merged.merges[0].merged_on, "2026-12-11");

    // Merging the same answer again changes nothing.
    let again = merge_answers(&merged, &[(file, answer)], context(&b));
    assert_eq!(again.plan, merged);
    assert_eq!(again.answers[0].problems, vec![AnswerProblem::AlreadyMerged]);
    assert!(!again.answers[0].merged);
}

#[test]
fn different_changes_on_both_sides_are_conflicts_resolved_by_choice_and_logged() {
    let b = bundle();
    let p = plan(&b);
    let (plan, ind) = ask(&p, Org::Ind);
    let plan = eur(&plan, &b, "MAR", "return-agreements", 2026, "1200000");
    let (file, answer) = answer(&ind, |l| set_year(l, 2026, 900_000), "2026-12-10");
    let draft = merge_answers(&plan, &[(file, answer)], context(&b));
    assert_eq!(draft.conflicts.len(), 1);
    let conflict = &draft.conflicts[0];
    assert_eq!(
        (conflict.base, conflict.plan_value, conflict.answer_value),
        (1_000_000, Some(1_200_000), 900_000)
    );
    assert_eq!(
        (conflict.field, conflict.answer_by, conflict.plan_by),
        (FieldName::Eur, Org::Ind, None)
    );
    assert_eq!(
        value(&draft.plan, "MAR", 2026),
        1_200_000,
        "nothing overwritten before a choice"
    );

    let for_plan = resolve(&draft, &[Side::Plan], TODAY);
    assert_eq!(value(&for_plan, "MAR", 2026), 1_200_000);
    let for_answer = resolve(&draft, &[Side::Answer], TODAY);
    assert_eq!(value(&for_answer, "MAR", 2026), 900_000);
    let logged = &for_answer.merges[0].conflicts[0];
    assert_eq!(
        (logged.year, logged.plan_value, logged.answer_value, logged.chosen),
        (2026, Some(1_200_000), 900_000, Side::Answer)
    );
    // Undo is the plan before the merge: the draft never touched it.
    assert_eq!(value(&plan, "MAR", 2026), 1_200_000);
    assert!(plan.merges.is_empty());
}

#[test]
fn two_organisations_changing_one_value_conflict_and_say_who() {
    let b = bundle();
    let mut p = plan(&b);
    p = act(
        &p,
        &b,
        PlanAction::SetContributor {
            line: line("MAR", "return-agreements"),
            org: Org::Coa,
            on: true,
        },
    );
    let (p, ind) = ask(&p, Org::Ind);
    let (p, coa) = ask(&p, Org::Coa);
    let ind_answer = answer(&ind, |l| set_year(l, 2026, 1_100_000), "2026-12-08");
    let coa_answer = answer(
        &coa,
        |l| {
            if l.country == "MAR" {
                set_year(l, 2026, 1_300_000)
            }
        },
        "2026-12-09",
    );
    let draft = merge_answers(&p, &[ind_answer, coa_answer], context(&b));
    assert_eq!(
        value(&draft.plan, "MAR", 2026),
        1_100_000,
        "the first answer's change"
    );
    assert_eq!(draft.conflicts.len(), 1);
    let c = &draft.conflicts[0];
    assert_eq!(
        (c.plan_by, c.answer_by, c.answer_value),
        (Some(Org::Ind), Org::Coa, 1_300_000)
    );
    let merged = resolve(&draft, &[Side::Answer], TODAY);
    assert_eq!(value(&merged, "MAR", 2026), 1_300_000);
    assert_eq!(merged.merges.len(), 2, "a record per answer");
    assert_eq!(merged.merges[1].conflicts.len(), 1);
}

#[test]
fn an_answer_to_a_line_the_plan_removed_is_a_conflict_and_can_bring_it_back() {
    let b = bundle();
    let p = plan(&b);
    let (p, ind) = ask(&p, Org::Ind);
    let p = act(
        &p,
        &b,
        PlanAction::RemoveRow {
            country: "MAR".into(),
            instrument: "return-agreements".into(),
        },
    );
    let draft = merge_answers(
        &p,
        &[answer(&ind, |l| set_year(l, 2026, 700_000), "2026-12-10")],
        context(&b),
    );
    assert_eq!(draft.conflicts.len(), 1);
    assert_eq!(draft.conflicts[0].plan_value, None);
    assert!(
        draft.plan.row("MAR", "return-agreements").is_none(),
        "not re-added without a choice"
    );
    let kept_removed = resolve(&draft, &[Side::Plan], TODAY);
    assert!(kept_removed.row("MAR", "return-agreements").is_none());
    let back = resolve(&draft, &[Side::Answer], TODAY);
    assert_eq!(value(&back, "MAR", 2026), 700_000);
    assert_eq!(back.merges[0].lines_added, 1);
}

#[test]
fn lines_not_asked_for_are_refused_and_named_whether_the_country_or_the_instrument_was_not_asked() {
    let b = bundle();
    let p = plan(&b);
    let (p, ind) = ask(&p, Org::Ind);
    let (file, mut answer) = answer(&ind, |l| set_year(l, 2026, 1_000_000), "2026-12-10");
    let mut years = std::collections::BTreeMap::new();
    years.insert(
        2026,
        YearAmount {
            eur: 50_000,
            fte_hundredths: 50,
        },
    );
    let extra = |country: &str, instrument: &str| AskedLine {
        country: country.into(),
        instrument: instrument.into(),
        base: Default::default(),
        years: years.clone(),
        note: String::new(),
    };
    // A country never asked (Afghanistan), a new instrument for the asked country, an edit of
    // Tunisia's line IND was not asked about, a country the data does not know, and a note with
    // a phone number.
    answer.lines.push(extra("AFG", "return-agreements"));
    answer.lines.push(extra("MAR", "anti-smuggling"));
    answer.lines.push(extra("TUN", "return-agreements"));
    answer.lines.push(extra("ATL", "anti-smuggling"));
    answer.lines[0].note = "Bel 06-12345678".into();
    let draft = merge_answers(&p, &[(file, answer)], context(&b));
    assert!(
        draft.plan.row("AFG", "return-agreements").is_none(),
        "a country not asked is not added"
    );
    assert!(
        draft.plan.row("MAR", "anti-smuggling").is_none(),
        "an instrument not asked is not added"
    );
    assert_eq!(value(&draft.plan, "TUN", 2026), 0, "not asked: not applied");
    let problems = &draft.answers[0].problems;
    for (country, instrument) in [
        ("AFG", "return-agreements"),
        ("MAR", "anti-smuggling"),
        ("TUN", "return-agreements"),
    ] {
        assert!(
            problems.contains(&AnswerProblem::NotAsked {
                country: country.into(),
                instrument: instrument.into()
            }),
            "{country} {instrument} named"
        );
    }
    assert!(problems.contains(&AnswerProblem::UnknownCountry("ATL".into())));
    assert!(problems.contains(&AnswerProblem::NoteRefused {
        country: "MAR".into(),
        instrument: "return-agreements".into()
    }));
    assert_eq!(draft.answers[0].lines_added, 0);
    assert!(draft.answers[0].notes.is_empty(), "the refused note is not kept");
    // In words: the refusal names the country and the instrument, not their codes.
    let named = |c: &str, i: &str| format!("{c}/{i}");
    let text = beleidsagenda_model::plan::labels::answer_problem(
        &AnswerProblem::NotAsked {
            country: "AFG".into(),
            instrument: "return-agreements".into(),
        },
        beleidsagenda_model::Lang::Nl,
        &|c: &str, i: &str| named(c, i),
    );
    assert!(text.starts_with("AFG/return-agreements"), "{text}");
}

#[test]
fn a_line_twice_in_one_answer_is_taken_once_when_the_same_and_refused_when_different() {
    let b = bundle();
    let (p, ind) = ask(&plan(&b), Org::Ind);
    // Twice with the same values: taken once, and said.
    let (file, mut same) = answer(&ind, |l| set_year(l, 2026, 1_200_000), "2026-12-10");
    same.lines.push(same.lines[0].clone());
    let draft = merge_answers(&p, &[(file.clone(), same)], context(&b));
    assert!(draft.conflicts.is_empty(), "{:?}", draft.conflicts);
    assert_eq!(value(&draft.plan, "MAR", 2026), 1_200_000);
    assert_eq!(
        draft.answers[0].problems,
        vec![AnswerProblem::LineTwice {
            country: "MAR".into(),
            instrument: "return-agreements".into(),
            times: 2,
            same: true
        }]
    );
    // Twice with different values: neither taken, no conflict with a value the plan never held.
    let (file, mut different) = answer(&ind, |l| set_year(l, 2026, 1_200_000), "2026-12-10");
    let mut second = different.lines[0].clone();
    set_year(&mut second, 2026, 111_111);
    different.lines.push(second);
    let draft = merge_answers(&p, &[(file, different)], context(&b));
    assert!(draft.conflicts.is_empty(), "{:?}", draft.conflicts);
    assert_eq!(value(&draft.plan, "MAR", 2026), 1_000_000, "as the plan has it");
    assert_eq!(draft.answers[0].values_changed, 0);
    assert_eq!(
        draft.answers[0].problems,
        vec![AnswerProblem::LineTwice {
            country: "MAR".into(),
            instrument: "return-agreements".into(),
            times: 2,
            same: false
        }]
    );
}

#[test]
fn a_corrected_answer_merges_even_on_the_same_day_and_the_same_answer_on_another_day_does_not() {
    let b = bundle();
    let (p, ind) = ask(&plan(&b), Org::Ind);
    let (file, first) = answer(
        &ind,
        |l| {
            set_year(l, 2026, 1_200_000);
            set_year(l, 2027, 300_000);
        },
        "2026-12-10",
    );
    let merged = resolve(
        &merge_answers(&p, &[(file.clone(), first.clone())], context(&b)),
        &[],
        TODAY,
    );
    assert_eq!(value(&merged, "MAR", 2026), 1_200_000);
    // The same content saved again a day later: the same answer.
    let mut later = first.clone();
    later.answered_on = Some("2026-12-11".into());
    let again = merge_answers(&merged, &[(file.clone(), later)], context(&b));
    assert_eq!(again.answers[0].problems, vec![AnswerProblem::AlreadyMerged]);
    assert_eq!(again.plan, merged);
    // A correction the same day: 2027 changed, 2026 repeated. Read against the first answer,
    // only 2027 changes, without a conflict.
    let (_, correction) = answer(
        &ind,
        |l| {
            set_year(l, 2026, 1_200_000);
            set_year(l, 2027, 350_000);
        },
        "2026-12-10",
    );
    let draft = merge_answers(&merged, &[(file.clone(), correction.clone())], context(&b));
    assert!(draft.answers[0].merged, "{:?}", draft.answers[0].problems);
    assert!(draft.conflicts.is_empty(), "{:?}", draft.conflicts);
    assert_eq!(draft.answers[0].values_changed, 1);
    assert_eq!(draft.answers[0].corrects.as_deref(), Some("2026-12-10"));
    assert_eq!(value(&draft.plan, "MAR", 2027), 350_000);
    let corrected = resolve(&draft, &[], TODAY);
    assert_eq!(corrected.merges.len(), 2);
    assert_eq!(corrected.merges[1].corrects.as_deref(), Some("2026-12-10"));
    // An answer dated before the merged one is no correction of it.
    let (_, older) = answer(&ind, |l| set_year(l, 2027, 1), "2026-12-09");
    let draft = merge_answers(&merged, &[(file.clone(), older)], context(&b));
    assert_eq!(
        draft.answers[0].problems,
        vec![AnswerProblem::OlderThanMerged {
            merged: "2026-12-10".into()
        }]
    );
    // A note longer than the answer page allows is left out, and said.
    let (_, long) = answer(&ind, |l| l.note = "x".repeat(6_000), "2026-12-11");
    let draft = merge_answers(&merged, &[(file.clone(), long)], context(&b));
    assert!(draft.answers[0].problems.contains(&AnswerProblem::NoteTooLong {
        country: "MAR".into(),
        instrument: "return-agreements".into()
    }));
    assert!(draft.answers[0].notes.is_empty());
    // Two versions of one answer in one merge: the second waits for its own merge.
    let both = merge_answers(
        &merged,
        &[(file.clone(), correction.clone()), (file, first)],
        context(&b),
    );
    assert_eq!(both.answers[1].problems, vec![AnswerProblem::AlreadyMerged]);
    let (f2, other) = answer(&ind, |l| set_year(l, 2027, 1), "2026-12-10");
    let both = merge_answers(&merged, &[(f2.clone(), correction), (f2, other)], context(&b));
    assert_eq!(both.answers[1].problems, vec![AnswerProblem::SameRequestTwice]);
}

#[test]
fn undoing_a_merge_is_an_event_in_the_log_and_is_itself_undone() {
    use beleidsagenda_model::plan::undo::{Replacement, UndoPoint};
    let b = bundle();
    let (p, ind) = ask(&plan(&b), Org::Ind);
    let (file, first) = answer(&ind, |l| set_year(l, 2026, 1_200_000), "2026-12-10");
    let merged = resolve(
        &merge_answers(&p, &[(file.clone(), first.clone())], context(&b)),
        &[],
        TODAY,
    );
    let point = UndoPoint::new(
        Replacement::Merge { answers: 1 },
        "2026-12-04 14:03",
        p.clone(),
        &merged,
    );
    assert!(point.applies_to(&merged));
    assert!(!point.applies_to(&p));
    let (back, redo) = point.undo(&merged, "2026-12-04 14:05");
    assert_eq!(
        value(&back, "MAR", 2026),
        1_000_000,
        "the values as before the merge"
    );
    assert_eq!(back.merges.len(), 1, "the merge stays in the log");
    assert_eq!(back.merges[0].undone_on.as_deref(), Some("2026-12-04 14:05"));
    assert_eq!(
        redo.replacement,
        Replacement::Undone {
            of: Box::new(Replacement::Merge { answers: 1 })
        }
    );
    // The undone answer may be merged again.
    let again = merge_answers(&back, &[(file, first)], context(&b));
    assert!(again.answers[0].merged, "{:?}", again.answers[0].problems);
    // The undo undone: the merge in force again, and that is undoable in turn.
    let (forward, point_again) = redo.undo(&back, "2026-12-04 14:06");
    assert_eq!(forward, merged);
    assert_eq!(point_again.replacement, Replacement::Merge { answers: 1 });
    // Undone again: the log says so again.
    let (again_back, _) = point_again.undo(&forward, "2026-12-04 14:07");
    assert_eq!(value(&again_back, "MAR", 2026), 1_000_000);
    assert_eq!(
        again_back.merges[0].undone_on.as_deref(),
        Some("2026-12-04 14:07")
    );
    // The point travels as JSON (the browser keeps it over a reload).
    let text = serde_json::to_string(&point_again).unwrap();
    assert_eq!(serde_json::from_str::<UndoPoint>(&text).unwrap(), point_again);
}

#[test]
fn notes_reach_the_log() {
    let b = bundle();
    let p = plan(&b);
    let (p, ind) = ask(&p, Org::Ind);
    let (file, answer) = answer(
        &ind,
        |l| l.note = "Twee extra liaisons vanaf 2027".into(),
        "2026-12-10",
    );
    let merged = resolve(&merge_answers(&p, &[(file, answer)], context(&b)), &[], TODAY);
    assert_eq!(
        merged.merges[0].notes,
        vec![(
            "MAR".into(),
            "return-agreements".into(),
            "Twee extra liaisons vanaf 2027".into()
        )]
    );
}

#[test]
fn answers_to_another_plan_or_request_are_refused_with_the_reason() {
    let b = bundle();
    let p = plan(&b);
    let (p, ind) = ask(&p, Org::Ind);
    let other = Plan {
        id: "plan-elsewhere".into(),
        ..p.clone()
    };
    let (file, answer) = answer(&ind, |l| set_year(l, 2026, 1), "2026-12-10");
    assert_eq!(
        merge_answers(&other, &[(file.clone(), answer.clone())], context(&b)).answers[0].problems,
        vec![AnswerProblem::OtherPlan]
    );
    let mut unknown = answer.clone();
    unknown.request_id = "ind-1999-01-01-1".into();
    assert_eq!(
        merge_answers(&p, &[(file.clone(), unknown)], context(&b)).answers[0].problems,
        vec![AnswerProblem::UnknownRequest]
    );
    let mut stranger = answer.clone();
    stranger.organisation = "rivm".into();
    assert_eq!(
        merge_answers(&p, &[(file.clone(), stranger)], context(&b)).answers[0].problems,
        vec![AnswerProblem::UnknownOrganisation("rivm".into())]
    );
    let request_itself = ind.contribution.clone();
    assert_eq!(
        merge_answers(&p, &[(file, request_itself)], context(&b)).answers[0].problems,
        vec![AnswerProblem::NotAnAnswer]
    );
}

/// When and with what a test's request workbook is made.
fn made() -> beleidsagenda_model::sheet::common::Made<'static> {
    beleidsagenda_model::sheet::common::Made {
        today: "2026-12-09",
        data: None,
        confidential: false,
    }
}

#[test]
fn a_request_workbook_reads_back_the_same_in_either_language_and_opens_on_what_to_do() {
    use beleidsagenda_model::plan::contribution_sheet::{contribution_text_from_xlsx, contribution_workbook};
    use beleidsagenda_model::sheet::xlsx_write::write_xlsx;
    use beleidsagenda_model::sheet::Cell;
    use beleidsagenda_model::Lang;
    let b = bundle();
    let (_, ind) = ask(&plan(&b), Org::Ind);
    let made = made();
    let answered = |lang: Lang| {
        let mut book = contribution_workbook(&ind, &b.dataset, lang, made);
        let about = &book.sheets[0];
        let text: Vec<String> = about
            .rows
            .iter()
            .flatten()
            .map(|c| match c {
                Cell::Text(t) => t.clone(),
                _ => String::new(),
            })
            .collect();
        // The first sheet says what to fill in, by the headers the reader sees.
        let fill_in = match lang {
            Lang::Nl => "‘EUR, uw antwoord’",
            Lang::En => "‘EUR, your answer’",
        };
        assert!(text.iter().any(|t| t.contains(fill_in)), "{lang:?}: {text:?}");
        assert!(
            text.iter().any(|t| t.starts_with("beleidsagenda ")),
            "made with: {text:?}"
        );
        let headers: Vec<&str> = book.sheets[1].columns.iter().map(|c| c.header.as_str()).collect();
        assert!(headers.iter().all(|h| !h.contains('_')), "{headers:?}");
        book.sheets[1].rows[0][7] = Cell::euro(123_000);
        // Two of the line's year rows with a note of their own: both are kept, in row order.
        book.sheets[1].rows[0][9] = Cell::text("Raming");
        book.sheets[1].rows[1][9] = Cell::text("Aanvullend in 2026");
        contribution_text_from_xlsx("verzoek-ind.xlsx", &write_xlsx(&book), "2026-12-10").unwrap()
    };
    let dutch = answered(Lang::Nl);
    assert_eq!(dutch, answered(Lang::En));
    assert!(dutch.contains("\"Raming; Aanvullend in 2026\""), "{dutch}");
}

#[test]
fn a_request_filled_in_with_excel_merges_as_an_answer_made_in_the_app() {
    use beleidsagenda_model::plan::contribution::read_contribution;
    use beleidsagenda_model::plan::contribution_sheet::{contribution_text_from_xlsx, contribution_workbook};
    use beleidsagenda_model::sheet::xlsx_write::write_xlsx;
    use beleidsagenda_model::sheet::Cell;
    use beleidsagenda_model::Lang;
    let b = bundle();
    let (plan, ind) = ask(&plan(&b), Org::Ind);
    let book = contribution_workbook(&ind, &b.dataset, Lang::Nl, made());
    let mut filled = book.clone();
    let sheet = &mut filled.sheets[1];
    let at = sheet
        .rows
        .iter()
        .position(|r| {
            r[0] == Cell::text("MAR")
                && r[2] == Cell::text("return-agreements")
                && r[4] == Cell::number(2025.0)
        })
        .unwrap();
    sheet.rows[at][7] = Cell::euro(250_000);
    sheet.rows[at][9] = Cell::text("Raming IND, december");
    let text = contribution_text_from_xlsx("verzoek-ind.xlsx", &write_xlsx(&filled), "2026-12-10").unwrap();
    let answer = read_contribution("verzoek-ind.xlsx", &text).unwrap();
    assert_eq!(answer.answered_on.as_deref(), Some("2026-12-10"));
    let draft = merge_answers(&plan, &[("verzoek-ind.xlsx".into(), answer.clone())], context(&b));
    assert!(draft.conflicts.is_empty());
    assert_eq!(value(&draft.plan, "MAR", 2025), 250_000);
    assert_eq!(draft.answers[0].values_changed, 1);
    // Unchanged, the workbook is an answer that changes nothing.
    let text = contribution_text_from_xlsx("verzoek-ind.xlsx", &write_xlsx(&book), "2026-12-10").unwrap();
    let same = read_contribution("x.xlsx", &text).unwrap();
    assert_eq!(same.lines, ind.contribution.lines);
    // A cell that is not a number is refused with its place.
    let mut bad = book.clone();
    bad.sheets[1].rows[0][8] = Cell::text("anderhalf");
    let errors = contribution_text_from_xlsx("x.xlsx", &write_xlsx(&bad), "2026-12-10").unwrap_err();
    assert_eq!(
        errors[0].located_in(Lang::Nl),
        "Bijdrage!I2: ‘anderhalf’ is geen getal; schrijf het in cijfers"
    );
}

#[test]
fn a_request_workbook_accounts_for_every_row_like_an_answer_made_in_the_app() {
    use beleidsagenda_model::plan::contribution_sheet::{contribution_text_from_xlsx, contribution_workbook};
    use beleidsagenda_model::sheet::xlsx_write::write_xlsx;
    use beleidsagenda_model::sheet::Cell;
    use beleidsagenda_model::Lang;
    let b = bundle();
    let (plan, ind) = ask(&plan(&b), Org::Ind);
    let book = contribution_workbook(&ind, &b.dataset, Lang::Nl, made());
    let read = |edit: &dyn Fn(&mut Vec<Vec<Cell>>)| {
        let mut filled = book.clone();
        edit(&mut filled.sheets[1].rows);
        contribution_text_from_xlsx("verzoek-ind.xlsx", &write_xlsx(&filled), "2026-12-10")
    };
    let refusals = |result: Result<String, Vec<beleidsagenda_model::DataError>>| -> Vec<String> {
        result
            .expect_err("refused")
            .iter()
            .map(|e| e.located_in(Lang::Nl))
            .collect()
    };
    // A line IND was not asked for, typed into the sheet: it reaches the merge, which names it.
    let text = read(&|rows| {
        let mut extra = rows[0].clone();
        extra[0] = Cell::text("AFG");
        extra[7] = Cell::euro(50_000);
        rows.push(extra);
    })
    .unwrap();
    let answer = read_contribution("verzoek-ind.xlsx", &text).unwrap();
    let draft = merge_answers(&plan, &[("verzoek-ind.xlsx".into(), answer)], context(&b));
    assert!(draft.answers[0].problems.contains(&AnswerProblem::NotAsked {
        country: "AFG".into(),
        instrument: "return-agreements".into()
    }));
    // The same line and year twice with another amount, a row without its instrument code, a
    // negative amount: each refused with its cell, in words.
    let errors = refusals(read(&|rows| {
        let mut copy = rows[0].clone();
        copy[7] = Cell::euro(1);
        rows.push(copy);
    }));
    assert!(
        errors[0].contains("staan al in rij 2, met andere waarden"),
        "{errors:?}"
    );
    let errors = refusals(read(&|rows| rows[0][2] = Cell::Empty));
    assert!(
        errors[0].starts_with("Bijdrage!C2: de instrumentcode ontbreekt"),
        "{errors:?}"
    );
    let errors = refusals(read(&|rows| rows[0][4] = Cell::number(2030.0)));
    assert_eq!(
        errors,
        ["Bijdrage!E2: het jaar ‘2030’ valt buiten het plan (2025–2029)"]
    );
    let errors = refusals(read(&|rows| rows[0][7] = Cell::number(-5.0)));
    assert!(
        errors[0].ends_with("‘-5’ is negatief; bedragen en fte zijn 0 of meer"),
        "{errors:?}"
    );
}

#[test]
fn a_blank_answer_cell_or_a_deleted_year_row_keeps_the_asked_value_never_0() {
    use beleidsagenda_model::plan::contribution::read_contribution;
    use beleidsagenda_model::plan::contribution_sheet::{contribution_text_from_xlsx, contribution_workbook};
    use beleidsagenda_model::sheet::xlsx_write::write_xlsx;
    use beleidsagenda_model::sheet::Cell;
    use beleidsagenda_model::Lang;
    let b = bundle();
    let planned = eur(&plan(&b), &b, "MAR", "return-agreements", 2025, "500000");
    let (plan, ind) = ask(&planned, Org::Ind);
    let book = contribution_workbook(&ind, &b.dataset, Lang::Nl, made());
    let morocco = |year: f64| {
        book.sheets[1]
            .rows
            .iter()
            .position(|r| {
                r[0] == Cell::text("MAR")
                    && r[2] == Cell::text("return-agreements")
                    && r[4] == Cell::number(year)
            })
            .unwrap()
    };
    let asked = value(&plan, "MAR", 2025);
    assert!(asked > 0 && value(&plan, "MAR", 2026) > 0);
    let mut filled = book.clone();
    // 2025's answer cells cleared, 2026's row deleted, 2027 answered.
    let (y2025, y2026, y2027) = (morocco(2025.0), morocco(2026.0), morocco(2027.0));
    filled.sheets[1].rows[y2025][7] = Cell::Empty;
    filled.sheets[1].rows[y2025][8] = Cell::Empty;
    filled.sheets[1].rows[y2027][7] = Cell::euro(333_000);
    filled.sheets[1].rows.remove(y2026);
    let text = contribution_text_from_xlsx("antwoord.xlsx", &write_xlsx(&filled), "2026-12-10").unwrap();
    let answer = read_contribution("antwoord.xlsx", &text).unwrap();
    let draft = merge_answers(&plan, &[("antwoord.xlsx".into(), answer)], context(&b));
    assert_eq!(value(&draft.plan, "MAR", 2025), asked, "blank is no answer");
    assert_eq!(
        value(&draft.plan, "MAR", 2026),
        value(&plan, "MAR", 2026),
        "a deleted row changes nothing"
    );
    assert_eq!(value(&draft.plan, "MAR", 2027), 333_000);
    assert_eq!(draft.answers[0].values_changed, 1);
}

#[test]
fn a_request_sheet_with_a_header_twice_or_copied_is_read_as_the_app_wrote_it_or_refused() {
    use beleidsagenda_model::plan::contribution_sheet::{contribution_text_from_xlsx, contribution_workbook};
    use beleidsagenda_model::sheet::xlsx_write::write_xlsx;
    use beleidsagenda_model::sheet::{Cell, Column};
    use beleidsagenda_model::Lang;
    let b = bundle();
    let (_, ind) = ask(&plan(&b), Org::Ind);
    let book = contribution_workbook(&ind, &b.dataset, Lang::Nl, made());
    // A second "EUR, uw antwoord" column: which one is meant cannot be told; refused by its cell.
    let mut twice = book.clone();
    twice.sheets[1].columns.push(Column::new("EUR, uw antwoord"));
    for row in &mut twice.sheets[1].rows {
        row.resize(10, Cell::Empty);
        row.push(Cell::euro(777));
    }
    let errors = contribution_text_from_xlsx("x.xlsx", &write_xlsx(&twice), "2026-12-10").unwrap_err();
    assert_eq!(
        errors[0].located_in(Lang::Nl),
        "Bijdrage!K1: de kolom ‘EUR, uw antwoord’ staat twee keer in de kopregel (ook in H1); laat er één staan, zodat vaststaat welke gelezen wordt"
    );
    // A copy Excel put before the sheet ("Bijdrage (2)", unedited) is not read in its place.
    let mut copied = book.clone();
    copied.sheets[1].rows[0][7] = Cell::euro(123_456);
    let mut copy = book.sheets[1].clone();
    copy.name = "Bijdrage (2)".into();
    copied.sheets.insert(1, copy);
    let text = contribution_text_from_xlsx("x.xlsx", &write_xlsx(&copied), "2026-12-10").unwrap();
    assert!(text.contains("123456"), "the sheet named Bijdrage is read");
}
