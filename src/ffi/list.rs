//! C functions for JSON arrays of responses.

use libc::{c_char, size_t};

use crate::ffi::boundary::{call, parse_into_handle};
use crate::ffi::error::isc_pat_error;
use crate::ffi::failure::Failure;
use crate::ffi::ptr::{self, isc_pat_str};
use crate::ffi::response::isc_pat_response;
use crate::ffi::status::isc_pat_status;
use crate::ffi::strings::json_out;
use crate::json::{to_vec_list, JsonStyle};
use crate::model::response::CreatePersonalAccessTokenResponse;

/// The responses parsed from one JSON array, to be taken out one by one
/// with `isc_pat_response_list_take` (each item once) and released with
/// `isc_pat_response_list_free`, which frees (and wipes) every item not
/// taken. Unlike responses, a list changes as items are taken: calls on
/// one list must not overlap.
#[allow(non_camel_case_types)]
pub struct isc_pat_response_list(Vec<Option<CreatePersonalAccessTokenResponse>>);

/// Parses a JSON array of responses. The whole document must be I-JSON
/// and every item follows the rules of `isc_pat_response_parse`; errors
/// name the item first (`[3].owner.type`, or `[3]` for the item as a
/// whole). On success `*out` receives a new list (possibly empty) to free
/// with `isc_pat_response_list_free`; on failure `*out` is set to NULL and
/// no item is kept.
///
/// Statuses: as for `isc_pat_response_parse`.
///
/// # Safety
/// `json` follows "Text in"; `out` and `error` follow the conventions at
/// the top of this header.
#[no_mangle]
pub unsafe extern "C" fn isc_pat_response_list_parse(
    json: isc_pat_str,
    strict: bool,
    out: Option<&mut *mut isc_pat_response_list>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    // SAFETY: the caller keeps the contract above.
    unsafe {
        parse_into_handle(
            json,
            strict,
            out,
            error,
            CreatePersonalAccessTokenResponse::list_from_json,
            |items| isc_pat_response_list(items.into_iter().map(Some).collect()),
        )
    }
}

/// Writes the number of items the list was parsed with (taking items does
/// not change it).
///
/// Statuses: OK, NULL_ARGUMENT, PANIC.
///
/// # Safety
/// `list` is NULL or a live list; `out_count` and `error` follow the
/// conventions at the top of this header.
#[no_mangle]
pub extern "C" fn isc_pat_response_list_count(
    list: Option<&isc_pat_response_list>,
    out_count: Option<&mut size_t>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    call(error, || {
        let out = ptr::out(out_count, "out_count")?;
        let list = ptr::object(list, "list")?;
        *out = list.0.len();
        Ok(())
    })
}

/// Moves item `index` (from 0) out of the list into `*out`: a response the
/// caller now owns and frees with `isc_pat_response_free`. Each item can be
/// taken once; on failure `*out` is set to NULL.
///
/// Statuses: OK, NULL_ARGUMENT, INDEX_OUT_OF_RANGE, NOT_SET (the item was
/// already taken), PANIC.
///
/// # Safety
/// `list` is NULL or a live list that no other thread is using; `out` and
/// `error` follow the conventions at the top of this header.
#[no_mangle]
pub extern "C" fn isc_pat_response_list_take(
    list: Option<&mut isc_pat_response_list>,
    index: size_t,
    out: Option<&mut *mut isc_pat_response>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    call(error, || {
        ptr::new_handle(out, || {
            let list = ptr::out(list, "list")?;
            let count = list.0.len();
            let slot = list.0.get_mut(index).ok_or_else(|| {
                Failure::new(
                    isc_pat_status::IndexOutOfRange,
                    Some(&format!("[{index}]")),
                    format!("index {index} is past the end of a list of {count}"),
                )
            })?;
            let response = slot.take().ok_or_else(|| {
                Failure::new(
                    isc_pat_status::NotSet,
                    Some(&format!("[{index}]")),
                    "already taken",
                )
            })?;
            Ok(isc_pat_response(response))
        })
    })
}

/// Frees a list and every item not taken (wiping their secrets). NULL is
/// ignored. Call exactly once per list.
///
/// # Safety
/// `list` is NULL or a live list, not used after this call.
#[no_mangle]
pub unsafe extern "C" fn isc_pat_response_list_free(list: *mut isc_pat_response_list) {
    // SAFETY: per the contract.
    crate::ffi::boundary::call_infallible((), || unsafe { ptr::free_handle(list) })
}

/// Serializes `count` responses as one JSON array: compact (`[a,b]`) or,
/// with `pretty`, indented by two spaces; no items give `[]`. `items` may
/// be NULL only when `count` is 0. `*out_json` receives a new
/// NUL-terminated string to free with `isc_pat_string_free`; `*out_len`
/// (when `out_len` is not NULL) its length without the terminator.
///
/// Statuses: OK, NULL_ARGUMENT (naming `items` or the NULL item, e.g.
/// `items[2]`), OUT_OF_RANGE (a count no array can have), PANIC.
///
/// # Safety
/// `items` is NULL or points to `count` pointers, each NULL or a live
/// response; `out_json`, `out_len` and `error` follow the conventions at
/// the top of this header.
#[no_mangle]
pub unsafe extern "C" fn isc_pat_responses_to_json(
    items: *const *const isc_pat_response,
    count: size_t,
    pretty: bool,
    out_json: Option<&mut *mut c_char>,
    out_len: Option<&mut size_t>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    call(error, || {
        json_out(out_json, out_len, || {
            let handles = if count == 0 {
                &[]
            } else {
                // SAFETY: `items` points to `count` pointers, each NULL or a
                // live response (contract).
                unsafe { ptr::handles(items, count, "items")? }
            };
            let mut responses = Vec::with_capacity(handles.len());
            for (i, &handle) in handles.iter().enumerate() {
                let handle = ptr::object(handle, &format!("items[{i}]"))?;
                responses.push(&handle.0);
            }
            Ok(to_vec_list(&responses, JsonStyle::from_pretty(pretty)))
        })
    })
}
