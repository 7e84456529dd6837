//! The one error type of the library: what went wrong, on which field, in
//! words a user can act on.

use core::fmt;

/// The category of a failure. Each kind maps to exactly one C status code,
/// so the set only ever grows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The text is not valid UTF-8 (or a `\u` escape names a lone surrogate).
    InvalidUtf8,
    /// A required field or JSON key is absent.
    MissingField,
    /// A field that must not be empty is the empty string.
    EmptyField,
    /// A JSON value has the wrong type (a number where a string belongs, ...).
    WrongType,
    /// A date-time is not RFC 3339 with a zone, or names no real instant.
    InvalidDate,
    /// A number is outside the range the field allows.
    OutOfRange,
    /// `owner.type` is not `IDENTITY`.
    InvalidOwnerType,
    /// A JSON object names the same key twice.
    DuplicateKey,
    /// Strict parsing met a key the model does not define.
    UnknownKey,
    /// The input is not well-formed JSON (syntax error, trailing data, ...).
    MalformedJson,
    /// JSON nesting is deeper than [`crate::MAX_JSON_DEPTH`].
    TooDeep,
}

/// A validation or parse failure.
///
/// The message never contains the secret, not even when the secret is the
/// field at fault.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    field: Option<String>,
    message: String,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, field: Option<String>, message: impl Into<String>) -> Self {
        Error {
            kind,
            field,
            message: message.into(),
        }
    }

    pub(crate) fn field(kind: ErrorKind, field: &str, message: impl Into<String>) -> Self {
        Error::new(kind, Some(field.to_owned()), message)
    }

    /// The same error, naming `field` as the field at fault instead.
    pub(crate) fn at_field(mut self, field: String) -> Self {
        self.field = Some(field);
        self
    }

    /// What went wrong.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The path of the field at fault, e.g. `owner.type` or `scope[2]`;
    /// `None` when the problem is the input as a whole.
    pub fn field_path(&self) -> Option<&str> {
        self.field.as_deref()
    }

    /// The problem, without the field path.
    pub fn problem(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.field {
            Some(field) => write!(f, "{field}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for Error {}

/// Quotes a user-supplied value for an error message: escaped, and cut to a
/// readable length (the cut is marked, so nothing is silently truncated).
pub(crate) fn quote_value(value: &str) -> String {
    const MAX_CHARS: usize = 64;
    let mut out = String::from("\"");
    for (i, c) in value.chars().enumerate() {
        if i == MAX_CHARS {
            out.push_str("\"... (");
            out.push_str(&value.chars().count().to_string());
            out.push_str(" characters)");
            return out;
        }
        out.extend(c.escape_debug());
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_prefixes_the_field_path() {
        let e = Error::field(ErrorKind::EmptyField, "owner.id", "must not be empty");
        assert_eq!(e.to_string(), "owner.id: must not be empty");
        assert_eq!(e.field_path(), Some("owner.id"));
        assert_eq!(e.problem(), "must not be empty");
    }

    #[test]
    fn quoted_values_are_escaped_and_cut() {
        assert_eq!(quote_value("a\"b\0"), "\"a\\\"b\\0\"");
        let long = "x".repeat(100);
        assert_eq!(
            quote_value(&long),
            format!("\"{}\"... (100 characters)", "x".repeat(64))
        );
    }
}
