//! The edge between C and Rust: every exported function runs its body
//! through `call`, so a panic never unwinds into C and every failure
//! becomes a status code plus, on request, an owned error object.

use std::any::Any;
use std::panic::{self, AssertUnwindSafe};

use libc::{c_char, size_t};

use crate::ffi::error::isc_pat_error;
use crate::ffi::failure::Failure;
use crate::ffi::ptr::{self, isc_pat_str};
use crate::ffi::status::isc_pat_status;
use crate::json::ParseMode;
use crate::model::error::Error;

/// Runs `body` and maps its outcome.
///
/// On success `*error` (when `error` is given) is set to NULL; on failure
/// it receives a new error object that the caller frees.
pub(crate) fn call(
    error: Option<&mut *mut isc_pat_error>,
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
    match result {
        Ok(()) => {
            if let Some(error) = error {
                *error = std::ptr::null_mut();
            }
            isc_pat_status::Ok
        }
        Err(f) => {
            let status = f.status;
            if let Some(error) = error {
                *error = ptr::into_handle(isc_pat_error::from(f));
            }
            status
        }
    }
}

/// The body of every `*_parse` function: checks `out` (set to NULL first),
/// borrows the JSON bytes, parses them with `parse` in the mode `strict`
/// names, and hands the result to C as a new handle made by `wrap`.
///
/// # Safety
/// `json.ptr` is NULL or points to `json.len` readable bytes.
pub(crate) unsafe fn parse_into_handle<T, H>(
    json: isc_pat_str,
    strict: bool,
    out: Option<&mut *mut H>,
    error: Option<&mut *mut isc_pat_error>,
    parse: impl FnOnce(&[u8], ParseMode) -> Result<T, Error>,
    wrap: impl FnOnce(T) -> H,
) -> isc_pat_status {
    call(error, || {
        ptr::new_handle(out, || {
            // SAFETY: the caller keeps the contract above.
            let json = unsafe { ptr::slice(json.ptr.cast::<u8>(), json.len, "json")? };
            let mode = if strict {
                ParseMode::Strict
            } else {
                ParseMode::Lenient
            };
            Ok(wrap(parse(json, mode)?))
        })
    })
}

/// The body of every text getter: borrows the object behind `handle`
/// (NULL_ARGUMENT naming `name`), reads one of its texts with `field`, and
/// copies it into the caller's buffer as "Reading text" in the header says.
///
/// # Safety
/// `buf` is NULL or points to `cap` writable bytes.
pub(crate) unsafe fn text_getter<T>(
    handle: Option<&T>,
    name: &str,
    buf: *mut c_char,
    cap: size_t,
    out_len: Option<&mut size_t>,
    error: Option<&mut *mut isc_pat_error>,
    field: impl FnOnce(&T) -> Result<&str, Failure>,
) -> isc_pat_status {
    call(error, || {
        let object = ptr::object(handle, name)?;
        let text = field(object)?;
        // SAFETY: the caller keeps the contract above.
        unsafe { ptr::copy_out(text.as_bytes(), buf, cap, out_len) }
    })
}

/// The body of every getter of a number or handle: checks `out`, borrows
/// the object behind `handle` and writes what `field` reads from it.
pub(crate) fn value_getter<T, V>(
    handle: Option<&T>,
    name: &str,
    out: Option<&mut V>,
    error: Option<&mut *mut isc_pat_error>,
    field: impl FnOnce(&T) -> Result<V, Failure>,
) -> isc_pat_status {
    call(error, || {
        let out = ptr::out(out, "out")?;
        *out = field(ptr::object(handle, name)?)?;
        Ok(())
    })
}

/// Runs a body that cannot report an error object (free functions), still
/// keeping panics on the Rust side. A panic gives `fallback`.
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
