#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# For changing the patch series: makes DIR a git tree of the pristine
# bpftrace source with one commit per patch of patches/series. Edit there,
# commit (git commit --fixup=<patch commit> and an autosquash rebase keep one
# concern per patch), then write the series back with export-patches.sh.
#
#   scripts/patch-workspace.sh DIR [TARBALL]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:?usage: patch-workspace.sh DIR [TARBALL]}
tarball=${2:-$here/build/bpftrace-orig/bpftrace_0.17.0.orig.tar.gz}
[ -f "$tarball" ] || { echo "no $tarball: configure the build once first, or name the tarball" >&2; exit 1; }
[ ! -e "$dir" ] || { echo "$dir exists; choose a new directory" >&2; exit 1; }
mkdir -p "$dir"
tar xzf "$tarball" -C "$dir" --strip-components=1
cd "$dir"
git init -q
git add -A
git -c user.name=pristine -c user.email=pristine@invalid commit -qm "bpftrace 0.17.0 (pristine)"
git tag pristine
grep -v '^#' "$here/patches/series" | while read -r p; do
	[ -n "$p" ] && git am -q "$here/patches/$p"
done
git log --oneline
