/* SPDX-License-Identifier: Apache-2.0 */
/* Tests of the offline default's last check of a program against its
 * request (plugin/intent.c): each rule refuses the program it is for and
 * lets the right one through. Built with ASan and UBSan. Prints "N
 * passed, N failed". */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "intent.h"
#include "check.h"

/* The verdict of intent_check() on a copy of `program`; the program as
 * it left the check in *after (malloc'd) when `after` is not NULL. */
static int verdict(const char *request, const char *program, char **after, char *why,
		   size_t whylen)
{
	char *p = strdup(program);
	why[0] = '\0';
	int rc = p ? intent_check(request, &p, NULL, why, whylen) : -1;
	if (after)
		*after = p;
	else
		free(p);
	return rc;
}

static int served(const char *request, const char *program)
{
	char why[200];
	return verdict(request, program, NULL, why, sizeof(why)) == 0;
}

static int refused(const char *request, const char *program, const char *reason)
{
	char why[200];
	return verdict(request, program, NULL, why, sizeof(why)) == -1 && strstr(why, reason);
}

/* Whether intent_check() leaves `program` with `expect` in it. */
static int rewritten(const char *request, const char *program, const char *expect)
{
	char why[200], *after = NULL;
	verdict(request, program, &after, why, sizeof(why));
	int ok = after && strstr(after, expect);
	free(after);
	return ok;
}

