#!/usr/bin/env bash
# Installs the Debian packages the build and the tests need, skipping those
# already installed (so a second run does nothing and needs no network):
#
#   the C tests          gcc, g++, valgrind, pkg-config, cmake, python3
#   win-x64              mingw-w64 C compiler (links the DLL, builds the C
#                        tests and the Wine stand-in), wine64 (runs them)
#   linux-arm64          aarch64 C and C++ compilers and glibc, qemu-user (runs them)
#   both cross builds    rustc-web, cargo-web, rust-web-src: Rust 1.96 with
#                        the standard library's sources, built per target
#                        with -Zbuild-std (rustup cannot add targets offline)
#   the fuzzer           clang-22 and libfuzzer-22-dev: libFuzzer and the
#                        clang whose LLVM (22) matches rustup's nightly, which
#                        instruments the library (mk/fuzz.mk)
#
# Runs as root, or through sudo when it is there. `make deps` and `make test`
# call it. Not installed here: the Rust toolchain of the host build and the
# .NET SDK 10 (see README.md, Prerequisites).
set -euo pipefail

packages=(
  gcc g++ make valgrind pkg-config cmake python3 zip unzip
  gcc-mingw-w64-x86-64 g++-mingw-w64-x86-64 wine64
  gcc-aarch64-linux-gnu g++-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user
  rustc-web cargo-web rust-web-src
  clang-22 libfuzzer-22-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -qx 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} Debian packages are installed"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null; then
  as_root=(sudo)
else
  echo "install-deps: missing ${missing[*]}; run this script as root or install sudo" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
