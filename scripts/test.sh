#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Builds everything (see build.sh) and runs the whole test suite. Needs
# root: the kernel tests load BPF programs. Ends with ctest's summary.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$here/build}
sh "$here/scripts/build.sh" "$@"
cd "$build"
ctest --output-on-failure -j "$(nproc 2>/dev/null || echo 2)"
