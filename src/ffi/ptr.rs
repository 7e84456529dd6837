//! The only place raw pointers from C are turned into Rust values. Each
//! helper states the contract the C caller must keep (documented in the
//! header) and turns every checkable violation — NULL, bad UTF-8, a length
//! too large to be real — into a `Failure` instead of undefined behaviour.

use std::ffi::c_char;
use std::ptr::NonNull;

use crate::ffi::error::Failure;
use crate::ffi::status::isc_pat_status;

/// Borrows UTF-8 text given as pointer and length (no terminator needed;
/// an embedded NUL is an ordinary character).
///
/// # Safety
/// When `ptr` is not NULL it points to `len` readable bytes that stay valid
/// and unchanged for `'a`.
pub(crate) unsafe fn text<'a>(
    ptr: *const c_char,
    len: usize,
    field: &str,
) -> Result<&'a str, Failure> {
    let bytes = unsafe { bytes(ptr, len, field)? };
    if bytes.is_ascii() {
        // SAFETY: ASCII is valid UTF-8. The common case (ids, dates, hex
        // secrets) skips the full validation.
        return Ok(unsafe { std::str::from_utf8_unchecked(bytes) });
    }
    std::str::from_utf8(bytes).map_err(|e| {
        Failure::new(
            isc_pat_status::InvalidUtf8,
            Some(field),
            format!("invalid UTF-8 at byte offset {}", e.valid_up_to()),
        )
    })
}

/// Borrows `len` bytes at `ptr`.
///
/// # Safety
/// As for [`text`].
pub(crate) unsafe fn bytes<'a>(
    ptr: *const c_char,
    len: usize,
    field: &str,
) -> Result<&'a [u8], Failure> {
    if ptr.is_null() {
        return Err(Failure::null_argument(field));
    }
    if len > isize::MAX as usize {
        return Err(Failure::new(
            isc_pat_status::OutOfRange,
            Some(field),
            format!("length {len} is larger than any buffer can be"),
        ));
    }
    // SAFETY: not NULL, and the caller guarantees `len` readable bytes for 'a;
    // `len <= isize::MAX` as `from_raw_parts` requires.
    Ok(unsafe { std::slice::from_raw_parts(ptr.cast::<u8>(), len) })
}

/// Borrows the object behind a handle.
///
/// # Safety
/// When `handle` is not NULL it is a live handle of type `T` returned by
/// this library and not yet freed, valid for `'a`.
pub(crate) unsafe fn object<'a, T>(handle: *const T, name: &str) -> Result<&'a T, Failure> {
    // SAFETY: see the contract above; NULL is checked here.
    unsafe { handle.as_ref() }.ok_or_else(|| Failure::null_argument(name))
}

/// Checks an output pointer before any work is done, so that a NULL output
/// fails fast and nothing is allocated for nobody.
pub(crate) fn out<T>(out: *mut T, name: &str) -> Result<NonNull<T>, Failure> {
    NonNull::new(out).ok_or_else(|| Failure::null_argument(name))
}

/// Fills a handle output: checks `out`, sets `*out` to NULL (so it is NULL
/// whenever the call fails), runs `make`, and on success hands the new
/// object to C through `*out`.
///
/// # Safety
/// `out` is NULL or points to writable storage for one pointer.
pub(crate) unsafe fn new_handle<H>(
    out: *mut *mut H,
    make: impl FnOnce() -> Result<H, Failure>,
) -> Result<(), Failure> {
    let out = self::out(out, "out")?;
    // SAFETY: `out` is not NULL and, per the contract, writable.
    unsafe { put(out, std::ptr::null_mut()) };
    let value = make()?;
    // SAFETY: as above.
    unsafe { put(out, into_handle(value)) };
    Ok(())
}

/// Writes `value` through a checked output pointer.
///
/// # Safety
/// `out` points to writable storage for a `T`.
pub(crate) unsafe fn put<T>(out: NonNull<T>, value: T) {
    // SAFETY: per the contract; `write` does not drop the old (possibly
    // uninitialised) contents.
    unsafe { out.as_ptr().write(value) }
}

/// Writes `value` through a raw pointer known to be non-NULL and writable.
///
/// # Safety
/// `out` is not NULL and points to writable storage for a `T`.
pub(crate) unsafe fn put_raw<T>(out: *mut T, value: T) {
    // SAFETY: per the contract.
    unsafe { out.write(value) }
}

/// Moves a value to the heap and hands its ownership to C.
pub(crate) fn into_handle<T>(value: T) -> *mut T {
    Box::into_raw(Box::new(value))
}

/// Takes back ownership of a handle and drops it; NULL is ignored.
///
/// # Safety
/// `handle` is NULL or was returned by [`into_handle`] for this `T` and is
/// not used again.
pub(crate) unsafe fn free_handle<T>(handle: *mut T) {
    if !handle.is_null() {
        // SAFETY: per the contract, we own it now.
        drop(unsafe { Box::from_raw(handle) });
    }
}

/// Copies `text` and a NUL terminator into the caller's buffer.
///
/// `*out_len` (when `out_len` is not NULL) always receives the length of
/// `text` without the terminator, so a caller can ask for the size with
/// `buf = NULL, cap = 0`. Fails with `BufferTooSmall`, writing nothing to
/// `buf`, when `cap < len + 1`.
///
/// # Safety
/// `buf` is NULL or points to `cap` writable bytes; `out_len` is NULL or
/// writable.
pub(crate) unsafe fn copy_out(
    text: &[u8],
    buf: *mut c_char,
    cap: usize,
    out_len: *mut usize,
) -> Result<(), Failure> {
    if !out_len.is_null() {
        // SAFETY: per the contract.
        unsafe { out_len.write(text.len()) };
    }
    if cap <= text.len() {
        return Err(Failure::new(
            isc_pat_status::BufferTooSmall,
            None,
            format!(
                "a buffer of {cap} bytes cannot hold {} bytes and the NUL terminator",
                text.len()
            ),
        ));
    }
    if buf.is_null() {
        return Err(Failure::null_argument("buf"));
    }
    // SAFETY: `buf` has `cap > text.len()` writable bytes, and cannot overlap
    // `text`, which this library owns.
    unsafe {
        std::ptr::copy_nonoverlapping(text.as_ptr(), buf.cast::<u8>(), text.len());
        buf.add(text.len()).write(0);
    }
    Ok(())
}
