//! The model's `Deserialize`: one seed that validates as it reads.
//!
//! A [`Seed`] knows what it reads ([`Want`]), the path of the value and its
//! nesting depth. A problem found here (wrong type, empty or missing field,
//! duplicate or unknown key, nesting too deep, a value the model refuses)
//! is kept in the [`Ctx`] as a typed [`Error`] with its path; the format
//! only sees a message. A problem the format finds (syntax) gets the
//! innermost path known when it surfaced.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;

use crate::json::path::{Loc, OWNER, ROOT};
use crate::json::{ParseMode, MAX_JSON_DEPTH};
use crate::model::date::parse_rfc3339;
use crate::model::error::{quote_value, Error, ErrorKind};
use crate::model::owner::{OwnerType, PatOwner};
use crate::model::response::{validity_seconds, CreatePersonalAccessTokenResponse, ResponseFields};
use crate::model::secret::Secret;

/// What one read of a document shares across its seeds.
pub(crate) struct Ctx {
    mode: ParseMode,
    /// serde_json reads the text: integers are judged on their literal.
    json: bool,
    /// Unknown values are first taken whole as text (see [`Seed::skip_raw`]).
    pub(crate) raw_unknown: bool,
    /// The first problem the model found.
    pub(crate) error: RefCell<Option<Error>>,
    /// Where the format's own error surfaced: the innermost path known.
    pub(crate) at: RefCell<Option<Option<String>>>,
    /// Whether the seed of the value being read was entered (an error
    /// before that, such as a missing `:`, belongs to the object).
    entered: Cell<bool>,
}

impl Ctx {
    pub(crate) fn new(mode: ParseMode, json: bool) -> Self {
        let (error, at, entered) = (RefCell::new(None), RefCell::new(None), Cell::new(false));
        Ctx {
            mode,
            json,
            raw_unknown: json,
            error,
            at,
            entered,
        }
    }

    /// Keeps `e` (the first one wins) and gives the format its message.
    fn fail<E: serde::de::Error>(&self, e: Error) -> E {
        let message = e.to_string();
        self.error.borrow_mut().get_or_insert(e);
        E::custom(message)
    }

    fn fail_at<E: serde::de::Error>(
        &self,
        loc: &Loc,
        kind: ErrorKind,
        problem: impl Into<String>,
    ) -> E {
        self.fail(Error::new(kind, loc.render(), problem))
    }

    /// Notes where a format error surfaced: `inner` when the value's seed
    /// was entered (or serde_json refused a trailing comma where an item
    /// belongs), else `outer`; unless a deeper place or a model error was
    /// noted first.
    #[inline(always)]
    fn locate<T, E: fmt::Display>(&self, r: &Result<T, E>, inner: &Loc, outer: &Loc) {
        if let Err(e) = r {
            self.note(e, inner, outer);
        }
    }

    #[cold]
    fn note(&self, e: &dyn fmt::Display, inner: &Loc, outer: &Loc) {
        if self.error.borrow().is_none() {
            let on_inner = self.entered.get() || e.to_string().starts_with("trailing comma");
            let at = if on_inner { inner } else { outer };
            self.at.borrow_mut().get_or_insert_with(|| at.render());
        }
    }
}

/// What a seed reads.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Want {
    Text,
    TextOrNull,
    Scope,
    Validity,
    Owner,
    Response,
    List,
    /// Any value, checked (depth, duplicate keys, text) and dropped.
    Skip,
}

/// What a seed read: the variant its [`Want`] names. Large values are
/// boxed, so that each string read moves a small value.
pub(crate) enum Got<'de> {
    Text(Option<Cow<'de, str>>),
    Scope(Option<Vec<String>>),
    Validity(i32),
    Owner(PatOwner),
    Response(Box<CreatePersonalAccessTokenResponse>),
    List(Vec<CreatePersonalAccessTokenResponse>),
    Nothing,
}

/// The value of `got` in variant `$v` (the one its seed was asked for).
macro_rules! take {
    ($got:expr, $v:ident) => {
        match $got {
            Got::$v(value) => value,
            _ => unreachable!("a seed gives what it was asked for"),
        }
    };
}

