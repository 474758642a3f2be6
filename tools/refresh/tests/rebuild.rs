//! The offline rebuild on the committed snapshots: the committed figures are exactly what the
//! snapshots give, a snapshot that is not the one fetched is refused, and a table that no longer
//! fits a recipe stops the rebuild with what changed.

use std::path::{Path, PathBuf};

use refresh::rdata::read_frames;
use refresh::rebuild::{rebuild, DataDir};
use refresh::recipe::{Absent, Filter, Made, Recipe, Time, Year, RECIPES};
use refresh::table::{Column, Table};

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

#[test]
fn the_committed_data_are_the_rebuild_from_the_snapshots() {
    let rebuilt = rebuild(&DataDir(data_dir())).expect("rebuilds");
    // Six criteria for the 58 countries: a rebuild that made nothing would prove nothing.
    assert_eq!(rebuilt.figures, 6 * 58);
    assert_eq!(
        rebuilt.differences,
        Vec::<String>::new(),
        "run `cargo run -p refresh -- --from-snapshots` and review the diff"
    );
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn a_snapshot_that_is_not_the_one_fetched_is_refused() {
    let scratch = std::env::temp_dir().join(format!("refresh-tamper-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&scratch);
    copy_dir(&data_dir(), &scratch);
    let wdi = scratch.join("snapshots/gdidata/wdi.rda");
    let mut bytes = std::fs::read(&wdi).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    std::fs::write(&wdi, bytes).unwrap();
    let error = rebuild(&DataDir(scratch.clone())).unwrap_err();
    assert!(error.contains("SHA-256") && error.contains("wdi.rda"), "{error}");
    std::fs::remove_dir_all(&scratch).unwrap();
}

#[test]
fn the_r_data_reader_gives_the_known_rows_of_a_snapshot() {
    let bytes = std::fs::read(data_dir().join("snapshots/gdidata/eu_asyapp.rda")).unwrap();
    let frames = read_frames(&bytes).expect("reads");
    assert_eq!(frames.len(), 1);
    let t = &frames[0];
    assert_eq!(t.name, "eu_asyapp");
    let names: Vec<_> = t.columns.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["geo", "t", "nat", "sex", "n"]);
    // Known answers read independently with pyreadr 0.5: 43,896 rows; Syrians in the
    // Netherlands in 2024 were 2,040 women, 9,605 men and 10 of unknown sex.
    assert_eq!(t.rows(), 43_896);
    let (geo, year, nat, sex, n) = (
        t.text("geo").unwrap(),
        t.number("t").unwrap(),
        t.text("nat").unwrap(),
        t.text("sex").unwrap(),
        t.number("n").unwrap(),
    );
    let mut syrians: Vec<(String, f64)> = (0..t.rows())
        .filter(|&i| {
            geo[i].as_deref() == Some("NLD") && year[i] == Some(2024.0) && nat[i].as_deref() == Some("SYR")
        })
        .map(|i| (sex[i].clone().unwrap(), n[i].unwrap()))
        .collect();
    syrians.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(
        syrians,
        [
            ("female".into(), 2040.0),
            ("male".into(), 9605.0),
            ("unknown".into(), 10.0)
        ]
    );
    // An integer column (the WDI year) reads as numbers, the ABW birth rate of 1990 first.
    let wdi = read_frames(&std::fs::read(data_dir().join("snapshots/gdidata/wdi.rda")).unwrap()).unwrap();
    assert_eq!(wdi[0].rows(), 92_435);
    assert_eq!(wdi[0].number("t").unwrap()[0], Some(1990.0));
    assert_eq!(wdi[0].number("v").unwrap()[0], Some(18.662));
    assert!(read_frames(b"RDX3\nX\n").is_err(), "a cut file is refused");
    assert!(read_frames(b"not R data").is_err());
}

fn small_table() -> Table {
    let text = |v: &[&str]| Column::Text(v.iter().map(|s| Some(s.to_string())).collect());
    Table {
        name: "small".into(),
        columns: vec![
            ("geo".into(), text(&["NLD", "NLD", "NLD", "EU27"])),
            ("nat".into(), text(&["MAR", "MAR", "TUN", "MAR"])),
            (
                "t".into(),
                Column::Number(vec![Some(2024.0), Some(2024.0), Some(2023.0), Some(2024.0)]),
            ),
            (
                "n".into(),
                Column::Number(vec![Some(10.0), Some(5.0), Some(7.0), Some(99.0)]),
            ),
        ],
    }
}

const SMALL: Recipe = Recipe {
    indicator: "small",
    snapshot: "small",
    table: "small",
    filters: &[Filter {
        column: "geo",
        any_of: &["NLD"],
    }],
    country: "nat",
    not_countries: &["EU27"],
    value: "n",
    time: Time::Year("t"),
    year: Year::Fixed(2024),
    absent: Absent::Zero,
    round: true,
};

#[test]
fn a_recipe_sums_the_matching_rows_and_follows_the_list_kind_for_an_absent_country() {
    let countries = ["MAR".to_string(), "TUN".to_string()];
    let made = SMALL.apply(&small_table(), &countries).unwrap();
    assert_eq!(
        made["MAR"],
        Made {
            value: Some(15.0),
            year: Some(2024)
        }
    );
    // Tunisia has no 2024 row: a complete list gives 0 for the year, a partial one unknown.
    assert_eq!(
        made["TUN"],
        Made {
            value: Some(0.0),
            year: Some(2024)
        }
    );
    let partial = Recipe {
        absent: Absent::Unknown,
        ..SMALL
    };
    assert_eq!(
        partial.apply(&small_table(), &countries).unwrap()["TUN"],
        Made {
            value: None,
            year: None
        }
    );
    let latest = Recipe {
        year: Year::Latest,
        absent: Absent::Unknown,
        ..SMALL
    };
    assert_eq!(
        latest.apply(&small_table(), &countries).unwrap()["TUN"],
        Made {
            value: Some(7.0),
            year: Some(2023)
        }
    );
}

#[test]
fn a_table_that_no_longer_fits_its_recipe_stops_with_what_changed() {
    let countries = ["MAR".to_string()];
    let renamed = Recipe {
        country: "citizen",
        ..SMALL
    };
    let e = renamed.apply(&small_table(), &countries).unwrap_err();
    assert!(e.contains("no column `citizen`"), "{e}");
    let gone = Recipe {
        filters: &[Filter {
            column: "geo",
            any_of: &["BEL"],
        }],
        ..SMALL
    };
    let e = gone.apply(&small_table(), &countries).unwrap_err();
    assert!(e.contains("no longer has `BEL`"), "{e}");
    let later = Recipe {
        year: Year::Fixed(2025),
        ..SMALL
    };
    let e = later.apply(&small_table(), &countries).unwrap_err();
    assert!(e.contains("no figures for 2025"), "{e}");
    let mut odd = small_table();
    odd.columns[1].1 = Column::Text(vec![Some("MAR".into()), Some("QQQ".into()), None, None]);
    let e = SMALL.apply(&odd, &countries).unwrap_err();
    assert!(e.contains("not in ISO 3166-1: QQQ"), "{e}");
}

#[test]
fn every_refreshed_criterion_has_a_recipe_on_a_committed_snapshot() {
    let manifest = refresh::snapshot::Manifest::load(&data_dir().join("snapshots")).unwrap();
    for r in RECIPES {
        let fallback = RECIPES
            .iter()
            .filter(|o| o.indicator == r.indicator)
            .any(|o| manifest.get(o.snapshot).is_ok());
        assert!(fallback, "{} has no committed snapshot", r.indicator);
    }
}
