//! JSON output: the compact canonical form and an indented form.
//!
//! Keys come in the documented order; `created` and `expirationDate` are
//! written as `YYYY-MM-DDTHH:MM:SS.mmmZ`; `expirationDate` only when set.
//! The output buffer is sized exactly before writing, so it never
//! reallocates: no stray copy of the secret is left in freed memory.

use crate::json::escape::{quoted_len, write_quoted};
use crate::model::owner::PatOwner;
use crate::model::response::CreatePersonalAccessTokenResponse;
use crate::model::timestamp::Timestamp;

/// The layout of JSON output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonStyle {
    /// No whitespace at all: the canonical form.
    Compact,
    /// Two-space indentation, `"key": value`, no trailing newline.
    Pretty,
}

/// A JSON sink: either counts bytes or stores them. Writing the document
/// through both gives the exact size first, then the text.
/// Text goes in as `&str` throughout, so the output is a `String` by
/// construction and needs no UTF-8 check at the end.
trait Sink {
    fn raw(&mut self, text: &str);
    fn string(&mut self, s: &str);
}

struct Counter(usize);

impl Sink for Counter {
    fn raw(&mut self, text: &str) {
        self.0 += text.len();
    }
    fn string(&mut self, s: &str) {
        self.0 += quoted_len(s);
    }
}

impl Sink for String {
    fn raw(&mut self, text: &str) {
        self.push_str(text);
    }
    fn string(&mut self, s: &str) {
        write_quoted(self, s);
    }
}

/// Writes objects member by member, handling commas and indentation.
struct Writer<'s, S: Sink> {
    sink: &'s mut S,
    style: JsonStyle,
    depth: usize,
    first: bool,
}

const INDENT: &str = "                                ";

impl<'s, S: Sink> Writer<'s, S> {
    fn new(sink: &'s mut S, style: JsonStyle) -> Self {
        Writer {
            sink,
            style,
            depth: 0,
            first: true,
        }
    }

    fn newline(&mut self) {
        if self.style == JsonStyle::Pretty {
            self.sink.raw("\n");
            // Depth never exceeds 2 here, far inside INDENT.
            self.sink.raw(&INDENT[..2 * self.depth]);
        }
    }

    fn open(&mut self, bracket: &str) {
        self.sink.raw(bracket);
        self.depth += 1;
        self.first = true;
    }

    fn close(&mut self, bracket: &str) {
        self.depth -= 1;
        if !self.first {
            self.newline();
        }
        self.sink.raw(bracket);
        self.first = false;
    }

    fn item(&mut self) {
        if !self.first {
            self.sink.raw(",");
        }
        self.first = false;
        self.newline();
    }

    fn key(&mut self, key: &str) {
        self.item();
        self.sink.raw(key);
        self.sink.raw(if self.style == JsonStyle::Pretty {
            ": "
        } else {
            ":"
        });
    }

    fn timestamp(&mut self, t: Timestamp) {
        let mut buf = [0u8; 26];
        buf[0] = b'"';
        buf[25] = b'"';
        let inner: &mut [u8; 24] = (&mut buf[1..25]).try_into().expect("24 bytes");
        t.write_rfc3339(inner);
        // Quotes, digits and separators: ASCII.
        self.sink
            .raw(core::str::from_utf8(&buf).expect("a timestamp is ASCII"));
    }

    fn owner(&mut self, owner: &PatOwner) {
        self.open("{");
        self.key("\"type\"");
        self.sink.string(owner.owner_type().as_str());
        self.key("\"id\"");
        self.sink.string(owner.id());
        self.key("\"name\"");
        self.sink.string(owner.name());
        self.close("}");
    }

    fn response(&mut self, r: &CreatePersonalAccessTokenResponse) {
        self.open("{");
        self.key("\"id\"");
        self.sink.string(r.id());
        self.key("\"secret\"");
        self.sink.string(r.secret().expose());
        self.key("\"scope\"");
        match r.scope() {
            None => self.sink.raw("null"),
            Some(scope) => {
                self.open("[");
                for s in scope {
                    self.item();
                    self.sink.string(s);
                }
                self.close("]");
            }
        }
        self.key("\"name\"");
        self.sink.string(r.name());
        self.key("\"owner\"");
        self.owner(r.owner());
        self.key("\"created\"");
        self.timestamp(r.created());
        self.key("\"accessTokenValiditySeconds\"");
        let mut digits = [0u8; 11];
        let digits = format_i32(r.access_token_validity_seconds(), &mut digits);
        // A sign and digits: ASCII.
        self.sink
            .raw(core::str::from_utf8(digits).expect("an integer is ASCII"));
        if let Some(expiration) = r.expiration_date() {
            self.key("\"expirationDate\"");
            self.timestamp(expiration);
        }
        self.close("}");
    }
}

fn format_i32(value: i32, buf: &mut [u8; 11]) -> &[u8] {
    let mut n = i64::from(value).unsigned_abs();
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if value < 0 {
        i -= 1;
        buf[i] = b'-';
    }
    &buf[i..]
}

/// Writes `r` as JSON into a new string with exactly `extra` spare bytes of
/// capacity (so a caller can append a terminator without reallocating).
fn response_to_string(
    r: &CreatePersonalAccessTokenResponse,
    style: JsonStyle,
    extra: usize,
) -> String {
    let mut counter = Counter(0);
    Writer::new(&mut counter, style).response(r);
    let mut out = String::with_capacity(counter.0 + extra);
    Writer::new(&mut out, style).response(r);
    debug_assert_eq!(out.len(), counter.0);
    out
}

/// Writes `owner` as JSON, with `extra` spare bytes as above.
fn owner_to_string(owner: &PatOwner, style: JsonStyle, extra: usize) -> String {
    let mut counter = Counter(0);
    Writer::new(&mut counter, style).owner(owner);
    let mut out = String::with_capacity(counter.0 + extra);
    Writer::new(&mut out, style).owner(owner);
    debug_assert_eq!(out.len(), counter.0);
    out
}

/// [`response_to_string`] as bytes (the same buffer, not a copy).
pub(crate) fn response_to_vec(
    r: &CreatePersonalAccessTokenResponse,
    style: JsonStyle,
    extra: usize,
) -> Vec<u8> {
    response_to_string(r, style, extra).into_bytes()
}

/// [`owner_to_string`] as bytes (the same buffer, not a copy).
pub(crate) fn owner_to_vec(owner: &PatOwner, style: JsonStyle, extra: usize) -> Vec<u8> {
    owner_to_string(owner, style, extra).into_bytes()
}

impl CreatePersonalAccessTokenResponse {
    /// The JSON text of this response in the given style.
    pub fn to_json_styled(&self, style: JsonStyle) -> String {
        response_to_string(self, style, 0)
    }

    /// The compact canonical JSON text.
    pub fn to_json(&self) -> String {
        self.to_json_styled(JsonStyle::Compact)
    }

    /// The indented JSON text.
    pub fn to_json_pretty(&self) -> String {
        self.to_json_styled(JsonStyle::Pretty)
    }
}

impl PatOwner {
    /// The JSON text of this owner in the given style.
    pub fn to_json_styled(&self, style: JsonStyle) -> String {
        owner_to_string(self, style, 0)
    }
}

#[cfg(test)]
mod tests {
    use super::format_i32;

    #[test]
    fn integers_are_formatted_in_full() {
        for v in [0, 1, 36900, -1, i32::MAX, i32::MIN] {
            let mut buf = [0u8; 11];
            assert_eq!(format_i32(v, &mut buf), v.to_string().as_bytes());
        }
    }
}
