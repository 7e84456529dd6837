//! Instants as the API writes them: RFC 3339 date-times, kept in UTC with
//! millisecond precision, between the years 0001 and 9999.

use core::fmt;

/// A UTC instant with millisecond precision, within
/// `0001-01-01T00:00:00.000Z ..= 9999-12-31T23:59:59.999Z` (the range that
/// four-digit RFC 3339 years and .NET's `DateTime` share).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp {
    unix_millis: i64,
}

/// Milliseconds from the Unix epoch to `0001-01-01T00:00:00.000Z`.
pub const MIN_UNIX_MILLIS: i64 = -62_135_596_800_000;
/// Milliseconds from the Unix epoch to `9999-12-31T23:59:59.999Z`.
pub const MAX_UNIX_MILLIS: i64 = 253_402_300_799_999;

const MILLIS_PER_DAY: i64 = 86_400_000;

/// Why a text is not an acceptable date-time. The caller adds the field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError(pub(crate) String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Timestamp {
    /// An instant from milliseconds since 1970-01-01T00:00:00Z; `None`
    /// outside the supported range.
    pub fn from_unix_millis(unix_millis: i64) -> Option<Self> {
        (MIN_UNIX_MILLIS..=MAX_UNIX_MILLIS)
            .contains(&unix_millis)
            .then_some(Timestamp { unix_millis })
    }

    /// Milliseconds since 1970-01-01T00:00:00Z (negative before it).
    pub fn unix_millis(self) -> i64 {
        self.unix_millis
    }

    /// Parses an RFC 3339 date-time: `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`.
    ///
    /// The zone is required. `T` and `Z` may be lower case. Digits of the
    /// fraction beyond milliseconds are dropped (the instant is truncated
    /// toward the past), since the API counts in milliseconds. Leap seconds
    /// (`:60`) are rejected: no system this model travels between keeps them.
    pub fn parse_rfc3339(text: &str) -> Result<Self, DateError> {
        let b = text.as_bytes();
        let expected = || {
            DateError(format!(
                "{} is not an RFC 3339 date-time like \"2017-07-11T18:45:37.098Z\"",
                crate::model::error::quote_value(text)
            ))
        };
        if b.len() < 20 {
            return Err(if b.len() == 10 && digits(b, 0, 4).is_some() {
                DateError(format!(
                    "{} has no time of day and zone; expected e.g. \"{}T00:00:00Z\"",
                    crate::model::error::quote_value(text),
                    text
                ))
            } else {
                expected()
            });
        }
        let year = digits(b, 0, 4).ok_or_else(expected)?;
        if b[4] != b'-'
            || b[7] != b'-'
            || !matches!(b[10], b'T' | b't')
            || b[13] != b':'
            || b[16] != b':'
        {
            return Err(expected());
        }
        let month = digits(b, 5, 2).ok_or_else(expected)?;
        let day = digits(b, 8, 2).ok_or_else(expected)?;
        let hour = digits(b, 11, 2).ok_or_else(expected)?;
        let minute = digits(b, 14, 2).ok_or_else(expected)?;
        let second = digits(b, 17, 2).ok_or_else(expected)?;

        let mut pos = 19;
        let mut millis = 0i64;
        if b[pos] == b'.' {
            pos += 1;
            let start = pos;
            while pos < b.len() && b[pos].is_ascii_digit() {
                if pos - start < 3 {
                    millis = millis * 10 + i64::from(b[pos] - b'0');
                }
                pos += 1;
            }
            let count = pos - start;
            if count == 0 {
                return Err(expected());
            }
            for _ in count..3 {
                millis *= 10;
            }
        }
        let offset_minutes = match b.get(pos) {
            Some(b'Z' | b'z') if pos + 1 == b.len() => 0,
            Some(&sign @ (b'+' | b'-')) if pos + 6 == b.len() && b[pos + 3] == b':' => {
                let oh = digits(b, pos + 1, 2).ok_or_else(expected)?;
                let om = digits(b, pos + 4, 2).ok_or_else(expected)?;
                if oh > 23 || om > 59 {
                    return Err(DateError(format!(
                        "{} has a zone offset outside -23:59..+23:59",
                        crate::model::error::quote_value(text)
                    )));
                }
                let minutes = oh * 60 + om;
                if sign == b'-' {
                    -minutes
                } else {
                    minutes
                }
            }
            None => {
                return Err(DateError(format!(
                    "{} has no zone; add \"Z\" for UTC or an offset like \"+02:00\"",
                    crate::model::error::quote_value(text)
                )))
            }
            _ => return Err(expected()),
        };

        let impossible = |what: &str| {
            DateError(format!(
                "{} is not a real date-time: {what}",
                crate::model::error::quote_value(text)
            ))
        };
        if year == 0 {
            return Err(impossible("year 0000 does not exist"));
        }
        if !(1..=12).contains(&month) {
            return Err(impossible("month must be 01-12"));
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(impossible(&format!(
                "{year:04}-{month:02} has no day {day:02}"
            )));
        }
        if hour > 23 {
            return Err(impossible("hour must be 00-23"));
        }
        if minute > 59 {
            return Err(impossible("minute must be 00-59"));
        }
        if second > 59 {
            return Err(impossible(
                "second must be 00-59 (leap seconds are not supported)",
            ));
        }

        let local = days_from_civil(year, month, day) * MILLIS_PER_DAY
            + ((hour * 60 + minute) * 60 + second) * 1000
            + millis;
        Timestamp::from_unix_millis(local - offset_minutes * 60_000).ok_or_else(|| {
            DateError(format!(
                "{} is outside the years 0001-9999 once converted to UTC",
                crate::model::error::quote_value(text)
            ))
        })
    }

    /// Writes the canonical form `YYYY-MM-DDTHH:MM:SS.mmmZ` (always 24 bytes).
    pub fn write_rfc3339(self, out: &mut [u8; 24]) {
        // Counted from 0001-01-01T00:00:00.000Z the instant is never
        // negative, so unsigned division (a multiplication) splits it.
        let since_min = (self.unix_millis - MIN_UNIX_MILLIS) as u64;
        let days = (since_min / MILLIS_PER_DAY as u64) as u32;
        let in_day = (since_min % MILLIS_PER_DAY as u64) as u32;
        let (year, month, day) = civil_from_days_since_0001(days);
        let (hour, rest) = (in_day / 3_600_000, in_day % 3_600_000);
        let (minute, rest) = (rest / 60_000, rest % 60_000);
        let (second, millis) = (rest / 1000, rest % 1000);
        put2(out, 0, year / 100);
        put2(out, 2, year % 100);
        out[4] = b'-';
        put2(out, 5, month);
        out[7] = b'-';
        put2(out, 8, day);
        out[10] = b'T';
        put2(out, 11, hour);
        out[13] = b':';
        put2(out, 14, minute);
        out[16] = b':';
        put2(out, 17, second);
        out[19] = b'.';
        out[20] = b'0' + (millis / 100) as u8;
        put2(out, 21, millis % 100);
        out[23] = b'Z';
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut buf = [0u8; 24];
        self.write_rfc3339(&mut buf);
        // The buffer holds ASCII digits and separators only.
        f.write_str(core::str::from_utf8(&buf).map_err(|_| fmt::Error)?)
    }
}

