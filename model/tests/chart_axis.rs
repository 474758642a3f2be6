//! The plan charts' value axis: round steps that cover the largest amount without waste, and
//! labels in the reader's number format.

use beleidsagenda_model::plan::axis::{axis_ticks, euros_short};
use beleidsagenda_model::Lang;
use proptest::prelude::*;

#[test]
fn known_axes() {
    let mln = 1_000_000;
    assert_eq!(
        axis_ticks(6_800_000, 5),
        vec![0, 2 * mln, 4 * mln, 6 * mln, 8 * mln]
    );
    assert_eq!(
        axis_ticks(6_000_000, 6),
        vec![0, mln, 2 * mln, 3 * mln, 4 * mln, 5 * mln, 6 * mln]
    );
    assert_eq!(
        axis_ticks(118 * mln, 5),
        vec![0, 25 * mln, 50 * mln, 75 * mln, 100 * mln, 125 * mln]
    );
    assert_eq!(axis_ticks(1, 5), vec![0, 1]);
    assert_eq!(axis_ticks(0, 5), vec![0, 1], "an empty plan still has an axis");
}

#[test]
fn labels_in_the_readers_format() {
    assert_eq!(euros_short(2_500_000, Lang::Nl), "EUR 2,5 mln");
    assert_eq!(euros_short(2_500_000, Lang::En), "EUR 2.5 mln");
    assert_eq!(euros_short(125_000_000, Lang::Nl), "EUR 125 mln");
    assert_eq!(euros_short(6_825_000, Lang::Nl), "EUR 6,83 mln");
    assert_eq!(euros_short(250_000, Lang::Nl), "EUR 250.000");
    assert_eq!(euros_short(0, Lang::En), "EUR 0");
}

proptest! {
    #[test]
    fn ticks_cover_the_maximum_with_round_steps(max in 0i64..2_000_000_000_000, steps in 1usize..12) {
        let ticks = axis_ticks(max, steps);
        prop_assert!(ticks.len() >= 2 && ticks.len() <= steps + 1);
        prop_assert_eq!(ticks[0], 0);
        let step = ticks[1];
        prop_assert!(ticks.windows(2).all(|w| w[1] - w[0] == step));
        let top = *ticks.last().unwrap();
        prop_assert!(top >= max, "covers the maximum");
        prop_assert!(top - step < max.max(1), "no step wholly above the maximum");
        // 1, 2, 2.5 or 5 times a power of ten.
        let mut mantissa = step * 10;
        while mantissa >= 100 && mantissa % 10 == 0 { mantissa /= 10; }
        prop_assert!([10, 20, 25, 50].contains(&mantissa), "step {}", step);
    }
}
