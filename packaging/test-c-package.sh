#!/usr/bin/env bash
# Proves the C packages work the way a C user consumes them, on each platform
# that runs here:
#
#   linux-x64    `make install PREFIX=<temporary> LIBDIR=lib/x86_64-linux-gnu`, then the
#                unpacked tarball: the documented example built with
#                pkg-config (shared and static) and with CMake
#                (find_package(isc_pat CONFIG): isc_pat::isc_pat and
#                isc_pat::static); programs record the SONAME; `make
#                uninstall` leaves the prefix empty
#   linux-arm64  the tarball: the same builds with the aarch64 cross
#                compilers, run under QEMU ($ISC_PAT_QEMU)
#   win-x64      the zip: the same builds with MinGW-w64, run under Wine
#                ($ISC_PAT_WINE) with isc_pat.dll beside them
#
# Every program must print the canonical JSON of the documented example.
#
#   test-c-package.sh <repo> <version> <packages folder>
set -euo pipefail

repo=$1 version=$2 packages=$3
expected=$(cat "$repo/packaging/expected/documented-example.json")
major=${version%%.*} minor=${version#*.}; minor=${minor%%.*}
# The SONAME's suffix, as install-c.sh and build.rs compute it.
if [ "$major" = 0 ]; then abi=0.$minor; else abi=$major; fi
# Versions find_package must refuse: the next major and, before 1.0, the
# previous minor (a 0.x minor release may change the ABI).
refused_requests="$((major + 1)).0"
if [ "$major" = 0 ] && [ "$minor" -gt 0 ]; then refused_requests="$refused_requests 0.$((minor - 1))"; fi
work=$(mktemp -d "${TMPDIR:-/tmp}/isc-pat-c-package.XXXXXX")
trap 'rm -rf "$work"' EXIT
: "${ISC_PAT_WINE:?ISC_PAT_WINE must hold the Wine command (make test-package-c sets it)}"
: "${ISC_PAT_QEMU:?ISC_PAT_QEMU must hold the qemu-aarch64 command (make test-package-c sets it)}"

fail() { echo "FAIL: $*" >&2; exit 1; }

# expect_output <label> <command...>: runs a program, compares its output
# (Windows programs end their lines with CR LF: the CR is dropped).
expect_output() {
  local label=$1 got; shift
  got=$("$@" | tr -d '\r') || fail "$label: exit status $?"
  [ "$got" = "$expected" ] || { echo "got: $got" >&2; fail "$label printed something else"; }
}

# cmake_build <label> <prefix> <build dir> [cmake options...]: configures
# tests/cmake against the installation, once asking for a version it must
# refuse, then for this one, and builds both programs.
cmake_build() {
  local label=$1 prefix=$2 build=$3; shift 3
  local example=$prefix/share/doc/isc-pat/examples/c/documented_example.c
  local refused
  for refused in $refused_requests; do
    if cmake -S "$repo/tests/cmake" -B "$build.refuse" -DCMAKE_PREFIX_PATH="$prefix" -DEXAMPLE="$example" \
         -DISC_PAT_REQUEST="$refused" "$@" > "$build.refuse.log" 2>&1; then
      cat "$build.refuse.log"; fail "$label: find_package(isc_pat $refused) accepted version $version"
    fi
    grep -q "isc_patConfig.cmake, version: $version" "$build.refuse.log" || { cat "$build.refuse.log"; fail "$label: the refusal does not come from the version file"; }
    rm -rf "$build.refuse"
  done
  cmake -S "$repo/tests/cmake" -B "$build" -DCMAKE_PREFIX_PATH="$prefix" -DEXAMPLE="$example" \
    -DISC_PAT_REQUEST="$major.$minor" "$@" \
    > "$build.log" 2>&1 || { cat "$build.log"; fail "$label: cmake configure"; }
  grep -q "isc_pat $version from $prefix/" "$build.log" || { cat "$build.log"; fail "$label: CMake did not find isc_pat $version in $prefix"; }
  cmake --build "$build" > "$build.build.log" 2>&1 || { cat "$build.build.log"; fail "$label: cmake --build"; }
}

# pkgconfig <prefix> <args...>: pkg-config reading only the installation's files.
pkgconfig() {
  local prefix=$1; shift
  PKG_CONFIG_PATH= PKG_CONFIG_LIBDIR="$prefix/$libdir/pkgconfig" pkg-config "$@"
}

# Linux: the example through pkg-config and CMake, shared and static.
check_linux() {
  local label=$1 prefix=$2 cc=$3 run=$4 readelf=$5 out=$work/$1
  mkdir -p "$out"
  local pc_version
  pc_version=$(pkgconfig "$prefix" --modversion isc_pat)
  [ "$pc_version" = "$version" ] || fail "$label: pkg-config says isc_pat $pc_version, expected $version"
  [ "$(readlink "$prefix/$libdir/libisc_pat.so")" = "libisc_pat.so.$abi" ] || fail "$label: libisc_pat.so is not a link to libisc_pat.so.$abi"
  [ "$(readlink "$prefix/$libdir/libisc_pat.so.$abi")" = "libisc_pat.so.$version" ] || fail "$label: libisc_pat.so.$abi is not a link to libisc_pat.so.$version"
  $readelf -d "$prefix/$libdir/libisc_pat.so.$version" | grep -q "SONAME.*\[libisc_pat.so.$abi\]" \
    || fail "$label: libisc_pat.so.$version has no SONAME libisc_pat.so.$abi"
  local example=$prefix/share/doc/isc-pat/examples/c/documented_example.c
  [ -f "$example" ] || fail "$label: the C example is not installed at $example"

  # shellcheck disable=SC2046
  $cc -std=c99 -Wall -Wextra -Werror "$example" -o "$out/shared" \
    $(pkgconfig "$prefix" --cflags --libs isc_pat) -Wl,-rpath,"$(pkgconfig "$prefix" --variable=libdir isc_pat)"
  $readelf -d "$out/shared" | grep -q "NEEDED.*\[libisc_pat.so.$abi\]" || fail "$label: the program does not record libisc_pat.so.$abi"
  expect_output "$label shared (pkg-config)" $run "$out/shared"
  echo "ok: $label shared   (cc \$(pkg-config --cflags --libs isc_pat)), NEEDED libisc_pat.so.$abi"

  # shellcheck disable=SC2046
  $cc -std=c99 -Wall -Wextra -Werror "$example" -o "$out/static" $(pkgconfig "$prefix" --static --cflags --libs isc_pat-static)
  if $readelf -d "$out/static" | grep -q 'NEEDED.*libisc_pat'; then fail "$label: the static example depends on libisc_pat.so"; fi
  expect_output "$label static (pkg-config)" $run "$out/static"
  echo "ok: $label static   (cc \$(pkg-config --static --cflags --libs isc_pat-static))"

  cmake_build "$label" "$prefix" "$out/cmake" -DCMAKE_C_COMPILER="$cc" "${cmake_cross[@]}"
  $readelf -d "$out/cmake/example_shared" | grep -q "NEEDED.*\[libisc_pat.so.$abi\]" || fail "$label: CMake's example_shared does not record libisc_pat.so.$abi"
  if $readelf -d "$out/cmake/example_static" | grep -q 'NEEDED.*libisc_pat'; then fail "$label: CMake's example_static depends on libisc_pat.so"; fi
  expect_output "$label CMake isc_pat::isc_pat" $run "$out/cmake/example_shared"
  expect_output "$label CMake isc_pat::static" $run "$out/cmake/example_static"
  echo "ok: $label CMake    (find_package(isc_pat $version CONFIG): isc_pat::isc_pat, isc_pat::static; $refused_requests refused)"
}

unpack() {
  local archive=$1 into=$2 top
  mkdir -p "$into"
  case $archive in *.zip) unzip -q "$archive" -d "$into" ;; *) tar -xzf "$archive" -C "$into" ;; esac
  top=$into/$(basename "$archive" | sed -E 's/\.(tar\.gz|zip)$//')
  [ -d "$top" ] || fail "$(basename "$archive") does not unpack into $(basename "$top")/"
  echo "$top"
}

