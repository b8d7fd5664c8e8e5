# SPDX-License-Identifier: Apache-2.0
# Shared helpers of the shell tests. Each test script sources this file,
# runs its checks and ends with `finish`, which prints the counts and exits
# non-zero when any check failed.
#
# Environment (set by ctest, see tests/CMakeLists.txt):
#   BPFTRACE     the patched bpftrace
#   PLUGIN       the bpftrace-english plugin
#   TEST_PLUGIN  the ABI test plugin
#   SOURCE_DIR   the repository

: "${BPFTRACE:?BPFTRACE must name the patched bpftrace}"
passed=0
failed=0
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

ok() { passed=$((passed + 1)); printf 'ok   %s\n' "$1"; }
not_ok() {
	failed=$((failed + 1))
	printf 'FAIL %s\n' "$1"
	[ -f "$TMP/out" ] && sed 's/^/     | /' "$TMP/out" | head -40
	return 0
}

# run CMD...: runs CMD with stdout+stderr in $TMP/out and its status in $rc.
run() {
	set +e
	"$@" >"$TMP/out" 2>&1
	rc=$?
	set -e
}

# expect_rc NAME CODE: the last run exited with CODE.
expect_rc() {
	if [ "$rc" -eq "$2" ]; then ok "$1"; else
		printf '     exit status %s, expected %s\n' "$rc" "$2"
		not_ok "$1"
	fi
}

# expect_out NAME REGEX: the last run's output matches the extended REGEX.
expect_out() {
	if grep -Eq -- "$2" "$TMP/out"; then ok "$1"; else
		printf '     no line matches: %s\n' "$2"
		not_ok "$1"
	fi
}

# expect_no_out NAME REGEX: no line of the last run's output matches.
expect_no_out() {
	if grep -Eq -- "$2" "$TMP/out"; then
		printf '     a line matches: %s\n' "$2"
		not_ok "$1"
	else ok "$1"; fi
}

# skip NAME REASON
skip() { printf 'skip %s: %s\n' "$1" "$2"; }

finish() {
	printf '%d passed, %d failed\n' "$passed" "$failed"
	[ "$failed" -eq 0 ]
}
