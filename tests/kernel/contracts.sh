#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# assume()/assert() on the real kernel: stripped from normal runs (the
# loaded program is the same), and run-time checks with --check-asserts.
set -eu
. "$(dirname "$0")/../lib.sh"
: "${GETPID_N:?GETPID_N must name the getpid workload}"

run "$BPFTRACE" -e 'tracepoint:syscalls:sys_enter_getpid /pid == cpid/ { assert(pid > 0); printf("x\n"); exit(); }' -c "$GETPID_N 1"
expect_rc "a script with assert() runs as usual" 0
expect_out "and prints what it should" "^x$"

with='BEGIN { @m[1] = 1 } tracepoint:syscalls:sys_enter_getpid { $x = (int64)args->__syscall_nr; assert($x > 0, "positive"); assume(@m[tid] > 3 && comm == "sh"); if ($x) { assert($x != 0); } printf("%d\n", $x); }'
without='BEGIN { @m[1] = 1 } tracepoint:syscalls:sys_enter_getpid { $x = (int64)args->__syscall_nr; if ($x) { } printf("%d\n", $x); }'
run "$BPFTRACE" --emit-elf "$TMP/with.elf" -e "$with"
expect_rc "emit-elf with contracts" 0
run "$BPFTRACE" --emit-elf "$TMP/without.elf" -e "$without"
if cmp -s "$TMP/with.elf" "$TMP/without.elf"; then ok "the ELF with contracts is byte-for-byte the one without"; else not_ok "the ELF with contracts is byte-for-byte the one without"; fi

run "$BPFTRACE" --load-check -e "$with"
grep 'kernel verifier' "$TMP/out" > "$TMP/with.load"
run "$BPFTRACE" --load-check -e "$without"
grep 'kernel verifier' "$TMP/out" > "$TMP/without.load"
if [ -s "$TMP/with.load" ] && cmp -s "$TMP/with.load" "$TMP/without.load"; then
	ok "the kernel loads as many instructions with contracts as without"
else
	not_ok "the kernel loads as many instructions with contracts as without"
fi

run "$BPFTRACE" --check-asserts -e 'tracepoint:syscalls:sys_enter_getpid /pid == cpid/ {
  assert(pid == 0, "pid is zero"); printf("after\n"); }' -c "$GETPID_N 3"
expect_rc "--check-asserts: a failing assert exits 1" 1
expect_out "it names the location, condition and message" "^stdin:2:3: Assertion failed: pid == 0: pid is zero \(in tracepoint:syscalls:sys_enter_getpid\)$"
expect_no_out "the probe stops at the failing assert" "^after$"

run "$BPFTRACE" --check-asserts -e 'tracepoint:syscalls:sys_enter_getpid /pid == cpid/ { assert(pid > 0); @n = count(); }' -c "$GETPID_N 5"
expect_rc "--check-asserts: holding asserts exit 0" 0
expect_out "the program ran on every event" "^@n: 5$"

finish
