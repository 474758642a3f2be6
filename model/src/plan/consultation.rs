//! The register of structured consultation with civil society and the private sector (memo
//! § 4.1: the cabinet "gaat … op zoek naar gestructureerd overleg met maatschappelijke partners
//! en de private sector"): each meeting or written input, who brought in what, what was done with
//! it, and the follow-ups. Organisations are named, people never: a person's name (with a title),
//! e-mail address or phone number is refused where it is typed, as the memo withholds even civil
//! servants' names. Partner-country authorities are not consulted here: they belong to the
//! plan's partnership status and timeline.

use serde::{Deserialize, Serialize};

use crate::calendar::{is_day, months_before};
use crate::check::error::DataError;
use crate::check::reason::IdKind;
use crate::check::reason::Reason;
use crate::check::rules::{check_id, check_length, check_plain};

/// The longest name of an organisation, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// The longest account of what was brought in or done with it, in characters.
pub const MAX_ACCOUNT_CHARS: usize = 4_000;
/// The longest follow-up action, in characters.
pub const MAX_ACTION_CHARS: usize = 500;

/// How the consultation took place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsultationForm {
    Bilateral,
    Roundtable,
    WrittenInput,
    FieldVisit,
    Other,
}

impl ConsultationForm {
    /// As a file writes it.
    pub fn token(self) -> &'static str {
        match self {
            ConsultationForm::Bilateral => "bilateral",
            ConsultationForm::Roundtable => "roundtable",
            ConsultationForm::WrittenInput => "written_input",
            ConsultationForm::FieldVisit => "field_visit",
            ConsultationForm::Other => "other",
        }
    }

    pub fn from_token(token: &str) -> Option<ConsultationForm> {
        ConsultationForm::ALL.into_iter().find(|f| f.token() == token)
    }

    pub const ALL: [ConsultationForm; 5] = [
        ConsultationForm::Bilateral,
        ConsultationForm::Roundtable,
        ConsultationForm::WrittenInput,
        ConsultationForm::FieldVisit,
        ConsultationForm::Other,
    ];
}

/// What kind of organisation was consulted; the sections of the EU Transparency Register,
/// narrowed to those the taskforce meets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OrganisationCategory {
    Ngo,
    Company,
    EmployersAssociation,
    KnowledgeInstitution,
    Diaspora,
    International,
    MunicipalityOrRegion,
    Other,
}

impl OrganisationCategory {
    /// As a file writes it.
    pub fn token(self) -> &'static str {
        match self {
            OrganisationCategory::Ngo => "ngo",
            OrganisationCategory::Company => "company",
            OrganisationCategory::EmployersAssociation => "employers_association",
            OrganisationCategory::KnowledgeInstitution => "knowledge_institution",
            OrganisationCategory::Diaspora => "diaspora",
            OrganisationCategory::International => "international",
            OrganisationCategory::MunicipalityOrRegion => "municipality_or_region",
            OrganisationCategory::Other => "other",
        }
    }

    pub fn from_token(token: &str) -> Option<OrganisationCategory> {
        OrganisationCategory::ALL.into_iter().find(|c| c.token() == token)
    }

    pub const ALL: [OrganisationCategory; 8] = [
        OrganisationCategory::Ngo,
        OrganisationCategory::Company,
        OrganisationCategory::EmployersAssociation,
        OrganisationCategory::KnowledgeInstitution,
        OrganisationCategory::Diaspora,
        OrganisationCategory::International,
        OrganisationCategory::MunicipalityOrRegion,
        OrganisationCategory::Other,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ConsultedOrganisation {
    pub name: String,
    pub category: OrganisationCategory,
    /// Its identification number in the EU Transparency Register, where it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transparency_register: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    pub action: String,
    /// The organisation that owns the action, by name.
    pub owner: String,
    /// `YYYY-MM-DD`.
    pub due: String,
    /// When it was done; none while it is open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done_on: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Consultation {
    pub id: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub form: ConsultationForm,
    pub organisations: Vec<ConsultedOrganisation>,
    /// The agenda's lines it was about, by the agenda's section ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<String>,
    /// The countries it was about, ISO alpha-3.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub countries: Vec<String>,
    pub brought_in: String,
    /// What was done with it; empty while nothing has been.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub done_with_it: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub follow_ups: Vec<FollowUp>,
    /// Whether the entry may be named in a report outside the taskforce.
    #[serde(default)]
    pub reportable: bool,
}

/// Titles that, before a name, make it a person's. Written in lower case. The short ones that
/// are also abbreviations (`DR Congo`, `MR`, `MS Teams`) count only when not written in capitals.
const TITLES: [&str; 24] = [
    "mevrouw", "mevr", "mw", "meneer", "mijnheer", "dhr", "heer", "mr", "mrs", "ms", "dr", "drs", "prof",
    "ir", "ing", "madam", "madame", "sir", "monsieur", "mme", "herr", "frau", "señor", "señora",
];

/// Abbreviated titles nobody writes before anything but a name: after these, a name in lower
/// case (`dhr jansen`) is still a name.
const ONLY_BEFORE_NAMES: [&str; 7] = ["mevr", "mw", "dhr", "drs", "prof", "mme", "ing"];

/// The short words of a Dutch surname that come before its capital: `mevrouw de Vries`.
const NAME_PARTICLES: [&str; 9] = ["de", "van", "der", "den", "ter", "ten", "te", "'t", "op"];

/// A person named with a title ("mevrouw De Vries", "mevrouw de Vries", "dhr. J. Jansen",
/// "Dhr.Jansen", "de heer Jansen", "Dr. Ahmed", "Frau Müller") or with an initial ("J. Jansen").
/// Initials without a space ("J.P. Jansen") are not told from an abbreviation ("U.S. Army").
/// A name alone cannot be told from an organisation's; with a title or an initial it can.
pub fn names_a_person(text: &str) -> bool {
    // "Dhr.Jansen" and "J.Jansen" read as "Dhr. Jansen" and "J. Jansen".
    let spaced = text.replace('.', ". ");
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let capitalised = |word: &str| word.chars().next().is_some_and(char::is_uppercase);
    // An initial: one capital and a full stop as a word of its own ("J. Jansen"; not "U.S.").
    let original: Vec<&str> = text.split_whitespace().collect();
    let by_initial = original.windows(2).any(|pair| {
        let initial = pair[0].trim_start_matches(|c: char| !c.is_alphanumeric());
        let next = pair[1].trim_matches(|c: char| !c.is_alphanumeric());
        initial.chars().count() == 2
            && initial.ends_with('.')
            && capitalised(initial)
            && capitalised(next)
            && next.chars().count() >= 3
            && next.chars().skip(1).all(char::is_lowercase)
    });
    by_initial
        || (0..words.len()).any(|i| {
            let word = words[i].trim_start_matches(|c: char| !c.is_alphanumeric() && c != '\'');
            let title = word.trim_end_matches('.');
            let lower = title.to_lowercase();
            let rest = &words[i + 1..];
            if !TITLES.contains(&lower.as_str()) {
                return false;
            }
            let abbreviation = title.chars().count() <= 2 && title.chars().all(char::is_uppercase);
            if abbreviation {
                return false;
            }
            let mut following = rest
                .iter()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''));
            let Some(mut next) = following.next() else {
                return false;
            };
            if ONLY_BEFORE_NAMES.contains(&lower.as_str())
                && next.chars().next().is_some_and(char::is_alphabetic)
            {
                return true;
            }
            while NAME_PARTICLES.contains(&next) {
                match following.next() {
                    Some(after) => next = after,
                    None => return false,
                }
            }
            capitalised(next)
        })
}

