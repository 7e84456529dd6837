//! Text across the boundary: UTF-8 text borrowed from the caller, and the
//! strings the library allocates for the caller (JSON text) with their free
//! function, which wipes the bytes: the JSON holds the secret.

use std::ffi::{c_char, CString};

use zeroize::Zeroize;

use crate::ffi::boundary::call_infallible;
use crate::ffi::error::Failure;
use crate::ffi::ptr;

/// Borrows UTF-8 text given as pointer and length, exactly as
/// [`ptr::text`] does (same contract, same failures), with a shortcut for
/// the common case: text that is all ASCII is valid UTF-8 without the full
/// validation. Anything else (NULL, a length too large, non-ASCII bytes)
/// goes through [`ptr::text`].
///
/// # Safety
/// As for [`ptr::text`].
pub(crate) unsafe fn text<'a>(
    ptr: *const c_char,
    len: usize,
    field: &str,
) -> Result<&'a str, Failure> {
    if !ptr.is_null() && len <= isize::MAX as usize {
        // SAFETY: not NULL, `len <= isize::MAX`, and the caller guarantees
        // `len` readable bytes for 'a.
        let bytes = unsafe { std::slice::from_raw_parts(ptr.cast::<u8>(), len) };
        if bytes.is_ascii() {
            // SAFETY: ASCII bytes are valid UTF-8.
            return Ok(unsafe { std::str::from_utf8_unchecked(bytes) });
        }
    }
    // SAFETY: the caller keeps the contract.
    unsafe { ptr::text(ptr, len, field) }
}

/// Turns JSON bytes into an owned C string. `json` must have exactly one
/// spare byte of capacity, so that neither adding the terminator nor
/// turning the buffer into a `CString` reallocates and leaves an unwiped
/// copy behind.
///
/// The bytes are not scanned for NUL: the JSON writer escapes every control
/// character (NUL included, as `\u0000`) and writes nothing else below
/// 0x20, so JSON text never contains a NUL byte.
pub(crate) fn into_c_string(mut json: Vec<u8>) -> *mut c_char {
    debug_assert_eq!(json.capacity(), json.len() + 1);
    debug_assert!(!json.contains(&0), "JSON text holds a NUL byte");
    json.push(0);
    // SAFETY: `json` ends with its only NUL byte: the writer never emits a
    // NUL (see above; checked in debug builds). The capacity equals the
    // length now, so the conversion to a boxed slice does not reallocate.
    unsafe { CString::from_vec_with_nul_unchecked(json) }.into_raw()
}

/// Overwrites `bytes` with zeros in writes the compiler may not remove,
/// eight bytes at a time where aligned.
fn wipe(bytes: &mut [u8]) {
    // SAFETY: every bit pattern is a valid `u8` and a valid `u64`, so
    // viewing the aligned middle of the buffer as words is sound.
    let (head, words, tail) = unsafe { bytes.align_to_mut::<u64>() };
    head.zeroize();
    words.zeroize();
    tail.zeroize();
}

/// Frees a string returned by this library (JSON text), first overwriting
/// its bytes with zeros. NULL is ignored. Call exactly once per string.
///
/// # Safety
/// `s` is NULL or a string returned by an `isc_pat_*_to_json` function and
/// not yet freed.
#[no_mangle]
pub unsafe extern "C" fn isc_pat_string_free(s: *mut c_char) {
    if s.is_null() {
        return;
    }
    call_infallible((), || {
        // SAFETY: per the contract, `s` came from `CString::into_raw` above.
        let owned = unsafe { CString::from_raw(s) };
        let mut bytes = owned.into_bytes_with_nul();
        wipe(&mut bytes);
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wipe_clears_every_byte_at_any_alignment_and_length() {
        let mut buf = [0xa5u8; 80];
        for start in 0..9 {
            for len in 0..(80 - start) {
                buf.fill(0xa5);
                wipe(&mut buf[start..start + len]);
                assert!(buf[start..start + len].iter().all(|&b| b == 0));
                assert!(buf[..start].iter().all(|&b| b == 0xa5));
                assert!(buf[start + len..].iter().all(|&b| b == 0xa5));
            }
        }
    }

    #[test]
    fn text_takes_ascii_directly_and_checks_everything_else() {
        let cases: [&[u8]; 6] = [
            b"",
            b"plain",
            b"with\0nul",
            "Niño 😀".as_bytes(),
            b"\xff",
            b"a\xc3",
        ];
        for bytes in cases {
            // SAFETY: `bytes` is valid for its length.
            let fast = unsafe { text(bytes.as_ptr().cast(), bytes.len(), "f") };
            let full = unsafe { ptr::text(bytes.as_ptr().cast(), bytes.len(), "f") };
            match (fast, full) {
                (Ok(a), Ok(b)) => assert_eq!(a, b),
                (Err(a), Err(b)) => assert_eq!(
                    (a.status, a.field, a.problem),
                    (b.status, b.field, b.problem)
                ),
                (a, b) => panic!("{bytes:?}: {a:?} vs {b:?}"),
            }
        }
        // SAFETY: NULL is checked.
        let null = unsafe { text(std::ptr::null(), 3, "f") }.unwrap_err();
        assert_eq!(
            null.status,
            crate::ffi::status::isc_pat_status::NullArgument
        );
    }

    #[test]
    fn c_strings_keep_the_text_and_are_freed() {
        let mut json = Vec::with_capacity(3);
        json.extend_from_slice(b"{}");
        let s = into_c_string(json);
        // SAFETY: `s` was just returned by `into_c_string`.
        unsafe {
            assert_eq!(std::ffi::CStr::from_ptr(s).to_bytes(), b"{}");
            isc_pat_string_free(s);
        }
    }
}