int main(void)
{
	char why[200], *after = NULL;
	verdict("count syscalls by process every 5 seconds",
		"t:raw_syscalls:sys_enter { @[comm] = count(); }\n"
		"interval:s:5 { print(@, 5); clear(@); }", &after, why, sizeof(why));
	check(after && strstr(after, "print(@);") && !strstr(after, "print(@, 5)"),
	      "a top N no word asks for is taken out");
	free(after);
	verdict("cpu time by process, in ms", "END { print(@cpu_ms, 10, 1000000); }", &after, why,
		sizeof(why));
	check(after && strstr(after, "print(@cpu_ms, 0, 1000000)"),
	      "with a divisor after it, the top N becomes 0 (every entry)");
	free(after);
	verdict("the top 5 processes by syscalls", "END { print(@, 5); }", &after, why, sizeof(why));
	check(after && strstr(after, "print(@, 5)"), "\"top 5\" keeps it");
	free(after);
	/* a system call or kernel function named by its own name is traced */
	check(refused("count vfork calls", "t:syscalls:sys_enter_clone { @ = count(); }",
		      "the system call vfork") &&
		      served("count vfork calls", "t:syscalls:sys_enter_vfork { @ = count(); }"),
	      "vfork named: clone is not it");
	check(refused("sum of bytes written by writev",
		      "t:syscalls:sys_exit_write /args->ret > 0/ { @ = sum(args->ret); }", "writev") &&
		      refused("log mount calls", "t:raw_syscalls:sys_enter { printf(\"%d\\n\", pid); }",
			      "mount") &&
		      refused("count vfs_read by process", "t:syscalls:sys_exit_read { @[comm] = count(); }",
			      "vfs_read"),
	      "writev, mount calls, vfs_read: another call is not the one named");
	check(served("count open calls", "t:syscalls:sys_enter_openat { @ = count(); }") &&
		      served("count exit_group calls", "t:syscalls:sys_enter_exit_group { @ = count(); }"),
	      "open calls: openat, a variant, serves; exit_group is in its probe's name");
	check(refused("count readlink calls", "t:syscalls:sys_enter_readlinkat2x { @ = count(); }",
		      "readlink") &&
		      refused("count mount calls", "kprobe:mount_bdev { @ = count(); }", "mount"),
	      "a longer name is another call: only the variant tails at, at2, 64, 2");
	check(rewritten("count process exits",
			"tracepoint:sched:sched_process_exit /!(args->pid == pid)/ { @ = count(); }",
			"/!(args->pid == pid) && args->pid == pid/"),
	      "a negated main-thread test keeps to nothing: the filter is added");
	check(rewritten("count process exits",
			"tracepoint:sched:sched_process_exit /pid == tid || comm == \"x\"/ { @ = "
			"count(); }",
			"/(pid == tid || comm == \"x\") && args->pid == pid/"),
	      "one under || keeps to nothing either");
	check(rewritten("count process exits",
			"tracepoint:sched:sched_process_exit /(args->pid == pid) && comm == \"x\"/ { @ = "
			"count(); }",
			"/(args->pid == pid) && comm == \"x\"/"),
	      "a main-thread conjunct in parentheses is one");
	check(refused("count opens per process id", "t:syscalls:sys_enter_openat { @[comm] = count(); }",
		      "does not group by pid") &&
		      served("count opens per process id",
			     "t:syscalls:sys_enter_openat { @[pid] = count(); }") &&
		      refused("count page faults by pid", "software:page-faults:1 { @[comm] = count(); }",
			      "pid"),
	      "a process id asked for is a key, not the name");
	check(served("count syscalls by pid 4242",
		     "t:raw_syscalls:sys_enter /pid == 4242/ { @[comm] = count(); }"),
	      "\"by pid 4242\" is a filter, no grouping");
	check(refused("show forks with parent and child pid",
		      "tracepoint:sched:sched_process_fork { printf(\"%s %d\\n\", comm, pid); }",
		      "child's pid"),
	      "a fork moved to task_newtask still needs the child's pid shown");
	/* a call and its variants are one call the request names */
	check(served("log directories being created",
		     "tracepoint:syscalls:sys_enter_mkdir,tracepoint:syscalls:sys_enter_mkdirat {\n"
		     "  printf(\"%s\\n\", str(args->pathname)); }\n"),
	      "mkdir and mkdirat: one call");
	check(refused("log directories being created",
		      "tracepoint:syscalls:sys_enter_mkdir,tracepoint:syscalls:sys_enter_rmdir {\n"
		      "  printf(\"%s\\n\", str(args->pathname)); }\n", "which the request does not name"),
	      "mkdir and rmdir: two calls, each must be named");
	/* processes, not threads */
	verdict("count forks per parent process",
		"tracepoint:sched:sched_process_fork /args->child_pid > 1/ {\n"
		"  @f[str(args->parent_comm), args->parent_pid] = count(); }\n", &after, why,
		sizeof(why));
	check(after && strstr(after, "tracepoint:task:task_newtask /!(args->clone_flags & 0x10000)"
				     " && (args->pid > 1)/ {") &&
		      strstr(after, "@f[comm, pid] = count();") && !strstr(after, "sched_process_fork"),
	      "a fork's block moves to task_newtask without CLONE_THREAD, its fields with it");
	free(after);
	verdict("how long do processes live",
		"tracepoint:sched:sched_process_fork { @b[args->child_pid] = nsecs; }\n"
		"tracepoint:sched:sched_process_exit /@b[args->pid]/ { @h = hist(nsecs - "
		"@b[args->pid]); }\nEND { clear(@b); }\n", &after, why, sizeof(why));
	check(after && strstr(after, "task_newtask /!(args->clone_flags & 0x10000)/ { "
				     "@b[args->pid] = nsecs; }") &&
		      strstr(after, "sched_process_exit /@b[args->pid] && args->pid == pid/ {") &&
		      strstr(after, "END { clear(@b); }"),
	      "an exit keeps to the process's main thread, after the block's own predicate");
	free(after);
	check(rewritten("count process exits",
			"tracepoint:sched:sched_process_exit /pid == tid/ { @ = count(); }",
			"sched_process_exit /pid == tid/ {"),
	      "an exit already kept to the main thread stays as it is");
	verdict("print exiting tasks and their priority",
		"tracepoint:sched:sched_process_exit { printf(\"%d\\n\", args->prio); }", &after,
		why, sizeof(why));
	check(after && strstr(after, "sched_process_exit {"), "tasks: every thread, untouched");
	free(after);
	verdict("the 3 busiest disks", "END { print(@, 3); }", &after, why, sizeof(why));
	check(after && strstr(after, "print(@, 3)"), "\"3 busiest\" keeps it");
	free(after);

	const char *by_comm = "t:syscalls:sys_exit_openat /args->ret < 0/ { @[comm] = count(); }";
	check(refused("count failed opens by process and errno", by_comm, "errno"),
	      "a grouping asked for after \"and\" and missing is refused");
	check(served("count failed opens by process and errno",
		     "t:syscalls:sys_exit_openat /args->ret < 0/ { @[comm, -args->ret] = count(); }"),
	      "with the errno as a key it is served");
	check(refused("context switches per CPU", "t:sched:sched_switch { @[comm] = count(); }",
		      "CPU"),
	      "per CPU, with no CPU key, is refused");
	check(served("failed opens by process", by_comm), "a grouping the program has is fine");
	check(refused("count block io on sdzz", "t:block:block_rq_issue { @ = count(); }",
		      "the disk sdzz"),
	      "a disk named and not kept to (none this machine has) is refused");
	check(refused("count writes to /dev/sdzz", "t:syscalls:sys_enter_write { @ = count(); }",
		      "/dev/sdzz"),
	      "a disk's path not kept to is refused");
	check(refused("show tcp retransmissions by remote port",
		      "t:tcp:tcp_retransmit_skb { printf(\"%d\\n\", args->dport); }", "port"),
	      "a grouping after a modifier (\"by remote port\") is one");

	check(refused("how many bytes does each process write?",
		      "t:syscalls:sys_enter_write { @[comm] = count(); }", "counts events"),
	      "bytes asked for as the measure, and events counted, is refused");
	check(served("count writes of 1 MB or more by process",
		     "t:syscalls:sys_enter_write /args->count >= 1048576/ { @[comm] = count(); }"),
	      "bytes as a threshold is no measure");
	check(refused("failed openat calls with the filename and the error",
		      "t:syscalls:sys_exit_openat /args->ret < 0/ { printf(\"%d\\n\", args->ret); }",
		      "filename"),
	      "a filename asked for and not shown is refused");
	check(served("show each file name opened",
		     "t:syscalls:sys_enter_openat { printf(\"%s\\n\", str(args->filename)); }"),
	      "a filename shown is fine");
	check(refused("bytes written by process",
		      "t:syscalls:sys_exit_write { @[comm] = sum(args->ret); }", "negative errno"),
	      "a sum of return values with failures in it is refused");
	check(served("bytes written by process",
		     "t:syscalls:sys_exit_write /args->ret > 0/ { @[comm] = sum(args->ret); }"),
	      "a sum of successful return values is fine");
	check(refused("alert me if anyone sends SIGHUP to nginx",
		      "t:signal:signal_generate /args->sig == 1 && comm == \"nginx\"/ { }", "nginx"),
	      "a target filtered on as the actor is refused");
	check(served("alert me if anyone sends SIGHUP to nginx",
		     "t:signal:signal_generate /args->sig == 1 && args->comm == \"nginx\"/ { }"),
	      "a target filtered on as the target is fine");
	check(refused("context switches per CPU", "t:sched:sched_stat_runtime { @[cpu] = count(); }",
		      "context switches"),
	      "an event asked for and not traced is refused");
	check(served("context switches per CPU", "t:sched:sched_switch { @[cpu] = count(); }"),
	      "the event asked for is fine");
	check(refused("count TCP connections per second",
		      "t:sock:inet_sock_set_state { @ = count(); }", "connections"),
	      "every state change is no connection");
	check(served("count TCP connections per second",
		     "t:sock:inet_sock_set_state /args->newstate == 1/ { @ = count(); }"),
	      "a change to a new state is one");
	check(refused("how many bytes does each process receive over TCP?",
		      "t:sock:sock_recv_length /args->ret > 0/ { @[comm] = sum(args->ret); }", "TCP"),
	      "TCP asked for and every protocol traced is refused");
	check(served("how many bytes does each process receive over TCP?",
		     "t:sock:sock_recv_length /args->protocol == 6 && args->ret > 0/ "
		     "{ @[comm] = sum(args->ret); }"),
	      "TCP's protocol number in the program is fine");
	check(refused("trace ENOENT errors, counted per program",
		      "tracepoint:sock:inet_sk_error_report /args->error == 2/ { @[comm] = count(); }",
		      "sock events"),
	      "a socket event for a request that says nothing of sockets is refused");
	check(served("count inet socket errors by errno",
		     "tracepoint:sock:inet_sk_error_report { @[args->error] = count(); }"),
	      "one that asks for sockets is served");
	const char *libc_open = "uprobe:/lib/x86_64-linux-gnu/libc.so.6:open { @p[tid] = arg0; }\n"
				"uretprobe:/lib/x86_64-linux-gnu/libc.so.6:open/retval < 0/ { }";
	check(refused("which file opens are failing?", libc_open, "libc's open() wrapper"),
	      "libc's wrapper of a system call, for a request about the call, is refused");
	check(served("trace libc open() calls that fail", libc_open) &&
		      served("failed calls of open() in libc", libc_open),
	      "one that asks for libc is served");
	check(served("how often does malloc return NULL?",
		     "uretprobe:/lib/x86_64-linux-gnu/libc.so.6:malloc /retval == 0/ { }"),
	      "a library function that wraps no system call is served");
	check(refused("show the ten processes that open the most files",
		      "t:syscalls:sys_enter_openat /comm == \"ten\"/ { @[comm] = count(); }",
		      "as a process name"),
	      "a number word read as a process name is refused");
	verdict("the ten processes that open the most files",
		"t:syscalls:sys_enter_openat { @[comm] = count(); } END { print(@, 10); }", &after, why,
		sizeof(why));
	check(after && strstr(after, "print(@, 10)"), "\"the ten ... most\" keeps a top 10");
	free(after);
	check(refused("count syscalls by process every 10 seconds, top 20",
		      "t:raw_syscalls:sys_enter { @[comm] = count(); }\n"
		      "interval:s:10 { print(@); clear(@); } END { print(@, 20); }", "top 20"),
	      "a top N asked for, and a map printed whole every interval, is refused");
	check(served("log every kill() call: who sent it and which signal",
		     "tracepoint:syscalls:sys_enter_kill { printf(\"%s %d %d\\n\", comm, pid, "
		     "args->sig); }") &&
		      served("log kill calls: who sent them",
			     "tracepoint:syscalls:sys_enter_kill { printf(\"%s %d\\n\", comm, pid); }") &&
		      refused("log every kill() call: who sent signals",
			      "tracepoint:syscalls:sys_enter_tgkill { printf(\"%s\\n\", comm); }",
			      "signal_generate"),
	      "who sends: kill() calls named and traced are their callers'; else every sender's");
	check(refused("who kills nginx", "t:syscalls:sys_enter_kill /comm == \"nginx\"/ { }", "nginx") &&
		      refused("which process killed my redis-server",
			      "t:signal:signal_generate /comm == \"redis-server\"/ { }", "redis"),
	      "the one killed is a target, never the comm filtered on");
	check(served("which signals does nginx get",
		     "t:signal:signal_deliver /comm == \"nginx\"/ { @[args->sig] = count(); }") &&
		      served("count opens restricted to nginx",
			     "t:syscalls:sys_enter_openat /comm == \"nginx\"/ { @ = count(); }"),
	      "a process that receives, or \"restricted to\", is not taken for a target");
	check(refused("which processes get context switched the most",
		      "software:context-switches:1 { @[comm] = count(); }", "context switches"),
	      "perf's software event, which misses the switches with idle, is not all context "
	      "switches");
	check(refused("which process keeps waking up the cpu",
		      "hardware:cpu-cycles:1000000 { @[comm] = count(); }", "wakeups"),
	      "waking asks for wakeups");
	check(served("show tcp retransmits", "tracepoint:tcp:tcp_retransmit_skb { @ = count(); }") &&
		      served("show retransmits", "tracepoint:tcp:tcp_retransmit_skb { @ = count(); }"),
	      "retransmits ask for tcp's events");
	check(refused("histogram of read() sizes for tar",
		      "t:syscalls:sys_enter_read /comm == \"tar\"/ { @ = hist(args->count); }",
		      "buffer"),
	      "the buffer a read asks for is not the bytes it read");
	check(refused("histogram of the sizes passed to write()",
		      "t:syscalls:sys_exit_write /args->ret > 0/ { @ = hist(args->ret); }",
		      "passed to") &&
		      served("histogram of write sizes",
			     "t:syscalls:sys_exit_write /args->ret > 0/ { @ = hist(args->ret); }"),
	      "what a call is passed is not what it returned");
	check(refused("show failed open calls with EACCES per process",
		      "t:syscalls:sys_exit_openat /args->ret < 0/ { @[comm] = count(); }", "EACCES") &&
		      served("show failed open calls with EACCES per process",
			     "t:syscalls:sys_exit_openat /args->ret == -13/ { @[comm] = count(); }"),
	      "an errno named must be kept to");
	check(refused("list the files that processes fail to open",
		      "t:syscalls:sys_exit_openat /args->ret < 0/ { printf(\"%s\\n\", comm); }",
		      "files") &&
		      served("count the files each process opens",
			     "t:syscalls:sys_enter_openat { @[comm] = count(); }"),
	      "files asked to be shown must be shown; counted, they need not");
	check(refused("which processes call fsync", "t:syscalls:sys_enter_fsync { @ = count(); }",
		      "process"),
	      "\"which processes\" needs the process in the output");
	check(refused("monitor process forks and show parent and child pid",
		      "t:sched:sched_process_fork { printf(\"%d\\n\", pid); }", "child"),
	      "a fork's child pid asked for must be shown");
	check(refused("which processes are being killed with SIGTERM? show target pid",
		      "t:syscalls:sys_enter_tgkill /args->sig == 15/ { printf(\"%d\\n\", pid); }",
		      "signalled"),
	      "a kill's target asked for must be shown, not the sender");
	check(refused("how many wakeups does each process cause? top 10",
		      "t:sched:sched_wakeup /args->comm == \"cause\"/ { @[comm] = count(); }\n"
		      "END { print(@, 10); }",
		      "process name") &&
		      refused("how often is each process preempted?",
			      "t:sched:sched_switch /comm == \"preempted\"/ { @[comm] = count(); }",
			      "process name"),
	      "a verb of the request is no process name");
	check(refused("count syscalls per process for 30 seconds then exit",
		      "t:syscalls:sys_enter_exit_group { @[comm] = count(); } interval:s:30 { exit(); }",
		      "exit_group") &&
		      served("tally rsync's exit codes",
			     "t:syscalls:sys_enter_exit_group /comm == \"rsync\"/ { @[args->error_code] = count(); }"),
	      "\"then exit\" names no exit_group; \"exit codes\" does");
	check(refused("count how many times each program calls execve, top 5",
		      "t:syscalls:sys_enter_unlink, t:syscalls:sys_enter_execve { @[comm] = count(); }\n"
		      "END { print(@, 5); }",
		      "unlink") &&
		      refused("avg nanosleep duration for each program",
			      "t:syscalls:sys_enter_clock_nanosleep { @s[tid] = nsecs; }\n"
			      "t:syscalls:sys_exit_clock_nanosleep { @[comm] = avg(nsecs - @s[tid]); }",
			      "nanosleep"),
	      "each system call of several traced is named by the request; a call named is "
	      "not swapped for one whose name holds it (nanosleep: clock_nanosleep misses "
	      "direct nanosleep calls)");
	check(refused("for pid 4321 count syscalls by syscall name",
		      "t:raw_syscalls:sys_enter /pid == 4321/ { @calls[args->id] = count(); }",
		      "numbers (args->id)"),
	      "system call names asked for are never their numbers");
	check(refused("show me who kills whom, with the signal number",
		      "t:signal:signal_generate { printf(\"%s %d %d\\n\", comm, pid, args->sig); }",
		      "shows the sender"),
	      "\"whom\" a signal goes to is its target, not the sender signal_generate runs in");
	check(refused("log the time when each process exits and its lifetime in ms",
		      "t:raw_syscalls:sys_enter { @s[tid] = nsecs; }", "process exits") &&
		      served("count syscalls per process for 30 seconds then exit",
			     "t:raw_syscalls:sys_enter { @[comm] = count(); } interval:s:30 { exit(); }"),
	      "process exits asked for must be traced; \"then exit\" asks for none");
	check(refused("show processes calling fsync, with count",
		      "t:syscalls:sys_enter_fsync { @ = count(); }", "process"),
	      "\"show processes\" needs the process in the output");
	check(refused("which users run the most commands",
		      "tracepoint:sched:sched_process_exec { @ = count(); }", "user") &&
		      refused("which users run the most commands",
			      "tracepoint:exceptions:page_fault_user { @[uid] = count(); }",
			      "exceptions"),
	      "\"which users\" needs the user in the output; page faults need asking for");
	check(refused("list processes that run out of memory",
		      "uretprobe:/lib/x86_64-linux-gnu/libc.so.6:malloc { printf(\"%s\\n\", comm); }",
		      "out of memory") &&
		      served("list processes that run out of memory",
			     "uretprobe:/lib/x86_64-linux-gnu/libc.so.6:malloc /retval == 0/ "
			     "{ printf(\"%s\\n\", comm); }"),
	      "out of memory needs the OOM events or a failed allocation");
	check(refused("show processes started by cron",
		      "t:sched:sched_process_exec /comm == \"cron\"/ { printf(\"%s\\n\", comm); }",
		      "new program"),
	      "at an exec, comm is the new program, not the one that started it");
	check(refused("total bytes nginx writes, per second",
		      "t:syscalls:sys_enter_write /comm == \"nginx\"/ { @ = sum(args->count); }",
		      "bytes written") &&
		      served("for rsync: smallest, biggest and mean bytes per write call",
			     "t:syscalls:sys_enter_write /comm == \"rsync\"/ { @ = stats(args->count); }"),
	      "a total of bytes written is not what writes asked for; a call's size may be");
	check(refused("count reads by find", "t:syscalls:sys_enter_read { @count = count(); }",
		      "\"find\"") &&
		      refused("count syscalls made by nginx", "t:raw_syscalls:sys_enter { @ = count(); }",
			      "nginx") &&
		      served("count syscalls made by nginx",
			     "t:raw_syscalls:sys_enter /comm == \"nginx\"/ { @ = count(); }") &&
		      served("top 5 processes by syscalls, sorted by top 5",
			     "t:raw_syscalls:sys_enter { @[comm] = count(); }\nEND { print(@, 5); }"),
	      "a process named after \"by\" is never dropped");
	check(refused("how much memory does each process give back with munmap",
		      "t:syscalls:sys_enter_munmap { @[comm] = hist(args->len); }", "how much") &&
		      served("how much memory does each process give back with munmap",
			     "t:syscalls:sys_enter_munmap { @[comm] = sum(args->len); }"),
	      "\"how much\" is a sum");
	check(refused("fork rate per second", "t:syscalls:sys_enter_clone { @ = count(); }", "forks") &&
		      served("fork rate per second", "t:sched:sched_process_fork { @ = count(); }"),
	      "forks are sched_process_fork's: sys_enter_clone misses clone3, fork and vfork");
	check(refused("show opens failing with too many open files",
		      "t:syscalls:sys_exit_openat /args->ret < 0/ { printf(\"%s\\n\", comm); }",
		      "EMFILE") &&
		      served("show opens failing with too many open files",
			     "t:syscalls:sys_exit_openat /args->ret == -24/ { printf(\"%s\\n\", comm); }"),
	      "an errno by its description is kept");
	check(refused("count syscalls by command", "t:syscalls:sys_enter_execve { @[comm] = count(); }",
		      "execve") &&
		      served("count read syscalls by command",
			     "t:syscalls:sys_enter_read { @[comm] = count(); }"),
	      "\"syscalls\" are all of them, unless the request names one");
	check(refused("show slow syscalls", "u:/lib/x86_64-linux-gnu/libc.so.6:system { @ = count(); }",
		      "traces none"),
	      "system calls are traced at their tracepoints");
	check(refused("count SIGTERM senders", "t:syscalls:sys_enter_tgkill /args->sig == 15/ { @ = count(); }",
		      "signal_generate") &&
		      served("count who sends SIGTERM",
			     "t:signal:signal_generate /args->sig == 15/ { @[comm] = count(); }"),
	      "senders of signals are signal_generate's");
	check(refused("trace opens for 10 seconds",
		      "t:syscalls:sys_enter_openat { printf(\"%s\\n\", str(args->filename)); }", "end") &&
		      served("trace opens for 10 seconds",
			     "t:syscalls:sys_enter_openat { printf(\"%s\\n\", str(args->filename)); }\n"
			     "interval:s:10 { exit(); }"),
	      "a time to trace for ends the program");
	check(refused("count reads by the process called read",
		      "t:syscalls:sys_enter_read { @ = count(); }", "\"read\""),
	      "a process called by name is never dropped");
	check(refused("count disk reads", "t:syscalls:sys_enter_read { @ = count(); }", "block") &&
		      refused("count disk writes by process", "t:block:block_rq_issue { @[comm] = count(); }",
			      "rwbs") &&
		      served("count disk writes by process",
			     "t:block:block_rq_issue /strncmp(args->rwbs, \"W\", 1) == 0/ { @[comm] = count(); }"),
	      "disks are block devices, and their reads and writes are told apart by rwbs");
	check(refused("show files opened read-only",
		      "t:syscalls:sys_enter_openat { printf(\"%s\\n\", str(args->filename)); }", "flags"),
	      "an open's mode is in its flags");
	check(refused("count kill calls with signal 0", "t:syscalls:sys_enter_kill { @ = count(); }",
		      "signal 0"),
	      "signal 0 is kept");
	check(refused("count clone calls with flags", "t:syscalls:sys_enter_clone { @ = count(); }",
		      "args->clone_flags") &&
		      served("count clone calls with flags",
			     "t:syscalls:sys_enter_clone { @[args->clone_flags] = count(); }") &&
		      refused("show opens with the flags and the filename",
			      "t:syscalls:sys_enter_openat { printf(\"%s\\n\", str(args->filename)); }",
			      "args->flags") &&
		      served("show opens with the flags and the filename",
			     "t:syscalls:sys_enter_openat { printf(\"%s %d\\n\", str(args->filename), "
			     "args->flags); }") &&
		      served("count reads with a count over 100",
			     "t:syscalls:sys_enter_read /args->count > 100/ { @ = count(); }"),
	      "a field of the event asked for with \"with\" is read");
	check(refused("trace pid 1 syscalls",
		      "t:raw_syscalls:sys_enter /pid == 1/ { printf(\"%s %d\\n\", comm, pid); }",
		      "args->id") &&
		      served("trace pid 1 syscalls",
			     "t:raw_syscalls:sys_enter /pid == 1/ { printf(\"%s %d\\n\", comm, args->id); }") &&
		      refused("trace pid 1 syscalls",
			      "t:raw_syscalls:sys_exit /pid == 1/ { printf(\"%s %d\\n\", comm, pid); }",
			      "args->id") &&
		      served("syscalls slower than 250 ms",
			     "t:raw_syscalls:sys_enter { @s[tid] = nsecs; }\n"
			     "t:raw_syscalls:sys_exit { $d = nsecs - @s[tid]; if ($d > 250000000) "
			     "{ printf(\"%s\\n\", comm); } }") &&
		      served("count system calls by process",
			     "t:raw_syscalls:sys_enter { @[comm] = count(); }"),
	      "a line per system call says which");
	check(refused("average read latency in seconds",
		      "t:syscalls:sys_exit_read { $s = $d / 1000000000; @ = avg($s); }", "whole") &&
		      refused("average read latency in ms",
			      "t:syscalls:sys_exit_read { $s = $d / 1000000; @ = avg($s); }", "whole ms") &&
		      refused("read latency histogram in seconds",
			      "t:syscalls:sys_exit_read { @ = hist($d / 1000000000); }", "seconds"),
	      "no average in whole seconds");
	check(refused("count retransmits by process",
		      "t:tcp:tcp_retransmit_skb { @[comm] = count(); }", "in an interrupt") &&
		      served("count retransmits by destination port",
			     "t:tcp:tcp_retransmit_skb { @[args->dport] = count(); }") &&
		      refused("which processes get TCP resets",
			      "t:tcp:tcp_receive_reset { printf(\"%s\\n\", comm); }", "in an interrupt") &&
		      refused("print each TCP reset with its ports",
			      "t:tcp:tcp_receive_reset { printf(\"%s %d\\n\", comm, args->dport); }",
			      "in an interrupt") &&
		      served("print each TCP reset with its ports",
			     "t:tcp:tcp_receive_reset { printf(\"%d %d\\n\", args->sport, args->dport); }"),
	      "no process named in softirq");
	check(refused("print each interrupt with its handler",
		      "t:irq:irq_handler_entry { printf(\"%s %s\\n\", comm, str(args->name)); }",
		      "in an interrupt") &&
		      served("print each interrupt with its handler",
			     "t:irq:irq_handler_entry { printf(\"%s\\n\", str(args->name)); }"),
	      "no process named in a hard interrupt");
	check(refused("count interrupts by origin", "t:irq:irq_handler_entry { @ = count(); }",
		      "does not group by anything") &&
		      served("count interrupts by handler",
			     "t:irq:irq_handler_entry { @[str(args->name)] = count(); }") &&
		      served("histogram of bytes returned by read",
			     "t:syscalls:sys_exit_read /args->ret > 0/ { @ = hist(args->ret); }") &&
		      served("count writes by Nginx",
			     "t:syscalls:sys_enter_write /comm == \"nginx\"/ { @ = count(); }"),
	      "a grouping asked has some key");
	check(refused("a summary of opens per process, plus how many of those opens failed",
		      "t:syscalls:sys_exit_openat /args->ret < 0/ { @[comm] = count(); }",
		      "two counts") &&
		      served("a summary of opens per process, plus how many of those opens failed",
			     "t:syscalls:sys_exit_openat { @all[comm] = count(); }\n"
			     "t:syscalls:sys_exit_openat /args->ret < 0/ { @failed[comm] = count(); }"),
	      "all of them and a part of them are two counts");
	check(refused("count opens per process and how many failed",
		      "t:syscalls:sys_exit_openat /args->ret < 0/ { @[comm] = count(); }",
		      "two counts") &&
		      refused("count opens per process, plus the failures",
			      "t:syscalls:sys_exit_openat /args->ret < 0/ { @[comm] = count(); }",
			      "two counts") &&
		      served("count failed opens and group them by process",
			     "t:syscalls:sys_exit_openat /args->ret < 0/ { @[comm] = count(); }") &&
		      served("count reads by process and the errno when they fail",
			     "t:syscalls:sys_exit_read /args->ret < 0/ { @[comm, -args->ret] = "
			     "count(); }"),
	      "a count and then its failures are two counts");
	check(refused("trace the return value of every close call",
		      "t:syscalls:sys_exit_close { printf(\"%s %d\\n\", comm, pid); }",
		      "args->ret") &&
		      served("trace the return value of every close call",
			     "t:syscalls:sys_exit_close { printf(\"%s %d\\n\", comm, args->ret); }"),
	      "a system call's return value is args->ret");
	check(refused("time each fsync call",
		      "t:syscalls:sys_enter_fsync { printf(\"%s\\n\", comm); }", "no time") &&
		      served("print a line every time nginx calls fsync",
			     "t:syscalls:sys_enter_fsync /comm == \"nginx\"/ { printf(\"%s\\n\", "
			     "comm); }") &&
		      served("how many times does nginx call write",
			     "t:syscalls:sys_enter_write /comm == \"nginx\"/ { @ = count(); }"),
	      "a time asked is measured");
	check(refused("top 5 processes by exec count",
		      "t:task:task_newtask { @[comm] = count(); } END { print(@, 5); clear(@); }",
		      "no exec") &&
		      refused("how long does execve take, per program",
			      "t:sched:sched_process_exec { @s[args->pid] = nsecs; } "
			      "t:sched:sched_process_exit { @[comm] = hist(nsecs - @s[pid]); }",
			      "does not trace the call"),
	      "an exec is traced as one");
	check(refused("count file access by process",
		      "t:syscalls:sys_enter_access { @[comm] = count(); }", "English word") &&
		      served("count access calls by process",
			     "t:syscalls:sys_enter_access { @[comm] = count(); }"),
	      "an English word is a call only when said as one");
	check(refused("count slow reads",
		      "t:syscalls:sys_exit_read { $us = (nsecs - @s[tid]) / 1000; @ = count(); }",
		      "how slow") &&
		      refused("count calls to write that take a long time",
			      "t:syscalls:sys_exit_write { @ = count(); }", "how slow"),
	      "slow is said how slow");
	check(refused("show interrupt handler names and counts",
		      "t:irq:irq_handler_entry { @ = count(); }", "args->name") &&
		      refused("which signals does nginx receive and how often",
			      "t:signal:signal_generate /args->comm == \"nginx\"/ { @ = count(); }",
			      "by signal") &&
		      refused("signals nginx receives",
			      "t:signal:signal_generate /args->comm == \"nginx\"/ { printf(\"%s %d "
			      "%d\\n\", comm, pid, args->sig); }", "sender's") &&
		      served("signals nginx receives",
			     "t:signal:signal_generate /args->comm == \"nginx\"/ { printf(\"from %s "
			     "%d: %d\\n\", comm, pid, args->sig); }"),
	      "handlers and signals asked for are shown");
	check(refused("count syscalls by name", "t:raw_syscalls:sys_enter { @[comm] = count(); }",
		      "process's name") &&
		      served("count syscalls by process name",
			     "t:raw_syscalls:sys_enter { @[comm] = count(); }") &&
		      refused("count threads created per process",
			      "t:sched:sched_process_fork { @[comm, tid] = count(); }", "CLONE_THREAD") &&
		      served("count threads created per process",
			     "t:task:task_newtask /args->clone_flags & 0x10000/ { @[comm] = count(); }"),
	      "syscall names and threads created");
	check(refused("histogram of interrupt latency",
		      "t:irq:irq_handler_entry { @s[cpu] = nsecs; } t:irq:irq_handler_exit { "
		      "@ = hist(nsecs - @s[cpu]); }", "latency"),
	      "an interrupt's latency is not its handler's time");
	check(refused("print each kill with the signal",
		      "t:syscalls:sys_exit_kill { printf(\"%d\\n\", pid); }", "args->sig") &&
		      served("log each accept4 with the new fd",
			     "t:syscalls:sys_exit_accept4 { printf(\"%d\\n\", args->ret); }"),
	      "a call's exit is checked against its entry's fields");
	check(refused("off-cpu time by process",
		      "profile:hz:99 { @[comm] = count(); }", "off-CPU") &&
		      refused("offcpu time by process",
			      "profile:hz:99 { @[comm] = count(); }", "off-CPU"),
	      "off-CPU time is sched_switch's");
	check(refused("show opens of open() and openat",
		      "t:syscalls:sys_enter_openat { printf(\"%s\\n\", str(args->filename)); }",
		      "open") &&
		      served("show opens of open() and openat",
			     "t:syscalls:sys_enter_open, t:syscalls:sys_enter_openat "
			     "{ printf(\"%s\\n\", str(args->filename)); }") &&
		      served("count open() calls", "t:syscalls:sys_enter_openat { @ = count(); }") &&
		      refused("count open() calls", "t:syscalls:sys_enter_read { @ = count(); }", "open"),
	      "open and openat named together are both traced");
	check(refused("trace writes of more than 100 bytes",
		      "t:syscalls:sys_enter_write { printf(\"%d\\n\", args->count); }", "100 bytes") &&
		      served("trace writes of more than 100 bytes",
			     "t:syscalls:sys_enter_write /args->count > 100/ { printf(\"%d\\n\", args->count); }") &&
		      refused("read latency for reads over 1KB",
			      "t:syscalls:sys_exit_read { @ = hist(nsecs); }", "1KB") &&
		      served("read latency for reads over 1KB",
			     "t:syscalls:sys_exit_read /args->ret > 1024/ { @ = hist(nsecs); }") &&
		      served("reads longer than 2 ms", "t:syscalls:sys_exit_read { $us = $d / 1000; "
			     "if ($us > 2000) { printf(\"%d\\n\", $us); } }") &&
		      served("count reads over 10 seconds", "t:syscalls:sys_enter_read { @ = count(); }"),
	      "a threshold with its unit is compared with");
	check(refused("count context switches into pid 66",
		      "t:sched:sched_switch /pid == 66/ { @ = count(); }", "next_pid") &&
		      served("count context switches into pid 66",
			     "t:sched:sched_switch /args->next_pid == 66/ { @ = count(); }") &&
		      served("count context switches of pid 66",
			     "t:sched:sched_switch /pid == 66/ { @ = count(); }") &&
		      refused("count context switches to pid 66",
			      "t:sched:sched_switch /pid == 66/ { @ = count(); }", "next_pid") &&
		      refused("count context switches to anything but nginx",
			      "t:sched:sched_switch /comm != \"nginx\"/ { @ = count(); }", "next_pid"),
	      "a task switched in is next_pid");
	check(refused("reads slower than 500 us in ms",
		      "t:syscalls:sys_exit_read { if ($d > 500000) { $ms = $d / 1000000; "
		      "printf(\"%d\\n\", $ms); } }", "whole units") &&
		      refused("reads faster than 1 us", "t:syscalls:sys_exit_read { if ($d < 1000) "
			      "{ printf(\"%d\\n\", $d / 1000); } }", "whole units") &&
		      refused("total read time per process in ms",
			      "t:syscalls:sys_exit_read { @[comm] = sum($d / 1000000); }", "total") &&
		      served("read times in us", "t:syscalls:sys_exit_read { $us = $d / 1000;\n"
			     "  assert($d < 1000 || $us >= 1, \"in us\");\n  @ = hist($us); }") &&
		      served("reads slower than 5 ms, in ms",
			     "t:syscalls:sys_exit_read { if ($d > 5000000) { $ms = $d / 1000000; "
			     "printf(\"%d\\n\", $ms); } }") &&
		      served("bytes read per process in KB",
			     "t:syscalls:sys_exit_read /args->ret > 0/ { @[comm] = sum(args->ret / 1024); }"),
	      "durations are not shown as 0 in whole units");
	/* an adversarial pass over times taken */
	check(refused("reads that take 10 ms or less",
		      "t:syscalls:sys_exit_read { $d = nsecs; if ($d < 10000000) { @ = count(); } }",
		      "or less") &&
		      refused("reads taking at least 2 ms",
			      "t:syscalls:sys_exit_read { $d = nsecs; if ($d > 2000000) { @ = count(); } }",
			      "at least") &&
		      served("reads taking at least 2 ms",
			     "t:syscalls:sys_exit_read { $d = nsecs; if ($d >= 2000000) { @ = count(); } }"),
	      "a bound said to be kept (at most, at least, or less) is compared with <= or >=");
	check(refused("show read latency for the past 10 seconds",
		      "t:syscalls:sys_exit_read { $d = nsecs; if ($d > 10000000000) { @ = count(); } }",
		      "a time to trace for") &&
		      refused("average read latency over 10 seconds",
			      "t:syscalls:sys_exit_read { $d = nsecs; if ($d > 10000000000) { @ = avg($d); } }",
			      "a time to trace for"),
	      "a window of time is never a bound on the measure");
	check(refused("read latency in microseconds and milliseconds",
		      "t:syscalls:sys_exit_read { @ = hist((nsecs - @s[tid]) / 1000000); }", "one unit") &&
		      refused("write latency histogram in s",
			      "t:syscalls:sys_exit_write { @us = hist((nsecs - @s[tid]) / 1000); }",
			      "another unit") &&
		      refused("read time in us",
			      "t:syscalls:sys_enter_read { printf(\"%s %d\\n\", comm, pid); }",
			      "measures none"),
	      "the unit of time asked for is the one shown, and a time is measured");
	check(refused("fork latency",
		      "t:task:task_newtask { @s[args->pid] = nsecs; }\n"
		      "t:sched:sched_process_exec { @us = hist((nsecs - @s[pid]) / 1000); }",
		      "fork"),
	      "the latency of a system call named is that call's");
	/* a third adversarial pass */
	check(refused("opens and closes by process",
		      "t:syscalls:sys_enter_openat { @opens[comm] = count(); }", "\"closes\"") &&
		      served("reads and closes by process",
			     "t:syscalls:sys_enter_read, t:syscalls:sys_enter_close { @[comm, probe] = "
			     "count(); }"),
	      "each system call of \"X and Y\" is traced");
	check(refused("show each openat with its latency in us",
		      "t:syscalls:sys_exit_openat { @us = hist((nsecs - @s[tid]) / 1000); }",
		      "a line per call"),
	      "\"each call\" is a line per call, not a summary");
	check(refused("how long does each process sleep in nanosleep, total in ms",
		      "t:syscalls:sys_exit_clock_nanosleep, t:syscalls:sys_exit_nanosleep { $ms = "
		      "(nsecs - @s[tid]) / 1000000; @[comm] = count(); }",
		      "sums none"),
	      "a total of time is a sum");
	check(refused("show the destination of every connect call",
		      "t:syscalls:sys_enter_connect { printf(\"%s %d\\n\", comm, pid); }",
		      "no address or port"),
	      "a destination asked for is shown");
	check(refused("show slow fsyncs", "t:syscalls:sys_exit_fsync { printf(\"%d\\n\", pid); }",
		      "how slow") &&
		      served("fsync calls slower than a quarter second",
			     "t:syscalls:sys_exit_fsync { $d = nsecs - @s[tid]; if ($d > 250000000) { "
			     "printf(\"%d\\n\", pid); } }"),
	      "\"slow\" with no bound is declined; \"slower than\" is a bound");
	/* a path named is kept (a file compared, a uprobe's binary) */
	check(refused("count opens of /etc/passwd", "t:syscalls:sys_enter_openat { @ = count(); }",
		      "the path \"/etc/passwd\"") &&
		      refused("count opens of /", "t:syscalls:sys_enter_openat { @ = count(); }",
			      "the path \"/\"") &&
		      refused("count opens of /etc/passwd.",
			      "t:syscalls:sys_enter_openat /str(args->filename) == \"/etc/passwd.d\"/ "
			      "{ @ = count(); }",
			      "the path") &&
		      served("count opens of /etc/passwd.",
			     "t:syscalls:sys_enter_openat /str(args->filename) == \"/etc/passwd\"/ { "
			     "@ = count(); }") &&
		      served("show readline lines in /bin/bash",
			     "uretprobe:/bin/bash:readline { printf(\"%s\\n\", str(retval)); }") &&
		      served("show reads/writes by nginx",
			     "t:syscalls:sys_enter_read /comm == \"nginx\"/ { @ = count(); }"),
	      "a path the request names is kept to");
	/* a ranking counts or measures something */
	check(refused("show the busiest processes",
		      "t:task:task_newtask { printf(\"%s\\n\", comm); }", "ranks nothing") &&
		      served("reads that take at most 5 ms",
			     "t:syscalls:sys_exit_read { $d = nsecs - @s[tid]; if ($d <= 5000000) { "
			     "printf(\"%d\\n\", pid); } }") &&
		      served("show the busiest processes",
			     "t:raw_syscalls:sys_enter { @[comm] = count(); }"),
	      "\"busiest\" ranks: a count or a measure");
	check(refused("show reads that take the most time",
		      "t:syscalls:sys_enter_read { @[comm] = count(); }", "measures no time"),
	      "\"the most time\" is a time measured");
	/* an adversarial pass: each refused program was served before */
	check(refused("count pread calls by process",
		      "t:syscalls:sys_exit_read { @[comm] = count(); }", "pread64()") &&
		      refused("count pwrites", "t:syscalls:sys_enter_write { @ = count(); }",
			      "pwrite64()") &&
		      served("count pread calls by process",
			     "t:syscalls:sys_enter_pread64 { @[comm] = count(); }") &&
		      served("count reads by process", "t:syscalls:sys_enter_read { @[comm] = count(); }"),
	      "\"pread\" is pread64(), never read()");
	check(refused("trace kill signal 15 by pid 300",
		      "t:signal:signal_deliver /pid == 300 && args->sig == 15/ { printf(\"%d\\n\", pid); }",
		      "the sender") &&
		      refused("SIGTERM from nginx",
			      "t:signal:signal_deliver /comm == \"nginx\"/ { printf(\"%d\\n\", pid); }",
			      "the sender") &&
		      served("signals received by nginx",
			     "t:signal:signal_deliver /comm == \"nginx\"/ { printf(\"%d\\n\", pid); }") &&
		      served("signals by pid 3000",
			     "t:signal:signal_generate /pid == 3000/ { printf(\"%d\\n\", pid); }") &&
		      served("signals delivered to pid 300",
			     "t:signal:signal_deliver /pid == 300/ { printf(\"%d\\n\", pid); }"),
	      "signals by or from a process: the sender, never signal_deliver's receiver");
	check(refused("show killed processes",
		      "t:signal:signal_deliver { printf(\"%s\\n\", comm); }", "say which signal") &&
		      refused("count kills of nginx",
			      "t:syscalls:sys_enter_kill /comm == \"nginx\"/ { @ = count(); }",
			      "done to") &&
		      served("show processes killed by SIGKILL",
			     "t:signal:signal_deliver /args->sig == 9/ { printf(\"%s\\n\", comm); }"),
	      "killed: a signal that kills, never every delivery; 'kills of X': X is the target");
	check(refused("show forked processes",
		      "t:task:task_newtask { printf(\"%s %d\\n\", comm, pid); }", "forking them") &&
		      served("show forked processes",
			     "t:task:task_newtask { printf(\"%s %d child %d\\n\", comm, pid, "
			     "args->pid); }") &&
		      served("count forked processes by parent",
			     "t:task:task_newtask { @[comm] = count(); }"),
	      "forked processes shown are the children");
	check(refused("trace kill signal 15",
		      "t:syscalls:sys_enter_rt_sigaction /args->sig == 15/ { printf(\"%d\\n\", pid); }",
		      "handler") &&
		      served("which programs install signal handlers",
			     "t:syscalls:sys_enter_rt_sigaction { @[comm] = count(); }"),
	      "rt_sigaction() answers requests about handlers only");
	/* a second adversarial pass */
	check(refused("count reads that block for 5 seconds or more",
		      "t:syscalls:sys_enter_read { @s[tid] = nsecs; } t:syscalls:sys_exit_read { @ = "
		      "count(); } interval:s:5 { exit(); }",
		      "traces for that long instead"),
	      "'block for 5 seconds' is a time of each call, never how long to trace");
	check(refused("count fsync calls that stall for 1 second",
		      "t:syscalls:sys_enter_fsync { @ = count(); }", "does not keep to it"),
	      "'stall for 1 second' is kept to");
	check(served("count reads that block for 5 seconds or more",
		     "t:syscalls:sys_enter_read { @s[tid] = nsecs; } t:syscalls:sys_exit_read { "
		     "$d = nsecs - @s[tid]; if ($d >= 5000000000) { @ = count(); } }"),
	      "'block for 5 seconds' kept to, served");
	check(served("count reads for 5 seconds",
		     "t:syscalls:sys_enter_read { @ = count(); } interval:s:5 { exit(); }"),
	      "'count reads for 5 seconds': how long to trace");
	check(refused("print each connect with its address",
		      "t:syscalls:sys_enter_socket { printf(\"%d\\n\", pid); }", "connect()") &&
		      served("print each connect with its address",
			     "t:syscalls:sys_enter_connect { printf(\"%d\\n\", args->uservaddr); }") &&
		      served("print every exit of a process",
			     "t:sched:sched_process_exit { printf(\"%d\\n\", pid); }"),
	      "'each connect' traces connect()");
	check(refused("print the count of each write", "t:syscalls:sys_exit_write { @ = count(); }",
		      "count") &&
		      served("print the count of each write",
			     "t:syscalls:sys_enter_write { printf(\"%d\\n\", args->count); }"),
	      "'the count of each write' is a thing of each call");
	check(refused("print the syscall number of every syscall made by pid 42",
		      "t:raw_syscalls:sys_enter /pid == 42/ { @[args->id] = count(); }", "a line per call"),
	      "'every syscall made by pid 42' is a line per call");
	check(refused("top 5 syscalls by process name",
		      "t:raw_syscalls:sys_enter { @[comm] = count(); } END { print(@, 5); clear(@); }",
		      "does not rank system calls") &&
		      served("top 5 syscalls", "t:raw_syscalls:sys_enter { @[args->id] = count(); } END { "
					       "print(@, 5); clear(@); }"),
	      "'top 5 syscalls' ranks system calls");
	check(refused("count reads that block for at least 1 second",
		      "t:syscalls:sys_exit_read { $d = nsecs - @s[tid];\n"
		      "  if ($d > 1000000000) {\n"
		      "    assert($d < 1000 || $d / 1000 >= 1, \"a whole us counts as 1\");\n"
		      "    @ = count();\n  }\n}\n",
		      "compares with >"),
	      "an assert()'s >= is not the program's comparison");
	/* a third adversarial pass */
	check(refused("count opens of files ending in .so",
		      "t:syscalls:sys_enter_openat { @ = count(); }", "ending in \".so\"") &&
		      refused("count opens of .log files", "t:syscalls:sys_enter_openat { @ = count(); }",
			      "\".log\"") &&
		      served("count reads of 0.5 seconds or more in ./app",
			     "t:syscalls:sys_enter_read { @ = count(); }"),
	      "a file name's ending is kept to");
	check(refused("trace fork of children by the process make",
		      "t:task:task_newtask { printf(\"%d\\n\", args->pid); }", "\"make\""),
	      "'by the process make' keeps to make");
	check(refused("trace process exit with pid",
		      "t:syscalls:sys_exit_kill { printf(\"%d\\n\", pid); }", "not a process exiting") &&
		      served("count reads for 10 seconds then exit",
			     "t:syscalls:sys_exit_read { @ = count(); } interval:s:10 { exit(); }") &&
		      served("show read calls and their exit codes",
			     "t:syscalls:sys_exit_read { printf(\"%d\\n\", args->ret); }"),
	      "a process's exit is never another call's return");
	check(refused("count tcp connects by port",
		      "t:sock:inet_sock_set_state { @[args->dport] = count(); }",
		      "every TCP state change") &&
		      refused("count tcp state changes by process",
			      "t:sock:inet_sock_set_state { @[comm] = count(); }", "interrupt") &&
		      refused("count tcp connects by process",
			      "t:sock:inet_sock_set_state /args->newstate == 2 || args->newstate == 1/ "
			      "{ @[comm] = count(); }",
			      "interrupt") &&
		      refused("show connections going into CLOSE_WAIT",
			      "t:sock:inet_sock_set_state /args->newstate == 8/ { "
			      "printf(\"%s\\n\", comm); }",
			      "interrupt") &&
		      served("count tcp connects by process",
			     "t:sock:inet_sock_set_state /args->newstate == 2/ { @[comm] = count(); }") &&
		      served("count tcp state changes",
			     "t:sock:inet_sock_set_state { @[args->newstate] = count(); }"),
	      "TCP connects keep to one state change; the task at a state change is only the "
	      "caller's at connect() and listen()");
	check(refused("which nginx process is hogging cpu",
		      "profile:hz:99 /comm == \"nginx\"/ { @ = count(); }", "apart") &&
		      refused("count opens for each of the nginx processes",
			      "t:syscalls:sys_enter_openat /comm == \"nginx\"/ { @ = count(); }",
			      "apart") &&
		      !served("top 5 java processes by cpu",
			      "profile:hz:99 /comm == \"java\"/ { @[cpu] = count(); }") &&
		      served("which nginx process is hogging cpu",
			     "profile:hz:99 /comm == \"nginx\"/ { @[pid] = count(); }") &&
		      served("count reads by nginx processes",
			     "t:syscalls:sys_enter_read /comm == \"nginx\"/ { @ = count(); }"),
	      "a name's processes asked apart are told apart by pid");
	check(refused("run for 10 seconds then exit",
		      "t:sched:sched_process_exit { printf(\"%d\\n\", pid); } "
		      "interval:s:10 { exit(); }", "when to stop") &&
		      served("print process exits, run for 10 seconds then exit",
			     "t:sched:sched_process_exit { printf(\"%d\\n\", pid); } "
			     "interval:s:10 { exit(); }") &&
		      refused("what is eating cpu", "profile:hz:99 { @ = count(); }", "who") &&
		      served("what is eating cpu", "profile:hz:99 { @[comm] = count(); }"),
	      "'then exit' is no event; 'what is eating cpu' tells samples apart");
	check(refused("show who writes and how many bytes",
		      "t:syscalls:sys_exit_write /args->ret > 0/ { @total_bytes = sum(args->ret); }",
		      "it asks who") &&
		      refused("total bytes written, and by whom",
			      "t:syscalls:sys_exit_write /args->ret > 0/ { @b = sum(args->ret); }",
			      "it asks who") &&
		      served("show who writes and how many bytes",
			     "t:syscalls:sys_exit_write /args->ret > 0/ { @b[comm] = sum(args->ret); }") &&
		      served("who opens /etc/passwd",
			     "t:syscalls:sys_enter_openat /str(args->filename) == \"/etc/passwd\"/ "
			     "{ printf(\"%s %d\\n\", comm, pid); @n = count(); }") &&
		      served("total bytes written",
			     "t:syscalls:sys_exit_write /args->ret > 0/ { @b = sum(args->ret); }"),
	      "'who' in a summary is a key of a task");
	check(refused("java dies, show its signals",
		      "t:syscalls:sys_exit_kill /comm == \"java\"/ { "
		      "printf(\"%s pid %d\\n\", comm, pid); }",
		      "do not say which signal") &&
		      served("count signals sent by nginx",
			     "t:signal:signal_generate /comm == \"nginx\"/ { @n = count(); }"),
	      "a line of signals says which; a count of them need not");
	check(refused("who is calling kill and on which pid",
		      "t:syscalls:sys_enter_kill { printf(\"%s pid %d signal %d\\n\", comm, pid, "
		      "args->sig); }",
		      "does not show its target") &&
		      served("who is calling kill and on which pid",
			     "t:syscalls:sys_enter_kill { printf(\"%s %d %d\\n\", comm, pid, args->pid); }"),
	      "the target asked for is shown");
	check(refused("count failed opens per process and file",
		      "t:syscalls:sys_exit_openat /args->ret < 0/ { @errors[comm] = count(); }",
		      "does not group by file") &&
		      refused("count writes per process and file",
			      "t:syscalls:sys_enter_write { @writes[comm] = count(); }",
			      "does not group by file") &&
		      served("count failed opens per process and file",
			     "t:syscalls:sys_exit_openat /args->ret < 0/ { @e[comm, $filename] = count(); }") &&
		      served("count writes per file descriptor",
			     "t:syscalls:sys_enter_write { @w[args->fd] = count(); }"),
	      "a grouping by file is kept");
	check(refused("which hosts does curl connect to",
		      "t:syscalls:sys_enter_connect /comm == \"curl\"/ { printf(\"%s %d\\n\", comm, pid); }",
		      "shows no address") &&
		      refused("show outgoing ipv4 connections",
			      "t:syscalls:sys_enter_connect { printf(\"%s %d\\n\", comm, pid); }",
			      "no address family") &&
		      refused("show connections with sport and dport",
			      "t:syscalls:sys_enter_connect { printf(\"%s %d\\n\", comm, pid); }",
			      "sport") &&
		      refused("show connections that time out",
			      "t:syscalls:sys_enter_connect { printf(\"%s %d\\n\", comm, pid); }",
			      "timeouts") &&
		      refused("show connecting processes and their remote ports",
			      "t:sock:inet_sk_error_report { printf(\"%s %d %d\\n\", comm, pid, "
			      "args->dport); }",
			      "socket error reports") &&
		      refused("count open and openat calls by process",
			      "t:syscalls:sys_enter_openat { @[comm] = count(); }",
			      "does not trace it") &&
		      served("count open and openat calls by process",
			     "t:syscalls:sys_enter_open,t:syscalls:sys_enter_openat { @[comm] = count(); }") &&
		      served("which hosts does curl resolve",
			     "uprobe:/lib/x86_64-linux-gnu/libc.so.6:getaddrinfo /comm == \"curl\"/ "
			     "{ printf(\"%s\\n\", str(arg0)); }") &&
		      served("count socket errors by remote port",
			     "t:sock:inet_sk_error_report { @[args->dport] = count(); }"),
	      "networking words held; both a call and its variant named, both traced");
	check(refused("who makes the most syscalls",
		      "t:raw_syscalls:sys_enter { @[args->id] = count(); }", "by process") ||
		      served("who makes the most syscalls",
			     "t:raw_syscalls:sys_enter { @[comm] = count(); }"),
	      "'who makes the most syscalls' ranks processes");
	check(refused("syscalls sorted by count", "t:raw_syscalls:sys_enter { @count = count(); }",
		      "no key") &&
		      refused("reads over 64 KB per second",
			      "t:syscalls:sys_exit_read /args->ret > 0 && args->ret > 65536/ { @b = sum(args->ret); }\n"
			      "interval:s:1 { print(@b); clear(@b); }",
			      "and a rate") &&
		      served("reads over 64 KB every 5 seconds, counted",
			     "t:syscalls:sys_exit_read /args->ret > 65536/ { @n = count(); }\n"
			     "interval:s:5 { print(@n); clear(@n); }") &&
		      refused("writes with count over 1 MB",
			      "t:syscalls:sys_enter_write /args->count > 1048576/ { @count = count(); }",
			      "counts calls") &&
		      refused("what is postgres reading?",
			      "t:syscalls:sys_exit_read /comm == \"postgres\"/ { printf(\"%s %d\\n\", "
			      "comm, pid); }",
			      "shows only who") &&
		      served("what is bash running?",
			     "t:syscalls:sys_enter_execve /comm == \"bash\"/ { printf(\"%s\\n\", "
			     "str(args->filename)); }"),
	      "rankings keyed; sizes with rates, a call's count and 'what' read as asked");
	check(refused("trace kill of pid 1",
		      "t:syscalls:sys_exit_kill /pid == 1/ { printf(\"%d\\n\", pid); }",
		      "the process sending them") &&
		      served("trace kill of pid 1",
			     "t:syscalls:sys_enter_kill /args->pid == 1/ { printf(\"%d\\n\", pid); }") &&
		      refused("who calls kill on pid 5?",
			      "t:syscalls:sys_exit_kill /pid == 5/ { printf(\"%s pid %d\\n\", comm, pid); }",
			      "the process sending them"),
	      "'kill of pid 1', 'kill on pid 5': the pid is the target");
	check(refused("trace fsync by postgres with latency over 50 ms",
		      "t:syscalls:sys_exit_fsync /comm == \"postgres\"/ { $d = nsecs - @s[tid]; if ($d > "
		      "50000000) { @ms = hist($d / 1000000); } }",
		      "prints a summary") &&
		      served("histogram of fsync latency over 50 ms",
			     "t:syscalls:sys_exit_fsync { $d = nsecs - @s[tid]; if ($d > 50000000) { @ms = "
			     "hist($d / 1000000); } }"),
	      "slow calls traced are printed, each one");
	check(refused("number of reads and bytes per cpu",
		      "t:syscalls:sys_exit_read /args->ret > 0/ { @[cpu] = sum(args->ret); }",
		      "counts none") &&
		      served("count read bytes per process",
			     "t:syscalls:sys_exit_read /args->ret > 0/ { @[comm] = sum(args->ret); }") &&
		      served("the number of bytes read per cpu",
			     "t:syscalls:sys_exit_read /args->ret > 0/ { @[cpu] = sum(args->ret); }"),
	      "the calls counted are counted, beside the bytes summed");
	/* a fourth adversarial pass */
	check(refused("writes/s", "t:syscalls:sys_enter_write { printf(\"%d\\n\", pid); }",
		      "a rate") &&
		      refused("disk IOPS", "t:block:block_rq_issue { @ = count(); }", "a rate") &&
		      served("writes/s", "t:syscalls:sys_enter_write { @ = count(); }\n"
					 "interval:s:1 { print(@); clear(@); }") &&
		      served("count opens of /srv/a/s",
			     "t:syscalls:sys_enter_openat /str(args->filename) == \"/srv/a/s\"/ { @ = "
			     "count(); }"),
	      "'/s' and IOPS are rates, each second's");
	check(refused("most opened files", "t:syscalls:sys_enter_openat { @[comm] = count(); }",
		      "ranks files") &&
		      served("most opened files",
			     "t:syscalls:sys_enter_openat { @[str(args->filename)] = count(); }") &&
		      served("which processes open the most files",
			     "t:syscalls:sys_enter_openat { @[comm] = count(); }"),
	      "files ranked are counted by name");
	check(refused("which files are being written",
		      "t:syscalls:sys_enter_openat { printf(\"%s\\n\", str(args->filename)); }",
		      "is not kept to") &&
		      served("which files are opened",
			     "t:syscalls:sys_enter_openat { printf(\"%s\\n\", str(args->filename)); }"),
	      "files written: an open's mode or the writes");
	check(refused("trace fopen calls with the file name",
		      "t:syscalls:sys_enter_openat { printf(\"%s\\n\", str(args->filename)); }",
		      "C library function") &&
		      refused("block I/O per second",
			      "t:block:block_bio_backmerge { @ = count(); } interval:s:1 { print(@); "
			      "clear(@); }",
			      "merging") &&
		      refused("count exec calls by program name",
			      "t:syscalls:sys_enter_execve { @[comm] = count(); }", "caller's name") &&
		      refused("show ioctl commands by process",
			      "t:syscalls:sys_enter_ioctl { @[comm] = count(); }", "own argument") &&
		      refused("who is killing my processes",
			      "t:signal:signal_generate { printf(\"%d\\n\", args->pid); }",
			      "say which signal") &&
		      served("who calls kill() on my processes",
			     "t:syscalls:sys_enter_kill { printf(\"%d\\n\", args->pid); }"),
	      "fopen is libc's, merges are asked for, an exec's program is not its caller, ioctl "
	      "commands are cmd, killing is a signal said");
	check(refused("top 5 programs by exec count",
		      "t:sched:sched_process_exec { @starts[comm] = count(); }", "whole at the end"),
	      "a top N asked for is printed as one, never left to the end's whole map");
	check(refused("count syscalls by process and syscall number",
		      "t:raw_syscalls:sys_enter { @[comm] = count(); }", "system call"),
	      "a second grouping asked for is kept");
	/* a review: each of those rules holds to what it means, no more */
	check(served("total number of syscalls per process every second",
		     "t:raw_syscalls:sys_enter { @[comm] = count(); } interval:s:1 { print(@); "
		     "clear(@); }") &&
		      served("show bytes read by each pread64 call",
			     "t:syscalls:sys_exit_pread64 /args->ret > 0/ { printf(\"%d\\n\", "
			     "args->ret); }") &&
		      served("block requests of half a megabyte or larger: who, and read or write",
			     "t:block:block_rq_issue /args->bytes >= 524288/ { printf(\"%s %s %d\\n\", "
			     "args->comm, args->rwbs, args->bytes); }") &&
		      served("count every read by process",
			     "t:syscalls:sys_enter_read { @[comm] = count(); }") &&
		      served("linear histogram of read sizes up to 4096 bytes",
			     "t:syscalls:sys_exit_read /args->ret > 0 && args->ret < 4096/ { @ = "
			     "lhist(args->ret, 0, 4096, 512); }") &&
		      served("count processes that read at least once",
			     "t:syscalls:sys_enter_read /pid > 0/ { @[comm] = count(); }") &&
		      served("how slow are postgres's fsyncs? histogram in ms",
			     "t:syscalls:sys_enter_fsync /comm == \"postgres\"/ { @s[tid] = nsecs; } "
			     "t:syscalls:sys_exit_fsync /comm == \"postgres\"/ { @ms = "
			     "hist((nsecs - @s[tid]) / 1000000); }"),
	      "a total of time needs time words, a longer call named is fine, 'X or Y' of "
	      "another event, a summary asked of every call, 'up to' a range, 'at least once', "
	      "and 'how slow' as a histogram are served");
	check(refused("how many accepts per second",
		      "t:syscalls:sys_enter_accept { @ = count(); } interval:s:1 { print(@); clear(@); }",
		      "accept4"),
	      "accept is accept() and accept4()");
	check(refused("trace every process exit and print the pid and name",
		      "t:sched:sched_process_exit { printf(\"%s %d\\n\", comm, args->prio); }", "pid") &&
		      refused("trace writes that failed with the errno",
			      "t:syscalls:sys_enter_write { printf(\"%s\\n\", comm); }", "errno") &&
		      served("trace failed writes with the error code",
			     "t:syscalls:sys_exit_write /args->ret < 0/ { printf(\"%d\\n\", -args->ret); }"),
	      "a pid or errno asked for is shown");
	check(refused("minimum write size per process",
		      "t:syscalls:sys_enter_write { @[comm] = stats(args->count); }", "min()") &&
		      served("minimum write size per process",
			     "t:syscalls:sys_enter_write { @[comm] = min(args->count); }"),
	      "a minimum is min()");
	check(refused("count opens for 10 seconds and then exit",
		      "t:sched:sched_process_exit { @ = count(); }\ninterval:s:10 { exit(); }",
		      "then exit") &&
		      served("show bash forks and exits",
			     "t:task:task_newtask /comm == \"bash\"/ { printf(\"%d\\n\", pid); }\n"
			     "t:sched:sched_process_exit /comm == \"bash\"/ "
			     "{ printf(\"%d\\n\", pid); }"),
	      "\"and exits\" after an event is the event, after a time when to stop");
	check(refused("count tcp retransmits to 10.20.0.15",
		      "t:tcp:tcp_retransmit_skb /args->daddr_v6[10] == 255 && args->daddr_v6[11] "
		      "== 255 && args->daddr_v6[12] == 10/ { @ = count(); }",
		      "10.20.0.15") &&
		      refused("count tcp retransmits to 1.0.0.0/8",
			      "t:tcp:tcp_retransmit_skb /args->daddr_v6[10] == 255 && "
			      "args->daddr_v6[11] == 255 && args->daddr_v6[12] == 10/ { @ = count(); }",
			      "1.0.0.0") &&
		      refused("count tcp retransmits to 10.0.0.0/12",
			      "t:tcp:tcp_retransmit_skb /args->daddr_v6[12] == 10/ { @ = count(); }",
			      "byte by byte") &&
		      served("count tcp retransmits to 10.0.0.0/8",
			     "t:tcp:tcp_retransmit_skb /args->daddr_v6[10] == 255 && "
			     "args->daddr_v6[11] == 255 && args->daddr_v6[12] == 10/ { @ = count(); }"),
	      "an address named is kept to");
	check(refused("count opens per process every 10 seconds, running total",
		      "t:syscalls:sys_enter_openat { @[comm] = count(); }\n"
		      "interval:s:10 { print(@); clear(@); }", "running") &&
		      served("count opens per process every 10 seconds, running total",
			     "t:syscalls:sys_enter_openat { @[comm] = count(); }\n"
			     "interval:s:10 { print(@); }") &&
		      served("count opens per process every 10 seconds",
			     "t:syscalls:sys_enter_openat { @[comm] = count(); }\n"
			     "interval:s:10 { print(@); clear(@); }"),
	      "totals kept are never cleared");
	check(refused("profile user stacks of pid 2222 at 49Hz",
		      "profile:hz:99 /pid == 2222/ { @[ustack] = count(); }", "49Hz") &&
		      served("profile user stacks of pid 2222 at 49 Hz",
			     "profile:hz:49 /pid == 2222/ { @[ustack] = count(); }"),
	      "a sampling rate asked for is kept");
	check(refused("monitor signals", "t:syscalls:sys_enter_kill { printf(\"%d\\n\", args->sig); }",
		      "signal_generate") &&
		      served("monitor kill signals",
			     "t:syscalls:sys_enter_kill { printf(\"%d\\n\", args->sig); }"),
	      "signals are signal_generate's");
	check(refused("show me processes calling ptrace",
		      "t:raw_syscalls:sys_enter { printf(\"%s\\n\", comm); }", "ptrace") &&
		      refused("count block reads per process",
			      "t:syscalls:sys_enter_read { @[comm] = count(); }", "block") &&
		      served("which read() calls block for over 100 ms",
			     "t:syscalls:sys_exit_read { if ($d > 100000000) { printf(\"%d\\n\", $d); } }") &&
		      refused("histogram of process lifetimes in ms",
			      "t:sched:sched_process_exec { @ = hist(nsecs); }", "lifetimes") &&
		      refused("trace processes opening files in write mode",
			      "t:syscalls:sys_enter_openat { printf(\"%s\\n\", str(args->filename)); }",
			      "flags"),
	      "named calls, block reads, lifetimes and write modes are traced as asked");
	check(refused("trace reads and print duration in seconds",
		      "t:syscalls:sys_exit_read { $s = $d / 1000000000; printf(\"%d s\\n\", $s); }",
		      "whole seconds") &&
		      served("reads slower than 2 seconds, in seconds",
			     "t:syscalls:sys_exit_read { if ($d > 2000000000) { $s = $d / 1000000000; "
			     "printf(\"%d s\\n\", $s); } }") &&
		      refused("sum of read latency per process in ms",
			      "t:syscalls:sys_exit_read { $ms = $d / 1000000;\n  @ms[comm] = sum($ms); }",
			      "total"),
	      "no durations in whole seconds, no totals in whole ms");
	check(refused("trace every process exit and print the pid and name",
		      "t:sched:sched_process_exit /args->pid == pid/ { printf(\"%s %d\\n\", args->comm, "
		      "args->prio); }", "pid") &&
		      refused("trace writes that failed with the errno",
			      "t:syscalls:sys_exit_write /args->ret < 0/ { printf(\"%s\\n\", comm); }",
			      "errno") &&
		      refused("show mmap calls by pid 300 with length in KB",
			      "t:syscalls:sys_enter_mmap /pid == 300/ { printf(\"%d\\n\", pid); }", "len") &&
		      refused("show block io writes only",
			      "t:block:block_rq_issue { printf(\"%s\\n\", args->rwbs); }", "rwbs"),
	      "what the request asks to see is in the output, not only in a filter");
	check(refused("trace bash readline to see commands typed",
		      "uretprobe:/bin/bash:readline { printf(\"%d\\n\", pid); }", "str(retval)") &&
		      served("trace bash readline to see commands typed",
			     "uretprobe:/bin/bash:readline { printf(\"%s\\n\", str(retval)); }"),
	      "a line typed is readline's return value");
	{
		/* no CPU PMU here (a VM): a hardware counter cannot attach */
		int pmu = !access("/sys/bus/event_source/devices/cpu", F_OK) ||
			  !access("/sys/bus/event_source/devices/cpu_core", F_OK);
		int got = served("cpu cycles by process",
				 "hardware:cpu-cycles:1000000 { @[comm] = count(); }");
		check(got == pmu, "a hardware counter only on a machine with CPU performance counters");
	}
	check(refused("which files are opened the most? top 20",
		      "t:syscalls:sys_enter_openat { @opens[comm] = count(); }\n"
		      "END { print(@opens, 20); }", "by file") &&
		      served("which files are opened the most",
			     "t:syscalls:sys_enter_openat { @[str(args->filename)] = count(); }") &&
		      refused("which syscalls fail the most",
			      "t:raw_syscalls:sys_exit /args->ret < 0/ { @fails[comm] = count(); }",
			      "apart") &&
		      served("which syscalls fail the most",
			     "t:raw_syscalls:sys_exit /args->ret < 0/ { @[args->id] = count(); }") &&
		      refused("count irq handlers per irq number",
			      "t:irq:irq_handler_entry { @count = count(); }", "per irq"),
	      "what \"which\" or \"per\" asks for is what the counts are by");
	check(refused("block I/O queue time in microseconds",
		      "t:block:block_bio_queue { printf(\"%s\\n\", comm); }", "no time") &&
		      refused("block I/O latency histogram in microseconds",
			      "t:block:block_rq_insert { @s[args->sector] = nsecs; }\n"
			      "t:block:block_rq_issue { @ = hist((nsecs - @s[args->sector]) / 1000); }",
			      "block_rq_complete") &&
		      served("block I/O queue time histogram in microseconds",
			     "t:block:block_rq_insert { @s[args->sector] = nsecs; }\n"
			     "t:block:block_rq_issue { @ = hist((nsecs - @s[args->sector]) / 1000); }"),
	      "a time asked for is measured; disk latency ends at completion");
	check(refused("block I/O per second by process, print every 2 seconds",
		      "t:block:block_rq_issue { @[comm] = count(); } interval:s:1 { print(@); clear(@); }",
		      "another interval") &&
		      served("block I/O by process, print every 2 seconds",
			     "t:block:block_rq_issue { @[comm] = count(); } interval:s:2 { print(@); }") &&
		      refused("sample the CPU every 5 ms",
			      "software:cpu-clock:1000000 { @ = count(); } interval:ms:5 { print(@); }",
			      "samples") &&
		      served("sample the CPU every 5 ms", "profile:hz:200 { @ = count(); }") &&
		      refused("sample at 50 hertz per process", "profile:hz:99 { @[comm] = count(); }",
			      "50"),
	      "intervals and sampling periods are kept");
	check(refused("show the pid being switched in on each context switch",
		      "t:sched:sched_switch { printf(\"%s %d\\n\", comm, pid); }", "next_pid") &&
		      served("show the pid being switched in on each context switch",
			     "t:sched:sched_switch { printf(\"%s %d\\n\", args->next_comm, args->next_pid); }") &&
		      refused("show the pid of the task being switched in",
			      "t:sched:sched_process_exec { printf(\"%d\\n\", pid); }", "context switches"),
	      "a task switched in is shown as next_pid, at sched_switch");
	check(refused("reads that take longer than 10 ms, with the process and how many ms",
		      "t:syscalls:sys_exit_read { if ($d > 10000000) { @count = count(); } }",
		      "process") &&
		      refused("read latency in seconds",
			      "t:syscalls:sys_exit_read { @ = hist($d / 1000000000); }", "whole seconds") &&
		      refused("average openat latency in ms",
			      "t:syscalls:sys_exit_openat { @ = avg($d / 1000000); }", "whole ms") &&
		      refused("trace bash commands entered by users",
			      "t:raw_syscalls:sys_enter /comm == \"bash\"/ { @[uid] = count(); }",
			      "commands"),
	      "the process, units and commands asked for are what the program shows");
	check(refused("uprobe bash readline",
		      "uprobe:/bin/bash:readline /comm == \"bash\"/ { printf(\"%d\\n\", pid); }",
		      "named bash") &&
		      served("uprobe bash readline in processes named bash",
			     "uprobe:/bin/bash:readline /comm == \"bash\"/ { printf(\"%d\\n\", pid); }") &&
		      refused("monitors disk I/O and logs size and latency",
			      "t:block:block_rq_issue { @s[args->sector] = nsecs; }\n"
			      "t:block:block_rq_complete { @ = hist(nsecs - @s[args->sector]); }", "size"),
	      "no comm filter a uprobe's binary name invents; a size asked for is shown");
	check(refused("who kills pid 500?",
		      "t:signal:signal_deliver /pid == 500/ { printf(\"%s %d\\n\", comm, args->sig); }",
		      "signal_generate") &&
		      refused("time from fork to exec in microseconds",
			      "t:task:task_newtask { printf(\"%s %d\\n\", comm, pid); }", "no time") &&
		      refused("softirq time per vector in us",
			      "t:irq:softirq_entry { @[args->vec] = count(); }", "no time") &&
		      refused("count page allocations per process",
			      "software:page-faults:1 { @[comm] = count(); }", "page allocations"),
	      "senders, times and page allocations are what is asked");
	check(refused("disk iops per second",
		      "t:block:block_bio_frontmerge { @ = count(); } interval:s:1 { print(@); clear(@); }",
		      "issued") &&
		      refused("block io sizes for writes only",
			      "t:block:block_rq_issue { @ = hist(args->bytes); }", "rwbs") &&
		      refused("count socket() calls by family",
			      "t:syscalls:sys_enter_socket { @ = count(); }", "args->family") &&
		      refused("count kmalloc by call site", "t:kmem:kmalloc { @ = count(); }",
			      "call_site") &&
		      served("count kmalloc by call site",
			     "t:kmem:kmalloc { @[ksym(args->call_site)] = count(); }"),
	      "block requests issued, one direction filtered, a grouping by a field kept");
	check(refused("count dup2 calls", "t:syscalls:sys_enter_dup2 { @sleepers[comm] = count(); }",
		      "by process") &&
		      served("count dup2 calls", "t:syscalls:sys_enter_dup2 { @ = count(); }") &&
		      refused("tcp retransmissions per second",
			      "t:tcp:tcp_retransmit_skb { @[args->state] = count(); }", "args->state") &&
		      served("I/O request count for each disk, every 2 seconds",
			     "t:block:block_rq_issue { @count[args->dev] = count(); }\n"
			     "interval:s:2 { print(@count); clear(@count); }") &&
		      served("tcp retransmissions per remote port",
			     "t:tcp:tcp_retransmit_skb { @[args->dport] = count(); }") &&
		      served("block io latency histogram",
			     "t:block:block_rq_issue { @s[args->sector] = nsecs; }\n"
			     "t:block:block_rq_complete { @ = hist(nsecs - @s[args->sector]); }") &&
		      /* a target's process, named by a word for processes */
		      served("count signals sent to each process",
			     "t:signal:signal_generate { @count[args->comm] = count(); }") &&
		      refused("count signals sent", "t:signal:signal_generate { @[args->comm] = count(); }",
			      "by process"),
	      "no grouping the request does not ask for");
	check(refused("count forks per child process name",
		      "t:task:task_newtask { @count = count(); }", "process") &&
		      refused("count wakeups by the waking process",
			      "t:sched:sched_wakeup { @count = count(); }", "process") &&
		      refused("page faults per second",
			      "t:exceptions:page_fault_user { @ = count(); } interval:s:1 { print(@); }",
			      "user-mode") &&
		      served("user page faults per second",
			     "t:exceptions:page_fault_user { @ = count(); } interval:s:1 { print(@); }"),
	      "the process after a modifier is shown; a page fault's side is asked for");
	check(refused("count syscalls per process in the docker cgroup",
		      "t:raw_syscalls:sys_enter /comm == \"docker\"/ { @[comm] = count(); }", "cgroup") &&
		      refused("print bash commands along with the user id",
			      "profile:hz:49 /comm == \"bash\"/ { printf(\"%s\\n\", comm); }", "commands") &&
		      refused("trace every command in bash with the process id",
			      "t:sched:sched_process_exec /comm == \"bash\"/ { printf(\"%d\\n\", pid); }",
			      "new program") &&
		      refused("show processes that call ptrace",
			      "t:raw_syscalls:sys_exit { printf(\"%s\\n\", comm); }", "ptrace"),
	      "cgroups, bash commands and named calls are what the program traces");
	check(refused("count sched switches per second per cpu",
		      "t:sched:sched_stat_runtime { @[cpu] = count(); }", "context switches") &&
		      refused("how long do processes live? histogram in milliseconds",
			      "t:task:task_newtask { @s[args->pid] = nsecs; }\n"
			      "t:sched:sched_process_exec { @ = hist((nsecs - @s[pid]) / 1000000); }",
			      "lifetimes") &&
		      refused("histogram of calloc sizes",
			      "uprobe:/lib/x86_64-linux-gnu/libc.so.6:malloc { @ = hist(arg0); }", "calloc") &&
		      served("histogram of calloc sizes",
			     "uprobe:/lib/x86_64-linux-gnu/libc.so.6:calloc { @ = hist(arg0 * arg1); }"),
	      "the event and the function named are the ones traced");
	check(refused("histogram of block I/O sizes in bytes",
		      "t:block:block_rq_issue { @bytes = hist(args->bytes / 1024); }", "KB") &&
		      refused("trace sendto sizes per process",
			      "t:syscalls:sys_enter_sendto { @[comm] = hist(args->len / 1024); }", "KB") &&
		      served("block I/O sizes in KB",
			     "t:block:block_rq_issue { @kb = hist(args->bytes / 1024); }") &&
		      refused("show read latency in ms for each process",
			      "t:syscalls:sys_exit_read { @[comm] = avg((nsecs - @s[tid]) / 1000000); }",
			      "whole ms") &&
		      refused("count reads per process and fd",
			      "t:syscalls:sys_enter_read { @[comm] = count(); }", "args->fd") &&
		      refused("trace the return value of malloc in bash",
			      "uretprobe:/bin/bash:malloc { printf(\"%d\\n\", pid); }", "retval") &&
		      refused("count user page faults for bash every 2 seconds",
			      "software:page-faults:1 /comm == \"bash\"/ { @[ustack] = count(); }\n"
			      "interval:s:2 { print(@); clear(@); }", "stack"),
	      "units, fields, return values and groupings asked for");
	/* a fifth stranger's pass: wrong programs served */
	check(refused("trace unlink calls",
		      "t:syscalls:sys_exit_unlinkat { printf(\"%s %d\\n\", comm, args->ret); }",
		      "unlink()") &&
		      served("trace unlink calls",
			     "t:syscalls:sys_enter_unlink,t:syscalls:sys_enter_unlinkat { printf(\"%s\\n\", comm); }") &&
		      served("trace unlinkat calls",
			     "t:syscalls:sys_enter_unlinkat { printf(\"%s\\n\", comm); }") &&
		      refused("trace unlink calls",
			      "t:syscalls:sys_enter_unlink { printf(\"%s\\n\", comm); }", "unlinkat()") &&
		      refused("pls trace clone syscalls",
			      "t:syscalls:sys_enter_clone { printf(\"%s %d\\n\", comm, pid); }",
			      "clone3()") &&
		      served("trace clone calls",
			     "t:syscalls:sys_enter_clone,t:syscalls:sys_enter_clone3 { printf(\"%s\\n\", comm); }") &&
		      served("trace clone3 calls",
			     "t:syscalls:sys_enter_clone3 { printf(\"%s\\n\", comm); }") &&
		      served("count renames by process",
			     "t:syscalls:sys_enter_rename,t:syscalls:sys_enter_renameat2 { @[comm] = count(); }") &&
		      refused("histgram of read sizes",
			      "t:syscalls:sys_exit_read /args->ret > 0/ { printf(\"%d\\n\", args->ret); }",
			      "histogram") &&
		      served("histogram of read sizes",
			     "t:syscalls:sys_exit_read /args->ret > 0/ { @ = hist(args->ret); }") &&
		      refused("what is nginx doing",
			      "profile:hz:99 /comm == \"nginx\"/ { printf(\"%s pid %d\\n\", comm, pid); }",
			      "every sample") &&
		      served("sample on-cpu processes at 99 hertz",
			     "profile:hz:99 { @[comm] = count(); }") &&
		      refused("count tcp sends per process",
			      "tracepoint:tcp:tcp_send_reset { @count[comm] = count(); }", "reset") &&
		      refused("count tcp resets sent per process",
			      "tracepoint:tcp:tcp_send_reset { @count[comm] = count(); }",
			      "in an interrupt") &&
		      served("count tcp resets sent by destination port",
			     "tracepoint:tcp:tcp_send_reset { @count[args->dport] = count(); }") &&
		      refused("monitor timers",
			      "t:timer:itimer_expire { printf(\"%s %d\\n\", comm, pid); }", "itimer"),
	      "unlink and unlinkat, histogram typos, samples, narrower events");
	check(refused("futex wait time histogram",
		      "t:syscalls:sys_enter_futex { @s[tid] = nsecs; }\n"
		      "t:syscalls:sys_exit_futex { @ = hist(nsecs - @s[tid]); }", "FUTEX_WAIT") &&
		      refused("which processes are getting SIGSEGV",
			      "t:signal:signal_generate /args->sig == 11/ { printf(\"%s %d\\n\", comm, pid); }",
			      "sender") &&
		      served("which processes are getting SIGSEGV",
			     "t:signal:signal_generate /args->sig == 11/ { printf(\"%s %d\\n\", args->comm, args->pid); }") &&
		      refused("count syscalls by name for pid 1",
			      "t:raw_syscalls:sys_enter /pid == 1/ { @[comm] = count(); }", "one key") &&
		      refused("show top syscalls of node every 2 seconds",
			      "t:raw_syscalls:sys_enter /comm == \"node\"/ { @[comm] = count(); }\n"
			      "interval:s:2 { print(@); clear(@); }", "one key") &&
		      served("count syscalls by process", "t:raw_syscalls:sys_enter { @[comm] = count(); }") &&
		      refused("show top syscalls of node every 2 seconds",
			      "t:raw_syscalls:sys_enter /comm == \"node\"/ { @count = count(); }\n"
			      "interval:s:2 { print(@count); clear(@count); }", "no key") &&
		      served("show top syscalls of node every 2 seconds",
			     "t:raw_syscalls:sys_enter /comm == \"node\"/ { @[args->id] = count(); }\n"
			     "interval:s:2 { print(@, 10); clear(@); }") &&
		      served("trace tcp_retransmit_skb and show the ports",
			     "t:tcp:tcp_retransmit_skb { printf(\"%d %d\\n\", args->sport, args->dport); }") &&
		      refused("trace write errors",
			      "t:syscalls:sys_exit_write /args->ret < 0/ { printf(\"%s %d\\n\", comm, pid); }",
			      "error") &&
		      served("trace write errors",
			     "t:syscalls:sys_exit_write /args->ret < 0/ { printf(\"%s %d\\n\", comm, -args->ret); }") &&
		      refused("block time histogram for pid 800",
			      "t:block:block_rq_issue /pid == 800/ { @bytes = hist(args->bytes); }", "time") &&
		      refused("trace getenv and print the variable name",
			      "uprobe:/lib/x86_64-linux-gnu/libc.so.6:getenv { printf(\"%s %d\\n\", comm, pid); }",
			      "arguments") &&
		      served("trace getenv and print the variable name",
			     "uprobe:/lib/x86_64-linux-gnu/libc.so.6:getenv { printf(\"%s\\n\", str(arg0)); }") &&
		      refused("trace page fault stacks for node",
			      "software:page-faults:1 /comm == \"node\"/ { printf(\"%s %d\\n\", comm, pid); }",
			      "stacks"),
	      "futex waits, signal targets, fixed keys, errors, arguments and stacks shown");
	check(served("show readline's prompt string in bash",
		     "uprobe:/bin/bash:readline { printf(\"%s\\n\", str(args->prompt)); }") &&
		      served("count retransmits in the tcp stack",
			     "t:tcp:tcp_retransmit_skb { @ = count(); }") &&
		      served("count syscalls per second of pid 42",
			     "t:raw_syscalls:sys_enter /pid == 42/ { @[comm] = count(); }\n"
			     "interval:s:1 { print(@); clear(@); }") &&
		      served("profile at 99 Hz and show a histogram of cpus",
			     "BEGIN { printf(\"Sampling...\\n\"); }\nprofile:hz:99 { @ = lhist(cpu, 0, 8, 1); }") &&
		      served("trace write errors by errno",
			     "BEGIN { printf(\"Tracing errors\\n\"); }\n"
			     "t:syscalls:sys_exit_write /args->ret < 0/ { @[-args->ret] = count(); }") &&
		      refused("trace write errors",
			      "t:syscalls:sys_exit_write /args->ret < 0/ { printf(\"error in %s\\n\", comm); }",
			      "error") &&
		      served("count io_destroy calls",
			     "t:syscalls:sys_enter_io_destroy { @ = count(); }"),
	      "the new rules keep to what they are about (a review's cases)");
	/* an adversarial pass over the lexicon's planner found these made by
	 * the examples */
	check(refused("monitor kills with the sender pid",
		      "t:syscalls:sys_enter_kill { printf(\"%s -> pid %d, signal %d\\n\", comm, "
		      "args->pid, args->sig); }",
		      "sender's pid") &&
		      served("monitor kills with the sender pid",
			     "t:syscalls:sys_enter_kill { printf(\"%s (pid %d) -> pid %d\\n\", comm, "
			     "pid, args->pid); }"),
	      "a sender's pid asked for is the builtin pid, not args->pid");
	check(refused("show the child command of each fork",
		      "t:task:task_newtask { printf(\"%s pid %d\\n\", comm, pid); }", "child command") &&
		      served("show the child command of each fork",
			     "t:task:task_newtask { printf(\"%s\\n\", args->comm); }"),
	      "a child's command is the new task's name");
	check(refused("show getaddrinfo hosts looked up by curl",
		      "uprobe:/lib/x86_64-linux-gnu/libc.so.6:getaddrinfo /comm == \"curl\"/ "
		      "{ printf(\"%s\\n\", comm); }",
		      "hosts"),
	      "hosts asked of a uprobe are its argument");
	/* a second adversarial pass (sampling, faults, retransmits) found
	 * these made by the examples */
	check(refused("profile kernel and user stacks", "profile:hz:99 { @[ustack] = count(); }",
		      "kernel stacks") &&
		      served("profile kernel and user stacks",
			     "profile:hz:99 { @[kstack, ustack] = count(); }") &&
		      refused("count page faults by user stack",
			      "t:exceptions:page_fault_user { @[kstack] = count(); }", "ustack"),
	      "each kind of stack named is in the program");
	check(refused("show connect calls and if they failed",
		      "t:syscalls:sys_exit_connect /args->ret < 0/ { printf(\"%s\\n\", comm); }",
		      "result") &&
		      refused("show bind calls and whether they failed",
			      "t:syscalls:sys_exit_bind { printf(\"%s\\n\", comm); }", "result") &&
		      served("show bind calls and whether they failed",
			     "t:syscalls:sys_exit_bind { printf(\"%s %d\\n\", comm, args->ret); }"),
	      "whether calls failed: every call, with its result");
	check(refused("retransmits to port 443",
		      "t:tcp:tcp_retransmit_skb /args->dport == 443/ { printf(\"\\n\"); }",
		      "empty lines") &&
		      refused("retransmits to port 443",
			      "t:tcp:tcp_retransmit_skb /args->dport == 443/ { printf(\" \\t\\n\"); }",
			      "empty lines"),
	      "a line that says nothing");
	check(refused("profile user stacks", "profile:hz:49 { @[ustack] = count(); }",
		      "49 Hz") &&
		      served("profile user stacks at 49 Hz", "profile:hz:49 { @[ustack] = count(); }") &&
		      served("profile user stacks at 49hz", "profile:hz:49 { @[ustack] = count(); }") &&
		      served("profile user stacks", "profile:hz:99 { @[ustack] = count(); }"),
	      "a sampling rate is the request's or 99 Hz");
	/* a third adversarial pass (400 requests of strangers' phrasing) */
	check(refused("who's killing my process? it's pid 8080",
		      "t:syscalls:sys_exit_kill /pid == 8080/ { printf(\"%s\\n\", comm); }",
		      "signal") &&
		      served("who is pid 8080 killing?",
			     "t:syscalls:sys_enter_kill /pid == 8080/ { printf(\"%d\\n\", args->pid); }"),
	      "who acts on a pid: its target");
	check(refused("show task priority when switching",
		      "t:sched:sched_process_exit { printf(\"%d\\n\", args->prio); }", "switching") &&
		      refused("count irqs by irq number", "t:irq:softirq_entry { @ = count(); }",
			      "softirqs") &&
		      served("count softirqs by vector", "t:irq:softirq_entry { @[args->vec] = count(); }") &&
		      refused("count disk flushes per process",
			      "t:block:block_rq_issue { @[comm] = count(); }", "flush") &&
		      served("count disk flushes per process",
			     "t:block:block_rq_issue /strncmp(args->rwbs, \"F\", 1) == 0/ { @[comm] = count(); }"),
	      "switching, interrupts and flushes are what is traced");
	check(refused("show task priority on wakeup",
		      "t:sched:sched_wakeup { printf(\"%s %d\\n\", comm, args->prio); }", "waking") &&
		      served("show task priority on wakeup",
			     "t:sched:sched_wakeup { printf(\"%s %d\\n\", args->comm, args->prio); }") &&
		      served("show which tasks wake others, with the woken task's priority",
			     "t:sched:sched_wakeup { printf(\"%s %d\\n\", comm, args->prio); }"),
	      "comm at a wakeup is the waker");
	check(served("count opens by uid 0", "t:syscalls:sys_enter_openat /uid == 0/ { @ = count(); }") &&
		      served("count opens per cpu 1",
			     "t:syscalls:sys_enter_openat /cpu == 1/ { @ = count(); }") &&
		      refused("count opens by uid 0",
			      "t:syscalls:sys_enter_openat /uid == 10/ { @ = count(); }", "the user") &&
		      refused("count opens by uid 0", "t:syscalls:sys_enter_openat { @ = count(); }",
			      "the user") &&
		      refused("count opens per cpu 1",
			      "t:syscalls:sys_enter_openat /cpu == 11/ { @ = count(); }", "anything"),
	      "a number after \"by uid\" or \"per cpu\" is a filter the program keeps to");
	/* users every Debian system has: www-data 33, nobody 65534 (base-passwd) */
	check(served("count opens by processes running as www-data",
		     "t:syscalls:sys_enter_openat /uid == 33/ { @[comm] = count(); }") &&
		      served("count syscalls by user nobody",
			     "t:raw_syscalls:sys_enter /uid == 65534/ { @ = count(); }") &&
		      served("which files does the www-data user open",
			     "t:syscalls:sys_enter_openat /uid == 33/ { printf(\"%s\\n\", "
			     "str(args->filename)); }") &&
		      refused("count syscalls by user www-data",
			      "t:raw_syscalls:sys_enter /comm == \"www\"/ { @[uid] = count(); }",
			      "www-data") &&
		      refused("count opens by processes running as www-data",
			      "t:syscalls:sys_enter_openat /uid == 333/ { @[comm] = count(); }",
			      "www-data") &&
		      refused("execs by the user named nobody",
			      "t:syscalls:sys_enter_execve { printf(\"%s\\n\", comm); }", "nobody") &&
		      served("count opens by user and process",
			     "t:syscalls:sys_enter_openat { @[uid, comm] = count(); }") &&
		      refused("count opens by processes whose parent is root",
			      "t:syscalls:sys_enter_openat /uid == 0/ { @[comm] = count(); }",
			      "parent"),
	      "a user named is one the program keeps to, by the uid this machine gives it");
	check(refused("forks per second",
		      "t:task:task_newtask { @f[args->pid] = nsecs; }\n"
		      "t:sched:sched_process_exec /@f[pid]/ { @us = hist((nsecs - @f[pid]) / 1000); }\n"
		      "interval:s:1 { print(@us); clear(@us); }",
		      "no word of the request asks for one") &&
		      served("time from fork to exec",
			     "t:task:task_newtask { @f[args->pid] = nsecs; }\n"
			     "t:sched:sched_process_exec /@f[pid]/ { @us = hist((nsecs - @f[pid]) / 1000); }") &&
		      served("reads blocking for more than 2 seconds",
			     "t:syscalls:sys_enter_read { @s[tid] = nsecs; }\n"
			     "t:syscalls:sys_exit_read /@s[tid] && nsecs - @s[tid] > 2000000000/ "
			     "{ printf(\"%s\\n\", comm); }"),
	      "a time between two events is measured only when asked for");
	check(refused("trace mmap calls with size in KB",
		      "t:syscalls:sys_enter_mmap { printf(\"%s %d bytes\\n\", comm, args->len / 1024); }",
		      "as bytes") &&
		      served("trace mmap calls with size in KB",
			     "t:syscalls:sys_enter_mmap { printf(\"%s %d KB\\n\", comm, args->len / 1024); }"),
	      "a size in KB is not printed as bytes");
	check(refused("count fsync calls and how long they take",
		      "t:syscalls:sys_enter_fsync { @s[tid] = nsecs; }\n"
		      "t:syscalls:sys_exit_fsync /@s[tid]/ { $d = nsecs - @s[tid];\n"
		      "  assert($d >= 0, \"time\");\n  $us = $d / 1000; @c = count(); }",
		      "computes $us and never uses it") &&
		      served("fsync latency histogram in us",
			     "t:syscalls:sys_enter_fsync { @s[tid] = nsecs; }\n"
			     "t:syscalls:sys_exit_fsync /@s[tid]/ { $d = nsecs - @s[tid];\n"
			     "  $us = $d / 1000; @us = hist($us); }"),
	      "a value computed is used beyond an assert()");
	check(refused("print execs if the command is curl",
		      "t:syscalls:sys_enter_execve /comm == \"curl\"/ { printf(\"%s\\n\", "
		      "str(args->filename)); }",
		      "comm is the caller's name") &&
		      served("print execs by curl",
			     "t:syscalls:sys_enter_execve /comm == \"curl\"/ { printf(\"%s\\n\", "
			     "str(args->filename)); }") &&
		      refused("CPU usage by user", "profile:hz:99 { @[uid] = count(); }", "idle task") &&
		      served("CPU usage by user", "profile:hz:99 /pid/ { @[uid] = count(); }"),
	      "an exec's process said to be a name is not its caller; idle CPU is no root's");
	check(refused("show the CPU each process is running on",
		      "software:cpu-clock:1000000 { @[comm] = count(); }", "does not show the CPU") &&
		      served("show the CPU each process is running on",
			     "software:cpu-clock:1000000 { @[comm, cpu] = count(); }") &&
		      served("which cpu runs nginx the most",
			     "t:sched:sched_switch /args->next_comm == \"nginx\"/ { @[cpu] = count(); }"),
	      "which CPU is shown");
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
