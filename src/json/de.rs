//! The model's readers: one serde visitor per type (response, owner,
//! scope, list; values under unknown keys go to the skipper of `text`),
//! each keyed by its own field enum and validating as it reads.
//!
//! A problem found here (wrong type, empty or missing field, duplicate or
//! unknown key, lone surrogate, nesting too deep, a value the model
//! refuses) is kept in the [`Ctx`] as a typed [`Error`] with its path; the
//! format only sees a message. A problem the format finds (syntax) gets the
//! innermost path known when it surfaced.
//!
//! serde_json stops with a syntax error on a lone surrogate escape in a
//! string and on a number beyond a double; while a value is being entered
//! the [`Ctx`] keeps what it must be, and `mod.rs` tells those two apart
//! from other syntax errors by the text where serde_json stopped.
//! `accessTokenValiditySeconds` is judged on its raw literal, and values
//! under unknown keys are taken raw and walked by the skipper.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::fmt;
use std::marker::PhantomData;

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

/// A date of the model.
type Date = chrono::DateTime<chrono::Utc>;

/// What one read of a document shares across its visitors.
#[derive(Default)]
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
    /// What the value being entered must be, until serde_json hands it
    /// over: a number it stops on there is a wrong type, and a lone
    /// surrogate escape it stops on in a string is not valid Unicode.
    pub(crate) opening: Cell<Option<&'static str>>,
}

impl<'t> Ctx<'t> {
    pub(crate) fn new(mode: ParseMode, json: &'t str) -> Self {
        Ctx {
            mode,
            json,
            ..Ctx::default()
        }
    }

    /// Before the next key or value: nothing of it is entered yet.
    fn next(&self) {
        self.entered.set(false);
        self.opening.set(None);
    }

    /// Keeps `e` (the first one wins) and gives the format its message.
    fn fail<E: de::Error>(&self, e: Error) -> E {
        let message = e.to_string();
        self.error.borrow_mut().get_or_insert(e);
        E::custom(message)
    }

    /// Notes where a format error surfaced: at `inner` when the value's
    /// seed was entered, else at `outer`; unless a deeper place or a model
    /// error was noted first.
    fn locate<T, E>(&self, r: &Result<T, E>, inner: &Loc, outer: &Loc) {
        if r.is_err() && self.error.borrow().is_none() {
            let at = if self.entered.get() { inner } else { outer };
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
        let depth = self.depth + 1;
        At {
            depth,
            loc,
            ..*self
        }
    }

    fn fail<E: de::Error>(&self, kind: ErrorKind, problem: impl Into<String>) -> E {
        self.ctx.fail(Error::new(kind, self.loc.render(), problem))
    }

    /// The model's own error `e`, naming this place.
    fn refuse<E: de::Error>(&self, e: Error) -> E {
        self.ctx
            .fail(e.at_field(self.loc.render().unwrap_or_default()))
    }

    fn wrong<E: de::Error>(&self, expected: &str, found: &str) -> E {
        let problem = format!("expected {expected}, found {found}");
        self.fail(ErrorKind::WrongType, problem)
    }

    fn too_deep<E: de::Error>(&self) -> Result<(), E> {
        if self.depth <= MAX_JSON_DEPTH {
            return Ok(());
        }
        let problem = format!("nesting deeper than {MAX_JSON_DEPTH} levels");
        Err(self.fail(ErrorKind::TooDeep, problem))
    }

    fn missing<E: de::Error>(&self, key: &str) -> E {
        let missing = "required key is missing";
        let path = self.loc.key(key).render();
        self.ctx
            .fail(Error::new(ErrorKind::MissingField, path, missing))
    }

    /// The string value of the member being read (or null, if `nullable`).
    fn text<'de, A: MapAccess<'de>>(
        &self,
        map: &mut A,
        nullable: bool,
    ) -> Result<Option<Cow<'de, str>>, A::Error> {
        match nullable {
            true => map.next_value_seed(Visit::<Text<true>>(*self, PhantomData)),
            false => map.next_value_seed(Visit::<Text<false>>(*self, PhantomData)),
        }
    }

    /// The string value of the member being read, which must not be empty.
    fn required<'de, A: MapAccess<'de>>(&self, map: &mut A) -> Result<String, A::Error> {
        match self.text(map, false)?.unwrap_or_default() {
            text if text.is_empty() => Err(self.fail(ErrorKind::EmptyField, "must not be empty")),
            text => Ok(text.into_owned()),
        }
    }

    /// The date value of the member being read (or null, if `nullable`).
    fn date<'de, A: MapAccess<'de>>(
        &self,
        map: &mut A,
        nullable: bool,
    ) -> Result<Option<Date>, A::Error> {
        let parse = |text: Cow<str>| {
            parse_rfc3339(&text).map_err(|e| self.fail(ErrorKind::InvalidDate, e.0))
        };
        self.text(map, nullable)?.map(parse).transpose()
    }