/// A text of the register: what `check_plain` refuses (empty, markup, e-mail, phone), a person
/// named with a title, and more than `max` characters.
fn check_register_text(errors: &mut Vec<DataError>, file: &str, at: &str, text: &str, max: usize) {
    check_plain(errors, file, at, text);
    if names_a_person(text) {
        errors.push(DataError::new(file, at, Reason::PersonName));
    }
    check_length(errors, file, at, text, max);
}

/// An EU Transparency Register number: digits, a hyphen, two digits (`0123456789-12`).
pub fn is_transparency_number(text: &str) -> bool {
    match text.split_once('-') {
        Some((number, check)) => {
            (6..=14).contains(&number.len())
                && number.bytes().all(|b| b.is_ascii_digit())
                && check.len() == 2
                && check.bytes().all(|b| b.is_ascii_digit())
        }
        None => false,
    }
}

/// Why `text` is not a day: left empty, or not `YYYY-MM-DD`.
fn not_a_day(text: &str) -> Option<Reason> {
    if text.trim().is_empty() {
        Some(Reason::NoDate)
    } else if is_day(text) {
        None
    } else {
        Some(Reason::NotDate(text.to_string()))
    }
}

/// Every reason the entry at `at` cannot be kept (its id aside: see [`check_register`]), each
/// with its JSON path.
pub fn check_consultation(file: &str, at: &str, entry: &Consultation) -> Vec<DataError> {
    let mut errors = Vec::new();
    if let Some(reason) = not_a_day(&entry.date) {
        errors.push(DataError::new(file, format!("{at}.date"), reason));
    }
    if entry.organisations.is_empty() {
        errors.push(DataError::new(
            file,
            format!("{at}.organisations"),
            Reason::NoOrganisation,
        ));
    }
    for (i, organisation) in entry.organisations.iter().enumerate() {
        let here = format!("{at}.organisations[{i}]");
        check_register_text(
            &mut errors,
            file,
            &format!("{here}.name"),
            &organisation.name,
            MAX_NAME_CHARS,
        );
        if let Some(number) = &organisation.transparency_register {
            if !is_transparency_number(number) {
                errors.push(DataError::new(
                    file,
                    format!("{here}.transparency_register"),
                    Reason::NotTransparencyNumber(number.clone()),
                ));
            }
        }
    }
    check_register_text(
        &mut errors,
        file,
        &format!("{at}.brought_in"),
        &entry.brought_in,
        MAX_ACCOUNT_CHARS,
    );
    if !entry.done_with_it.is_empty() {
        let here = format!("{at}.done_with_it");
        check_register_text(&mut errors, file, &here, &entry.done_with_it, MAX_ACCOUNT_CHARS);
    }
    for (i, follow_up) in entry.follow_ups.iter().enumerate() {
        let here = format!("{at}.follow_ups[{i}]");
        check_register_text(
            &mut errors,
            file,
            &format!("{here}.action"),
            &follow_up.action,
            MAX_ACTION_CHARS,
        );
        check_register_text(
            &mut errors,
            file,
            &format!("{here}.owner"),
            &follow_up.owner,
            MAX_NAME_CHARS,
        );
        for (field, date) in [
            ("due", Some(&follow_up.due)),
            ("done_on", follow_up.done_on.as_ref()),
        ] {
            if let Some(reason) = date.and_then(|d| not_a_day(d)) {
                errors.push(DataError::new(file, format!("{here}.{field}"), reason));
            }
        }
    }
    errors
}

