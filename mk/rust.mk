# The Rust core and the C ABI library of the host (linux-x64 here).
#
# build.rs gives the shared library the SONAME libisc_pat.so.<major>; the
# link of that name beside it lets programs linked against target/release
# run from there.

.PHONY: native header test-rust

# The release cdylib/staticlib every other layer links or loads.
native:
	$(CARGO) build --release --locked --lib
	ln -sf libisc_pat.so $(ROOT)/target/release/libisc_pat.so.$(VERSION_MAJOR)

# Regenerates include/isc_pat.h from src/ffi with cbindgen.
header:
	ISC_PAT_BLESS=1 $(CARGO) test --locked --test header

test-rust:
	$(CARGO) fmt --check
	$(CARGO) clippy --locked --all-targets -- -D warnings
	$(CARGO) test --locked

TEST_TARGETS += test-rust
