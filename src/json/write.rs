//! JSON output: the compact canonical form and an indented form.
//!
//! Keys come in the documented order; `created` and `expirationDate` are
//! written as `YYYY-MM-DDTHH:MM:SS.mmmZ`; `expirationDate` only when set.
//! The output buffer is sized exactly before writing, so it never
//! reallocates: no stray copy of the secret is left in freed memory.

use crate::json::escape::{needs_escape, quoted_len, write_quoted};
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

/// A JSON sink: counts bytes, or stores them. Writing the document
/// through a [`Counter`] first gives the exact size (and whether any string
/// needs escaping); then through an [`Escaped`] or a [`Plain`] sink, the
/// text. Text goes in as `&str` throughout, so the output is a `String` by
/// construction and needs no UTF-8 check at the end.
trait Sink {
    fn raw(&mut self, text: &str);
    fn string(&mut self, s: &str);
    fn timestamp(&mut self, t: Timestamp);
    fn int(&mut self, value: i32);
}

/// The exact size pass. `escapes` records whether any string has a byte to
/// escape: when none has, the write pass copies strings as they are.
struct Counter {
    len: usize,
    escapes: bool,
}

impl Sink for Counter {
    fn raw(&mut self, text: &str) {
        self.len += text.len();
    }
    fn string(&mut self, s: &str) {
        if needs_escape(s.as_bytes()) {
            self.escapes = true;
            self.len += quoted_len(s);
        } else {
            self.len += s.len() + 2;
        }
    }
    fn timestamp(&mut self, _: Timestamp) {
        self.len += QUOTED_TIMESTAMP_LEN;
    }
    fn int(&mut self, value: i32) {
        self.len += i32_len(value);
    }
}

/// The write pass when some string needs escaping.
struct Escaped(String);

/// The write pass when no string needs escaping (the count pass checked
/// every one): strings are copied between quotes without a second scan.
struct Plain(String);

/// `"YYYY-MM-DDTHH:MM:SS.mmmZ"` with its quotes.
const QUOTED_TIMESTAMP_LEN: usize = 26;

fn push_timestamp(out: &mut String, t: Timestamp) {
    let mut buf = [0u8; QUOTED_TIMESTAMP_LEN];
    buf[0] = b'"';
    buf[QUOTED_TIMESTAMP_LEN - 1] = b'"';
    let inner: &mut [u8; 24] = (&mut buf[1..25]).try_into().expect("24 bytes");
    t.write_rfc3339(inner);
    // Quotes, digits and separators: ASCII.
    out.push_str(core::str::from_utf8(&buf).expect("a timestamp is ASCII"));
}

fn push_int(out: &mut String, value: i32) {
    let mut digits = [0u8; 11];
    let digits = format_i32(value, &mut digits);
    // A sign and digits: ASCII.
    out.push_str(core::str::from_utf8(digits).expect("an integer is ASCII"));
}

impl Sink for Escaped {
    fn raw(&mut self, text: &str) {
        self.0.push_str(text);
    }
    fn string(&mut self, s: &str) {
        write_quoted(&mut self.0, s);
    }
    fn timestamp(&mut self, t: Timestamp) {
        push_timestamp(&mut self.0, t);
    }
    fn int(&mut self, value: i32) {
        push_int(&mut self.0, value);
    }
}

impl Sink for Plain {
    fn raw(&mut self, text: &str) {
        self.0.push_str(text);
    }
    fn string(&mut self, s: &str) {
        debug_assert_eq!(quoted_len(s), s.len() + 2, "a string to escape");
        self.0.push('"');
        self.0.push_str(s);
        self.0.push('"');
    }
    fn timestamp(&mut self, t: Timestamp) {
        push_timestamp(&mut self.0, t);
    }
    fn int(&mut self, value: i32) {
        push_int(&mut self.0, value);
    }
}

/// Writes objects member by member, handling commas and indentation;
/// `PRETTY` selects [`JsonStyle::Pretty`] at compile time, so the compact
/// form carries no layout branches.
struct Writer<'s, S: Sink, const PRETTY: bool> {
    sink: &'s mut S,
    depth: usize,
    first: bool,
}

const INDENT: &str = "                                ";

impl<'s, S: Sink, const PRETTY: bool> Writer<'s, S, PRETTY> {
    fn new(sink: &'s mut S) -> Self {
        Writer {
            sink,
            depth: 0,
            first: true,
        }
    }

