# The Rust core and the C ABI library.

.PHONY: native header test-rust

# The release cdylib/staticlib every other layer links or loads.
native:
	$(CARGO) build --release --locked --lib

# Regenerates include/isc_pat.h from src/ffi with cbindgen.
header:
	ISC_PAT_BLESS=1 $(CARGO) test --locked --test header

test-rust:
	$(CARGO) fmt --check
	$(CARGO) clippy --locked --all-targets -- -D warnings
	$(CARGO) test --locked

TEST_TARGETS += test-rust
