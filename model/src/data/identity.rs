//! Which data a file was made with: the name the user knows it by and a fingerprint of its
//! content. A plan opened on other data shows other scores and tiers than its maker saw; the
//! fingerprint lets the app say so.

use serde::{Deserialize, Serialize};

use crate::data::dataset::Dataset;

#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DataIdentity {
    /// "Gebundelde gegevens" or the file the user loaded.
    pub name: String,
    /// FNV-1a (64 bits, hex) of the dataset as the app writes it: equal data, equal print.
    pub fingerprint: String,
}

impl DataIdentity {
    pub fn of(dataset: &Dataset, name: &str) -> DataIdentity {
        let text = serde_json::to_string(dataset).unwrap_or_default();
        DataIdentity {
            name: name.to_string(),
            fingerprint: format!("{:016x}", fnv1a(text.as_bytes())),
        }
    }

    /// Whether a file made with `self` shows other figures on the data `in_use`.
    pub fn differs_from(&self, in_use: &DataIdentity) -> bool {
        self.fingerprint != in_use.fingerprint
    }
}

/// FNV-1a, 64 bits: a fingerprint, not a defence against forgery.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, b| {
        (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The data a scenario or plan file says it was made with; `None` for a file from before files
/// said so, or one that does not read (its reader says why).
pub fn file_data(text: &str) -> Option<DataIdentity> {
    #[derive(Deserialize)]
    struct Head {
        data: Option<DataIdentity>,
    }
    serde_json::from_str::<Head>(text).ok()?.data
}
