//! Checks of a country dataset beyond its JSON shape: ISO codes, references between parts,
//! value ranges per unit, years, plain text without personal data. Used by the build
//! (`validate-data`), the tests and the in-app import alike.

use std::collections::HashSet;

use crate::check::error::DataError;
use crate::check::reason::{IdKind, Reason};
use crate::check::rules::{check_date, check_id, check_plain, check_source, check_text};
use crate::data::dataset::{Basis, Dataset, IndicatorUnit, ListKind, SettledFact};
use crate::data::iso3166_table::ISO3166;

/// Codes outside ISO 3166-1 that public statistics use, accepted on purpose.
/// XKX: Kosovo, as used by the EU and the World Bank (UNSCR 1244).
pub const USER_ASSIGNED_CODES: [&str; 1] = ["XKX"];

/// Largest dataset file accepted, in bytes (the refusal says it, so it lives with the reasons).
pub use crate::check::reason::MAX_FILE_BYTES;

/// Which file each part of the dataset came from (one file for an import, several for the
/// bundled data), so errors name the file a user has to open.
#[derive(Clone, Copy, Debug)]
pub struct DatasetFiles<'a> {
    pub sources: &'a str,
    pub countries: &'a str,
    pub indicators: &'a str,
    pub values: &'a str,
    pub instruments: &'a str,
}

