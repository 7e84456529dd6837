//! JSON string escaping, shared by the exact-size pass and the write pass.

/// For each byte: 0 when it is written as is, otherwise the letter after the
/// backslash (`u` meaning `\u00XX`). Same choices as `serde_json`: only `"`,
/// `\` and control characters are escaped; everything else is UTF-8 as is.
static ESCAPE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = b'u';
        b += 1;
    }
    table[0x08] = b'b';
    table[0x09] = b't';
    table[0x0a] = b'n';
    table[0x0c] = b'f';
    table[0x0d] = b'r';
    table[b'"' as usize] = b'"';
    table[b'\\' as usize] = b'\\';
    table
};

/// The offset of the first byte in `b` that a JSON string cannot hold as
/// is: `"`, `\\` or a control character (below 0x20); `b.len()` when there
/// is none. These are exactly the bytes [`ESCAPE`] escapes, and the bytes
/// that end a plain run when parsing. Eight bytes at a time: for each test,
/// the lowest flagged byte of a word is exact (a borrow only flags bytes
/// above a real match).
pub(crate) fn plain_run_len(b: &[u8]) -> usize {
    let mut chunks = b.chunks_exact(8);
    let mut offset = 0;
    for chunk in &mut chunks {
        let flagged = flagged(word(chunk));
        if flagged != 0 {
            return offset + (flagged.trailing_zeros() / 8) as usize;
        }
        offset += 8;
    }
    let rest = chunks.remainder();
    offset
        + rest
            .iter()
            .position(|&c| ESCAPE[c as usize] != 0)
            .unwrap_or(rest.len())
}

/// Eight bytes as a little-endian word (`chunk` holds exactly eight).
fn word(chunk: &[u8]) -> u64 {
    let mut word = [0u8; 8];
    word.copy_from_slice(chunk);
    u64::from_le_bytes(word)
}

/// The high bit of each byte of `x` that may need escaping. Not every
/// flag is exact (a borrow can flag a byte above a real match), but the
/// lowest one is, and there is a flag exactly when some byte needs escaping.
fn flagged(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let quote = x ^ (ONES * u64::from(b'"'));
    let backslash = x ^ (ONES * u64::from(b'\\'));
    ((quote.wrapping_sub(ONES) & !quote)
        | (backslash.wrapping_sub(ONES) & !backslash)
        | (x.wrapping_sub(ONES * 0x20) & !x))
        & HIGH
}

/// Whether any byte of `b` needs escaping. Unlike [`plain_run_len`] it does
/// not stop at the first one: the words are combined without branches, the
/// last (partial) word overlapping the one before it.
pub(crate) fn needs_escape(b: &[u8]) -> bool {
    if b.len() < 8 {
        return b.iter().any(|&c| ESCAPE[c as usize] != 0);
    }
    let mut chunks = b.chunks_exact(8);
    let mut any = 0;
    for chunk in &mut chunks {
        any |= flagged(word(chunk));
    }
    if !chunks.remainder().is_empty() {
        any |= flagged(word(&b[b.len() - 8..]));
    }
    any != 0
}

/// The length of `s` once quoted and escaped.
pub(crate) fn quoted_len(s: &str) -> usize {
    let bytes = s.as_bytes();
    if !needs_escape(bytes) {
        return s.len() + 2;
    }
    let mut extra = 0;
    let mut i = plain_run_len(bytes);
    while i < bytes.len() {
        extra += if ESCAPE[bytes[i] as usize] == b'u' {
            5
        } else {
            1
        };
        i += 1;
        i += plain_run_len(&bytes[i..]);
    }
    s.len() + extra + 2
}

/// Appends `s` quoted and escaped.
pub(crate) fn write_quoted(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let bytes = s.as_bytes();
    out.push('"');
    let mut start = 0;
    let mut i = plain_run_len(bytes);
    while i < bytes.len() {
        // `i` is at an ASCII byte, so both slices are on char boundaries.
        out.push_str(&s[start..i]);
        let b = bytes[i];
        match ESCAPE[b as usize] {
            b'u' => {
                out.push_str("\\u00");
                out.push(char::from(HEX[(b >> 4) as usize]));
                out.push(char::from(HEX[(b & 0xf) as usize]));
            }
            letter => {
                out.push('\\');
                out.push(char::from(letter));
            }
        }
        i += 1;
        start = i;
        i += plain_run_len(&bytes[i..]);
    }
    out.push_str(&s[start..]);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_quotes_backslashes_and_controls_only() {
        let s = "a\"b\\c\n\u{1}/é😀\u{7f}";
        let mut out = String::new();
        write_quoted(&mut out, s);
        assert_eq!(out, "\"a\\\"b\\\\c\\n\\u0001/é😀\u{7f}\"");
        assert_eq!(quoted_len(s), out.len());
    }

    #[test]
    fn plain_runs_end_exactly_at_the_first_byte_to_escape() {
        for len in 0..40 {
            for at in 0..=len {
                for special in [b'"', b'\\', 0x00, 0x1f, b'\n'] {
                    let mut b = vec![b'a'; len];
                    // Bytes that must not end a run, around the special one.
                    for (i, c) in b.iter_mut().enumerate() {
                        *c = [b'a', 0x20, 0x7f, 0x80, 0xff, b'!', b'#', b'[', b']'][i % 9];
                    }
                    if at < len {
                        b[at] = special;
                        if at + 1 < len {
                            b[at + 1] = special; // a later match must not win
                        }
                    }
                    assert_eq!(
                        plain_run_len(&b),
                        at,
                        "len {len}, at {at}, byte {special:#x}"
                    );
                }
            }
        }
    }

    #[test]
    fn needs_escape_finds_any_byte_to_escape_at_any_position() {
        for len in 0..40 {
            let plain: Vec<u8> = (0..len)
                .map(|i| [b'a', 0x20, 0x7f, 0x80, 0xff, b'!', b'#', b'[', b']'][i % 9])
                .collect();
            assert!(!needs_escape(&plain), "len {len}");
            for at in 0..len {
                for special in [b'"', b'\\', 0x00, 0x1f, b'\n'] {
                    let mut b = plain.clone();
                    b[at] = special;
                    assert!(needs_escape(&b), "len {len}, at {at}, byte {special:#x}");
                }
            }
        }
        for c in 0..=255u8 {
            assert_eq!(needs_escape(&[c; 9]), ESCAPE[c as usize] != 0, "{c:#x}");
            assert_eq!(needs_escape(&[c]), ESCAPE[c as usize] != 0, "{c:#x}");
        }
    }

    #[test]
    fn escaping_by_runs_matches_byte_by_byte() {
        let s = "plain text \u{0}\u{1f} \"q\" back\\slash\ttab é😀 long run of plain text here\r\n";
        let mut expected = String::from("\"");
        for c in s.chars() {
            match c {
                '"' => expected.push_str("\\\""),
                '\\' => expected.push_str("\\\\"),
                '\u{8}' => expected.push_str("\\b"),
                '\t' => expected.push_str("\\t"),
                '\n' => expected.push_str("\\n"),
                '\u{c}' => expected.push_str("\\f"),
                '\r' => expected.push_str("\\r"),
                c if (c as u32) < 0x20 => expected.push_str(&format!("\\u{:04x}", c as u32)),
                c => expected.push(c),
            }
        }
        expected.push('"');
        let mut out = String::new();
        write_quoted(&mut out, s);
        assert_eq!(out, expected);
        assert_eq!(quoted_len(s), expected.len());
    }
}