    /// Walks the members of an object: `member` reads the value of a known
    /// key (each at most once); other keys are refused in strict mode, else
    /// skipped (their duplicates refused too).
    fn members<'de, K: Key, A: MapAccess<'de>>(
        &self,
        mut map: A,
        mut member: impl FnMut(&mut A, K, At<'c, '_>) -> Result<(), A::Error>,
    ) -> Result<(), A::Error> {
        let (ctx, loc) = (self.ctx, &self.loc);
        self.too_deep()?;
        let mut seen = 0u16;
        let mut others: Option<HashSet<Cow<'de, str>>> = None;
        let twice = "the key appears more than once";
        loop {
            ctx.next();
            let key = map.next_key_seed(KeySeed::<K>(*self, PhantomData));
            ctx.locate(&key, loc, loc);
            ctx.next();
            match key? {
                None => return Ok(()),
                Some(Member::Known(key)) => {
                    let at = self.child(loc.key(key.name()));
                    if seen & key.bit() != 0 {
                        return Err(at.fail(ErrorKind::DuplicateKey, twice));
                    }
                    seen |= key.bit();
                    let value = member(&mut map, key, at);
                    ctx.locate(&value, &at.loc, loc);
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
                    ctx.locate(&value, &at.loc, loc);
                    value?;
                    others.get_or_insert_with(HashSet::new).insert(key);
                }
            }
        }
    }

    /// Walks the items of an array, each read as an `S`.
    fn items<'de, S: Shape<'de>, A: SeqAccess<'de>>(
        &self,
        mut seq: A,
    ) -> Result<Vec<S::Value>, A::Error> {
        let ctx = self.ctx;
        self.too_deep()?;
        let mut items = Vec::new();
        loop {
            let loc = self.loc.index(items.len());
            ctx.next();
            let next = seq.next_element_seed(Visit::<S>(self.child(loc), PhantomData));
            if next.is_err() && !ctx.entered.get() && ctx.at.borrow().is_none() {
                *ctx.between.borrow_mut() = Some(loc.render());
            }
            ctx.locate(&next, &loc, &self.loc);
            match next? {
                Some(item) => items.push(item),
                None => return Ok(items),
            }
        }
    }
}

/// One type of the model as serde visits it: the kinds of value it takes.
/// Any other kind is a wrong type.
pub(crate) trait Shape<'de>: Sized {
    type Value;
    /// What the type is, for "expected ..., found ...".
    const EXPECTED: &'static str;
    fn null<E: de::Error>(at: At) -> Result<Self::Value, E> {
        Err(at.wrong(Self::EXPECTED, "null"))
    }
    fn seq<A: SeqAccess<'de>>(at: At, _: A) -> Result<Self::Value, A::Error> {
        Err(at.wrong(Self::EXPECTED, "an array"))
    }
    fn map<A: MapAccess<'de>>(at: At, _: A) -> Result<Self::Value, A::Error> {
        Err(at.wrong(Self::EXPECTED, "an object"))
    }
    fn text<E: de::Error>(at: At, _: Cow<'de, str>) -> Result<Self::Value, E> {
        Err(at.wrong(Self::EXPECTED, "a string"))
    }
}

/// The serde visitor (and seed) of the [`Shape`] `S`, at a place.
pub(crate) struct Visit<'c, 'p, S>(pub(crate) At<'c, 'p>, pub(crate) PhantomData<S>);

impl<'de, S: Shape<'de>> DeserializeSeed<'de> for Visit<'_, '_, S> {
    type Value = S::Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<S::Value, D::Error> {
        self.0.ctx.entered.set(true);
        self.0.ctx.opening.set(Some(S::EXPECTED));
        d.deserialize_any(self)
    }
}