/// Reads one value of the model.
#[derive(Clone, Copy)]
pub(crate) struct Seed<'c, 'p> {
    ctx: &'c Ctx,
    loc: Loc<'p>,
    depth: usize,
    want: Want,
}

pub(crate) fn response<'c, 'p>(ctx: &'c Ctx, loc: Loc<'p>, depth: usize) -> Seed<'c, 'p> {
    Seed {
        ctx,
        loc,
        depth,
        want: Want::Response,
    }
}

pub(crate) fn owner<'c, 'p>(ctx: &'c Ctx, loc: Loc<'p>, depth: usize) -> Seed<'c, 'p> {
    Seed {
        ctx,
        loc,
        depth,
        want: Want::Owner,
    }
}

pub(crate) fn list(ctx: &Ctx) -> Seed<'_, 'static> {
    Seed {
        ctx,
        loc: ROOT,
        depth: 1,
        want: Want::List,
    }
}

pub(crate) fn into_response(got: Got) -> CreatePersonalAccessTokenResponse {
    *take!(got, Response)
}

pub(crate) fn into_owner(got: Got) -> PatOwner {
    take!(got, Owner)
}

pub(crate) fn into_list(got: Got) -> Vec<CreatePersonalAccessTokenResponse> {
    take!(got, List)
}

