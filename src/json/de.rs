//! The model's readers: one serde visitor per type (response, owner,
//! scope, list, and a skipper for values under unknown keys), each keyed
//! by its own field enum and validating as it reads.
//!
//! A problem found here (wrong type, empty or missing field, duplicate or
//! unknown key, lone surrogate, nesting too deep, a value the model
//! refuses) is kept in the [`Ctx`] as a typed [`Error`] with its path; the
//! format only sees a message. A problem the format finds (syntax) gets the
//! innermost path known when it surfaced.
//!
//! When serde_json reads the text, strings and `accessTokenValiditySeconds`
//! are taken as raw literals and judged here: serde_json would report a
//! lone surrogate escape as a syntax error, and a number beyond a double
//! as malformed where the model sees a value of the wrong type.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;

use crate::json::path::Loc;
use crate::json::text::{invalid_unicode, unescape, Bad, Skipper, Stop};
use crate::json::{ParseMode, MAX_JSON_DEPTH};
use crate::model::date::parse_rfc3339;
use crate::model::error::{quote_value, Error, ErrorKind};
use crate::model::owner::{OwnerType, PatOwner};
use crate::model::response::{validity_seconds, CreatePersonalAccessTokenResponse, ResponseFields};
use crate::model::secret::Secret;

/// What one read of a document shares across its visitors.
pub(crate) struct Ctx<'t> {
    mode: ParseMode,
    /// The text serde_json reads.
    json: &'t str,
    /// The first problem the model found.
    pub(crate) error: RefCell<Option<Error>>,
    /// A problem found in an unknown value serde_json then refused, with
    /// its byte offset: it stands if it comes before serde_json's error.
    pub(crate) ahead: RefCell<Option<(usize, Error)>>,
    /// Where the format's own error surfaced: the innermost path known.
    pub(crate) at: RefCell<Option<Option<String>>>,
    /// When serde_json stopped between two items: the next item's path.
    /// A syntax error there (a trailing comma) is that item's; the end of
    /// the text is the array's.
    pub(crate) between: RefCell<Option<Option<String>>>,
    /// Whether the seed of the value being read was entered (an error
    /// before that, such as a missing `:`, belongs to the object).
    entered: Cell<bool>,
}

impl<'t> Ctx<'t> {
    pub(crate) fn new(mode: ParseMode, json: &'t str) -> Self {
        Ctx {
            mode,
            json,
            error: RefCell::new(None),
            ahead: RefCell::new(None),
            at: RefCell::new(None),
            between: RefCell::new(None),
            entered: Cell::new(false),
        }
    }

    /// Keeps `e` (the first one wins) and gives the format its message.
    fn fail<E: de::Error>(&self, e: Error) -> E {
        let message = e.to_string();
        self.error.borrow_mut().get_or_insert(e);
        E::custom(message)
    }

    /// Notes where a format error surfaced, unless a deeper place or a
    /// model error was noted first.
    fn locate<T, E>(&self, r: &Result<T, E>, at: &Loc) {
        if r.is_err() && self.error.borrow().is_none() {
            self.at.borrow_mut().get_or_insert_with(|| at.render());
        }
    }
}

/// Where a value is read: its path and nesting depth (the document is 1).
#[derive(Clone, Copy)]
pub(crate) struct At<'c, 'p> {
    ctx: &'c Ctx<'c>,
    loc: Loc<'p>,
    depth: usize,
}

impl<'c, 'p> At<'c, 'p> {
    pub(crate) fn new(ctx: &'c Ctx<'c>, loc: Loc<'p>) -> Self {
        At { ctx, loc, depth: 1 }
    }

