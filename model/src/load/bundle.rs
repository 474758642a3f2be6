use serde::Deserialize;

use crate::check::agenda::validate_agenda;
use crate::check::dataset::{validate_dataset, DatasetFiles, MAX_FILE_BYTES};
use crate::check::error::DataError;
use crate::check::json::parse;
use crate::check::reason::Reason;
use crate::data::agenda::Agenda;
use crate::data::dataset::{Country, Dataset, Indicator, Instrument, Observation};
use crate::data::sources::SourceRegistry;
use crate::plan::envelopes::validate_envelopes;
use crate::plan::types::{Envelope, EnvelopesFile};

pub const SOURCES_FILE: &str = "data/sources.json";
pub const AGENDA_FILE: &str = "data/agenda.json";
pub const COUNTRIES_FILE: &str = "data/countries.json";
pub const INDICATORS_FILE: &str = "data/indicators.json";
pub const VALUES_FILE: &str = "data/values.json";
pub const INSTRUMENTS_FILE: &str = "data/instruments.json";
pub const ENVELOPES_FILE: &str = "data/envelopes.json";

/// The JSON files compiled into the app, by their path in the repository.
pub const BUNDLED_FILES: [(&str, &str); 7] = [
    (
        SOURCES_FILE,
        include_str!(concat!(env!("OUT_DIR"), "/data/sources.json")),
    ),
    (
        AGENDA_FILE,
        include_str!(concat!(env!("OUT_DIR"), "/data/agenda.json")),
    ),
    (
        COUNTRIES_FILE,
        include_str!(concat!(env!("OUT_DIR"), "/data/countries.json")),
    ),
    (
        INDICATORS_FILE,
        include_str!(concat!(env!("OUT_DIR"), "/data/indicators.json")),
    ),
    (
        VALUES_FILE,
        include_str!(concat!(env!("OUT_DIR"), "/data/values.json")),
    ),
    (
        INSTRUMENTS_FILE,
        include_str!(concat!(env!("OUT_DIR"), "/data/instruments.json")),
    ),
    (
        ENVELOPES_FILE,
        include_str!(concat!(env!("OUT_DIR"), "/data/envelopes.json")),
    ),
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CountriesFile {
    countries: Vec<Country>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IndicatorsFile {
    indicators: Vec<Indicator>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ValuesFile {
    values: Vec<Observation>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InstrumentsFile {
    instruments: Vec<Instrument>,
}

/// The internal edition's own files: sources only it cites, per-country labour-migration
/// options, and the step-plan template. Not compiled into the public edition.
#[cfg(feature = "intern")]
pub const INTERN_SOURCES_FILE: &str = "data/intern/sources.json";
#[cfg(feature = "intern")]
pub const INTERN_COUNTRIES_FILE: &str = "data/intern/countries.json";
#[cfg(feature = "intern")]
pub const INTERN_FILES: [(&str, &str); 3] = [
    (
        INTERN_SOURCES_FILE,
        include_str!(concat!(env!("OUT_DIR"), "/data/intern/sources.json")),
    ),
    (
        INTERN_COUNTRIES_FILE,
        include_str!(concat!(env!("OUT_DIR"), "/data/intern/countries.json")),
    ),
    (
        crate::plan::step_plan::types::STEP_PLAN_FILE,
        crate::plan::step_plan::types::BUNDLED_TEMPLATE,
    ),
];

/// Instruments in use that only the internal edition shows, by country.
#[cfg(feature = "intern")]
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InternCountriesFile {
    countries: Vec<InternCountry>,
}
#[cfg(feature = "intern")]
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InternCountry {
    iso3: String,
    instruments: Vec<crate::data::dataset::InstrumentInUse>,
}

/// All data the app shows, parsed and cross-checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Bundle {
    pub sources: SourceRegistry,
    pub agenda: Agenda,
    /// The bundled country dataset; its `sources` are the registry's.
    pub dataset: Dataset,
    /// The budgets a plan is charged to, as their sources give them.
    pub envelopes: Vec<Envelope>,
    /// The bundled step-plan template (internal edition).
    #[cfg(feature = "intern")]
    pub step_template: crate::plan::step_plan::StepTemplate,
}

impl Bundle {
    /// The data compiled into the app. The native test suite proves this succeeds, so the app
    /// never starts with data that would fail here.
    pub fn bundled(current_year: u16) -> Result<Bundle, Vec<DataError>> {
        #[allow(unused_mut)]
        let mut texts: Vec<(&str, &str)> = BUNDLED_FILES.to_vec();
        #[cfg(feature = "intern")]
        texts.extend(INTERN_FILES);
        Bundle::from_files(&texts, current_year)
    }

    /// Parses and validates the files (paths as in [`BUNDLED_FILES`]), reporting every error
    /// found rather than the first.
    pub fn from_files(files: &[(&str, &str)], current_year: u16) -> Result<Bundle, Vec<DataError>> {
        // The internal edition's own files default to the bundled ones, so a set of public
        // files (a test's) validates in both editions.
        #[cfg(feature = "intern")]
        let defaults: &[(&str, &str)] = &INTERN_FILES;
        #[cfg(not(feature = "intern"))]
        let defaults: &[(&str, &str)] = &[];
        let text = |name: &str| {
            files
                .iter()
                .chain(defaults)
                .find(|(path, _)| *path == name)
                .map(|(_, text)| *text)
                .unwrap_or("")
        };
        let mut errors = Vec::new();
        let sources = keep(
            &mut errors,
            parse::<SourceRegistry>(SOURCES_FILE, text(SOURCES_FILE)),
        );
        let agenda = keep(&mut errors, parse::<Agenda>(AGENDA_FILE, text(AGENDA_FILE)));
        let countries = keep(
            &mut errors,
            parse::<CountriesFile>(COUNTRIES_FILE, text(COUNTRIES_FILE)),
        );
        let indicators = keep(
            &mut errors,
            parse::<IndicatorsFile>(INDICATORS_FILE, text(INDICATORS_FILE)),
        );
        let values = keep(&mut errors, parse::<ValuesFile>(VALUES_FILE, text(VALUES_FILE)));
        let instruments = keep(
            &mut errors,
            parse::<InstrumentsFile>(INSTRUMENTS_FILE, text(INSTRUMENTS_FILE)),
        );
        let envelopes = keep(
            &mut errors,
            parse::<EnvelopesFile>(ENVELOPES_FILE, text(ENVELOPES_FILE)),
        );
        #[cfg(feature = "intern")]
        let intern = (
            keep(
                &mut errors,
                parse::<SourceRegistry>(INTERN_SOURCES_FILE, text(INTERN_SOURCES_FILE)),
            ),
            keep(
                &mut errors,
                parse::<InternCountriesFile>(INTERN_COUNTRIES_FILE, text(INTERN_COUNTRIES_FILE)),
            ),
            keep(
                &mut errors,
                parse::<crate::plan::step_plan::StepTemplate>(
                    crate::plan::step_plan::types::STEP_PLAN_FILE,
                    text(crate::plan::step_plan::types::STEP_PLAN_FILE),
                ),
            ),
        );
        #[cfg(feature = "intern")]
        let (Some(intern_sources), Some(intern_countries), Some(step_template)) = intern
        else {
            return Err(errors);
        };
        let (
            Some(sources),
            Some(agenda),
            Some(countries),
            Some(indicators),
            Some(values),
            Some(instruments),
            Some(envelopes),
        ) = (
            sources,
            agenda,
            countries,
            indicators,
            values,
            instruments,
            envelopes,
        )
        else {
            return Err(errors);
        };
        // The agenda is the released memo's: it may cite public sources only.
        #[cfg(feature = "intern")]
        let public_registry = sources.clone();
        #[cfg(feature = "intern")]
        let (sources, countries) = {
            let mut sources = sources;
            let mut countries = countries;
            merge_intern(
                &mut errors,
                &mut sources,
                &mut countries.countries,
                intern_sources,
                intern_countries,
            );
            (sources, countries)
        };
        let dataset = Dataset {
            sources: sources.sources.clone(),
            countries: countries.countries,
            indicators: indicators.indicators,
            values: values.values,
            instruments: instruments.instruments,
        };
        let bundle = Bundle {
            sources,
            agenda,
            dataset,
            envelopes: envelopes.envelopes,
            #[cfg(feature = "intern")]
            step_template,
        };
        #[cfg(feature = "intern")]
        errors.extend(crate::plan::step_plan::check::validate_template(
            crate::plan::step_plan::types::STEP_PLAN_FILE,
            "$",
            &bundle.step_template,
            Some(&bundle.sources),
        ));
        #[cfg(not(feature = "intern"))]
        errors.extend(validate_agenda(&bundle.agenda, &bundle.sources));
        #[cfg(feature = "intern")]
        errors.extend(validate_agenda(&bundle.agenda, &public_registry));
        errors.extend(validate_envelopes(
            ENVELOPES_FILE,
            &bundle.envelopes,
            &bundle.sources,
        ));
        let files = DatasetFiles {
            sources: SOURCES_FILE,
            countries: COUNTRIES_FILE,
            indicators: INDICATORS_FILE,
            values: VALUES_FILE,
            instruments: INSTRUMENTS_FILE,
        };
        // The registry itself was checked by `validate` already.
        errors.extend(
            validate_dataset(&bundle.dataset, files, current_year, &[])
                .into_iter()
                .filter(|e| e.file != SOURCES_FILE),
        );
        if errors.is_empty() {
            Ok(bundle)
        } else {
            Err(errors)
        }
    }
}

/// Adds the internal sources to the registry and the internal instruments in use to their
/// countries. An internal source may not reuse a public id, nor name a country the public data
/// lacks: the internal edition extends the public one, never changes it.
#[cfg(feature = "intern")]
fn merge_intern(
    errors: &mut Vec<DataError>,
    sources: &mut SourceRegistry,
    countries: &mut [Country],
    intern_sources: SourceRegistry,
    intern_countries: InternCountriesFile,
) {
    let mut seen = std::collections::HashSet::new();
    for (i, source) in intern_sources.sources.iter().enumerate() {
        crate::check::rules::check_source(
            errors,
            INTERN_SOURCES_FILE,
            &format!("$.sources[{i}]"),
            source,
            &mut seen,
        );
    }
    for (i, source) in intern_sources.sources.into_iter().enumerate() {
        if sources.get(&source.id).is_some() {
            errors.push(DataError::new(
                INTERN_SOURCES_FILE,
                format!("$.sources[{i}].id"),
                Reason::DuplicateId {
                    kind: crate::check::reason::IdKind::Source,
                    id: source.id.clone(),
                },
            ));
        } else {
            sources.sources.push(source);
        }
    }
    for (i, extra) in intern_countries.countries.into_iter().enumerate() {
        match countries.iter_mut().find(|c| c.iso3 == extra.iso3) {
            Some(country) => country.instruments.extend(extra.instruments),
            None => errors.push(DataError::new(
                INTERN_COUNTRIES_FILE,
                format!("$.countries[{i}].iso3"),
                Reason::UnknownCountry(extra.iso3.clone()),
            )),
        }
    }
}

fn keep<T>(errors: &mut Vec<DataError>, result: Result<T, DataError>) -> Option<T> {
    result.map_err(|e| errors.push(e)).ok()
}

/// A user's own dataset, one JSON file with `sources`, `countries`, `indicators`, `values` and
/// optionally `instruments` (without them the bundled catalogue stays in use).
pub fn parse_dataset_file(
    file_name: &str,
    text: &str,
    current_year: u16,
    bundled_instruments: &[Instrument],
) -> Result<Dataset, Vec<DataError>> {
    if text.len() > MAX_FILE_BYTES {
        return Err(vec![DataError::new(
            file_name,
            "$",
            Reason::TooLarge {
                bytes: text.len() as u64,
            },
        )]);
    }
    let mut dataset = parse::<Dataset>(file_name, text).map_err(|e| vec![e])?;
    let own_instruments = !dataset.instruments.is_empty();
    let extra: Vec<&str> = if own_instruments {
        vec![]
    } else {
        bundled_instruments.iter().map(|i| i.id.as_str()).collect()
    };
    let errors = validate_dataset(&dataset, DatasetFiles::single(file_name), current_year, &extra);
    if !errors.is_empty() {
        return Err(errors);
    }
    if !own_instruments {
        dataset.instruments = bundled_instruments.to_vec();
    }
    Ok(dataset)
}

pub const MAP_FILE: &str = "data/map.json";
const MAP_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/data/map.json"));

impl crate::data::map::WorldMap {
    pub fn bundled() -> Result<crate::data::map::WorldMap, DataError> {
        parse(MAP_FILE, MAP_JSON)
    }
}
