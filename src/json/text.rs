//! JSON text the library reads itself: string literals (escapes decoded,
//! lone surrogates refused in its own words), the unknown values that
//! serde_json has taken whole as raw text, and the string serde_json
//! stopped in.
//!
//! serde_json checks the syntax of a raw value but decodes nothing inside
//! it, and would refuse a number beyond a double if asked to walk it. The
//! [`Skipper`] walks that text once more for what I-JSON adds to syntax:
//! every string and key valid Unicode, no key twice in an object, nesting
//! within [`MAX_JSON_DEPTH`]. Numbers are left as they are.

use std::borrow::Cow;
use std::collections::HashSet;

use crate::json::path::Loc;
use crate::json::MAX_JSON_DEPTH;
use crate::model::error::{Error, ErrorKind};

/// Why a string literal could not be decoded.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Bad {
    /// A `\u` escape of a surrogate that is not half of a pair.
    LoneSurrogate,
    /// Not a string literal (only seen in text serde_json has not checked).
    Syntax,
}

/// The problem of a lone surrogate, as every layer reports it.
pub(crate) const LONE_SURROGATE: &str =
    "a \\u escape is a lone UTF-16 surrogate, which is not valid Unicode";

/// Decodes a whole string literal, quotes included (two bytes at least).
/// Without escapes the text is borrowed.
pub(crate) fn unescape(literal: &str) -> Result<Cow<'_, str>, Bad> {
    let inner = &literal[1..literal.len() - 1];
    if !inner.contains('\\') {
        return Ok(Cow::Borrowed(inner));
    }
    let mut out = String::with_capacity(inner.len());
    let mut rest = inner;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        let (c, used) = escape(&rest.as_bytes()[at + 1..])?;
        out.push(c);
        rest = &rest[at + 1 + used..];
    }
    out.push_str(rest);
    Ok(Cow::Owned(out))
}

/// The character of the escape after a `\`, and how many bytes it spans.
fn escape(after: &[u8]) -> Result<(char, usize), Bad> {
    let simple = match after.first().copied() {
        Some(b'u') => return unicode(&after[1..]),
        Some(c @ (b'"' | b'\\' | b'/')) => char::from(c),
        Some(b'b') => '\u{8}',
        Some(b'f') => '\u{c}',
        Some(b'n') => '\n',
        Some(b'r') => '\r',
        Some(b't') => '\t',
        _ => return Err(Bad::Syntax),
    };
    Ok((simple, 1))
}

/// A `\u` escape (`digits` follows the `u`): one code point, or a pair of
/// surrogates joined into one.
fn unicode(digits: &[u8]) -> Result<(char, usize), Bad> {
    let high = hex4(digits)?;
    if !(0xD800..0xE000).contains(&high) {
        return char::from_u32(high).map(|c| (c, 5)).ok_or(Bad::Syntax);
    }
    let low = match digits.get(4..6) {
        Some(b"\\u") if high < 0xDC00 => hex4(&digits[6..])?,
        _ => return Err(Bad::LoneSurrogate),
    };
    if !(0xDC00..0xE000).contains(&low) {
        return Err(Bad::LoneSurrogate);
    }
    let joined = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
    char::from_u32(joined).map(|c| (c, 11)).ok_or(Bad::Syntax)
}

/// The value of the four hex digits `digits` starts with.
fn hex4(digits: &[u8]) -> Result<u32, Bad> {
    let hex = |d: &u8| char::from(*d).to_digit(16);
    let digits = digits.get(..4).ok_or(Bad::Syntax)?;
    digits
        .iter()
        .try_fold(0, |n, d| Some(n * 16 + hex(d)?))
        .ok_or(Bad::Syntax)
}

/// Whether the string serde_json stopped in, at byte `at`, holds a lone
/// surrogate escape up to there (serde_json calls that a syntax error).
pub(crate) fn lone_surrogate_before(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    let at = at.min(bytes.len());
    // The string's opening quote: the last quote before `at` that is not
    // escaped (preceded by an even run of backslashes).
    let escaped = |q: usize| bytes[..q].iter().rev().take_while(|&&b| b == b'\\').count() % 2 == 1;
    let Some(open) = (0..at).rev().find(|&q| bytes[q] == b'"' && !escaped(q)) else {
        return false;
    };
    let mut i = open + 1;
    while i <= at && i < bytes.len() {
        match bytes[i] {
            b'\\' => match escape(&bytes[i + 1..]) {
                Ok((_, used)) => i += 1 + used,
                Err(bad) => return bad == Bad::LoneSurrogate,
            },
            _ => i += 1,
        }
    }
    false
}

/// Where a walk stopped.
pub(crate) enum Stop {
    /// An I-JSON rule is broken, at this byte offset of the walked text.
    Problem(usize, Error),
    /// The text is not JSON here (serde_json's error says why), at this path.
    Syntax(Option<String>),
}