    /// A member or item at `loc`, one level deeper.
    fn child<'q>(&self, loc: Loc<'q>) -> At<'c, 'q> {
        At {
            ctx: self.ctx,
            loc,
            depth: self.depth + 1,
        }
    }

    fn fail<E: de::Error>(&self, kind: ErrorKind, problem: impl Into<String>) -> E {
        self.ctx.fail(Error::new(kind, self.loc.render(), problem))
    }

    fn wrong<E: de::Error>(&self, expected: &str, found: &str) -> E {
        let problem = format!("expected {expected}, found {found}");
        self.fail(ErrorKind::WrongType, problem)
    }

    fn too_deep<E: de::Error>(&self) -> Result<(), E> {
        match self.depth <= MAX_JSON_DEPTH {
            true => Ok(()),
            false => Err(self.fail(
                ErrorKind::TooDeep,
                format!("nesting deeper than {MAX_JSON_DEPTH} levels"),
            )),
        }
    }

    fn missing<E: de::Error>(&self, key: &str) -> E {
        let problem = "required key is missing";
        self.ctx.fail(Error::new(
            ErrorKind::MissingField,
            self.loc.key(key).render(),
            problem,
        ))
    }

    fn non_empty<E: de::Error>(&self, text: Option<Cow<str>>) -> Result<String, E> {
        match text.unwrap_or_default() {
            text if text.is_empty() => Err(self.fail(ErrorKind::EmptyField, "must not be empty")),
            text => Ok(text.into_owned()),
        }
    }

    fn date<E: de::Error>(
        &self,
        text: Option<Cow<str>>,
    ) -> Result<Option<chrono::DateTime<chrono::Utc>>, E> {
        let parse = |text: Cow<str>| {
            parse_rfc3339(&text).map_err(|e| self.fail(ErrorKind::InvalidDate, e.0))
        };
        text.map(parse).transpose()
    }

    /// Walks the members of an object: `member` reads the value of a known
    /// key (each at most once); other keys are refused in strict mode, else
    /// skipped (their duplicates refused too). Returns the known keys seen.
    fn members<'de, K: Key, A: MapAccess<'de>>(
        &self,
        mut map: A,
        mut member: impl FnMut(&mut A, K, At<'c, '_>) -> Result<(), A::Error>,
    ) -> Result<u16, A::Error> {
        let (ctx, loc) = (self.ctx, &self.loc);
        self.too_deep()?;
        let mut seen = 0u16;
        let mut others: Option<HashSet<Cow<'de, str>>> = None;
        let twice = "the key appears more than once";
        loop {
            ctx.entered.set(false);
            let key = map.next_key_seed(KeySeed::<K>(*self, std::marker::PhantomData));
            ctx.locate(&key, loc);
            ctx.entered.set(false);
            match key? {
                None => return Ok(seen),
                Some(Member::Known(key)) => {
                    let at = self.child(loc.key(key.name()));
                    if seen & key.bit() != 0 {
                        return Err(at.fail(ErrorKind::DuplicateKey, twice));
                    }
                    seen |= key.bit();
                    let value = member(&mut map, key, at);
                    ctx.locate(&value, if ctx.entered.get() { &at.loc } else { loc });
                    value?;
                }
                Some(Member::Other(key, start)) => {
                    let at = self.child(loc.key(&key));
                    if ctx.mode == ParseMode::Strict {
                        let problem =
                            "unknown key (strict parsing accepts only the keys of the model)";
                        return Err(at.fail(ErrorKind::UnknownKey, problem));
                    }
                    if others.as_ref().is_some_and(|o| o.contains(&key)) {
                        return Err(at.fail(ErrorKind::DuplicateKey, twice));
                    }
                    let value = map.next_value_seed(Skip { at, start });
                    ctx.locate(&value, if ctx.entered.get() { &at.loc } else { loc });
                    value?;
                    others.get_or_insert_with(HashSet::new).insert(key);
                }
            }
        }
    }

    /// Walks the items of an array: `item` reads the next one, if any, at
    /// the place given.
    fn items<'de, A: SeqAccess<'de>>(
        &self,
        mut seq: A,
        mut item: impl FnMut(&mut A, At<'c, '_>) -> Result<bool, A::Error>,
    ) -> Result<(), A::Error> {
        self.too_deep()?;
        for i in 0.. {
            let loc = self.loc.index(i);
            let ctx = self.ctx;
            ctx.entered.set(false);
            let next = item(&mut seq, self.child(loc));
            if next.is_err() && !ctx.entered.get() && ctx.at.borrow().is_none() {
                *ctx.between.borrow_mut() = Some(loc.render());
            }
            ctx.locate(&next, if ctx.entered.get() { &loc } else { &self.loc });
            if !next? {
                break;
            }
        }
        Ok(())
    }
}
/// One type of the model as serde visits it: the kinds of value it takes.
/// Any other kind is a wrong type.
pub(crate) trait Shape<'de>: Sized {
    type Value;
    /// What the type is, for "expected ..., found ...".
    const EXPECTED: &'static str;
    fn at(&self) -> &At<'_, '_>;
    fn scalar<E: de::Error>(self, found: &str) -> Result<Self::Value, E> {
        Err(self.at().wrong(Self::EXPECTED, found))
    }
    fn null<E: de::Error>(self) -> Result<Self::Value, E> {
        self.scalar("null")
    }
    fn seq<A: SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        self.scalar("an array")
    }
    fn map<A: MapAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        self.scalar("an object")
    }
}

