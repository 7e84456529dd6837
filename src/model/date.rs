//! Instants as the API writes them: RFC 3339 date-times, read and written by
//! chrono, kept as `DateTime<Utc>` to the millisecond between the years
//! 0001 and 9999 (the range four-digit RFC 3339 years and .NET's `DateTime`
//! share).

use core::fmt;

use chrono::{DateTime, Datelike, NaiveDate, SecondsFormat, SubsecRound, Timelike, Utc};

use crate::model::error::quote_value;

/// Why a text or an instant is not an acceptable date-time. The caller adds
/// the field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError(pub(crate) String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DateError {}

/// Parses an RFC 3339 date-time: `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`.
///
/// The zone is required. `T` and `Z` may be lower case. Digits of the
/// fraction beyond milliseconds are dropped (the instant is truncated toward
/// the past), since the API counts in milliseconds. Leap seconds (`:60`) are
/// refused: no system this model travels between keeps them. The instant
/// must fall in the years 0001-9999 once converted to UTC, whatever year is
/// written.
pub fn parse_rfc3339(text: &str) -> Result<DateTime<Utc>, DateError> {
    let b = text.as_bytes();
    // chrono also takes a space for `T` and U+2212 for `-` in the zone;
    // RFC 3339 as the API writes it has neither.
    let shape_ok = b.get(10).is_some_and(|c| matches!(c, b'T' | b't')) && text.is_ascii();
    let parsed = shape_ok
        .then(|| DateTime::parse_from_rfc3339(text).ok())
        .flatten();
    let Some(parsed) = parsed else {
        return Err(why_not_rfc3339(text));
    };
    if parsed.nanosecond() >= 1_000_000_000 {
        return Err(DateError(format!(
            "{} is not a real date-time: second must be 00-59 (leap seconds are not supported)",
            quote_value(text)
        )));
    }
    in_range(parsed.with_timezone(&Utc)).map_err(|_| {
        DateError(format!(
            "{} is outside the years 0001-9999 once converted to UTC",
            quote_value(text)
        ))
    })
}

/// The instant to the millisecond (truncated), when it lies in the years
/// 0001-9999.
pub fn in_range(instant: DateTime<Utc>) -> Result<DateTime<Utc>, DateError> {
    if (1..=9999).contains(&instant.year()) {
        Ok(instant.trunc_subsecs(3))
    } else {
        Err(DateError(format!(
            "{} is outside the years 0001-9999",
            instant.to_rfc3339_opts(SecondsFormat::Millis, true)
        )))
    }
}

/// The canonical form `YYYY-MM-DDTHH:MM:SS.mmmZ` (always 24 bytes for an
/// instant in range).
pub fn format_rfc3339(instant: &DateTime<Utc>) -> String {
    instant.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// The canonical form of an instant in range, built on the stack from
/// chrono's calendar fields: what [`format_rfc3339`] gives, without the
/// allocation (the serializer writes it straight into its output).
pub(crate) fn canonical_bytes(instant: &DateTime<Utc>) -> [u8; 24] {
    let mut out = *b"0000-00-00T00:00:00.000Z";
    let mut put = |at: usize, width: usize, mut value: u32| {
        for i in (at..at + width).rev() {
            out[i] = b'0' + (value % 10) as u8;
            value /= 10;
        }
    };
    // The year is 1-9999 for every instant the model holds (`in_range`).
    put(0, 4, instant.year().clamp(0, 9999) as u32);
    put(5, 2, instant.month());
    put(8, 2, instant.day());
    put(11, 2, instant.hour());
    put(14, 2, instant.minute());
    put(17, 2, instant.second());
    put(20, 3, instant.nanosecond() / 1_000_000 % 1000);
    out
}

/// The most useful reason a text chrono refused is not a date-time.
fn why_not_rfc3339(text: &str) -> DateError {
    let quoted = quote_value(text);
    let with_zone = |rest: &str| format!("{text}{rest}");
    let reason = if parses(&with_zone("T00:00:00Z")) {
        format!("{quoted} has no time of day and zone; expected e.g. \"{text}T00:00:00Z\"")
    } else if parses(&with_zone("Z")) {
        format!("{quoted} has no zone; add \"Z\" for UTC or an offset like \"+02:00\"")
    } else if let Some(part) = impossible_part(text) {
        format!("{quoted} is not a real date-time: {part}")
    } else if has_offset_out_of_range(text) {
        format!("{quoted} has a zone offset outside -23:59..+23:59")
    } else {
        format!("{quoted} is not an RFC 3339 date-time like \"2017-07-11T18:45:37.098Z\"")
    };
    DateError(reason)
}

/// Which part of a `DDDD-DD-DDTDD:DD:DD...` text names no real date or time
/// of day: chrono refuses such a text without saying which, and "month must
/// be 01-12" is what the user needs to read.
fn impossible_part(text: &str) -> Option<String> {
    if !has_date_time_shape(text) {
        return None;
    }
    // The shape check guarantees ASCII digits at these places.
    let two = |at: usize| {
        u32::from(text.as_bytes()[at] - b'0') * 10 + u32::from(text.as_bytes()[at + 1] - b'0')
    };
    let year: i32 = text[..4].parse().ok()?;
    let (month, day, hour, minute, second) = (two(5), two(8), two(11), two(14), two(17));
    if !(1..=12).contains(&month) {
        Some("month must be 01-12".to_owned())
    } else if NaiveDate::from_ymd_opt(year, month, day).is_none() {
        Some(format!("{year:04}-{month:02} has no day {day:02}"))
    } else if hour > 23 {
        Some("hour must be 00-23".to_owned())
    } else if minute > 59 {
        Some("minute must be 00-59".to_owned())
    } else if second > 60 {
        // :60 itself reaches chrono's leap-second value and is refused above.
        Some("second must be 00-59 (leap seconds are not supported)".to_owned())
    } else {
        None
    }
}

/// Whether a date-time-shaped text ends in an offset `±HH:MM` whose hours or
/// minutes no zone has.
fn has_offset_out_of_range(text: &str) -> bool {
    let b = text.as_bytes();
    let Some(zone) = b.len().checked_sub(6).filter(|&at| at >= 19) else {
        return false;
    };
    let digits = |at: usize| -> Option<u32> { text.get(at..at + 2)?.parse().ok() };
    has_date_time_shape(text)
        && matches!(b[zone], b'+' | b'-')
        && b[zone + 3] == b':'
        && matches!((digits(zone + 1), digits(zone + 4)), (Some(h), Some(m)) if h > 23 || m > 59)
}

/// Whether `text` starts with `DDDD-DD-DDTDD:DD:DD` (digits and separators).
fn has_date_time_shape(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() >= 19
        && b[..19].iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            10 => matches!(c, b'T' | b't'),
            13 | 16 => *c == b':',
            _ => c.is_ascii_digit(),
        })
}

