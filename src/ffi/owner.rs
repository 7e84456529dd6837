//! C functions for `isc_pat_owner`.

use libc::{c_char, size_t};

use crate::ffi::boundary::{call, call_infallible, parse_into_handle, text_getter};
use crate::ffi::error::isc_pat_error;
use crate::ffi::ptr::{self, isc_pat_str};
use crate::ffi::status::isc_pat_status;
use crate::ffi::strings::json_out;
use crate::json::{owner_to_vec, JsonStyle};
use crate::model::owner::{OwnerType, PatOwner};

/// The owner of a personal access token: type (`IDENTITY`), id and name.
/// Immutable; created by `isc_pat_owner_new`, `isc_pat_owner_parse`,
/// `isc_pat_owner_clone` or `isc_pat_response_owner`, released with
/// `isc_pat_owner_free`.
#[allow(non_camel_case_types)]
pub struct isc_pat_owner(pub(crate) PatOwner);

/// Builds an owner from its three fields (UTF-8 text).
///
/// `type` must be exactly `IDENTITY`; `id` must not be empty; `name` may be
/// empty. On success `*out` receives a new owner to free with
/// `isc_pat_owner_free`; on failure `*out` is set to NULL.
///
/// Statuses: OK, NULL_ARGUMENT, INVALID_UTF8, INVALID_OWNER_TYPE,
/// EMPTY_FIELD, OUT_OF_RANGE (a length above `PTRDIFF_MAX`), PANIC.
///
/// # Safety
/// Each text follows "Text in" at the top of this header; `out` and
/// `error` follow the conventions there.
#[no_mangle]
pub unsafe extern "C" fn isc_pat_owner_new(
    owner_type: isc_pat_str,
    id: isc_pat_str,
    name: isc_pat_str,
    out: Option<&mut *mut isc_pat_owner>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    call(error, || {
        ptr::new_handle(out, || {
            // SAFETY: the caller keeps the contract above for each string.
            let owner_type = unsafe { ptr::text(owner_type, "owner.type")? };
            let owner_type = OwnerType::parse(owner_type, "owner.type")?;
            // SAFETY: as above.
            let id = unsafe { ptr::text(id, "owner.id")? };
            // SAFETY: as above.
            let name = unsafe { ptr::text(name, "owner.name")? };
            let owner = PatOwner::new(owner_type, id.to_owned(), name.to_owned())?;
            Ok(isc_pat_owner(owner))
        })
    })
}

/// Parses an owner from JSON text. With `strict`, keys other than `type`, `id` and `name` are
/// refused; otherwise they are ignored. `*out` as for `isc_pat_owner_new`.
/// The document must be I-JSON, as for `isc_pat_response_parse`.
///
/// Statuses: OK, NULL_ARGUMENT, INVALID_UTF8, MISSING_FIELD, EMPTY_FIELD,
/// WRONG_TYPE, INVALID_OWNER_TYPE, DUPLICATE_KEY, UNKNOWN_KEY,
/// MALFORMED_JSON, TOO_DEEP, OUT_OF_RANGE, PANIC.
///
/// # Safety
/// `json` follows "Text in"; `out` and `error` follow the conventions at
/// the top of this header.
#[no_mangle]
pub unsafe extern "C" fn isc_pat_owner_parse(
    json: isc_pat_str,
    strict: bool,
    out: Option<&mut *mut isc_pat_owner>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    // SAFETY: the caller keeps the contract above.
    unsafe { parse_into_handle(json, strict, out, error, PatOwner::from_json, isc_pat_owner) }
}

