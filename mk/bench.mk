# Benchmarks: not tests, never part of `make test`.
#
#   make bench                 release build, every benchmark, one table
#   BENCH_QUICK=1 make bench   short windows (under two minutes)
#
# Results: target/bench/summary.md and target/bench/summary.json; the raw
# rows behind them in target/bench/rows/*.jsonl (format: benches/summarize.py
# and BENCHMARKS.md).
#
# How a layer joins the table: its mk file adds a target to BENCH_TARGETS
# (`BENCH_TARGETS += bench-dotnet`). That target builds in release mode,
# honours BENCH_QUICK (set and not 0 = quick), and appends one JSON line per
# row to $(BENCH_ROWS)/<layer>.jsonl; BENCH_ROWS and BENCH_QUICK are in its
# environment. The targets run one after another, never in parallel, so
# they do not disturb each other's timings.

# Read once, even when a makefile includes this file again.
ifndef ISC_PAT_BENCH_MK
ISC_PAT_BENCH_MK := 1

# The makefile make was started with, for the sequential sub-makes below.
BENCH_MAKEFILE := $(abspath $(firstword $(MAKEFILE_LIST)))
BENCH_DIR := $(ROOT)/target/bench
BENCH_ROWS := $(BENCH_DIR)/rows
BENCH_QUICK ?=
BENCH_QUICK_ON := $(filter-out 0,$(BENCH_QUICK))
export BENCH_QUICK BENCH_ROWS
# Rust and C first, whichever order the mk files are included in;
# instruction counts when valgrind is installed.
BENCH_TARGETS := bench-rust bench-c $(if $(shell command -v valgrind),bench-callgrind) $(BENCH_TARGETS)

.PHONY: bench bench-rust bench-c bench-c-build bench-callgrind

bench: native
	rm -rf $(BENCH_ROWS)
	mkdir -p $(BENCH_ROWS)
	for t in $(BENCH_TARGETS); do $(MAKE) --no-print-directory -f $(BENCH_MAKEFILE) $$t; done
	python3 $(ROOT)/benches/summarize.py table $(BENCH_ROWS) $(BENCH_DIR) $(ROOT)/target/criterion

# Criterion: the Rust core and the C ABI called from Rust, each against its
# baseline; then the bulk 100k round trip with peak memory (child processes).
bench-rust:
	mkdir -p $(BENCH_ROWS)
	$(CARGO) bench --locked --bench rust_core --bench c_boundary
	python3 $(ROOT)/benches/summarize.py criterion $(BENCH_ROWS) $(ROOT)/target/criterion
	rm -f $(BENCH_ROWS)/rust_bulk.jsonl
	ISC_PAT_BULK_OUT=$(BENCH_ROWS)/rust_bulk.jsonl $(CARGO) bench --locked --bench rust_core

# The C loop itself, compiled -O2 against the header and the shared library.
bench-c-build: native
	mkdir -p $(BENCH_DIR)
	gcc -std=c99 -O2 $(C_WARNINGS) -I$(HEADER_DIR) benches/c/bench_boundary.c -o $(BENCH_DIR)/bench_boundary \
	  -L$(ROOT)/target/release -Wl,-rpath,$(ROOT)/target/release -lisc_pat

bench-c: bench-c-build
	mkdir -p $(BENCH_ROWS)
	rm -f $(BENCH_ROWS)/c.jsonl
	$(BENCH_DIR)/bench_boundary $(if $(BENCH_QUICK_ON),--quick) --out $(BENCH_ROWS)/c.jsonl

# Instructions per operation (valgrind callgrind): the same comparisons as
# the criterion rows, free of the noise of a shared machine.
bench-callgrind: bench-c-build
	mkdir -p $(BENCH_ROWS)
	BENCH_C_BOUNDARY=$(BENCH_DIR)/bench_boundary CARGO=$(CARGO) python3 $(ROOT)/benches/callgrind.py $(BENCH_ROWS)

endif
