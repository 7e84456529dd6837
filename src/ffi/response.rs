//! C functions for `isc_pat_response`.

use libc::{c_char, size_t};

use crate::ffi::boundary::{call, parse_into_handle};
use crate::ffi::error::isc_pat_error;
use crate::ffi::failure::Failure;
use crate::ffi::owner::isc_pat_owner;
use crate::ffi::ptr;
use crate::ffi::status::isc_pat_status;
use crate::ffi::strings::{json_out, wipe};
use crate::json::{to_vec, JsonStyle};
use crate::model::date::{format_rfc3339, parse_rfc3339};
use crate::model::error::{Error, ErrorKind};
use crate::model::response::{CreatePersonalAccessTokenResponse, ResponseFields};
use crate::model::secret::Secret;
use chrono::{DateTime, Utc};

/// A validated, immutable `CreatePersonalAccessTokenResponse`. Created by
/// `isc_pat_response_new`, `isc_pat_response_parse` or
/// `isc_pat_response_clone`; released with `isc_pat_response_free`, which
/// wipes the secret from memory.
#[allow(non_camel_case_types)]
pub struct isc_pat_response(pub(crate) CreatePersonalAccessTokenResponse);

/// A borrowed UTF-8 string: `len` bytes at `ptr`, no terminator needed.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct isc_pat_str {
    /// The first byte; must not be NULL (use any valid pointer for "").
    pub ptr: *const c_char,
    /// The number of bytes.
    pub len: usize,
}

fn timestamp(text: &str, field: &str) -> Result<DateTime<Utc>, Failure> {
    parse_rfc3339(text).map_err(|e| Error::field(ErrorKind::InvalidDate, field, e.0).into())
}

