# isc-pat: one Rust core, three ways in (C, .NET, PowerShell).
#
#   make example   the documented example, end to end
#   make test      every test of every layer, on linux-x64, win-x64 (Wine)
#                  and linux-arm64 (QEMU)
#   make package   the C, NuGet and PowerShell packages for the three platforms
#   make deps      the Debian packages the build and tests need (tools/install-deps.sh)
#
# Each part's rules live in mk/<part>.mk and add their test target to
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

# The version, read once from the [package] table of Cargo.toml: every
# package, file name and SONAME below takes it from here.
VERSION := $(shell awk -F'"' '/^\[/ { p = ($$0 == "[package]") } p && /^version[ \t]*=/ { print $$2; exit }' $(ROOT)/Cargo.toml)
VERSION_MAJOR := $(firstword $(subst ., ,$(VERSION)))
ifeq ($(VERSION),)
$(error no [package] version in Cargo.toml)
endif

TEST_TARGETS := deps
# Targets that tidy up once every test has passed (a part's mk file adds its own).
AFTER_TEST :=
EXAMPLE_TARGET := example-c

include mk/deps.mk
include mk/rust.mk
include mk/c.mk
include mk/fuzz.mk
include mk/cross.mk
include mk/dotnet.mk
include mk/powershell.mk
include mk/win-x64.mk
include mk/win-x64-dotnet.mk
include mk/win-x64-powershell.mk
include mk/linux-arm64.mk
include mk/package.mk
include mk/bench.mk
include mk/soak.mk

.PHONY: help example test clean

help:
	@echo "make example   run the documented example end to end"
	@echo "make test      run every test ($(TEST_TARGETS))"
	@echo "make package   build the packages into out/package/"

example: $(EXAMPLE_TARGET)

test: $(TEST_TARGETS)
	$(if $(AFTER_TEST),@$(MAKE) --no-print-directory $(AFTER_TEST))
	@echo "all tests passed: $(TEST_TARGETS)"

clean:
	$(CARGO) clean
	rm -rf $(OUT)
