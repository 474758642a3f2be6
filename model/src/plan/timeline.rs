//! The agenda's dated events and the plan's milestones and status changes on one line of time.

use crate::data::agenda::{Agenda, Block, SourceRef};
use crate::lang::LocalText;
use crate::plan::types::{PartnershipStatus, Plan};

#[derive(Clone, Debug, PartialEq)]
pub enum TimelineItem {
    /// A decision or event of the agenda, with its sources.
    Agenda {
        date: String,
        text: LocalText,
        sources: Vec<SourceRef>,
    },
    Milestone {
        date: String,
        label: String,
        country: Option<String>,
    },
    Status {
        date: String,
        country: String,
        status: PartnershipStatus,
        reason: String,
        source: Option<String>,
    },
}

impl TimelineItem {
    pub fn date(&self) -> &str {
        match self {
            TimelineItem::Agenda { date, .. }
            | TimelineItem::Milestone { date, .. }
            | TimelineItem::Status { date, .. } => date,
        }
    }
}

/// Everything dated, oldest first; on the same date the agenda comes first.
pub fn timeline(agenda: &Agenda, plan: &Plan) -> Vec<TimelineItem> {
    let mut items: Vec<TimelineItem> = agenda
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::Event(e) => Some(TimelineItem::Agenda {
                date: e.date.clone(),
                text: e.text.clone(),
                sources: e.sources.clone(),
            }),
            _ => None,
        })
        .collect();
    items.extend(plan.milestones.iter().map(|m| TimelineItem::Milestone {
        date: m.date.clone(),
        label: m.label.clone(),
        country: m.country.clone(),
    }));
    items.extend(plan.statuses.iter().map(|s| TimelineItem::Status {
        date: s.date.clone(),
        country: s.country.clone(),
        status: s.status,
        reason: s.reason.clone(),
        source: s.source.clone(),
    }));
    let order = |i: &TimelineItem| match i {
        TimelineItem::Agenda { .. } => 0,
        TimelineItem::Milestone { .. } => 1,
        TimelineItem::Status { .. } => 2,
    };
    // "2026-03" sorts before "2026-03-05": a month stands for its start.
    crate::order::sort_by(&mut items, |a, b| {
        a.date().cmp(b.date()).then(order(a).cmp(&order(b)))
    });
    items
}

/// What changed in the plan since a date: status changes and rows added on or after it.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ChangesSince {
    pub statuses: Vec<crate::plan::types::StatusChange>,
    /// (country, instrument, date added).
    pub rows_added: Vec<(String, String, String)>,
    /// (country, date reviewed): tier decisions reviewed since.
    pub reviews_done: Vec<(String, String)>,
}

pub fn changes_since(plan: &Plan, date: &str) -> ChangesSince {
    ChangesSince {
        statuses: plan
            .statuses
            .iter()
            .filter(|s| s.date.as_str() >= date)
            .cloned()
            .collect(),
        rows_added: plan
            .rows
            .iter()
            .filter(|r| r.added.as_str() >= date)
            .map(|r| (r.country.clone(), r.instrument.clone(), r.added.clone()))
            .collect(),
        reviews_done: plan
            .reviews
            .iter()
            .flat_map(|r| r.done.iter().map(move |d| (r.country.clone(), d.clone())))
            .filter(|(_, d)| d.as_str() >= date)
            .collect(),
    }
}
