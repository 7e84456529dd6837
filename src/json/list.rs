//! JSON arrays of responses, written in one exactly-sized buffer.
//!
//! Each item is written by the single-object writer and copied into the
//! array; the item buffers are wiped as soon as they are copied, since they
//! hold secrets. In the indented form, every line of an item gains two
//! spaces: JSON strings cannot contain a raw line break (the writer escapes
//! it), so every `\n` in an item's text is a line break of the layout.

use zeroize::Zeroize;

use crate::json::write::{response_to_vec, JsonStyle};
use crate::model::response::CreatePersonalAccessTokenResponse;

/// Writes `items` as one JSON array with `extra` spare bytes of capacity.
pub(crate) fn list_to_vec<'r>(
    items: impl Iterator<Item = &'r CreatePersonalAccessTokenResponse>,
    style: JsonStyle,
    extra: usize,
) -> Vec<u8> {
    let mut parts: Vec<Vec<u8>> = items.map(|r| response_to_vec(r, style, 0)).collect();
    let pretty = style == JsonStyle::Pretty;
    let item_bytes: usize = parts
        .iter()
        .map(|p| {
            p.len()
                + if pretty {
                    2 * (1 + p.iter().filter(|&&c| c == b'\n').count())
                } else {
                    0
                }
        })
        .sum();
    // Brackets, a comma between items, and in the indented form a line
    // break after '[' and after each item.
    let layout = 2
        + parts.len().saturating_sub(1)
        + if pretty && !parts.is_empty() {
            parts.len() + 1
        } else {
            0
        };
    let mut out = Vec::with_capacity(item_bytes + layout + extra);
    out.push(b'[');
    for (i, part) in parts.iter_mut().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        if pretty {
            out.extend_from_slice(b"\n  ");
            for (n, line) in part.split(|&c| c == b'\n').enumerate() {
                if n > 0 {
                    out.extend_from_slice(b"\n  ");
                }
                out.extend_from_slice(line);
            }
        } else {
            out.extend_from_slice(part);
        }
        part.zeroize();
    }
    if pretty && !parts.is_empty() {
        out.push(b'\n');
    }
    out.push(b']');
    // The size was exact, so `out` never reallocated (no unwiped copy).
    debug_assert_eq!(out.len(), item_bytes + layout);
    out
}

impl CreatePersonalAccessTokenResponse {
    /// Writes `items` as one JSON array: `[a,b]` in the compact form; in the
    /// indented form one item per block, indented by two spaces. No items
    /// give `[]`.
    pub fn list_to_json<'r>(items: impl IntoIterator<Item = &'r Self>, style: JsonStyle) -> String {
        // Every byte comes from the UTF-8 writer or is ASCII layout.
        String::from_utf8(list_to_vec(items.into_iter(), style, 0)).expect("JSON output is UTF-8")
    }
}
