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
expect_out "lower: a variable's type, in its block" '^variable=1\|\$s\|string\[16\]$'
op lower 't:sock:inet_sock_set_state { $p = args->dport; if (1) { $n = (int8)1; } $p = 2; }
k:f { $p = 1; }'
expect_out "lower: a narrow field's variable" '^variable=0\|\$p\|unsigned int16$'
expect_out "lower: an assignment inside an if, signed" '^variable=0\|\$n\|int8$'
expect_out "lower: the same name in another block is another variable" '^variable=1\|\$p\|int64$'
n=$(grep -c '^variable=0|\$p|' "$TMP/out" || true)
if [ "$n" = 1 ]; then ok "lower: a variable assigned twice is listed once"; else not_ok "lower: \$p once, got $n"; fi

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

# The probe blocks, as the host's parse names their attach points.
op parse '// "{ kprobe:f {"
t:syscalls:sys_enter_read, kr:vfs_read /pid == 1/ { printf("} k:g {"); }
/* k:h { */ BEGIN { }'
expect_out "parse: passes" "^status=0$"
expect_out "parse: aliases resolved, attach points joined by commas, with its line" "^block=tracepoint:syscalls:sys_enter_read,kretprobe:vfs_read line 2$"
expect_out "parse: BEGIN is a block too" "^block=BEGIN line 3$"
n=$(grep -c '^block=' "$TMP/out" || true)
if [ "$n" = 2 ]; then ok "parse: braces in strings and comments are no blocks"; else not_ok "parse: 2 blocks, got $n"; fi
# and their contracts as written, each with its block, macros not applied
op parse '#define ONE 1
BEGIN { assert(ONE == 1, "b") }
t:syscalls:sys_enter_read /pid == 1/ { if (1) { assume(args->fd > 0); } assert(args->fd >= 0, "m"); }'
expect_out "parse: a contract of the first block" '^contract=0\|assert\|BEGIN\|2\|9\|ONE == 1\|b$'
expect_out "parse: its block" '^contract_block=0\|0$'
expect_out "parse: an assume inside an if, in the second block" '^contract=1\|assume\|tracepoint:syscalls:sys_enter_read\|3\|[0-9]+\|args->fd > 0\|$'
expect_out "parse: its block" '^contract_block=1\|1$'
expect_out "parse: an assert after it" '^contract_block=2\|1$'
op parse 'BEGIN { $x = ; }'
expect_out "parse: a syntax error rejects" "^status=1$"

# Statements a plugin inserts into the parsed program.
ins() { # ins INSERTS PROGRAM: lowers PROGRAM with the inserts
	run env ABI_TEST_OP=insert_lower ABI_TEST_INSERTS="$1" "$BPFTRACE" --plugin "$TEST_PLUGIN" --verify -e "$2"
}
ins '0|assume|start|arg0 != 0|
0|assert|end|$a == 1|holds at the end' 'kprobe:vfs_read { $a = 1; assert($a > 0); if ($a) { return; } exit(); }'
expect_out "inserts: the program passes with them" "^status=0$"
expect_out "inserts: the assume first, its condition as given" '^contract=0\|assume\|kprobe:vfs_read\|1\|[0-9]+\|arg0 != 0\|$'
expect_out "inserts: the assume carries its tag" '^contract_tag=0\|100$'
expect_out "inserts: the assert with its message" '^contract=[0-9]\|assert\|kprobe:vfs_read\|1\|[0-9]+\|\$a == 1\|holds at the end$'
n=$(grep -c '^contract_tag=[0-9]|101$' "$TMP/out" || true)
if [ "$n" = 3 ]; then ok "inserts: the end's assert before the return, before exit() and at the end"; else not_ok "inserts: the end's assert 3 times, got $n"; fi
expect_out "inserts: the program's own contracts have no tag" '^contract_tag=[0-9]+\|-1$' 
ins '0|assume|start|1); printf("owned"); assume(1|' 'kprobe:vfs_read { assert(1 == 1); }'
expect_out "inserts: one that is not one expression is refused" "^status=1$"
expect_out "inserts: the diagnostic is the insert's" '^diag_tag=100\|not one expression'
expect_out "inserts: and names it" "^test insert 1:1:"
ins '0|assert|end|$nope > 1|' 'kprobe:vfs_read { $a = 1; }'
expect_out "inserts: a semantic error in one rejects" "^status=1$"
expect_out "inserts: its diagnostic carries its tag" '^diag_tag=100\|.*\$nope'
expect_out "inserts: the text quotes the insert, not the program" '^ +assert\(\$nope > 1$'
ins '0|assert|end|FIVE == 5|' '#define FIVE 5
kprobe:vfs_read { $a = FIVE; }'
expect_out "inserts: the program's macros do not apply to them" "^status=1$"
expect_out "inserts: (FIVE is not 5 there)" '^diag_tag=100\|'
ins '3|assume|start|1|' 'kprobe:vfs_read { }'
expect_out "inserts: a probe block that does not exist is an error, the insert's" '^diag_tag=100\|the program has no probe block 4'
ins '0|assume|start|@x++ > 0|' 'kprobe:vfs_read { @x = 1; }'
expect_out "inserts: an error about the whole call (two lines) is the insert's too" '^diag_tag=100\|assume\(\) condition must not change anything'
ins '0|assert|end|$1 == 0|' 'kprobe:vfs_read { }'
expect_out "inserts: a positional parameter in one is refused" '^diag_tag=100\|a positional parameter'
# The program's own macros apply in the compile's second parse: one that
# renames a block's attach point makes it another block, and an insert
# addressed to the block parse named is refused, never put there.
ins '0|assume|start|args->__syscall_nr == 0||tracepoint:syscalls:sys_enter_read' 'struct foo { int c; }
#define sys_enter_read sys_enter_write
tracepoint:syscalls: sys_enter_read { @a = args->__syscall_nr; }
tracepoint:syscalls:sys_enter_write { @n = args->count; }'
expect_out "inserts: a block renamed by a macro is refused" "^status=1$"
expect_out "inserts: and said, with its tag" '^diag_tag=100\|probe block 1 is tracepoint:syscalls:sys_enter_write in the compile, not tracepoint:syscalls:sys_enter_read'
ins '0|assume|start|args->__syscall_nr == 0||tracepoint:syscalls:sys_enter_read' 'tracepoint:syscalls:sys_enter_read { @a = args->__syscall_nr; }'
expect_out "inserts: the same block named is fine" "^status=0$"

finish
