//! Text across the boundary: `isc_pat_str`, the form of every text
//! argument, and the strings the library allocates for the caller (JSON
//! text) with their free function, which wipes the bytes: the JSON holds
//! the secret.

use std::ffi::CString;

use libc::{c_char, size_t};

use crate::ffi::boundary::call_infallible;
use crate::ffi::failure::Failure;
use crate::ffi::ptr;
pub use crate::ffi::ptr::isc_pat_str;
pub(crate) use crate::wipe::wipe;

/// Turns JSON bytes into an owned C string. The text moves into a block of
/// exactly its length and the terminator, and the old block is wiped, so
/// neither adding the terminator nor turning the buffer into a `CString`
/// reallocates and leaves an unwiped copy behind.
///
/// The bytes are not scanned for NUL: serde_json escapes every control
/// character (NUL included, as `\u0000`), so JSON text never contains a
/// NUL byte.
pub(crate) fn into_c_string(mut text: Vec<u8>) -> *mut c_char {
    let mut json = Vec::with_capacity(text.len() + 1);
    json.extend_from_slice(&text);
    wipe(&mut text);
    debug_assert!(!json.contains(&0), "JSON text holds a NUL byte");
    json.push(0);
    // SAFETY: `json` ends with its only NUL byte (see above; checked in
    // debug builds). The capacity equals the length now, so the conversion
    // to a boxed slice does not reallocate.
    unsafe { CString::from_vec_with_nul_unchecked(json) }.into_raw()
}

/// The body of every `*_to_json` function: sets `*out_json` to NULL, runs
/// `write`, and hands its JSON text to C as a new string, its length to
/// `*out_len` (when given).
pub(crate) fn json_out(
    out_json: Option<&mut *mut c_char>,
    out_len: Option<&mut size_t>,
    write: impl FnOnce() -> Result<Vec<u8>, Failure>,
) -> Result<(), Failure> {
    let out_json = ptr::out(out_json, "out_json")?;
    *out_json = std::ptr::null_mut();
    let json = write()?;
    if let Some(out_len) = out_len {
        *out_len = json.len();
    }
    *out_json = into_c_string(json);
    Ok(())
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
        // SAFETY: per the contract, `s` came from `into_c_string` above.
        let owned = unsafe { ptr::take_c_string(s) };
        let mut bytes = owned.into_bytes_with_nul();
        wipe(&mut bytes);
    })
}
