//! C functions for `isc_pat_response`.

use libc::{c_char, size_t};

use crate::ffi::boundary::{call, call_infallible, parse_into_handle, text_getter, value_getter};
use crate::ffi::date::instant;
use crate::ffi::error::isc_pat_error;
use crate::ffi::failure::Failure;
use crate::ffi::owner::isc_pat_owner;
use crate::ffi::ptr::{self, isc_pat_str};
use crate::ffi::status::isc_pat_status;
use crate::ffi::strings::{json_out, wipe};
use crate::json::{to_vec, JsonStyle};
use crate::model::response::{CreatePersonalAccessTokenResponse, ResponseFields};
use crate::model::secret::Secret;

/// A validated, immutable `CreatePersonalAccessTokenResponse`. Created by
/// `isc_pat_response_new`, `isc_pat_response_parse` or
/// `isc_pat_response_clone`; released with `isc_pat_response_free`, which
/// wipes the secret from memory.
#[allow(non_camel_case_types)]
pub struct isc_pat_response(pub(crate) CreatePersonalAccessTokenResponse);

/// Builds a response from its fields, validating each one.
///
/// * `id`, `secret`, `name`: UTF-8 text, not empty.
/// * `scope`: `scope_len` items. With `scope_is_null` true the list is the
///   API's `null` ("no list"; `scope` and `scope_len` are then ignored).
///   Otherwise `scope` may be NULL only when `scope_len` is 0 (empty list).
/// * `owner`: a live owner; it is copied, the caller still owns and frees it.
/// * `created_unix_ms`: milliseconds since 1970-01-01T00:00:00Z (what
///   `isc_pat_response_created_unix_ms` gives back), in the years
///   0001-9999. For a date given as text, `isc_pat_date_parse` first.
/// * `access_token_validity_seconds`: NULL for the default (43200), else a
///   value from 1 to 2147483647.
/// * `expiration_date_unix_ms`: NULL for "not set", else milliseconds as
///   for `created_unix_ms`.
///
/// On success `*out` receives a new response to free with
/// `isc_pat_response_free`; on failure `*out` is set to NULL. The secret's
/// bytes are copied; the caller remains responsible for its own copy.
///
/// Statuses: OK, NULL_ARGUMENT, INVALID_UTF8, EMPTY_FIELD, INVALID_DATE,
/// OUT_OF_RANGE, PANIC.
///
/// # Safety
/// Each text follows "Text in" at the top of this header; `scope` is NULL
/// or points to `scope_len` items; `owner` is NULL or live; the two number
/// pointers are NULL or readable; `out` and `error` follow the conventions.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn isc_pat_response_new(
    id: isc_pat_str,
    secret: isc_pat_str,
    scope: *const isc_pat_str,
    scope_len: size_t,
    scope_is_null: bool,
    name: isc_pat_str,
    owner: Option<&isc_pat_owner>,
    created_unix_ms: i64,
    access_token_validity_seconds: Option<&i64>,
    expiration_date_unix_ms: Option<&i64>,
    out: Option<&mut *mut isc_pat_response>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    call(error, || {
        ptr::new_handle(out, || {
            // SAFETY: the caller keeps the contract above for each text.
            let id = unsafe { ptr::text(id, "id")? };
            // SAFETY: as above.
            let secret = Secret::new(unsafe { ptr::text(secret, "secret")? }.to_owned());
            let scope = if scope_is_null {
                None
            } else if scope_len == 0 {
                Some(Vec::new())
            } else {
                // SAFETY: `scope` points to `scope_len` items (contract).
                let items = unsafe { ptr::slice(scope, scope_len, "scope")? };
                let mut list = Vec::with_capacity(scope_len);
                for (i, &item) in items.iter().enumerate() {
                    // SAFETY: each item is a text as above (contract).
                    let text = unsafe { ptr::text(item, "scope") };
                    // The field path is only spelled out when an item fails.
                    let text = text.map_err(|mut f| {
                        f.field = Some(format!("scope[{i}]"));
                        f
                    })?;
                    list.push(text.to_owned());
                }
                Some(list)
            };
            // SAFETY: as above.
            let name = unsafe { ptr::text(name, "name")? };
            let owner = ptr::object(owner, "owner")?;
            let expiration_date = expiration_date_unix_ms
                .map(|&ms| instant(ms, "expirationDate"))
                .transpose()?;
            let response = CreatePersonalAccessTokenResponse::new(ResponseFields {
                id: id.to_owned(),
                secret,
                scope,
                name: name.to_owned(),
                owner: owner.0.clone(),
                created: instant(created_unix_ms, "created")?,
                access_token_validity_seconds: access_token_validity_seconds.copied(),
                expiration_date,
            })?;
            Ok(isc_pat_response(response))
        })
    })
}

