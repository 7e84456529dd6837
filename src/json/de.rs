//! The model's `Deserialize`: seeds and visitors that validate as they read.
//!
//! Each seed knows the path of the value it reads and its nesting depth.
//! A problem found here (wrong type, empty or missing field, duplicate or
//! unknown key, nesting too deep, a value the model refuses) is kept in the
//! [`Ctx`] as a typed [`Error`] with its path; the format only sees a
//! message. A problem the format finds (syntax) gets the innermost path
//! known when it surfaced.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;

use crate::json::path::{Loc, ROOT};
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
    /// Unknown values are first taken whole as text (see `Skip`).
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
        Ctx {
            mode,
            json,
            raw_unknown: json,
            error: RefCell::new(None),
            at: RefCell::new(None),
            entered: Cell::new(false),
        }
    }

    /// Keeps `e` (the first one wins) and gives the format its message.
    fn fail<E: serde::de::Error>(&self, e: Error) -> E {
        let message = e.to_string();
        self.error.borrow_mut().get_or_insert(e);
        E::custom(message)
    }

    fn fail_at<E: serde::de::Error>(&self, loc: &Loc, kind: ErrorKind, problem: String) -> E {
        self.fail(Error::new(kind, loc.render(), problem))
    }

    /// Notes `loc` as the place of a format error, unless a deeper place
    /// or a model error was noted first.
    fn locate<T, E>(
        &self,
        result: Result<T, E>,
        loc: impl FnOnce() -> Option<String>,
    ) -> Result<T, E> {
        if result.is_err() && self.error.borrow().is_none() {
            self.at.borrow_mut().get_or_insert_with(loc);
        }
        result
    }
}

/// Locates a failed read of item `item` of the array at `array`: an error
/// inside the item (or a trailing comma where it should be) belongs to the
/// item, one between items to the array.
fn locate_item<T, E: fmt::Display>(
    ctx: &Ctx,
    result: Result<T, E>,
    item: &Loc,
    array: &Loc,
) -> Result<T, E> {
    let on_item = |e: &E| ctx.entered.get() || e.to_string().starts_with("trailing comma");
    let at = result.as_ref().err().map(on_item);
    ctx.locate(result, || {
        if at == Some(true) {
            item.render()
        } else {
            array.render()
        }
    })
}

/// The deserializer-agnostic result of a visitor that met the wrong type.
fn wrong<E: serde::de::Error, T>(
    ctx: &Ctx,
    loc: &Loc,
    expected: &str,
    found: &str,
) -> Result<T, E> {
    Err(ctx.fail_at(
        loc,
        ErrorKind::WrongType,
        format!("expected {expected}, found {found}"),
    ))
}

/// Visit methods that refuse their type; `$skip` lists the ones the visitor
/// defines itself.
macro_rules! refuse_other_types {
    ($expected:expr) => {
        fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<Self::Value, E> {
            wrong(self.ctx, &self.loc, $expected, "a boolean")
        }
        fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<Self::Value, E> {
            wrong(self.ctx, &self.loc, $expected, "a number")
        }
        fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<Self::Value, E> {
            wrong(self.ctx, &self.loc, $expected, "a number")
        }
        fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<Self::Value, E> {
            wrong(self.ctx, &self.loc, $expected, "a number")
        }
    };
}

macro_rules! refuse {
    (str, $expected:expr) => {
        fn visit_str<E: serde::de::Error>(self, _: &str) -> Result<Self::Value, E> {
            wrong(self.ctx, &self.loc, $expected, "a string")
        }
    };
    (null, $expected:expr) => {
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            wrong(self.ctx, &self.loc, $expected, "null")
        }
    };
    (seq, $expected:expr) => {
        fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
            wrong(self.ctx, &self.loc, $expected, "an array")
        }
    };
    (map, $expected:expr) => {
        fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
            wrong(self.ctx, &self.loc, $expected, "an object")
        }
    };
}

/// A string, or (when `nullable`) `null` as `None`.
struct Text<'c, 'p> {
    ctx: &'c Ctx,
    loc: Loc<'p>,
    nullable: bool,
}

