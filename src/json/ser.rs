//! The model's `Serialize`, and JSON text written by serde_json into a
//! buffer that wipes every block it leaves behind.
//!
//! Keys come in the documented order; `created` and `expirationDate` are
//! written as `YYYY-MM-DDTHH:MM:SS.mmmZ`; `expirationDate` only when set.

use serde::ser::{Serialize, SerializeStruct, Serializer};
use serde_json::ser::PrettyFormatter;

use crate::model::date::canonical_bytes;
use crate::model::owner::PatOwner;
use crate::model::response::CreatePersonalAccessTokenResponse;
use crate::wipe::WipingBuffer;

/// The layout of JSON output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonStyle {
    /// No whitespace at all: the canonical form.
    Compact,
    /// Two-space indentation, `"key": value`, no trailing newline.
    Pretty,
}

impl JsonStyle {
    /// `Pretty` when `pretty`, else `Compact` (the C functions' flag).
    pub fn from_pretty(pretty: bool) -> Self {
        if pretty {
            JsonStyle::Pretty
        } else {
            JsonStyle::Compact
        }
    }
}

impl Serialize for PatOwner {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut o = s.serialize_struct("PatOwner", 3)?;
        o.serialize_field("type", self.owner_type().as_str())?;
        o.serialize_field("id", self.id())?;
        o.serialize_field("name", self.name())?;
        o.end()
    }
}

/// The text of a date from [`canonical_bytes`], which writes only ASCII.
fn date(bytes: &[u8; 24]) -> &str {
    std::str::from_utf8(bytes).expect("a date's canonical form is ASCII")
}

/// The wire form, secret included: serializing is how the secret is
/// handed on, so treat the output as a credential.
impl Serialize for CreatePersonalAccessTokenResponse {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let expiration = self.expiration_date();
        let mut o = s.serialize_struct(
            "CreatePersonalAccessTokenResponse",
            7 + usize::from(expiration.is_some()),
        )?;
        o.serialize_field("id", self.id())?;
        o.serialize_field("secret", self.secret().expose())?;
        o.serialize_field("scope", &self.scope())?;
        o.serialize_field("name", self.name())?;
        o.serialize_field("owner", self.owner())?;
        o.serialize_field("created", date(&canonical_bytes(&self.created())))?;
        o.serialize_field(
            "accessTokenValiditySeconds",
            &self.access_token_validity_seconds(),
        )?;
        match expiration {
            Some(t) => o.serialize_field("expirationDate", date(&canonical_bytes(&t)))?,
            None => o.skip_field("expirationDate")?,
        }
        o.end()
    }
}

/// Writes `value` as JSON text; `size_hint` is the expected length, which
/// makes growing (and so copying) rare.
fn write<T: Serialize + ?Sized>(value: &T, style: JsonStyle, size_hint: usize) -> Vec<u8> {
    let mut out = WipingBuffer::with_capacity(size_hint);
    let written = match style {
        JsonStyle::Compact => value.serialize(&mut serde_json::Serializer::new(&mut out)),
        JsonStyle::Pretty => {
            let pretty = PrettyFormatter::with_indent(b"  ");
            value.serialize(&mut serde_json::Serializer::with_formatter(
                &mut out, pretty,
            ))
        }
    };
    // The model's types always serialize: their strings are UTF-8 and the
    // buffer never fails.
    written.expect("the model serializes to JSON");
    out.into_inner()
}

/// A generous estimate of the JSON length of `r`, so that the buffer
/// rarely grows.
fn size_hint(r: &CreatePersonalAccessTokenResponse) -> usize {
    let owner = r.owner().id().len() + r.owner().name().len();
    let text = r.id().len() + r.secret().expose().len() + r.name().len() + owner;
    text + r
        .scope()
        .unwrap_or_default()
        .iter()
        .map(|s| s.len() + 8)
        .sum::<usize>()
        + 320
}

pub(crate) fn to_vec(r: &CreatePersonalAccessTokenResponse, style: JsonStyle) -> Vec<u8> {
    write(r, style, size_hint(r))
}

pub(crate) fn to_vec_list(
    items: &[&CreatePersonalAccessTokenResponse],
    style: JsonStyle,
) -> Vec<u8> {
    let hint = items.iter().map(|r| size_hint(r) + 4).sum::<usize>() + 2;
    write(items, style, hint)
}

pub(crate) fn owner_to_vec(owner: &PatOwner, style: JsonStyle) -> Vec<u8> {
    write(owner, style, owner.id().len() + owner.name().len() + 96)
}

/// Every byte comes from serde_json, which writes UTF-8.
fn into_string(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).expect("JSON output is UTF-8")
}

impl CreatePersonalAccessTokenResponse {
    /// The JSON text of this response in the given style.
    pub fn to_json_styled(&self, style: JsonStyle) -> String {
        into_string(to_vec(self, style))
    }

    /// The compact canonical JSON text.
    pub fn to_json(&self) -> String {
        self.to_json_styled(JsonStyle::Compact)
    }

    /// The indented JSON text.
    pub fn to_json_pretty(&self) -> String {
        self.to_json_styled(JsonStyle::Pretty)
    }

    /// Writes `items` as one JSON array: `[a,b]` in the compact form; in the
    /// indented form one item per block, indented by two spaces. No items
    /// give `[]`.
    pub fn list_to_json<'r>(items: impl IntoIterator<Item = &'r Self>, style: JsonStyle) -> String {
        let items: Vec<&Self> = items.into_iter().collect();
        into_string(to_vec_list(&items, style))
    }
}

impl PatOwner {
    /// The JSON text of this owner in the given style.
    pub fn to_json_styled(&self, style: JsonStyle) -> String {
        into_string(owner_to_vec(self, style))
    }
}
