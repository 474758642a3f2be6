//! Proposals that fill one envelope with countries by value for money: each candidate is a
//! country in a tier that is not in the plan yet, its cost the tier's standard package per year,
//! its value its score. `greedy` takes the best score per euro first; `exact` solves the 0/1
//! integer program (maximise the summed score within what is left of the envelope in every
//! year) by branch and bound in whole euros (`knapsack`); the tests check it against the
//! `microlp` integer-program solver and against brute force.

use std::collections::BTreeMap;

use crate::plan::knapsack::{solve, Item};
use crate::plan::totals::Totals;
use crate::plan::types::{Envelope, Plan, PLAN_YEARS};
use crate::selection::{RankedCountry, Tier};

/// A country the selection gives a tier and a score, with what its package costs per year.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    pub iso3: String,
    pub tier: Tier,
    pub score: f64,
    pub cost: BTreeMap<u16, i64>,
}

impl Candidate {
    pub fn total_cost(&self) -> i64 {
        self.cost.values().sum()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Greedy,
    Exact,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pick {
    pub iso3: String,
    pub tier: Tier,
    pub score: f64,
    pub cost: i64,
}

/// What a proposal adds; the user accepts or rejects it as a whole.
#[derive(Clone, Debug, PartialEq)]
pub struct Proposal {
    pub envelope: String,
    pub method: Method,
    pub picks: Vec<Pick>,
    pub total_score: f64,
    pub total_cost: i64,
    /// Per year: what was left of the envelope before the proposal.
    pub room: BTreeMap<u16, i64>,
    /// Years the envelope's sources do not give: the proposal cannot spend in them.
    pub unknown_years: Vec<u16>,
    /// False when the exact search hit its limit and the greedy proposal stands in.
    pub proven: bool,
}

/// The candidates: tiered countries not yet in the plan whose package has a cost.
pub fn candidates(plan: &Plan, ranking: &[RankedCountry]) -> Vec<Candidate> {
    let planned = plan.countries();
    ranking
        .iter()
        .filter(|r| !planned.contains(&r.iso3))
        .filter_map(|r| {
            let (tier, score) = (r.tier?, r.score?);
            let mut cost = BTreeMap::new();
            for line in plan.packages.get(&tier).into_iter().flatten() {
                for (year, amount) in &line.years {
                    *cost.entry(*year).or_insert(0) += amount.eur;
                }
            }
            cost.retain(|_, v| *v > 0);
            (!cost.is_empty()).then(|| Candidate {
                iso3: r.iso3.clone(),
                tier,
                score,
                cost,
            })
        })
        .collect()
}

/// What is left of the envelope per year it is known for, and the years it is not.
pub fn room(envelope: &Envelope, totals: &Totals) -> (BTreeMap<u16, i64>, Vec<u16>) {
    let mut room = BTreeMap::new();
    let mut unknown = Vec::new();
    for year in PLAN_YEARS {
        match envelope.available(year) {
            Some(available) => {
                room.insert(year, (available - totals.planned(&envelope.id, year)).max(0));
            }
            None => unknown.push(year),
        }
    }
    (room, unknown)
}

/// A candidate fits if it spends nothing in unknown years and within the room in known ones.
fn fits(cost: &BTreeMap<u16, i64>, room: &BTreeMap<u16, i64>) -> bool {
    cost.iter()
        .all(|(year, c)| *c == 0 || room.get(year).is_some_and(|r| c <= r))
}

pub fn propose(envelope: &Envelope, totals: &Totals, candidates: &[Candidate], method: Method) -> Proposal {
    propose_within(envelope, totals, candidates, method, MAX_NODES)
}

/// `propose` with the exact search's node limit given: what happens when a search gives up
/// can be tested without an instance that takes millions of nodes.
pub fn propose_within(
    envelope: &Envelope,
    totals: &Totals,
    candidates: &[Candidate],
    method: Method,
    max_nodes: u64,
) -> Proposal {
    let (room, unknown_years) = room(envelope, totals);
    let (chosen, proven): (Vec<usize>, bool) = match method {
        Method::Greedy => (greedy(candidates, &room), true),
        Method::Exact => match exact_within(candidates, &room, max_nodes) {
            Some(chosen) => (chosen, true),
            None => (greedy(candidates, &room), false),
        },
    };
    let picks: Vec<Pick> = chosen
        .iter()
        .map(|&i| {
            let c = &candidates[i];
            Pick {
                iso3: c.iso3.clone(),
                tier: c.tier,
                score: c.score,
                cost: c.total_cost(),
            }
        })
        .collect();
    Proposal {
        envelope: envelope.id.clone(),
        method,
        total_score: picks.iter().map(|p| p.score).sum(),
        total_cost: picks.iter().map(|p| p.cost).sum(),
        picks,
        room,
        unknown_years,
        proven,
    }
}

/// Best score per euro first; a candidate that no longer fits is skipped, not the end.
pub fn greedy(candidates: &[Candidate], room: &BTreeMap<u16, i64>) -> Vec<usize> {
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    let ratio = |c: &Candidate| c.score / c.total_cost() as f64;
    crate::order::sort_by(&mut order, |&a, &b| {
        ratio(&candidates[b])
            .total_cmp(&ratio(&candidates[a]))
            .then_with(|| candidates[a].iso3.cmp(&candidates[b].iso3))
    });
    let mut left = room.clone();
    let mut chosen = Vec::new();
    for i in order {
        let c = &candidates[i];
        if fits(&c.cost, &left) {
            for (year, cost) in &c.cost {
                if let Some(r) = left.get_mut(year) {
                    *r -= cost;
                }
            }
            chosen.push(i);
        }
    }
    crate::order::sort(&mut chosen);
    chosen
}

/// Nodes the exact search may visit before it gives up proving the optimum: a bound on the work
/// of one click, at least ten times what the hardest of the tests' 60-candidate, five-year cases
/// needs (2^17 nodes; tested).
pub const MAX_NODES: u64 = 2_000_000;

/// The optimum of the 0/1 program (`knapsack::solve`, branch and bound in whole euros), or
/// `None` if it could not be proven within `MAX_NODES` (the caller then falls back to `greedy`
/// and says so).
pub fn exact(candidates: &[Candidate], room: &BTreeMap<u16, i64>) -> Option<Vec<usize>> {
    exact_within(candidates, room, MAX_NODES)
}

/// `exact` with a node limit of the caller's.
pub fn exact_within(
    candidates: &[Candidate],
    room: &BTreeMap<u16, i64>,
    max_nodes: u64,
) -> Option<Vec<usize>> {
    let years: Vec<u16> = room.keys().copied().collect();
    let rooms: Vec<i64> = years.iter().map(|y| room[y]).collect();
    let items: Vec<Item> = candidates
        .iter()
        .map(|c| Item {
            // A candidate that would spend in a year the envelope is not known for cannot be
            // chosen: value 0 leaves it out of the search.
            value: if fits_known_years(&c.cost, room) {
                c.score
            } else {
                0.0
            },
            cost: years
                .iter()
                .map(|y| c.cost.get(y).copied().unwrap_or(0))
                .collect(),
        })
        .collect();
    solve(&items, &rooms, max_nodes)
}

fn fits_known_years(cost: &BTreeMap<u16, i64>, room: &BTreeMap<u16, i64>) -> bool {
    cost.iter().all(|(y, c)| *c == 0 || room.contains_key(y))
}
