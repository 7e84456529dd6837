//! Status codes returned by every fallible C function.

use crate::model::error::ErrorKind;

/// The outcome of a call. Values are part of the ABI: a code, once
/// published, keeps its number and meaning forever; new codes are appended.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum isc_pat_status {
    /// Success.
    Ok = 0,
    /// A pointer argument that must not be NULL was NULL.
    NullArgument = 1,
    /// Text is not valid UTF-8, or a `\u` escape is a lone surrogate.
    InvalidUtf8 = 2,
    /// A required field or JSON key is missing.
    MissingField = 3,
    /// A field that must not be empty is empty.
    EmptyField = 4,
    /// A JSON value has the wrong type.
    WrongType = 5,
    /// A date-time is not RFC 3339 with a zone, or is not a real instant.
    InvalidDate = 6,
    /// A number is outside the range its field allows.
    OutOfRange = 7,
    /// `owner.type` is not `IDENTITY`.
    InvalidOwnerType = 8,
    /// A JSON object has the same key twice.
    DuplicateKey = 9,
    /// Strict parsing met a key the model does not define.
    UnknownKey = 10,
    /// The input is not well-formed JSON.
    MalformedJson = 11,
    /// JSON nesting is deeper than 128 levels.
    TooDeep = 12,
    /// The caller's buffer cannot hold the text and its NUL terminator;
    /// the required length was written to `out_len`.
    BufferTooSmall = 13,
    /// An optional value (`scope` when null, `expirationDate`) is not set.
    NotSet = 14,
    /// An index is past the end of a list.
    IndexOutOfRange = 15,
    /// An internal error (a Rust panic) was caught at the boundary. The
    /// object involved is unchanged; this is a bug worth reporting.
    Panic = 16,
}

impl From<ErrorKind> for isc_pat_status {
    fn from(kind: ErrorKind) -> Self {
        match kind {
            ErrorKind::InvalidUtf8 => isc_pat_status::InvalidUtf8,
            ErrorKind::MissingField => isc_pat_status::MissingField,
            ErrorKind::EmptyField => isc_pat_status::EmptyField,
            ErrorKind::WrongType => isc_pat_status::WrongType,
            ErrorKind::InvalidDate => isc_pat_status::InvalidDate,
            ErrorKind::OutOfRange => isc_pat_status::OutOfRange,
            ErrorKind::InvalidOwnerType => isc_pat_status::InvalidOwnerType,
            ErrorKind::DuplicateKey => isc_pat_status::DuplicateKey,
            ErrorKind::UnknownKey => isc_pat_status::UnknownKey,
            ErrorKind::MalformedJson => isc_pat_status::MalformedJson,
            ErrorKind::TooDeep => isc_pat_status::TooDeep,
        }
    }
}

/// A status as C passes it in: any `int`, including values this library
/// does not define (from a newer header, or a caller's bug), which a Rust
/// `isc_pat_status` must never hold. Named `isc_pat_status` in the header.
#[allow(non_camel_case_types)]
pub type isc_pat_status_value = libc::c_int;

/// The name of a status: its constant in this header, e.g.
/// `"ISC_PAT_STATUS_INVALID_DATE"`, so that a caller that passed no error
/// object can still say what went wrong. A value this library does not
/// define gives `"unknown isc_pat_status"`. Never NULL: a static,
/// NUL-terminated string, never freed.
///
/// Thread-safety: any thread, any time.
#[no_mangle]
pub extern "C" fn isc_pat_status_name(status: isc_pat_status_value) -> *const libc::c_char {
    status_name(status).as_ptr().cast()
}

/// The name of `status` with its terminator.
fn status_name(status: isc_pat_status_value) -> &'static str {
    const NAMES: [&str; 17] = [
        "ISC_PAT_STATUS_OK\0",
        "ISC_PAT_STATUS_NULL_ARGUMENT\0",
        "ISC_PAT_STATUS_INVALID_UTF8\0",
        "ISC_PAT_STATUS_MISSING_FIELD\0",
        "ISC_PAT_STATUS_EMPTY_FIELD\0",
        "ISC_PAT_STATUS_WRONG_TYPE\0",
        "ISC_PAT_STATUS_INVALID_DATE\0",
        "ISC_PAT_STATUS_OUT_OF_RANGE\0",
        "ISC_PAT_STATUS_INVALID_OWNER_TYPE\0",
        "ISC_PAT_STATUS_DUPLICATE_KEY\0",
        "ISC_PAT_STATUS_UNKNOWN_KEY\0",
        "ISC_PAT_STATUS_MALFORMED_JSON\0",
        "ISC_PAT_STATUS_TOO_DEEP\0",
        "ISC_PAT_STATUS_BUFFER_TOO_SMALL\0",
        "ISC_PAT_STATUS_NOT_SET\0",
        "ISC_PAT_STATUS_INDEX_OUT_OF_RANGE\0",
        "ISC_PAT_STATUS_PANIC\0",
    ];
    usize::try_from(status)
        .ok()
        .and_then(|i| NAMES.get(i))
        .copied()
        .unwrap_or("unknown isc_pat_status\0")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_has_its_header_name_and_others_one_word() {
        let name = |s: isc_pat_status_value| {
            // SAFETY: `isc_pat_status_name` returns a static C string.
            unsafe { std::ffi::CStr::from_ptr(isc_pat_status_name(s)) }
                .to_str()
                .unwrap()
        };
        assert_eq!(
            name(isc_pat_status::Ok as isc_pat_status_value),
            "ISC_PAT_STATUS_OK"
        );
        assert_eq!(
            name(isc_pat_status::InvalidDate as isc_pat_status_value),
            "ISC_PAT_STATUS_INVALID_DATE"
        );
        assert_eq!(
            name(isc_pat_status::Panic as isc_pat_status_value),
            "ISC_PAT_STATUS_PANIC"
        );
        for unknown in [17, 99, -1, libc::c_int::MIN, libc::c_int::MAX] {
            assert_eq!(name(unknown), "unknown isc_pat_status");
        }
    }
}
