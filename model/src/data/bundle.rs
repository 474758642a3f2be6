use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::check::agenda::validate_agenda;
use crate::check::dataset::{validate_dataset, DatasetFiles, MAX_FILE_BYTES};
use crate::check::envelopes::validate_envelopes;
use crate::check::error::DataError;
use crate::check::reason::Reason;
use crate::data::agenda::{Agenda, NESTED_PATH_MARK};
use crate::data::dataset::{Country, Dataset, Indicator, Instrument, Observation};
use crate::data::sources::SourceRegistry;
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
    (SOURCES_FILE, include_str!("../../../data/sources.json")),
    (AGENDA_FILE, include_str!("../../../data/agenda.json")),
    (COUNTRIES_FILE, include_str!("../../../data/countries.json")),
    (INDICATORS_FILE, include_str!("../../../data/indicators.json")),
    (VALUES_FILE, include_str!("../../../data/values.json")),
    (INSTRUMENTS_FILE, include_str!("../../../data/instruments.json")),
    (ENVELOPES_FILE, include_str!("../../../data/envelopes.json")),
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

/// All data the app shows, parsed and cross-checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Bundle {
    pub sources: SourceRegistry,
    pub agenda: Agenda,
    /// The bundled country dataset; its `sources` are the registry's.
    pub dataset: Dataset,
    /// The budgets a plan is charged to, as their sources give them.
    pub envelopes: Vec<Envelope>,
}

impl Bundle {
    /// The data compiled into the app. The native test suite proves this succeeds, so the app
    /// never starts with data that would fail here.
    pub fn bundled(current_year: u16) -> Result<Bundle, Vec<DataError>> {
        let texts: Vec<(&str, &str)> = BUNDLED_FILES.to_vec();
        Bundle::from_files(&texts, current_year)
    }

    /// Parses and validates the files (paths as in [`BUNDLED_FILES`]), reporting every error
    /// found rather than the first.
    pub fn from_files(files: &[(&str, &str)], current_year: u16) -> Result<Bundle, Vec<DataError>> {
        let text = |name: &str| {
            files
                .iter()
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
        };
        errors.extend(validate_agenda(&bundle.agenda, &bundle.sources));
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

/// Deserialises one file, turning serde's error into file + JSON path + reason.
pub fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, DataError> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value: T = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|error| data_error(file, &error.path().to_string(), error.inner()))?;
    // Trailing content after the document is as wrong as a syntax error inside it.
    deserializer.end().map_err(|error| data_error(file, "", &error))?;
    Ok(value)
}

fn data_error(file: &str, serde_path: &str, inner: &serde_json::Error) -> DataError {
    let mut reason = inner.to_string();
    // serde_json appends " at line L column C"; the position is kept separately.
    if let Some(cut) = reason.rfind(" at line ") {
        reason.truncate(cut);
    }
    let mut path = json_path(serde_path);
    if let Some((nested, rest)) = reason.split_once(NESTED_PATH_MARK) {
        if !nested.is_empty() && nested != "." {
            path = format!("{path}.{nested}");
        }
        reason = rest.to_string();
    }
    DataError {
        file: file.to_string(),
        path,
        reason: Box::new(Reason::from_serde(&reason)),
        position: (inner.line() > 0).then(|| (inner.line(), inner.column())),
    }
}

fn json_path(serde_path: &str) -> String {
    match serde_path {
        "" | "." => "$".to_string(),
        p if p.starts_with('[') => format!("${p}"),
        p => format!("$.{p}"),
    }
}
