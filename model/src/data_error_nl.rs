//! Dutch for every reason the parser and the validators give. The validators phrase reasons
//! in English (also what `validate-data` prints); the app shows a user the reason in the UI
//! language, so each English pattern has its Dutch counterpart here. A reason with no pattern
//! falls back to the English text under a Dutch label (the tests make sure none does).

/// Marks a reason that has no Dutch pattern yet.
pub const UNTRANSLATED_PREFIX: &str = "technische melding: ";

pub fn reason_nl(en: &str) -> String {
    translate(en).unwrap_or_else(|| format!("{UNTRANSLATED_PREFIX}{en}"))
}

/// (prefix, suffix, Dutch text made from what lies between them).
type Rule = (&'static str, &'static str, fn(&str) -> String);

fn translate(en: &str) -> Option<String> {
    let exact = [
        ("text is empty", "de tekst is leeg"),
        (
            "text contains markup (< or >); data texts are plain text",
            "de tekst bevat opmaak (< of >); teksten in de gegevens zijn platte tekst",
        ),
        (
            "text contains an e-mail address; personal data does not belong in the data",
            "de tekst bevat een e-mailadres; persoonsgegevens horen niet in de gegevens",
        ),
        (
            "text contains a phone number; personal data does not belong in the data",
            "de tekst bevat een telefoonnummer; persoonsgegevens horen niet in de gegevens",
        ),
        (
            "a source URL must start with https://",
            "een bron-URL moet met https:// beginnen",
        ),
        (
            "a section needs at least one block",
            "een sectie heeft minstens één blok nodig",
        ),
        (
            "every statement needs at least one source",
            "elke uitspraak heeft minstens één bron nodig",
        ),
        (
            "a figure needs the year it refers to",
            "bij een cijfer hoort het jaar waarop het slaat",
        ),
        (
            "a derived indicator has unit \"level\"",
            "een afgeleide indicator heeft de eenheid \"level\"",
        ),
        (
            "a lead a source names needs at least one ministry or chain partner",
            "een trekker die een bron noemt, heeft minstens één ministerie of ketenpartner nodig",
        ),
        (
            "a partnership in place needs a label and a date",
            "een bestaand partnerschap heeft een naam en een datum nodig",
        ),
        (
            "a derived indicator reads yes/no facts and takes no list kind",
            "een afgeleide indicator leest ja/nee-feiten en krijgt geen soort lijst",
        ),
        (
            "a top-N list lists at least one country",
            "een top-N-lijst noemt minstens één land",
        ),
        (
            "trailing characters",
            "er staan nog tekens na het einde van het JSON-document",
        ),
        ("trailing comma", "overbodige komma"),
        (
            "key must be a string",
            "een sleutel moet een tekst tussen aanhalingstekens zijn",
        ),
        ("invalid escape", "ongeldige escape (\\) in een tekst"),
        ("invalid number", "ongeldig getal"),
        ("number out of range", "getal buiten het bereik"),
        ("recursion limit exceeded", "de JSON is te diep genest"),
        ("expected value", "verwacht een waarde"),
        ("expected ident", "verwacht true, false of null"),
        ("field `type` must be a string", "veld `type` moet een tekst zijn"),
        ("missing field `type`", "veld `type` ontbreekt"),
        ("invalid unicode code point", "ongeldig Unicode-teken"),
        ("lone leading surrogate in hex escape", "ongeldig Unicode-teken"),
        ("unexpected end of hex escape", "onvolledige escape in een tekst"),
    ];
    if let Some((_, nl)) = exact.iter().find(|(e, _)| *e == en) {
        return Some(nl.to_string());
    }
    if en.starts_with("EOF while parsing") {
        return Some("het bestand houdt onverwacht op: de JSON is onvolledig".into());
    }
    if en.starts_with("control character") {
        return Some("ongeldig stuurteken in een tekst".into());
    }
    let rules: [Rule; 26] = [
        ("", " of its top-N list", |a| {
            let (value, bound) = a.split_once(" is below the bound ").unwrap_or((a, ""));
            format!("{value} ligt onder de ondergrens {bound} van de top-N-lijst; een waarde op de lijst is minstens die grens")
        }),
        (
            "the top-N list holds ",
            " values from its source, more than n",
            |a| format!("de top-N-lijst bevat {a} waarden uit haar bron, meer dan n"),
        ),
        ("", " is not a lowercase identifier (a-z, 0-9, -)", |a| {
            format!("{a} is geen geldige code (alleen a-z, 0-9 en -)")
        }),
        ("", " is not a lowercase identifier (a-z, 0-9, _)", |a| {
            format!("{a} is geen geldige code (alleen a-z, 0-9 en _)")
        }),
        ("", " is not a date YYYY-MM-DD, YYYY-MM or YYYY", |a| {
            format!("{a} is geen datum (JJJJ-MM-DD, JJJJ-MM of JJJJ)")
        }),
        ("", " is not an ISO 3166-1 alpha-3 code", |a| {
            format!("{a} is geen landcode volgens ISO 3166-1 alpha-3")
        }),
        ("", " is not an amount ≥ 0", |a| {
            format!("{a} is geen bedrag ≥ 0")
        }),
        ("", " is not a count (a whole number ≥ 0)", |a| {
            format!("{a} is geen aantal (een geheel getal ≥ 0)")
        }),
        ("", " is not a share from 0 to 1", |a| {
            format!("{a} is geen aandeel tussen 0 en 1")
        }),
        ("", " is not a level from 0 to 1", |a| {
            format!("{a} is geen niveau tussen 0 en 1")
        }),
        ("", " is not a number", |a| format!("{a} is geen getal")),
        ("", " is not a grade from 0 to 5", |a| {
            format!("{a} is geen cijfer van 0 tot en met 5")
        }),
        (
            "",
            " is derived from the country facts and takes no values",
            |a| format!("{a} wordt afgeleid uit de landgegevens en krijgt geen waarden"),
        ),
        ("duplicate source id ", "", |a| {
            format!("bron-id {a} komt dubbel voor")
        }),
        ("duplicate section id ", "", |a| {
            format!("sectie-id {a} komt dubbel voor")
        }),
        ("duplicate instrument id ", "", |a| {
            format!("instrument-id {a} komt dubbel voor")
        }),
        ("duplicate indicator id ", "", |a| {
            format!("indicator-id {a} komt dubbel voor")
        }),
        ("duplicate country ", "", |a| format!("land {a} komt dubbel voor")),
        ("unknown instrument id ", "", |a| {
            format!("onbekend instrument {a}")
        }),
        ("unknown indicator id ", "", |a| {
            format!("onbekende indicator {a}")
        }),
        ("a second value for ", "", |a| {
            format!("een tweede waarde voor {}", a.replace(" and ", " en "))
        }),
        ("cannot read the file: ", "", |a| {
            format!("het bestand kan niet worden gelezen: {a}")
        }),
        ("missing field ", "", |a| format!("veld {a} ontbreekt")),
        ("duplicate field ", "", |a| format!("veld {a} komt dubbel voor")),
        ("expected a block object, found ", "", |a| {
            format!("verwacht een blok (object), gevonden: {a}")
        }),
        ("expected ", "", |a| {
            format!("verwacht {}", a.replace(" or ", " of "))
        }),
    ];
    for (prefix, suffix, make) in rules {
        if let Some(middle) = en.strip_prefix(prefix).and_then(|r| r.strip_suffix(suffix)) {
            return Some(make(middle));
        }
    }
    if let Some(rest) = en.strip_prefix("unknown source id ") {
        let id = rest.split(':').next().unwrap_or(rest);
        return Some(format!("onbekende bron-id {id}: voeg de bron toe aan de bronnen"));
    }
    if let Some(rest) = en.strip_prefix("unknown country ") {
        let code = rest.split(':').next().unwrap_or(rest);
        return Some(format!("onbekend land {code}: voeg het toe aan de landen"));
    }
    if let Some(rest) = en.strip_prefix("unknown block type ") {
        let (kind, allowed) = rest.split_once(", expected one of ").unwrap_or((rest, ""));
        return Some(format!("onbekend bloktype {kind}; toegestaan: {}", allowed));
    }
    if let Some(rest) = en.strip_prefix("unknown field ") {
        return Some(match rest.split_once(", expected one of ") {
            Some((field, allowed)) => format!("onbekend veld {field}; toegestaan: {allowed}"),
            None => format!("onbekend veld {}", rest.split(',').next().unwrap_or(rest)),
        });
    }
    if let Some(rest) = en.strip_prefix("unknown variant ") {
        return Some(match rest.split_once(", expected one of ") {
            Some((value, allowed)) => format!("onbekende waarde {value}; toegestaan: {allowed}"),
            None => format!("onbekende waarde {}", rest.split(',').next().unwrap_or(rest)),
        });
    }
    if let Some(rest) = en.strip_prefix("field `") {
        if let Some((field, _)) = rest.split_once("` is not allowed: personal data") {
            return Some(format!(
                "veld `{field}` is niet toegestaan: persoonsgegevens (namen, e-mailadressen, telefoonnummers) horen niet in de gegevens"
            ));
        }
    }
    if let Some(rest) = en.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return Some(format!(
            "verkeerd soort waarde: {}, verwacht {}",
            json_kind_nl(found),
            json_kind_nl(expected)
        ));
    }
    if let Some(rest) = en.strip_prefix("invalid value: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return Some(format!(
            "ongeldige waarde: {}, verwacht {}",
            json_kind_nl(found),
            json_kind_nl(expected)
        ));
    }
    if let Some(rest) = en.strip_prefix("invalid length ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return Some(format!(
            "ongeldige lengte {found}, verwacht {}",
            json_kind_nl(expected)
        ));
    }
    if let Some(rest) = en.strip_prefix("the file is ") {
        let (bytes, _) = rest.split_once(" bytes").unwrap_or((rest, ""));
        return Some(format!(
            "het bestand is {bytes} bytes; hooguit 5 MB wordt geaccepteerd"
        ));
    }
    if let Some((year, bound)) = en.split_once(" is not a year from 1990 to ") {
        return Some(format!("{year} is geen jaar van 1990 tot en met {bound}"));
    }
    None
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
        ("u8", "een geheel getal"),
        ("f64", "een getal"),
        ("struct ", "object "),
        ("option", "een waarde of null"),
        ("a borrowed string", "een tekst"),
        ("variant identifier", "een waarde uit de lijst"),
        ("tuple struct ", "object "),
    ];
    let mut out = text.to_string();
    for (en, nl) in replacements {
        out = out.replace(en, nl);
    }
    out
}
