//! The selection settings in the URL (the query part of the hash), so a copied link reproduces
//! the view exactly. Decoding keeps every valid part, falls back to defaults for the rest, and
//! lists what it ignored so the app can say so.
//!
//! `v=1&w=id:3,id:0&n=minmax&log=1&cens=half&cov=0.5&tiers=top:8,12&reg=north_africa&adj=MAR~exc~2026-11-28~reden;…&sel=MAR&sort=score-desc&view=map&cols=tier,score,range&mc=1000,0.25,2025[,norule]`

use std::collections::BTreeSet;

use crate::data::dataset::{Dataset, Region};
use crate::lang::Lang;
use crate::selection::grade::Grade;
use crate::selection::limits::{MAX_DRAWS, MAX_SPREAD, MAX_TIER_COUNT};
use crate::selection::scoring::{CensoredRule, Normalisation};
use crate::selection::{default_columns, MonteCarloConfig, RankingColumn};
use crate::selection::{Adjustment, AdjustmentKind, ResultsView, SelectionSettings, SortKey, TierRule};

pub const URL_VERSION: u32 = 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IgnoredReason {
    UnknownParameter,
    UnknownCriterion,
    UnknownCountry,
    OutOfRange,
    Malformed,
    /// A link from a newer version of the app: read as far as understood.
    NewerVersion,
    /// An adjustment without a reason or with a bad date.
    IncompleteAdjustment,
}

/// One part of the URL that was not applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ignored {
    pub param: String,
    pub value: String,
    pub reason: IgnoredReason,
}

/// The part of the app's address that opens the selection `query` (as [`encode`] writes it) in
/// `lang`: pasted after the address of any copy of the app, it shows the same view.
pub fn selection_link(lang: Lang, query: &str) -> String {
    format!("#/{}/selection?{}", lang.code(), query.trim_start_matches('?'))
}

pub fn encode(settings: &SelectionSettings) -> String {
    let mut parts = vec![format!("v={URL_VERSION}")];
    let grades: Vec<String> = settings
        .grades
        .iter()
        .map(|(id, g)| format!("{}:{g}", escape(id)))
        .collect();
    parts.push(format!("w={}", grades.join(",")));
    parts.push(format!(
        "n={}",
        match settings.normalisation.method {
            Normalisation::MinMax => "minmax",
            Normalisation::Rank => "rank",
        }
    ));
    parts.push(format!("log={}", u8::from(settings.normalisation.log_for_skewed)));
    parts.push(format!("cens={}", censored_code(settings.normalisation.censored)));
    // Always written: the default floor is not 0, so a link without it would not mean "none".
    parts.push(format!("cov={}", short_number(settings.min_coverage)));
    parts.push(match settings.tier_rule {
        TierRule::TopN { intensive, targeted } => format!("tiers=top:{intensive},{targeted}"),
        TierRule::Thresholds { intensive, targeted } => {
            format!(
                "tiers=score:{},{}",
                short_number(intensive),
                short_number(targeted)
            )
        }
    });
    if !settings.regions.is_empty() {
        let regions: Vec<&str> = settings.regions.iter().map(|r| region_code(*r)).collect();
        parts.push(format!("reg={}", regions.join(",")));
    }
    if !settings.adjustments.is_empty() {
        let adjustments: Vec<String> = settings
            .adjustments
            .iter()
            .map(|a| {
                let review = a.review.as_deref().map(|r| format!("~{}", escape(r)));
                format!(
                    "{}~{}~{}~{}{}",
                    escape(&a.iso3),
                    a.kind.code(),
                    escape(&a.date),
                    escape(&a.reason),
                    review.unwrap_or_default()
                )
            })
            .collect();
        parts.push(format!("adj={}", adjustments.join(";")));
    }
    if let Some(selected) = &settings.selected {
        parts.push(format!("sel={}", escape(selected)));
    }
    if settings.sort != SortKey::Rank || settings.descending {
        parts.push(format!(
            "sort={}{}",
            sort_code(settings.sort),
            if settings.descending { "-desc" } else { "" }
        ));
    }
    if settings.view == ResultsView::Map {
        parts.push("view=map".to_string());
    }
    // Only when not the default, so that links stay short and follow a later default.
    if settings.columns != default_columns() {
        let columns: Vec<&str> = settings.columns.iter().map(|c| c.code()).collect();
        parts.push(format!("cols={}", columns.join(",")));
    }
    let mc = settings.sensitivity;
    if mc != MonteCarloConfig::default() {
        let rule = if mc.vary_rule { "" } else { ",norule" };
        parts.push(format!(
            "mc={},{},{}{rule}",
            mc.draws,
            short_number(mc.spread),
            mc.seed
        ));
    }
    parts.join("&")
}