/// Builds a response from its fields, validating each one.
///
/// * `id`, `secret`, `name`: UTF-8, pointer plus length, not empty.
/// * `scope`: `scope_len` items. With `scope_is_null` true the list is the
///   API's `null` ("no list"; `scope` and `scope_len` are then ignored).
///   Otherwise `scope` may be NULL only when `scope_len` is 0 (empty list).
/// * `owner`: a live owner; it is copied, the caller still owns and frees it.
/// * `created`: RFC 3339 text with a zone, e.g. `2017-07-11T18:45:37.098Z`;
///   stored in UTC, to the millisecond.
/// * `access_token_validity_seconds`: NULL for the default (43200), else a
///   value from 1 to 2147483647.
/// * `expiration_date`: NULL for "not set" (then its length is ignored),
///   else RFC 3339 text as for `created`.
///
/// On success `*out` receives a new response to free with
/// `isc_pat_response_free`; on failure `*out` is set to NULL. The secret's
/// bytes are copied; the caller remains responsible for its own copy.
///
/// Statuses: OK, NULL_ARGUMENT, INVALID_UTF8, EMPTY_FIELD, INVALID_DATE,
/// OUT_OF_RANGE, PANIC.
///
/// # Safety
/// Each string pointer is NULL or points to its length in readable bytes;
/// `scope` is NULL or points to `scope_len` items; `owner` is NULL or live;
/// `out` and `error` follow the conventions at the top of this header.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn isc_pat_response_new(
    id: *const c_char,
    id_len: size_t,
    secret: *const c_char,
    secret_len: size_t,
    scope: *const isc_pat_str,
    scope_len: size_t,
    scope_is_null: bool,
    name: *const c_char,
    name_len: size_t,
    owner: Option<&isc_pat_owner>,
    created: *const c_char,
    created_len: size_t,
    access_token_validity_seconds: Option<&i64>,
    expiration_date: *const c_char,
    expiration_date_len: size_t,
    out: Option<&mut *mut isc_pat_response>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    call(error, || {
        ptr::new_handle(out, || {
            // SAFETY: the caller keeps the contract above for each string.
            let id = unsafe { ptr::text(id, id_len, "id")? };
            // SAFETY: as above.
            let secret = unsafe { ptr::text(secret, secret_len, "secret")? };
            let secret = Secret::new(secret.to_owned());
            let scope = if scope_is_null {
                None
            } else if scope_len == 0 {
                Some(Vec::new())
            } else {
                // SAFETY: `scope` points to `scope_len` items (contract).
                let items = unsafe { ptr::slice(scope, scope_len, "scope")? };
                let mut list = Vec::with_capacity(scope_len);
                for (i, item) in items.iter().enumerate() {
                    // SAFETY: each item is a string as above (contract).
                    let text = unsafe { ptr::text(item.ptr, item.len, "scope") };
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
            let name = unsafe { ptr::text(name, name_len, "name")? };
            let owner = ptr::object(owner, "owner")?;
            // SAFETY: as above.
            let created = unsafe { ptr::text(created, created_len, "created")? };
            let created = timestamp(created, "created")?;
            let expiration = if expiration_date.is_null() {
                None
            } else {
                // SAFETY: as above.
                let text =
                    unsafe { ptr::text(expiration_date, expiration_date_len, "expirationDate")? };
                Some(timestamp(text, "expirationDate")?)
            };
            let response = CreatePersonalAccessTokenResponse::new(ResponseFields {
                id: id.to_owned(),
                secret,
                scope,
                name: name.to_owned(),
                owner: owner.0.clone(),
                created,
                access_token_validity_seconds: access_token_validity_seconds.copied(),
                expiration_date: expiration,
            })?;
            Ok(isc_pat_response(response))
        })
    })
}

/// Parses a response from JSON (UTF-8, pointer plus length, no terminator
/// needed). The seven documented keys are required; `expirationDate` is
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
/// `json` is NULL or points to `json_len` readable bytes; `out` and `error`
/// follow the conventions at the top of this header.
#[no_mangle]
pub unsafe extern "C" fn isc_pat_response_parse(
    json: *const c_char,
    json_len: size_t,
    strict: bool,
    out: Option<&mut *mut isc_pat_response>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    // SAFETY: the caller keeps the contract above.
    unsafe {
        parse_into_handle(
            json,
            json_len,
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
    crate::ffi::boundary::call_infallible((), || unsafe { ptr::free_handle(response) })
}

/// # Safety
/// `response` is NULL or live; `buf`, `out_len`, `error` per the header.
unsafe fn response_text(
    response: Option<&isc_pat_response>,
    buf: *mut c_char,
    cap: size_t,
    out_len: Option<&mut size_t>,
    error: Option<&mut *mut isc_pat_error>,
    field: impl FnOnce(&CreatePersonalAccessTokenResponse) -> Result<Text<'_>, Failure>,
) -> isc_pat_status {
    call(error, || {
        let response = ptr::object(response, "response")?;
        let instant;
        let text = match field(&response.0)? {
            Text::Str(s) => s,
            Text::Instant(t) => {
                instant = format_rfc3339(&t);
                &instant
            }
        };
        // SAFETY: the caller keeps the contract above.
        unsafe { ptr::copy_out(text.as_bytes(), buf, cap, out_len) }
    })
}

/// A field read as text: borrowed from the response, or an instant to format.
enum Text<'a> {
    Str(&'a str),
    Instant(DateTime<Utc>),
}

/// # Safety
/// `response` is NULL or live; `out`, `error` per the header.
fn response_value<T>(
    response: Option<&isc_pat_response>,
    out: Option<&mut T>,
    error: Option<&mut *mut isc_pat_error>,
    field: impl FnOnce(&CreatePersonalAccessTokenResponse) -> Result<T, Failure>,
) -> isc_pat_status {
    call(error, || {
        let out = ptr::out(out, "out")?;
        let response = ptr::object(response, "response")?;
        *out = field(&response.0)?;
        Ok(())
    })
}

fn not_set(field: &str) -> Failure {
    Failure::new(isc_pat_status::NotSet, Some(field), "not set")
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
        response_text(response, buf, cap, out_len, error, |r| {
            Ok(Text::Str(r.id()))
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
        response_text(response, buf, cap, out_len, error, |r| {
            Ok(Text::Str(r.secret().expose()))
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
        response_text(response, buf, cap, out_len, error, |r| {
            Ok(Text::Str(r.name()))
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
        response_text(response, buf, cap, out_len, error, |r| {
            let scope = r.scope().ok_or_else(|| not_set("scope"))?;
            scope.get(index).map(|s| Text::Str(s)).ok_or_else(|| {
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
    response_value(response, out, error, |r| {
        Ok(ptr::into_handle(isc_pat_owner(r.owner().clone())))
    })
}

/// Copies `created` as canonical RFC 3339 text (`YYYY-MM-DDTHH:MM:SS.mmmZ`,
/// always 24 bytes) into `buf` (see "Reading text").
///
/// Statuses: OK, NULL_ARGUMENT, BUFFER_TOO_SMALL, PANIC.
///
/// # Safety
/// As for `isc_pat_response_id`.
#[no_mangle]
pub unsafe extern "C" fn isc_pat_response_created(
    response: Option<&isc_pat_response>,
    buf: *mut c_char,
    cap: size_t,
    out_len: Option<&mut size_t>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    // SAFETY: the caller keeps the contract above.
    unsafe {
        response_text(response, buf, cap, out_len, error, |r| {
            Ok(Text::Instant(r.created()))
        })
    }
}

/// Writes `created` as milliseconds since 1970-01-01T00:00:00Z.
///
/// Statuses: OK, NULL_ARGUMENT, PANIC.
///
/// # Safety
/// `response` is NULL or live; `out_unix_ms` is NULL or writable; `error`
/// follows the conventions at the top of this header.
#[no_mangle]
pub extern "C" fn isc_pat_response_created_unix_ms(
    response: Option<&isc_pat_response>,
    out_unix_ms: Option<&mut i64>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    response_value(response, out_unix_ms, error, |r| {
        Ok(r.created().timestamp_millis())
    })
}

/// Writes `accessTokenValiditySeconds` (1 to 2147483647).
///
/// Statuses: OK, NULL_ARGUMENT, PANIC.
///
/// # Safety
/// `response` is NULL or live; `out_seconds` is NULL or writable; `error`
/// follows the conventions at the top of this header.
#[no_mangle]
pub extern "C" fn isc_pat_response_access_token_validity_seconds(
    response: Option<&isc_pat_response>,
    out_seconds: Option<&mut i32>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    response_value(response, out_seconds, error, |r| {
        Ok(r.access_token_validity_seconds())
    })
}

/// Copies `expirationDate` as canonical RFC 3339 text into `buf` (see
/// "Reading text"); NOT_SET when the response has none.
///
/// Statuses: OK, NULL_ARGUMENT, NOT_SET, BUFFER_TOO_SMALL, PANIC.
///
/// # Safety
/// As for `isc_pat_response_id`.
#[no_mangle]
pub unsafe extern "C" fn isc_pat_response_expiration_date(
    response: Option<&isc_pat_response>,
    buf: *mut c_char,
    cap: size_t,
    out_len: Option<&mut size_t>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    // SAFETY: the caller keeps the contract above.
    unsafe {
        response_text(response, buf, cap, out_len, error, |r| {
            Ok(Text::Instant(
                r.expiration_date()
                    .ok_or_else(|| not_set("expirationDate"))?,
            ))
        })
    }
}

/// Writes `expirationDate` as milliseconds since the Unix epoch; NOT_SET
/// (writing 0) when the response has none.
///
/// Statuses: OK, NULL_ARGUMENT, NOT_SET, PANIC.
///
/// # Safety
/// As for `isc_pat_response_created_unix_ms`.
#[no_mangle]
pub extern "C" fn isc_pat_response_expiration_date_unix_ms(
    response: Option<&isc_pat_response>,
    out_unix_ms: Option<&mut i64>,
    error: Option<&mut *mut isc_pat_error>,
) -> isc_pat_status {
    call(error, || {
        let out = ptr::out(out_unix_ms, "out_unix_ms")?;
        let response = ptr::object(response, "response")?;
        let expiration = response.0.expiration_date();
        *out = expiration.map_or(0, |t| t.timestamp_millis());
        expiration
            .map(drop)
            .ok_or_else(|| not_set("expirationDate"))
    })
}
