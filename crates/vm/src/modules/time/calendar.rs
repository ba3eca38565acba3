//! Broken-down time (C's `struct tm`) and the proleptic Gregorian calendar arithmetic behind
//! `gmtime`, `localtime` and `mktime`.
//!
//! Invariants:
//! - a [`Tm`] keeps C's conventions (month 0..=11, Sunday = 0, year-day from 0), which is what
//!   glibc's `strftime` reads; only `struct_time.rs` converts to and from Python's 9-tuple
//!   (month from 1, Monday = 0, year-day from 1);
//! - all arithmetic is in `i64` over inputs that C would hold in an `int` (fields) or a
//!   `time_t` (timestamps), so nothing here overflows: the largest intermediate is a day count
//!   of about 1.1e14 (for `i64::MAX` seconds) times 146,097-day eras.

/// Seconds in a day.
pub(crate) const DAY: i64 = 86_400;

/// A broken-down time as C's `struct tm`, with the year in full (C's `tm_year + 1900`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Tm {
    pub year: i64,
    /// 0..=11.
    pub mon: i64,
    pub mday: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    /// Sunday = 0.
    pub wday: i64,
    /// January 1 = 0.
    pub yday: i64,
    /// Positive: daylight saving time; 0: standard time; negative: unknown.
    pub isdst: i64,
    /// Seconds east of UTC.
    pub gmtoff: i64,
    /// The zone's abbreviation; `None` as C's null `tm_zone` (a plain tuple's).
    pub zone: Option<String>,
}

impl Tm {
    /// C's `tm_year` fits in an `int` (glibc's `gmtime` and `localtime` fail with EOVERFLOW
    /// otherwise).
    pub(crate) fn year_fits_c_int(&self) -> bool {
        i32::try_from(self.year - 1900).is_ok()
    }
}

pub(crate) fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Days from 1970-01-01 to `year`-`month`-`day` (month 1..=12), proleptic Gregorian (Howard
/// Hinnant's `days_from_civil`).
pub(crate) fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let shifted_month = (month + 9) % 12; // March = 0
    let day_of_year = (153 * shifted_month + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The date (year, month 1..=12, day) `days` days after 1970-01-01 (`civil_from_days`).
pub(crate) fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// The UTC broken-down time of `t` seconds after the epoch (C's `gmtime`, with glibc's "GMT"
/// zone), with `gmtoff` added first (a local time's offset).
pub(crate) fn broken_down(t: i64, gmtoff: i64) -> Tm {
    // Both fit a time_t; their sum is bounded by 2**63 + 2**31, so use i128 and clamp.
    let local = (i128::from(t) + i128::from(gmtoff)).clamp(i64::MIN.into(), i64::MAX.into());
    let local = local as i64;
    let days = local.div_euclid(DAY);
    let secs = local.rem_euclid(DAY);
    let (year, month, day) = civil_from_days(days);
    Tm {
        year,
        mon: month - 1,
        mday: day,
        hour: secs / 3600,
        min: secs % 3600 / 60,
        sec: secs % 60,
        // 1970-01-01 was a Thursday.
        wday: (days + 4).rem_euclid(7),
        yday: days - days_from_civil(year, 1, 1),
        isdst: 0,
        gmtoff,
        zone: None,
    }
}

/// Seconds since the epoch of the broken-down time read as UTC, normalizing out-of-range
/// fields as C's `timegm` does (month 12 is next January, day 0 the previous month's last).
/// The fields are C ints, so the result cannot overflow.
pub(crate) fn seconds_from_fields(tm: &Tm) -> i64 {
    let year = tm.year + tm.mon.div_euclid(12);
    let month = tm.mon.rem_euclid(12) + 1;
    let days = days_from_civil(year, month, 1) + tm.mday - 1;
    days * DAY + tm.hour * 3600 + tm.min * 60 + tm.sec
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip() {
        for days in [-719_468, -1, 0, 1, 10_957, 11_016, 2_932_896, 100_000_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(-719_529), (-1, 12, 31));
    }

    #[test]
    fn broken_down_matches_glibc() {
        let tm = broken_down(1_000_000_000, 0);
        assert_eq!(
            (tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday),
            (2001, 8, 9, 1, 46, 40, 0, 251)
        );
        let tm = broken_down(-1, 0);
        assert_eq!(
            (tm.year, tm.mon, tm.mday, tm.sec, tm.wday, tm.yday),
            (1969, 11, 31, 59, 3, 364)
        );
        // The extremes do not overflow.
        let tm = broken_down(i64::MAX, 0);
        assert!(!tm.year_fits_c_int());
        let tm = broken_down(i64::MIN, 0);
        assert!(!tm.year_fits_c_int());
        // The last second glibc can break down: December 31 of the year 2**31 - 1 + 1900.
        let mut last = broken_down(0, 0);
        last.year = i64::from(i32::MAX) + 1900;
        last.mon = 11;
        last.mday = 31;
        last.hour = 23;
        last.min = 59;
        last.sec = 59;
        let t = seconds_from_fields(&last);
        assert_eq!(broken_down(t, 0).year, last.year);
        assert!(broken_down(t, 0).year_fits_c_int());
        assert!(!broken_down(t + 1, 0).year_fits_c_int());
    }

    #[test]
    fn fields_normalize_as_timegm() {
        let mut tm = broken_down(0, 0);
        tm.mon = 12; // January of the next year
        tm.mday = 0; // its day 0: December 31, 1970
        assert_eq!(seconds_from_fields(&tm), 364 * DAY);
        tm.year = i64::from(i32::MAX) + 1900;
        tm.mon = i64::from(i32::MAX);
        tm.mday = i64::from(i32::MIN);
        tm.hour = i64::from(i32::MIN);
        let _ = seconds_from_fields(&tm);
    }
}
