//! The library version, for compile-time (header macros) and run-time checks.

use std::ffi::c_char;

/// Major version of the library this header belongs to.
pub const ISC_PAT_VERSION_MAJOR: u32 = 0;
/// Minor version of the library this header belongs to.
pub const ISC_PAT_VERSION_MINOR: u32 = 1;
/// Patch version of the library this header belongs to.
pub const ISC_PAT_VERSION_PATCH: u32 = 0;

const VERSION_NUL: &str = concat!(env!("CARGO_PKG_VERSION"), "\0");

/// The version of the loaded library, e.g. `"0.1.0"`: a static
/// NUL-terminated string, never freed. Compare it with the
/// `ISC_PAT_VERSION_*` macros to detect a header/library mismatch.
#[no_mangle]
pub extern "C" fn isc_pat_version() -> *const c_char {
    VERSION_NUL.as_ptr().cast()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_macros_match_cargo_toml() {
        let expected = [
            env!("CARGO_PKG_VERSION_MAJOR"),
            env!("CARGO_PKG_VERSION_MINOR"),
            env!("CARGO_PKG_VERSION_PATCH"),
        ];
        let actual = [
            ISC_PAT_VERSION_MAJOR,
            ISC_PAT_VERSION_MINOR,
            ISC_PAT_VERSION_PATCH,
        ]
        .map(|v| v.to_string());
        assert_eq!(actual, expected.map(str::to_owned));
    }

    #[test]
    fn version_string_is_nul_terminated() {
        // SAFETY: points to a static NUL-terminated string.
        let s = unsafe { std::ffi::CStr::from_ptr(isc_pat_version()) };
        assert_eq!(s.to_str().unwrap(), env!("CARGO_PKG_VERSION"));
    }
}
