//! JSON in and out for the model, through serde_json.
//!
//! Reading: serde_json does the syntax, in one pass over the text; the
//! model's visitors (`de`) validate as they go, keep the path of each value
//! and refuse what serde_json lets pass (duplicate keys, nesting deeper
//! than [`MAX_JSON_DEPTH`], lone surrogate escapes, unknown keys in strict
//! mode). Writing: the model's `Serialize` (`ser`) through serde_json's
//! compact or two-space pretty formatter.
//!
//! Why not `#[derive(Deserialize)]`: a derived struct accepts a positional
//! array (`["id", "secret", ...]`) for an object, names no path for a
//! missing key, keeps the last of two equal keys, reads an integer too
//! large for its type as a float or a range error without the field, and
//! leaves the values under unknown keys unchecked. Each of these is a
//! case of `tests/corpus/`.

mod de;
mod path;
mod ser;
mod text;

pub use ser::JsonStyle;
pub(crate) use ser::{owner_to_vec, to_vec, to_vec_list};

use std::marker::PhantomData;

use serde::de::DeserializeSeed;
use serde_json::error::Category;

use crate::json::de::{At, Ctx, List, Owner, Response, Shape, Visit};
use crate::json::path::{Loc, OWNER, ROOT};
use crate::json::text::{lone_surrogate_before, LONE_SURROGATE};
use crate::model::error::{Error, ErrorKind};
use crate::model::owner::PatOwner;
use crate::model::response::CreatePersonalAccessTokenResponse;

/// The deepest nesting of arrays and objects accepted, counting the
/// document's own object as 1. Unknown values deeper than this are refused
/// rather than followed, so hostile input cannot exhaust the stack.
pub const MAX_JSON_DEPTH: usize = 128;

/// What to do with keys the model does not define.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ParseMode {
    /// Skip them: newer servers add fields, and that must not break parsing.
    #[default]
    Lenient,
    /// Refuse them, naming the key.
    Strict,
}

impl CreatePersonalAccessTokenResponse {
    /// Parses and validates a response from UTF-8 JSON text.
    pub fn from_json(input: &[u8], mode: ParseMode) -> Result<Self, Error> {
        read::<Response>(input, mode, ROOT)
    }

    /// Parses and validates a JSON array of responses. Errors name the item
    /// first: `[3].owner.type`, or `[3]` for a problem with the item as a
    /// whole. An empty array gives an empty list.
    pub fn list_from_json(input: &[u8], mode: ParseMode) -> Result<Vec<Self>, Error> {
        read::<List>(input, mode, ROOT)
    }
}

impl PatOwner {
    /// Parses and validates an owner from UTF-8 JSON text. Fields are named
    /// as in a response (`owner.type`).
    pub fn from_json(input: &[u8], mode: ParseMode) -> Result<Self, Error> {
        read::<Owner>(input, mode, OWNER)
    }
}

/// Reads one whole document at `loc` with the visitor of `S` (its type).
fn read<'t, S: Shape<'t>>(
    input: &'t [u8],
    mode: ParseMode,
    loc: Loc<'static>,
) -> Result<S::Value, Error> {
    if input.starts_with(b"\xEF\xBB\xBF") {
        let problem = "malformed JSON: the input starts with a byte order mark (BOM), which JSON text must not have";
        return Err(Error::new(ErrorKind::MalformedJson, None, problem));
    }
    // Valid UTF-8 is checked once, and only the text before the first bad
    // byte is read: a problem before it is reported first, and reaching it
    // is the bad encoding, at the path where the read stopped.
    let (text, bad) = match std::str::from_utf8(input) {
        Ok(text) => (text, None),
        Err(e) => {
            let valid = std::str::from_utf8(&input[..e.valid_up_to()]);
            (
                valid.expect("the text is valid up to there"),
                Some(e.valid_up_to()),
            )
        }
    };
    let ctx = Ctx::new(mode, text);
    let mut de = serde_json::Deserializer::from_str(text);
    // The visitors bound the depth themselves (MAX_JSON_DEPTH, one level
    // more than serde_json's own limit allows).
    de.disable_recursion_limit();
    let read = Visit::<S>(At::new(&ctx, loc), PhantomData).deserialize(&mut de);
    let read = read.and_then(|value| de.end().map(|()| value));
    match (read, bad) {
        (Ok(value), None) => Ok(value),
        (Ok(_), Some(bad)) => Err(invalid_utf8(bad, None)),
        (Err(e), bad) => Err(error(&ctx, &e, text, bad)),
    }
}