/// The id a new entry gets: `overleg-` and one more than the highest number in use.
pub fn next_consultation_id(register: &[Consultation]) -> String {
    let highest = register
        .iter()
        .filter_map(|c| c.id.strip_prefix("overleg-")?.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    format!("overleg-{}", highest + 1)
}

/// Every reason the register at `at` (a plan's `consultations`) cannot be kept: each entry's,
/// and an id given twice.
pub fn check_register(file: &str, at: &str, register: &[Consultation]) -> Vec<DataError> {
    let mut errors = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (i, entry) in register.iter().enumerate() {
        let here = format!("{at}[{i}]");
        check_id(
            &mut errors,
            file,
            &here,
            &entry.id,
            IdKind::Consultation,
            '-',
            &mut seen,
        );
        errors.extend(check_consultation(file, &here, entry));
    }
    errors
}

/// Which of `countries` and `themes` no consultation in the register was about between `since`
/// and `today` (both days counted).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coverage {
    pub since: String,
    pub countries_without: Vec<String>,
    pub themes_without: Vec<String>,
}

/// The coverage of the last `months` months up to `today`; none when `today` is not a day.
pub fn coverage(
    register: &[Consultation],
    countries: &[&str],
    themes: &[&str],
    today: &str,
    months: u32,
) -> Option<Coverage> {
    let since = months_before(today, months)?;
    let held: Vec<&Consultation> = register
        .iter()
        .filter(|c| is_day(&c.date) && since.as_str() <= c.date.as_str() && c.date.as_str() <= today)
        .collect();
    let without = |wanted: &[&str], about: fn(&Consultation) -> &[String]| -> Vec<String> {
        wanted
            .iter()
            .filter(|w| !held.iter().any(|c| about(c).iter().any(|a| a == *w)))
            .map(|w| w.to_string())
            .collect()
    };
    Some(Coverage {
        countries_without: without(countries, |c| &c.countries),
        themes_without: without(themes, |c| &c.themes),
        since,
    })
}

/// The follow-ups not done whose due day has passed (before `today`), with their entry.
pub fn overdue_follow_ups<'a>(
    register: &'a [Consultation],
    today: &str,
) -> Vec<(&'a Consultation, &'a FollowUp)> {
    register
        .iter()
        .flat_map(|c| c.follow_ups.iter().map(move |f| (c, f)))
        .filter(|(_, f)| f.done_on.is_none() && is_day(&f.due) && f.due.as_str() < today)
        .collect()
}

/// What the register shows: every field empty shows every entry.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RegisterFilter {
    pub country: String,
    pub theme: String,
    pub category: Option<OrganisationCategory>,
    /// `YYYY-MM-DD`, both days counted; empty is open.
    pub from: String,
    pub until: String,
    /// Words that must all occur (any case) in the entry's organisations, accounts, follow-ups
    /// or countries' names.
    pub text: String,
}

impl RegisterFilter {
    /// Whether `entry` passes; `country_name` gives a country's name as the reader sees it.
    pub fn shows(&self, entry: &Consultation, country_name: &dyn Fn(&str) -> String) -> bool {
        let about = |list: &[String], wanted: &str| wanted.is_empty() || list.iter().any(|x| x == wanted);
        if !about(&entry.countries, &self.country) || !about(&entry.themes, &self.theme) {
            return false;
        }
        if let Some(category) = self.category {
            if !entry.organisations.iter().any(|o| o.category == category) {
                return false;
            }
        }
        if (!self.from.is_empty() && entry.date < self.from)
            || (!self.until.is_empty() && entry.date > self.until)
        {
            return false;
        }
        let mut haystack: Vec<String> = entry.organisations.iter().map(|o| o.name.clone()).collect();
        haystack.extend([entry.brought_in.clone(), entry.done_with_it.clone()]);
        haystack.extend(
            entry
                .follow_ups
                .iter()
                .flat_map(|f| [f.action.clone(), f.owner.clone()]),
        );
        haystack.extend(entry.countries.iter().map(|c| country_name(c)));
        let haystack = haystack.join("\n").to_lowercase();
        self.text
            .to_lowercase()
            .split_whitespace()
            .all(|word| haystack.contains(word))
    }
}
