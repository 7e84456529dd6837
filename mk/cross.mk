# The library for the other platforms, from the same sources:
#
#   make native-win-x64      isc_pat.dll (x86_64-pc-windows-gnu, MinGW-w64)
#   make native-linux-arm64  libisc_pat.so (aarch64-unknown-linux-gnu)
#   make native-all          both, and the host's (make native)
#
# rustup cannot add targets offline, so these builds use Debian's Rust
# (rustc-web, cargo-web, rust-web-src: tools/install-deps.sh) and compile the
# standard library from its sources for each target (-Zbuild-std, allowed on
# a stable compiler by RUSTC_BOOTSTRAP=1). They have their own target folder,
# target/cross/, so they never touch the host build in target/release/.
#
# Results, in the NuGet layout every package takes them from:
#   target/runtimes/win-x64/native/isc_pat.dll
#   target/runtimes/linux-arm64/native/libisc_pat.so
# and the files a C user links, in target/cross/<triple>/release/:
#   win-x64      libisc_pat.dll.a (MinGW import library), isc_pat.lib (import
#                library for MSVC, from isc_pat.def), isc_pat.def,
#                libisc_pat.a (static, MinGW)
#   linux-arm64  libisc_pat.a (static)

.PHONY: native-win-x64 native-linux-arm64 native-all

CROSS_RUSTC ?= /usr/bin/rustc
CROSS_CARGO_BIN ?= /usr/bin/cargo
CROSS_TARGET_DIR := $(ROOT)/target/cross
RUNTIMES_DIR := $(ROOT)/target/runtimes
WIN_TRIPLE := x86_64-pc-windows-gnu
ARM64_TRIPLE := aarch64-unknown-linux-gnu
WIN_OUT := $(CROSS_TARGET_DIR)/$(WIN_TRIPLE)/release
ARM64_OUT := $(CROSS_TARGET_DIR)/$(ARM64_TRIPLE)/release
WIN_DLL := $(RUNTIMES_DIR)/win-x64/native/isc_pat.dll
ARM64_SO := $(RUNTIMES_DIR)/linux-arm64/native/libisc_pat.so
MINGW := x86_64-w64-mingw32
ARM64_CC := aarch64-linux-gnu-gcc
# The sysroot libc6-dev-arm64-cross installs: QEMU's -L and the C tests' link.
ARM64_SYSROOT := /usr/aarch64-linux-gnu

CROSS_CARGO := env RUSTC=$(CROSS_RUSTC) RUSTC_BOOTSTRAP=1 \
	CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=$(MINGW)-gcc \
	CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER=$(ARM64_CC) \
	$(CROSS_CARGO_BIN) build --release --locked --lib --features $(NATIVE_FEATURES) --target-dir $(CROSS_TARGET_DIR) -Zbuild-std=std,panic_unwind

# What the DLL may import: DLLs of every Windows 10 (and later) x64 install.
# A MinGW runtime DLL (libgcc_s_seh-1.dll, libwinpthread-1.dll, ...) would
# make the DLL fail to load on a user's machine, so anything else fails here.
WIN_SYSTEM_DLLS := kernel32.dll ntdll.dll msvcrt.dll bcryptprimitives.dll userenv.dll ws2_32.dll advapi32.dll \
	bcrypt.dll shell32.dll ole32.dll api-ms-win-core-synch-l1-2-0.dll

native-all: native native-win-x64 native-linux-arm64

native-win-x64: deps
	$(CROSS_CARGO) --target $(WIN_TRIPLE)
	imports=$$($(MINGW)-objdump -p $(WIN_OUT)/isc_pat.dll | awk '/DLL Name:/ { print tolower($$3) }' | sort -u); \
	echo "isc_pat.dll imports: $$(echo $$imports)"; \
	for d in $$imports; do \
	  case " $(WIN_SYSTEM_DLLS) " in *" $$d "*) ;; *) echo "FAIL: isc_pat.dll imports $$d, which Windows does not ship"; exit 1;; esac; \
	done
	{ echo "LIBRARY isc_pat.dll"; echo "EXPORTS"; \
	  $(MINGW)-objdump -p $(WIN_OUT)/isc_pat.dll \
	    | awk '/^\[Ordinal\/Name Pointer\] Table/ { t = 1; next } t && /^\t\[/ { print "    " $$NF; next } { t = 0 }'; \
	} > $(WIN_OUT)/isc_pat.def
	test "$$(grep -c '^    isc_pat_' $(WIN_OUT)/isc_pat.def)" -gt 10
	$(MINGW)-dlltool -m i386:x86-64 -d $(WIN_OUT)/isc_pat.def -D isc_pat.dll -l $(WIN_OUT)/isc_pat.lib
	install -D -m 755 $(WIN_OUT)/isc_pat.dll $(WIN_DLL)

native-linux-arm64: deps
	$(CROSS_CARGO) --target $(ARM64_TRIPLE)
	readelf -d $(ARM64_OUT)/libisc_pat.so | grep -q 'SONAME.*\[libisc_pat.so.$(SOVERSION)\]'
	@echo "libisc_pat.so (linux-arm64) needs glibc $$(aarch64-linux-gnu-objdump -T $(ARM64_OUT)/libisc_pat.so \
	  | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -1 | cut -d_ -f2) or later"
	install -D -m 755 $(ARM64_OUT)/libisc_pat.so $(ARM64_SO)
