//! JSON in and out for the model, through serde_json.
//!
//! Reading: serde_json does the text; the model's seeds (`de`) validate as
//! they go, keep the path of each value and refuse what serde_json lets
//! pass (duplicate keys, nesting deeper than [`MAX_JSON_DEPTH`], unknown
//! keys in strict mode). Writing: the model's `Serialize` (`ser`) through
//! serde_json's compact or two-space pretty formatter.

mod de;
mod path;
mod ser;

pub use ser::JsonStyle;
pub(crate) use ser::{owner_to_vec, to_vec, to_vec_list};

use serde::de::DeserializeSeed;

use crate::json::de::{Ctx, Got, Seed};
use crate::json::path::{OWNER, ROOT};
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
        read(input, mode, ONE_RESPONSE)
    }

    /// Parses and validates a JSON array of responses. Errors name the item
    /// first: `[3].owner.type`, or `[3]` for a problem with the item as a
    /// whole. An empty array gives an empty list.
    pub fn list_from_json(input: &[u8], mode: ParseMode) -> Result<Vec<Self>, Error> {
        read(input, mode, RESPONSES)
    }
}

impl PatOwner {
    /// Parses and validates an owner from UTF-8 JSON text. Fields are named
    /// as in a response (`owner.type`).
    pub fn from_json(input: &[u8], mode: ParseMode) -> Result<Self, Error> {
        read(input, mode, ONE_OWNER)
    }
}

/// A document: what it holds, the seed that reads it, and how to get the
/// value from what the seed gives.
type Document<T> = (for<'c> fn(&'c Ctx) -> Seed<'c, 'static>, fn(Got) -> T);

const ONE_RESPONSE: Document<CreatePersonalAccessTokenResponse> =
    (|ctx| de::response(ctx, ROOT, 1), de::into_response);
const RESPONSES: Document<Vec<CreatePersonalAccessTokenResponse>> = (de::list, de::into_list);
const ONE_OWNER: Document<PatOwner> = (|ctx| de::owner(ctx, OWNER, 1), de::into_owner);

/// Reads one whole document.
fn read<T>(input: &[u8], mode: ParseMode, doc: Document<T>) -> Result<T, Error> {
    if input.starts_with(b"\xEF\xBB\xBF") {
        let problem = "malformed JSON: the input starts with a byte order mark (BOM), which JSON text must not have";
        return Err(Error::new(ErrorKind::MalformedJson, None, problem));
    }
    // Valid UTF-8 is checked once here, so serde_json need not check each
    // string; otherwise it reads bytes and finds the field of the bad one.
    let text = std::str::from_utf8(input).ok();
    let run = |raw_unknown| {
        let mut ctx = Ctx::new(mode, true);
        ctx.raw_unknown = raw_unknown;
        let result = match text {
            Some(text) => run(&ctx, doc, serde_json::Deserializer::from_str(text)),
            None => run(&ctx, doc, serde_json::Deserializer::from_slice(input)),
        };
        (ctx, result)
    };
    let (ctx, first) = run(true);
    let e = match first {
        Ok(value) => return Ok(value),
        Err(e) => e,
    };
    if ctx.error.borrow().is_none() {
        // A syntax error inside an unknown value taken whole as text (an
        // unclosed array, say) can hide a problem before it that walking
        // the value finds (nesting too deep): walk it this time.
        let (walked, again) = run(false);
        let found = walked.error.borrow().is_some();
        if let (true, Err(e)) = (found, &again) {
            return Err(error(&walked, e, input));
        }
    }
    Err(error(&ctx, &e, input))
}

/// Reads the document and checks that nothing but whitespace follows.
fn run<'a, T, R: serde_json::de::Read<'a>>(
    ctx: &Ctx,
    (seed, value): Document<T>,
    mut de: serde_json::Deserializer<R>,
) -> Result<T, serde_json::Error> {
    // The seeds bound the depth themselves (MAX_JSON_DEPTH, one level more
    // than serde_json's own limit allows).
    de.disable_recursion_limit();
    let got = seed(ctx).deserialize(&mut de)?;
    de.end()?;
    Ok(value(got))
}

/// The library's error for a failed read: the model's own, or serde_json's
/// with its status and the path where it surfaced.
fn error(ctx: &Ctx, e: &serde_json::Error, input: &[u8]) -> Error {
    if let Some(model) = ctx.error.borrow_mut().take() {
        if model.kind() == ErrorKind::TooDeep {
            let problem = format!(
                "{} at line {}, column {}",
                model.problem(),
                e.line(),
                e.column()
            );
            return Error::new(
                ErrorKind::TooDeep,
                model.field_path().map(str::to_owned),
                problem,
            );
        }
        return model;
    }
    let field = ctx.at.borrow_mut().take().flatten();
    if let Err(bad) = std::str::from_utf8(input) {
        // Wherever serde_json stopped at or past a byte that is not UTF-8,
        // that byte is the real problem: bad encoding has one status.
        let bad = bad.valid_up_to();
        if offset(input, e.line(), e.column()) + 1 >= bad {
            let (line, column) = line_column(&input[..bad]);
            let problem =
                format!("invalid UTF-8 at line {line}, column {column} (byte offset {bad})");
            return Error::new(ErrorKind::InvalidUtf8, field, problem);
        }
    }
    let text = e.to_string();
    const NOT_UNICODE: [&str; 3] = [
        "invalid unicode code point",
        "lone leading surrogate in hex escape",
        "unexpected end of hex escape",
    ];
    if NOT_UNICODE.iter().any(|m| text.starts_with(m)) {
        let problem = format!("{text}; text must be valid Unicode");
        return Error::new(ErrorKind::InvalidUtf8, field, problem);
    }
    // serde_json's wording, with the place first as in every message here.
    let problem = text
        .rsplit_once(" at line ")
        .map_or(text.as_str(), |(p, _)| p);
    let problem = format!("at line {}, column {}: {problem}", e.line(), e.column());
    match e.classify() {
        serde_json::error::Category::Data => Error::new(ErrorKind::WrongType, field, problem),
        _ => Error::new(
            ErrorKind::MalformedJson,
            field,
            format!("malformed JSON {problem}"),
        ),
    }
}

/// The byte offset serde_json's line and column (1-based) point at.
fn offset(input: &[u8], line: usize, column: usize) -> usize {
    let line_start = input
        .iter()
        .enumerate()
        .filter(|(_, &c)| c == b'\n')
        .nth(line.saturating_sub(2))
        .map_or(0, |(i, _)| i + 1);
    let line_start = if line <= 1 { 0 } else { line_start };
    (line_start + column).saturating_sub(1)
}

/// The 1-based line and column just after `before`.
fn line_column(before: &[u8]) -> (usize, usize) {
    let line = before.iter().filter(|&&c| c == b'\n').count() + 1;
    let column = before.len()
        - before
            .iter()
            .rposition(|&c| c == b'\n')
            .map_or(0, |i| i + 1)
        + 1;
    (line, column)
}
