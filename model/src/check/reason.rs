//! Why a data file was refused, as a typed value with its text in both languages. Validators
//! build these directly; serde's messages (its only output is English text) are classified once,
//! at the parse boundary, by [`Reason::from_serde`].

use crate::lang::Lang;
use crate::text::format::file_size;

/// Largest data, plan or step-plan file accepted, in bytes.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

/// What a duplicated or malformed identifier belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdKind {
    Source,
    Section,
    Instrument,
    Indicator,
    Envelope,
    Consultation,
    /// A plan's line: a country and an instrument.
    PlanLine,
    #[cfg(feature = "intern")]
    Step,
    #[cfg(feature = "intern")]
    Condition,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Reason {
    // The file as a whole.
    TooLarge {
        bytes: u64,
    },
    /// What a workbook holds, written out as data, is larger than a file may be (`file_bytes`:
    /// the workbook's own size).
    WorkbookTooLarge {
        content_bytes: u64,
        file_bytes: u64,
    },
    Unreadable(String),
    /// Not a contribution request or answer of this app.
    NotAContribution,
    /// A spreadsheet (or one of its cells) that cannot be read.
    Spreadsheet(crate::sheet::problem::SheetProblem),
    // JSON syntax (serde_json), with line and column kept on the error.
    UnexpectedEnd,
    TrailingCharacters,
    TrailingComma,
    KeyMustBeString,
    InvalidEscape,
    InvalidNumber,
    NumberOutOfRange,
    TooDeep,
    ExpectedValue,
    ExpectedIdent,
    ControlCharacter,
    InvalidUnicode,
    // The shape of the document (serde).
    MissingField(String),
    DuplicateField(String),
    UnknownField {
        field: String,
        expected: String,
    },
    PersonalDataField(String),
    UnknownVariant {
        value: String,
        expected: String,
    },
    UnknownBlockType {
        kind: String,
        expected: String,
    },
    /// A block whose first field is not `type` (the agenda reads blocks as they stream).
    BlockTypeFirst,
    InvalidType {
        found: String,
        expected: String,
    },
    InvalidValue {
        found: String,
        expected: String,
    },
    InvalidLength {
        found: String,
        expected: String,
    },
    Expected(String),
    /// A serde message no rule classifies: shown as it is, under a Dutch label. The tests make
    /// sure no file a user can write reaches it.
    Unclassified(String),
    // Texts.
    EmptyText,
    /// A date left empty where one is required.
    NoDate,
    Markup,
    EmailAddress,
    PhoneNumber,
    /// A citizen service number (BSN): nine digits that pass the eleven test.
    PersonalNumber,
    /// A person named with a title ("mevrouw De Vries"): the register names organisations only.
    PersonName,
    TextTooLong {
        chars: usize,
        max: usize,
    },
    /// A consultation without an organisation.
    NoOrganisation,
    /// Not an EU Transparency Register number (`0123456789-12`).
    NotTransparencyNumber(String),
    // Identifiers, references, dates.
    NotIdentifier {
        id: String,
        separator: char,
    },
    DuplicateId {
        kind: IdKind,
        id: String,
    },
    NotDate(String),
    NotYear {
        year: u16,
        max: u16,
    },
    NotHttps,
    UnknownSource(String),
    UnknownCountry(String),
    UnknownInstrument(String),
    UnknownIndicator(String),
    NotCountryCode(String),
    DuplicateCountry(String),
    // The agenda.
    SectionWithoutBlocks,
    StatementWithoutSource,
    // Figures and indicators.
    YearMissing,
    SecondValue {
        country: String,
        indicator: String,
    },
    DerivedNeedsLevel,
    DerivedTakesNoValues(String),
    DerivedTakesNoList,
    NotNumber(f64),
    NotCount(f64),
    NotShare(f64),
    NotLevel(f64),
    NotAmount(f64),
    NotGrade(u8),
    TopNEmpty,
    BelowBound {
        value: f64,
        bound: f64,
    },
    TooManyListed {
        count: usize,
    },
    // Countries and instruments.
    LeadNeedsOrganisation,
    DuplicateAspect,
    SourcedAspectNeedsSource,
    /// A review date before the decision it reviews (that date).
    ReviewBeforeDecision(String),
    PartnershipNeedsLabelAndDate,
    // The step plan (internal edition only).
    #[cfg(feature = "intern")]
    NotStepPlanFormat(String),
    #[cfg(feature = "intern")]
    StepPlanVersion(u32),
    #[cfg(feature = "intern")]
    NoSteps,
    #[cfg(feature = "intern")]
    StepWithoutGround,
}