/// Parses a response from JSON text. The seven documented keys are required; `expirationDate` is
/// optional (`null` counts as absent). With `strict`, keys the model does
/// not define are refused (`UNKNOWN_KEY`, naming the key); otherwise they
/// are skipped. `*out` as for `isc_pat_response_new`.
///
/// The whole document must be I-JSON (RFC 7493) within these limits: valid
/// UTF-8; no lone surrogate escape in any string or key, known or unknown
/// (`INVALID_UTF8`); no duplicate key in any object at any depth
/// (`DUPLICATE_KEY`); nesting at most 128 levels (`TOO_DEEP`). Numbers
/// outside the model are checked only for JSON syntax; a number where the
/// model expects a string, an object or an array is `WRONG_TYPE`, however
/// large. The first problem in document order is the one reported, with
/// its field path.
///
/// Statuses: OK, NULL_ARGUMENT, INVALID_UTF8, MISSING_FIELD, EMPTY_FIELD,
/// WRONG_TYPE, INVALID_DATE, OUT_OF_RANGE, INVALID_OWNER_TYPE,
/// DUPLICATE_KEY, UNKNOWN_KEY, MALFORMED_JSON, TOO_DEEP, PANIC.
///
/// # Safety
/// `json` follows "Text in"; `out` and `error` follow the conventions at
/// the top of this header.
#[no_mangle]
pub unsafe extern "C" fn isc_pat_response_parse(
    json: isc_pat_str,
    strict: bool,
    out: Option<&mut *mut isc_pat_response>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    // SAFETY: the caller keeps the contract above.
    unsafe {
        parse_into_handle(
            json,
            strict,
            out,
            error,
            CreatePersonalAccessTokenResponse::from_json,
            isc_pat_response,
        )
    }
}

/// Serializes a response to JSON: the compact canonical form (keys in
/// documented order, dates as `YYYY-MM-DDTHH:MM:SS.mmmZ`, `expirationDate`
/// only when set) or, with `pretty`, indented by two spaces. The text
/// contains the secret. `*out_json` receives a new NUL-terminated UTF-8
/// string to free with `isc_pat_string_free` (which wipes it);
/// `*out_len` (when `out_len` is not NULL) its length without terminator.
///
/// Thread-safety: any number of threads may serialize one response at once.
///
/// Statuses: OK, NULL_ARGUMENT, PANIC.
///
/// # Safety
/// `response` is NULL or live; `out_json`, `out_len` and `error` follow the
/// conventions at the top of this header.
#[no_mangle]
pub extern "C" fn isc_pat_response_to_json(
    response: Option<&isc_pat_response>,
    pretty: bool,
    out_json: Option<&mut *mut c_char>,
    out_len: Option<&mut size_t>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    call(error, || {
        json_out(out_json, out_len, || {
            let response = ptr::object(response, "response")?;
            Ok(to_vec(&response.0, JsonStyle::from_pretty(pretty)))
        })
    })
}

/// Serializes like `isc_pat_response_to_json`, but into the caller's buffer
/// (see "Reading text" at the top of this header): nothing is allocated
/// for the caller. Pass `buf = NULL, cap = 0` to learn the length.
///
/// Statuses: OK, NULL_ARGUMENT, BUFFER_TOO_SMALL, PANIC.
///
/// # Safety
/// `response` is NULL or live; `buf`, `out_len` and `error` follow the
/// conventions at the top of this header.
#[no_mangle]
pub unsafe extern "C" fn isc_pat_response_write_json(
    response: Option<&isc_pat_response>,
    pretty: bool,
    buf: *mut c_char,
    cap: size_t,
    out_len: Option<&mut size_t>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    call(error, || {
        let response = ptr::object(response, "response")?;
        let mut json = to_vec(&response.0, JsonStyle::from_pretty(pretty));
        // SAFETY: the caller keeps the contract above.
        let result = unsafe { ptr::copy_out(&json, buf, cap, out_len) };
        wipe(&mut json);
        result
    })
}

