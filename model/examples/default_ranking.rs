//! Prints the bundled default ranking: `cargo run -p beleidsagenda-model --example default_ranking`.
use beleidsagenda_model::selection::{rank_dataset, SelectionSettings, Status};
use beleidsagenda_model::Bundle;

fn main() {
    let dataset = Bundle::bundled(2026).expect("bundled data").dataset;
    let settings = SelectionSettings::defaults(&dataset);
    let (_, _, ranking) = rank_dataset(&dataset, &settings);
    let mut rows: Vec<_> = ranking.iter().collect();
    rows.sort_by_key(|r| (r.rank.is_none(), r.rank, r.iso3.clone()));
    for r in rows {
        println!(
            "{:>3} {} {:?} score {} coverage {:.0} % {:?}",
            r.rank.map(|n| n.to_string()).unwrap_or_else(|| "–".into()),
            r.iso3,
            r.tier,
            r.score.map(|s| format!("{s:.3}")).unwrap_or_else(|| "–".into()),
            r.coverage * 100.0,
            if r.status == Status::Ranked {
                String::new()
            } else {
                format!("{:?}", r.status)
            }
        );
    }
}
