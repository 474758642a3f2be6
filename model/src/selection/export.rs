//! The ranking as CSV: one row per country with rank, tier, score, coverage, the adjustment,
//! the sensitivity run's range, median and tier kept, and every criterion's kind of figure (measured, below a list's bound, unknown), value or
//! bound, year and source id, so a spreadsheet can check every number.

use std::collections::BTreeMap;

use crate::data::dataset::{Dataset, Reading};
use crate::selection::sensitivity::Stability;
use crate::selection::url_state::region_code;
use crate::selection::{AdjustmentKind, RankedCountry, SelectionSettings, Status, Tier};
use crate::text::lang::Lang;

pub fn tier_code(tier: Option<Tier>) -> &'static str {
    match tier {
        Some(Tier::Intensive) => "intensive",
        Some(Tier::Targeted) => "targeted",
        Some(Tier::Monitor) => "monitor",
        None => "",
    }
}

fn status_code(status: Status) -> &'static str {
    match status {
        Status::Ranked => "ranked",
        Status::NoData => "no_data",
        Status::LowCoverage => "low_coverage",
        Status::ExcludedByHand => "excluded",
    }
}

/// CSV with a header row; fields quoted where needed (RFC 4180). Numbers use a dot, so the
/// file reads the same in every locale; names are in `lang`.
/// The robustness columns are empty while no sensitivity run matches the settings.
pub fn ranking_csv(
    dataset: &Dataset,
    settings: &SelectionSettings,
    ranking: &[RankedCountry],
    stability: Option<&BTreeMap<String, Stability>>,
    lang: Lang,
) -> String {
    let mut header: Vec<String> = [
        "rank",
        "iso3",
        "country",
        "region",
        "tier",
        "tier_by_score",
        "score",
        "coverage",
        "status",
        "adjustment",
        "adjustment_reason",
        "adjustment_date",
        "rank_low",
        "rank_median",
        "rank_high",
        "tier_kept",
        "tier_kept_rule_varied",
        "place_depends_on_assumptions",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for indicator in &dataset.indicators {
        header.push(format!("{}_kind", indicator.id));
        header.push(format!("{}_value", indicator.id));
        header.push(format!("{}_bound", indicator.id));
        header.push(format!("{}_year", indicator.id));
        header.push(format!("{}_source", indicator.id));
    }
    let mut rows = vec![header];
    let mut ordered: Vec<&RankedCountry> = ranking.iter().collect();
    ordered.sort_by_key(|r| (r.rank.is_none(), r.rank, r.iso3.clone()));
    for row in ordered {
        let adjustment = settings.adjustment_for(&row.iso3);
        let mut fields = vec![
            row.rank.map(|r| r.to_string()).unwrap_or_default(),
            row.iso3.clone(),
            dataset
                .country(&row.iso3)
                .map(|c| c.name.get(lang).to_string())
                .unwrap_or_default(),
            dataset
                .country(&row.iso3)
                .map(|c| region_code(c.region).to_string())
                .unwrap_or_default(),
            tier_code(row.tier).to_string(),
            tier_code(row.computed_tier).to_string(),
            row.score.map(|s| format!("{s:.4}")).unwrap_or_default(),
            format!("{:.4}", row.coverage),
            status_code(row.status).to_string(),
            adjustment
                .map(|a| match a.kind {
                    AdjustmentKind::Include => "include".to_string(),
                    AdjustmentKind::Exclude => "exclude".to_string(),
                    AdjustmentKind::ForceTier(t) => format!("tier:{}", tier_code(Some(t))),
                })
                .unwrap_or_default(),
            adjustment.map(|a| a.reason.clone()).unwrap_or_default(),
            adjustment.map(|a| a.date.clone()).unwrap_or_default(),
        ];
        match stability.and_then(|s| s.get(&row.iso3)) {
            Some(s) => fields.extend([
                s.rank_low.to_string(),
                s.rank_median.to_string(),
                s.rank_high.to_string(),
                format!("{:.4}", s.tier_kept),
                s.tier_kept_rule_varied
                    .map(|k| format!("{k:.4}"))
                    .unwrap_or_default(),
                s.rank_outside(row.rank)
                    .map(|o| o.to_string())
                    .unwrap_or_default(),
            ]),
            None => fields.extend(std::iter::repeat_n(String::new(), 6)),
        }
        for indicator in &dataset.indicators {
            // Missing stays empty, never 0; a bound is never written as a value.
            match dataset.reading(&row.iso3, &indicator.id) {
                Reading::Measured(figure) => fields.extend([
                    "measured".to_string(),
                    format!("{}", figure.value),
                    String::new(),
                    figure.year.map(|y| y.to_string()).unwrap_or_default(),
                    figure.source,
                ]),
                Reading::BelowBound { bound, source, .. } => fields.extend([
                    "below_bound".to_string(),
                    String::new(),
                    format!("{bound}"),
                    String::new(),
                    source,
                ]),
                Reading::Unknown => fields.extend([
                    "unknown".to_string(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                ]),
            }
        }
        rows.push(fields);
    }
    let mut out = String::new();
    for fields in rows {
        let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

pub fn csv_field(field: &str) -> String {
    // A leading =, +, - or @ would be a formula in a spreadsheet: prefix it with '.
    let safe =
        if field.starts_with(['=', '+', '@']) || (field.starts_with('-') && field.parse::<f64>().is_err()) {
            format!("'{field}")
        } else {
            field.to_string()
        };
    if safe.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", safe.replace('"', "\"\""))
    } else {
        safe
    }
}