impl<'c, 'p> Seed<'c, 'p> {
    /// The seed of a member or item at `loc`, one level deeper.
    fn at<'q>(&self, loc: Loc<'q>, want: Want) -> Seed<'c, 'q> {
        Seed {
            ctx: self.ctx,
            loc,
            depth: self.depth + 1,
            want,
        }
    }

    fn fail<E: serde::de::Error>(&self, kind: ErrorKind, problem: impl Into<String>) -> E {
        self.ctx.fail_at(&self.loc, kind, problem)
    }

    /// A value of the type `found`: refused, unless any value will do.
    fn other<'de, E: serde::de::Error>(&self, found: &str) -> Result<Got<'de>, E> {
        let expected = match self.want {
            Want::Skip => return Ok(Got::Nothing),
            Want::Text | Want::TextOrNull => "a string",
            Want::Scope => "an array of strings or null",
            Want::Validity => "an integer",
            Want::Owner | Want::Response => "an object",
            Want::List => "a JSON array of objects",
        };
        Err(self.fail(
            ErrorKind::WrongType,
            format!("expected {expected}, found {found}"),
        ))
    }

    fn text<'de, E: serde::de::Error>(&self, text: Cow<'de, str>) -> Result<Got<'de>, E> {
        match self.want {
            Want::Text | Want::TextOrNull => Ok(Got::Text(Some(text))),
            _ => self.other("a string"),
        }
    }

    fn too_deep<E: serde::de::Error>(&self) -> Result<(), E> {
        if self.depth <= MAX_JSON_DEPTH {
            return Ok(());
        }
        Err(self.fail(
            ErrorKind::TooDeep,
            format!("nesting deeper than {MAX_JSON_DEPTH} levels"),
        ))
    }

    fn validity<'de, E: serde::de::Error>(&self, value: i64) -> Result<Got<'de>, E> {
        let at = || self.loc.render().unwrap_or_default();
        let checked = validity_seconds(value).map_err(|e| self.ctx.fail(e.at_field(at())))?;
        Ok(Got::Validity(checked))
    }

    fn out_of_range<E: serde::de::Error>(&self, literal: &str) -> E {
        let shown = quote_value(literal);
        let whole = "a whole number of seconds from 1 to 2147483647";
        let problem = format!(
            "{} is out of range; it must be {whole}",
            shown.trim_matches('"')
        );
        self.fail(ErrorKind::OutOfRange, problem)
    }

    /// `accessTokenValiditySeconds` judged on its JSON literal, so that
    /// `1e3` and `36900.0` are refused as non-integers and a long run of
    /// digits is out of range.
    fn validity_literal<'de, E: serde::de::Error>(&self, raw: &str) -> Result<Got<'de>, E> {
        match raw.as_bytes().first() {
            Some(b'"') => self.other("a string"),
            Some(b'n') => self.other("null"),
            Some(b't' | b'f') => self.other("a boolean"),
            Some(b'[') => self.other("an array"),
            Some(b'{') => self.other("an object"),
            _ if raw.contains(['.', 'e', 'E']) => self.other(&quote_value(raw)),
            _ => raw
                .parse()
                .map_err(|_| self.out_of_range(raw))
                .and_then(|v| self.validity(v)),
        }
    }

    /// An unknown value in JSON: serde_json would read a number as f64 and
    /// refuse one beyond its range, so the value is taken whole as text and
    /// only an array or object is walked (for its depth and duplicate keys).
    fn skip_raw<'de, D: Deserializer<'de>>(self, d: D) -> Result<Got<'de>, D::Error> {
        let raw = <&RawValue>::deserialize(d)?.get();
        if !raw.starts_with(['[', '{']) {
            return Ok(Got::Nothing);
        }
        let mut inner = serde_json::Deserializer::from_str(raw);
        inner.disable_recursion_limit();
        inner
            .deserialize_any(self)
            .map(|_| Got::Nothing)
            .map_err(serde::de::Error::custom)
    }

    /// Walks the members of an object: `member` reads the value of a known
    /// key (each at most once); other keys are refused in strict mode, else
    /// skipped (their duplicates refused too). Returns the mask of the known
    /// keys seen.
    fn members<'de, A: MapAccess<'de>>(
        &self,
        mut map: A,
        keys: &'static [&'static str],
        mut member: impl FnMut(&mut A, usize, Loc) -> Result<(), A::Error>,
    ) -> Result<u16, A::Error> {
        let (ctx, loc) = (self.ctx, &self.loc);
        self.too_deep()?;
        let mut seen = 0u16;
        let mut others: Option<HashSet<Cow<'de, str>>> = None;
        let duplicate = "the key appears more than once";
        loop {
            ctx.entered.set(false);
            let key = map.next_key_seed(KeySeed(keys));
            ctx.locate(&key, loc, loc);
            ctx.entered.set(false);
            match key? {
                None => return Ok(seen),
                Some(Key::Known(slot)) => {
                    let at = loc.key(keys[slot]);
                    if seen & (1 << slot) != 0 {
                        return Err(ctx.fail_at(&at, ErrorKind::DuplicateKey, duplicate));
                    }
                    seen |= 1 << slot;
                    let value = member(&mut map, slot, at);
                    ctx.locate(&value, &at, loc);
                    value?;
                }
                Some(Key::Other(key)) => {
                    let at = loc.key(&key);
                    if ctx.mode == ParseMode::Strict {
                        let problem =
                            "unknown key (strict parsing accepts only the keys of the model)";
                        return Err(ctx.fail_at(&at, ErrorKind::UnknownKey, problem));
                    }
                    if others.as_ref().is_some_and(|o| o.contains(&key)) {
                        return Err(ctx.fail_at(&at, ErrorKind::DuplicateKey, duplicate));
                    }
                    let value = map.next_value_seed(self.at(at, Want::Skip));
                    ctx.locate(&value, &at, loc);
                    value?;
                    others.get_or_insert_with(HashSet::new).insert(key);
                }
            }
        }
    }

    fn missing<E: serde::de::Error>(
        &self,
        keys: &[&str],
        seen: u16,
        required: usize,
    ) -> Result<(), E> {
        match (0..required).find(|slot| seen & (1 << slot) == 0) {
            None => Ok(()),
            Some(slot) => {
                let at = self.loc.key(keys[slot]);
                Err(self
                    .ctx
                    .fail_at(&at, ErrorKind::MissingField, "required key is missing"))
            }
        }
    }

    /// Calls `item` with the seed of each item of an array.
    fn items<'de, A: SeqAccess<'de>>(
        &self,
        mut seq: A,
        want: Want,
        mut item: impl FnMut(Got<'de>),
    ) -> Result<(), A::Error> {
        for i in 0.. {
            let at = self.loc.index(i);
            self.ctx.entered.set(false);
            let next = seq.next_element_seed(self.at(at, want));
            self.ctx.locate(&next, &at, &self.loc);
            match next? {
                Some(got) => item(got),
                None => break,
            }
        }
        Ok(())
    }

    fn owner<'de, A: MapAccess<'de>>(&self, map: A) -> Result<PatOwner, A::Error> {
        let ctx = self.ctx;
        let (mut owner_type, mut id, mut name) = (None, String::new(), String::new());
        let seen = self.members(map, OWNER_KEYS, |map, slot, at| {
            let text = take!(map.next_value_seed(self.at(at, Want::Text))?, Text);
            let text = text.unwrap_or_default().into_owned();
            match slot {
                0 => {
                    let parsed = OwnerType::parse(&text, "")
                        .map_err(|e| ctx.fail(e.at_field(at.render().unwrap_or_default())))?;
                    owner_type = Some(parsed);
                }
                1 => id = text,
                _ => name = text,
            }
            Ok(())
        })?;
        self.missing(OWNER_KEYS, seen, OWNER_KEYS.len())?;
        if id.is_empty() {
            let at = self.loc.key("id");
            return Err(ctx.fail_at(&at, ErrorKind::EmptyField, "must not be empty"));
        }
        let owner_type = owner_type.unwrap_or(OwnerType::Identity);
        PatOwner::new(owner_type, id, name).map_err(|e| ctx.fail(e))
    }

    fn response<'de, A: MapAccess<'de>>(&self, map: A) -> Result<Got<'de>, A::Error> {
        let ctx = self.ctx;
        let (mut id, mut secret, mut scope, mut name) = (String::new(), None, None, String::new());
        let (mut owner, mut created, mut validity, mut expiration) = (None, None, 0, None);
        // Each value is checked as soon as it is read, so the first problem
        // in document order is the one reported.
        let seen = self.members(map, RESPONSE_KEYS, |map, slot, at| {
            let got = map.next_value_seed(self.at(at, RESPONSE_VALUES[slot]))?;
            let non_empty = |got: Got| {
                let text = take!(got, Text).unwrap_or_default().into_owned();
                if text.is_empty() {
                    return Err(ctx.fail_at(&at, ErrorKind::EmptyField, "must not be empty"));
                }
                Ok(text)
            };
            let date = |got: Got| match take!(got, Text) {
                None => Ok(None),
                Some(text) => parse_rfc3339(&text)
                    .map(Some)
                    .map_err(|e| ctx.fail_at(&at, ErrorKind::InvalidDate, e.0)),
            };
            match slot {
                0 => id = non_empty(got)?,
                1 => secret = Some(Secret::new(non_empty(got)?)),
                2 => scope = take!(got, Scope),
                3 => name = non_empty(got)?,
                4 => owner = Some(take!(got, Owner)),
                5 => created = date(got)?,
                6 => validity = take!(got, Validity),
                _ => expiration = date(got)?,
            }
            Ok(())
        })?;
        self.missing(RESPONSE_KEYS, seen, REQUIRED_RESPONSE_KEYS)?;
        let (Some(secret), Some(owner), Some(created)) = (secret, owner, created) else {
            unreachable!("every required key was seen, so every slot is filled");
        };
        let fields = ResponseFields {
            id,
            secret,
            scope,
            name,
            owner,
            created,
            access_token_validity_seconds: Some(validity.into()),
            expiration_date: expiration,
        };
        // Every rule was checked above; `new` checks them again for any
        // other way in, so its error is the model's own.
        let response = CreatePersonalAccessTokenResponse::new(fields).map_err(|e| ctx.fail(e))?;
        Ok(Got::Response(Box::new(response)))
    }
}

