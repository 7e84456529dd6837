# The coverage-guided fuzzer: fuzz/fuzz_parse.c, a libFuzzer target over the
# C ABI (what it checks: the comment at its top).
#
#   make fuzz                   run it for FUZZ_TIME seconds (30 by default)
#   make fuzz FUZZ_TIME=600
#
# The library is built by the nightly toolchain (rustup's `nightly`, for
# -Zsanitizer) with sanitizer-coverage and AddressSanitizer, into its own
# target dir; the target is compiled and linked by the clang whose LLVM
# matches the nightly's (clang-22 with libFuzzer from libfuzzer-22-dev,
# both installed by `make deps`). Seeds: every input of tests/corpus/json;
# inputs that grow the coverage are kept in target/fuzz/corpus, and an input
# that finds a problem is written to target/fuzz/artifacts/ (make it a
# corpus case, tests/corpus/README.md).

FUZZ_TIME ?= 30
FUZZ_CLANG ?= clang-22
FUZZ_TOOLCHAIN ?= +nightly
FUZZ_DIR := $(ROOT)/target/fuzz
FUZZ_RUST_TARGET := x86_64-unknown-linux-gnu
FUZZ_LIB := $(FUZZ_DIR)/$(FUZZ_RUST_TARGET)/release/libisc_pat.a
FUZZ_BIN := $(FUZZ_DIR)/fuzz_parse
# Edge coverage with 8-bit counters, the PC table and compare tracing (what
# libFuzzer's -fsanitize=fuzzer gives C code); overflow checks and debug
# assertions on, so that an arithmetic slip fails loudly as a panic.
FUZZ_RUSTFLAGS := -Zsanitizer=address -Cpasses=sancov-module \
	-Cllvm-args=-sanitizer-coverage-level=3 \
	-Cllvm-args=-sanitizer-coverage-inline-8bit-counters \
	-Cllvm-args=-sanitizer-coverage-pc-table \
	-Cllvm-args=-sanitizer-coverage-trace-compares \
	-Coverflow-checks=on -Cdebug-assertions=on -Cdebuginfo=line-tables-only

.PHONY: fuzz fuzz-build

# --target keeps RUSTFLAGS off the build scripts and proc macros.
fuzz-build:
	RUSTFLAGS="$(FUZZ_RUSTFLAGS)" $(CARGO) $(FUZZ_TOOLCHAIN) build --release --locked --lib \
	  --features $(NATIVE_FEATURES) --target $(FUZZ_RUST_TARGET) --target-dir $(FUZZ_DIR)
	$(FUZZ_CLANG) -std=c99 -g -O1 $(C_WARNINGS) -fsanitize=fuzzer,address -I$(HEADER_DIR) \
	  fuzz/fuzz_parse.c $(FUZZ_LIB) -lpthread -ldl -lm -o $(FUZZ_BIN)

fuzz: fuzz-build
	mkdir -p $(FUZZ_DIR)/corpus $(FUZZ_DIR)/artifacts
	$(FUZZ_BIN) -max_total_time=$(FUZZ_TIME) -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
	  -artifact_prefix=$(FUZZ_DIR)/artifacts/ $(FUZZ_DIR)/corpus $(CORPUS_DIR)/json

TEST_TARGETS += fuzz
