//! The country dataset: countries with their non-numeric facts, the criteria (indicators) a user
//! can weigh, the figures per country and criterion, the instrument catalogue, and the sources
//! they all point to. The bundled dataset is split over files in `data/`; a user's own dataset
//! is one JSON file with the same parts.

use serde::{Deserialize, Serialize};

use crate::data::sources::Source;
use crate::lang::LocalText;

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

/// A yes/no fact that a source settles. A fact no source settles is not "no": it is absent
/// (`null`) and reads as unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SettledFact {
    #[default]
    Yes,
    /// The source says there is none.
    No,
}

/// An EU partnership or memorandum of understanding with the country (`status: yes`, the
/// default), or a source saying there is none (`status: no`). `null`: unknown.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EuPartnership {
    #[serde(default)]
    pub status: SettledFact,
    /// Required when the status is yes.
    #[serde(default)]
    pub label: Option<LocalText>,
    /// `YYYY-MM-DD` or `YYYY-MM`; required when the status is yes.
    #[serde(default)]
    pub date: Option<String>,
    /// Total EU envelope in EUR million, where the source gives one.
    #[serde(default)]
    pub amount_eur_mln: Option<f64>,
    pub source: String,
    /// What kind of arrangement it is, where the label alone could mislead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<LocalText>,
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

/// An instrument used with a country, as a source reports it; `ended` when a later source
/// reports that it stopped.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct InstrumentInUse {
    pub instrument: String,
    pub note: LocalText,
    pub source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended: Option<Ended>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Ended {
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub date: String,
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// ISO 3166-1 alpha-3.
    pub iso3: String,
    pub name: LocalText,
    pub region: Region,
    /// `null`: no source settles it (unknown, not "no").
    #[serde(default)]
    pub eu_partnership: Option<EuPartnership>,
    /// `null`: unknown.
    #[serde(default)]
    pub visa_25a: Option<Visa25a>,
    /// `null`: unknown.
    #[serde(default)]
    pub development: Option<DevelopmentPartnership>,
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
    /// How the source's list reads for a country that is not on it. Absent in files of the
    /// first format: read as `partial` (unknown), and the import says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list: Option<ListKind>,
}

/// What it means that a country is not on a source's list.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum ListKind {
    /// The source lists every country with a value; one that is not on it has zero.
    Complete,
    /// The source lists only its `n` largest; a country not on it is below `bound`, the
    /// smallest listed value. `wording` is how the source itself puts it.
    TopN { n: u32, bound: f64, wording: LocalText },
    /// The list is not known to be complete: a country not on it is unknown.
    Partial,
}

impl Indicator {
    /// The list kind in force: `partial` where the file does not say.
    pub fn list_kind(&self) -> ListKind {
        self.list.clone().unwrap_or(ListKind::Partial)
    }
}

/// Where a statement about an instrument (its lead, an aspect it serves) comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// No source says it: the project's assumption, shown as such.
    #[default]
    Assumption,
    /// A source says it.
    Source,
}

/// What an instrument serves, in the memo's terms: the plan checks read these (protection as
/// the red thread), so each is sourced or labelled as the app's assumption.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Aspect {
    Protection,
    Return,
    LegalPathways,
    RootCauses,
    Border,
    ReceptionInRegion,
}

impl Aspect {
    pub const ALL: [Aspect; 6] = [
        Aspect::Protection,
        Aspect::Return,
        Aspect::LegalPathways,
        Aspect::RootCauses,
        Aspect::Border,
        Aspect::ReceptionInRegion,
    ];
}

/// One aspect an instrument serves, with where that comes from.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct InstrumentAspect {
    pub aspect: Aspect,
    pub basis: Basis,
    /// The source that says it; required when `basis` is `source`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locator: Option<String>,
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
    /// Lead ministry or chain partner, e.g. "A&M", "BHO", "DT&V"; may be empty.
    pub lead: Vec<String>,
    /// Whether a source names the lead or it is an assumption (the default).
    #[serde(default)]
    pub lead_basis: Basis,
    pub legal_basis: Option<String>,
    pub source: String,
    /// What the instrument serves; empty in a file made before aspects existed (the checks that
    /// read them then cannot judge).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aspects: Vec<InstrumentAspect>,
}

impl Instrument {
    pub fn serves(&self, aspect: Aspect) -> bool {
        self.aspects.iter().any(|a| a.aspect == aspect)
    }
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

