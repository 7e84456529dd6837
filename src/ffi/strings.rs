//! Strings the library allocates for the caller (JSON text) and their free
//! function, which wipes the bytes: the JSON holds the secret.

use std::ffi::{c_char, CString};

use zeroize::Zeroize;

use crate::ffi::boundary::call_infallible;

/// Turns JSON bytes (which never contain a NUL byte: JSON escapes it) into
/// an owned C string. `json` must have one spare byte of capacity so adding
/// the terminator does not reallocate and leave a copy behind.
pub(crate) fn into_c_string(mut json: Vec<u8>) -> *mut c_char {
    debug_assert!(json.capacity() > json.len());
    json.push(0);
    match CString::from_vec_with_nul(json) {
        Ok(c) => c.into_raw(),
        Err(e) => {
            // Unreachable: the JSON writer escapes every control character.
            let mut bytes = e.into_bytes();
            bytes.zeroize();
            std::ptr::null_mut()
        }
    }
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
        owned.into_bytes_with_nul().zeroize();
    })
}