# 1. linux-x64: make install into a temporary prefix with another LIBDIR, then uninstall.
prefix=$work/prefix libdir=lib/x86_64-linux-gnu cmake_cross=()
make --no-print-directory -C "$repo" install PREFIX="$prefix" LIBDIR="$prefix/lib/x86_64-linux-gnu" > "$work/install.log" 2>&1 \
  || { cat "$work/install.log"; fail "make install PREFIX=$prefix LIBDIR=$prefix/lib/x86_64-linux-gnu"; }
for f in include/isc_pat.h $libdir/libisc_pat.so.$version $libdir/libisc_pat.a $libdir/pkgconfig/isc_pat.pc \
         $libdir/pkgconfig/isc_pat-static.pc $libdir/cmake/isc_pat/isc_patConfig.cmake $libdir/cmake/isc_pat/isc_patConfigVersion.cmake; do
  [ -f "$prefix/$f" ] || fail "make install did not install $f"
done
grep -qx "prefix=$prefix" "$prefix/$libdir/pkgconfig/isc_pat.pc" || fail "isc_pat.pc does not name the prefix $prefix"
check_linux install "$prefix" cc "" readelf
make --no-print-directory -C "$repo" uninstall PREFIX="$prefix" LIBDIR=lib/x86_64-linux-gnu > "$work/uninstall.log" 2>&1 \
  || { cat "$work/uninstall.log"; fail "make uninstall PREFIX=$prefix LIBDIR=lib/x86_64-linux-gnu"; }