/// Walks JSON text from an offset: one value, its path given.
pub(crate) struct Skipper<'t> {
    text: &'t str,
    at: usize,
}

impl<'t> Skipper<'t> {
    pub(crate) fn new(text: &'t str, at: usize) -> Self {
        Skipper { text, at }
    }

    fn peek(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        while bytes.get(self.at).is_some_and(u8::is_ascii_whitespace) {
            self.at += 1;
        }
        bytes.get(self.at).copied()
    }

    /// Steps over the `:` after a key, if it comes next.
    pub(crate) fn colon(&mut self) -> bool {
        self.eat(b':')
    }

    /// Steps over `byte` if it comes next.
    fn eat(&mut self, byte: u8) -> bool {
        let next = self.peek() == Some(byte);
        self.at += usize::from(next);
        next
    }

    fn problem(&self, loc: &Loc, kind: ErrorKind, problem: &str) -> Stop {
        Stop::Problem(self.at, Error::new(kind, loc.render(), problem))
    }

    /// Walks the value at `loc`, nested `depth` levels (the document is 1).
    pub(crate) fn value(&mut self, loc: &Loc, depth: usize) -> Result<(), Stop> {
        match self.peek() {
            Some(b'{' | b'[') if depth > MAX_JSON_DEPTH => {
                let deeper = format!("nesting deeper than {MAX_JSON_DEPTH} levels");
                Err(self.problem(loc, ErrorKind::TooDeep, &deeper))
            }
            Some(b'{') => self.items(loc, depth, Some(HashSet::new())),
            Some(b'[') => self.items(loc, depth, None),
            Some(b'"') => self.string(loc).map(drop),
            Some(_) => {
                let scalar = |b: &u8| b.is_ascii_alphanumeric() || b"+-.".contains(b);
                let length = self.text.as_bytes()[self.at..]
                    .iter()
                    .take_while(|b| scalar(b));
                self.at += length.count();
                Ok(())
            }
            None => Err(Stop::Syntax(loc.render())),
        }
    }

    /// Walks an array, or an object when `keys` (the keys seen) is given.
    fn items(
        &mut self,
        loc: &Loc,
        depth: usize,
        mut keys: Option<HashSet<Cow<'t, str>>>,
    ) -> Result<(), Stop> {
        let close = if keys.is_some() { b'}' } else { b']' };
        self.at += 1;
        if self.eat(close) {
            return Ok(());
        }
        for index in 0.. {
            let key = match &keys {
                Some(seen) => Some(self.key(loc, seen)?),
                None => None,
            };
            let member = key
                .as_ref()
                .map_or_else(|| loc.index(index), |key| loc.key(key));
            self.value(&member, depth + 1)?;
            keys.as_mut().zip(key).map(|(keys, key)| keys.insert(key));
            if !self.eat(b',') {
                break;
            }
        }
        match self.eat(close) {
            true => Ok(()),
            false => Err(Stop::Syntax(loc.render())),
        }
    }

    /// Reads a key of the object at `loc` and the `:` after it; refuses a
    /// key in `seen`.
    fn key(&mut self, loc: &Loc, seen: &HashSet<Cow<'t, str>>) -> Result<Cow<'t, str>, Stop> {
        if self.peek() != Some(b'"') {
            return Err(Stop::Syntax(loc.render()));
        }
        let key = self.string(loc)?;
        if seen.contains(&key) {
            let twice = "the key appears more than once";
            return Err(self.problem(&loc.key(&key), ErrorKind::DuplicateKey, twice));
        }
        match self.eat(b':') {
            true => Ok(key),
            false => Err(Stop::Syntax(loc.render())),
        }
    }

    /// Reads the string literal that starts here (a value at `loc`, or a
    /// key of the object at `loc`).
    fn string(&mut self, loc: &Loc) -> Result<Cow<'t, str>, Stop> {
        let bytes = self.text.as_bytes();
        let start = self.at;
        let mut end = start + 1;
        loop {
            match bytes.get(end) {
                Some(b'"') => break,
                Some(b'\\') => end += 2,
                Some(_) => end += 1,
                None => return Err(Stop::Syntax(loc.render())),
            }
        }
        self.at = end + 1;
        unescape(&self.text[start..=end]).map_err(|bad| match bad {
            Bad::LoneSurrogate => Stop::Problem(start, invalid_unicode(loc)),
            Bad::Syntax => Stop::Syntax(loc.render()),
        })
    }
}

/// The error of a lone surrogate escape in the string at `loc`.
pub(crate) fn invalid_unicode(loc: &Loc) -> Error {
    Error::new(ErrorKind::InvalidUtf8, loc.render(), LONE_SURROGATE)
}
