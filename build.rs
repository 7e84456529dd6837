//! Gives the shared library its SONAME on ELF targets: `libisc_pat.so.<major>`,
//! so that programs record the ABI generation they were linked against, not
//! the unversioned development name. `make install` and the packages lay out
//! `libisc_pat.so.<major>.<minor>.<patch>` with the two usual links to it.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if matches!(
        os.as_str(),
        "linux" | "android" | "freebsd" | "netbsd" | "openbsd" | "dragonfly"
    ) {
        let major =
            std::env::var("CARGO_PKG_VERSION_MAJOR").expect("cargo sets CARGO_PKG_VERSION_MAJOR");
        println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libisc_pat.so.{major}");
    }
}
