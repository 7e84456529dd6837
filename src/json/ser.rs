//! The model's `Serialize`, and JSON text written by serde_json into a
//! buffer that wipes every block it leaves behind.
//!
//! Keys come in the documented order; `created` and `expirationDate` are
//! written as `YYYY-MM-DDTHH:MM:SS.mmmZ`; `expirationDate` only when set.

use std::io;

use serde::ser::{Serialize, SerializeStruct, Serializer};
use serde_json::ser::PrettyFormatter;
use zeroize::Zeroize;

use crate::model::date::format_rfc3339;
use crate::model::owner::PatOwner;
use crate::model::response::CreatePersonalAccessTokenResponse;

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
        o.serialize_field("created", &format_rfc3339(&self.created()))?;
        o.serialize_field(
            "accessTokenValiditySeconds",
            &self.access_token_validity_seconds(),
        )?;
        match expiration {
            Some(t) => o.serialize_field("expirationDate", &format_rfc3339(&t))?,
            None => o.skip_field("expirationDate")?,
        }
        o.end()
    }
}

/// An output buffer that never leaves a copy behind: when it must grow, it
/// moves to a larger block itself and wipes the old one, instead of letting
/// the allocator free it as it is.
struct WipingBuffer(Vec<u8>);

impl WipingBuffer {
    /// Moves to a block with room for `more` bytes, wiping the old one.
    #[cold]
    #[inline(never)]
    fn grow(&mut self, more: usize) {
        let needed = self.0.len() + more;
        let mut bigger = Vec::with_capacity(needed.max(2 * self.0.capacity()));
        bigger.extend_from_slice(&self.0);
        let mut old = std::mem::replace(&mut self.0, bigger);
        old.zeroize();
    }
}

impl io::Write for WipingBuffer {
    #[inline]
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.write_all(data)?;
        Ok(data.len())
    }

    #[inline]
    fn write_all(&mut self, data: &[u8]) -> io::Result<()> {
        if data.len() > self.0.capacity() - self.0.len() {
            self.grow(data.len());
        }
        self.0.extend_from_slice(data);
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Writes `value` as JSON text; `size_hint` is the expected length, which
/// makes growing (and so copying) rare.
fn write<T: Serialize + ?Sized>(value: &T, style: JsonStyle, size_hint: usize) -> Vec<u8> {
    let mut out = WipingBuffer(Vec::with_capacity(size_hint));
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
    out.0
}

/// A generous estimate of the JSON length of `r`: its text plus the layout.
fn size_hint(r: &CreatePersonalAccessTokenResponse, style: JsonStyle) -> usize {
    let scope = r.scope().unwrap_or_default();
    let fields = [
        r.id(),
        r.secret().expose(),
        r.name(),
        r.owner().id(),
        r.owner().name(),
    ];
    let text = fields.iter().map(|s| s.len()).sum::<usize>()
        + scope.iter().map(String::len).sum::<usize>();
    let per_item = if style == JsonStyle::Pretty { 8 } else { 3 };
    text + per_item * scope.len() + if style == JsonStyle::Pretty { 320 } else { 224 }
}

pub(crate) fn to_vec(r: &CreatePersonalAccessTokenResponse, style: JsonStyle) -> Vec<u8> {
    write(r, style, size_hint(r, style))
}

pub(crate) fn to_vec_list(
    items: &[&CreatePersonalAccessTokenResponse],
    style: JsonStyle,
) -> Vec<u8> {
    let hint = items.iter().map(|r| size_hint(r, style) + 4).sum::<usize>() + 2;
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