impl<'de> DeserializeSeed<'de> for Seed<'_, '_> {
    type Value = Got<'de>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Got<'de>, D::Error> {
        self.ctx.entered.set(true);
        match self.want {
            Want::Validity if self.ctx.json => {
                self.validity_literal(<&RawValue>::deserialize(d)?.get())
            }
            Want::Skip if self.ctx.raw_unknown => self.skip_raw(d),
            _ => d.deserialize_any(self),
        }
    }
}

impl<'de> Visitor<'de> for Seed<'_, '_> {
    type Value = Got<'de>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a value of the model")
    }
    fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<Got<'de>, E> {
        self.other("a boolean")
    }
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Got<'de>, E> {
        match self.want {
            Want::Validity => self.validity(v),
            _ => self.other("a number"),
        }
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Got<'de>, E> {
        match (self.want, i64::try_from(v)) {
            (Want::Validity, Ok(v)) => self.validity(v),
            (Want::Validity, Err(_)) => Err(self.out_of_range(&v.to_string())),
            _ => self.other("a number"),
        }
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Got<'de>, E> {
        match self.want {
            Want::Validity => self.other(&format!("\"{v}\"")),
            _ => self.other("a number"),
        }
    }
    fn visit_borrowed_str<E: serde::de::Error>(self, v: &'de str) -> Result<Got<'de>, E> {
        self.text(Cow::Borrowed(v))
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Got<'de>, E> {
        self.text(Cow::Owned(v.to_owned()))
    }
    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Got<'de>, E> {
        self.text(Cow::Owned(v))
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<Got<'de>, E> {
        match self.want {
            Want::TextOrNull => Ok(Got::Text(None)),
            Want::Scope => Ok(Got::Scope(None)),
            _ => self.other("null"),
        }
    }
    fn visit_none<E: serde::de::Error>(self) -> Result<Got<'de>, E> {
        self.visit_unit()
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Got<'de>, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Got<'de>, A::Error> {
        match self.want {
            Want::Scope => {
                let mut scope = Vec::new();
                self.items(seq, Want::Text, |got| {
                    scope.push(take!(got, Text).unwrap_or_default().into_owned())
                })?;
                Ok(Got::Scope(Some(scope)))
            }
            Want::List => {
                let mut list = Vec::new();
                self.items(seq, Want::Response, |got| list.push(*take!(got, Response)))?;
                Ok(Got::List(list))
            }
            Want::Skip => {
                self.too_deep()?;
                self.items(seq, Want::Skip, drop).map(|()| Got::Nothing)
            }
            _ => self.other("an array"),
        }
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Got<'de>, A::Error> {
        match self.want {
            Want::Owner => self.owner(map).map(Got::Owner),
            Want::Response => self.response(map),
            Want::Skip => self
                .members(map, &[], |_, _, _| Ok(()))
                .map(|_| Got::Nothing),
            _ => self.other("an object"),
        }
    }
}

