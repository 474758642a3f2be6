//! The ranking as CSV: one row per country with rank, tier, score, coverage, the adjustment,
//! the sensitivity run's range, median and tier kept, and every criterion's kind of figure (measured, below a list's bound, unknown), value or
//! bound, year and source id, so a spreadsheet can check every number.

use std::collections::{BTreeMap, BTreeSet};

use crate::data::dataset::{Dataset, Reading};
use crate::selection::sensitivity::Stability;
use crate::selection::url_state::region_code;
use crate::selection::{AdjustmentKind, RankedCountry, SelectionSettings, Status, Tier};
use crate::sheet::common::{settings_sheet, sources_sheet};
use crate::sheet::csv::{write_csv, Dialect};
use crate::sheet::{Cell, NumberFormat, Sheet, Workbook};
use crate::text::format::percent_fixed;
use crate::text::i18n::{t, Key};
use crate::text::lang::Lang;
use crate::text::messages::{tr, Msg};

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

/// The ranking as a typed sheet: one row per country, codes in the header (the same as the CSV's,
/// so a tool reads both), numbers as numbers. The robustness columns say "not yet computed"
/// while no sensitivity run matches the settings.
pub fn ranking_sheet(
    dataset: &Dataset,
    settings: &SelectionSettings,
    ranking: &[RankedCountry],
    stability: Option<&BTreeMap<String, Stability>>,
    lang: Lang,
) -> Sheet {
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
        for part in ["kind", "value", "bound", "year", "source"] {
            header.push(format!("{}_{part}", indicator.id));
        }
    }
    let headers: Vec<&str> = header.iter().map(String::as_str).collect();
    let mut sheet = Sheet::table(t(lang, Key::SheetRanking), &headers);
    let mut ordered: Vec<&RankedCountry> = ranking.iter().collect();
    crate::order::sort_by_key(&mut ordered, |r| (r.rank.is_none(), r.rank, r.iso3.clone()));
    let round4 = |v: f64| (v * 10_000.0).round() / 10_000.0;
    for row in ordered {
        let adjustment = settings.adjustment_for(&row.iso3);
        let country = dataset.country(&row.iso3);
        let mut cells = vec![
            Cell::opt_number(row.rank.map(|r| r as f64)),
            Cell::text(&row.iso3),
            Cell::text(country.map(|c| c.name.get(lang)).unwrap_or_default()),
            Cell::text(country.map(|c| region_code(c.region)).unwrap_or_default()),
            Cell::text(tier_code(row.tier)),
            Cell::text(tier_code(row.computed_tier)),
            Cell::opt_number(row.score.map(round4)),
            Cell::number(round4(row.coverage)),
            Cell::text(status_code(row.status)),
            Cell::text(
                adjustment
                    .map(|a| match a.kind {
                        AdjustmentKind::Include => "include".to_string(),
                        AdjustmentKind::Exclude => "exclude".to_string(),
                        AdjustmentKind::ForceTier(t) => format!("tier:{}", tier_code(Some(t))),
                    })
                    .unwrap_or_default(),
            ),
            Cell::text(adjustment.map(|a| a.reason.clone()).unwrap_or_default()),
            Cell::date(adjustment.map(|a| a.date.as_str()).unwrap_or_default()),
        ];
        match stability.and_then(|s| s.get(&row.iso3)) {
            Some(s) => cells.extend([
                Cell::number(s.rank_low as f64),
                Cell::number(s.rank_median as f64),
                Cell::number(s.rank_high as f64),
                Cell::number(round4(s.tier_kept)),
                Cell::opt_number(s.tier_kept_rule_varied.map(round4)),
                Cell::text(
                    s.rank_outside(row.rank)
                        .map(|o| o.to_string())
                        .unwrap_or_default(),
                ),
            ]),
            // Not yet computed (an export in the first seconds) is said in every such cell: an
            // empty one would read as "no range".
            None => cells.extend(std::iter::repeat_n(
                Cell::text(t(lang, Key::SensitivityNotYetComputed)),
                6,
            )),
        }
        for indicator in &dataset.indicators {
            // Missing stays empty, never 0; a bound is never written as a value.
            match dataset.reading(&row.iso3, &indicator.id) {
                Reading::Measured(figure) => cells.extend([
                    Cell::text("measured"),
                    Cell::number(figure.value),
                    Cell::Empty,
                    Cell::opt_number(figure.year.map(f64::from)),
                    Cell::text(figure.source),
                ]),
                Reading::BelowBound { bound, source, .. } => cells.extend([
                    Cell::text("below_bound"),
                    Cell::Empty,
                    Cell::number(bound),
                    Cell::Empty,
                    Cell::text(source),
                ]),
                Reading::Unknown => cells.extend([
                    Cell::text("unknown"),
                    Cell::Empty,
                    Cell::Empty,
                    Cell::Empty,
                    Cell::Empty,
                ]),
            }
        }
        sheet.rows.push(cells);
    }
    sheet.fit_columns();
    sheet
}

/// The ranking as CSV in `dialect`.
pub fn ranking_csv(
    dataset: &Dataset,
    settings: &SelectionSettings,
    ranking: &[RankedCountry],
    stability: Option<&BTreeMap<String, Stability>>,
    lang: Lang,
    dialect: Dialect,
) -> String {
    write_csv(
        &ranking_sheet(dataset, settings, ranking, stability, lang),
        dialect,
    )
}

