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

/// The length of `s` once quoted and escaped.
pub(crate) fn quoted_len(s: &str) -> usize {
    let extra: usize = s
        .bytes()
        .map(|b| match ESCAPE[b as usize] {
            0 => 0,
            b'u' => 5,
            _ => 1,
        })
        .sum();
    s.len() + extra + 2
}

/// Appends `s` quoted and escaped.
pub(crate) fn write_quoted(out: &mut Vec<u8>, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let bytes = s.as_bytes();
    out.push(b'"');
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let esc = ESCAPE[b as usize];
        if esc == 0 {
            continue;
        }
        out.extend_from_slice(&bytes[start..i]);
        match esc {
            b'u' => out.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[(b >> 4) as usize],
                HEX[(b & 0xf) as usize],
            ]),
            letter => out.extend_from_slice(&[b'\\', letter]),
        }
        start = i + 1;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_quotes_backslashes_and_controls_only() {
        let s = "a\"b\\c\n\u{1}/é😀\u{7f}";
        let mut out = Vec::new();
        write_quoted(&mut out, s);
        assert_eq!(
            String::from_utf8(out.clone()).unwrap(),
            "\"a\\\"b\\\\c\\n\\u0001/é😀\u{7f}\""
        );
        assert_eq!(quoted_len(s), out.len());
    }
}