/// Settings from a query string (without the leading `?`), starting from the dataset's defaults.
pub fn decode(query: &str, dataset: &Dataset) -> (SelectionSettings, Vec<Ignored>) {
    let mut settings = SelectionSettings::defaults(dataset);
    let mut ignored = Vec::new();
    let mut ignore = |param: &str, value: &str, reason| {
        ignored.push(Ignored {
            param: param.to_string(),
            value: value.to_string(),
            reason,
        })
    };
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (param, value) = pair.split_once('=').unwrap_or((pair, ""));
        match param {
            "v" => match value.parse::<u32>() {
                Ok(URL_VERSION) => {}
                Ok(v) if v > URL_VERSION => ignore(param, value, IgnoredReason::NewerVersion),
                _ => ignore(param, value, IgnoredReason::Malformed),
            },
            "w" => {
                for item in value.split(',').filter(|i| !i.is_empty()) {
                    let Some((id, grade)) = item.split_once(':') else {
                        ignore(param, item, IgnoredReason::Malformed);
                        continue;
                    };
                    let Some(id) = unescape(id) else {
                        ignore(param, item, IgnoredReason::Malformed);
                        continue;
                    };
                    match (settings.grades.contains_key(&id), grade.parse::<u8>()) {
                        (false, _) => ignore(param, &id, IgnoredReason::UnknownCriterion),
                        (true, Ok(g)) => match Grade::new(g) {
                            Some(g) => {
                                settings.grades.insert(id, g);
                            }
                            None => ignore(param, item, IgnoredReason::OutOfRange),
                        },
                        (true, Err(_)) => ignore(param, item, IgnoredReason::Malformed),
                    }
                }
            }
            "n" => match value {
                "minmax" => settings.normalisation.method = Normalisation::MinMax,
                "rank" => settings.normalisation.method = Normalisation::Rank,
                _ => ignore(param, value, IgnoredReason::Malformed),
            },
            "log" => match value {
                "1" => settings.normalisation.log_for_skewed = true,
                "0" => settings.normalisation.log_for_skewed = false,
                _ => ignore(param, value, IgnoredReason::Malformed),
            },
            "cens" => match CensoredRule::ALL.into_iter().find(|r| censored_code(*r) == value) {
                Some(rule) => settings.normalisation.censored = rule,
                None => ignore(param, value, IgnoredReason::Malformed),
            },
            "cov" => match value.parse::<f64>() {
                Ok(v) if (0.0..=1.0).contains(&v) => settings.min_coverage = v,
                Ok(_) => ignore(param, value, IgnoredReason::OutOfRange),
                Err(_) => ignore(param, value, IgnoredReason::Malformed),
            },
            "tiers" => match parse_tiers(value) {
                Ok(rule) => settings.tier_rule = rule,
                Err(reason) => ignore(param, value, reason),
            },
            "reg" => {
                let mut regions = BTreeSet::new();
                for code in value.split(',').filter(|c| !c.is_empty()) {
                    match Region::ALL.iter().find(|r| region_code(**r) == code) {
                        Some(region) => {
                            regions.insert(*region);
                        }
                        None => ignore(param, code, IgnoredReason::Malformed),
                    }
                }
                settings.regions = regions;
            }
            "adj" => {
                for item in value.split(';').filter(|i| !i.is_empty()) {
                    match parse_adjustment(item) {
                        Some(adjustment) => match adjustment.problem(dataset) {
                            None => settings.adjustments.push(adjustment),
                            Some(crate::selection::AdjustmentProblem::UnknownCountry) => {
                                ignore(param, &adjustment.iso3, IgnoredReason::UnknownCountry)
                            }
                            Some(_) => ignore(param, &adjustment.iso3, IgnoredReason::IncompleteAdjustment),
                        },
                        None => ignore(param, item, IgnoredReason::Malformed),
                    }
                }
            }
            "view" => match value {
                "table" => settings.view = ResultsView::Table,
                "map" => settings.view = ResultsView::Map,
                _ => ignore(param, value, IgnoredReason::Malformed),
            },
            "cols" => {
                let mut columns = BTreeSet::new();
                for code in value.split(',').filter(|c| !c.is_empty()) {
                    match RankingColumn::from_code(code) {
                        Some(column) => {
                            columns.insert(column);
                        }
                        None => ignore(param, code, IgnoredReason::Malformed),
                    }
                }
                settings.columns = columns;
            }
            "sel" => match unescape(value) {
                Some(code) if dataset.country(&code).is_some() => settings.selected = Some(code),
                Some(code) => ignore(param, &code, IgnoredReason::UnknownCountry),
                None => ignore(param, value, IgnoredReason::Malformed),
            },
            "sort" => {
                let (key, descending) = match value.strip_suffix("-desc") {
                    Some(key) => (key, true),
                    None => (value, false),
                };
                match [SortKey::Rank, SortKey::Name, SortKey::Score, SortKey::Coverage]
                    .into_iter()
                    .find(|k| sort_code(*k) == key)
                {
                    Some(sort) => {
                        settings.sort = sort;
                        settings.descending = descending;
                    }
                    None => ignore(param, value, IgnoredReason::Malformed),
                }
            }
            "mc" => match parse_monte_carlo(value) {
                Ok(config) => settings.sensitivity = config,
                Err(reason) => ignore(param, value, reason),
            },
            _ => ignore(param, value, IgnoredReason::UnknownParameter),
        }
    }
    (settings, ignored)
}

