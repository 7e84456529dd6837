//! Strings the library allocates for the caller (JSON text) and their free
//! function, which wipes the bytes: the JSON holds the secret.

use std::ffi::{c_char, CString};

use zeroize::Zeroize;

use crate::ffi::boundary::call_infallible;

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
pub(crate) fn wipe(bytes: &mut [u8]) {
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