impl<'de, S: Shape<'de>> Visitor<'de> for Visit<'_, '_, S> {
    type Value = S::Value;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(S::EXPECTED)
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<S::Value, E> {
        Err(self.0.wrong(S::EXPECTED, "a boolean"))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<S::Value, E> {
        Err(self.0.wrong(S::EXPECTED, "a number"))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<S::Value, E> {
        Err(self.0.wrong(S::EXPECTED, "a number"))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<S::Value, E> {
        Err(self.0.wrong(S::EXPECTED, "a number"))
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<S::Value, E> {
        S::text(self.0, Cow::Borrowed(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<S::Value, E> {
        S::text(self.0, Cow::Owned(v.to_owned()))
    }
    fn visit_unit<E: de::Error>(self) -> Result<S::Value, E> {
        S::null(self.0)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<S::Value, A::Error> {
        self.0.ctx.opening.set(None);
        S::seq(self.0, seq)
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<S::Value, A::Error> {
        self.0.ctx.opening.set(None);
        S::map(self.0, map)
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

/// A key as read: a known one, or another with the byte offset just after
/// it when that is known (the key is a part of the text, without escapes).
enum Member<'de, K> {
    Known(K),
    Other(Cow<'de, str>, Option<usize>),
}

/// Reads a key of the object at `At` as bytes: serde_json then hands a
/// lone surrogate escape over as bytes that are not UTF-8.
struct KeySeed<'c, 'p, K>(At<'c, 'p>, PhantomData<K>);

impl<'de, K: Key> DeserializeSeed<'de> for KeySeed<'_, '_, K> {
    type Value = Member<'de, K>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_bytes(self)
    }
}

impl<K: Key> KeySeed<'_, '_, K> {
    /// A known key, or the text of another.
    fn read<'b, E: de::Error>(&self, bytes: &'b [u8]) -> Result<Result<K, &'b str>, E> {
        match K::ALL.iter().find(|k| k.name().as_bytes() == bytes) {
            Some(key) => Ok(Ok(*key)),
            None => std::str::from_utf8(bytes)
                .map(Err)
                .map_err(|_| self.0.ctx.fail(invalid_unicode(&self.0.loc))),
        }
    }
}

impl<'de, K: Key> Visitor<'de> for KeySeed<'_, '_, K> {
    type Value = Member<'de, K>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_borrowed_bytes<E: de::Error>(self, v: &'de [u8]) -> Result<Self::Value, E> {
        let key = match self.read(v)? {
            Ok(known) => return Ok(Member::Known(known)),
            Err(key) => key,
        };
        // A part of the text: the value starts after its closing quote.
        let json = self.0.ctx.json;
        let start = (key.as_ptr() as usize).checked_sub(json.as_ptr() as usize);
        let end = start
            .map(|start| start + key.len() + 1)
            .filter(|&end| end <= json.len());
        Ok(Member::Other(Cow::Borrowed(key), end))
    }
    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Self::Value, E> {
        Ok(match self.read(v)? {
            Ok(known) => Member::Known(known),
            Err(key) => Member::Other(Cow::Owned(key.to_owned()), None),
        })
    }
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

/// A string of the model; or null, when `NULLABLE`. A lone surrogate
/// escape in it, or a number beyond a double in its place, stops serde_json
/// with a syntax error; `mod.rs` tells them apart.
enum Text<const NULLABLE: bool> {}

impl<'de, const NULLABLE: bool> Shape<'de> for Text<NULLABLE> {
    type Value = Option<Cow<'de, str>>;
    const EXPECTED: &'static str = "a string";
    fn null<E: de::Error>(at: At) -> Result<Self::Value, E> {
        match NULLABLE {
            true => Ok(None),
            false => Err(at.wrong(Self::EXPECTED, "null")),
        }
    }
    fn text<E: de::Error>(_: At, text: Cow<'de, str>) -> Result<Self::Value, E> {
        Ok(Some(text))
    }
}

/// `accessTokenValiditySeconds`, judged on its literal, so that `1e3` and
/// `36900.0` are refused as non-integers and a long run of digits is out
/// of range.
struct Validity<'c, 'p>(At<'c, 'p>);

impl<'de> DeserializeSeed<'de> for Validity<'_, '_> {
    type Value = i32;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<i32, D::Error> {
        let at = self.0;
        at.ctx.entered.set(true);
        let raw = <&RawValue>::deserialize(d)?.get();
        match kind_of(raw) {
            "a number" if raw.contains(['.', 'e', 'E']) => {
                Err(at.wrong("an integer", &quote_value(raw)))
            }
            "a number" => match raw.parse::<i64>() {
                Ok(seconds) => validity_seconds(seconds).map_err(|e| at.refuse(e)),
                Err(_) => {
                    let whole = "a whole number of seconds from 1 to 2147483647";
                    Err(at.fail(
                        ErrorKind::OutOfRange,
                        format!("{raw} is out of range; it must be {whole}"),
                    ))
                }
            },
            // A string in the wrong place is still read as a string.
            "a string" if unescape(raw) == Err(Bad::LoneSurrogate) => {
                Err(at.ctx.fail(invalid_unicode(&at.loc)))
            }
            other => Err(at.wrong("an integer", other)),
        }
    }
}

/// A value under a key the model does not know: serde_json checks its
/// syntax and hands it over whole; the skipper walks it for the rest of
/// I-JSON, and drops it.
struct Skip<'c, 'p> {
    at: At<'c, 'p>,
    /// Where its text starts (just after the key), when known.
    start: Option<usize>,
}

impl<'de> DeserializeSeed<'de> for Skip<'_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        let Skip { at, start } = self;
        at.ctx.entered.set(true);
        let raw = match <&RawValue>::deserialize(d) {
            Ok(raw) => raw.get(),
            Err(e) => {
                // The same walk over what could be read, for a problem
                // before the one serde_json found.
                let json = at.ctx.json;
                let mut walk = Skipper::new(json, start.unwrap_or(json.len()));
                match walk.colon().then(|| walk.value(&at.loc, at.depth)) {
                    Some(Err(Stop::Problem(offset, found))) => {
                        *at.ctx.ahead.borrow_mut() = Some((offset, found))
                    }
                    Some(Err(Stop::Syntax(path))) => *at.ctx.at.borrow_mut() = Some(path),
                    _ => {}
                }
                return Err(e);
            }
        };
        match Skipper::new(raw, 0).value(&at.loc, at.depth) {
            Err(Stop::Problem(_, found)) => Err(at.ctx.fail(found)),
            _ => Ok(()),
        }
    }
}

/// `scope`: an array of strings, or null.
enum Scope {}

impl<'de> Shape<'de> for Scope {
    type Value = Option<Vec<String>>;
    const EXPECTED: &'static str = "an array of strings or null";
    fn null<E: de::Error>(_: At) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn seq<A: SeqAccess<'de>>(at: At, seq: A) -> Result<Self::Value, A::Error> {
        Ok(Some(at.items::<ScopeItem, A>(seq)?))
    }
}

/// An item of `scope`: a string.
enum ScopeItem {}

impl<'de> Shape<'de> for ScopeItem {
    type Value = String;
    const EXPECTED: &'static str = "a string";
    fn text<E: de::Error>(_: At, text: Cow<'de, str>) -> Result<String, E> {
        Ok(text.into_owned())
    }
}

/// A standalone owner, or the `owner` of a response.
pub(crate) enum Owner {}

impl<'de> Shape<'de> for Owner {
    type Value = PatOwner;
    const EXPECTED: &'static str = "an object";
    fn map<A: MapAccess<'de>>(at: At, map: A) -> Result<PatOwner, A::Error> {
        let (mut owner_type, mut id, mut name) = (None, None, None);
        at.members(map, |map, key, at| {
            match key {
                OwnerField::Type => {
                    let text = at.text(map, false)?.unwrap_or_default();
                    owner_type = Some(OwnerType::parse(&text, "").map_err(|e| at.refuse(e))?);
                }
                OwnerField::Id => id = Some(at.required(map)?),
                OwnerField::Name => name = at.text(map, false)?.map(Cow::into_owned),
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
pub(crate) enum Response {}

impl<'de> Shape<'de> for Response {
    type Value = CreatePersonalAccessTokenResponse;
    const EXPECTED: &'static str = "an object";
    fn map<A: MapAccess<'de>>(at: At, map: A) -> Result<Self::Value, A::Error> {
        let (mut id, mut secret, mut scope, mut name) = (None, None, None, None);
        let (mut owner, mut created, mut validity, mut expiration) = (None, None, None, None);
        // Each value is checked as soon as it is read, so the first problem
        // in document order is the one reported.
        at.members(map, |map, key, at| {
            match key {
                Field::Id => id = Some(at.required(map)?),
                Field::Secret => secret = Some(Secret::new(at.required(map)?)),
                Field::Scope => scope = Some(map.next_value_seed(Visit::<Scope>(at, PhantomData))?),
                Field::Name => name = Some(at.required(map)?),
                Field::Owner => owner = Some(map.next_value_seed(Visit::<Owner>(at, PhantomData))?),
                Field::Created => created = at.date(map, false)?,
                Field::Validity => validity = Some(map.next_value_seed(Validity(at))?.into()),
                Field::ExpirationDate => expiration = at.date(map, true)?,
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
                validity.ok_or_else(|| at.missing("accessTokenValiditySeconds"))?,
            ),
            expiration_date: expiration,
        };
        // Every rule was checked above; `new` checks them again for any
        // other way in, so its error is the model's own.
        CreatePersonalAccessTokenResponse::new(fields).map_err(|e| at.ctx.fail(e))
    }
}

/// A JSON array of responses.
pub(crate) enum List {}

impl<'de> Shape<'de> for List {
    type Value = Vec<CreatePersonalAccessTokenResponse>;
    const EXPECTED: &'static str = "a JSON array of objects";
    fn seq<A: SeqAccess<'de>>(at: At, seq: A) -> Result<Self::Value, A::Error> {
        at.items::<Response, A>(seq)
    }
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
