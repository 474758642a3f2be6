//! The memo checks over a plan of 2,000 lines (200 countries × 10 instruments, half of them in
//! the intensive tier, amounts in every year) after one edit: the edit applied and every check
//! run again, as the plan page does on each change. Native (release); the browser runs the same
//! code as wasm. `cargo bench -p beleidsagenda-model --bench memo` prints one JSON line.

use std::hint::black_box;
use std::time::Instant;

use beleidsagenda_model::plan::memo::{check_plan, CheckInputs};
use beleidsagenda_model::plan::{
    Field, LineRef, Plan, PlanAction, PlanContext, PlanRow, YearAmount, PLAN_YEARS,
};
use beleidsagenda_model::selection::Tier;
use beleidsagenda_model::Bundle;

fn main() {
    let bundle = Bundle::bundled(2026).unwrap();
    let dataset = &bundle.dataset;
    let instruments: Vec<String> = dataset
        .instruments
        .iter()
        .take(10)
        .map(|i| i.id.clone())
        .collect();
    let countries: Vec<String> = (0..200).map(|i| format!("C{i:03}")).collect();
    let mut plan = Plan::default();
    for (c, country) in countries.iter().enumerate() {
        for (k, instrument) in instruments.iter().enumerate() {
            let mut row = PlanRow::new(
                country,
                instrument,
                beleidsagenda_model::plan::Org::AsylumMigration,
                "2026-06-01",
            );
            for year in PLAN_YEARS {
                row.years.insert(
                    year,
                    YearAmount {
                        eur: ((c * 31 + k * 7) % 9 * 10_000) as i64,
                        fte_hundredths: ((c + k) % 3 * 25) as u32,
                    },
                );
            }
            plan.rows.push(row);
        }
    }
    // The edit goes to a country of the bundle, so that the reducer accepts it.
    plan.rows[0].country = "MAR".into();
    let tier = |c: &str| {
        Some(if c.ends_with(['0', '2', '4', '6', '8']) {
            Tier::Intensive
        } else {
            Tier::Targeted
        })
    };
    let context = PlanContext {
        dataset,
        envelopes: &bundle.envelopes,
        today: "2026-12-04",
    };
    let mut times = Vec::new();
    for run in 0..200u32 {
        let start = Instant::now();
        let edited = plan
            .apply(
                PlanAction::SetAmount {
                    line: LineRef::Row {
                        country: "MAR".into(),
                        instrument: instruments[0].clone(),
                    },
                    year: 2027,
                    field: Field::Eur,
                    text: (1000 + run).to_string(),
                },
                context,
            )
            .unwrap();
        let report = check_plan(&CheckInputs {
            plan: &edited,
            dataset,
            tier: &tier,
            adjustments: &[],
            fte_shortfalls: &[],
            today: "2026-12-04",
        });
        black_box(report);
        times.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    let p = |q: f64| times[((times.len() as f64 - 1.0) * q).round() as usize];
    println!(
        "{{\"lines\":{},\"runs\":{},\"median_ms\":{:.2},\"p95_ms\":{:.2},\"max_ms\":{:.2}}}",
        plan.rows.len(),
        times.len(),
        p(0.5),
        p(0.95),
        p(1.0)
    );
}