impl<'de> DeserializeSeed<'de> for Text<'_, '_> {
    type Value = Option<Cow<'de, str>>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        self.ctx.entered.set(true);
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Text<'_, '_> {
    type Value = Option<Cow<'de, str>>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string")
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Some(Cow::Borrowed(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Some(Cow::Owned(v.to_owned())))
    }
    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(Some(Cow::Owned(v)))
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        if self.nullable {
            Ok(None)
        } else {
            wrong(self.ctx, &self.loc, "a string", "null")
        }
    }
    fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        self.visit_unit()
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
    refuse_other_types!("a string");
    refuse!(seq, "a string");
    refuse!(map, "a string");
}

fn text<'de, A: MapAccess<'de>>(
    map: &mut A,
    ctx: &Ctx,
    loc: Loc,
    nullable: bool,
) -> Result<Option<Cow<'de, str>>, A::Error> {
    map.next_value_seed(Text { ctx, loc, nullable })
}

fn required_text<'de, A: MapAccess<'de>>(
    map: &mut A,
    ctx: &Ctx,
    loc: Loc,
) -> Result<String, A::Error> {
    let value = text(map, ctx, loc, false)?.unwrap_or_default().into_owned();
    Ok(value)
}

fn non_empty_text<'de, A: MapAccess<'de>>(
    map: &mut A,
    ctx: &Ctx,
    loc: Loc,
) -> Result<String, A::Error> {
    let value = required_text(map, ctx, loc)?;
    if value.is_empty() {
        return Err(ctx.fail_at(&loc, ErrorKind::EmptyField, "must not be empty".into()));
    }
    Ok(value)
}

fn date<'de, A: MapAccess<'de>>(
    map: &mut A,
    ctx: &Ctx,
    loc: Loc,
    nullable: bool,
) -> Result<Option<chrono::DateTime<chrono::Utc>>, A::Error> {
    let Some(text) = text(map, ctx, loc, nullable)? else {
        return Ok(None);
    };
    parse_rfc3339(&text)
        .map(Some)
        .map_err(|e| ctx.fail_at(&loc, ErrorKind::InvalidDate, e.0))
}

/// `accessTokenValiditySeconds`: an integer literal from 1 to `i32::MAX`.
struct Validity<'c, 'p> {
    ctx: &'c Ctx,
    loc: Loc<'p>,
}

impl Validity<'_, '_> {
    fn out_of_range<E: serde::de::Error>(&self, literal: &str) -> E {
        let shown = quote_value(literal);
        self.ctx.fail_at(
            &self.loc,
            ErrorKind::OutOfRange,
            format!(
                "{} is out of range; it must be a whole number of seconds from 1 to 2147483647",
                shown.trim_matches('"')
            ),
        )
    }

    fn checked<E: serde::de::Error>(&self, value: i64) -> Result<i32, E> {
        let at = || self.loc.render().unwrap_or_default();
        validity_seconds(value).map_err(|e| self.ctx.fail(e.at_field(at())))
    }

    /// Judges the JSON literal itself, so that `1e3` and `36900.0` are
    /// refused as non-integers and a long run of digits is out of range.
    fn literal<E: serde::de::Error>(&self, raw: &str) -> Result<i32, E> {
        let found = match raw.as_bytes().first() {
            Some(b'"') => "a string",
            Some(b'n') => "null",
            Some(b't' | b'f') => "a boolean",
            Some(b'[') => "an array",
            Some(b'{') => "an object",
            _ if raw.contains(['.', 'e', 'E']) => {
                let found = quote_value(raw);
                return wrong(self.ctx, &self.loc, "an integer", &found);
            }
            _ => {
                return raw
                    .parse()
                    .map_err(|_| self.out_of_range(raw))
                    .and_then(|v| self.checked(v))
            }
        };
        wrong(self.ctx, &self.loc, "an integer", found)
    }
}

impl<'de> DeserializeSeed<'de> for Validity<'_, '_> {
    type Value = i32;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<i32, D::Error> {
        self.ctx.entered.set(true);
        if self.ctx.json {
            let raw = <&RawValue>::deserialize(d)?;
            self.literal(raw.get())
        } else {
            d.deserialize_any(self)
        }
    }
}

