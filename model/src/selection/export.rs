//! The ranking as CSV: one row per country with rank, tier, score, coverage, the adjustment,
//! the sensitivity run's range, median and tier kept, and every criterion's kind of figure (measured, below a list's bound, unknown), value or
//! bound, year and source id, so a spreadsheet can check every number.

use std::collections::{BTreeMap, BTreeSet};

use crate::data::dataset::{Dataset, IndicatorUnit, Reading};
use crate::lang::Lang;
use crate::selection::labels as selection_labels;
use crate::selection::sensitivity::Stability;
use crate::selection::{RankedCountry, SelectionSettings, Tier};
use crate::sheet::columns::{glossary, labels as labels_of, NamedColumn};
use crate::sheet::common::{about_sheet, settings_sheet, sources_sheet, About, Made, SOURCE_COLUMNS};
use crate::sheet::csv::{write_csv, Dialect};
use crate::sheet::{Cell, NumberFormat, Sheet, Workbook};
use crate::text::format::percent_fixed;
use crate::text::i18n::{t, Key};
use crate::text::labels;
use crate::text::messages::{tr, Msg};

pub fn tier_code(tier: Option<Tier>) -> &'static str {
    match tier {
        Some(Tier::Intensive) => "intensive",
        Some(Tier::Targeted) => "targeted",
        Some(Tier::Monitor) => "monitor",
        None => "",
    }
}

/// The ranking's own columns; each criterion then adds five (see [`criterion_columns`]).
pub const RANKING_COLUMNS: [NamedColumn; 18] = [
    NamedColumn::new("rank", Key::ColRank),
    NamedColumn::new("iso3", Key::ColCountryCode),
    NamedColumn::new("country", Key::ColCountry),
    NamedColumn::new("region", Key::Region),
    NamedColumn::new("tier", Key::ColTier),
    NamedColumn::new("tier_by_score", Key::ColTierByScore),
    NamedColumn::new("score", Key::ColScore),
    NamedColumn::new("coverage", Key::ColCoverage),
    NamedColumn::new("status", Key::ColStatus),
    NamedColumn::new("adjustment", Key::ColAdjustment),
    NamedColumn::new("adjustment_reason", Key::ColAdjustmentReason),
    NamedColumn::new("adjustment_date", Key::ColAdjustmentDate),
    NamedColumn::new("rank_low", Key::ColRankLow),
    NamedColumn::new("rank_median", Key::ColRankMedian),
    NamedColumn::new("rank_high", Key::ColRankHigh),
    NamedColumn::new("tier_kept", Key::ColTierKept),
    NamedColumn::new("tier_kept_rule_varied", Key::ColTierKeptRuleVaried),
    NamedColumn::new("place_depends_on_assumptions", Key::ColPlaceDependsOnAssumptions),
];

const CRITERION_PARTS: [(&str, Key); 5] = [
    ("kind", Key::ColPartKind),
    ("value", Key::ColPartValue),
    ("bound", Key::ColPartBound),
    ("year", Key::ColPartYear),
    ("source", Key::ColPartSource),
];

/// Each criterion's five columns as (label, code): "Asielaanvragen 2024: waarde",
/// `nl_asylum_applicants_2024_value`.
fn criterion_columns(dataset: &Dataset, lang: Lang) -> Vec<(String, String)> {
    dataset
        .indicators
        .iter()
        .flat_map(|indicator| {
            CRITERION_PARTS.iter().map(move |(part, key)| {
                (
                    format!("{}: {}", indicator.name.get(lang), t(lang, *key)),
                    format!("{}_{part}", indicator.id),
                )
            })
        })
        .collect()
}

/// A criterion's figure as a spreadsheet shows it: shares as percentages, counts and dollars
/// with thousands grouped, levels as they are.
fn unit_format(unit: IndicatorUnit) -> NumberFormat {
    match unit {
        IndicatorUnit::Share => NumberFormat::Percent,
        IndicatorUnit::Count | IndicatorUnit::Dollars => NumberFormat::Grouped,
        IndicatorUnit::Level => NumberFormat::General,
    }
}

fn tier_text(tier: Option<Tier>, lang: Lang) -> &'static str {
    tier.map(|tier| t(lang, selection_labels::tier(tier)))
        .unwrap_or_default()
}

/// Four decimals: what a sheet keeps of a score or share (it shows fewer).
fn round4(v: f64) -> f64 {
    (v * 10_000.0).round() / 10_000.0
}

/// A score as the ranking and the comparison write it; none is an empty cell, never 0.
fn score(v: Option<f64>) -> Cell {
    match v {
        Some(v) => Cell::Number(round4(v), NumberFormat::Score),
        None => Cell::Empty,
    }
}

