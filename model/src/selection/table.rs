//! The ranking as a table for people: what *Kopieer tabel* puts on the clipboard (HTML for a word
//! processor, tab-separated text for everything else) and what the printed annex shows. One
//! format per column: scores with two decimals, coverage and tier kept as percentages.

use std::collections::BTreeMap;

use crate::data::dataset::Dataset;
use crate::lang::Lang;
use crate::selection::labels as selection_labels;
use crate::selection::sensitivity::Stability;
use crate::selection::{AdjustmentKind, RankedCountry, SelectionSettings};
use crate::sheet::csv::neutralised;
use crate::text::format::{date, fixed, percent_fixed};
use crate::text::i18n::{t, Key};
use crate::text::labels;

#[derive(Clone, Debug, PartialEq)]
pub struct TextTable {
    pub caption: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Every country in rank order (unranked ones after, by name), as the CSV orders them.
pub fn ranking_table(
    dataset: &Dataset,
    settings: &SelectionSettings,
    ranking: &[RankedCountry],
    stability: Option<&BTreeMap<String, Stability>>,
    lang: Lang,
) -> TextTable {
    // The rule-varied share has its column while the run varies the rule, as on screen.
    let vary_rule = settings.sensitivity.vary_rule;
    let mut keys = vec![
        Key::Rank,
        Key::Country,
        Key::Region,
        Key::TierLabel,
        Key::Score,
        Key::Coverage,
        Key::RankRange,
        Key::RankMedian,
        Key::TierKept,
    ];
    if vary_rule {
        keys.push(Key::TierKeptRuleVaried);
    }
    keys.push(Key::AdjustmentLabel);
    let headers = keys.iter().map(|k| t(lang, *k).to_string()).collect();
    let name = |iso3: &str| {
        dataset
            .country(iso3)
            .map(|c| c.name.get(lang).to_string())
            .unwrap_or_else(|| iso3.to_string())
    };
    let mut ordered: Vec<&RankedCountry> = ranking.iter().collect();
    crate::order::sort_by_key(&mut ordered, |r| (r.rank.is_none(), r.rank, name(&r.iso3)));
    let rows = ordered
        .into_iter()
        .map(|row| {
            let stable = stability.and_then(|s| s.get(&row.iso3));
            let adjustment = settings.adjustment_for(&row.iso3).map(|a| {
                let kind = match a.kind {
                    AdjustmentKind::Include => t(lang, Key::AdjustInclude).to_string(),
                    AdjustmentKind::Exclude => t(lang, Key::AdjustExclude).to_string(),
                    AdjustmentKind::ForceTier(tier) => t(lang, selection_labels::tier(tier)).to_string(),
                };
                format!("{kind}: {} ({})", a.reason, date(&a.date, lang))
            });
            let mut cells = vec![
                row.rank.map(|r| r.to_string()).unwrap_or_default(),
                name(&row.iso3),
                dataset
                    .country(&row.iso3)
                    .map(|c| t(lang, labels::region(c.region)).to_string())
                    .unwrap_or_default(),
                selection_labels::tier_or_status(row, lang).to_string(),
                row.score.map(|s| fixed(s, 2, lang)).unwrap_or_default(),
                percent_fixed(row.coverage, 0, lang),
                stable.map(Stability::range_text).unwrap_or_default(),
                stable
                    .map(|s| match s.rank_outside(row.rank) {
                        Some(true) => {
                            format!("{} ({})", s.rank_median, t(lang, Key::PlaceDependsOnAssumptions))
                        }
                        _ => s.rank_median.to_string(),
                    })
                    .unwrap_or_default(),
                stable
                    .map(|s| percent_fixed(s.tier_kept, 0, lang))
                    .unwrap_or_default(),
            ];
            if vary_rule {
                cells.push(
                    stable
                        .and_then(|s| s.tier_kept_rule_varied)
                        .map(|k| percent_fixed(k, 0, lang))
                        .unwrap_or_default(),
                );
            }
            cells.push(adjustment.unwrap_or_default());
            cells
        })
        .collect();
    TextTable {
        caption: t(lang, Key::RankingCaption).to_string(),
        headers,
        rows,
    }
}

impl TextTable {
    /// A complete HTML table: a word processor pastes it as a table with a header row.
    pub fn to_html(&self) -> String {
        let mut out = String::from("<table><caption>");
        out.push_str(&escape(&self.caption));
        out.push_str("</caption><thead><tr>");
        for header in &self.headers {
            out.push_str(&format!("<th>{}</th>", escape(header)));
        }
        out.push_str("</tr></thead><tbody>");
        for row in &self.rows {
            out.push_str("<tr>");
            for cell in row {
                out.push_str(&format!("<td>{}</td>", escape(&neutralised(cell))));
            }
            out.push_str("</tr>");
        }
        out.push_str("</tbody></table>");
        out
    }

    /// Tab-separated, a header line first; tabs and line breaks inside a cell become spaces.
    pub fn to_tsv(&self) -> String {
        let line = |cells: &[String]| {
            cells
                .iter()
                .map(|c| neutralised(c).replace(['\t', '\n', '\r'], " "))
                .collect::<Vec<_>>()
                .join("\t")
        };
        let mut lines = vec![line(&self.headers)];
        lines.extend(self.rows.iter().map(|r| line(r)));
        lines.join("\r\n") + "\r\n"
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
