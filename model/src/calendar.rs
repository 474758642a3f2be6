//! Days since 1970-01-01 and calendar dates (proleptic Gregorian), for the places that count
//! days without a date library (spreadsheet serial numbers, the build day of the native tools),
//! and the two kinds of date the app accepts, one function each: a source's date (a year, a
//! month or a day) and a day (what the plan and the selection date).

/// Days since 1970-01-01 to (year, month, day), after Howard Hinnant's `civil_from_days`.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

/// A date as a source gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a real month and day
/// (a source may give only a year or a month).
pub fn is_source_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let number = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|c| c.is_ascii_digit())).then(|| s.parse::<u32>().unwrap_or(0))
    };
    let Some(year) = parts.first().and_then(|y| number(y, 4)) else {
        return false;
    };
    if !(1990..=2100).contains(&year) {
        return false;
    }
    match parts.len() {
        1 => true,
        2 => matches!(number(parts[1], 2), Some(1..=12)),
        3 => match (number(parts[1], 2), number(parts[2], 2)) {
            (Some(month @ 1..=12), Some(day)) => day >= 1 && day <= days_in_month(year, month),
            _ => false,
        },
        _ => false,
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A day, `YYYY-MM-DD`, with a real month and day: what the plan and the selection date (a
/// decision, a review, a status, a milestone).
pub fn is_day(text: &str) -> bool {
    text.len() == 10 && is_source_date(text)
}

/// `YYYY-MM-DD` plus `months`, the day kept where the month has it, else its last day.
pub fn add_months(date: &str, months: u32) -> Option<String> {
    shift_months(date, i64::from(months))
}

/// `YYYY-MM-DD` less `months`, the day kept where the month has it, else its last day: the
/// first day of a period of `months` months that ends on `date`.
pub fn months_before(date: &str, months: u32) -> Option<String> {
    shift_months(date, -i64::from(months))
}

fn shift_months(date: &str, months: i64) -> Option<String> {
    if !is_day(date) {
        return None;
    }
    let year: i64 = date[..4].parse().ok()?;
    let month: i64 = date[5..7].parse().ok()?;
    let day: u32 = date[8..].parse().ok()?;
    let index = year * 12 + (month - 1) + months;
    let (year, month) = (u32::try_from(index / 12).ok()?, (index % 12 + 1) as u32);
    let later = format!("{year:04}-{month:02}-{:02}", day.min(days_in_month(year, month)));
    // A day the app accepts, as the date it came from was (the years a source may give).
    is_day(&later).then_some(later)
}

#[cfg(test)]
mod tests {
    use super::civil_from_days;

    #[test]
    fn days_since_1970_give_the_calendar_date() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
        assert_eq!(civil_from_days(20_791), (2026, 12, 4));
    }
}