pub fn yes_no(yes: bool, lang: Lang) -> &'static str {
    t(lang, if yes { Key::Yes } else { Key::No })
}

/// The ranking as a typed sheet: one row per country, headers and values in words in `lang`
/// (the codes a program keys on are on the workbook's first sheet), numbers as numbers. The
/// robustness columns say "not yet computed" while no sensitivity run matches the settings.
pub fn ranking_sheet(
    dataset: &Dataset,
    settings: &SelectionSettings,
    ranking: &[RankedCountry],
    stability: Option<&BTreeMap<String, Stability>>,
    lang: Lang,
) -> Sheet {
    let mut header: Vec<String> = labels_of(&RANKING_COLUMNS, lang)
        .into_iter()
        .map(str::to_string)
        .collect();
    header.extend(
        criterion_columns(dataset, lang)
            .into_iter()
            .map(|(label, _)| label),
    );
    let headers: Vec<&str> = header.iter().map(String::as_str).collect();
    let mut sheet = Sheet::table(t(lang, Key::SheetRanking), &headers);
    let mut ordered: Vec<&RankedCountry> = ranking.iter().collect();
    crate::order::sort_by_key(&mut ordered, |r| (r.rank.is_none(), r.rank, r.iso3.clone()));
    let share = |v: f64| Cell::Number(round4(v), NumberFormat::Percent);
    for row in ordered {
        let adjustment = settings.adjustment_for(&row.iso3);
        let country = dataset.country(&row.iso3);
        let mut cells = vec![
            Cell::opt_number(row.rank.map(|r| r as f64)),
            Cell::text(&row.iso3),
            Cell::text(country.map(|c| c.name.get(lang)).unwrap_or_default()),
            Cell::text(
                country
                    .map(|c| t(lang, labels::region(c.region)))
                    .unwrap_or_default(),
            ),
            Cell::text(tier_text(row.tier, lang)),
            Cell::text(tier_text(row.computed_tier, lang)),
            score(row.score),
            share(row.coverage),
            Cell::text(t(lang, selection_labels::status(row.status))),
            Cell::text(
                adjustment
                    .map(|a| selection_labels::adjustment_text(a.kind, lang))
                    .unwrap_or_default(),
            ),
            Cell::text(adjustment.map(|a| a.reason.clone()).unwrap_or_default()),
            Cell::date(adjustment.map(|a| a.date.as_str()).unwrap_or_default()),
        ];
        match (stability, stability.and_then(|s| s.get(&row.iso3))) {
            (_, Some(s)) => cells.extend([
                Cell::number(s.rank_low as f64),
                Cell::number(s.rank_median as f64),
                Cell::number(s.rank_high as f64),
                share(s.tier_kept),
                s.tier_kept_rule_varied.map(share).unwrap_or(Cell::Empty),
                Cell::text(
                    s.rank_outside(row.rank)
                        .map(|outside| yes_no(outside, lang))
                        .unwrap_or_default(),
                ),
            ]),
            // A run that did not rank the country (excluded, too little data) has no range for it.
            (Some(_), None) => cells.extend(std::iter::repeat_n(
                Cell::text(t(lang, Key::SensitivityNotRanked)),
                6,
            )),
            // Not yet computed (an export in the first seconds) is said in every such cell: an
            // empty one would read as "no range".
            (None, None) => cells.extend(std::iter::repeat_n(
                Cell::text(t(lang, Key::SensitivityNotYetComputed)),
                6,
            )),
        }
        for indicator in &dataset.indicators {
            // Missing stays empty, never 0; a bound is never written as a value.
            match dataset.reading(&row.iso3, &indicator.id) {
                Reading::Measured(figure) => cells.extend([
                    Cell::text(t(lang, Key::KindMeasured)),
                    Cell::Number(figure.value, unit_format(indicator.unit)),
                    Cell::Empty,
                    Cell::opt_number(figure.year.map(f64::from)),
                    Cell::text(figure.source),
                ]),
                Reading::BelowBound { bound, source, .. } => cells.extend([
                    Cell::text(t(lang, Key::KindBelowBound)),
                    Cell::Empty,
                    Cell::Number(bound, unit_format(indicator.unit)),
                    Cell::Empty,
                    Cell::text(source),
                ]),
                Reading::Unknown => cells.extend([
                    Cell::text(t(lang, Key::KindUnknown)),
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

/// Every column of the ranking sheet as (sheet, label, code), for the first sheet.
fn ranking_glossary(dataset: &Dataset, lang: Lang) -> Vec<(String, String, String)> {
    let sheet = t(lang, Key::SheetRanking);
    let mut columns = glossary(sheet, &RANKING_COLUMNS, lang);
    columns.extend(
        criterion_columns(dataset, lang)
            .into_iter()
            .map(|(label, code)| (sheet.to_string(), label, code)),
    );
    columns
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

/// The ranking as an `.xlsx`: first what it is and the code of every column, then the
/// ranking, the settings that produced it in words with `link` (the part of the page's address
/// after `#`, which reproduces the view in any copy of the app; never the whole address, which
/// names the folder it was opened from), and every source its figures cite.
pub fn ranking_workbook(
    dataset: &Dataset,
    settings: &SelectionSettings,
    ranking: &[RankedCountry],
    stability: Option<&BTreeMap<String, Stability>>,
    lang: Lang,
    link: &str,
    made: Made,
) -> Workbook {
    let today = made.today;
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
            selection_labels::normalisation(settings.normalisation.method),
        )),
    ));
    rows.push((
        t(lang, Key::SettingsTierRule).to_string(),
        Cell::text(selection_labels::tier_rule_text(settings.tier_rule, lang)),
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
    let settings = settings_sheet(rows, lang);
    let sources = sources_sheet(dataset, &used, lang);
    let about = About {
        what: Key::RankingAboutWhat,
        how: Key::RankingAboutHow,
        made,
        sheets: vec![
            (ranked.name.clone(), Key::PurposeRanking),
            (settings.name.clone(), Key::PurposeSettings),
            (sources.name.clone(), Key::PurposeSources),
        ],
        columns: [
            ranking_glossary(dataset, lang),
            glossary(&sources.name, &SOURCE_COLUMNS, lang),
        ]
        .concat(),
    };
    Workbook {
        title: format!("{} {today}", t(lang, Key::SelectionTitle)),
        confidential: made.confidential,
        sheets: vec![about_sheet(about, lang), ranked, settings, sources],
    }
}

pub const COMPARISON_COLUMNS: [NamedColumn; 10] = [
    NamedColumn::new("iso3", Key::ColCountryCode),
    NamedColumn::new("country", Key::ColCountry),
    NamedColumn::new("rank_left", Key::ColRankLeft),
    NamedColumn::new("tier_left", Key::ColTierLeft),
    NamedColumn::new("score_left", Key::ColScoreLeft),
    NamedColumn::new("rank_right", Key::ColRankRight),
    NamedColumn::new("tier_right", Key::ColTierRight),
    NamedColumn::new("score_right", Key::ColScoreRight),
    NamedColumn::new("rank_change", Key::ColRankChange),
    NamedColumn::new("tier_changed", Key::ColTierChanged),
];

/// Two scenarios side by side as an `.xlsx`: every country's rank, tier and score in each, the
/// rank change as a formula (with its value), and the settings of both with their links.
pub fn comparison_workbook(
    dataset: &Dataset,
    left: (&str, &SelectionSettings),
    right: (&str, &SelectionSettings),
    lang: Lang,
    made: Made,
) -> Workbook {
    let today = made.today;
    let (_, _, a) = crate::selection::rank_dataset(dataset, left.1);
    let (_, _, b) = crate::selection::rank_dataset(dataset, right.1);
    let mut sheet = Sheet::table(
        t(lang, Key::SheetComparison),
        &labels_of(&COMPARISON_COLUMNS, lang),
    );
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
            Cell::text(tier_text(x.tier, lang)),
            score(x.score),
            Cell::opt_number(y.rank.map(|r| r as f64)),
            Cell::text(tier_text(y.tier, lang)),
            score(y.score),
            change,
            Cell::text(yes_no(x.tier != y.tier, lang)),
        ]);
    }
    sheet.fit_columns();
    let link = |settings: &SelectionSettings| {
        Cell::text(crate::selection::url_state::selection_link(
            lang,
            &crate::selection::url_state::encode(settings),
        ))
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
    let about = About {
        what: Key::ComparisonAboutWhat,
        how: Key::ComparisonAboutHow,
        made,
        sheets: vec![
            (sheet.name.clone(), Key::PurposeComparison),
            (settings.name.clone(), Key::PurposeSettings),
        ],
        columns: glossary(&sheet.name, &COMPARISON_COLUMNS, lang),
    };
    Workbook {
        title: format!("{} {today}", t(lang, Key::CompareTitle)),
        confidential: made.confidential,
        sheets: vec![about_sheet(about, lang), sheet, settings],
    }
}