impl IdKind {
    fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (IdKind::Source, Lang::Nl) => "bron-id",
            (IdKind::Source, Lang::En) => "source id",
            (IdKind::Section, Lang::Nl) => "sectie-id",
            (IdKind::Section, Lang::En) => "section id",
            (IdKind::PlanLine, Lang::Nl) => "planregel",
            (IdKind::PlanLine, Lang::En) => "plan line",
            (IdKind::Consultation, Lang::Nl) => "overleg-id",
            (IdKind::Consultation, Lang::En) => "consultation id",
            (IdKind::Instrument, Lang::Nl) => "instrument-id",
            (IdKind::Instrument, Lang::En) => "instrument id",
            (IdKind::Indicator, Lang::Nl) => "indicator-id",
            (IdKind::Indicator, Lang::En) => "indicator id",
            (IdKind::Envelope, Lang::Nl) => "budget-id",
            (IdKind::Envelope, Lang::En) => "envelope id",
            #[cfg(feature = "intern")]
            (IdKind::Step, Lang::Nl) => "stap-id",
            #[cfg(feature = "intern")]
            (IdKind::Step, Lang::En) => "step id",
            #[cfg(feature = "intern")]
            (IdKind::Condition, Lang::Nl) => "voorwaarde-id",
            #[cfg(feature = "intern")]
            (IdKind::Condition, Lang::En) => "condition id",
        }
    }
}

/// Field names that would hold personal data; the memo withholds civil servants' details and
/// the data does too. Reported with a clearer reason than "unknown field".
const PERSONAL_FIELDS: [&str; 10] = [
    "name_person",
    "person",
    "contact",
    "email",
    "e-mail",
    "phone",
    "telephone",
    "telefoon",
    "author",
    "auteur",
];