/// The serde visitor (and seed) of a [`Shape`].
struct Visit<S>(S);

impl<'de, S: Shape<'de>> DeserializeSeed<'de> for Visit<S> {
    type Value = S::Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<S::Value, D::Error> {
        self.0.at().ctx.entered.set(true);
        d.deserialize_any(self)
    }
}

impl<'de, S: Shape<'de>> Visitor<'de> for Visit<S> {
    type Value = S::Value;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(S::EXPECTED)
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<S::Value, E> {
        self.0.scalar("a boolean")
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<S::Value, E> {
        self.0.scalar("a number")
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<S::Value, E> {
        self.0.scalar("a number")
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<S::Value, E> {
        self.0.scalar("a number")
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<S::Value, E> {
        self.0.scalar("a string")
    }
    fn visit_unit<E: de::Error>(self) -> Result<S::Value, E> {
        self.0.null()
    }
    fn visit_none<E: de::Error>(self) -> Result<S::Value, E> {
        self.0.null()
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<S::Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<S::Value, A::Error> {
        self.0.seq(seq)
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<S::Value, A::Error> {
        self.0.map(map)
    }
}

/// The keys of one object of the model, in documented order.
trait Key: Copy + 'static {
    const ALL: &'static [Self];
    fn name(self) -> &'static str;
    /// The key's bit in the mask of keys seen.
    fn bit(self) -> u16;
}

/// Declares the key enum of an object: a variant per key, with its name.
macro_rules! keys {
    ($(#[$doc:meta])* $enum:ident { $($key:ident = $name:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy)]
        enum $enum { $($key),* }
        impl Key for $enum {
            const ALL: &'static [Self] = &[$($enum::$key),*];
            fn name(self) -> &'static str {
                match self { $($enum::$key => $name),* }
            }
            fn bit(self) -> u16 {
                1 << self as u16
            }
        }
    };
}

keys!(
    /// The keys of a response.
    Field {
        Id = "id",
        Secret = "secret",
        Scope = "scope",
        Name = "name",
        Owner = "owner",
        Created = "created",
        Validity = "accessTokenValiditySeconds",
        ExpirationDate = "expirationDate",
    }
);

keys!(
    /// The keys of an owner.
    OwnerField { Type = "type", Id = "id", Name = "name" }
);

/// A key as read: a known one, or another with (when serde_json reads
/// borrowed text) the byte offset just after it.
enum Member<'de, K> {
    Known(K),
    Other(Cow<'de, str>, Option<usize>),
}

/// Reads a key of the object at `At` as bytes: serde_json then hands a
/// lone surrogate escape over as bytes that are not UTF-8.
struct KeySeed<'c, 'p, K>(At<'c, 'p>, std::marker::PhantomData<K>);

impl<'de, K: Key> DeserializeSeed<'de> for KeySeed<'_, '_, K> {
    type Value = Member<'de, K>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_bytes(self)
    }
}

impl<K: Key> KeySeed<'_, '_, K> {
    fn known(bytes: &[u8]) -> Option<K> {
        K::ALL
            .iter()
            .copied()
            .find(|k| k.name().as_bytes() == bytes)
    }

    fn text<'b, E: de::Error>(&self, bytes: &'b [u8]) -> Result<&'b str, E> {
        std::str::from_utf8(bytes).map_err(|_| self.0.ctx.fail(invalid_unicode(&self.0.loc)))
    }

    /// The byte offset just after the key's closing quote, when `key` is
    /// a part of the text serde_json reads.
    fn end_of(&self, key: &[u8]) -> Option<usize> {
        let text = self.0.ctx.json;
        let start = (key.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
        Some(start + key.len() + 1).filter(|&end| end <= text.len())
    }
}

impl<'de, K: Key> Visitor<'de> for KeySeed<'_, '_, K> {
    type Value = Member<'de, K>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_borrowed_bytes<E: de::Error>(self, v: &'de [u8]) -> Result<Self::Value, E> {
        if let Some(key) = Self::known(v) {
            return Ok(Member::Known(key));
        }
        Ok(Member::Other(Cow::Borrowed(self.text(v)?), self.end_of(v)))
    }
    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Self::Value, E> {
        if let Some(key) = Self::known(v) {
            return Ok(Member::Known(key));
        }
        Ok(Member::Other(Cow::Owned(self.text(v)?.to_owned()), None))
    }
}

/// A string (or null, when `nullable`) of the model.
#[derive(Clone, Copy)]
struct Text<'c, 'p> {
    at: At<'c, 'p>,
    nullable: bool,
}

/// What a raw JSON literal is, by its first byte.
fn kind_of(raw: &str) -> &'static str {
    match raw.as_bytes().first() {
        Some(b'"') => "a string",
        Some(b'n') => "null",
        Some(b't' | b'f') => "a boolean",
        Some(b'[') => "an array",
        Some(b'{') => "an object",
        _ => "a number",
    }
}

