/* SPDX-License-Identifier: Apache-2.0 */
/* Tests of the ranking of tracepoints for the synthesis prompt
 * (plugin/hooks.c) over a fixed list of names. Built with ASan and UBSan.
 * Prints "N passed, N failed". */
#include <stdio.h>
#include <string.h>

#include "hooks.h"
#include "check.h"

static const char *const NAMES[] = {
	"btrfs:btrfs_ordered_extent_add", "btrfs:btrfs_ordered_extent_remove",
	"xfs:xfs_ordered_something", "readahead:page_cache_ra_order",
	"sock:inet_sock_set_state", "sock:sock_recv_length", "tcp:tcp_cong_state_set",
	"tcp:tcp_retransmit_skb", "syscalls:sys_enter_open_tree", "syscalls:sys_enter_openat",
	"syscalls:sys_exit_openat", "filelock:locks_get_lock_context", "sched:sched_switch",
	"power:cpu_idle", "block:block_rq_issue", "kyber:kyber_latency",
};
#define N (sizeof(NAMES) / sizeof(NAMES[0]))

/* The rank of `name` for `request` (0 is first), or -1 when not listed. */
static int rank(const char *request, const char *name)
{
	size_t order[N];
	int k = hooks_rank(request, NAMES, N, order, N);
	for (int i = 0; i < k; i++)
		if (!strcmp(NAMES[order[i]], name))
			return i;
	return -1;
}

int main(void)
{
	const char *ken = "Show each new TCP connection that reaches the established state, "
			  "with the destination port in host byte order";
	check(rank(ken, "sock:inet_sock_set_state") == 0,
	      "KEN's request: the state change of sockets first");
	check(rank(ken, "btrfs:btrfs_ordered_extent_add") == -1 &&
		      rank(ken, "xfs:xfs_ordered_something") == -1,
	      "\"byte order\" lists no filesystem's ordered extents");
	check(rank("btrfs ordered extents added", "btrfs:btrfs_ordered_extent_add") == 0,
	      "a filesystem's own events when the request names it");
	check(rank("count context switches per CPU", "sched:sched_switch") == 0,
	      "context switches: sched_switch first");
	int at = rank("print every file that nginx opens", "syscalls:sys_enter_openat"),
	    tree = rank("print every file that nginx opens", "syscalls:sys_enter_open_tree");
	check(at >= 0 && (tree < 0 || at < tree), "opens: openat before open_tree");
	check(rank("disk I/O latency", "block:block_rq_issue") >= 0 &&
		      rank("disk I/O latency", "kyber:kyber_latency") == -1,
	      "disk: the block layer, not one I/O scheduler's own events");
	size_t order[N];
	check(hooks_rank("the weather in paris", NAMES, N, order, N) == 0,
	      "nothing for a request no name matches");
	check(hooks_rank(ken, NAMES, N, order, 2) == 2, "the cap holds");
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
