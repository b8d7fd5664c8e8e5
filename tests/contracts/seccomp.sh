#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# A contract the verifier assumes must hold whatever any process does.
# With seccomp a process makes its own system calls return values no
# kernel convention allows; the facts that say otherwise are
# "conventional" and assumed only with --assume-conventional.
set -eu
. "$(dirname "$0")/../lib.sh"
: "${PLUGIN:?PLUGIN must name the bpftrace-english plugin}"
: "${SECCOMP_RET:?SECCOMP_RET must name tests/progs/seccomp_ret}"
export BPFTRACE_CONTRACTS_CACHE="${BPFTRACE_CONTRACTS_CACHE:-$TMP/cache}"

# seccomp_ret writes what its calls returned to a file of its own: on
# bpftrace's output it could land inside one of bpftrace's lines.
expect_report() {
	if grep -Eq -- "$2" "$TMP/report" 2>/dev/null; then ok "$1"; else
		printf '     the report says: %s\n' "$(cat "$TMP/report" 2>/dev/null)"
		not_ok "$1"
	fi
}
case $TMP in *" "*) echo "TMP must not hold a space (bpftrace -c splits on spaces)" >&2; exit 1 ;; esac

close_assert='assert(args->ret <= 0, "close returns 0 or -errno")'
run "$BPFTRACE" --plugin "$PLUGIN" --verify -e "tracepoint:syscalls:sys_exit_close { $close_assert; }"
expect_rc "close's 'ret <= 0' is not proven by default" 1
expect_out "it is refuted with a counterexample" "note: counterexample: .*args->ret = "
expect_no_out "the conventional fact is not assumed" "args->ret <= 0 \[hand-review"
run "$BPFTRACE" --plugin "$PLUGIN" --verify --assume-conventional -e "tracepoint:syscalls:sys_exit_close { $close_assert; }"
expect_rc "--assume-conventional: proven" 0
expect_out "the report says the fact is conventional" "sys_exit_close: args->ret <= 0 \[hand-review, conventional\]"

# ... and that proof does not hold for every process:
run timeout 60 "$BPFTRACE" --check-asserts -e "tracepoint:syscalls:sys_exit_close /comm == \"seccomp_ret\"/ { $close_assert; }" -c "$SECCOMP_RET notify $TMP/report"
expect_report "seccomp user notification makes close return 5000000000" "close returned 5000000000 and -100000"
expect_out "the conventional fact is violated at run time" "Assertion failed: args->ret <= 0: close returns 0 or -errno"
run timeout 60 "$BPFTRACE" --check-asserts -e 'tracepoint:syscalls:sys_exit_close /comm == "seccomp_ret" && args->ret != 5000000000/ { assert(args->ret >= -4095, "a result or -errno"); }' -c "$SECCOMP_RET notify $TMP/report"
expect_out "so is the -errno convention (-100000)" "Assertion failed: args->ret >= -4095: a result or -errno"

pid_assert='assert(args->ret >= 0, "a pid")'
run "$BPFTRACE" --plugin "$PLUGIN" --verify -e "tracepoint:syscalls:sys_exit_getpid { $pid_assert; }"
expect_rc "getpid's 'ret >= 0' is not proven by default" 1
run timeout 60 "$BPFTRACE" --check-asserts -e "tracepoint:syscalls:sys_exit_getpid /comm == \"seccomp_ret\"/ { $pid_assert; }" -c "$SECCOMP_RET errno $TMP/report"
expect_report "SECCOMP_RET_ERRNO makes getpid return -EPERM" "getpid returned -1"
expect_out "the conventional fact is violated at run time" "Assertion failed: args->ret >= 0: a pid"

# The guaranteed facts stay: the kernel computes them.
run "$BPFTRACE" --plugin "$PLUGIN" --verify -e 'tracepoint:syscalls:sys_exit_close { assert(args->__syscall_nr == 3); }'
expect_rc "the syscall number of the event is still assumed" 0
finish
