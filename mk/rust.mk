# The Rust core and the C ABI library.

.PHONY: setup native header test-rust

# Machines without crates.io resolve crates from the shared offline mirror.
VENDORED_CRATES := $(wildcard $(ROOT)/../shared/use-vendored-crates.sh)
setup:
	$(if $(VENDORED_CRATES),$(VENDORED_CRATES) >/dev/null,@true)

# The release cdylib/staticlib every other layer links or loads.
native: setup
	$(CARGO) build --release --locked --lib --features wiping-allocator

# Regenerates include/isc_pat.h from src/ffi with cbindgen.
header: setup
	ISC_PAT_BLESS=1 $(CARGO) test --locked --test header

test-rust: setup
	$(CARGO) fmt --check
	$(CARGO) clippy --locked --all-targets -- -D warnings
	$(CARGO) test --locked

TEST_TARGETS += test-rust
