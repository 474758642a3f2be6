//! The date in the user's time zone: the upper bound for years in the data, the default date of
//! an adjustment, and the date on saved scenarios, exports and printed pages.

/// The calendar year.
pub fn current_year() -> u16 {
    js_sys::Date::new_0().get_full_year() as u16
}

/// Today as `YYYY-MM-DD`.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}
