//! How each refreshed criterion is made from its table: which rows, which year, what is summed,
//! and what a country absent from the table gets. Written as data so that the rule for every
//! figure can be read in one place and checked against the table before anything is written.

use std::collections::BTreeMap;

use crate::table::Table;

/// A row filter: the column's text must be one of these.
#[derive(Clone, Copy, Debug)]
pub struct Filter {
    pub column: &'static str,
    pub any_of: &'static [&'static str],
}

/// How a row's year is read.
#[derive(Clone, Copy, Debug)]
pub enum Time {
    /// The column holds the year.
    Year(&'static str),
    /// The column holds a date as days since 1970-01-01 (R's `Date`): its calendar year.
    DaysSinceEpoch(&'static str),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Year {
    Fixed(u16),
    /// Per country, the latest year with a value.
    Latest,
}

/// What a country absent from the table gets, following the criterion's list kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Absent {
    /// The table lists every country with a count and leaves out the zeros (a complete list):
    /// absent is 0 for the year.
    Zero,
    /// Absent is unknown (`null`), never 0.
    Unknown,
}

#[derive(Clone, Copy, Debug)]
pub struct Recipe {
    pub indicator: &'static str,
    /// The manifest id of the snapshot it reads.
    pub snapshot: &'static str,
    /// The table's name in the snapshot.
    pub table: &'static str,
    pub filters: &'static [Filter],
    /// The column with the country's ISO 3166-1 alpha-3 code.
    pub country: &'static str,
    /// Codes in the country column that are no country (aggregates, "unknown"): skipped. Any
    /// other code not in ISO 3166 stops the refresh.
    pub not_countries: &'static [&'static str],
    pub value: &'static str,
    pub time: Time,
    pub year: Year,
    pub absent: Absent,
    /// Rows matching the same country and year are summed (over sex, month, route, origin).
    /// Values are rounded to whole numbers where the criterion counts people or dollars.
    pub round: bool,
}

/// A figure as the refresh makes it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Made {
    pub value: Option<f64>,
    pub year: Option<u16>,
}

/// The refreshed criteria, in order of preference: a criterion is made by its first recipe whose
/// snapshot is in the manifest. The producers' own APIs come first; the IOM `gdidata` copies the
/// bundled figures were first read from stand in until a maintainer with network has run
/// `refresh fetch` (see `data/snapshots/manifest.json`).
pub const RECIPES: &[Recipe] = &[
    EUROSTAT_NL_ASYLUM,
    Recipe {
        indicator: "eu_asylum_applicants_2024",
        filters: &[Filter {
            column: "geo",
            any_of: &["EU27_2020"],
        }],
        ..EUROSTAT_NL_ASYLUM
    },
    Recipe {
        indicator: "gdp_per_capita_ppp",
        snapshot: "worldbank-NY.GDP.PCAP.PP.KD",
        table: "worldbank-NY.GDP.PCAP.PP.KD",
        filters: &[Filter {
            column: "indicator",
            any_of: &["NY.GDP.PCAP.PP.KD"],
        }],
        country: "country",
        not_countries: NOT_COUNTRIES,
        value: "value",
        time: Time::Year("year"),
        year: Year::Latest,
        absent: Absent::Unknown,
        round: true,
    },
    GDIDATA_NL_ASYLUM,
    Recipe {
        indicator: "eu_asylum_applicants_2024",
        filters: &[Filter {
            column: "geo",
            any_of: &["EU27"],
        }],
        ..GDIDATA_NL_ASYLUM
    },
    Recipe {
        indicator: "frontex_detections_2024",
        snapshot: "gdidata-frontex",
        table: "frontex",
        filters: &[],
        country: "nat",
        not_countries: NOT_COUNTRIES,
        value: "n",
        time: Time::DaysSinceEpoch("t"),
        year: Year::Fixed(2024),
        absent: Absent::Zero,
        round: true,
    },
    Recipe {
        indicator: "population_2023",
        snapshot: "gdidata-wdi",
        table: "wdi",
        filters: &[Filter {
            column: "var",
            any_of: &["pop"],
        }],
        country: "geo",
        not_countries: NOT_COUNTRIES,
        value: "v",
        time: Time::Year("t"),
        year: Year::Fixed(2023),
        absent: Absent::Unknown,
        round: true,
    },
    Recipe {
        indicator: "gdp_per_capita_ppp",
        snapshot: "gdidata-wdi",
        table: "wdi",
        filters: &[Filter {
            column: "var",
            any_of: &["income"],
        }],
        country: "geo",
        not_countries: NOT_COUNTRIES,
        value: "v",
        time: Time::Year("t"),
        year: Year::Latest,
        absent: Absent::Unknown,
        round: true,
    },
    Recipe {
        snapshot: "unhcr-population-2023",
        table: "unhcr-population-2023",
        ..REFUGEES_HOSTED
    },
    REFUGEES_HOSTED,
];