/// The library's error for a failed read: the model's own; or one found
/// in an unknown value before where serde_json stopped; or serde_json's,
/// by its category, at the path where it surfaced.
fn error(ctx: &Ctx, e: &serde_json::Error, text: &str, bad: Option<usize>) -> Error {
    if let Some(model) = ctx.error.borrow_mut().take() {
        return model;
    }
    let stopped = offset(text, e.line(), e.column());
    if let Some((_, found)) = ctx
        .ahead
        .borrow_mut()
        .take()
        .filter(|(at, _)| *at <= stopped)
    {
        return found;
    }
    let mut field = ctx.at.borrow_mut().take().flatten();
    let category = e.classify();
    if let (Some(item), Category::Syntax) = (ctx.between.take(), category) {
        field = item;
    }
    if let Some(bad) = bad.filter(|&bad| stopped + 1 >= bad) {
        return invalid_utf8(bad, field);
    }
    if let Some(expected) = ctx.opening.get().filter(|_| number_at(text, stopped)) {
        let problem = format!("expected {expected}, found a number");
        return Error::new(ErrorKind::WrongType, field, problem);
    }
    let in_string = category == Category::Syntax && ctx.opening.get().is_some();
    if in_string && lone_surrogate_before(text, stopped) {
        return Error::new(ErrorKind::InvalidUtf8, field, LONE_SURROGATE);
    }
    // serde_json's wording, with the place first as in every message here.
    let shown = e.to_string();
    let problem = shown
        .rsplit_once(" at line ")
        .map_or(shown.as_str(), |(p, _)| p);
    let problem = format!("at line {}, column {}: {problem}", e.line(), e.column());
    match category {
        Category::Data => Error::new(ErrorKind::WrongType, field, problem),
        _ => Error::new(
            ErrorKind::MalformedJson,
            field,
            format!("malformed JSON {problem}"),
        ),
    }
}

/// The error of the byte at `bad`, the first that is not UTF-8.
fn invalid_utf8(bad: usize, field: Option<String>) -> Error {
    let problem = format!("invalid UTF-8 at byte offset {bad}");
    Error::new(ErrorKind::InvalidUtf8, field, problem)
}

/// The byte offset serde_json's line and column (1-based) point at.
fn offset(text: &str, line: usize, column: usize) -> usize {
    let before: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (before + column).saturating_sub(1)
}

/// Whether a JSON number is written around byte `at`: serde_json stops on
/// one it cannot hold as a double, which it calls out of range. Its syntax
/// is checked by serde_json's skipping reader, which converts nothing.
fn number_at(text: &str, at: usize) -> bool {
    let part = |b: &u8| b.is_ascii_digit() || b"+-.eE".contains(b);
    let bytes = text.as_bytes();
    let at = at.min(bytes.len().saturating_sub(1));
    let start = bytes[..at]
        .iter()
        .rposition(|b| !part(b))
        .map_or(0, |i| i + 1);
    let end = bytes[at..]
        .iter()
        .position(|b| !part(b))
        .map_or(bytes.len(), |i| at + i);
    // Only ASCII between `start` and `end`, so the bytes are text.
    let literal = std::str::from_utf8(&bytes[start..end]).unwrap_or_default();
    // A value, not a part of a string: what comes before it starts a value.
    let before = bytes[..start]
        .iter()
        .rev()
        .find(|b| !b.is_ascii_whitespace());
    matches!(before, None | Some(b':' | b'[' | b','))
        && literal.starts_with(['-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
        && serde_json::from_str::<serde::de::IgnoredAny>(literal).is_ok()
}
