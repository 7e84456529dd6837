//! The edge between C and Rust: every exported function runs its body
//! through `call`, so a panic never unwinds into C and every failure
//! becomes a status code plus, on request, an owned error object.

use std::any::Any;
use std::ffi::c_char;
use std::panic::{self, AssertUnwindSafe};

use crate::ffi::error::{isc_pat_error, Failure};
use crate::ffi::ptr;
use crate::ffi::status::isc_pat_status;
use crate::json::ParseMode;
use crate::model::error::Error;

/// Runs `body` and maps its outcome.
///
/// On success `*error` (when `error` is not NULL) is set to NULL; on failure
/// it receives a new error object that the caller frees.
///
/// # Safety
/// `error` is NULL or points to writable storage for one pointer.
pub(crate) unsafe fn call(
    error: *mut *mut isc_pat_error,
    body: impl FnOnce() -> Result<(), Failure>,
) -> isc_pat_status {
    // AssertUnwindSafe: a panicking body leaves no partly-changed state
    // behind, because objects are immutable and outputs are written last.
    let result = panic::catch_unwind(AssertUnwindSafe(body)).unwrap_or_else(|payload| {
        Err(Failure::new(
            isc_pat_status::Panic,
            None,
            format!("internal error: {}", panic_message(payload.as_ref())),
        ))
    });
    let (status, error_object) = match result {
        Ok(()) => (isc_pat_status::Ok, std::ptr::null_mut()),
        Err(f) => (f.status, Box::into_raw(Box::new(isc_pat_error::from(f)))),
    };
    if error.is_null() {
        // SAFETY: the object was just created and nobody else holds it.
        if !error_object.is_null() {
            drop(unsafe { Box::from_raw(error_object) });
        }
    } else {
        // SAFETY: the caller guarantees `error` is writable (see above).
        unsafe { ptr::put_raw(error, error_object) };
    }
    status
}

/// The body of every `*_parse` function: checks `out` (set to NULL first),
/// borrows the JSON bytes, parses them with `parse` in the mode `strict`
/// names, and hands the result to C as a new handle made by `wrap`.
///
/// # Safety
/// `json` is NULL or points to `json_len` readable bytes; `out` and `error`
/// are NULL or writable.
pub(crate) unsafe fn parse_into_handle<T, H>(
    json: *const c_char,
    json_len: usize,
    strict: bool,
    out: *mut *mut H,
    error: *mut *mut isc_pat_error,
    parse: impl FnOnce(&[u8], ParseMode) -> Result<T, Error>,
    wrap: impl FnOnce(T) -> H,
) -> isc_pat_status {
    // SAFETY: the caller keeps the contract above.
    unsafe {
        call(error, || {
            ptr::new_handle(out, || {
                let json = ptr::bytes(json, json_len, "json")?;
                let mode = if strict {
                    ParseMode::Strict
                } else {
                    ParseMode::Lenient
                };
                let value = parse(json, mode)?;
                Ok(wrap(value))
            })
        })
    }
}

/// Runs a body that cannot report an error object (free functions, simple
/// getters), still keeping panics on the Rust side. A panic gives `fallback`.
pub(crate) fn call_infallible<T>(fallback: T, body: impl FnOnce() -> T) -> T {
    panic::catch_unwind(AssertUnwindSafe(body)).unwrap_or(fallback)
}

fn panic_message(payload: &(dyn Any + Send)) -> &str {
    payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("a panic without a message")
}
