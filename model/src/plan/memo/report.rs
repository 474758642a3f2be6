//! The checks for a plan as a view outside the plan page needs them (the country page): the
//! plan's own selection ranked for its tiers, its adjustments, and the FTE it plans against what
//! is available. The plan page computes these once per change itself and calls `check_plan`.

use std::collections::BTreeMap;

use crate::data::dataset::Dataset;
use crate::plan::memo::checks::{check_plan, CheckInputs, MemoReport};
use crate::plan::totals::totals;
use crate::plan::types::Plan;
use crate::selection::rank_dataset;
use crate::selection::url_state::decode;

pub fn report_for_plan(plan: &Plan, dataset: &Dataset, today: &str) -> MemoReport {
    let (settings, _) = decode(&plan.selection, dataset);
    let (_, _, ranking) = rank_dataset(dataset, &settings);
    let tiers: BTreeMap<&str, _> = crate::order::map_from(
        ranking
            .iter()
            .filter_map(|r| r.tier.map(|tier| (r.iso3.as_str(), tier))),
    );
    let tier = |c: &str| tiers.get(c).copied();
    let shortfalls = totals(plan, &tier).fte_shortfalls(plan);
    check_plan(&CheckInputs {
        plan,
        dataset,
        tier: &tier,
        adjustments: &settings.adjustments,
        fte_shortfalls: &shortfalls,
        today,
    })
}
