//! The UI text of model enums lives in the model beside them (`text::labels` for the data,
//! `selection::labels`); this adds what only the view needs: the CSS class of a tier.

pub use beleidsagenda_model::selection::labels::*;
pub use beleidsagenda_model::text::labels::*;

/// CSS class of a tier's fill and pattern (map, legend, badges).
pub fn tier_class(tier: Option<beleidsagenda_model::selection::Tier>) -> &'static str {
    use beleidsagenda_model::selection::Tier;
    match tier {
        Some(Tier::Intensive) => "ba-tier-1",
        Some(Tier::Targeted) => "ba-tier-2",
        Some(Tier::Monitor) => "ba-tier-3",
        None => "ba-tier-none",
    }
}
