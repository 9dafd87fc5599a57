//! Dates and times as Byte Bridge writes them: the date in file names, the teacher's "when",
//! ISO 8601 timestamps and durations for xAPI. Times are milliseconds since 1970 (UTC), as the
//! browser's clock gives them; there is no time-zone database here, so local times take the
//! offset the page reports.

/// Milliseconds in a day.
const DAY_MS: u64 = 86_400_000;

/// The last moment of the year 9999 (milliseconds since 1970): ISO 8601 years have four
/// digits, so no time past it can be written; a file that holds one was made by hand.
pub const LAST_TIME: u64 = 253_402_300_799_999;

/// Days since 1970-01-01 to (year, month, day) in the proleptic Gregorian calendar
/// (Howard Hinnant's `civil_from_days`).
pub fn civil_date(days: u64) -> (i64, u32, u32) {
    let z = i64::try_from(days).unwrap_or(0) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = u32::try_from(doy - (153 * mp + 2) / 5 + 1).unwrap_or(1);
    let month = u32::try_from(if mp < 10 { mp + 3 } else { mp - 9 }).unwrap_or(1);
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// The UTC date of `ms` as `YYYY-MM-DD`: the date in every file name Byte Bridge writes.
pub fn date_text(ms: u64) -> String {
    let (year, month, day) = civil_date(ms / DAY_MS);
    format!("{year:04}-{month:02}-{day:02}")
}

/// `ms` moved by `utc_offset_minutes` as `YYYY-MM-DD HH:MM` (the teacher's local time; a time
/// before 1970 after the move reads as 1970).
pub fn local_date_time_text(ms: u64, utc_offset_minutes: i64) -> String {
    let local = i64::try_from(ms).unwrap_or(i64::MAX).saturating_add(utc_offset_minutes.saturating_mul(60_000));
    let local = u64::try_from(local.max(0)).unwrap_or(0);
    let minutes = local % DAY_MS / 60_000;
    format!("{} {:02}:{:02}", date_text(local), minutes / 60, minutes % 60)
}

/// `ms` as an ISO 8601 UTC timestamp with milliseconds (`2025-11-29T00:00:00.123Z`).
pub fn iso_timestamp(ms: u64) -> String {
    let in_day = ms % DAY_MS;
    format!(
        "{}T{:02}:{:02}:{:02}.{:03}Z",
        date_text(ms),
        in_day / 3_600_000,
        in_day / 60_000 % 60,
        in_day / 1000 % 60,
        in_day % 1000
    )
}

/// A number of seconds as an ISO 8601 duration (`PT31S`).
pub fn iso_duration(seconds: u32) -> String {
    format!("PT{seconds}S")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_iso_8601_utc() {
        assert_eq!(iso_timestamp(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(iso_timestamp(951_868_799_999), "2000-02-29T23:59:59.999Z");
        assert_eq!(iso_timestamp(LAST_TIME), "9999-12-31T23:59:59.999Z");
    }

    #[test]
    fn dates_cross_leap_days_and_the_year_end() {
        assert_eq!(date_text(951_782_400_000), "2000-02-29");
        assert_eq!(date_text(1_767_225_599_999), "2025-12-31");
        assert_eq!(date_text(1_767_225_600_000), "2026-01-01");
    }

    #[test]
    fn local_times_take_the_pages_offset() {
        // 2025-11-29 08:08 UTC.
        let ms = 1_764_403_680_000;
        assert_eq!(local_date_time_text(ms, 0), "2025-11-29 08:08");
        assert_eq!(local_date_time_text(ms, 60), "2025-11-29 09:08");
        assert_eq!(local_date_time_text(ms, -9 * 60), "2025-11-28 23:08");
        assert_eq!(local_date_time_text(0, -60), "1970-01-01 00:00");
    }

    #[test]
    fn durations_are_iso_8601() {
        assert_eq!(iso_duration(0), "PT0S");
        assert_eq!(iso_duration(80), "PT80S");
    }
}