fn parse_monte_carlo(value: &str) -> Result<MonteCarloConfig, IgnoredReason> {
    let parts: Vec<&str> = value.split(',').collect();
    // A fourth part, "norule", keeps the rule for values below a bound fixed in the draws.
    let (draws, spread, seed, vary_rule) = match parts.as_slice() {
        [draws, spread, seed] => (draws, spread, seed, true),
        [draws, spread, seed, "norule"] => (draws, spread, seed, false),
        _ => return Err(IgnoredReason::Malformed),
    };
    let draws: usize = draws.parse().map_err(|_| IgnoredReason::Malformed)?;
    let spread: f64 = spread.parse().map_err(|_| IgnoredReason::Malformed)?;
    let seed: u64 = seed.parse().map_err(|_| IgnoredReason::Malformed)?;
    if !(1..=MAX_DRAWS).contains(&draws) || !(0.0..=MAX_SPREAD).contains(&spread) {
        return Err(IgnoredReason::OutOfRange);
    }
    Ok(MonteCarloConfig {
        draws,
        spread,
        seed,
        vary_rule,
    })
}

fn parse_tiers(value: &str) -> Result<TierRule, IgnoredReason> {
    let (kind, numbers) = value.split_once(':').ok_or(IgnoredReason::Malformed)?;
    let (a, b) = numbers.split_once(',').ok_or(IgnoredReason::Malformed)?;
    match kind {
        "top" => {
            let (intensive, targeted) = (
                a.parse::<usize>().map_err(|_| IgnoredReason::Malformed)?,
                b.parse::<usize>().map_err(|_| IgnoredReason::Malformed)?,
            );
            if intensive > MAX_TIER_COUNT || targeted > MAX_TIER_COUNT {
                return Err(IgnoredReason::OutOfRange);
            }
            Ok(TierRule::TopN { intensive, targeted })
        }
        "score" => {
            let (intensive, targeted) = (
                a.parse::<f64>().map_err(|_| IgnoredReason::Malformed)?,
                b.parse::<f64>().map_err(|_| IgnoredReason::Malformed)?,
            );
            if !(0.0..=1.0).contains(&intensive) || !(0.0..=1.0).contains(&targeted) || targeted > intensive {
                return Err(IgnoredReason::OutOfRange);
            }
            Ok(TierRule::Thresholds { intensive, targeted })
        }
        _ => Err(IgnoredReason::Malformed),
    }
}

fn parse_adjustment(item: &str) -> Option<Adjustment> {
    // `escape` never writes `~`, so the fields split exactly; a link made before reviews
    // existed has four, and its adjustment is reviewed six months after its date.
    let mut fields = item.split('~');
    let iso3 = unescape(fields.next()?)?;
    let kind = AdjustmentKind::from_code(fields.next()?)?;
    let date = unescape(fields.next()?)?;
    let reason = unescape(fields.next()?)?;
    let review = match fields.next() {
        Some(review) => Some(unescape(review)?),
        None => None,
    };
    if fields.next().is_some() {
        return None;
    }
    Some(Adjustment {
        iso3,
        kind,
        reason,
        date,
        review,
    })
}

pub fn censored_code(rule: CensoredRule) -> &'static str {
    match rule {
        CensoredRule::AtBound => "bound",
        CensoredRule::HalfBound => "half",
        CensoredRule::Zero => "zero",
        CensoredRule::LeftOut => "out",
    }
}

pub fn region_code(region: Region) -> &'static str {
    match region {
        Region::NorthAfrica => "north_africa",
        Region::SubSaharanAfrica => "sub_saharan_africa",
        Region::MiddleEast => "middle_east",
        Region::Asia => "asia",
        Region::EuropeNonEu => "europe_non_eu",
        Region::Americas => "americas",
    }
}

fn sort_code(sort: SortKey) -> &'static str {
    match sort {
        SortKey::Rank => "rank",
        SortKey::Name => "name",
        SortKey::Score => "score",
        SortKey::Coverage => "coverage",
    }
}

/// Shortest decimal that reads back as the same f64.
fn short_number(v: f64) -> String {
    format!("{v}")
}

/// Percent-encodes everything but unreserved characters, so separators inside texts survive.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => out.push(byte as char),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Reverses [`escape`]; `None` for broken escapes or invalid UTF-8.
pub fn unescape(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = text.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}