impl<'de> DeserializeSeed<'de> for Text<'_, '_> {
    type Value = Option<Cow<'de, str>>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        self.at.ctx.entered.set(true);
        let raw = <&RawValue>::deserialize(d)?.get();
        match (kind_of(raw), unescape(raw)) {
            (_, Ok(text)) => Ok(Some(text)),
            (_, Err(Bad::LoneSurrogate)) => Err(self.at.ctx.fail(invalid_unicode(&self.at.loc))),
            ("null", _) if self.nullable => Ok(None),
            (other, _) => Err(self.at.wrong("a string", other)),
        }
    }
}

/// `accessTokenValiditySeconds`: in JSON judged on its literal, so that
/// `1e3` and `36900.0` are refused as non-integers and a long run of digits
/// is out of range.
struct Validity<'c, 'p>(At<'c, 'p>);

impl Validity<'_, '_> {
    fn fail<T, E: de::Error>(&self, found: &str) -> Result<T, E> {
        Err(self.0.wrong("an integer", found))
    }

    fn seconds<E: de::Error>(&self, literal: &str) -> Result<i32, E> {
        let Ok(seconds) = literal.parse::<i64>() else {
            let whole = "a whole number of seconds from 1 to 2147483647";
            return Err(self.0.fail(
                ErrorKind::OutOfRange,
                format!("{literal} is out of range; it must be {whole}"),
            ));
        };
        validity_seconds(seconds).map_err(|e| {
            self.0
                .ctx
                .fail(e.at_field(self.0.loc.render().unwrap_or_default()))
        })
    }
}

impl<'de> DeserializeSeed<'de> for Validity<'_, '_> {
    type Value = i32;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<i32, D::Error> {
        self.0.ctx.entered.set(true);
        let raw = <&RawValue>::deserialize(d)?.get();
        match kind_of(raw) {
            "a number" if raw.contains(['.', 'e', 'E']) => self.fail(&quote_value(raw)),
            "a number" => self.seconds(raw),
            other => self.fail(other),
        }
    }
}