impl<'de> Visitor<'de> for Validity<'_, '_> {
    type Value = i32;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an integer")
    }
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<i32, E> {
        self.checked(v)
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<i32, E> {
        i64::try_from(v).map_or_else(
            |_| Err(self.out_of_range(&v.to_string())),
            |v| self.checked(v),
        )
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<i32, E> {
        wrong(self.ctx, &self.loc, "an integer", &format!("\"{v}\""))
    }
    fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<i32, E> {
        wrong(self.ctx, &self.loc, "an integer", "a boolean")
    }
    refuse!(str, "an integer");
    refuse!(null, "an integer");
    refuse!(seq, "an integer");
    refuse!(map, "an integer");
}

/// `scope`: an array of strings, or `null`.
struct Scope<'c, 'p> {
    ctx: &'c Ctx,
    loc: Loc<'p>,
}

impl<'de> DeserializeSeed<'de> for Scope<'_, '_> {
    type Value = Option<Vec<String>>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        self.ctx.entered.set(true);
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Scope<'_, '_> {
    type Value = Option<Vec<String>>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of strings or null")
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        loop {
            let (ctx, loc) = (self.ctx, self.loc.index(items.len()));
            ctx.entered.set(false);
            let item = seq.next_element_seed(Text {
                ctx,
                loc,
                nullable: false,
            });
            match locate_item(ctx, item, &loc, &self.loc)? {
                Some(item) => items.push(item.unwrap_or_default().into_owned()),
                None => return Ok(Some(items)),
            }
        }
    }
    refuse_other_types!("an array of strings or null");
    refuse!(str, "an array of strings or null");
    refuse!(map, "an array of strings or null");
}

/// A key: the slot of a known one, or the text of another.
enum Key<'de> {
    Known(usize),
    Other(Cow<'de, str>),
}

/// Reads a key; the function gives the slot of a known one.
struct KeySeed(fn(&str) -> Option<usize>);

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key<'de>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Key<'de>, D::Error> {
        let text = d.deserialize_str(KeyText)?;
        Ok(match (self.0)(&text) {
            Some(slot) => Key::Known(slot),
            None => Key::Other(text),
        })
    }
}

struct KeyText;

impl<'de> Visitor<'de> for KeyText {
    type Value = Cow<'de, str>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v))
    }
}

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
const OWNER_KEYS: &[&str] = &["type", "id", "name"];

/// The slot of a key in [`RESPONSE_KEYS`] (a `match` the compiler turns
/// into a few comparisons).
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

/// The slot of a key in [`OWNER_KEYS`].
fn owner_slot(key: &str) -> Option<usize> {
    Some(match key {
        "type" => 0,
        "id" => 1,
        "name" => 2,
        _ => return None,
    })
}

fn no_slot(_: &str) -> Option<usize> {
    None
}

/// Walks the members of an object at `loc`: `member` reads the value of a
/// known key (each at most once); other keys are refused in strict mode,
/// else skipped (their duplicates refused too). Returns the mask of the
/// known keys seen.
fn members<'de, A: MapAccess<'de>>(
    mut map: A,
    ctx: &Ctx,
    loc: &Loc,
    depth: usize,
    keys: &'static [&'static str],
    slot_of: fn(&str) -> Option<usize>,
    mut member: impl FnMut(&mut A, usize, Loc) -> Result<(), A::Error>,
) -> Result<u16, A::Error> {
    if depth > MAX_JSON_DEPTH {
        return Err(too_deep(ctx, loc));
    }
    let mut seen = 0u16;
    let mut others: Option<HashSet<Cow<'de, str>>> = None;
    loop {
        let key = ctx.locate(map.next_key_seed(KeySeed(slot_of)), || loc.render())?;
        ctx.entered.set(false);
        let value = match key {
            None => return Ok(seen),
            Some(Key::Known(slot)) => {
                let at = loc.key(keys[slot]);
                if seen & (1 << slot) != 0 {
                    return Err(ctx.fail_at(
                        &at,
                        ErrorKind::DuplicateKey,
                        "the key appears more than once".into(),
                    ));
                }
                seen |= 1 << slot;
                let value = member(&mut map, slot, at);
                ctx.locate(value, || {
                    if ctx.entered.get() {
                        at.render()
                    } else {
                        loc.render()
                    }
                })
            }
            Some(Key::Other(key)) => {
                let at = loc.key(&key);
                if ctx.mode == ParseMode::Strict {
                    let problem = "unknown key (strict parsing accepts only the keys of the model)";
                    return Err(ctx.fail_at(&at, ErrorKind::UnknownKey, problem.into()));
                }
                if others.as_ref().is_some_and(|o| o.contains(&key)) {
                    return Err(ctx.fail_at(
                        &at,
                        ErrorKind::DuplicateKey,
                        "the key appears more than once".into(),
                    ));
                }
                let value = map.next_value_seed(Skip {
                    ctx,
                    loc: at,
                    depth: depth + 1,
                });
                let value = ctx.locate(value, || {
                    if ctx.entered.get() {
                        at.render()
                    } else {
                        loc.render()
                    }
                });
                others.get_or_insert_with(HashSet::new).insert(key);
                value
            }
        };
        value?;
    }
}

