//! The country dataset: countries with their non-numeric facts, the criteria (indicators) a user
//! can weigh, the figures per country and criterion, the instrument catalogue, and the sources
//! they all point to. The bundled dataset is split over files in `data/`; a user's own dataset
//! is one JSON file with the same parts.

use serde::{Deserialize, Serialize};

use crate::lang::LocalText;
use crate::sources::Source;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    NorthAfrica,
    SubSaharanAfrica,
    MiddleEast,
    Asia,
    EuropeNonEu,
    Americas,
}

impl Region {
    pub const ALL: [Region; 6] = [
        Region::NorthAfrica,
        Region::SubSaharanAfrica,
        Region::MiddleEast,
        Region::Asia,
        Region::EuropeNonEu,
        Region::Americas,
    ];

    /// The attention areas named in the letter of 23 May 2025.
    pub fn is_attention_area(self) -> bool {
        matches!(
            self,
            Region::NorthAfrica | Region::SubSaharanAfrica | Region::MiddleEast
        )
    }
}

/// An EU partnership or memorandum of understanding with the country.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EuPartnership {
    pub label: LocalText,
    /// `YYYY-MM-DD` or `YYYY-MM`.
    pub date: String,
    /// Total EU envelope in EUR million, where the source gives one.
    pub amount_eur_mln: Option<f64>,
    pub source: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Visa25aStatus {
    /// Restrictive visa measures adopted under art. 25a Visa Code.
    MeasuresInForce,
    /// Measures proposed by the Commission, pending with the Council.
    Proposed,
    /// No measures known to the sources.
    None,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Visa25a {
    pub status: Visa25aStatus,
    pub since: Option<String>,
    pub note: Option<LocalText>,
    pub source: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DevelopmentCategory {
    /// "Brede relatie" in the Dutch partner-country list.
    Broad,
    /// "Specifieke doelstellingen".
    Specific,
    None,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DevelopmentPartnership {
    pub category: DevelopmentCategory,
    pub source: String,
}

/// An instrument already in use with a country, as a source reports it.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct InstrumentInUse {
    pub instrument: String,
    pub note: LocalText,
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// ISO 3166-1 alpha-3.
    pub iso3: String,
    pub name: LocalText,
    pub region: Region,
    pub eu_partnership: Option<EuPartnership>,
    pub visa_25a: Visa25a,
    pub development: DevelopmentPartnership,
    #[serde(default)]
    pub instruments: Vec<InstrumentInUse>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorUnit {
    /// People or events; ≥ 0.
    Count,
    /// A fraction between 0 and 1.
    Share,
    /// International dollars per person.
    Dollars,
    /// 0 or 1, or a level between, derived from a country fact.
    Level,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// A higher value makes the country more relevant for the agenda.
    HigherIsMoreRelevant,
    LowerIsMoreRelevant,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ScaleHint {
    Linear,
    /// Skewed counts: a log scale spreads the many small values.
    Log,
}

/// Indicators whose value per country follows from a country fact rather than a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DerivedFrom {
    /// measures in force 1, proposed 0.5, none 0.
    Visa25a,
    /// partnership or MoU in place 1, else 0.
    EuPartnership,
    /// broad 1, specific 0.5, none 0.
    DevelopmentPartnership,
    /// region among the agenda's attention areas 1, else 0.
    AttentionArea,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: String,
    pub name: LocalText,
    pub description: LocalText,
    pub unit: IndicatorUnit,
    pub direction: Direction,
    /// 0–5, the grade a user starts from.
    pub default_weight: u8,
    pub scale: ScaleHint,
    /// The source of the figures (for derived indicators: of the method).
    pub source: String,
    pub derived_from: Option<DerivedFrom>,
}

/// One figure: a country's value for an indicator. `value: null` (or no entry at all) means
/// no source gives it: shown as "niet beschikbaar", never as 0.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Observation {
    pub country: String,
    pub indicator: String,
    pub value: Option<f64>,
    pub year: Option<u16>,
    pub source: String,
    /// Where the source was approximate, or the figure was combined from several.
    pub note: Option<LocalText>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum InstrumentFamily {
    Bilateral,
    Eu,
    Innovative,
    Protection,
    RegularMigration,
    DevelopmentCooperation,
}

impl InstrumentFamily {
    pub const ALL: [InstrumentFamily; 6] = [
        InstrumentFamily::Bilateral,
        InstrumentFamily::Eu,
        InstrumentFamily::Innovative,
        InstrumentFamily::Protection,
        InstrumentFamily::RegularMigration,
        InstrumentFamily::DevelopmentCooperation,
    ];
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Instrument {
    pub id: String,
    pub name: LocalText,
    pub description: LocalText,
    pub family: InstrumentFamily,
    /// Lead ministry or chain partner, e.g. "A&M", "BHO", "DT&V".
    pub lead: Vec<String>,
    pub legal_basis: Option<String>,
    pub source: String,
}

/// The whole dataset. `instruments` may be absent from a user's file (the bundled catalogue
/// then stays in use).
#[derive(Clone, Debug, PartialEq, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub sources: Vec<Source>,
    pub countries: Vec<Country>,
    pub indicators: Vec<Indicator>,
    pub values: Vec<Observation>,
    #[serde(default)]
    pub instruments: Vec<Instrument>,
}

impl Dataset {
    pub fn country(&self, iso3: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.iso3 == iso3)
    }

    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn instrument(&self, id: &str) -> Option<&Instrument> {
        self.instruments.iter().find(|i| i.id == id)
    }

    /// The figure for a country and indicator, with its year and source. Derived indicators are
    /// computed from the country's facts and carry the fact's source.
    pub fn figure(&self, iso3: &str, indicator_id: &str) -> Option<DataFigure> {
        let indicator = self.indicator(indicator_id)?;
        match indicator.derived_from {
            Some(rule) => {
                let country = self.country(iso3)?;
                Some(derive(rule, country, &indicator.source))
            }
            None => self
                .values
                .iter()
                .find(|v| v.country == iso3 && v.indicator == indicator_id)
                .and_then(|v| {
                    v.value.map(|value| DataFigure {
                        value,
                        year: v.year,
                        source: v.source.clone(),
                        note: v.note.clone(),
                    })
                }),
        }
    }

    /// Share of the indicators with a figure for this country (INFORM's reliability idea).
    pub fn coverage(&self, iso3: &str) -> f64 {
        if self.indicators.is_empty() {
            return 0.0;
        }
        let with_data = self
            .indicators
            .iter()
            .filter(|i| self.figure(iso3, &i.id).is_some())
            .count();
        with_data as f64 / self.indicators.len() as f64
    }
}

/// A figure as the app shows it: never without its source.
#[derive(Clone, Debug, PartialEq)]
pub struct DataFigure {
    pub value: f64,
    pub year: Option<u16>,
    pub source: String,
    pub note: Option<LocalText>,
}

/// `method_source` (the indicator's own source) backs the values that rest on the absence of a
/// fact, e.g. "no EU partnership".
fn derive(rule: DerivedFrom, country: &Country, method_source: &str) -> DataFigure {
    let (value, source) = match rule {
        DerivedFrom::Visa25a => (
            match country.visa_25a.status {
                Visa25aStatus::MeasuresInForce => 1.0,
                Visa25aStatus::Proposed => 0.5,
                Visa25aStatus::None => 0.0,
            },
            country.visa_25a.source.clone(),
        ),
        DerivedFrom::EuPartnership => match &country.eu_partnership {
            Some(p) => (1.0, p.source.clone()),
            None => (0.0, method_source.to_string()),
        },
        DerivedFrom::DevelopmentPartnership => (
            match country.development.category {
                DevelopmentCategory::Broad => 1.0,
                DevelopmentCategory::Specific => 0.5,
                DevelopmentCategory::None => 0.0,
            },
            country.development.source.clone(),
        ),
        DerivedFrom::AttentionArea => (
            if country.region.is_attention_area() {
                1.0
            } else {
                0.0
            },
            method_source.to_string(),
        ),
    };
    DataFigure {
        value,
        year: None,
        source,
        note: None,
    }
}
