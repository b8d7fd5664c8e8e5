#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# The host operations of the plugin ABI, driven through a test plugin.
set -eu
. "$(dirname "$0")/../lib.sh"

op() { # op NAME PROGRAM: runs host operation NAME on PROGRAM
	run env ABI_TEST_OP="$1" "$BPFTRACE" --plugin "$TEST_PLUGIN" --verify -e "$2"
}

op check 'BEGIN { printf("hi\n"); } tracepoint:syscalls:sys_enter_getpid { @[comm] = count(); }'
expect_out "check: the host speaks ABI 1" "^host_abi=1 sz_ok=1$"
expect_out "check: a good program passes" "^status=0$"
expect_out "check: it lists the program's probes" "^probe=tracepoint:syscalls:sys_enter_getpid$"
expect_out "check: BEGIN is a probe too" "^probe=BEGIN$"
expect_no_out "check: runs nothing" "^hi$"

op check 'BEGIN { $x = ; }'
expect_out "check: a syntax error rejects" "^status=1$"
expect_out "check: the diagnostic is data with its location" "^diag=error:1:14:15:syntax error, unexpected ;$"
expect_out "check: and text as bpftrace prints it" "^stdin:1:14-15: ERROR: syntax error"

op check 'kprobe:f { $x = assert(1); }'
expect_out "check: a semantic error rejects" "^status=1$"
expect_out "check: with its location" "^diag=error:1:17:26:assert\(\) is a statement and cannot be used as a value$"

op check 'BEGIN { system("ls"); }'
expect_out "check: unsafe builtins are refused without --unsafe" "^diag=error:1:9:.*system\(\) is an unsafe function"

op bad_opts 'BEGIN { }'
expect_out "opts without a program: NULL and EINVAL" "^null=1 einval=1$"

op lower 'BEGIN { @x[1] = 2; } kprobe:vfs_read { assume(@x[1] > 1);
  assert(@x[1] == 2, "two"); $s = comm; assert($s == "bash"); }'
expect_out "lower: passes" "^status=0$"
expect_out "lower: the assume is in the table" '^contract=0\|assume\|kprobe:vfs_read\|1\|40\|@x\[1\] > 1\|$'
expect_out "lower: the assert and its message" '^contract=1\|assert\|kprobe:vfs_read\|2\|3\|@x\[1\] == 2\|two$'
expect_out "lower: a string compare" '^contract=2\|assert\|kprobe:vfs_read\|2\|41\|\$s == "bash"\|$'
expect_out "lower: the map table" '^map=@x\|\[unsigned int64\]\|int64\|8\|8\|[0-9]+$'
expect_out "lower: markers in the IR" "call void @__bpftrace_assert\(i64 1, i64 %"
expect_out "lower: assume marker" "call void @__bpftrace_assume\(i64 0, i64 %"
expect_out "lower: IR of the probe" 'define i64 @"kprobe:vfs_read"\(i8\* %0\)'

op load_check 'kprobe:vfs_read { @[comm] = count(); }'
expect_out "load_check: a kprobe program loads" '^prog=kprobe:vfs_read\|accepted\|[0-9]+\|$'
expect_out "load_check: passes" "^status=0$"

op load_check 'BEGIN { while (1) { @x = 1; } }'
expect_out "load_check: the kernel rejects an infinite loop" '^prog=BEGIN\|rejected\|'
expect_out "load_check: the verifier log says why" "infinite loop detected"
expect_out "load_check: status rejected" "^status=1$"

op list 'tracepoint:syscalls:sys_enter_getpi*'
expect_out "list: the matching probe" "^probe=tracepoint:syscalls:sys_enter_getpid$"
expect_no_out "list: nothing else" "^probe=tracepoint:syscalls:sys_enter_openat$"

# The compiler runs out of memory in its child (the test plugin caps the
# address space; a program of 1000 printf()s needs more than the heap has
# left). Where the allocation fails decides how the child ends: a caught
# std::bad_alloc, an abort or a crash. Every way, the result says so and
# bpftrace carries on. (One printf() may fit in what the heap has free.)
big=$(i=0; while [ $i -lt 1000 ]; do printf 'printf("%%d %%s\\n", %d, "abcdefghijklmnop"); ' $i; i=$((i + 1)); done)
op oom "BEGIN { $big }"
expect_out "a compiler that runs out of memory in its child is reported" "^status=[12]$"
expect_out "with the reason" "(std::bad_alloc|bpftrace's compiler (aborted|failed) on this program)"
expect_out "and the host carries on" "^alive=1$"

finish