fn too_deep<E: serde::de::Error>(ctx: &Ctx, loc: &Loc) -> E {
    ctx.fail_at(
        loc,
        ErrorKind::TooDeep,
        format!("nesting deeper than {MAX_JSON_DEPTH} levels"),
    )
}

fn missing<E: serde::de::Error>(
    ctx: &Ctx,
    loc: &Loc,
    keys: &[&str],
    seen: u16,
    required: usize,
) -> Result<(), E> {
    match (0..required).find(|slot| seen & (1 << slot) == 0) {
        Some(slot) => Err(ctx.fail_at(
            &loc.key(keys[slot]),
            ErrorKind::MissingField,
            "required key is missing".into(),
        )),
        None => Ok(()),
    }
}

/// Any value, checked (depth, duplicate keys, text) and dropped.
struct Skip<'c, 'p> {
    ctx: &'c Ctx,
    loc: Loc<'p>,
    depth: usize,
}

impl<'de> DeserializeSeed<'de> for Skip<'_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        self.ctx.entered.set(true);
        if !self.ctx.raw_unknown {
            return d.deserialize_any(self);
        }
        // serde_json would read a number as f64 and refuse one beyond its
        // range; an unknown value is taken as text instead, and only an
        // array or object is walked (for its depth and duplicate keys).
        let raw = <&RawValue>::deserialize(d)?.get();
        if !raw.starts_with(['[', '{']) {
            return Ok(());
        }
        let mut inner = serde_json::Deserializer::from_str(raw);
        inner.disable_recursion_limit();
        inner
            .deserialize_any(self)
            .map_err(serde::de::Error::custom)
    }
}

impl<'de> Visitor<'de> for Skip<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_none<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        if self.depth > MAX_JSON_DEPTH {
            return Err(too_deep(self.ctx, &self.loc));
        }
        for i in 0.. {
            let (ctx, loc) = (self.ctx, self.loc.index(i));
            ctx.entered.set(false);
            let item = seq.next_element_seed(Skip {
                ctx,
                loc,
                depth: self.depth + 1,
            });
            if locate_item(ctx, item, &loc, &self.loc)?.is_none() {
                break;
            }
        }
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        members(
            map,
            self.ctx,
            &self.loc,
            self.depth,
            &[],
            no_slot,
            |_, _, _| Ok(()),
        )
        .map(drop)
    }
}

/// A `PatOwner` object.
pub(crate) struct Owner<'c, 'p> {
    pub(crate) ctx: &'c Ctx,
    pub(crate) loc: Loc<'p>,
    pub(crate) depth: usize,
}