/// Makes an independent copy of a response (secret included).
/// `*out` as for `isc_pat_response_new`.
///
/// Statuses: OK, NULL_ARGUMENT, PANIC.
///
/// # Safety
/// `response` is NULL or live; `out` and `error` follow the conventions at
/// the top of this header.
#[no_mangle]
pub extern "C" fn isc_pat_response_clone(
    response: Option<&isc_pat_response>,
    out: Option<&mut *mut isc_pat_response>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    call(error, || {
        ptr::new_handle(out, || {
            let response = ptr::object(response, "response")?;
            Ok(isc_pat_response(response.0.clone()))
        })
    })
}

/// Frees a response and wipes its secret from memory. NULL is ignored.
/// Call exactly once per response, after every other use of it has
/// finished on every thread.
///
/// # Safety
/// `response` is NULL or live, and not used after this call.
#[no_mangle]
pub unsafe extern "C" fn isc_pat_response_free(response: *mut isc_pat_response) {
    // SAFETY: per the contract.
    call_infallible((), || unsafe { ptr::free_handle(response) })
}

fn not_set(field: &str) -> Failure {
    Failure::new(isc_pat_status::NotSet, Some(field), "not set")
}

/// Whether two responses hold the same value: every field equal, the
/// secret compared in constant time (its bytes all read whatever they
/// hold). NULL equals only NULL.
///
/// Thread-safety: any thread, on responses no thread is freeing.
///
/// # Safety
/// `a` and `b` are each NULL or live.
#[no_mangle]
pub extern "C" fn isc_pat_response_equal(
    a: Option<&isc_pat_response>,
    b: Option<&isc_pat_response>,
) -> bool {
    call_infallible(false, || match (a, b) {
        (Some(a), Some(b)) => a.0 == b.0,
        (a, b) => a.is_none() && b.is_none(),
    })
}

/// Copies the token id into `buf` (see "Reading text").
///
/// Statuses: OK, NULL_ARGUMENT, BUFFER_TOO_SMALL, PANIC.
///
/// # Safety
/// `response` is NULL or live; `buf`, `out_len` and `error` follow the
/// conventions at the top of this header.
#[no_mangle]
pub unsafe extern "C" fn isc_pat_response_id(
    response: Option<&isc_pat_response>,
    buf: *mut c_char,
    cap: size_t,
    out_len: Option<&mut size_t>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    // SAFETY: the caller keeps the contract above.
    unsafe {
        text_getter(response, "response", buf, cap, out_len, error, |r| {
            Ok(r.0.id())
        })
    }
}

/// Copies the secret into `buf` (see "Reading text"). This is the only
/// function that reveals the secret besides the JSON serializers; wipe the
/// buffer when done with it.
///
/// Statuses: OK, NULL_ARGUMENT, BUFFER_TOO_SMALL, PANIC.
///
/// # Safety
/// As for `isc_pat_response_id`.
#[no_mangle]
pub unsafe extern "C" fn isc_pat_response_secret(
    response: Option<&isc_pat_response>,
    buf: *mut c_char,
    cap: size_t,
    out_len: Option<&mut size_t>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    // SAFETY: the caller keeps the contract above.
    unsafe {
        text_getter(response, "response", buf, cap, out_len, error, |r| {
            Ok(r.0.secret().expose())
        })
    }
}

/// Copies the token name into `buf` (see "Reading text").
///
/// Statuses: OK, NULL_ARGUMENT, BUFFER_TOO_SMALL, PANIC.
///
/// # Safety
/// As for `isc_pat_response_id`.
#[no_mangle]
pub unsafe extern "C" fn isc_pat_response_name(
    response: Option<&isc_pat_response>,
    buf: *mut c_char,
    cap: size_t,
    out_len: Option<&mut size_t>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    // SAFETY: the caller keeps the contract above.
    unsafe {
        text_getter(response, "response", buf, cap, out_len, error, |r| {
            Ok(r.0.name())
        })
    }
}

