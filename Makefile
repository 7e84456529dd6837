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
VERSION_MINOR := $(word 2,$(subst ., ,$(VERSION)))
# The ABI generation, the SONAME's suffix (libisc_pat.so.$(SOVERSION)): the
# major version from 1.0 on, major.minor before, since a 0.x minor release
# may change the ABI (build.rs computes the same for the linker).
SOVERSION := $(if $(filter 0,$(VERSION_MAJOR)),0.$(VERSION_MINOR),$(VERSION_MAJOR))
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

# Every public target, one line each (CONTRIBUTING.md says more).
help:
	@printf '%s\n' \
	  'Examples' \
	  '  make example              the documented example in PowerShell, end to end' \
	  '  make example-c            the same example in C' \
	  '  make example-dotnet       the same example in C#' \
	  '  make example-powershell   ... in PowerShell, against the built module' \
	  'Tests' \
	  '  make test                 every test of every layer and platform, in the order below' \
	  '  make test-rust            cargo fmt --check, clippy, cargo test (model, JSON, C ABI from Rust, header)' \
	  '  make test-c               C tests: C99, C++17, ASan+UBSan, valgrind' \
	  '  make fuzz                 the libFuzzer target over the C ABI (FUZZ_TIME=30 seconds)' \
	  '  make test-dotnet          xunit against the native library' \
	  '  make test-powershell      Pester under the pinned PowerShell' \
	  '  make test-c-win-x64       C tests under Wine, against isc_pat.dll' \
	  '  make test-dotnet-win-x64  .NET tests under Wine, as one self-contained program' \
	  '  make test-powershell-win-x64   PowerShell under Wine, the documented example' \
	  '  make test-c-linux-arm64   C tests under QEMU' \
	  '  make test-package         every package installed and used (test-package-c, -nuget, -powershell, -versions)' \
	  '  make test-soak            a short .NET soak' \
	  '  make soak                 the long soaks (soak-dotnet, soak-powershell)' \
	  'Benchmarks (BENCH_QUICK=1 for short windows)' \
	  '  make bench                every benchmark, one table (BENCHMARKS.md)' \
	  '  make bench-rust  bench-c  bench-callgrind  bench-dotnet  bench-powershell   one layer' \
	  'Builds' \
	  '  make native               the release library of the host (target/release/)' \
	  '  make native-win-x64  native-linux-arm64  native-all   the cross builds (target/runtimes/)' \
	  '  make header               regenerate include/isc_pat.h from src/ffi (cbindgen)' \
	  '  make dotnet-build         the .NET binding (Release)' \
	  '  make powershell-module    the PowerShell module, at out/powershell/IscPat/' \
	  '  make package              the C, NuGet and PowerShell packages (package-c, -nuget, -powershell)' \
	  '  make install  uninstall   C headers and libraries (PREFIX=/usr/local LIBDIR=lib DESTDIR=)' \
	  'Other' \
	  '  make deps                 the Debian packages the build and tests need' \
	  '  make wine-stop            stop the Wine server the Windows tests started' \
	  '  make clean                remove build outputs'

example: $(EXAMPLE_TARGET)

test: $(TEST_TARGETS)
	$(if $(AFTER_TEST),@$(MAKE) --no-print-directory $(AFTER_TEST))
	@echo "all tests passed: $(TEST_TARGETS)"

clean:
	$(CARGO) clean
	rm -rf $(OUT)