impl<'a> DatasetFiles<'a> {
    pub fn single(file: &'a str) -> DatasetFiles<'a> {
        DatasetFiles {
            sources: file,
            countries: file,
            indicators: file,
            values: file,
            instruments: file,
        }
    }
}

pub fn is_country_code(code: &str) -> bool {
    USER_ASSIGNED_CODES.contains(&code) || ISO3166.iter().any(|(alpha3, _, _, _)| *alpha3 == code)
}

/// `extra_instruments`: instrument ids that exist outside this dataset (the bundled catalogue,
/// when a user's file brings none of its own).
pub fn validate_dataset(
    dataset: &Dataset,
    files: DatasetFiles,
    current_year: u16,
    extra_instruments: &[&str],
) -> Vec<DataError> {
    let mut errors = Vec::new();
    let mut source_ids = HashSet::new();
    for (i, source) in dataset.sources.iter().enumerate() {
        check_source(
            &mut errors,
            files.sources,
            &format!("$.sources[{i}]"),
            source,
            &mut source_ids,
        );
    }
    let source_exists = |errors: &mut Vec<DataError>, file: &str, at: String, id: &str| {
        if !source_ids.contains(id) {
            errors.push(DataError::new(file, at, Reason::UnknownSource(id.to_string())));
        }
    };
    for (i, source) in dataset.sources.iter().enumerate() {
        for (j, id) in source.compared_with.iter().enumerate() {
            let at = format!("$.sources[{i}].compared_with[{j}]");
            source_exists(&mut errors, files.sources, at, id);
        }
    }

    let mut instrument_ids: HashSet<&str> = extra_instruments.iter().copied().collect();
    let mut own_instruments = HashSet::new();
    for (i, instrument) in dataset.instruments.iter().enumerate() {
        let file = files.instruments;
        let at = format!("$.instruments[{i}]");
        check_id(
            &mut errors,
            file,
            &at,
            &instrument.id,
            IdKind::Instrument,
            '-',
            &mut own_instruments,
        );
        instrument_ids.insert(instrument.id.as_str());
        check_text(&mut errors, file, &format!("{at}.name"), &instrument.name);
        check_text(
            &mut errors,
            file,
            &format!("{at}.description"),
            &instrument.description,
        );
        if instrument.lead.is_empty() && instrument.lead_basis == Basis::Source {
            errors.push(DataError::new(
                file,
                format!("{at}.lead"),
                Reason::LeadNeedsOrganisation,
            ));
        }
        for (l, lead) in instrument.lead.iter().enumerate() {
            check_plain(&mut errors, file, &format!("{at}.lead[{l}]"), lead);
        }
        if let Some(basis) = &instrument.legal_basis {
            check_plain(&mut errors, file, &format!("{at}.legal_basis"), basis);
        }
        source_exists(&mut errors, file, format!("{at}.source"), &instrument.source);
        let mut aspects_seen = HashSet::new();
        for (a, aspect) in instrument.aspects.iter().enumerate() {
            let at = format!("{at}.aspects[{a}]");
            if !aspects_seen.insert(aspect.aspect) {
                errors.push(DataError::new(
                    file,
                    format!("{at}.aspect"),
                    Reason::DuplicateAspect,
                ));
            }
            match (&aspect.source, aspect.basis) {
                (Some(source), _) => source_exists(&mut errors, file, format!("{at}.source"), source),
                (None, Basis::Source) => errors.push(DataError::new(
                    file,
                    format!("{at}.source"),
                    Reason::SourcedAspectNeedsSource,
                )),
                (None, Basis::Assumption) => {}
            }
            if let Some(locator) = &aspect.locator {
                check_plain(&mut errors, file, &format!("{at}.locator"), locator);
            }
        }
    }

    let mut country_codes = HashSet::new();
    for (i, country) in dataset.countries.iter().enumerate() {
        let file = files.countries;
        let at = format!("$.countries[{i}]");
        if !is_country_code(&country.iso3) {
            errors.push(DataError::new(
                file,
                format!("{at}.iso3"),
                Reason::NotCountryCode(country.iso3.clone()),
            ));
        }
        if !country_codes.insert(country.iso3.as_str()) {
            errors.push(DataError::new(
                file,
                format!("{at}.iso3"),
                Reason::DuplicateCountry(country.iso3.clone()),
            ));
        }
        check_text(&mut errors, file, &format!("{at}.name"), &country.name);
        if let Some(partnership) = &country.eu_partnership {
            let at = format!("{at}.eu_partnership");
            match &partnership.label {
                Some(label) => check_text(&mut errors, file, &format!("{at}.label"), label),
                None if partnership.status == SettledFact::Yes => errors.push(DataError::new(
                    file,
                    format!("{at}.label"),
                    Reason::PartnershipNeedsLabelAndDate,
                )),
                None => {}
            }
            match &partnership.date {
                Some(date) => check_date(&mut errors, file, format!("{at}.date"), date),
                None if partnership.status == SettledFact::Yes => errors.push(DataError::new(
                    file,
                    format!("{at}.date"),
                    Reason::PartnershipNeedsLabelAndDate,
                )),
                None => {}
            }
            if let Some(amount) = partnership.amount_eur_mln {
                if !amount.is_finite() || amount < 0.0 {
                    errors.push(DataError::new(
                        file,
                        format!("{at}.amount_eur_mln"),
                        Reason::NotAmount(amount),
                    ));
                }
            }
            if let Some(note) = &partnership.note {
                check_text(&mut errors, file, &format!("{at}.note"), note);
            }
            source_exists(&mut errors, file, format!("{at}.source"), &partnership.source);
        }
        if let Some(visa) = &country.visa_25a {
            if let Some(since) = &visa.since {
                check_date(&mut errors, file, format!("{at}.visa_25a.since"), since);
            }
            if let Some(note) = &visa.note {
                check_text(&mut errors, file, &format!("{at}.visa_25a.note"), note);
            }
            source_exists(&mut errors, file, format!("{at}.visa_25a.source"), &visa.source);
        }
        if let Some(development) = &country.development {
            source_exists(
                &mut errors,
                file,
                format!("{at}.development.source"),
                &development.source,
            );
        }
        for (u, used) in country.instruments.iter().enumerate() {
            let at = format!("{at}.instruments[{u}]");
            if !instrument_ids.contains(used.instrument.as_str()) {
                errors.push(DataError::new(
                    file,
                    format!("{at}.instrument"),
                    Reason::UnknownInstrument(used.instrument.clone()),
                ));
            }
            check_text(&mut errors, file, &format!("{at}.note"), &used.note);
            source_exists(&mut errors, file, format!("{at}.source"), &used.source);
            if let Some(ended) = &used.ended {
                check_date(&mut errors, file, format!("{at}.ended.date"), &ended.date);
                source_exists(&mut errors, file, format!("{at}.ended.source"), &ended.source);
            }
        }
    }

    let mut indicator_ids = HashSet::new();
    for (i, indicator) in dataset.indicators.iter().enumerate() {
        let file = files.indicators;
        let at = format!("$.indicators[{i}]");
        check_id(
            &mut errors,
            file,
            &at,
            &indicator.id,
            IdKind::Indicator,
            '_',
            &mut indicator_ids,
        );
        check_text(&mut errors, file, &format!("{at}.name"), &indicator.name);
        check_text(
            &mut errors,
            file,
            &format!("{at}.description"),
            &indicator.description,
        );
        if indicator.default_weight > 5 {
            errors.push(DataError::new(
                file,
                format!("{at}.default_weight"),
                Reason::NotGrade(indicator.default_weight),
            ));
        }
        if indicator.derived_from.is_some() && indicator.unit != IndicatorUnit::Level {
            errors.push(DataError::new(
                file,
                format!("{at}.unit"),
                Reason::DerivedNeedsLevel,
            ));
        }
        source_exists(&mut errors, file, format!("{at}.source"), &indicator.source);
        check_list_kind(&mut errors, file, &at, dataset, i);
    }

    let mut pairs = HashSet::new();
    for (i, observation) in dataset.values.iter().enumerate() {
        let file = files.values;
        let at = format!("$.values[{i}]");
        if !country_codes.contains(observation.country.as_str()) {
            errors.push(DataError::new(
                file,
                format!("{at}.country"),
                Reason::UnknownCountry(observation.country.clone()),
            ));
        }
        let indicator = dataset.indicator(&observation.indicator);
        match indicator {
            None => errors.push(DataError::new(
                file,
                format!("{at}.indicator"),
                Reason::UnknownIndicator(observation.indicator.clone()),
            )),
            Some(indicator) if indicator.derived_from.is_some() => errors.push(DataError::new(
                file,
                format!("{at}.indicator"),
                Reason::DerivedTakesNoValues(indicator.id.clone()),
            )),
            Some(_) => {}
        }
        if !pairs.insert((observation.country.as_str(), observation.indicator.as_str())) {
            errors.push(DataError::new(
                file,
                at.clone(),
                Reason::SecondValue {
                    country: observation.country.clone(),
                    indicator: observation.indicator.clone(),
                },
            ));
        }
        if let (Some(value), Some(indicator)) = (observation.value, indicator) {
            if let Some(reason) = out_of_range(value, indicator.unit) {
                errors.push(DataError::new(file, format!("{at}.value"), reason));
            }
            if observation.year.is_none() {
                errors.push(DataError::new(file, format!("{at}.year"), Reason::YearMissing));
            }
        }
        if let Some(year) = observation.year {
            if !(1990..=current_year).contains(&year) {
                errors.push(DataError::new(
                    file,
                    format!("{at}.year"),
                    Reason::NotYear {
                        year,
                        max: current_year,
                    },
                ));
            }
        }
        if let Some(note) = &observation.note {
            check_text(&mut errors, file, &format!("{at}.note"), note);
        }
        source_exists(&mut errors, file, format!("{at}.source"), &observation.source);
    }
    errors
}

/// A list kind must fit the indicator, and a top-N list must hold what it claims: at most `n`
/// values from its own source, none below the bound. Values from other sources may lie below
/// it (a press report of a country off the list is still a figure).
fn check_list_kind(errors: &mut Vec<DataError>, file: &str, at: &str, dataset: &Dataset, index: usize) {
    let indicator = &dataset.indicators[index];
    let Some(list) = &indicator.list else {
        return;
    };
    if indicator.derived_from.is_some() {
        errors.push(DataError::new(
            file,
            format!("{at}.list"),
            Reason::DerivedTakesNoList,
        ));
        return;
    }
    let ListKind::TopN { n, bound, wording } = list else {
        return;
    };
    if *n == 0 {
        errors.push(DataError::new(file, format!("{at}.list.n"), Reason::TopNEmpty));
    }
    if let Some(reason) = out_of_range(*bound, indicator.unit) {
        errors.push(DataError::new(file, format!("{at}.list.bound"), reason));
    }
    check_text(errors, file, &format!("{at}.list.wording"), wording);
    let listed: Vec<(usize, f64)> = dataset
        .values
        .iter()
        .enumerate()
        .filter(|(_, v)| v.indicator == indicator.id && v.source == indicator.source)
        .filter_map(|(i, v)| v.value.map(|value| (i, value)))
        .collect();
    for &(i, value) in &listed {
        if value < *bound {
            errors.push(DataError::new(
                file,
                format!("$.values[{i}].value"),
                Reason::BelowBound { value, bound: *bound },
            ));
        }
    }
    if listed.len() > *n as usize {
        errors.push(DataError::new(
            file,
            format!("{at}.list.n"),
            Reason::TooManyListed { count: listed.len() },
        ));
    }
}

fn out_of_range(value: f64, unit: IndicatorUnit) -> Option<Reason> {
    if !value.is_finite() {
        return Some(Reason::NotNumber(value));
    }
    match unit {
        IndicatorUnit::Count if value < 0.0 || value.fract() != 0.0 => Some(Reason::NotCount(value)),
        IndicatorUnit::Share if !(0.0..=1.0).contains(&value) => Some(Reason::NotShare(value)),
        IndicatorUnit::Level if !(0.0..=1.0).contains(&value) => Some(Reason::NotLevel(value)),
        IndicatorUnit::Dollars if value < 0.0 => Some(Reason::NotAmount(value)),
        _ => None,
    }
}
