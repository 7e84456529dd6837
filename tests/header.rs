//! The committed C header must be exactly what cbindgen generates from the
//! current source. Run with `ISC_PAT_BLESS=1` (or `make header`) to rewrite it.

use std::path::Path;

#[test]
fn committed_header_matches_cbindgen_output() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = cbindgen::Config::from_file(root.join("cbindgen.toml")).expect("cbindgen.toml");
    let mut generated = Vec::new();
    cbindgen::Builder::new()
        .with_crate(root)
        .with_config(config)
        .generate()
        .expect("cbindgen generates the header")
        .write(&mut generated);
    let generated = String::from_utf8(generated).expect("UTF-8 header");
    let path = root.join("include/isc_pat.h");
    if std::env::var_os("ISC_PAT_BLESS").is_some() {
        std::fs::write(&path, &generated).expect("write header");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "include/isc_pat.h is stale: run `make header` (ISC_PAT_BLESS=1 cargo test --test header) and commit it"
    );
}

/// `isc_pat_status_name` against the header's enum, both ways: every
/// constant of the header is named by its value, and every value the
/// function names (not "unknown") is that constant of the header.
#[test]
fn status_names_match_the_header_both_ways() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let header = std::fs::read_to_string(root.join("include/isc_pat.h")).expect("header");
    let (before, _) = header
        .split_once("} isc_pat_status;")
        .expect("the isc_pat_status enum in the header");
    let body = &before[before.rfind("typedef enum {").expect("its start")..];
    let constants: Vec<(String, i32)> = body
        .lines()
        .filter_map(|line| line.trim().trim_end_matches(',').split_once(" = "))
        .map(|(name, value)| (name.to_owned(), value.parse().expect("a number")))
        .collect();
    assert_eq!(constants.len(), 17, "{constants:?}");
    let name = |status: i32| {
        // SAFETY: `isc_pat_status_name` returns a static C string.
        unsafe { std::ffi::CStr::from_ptr(isc_pat::ffi::status::isc_pat_status_name(status)) }
            .to_str()
            .expect("UTF-8")
            .to_owned()
    };
    for (constant, value) in &constants {
        assert_eq!(&name(*value), constant);
    }
    for value in (-3..=40).chain([i32::MIN, i32::MAX]) {
        let named = name(value);
        if named != "unknown isc_pat_status" {
            assert!(
                constants.contains(&(named.clone(), value)),
                "{value} is named {named}, which the header does not give that value"
            );
        }
    }
    for unknown in [constants.len() as i32, 99, -1, i32::MIN, i32::MAX] {
        assert_eq!(name(unknown), "unknown isc_pat_status");
    }
}

#[test]
fn header_version_macros_match_cargo_toml() {
    use isc_pat::ffi::version::*;
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
    // SAFETY: `isc_pat_version` returns a static NUL-terminated string.
    let loaded = unsafe { std::ffi::CStr::from_ptr(isc_pat_version()) };
    assert_eq!(loaded.to_str().unwrap(), env!("CARGO_PKG_VERSION"));
}
