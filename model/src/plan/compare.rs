//! Two plans side by side: what differs in money (per year and envelope), in FTE (per
//! organisation and year) and in countries.

use std::collections::BTreeMap;

use crate::plan::totals::Totals;
use crate::plan::types::{Org, Plan, PLAN_YEARS};

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct PlanDifference {
    /// Year → (left, right) euros, only where they differ.
    pub money_by_year: BTreeMap<u16, (i64, i64)>,
    /// Envelope → (left, right) euros over all years, only where they differ.
    pub money_by_envelope: BTreeMap<String, (i64, i64)>,
    /// (organisation, year) → (left, right) FTE hundredths, only where they differ.
    pub fte: BTreeMap<(Org, u16), (u32, u32)>,
    pub only_left: Vec<String>,
    pub only_right: Vec<String>,
    /// Countries in both whose euros differ: (left, right).
    pub changed: BTreeMap<String, (i64, i64)>,
}

impl PlanDifference {
    pub fn is_empty(&self) -> bool {
        *self == PlanDifference::default()
    }
}

pub fn compare_plans(left: &Plan, right: &Plan, a: &Totals, b: &Totals) -> PlanDifference {
    let mut d = PlanDifference::default();
    for year in PLAN_YEARS {
        let (x, y) = (
            a.by_year.get(&year).copied().unwrap_or(0),
            b.by_year.get(&year).copied().unwrap_or(0),
        );
        if x != y {
            d.money_by_year.insert(year, (x, y));
        }
        for org in Org::ALL {
            let (x, y) = (a.fte_planned(org, year), b.fte_planned(org, year));
            if x != y {
                d.fte.insert((org, year), (x, y));
            }
        }
    }
    let envelopes: std::collections::BTreeSet<&String> =
        crate::order::set_from(a.by_envelope.keys().chain(b.by_envelope.keys()));
    for e in envelopes {
        let (x, y) = (
            a.by_envelope.get(e).copied().unwrap_or(0),
            b.by_envelope.get(e).copied().unwrap_or(0),
        );
        if x != y {
            d.money_by_envelope.insert(e.clone(), (x, y));
        }
    }
    let (lc, rc) = (left.countries(), right.countries());
    d.only_left = lc.iter().filter(|c| !rc.contains(c)).cloned().collect();
    d.only_right = rc.iter().filter(|c| !lc.contains(c)).cloned().collect();
    for c in lc.iter().filter(|c| rc.contains(c)) {
        let (x, y) = (
            a.by_country.get(c).copied().unwrap_or(0),
            b.by_country.get(c).copied().unwrap_or(0),
        );
        if x != y {
            d.changed.insert(c.clone(), (x, y));
        }
    }
    d
}