/// Asylum applicants in the Netherlands by citizenship, 2024, from Eurostat's API; the EU27
/// figure is the same table at `geo` = EU27_2020.
const EUROSTAT_NL_ASYLUM: Recipe = Recipe {
    indicator: "nl_asylum_applicants_2024",
    snapshot: "eurostat-migr_asyappctza",
    table: "eurostat-migr_asyappctza",
    filters: &[Filter {
        column: "geo",
        any_of: &["NL"],
    }],
    country: "citizen_iso3",
    not_countries: EUROSTAT_NOT_COUNTRIES,
    value: "value",
    time: Time::Year("year"),
    year: Year::Fixed(2024),
    absent: Absent::Zero,
    round: true,
};

/// The same from the `gdidata` copy of the table (ISO3 codes, the sexes in rows).
const GDIDATA_NL_ASYLUM: Recipe = Recipe {
    indicator: "nl_asylum_applicants_2024",
    snapshot: "gdidata-eu_asyapp",
    table: "eu_asyapp",
    filters: &[Filter {
        column: "geo",
        any_of: &["NLD"],
    }],
    country: "nat",
    not_countries: NOT_COUNTRIES,
    value: "n",
    time: Time::Year("t"),
    year: Year::Fixed(2024),
    absent: Absent::Zero,
    round: true,
};

/// Refugees and asylum seekers by country of asylum at the end of 2023, from the `gdidata`
/// copy; UNHCR's API gives the same long table (`unhcr::read`), so its recipe differs only in
/// the snapshot it reads.
const REFUGEES_HOSTED: Recipe = Recipe {
    indicator: "refugees_hosted_2023",
    snapshot: "gdidata-unhcr",
    table: "unhcr",
    filters: &[Filter {
        column: "group",
        any_of: &["refugee", "asylum"],
    }],
    country: "geo",
    not_countries: NOT_COUNTRIES,
    value: "n",
    time: Time::Year("t"),
    year: Year::Fixed(2023),
    absent: Absent::Unknown,
    round: true,
};

/// Codes the `gdidata` tables use that are no single country: regional and income aggregates of
/// the World Bank, the EU aggregate, and unknown or stateless origins.
const NOT_COUNTRIES: &[&str] = &[
    "EU27", "UNK", "STA", "STL", "OOO", "OOS", "TIB", "-", "XXA", "XXB", "XXC", "XXD", "XXX", "ZZZ", "AFE",
    "AFW", "ARB", "CEB", "CSS", "EAP", "EAR", "EAS", "ECA", "ECS", "EMU", "EUU", "FCS", "HIC", "HPC", "IBD",
    "IBT", "IDA", "IDB", "IDX", "INX", "LAC", "LCN", "LDC", "LIC", "LMC", "LMY", "LTE", "MEA", "MIC", "MNA",
    "NAC", "OED", "OSS", "PRE", "PSS", "PST", "SAS", "SSA", "SSF", "SST", "TEA", "TEC", "TLA", "TMN", "TSA",
    "TSS", "UMC", "WLD", "CHI",
];

/// Eurostat's citizenship codes that are no single country: totals, groups, stateless, unknown.
const EUROSTAT_NOT_COUNTRIES: &[&str] = &[
    "TOTAL",
    "EU27_2020",
    "EXT_EU27_2020",
    "EU28",
    "EXT_EU28",
    "EU27_2007",
    "EXT_EU27_2007",
    "EFTA",
    "STLS",
    "UNK",
    "RNC",
];