impl<'de> DeserializeSeed<'de> for Owner<'_, '_> {
    type Value = PatOwner;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<PatOwner, D::Error> {
        self.ctx.entered.set(true);
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Owner<'_, '_> {
    type Value = PatOwner;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object")
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<PatOwner, A::Error> {
        let (ctx, loc) = (self.ctx, &self.loc);
        let (mut owner_type, mut id, mut name) = (None, String::new(), String::new());
        let seen = members(
            map,
            ctx,
            loc,
            self.depth,
            OWNER_KEYS,
            owner_slot,
            |map, slot, at| {
                match slot {
                    0 => {
                        let text = required_text(map, ctx, at)?;
                        let parsed = OwnerType::parse(&text, "")
                            .map_err(|e| ctx.fail(e.at_field(at.render().unwrap_or_default())))?;
                        owner_type = Some(parsed);
                    }
                    1 => id = required_text(map, ctx, at)?,
                    _ => name = required_text(map, ctx, at)?,
                }
                Ok(())
            },
        )?;
        missing(ctx, loc, OWNER_KEYS, seen, OWNER_KEYS.len())?;
        if id.is_empty() {
            return Err(ctx.fail_at(
                &loc.key("id"),
                ErrorKind::EmptyField,
                "must not be empty".into(),
            ));
        }
        let owner_type = owner_type.unwrap_or(OwnerType::Identity);
        PatOwner::new(owner_type, id, name).map_err(|e| ctx.fail(e))
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<PatOwner, E> {
        wrong(self.ctx, &self.loc, "an object", "null")
    }
    refuse_other_types!("an object");
    refuse!(str, "an object");
    refuse!(seq, "an object");
}

/// A `CreatePersonalAccessTokenResponse` object.
pub(crate) struct Response<'c, 'p> {
    pub(crate) ctx: &'c Ctx,
    pub(crate) loc: Loc<'p>,
    pub(crate) depth: usize,
}

impl<'de> DeserializeSeed<'de> for Response<'_, '_> {
    type Value = CreatePersonalAccessTokenResponse;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        self.ctx.entered.set(true);
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Response<'_, '_> {
    type Value = CreatePersonalAccessTokenResponse;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object")
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        let (ctx, loc, depth) = (self.ctx, &self.loc, self.depth);
        let (mut id, mut secret, mut scope, mut name) = (String::new(), None, None, String::new());
        let (mut owner, mut created, mut validity, mut expiration) = (None, None, 0, None);
        // Each value is checked as soon as it is read, so the first problem
        // in document order is the one reported.
        let seen = members(
            map,
            ctx,
            loc,
            depth,
            RESPONSE_KEYS,
            response_slot,
            |map, slot, at| {
                match slot {
                    0 => id = non_empty_text(map, ctx, at)?,
                    1 => secret = Some(Secret::new(non_empty_text(map, ctx, at)?)),
                    2 => scope = map.next_value_seed(Scope { ctx, loc: at })?,
                    3 => name = non_empty_text(map, ctx, at)?,
                    4 => {
                        owner = Some(map.next_value_seed(Owner {
                            ctx,
                            loc: at,
                            depth: depth + 1,
                        })?)
                    }
                    5 => created = date(map, ctx, at, false)?,
                    6 => validity = map.next_value_seed(Validity { ctx, loc: at })?,
                    _ => expiration = date(map, ctx, at, true)?,
                }
                Ok(())
            },
        )?;
        missing(ctx, loc, RESPONSE_KEYS, seen, REQUIRED_RESPONSE_KEYS)?;
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
        CreatePersonalAccessTokenResponse::new(fields).map_err(|e| ctx.fail(within(e, loc)))
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        wrong(self.ctx, &self.loc, "an object", "null")
    }
    refuse_other_types!("an object");
    refuse!(str, "an object");
    refuse!(seq, "an object");
}

/// The model's error for a response at `loc` (an item of a list).
fn within(e: Error, loc: &Loc) -> Error {
    match loc.render() {
        Some(prefix) => {
            let field = e
                .field_path()
                .map_or(prefix.clone(), |f| format!("{prefix}.{f}"));
            e.at_field(field)
        }
        None => e,
    }
}

/// A JSON array of responses.
pub(crate) struct List<'c> {
    pub(crate) ctx: &'c Ctx,
}

impl<'de> DeserializeSeed<'de> for List<'_> {
    type Value = Vec<CreatePersonalAccessTokenResponse>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for List<'_> {
    type Value = Vec<CreatePersonalAccessTokenResponse>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON array of objects")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut list = Vec::new();
        loop {
            let (ctx, loc) = (self.ctx, ROOT.index(list.len()));
            ctx.entered.set(false);
            let item = seq.next_element_seed(Response { ctx, loc, depth: 2 });
            match locate_item(ctx, item, &loc, &ROOT)? {
                Some(item) => list.push(item),
                None => return Ok(list),
            }
        }
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        Err(self.ctx.fail_at(
            &ROOT,
            ErrorKind::WrongType,
            "expected a JSON array of objects, found null".into(),
        ))
    }
    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        Err(self.ctx.fail_at(
            &ROOT,
            ErrorKind::WrongType,
            "expected a JSON array of objects, found an object".into(),
        ))
    }
}

/// The model's types in any serde format: validated as they are read, so
/// no invalid value can be built this way either. Unknown keys are
/// skipped. Errors name the field (`owner.type: unknown owner type ...`).
impl<'de> Deserialize<'de> for CreatePersonalAccessTokenResponse {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let ctx = Ctx::new(ParseMode::Lenient, false);
        Response {
            ctx: &ctx,
            loc: ROOT,
            depth: 1,
        }
        .deserialize(d)
    }
}

impl<'de> Deserialize<'de> for PatOwner {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let ctx = Ctx::new(ParseMode::Lenient, false);
        Owner {
            ctx: &ctx,
            loc: ROOT.key("owner"),
            depth: 1,
        }
        .deserialize(d)
    }
}
