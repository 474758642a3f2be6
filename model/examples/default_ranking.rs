//! Prints the bundled ranking under the default settings, or with another rule for values
//! below a top-N list's bound:
//! `cargo run -p beleidsagenda-model --example default_ranking [-- bound|half|zero|out]`.

use beleidsagenda_model::selection::scoring::CensoredRule;
use beleidsagenda_model::selection::url_state::censored_code;
use beleidsagenda_model::selection::{rank_dataset, SelectionSettings};
use beleidsagenda_model::Bundle;

fn main() {
    let dataset = Bundle::bundled(2026).expect("bundled data").dataset;
    let mut settings = SelectionSettings::defaults(&dataset);
    if let Some(code) = std::env::args().nth(1) {
        match CensoredRule::ALL.into_iter().find(|r| censored_code(*r) == code) {
            Some(rule) => settings.normalisation.censored = rule,
            None => {
                eprintln!("unknown rule {code:?}: use bound, half, zero or out");
                std::process::exit(2);
            }
        }
    }
    let (_, _, ranking) = rank_dataset(&dataset, &settings);
    let mut rows: Vec<_> = ranking.iter().collect();
    rows.sort_by_key(|r| (r.rank.is_none(), r.rank, r.iso3.clone()));
    for r in rows {
        println!(
            "{:>3} {} {:<10} score {} coverage {:>3.0} % {:?}",
            r.rank.map(|n| n.to_string()).unwrap_or_else(|| "–".into()),
            r.iso3,
            r.tier.map(|t| format!("{t:?}")).unwrap_or_else(|| "–".into()),
            r.score
                .map(|s| format!("{s:.3}"))
                .unwrap_or_else(|| "–    ".into()),
            r.coverage * 100.0,
            r.status,
        );
    }
}
