//! JSON input: a small parser made for this one model.
//!
//! It reads the bytes once, builds the fields directly (no intermediate
//! tree), and reports every problem with the path of the field at fault and,
//! for syntax errors, the line and column. It rejects duplicate keys, raw
//! control characters, lone surrogates, trailing data and nesting deeper
//! than [`MAX_JSON_DEPTH`]; unknown keys are skipped unless parsing is strict.

use std::borrow::Cow;
use std::collections::HashSet;

use zeroize::Zeroize;

use crate::json::escape::plain_run_len;
use crate::model::error::{quote_value, Error, ErrorKind};
use crate::model::owner::{OwnerType, PatOwner};
use crate::model::response::{
    non_empty, validity_seconds, CreatePersonalAccessTokenResponse, ResponseFields,
};
use crate::model::secret::Secret;
use crate::model::timestamp::Timestamp;

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
        let mut p = Parser::new(input, mode)?;
        p.begin()?;
        let response = p.response(1)?;
        p.end()?;
        Ok(response)
    }

    /// Parses and validates a JSON array of responses. Errors name the item
    /// first: `[3].owner.type`, or `[3]` for a problem with the item as a
    /// whole. An empty array gives an empty list.
    pub fn list_from_json(input: &[u8], mode: ParseMode) -> Result<Vec<Self>, Error> {
        let mut p = Parser::new(input, mode)?;
        p.begin()?;
        if p.peek() != Some(b'[') {
            return Err(p.wrong_type(None, "a JSON array of objects"));
        }
        let mut list = Vec::new();
        p.array("", |p, i| {
            let response = p.response(2).map_err(|e| e.within_item(i))?;
            list.push(response);
            Ok(())
        })?;
        p.end()?;
        Ok(list)
    }
}

impl PatOwner {
    /// Parses and validates an owner from UTF-8 JSON text.
    pub fn from_json(input: &[u8], mode: ParseMode) -> Result<Self, Error> {
        let mut p = Parser::new(input, mode)?;
        p.begin()?;
        let owner = p.owner("owner", 1)?;
        p.end()?;
        Ok(owner)
    }
}

struct Parser<'a> {
    b: &'a [u8],
    /// The whole input as text, when it is valid UTF-8 (checked once up
    /// front): strings are then borrowed from it without a check each.
    /// When it is not, each string is checked as it is read, so the error
    /// names the field and position of the bad byte.
    text: Option<&'a str>,
    pos: usize,
    mode: ParseMode,
}

/// The keys of the response, in documented order; the index is the bit in
/// the "seen" mask.
const RESPONSE_KEYS: [&str; 8] = [
    "id",
    "secret",
    "scope",
    "name",
    "owner",
    "created",
    "accessTokenValiditySeconds",
    "expirationDate",
];
const REQUIRED_RESPONSE_KEYS: usize = 7;
const OWNER_KEYS: [&str; 3] = ["type", "id", "name"];

/// The slot of a response key in [`RESPONSE_KEYS`].
fn response_slot(key: &str) -> Option<usize> {
    Some(match key {
        "id" => 0,
        "secret" => 1,
        "scope" => 2,
        "name" => 3,
        "owner" => 4,
        "created" => 5,
        "accessTokenValiditySeconds" => 6,
        "expirationDate" => 7,
        _ => return None,
    })
}

/// The slot of an owner key in [`OWNER_KEYS`].
fn owner_slot(key: &str) -> Option<usize> {
    Some(match key {
        "type" => 0,
        "id" => 1,
        "name" => 2,
        _ => return None,
    })
}

