//! Numbers and dates the way each language writes them.

use crate::data::agenda::Unit;
use crate::lang::Lang;

/// Groups thousands and uses the language's decimal mark: nl `52.532` and `6,8`, en `52,532` and `6.8`.
pub fn number(value: f64, lang: Lang) -> String {
    let full = fixed(value, 2, lang);
    let decimal = match lang {
        Lang::Nl => ',',
        Lang::En => '.',
    };
    // At most two decimals; trailing zeros dropped (6.80 → 6.8).
    match full.split_once(decimal) {
        Some((int_part, frac)) => {
            let frac = frac.trim_end_matches('0');
            if frac.is_empty() {
                int_part.to_string()
            } else {
                format!("{int_part}{decimal}{frac}")
            }
        }
        None => full,
    }
}

/// Exactly `decimals` decimals, thousands grouped: a column of scores reads "0,60" next to
/// "0,64", never "0,6".
pub fn fixed(value: f64, decimals: usize, lang: Lang) -> String {
    let (group, decimal) = match lang {
        Lang::Nl => ('.', ','),
        Lang::En => (',', '.'),
    };
    let negative = value < 0.0;
    let text = format!("{:.*}", decimals, value.abs());
    let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
    let mut grouped = String::new();
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(c);
    }
    let mut out = String::new();
    if negative && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.push('−');
    }
    out.push_str(&grouped);
    if !frac_part.is_empty() {
        out.push(decimal);
        out.push_str(frac_part);
    }
    out
}

/// The unit as a column header.
pub fn unit_label(unit: Unit, lang: Lang) -> &'static str {
    match (unit, lang) {
        (Unit::EurThousand, Lang::Nl) => "EUR duizend",
        (Unit::EurThousand, Lang::En) => "EUR thousand",
        (Unit::EurMillion, Lang::Nl) => "EUR mln",
        (Unit::EurMillion, Lang::En) => "EUR mln",
    }
}

const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `2025-05-20` → "20 mei 2025" / "20 May 2025"; `2026-03` → "maart 2026"; `2024` → "2024".
/// Anything else is returned unchanged (the validator rejects it before it gets here).
pub fn date(iso: &str, lang: Lang) -> String {
    let months = match lang {
        Lang::Nl => &MONTHS_NL,
        Lang::En => &MONTHS_EN,
    };
    let parts: Vec<&str> = iso.split('-').collect();
    let month = |m: &str| {
        m.parse::<usize>()
            .ok()
            .filter(|m| (1..=12).contains(m))
            .map(|m| months[m - 1])
    };
    match parts.as_slice() {
        [year] => year.to_string(),
        [year, m] => match month(m) {
            Some(name) => format!("{name} {year}"),
            None => iso.to_string(),
        },
        [year, m, d] => match (month(m), d.parse::<u32>()) {
            (Some(name), Ok(day)) => format!("{day} {name} {year}"),
            _ => iso.to_string(),
        },
        _ => iso.to_string(),
    }
}

/// A share (0–1) as a percentage: nl "37%", en "37%"; one decimal below 10 %.
pub fn percent(share: f64, lang: Lang) -> String {
    let pct = share * 100.0;
    let rounded = if pct < 10.0 && pct.fract() != 0.0 {
        (pct * 10.0).round() / 10.0
    } else {
        pct.round()
    };
    format!("{}%", number(rounded, lang))
}

/// A share as a percentage with exactly `decimals` decimals: one format for a whole column
/// ("9%" and "73%", or "9,1%" and "27,3%").
pub fn percent_fixed(share: f64, decimals: usize, lang: Lang) -> String {
    format!("{}%", fixed(share * 100.0, decimals, lang))
}

/// A figure in its indicator's unit.
pub fn figure(value: f64, unit: crate::data::dataset::IndicatorUnit, lang: Lang) -> String {
    use crate::data::dataset::IndicatorUnit;
    match unit {
        IndicatorUnit::Count | IndicatorUnit::Level => number(value, lang),
        IndicatorUnit::Share => percent(value, lang),
        IndicatorUnit::Dollars => format!("{} int. $", number(value.round(), lang)),
    }
}

/// Whole euros, grouped the language's way: nl "EUR 1.250.000", en "EUR 1,250,000". Integer
/// arithmetic only: plan sums are exact.
pub fn euros(amount: i64, lang: Lang) -> String {
    let group = match lang {
        Lang::Nl => '.',
        Lang::En => ',',
    };
    let digits = amount.unsigned_abs().to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(group);
        }
        grouped.push(c);
    }
    let sign = if amount < 0 { "−" } else { "" };
    format!("{sign}EUR {grouped}")
}

/// Hundredths of an FTE with the language's decimal mark: 150 → nl "1,5", en "1.5".
pub fn fte(hundredths: u32, lang: Lang) -> String {
    let decimal = match lang {
        Lang::Nl => ',',
        Lang::En => '.',
    };
    fte_text(hundredths, decimal)
}

/// A file's size as a person reads it, counted as Windows Explorer counts (1 kB = 1,024
/// bytes): bytes below 1 kB, then whole kB, then MB with one decimal: nl "1,0 MB", en "1.0 MB".
pub fn file_size(bytes: u64, lang: Lang) -> String {
    const KB: f64 = 1024.0;
    match bytes {
        0..=1023 => format!("{bytes} bytes"),
        1024..=1_048_575 => format!("{} kB", fixed((bytes as f64 / KB).ceil(), 0, lang)),
        _ => format!("{} MB", fixed(bytes as f64 / (KB * KB), 1, lang)),
    }
}

/// Hundredths of an FTE as a decimal: 150 → "1.5", 200 → "2".
pub fn fte_text(hundredths: u32, decimal: char) -> String {
    let (whole, frac) = (hundredths / 100, hundredths % 100);
    match frac {
        0 => whole.to_string(),
        f if f % 10 == 0 => format!("{whole}{decimal}{}", f / 10),
        f => format!("{whole}{decimal}{f:02}"),
    }
}

/// A value from outside (a link, a file) as it is shown back: at most `max` characters, the
/// rest replaced by an ellipsis and how many characters the whole has, so a page never grows
/// with what a link carries.
pub fn shortened(text: &str, max: usize, lang: Lang) -> String {
    let count = text.chars().count();
    if count <= max {
        return text.to_string();
    }
    let head: String = text.chars().take(max).collect();
    let whole = fixed(count as f64, 0, lang);
    match lang {
        Lang::Nl => format!("{head}… ({whole} tekens)"),
        Lang::En => format!("{head}… ({whole} characters)"),
    }
}