/// A value under a key the model does not know: checked and dropped.
struct Skip<'c, 'p> {
    at: At<'c, 'p>,
    /// Where its text starts (just after the key), when known.
    start: Option<usize>,
}

impl<'de> DeserializeSeed<'de> for Skip<'_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        let (ctx, at) = (self.at.ctx, &self.at);
        let text = ctx.json;
        ctx.entered.set(true);
        // serde_json checks the syntax and hands the text over whole; the
        // skipper walks it for the rest of I-JSON.
        let raw = match <&RawValue>::deserialize(d) {
            Ok(raw) => raw.get(),
            Err(e) => {
                // The same walk over what was read, for a problem before
                // the one serde_json found.
                let mut walk = Skipper::new(text, self.start.unwrap_or(text.len()));
                let stop = match walk.colon() {
                    true => walk.value(&at.loc, at.depth).err(),
                    false => None,
                };
                match stop {
                    Some(Stop::Problem(offset, found)) => {
                        *ctx.ahead.borrow_mut() = Some((offset, found))
                    }
                    Some(Stop::Syntax(path)) => drop(ctx.at.borrow_mut().get_or_insert(path)),
                    None => {}
                }
                return Err(e);
            }
        };
        match Skipper::new(raw, 0).value(&at.loc, at.depth) {
            Err(Stop::Problem(_, found)) => Err(ctx.fail(found)),
            _ => Ok(()),
        }
    }
}

/// `scope`: an array of strings, or null.
struct Scope<'c, 'p>(At<'c, 'p>);

impl<'de> Shape<'de> for Scope<'_, '_> {
    type Value = Option<Vec<String>>;
    const EXPECTED: &'static str = "an array of strings or null";
    fn at(&self) -> &At<'_, '_> {
        &self.0
    }
    fn null<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        let mut scope = Vec::new();
        self.0.items(seq, |seq, at| {
            let item = seq.next_element_seed(Text {
                at,
                nullable: false,
            })?;
            Ok(item
                .map(|text| scope.push(text.unwrap_or_default().into_owned()))
                .is_some())
        })?;
        Ok(Some(scope))
    }
}

/// A standalone owner, or the `owner` of a response.
pub(crate) struct Owner<'c, 'p>(pub(crate) At<'c, 'p>);

impl<'de> Shape<'de> for Owner<'_, '_> {
    type Value = PatOwner;
    const EXPECTED: &'static str = "an object";
    fn at(&self) -> &At<'_, '_> {
        &self.0
    }
    fn map<A: MapAccess<'de>>(self, map: A) -> Result<PatOwner, A::Error> {
        let at = &self.0;
        let (mut owner_type, mut id, mut name) = (None, None, None);
        at.members(map, |map, key, at| {
            let text = map.next_value_seed(Text {
                at,
                nullable: false,
            })?;
            match key {
                OwnerField::Type => {
                    let text = text.unwrap_or_default();
                    let parsed = OwnerType::parse(&text, "").map_err(|e| {
                        at.ctx.fail(e.at_field(at.loc.render().unwrap_or_default()))
                    })?;
                    owner_type = Some(parsed);
                }
                OwnerField::Id => id = Some(at.non_empty(text)?),
                OwnerField::Name => name = Some(text.unwrap_or_default().into_owned()),
            }
            Ok(())
        })?;
        let owner_type = owner_type.ok_or_else(|| at.missing("type"))?;
        let id = id.ok_or_else(|| at.missing("id"))?;
        let name = name.ok_or_else(|| at.missing("name"))?;
        PatOwner::new(owner_type, id, name).map_err(|e| at.ctx.fail(e))
    }
}

/// A response, the document itself or an item of a list.
pub(crate) struct Response<'c, 'p>(pub(crate) At<'c, 'p>);

