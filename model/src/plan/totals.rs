//! The plan's sums, exact in whole euros and hundredths of an FTE: per year, envelope,
//! organisation, country and tier, and where the plan asks more than an envelope or an
//! organisation's capacity holds.

use std::collections::BTreeMap;

use crate::plan::types::{Envelope, Org, Plan, PLAN_YEARS};
use crate::selection::Tier;

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Totals {
    pub by_year: BTreeMap<u16, i64>,
    /// (envelope id, year) → euros planned.
    pub by_envelope_year: BTreeMap<(String, u16), i64>,
    pub by_envelope: BTreeMap<String, i64>,
    /// Euros by lead organisation (the lead carries the row's money).
    pub by_org: BTreeMap<Org, i64>,
    /// (lead organisation, year) → FTE hundredths planned.
    pub fte_by_org_year: BTreeMap<(Org, u16), u32>,
    pub by_country: BTreeMap<String, i64>,
    /// `None`: countries the selection gives no tier (planned by hand).
    pub by_tier: BTreeMap<Option<Tier>, i64>,
    pub fte_by_year: BTreeMap<u16, u32>,
    pub total: i64,
}

/// More planned than an envelope holds in a year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Overcommitment {
    pub envelope: String,
    pub year: u16,
    pub planned: i64,
    pub available: i64,
}

impl Overcommitment {
    pub fn excess(&self) -> i64 {
        self.planned - self.available
    }
}

/// More FTE planned for an organisation in a year than the user said it has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FteShortfall {
    pub org: Org,
    pub year: u16,
    pub planned: u32,
    pub available: u32,
}

/// Sums the plan. `tier_of` gives each country's tier in the plan's selection.
pub fn totals(plan: &Plan, tier_of: &dyn Fn(&str) -> Option<Tier>) -> Totals {
    let mut t = Totals::default();
    for year in PLAN_YEARS {
        t.by_year.insert(year, 0);
        t.fte_by_year.insert(year, 0);
    }
    for row in &plan.rows {
        let tier = tier_of(&row.country);
        for (year, amount) in &row.years {
            *t.by_year.entry(*year).or_default() += amount.eur;
            *t.fte_by_year.entry(*year).or_default() += amount.fte_hundredths;
            *t.by_envelope_year
                .entry((row.envelope.clone(), *year))
                .or_default() += amount.eur;
            *t.by_envelope.entry(row.envelope.clone()).or_default() += amount.eur;
            *t.by_org.entry(row.lead).or_default() += amount.eur;
            *t.fte_by_org_year.entry((row.lead, *year)).or_default() += amount.fte_hundredths;
            *t.by_country.entry(row.country.clone()).or_default() += amount.eur;
            *t.by_tier.entry(tier).or_default() += amount.eur;
            t.total += amount.eur;
        }
    }
    t
}

impl Totals {
    pub fn planned(&self, envelope: &str, year: u16) -> i64 {
        self.by_envelope_year
            .get(&(envelope.to_string(), year))
            .copied()
            .unwrap_or(0)
    }

    pub fn fte_planned(&self, org: Org, year: u16) -> u32 {
        self.fte_by_org_year.get(&(org, year)).copied().unwrap_or(0)
    }

    /// Every envelope-year where more is planned than the source gives. A year the sources do
    /// not give is never reported: nothing is known to compare with.
    pub fn overcommitments(&self, envelopes: &[Envelope]) -> Vec<Overcommitment> {
        let mut out = Vec::new();
        for envelope in envelopes {
            for year in PLAN_YEARS {
                let planned = self.planned(&envelope.id, year);
                if let Some(available) = envelope.available(year) {
                    if planned > available {
                        out.push(Overcommitment {
                            envelope: envelope.id.clone(),
                            year,
                            planned,
                            available,
                        });
                    }
                }
            }
        }
        out
    }

    /// Every organisation-year with more FTE planned than available; unknown capacity is not
    /// a shortfall.
    pub fn fte_shortfalls(&self, plan: &Plan) -> Vec<FteShortfall> {
        let mut out = Vec::new();
        for (org, available) in &plan.fte_available {
            for year in PLAN_YEARS {
                let planned = self.fte_planned(*org, year);
                if planned > *available {
                    out.push(FteShortfall {
                        org: *org,
                        year,
                        planned,
                        available: *available,
                    });
                }
            }
        }
        out
    }
}