impl Reason {
    /// The reason in the user's language.
    pub fn text(&self, lang: Lang) -> String {
        let nl = lang == Lang::Nl;
        let pick = |nl_text: &str, en_text: &str| {
            if nl {
                nl_text.to_string()
            } else {
                en_text.to_string()
            }
        };
        use Reason::*;
        match self {
            TooLarge { bytes } => {
                let (mut size, mut max) = (file_size(*bytes, lang), file_size(MAX_FILE_BYTES as u64, lang));
                if size == max {
                    // Just over the bound: the rounded sizes alone would read as equal.
                    let exact = |b: u64| format!(" ({} bytes)", crate::text::format::fixed(b as f64, 0, lang));
                    size.push_str(&exact(*bytes));
                    max.push_str(&exact(MAX_FILE_BYTES as u64));
                }
                if nl {
                    format!("het bestand is {size}; hooguit {max} wordt geaccepteerd")
                } else {
                    format!("the file is {size}; at most {max} is accepted")
                }
            }
            WorkbookTooLarge {
                content_bytes,
                file_bytes,
            } => {
                let (content, file, max) = (
                    file_size(*content_bytes, lang),
                    file_size(*file_bytes, lang),
                    file_size(MAX_FILE_BYTES as u64, lang),
                );
                if nl {
                    format!("het werkboek ({file}) bevat meer dan de app leest: uitgeschreven is het {content}, hooguit {max} wordt geaccepteerd; haal overbodige rijen weg")
                } else {
                    format!("the workbook ({file}) holds more than the app reads: written out it is {content}, at most {max} is accepted; remove rows that are not needed")
                }
            }
            Spreadsheet(problem) => problem.text(lang),
            NotAContribution => pick(
                "dit is geen verzoek of antwoord voor een bijdrage aan het inzetplan",
                "this is not a request or an answer for a contribution to the deployment plan",
            ),
            Unreadable(why) => {
                if nl {
                    format!("het bestand kan niet worden gelezen: {why}")
                } else {
                    format!("cannot read the file: {why}")
                }
            }
            UnexpectedEnd => pick(
                "het bestand houdt onverwacht op: de JSON is onvolledig",
                "the file ends unexpectedly: the JSON is incomplete",
            ),
            TrailingCharacters => pick(
                "er staan nog tekens na het einde van het JSON-document",
                "trailing characters after the end of the JSON document",
            ),
            TrailingComma => pick("overbodige komma", "trailing comma"),
            KeyMustBeString => pick(
                "een sleutel moet een tekst tussen aanhalingstekens zijn",
                "key must be a string",
            ),
            InvalidEscape => pick(
                "ongeldige escape (\\) in een tekst",
                "invalid escape (\\) in a text",
            ),
            InvalidNumber => pick("ongeldig getal", "invalid number"),
            NumberOutOfRange => pick("getal buiten het bereik", "number out of range"),
            TooDeep => pick("de JSON is te diep genest", "the JSON is nested too deeply"),
            ExpectedValue => pick("verwacht een waarde", "expected value"),
            ExpectedIdent => pick("verwacht true, false of null", "expected true, false or null"),
            ControlCharacter => pick(
                "ongeldig stuurteken in een tekst",
                "invalid control character in a text",
            ),
            InvalidUnicode => pick("ongeldig Unicode-teken", "invalid Unicode character"),
            MissingField(field) => {
                if nl {
                    format!("veld {field} ontbreekt")
                } else {
                    format!("missing field {field}")
                }
            }
            DuplicateField(field) => {
                if nl {
                    format!("veld {field} komt dubbel voor")
                } else {
                    format!("duplicate field {field}")
                }
            }
            UnknownField { field, expected } => match (nl, expected.is_empty()) {
                (true, true) => format!("onbekend veld {field}"),
                (true, false) => format!("onbekend veld {field}; toegestaan: {expected}"),
                (false, true) => format!("unknown field {field}"),
                (false, false) => format!("unknown field {field}, expected one of {expected}"),
            },
            PersonalDataField(field) => {
                if nl {
                    format!("veld `{field}` is niet toegestaan: persoonsgegevens (namen, e-mailadressen, telefoonnummers) horen niet in de gegevens")
                } else {
                    format!("field `{field}` is not allowed: personal data (names, e-mail addresses, phone numbers) does not belong in the data")
                }
            }
            UnknownVariant { value, expected } => match (nl, expected.is_empty()) {
                (true, true) => format!("onbekende waarde {value}"),
                (true, false) => format!("onbekende waarde {value}; toegestaan: {expected}"),
                (false, true) => format!("unknown variant {value}"),
                (false, false) => format!("unknown variant {value}, expected one of {expected}"),
            },
            UnknownBlockType { kind, expected } => {
                if nl {
                    format!("onbekend bloktype {kind}; toegestaan: {expected}")
                } else {
                    format!("unknown block type {kind}, expected one of {expected}")
                }
            }
            BlockTypeFirst => {
                if nl {
                    "het eerste veld van een blok moet `type` zijn".to_string()
                } else {
                    "a block's first field must be `type`".to_string()
                }
            }
            InvalidType { found, expected } => {
                if nl {
                    format!(
                        "verkeerd soort waarde: {}, verwacht {}",
                        json_kind_nl(found),
                        json_kind_nl(expected)
                    )
                } else {
                    format!("invalid type: {found}, expected {expected}")
                }
            }
            InvalidValue { found, expected } => {
                if nl {
                    format!(
                        "ongeldige waarde: {}, verwacht {}",
                        json_kind_nl(found),
                        json_kind_nl(expected)
                    )
                } else {
                    format!("invalid value: {found}, expected {expected}")
                }
            }
            InvalidLength { found, expected } => {
                if nl {
                    format!("ongeldige lengte {found}, verwacht {}", json_kind_nl(expected))
                } else {
                    format!("invalid length {found}, expected {expected}")
                }
            }
            Expected(what) => {
                if nl {
                    format!("verwacht {}", json_kind_nl(&what.replace(" or ", " of ")))
                } else {
                    format!("expected {what}")
                }
            }
            Unclassified(message) => {
                if nl {
                    format!("technische melding: {message}")
                } else {
                    message.clone()
                }
            }
            EmptyText => pick("de tekst is leeg", "text is empty"),
            NoDate => pick("vul een datum in", "enter a date"),
            Markup => pick(
                "de tekst bevat opmaak (< of >); teksten in de gegevens zijn platte tekst",
                "text contains markup (< or >); data texts are plain text",
            ),
            EmailAddress => pick(
                "de tekst bevat een e-mailadres; persoonsgegevens horen niet in de gegevens",
                "text contains an e-mail address; personal data does not belong in the data",
            ),
            PhoneNumber => pick(
                "de tekst bevat een telefoonnummer; persoonsgegevens horen niet in de gegevens",
                "text contains a phone number; personal data does not belong in the data",
            ),
            PersonalNumber => pick(
                "de tekst bevat een burgerservicenummer; persoonsgegevens horen niet in de gegevens",
                "text contains a citizen service number (BSN); personal data does not belong in the data",
            ),
            PersonName => pick(
                "de tekst noemt een persoon bij naam (met aanhef, zoals \"mevrouw De Vries\"); noem de organisatie, geen personen",
                "text names a person (with a title, such as \"Ms De Vries\"); name the organisation, not people",
            ),
            TextTooLong { chars, max } => {
                if nl {
                    format!("de tekst is {chars} tekens; hooguit {max}")
                } else {
                    format!("the text is {chars} characters; at most {max}")
                }
            }
            NoOrganisation => pick(
                "noem ten minste één organisatie waarmee overlegd is",
                "name at least one organisation consulted",
            ),
            NotTransparencyNumber(number) => {
                if nl {
                    format!("\"{number}\" is geen nummer uit het EU-transparantieregister (cijfers, een streepje, twee cijfers)")
                } else {
                    format!("\"{number}\" is not an EU Transparency Register number (digits, a hyphen, two digits)")
                }
            }
            NotIdentifier { id, separator } => {
                if nl {
                    format!("\"{id}\" is geen geldige code (alleen a-z, 0-9 en {separator})")
                } else {
                    format!("\"{id}\" is not a lowercase identifier (a-z, 0-9, {separator})")
                }
            }
            DuplicateId { kind, id } => {
                if nl {
                    format!("{} \"{id}\" komt dubbel voor", kind.name(lang))
                } else {
                    format!("duplicate {} \"{id}\"", kind.name(lang))
                }
            }
            NotDate(date) => {
                if nl {
                    format!("\"{date}\" is geen datum (JJJJ-MM-DD, JJJJ-MM of JJJJ)")
                } else {
                    format!("\"{date}\" is not a date YYYY-MM-DD, YYYY-MM or YYYY")
                }
            }
            NotYear { year, max } => {
                if nl {
                    format!("{year} is geen jaar van 1990 tot en met {max}")
                } else {
                    format!("{year} is not a year from 1990 to {max}")
                }
            }
            NotHttps => pick(
                "een bron-URL moet met https:// beginnen",
                "a source URL must start with https://",
            ),
            UnknownSource(id) => {
                if nl {
                    format!("onbekende bron-id \"{id}\": voeg de bron toe aan de bronnen")
                } else {
                    format!("unknown source id \"{id}\": add it to the sources")
                }
            }
            UnknownCountry(code) => {
                if nl {
                    format!("onbekend land \"{code}\": voeg het toe aan de landen")
                } else {
                    format!("unknown country \"{code}\": add it to the countries")
                }
            }
            UnknownInstrument(id) => {
                if nl {
                    format!("onbekend instrument \"{id}\"")
                } else {
                    format!("unknown instrument id \"{id}\"")
                }
            }
            UnknownIndicator(id) => {
                if nl {
                    format!("onbekende indicator \"{id}\"")
                } else {
                    format!("unknown indicator id \"{id}\"")
                }
            }
            NotCountryCode(code) => {
                if nl {
                    format!("\"{code}\" is geen landcode volgens ISO 3166-1 alpha-3")
                } else {
                    format!("\"{code}\" is not an ISO 3166-1 alpha-3 code")
                }
            }
            DuplicateCountry(code) => {
                if nl {
                    format!("land \"{code}\" komt dubbel voor")
                } else {
                    format!("duplicate country \"{code}\"")
                }
            }
            SectionWithoutBlocks => pick(
                "een sectie heeft minstens één blok nodig",
                "a section needs at least one block",
            ),
            StatementWithoutSource => pick(
                "elke uitspraak heeft minstens één bron nodig",
                "every statement needs at least one source",
            ),
            YearMissing => pick(
                "bij een cijfer hoort het jaar waarop het slaat",
                "a figure needs the year it refers to",
            ),
            SecondValue { country, indicator } => {
                if nl {
                    format!("een tweede waarde voor {country} en {indicator}")
                } else {
                    format!("a second value for {country} and {indicator}")
                }
            }
            DerivedNeedsLevel => pick(
                "een afgeleide indicator heeft de eenheid \"level\"",
                "a derived indicator has unit \"level\"",
            ),
            DerivedTakesNoValues(id) => {
                if nl {
                    format!("\"{id}\" wordt afgeleid uit de landgegevens en krijgt geen waarden")
                } else {
                    format!("\"{id}\" is derived from the country facts and takes no values")
                }
            }
            DerivedTakesNoList => pick(
                "een afgeleide indicator leest ja/nee-feiten en krijgt geen soort lijst",
                "a derived indicator reads yes/no facts and takes no list kind",
            ),
            NotNumber(v) => {
                if nl {
                    format!("{v} is geen getal")
                } else {
                    format!("{v} is not a number")
                }
            }
            NotCount(v) => {
                if nl {
                    format!("{v} is geen aantal (een geheel getal ≥ 0)")
                } else {
                    format!("{v} is not a count (a whole number ≥ 0)")
                }
            }
            NotShare(v) => {
                if nl {
                    format!("{v} is geen aandeel tussen 0 en 1")
                } else {
                    format!("{v} is not a share from 0 to 1")
                }
            }
            NotLevel(v) => {
                if nl {
                    format!("{v} is geen niveau tussen 0 en 1")
                } else {
                    format!("{v} is not a level from 0 to 1")
                }
            }
            NotAmount(v) => {
                if nl {
                    format!("{v} is geen bedrag ≥ 0")
                } else {
                    format!("{v} is not an amount ≥ 0")
                }
            }
            NotGrade(g) => {
                if nl {
                    format!("{g} is geen cijfer van 0 tot en met 5")
                } else {
                    format!("{g} is not a grade from 0 to 5")
                }
            }
            TopNEmpty => pick(
                "een top-N-lijst noemt minstens één land",
                "a top-N list lists at least one country",
            ),
            BelowBound { value, bound } => {
                if nl {
                    format!("{value} ligt onder de grens {bound} van de top-N-lijst; een waarde op de lijst is minstens die grens")
                } else {
                    format!("{value} is below the bound {bound} of its top-N list; a listed value is at least the bound")
                }
            }
            TooManyListed { count } => {
                if nl {
                    format!("de top-N-lijst bevat {count} waarden uit haar bron, meer dan n")
                } else {
                    format!("the top-N list holds {count} values from its source, more than n")
                }
            }
            LeadNeedsOrganisation => pick(
                "een trekker die een bron noemt, heeft minstens één ministerie of ketenpartner nodig",
                "a lead a source names needs at least one ministry or chain partner",
            ),
            ReviewBeforeDecision(date) => pick(
                &format!("de herbeoordeling ligt vóór het besluit van {date}"),
                &format!("the review is before the decision of {date}"),
            ),
            DuplicateAspect => pick(
                "dit aspect staat al bij dit instrument",
                "this aspect is already given for this instrument",
            ),
            SourcedAspectNeedsSource => pick(
                "een aspect met grondslag \"source\" heeft een bron nodig; anders is het \"assumption\"",
                "an aspect with basis \"source\" needs a source; otherwise it is \"assumption\"",
            ),
            PartnershipNeedsLabelAndDate => pick(
                "een bestaand partnerschap heeft een naam en een datum nodig",
                "a partnership in place needs a label and a date",
            ),
            #[cfg(feature = "intern")]
            NotStepPlanFormat(found) => {
                if nl {
                    format!("\"{found}\" is geen stappenplan: \"format\" moet \"beleidsagenda-stappenplan\" zijn")
                } else {
                    format!("\"{found}\" is not a step plan: \"format\" must be \"beleidsagenda-stappenplan\"")
                }
            }
            #[cfg(feature = "intern")]
            StepPlanVersion(version) => {
                if nl {
                    format!("versie {version} van het stappenplan kent deze app niet; versie 1 wel")
                } else {
                    format!("this app does not know version {version} of the step plan; it knows version 1")
                }
            }
            #[cfg(feature = "intern")]
            NoSteps => pick(
                "een stappenplan heeft minstens één stap",
                "a step plan has at least one step",
            ),
            #[cfg(feature = "intern")]
            StepWithoutGround => pick(
                "een stap heeft een bron of een als aanname benoemde grond nodig (\"sources\" of \"assumption\")",
                "a step needs a source or a ground labelled as an assumption (\"sources\" or \"assumption\")",
            ),
        }
    }

