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

/// Now as `YYYY-MM-DD HH:MM` (local time): when an undo point was made or used.
pub fn now_minute() -> String {
    let (hour, minute) = time_of_day();
    format!("{} {hour:02}:{minute:02}", today())
}

#[cfg(target_arch = "wasm32")]
fn time_of_day() -> (u32, u32) {
    let now = js_sys::Date::new_0();
    (now.get_hours(), now.get_minutes())
}

#[cfg(not(target_arch = "wasm32"))]
fn time_of_day() -> (u32, u32) {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    (((seconds / 3600) % 24) as u32, ((seconds / 60) % 60) as u32)
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
    beleidsagenda_model::calendar::civil_from_days(seconds.div_euclid(86_400))
}
