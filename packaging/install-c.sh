#!/usr/bin/env bash
# Installs (or uninstalls) the C library of one platform: header, shared and
# static library, import libraries on Windows, pkg-config and CMake package
# files, documentation and the C example.
#
#   install-c.sh install|uninstall <repo> <version> <rid> <built> <destination> <pc-prefix> <libdir>
#
# <rid>          linux-x64, linux-arm64 or win-x64
# <built>        the folder cargo built the library into (target/release,
#                target/cross/<triple>/release)
# <destination>  where the files go (DESTDIR + PREFIX)
# <pc-prefix>    the prefix written into the pkg-config files: the
#                installation prefix, or '${pcfiledir}/<up>' for a tree that
#                may be moved (the archives)
# <libdir>       the library folder, relative to the prefix (lib, lib64,
#                lib/x86_64-linux-gnu, ...)
#
#   <destination>/include/isc_pat.h
#   Linux:   <libdir>/libisc_pat.so.<version>, libisc_pat.so.<abi> and
#            libisc_pat.so (links), libisc_pat.a
#   Windows: bin/isc_pat.dll; <libdir>/libisc_pat.dll.a (MinGW),
#            isc_pat.lib (MSVC), isc_pat.def, libisc_pat.a (MinGW, static)
#   <libdir>/pkgconfig/isc_pat.pc, isc_pat-static.pc
#   <libdir>/cmake/isc_pat/isc_patConfig.cmake, isc_patConfigVersion.cmake
#   share/doc/isc-pat/README.md, LICENSE, CHANGELOG.md, examples/c/documented_example.c
#
# uninstall removes exactly these files, then the folders they leave empty.
set -euo pipefail

mode=$1 repo=$2 version=$3 rid=$4 built=$5 dest=$6 pc_prefix=$7 libdir=$8
case $mode in install|uninstall) ;; *) echo "install-c.sh: mode must be install or uninstall" >&2; exit 2;; esac
case $libdir in /*|*..*|'') echo "install-c.sh: libdir must be relative to the prefix, got '$libdir'" >&2; exit 2;; esac
major=${version%%.*} minor=${version#*.}; minor=${minor%%.*}
# The SONAME's suffix: major.minor before 1.0 (a 0.x minor release may change
# the ABI), the major from 1.0 on; build.rs gives the library the same.
if [ "$major" = 0 ]; then abi=0.$minor; else abi=$major; fi

# What a program linking libisc_pat.a needs besides it, as printed by
# `cargo rustc --release --lib --crate-type staticlib -- --print native-static-libs`
# for each target.
case $rid in
  linux-*) libs_private='-lgcc_s -lutil -lrt -lpthread -lm -ldl -lc'
           cmake_static='gcc_s;util;rt;pthread;m;dl;c' ;;
  win-*)   libs_private='-lkernel32 -lntdll -luserenv -lws2_32 -ldbghelp'
           cmake_static='kernel32;ntdll;userenv;ws2_32;dbghelp' ;;
  *) echo "install-c.sh: unknown runtime id $rid" >&2; exit 2;;
esac

# The relative path from <libdir>/cmake/isc_pat back to the prefix.
up=".."; IFS=/ read -ra parts <<< "$libdir/cmake/isc_pat"; for _ in "${parts[@]:1}"; do up="$up/.."; done

installed=()
# place <mode-bits> <source> <target relative to dest>
place() {
  installed+=("$3")
  [ "$mode" = install ] || return 0
  [ -f "$2" ] || { echo "install-c.sh: missing $2 (run 'make native' or 'make native-all')" >&2; exit 1; }
  install -D -m "$1" "$2" "$dest/$3"
}
# link <target> <name relative to dest>
link() {
  installed+=("$2")
  [ "$mode" = install ] || return 0
  ln -sfn "$1" "$dest/$2"
}
# generate <template> <target relative to dest>: fills in @NAME@ placeholders
generate() {
  installed+=("$2")
  [ "$mode" = install ] || return 0
  mkdir -p "$(dirname "$dest/$2")"
  sed -e "s|@PREFIX@|$pc_prefix|g" -e "s|@VERSION@|$version|g" -e "s|@VERSION_MAJOR@|$major|g" \
      -e "s|@VERSION_MINOR@|$minor|g" -e "s|@SOVERSION@|$abi|g" -e "s|@LIBDIR@|$libdir|g" -e "s|@UP_TO_PREFIX@|$up|g" \
      -e "s|@LIBS_PRIVATE@|$libs_private|g" -e "s|@STATIC_LIBS@|$cmake_static|g" "$1" > "$dest/$2"
  chmod 644 "$dest/$2"
}

place 644 "$repo/include/isc_pat.h" include/isc_pat.h
case $rid in
  linux-*)
    place 755 "$built/libisc_pat.so" "$libdir/libisc_pat.so.$version"
    link "libisc_pat.so.$version" "$libdir/libisc_pat.so.$abi"
    link "libisc_pat.so.$abi" "$libdir/libisc_pat.so"
    ;;
  win-*)
    place 755 "$built/isc_pat.dll" bin/isc_pat.dll
    place 644 "$built/libisc_pat.dll.a" "$libdir/libisc_pat.dll.a"
    place 644 "$built/isc_pat.lib" "$libdir/isc_pat.lib"
    place 644 "$built/isc_pat.def" "$libdir/isc_pat.def"
    ;;
esac
place 644 "$built/libisc_pat.a" "$libdir/libisc_pat.a"
for pc in isc_pat isc_pat-static; do
  generate "$repo/packaging/$pc.pc.in" "$libdir/pkgconfig/$pc.pc"
done
generate "$repo/packaging/cmake/isc_patConfig.cmake.in" "$libdir/cmake/isc_pat/isc_patConfig.cmake"
generate "$repo/packaging/cmake/isc_patConfigVersion.cmake.in" "$libdir/cmake/isc_pat/isc_patConfigVersion.cmake"
for doc in README.md LICENSE CHANGELOG.md; do
  place 644 "$repo/$doc" "share/doc/isc-pat/$doc"
done
place 644 "$repo/examples/c/documented_example.c" share/doc/isc-pat/examples/c/documented_example.c

if [ "$mode" = install ]; then
  echo "installed isc_pat $version ($rid) into $dest"
else
  for f in "${installed[@]}"; do rm -f "$dest/$f"; done
  # The folders this left empty, deepest first; never the prefix itself.
  for f in "${installed[@]}"; do
    d=$(dirname "$f")
    while [ "$d" != . ]; do rmdir "$dest/$d" 2>/dev/null || break; d=$(dirname "$d"); done
  done
  echo "uninstalled isc_pat $version ($rid) from $dest"
fi
