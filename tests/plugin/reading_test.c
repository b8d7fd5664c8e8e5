/* SPDX-License-Identifier: Apache-2.0 */
/* Tests of the offline default's reading of the request as obligations
 * (plugin/reading.c): each restriction of a program traced to the words
 * it comes from, or the program declined. Built with ASan and UBSan.
 * Prints "N passed, N failed". */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "reading.h"

static struct obligations ob;
static char why[320];

static int read_of(const char *request, const char *program)
{
	obligations_free(&ob);
	memset(&ob, 0, sizeof(ob));
	return reading_obligations(request, program, &ob, why, sizeof(why));
}

/* Whether obligation i has these words and this condition. */
static int is(size_t i, const char *words, const char *condition)
{
	return i < ob.n && !strcmp(ob.v[i].words, words) && !strcmp(ob.v[i].condition, condition);
}

int main(void)
{
	check(read_of("count failed openat calls by nginx per errno",
		      "tracepoint:syscalls:sys_exit_openat /comm == \"nginx\" && args->ret < 0/ "
		      "{ @[-args->ret] = count(); }") == 0 &&
		      ob.n == 2 && is(0, "nginx", "comm == \"nginx\"") &&
		      is(1, "failed", "args->ret < 0") &&
		      !strcmp(ob.v[0].probe, "tracepoint:syscalls:sys_exit_openat") &&
		      !strcmp(ob.v[0].says, "only events of tasks named nginx (comm)") &&
		      !strcmp(ob.v[1].says, "only failed calls"),
	      "a process and a failure, each with its words, at the block's attach points");
	check(read_of("count openat calls",
		      "t:syscalls:sys_enter_openat /comm == \"python3\"/ { @ = count(); }") == -1 &&
		      strstr(why, "\"python3\"") && ob.n == 0,
	      "a process the request does not name: declined, naming it");
	check(read_of("count opens by nginx2", "t:syscalls:sys_enter_openat /comm == \"nginx\"/ { }") ==
		      -1,
	      "a name inside another word is not the name");
	check(read_of("log umount2 calls",
		      "t:raw_syscalls:sys_enter /comm == \"umount2\"/ { printf(\"%d\\n\", pid); }") ==
			      -1 &&
		      strstr(why, "as a call") &&
		      read_of("count frob() calls", "t:raw_syscalls:sys_enter /comm == \"frob\"/ { }") ==
			      -1,
	      "a name before \"calls\" or \"(\" is a call, never a process");
	check(read_of("trace process creation",
		      "tracepoint:sched:sched_process_exec /comm == \"creation\"/ { }") == -1 &&
		      read_of("monitor process activity",
			      "tracepoint:sched:sched_process_exec /comm == \"activity\"/ { }") == -1 &&
		      read_of("trace process deaths",
			      "tracepoint:sched:sched_process_exec /comm == \"deaths\"/ { }") == -1,
	      "what happens to a process is no name, even after \"process\"");
	check(read_of("count process exits", "tracepoint:sched:sched_process_exit /(pid == tid)/ "
		      "{ @ = count(); }") == 0 && ob.n == 0 &&
		      read_of("count signals processes send", "tracepoint:signal:signal_generate "
			      "/args->pid == pid/ { @ = count(); }") == -1,
	      "a main-thread test is read at a task's exit only (at signal_generate it says "
	      "\"to itself\")");
	check(read_of("count segfaults", "tracepoint:signal:signal_generate "
		      "/args->sig == 11 && args->pid == tid/ { @ = count(); }") == 0 &&
		      read_of("count signals", "tracepoint:signal:signal_generate "
			      "/args->pid == tid/ { @ = count(); }") == -1 &&
		      read_of("count SIGSEGVs", "tracepoint:signal:signal_generate "
			      "/args->sig == 11 && args->pid == tid/ { @ = count(); }") == -1,
	      "a signal a thread gets in itself is read of a segfault alone (a SIGSEGV by "
	      "name is every one sent)");
	check(read_of("bytes read by pread64 per process",
		      "t:syscalls:sys_exit_read /comm == \"pread64\"/ { }") == -1,
	      "a system call of this kernel is no process name");
	check(read_of("count opens by the process sshd",
		      "t:syscalls:sys_enter_openat /comm == \"sshd\"/ { }") == 0 &&
		      read_of("count opens by the process called creation",
			      "t:syscalls:sys_enter_openat /comm == \"creation\"/ { }") == 0,
	      "after \"process\" a name is still one; \"called\" makes any word a name");
	check(read_of("Traces process terminations",
		      "t:sched:sched_process_exec /comm == \"terminations\"/ { }") == -1 &&
		      read_of("Traces process executions and prints the command",
			      "t:sched:sched_process_exit /comm == \"executions\"/ { }") == -1 &&
		      read_of("count opens by the program named \"executions\"",
			      "t:syscalls:sys_enter_openat /comm == \"executions\"/ { }") == 0,
	      "a word for what happens (\"executions\") is no process name unless named so");
	check(read_of("show reads by root or nginx",
		      "t:syscalls:sys_enter_read /comm == \"nginx\" && uid == 0/ { }") == -1 &&
		      read_of("count opens by nginx or that failed",
			      "t:syscalls:sys_exit_openat /args->ret < 0 && comm == \"nginx\"/ { }") == -1 &&
		      read_of("show reads by root and nginx",
			      "t:syscalls:sys_enter_read /comm == \"nginx\" && uid == 0/ { }") == 0 &&
		      read_of("failed opens by nginx, success or failure aside",
			      "t:syscalls:sys_exit_openat /args->ret < 0 && comm == \"nginx\"/ { }") != -2,
	      "\"or\" between two things kept to is never both at once");
	check(read_of("count kills of root processes",
		      "t:syscalls:sys_enter_kill /uid == 0/ { }") == -1 &&
		      read_of("count kills by root", "t:syscalls:sys_enter_kill /uid == 0/ { }") == 0,
	      "root acted on is not the user acting");
	/* www-data is 33 and nobody 65534 on every Debian system (base-passwd) */
	check(read_of("count opens by the www-data user",
		      "t:syscalls:sys_enter_openat /uid == 33/ { }") == 0 &&
		      read_of("trace execs as user nobody",
			      "t:syscalls:sys_enter_execve /uid == 65534/ { }") == 0 &&
		      read_of("count opens by user nobody",
			      "t:syscalls:sys_enter_openat /uid == 33/ { }") == -1 &&
		      read_of("count opens", "t:syscalls:sys_enter_openat /uid == 33/ { }") == -1,
	      "a user named is the uid this machine gives the name");
	check(read_of("count opens that did not succeed",
		      "t:syscalls:sys_exit_openat /args->ret < 0/ { }") == 0 && ob.n == 1 &&
		      read_of("count opens that did not fail",
			      "t:syscalls:sys_exit_openat /args->ret >= 0/ { }") == 0 && ob.n == 1 &&
		      read_of("count opens that did not fail",
			      "t:syscalls:sys_exit_openat /args->ret < 0/ { }") == -1,
	      "a success or a failure said the other way round is the other one");
	check(read_of("count opens at work",
		      "t:syscalls:sys_exit_openat /args->ret >= 0/ { }") == 0 && ob.n == 0 &&
		      read_of("count opens that worked",
			      "t:syscalls:sys_exit_openat /args->ret >= 0/ { }") == 0 && ob.n == 1,
	      "\"at work\" asks for no successes; \"that worked\" does");
	check(read_of("count syscalls by process but only for sshd",
		      "t:raw_syscalls:sys_enter /comm == \"sshd\"/ { }") == 0 &&
		      read_of("count syscalls by process but not sshd",
			      "t:raw_syscalls:sys_enter /comm == \"sshd\"/ { }") == -1,
	      "\"but only\" keeps to what follows; \"but not\" leaves it out");
	check(read_of("count openat calls by process",
		      "t:syscalls:sys_exit_openat /args->ret < 0/ { @[comm] = count(); }") == -1 &&
		      strstr(why, "failed calls"),
	      "failures the request does not ask for: declined");
	check(read_of("openat errors by process",
		      "t:syscalls:sys_exit_openat /(int64)args->ret < 0/ { @[comm] = count(); }") == 0 &&
		      is(0, "errors", "(int64)args->ret < 0"),
	      "\"errors\" asks for failures; a cast before the value is read through");
	check(read_of("opens that fail with EACCES",
		      "t:syscalls:sys_exit_openat /args->ret == -13/ { @[comm] = count(); }") == 0 &&
		      is(0, "EACCES", "args->ret == -13") &&
		      !strcmp(ob.v[0].says, "only calls that fail with EACCES"),
	      "an errno by its name");
	check(read_of("opens refused with permission denied",
		      "t:syscalls:sys_exit_openat /args->ret == -13/ { }") == 0 &&
		      is(0, "permission denied", "args->ret == -13"),
	      "an errno by its description");
	check(read_of("failed opens", "t:syscalls:sys_exit_openat /args->ret == -2/ { }") == -1 &&
		      strstr(why, "ENOENT"),
	      "an errno the request does not name: declined");
	check(read_of("who sends SIGTERMs",
		      "t:signal:signal_generate /args->sig == 15/ { printf(\"x\"); }") == 0 &&
		      is(0, "SIGTERMs", "args->sig == 15") &&
		      !strcmp(ob.v[0].says, "only SIGTERM"),
	      "a signal by its name");
	check(read_of("who runs kill -9", "t:signal:signal_generate /args->sig == 9/ { }") == 0 &&
		      is(0, "-9", "args->sig == 9"),
	      "a signal by its number, as written");
	check(read_of("processes that kill nginx", "t:signal:signal_generate /args->sig == 9/ { }") ==
			      -1 &&
		      strstr(why, "SIGKILL, which the request does not ask for"),
	      "the word kill is not the signal: declined");
	check(read_of("tell me whenever someone sends a signal, 9 times",
		      "t:signal:signal_generate /args->sig == 9/ { }") == -1,
	      "a number with no word of signals is not one");
	check(read_of("who sends signal 9", "t:signal:signal_generate /args->sig == 9/ { }") == 0 &&
		      is(0, "9", "args->sig == 9"),
	      "\"signal 9\" is");
	check(read_of("writes of at least 1 MB",
		      "t:syscalls:sys_enter_write /args->count >= 1048576/ { }") == 0 &&
		      is(0, "1 MB", "args->count >= 1048576"),
	      "a threshold with its unit");
	check(read_of("requests of at least half a megabyte",
		      "t:block:block_rq_issue /args->bytes >= 524288/ { }") == 0 &&
		      is(0, "half a megabyte", "args->bytes >= 524288"),
	      "a threshold in words");
	check(read_of("reads larger than five megabytes",
		      "t:syscalls:sys_exit_read /args->ret > 5242880/ { }") == 0 &&
		      is(0, "five megabytes", "args->ret > 5242880"),
	      "a number written as a word");
	check(read_of("reads larger than five megabytes",
		      "t:syscalls:sys_exit_read /args->ret < 5242880/ { }") == -1,
	      "a number written as a word, compared the other way: declined");
	check(read_of("block requests by device", "t:block:block_rq_issue /args->bytes >= 524288/ { }") ==
		      -1,
	      "a threshold no word gives: declined (a restriction the request does not ask for)");
	check(read_of("files opened by processes whose pid is above 5000.",
		      "t:syscalls:sys_enter_openat /pid > 5000/ { }") == 0 &&
		      is(0, "5000", "pid > 5000"),
	      "a pid threshold");
	check(read_of("files opened", "t:syscalls:sys_enter_openat /pid == 42/ { }") == -1 &&
		      strstr(why, "pid == 42"),
	      "a pid the request does not give: declined");
	check(read_of("files root opens", "t:syscalls:sys_enter_openat /uid == 0/ { }") == 0 &&
		      is(0, "root", "uid == 0"),
	      "root is uid 0");
	check(read_of("files that systemd-journald opens.",
		      "t:syscalls:sys_enter_openat /comm == \"systemd-journal\"/ { }") == 0 &&
		      is(0, "systemd-journald", "comm == \"systemd-journal\""),
	      "a process name cut to 15 characters, and a sentence's full stop");
	check(read_of("files that nginx opens.",
		      "t:syscalls:sys_enter_openat /\"nginx\" == comm/ { }") == 0 &&
		      is(0, "nginx", "\"nginx\" == comm"),
	      "the literal on the left");
	check(read_of("files opened", "t:syscalls:sys_enter_openat /comm == \"a\" || pid == 1/ { }") ==
			      -1,
	      "a process in a predicate with || that is not read: declined");
	check(read_of("files opened", "t:syscalls:sys_enter_openat /pid == 1 || pid == 2/ { }") == -1,
	      "an id in a predicate with || that is not read: declined");
	check(read_of("files opened", "t:syscalls:sys_enter_openat /args->flags == 1 || args->flags == 2/ { }") ==
			      0 &&
		      ob.n == 0,
	      "another predicate with ||: not read, nothing claimed");
	check(read_of("read latency of nginx",
		      "t:syscalls:sys_enter_read /comm == \"nginx\"/ { @s[tid] = nsecs; }\n"
		      "t:syscalls:sys_exit_read /@s[tid] && nsecs - @s[tid] > 1000/ { delete(@s[tid]); }\n"
		      "END { clear(@s); }") == 0 &&
		      ob.n == 1 && is(0, "nginx", "comm == \"nginx\"") &&
		      !strcmp(ob.v[0].says,
			      "only events of tasks named nginx (comm), at t:syscalls:sys_enter_read"),
	      "maps and nsecs are not read; with several probes, the probe is said");
	check(read_of("malloc calls that return NULL in bash",
		      "uretprobe:/bin/bash:malloc /retval == 0 && comm == \"bash\"/ { @ = count(); }") ==
			      0 &&
		      is(0, "NULL", "retval == 0") && is(1, "bash", "comm == \"bash\""),
	      "a NULL return");
	check(read_of("bytes written by process",
		      "t:syscalls:sys_exit_write /args->ret > 0/ { @[comm] = sum(args->ret); }") == 0 &&
		      is(0, "bytes", "args->ret > 0"),
	      "a success kept for bytes: traced to \"bytes\"");
	check(read_of("files opened", "t:syscalls:sys_exit_openat /args->ret >= 0/ { }") == 0 &&
		      ob.n == 0,
	      "a success the example needs (an fd) and no word asks for: nothing claimed");
	check(read_of("x \"unterminated", "t:a:b /comm == \"x/ { }") == 0 || ob.n == 0,
	      "an unterminated string in the predicate: not read");
	check(read_of("files opened by everything except nginx",
		      "t:syscalls:sys_enter_openat /comm == \"nginx\"/ { }") == -1 &&
		      strstr(why, "leaves out \"nginx\""),
	      "\"except nginx\" is no \"only nginx\": declined");
	check(read_of("files opened by everything except nginx",
		      "t:syscalls:sys_enter_openat /comm != \"nginx\"/ { }") == 0 &&
		      is(0, "nginx", "comm != \"nginx\"") &&
		      !strcmp(ob.v[0].says, "no events of tasks named nginx (comm)"),
	      "and != is");
	check(read_of("files opened by nginx", "t:syscalls:sys_enter_openat /comm != \"nginx\"/ { }") ==
			      -1 &&
		      strstr(why, "asks for \"nginx\", and the program leaves it out"),
	      "a process asked for and left out: declined");
	check(read_of("writes that did not fail", "t:syscalls:sys_exit_write /args->ret < 0/ { }") == -1,
	      "\"did not fail\" is no failure");
	check(read_of("opens by users other than root", "t:syscalls:sys_enter_openat /uid == 0/ { }") ==
			      -1,
	      "\"other than root\" is no uid 0");
	check(read_of("reads not over 1 MB", "t:syscalls:sys_enter_read /args->count > 1048576/ { }") ==
			      -1,
	      "a threshold said the other way round: declined");
	/* the adversarial pass's cases */
	check(read_of("syscalls made by children of pid 4242", "t:syscalls:sys_enter_clone /pid == 4242/ { }") ==
			      -1,
	      "a pid's children are not the pid");
	check(read_of("list processes spawned by sshd",
		      "t:task:task_newtask /comm == \"sshd\"/ { }") == 0 &&
		      read_of("print forks of processes spawned by sshd",
			      "t:sched:sched_process_fork /comm == \"sshd\"/ { }") == -1 &&
		      read_of("opens by processes spawned by sshd",
			      "t:syscalls:sys_enter_openat /comm == \"sshd\"/ { }") == -1 &&
		      read_of("forks by children of sshd",
			      "t:sched:sched_process_fork /comm == \"sshd\"/ { }") == -1 &&
		      read_of("count processes spawned by sshd's children",
			      "t:task:task_newtask /comm == \"sshd\"/ { }") == -1 &&
		      read_of("count processes spawned by sshd or its children",
			      "t:task:task_newtask /comm == \"sshd\"/ { }") == -1 &&
		      read_of("which signals does nginx get",
			      "t:signal:signal_deliver /comm == \"nginx\"/ { }") == 0 &&
		      read_of("show which pids nginx kills with SIGKILL",
			      "t:signal:signal_deliver /comm == \"nginx\"/ { }") == -1 &&
		      read_of("show which processes nginx terminates",
			      "t:sched:sched_process_exit /comm == \"nginx\"/ { }") == -1 &&
		      read_of("which signals are sent to nginx",
			      "t:signal:signal_generate /comm == \"nginx\"/ { }") == -1,
	      "at a fork, the process spawning is the one that runs; elsewhere, its children are "
	      "not; at a signal's delivery, the process that gets it");
	check(read_of("syscalls made by pid 4242 and pid 4243", "t:raw_syscalls:sys_enter /pid == 4243/ { }") ==
			      -1 &&
		      strstr(why, "another pid (4242)"),
	      "two pids named, one kept: declined");
	check(read_of("print every file named nginx.conf that anything opens",
		      "t:syscalls:sys_enter_openat /comm == \"nginx.conf\"/ { }") == -1,
	      "a file's name is not taken for a process");
	check(read_of("how many SIGABRTs does nginx get?",
		      "t:signal:signal_generate /comm == \"nginx\" && args->sig == 6/ { }") == -1 &&
		      strstr(why, "done to"),
	      "a process that gets something is not the one acting");
	check(read_of("nginx keeps getting killed, find out who is doing it",
		      "t:syscalls:sys_enter_kill /comm == \"nginx\"/ { }") == -1 &&
		      read_of("count signals received by nginx",
			      "t:signal:signal_generate /args->comm == \"nginx\"/ { }") == 0,
	      "a process that keeps getting killed, or receives, is done to");
	check(read_of("context switches into postgres", "t:sched:sched_switch /comm == \"postgres\"/ { }") ==
			      -1,
	      "switches into postgres: not postgres switching out");
	check(read_of("files opened by processes whose pid is above 1 K",
		      "t:syscalls:sys_enter_openat /pid > 1024 && pid > 1/ { }") == -1,
	      "\"1 K\" is no pid 1");
	check(read_of("total bytes java maps with mmap calls of 8 megabytes or less",
		      "t:syscalls:sys_enter_mmap /args->len < 8388608/ { }") == -1 &&
		      strstr(why, "compares the other way"),
	      "\"or less\" is <=, not <: declined");
	check(read_of("total bytes java maps with mmap calls of 8 megabytes or less",
		      "t:syscalls:sys_enter_mmap /args->len <= 8388608/ { }") == 0 &&
		      is(0, "8 megabytes", "args->len <= 8388608"),
	      "and <= is served");
	check(read_of("opens of /etc/nginx.conf by anything except nginx",
		      "t:syscalls:sys_enter_openat /comm == \"nginx\"/ { }") == -1,
	      "every occurrence of the name is read for a negation");
	check(read_of("execs by users that are not root", "t:syscalls:sys_enter_execve /uid == 0/ { }") ==
			      -1,
	      "users that are not root: no uid 0");
	check(read_of("programs launched by non-root users", "t:syscalls:sys_enter_execve /uid != 0/ { }") ==
			      0 &&
		      is(0, "root", "uid != 0"),
	      "non-root is uid != 0");
	check(read_of("opens by anything apart from nginx", "t:syscalls:sys_enter_openat /comm == \"nginx\"/ { }") ==
			      -1,
	      "apart from");
	check(read_of("opens with nginx left out", "t:syscalls:sys_enter_openat /comm == \"nginx\"/ { }") ==
			      -1,
	      "left out");
	check(read_of("syscalls by uid 4242", "t:raw_syscalls:sys_enter /pid == 4242/ { }") == -1,
	      "a uid is no pid");
	check(read_of("pids below 4242", "t:raw_syscalls:sys_enter /pid > 4242/ { }") == -1,
	      "below is no >");
	check(read_of("top 5 syscalls", "t:raw_syscalls:sys_enter /pid == 5/ { }") == -1,
	      "top 5 is no pid");
	check(read_of("pid 42.42", "t:raw_syscalls:sys_enter /pid == 42/ { }") == -1, "42.42 is no 42");
	check(read_of("every 2 seconds, opens that fail", "t:syscalls:sys_exit_openat /args->ret == -2/ { }") ==
			      -1,
	      "a bare 2 is no ENOENT");
	check(read_of("opens failing with errno 2", "t:syscalls:sys_exit_openat /args->ret == -2/ { }") == 0 &&
		      is(0, "2", "args->ret == -2"),
	      "errno 2 is");
	check(read_of("writes larger than 1 MB", "t:syscalls:sys_enter_write /args->count > 1/ { }") == 0 &&
		      ob.n == 0,
	      "1 MB is no 1");
	check(read_of("errors other than EACCES", "t:syscalls:sys_exit_openat /args->ret < -13/ { }") == -1,
	      "ret < -13 is not read as failures: a threshold of its own, declined");
	check(read_of("calls that are errorless", "t:syscalls:sys_exit_openat /args->ret < 0/ { }") == -1,
	      "errorless is no error");
	check(read_of("reads where nothing failed", "t:syscalls:sys_exit_read /args->ret < 0/ { }") == -1,
	      "nothing failed");
	check(read_of("bytes read by failed reads", "t:syscalls:sys_exit_read /args->ret > 0/ { }") == -1,
	      "successes kept where failures are asked for");
	check(read_of("EAGAIN aside, which opens fail", "t:syscalls:sys_exit_openat /args->ret == -11/ { }") ==
			      -1,
	      "EAGAIN aside");
	check(read_of("mallocs, NULL excluded", "uretprobe:/bin/bash:malloc /retval == 0/ { }") == -1,
	      "NULL excluded");
	check(read_of("opens by anything", "t:syscalls:sys_enter_openat /(comm == \"nginx\" && pid > 1)/ { }") ==
			      -1,
	      "a predicate in parentheses is read");
	check(read_of("failed opens", "t:syscalls:sys_exit_openat /(int64)(args->ret) < 0/ { }") == 0 &&
		      ob.n == 1,
	      "a cast before parentheses");
	check(read_of("opens by nginx and bash",
		      "t:syscalls:sys_enter_openat /comm == \"nginx\" && comm == \"bash\"/ { }") == -1,
	      "two names at once can never match");
	check(read_of("files systemd-journald opens",
		      "t:syscalls:sys_enter_openat /comm == \"systemd-journald\"/ { }") == -1,
	      "a name longer than 15 characters can never match");
	check(read_of("x", "t:a:b /args->ret == -9223372036854775807 - 1/ { }") <= 0, "no overflow");
	check(read_of("x", "t:a:b /args->ret == -9223372036854775807/ { }") == 0 && ob.n == 0,
	      "nor here");
	check(read_of("opens by curl", "kprobe:do_sys_open/comm == \"nginx\"/ { }") == -1,
	      "a predicate without a space before it: declined");
	check(read_of("migrations of threads", "t:sched:sched_migrate_task /str(args->comm) == \"java\"/ { }") ==
			      -1,
	      "str(args->comm) is a process too");
	check(read_of("redis-server reads",
		      "t:syscalls:sys_enter_read /comm == \"redis-server\"/ { @s = 1; }\n"
		      "t:syscalls:sys_enter_read /comm == \"redis-server\" && pid > 1/ { @t = 1; }") == -1 ||
		      ob.n == 0,
	      "two blocks of the same attach points: nothing claimed there");
	check(read_of("redis-server off cpu",
		      "t:sched:sched_switch /args->prev_comm == \"redis-server\"/ { @s = 1; }") == 0,
	      "the task switched out, as the one the request is about: served");
	check(read_of("tasks switched out by redis-server",
		      "t:sched:sched_switch /args->next_comm == \"redis-server\"/ { @s = 1; }") == -1,
	      "the task switched in, after \"by\": declined");
	check(read_of("how long nginx waits for a cpu",
		      "t:sched:sched_wakeup /comm == \"nginx\"/ { @s = 1; }") == -1,
	      "comm at a wakeup is the waker: declined");
	check(read_of("wakeups by nginx", "t:sched:sched_wakeup /comm == \"nginx\"/ { @s = 1; }") == 0,
	      "the waker, after \"by\": served");
	check(read_of("disk latency of nginx",
		      "t:block:block_rq_complete /comm == \"nginx\"/ { @s = 1; }") == -1,
	      "comm where a disk request completes: declined");
	check(read_of("lifetimes of nginx processes",
		      "t:task:task_newtask /comm == \"nginx\"/ { @s = 1; }") == -1,
	      "comm at a new task is its parent: declined");
	check(read_of("processes bash forks", "t:task:task_newtask /comm == \"bash\"/ { @s = 1; }") == 0,
	      "the parent, before a fork verb: served");
	check(read_of("tell me whenever nginx gets SIGKILL",
		      "t:signal:signal_generate /args->sig == 9 && args->comm == \"nginx\"/ { }") == 0 &&
		      ob.n == 2,
	      "a signal's target named as one: served");
	/* the second adversarial pass's cases */
	check(read_of("writes that aren\xE2\x80\x99t bigger than 1 MB",
		      "t:syscalls:sys_enter_write /args->count > 1048576 && comm == \"aren\"/ { }") == -1,
	      "a curly apostrophe: one word, and a negation");
	check(read_of("count opens w/o nginx", "t:syscalls:sys_enter_openat /comm == \"nginx\"/ { }") == -1,
	      "w/o");
	check(read_of("count opens where comm <> nginx", "t:syscalls:sys_enter_openat /comm == \"nginx\"/ { }") ==
			      -1,
	      "<>");
	check(read_of("count opens by !nginx", "t:syscalls:sys_enter_openat /comm == \"nginx\"/ { }") == -1,
	      "!nginx");
	check(read_of("count opens nginx doesn't make", "t:syscalls:sys_enter_openat /comm == \"nginx\"/ { }") ==
			      -1,
	      "a contraction after the name");
	check(read_of("sum up how many bytes python3 receives with recvfrom",
		      "t:syscalls:sys_exit_recvfrom /comm == \"python3\" && args->ret > 0/ { }") == 0 &&
		      ob.n == 2,
	      "a process that receives data acts (the verb counts at signals only)");
	check(read_of("who signals nginx", "t:syscalls:sys_enter_kill /comm == \"nginx\"/ { }") == -1,
	      "signals nginx: nginx is the target");
	check(read_of("kill syscalls landing on nginx", "t:syscalls:sys_enter_kill /comm == \"nginx\"/ { }") ==
			      -1,
	      "on nginx");
	check(read_of("which processes does bash kill",
		      "t:signal:signal_generate /args->comm == \"bash\"/ { }") == -1,
	      "a target field filtered on the one that acts: declined");
	check(read_of("opens by pids 5000+", "t:syscalls:sys_enter_openat /pid == 5000/ { }") == -1 &&
		      read_of("opens by pids 5000+", "t:syscalls:sys_enter_openat /pid >= 5000/ { }") == 0 &&
		      ob.n == 1,
	      "5000+ is >=");
	check(read_of("count execs by pids 1000 and above", "t:syscalls:sys_enter_execve /pid == 1000/ { }") ==
			      -1,
	      "and above");
	check(read_of("pids \xE2\x89\xA5 1000", "t:syscalls:sys_enter_execve /pid == 1000/ { }") == -1,
	      "the sign >= in UTF-8");
	check(read_of("count reads of nginx files", "t:syscalls:sys_enter_read /comm == \"nginx\"/ { }") == -1,
	      "nginx files are no process");
	check(read_of("nginx file opens", "t:syscalls:sys_enter_openat /comm == \"nginx\"/ { }") == 0 &&
		      ob.n == 1,
	      "nginx file opens: the files nginx opens");
	check(read_of("nginx files opened", "t:syscalls:sys_enter_openat /comm == \"nginx\"/ { }") == -1,
	      "nginx files opened: nginx's files");
	check(read_of("nginx config file opens",
		      "t:syscalls:sys_enter_openat /comm == \"nginx\"/ { }") == -1,
	      "nginx config file opens: nginx's config");
	check(read_of("how many times does my app (called myapp) call malloc",
		      "u:/lib/x86_64-linux-gnu/libc.so.6:malloc /comm == \"myapp\"/ { @ = count(); }") ==
			      0 && ob.n == 1,
	      "called myapp, it is the process that calls");
	check(read_of("more reads of 4096 bytes", "t:syscalls:sys_exit_read /args->ret > 4096/ { }") == -1,
	      "more reads is no more than: declined");
	check(read_of("files opened by processes other than those named nginx",
		      "t:syscalls:sys_enter_openat /comm == \"nginx\"/ { }") == -1,
	      "a negation five words back");
	check(read_of("files opened by nginx, not bash", "t:syscalls:sys_enter_openat /comm != \"nginx\"/ { }") ==
			      -1,
	      "a negation past a comma is another clause's");
	check(read_of("malloc returns, NULL and non-NULL", "uretprobe:/bin/bash:malloc /retval == 0/ { }") == -1,
	      "NULL said both ways");
	check(read_of("files in the root directory", "t:syscalls:sys_enter_openat /uid == 0/ { }") == -1,
	      "the root directory is no user");
	check(read_of("compare failed and successful opens",
		      "t:syscalls:sys_exit_openat /args->ret < 0/ { }") == -1,
	      "failures and successes: not failures alone");
	check(read_of("errors every 2 seconds", "t:syscalls:sys_exit_openat /args->ret == -2/ { }") == -1,
	      "every 2 seconds is no ENOENT");
	check(read_of("processes using more than 100 MB", "t:syscalls:sys_enter_mmap /pid > 100/ { }") == -1,
	      "100 MB is no pid");
	check(read_of("reads over 1,000,000 bytes", "t:syscalls:sys_exit_read /args->ret > 0/ { }") == 0 &&
		      ob.n == 1 && is(0, "bytes", "args->ret > 0"),
	      "1,000,000 is not 000");
	check(read_of("SIGTERM or SIGKILL senders", "t:signal:signal_generate /args->sig == 15/ { }") == -1,
	      "two signals named, one kept");
	check(read_of("opens failing with EACCES or EPERM", "t:syscalls:sys_exit_openat /args->ret == -13/ { }") ==
			      -1,
	      "two errnos named, one kept");
	check(read_of("opens by nginx", "t:syscalls:sys_enter_openat /strncmp(comm, \"nginx\", 5) == 0/ { }") ==
			      -1,
	      "strncmp on comm: declined");
	check(read_of("syscalls of pid 42", "t:raw_syscalls:sys_enter /!(pid == 42)/ { }") == -1,
	      "an id in a form not read: declined");
	check(read_of("connections from port 8080", "t:sock:inet_sock_set_state /args->sport == 8080/ { }") == 0 &&
		      ob.n == 0,
	      "port is dport's word, not sport's");
	check(read_of("opens by nginx", "t:syscalls:sys_enter_openat /comm == \"NGINX\"/ { }") == -1,
	      "comm is case-sensitive");
	check(read_of("files opened by nginx", "t:syscalls:sys_enter_openat /str(args->filename) == \"nginx\"/ { }") ==
			      -1,
	      "a process name is no path");
	check(read_of("opens by pid 1 every 2 seconds", "t:syscalls:sys_enter_openat /pid == 1/ { }") == 0 &&
		      ob.n == 1,
	      "an interval's number is no other pid");
	check(read_of("syscalls to port 8080", "t:raw_syscalls:sys_enter /pid == 8080/ { }") == -1,
	      "a port is no pid");
	check(read_of("connections to port 8080", "t:sock:inet_sock_set_state /args->dport == 8080/ { }") ==
			      0 &&
		      is(0, "8080", "args->dport == 8080"),
	      "port 8080 is dport");
	check(read_of("softirq 3 counts", "t:irq:softirq_entry /args->vec == 3/ { }") == 0 && ob.n == 0,
	      "a number after a word that is not the field's: nothing claimed");
	check(read_of("count syscalls made by python 3.11",
		      "t:raw_syscalls:sys_enter /comm == \"python\"/ { @ = count(); }") == -1 &&
		      strstr(why, "python 3.11"),
	      "a name with its version after it (the comm may carry it): declined");
	check(read_of("opens by java 17", "t:syscalls:sys_enter_openat /comm == \"java\"/ { }") == -1,
	      "a version without a dot");
	check(read_of("show files opened by 'nginx'",
		      "t:syscalls:sys_enter_openat /comm == \"nginx\"/ { }") == 0 &&
		      is(0, "nginx", "comm == \"nginx\""),
	      "a name in single quotes is the name");
	check(read_of("show files opened by \xE2\x80\x98nginx\xE2\x80\x99",
		      "t:syscalls:sys_enter_openat /comm == \"nginx\"/ { }") == 0 &&
		      is(0, "nginx", "comm == \"nginx\""),
	      "and in curly quotes");
	check(read_of("opens by anything but \xE2\x80\x9Cnginx\xE2\x80\x9D",
		      "t:syscalls:sys_enter_openat /comm == \"nginx\"/ { }") == -1,
	      "a quoted name negated: still negated");
	static const char *const WORDS[][2] = {
		{ "count opens by other processes", "other" },
		{ "count syscalls by another process", "another" },
		{ "show files opened by everyone", "everyone" },
		{ "count syscalls by hour", "hour" },
		{ "count writes by different processes", "different" },
		{ "count syscalls by daemons", "daemons" },
		{ "count syscalls by discord", "discord" },
		{ "count syscalls for debuging", "debuging" },
		{ "count syscalls from sdb", "sdb" },
		{ "count syscalls from eth0", "eth0" },
		{ "count syscalls sorted by blargd", "blargd" },
		{ "count syscalls by Fastdds", "Fastdds" },
		{ "count syscalls of top10", "top10" },
		{ "count syscalls for root", "root" },
		{ "count syscalls by myapp", "myapp" },
		{ "count writes by fdnum", "fdnum" },
		{ "count syscalls from userland", "userland" },
		{ "count writes by the blargd user", "blargd" },
		{ "how many bytes does the pagecache write", "pagecache" },
		{ "count syscalls by nginx-free processes", "nginx-free" },
		{ "count syscalls by nginx-like processes", "nginx-like" },
		{ "count page faults per node", "node" },
		{ "count reads by short-lived processes", "short-lived" },
		{ "count reads by third-party tools", "third-party" },
		{ "count writes by top10 processes", "top10" },
		{ "count opens by x11 apps", "x11" },
		{ "count reads by non_root processes", "non_root" },
		{ "count writes by \"some\" processes", "some" },
		{ "count reads by 'any' process", "any" },
		{ "count reads by processes named nginx*", "nginx" },
		{ "count reads by apps like nginx", "nginx" },
		{ "count reads by programs such as nginx", "nginx" },
	};
	for (size_t i = 0; i < sizeof(WORDS) / sizeof(WORDS[0]); i++) {
		char program[160];
		snprintf(program, sizeof(program), "t:raw_syscalls:sys_enter /comm == \"%s\"/ { }",
			 WORDS[i][1]);
		check(read_of(WORDS[i][0], program) == -1, WORDS[i][0]);
	}
	check(read_of("count syscalls by ~nginx", "t:raw_syscalls:sys_enter /comm == \"nginx\"/ { }") ==
		      -1,
	      "~ before a name negates it");
	check(read_of("count syscalls by the process called myapp",
		      "t:raw_syscalls:sys_enter /comm == \"myapp\"/ { }") == 0 &&
		      is(0, "myapp", "comm == \"myapp\""),
	      "any word the request calls a process");
	check(read_of("count opens by the foreground process",
		      "t:syscalls:sys_enter_openat /comm == \"foreground\"/ { }") == -1,
	      "a word before \"process\" is no name (\"the foreground process\")");
	check(read_of("count syscalls by \"myapp\"", "t:raw_syscalls:sys_enter /comm == \"myapp\"/ { }") ==
			      0,
	      "or quotes");
	check(read_of("count syscalls by myapp2", "t:raw_syscalls:sys_enter /comm == \"myapp2\"/ { }") ==
			      0 &&
		      read_of("count syscalls by cron-worker",
			      "t:raw_syscalls:sys_enter /comm == \"cron-worker\"/ { }") == 0,
	      "a name no English word is");
	check(read_of("count syscalls by rtl_sdr",
		      "t:raw_syscalls:sys_enter /comm == \"rtl_sdr\"/ { }") == 0 &&
		      read_of("count writes from the pulseaudio process",
			      "t:syscalls:sys_enter_write /comm == \"pulseaudio\"/ { }") == 0 &&
		      read_of("count writes from jackd",
			      "t:syscalls:sys_enter_write /comm == \"jackd\"/ { }") == 0 &&
		      read_of("page faults for process jackd",
			      "t:exceptions:page_fault_user /comm == \"jackd\"/ { }") == 0 &&
		      read_of("how many reads does ardour8 make",
			      "t:syscalls:sys_enter_read /comm == \"ardour8\"/ { }") == 0,
	      "a word no word list has, where a process's name stands");
	check(read_of("count opens by java threads",
		      "t:syscalls:sys_enter_openat /curtask->group_leader->comm == \"java\"/ { }") ==
			      0 &&
		      read_of("count opens by the threads of the mysqld process",
			      "t:syscalls:sys_enter_openat /curtask->group_leader->comm == \"mysqld\"/ "
			      "{ }") == 0,
	      "the threads of a process: its main thread's name");
	check(read_of("count opens by java threads",
		      "t:syscalls:sys_enter_openat /comm == \"java\"/ { }") == -1 &&
		      read_of("count opens by threads named java",
			      "t:syscalls:sys_enter_openat /curtask->group_leader->comm == \"java\"/ "
			      "{ }") == -1 &&
		      read_of("count opens by nginx",
			      "t:syscalls:sys_enter_openat /curtask->group_leader->comm == \"nginx\"/ "
			      "{ }") == -1,
	      "never each thread's own name for them, nor theirs for threads so named");
	check(read_of("count getpid calls made by getpid_n",
		      "t:syscalls:sys_enter_getpid /comm == \"getpid_n\"/ { }") == 0,
	      "an identifier with an underscore");
	check(read_of("count syscalls by postgres", "t:raw_syscalls:sys_enter /comm == \"postgres\"/ { }") ==
			      0,
	      "a program people name");
	check(read_of("count syscalls by user postgres",
		      "t:raw_syscalls:sys_enter /comm == \"postgres\"/ { @[uid] = count(); }") == -1,
	      "a user's name is no process");
	check(read_of("trace execs of bash", "t:syscalls:sys_enter_execve /comm == \"bash\"/ { }") == -1,
	      "execs of bash: bash is the new program, not the caller at the exec's entry");
	check(read_of("count execs by ls", "t:sched:sched_process_exec /comm == \"ls\"/ { }") == -1,
	      "execs by ls: at sched_process_exec comm is the new program");
	check(read_of("trace execs of bash", "t:sched:sched_process_exec /comm == \"bash\"/ { }") == 0,
	      "execs of bash at sched_process_exec");
	check(read_of("trace execs by bash", "t:syscalls:sys_enter_execve /comm == \"bash\"/ { }") == 0,
	      "execs by bash at the exec's entry");
	check(read_of("count signals delivered by nginx",
		      "t:signal:signal_deliver /comm == \"nginx\"/ { @ = count(); }") == -1,
	      "at signal_deliver comm receives the signal");
	check(read_of("how many times was nginx executed",
		      "t:syscalls:sys_enter_execve /comm == \"nginx\"/ { @ = count(); }") == -1 &&
		      read_of("count execs of the program called gcc",
			      "t:syscalls:sys_enter_execve /comm == \"gcc\"/ { @ = count(); }") == -1 &&
		      read_of("how many programs does bash execute per second",
			      "t:sched:sched_process_exec /comm == \"bash\"/ { @ = count(); }") == -1 &&
		      read_of("is nginx executing anything",
			      "t:sched:sched_process_exec /comm == \"nginx\"/ { }") == -1 &&
		      read_of("how many times was nginx executed",
			      "t:sched:sched_process_exec /comm == \"nginx\"/ { @ = count(); }") == 0 &&
		      read_of("how many programs does bash execute",
			      "t:syscalls:sys_enter_execve /comm == \"bash\"/ { @ = count(); }") == 0,
	      "a program executed is the new one; one that executes is the caller");
	check(read_of("count signals received by nginx",
		      "t:signal:signal_deliver /comm == \"nginx\"/ { @ = count(); }") == 0,
	      "signals received by nginx: nginx receives them, at signal_deliver");
	check(read_of("show writes of 64KB or less by nginx",
		      "t:syscalls:sys_enter_write /args->count < 65536 && comm == \"nginx\"/ { }") == -1 &&
		      strstr(why, "other way"),
	      "64KB or less is no < 65536");
	check(read_of("show writes of 64KB or less",
		      "t:syscalls:sys_enter_write /args->count <= 65536/ { }") == 0 &&
		      is(0, "64KB", "args->count <= 65536"),
	      "a number glued to its unit");
	check(read_of("Profile user stacks of pid 9911 at 49 Hz",
		      "profile:hz:49 /pid == 9911/ { @[ustack] = count(); }") == 0 && ob.n == 1 &&
		      read_of("user stacks of pid 9911 and pid 49",
			      "profile:hz:49 /pid == 9911/ { @[ustack] = count(); }") == -1,
	      "a rate after a pid (\"at 49 Hz\") is no other pid");
	check(read_of("connects from pid 1234 to port 3306",
		      "tracepoint:syscalls:sys_enter_connect /pid == 1234/ { @ = count(); }") == 0 &&
		      read_of("connects from pid 1234 to pid 3306",
			      "tracepoint:syscalls:sys_enter_connect /pid == 1234/ { @ = count(); }") ==
			      -1,
	      "a port after a pid (\"to port 3306\") is no other pid");
	check(read_of("show writes by nginx",
		      "t:syscalls:sys_enter_write /args->count > 4096 && comm == \"nginx\"/ { }") == -1 &&
		      strstr(why, "threshold the request does not give"),
	      "a threshold of the program's own: declined");
	obligations_free(&ob);
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
