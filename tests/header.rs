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
