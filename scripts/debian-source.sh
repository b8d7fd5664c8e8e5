#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Lays out the Debian source package of the patched bpftrace in OUTDIR:
#
#   bpftrace_0.17.0.orig.tar.gz          Debian's, unchanged
#   bpftrace_0.17.0.orig-english.tar.xz  this repository's tracked files
#   bpftrace-0.17.0/                     the unpacked source: Debian's tree,
#       english/        the component above
#       debian/         Debian's 0.17.0-1 packaging, with packaging/debian
#                       laid over it (control, rules, tests, maintainer
#                       scripts), our changelog entry on top of Debian's,
#                       our copyright stanza after Debian's
#       debian/patches  patches/ (quilt; dpkg-buildpackage applies them)
#
# Then: cd OUTDIR/bpftrace-0.17.0 && dpkg-buildpackage -us -uc -b
#
# usage: scripts/debian-source.sh OUTDIR [DEBIAN_SOURCE_DIR]
# DEBIAN_SOURCE_DIR holds Debian's bpftrace_0.17.0-1.dsc and its files;
# default: the build's copy (build/bpftrace-orig), else apt-get source.
set -eu

UPSTREAM=0.17.0
DEBIAN_VERSION=0.17.0-1
OUR_REVISION=english1

die() { printf 'debian-source: %s\n' "$*" >&2; exit 1; }
[ $# -ge 1 ] || die "usage: $0 OUTDIR [DEBIAN_SOURCE_DIR]"
root=$(cd "$(dirname "$0")/.." && pwd)
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
for f in "$dsc" "bpftrace_$UPSTREAM.orig.tar.gz" "bpftrace_$DEBIAN_VERSION.debian.tar.xz"; do
	[ -f "$from/$f" ] || die "$from/$f is missing"
	[ "$from" = "$out" ] || cp "$from/$f" "$out/"
done

tree=$out/bpftrace-$UPSTREAM
rm -rf "$tree"
dpkg-source --no-check -x "$out/$dsc" "$tree" >/dev/null

# The component: every tracked file of this repository, as it is on disk.
version=$(sed -n 's/^project(bpftrace-english VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt")
stamp=$(git -C "$root" log -1 --format=%ct 2>/dev/null || date +%s)
component=$out/bpftrace_$UPSTREAM.orig-english.tar.xz
(cd "$root" && git ls-files -z) |
	(cd "$root" && tar --null -T - --sort=name --mtime="@$stamp" --owner=0 --group=0 \
		--numeric-owner --transform 's,^,english/,' -cJf "$component")
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
	printf 'bpftrace (%s+%s) bookworm; urgency=medium\n\n' "$DEBIAN_VERSION" "$OUR_REVISION"
	sed "s/@VERSION@/$version/g" "$pkg/changelog.entry"
	printf '\n -- %s  %s\n\n' "$maintainer" "$(LC_ALL=C date -u -R -d "@$stamp")"
	cat "$deb/changelog"
} > "$deb/changelog.new"
mv "$deb/changelog.new" "$deb/changelog"

printf 'debian-source: %s (bpftrace %s+%s, bpftrace-english %s)\n' "$tree" \
	"$DEBIAN_VERSION" "$OUR_REVISION" "$version" >&2
