# isc-pat: one Rust core, three ways in (C, .NET, PowerShell).
#
#   make example   the documented example, end to end
#   make test      every test of every layer
#
# Each layer's rules live in mk/<layer>.mk and add their test target to
# TEST_TARGETS, in the order the layers build on each other.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

CARGO ?= cargo
ROOT := $(abspath .)
OUT := $(ROOT)/out
NATIVE_LIB := $(ROOT)/target/release/libisc_pat.so
NATIVE_STATIC := $(ROOT)/target/release/libisc_pat.a
HEADER_DIR := $(ROOT)/include

TEST_TARGETS :=
EXAMPLE_TARGET := example-c

include mk/rust.mk
include mk/c.mk
-include mk/dotnet.mk
-include mk/powershell.mk
-include mk/package.mk
-include mk/bench.mk
-include mk/soak.mk

.PHONY: help example test clean

help:
	@echo "make example   run the documented example end to end"
	@echo "make test      run every test ($(TEST_TARGETS))"

example: $(EXAMPLE_TARGET)

test: $(TEST_TARGETS)
	@echo "all tests passed: $(TEST_TARGETS)"

clean:
	$(CARGO) clean
	rm -rf $(OUT)
