//! The only place raw pointers from C are turned into Rust values. Each
//! helper states the contract the C caller must keep (documented in the
//! header) and turns every checkable violation — NULL, bad UTF-8, a length
//! too large to be real — into a `Failure` instead of undefined behaviour.
//!
//! Handles and outputs cross the boundary as `Option<&T>` and
//! `Option<&mut *mut T>`, which the compiler checks; what is left here is
//! pointer-plus-length input, the caller's text buffer and freeing.

use libc::{c_char, size_t};

use crate::ffi::failure::Failure;
use crate::ffi::status::isc_pat_status;

/// A borrowed UTF-8 string, the form of every text argument: `len` bytes
/// at `ptr`, no terminator needed, an embedded NUL an ordinary character.
/// `ptr` must not be NULL, even for `len` 0 (any valid pointer will do).
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct isc_pat_str {
    /// The first byte.
    pub ptr: *const c_char,
    /// The number of bytes.
    pub len: size_t,
}

/// Borrows `len` items at `ptr`, refusing NULL and a count whose byte size
/// no buffer can have.
///
/// # Safety
/// When `ptr` is not NULL it points to `len` readable, initialised items
/// that stay valid and unchanged for `'a`.
pub(crate) unsafe fn slice<'a, T>(
    ptr: *const T,
    len: size_t,
    name: &str,
) -> Result<&'a [T], Failure> {
    if ptr.is_null() {
        return Err(Failure::null_argument(name));
    }
    if len > isize::MAX as usize / std::mem::size_of::<T>().max(1) {
        return Err(Failure::new(
            isc_pat_status::OutOfRange,
            Some(name),
            format!("length {len} is larger than any buffer can be"),
        ));
    }
    // SAFETY: not NULL, `len` items per the contract, and the byte size
    // fits in isize (checked above), as `from_raw_parts` requires.
    Ok(unsafe { std::slice::from_raw_parts(ptr, len) })
}

/// Borrows an array of `len` handles, each NULL or live.
///
/// # Safety
/// As for [`slice`]; moreover each pointer is NULL or a live handle of type
/// `T` returned by this library, valid for `'a`.
pub(crate) unsafe fn handles<'a, T>(
    ptr: *const *const T,
    len: size_t,
    name: &str,
) -> Result<&'a [Option<&'a T>], Failure> {
    // SAFETY: `Option<&T>` has the layout of `*const T`, NULL being `None`;
    // each non-NULL pointer is a live `T` (contract).
    unsafe { slice(ptr.cast::<Option<&'a T>>(), len, name) }
}

/// Borrows the UTF-8 text of an `isc_pat_str` (no terminator needed; an
/// embedded NUL is an ordinary character).
///
/// # Safety
/// As for [`slice`], with `text.ptr` and `text.len` bytes.
pub(crate) unsafe fn text<'a>(text: isc_pat_str, field: &str) -> Result<&'a str, Failure> {
    // SAFETY: the caller keeps the contract of `slice`.
    let bytes = unsafe { slice(text.ptr.cast::<u8>(), text.len, field)? };
    std::str::from_utf8(bytes).map_err(|e| {
        Failure::new(
            isc_pat_status::InvalidUtf8,
            Some(field),
            format!("invalid UTF-8 at byte offset {}", e.valid_up_to()),
        )
    })
}

/// The object behind a handle, or a NULL_ARGUMENT failure naming it.
pub(crate) fn object<'a, T>(handle: Option<&'a T>, name: &str) -> Result<&'a T, Failure> {
    handle.ok_or_else(|| Failure::null_argument(name))
}

/// An output location, or a NULL_ARGUMENT failure naming it. Checked
/// before any work is done, so that nothing is made for nobody.
pub(crate) fn out<'a, T>(out: Option<&'a mut T>, name: &str) -> Result<&'a mut T, Failure> {
    out.ok_or_else(|| Failure::null_argument(name))
}

/// Fills a handle output: checks `out`, sets `*out` to NULL (so it is NULL
/// whenever the call fails), runs `make`, and on success hands the new
/// object to C through `*out`.
pub(crate) fn new_handle<H>(
    out: Option<&mut *mut H>,
    make: impl FnOnce() -> Result<H, Failure>,
) -> Result<(), Failure> {
    let out = self::out(out, "out")?;
    *out = std::ptr::null_mut();
    *out = into_handle(make()?);
    Ok(())
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

/// Takes back ownership of a string this library handed to C.
///
/// # Safety
/// `s` is not NULL, came from `CString::into_raw` in this library and is
/// not used again.
pub(crate) unsafe fn take_c_string(s: *mut c_char) -> std::ffi::CString {
    // SAFETY: per the contract.
    unsafe { std::ffi::CString::from_raw(s) }
}

/// Copies `text` and a NUL terminator into the caller's buffer.
///
/// `*out_len` (when given) always receives the length of `text` without
/// the terminator, so a caller can ask for the size with `buf = NULL,
/// cap = 0`. Fails with `BufferTooSmall`, writing nothing to `buf`, when
/// `cap < len + 1`.
///
/// # Safety
/// `buf` is NULL or points to `cap` writable bytes.
pub(crate) unsafe fn copy_out(
    text: &[u8],
    buf: *mut c_char,
    cap: size_t,
    out_len: Option<&mut size_t>,
) -> Result<(), Failure> {
    if let Some(out_len) = out_len {
        *out_len = text.len();
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
    let buf = buf.cast::<u8>();
    // SAFETY: `buf` has `cap > text.len()` writable bytes (contract and
    // check above), and cannot overlap `text`, which this library owns.
    unsafe { std::ptr::copy_nonoverlapping(text.as_ptr(), buf, text.len()) };
    // SAFETY: `text.len() < cap`, so the terminator's byte is in `buf`.
    unsafe { buf.add(text.len()).write(0) };
    Ok(())
}
