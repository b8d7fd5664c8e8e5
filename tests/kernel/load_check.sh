#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# --load-check on the real kernel: the verifier's verdict, nothing attached.
set -eu
. "$(dirname "$0")/../lib.sh"

prog='tracepoint:syscalls:sys_enter_getpid { printf("x\n"); } kprobe:vfs_read { @ = count(); } BEGIN { printf("begin\n"); } END { printf("end\n"); }'
run "$BPFTRACE" --load-check -e "$prog"
expect_rc "the kernel accepts the programs" 0
expect_out "the tracepoint program" "^kernel verifier: accepted tracepoint:syscalls:sys_enter_getpid \([0-9]+ instructions\)$"
expect_out "the kprobe program (kprobes load here even where they cannot attach)" "^kernel verifier: accepted kprobe:vfs_read"
expect_out "BEGIN" "^kernel verifier: accepted BEGIN"
expect_out "END" "^kernel verifier: accepted END"
expect_no_out "BEGIN did not run" "^begin$"
expect_no_out "END did not run" "^end$"

if command -v strace >/dev/null 2>&1; then
	run strace -f -qq -e trace=bpf,perf_event_open,ioctl -o "$TMP/trace" "$BPFTRACE" --load-check -e "$prog"
	if grep -q 'BPF_PROG_LOAD.*prog_name="sys_enter_getpi"' "$TMP/trace" &&
		grep -q 'BPF_PROG_LOAD.*prog_name="vfs_read"' "$TMP/trace"; then
		ok "strace: both programs were loaded"
	else not_ok "strace: both programs were loaded"; fi
	if grep -Eq 'perf_event_open|PERF_EVENT_IOC|BPF_RAW_TRACEPOINT_OPEN|BPF_PROG_ATTACH' "$TMP/trace"; then
		not_ok "strace: nothing was attached"
	else ok "strace: nothing was attached"; fi
	# bpftrace's feature detection links a probe of its own to ksys_read;
	# no other link may be created.
	if grep 'BPF_LINK_CREATE' "$TMP/trace" | grep -vq 'syms=\["ksys_read"\]'; then
		not_ok "strace: no link to our programs"
	else ok "strace: no link to our programs"; fi
else
	skip "strace checks" "strace is not installed"
fi

run "$BPFTRACE" --load-check -e 'BEGIN { while (1) { @x = 1; } }'
expect_rc "an infinite loop is rejected: exit 1" 1
expect_out "the verdict names the probe" "^kernel verifier: REJECTED BEGIN: Error loading program"
expect_out "the end of the verifier log says why" "^  \| infinite loop detected at insn"

before=$(ls /sys/fs/bpf | wc -l)
run "$BPFTRACE" --load-check -e 'tracepoint:sched:sched_switch { @[args->next_comm] = count(); }'
after=$(ls /sys/fs/bpf | wc -l)
if [ "$before" -eq "$after" ]; then ok "nothing pinned"; else not_ok "nothing pinned"; fi

finish
