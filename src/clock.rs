//! The date in the user's time zone: the upper bound for years in the data, the default date of
//! an adjustment, and the date on saved scenarios, exports and printed pages.

//!
//! Outside the browser (the prerender tool, native tests) the day is the UTC day of the build.

/// The calendar year.
pub fn current_year() -> u16 {
    calendar_day().0 as u16
}

/// Today as `YYYY-MM-DD`.
pub fn today() -> String {
    let (year, month, day) = calendar_day();
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(target_arch = "wasm32")]
fn calendar_day() -> (i64, u32, u32) {
    let now = js_sys::Date::new_0();
    (now.get_full_year() as i64, now.get_month() + 1, now.get_date())
}

#[cfg(not(target_arch = "wasm32"))]
fn calendar_day() -> (i64, u32, u32) {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    civil_from_days(seconds.div_euclid(86_400))
}

/// Days since 1970-01-01 to (year, month, day) in the proleptic Gregorian calendar
/// (H. Hinnant's `civil_from_days`).
#[cfg(not(target_arch = "wasm32"))]
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}
