//! The library version, for compile-time (header macros) and run-time checks.

use std::ffi::c_char;

/// Major version of the library this header belongs to.
pub const ISC_PAT_VERSION_MAJOR: u32 = 0;
/// Minor version of the library this header belongs to.
pub const ISC_PAT_VERSION_MINOR: u32 = 2;
/// Patch version of the library this header belongs to.
pub const ISC_PAT_VERSION_PATCH: u32 = 0;

const VERSION_NUL: &str = concat!(env!("CARGO_PKG_VERSION"), "\0");

/// The version of the loaded library, e.g. `"0.2.0"`: a static
/// NUL-terminated string, never freed. Compare it with the
/// `ISC_PAT_VERSION_*` macros to detect a header/library mismatch.
#[no_mangle]
pub extern "C" fn isc_pat_version() -> *const c_char {
    VERSION_NUL.as_ptr().cast()
}