    fn newline(&mut self) {
        if PRETTY {
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
        self.sink.raw(if PRETTY { ": " } else { ":" });
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
        self.sink.timestamp(r.created());
        self.key("\"accessTokenValiditySeconds\"");
        self.sink.int(r.access_token_validity_seconds());
        if let Some(expiration) = r.expiration_date() {
            self.key("\"expirationDate\"");
            self.sink.timestamp(expiration);
        }
        self.close("}");
    }
}

/// What the writer can write as a whole document.
trait Document {
    fn write<S: Sink, const PRETTY: bool>(&self, w: &mut Writer<'_, S, PRETTY>);
}

impl Document for CreatePersonalAccessTokenResponse {
    fn write<S: Sink, const PRETTY: bool>(&self, w: &mut Writer<'_, S, PRETTY>) {
        w.response(self);
    }
}

impl Document for PatOwner {
    fn write<S: Sink, const PRETTY: bool>(&self, w: &mut Writer<'_, S, PRETTY>) {
        w.owner(self);
    }
}

fn write_through<D: Document, S: Sink>(doc: &D, sink: &mut S, style: JsonStyle) {
    match style {
        JsonStyle::Compact => doc.write(&mut Writer::<S, false>::new(sink)),
        JsonStyle::Pretty => doc.write(&mut Writer::<S, true>::new(sink)),
    }
}

/// Writes `doc` as JSON into a new string with exactly `extra` spare bytes
/// of capacity (so a caller can append a terminator without reallocating):
/// a count pass sizes the buffer, then a write pass fills it.
fn to_string_sized<D: Document>(doc: &D, style: JsonStyle, extra: usize) -> String {
    let mut counter = Counter {
        len: 0,
        escapes: false,
    };
    write_through(doc, &mut counter, style);
    let out = String::with_capacity(counter.len + extra);
    let out = if counter.escapes {
        let mut sink = Escaped(out);
        write_through(doc, &mut sink, style);
        sink.0
    } else {
        let mut sink = Plain(out);
        write_through(doc, &mut sink, style);
        sink.0
    };
    debug_assert_eq!(out.len(), counter.len);
    debug_assert_eq!(out.capacity(), counter.len + extra);
    out
}

/// The length of `value` in decimal, sign included.
fn i32_len(value: i32) -> usize {
    let mut n = i64::from(value).unsigned_abs();
    let mut len = usize::from(value < 0) + 1;
    while n >= 10 {
        n /= 10;
        len += 1;
    }
    len
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

/// Writes `r` as JSON with exactly `extra` spare bytes of capacity.
fn response_to_string(
    r: &CreatePersonalAccessTokenResponse,
    style: JsonStyle,
    extra: usize,
) -> String {
    to_string_sized(r, style, extra)
}

/// Writes `owner` as JSON, with `extra` spare bytes as above.
fn owner_to_string(owner: &PatOwner, style: JsonStyle, extra: usize) -> String {
    to_string_sized(owner, style, extra)
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
    use super::*;
    use crate::model::owner::OwnerType;
    use crate::model::response::ResponseFields;
    use crate::model::secret::Secret;

    /// A response whose string field number `at` (id, secret, scope items,
    /// name, owner id, owner name) is `text`, the others `x`.
    fn response_with(at: usize, text: &str) -> CreatePersonalAccessTokenResponse {
        let field = |i: usize| if i == at { text } else { "x" }.to_owned();
        CreatePersonalAccessTokenResponse::new(ResponseFields {
            id: field(0),
            secret: Secret::new(field(1)),
            scope: Some(vec![field(2), field(3)]),
            name: field(4),
            owner: PatOwner::new(OwnerType::Identity, field(5), field(6)).unwrap(),
            created: Timestamp::from_unix_millis(1_499_798_737_098).unwrap(),
            access_token_validity_seconds: Some(36_900),
            expiration_date: Timestamp::from_unix_millis(-1),
        })
        .unwrap()
    }

    #[test]
    fn escaped_and_plain_strings_give_the_same_layout_in_every_field() {
        const RAW: &str = "a\"b\\c\nd\u{0}e\u{1f}é";
        const QUOTED: &str = r#""a\"b\\c\nd\u0000e\u001fé""#;
        for style in [JsonStyle::Compact, JsonStyle::Pretty] {
            for at in 0..7 {
                let plain = response_with(at, "PLACEHOLDER").to_json_styled(style);
                let expected = plain.replacen("\"PLACEHOLDER\"", QUOTED, 1);
                let escaped = response_with(at, RAW);
                for extra in [0, 1] {
                    let out = response_to_string(&escaped, style, extra);
                    assert_eq!(out, expected, "field {at}, {style:?}");
                    assert_eq!(out.capacity(), out.len() + extra);
                }
            }
            let owner = response_with(6, RAW).owner().clone();
            let expected = response_with(6, "PLACEHOLDER")
                .owner()
                .to_json_styled(style)
                .replacen("\"PLACEHOLDER\"", QUOTED, 1);
            assert_eq!(owner.to_json_styled(style), expected);
        }
        assert_eq!(
            response_with(0, "x").to_json(),
            r#"{"id":"x","secret":"x","scope":["x","x"],"name":"x","owner":{"type":"IDENTITY","id":"x","name":"x"},"created":"2017-07-11T18:45:37.098Z","accessTokenValiditySeconds":36900,"expirationDate":"1969-12-31T23:59:59.999Z"}"#
        );
    }

    #[test]
    fn integers_are_formatted_in_full() {
        for v in [0, 1, 9, 10, 99, 100, 36900, -1, -9, -10, i32::MAX, i32::MIN] {
            let mut buf = [0u8; 11];
            assert_eq!(format_i32(v, &mut buf), v.to_string().as_bytes());
            assert_eq!(i32_len(v), v.to_string().len());
        }
    }
}