/// The path of an owner's field: a constant for the owner of a response or
/// a standalone owner (both at `owner`), so no path is built per parse.
fn owner_field(path: &str, slot: usize) -> Cow<'static, str> {
    const AT_OWNER: [&str; 3] = ["owner.type", "owner.id", "owner.name"];
    if path == "owner" {
        Cow::Borrowed(AT_OWNER[slot])
    } else {
        Cow::Owned(join(path, OWNER_KEYS[slot]))
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

impl<'a> Parser<'a> {
    fn new(b: &'a [u8], mode: ParseMode) -> Result<Self, Error> {
        let p = Parser {
            b,
            text: std::str::from_utf8(b).ok(),
            pos: 0,
            mode,
        };
        if b.starts_with(b"\xEF\xBB\xBF") {
            return Err(p.syntax(
                None,
                "the input starts with a byte order mark (BOM), which JSON text must not have",
            ));
        }
        Ok(p)
    }

    // ----- errors -------------------------------------------------------

    fn location(&self) -> String {
        let upto = &self.b[..self.pos.min(self.b.len())];
        let line = upto.iter().filter(|&&c| c == b'\n').count() + 1;
        let column = upto.len() - upto.iter().rposition(|&c| c == b'\n').map_or(0, |i| i + 1) + 1;
        format!("line {line}, column {column}")
    }

    fn syntax(&self, field: Option<&str>, problem: &str) -> Error {
        // Wherever the parser stops, a byte that is not UTF-8 is the real
        // problem: report it as such, so bad encoding has one status.
        if self.at_invalid_utf8() {
            return self.invalid_utf8(field);
        }
        Error::new(
            ErrorKind::MalformedJson,
            field.map(str::to_owned),
            format!("malformed JSON at {}: {problem}", self.location()),
        )
    }

    /// The error for a value of the wrong type at the current position.
    fn wrong_type(&self, field: Option<&str>, expected: &str) -> Error {
        let found = match self.peek() {
            Some(b'"') => "a string",
            Some(b'{') => "an object",
            Some(b'[') => "an array",
            Some(b't' | b'f') => "a boolean",
            Some(b'n') => "null",
            Some(b'-' | b'0'..=b'9') => "a number",
            None => return self.syntax(field, "the input ends where a value should be"),
            Some(_) => return self.unexpected(field),
        };
        Error::new(
            ErrorKind::WrongType,
            field.map(str::to_owned),
            format!("expected {expected}, found {found}"),
        )
    }

    fn unexpected(&self, field: Option<&str>) -> Error {
        match self.peek() {
            None => self.syntax(field, "unexpected end of input"),
            Some(c) if c.is_ascii_graphic() => {
                self.syntax(field, &format!("unexpected character '{}'", c as char))
            }
            Some(_) if self.at_invalid_utf8() => self.invalid_utf8(field),
            Some(c) => self.syntax(field, &format!("unexpected byte 0x{c:02X}")),
        }
    }

    /// Whether the byte at the current position starts no valid UTF-8
    /// character.
    fn at_invalid_utf8(&self) -> bool {
        self.text.is_none()
            && self
                .b
                .get(self.pos)
                .is_some_and(|&c| c >= 0x80 && !starts_with_utf8_char(&self.b[self.pos..]))
    }

    // ----- lexing -------------------------------------------------------

    fn peek(&self) -> Option<u8> {
        self.b.get(self.pos).copied()
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    /// Skips leading whitespace; refuses an input with nothing else.
    fn begin(&mut self) -> Result<(), Error> {
        self.ws();
        if self.peek().is_none() {
            return Err(self.syntax(None, "the input is empty; expected a JSON object"));
        }
        Ok(())
    }

    fn end(&mut self) -> Result<(), Error> {
        self.ws();
        if self.pos == self.b.len() {
            Ok(())
        } else {
            Err(self.syntax(None, "unexpected data after the end of the JSON object"))
        }
    }

    fn literal(&mut self, word: &[u8], field: Option<&str>) -> Result<(), Error> {
        if self.b[self.pos..].starts_with(word) {
            self.pos += word.len();
            Ok(())
        } else {
            Err(self.unexpected(field))
        }
    }

    /// Reads a string at the current position (which holds `"`), decoding
    /// escapes. The result is allocated once at its final size or above, so
    /// it never reallocates; on error the scratch buffer is wiped, since it
    /// may hold part of the secret.
    fn string(&mut self, field: Option<&str>) -> Result<Cow<'a, str>, Error> {
        debug_assert_eq!(self.peek(), Some(b'"'));
        self.pos += 1;
        let start = self.pos;
        // Fast path: a run without escapes.
        self.pos = start + plain_run_len(&self.b[start..]);
        match self.b.get(self.pos) {
            Some(b'"') => {
                let end = self.pos;
                self.pos += 1;
                // Both ends sit next to an ASCII quote, so on valid text the
                // slice is on character boundaries and `get` succeeds.
                if let Some(s) = self.text.and_then(|t| t.get(start..end)) {
                    return Ok(Cow::Borrowed(s));
                }
                return std::str::from_utf8(&self.b[start..end])
                    .map(Cow::Borrowed)
                    .map_err(|e| {
                        self.pos = start + e.valid_up_to();
                        self.invalid_utf8(field)
                    });
            }
            Some(b'\\') => {}
            Some(&c) => return Err(self.control_character(field, c)),
            None => return Err(self.syntax(field, "unterminated string")),
        }
        // Slow path: escapes. The raw text between the quotes is checked
        // as UTF-8 first (escapes are ASCII, so this pinpoints a bad byte);
        // decoding then only adds whole characters. The raw length bounds
        // the decoded length, so `out` never reallocates.
        let end = self.find_string_end(field)?;
        if let Err(e) = std::str::from_utf8(&self.b[start..end]) {
            self.pos = start + e.valid_up_to();
            return Err(self.invalid_utf8(field));
        }
        let mut out = Vec::with_capacity(end - start);
        out.extend_from_slice(&self.b[start..self.pos]);
        if let Err(e) = self.decode_escapes(field, end, &mut out) {
            out.zeroize();
            return Err(e);
        }
        self.pos = end + 1;
        String::from_utf8(out).map(Cow::Owned).map_err(|e| {
            // Unreachable (valid input plus whole characters), but never
            // leave a possible secret behind.
            e.into_bytes().zeroize();
            self.invalid_utf8(field)
        })
    }

    /// The index of the closing quote of the string being read.
    fn find_string_end(&self, field: Option<&str>) -> Result<usize, Error> {
        let mut i = self.pos;
        while let Some(&c) = self.b.get(i) {
            match c {
                b'"' => return Ok(i),
                b'\\' => i += 2,
                _ => i += 1,
            }
        }
        Err(Error::new(
            ErrorKind::MalformedJson,
            field.map(str::to_owned),
            format!("malformed JSON at {}: unterminated string", self.location()),
        ))
    }

    fn decode_escapes(
        &mut self,
        field: Option<&str>,
        end: usize,
        out: &mut Vec<u8>,
    ) -> Result<(), Error> {
        while self.pos < end {
            let c = self.b[self.pos];
            match c {
                b'\\' => {
                    let letter = self.b[self.pos + 1];
                    self.pos += 2;
                    let decoded = match letter {
                        b'"' => b'"',
                        b'\\' => b'\\',
                        b'/' => b'/',
                        b'b' => 0x08,
                        b'f' => 0x0C,
                        b'n' => b'\n',
                        b'r' => b'\r',
                        b't' => b'\t',
                        b'u' => {
                            let ch = self.unicode_escape(field)?;
                            let mut buf = [0u8; 4];
                            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                            continue;
                        }
                        _ => {
                            self.pos -= 1;
                            return Err(self.syntax(field, "invalid escape in string"));
                        }
                    };
                    out.push(decoded);
                }
                0x00..=0x1F => return Err(self.control_character(field, c)),
                _ => {
                    out.push(c);
                    self.pos += 1;
                }
            }
        }
        Ok(())
    }

    /// Reads the four hex digits after `\u` (and a second escape for a
    /// surrogate pair).
    fn unicode_escape(&mut self, field: Option<&str>) -> Result<char, Error> {
        let first = self.hex4(field)?;
        let code = match first {
            0xD800..=0xDBFF => {
                if self.b.get(self.pos..self.pos + 2) != Some(b"\\u") {
                    return Err(self.lone_surrogate(field, first));
                }
                self.pos += 2;
                let second = self.hex4(field)?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.lone_surrogate(field, first));
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(self.lone_surrogate(field, first)),
            _ => first,
        };
        // Surrogates are excluded above, so every code is a scalar value.
        Ok(char::from_u32(code).expect("not a surrogate"))
    }

    fn hex4(&mut self, field: Option<&str>) -> Result<u32, Error> {
        let digits = self
            .b
            .get(self.pos..self.pos + 4)
            .filter(|d| d.iter().all(u8::is_ascii_hexdigit));
        let Some(digits) = digits else {
            return Err(self.syntax(field, "\\u must be followed by four hex digits"));
        };
        let code = digits.iter().fold(0u32, |acc, &d| {
            acc * 16 + (d as char).to_digit(16).unwrap_or(0)
        });
        self.pos += 4;
        Ok(code)
    }

    fn lone_surrogate(&self, field: Option<&str>, code: u32) -> Error {
        Error::new(
            ErrorKind::InvalidUtf8,
            field.map(str::to_owned),
            format!(
                "the escape \\u{code:04X} at {} is half of a UTF-16 surrogate pair; text must be valid Unicode",
                self.location()
            ),
        )
    }

    fn invalid_utf8(&self, field: Option<&str>) -> Error {
        Error::new(
            ErrorKind::InvalidUtf8,
            field.map(str::to_owned),
            format!(
                "invalid UTF-8 at {} (byte offset {})",
                self.location(),
                self.pos
            ),
        )
    }

    fn control_character(&self, field: Option<&str>, c: u8) -> Error {
        self.syntax(
            field,
            &format!("control character U+{c:04X} must be escaped in a string"),
        )
    }

    // ----- values -------------------------------------------------------

    fn expect_string(&mut self, field: &str) -> Result<Cow<'a, str>, Error> {
        if self.peek() != Some(b'"') {
            return Err(self.wrong_type(Some(field), "a string"));
        }
        self.string(Some(field))
    }

    fn owned_string(&mut self, field: &str) -> Result<String, Error> {
        self.expect_string(field).map(Cow::into_owned)
    }

    fn non_empty_string(&mut self, field: &str) -> Result<String, Error> {
        let value = self.owned_string(field)?;
        non_empty(&value, field)?;
        Ok(value)
    }

    fn timestamp(&mut self, field: &str) -> Result<Timestamp, Error> {
        let text = self.expect_string(field)?;
        Timestamp::parse_rfc3339(&text)
            .map_err(|e| Error::field(ErrorKind::InvalidDate, field, e.0))
    }

    /// Reads an integer literal. Fractions and exponents are refused even
    /// when their value is whole (`1e3`, `36900.0`): the field is an int32.
    fn integer(&mut self, field: &str) -> Result<i64, Error> {
        if !matches!(self.peek(), Some(b'-' | b'0'..=b'9')) {
            return Err(self.wrong_type(Some(field), "an integer"));
        }
        let start = self.pos;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.pos += 1;
        }
        let digits_start = self.pos;
        let mut value: Option<i64> = Some(0);
        while let Some(d @ b'0'..=b'9') = self.peek() {
            let d = i64::from(d - b'0');
            value = value.and_then(|v| v.checked_mul(10)).and_then(|v| {
                if negative {
                    v.checked_sub(d)
                } else {
                    v.checked_add(d)
                }
            });
            self.pos += 1;
        }
        let digit_count = self.pos - digits_start;
        if digit_count == 0 {
            return Err(self.syntax(Some(field), "a number needs digits"));
        }
        if digit_count > 1 && self.b[digits_start] == b'0' {
            self.pos = digits_start;
            return Err(self.syntax(Some(field), "numbers must not have leading zeros"));
        }
        let mut whole = true;
        if self.peek() == Some(b'.') {
            whole = false;
            self.pos += 1;
            self.digits(field)?;
        }
        if let Some(b'e' | b'E') = self.peek() {
            whole = false;
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            self.digits(field)?;
        }
        let literal = || String::from_utf8_lossy(&self.b[start..self.pos]).into_owned();
        if !whole {
            return Err(Error::field(
                ErrorKind::WrongType,
                field,
                format!("expected an integer, found {}", quote_value(&literal())),
            ));
        }
        value.ok_or_else(|| {
            Error::field(
                ErrorKind::OutOfRange,
                field,
                format!(
                    "{} is out of range; it must be a whole number of seconds from 1 to 2147483647",
                    quote_value(&literal()).trim_matches('"')
                ),
            )
        })
    }

    fn digits(&mut self, field: &str) -> Result<(), Error> {
        let start = self.pos;
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
        if self.pos == start {
            return Err(self.syntax(
                Some(field),
                "a number needs digits after '.' or the exponent",
            ));
        }
        Ok(())
    }

    /// Walks an object's members: `on_member` parses the value of a known
    /// key and returns `false` for an unknown one, which is then skipped or,
    /// in strict mode, refused.
    fn object(
        &mut self,
        path: &str,
        depth: usize,
        mut on_member: impl FnMut(&mut Self, &str, usize) -> Result<bool, Error>,
    ) -> Result<(), Error> {
        let field = (!path.is_empty()).then_some(path);
        if self.peek() != Some(b'{') {
            return Err(self.wrong_type(field, "an object"));
        }
        if depth > MAX_JSON_DEPTH {
            return Err(self.too_deep(field));
        }
        self.pos += 1;
        self.ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(());
        }
        // Keys the model does not define, to refuse their duplicates too:
        // made only when such a key appears, hashed so that an object with
        // very many keys still parses in linear time.
        let mut unknown_keys: Option<HashSet<Cow<'a, str>>> = None;
        loop {
            if self.peek() != Some(b'"') {
                return Err(self.syntax(field, "expected a key in double quotes"));
            }
            let key = self.string(field)?;
            self.ws();
            if self.peek() != Some(b':') {
                return Err(self.syntax(field, "expected ':' after the key"));
            }
            self.pos += 1;
            self.ws();
            if !on_member(self, &key, depth)? {
                // A key from the input may hold quotes or control characters:
                // escape it so the path stays one readable line.
                let unknown = join(path, &key.escape_debug().to_string());
                if self.mode == ParseMode::Strict {
                    return Err(Error::new(
                        ErrorKind::UnknownKey,
                        Some(unknown),
                        "unknown key (strict parsing accepts only the keys of the model)",
                    ));
                }
                if !unknown_keys.get_or_insert_with(HashSet::new).insert(key) {
                    return Err(duplicate(&unknown));
                }
                self.skip_value(&unknown, depth + 1)?;
            }
            self.ws();
            match self.peek() {
                Some(b',') => {
                    self.pos += 1;
                    self.ws();
                }
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(());
                }
                _ => return Err(self.syntax(field, "expected ',' or '}' after a value")),
            }
        }
    }

    fn too_deep(&self, field: Option<&str>) -> Error {
        Error::new(
            ErrorKind::TooDeep,
            field.map(str::to_owned),
            format!(
                "nesting deeper than {MAX_JSON_DEPTH} levels at {}",
                self.location()
            ),
        )
    }

    fn skip_value(&mut self, path: &str, depth: usize) -> Result<(), Error> {
        match self.peek() {
            Some(b'"') => self.string(Some(path)).map(drop),
            Some(b'{') => self.object(path, depth, |_, _, _| Ok(false)),
            Some(b'[') => {
                if depth > MAX_JSON_DEPTH {
                    return Err(self.too_deep(Some(path)));
                }
                self.array(path, |p, i| {
                    p.skip_value(&format!("{path}[{i}]"), depth + 1)
                })
            }
            Some(b't') => self.literal(b"true", Some(path)),
            Some(b'f') => self.literal(b"false", Some(path)),
            Some(b'n') => self.literal(b"null", Some(path)),
            Some(b'-' | b'0'..=b'9') => self.skip_number(path),
            _ => Err(self.unexpected(Some(path))),
        }
    }

    fn skip_number(&mut self, path: &str) -> Result<(), Error> {
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        let start = self.pos;
        self.digits(path)?;
        if self.pos - start > 1 && self.b[start] == b'0' {
            self.pos = start;
            return Err(self.syntax(Some(path), "numbers must not have leading zeros"));
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            self.digits(path)?;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            self.digits(path)?;
        }
        Ok(())
    }

    /// Walks an array at the current position (which holds `[`), calling
    /// `on_item` with each item's index.
    fn array(
        &mut self,
        path: &str,
        mut on_item: impl FnMut(&mut Self, usize) -> Result<(), Error>,
    ) -> Result<(), Error> {
        self.pos += 1;
        self.ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(());
        }
        let mut index = 0;
        loop {
            on_item(self, index)?;
            index += 1;
            self.ws();
            match self.peek() {
                Some(b',') => {
                    self.pos += 1;
                    self.ws();
                }
                Some(b']') => {
                    self.pos += 1;
                    return Ok(());
                }
                _ => {
                    let field = (!path.is_empty()).then_some(path);
                    return Err(self.syntax(field, "expected ',' or ']' after an item"));
                }
            }
        }
    }

    fn scope(&mut self) -> Result<Option<Vec<String>>, Error> {
        match self.peek() {
            Some(b'n') => {
                self.literal(b"null", Some("scope"))?;
                Ok(None)
            }
            Some(b'[') => {
                let mut scope = Vec::new();
                self.array("scope", |p, i| {
                    if p.peek() != Some(b'"') {
                        return Err(p.wrong_type(Some(&format!("scope[{i}]")), "a string"));
                    }
                    // The item's path is built only if it is needed.
                    let item = p
                        .string(Some("scope"))
                        .map_err(|e| e.at_field(format!("scope[{i}]")))?;
                    scope.push(item.into_owned());
                    Ok(())
                })?;
                Ok(Some(scope))
            }
            _ => Err(self.wrong_type(Some("scope"), "an array of strings or null")),
        }
    }

    // ----- the model ----------------------------------------------------

    fn owner(&mut self, path: &str, depth: usize) -> Result<PatOwner, Error> {
        let mut owner_type = None;
        let mut id = None;
        let mut name = None;
        let mut seen = 0u8;
        self.object(path, depth, |p, key, _| {
            let Some(slot) = owner_slot(key) else {
                return Ok(false);
            };
            let field = owner_field(path, slot);
            if seen & (1 << slot) != 0 {
                return Err(duplicate(&field));
            }
            seen |= 1 << slot;
            match slot {
                0 => owner_type = Some(OwnerType::parse(&p.expect_string(&field)?, &field)?),
                1 => id = Some(p.owned_string(&field)?),
                _ => name = Some(p.owned_string(&field)?),
            }
            Ok(true)
        })?;
        let missing = |key: &str| {
            Error::field(
                ErrorKind::MissingField,
                &join(path, key),
                "required key is missing",
            )
        };
        let owner_type = owner_type.ok_or_else(|| missing("type"))?;
        let id = id.ok_or_else(|| missing("id"))?;
        let name = name.ok_or_else(|| missing("name"))?;
        PatOwner::at(path, owner_type, id, name)
    }

    /// Reads a response object; `depth` is its nesting level (1 for a
    /// document that is one response).
    fn response(&mut self, depth: usize) -> Result<CreatePersonalAccessTokenResponse, Error> {
        let mut id = None;
        let mut secret: Option<Secret> = None;
        let mut scope = None;
        let mut name = None;
        let mut owner = None;
        let mut created = None;
        let mut validity = None;
        let mut expiration = None;
        let mut seen = 0u16;
        self.object("", depth, |p, key, depth| {
            let Some(slot) = response_slot(key) else {
                return Ok(false);
            };
            let field = RESPONSE_KEYS[slot];
            if seen & (1 << slot) != 0 {
                return Err(duplicate(field));
            }
            seen |= 1 << slot;
            match slot {
                // Each value is checked as soon as it is read, so the first
                // problem in document order is the one reported.
                0 => id = Some(p.non_empty_string(field)?),
                1 => secret = Some(Secret::new(p.non_empty_string(field)?)),
                2 => scope = Some(p.scope()?),
                3 => name = Some(p.non_empty_string(field)?),
                4 => owner = Some(p.owner(field, depth + 1)?),
                5 => created = Some(p.timestamp(field)?),
                6 => validity = Some(validity_seconds(p.integer(field)?)?),
                _ => {
                    expiration = if p.peek() == Some(b'n') {
                        p.literal(b"null", Some(field))?;
                        None
                    } else {
                        Some(p.timestamp(field)?)
                    }
                }
            }
            Ok(true)
        })?;
        if let Some(slot) = (0..REQUIRED_RESPONSE_KEYS).find(|slot| seen & (1 << slot) == 0) {
            return Err(Error::field(
                ErrorKind::MissingField,
                RESPONSE_KEYS[slot],
                "required key is missing",
            ));
        }
        let (
            Some(id),
            Some(secret),
            Some(scope),
            Some(name),
            Some(owner),
            Some(created),
            Some(validity),
        ) = (id, secret, scope, name, owner, created, validity)
        else {
            unreachable!("every required key was seen, so every slot is filled");
        };
        CreatePersonalAccessTokenResponse::new(ResponseFields {
            id,
            secret,
            scope,
            name,
            owner,
            created,
            access_token_validity_seconds: Some(validity.into()),
            expiration_date: expiration,
        })
    }
}

/// Whether `bytes` begins with one whole, valid UTF-8 character.
fn starts_with_utf8_char(bytes: &[u8]) -> bool {
    match std::str::from_utf8(&bytes[..bytes.len().min(4)]) {
        Ok(_) => true,
        Err(e) => e.valid_up_to() > 0,
    }
}

fn duplicate(field: &str) -> Error {
    Error::field(
        ErrorKind::DuplicateKey,
        field,
        "the key appears more than once",
    )
}
