#!/usr/bin/env bash
# Proves the C packages work the way a C user consumes them:
#
#   1. `make install PREFIX=<temporary prefix>`, then the documented example
#      built with `cc ... $(pkg-config --cflags --libs isc_pat)` against
#      that prefix only, and once more statically with
#      `pkg-config --static ... isc_pat-static` (no libisc_pat.so needed);
#   2. the same two builds from the binary tarball, unpacked elsewhere
#      (its pkg-config files are relocatable).
#
# Every program must print the canonical JSON of the documented example.
#
#   test-c-package.sh <repo> <version> <tarball>
set -euo pipefail

repo=$1 version=$2 tarball=$3
expected=$(cat "$repo/packaging/expected/documented-example.json")
work=$(mktemp -d "${TMPDIR:-/tmp}/isc-pat-c-package.XXXXXX")
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

# Builds and runs the example twice against the installation at <prefix>.
check_prefix() {
  local label=$1 prefix=$2 out=$work/$1
  mkdir -p "$out"
  # Only the installed copy: no include or library path into the sources,
  # and no pkg-config files other than the installed ones.
  export PKG_CONFIG_PATH=$prefix/lib/pkgconfig PKG_CONFIG_LIBDIR=$prefix/lib/pkgconfig
  local pc_version
  pc_version=$(pkg-config --modversion isc_pat)
  [ "$pc_version" = "$version" ] || fail "$label: pkg-config says isc_pat $pc_version, expected $version"
  local example=$prefix/share/doc/isc-pat/examples/c/documented_example.c
  [ -f "$example" ] || fail "$label: the C example is not installed at $example"

  # Shared: found at run time through the prefix's lib/ (rpath), nothing else.
  # shellcheck disable=SC2046
  cc -std=c99 -Wall -Wextra -Werror "$example" -o "$out/shared" \
    $(pkg-config --cflags --libs isc_pat) -Wl,-rpath,"$(pkg-config --variable=libdir isc_pat)"
  local loaded
  loaded=$(ldd "$out/shared" | awk '$1 == "libisc_pat.so" && $2 == "=>" { print $3 }')
  [ -n "$loaded" ] && [ "$(readlink -f "$loaded")" = "$(readlink -f "$prefix/lib/libisc_pat.so")" ] \
    || { ldd "$out/shared"; fail "$label: shared example does not load $prefix/lib/libisc_pat.so"; }
  [ "$(env -u LD_LIBRARY_PATH "$out/shared")" = "$expected" ] || fail "$label: shared example printed something else"
  echo "ok: $label shared   (cc \$(pkg-config --cflags --libs isc_pat))"

  # Static: libisc_pat.a; the binary must not need libisc_pat.so at all.
  # shellcheck disable=SC2046
  cc -std=c99 -Wall -Wextra -Werror "$example" -o "$out/static" \
    $(pkg-config --static --cflags --libs isc_pat-static)
  if readelf -d "$out/static" | grep -q 'NEEDED.*libisc_pat'; then
    readelf -d "$out/static"; fail "$label: static example depends on libisc_pat.so"
  fi
  ldd "$out/static" | grep -q libisc_pat && fail "$label: ldd lists libisc_pat for the static example"
  # Even with the shared library gone, the static build runs.
  mv "$prefix/lib/libisc_pat.so" "$prefix/lib/libisc_pat.so.hidden"
  local got
  got=$("$out/static") || { mv "$prefix/lib/libisc_pat.so.hidden" "$prefix/lib/libisc_pat.so"; fail "$label: static example failed"; }
  mv "$prefix/lib/libisc_pat.so.hidden" "$prefix/lib/libisc_pat.so"
  [ "$got" = "$expected" ] || fail "$label: static example printed something else"
  echo "ok: $label static   (cc \$(pkg-config --static --cflags --libs isc_pat-static))"
  unset PKG_CONFIG_PATH PKG_CONFIG_LIBDIR
}

# 1. make install into a temporary prefix.
prefix=$work/prefix
make --no-print-directory -C "$repo" install PREFIX="$prefix" > "$work/install.log" 2>&1 \
  || { cat "$work/install.log"; fail "make install PREFIX=$prefix"; }
for f in include/isc_pat.h lib/libisc_pat.so lib/libisc_pat.a lib/pkgconfig/isc_pat.pc lib/pkgconfig/isc_pat-static.pc; do
  [ -f "$prefix/$f" ] || fail "make install did not install $f"
done
grep -qx "prefix=$prefix" "$prefix/lib/pkgconfig/isc_pat.pc" || fail "isc_pat.pc does not name the prefix $prefix"
check_prefix install "$prefix"

# 2. The tarball, unpacked in another place.
mkdir -p "$work/unpacked"
tar -xzf "$tarball" -C "$work/unpacked"
top=$work/unpacked/$(basename "$tarball" .tar.gz)
[ -d "$top" ] || fail "the tarball does not unpack into $(basename "$top")/"
check_prefix tarball "$top"
