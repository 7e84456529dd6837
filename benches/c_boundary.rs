//! The cost of the C boundary: the exported `isc_pat_*` functions, called
//! from Rust, against the Rust API doing the same work.
//!
//! * `c_abi_create_serialize_free`: owner + response from `isc_pat_str`
//!   text and the creation instant in Unix milliseconds, compact JSON, then every object and string freed;
//!   `rust_direct`: `PatOwner::new` + `CreatePersonalAccessTokenResponse::new`
//!   from the same text, `to_json`, drop.
//! * `c_abi_parse_free`: `isc_pat_response_parse` + `isc_pat_response_free`
//!   vs `from_json` + drop.

mod common;

use std::ffi::c_char;
use std::hint::black_box;
use std::ptr::null_mut;

use isc_pat::ffi::error::isc_pat_error;
use isc_pat::ffi::owner::{isc_pat_owner, isc_pat_owner_free, isc_pat_owner_new};
use isc_pat::ffi::response::{
    isc_pat_response, isc_pat_response_free, isc_pat_response_new, isc_pat_response_parse,
    isc_pat_response_to_json,
};
use isc_pat::ffi::status::isc_pat_status;
use isc_pat::ffi::strings::{isc_pat_str, isc_pat_string_free};
use isc_pat::{CreatePersonalAccessTokenResponse, ParseMode};

use common::{
    build_ours, CANONICAL, ID, NAME, OWNER_ID, OWNER_NAME, OWNER_TYPE, SCOPE, SECRET, VALIDITY,
};

/// `CREATED` as the C ABI takes it.
const CREATED_UNIX_MS: i64 = 1_499_798_737_098;

fn text(s: &str) -> isc_pat_str {
    isc_pat_str {
        ptr: s.as_ptr().cast(),
        len: s.len(),
    }
}

/// What a C caller does: build, serialize, free everything. Returns the
/// JSON length so the work cannot be optimised away.
fn ffi_create_serialize_free() -> usize {
    let scope = SCOPE.map(text);
    let validity = i64::from(VALIDITY);
    let mut err: *mut isc_pat_error = null_mut();
    let mut owner: *mut isc_pat_owner = null_mut();
    let mut response: *mut isc_pat_response = null_mut();
    let mut json: *mut c_char = null_mut();
    let mut len = 0usize;
    // SAFETY: every pointer is valid for its length; outputs are locals.
    unsafe {
        let s = isc_pat_owner_new(
            text(OWNER_TYPE),
            text(OWNER_ID),
            text(OWNER_NAME),
            Some(&mut owner),
            Some(&mut err),
        );
        assert_eq!(s, isc_pat_status::Ok);
        let s = isc_pat_response_new(
            text(ID),
            text(SECRET),
            scope.as_ptr(),
            scope.len(),
            false,
            text(NAME),
            owner.as_ref(),
            CREATED_UNIX_MS,
            Some(&validity),
            None,
            Some(&mut response),
            Some(&mut err),
        );
        assert_eq!(s, isc_pat_status::Ok);
        let s = isc_pat_response_to_json(
            response.as_ref(),
            false,
            Some(&mut json),
            Some(&mut len),
            Some(&mut err),
        );
        assert_eq!(s, isc_pat_status::Ok);
        isc_pat_string_free(json);
        isc_pat_response_free(response);
        isc_pat_owner_free(owner);
    }
    len
}

/// The same work through the Rust API.
fn rust_create_serialize_free() -> usize {
    build_ours(black_box(ID)).to_json().len()
}

fn ffi_parse_free() {
    let mut err: *mut isc_pat_error = null_mut();
    let mut response: *mut isc_pat_response = null_mut();
    let json = black_box(CANONICAL);
    // SAFETY: `json` is valid for its length; outputs are locals.
    unsafe {
        let s = isc_pat_response_parse(text(json), false, Some(&mut response), Some(&mut err));
        assert_eq!(s, isc_pat_status::Ok);
        isc_pat_response_free(response);
    }
}

fn rust_parse_free() {
    let r = CreatePersonalAccessTokenResponse::from_json(
        black_box(CANONICAL).as_bytes(),
        ParseMode::Lenient,
    )
    .expect("valid");
    drop(black_box(r));
}

/// Runs one operation `ISC_PAT_PROFILE_ITERS` times (default 10,000), for
/// `valgrind --tool=callgrind` (see `ISC_PAT_PROFILE` in rust_core.rs).
fn profile(op: &str) {
    let iters: usize = std::env::var("ISC_PAT_PROFILE_ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    for _ in 0..iters {
        match op {
            "create_ffi" => drop(black_box(ffi_create_serialize_free())),
            "create_rust" => drop(black_box(rust_create_serialize_free())),
            "parse_ffi" => ffi_parse_free(),
            "parse_rust" => rust_parse_free(),
            other => panic!("unknown operation {other}"),
        }
    }
}

fn main() {
    if let Ok(op) = std::env::var("ISC_PAT_PROFILE") {
        profile(&op);
        return;
    }
    common::check_same_output();
    assert_eq!(ffi_create_serialize_free(), CANONICAL.len());
    assert_eq!(rust_create_serialize_free(), CANONICAL.len());
    let mut c = common::criterion();
    let mut g = c.benchmark_group("c_abi_create_serialize_free");
    g.bench_function("ffi", |b| b.iter(ffi_create_serialize_free));
    g.bench_function("rust_direct", |b| b.iter(rust_create_serialize_free));
    g.finish();
    let mut g = c.benchmark_group("c_abi_parse_free");
    g.bench_function("ffi", |b| b.iter(ffi_parse_free));
    g.bench_function("rust_direct", |b| b.iter(rust_parse_free));
    g.finish();
    c.final_summary();
}
