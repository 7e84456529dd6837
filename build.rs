//! Two things the sources cannot say by themselves:
//!
//! * The shared library's SONAME on ELF targets: `libisc_pat.so.<abi>`,
//!   where the ABI generation is the major version from 1.0 on and
//!   `0.<minor>` before (a 0.x minor release may change the ABI), so that
//!   programs record the generation they were linked against. `make
//!   install` and the packages lay out `libisc_pat.so.<version>` with the
//!   links `libisc_pat.so.<abi>` and `libisc_pat.so`.
//! * The status names of `isc_pat_status_name`, generated from the one list
//!   of statuses, the `isc_pat_status` enum in `src/ffi/status.rs`: each
//!   variant `NullArgument = 1` gives `"ISC_PAT_STATUS_NULL_ARGUMENT"` at
//!   index 1, the header's spelling (cbindgen's ScreamingSnakeCase).

use std::fmt::Write as _;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/ffi/status.rs");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if matches!(
        os.as_str(),
        "linux" | "android" | "freebsd" | "netbsd" | "openbsd" | "dragonfly"
    ) {
        let version = |part: &str| std::env::var(part).expect("cargo sets the version parts");
        let major = version("CARGO_PKG_VERSION_MAJOR");
        let abi = if major == "0" {
            format!("0.{}", version("CARGO_PKG_VERSION_MINOR"))
        } else {
            major
        };
        println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libisc_pat.so.{abi}");
    }
    write_status_names();
}

/// Writes `$OUT_DIR/status_names.rs`: `STATUS_NAMES`, indexed by value.
fn write_status_names() {
    let source = std::fs::read_to_string("src/ffi/status.rs").expect("src/ffi/status.rs");
    let body = source
        .split_once("pub enum isc_pat_status {")
        .and_then(|(_, rest)| rest.split_once('}'))
        .expect("the isc_pat_status enum in src/ffi/status.rs")
        .0;
    let mut names = String::new();
    let mut count = 0;
    for line in body.lines().map(str::trim) {
        let Some((variant, value)) = line.trim_end_matches(',').split_once(" = ") else {
            continue;
        };
        if line.starts_with("//") {
            continue;
        }
        let value: usize = value.parse().expect("a status value is a number");
        assert_eq!(value, count, "status values run 0, 1, 2, ... ({variant})");
        let mut name = String::from("ISC_PAT_STATUS_");
        for (i, c) in variant.chars().enumerate() {
            if c.is_ascii_uppercase() && i > 0 {
                name.push('_');
            }
            name.push(c.to_ascii_uppercase());
        }
        writeln!(names, "    \"{name}\\0\",").unwrap();
        count += 1;
    }
    let code = format!("const STATUS_NAMES: [&str; {count}] = [\n{names}];\n");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("status_names.rs");
    std::fs::write(out, code).expect("write status_names.rs");
}