/// Serializes an owner to JSON: compact (`{"type":"IDENTITY","id":..,"name":..}`)
/// or, with `pretty`, indented by two spaces. `*out_json` receives a new
/// NUL-terminated UTF-8 string to free with `isc_pat_string_free`;
/// `*out_len` (when `out_len` is not NULL) its length without the terminator.
///
/// Statuses: OK, NULL_ARGUMENT, PANIC.
///
/// # Safety
/// `owner` is NULL or a live owner; `out_json`, `out_len` and `error` follow
/// the conventions at the top of this header.
#[no_mangle]
pub extern "C" fn isc_pat_owner_to_json(
    owner: Option<&isc_pat_owner>,
    pretty: bool,
    out_json: Option<&mut *mut c_char>,
    out_len: Option<&mut size_t>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    call(error, || {
        json_out(out_json, out_len, || {
            let owner = ptr::object(owner, "owner")?;
            Ok(owner_to_vec(&owner.0, JsonStyle::from_pretty(pretty)))
        })
    })
}

/// Makes an independent copy of an owner. `*out` as for `isc_pat_owner_new`.
///
/// Statuses: OK, NULL_ARGUMENT, PANIC.
///
/// # Safety
/// `owner` is NULL or a live owner; `out` and `error` follow the
/// conventions at the top of this header.
#[no_mangle]
pub extern "C" fn isc_pat_owner_clone(
    owner: Option<&isc_pat_owner>,
    out: Option<&mut *mut isc_pat_owner>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    call(error, || {
        ptr::new_handle(out, || {
            let owner = ptr::object(owner, "owner")?;
            Ok(isc_pat_owner(owner.0.clone()))
        })
    })
}

/// Copies the owner's type (always `IDENTITY`) into `buf` (see "Reading
/// text" at the top of this header).
///
/// Statuses: OK, NULL_ARGUMENT, BUFFER_TOO_SMALL, PANIC.
///
/// # Safety
/// `owner` is NULL or a live owner; `buf`, `out_len` and `error` follow the
/// conventions at the top of this header.
#[no_mangle]
pub unsafe extern "C" fn isc_pat_owner_type(
    owner: Option<&isc_pat_owner>,
    buf: *mut c_char,
    cap: size_t,
    out_len: Option<&mut size_t>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    // SAFETY: the caller keeps the contract above.
    unsafe {
        text_getter(owner, "owner", buf, cap, out_len, error, |o| {
            Ok(o.0.owner_type().as_str())
        })
    }
}

/// Copies the owner's identity id into `buf` (see "Reading text").
///
/// Statuses: OK, NULL_ARGUMENT, BUFFER_TOO_SMALL, PANIC.
///
/// # Safety
/// As for `isc_pat_owner_type`.
#[no_mangle]
pub unsafe extern "C" fn isc_pat_owner_id(
    owner: Option<&isc_pat_owner>,
    buf: *mut c_char,
    cap: size_t,
    out_len: Option<&mut size_t>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    // SAFETY: the caller keeps the contract above.
    unsafe { text_getter(owner, "owner", buf, cap, out_len, error, |o| Ok(o.0.id())) }
}

/// Copies the owner's display name into `buf` (see "Reading text").
///
/// Statuses: OK, NULL_ARGUMENT, BUFFER_TOO_SMALL, PANIC.
///
/// # Safety
/// As for `isc_pat_owner_type`.
#[no_mangle]
pub unsafe extern "C" fn isc_pat_owner_name(
    owner: Option<&isc_pat_owner>,
    buf: *mut c_char,
    cap: size_t,
    out_len: Option<&mut size_t>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    // SAFETY: the caller keeps the contract above.
    unsafe { text_getter(owner, "owner", buf, cap, out_len, error, |o| Ok(o.0.name())) }
}

/// Frees an owner. NULL is ignored. Call exactly once per owner, after
/// every other use of it has finished on every thread.
///
/// # Safety
/// `owner` is NULL or a live owner, not used after this call.
#[no_mangle]
pub unsafe extern "C" fn isc_pat_owner_free(owner: *mut isc_pat_owner) {
    // SAFETY: per the contract.
    call_infallible((), || unsafe { ptr::free_handle(owner) })
}
