//! `refresh`: fetch the producers' tables into `data/snapshots/`, or rebuild `data/` from the
//! snapshots alone. See `docs/dataset.md` ("Refreshing the figures") for the commands and their cost.

use std::path::PathBuf;
use std::process::ExitCode;

use refresh::fetch;
use refresh::rebuild::{rebuild, write, DataDir};

const USAGE: &str = "usage:
  refresh --from-snapshots [--check] [--data DIR]
      Rebuild the refreshed criteria and the sources' provenance from data/snapshots/ alone.
      --check writes nothing and fails when the committed files differ from the rebuild.
  refresh fetch [--data DIR]
      Fetch every table in the fetch list (needs the network and curl), check that each reads,
      keep it under data/snapshots/ with its SHA-256 and record it in the manifest. Then run
      --from-snapshots to write the figures.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let data = args
        .iter()
        .position(|a| a == "--data")
        .and_then(|i| args.get(i + 1))
        .map_or_else(|| PathBuf::from("data"), PathBuf::from);
    let data = DataDir(data);
    let result = if args.iter().any(|a| a == "--from-snapshots") {
        from_snapshots(&data, args.iter().any(|a| a == "--check"))
    } else if args.first().map(String::as_str) == Some("fetch") {
        fetch::fetch_all(&data)
    } else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("refresh: {e}\nNothing was written.");
            ExitCode::FAILURE
        }
    }
}

fn from_snapshots(data: &DataDir, check: bool) -> Result<(), String> {
    let rebuilt = rebuild(data)?;
    for d in &rebuilt.differences {
        println!("{d}");
    }
    println!(
        "{} figures rebuilt from {}; {} differ from the committed data",
        rebuilt.figures,
        data.snapshots().display(),
        rebuilt.differences.len()
    );
    if check {
        if rebuilt.differences.is_empty() {
            Ok(())
        } else {
            Err("the committed data are not the rebuild from the snapshots (run `cargo run -p refresh -- --from-snapshots` and review the diff)".into())
        }
    } else {
        write(data, &rebuilt)?;
        println!("wrote values.json and sources.json");
        Ok(())
    }
}
