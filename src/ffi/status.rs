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