fn parses(text: &str) -> bool {
    text.as_bytes()
        .get(10)
        .is_some_and(|c| matches!(c, b'T' | b't'))
        && DateTime::parse_from_rfc3339(text).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<String, String> {
        parse_rfc3339(text)
            .map(|t| format_rfc3339(&t))
            .map_err(|e| e.0)
    }

    #[test]
    fn canonical_bytes_match_chrono() {
        for text in [
            "2017-07-11T18:45:37.098Z",
            "0001-01-01T00:00:00.000Z",
            "9999-12-31T23:59:59.999Z",
            "0999-02-03T04:05:06.007Z",
        ] {
            let t = parse_rfc3339(text).unwrap();
            assert_eq!(&canonical_bytes(&t), format_rfc3339(&t).as_bytes());
        }
    }

    #[test]
    fn zones_cases_and_fractions() {
        assert_eq!(
            parse("2017-07-11T20:45:37.098+02:00").unwrap(),
            "2017-07-11T18:45:37.098Z"
        );
        assert_eq!(
            parse("2017-07-11t18:45:37z").unwrap(),
            "2017-07-11T18:45:37.000Z"
        );
        assert_eq!(
            parse("2017-07-11T18:45:37.098765Z").unwrap(),
            "2017-07-11T18:45:37.098Z"
        );
        assert_eq!(
            parse("2017-07-11T18:45:37.1Z").unwrap(),
            "2017-07-11T18:45:37.100Z"
        );
    }

    #[test]
    fn the_range_is_judged_after_conversion_to_utc() {
        assert_eq!(
            parse("0000-12-31T23:00:00-01:00").unwrap(),
            "0001-01-01T00:00:00.000Z"
        );
        assert_eq!(
            parse("9999-12-31T23:59:59.999Z").unwrap(),
            "9999-12-31T23:59:59.999Z"
        );
        assert!(parse("0001-01-01T00:00:00+01:00")
            .unwrap_err()
            .contains("outside the years"));
        assert!(parse("0000-06-01T00:00:00Z")
            .unwrap_err()
            .contains("outside the years"));
        assert!(parse("9999-12-31T23:59:59-01:00")
            .unwrap_err()
            .contains("outside the years"));
    }

    #[test]
    fn refusals_say_why() {
        assert!(parse("2017-07-11").unwrap_err().contains("no time of day"));
        assert!(parse("2017-07-11T18:45:37.098")
            .unwrap_err()
            .contains("has no zone"));
        assert!(parse("2016-12-31T23:59:60Z")
            .unwrap_err()
            .contains("leap seconds"));
        assert!(parse("2017-02-30T00:00:00Z")
            .unwrap_err()
            .contains("not a real date-time"));
        assert!(parse("2017-07-11T24:00:00Z")
            .unwrap_err()
            .contains("not a real date-time"));
        for bad in [
            "",
            "+10000-01-01T00:00:00Z",
            "2017-07-11T18:45:37.Z",
            "2017-07-11T18:45:37+0200",
            "2017-07-11T18:45:37+24:00",
            "2017-07-11 18:45:37Z",
            "2017-07-11T18:45:37\u{2212}02:00",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn an_impossible_date_names_the_part() {
        for (text, part) in [
            ("2017-13-01T00:00:00Z", "month must be 01-12"),
            ("2017-00-01T00:00:00Z", "month must be 01-12"),
            ("2017-02-29T00:00:00Z", "2017-02 has no day 29"),
            ("2017-04-31T00:00:00Z", "2017-04 has no day 31"),
            ("2017-07-00T00:00:00Z", "2017-07 has no day 00"),
            ("2017-07-11T24:00:00Z", "hour must be 00-23"),
            ("2017-07-11T18:60:00Z", "minute must be 00-59"),
            ("2017-07-11T18:00:61Z", "second must be 00-59"),
            (
                "2017-07-11T18:45:37+24:00",
                "has a zone offset outside -23:59..+23:59",
            ),
            (
                "2017-07-11T18:45:37.5-00:60",
                "has a zone offset outside -23:59..+23:59",
            ),
        ] {
            let message = parse(text).unwrap_err();
            assert!(message.contains(part), "{text}: {message}");
        }
        assert!(parse("2016-02-29T00:00:00Z").is_ok());
    }
}