/// The ranking as an `.xlsx`: the ranking, the settings that produced it in words with `link`
/// (the part of the page's address after `#`, which reproduces the view in any copy of the app;
/// never the whole address, which names the folder it was opened from), and every source its
/// figures cite.
#[allow(clippy::too_many_arguments)]
pub fn ranking_workbook(
    dataset: &Dataset,
    settings: &SelectionSettings,
    ranking: &[RankedCountry],
    stability: Option<&BTreeMap<String, Stability>>,
    lang: Lang,
    link: &str,
    today: &str,
    confidential: bool,
) -> Workbook {
    let ranked = ranking_sheet(dataset, settings, ranking, stability, lang);
    let mut used: BTreeSet<String> =
        crate::order::set_from(dataset.indicators.iter().map(|i| i.source.clone()));
    for row in ranking {
        for indicator in &dataset.indicators {
            match dataset.reading(&row.iso3, &indicator.id) {
                Reading::Measured(figure) => used.insert(figure.source),
                Reading::BelowBound { source, .. } => used.insert(source),
                Reading::Unknown => false,
            };
        }
    }
    let percent = |v: f64| Cell::Number(v, NumberFormat::Percent);
    let mut rows = vec![
        (t(lang, Key::SettingsLink).to_string(), Cell::text(link)),
        (t(lang, Key::SettingsMadeOn).to_string(), Cell::date(today)),
    ];
    for indicator in &dataset.indicators {
        let grade = settings
            .grades
            .get(&indicator.id)
            .map(|g| f64::from(g.get()))
            .unwrap_or(0.0);
        rows.push((
            format!("{}: {}", t(lang, Key::SettingsWeight), indicator.name.get(lang)),
            Cell::number(grade),
        ));
    }
    rows.push((
        t(lang, Key::SettingsNormalisation).to_string(),
        Cell::text(t(
            lang,
            crate::text::labels::normalisation(settings.normalisation.method),
        )),
    ));
    rows.push((
        t(lang, Key::SettingsTierRule).to_string(),
        Cell::text(crate::text::labels::tier_rule_text(settings.tier_rule, lang)),
    ));
    rows.push((
        t(lang, Key::SettingsMinCoverage).to_string(),
        percent(settings.min_coverage),
    ));
    rows.push((
        t(lang, Key::SettingsAdjustments).to_string(),
        Cell::number(settings.adjustments.len() as f64),
    ));
    let mc = &settings.sensitivity;
    rows.push((
        t(lang, Key::SettingsSensitivity).to_string(),
        Cell::text(format!(
            "{}{}",
            tr(
                lang,
                Msg::AnnexSensitivity {
                    draws: mc.draws,
                    spread: &percent_fixed(mc.spread, 0, lang),
                    seed: mc.seed,
                    vary_rule: mc.vary_rule,
                },
            ),
            match stability {
                Some(_) => String::new(),
                None => format!(" ({})", t(lang, Key::SensitivityNotYetComputed)),
            }
        )),
    ));
    Workbook {
        title: format!("{} {today}", t(lang, Key::SelectionTitle)),
        confidential,
        sheets: vec![
            ranked,
            settings_sheet(rows, lang),
            sources_sheet(dataset, &used, lang),
        ],
    }
}

/// Two scenarios side by side as an `.xlsx`: every country's rank, tier and score in each, the
/// rank change as a formula (with its value), and the settings of both with their links.
#[allow(clippy::too_many_arguments)]
pub fn comparison_workbook(
    dataset: &Dataset,
    left: (&str, &SelectionSettings),
    right: (&str, &SelectionSettings),
    lang: Lang,
    today: &str,
    confidential: bool,
) -> Workbook {
    let (_, _, a) = crate::selection::rank_dataset(dataset, left.1);
    let (_, _, b) = crate::selection::rank_dataset(dataset, right.1);
    let mut sheet = Sheet::table(
        t(lang, Key::SheetComparison),
        &[
            "iso3",
            "country",
            "rank_left",
            "tier_left",
            "score_left",
            "rank_right",
            "tier_right",
            "score_right",
            "rank_change",
            "tier_changed",
        ],
    );
    let round4 = |v: f64| (v * 10_000.0).round() / 10_000.0;
    for (x, y) in a.iter().zip(&b) {
        let row = sheet.rows.len() + 2;
        let change = match (x.rank, y.rank) {
            (Some(l), Some(r)) => Cell::Formula {
                formula: format!("C{row}-F{row}"),
                value: l as f64 - r as f64,
                format: NumberFormat::General,
            },
            _ => Cell::Empty,
        };
        sheet.rows.push(vec![
            Cell::text(&x.iso3),
            Cell::text(dataset.country_name(&x.iso3, lang)),
            Cell::opt_number(x.rank.map(|r| r as f64)),
            Cell::text(tier_code(x.tier)),
            Cell::opt_number(x.score.map(round4)),
            Cell::opt_number(y.rank.map(|r| r as f64)),
            Cell::text(tier_code(y.tier)),
            Cell::opt_number(y.score.map(round4)),
            change,
            Cell::text(if x.tier != y.tier { "true" } else { "false" }),
        ]);
    }
    sheet.fit_columns();
    let link = |settings: &SelectionSettings| {
        Cell::text(format!("?{}", crate::selection::url_state::encode(settings)))
    };
    let settings = settings_sheet(
        vec![
            (t(lang, Key::SettingsMadeOn).to_string(), Cell::date(today)),
            (format!("{}: {}", t(lang, Key::CompareLeft), left.0), link(left.1)),
            (
                format!("{}: {}", t(lang, Key::CompareRight), right.0),
                link(right.1),
            ),
        ],
        lang,
    );
    Workbook {
        title: format!("{} {today}", t(lang, Key::CompareTitle)),
        confidential,
        sheets: vec![sheet, settings],
    }
}
