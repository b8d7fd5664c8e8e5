#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Lays out the Debian source package of the patched bpftrace in OUTDIR:
#
#   bpftrace_V.orig.tar.gz          Debian's 0.17.0 orig tarball, the same bytes
#   bpftrace_V.orig-english.tar.xz  this repository's tracked files
#   bpftrace-V/                     the unpacked source: Debian's tree,
#       english/        the component above
#       debian/         Debian's 0.17.0-1 packaging, with packaging/debian
#                       laid over it (control, rules, tests, maintainer
#                       scripts), our changelog entry on top of Debian's,
#                       our copyright stanza after Debian's
#       debian/patches  patches/ (quilt; dpkg-buildpackage applies them)
#
# V is 0.17.0+bteX.Y.Z (X.Y.Z: this project's version, from CMakeLists.txt),
# so each release of ours is a new upstream version above Debian's 0.17.0,
# and the package version V-1 upgrades Debian's 0.17.0-1.
# Then: cd OUTDIR/bpftrace-V && dpkg-buildpackage -us -uc -b
#
# usage: scripts/debian-source.sh OUTDIR [DEBIAN_SOURCE_DIR]
# DEBIAN_SOURCE_DIR holds Debian's bpftrace_0.17.0-1.dsc and its files;
# default: the build's copy (build/bpftrace-orig), else apt-get source.
set -eu

DEBIAN_UPSTREAM=0.17.0
DEBIAN_VERSION=0.17.0-1

die() { printf 'debian-source: %s\n' "$*" >&2; exit 1; }
[ $# -ge 1 ] || die "usage: $0 OUTDIR [DEBIAN_SOURCE_DIR]"
root=$(cd "$(dirname "$0")/.." && pwd)
git -C "$root" rev-parse --git-dir >/dev/null 2>&1 ||
	die "$root is not a git checkout: the component is its tracked files"
version=$(sed -n 's/^project(bpftrace-english VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt")
[ -n "$version" ] || die "no project version in $root/CMakeLists.txt"
UPSTREAM=$DEBIAN_UPSTREAM+bte$version
mkdir -p "$1"
out=$(cd "$1" && pwd)
from=${2:-$root/build/bpftrace-orig}
dsc=bpftrace_$DEBIAN_VERSION.dsc

if [ ! -f "$from/$dsc" ]; then
	printf 'debian-source: fetching Debian'"'"'s bpftrace %s source (apt-get source)\n' \
		"$DEBIAN_VERSION" >&2
	(cd "$out" && apt-get source --download-only -qq "bpftrace=$DEBIAN_VERSION") ||
		die "apt-get source failed: run scripts/setup.sh first (it enables deb-src)"
	from=$out
fi
for f in "$dsc" "bpftrace_$DEBIAN_UPSTREAM.orig.tar.gz" "bpftrace_$DEBIAN_VERSION.debian.tar.xz"; do
	[ -f "$from/$f" ] || die "$from/$f is missing"
	[ "$from" = "$out" ] || cp "$from/$f" "$out/"
done

tree=$out/bpftrace-$UPSTREAM
rm -rf "$tree"
dpkg-source --no-check -x "$out/$dsc" "$tree" >/dev/null
cp "$out/bpftrace_$DEBIAN_UPSTREAM.orig.tar.gz" "$out/bpftrace_$UPSTREAM.orig.tar.gz"

# The component: every tracked file of this repository, as it is on disk.
stamp=$(git -C "$root" log -1 --format=%ct)
if ! git -C "$root" diff --quiet HEAD; then
	printf 'debian-source: note: %s has uncommitted changes; the component has them too\n' \
		"$root" >&2
fi
component=$out/bpftrace_$UPSTREAM.orig-english.tar.xz
files=$out/.english-files
git -C "$root" ls-files -z > "$files" || die "git ls-files failed"
[ -s "$files" ] || die "no tracked files in $root"
(cd "$root" && tar --null -T "$files" --sort=name --mtime="@$stamp" --owner=0 --group=0 \
	--numeric-owner --transform 's,^,english/,' -cJf "$component") || die "tar failed"
rm -f "$files"
tar -xJf "$component" -C "$tree"

# Our packaging over Debian's.
deb=$tree/debian
pkg=$root/packaging/debian
for f in control rules bpftrace.lintian-overrides bpftrace-english.postinst \
	bpftrace-english.postrm source/format; do
	cp "$pkg/$f" "$deb/$f"
done
mkdir -p "$deb/tests" "$deb/patches"
cp "$pkg/tests/control" "$pkg/tests/verify" "$pkg/tests/offline-english" "$deb/tests/"
cp "$root/patches/series" "$root/patches/"*.patch "$deb/patches/"
printf '\n' >> "$deb/copyright"
cat "$pkg/copyright.english" >> "$deb/copyright"
maintainer=$(sed -n 's/^Maintainer: //p' "$pkg/control")
{
	printf 'bpftrace (%s-1) bookworm; urgency=medium\n\n' "$UPSTREAM"
	sed "s/@VERSION@/$version/g" "$pkg/changelog.entry"
	printf '\n -- %s  %s\n\n' "$maintainer" "$(LC_ALL=C date -u -R -d "@$stamp")"
	cat "$deb/changelog"
} > "$deb/changelog.new"
mv "$deb/changelog.new" "$deb/changelog"

printf 'debian-source: %s (bpftrace %s-1)\n' "$tree" "$UPSTREAM" >&2
