#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Writes the commits of a patch workspace (see patch-workspace.sh) back to
# patches/ as the series, in git format-patch form with DEP-3 headers.
#
#   scripts/export-patches.sh DIR
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:?usage: export-patches.sh DIR}
base=$(git -C "$dir" rev-list --max-parents=0 HEAD)
rm -f "$here"/patches/*.patch
git -C "$dir" format-patch -q -o "$here/patches" --no-signature --zero-commit "$base..HEAD"
(cd "$here/patches" && ls *.patch) > "$here/patches/series"
for p in "$here"/patches/*.patch; do
	for field in Description: Author: Forwarded: Last-Update:; do
		grep -q "^$field" "$p" || { echo "$(basename "$p"): no DEP-3 $field header" >&2; exit 1; }
	done
done
cat "$here/patches/series"