fn digits(b: &[u8], start: usize, count: usize) -> Option<i64> {
    b.get(start..start + count)?
        .iter()
        .try_fold(0i64, |acc, &c| {
            c.is_ascii_digit().then(|| acc * 10 + i64::from(c - b'0'))
        })
}

/// "00" to "99", two bytes per number.
static TWO_DIGITS: [u8; 200] = {
    let mut table = [0u8; 200];
    let mut n = 0;
    while n < 100 {
        table[2 * n] = b'0' + (n / 10) as u8;
        table[2 * n + 1] = b'0' + (n % 10) as u8;
        n += 1;
    }
    table
};

/// Writes `value` (below 100) as two digits at `out[start..start + 2]`.
fn put2(out: &mut [u8; 24], start: usize, value: u32) {
    let i = 2 * value as usize;
    out[start..start + 2].copy_from_slice(&TWO_DIGITS[i..i + 2]);
}

fn is_leap_year(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `days` days after 0001-01-01 (proleptic Gregorian), for
/// `days` up to 9999-12-31: the inverse of [`days_from_civil`], shifted.
///
/// C. Neri and L. Schneider's algorithm ("Euclidean affine functions and
/// their application to calendar algorithms", 2022): the year starts in
/// March, counted from 0000-03-01, and every division is by a constant or
/// a power of two, so it compiles to multiplications and shifts. All
/// intermediate values fit in `u32` (the product for the year in `u64`)
/// over the whole range.
fn civil_from_days_since_0001(days: u32) -> (u32, u32, u32) {
    // 0001-01-01 is day 306 counted from 0000-03-01.
    let n = days + 306;
    // Century and day of the century.
    let n1 = 4 * n + 3;
    let century = n1 / 146_097;
    let day_of_century = n1 % 146_097 / 4;
    // Year of the century and day of the (March-based) year.
    let n2 = u64::from(4 * day_of_century + 3);
    let p2 = 2_939_745 * n2;
    let year_of_century = (p2 >> 32) as u32;
    let day_of_year = (p2 as u32) / 2_939_745 / 4;
    // Month (March = 3 .. February = 14) and day.
    let n3 = 2141 * day_of_year + 197_913;
    let month = n3 >> 16;
    let day = (n3 & 0xffff) / 2141 + 1;
    let january_or_february = day_of_year >= 306;
    let year = 100 * century + year_of_century + u32::from(january_or_february);
    let month = if january_or_february {
        month - 12
    } else {
        month
    };
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// H. Hinnant's inverse of [`days_from_civil`]: the reference the fast
    /// conversion is checked against.
    fn civil_from_days(days: i64) -> (i64, i64, i64) {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        (year, month, day)
    }

    fn parse(text: &str) -> Result<String, String> {
        Timestamp::parse_rfc3339(text)
            .map(|t| t.to_string())
            .map_err(|e| e.0)
    }

    #[test]
    fn the_documented_instant_round_trips() {
        let t = Timestamp::parse_rfc3339("2017-07-11T18:45:37.098Z").unwrap();
        assert_eq!(t.unix_millis(), 1_499_798_737_098);
        assert_eq!(t.to_string(), "2017-07-11T18:45:37.098Z");
    }

    #[test]
    fn offsets_are_converted_to_utc() {
        assert_eq!(
            parse("2017-07-11T20:45:37.098+02:00").unwrap(),
            "2017-07-11T18:45:37.098Z"
        );
        assert_eq!(
            parse("2017-07-11T00:15:00-01:30").unwrap(),
            "2017-07-11T01:45:00.000Z"
        );
        assert_eq!(
            parse("2017-07-11t18:45:37z").unwrap(),
            "2017-07-11T18:45:37.000Z"
        );
    }

    #[test]
    fn fractions_are_kept_to_the_millisecond() {
        assert_eq!(
            parse("2017-07-11T18:45:37.1Z").unwrap(),
            "2017-07-11T18:45:37.100Z"
        );
        assert_eq!(
            parse("2017-07-11T18:45:37.098765Z").unwrap(),
            "2017-07-11T18:45:37.098Z"
        );
    }

    #[test]
    fn the_range_ends_are_accepted_and_beyond_is_not() {
        assert_eq!(
            parse("0001-01-01T00:00:00Z").unwrap(),
            "0001-01-01T00:00:00.000Z"
        );
        assert_eq!(
            parse("9999-12-31T23:59:59.999Z").unwrap(),
            "9999-12-31T23:59:59.999Z"
        );
        assert!(parse("0001-01-01T00:00:00+01:00")
            .unwrap_err()
            .contains("outside the years"));
        assert!(parse("9999-12-31T23:59:59-01:00")
            .unwrap_err()
            .contains("outside the years"));
        assert_eq!(Timestamp::from_unix_millis(MIN_UNIX_MILLIS - 1), None);
        assert_eq!(Timestamp::from_unix_millis(MAX_UNIX_MILLIS + 1), None);
    }

    #[test]
    fn impossible_and_incomplete_dates_are_rejected() {
        assert!(parse("2017-02-30T00:00:00Z")
            .unwrap_err()
            .contains("has no day 30"));
        assert!(parse("2016-02-29T00:00:00Z").is_ok());
        assert!(parse("1900-02-29T00:00:00Z").is_err());
        assert!(parse("2017-07-11").unwrap_err().contains("no time of day"));
        assert!(parse("2017-07-11T18:45:37.098")
            .unwrap_err()
            .contains("has no zone"));
        assert!(parse("2016-12-31T23:59:60Z")
            .unwrap_err()
            .contains("leap seconds"));
        assert!(parse("+10000-01-01T00:00:00Z").is_err());
        assert!(parse("2017-07-11T24:00:00Z").is_err());
        assert!(parse("2017-07-11T18:45:37.Z").is_err());
        assert!(parse("2017-07-11T18:45:37+0200").is_err());
        assert!(parse("2017-07-11T18:45:37+24:00").is_err());
        assert!(parse("2017-07-11 18:45:37Z").is_err());
        assert!(parse("").is_err());
    }

    #[test]
    fn civil_conversion_round_trips_over_the_whole_range() {
        let first = days_from_civil(1, 1, 1);
        let last = days_from_civil(9999, 12, 31);
        for days in (first..=last).step_by(97) {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(first * MILLIS_PER_DAY, MIN_UNIX_MILLIS);
        assert_eq!((last + 1) * MILLIS_PER_DAY - 1, MAX_UNIX_MILLIS);
    }

    #[test]
    fn the_fast_civil_conversion_agrees_on_every_day_of_the_range() {
        let first = days_from_civil(1, 1, 1);
        let last = days_from_civil(9999, 12, 31);
        for days in first..=last {
            let (y, m, d) = civil_from_days(days);
            let fast = civil_from_days_since_0001((days - first) as u32);
            assert_eq!(
                (i64::from(fast.0), i64::from(fast.1), i64::from(fast.2)),
                (y, m, d),
                "day {days}"
            );
        }
    }

    /// The canonical text built the slow way, from the reference conversion.
    fn reference_text(unix_millis: i64) -> String {
        let days = unix_millis.div_euclid(MILLIS_PER_DAY);
        let in_day = unix_millis.rem_euclid(MILLIS_PER_DAY);
        let (y, mo, d) = civil_from_days(days);
        format!(
            "{y:04}-{mo:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z",
            in_day / 3_600_000,
            in_day / 60_000 % 60,
            in_day / 1000 % 60,
            in_day % 1000
        )
    }

    #[test]
    fn formatting_matches_the_reference_over_the_whole_range() {
        let mut instants = vec![MIN_UNIX_MILLIS, MAX_UNIX_MILLIS, 0, -1, 1];
        // Every millisecond-of-day pattern at the range ends, around the
        // epoch and at leap days, and a spread of instants in between.
        for base in [
            MIN_UNIX_MILLIS,
            MAX_UNIX_MILLIS - MILLIS_PER_DAY + 1,
            -MILLIS_PER_DAY,
            0,
            days_from_civil(2000, 2, 29) * MILLIS_PER_DAY,
            days_from_civil(1900, 2, 28) * MILLIS_PER_DAY,
        ] {
            instants.extend((0..MILLIS_PER_DAY).step_by(997).map(|ms| base + ms));
            instants.push(base + MILLIS_PER_DAY - 1);
        }
        let span = MAX_UNIX_MILLIS - MIN_UNIX_MILLIS;
        instants.extend(
            (0..200_000).map(|i| MIN_UNIX_MILLIS + (span / 200_000 * i + i * 7919) % (span + 1)),
        );
        for unix_millis in instants {
            let t = Timestamp::from_unix_millis(unix_millis).expect("in range");
            let mut out = [0u8; 24];
            t.write_rfc3339(&mut out);
            assert_eq!(
                core::str::from_utf8(&out).unwrap(),
                reference_text(unix_millis),
                "{unix_millis}"
            );
            let text = reference_text(unix_millis);
            assert_eq!(Timestamp::parse_rfc3339(&text), Ok(t));
        }
    }
}