left=$(cd "$prefix" && find . -mindepth 1)
[ -z "$left" ] || fail "make uninstall left: $left"
echo "ok: make uninstall removed every installed file and folder"

# 2. linux-x64 tarball, unpacked elsewhere.
libdir=lib
top=$(unpack "$packages/isc-pat-$version-linux-x64.tar.gz" "$work/unpacked-x64")
check_linux tarball-linux-x64 "$top" cc "" readelf

# 3. linux-arm64 tarball: cross-built, run under QEMU.
top=$(unpack "$packages/isc-pat-$version-linux-arm64.tar.gz" "$work/unpacked-arm64")
cmake_cross=(-DCMAKE_SYSTEM_NAME=Linux -DCMAKE_SYSTEM_PROCESSOR=aarch64)
check_linux tarball-linux-arm64 "$top" aarch64-linux-gnu-gcc "$ISC_PAT_QEMU" aarch64-linux-gnu-readelf

# 4. win-x64 zip: MinGW-w64 builds, run under Wine.
top=$(unpack "$packages/isc-pat-$version-win-x64.zip" "$work/unpacked-win")
for f in bin/isc_pat.dll lib/libisc_pat.dll.a lib/isc_pat.lib lib/isc_pat.def lib/libisc_pat.a include/isc_pat.h \
         lib/cmake/isc_pat/isc_patConfig.cmake lib/pkgconfig/isc_pat.pc; do
  [ -f "$top/$f" ] || fail "the win-x64 zip has no $f"
done
out=$work/win
mkdir -p "$out"
cp "$top/bin/isc_pat.dll" "$out/"
example=$top/share/doc/isc-pat/examples/c/documented_example.c
# shellcheck disable=SC2046
x86_64-w64-mingw32-gcc -std=c99 -Wall -Wextra -Werror "$example" -o "$out/shared.exe" $(pkgconfig "$top" --cflags --libs isc_pat)
imports() { x86_64-w64-mingw32-objdump -p "$1" | awk '/DLL Name:/ { print $3 }'; }
imports "$out/shared.exe" | grep -qx isc_pat.dll || fail "win-x64: shared.exe does not import isc_pat.dll"
expect_output "win-x64 shared (pkg-config, libisc_pat.dll.a)" $ISC_PAT_WINE "$out/shared.exe"
echo "ok: win-x64 shared   (MinGW, \$(pkg-config --cflags --libs isc_pat)), Wine"
x86_64-w64-mingw32-gcc -std=c99 -Wall -Wextra -Werror "$example" -o "$out/implib.exe" -I"$top/include" "$top/lib/isc_pat.lib"
expect_output "win-x64 shared (isc_pat.lib)" $ISC_PAT_WINE "$out/implib.exe"
echo "ok: win-x64 shared   (linked with isc_pat.lib, the import library made from isc_pat.def), Wine"
# shellcheck disable=SC2046
x86_64-w64-mingw32-gcc -std=c99 -Wall -Wextra -Werror "$example" -o "$out/static.exe" $(pkgconfig "$top" --static --cflags --libs isc_pat-static)
if imports "$out/static.exe" | grep -qx isc_pat.dll; then fail "win-x64: static.exe imports isc_pat.dll"; fi
expect_output "win-x64 static (pkg-config)" $ISC_PAT_WINE "$out/static.exe"
echo "ok: win-x64 static   (MinGW, \$(pkg-config --static --cflags --libs isc_pat-static)), Wine"
cmake_build win-x64 "$top" "$out/cmake" -DCMAKE_SYSTEM_NAME=Windows -DCMAKE_C_COMPILER=x86_64-w64-mingw32-gcc \
  -DCMAKE_RC_COMPILER=x86_64-w64-mingw32-windres
cp "$top/bin/isc_pat.dll" "$out/cmake/"
expect_output "win-x64 CMake isc_pat::isc_pat" $ISC_PAT_WINE "$out/cmake/example_shared.exe"
expect_output "win-x64 CMake isc_pat::static" $ISC_PAT_WINE "$out/cmake/example_static.exe"
echo "ok: win-x64 CMake    (find_package(isc_pat $version CONFIG): isc_pat::isc_pat, isc_pat::static; $refused_requests refused), Wine"