fn slot(keys: &[&str], key: &str) -> Option<usize> {
    keys.iter().position(|k| *k == key)
}

/// A key: the slot of a known one, or the text of another.
enum Key<'de> {
    Known(usize),
    Other(Cow<'de, str>),
}

/// Reads a key of an object whose known keys are given.
struct KeySeed(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key<'de>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Key<'de>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Key<'de>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Key<'de>, E> {
        Ok(slot(self.0, v).map_or(Key::Other(Cow::Borrowed(v)), Key::Known))
    }
    fn visit_str<E>(self, v: &str) -> Result<Key<'de>, E> {
        let other = || Key::Other(Cow::Owned(v.to_owned()));
        Ok(slot(self.0, v).map_or_else(other, Key::Known))
    }
}

/// The keys of the response, in documented order; the index is the bit in
/// the "seen" mask.
const RESPONSE_KEYS: &[&str] = &[
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
/// What each key of the response holds.
const RESPONSE_VALUES: [Want; 8] = [
    Want::Text,
    Want::Text,
    Want::Scope,
    Want::Text,
    Want::Owner,
    Want::Text,
    Want::Validity,
    Want::TextOrNull,
];

const OWNER_KEYS: &[&str] = &["type", "id", "name"];

/// The model's types in any self-describing serde format: validated as they
/// are read, so no invalid value can be built this way either. Unknown keys
/// are skipped. Errors name the field (`owner.type: unknown owner type ...`).
impl<'de> Deserialize<'de> for CreatePersonalAccessTokenResponse {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let ctx = Ctx::new(ParseMode::Lenient, false);
        response(&ctx, ROOT, 1).deserialize(d).map(into_response)
    }
}

impl<'de> Deserialize<'de> for PatOwner {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let ctx = Ctx::new(ParseMode::Lenient, false);
        owner(&ctx, OWNER, 1).deserialize(d).map(into_owner)
    }
}