    /// Classifies one of serde's messages (without its " at line L column C").
    pub fn from_serde(message: &str) -> Reason {
        let exact = [
            ("trailing characters", Reason::TrailingCharacters),
            ("trailing comma", Reason::TrailingComma),
            ("key must be a string", Reason::KeyMustBeString),
            ("invalid escape", Reason::InvalidEscape),
            ("invalid number", Reason::InvalidNumber),
            ("number out of range", Reason::NumberOutOfRange),
            ("recursion limit exceeded", Reason::TooDeep),
            ("expected value", Reason::ExpectedValue),
            ("expected ident", Reason::ExpectedIdent),
            ("invalid unicode code point", Reason::InvalidUnicode),
            ("lone leading surrogate in hex escape", Reason::InvalidUnicode),
            ("unexpected end of hex escape", Reason::InvalidEscape),
        ];
        if let Some((_, reason)) = exact.iter().find(|(m, _)| *m == message) {
            return reason.clone();
        }
        if message.starts_with("EOF while parsing") {
            return Reason::UnexpectedEnd;
        }
        if message.starts_with("control character") {
            return Reason::ControlCharacter;
        }
        let split = |rest: &str| {
            let (a, b) = rest.split_once(", expected ").unwrap_or((rest, ""));
            (a.to_string(), b.to_string())
        };
        if let Some(field) = message.strip_prefix("missing field ") {
            return Reason::MissingField(field.to_string());
        }
        if let Some(field) = message.strip_prefix("duplicate field ") {
            return Reason::DuplicateField(field.to_string());
        }
        if let Some(rest) = message.strip_prefix("unknown field ") {
            let (field, expected) = match rest.split_once(", expected one of ") {
                Some((f, e)) => (f.to_string(), e.to_string()),
                None => (rest.split(',').next().unwrap_or(rest).to_string(), String::new()),
            };
            let bare = field.trim_matches('`').to_ascii_lowercase();
            if PERSONAL_FIELDS.contains(&bare.as_str()) {
                return Reason::PersonalDataField(field.trim_matches('`').to_string());
            }
            return Reason::UnknownField { field, expected };
        }
        if let Some(rest) = message.strip_prefix("unknown variant ") {
            let (value, expected) = match rest.split_once(", expected one of ") {
                Some((v, e)) => (v.to_string(), e.to_string()),
                None => (rest.split(',').next().unwrap_or(rest).to_string(), String::new()),
            };
            return Reason::UnknownVariant { value, expected };
        }
        if let Some(rest) = message.strip_prefix("unknown block type ") {
            let (kind, expected) = rest.split_once(", expected one of ").unwrap_or((rest, ""));
            return Reason::UnknownBlockType {
                kind: kind.to_string(),
                expected: expected.to_string(),
            };
        }
        if message == crate::data::agenda::BLOCK_TYPE_FIRST {
            return Reason::BlockTypeFirst;
        }
        if let Some(rest) = message.strip_prefix("invalid type: ") {
            let (found, expected) = split(rest);
            return Reason::InvalidType { found, expected };
        }
        if let Some(rest) = message.strip_prefix("invalid value: ") {
            let (found, expected) = split(rest);
            return Reason::InvalidValue { found, expected };
        }
        if let Some(rest) = message.strip_prefix("invalid length ") {
            let (found, expected) = split(rest);
            return Reason::InvalidLength { found, expected };
        }
        if let Some(what) = message.strip_prefix("expected ") {
            return Reason::Expected(what.to_string());
        }
        Reason::Unclassified(message.to_string())
    }

    /// True for a serde message no rule classifies (shown in English under a Dutch label).
    pub fn is_unclassified(&self) -> bool {
        matches!(self, Reason::Unclassified(_))
    }
}

/// serde's names for JSON kinds and Rust types, as a Dutch reader would call them.
fn json_kind_nl(text: &str) -> String {
    let replacements = [
        ("a string", "een tekst"),
        ("string ", "tekst "),
        ("a sequence", "een lijst"),
        ("sequence", "lijst"),
        ("a map", "een object"),
        ("map", "object"),
        ("floating point ", "getal "),
        ("integer ", "geheel getal "),
        ("boolean ", "waar/onwaar "),
        ("unit value", "null"),
        ("u16", "een geheel getal"),
        ("u32", "een geheel getal"),
        ("u8", "een geheel getal"),
        ("f64", "een getal"),
        ("struct ", "object "),
        ("option", "een waarde of null"),
        ("a borrowed string", "een tekst"),
        ("variant identifier", "een waarde uit de lijst"),
        ("tuple struct ", "object "),
        ("internally tagged enum ", "object "),
    ];
    let mut out = text.to_string();
    for (en, nl) in replacements {
        out = out.replace(en, nl);
    }
    out
}
