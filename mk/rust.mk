# The Rust core and the C ABI library of the host (linux-x64 here).
#
# build.rs gives the shared library the SONAME libisc_pat.so.$(SOVERSION)
# (0.<minor> before 1.0, <major> from then on); the
# link of that name beside it lets programs linked against target/release
# run from there.

.PHONY: native header test-rust

# The release cdylib/staticlib every other layer links or loads. The C
# library builds (this one and the cross builds) turn on the wiping global
# allocator: every block freed inside the library, serde_json's buffers
# included, is zeroed before it is handed back.
NATIVE_FEATURES := wiping-allocator
native:
	$(CARGO) build --release --locked --lib --features $(NATIVE_FEATURES)
	ln -sf libisc_pat.so $(ROOT)/target/release/libisc_pat.so.$(SOVERSION)

# Regenerates include/isc_pat.h from src/ffi with cbindgen.
header:
	ISC_PAT_BLESS=1 $(CARGO) test --locked --test header

test-rust:
	$(CARGO) fmt --check
	$(CARGO) clippy --locked --all-targets -- -D warnings
	$(CARGO) test --locked

TEST_TARGETS += test-rust