/// Writes the number of scopes to `*out_count`. Returns NOT_SET (and
/// writes 0) when the scope is `null`, as opposed to an empty list.
///
/// Statuses: OK, NULL_ARGUMENT, NOT_SET, PANIC.
///
/// # Safety
/// `response` is NULL or live; `out_count` is NULL or writable; `error`
/// follows the conventions at the top of this header.
#[no_mangle]
pub extern "C" fn isc_pat_response_scope_count(
    response: Option<&isc_pat_response>,
    out_count: Option<&mut size_t>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    call(error, || {
        let out = ptr::out(out_count, "out_count")?;
        let response = ptr::object(response, "response")?;
        let scope = response.0.scope();
        *out = scope.map_or(0, <[String]>::len);
        scope.map(drop).ok_or_else(|| not_set("scope"))
    })
}

/// Copies scope item `index` (from 0) into `buf` (see "Reading text").
///
/// Statuses: OK, NULL_ARGUMENT, NOT_SET (scope is null), INDEX_OUT_OF_RANGE,
/// BUFFER_TOO_SMALL, PANIC.
///
/// # Safety
/// As for `isc_pat_response_id`.
#[no_mangle]
pub unsafe extern "C" fn isc_pat_response_scope_item(
    response: Option<&isc_pat_response>,
    index: size_t,
    buf: *mut c_char,
    cap: size_t,
    out_len: Option<&mut size_t>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    // SAFETY: the caller keeps the contract above.
    unsafe {
        text_getter(response, "response", buf, cap, out_len, error, |r| {
            let scope = r.0.scope().ok_or_else(|| not_set("scope"))?;
            scope.get(index).map(String::as_str).ok_or_else(|| {
                Failure::new(
                    isc_pat_status::IndexOutOfRange,
                    Some(&format!("scope[{index}]")),
                    format!("index {index} is past the end of a list of {}", scope.len()),
                )
            })
        })
    }
}

/// Writes a new copy of the owner to `*out`, to free with
/// `isc_pat_owner_free` (independent of the response's lifetime).
///
/// Statuses: OK, NULL_ARGUMENT, PANIC.
///
/// # Safety
/// `response` is NULL or live; `out` and `error` follow the conventions at
/// the top of this header.
#[no_mangle]
pub extern "C" fn isc_pat_response_owner(
    response: Option<&isc_pat_response>,
    out: Option<&mut *mut isc_pat_owner>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    value_getter(response, "response", out, error, |r| {
        Ok(ptr::into_handle(isc_pat_owner(r.0.owner().clone())))
    })
}

/// Writes `created` to `*out` as milliseconds since 1970-01-01T00:00:00Z,
/// the form `isc_pat_response_new` takes.
///
/// Statuses: OK, NULL_ARGUMENT, PANIC.
///
/// # Safety
/// `response` is NULL or live; `out` is NULL or writable; `error` follows
/// the conventions at the top of this header.
#[no_mangle]
pub extern "C" fn isc_pat_response_created_unix_ms(
    response: Option<&isc_pat_response>,
    out: Option<&mut i64>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    value_getter(response, "response", out, error, |r| {
        Ok(r.0.created().timestamp_millis())
    })
}

/// Writes `accessTokenValiditySeconds` (1 to 2147483647) to `*out`.
///
/// Statuses: OK, NULL_ARGUMENT, PANIC.
///
/// # Safety
/// As for `isc_pat_response_created_unix_ms`.
#[no_mangle]
pub extern "C" fn isc_pat_response_access_token_validity_seconds(
    response: Option<&isc_pat_response>,
    out: Option<&mut i32>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    value_getter(response, "response", out, error, |r| {
        Ok(r.0.access_token_validity_seconds())
    })
}

/// Writes `expirationDate` to `*out` as milliseconds since the Unix epoch;
/// NOT_SET (leaving `*out` as it was) when the response has none.
///
/// Statuses: OK, NULL_ARGUMENT, NOT_SET, PANIC.
///
/// # Safety
/// As for `isc_pat_response_created_unix_ms`.
#[no_mangle]
pub extern "C" fn isc_pat_response_expiration_date_unix_ms(
    response: Option<&isc_pat_response>,
    out: Option<&mut i64>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    value_getter(response, "response", out, error, |r| {
        let expiration = r.0.expiration_date();
        Ok(expiration
            .ok_or_else(|| not_set("expirationDate"))?
            .timestamp_millis())
    })
}
