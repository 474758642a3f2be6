//! The organisations a plan line is led by or contributed to.

use serde::{Deserialize, Serialize};

/// The ministries and chain partners the memo names. Serialised as they are written in the
/// instrument catalogue's `lead`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
pub enum Org {
    #[serde(rename = "A&M")]
    AsylumMigration,
    #[serde(rename = "BZ")]
    ForeignAffairs,
    #[serde(rename = "BHO")]
    TradeDevelopment,
    #[serde(rename = "COA")]
    Coa,
    #[serde(rename = "IND")]
    Ind,
    #[serde(rename = "DT&V")]
    Dtv,
    #[serde(rename = "KMar")]
    KMar,
    #[serde(rename = "Nationale Politie")]
    Police,
}

impl Org {
    pub const ALL: [Org; 8] = [
        Org::AsylumMigration,
        Org::ForeignAffairs,
        Org::TradeDevelopment,
        Org::Coa,
        Org::Ind,
        Org::Dtv,
        Org::KMar,
        Org::Police,
    ];

    /// The short name used in the catalogue, the CSV and the charts.
    pub fn code(self) -> &'static str {
        match self {
            Org::AsylumMigration => "A&M",
            Org::ForeignAffairs => "BZ",
            Org::TradeDevelopment => "BHO",
            Org::Coa => "COA",
            Org::Ind => "IND",
            Org::Dtv => "DT&V",
            Org::KMar => "KMar",
            Org::Police => "Nationale Politie",
        }
    }

    pub fn from_code(code: &str) -> Option<Org> {
        Org::ALL.into_iter().find(|o| o.code() == code)
    }

    /// A stable token for element ids and form values.
    pub fn token(self) -> &'static str {
        match self {
            Org::AsylumMigration => "am",
            Org::ForeignAffairs => "bz",
            Org::TradeDevelopment => "bho",
            Org::Coa => "coa",
            Org::Ind => "ind",
            Org::Dtv => "dtv",
            Org::KMar => "kmar",
            Org::Police => "politie",
        }
    }

    pub fn from_token(token: &str) -> Option<Org> {
        Org::ALL.into_iter().find(|o| o.token() == token)
    }
}