fn is_iso3(code: &str) -> bool {
    code == "XKX"
        || beleidsagenda_model::data::iso3166_table::ISO3166
            .iter()
            .any(|(a3, _, _, _)| *a3 == code)
}

fn year_of_days(days: i64) -> i64 {
    beleidsagenda_model::calendar::civil_from_days(days).0
}

impl Recipe {
    /// The figure of every country in `countries`, or why the table no longer fits the recipe
    /// (a column, a filter code or the year gone; a country code not in ISO 3166).
    pub fn apply(&self, table: &Table, countries: &[String]) -> Result<BTreeMap<String, Made>, String> {
        let here = |m: String| format!("{} from `{}`: {m}", self.indicator, table.name);
        let country = table.text(self.country).map_err(here)?;
        let value = table.number(self.value).map_err(here)?;
        let (time_column, days) = match self.time {
            Time::Year(c) => (c, false),
            Time::DaysSinceEpoch(c) => (c, true),
        };
        let time = table.number(time_column).map_err(here)?;
        let mut filters = Vec::new();
        for f in self.filters {
            let column = table.text(f.column).map_err(here)?;
            for code in f.any_of {
                if !column.iter().any(|c| c.as_deref() == Some(code)) {
                    return Err(here(format!("column `{}` no longer has `{code}`", f.column)));
                }
            }
            filters.push((column, f.any_of));
        }
        let mut unknown_codes = std::collections::BTreeSet::new();
        // Per country, per year: the sum of the matching rows.
        let mut sums: BTreeMap<&str, BTreeMap<i64, f64>> = BTreeMap::new();
        for row in 0..table.rows() {
            if !filters
                .iter()
                .all(|(column, any_of)| column[row].as_deref().is_some_and(|c| any_of.contains(&c)))
            {
                continue;
            }
            let (Some(code), Some(v), Some(t)) = (country[row].as_deref(), value[row], time[row]) else {
                continue;
            };
            if self.not_countries.contains(&code) {
                continue;
            }
            if !is_iso3(code) {
                unknown_codes.insert(code.to_string());
                continue;
            }
            let year = if days { year_of_days(t as i64) } else { t as i64 };
            *sums.entry(code).or_default().entry(year).or_default() += v;
        }
        if !unknown_codes.is_empty() {
            return Err(here(format!(
                "country codes not in ISO 3166-1: {}",
                unknown_codes.into_iter().collect::<Vec<_>>().join(", ")
            )));
        }
        if let Year::Fixed(y) = self.year {
            if !sums.values().any(|years| years.contains_key(&i64::from(y))) {
                return Err(here(format!("the table has no figures for {y}")));
            }
        }
        let round = |v: f64| if self.round { v.round() } else { v };
        let mut out = BTreeMap::new();
        for c in countries {
            let years = sums.get(c.as_str());
            let made = match self.year {
                Year::Fixed(y) => match years.and_then(|ys| ys.get(&i64::from(y))) {
                    Some(v) => Made {
                        value: Some(round(*v)),
                        year: Some(y),
                    },
                    None if self.absent == Absent::Zero => Made {
                        value: Some(0.0),
                        year: Some(y),
                    },
                    None => Made {
                        value: None,
                        year: None,
                    },
                },
                Year::Latest => match years.and_then(|ys| ys.iter().next_back()) {
                    Some((y, v)) => Made {
                        value: Some(round(*v)),
                        year: Some(u16::try_from(*y).map_err(|_| here(format!("year {y}")))?),
                    },
                    None => Made {
                        value: None,
                        year: None,
                    },
                },
            };
            out.insert(c.clone(), made);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::year_of_days;

    #[test]
    fn days_since_1970_give_the_calendar_year() {
        assert_eq!(year_of_days(0), 1970);
        assert_eq!(year_of_days(14_245), 2009); // 2009-01-01
        assert_eq!(year_of_days(19_722), 2023); // 2023-12-31
        assert_eq!(year_of_days(19_723), 2024); // 2024-01-01
        assert_eq!(year_of_days(-1), 1969);
    }
}
