//! The checks by name, and where each one's rule comes from.

use serde::{Deserialize, Serialize};

/// One of the memo's rules the plan is checked against.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckId {
    Protection,
    #[cfg(feature = "intern")]
    Reciprocity,
    Capacity,
    Channels,
    Review,
    SourcedStatus,
    Consultation,
}

impl CheckId {
    pub const ALL: &'static [CheckId] = &[
        CheckId::Protection,
        #[cfg(feature = "intern")]
        CheckId::Reciprocity,
        CheckId::Capacity,
        CheckId::Channels,
        CheckId::Review,
        CheckId::SourcedStatus,
        CheckId::Consultation,
    ];

    pub fn token(self) -> &'static str {
        match self {
            CheckId::Protection => "protection",
            #[cfg(feature = "intern")]
            CheckId::Reciprocity => "reciprocity",
            CheckId::Capacity => "capacity",
            CheckId::Channels => "channels",
            CheckId::Review => "review",
            CheckId::SourcedStatus => "sourced_status",
            CheckId::Consultation => "consultation",
        }
    }

    /// A token this edition does not know (another edition's check) is `None`.
    pub fn from_token(token: &str) -> Option<CheckId> {
        CheckId::ALL.iter().copied().find(|c| c.token() == token)
    }

    /// Where the rule comes from.
    pub fn rule(self) -> Rule {
        match self {
            CheckId::Protection => Rule::Memo {
                locator: "§ 4",
                quote: "Bescherming van migranten zal steeds als een rode draad door de inzet lopen.",
                statement: "bescherming-rode-draad",
            },
            #[cfg(feature = "intern")]
            CheckId::Reciprocity => Rule::Memo {
                locator: "§ 4",
                quote: "Onderdeel van de beleidsagenda van de taskforce kan zijn het maken van afspraken over arbeidsmigratie (onder strikte voorwaarden en wederkerige afspraken over bijv. terugkeer).",
                statement: "wederkerige-afspraken",
            },
            CheckId::Capacity => Rule::Memo {
                locator: "§ 4",
                quote: "In de brief wordt uiteengezet op welke wijze landen zijn geselecteerd voor de inzet, de mate van inzet en capaciteit en een omschrijving van het instrumentarium dat het kabinet zal inzetten.",
                statement: "inzet-en-capaciteit",
            },
            CheckId::Channels => Rule::Memo {
                locator: "§ 4",
                quote: "Concreet wordt ingezet op bilaterale migratiesamenwerking en Europese migratiesamenwerking.",
                statement: "europees-en-bilateraal",
            },
            CheckId::Review => Rule::Memo {
                locator: "§ 4",
                quote: "Het is hierbij ook van belang dat de lijst van landen flexibel is om in te kunnen springen op actualiteiten.",
                statement: "flexibele-landenlijst",
            },
            CheckId::SourcedStatus => Rule::App,
            CheckId::Consultation => Rule::Memo {
                locator: "§ 4.1",
                quote: "Ook gaat het kabinet in dit kader op zoek naar gestructureerd overleg met maatschappelijke partners en de private sector.",
                statement: "gestructureerd-overleg",
            },
        }
    }
}

/// Where a check's rule comes from: a sentence of the memo (quoted as it stands, in Dutch, with
/// the agenda statement that renders it), or this app's own rule that every fact has a source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    Memo {
        locator: &'static str,
        quote: &'static str,
        /// The id of the agenda statement (`#/nl/agenda/<id>`).
        statement: &'static str,
    },
    App,
}
