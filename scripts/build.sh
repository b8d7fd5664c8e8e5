#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Installs the dependencies, fetches and patches bpftrace, builds it, the
# plugin and the tests into build/ (binaries in build/stage/).
#
#   scripts/build.sh [extra cmake -D options]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$here/build}
sh "$here/scripts/setup.sh"
jobs=$(nproc 2>/dev/null || echo 2)
printf 'build: configuring in %s\n' "$build" >&2
mkdir -p "$build"
cmake -S "$here" -B "$build" "$@" >"$build/configure.log" 2>&1 || {
	cat "$build/configure.log" >&2
	exit 1
}
printf 'build: building with %s jobs (a clean build takes about 2.5 minutes on 2 cores)\n' "$jobs" >&2
cmake --build "$build" -j "$jobs"
printf 'build: done: %s/stage/bin/bpftrace, plugin in %s/stage/lib/bpftrace/\n' "$build" "$build" >&2
