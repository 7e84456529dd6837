//! Dates across the C ABI: one form, milliseconds since the Unix epoch
//! (`int64_t`), in both directions. Text a user typed goes through
//! `isc_pat_date_parse` first, by the rules of a date inside JSON.

use chrono::{DateTime, Utc};

use crate::ffi::boundary::call;
use crate::ffi::error::isc_pat_error;
use crate::ffi::failure::Failure;
use crate::ffi::ptr::{self, isc_pat_str};
use crate::ffi::status::isc_pat_status;
use crate::model::date::parse_rfc3339;
use crate::model::error::{Error, ErrorKind};

/// The instant `unix_ms` milliseconds after 1970-01-01T00:00:00Z. The model
/// checks the years 0001-9999; an instant chrono cannot even hold gets the
/// same status here, naming `field`.
pub(crate) fn instant(unix_ms: i64, field: &str) -> Result<DateTime<Utc>, Failure> {
    DateTime::from_timestamp_millis(unix_ms).ok_or_else(|| {
        Failure::new(
            isc_pat_status::InvalidDate,
            Some(field),
            format!("{unix_ms} ms since 1970-01-01T00:00:00Z is outside the years 0001-9999"),
        )
    })
}

/// Reads an RFC 3339 date-time with a zone (`2017-07-11T18:45:37.098Z`,
/// `2017-07-11T20:45:37+02:00`) into `*out` as milliseconds since the Unix
/// epoch, the form the create functions take, by the rules and with the
/// messages of a date inside JSON (`T`/`Z` may be lower case, digits past
/// the millisecond truncated, leap seconds and instants outside the years
/// 0001-9999 in UTC refused). `field` is the name the error gives
/// (`"created"`, `"expirationDate"`), so that a date a user typed is
/// refused as the same date inside JSON would be.
///
/// Thread-safety: any thread, any time.
///
/// Statuses: OK, NULL_ARGUMENT, INVALID_UTF8, INVALID_DATE, PANIC.
///
/// # Safety
/// `text` and `field` follow "Text in" at the top of this header;
/// `out` is NULL or writable; `error` follows the conventions.
#[no_mangle]
pub unsafe extern "C" fn isc_pat_date_parse(
    text: isc_pat_str,
    field: isc_pat_str,
    out: Option<&mut i64>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    call(error, || {
        let out = ptr::out(out, "out")?;
        // SAFETY: the caller keeps the contract above.
        let field = unsafe { ptr::text(field, "field")? };
        // SAFETY: as above.
        let text = unsafe { ptr::text(text, field)? };
        let instant =
            parse_rfc3339(text).map_err(|e| Error::field(ErrorKind::InvalidDate, field, e.0))?;
        *out = instant.timestamp_millis();
        Ok(())
    })
}
