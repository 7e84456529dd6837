//! The exported error object: a status, the field at fault and a message,
//! handed to the caller instead of any thread-local "last error".

use std::ffi::CString;

use libc::c_char;

use crate::ffi::failure::Failure;
use crate::ffi::status::isc_pat_status;

/// An error: status code, optional field path and a UTF-8 message.
/// Created by a failed call, released with `isc_pat_error_free`.
#[allow(non_camel_case_types)]
pub struct isc_pat_error {
    status: isc_pat_status,
    field: Option<CString>,
    message: CString,
}

/// A C string from `text`; an interior NUL (impossible in the messages this
/// library writes, but cheap to guard) is shown as `\0` instead of cutting.
fn c_string(text: String) -> CString {
    CString::new(text).unwrap_or_else(|e| {
        let escaped = String::from_utf8_lossy(&e.into_vec()).replace('\0', "\\0");
        CString::new(escaped).unwrap_or_default()
    })
}

impl From<Failure> for isc_pat_error {
    fn from(f: Failure) -> Self {
        let message = match &f.field {
            Some(field) => format!("{field}: {}", f.problem),
            None => f.problem,
        };
        isc_pat_error {
            status: f.status,
            field: f.field.map(c_string),
            message: c_string(message),
        }
    }
}

/// The status code of an error. NULL gives `ISC_PAT_STATUS_NULL_ARGUMENT`.
///
/// Thread-safety: any thread may read an error that no thread is freeing.
///
/// # Safety
/// `error` is NULL or a live error returned by this library.
#[no_mangle]
pub extern "C" fn isc_pat_error_status(error: Option<&isc_pat_error>) -> isc_pat_status {
    error.map_or(isc_pat_status::NullArgument, |e| e.status)
}

/// The message of an error: UTF-8, NUL-terminated, starting with the field
/// path when there is one (`"owner.type: unknown owner type ..."`). It never
/// contains the secret. The pointer is borrowed: valid until the error is
/// freed; do not free it. NULL `error` gives NULL.
///
/// # Safety
/// `error` is NULL or a live error returned by this library.
#[no_mangle]
pub extern "C" fn isc_pat_error_message(error: Option<&isc_pat_error>) -> *const c_char {
    error.map_or(std::ptr::null(), |e| e.message.as_ptr())
}

/// The path of the field at fault (`"id"`, `"owner.type"`, `"scope[2]"`, or
/// the name of a NULL parameter), or NULL when the error concerns the input
/// as a whole. Borrowed like the message.
///
/// # Safety
/// `error` is NULL or a live error returned by this library.
#[no_mangle]
pub extern "C" fn isc_pat_error_field(error: Option<&isc_pat_error>) -> *const c_char {
    error
        .and_then(|e| e.field.as_ref())
        .map_or(std::ptr::null(), |f| f.as_ptr())
}

/// Frees an error. NULL is ignored. Call exactly once per error.
///
/// # Safety
/// `error` is NULL or a live error returned by this library, not used after.
#[no_mangle]
pub unsafe extern "C" fn isc_pat_error_free(error: *mut isc_pat_error) {
    // SAFETY: per the contract.
    unsafe { crate::ffi::ptr::free_handle(error) }
}