impl<'de> Shape<'de> for Response<'_, '_> {
    type Value = CreatePersonalAccessTokenResponse;
    const EXPECTED: &'static str = "an object";
    fn at(&self) -> &At<'_, '_> {
        &self.0
    }
    fn map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        let at = &self.0;
        let (mut id, mut secret, mut scope, mut name) = (None, None, None, None);
        let (mut owner, mut created, mut validity, mut expiration) = (None, None, None, None);
        // Each value is checked as soon as it is read, so the first problem
        // in document order is the one reported.
        at.members(map, |map, key, at| {
            let text = |nullable| Text { at, nullable };
            match key {
                Field::Id => id = Some(at.non_empty(map.next_value_seed(text(false))?)?),
                Field::Secret => {
                    secret = Some(Secret::new(
                        at.non_empty(map.next_value_seed(text(false))?)?,
                    ))
                }
                Field::Scope => scope = Some(map.next_value_seed(Visit(Scope(at)))?),
                Field::Name => name = Some(at.non_empty(map.next_value_seed(text(false))?)?),
                Field::Owner => owner = Some(map.next_value_seed(Visit(Owner(at)))?),
                Field::Created => created = at.date(map.next_value_seed(text(false))?)?,
                Field::Validity => validity = Some(map.next_value_seed(Validity(at))?),
                Field::ExpirationDate => expiration = at.date(map.next_value_seed(text(true))?)?,
            }
            Ok(())
        })?;
        let fields = ResponseFields {
            id: id.ok_or_else(|| at.missing("id"))?,
            secret: secret.ok_or_else(|| at.missing("secret"))?,
            scope: scope.ok_or_else(|| at.missing("scope"))?,
            name: name.ok_or_else(|| at.missing("name"))?,
            owner: owner.ok_or_else(|| at.missing("owner"))?,
            created: created.ok_or_else(|| at.missing("created"))?,
            access_token_validity_seconds: Some(
                validity
                    .ok_or_else(|| at.missing("accessTokenValiditySeconds"))?
                    .into(),
            ),
            expiration_date: expiration,
        };
        // Every rule was checked above; `new` checks them again for any
        // other way in, so its error is the model's own.
        CreatePersonalAccessTokenResponse::new(fields).map_err(|e| at.ctx.fail(e))
    }
}

/// A JSON array of responses.
pub(crate) struct List<'c, 'p>(pub(crate) At<'c, 'p>);

impl<'de> Shape<'de> for List<'_, '_> {
    type Value = Vec<CreatePersonalAccessTokenResponse>;
    const EXPECTED: &'static str = "a JSON array of objects";
    fn at(&self) -> &At<'_, '_> {
        &self.0
    }
    fn seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        let mut list = Vec::new();
        self.0.items(seq, |seq, at| {
            Ok(seq
                .next_element_seed(Visit(Response(at)))?
                .map(|r| list.push(r))
                .is_some())
        })?;
        Ok(list)
    }
}

/// Reads the document with the visitor of `shape`.
pub(crate) fn document<'de, S: Shape<'de>, D: Deserializer<'de>>(
    shape: S,
    d: D,
) -> Result<S::Value, D::Error> {
    Visit(shape).deserialize(d)
}

/// The model's types inside a user's own serde types, read from
/// serde_json: the value is taken as JSON text and read as `from_json`
/// reads a document (lenient), so no invalid value can be built this way
/// either. Errors name the field (`owner.type: unknown owner type ...`).
impl<'de> Deserialize<'de> for CreatePersonalAccessTokenResponse {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = Box::<RawValue>::deserialize(d)?;
        Self::from_json(raw.get().as_bytes(), ParseMode::Lenient).map_err(de::Error::custom)
    }
}

impl<'de> Deserialize<'de> for PatOwner {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = Box::<RawValue>::deserialize(d)?;
        PatOwner::from_json(raw.get().as_bytes(), ParseMode::Lenient).map_err(de::Error::custom)
    }
}
