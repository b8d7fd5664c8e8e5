#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# The patch series as a packager takes it: every patch listed, DEP-3
# headers, and a clean apply (no fuzz, no offset) onto pristine 0.17.0.
set -eu
BPFTRACE=${BPFTRACE:-unused}
. "$(dirname "$0")/../lib.sh"
: "${ORIG_TARBALL:?ORIG_TARBALL must name the pristine bpftrace tarball}"
patches="$SOURCE_DIR/patches"

listed=$(grep -v '^#' "$patches/series" | sed '/^$/d' | sort)
present=$(cd "$patches" && ls *.patch | sort)
if [ "$listed" = "$present" ]; then ok "series lists every patch, and only those"; else
	printf '     listed:  %s\n     present: %s\n' "$listed" "$present"; not_ok "series lists every patch, and only those"; fi

for p in $listed; do
	for field in Description Author Forwarded Last-Update; do
		if grep -q "^$field: ." "$patches/$p"; then ok "$p has DEP-3 $field"; else not_ok "$p has DEP-3 $field"; fi
	done
	if grep -q '^Subject: \[PATCH' "$patches/$p"; then ok "$p is git format-patch output"; else not_ok "$p is git format-patch output"; fi
done

mkdir "$TMP/src"
tar xzf "$ORIG_TARBALL" -C "$TMP/src" --strip-components=1
for p in $listed; do
	run patch -d "$TMP/src" -p1 --batch --forward --fuzz=0 -i "$patches/$p"
	expect_rc "$p applies with -p1" 0
	expect_no_out "$p applies without offset or fuzz" "offset|fuzz|Hunk"
done
# Applied in order, the tree is the one the build uses.
if diff -r -q -x .bpftrace-english-patched -x dwarf_data.h "$TMP/src" "$SOURCE_DIR/build/bpftrace-src" >"$TMP/out" 2>&1; then
	ok "the patched tree is the one that was built"
else not_ok "the patched tree is the one that was built"; fi

finish
