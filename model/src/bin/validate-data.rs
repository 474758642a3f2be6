//! `cargo run -p beleidsagenda-model --bin validate-data -- data/` validates the bundled data
//! folder (with `--features intern`, the internal edition's `data/intern/` as well); `… -- my-list.json` validates a dataset file as the in-app import would. Prints a
//! summary or every error (file, JSON path, reason), and exits non-zero on errors.

use std::path::Path;
use std::process::ExitCode;

use beleidsagenda_model::load::bundle::{BUNDLED_FILES, INSTRUMENTS_FILE};
use beleidsagenda_model::{parse_dataset_file, Bundle, DataError, Dataset};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [target] = args.as_slice() else {
        eprintln!("usage: validate-data <data-folder | dataset.json>");
        return ExitCode::from(2);
    };
    let year = current_year();
    let path = Path::new(target);
    let result = if path.is_dir() {
        validate_folder(path, year)
    } else {
        validate_file(path, year)
    };
    match result {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for error in &errors {
                eprintln!("{error}");
            }
            eprintln!("{} error(s)", errors.len());
            ExitCode::FAILURE
        }
    }
}

fn read(path: &Path) -> Result<String, Vec<DataError>> {
    std::fs::read_to_string(path).map_err(|e| {
        vec![DataError::new(
            &path.display().to_string(),
            "$",
            beleidsagenda_model::check::reason::Reason::Unreadable(e.to_string()),
        )]
    })
}

fn validate_folder(folder: &Path, year: u16) -> Result<String, Vec<DataError>> {
    let mut texts = Vec::new();
    #[allow(unused_mut)]
    let mut names: Vec<&str> = BUNDLED_FILES.iter().map(|(name, _)| *name).collect();
    // Built with `--features intern`, the internal edition's files under data/intern/ too.
    #[cfg(feature = "intern")]
    names.extend(
        beleidsagenda_model::load::bundle::INTERN_FILES
            .iter()
            .map(|(name, _)| *name),
    );
    for name in names {
        let relative = name.strip_prefix("data/").unwrap_or(name);
        texts.push((name, read(&folder.join(relative))?));
    }
    let files: Vec<(&str, &str)> = texts.iter().map(|(name, text)| (*name, text.as_str())).collect();
    let bundle = Bundle::from_files(&files, year)?;
    Ok(format!(
        "{}: valid. {} sources, {} agenda sections, {}",
        folder.display(),
        bundle.sources.sources.len(),
        bundle.agenda.sections.len(),
        dataset_summary(&bundle.dataset)
    ))
}

fn validate_file(file: &Path, year: u16) -> Result<String, Vec<DataError>> {
    let text = read(file)?;
    let bundled = BUNDLED_FILES
        .iter()
        .find(|(name, _)| *name == INSTRUMENTS_FILE)
        .map(|(_, t)| *t)
        .unwrap_or("");
    #[derive(serde::Deserialize)]
    struct Instruments {
        instruments: Vec<beleidsagenda_model::Instrument>,
    }
    let instruments = serde_json::from_str::<Instruments>(bundled)
        .map(|i| i.instruments)
        .unwrap_or_default();
    let dataset = parse_dataset_file(&file.display().to_string(), &text, year, &instruments)?;
    Ok(format!(
        "{}: valid. {}",
        file.display(),
        dataset_summary(&dataset)
    ))
}

fn dataset_summary(dataset: &Dataset) -> String {
    let figures = dataset.values.iter().filter(|v| v.value.is_some()).count();
    let missing = dataset.values.len() - figures;
    let mean_coverage = if dataset.countries.is_empty() {
        0.0
    } else {
        dataset
            .countries
            .iter()
            .map(|c| dataset.coverage(&c.iso3))
            .sum::<f64>()
            / dataset.countries.len() as f64
    };
    format!(
        "{} countries, {} indicators, {} figures ({} explicitly missing), {} instruments; mean coverage {:.0} %",
        dataset.countries.len(),
        dataset.indicators.len(),
        figures,
        missing,
        dataset.instruments.len(),
        mean_coverage * 100.0
    )
}

/// The calendar year, for the "years up to now" check.
fn current_year() -> u16 {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    // Days to civil year (Howard Hinnant's algorithm), enough for a year bound.
    let days = (seconds / 86_400) as i64 + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let year = year_of_era + era * 400 + i64::from(month_index >= 10);
    year as u16
}