    /// A country's name in `lang`, or its code if the dataset does not have it.
    pub fn country_name(&self, iso3: &str, lang: crate::lang::Lang) -> String {
        self.country(iso3)
            .map(|c| c.name.get(lang).to_string())
            .unwrap_or_else(|| iso3.to_string())
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

    /// What the data says about a country on an indicator: a measured figure, a value below a
    /// top-N list's bound, or unknown. Derived indicators read the country's facts.
    pub fn reading(&self, iso3: &str, indicator_id: &str) -> Reading {
        let (Some(indicator), Some(_)) = (self.indicator(indicator_id), self.country(iso3)) else {
            return Reading::Unknown;
        };
        if let Some(rule) = indicator.derived_from {
            return match self
                .country(iso3)
                .and_then(|c| derive(rule, c, &indicator.source))
            {
                Some(figure) => Reading::Measured(figure),
                None => Reading::Unknown,
            };
        }
        match self
            .values
            .iter()
            .find(|v| v.country == iso3 && v.indicator == indicator_id)
        {
            // An entry with `null` is a figure no source gives: unknown whatever the list kind.
            Some(observation) => match observation.value {
                Some(value) => Reading::Measured(DataFigure {
                    value,
                    year: observation.year,
                    source: observation.source.clone(),
                    note: observation.note.clone(),
                }),
                None => Reading::Unknown,
            },
            None => absent_reading(indicator),
        }
    }

    /// The measured (or derived) figure for a country and indicator, with its year and source;
    /// `None` for values below a list's bound and for unknowns.
    pub fn figure(&self, iso3: &str, indicator_id: &str) -> Option<DataFigure> {
        match self.reading(iso3, indicator_id) {
            Reading::Measured(figure) => Some(figure),
            _ => None,
        }
    }

    /// Share of the default weight that rests on data for this country: the criteria with a
    /// measured value or a value below a list's bound, weighed by their default grades (INFORM's
    /// reliability idea). The same figure as the selection's coverage under the default
    /// settings; with every default grade 0, the share of the criteria.
    pub fn coverage(&self, iso3: &str) -> f64 {
        let weight = |i: &Indicator| f64::from(i.default_weight);
        let total: f64 = self.indicators.iter().map(weight).sum();
        if total > 0.0 {
            return self
                .indicators
                .iter()
                .filter(|i| self.has_data(iso3, i))
                .map(weight)
                .sum::<f64>()
                / total;
        }
        match self.criteria_with_data(iso3) {
            (_, 0) => 0.0,
            (known, all) => known as f64 / all as f64,
        }
    }

    /// How many of the criteria the data says something about for this country, of how many.
    pub fn criteria_with_data(&self, iso3: &str) -> (usize, usize) {
        let known = self.indicators.iter().filter(|i| self.has_data(iso3, i)).count();
        (known, self.indicators.len())
    }

    /// The data says something about this criterion for this country: measured, or below a
    /// list's bound.
    fn has_data(&self, iso3: &str, indicator: &Indicator) -> bool {
        !matches!(self.reading(iso3, &indicator.id), Reading::Unknown)
    }

    /// Indicators that do not say how their list reads (files of the first format): read as
    /// partial, and the import tells the user so.
    pub fn indicators_without_list_kind(&self) -> Vec<&str> {
        self.indicators
            .iter()
            .filter(|i| i.derived_from.is_none() && i.list.is_none())
            .map(|i| i.id.as_str())
            .collect()
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

/// The three things the data can say about a country on an indicator.
#[derive(Clone, Debug, PartialEq)]
pub enum Reading {
    /// A figure with its year and source (for a complete list, 0 where the country is absent).
    Measured(DataFigure),
    /// Not on a top-N list: below `bound`, the smallest value the source lists.
    BelowBound {
        bound: f64,
        n: u32,
        source: String,
        wording: LocalText,
    },
    /// No source gives it.
    Unknown,
}

/// A derived indicator's reading for a country: from the country's facts.
pub fn derived_reading(indicator: &Indicator, country: &Country) -> Reading {
    match indicator
        .derived_from
        .and_then(|rule| derive(rule, country, &indicator.source))
    {
        Some(figure) => Reading::Measured(figure),
        None => Reading::Unknown,
    }
}

/// What it means that a country has no entry for `indicator` (its list kind decides).
pub fn absent_reading(indicator: &Indicator) -> Reading {
    match indicator.list_kind() {
        ListKind::Complete => Reading::Measured(DataFigure {
            value: 0.0,
            year: None,
            source: indicator.source.clone(),
            note: Some(LocalText {
                nl: "Niet op de volledige lijst van de bron: nul.".to_string(),
                en: "Not on the source's complete list: zero.".to_string(),
            }),
        }),
        ListKind::TopN { n, bound, wording } => Reading::BelowBound {
            bound,
            n,
            source: indicator.source.clone(),
            wording,
        },
        ListKind::Partial => Reading::Unknown,
    }
}

/// A derived value, or `None` where the fact is unknown. A "no" always carries the source that
/// says no; only the attention area, a property of the region, uses the indicator's own source.
fn derive(rule: DerivedFrom, country: &Country, method_source: &str) -> Option<DataFigure> {
    let (value, source) = match rule {
        DerivedFrom::Visa25a => {
            let visa = country.visa_25a.as_ref()?;
            (
                match visa.status {
                    Visa25aStatus::MeasuresInForce => 1.0,
                    Visa25aStatus::Proposed => 0.5,
                    Visa25aStatus::None => 0.0,
                },
                visa.source.clone(),
            )
        }
        DerivedFrom::EuPartnership => {
            let partnership = country.eu_partnership.as_ref()?;
            (
                match partnership.status {
                    SettledFact::Yes => 1.0,
                    SettledFact::No => 0.0,
                },
                partnership.source.clone(),
            )
        }
        DerivedFrom::DevelopmentPartnership => {
            let development = country.development.as_ref()?;
            (
                match development.category {
                    DevelopmentCategory::Broad => 1.0,
                    DevelopmentCategory::Specific => 0.5,
                    DevelopmentCategory::None => 0.0,
                },
                development.source.clone(),
            )
        }
        DerivedFrom::AttentionArea => (
            if country.region.is_attention_area() {
                1.0
            } else {
                0.0
            },
            method_source.to_string(),
        ),
    };
    Some(DataFigure {
        value,
        year: None,
        source,
        note: None,
    })
}
