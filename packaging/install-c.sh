#!/usr/bin/env bash
# Installs the C library: header, shared and static library, pkg-config
# files, documentation and the C example.
#
#   install-c.sh <repo> <version> <destination> <pc-prefix>
#
# <destination> is where the files go (DESTDIR + PREFIX); <pc-prefix> is
# the prefix written into the pkg-config files: the installation prefix, or
# '${pcfiledir}/../..' for a tree that may be moved (the tarball).
#
#   <destination>/include/isc_pat.h
#   <destination>/lib/libisc_pat.so, libisc_pat.a
#   <destination>/lib/pkgconfig/isc_pat.pc, isc_pat-static.pc
#   <destination>/share/doc/isc-pat/README.md, LICENSE, CHANGELOG.md
#   <destination>/share/doc/isc-pat/examples/c/documented_example.c
set -euo pipefail

repo=$1 version=$2 dest=$3 pc_prefix=$4

# What a program linking libisc_pat.a needs besides it, as printed by
# `cargo rustc --release --lib --crate-type staticlib -- --print native-static-libs`
# on linux-gnu.
libs_private='-lgcc_s -lutil -lrt -lpthread -lm -ldl -lc'

for f in "$repo/include/isc_pat.h" "$repo/target/release/libisc_pat.so" "$repo/target/release/libisc_pat.a"; do
  [ -f "$f" ] || { echo "install-c.sh: missing $f (run 'make native')" >&2; exit 1; }
done

install -d "$dest/include" "$dest/lib/pkgconfig" "$dest/share/doc/isc-pat/examples/c"
install -m 644 "$repo/include/isc_pat.h" "$dest/include/"
install -m 755 "$repo/target/release/libisc_pat.so" "$dest/lib/"
install -m 644 "$repo/target/release/libisc_pat.a" "$dest/lib/"
for pc in isc_pat isc_pat-static; do
  sed -e "s|@PREFIX@|$pc_prefix|" -e "s|@VERSION@|$version|" -e "s|@LIBS_PRIVATE@|$libs_private|" \
    "$repo/packaging/$pc.pc.in" > "$dest/lib/pkgconfig/$pc.pc"
  chmod 644 "$dest/lib/pkgconfig/$pc.pc"
done
install -m 644 "$repo/README.md" "$repo/LICENSE" "$repo/CHANGELOG.md" "$dest/share/doc/isc-pat/"
install -m 644 "$repo/examples/c/documented_example.c" "$dest/share/doc/isc-pat/examples/c/"
echo "installed isc_pat $version into $dest"
