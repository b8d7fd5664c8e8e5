/* SPDX-License-Identifier: Apache-2.0 */
/* The lexicon's reader, planner and builder (plugin/reader.c, planner.c,
 * builder.c, through offline_plan.c and the offline default's last
 * check), on this machine's tracefs with the shipped lexicon: each
 * request gives exactly the program written here, or is declined with
 * the reason written here. Then the lexicon's own errors, and hostile
 * text that must never reach a program. The lexicon: argv[1], else
 * $BTE_LEXICON. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/vfs.h>
#include <linux/magic.h>

#include "check.h"
#include "context.h"
#include "offline_plan.h"
#include "words.h"

static const struct {
	const char *request;
	const char *program; /* exactly, or NULL: declined */
	const char *why;     /* a part of the reason when declined */
} CASES[] = {
	{ "show the sender and target pid of every kill",
	  "tracepoint:syscalls:sys_enter_kill {\n"
	  "  printf(\"%-16s %-7d target %d signal %d\\n\", comm, pid, args->pid, args->sig);\n"
	  "}\n",
	  NULL },
	{ "print the parent and child pid of each fork",
	  "tracepoint:task:task_newtask /!(args->clone_flags & 0x10000)/ {\n"
	  "  printf(\"%-16s %-7d child %d\\n\", comm, pid, args->pid);\n"
	  "}\n",
	  NULL },
	{ "trace setuid calls with the requested uid",
	  "tracepoint:syscalls:sys_enter_setuid {\n"
	  "  printf(\"%-16s %-7d uid %u\\n\", comm, pid, args->uid);\n"
	  "}\n",
	  NULL },
	{ "count syscalls per CPU",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count[cpu] = count();\n"
	  "}\n",
	  NULL },
	{ "histogram of the return value of read",
	  "tracepoint:syscalls:sys_exit_read {\n"
	  "  @hist_ret = hist(args->ret);\n"
	  "}\n",
	  NULL },
	{ "count reads and sum the bytes read by process",
	  "tracepoint:syscalls:sys_exit_read {\n"
	  "  @count[comm] = count();\n"
	  "  if (args->ret > 0) {\n"
	  "    assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "    @sum_bytes[comm] = sum(args->ret);\n"
	  "  }\n"
	  "}\n",
	  NULL },
	{ "show the return value of readline in /bin/bash",
	  "uretprobe:/bin/bash:readline {\n"
	  "  printf(\"%-16s %-7d ret %s\\n\", comm, pid, str(retval));\n"
	  "}\n",
	  NULL },
	{ "count malloc calls by python3",
	  "uprobe:/lib/x86_64-linux-gnu/libc.so.6:malloc /comm == \"python3\"/ {\n"
	  "  assert(comm == \"python3\", \"only python3\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	/* a call by a form of its name and its -at variant by name: the
	 * variant; both by name: the call, and the variant with it */
	{ "Show every file opened with openat, along with the process name and the filename",
	  "tracepoint:syscalls:sys_enter_openat {\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n",
	  NULL },
	{ "count open and openat calls",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	/* a size kept above: the bytes moved (at the exit), asked for or
	 * allocated, shown on each line */
	{ "reads larger than 64k by nginx",
	  "tracepoint:syscalls:sys_exit_read /args->ret > 0 && comm == \"nginx\" && args->ret > 65536/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  assert(comm == \"nginx\", \"only nginx\");\n"
	  "  assert(args->ret > 65536, \"larger than 64k\");\n"
	  "  printf(\"%-16s %-7d bytes %d\\n\", comm, pid, args->ret);\n"
	  "}\n",
	  NULL },
	{ "count kmalloc of 16 KB or more by process",
	  "tracepoint:kmem:kmalloc /args->bytes_alloc >= 16384/ {\n"
	  "  assert(args->bytes_alloc >= 16384, \"16 KB or more\");\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "how many times per second does postgres call fdatasync?",
	  "tracepoint:syscalls:sys_enter_fdatasync /comm == \"postgres\"/ {\n"
	  "  assert(comm == \"postgres\", \"only postgres\");\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	/* disk requests, from their issue; timed to their completion */
	{ "top 5 processes by bytes written to disk",
	  "tracepoint:block:block_rq_issue /strncmp(args->rwbs, \"W\", 1) == 0 || strncmp(args->rwbs, \"FW\", 2) == 0/ {\n"
	  "  assert(strncmp(args->rwbs, \"W\", 1) == 0 || strncmp(args->rwbs, \"FW\", 2) == 0, \"written\");\n"
	  "  @sum_bytes[comm] = sum(args->bytes);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@sum_bytes, 5);\n"
	  "  clear(@sum_bytes);\n"
	  "}\n",
	  NULL },
	{ "count disk reads by process",
	  "tracepoint:block:block_rq_issue /strncmp(args->rwbs, \"R\", 1) == 0/ {\n"
	  "  assert(strncmp(args->rwbs, \"R\", 1) == 0, \"disk\");\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "disk write latency histogram in ms",
	  "tracepoint:block:block_rq_issue /strncmp(args->rwbs, \"W\", 1) == 0 || strncmp(args->rwbs, \"FW\", 2) == 0/ {\n"
	  "  assert(strncmp(args->rwbs, \"W\", 1) == 0 || strncmp(args->rwbs, \"FW\", 2) == 0, \"disk\");\n"
	  "  @start[args->dev, args->sector] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:block:block_rq_complete /@start[args->dev, args->sector] != 0/ {\n"
	  "  $ns = nsecs - @start[args->dev, args->sector];\n"
	  "  delete(@start[args->dev, args->sector]);\n"
	  "  @hist_ms = hist($ns / 1000000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "average block I/O latency per device",
	  "tracepoint:block:block_rq_issue {\n"
	  "  @start[args->dev, args->sector] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:block:block_rq_complete /@start[args->dev, args->sector] != 0/ {\n"
	  "  $ns = nsecs - @start[args->dev, args->sector];\n"
	  "  delete(@start[args->dev, args->sector]);\n"
	  "  @avg_us[args->dev] = avg($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "show each disk I/O and how long it took in microseconds",
	  "tracepoint:block:block_rq_issue {\n"
	  "  @start[args->dev, args->sector] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:block:block_rq_complete /@start[args->dev, args->sector] != 0/ {\n"
	  "  $ns = nsecs - @start[args->dev, args->sector];\n"
	  "  delete(@start[args->dev, args->sector]);\n"
	  "  printf(\"us %d\\n\", $ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "disk I/O latency per process", NULL, "whose time ends outside the task" },
	{ "which process has the slowest disk I/O", NULL, "" },
	/* off the CPU: switched out, then in again */
	{ "redis-server blocked time off cpu, distribution in microseconds",
	  "tracepoint:sched:sched_switch /args->prev_comm == \"redis-server\"/ {\n"
	  "  assert(args->prev_comm == \"redis-server\", \"only redis-server\");\n"
	  "  @start[args->prev_pid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sched:sched_switch /@start[args->next_pid] != 0 && args->next_comm == \"redis-server\"/ {\n"
	  "  assert(args->next_comm == \"redis-server\", \"only redis-server\");\n"
	  "  $ns = nsecs - @start[args->next_pid];\n"
	  "  delete(@start[args->next_pid]);\n"
	  "  @hist_us = hist($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "how many times does postgres get scheduled off the cpu?",
	  "tracepoint:sched:sched_switch /args->prev_comm == \"postgres\"/ {\n"
	  "  assert(args->prev_comm == \"postgres\", \"only postgres\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "total off-cpu time per thread in ns",
	  "tracepoint:sched:sched_switch {\n"
	  "  @start[args->prev_pid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sched:sched_switch /@start[args->next_pid] != 0/ {\n"
	  "  $ns = nsecs - @start[args->next_pid];\n"
	  "  delete(@start[args->next_pid]);\n"
	  "  @sum_ns[args->next_comm, args->next_pid] = sum($ns);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "off-cpu time of pid 1234", NULL, "" },
	{ "print each off-cpu period of nginx", NULL, "not printed one by one" },
	/* waiting for a CPU after a wakeup */
	{ "how long does nginx wait for a cpu after it wakes up? usecs histogram",
	  "tracepoint:sched:sched_wakeup,tracepoint:sched:sched_wakeup_new /args->comm == \"nginx\"/ {\n"
	  "  assert(args->comm == \"nginx\", \"only nginx\");\n"
	  "  @start[args->pid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sched:sched_switch /@start[args->next_pid] != 0 && args->next_comm == \"nginx\"/ {\n"
	  "  assert(args->next_comm == \"nginx\", \"only nginx\");\n"
	  "  $ns = nsecs - @start[args->next_pid];\n"
	  "  delete(@start[args->next_pid]);\n"
	  "  @hist_us = hist($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "run queue latency histogram",
	  "tracepoint:sched:sched_wakeup,tracepoint:sched:sched_wakeup_new {\n"
	  "  @start[args->pid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sched:sched_switch /@start[args->next_pid] != 0/ {\n"
	  "  $ns = nsecs - @start[args->next_pid];\n"
	  "  delete(@start[args->next_pid]);\n"
	  "  @hist_us = hist($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	/* process lifetimes: a new process to its exit */
	{ "show process lifetimes in ms",
	  "tracepoint:task:task_newtask /!(args->clone_flags & 0x10000)/ {\n"
	  "  @start[args->pid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sched:sched_process_exit /@start[tid] != 0 && args->pid == pid/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  printf(\"%-16s %-7d ms %d\\n\", comm, pid, $ns / 1000000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "average lifetime of python3 processes in microseconds",
	  "tracepoint:task:task_newtask /!(args->clone_flags & 0x10000)/ {\n"
	  "  @start[args->pid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sched:sched_process_exit /@start[tid] != 0 && args->pid == pid/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  if (comm == \"python3\") {\n"
	  "    assert(comm == \"python3\", \"only python3\");\n"
	  "    @avg_us = avg($ns / 1000);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n", NULL },
	{ "average lifetime of python3 processes in ms", NULL, "under a millisecond counts as 0" },
	{ "off-CPU time of nginx every 5 seconds",
	  "tracepoint:sched:sched_switch /args->prev_comm == \"nginx\"/ {\n"
	  "  assert(args->prev_comm == \"nginx\", \"only nginx\");\n"
	  "  @start[args->prev_pid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sched:sched_switch /@start[args->next_pid] != 0 && args->next_comm == \"nginx\"/ {\n"
	  "  assert(args->next_comm == \"nginx\", \"only nginx\");\n"
	  "  $ns = nsecs - @start[args->next_pid];\n"
	  "  delete(@start[args->next_pid]);\n"
	  "  @sum_ns = sum($ns);\n"
	  "}\n"
	  "\n"
	  "interval:s:5 {\n"
	  "  print(@sum_ns);\n"
	  "  clear(@sum_ns);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "process lifetimes every 5 seconds", NULL, "whether to count, average, total" },
	{ "run queue latency every 5 seconds", NULL, "whether to count, average, total" },
	{ "histogram of disk I/O latency for nginx",
	  "tracepoint:block:block_rq_issue /comm == \"nginx\"/ {\n"
	  "  assert(comm == \"nginx\", \"only nginx\");\n"
	  "  @start[args->dev, args->sector] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:block:block_rq_complete /@start[args->dev, args->sector] != 0/ {\n"
	  "  $ns = nsecs - @start[args->dev, args->sector];\n"
	  "  delete(@start[args->dev, args->sector]);\n"
	  "  @hist_us = hist($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "count how many times nginx is switched off the cpu",
	  "tracepoint:sched:sched_switch /args->prev_comm == \"nginx\"/ {\n"
	  "  assert(args->prev_comm == \"nginx\", \"only nginx\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	/* sampled: a rate of its own */
	{ "sample ruby's user stacks 49 times a second and keep just the 5 hottest",
	  "profile:hz:49 /comm == \"ruby\"/ {\n"
	  "  assert(comm == \"ruby\", \"only ruby\");\n"
	  "  @count[ustack] = count();\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@count, 5);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "profile kernel stacks at 99 Hz",
	  "profile:hz:99 {\n"
	  "  @count[kstack] = count();\n"
	  "}\n",
	  NULL },
	{ "count reads 10 times per second", NULL, "for an event that is not sampled" },
	{ "profile at 20000 hz", NULL, "over 10000" },
	{ "print the kernel stack of each page fault",
	  "tracepoint:exceptions:page_fault_user,tracepoint:exceptions:page_fault_kernel {\n"
	  "  printf(\"%-16s %-7d kstack %s\\n\", comm, pid, kstack);\n"
	  "}\n",
	  NULL },
	/* page faults, OOM kills, retransmits */
	{ "count page faults by process and user stack",
	  "tracepoint:exceptions:page_fault_user,tracepoint:exceptions:page_fault_kernel {\n"
	  "  @count[comm, ustack] = count();\n"
	  "}\n",
	  NULL },
	{ "print user page faults of python3 with the address",
	  "tracepoint:exceptions:page_fault_user /comm == \"python3\"/ {\n"
	  "  assert(comm == \"python3\", \"only python3\");\n"
	  "  printf(\"%-16s %-7d address 0x%lx\\n\", comm, pid, args->address);\n"
	  "}\n",
	  NULL },
	{ "show OOM kills",
	  "tracepoint:oom:mark_victim {\n"
	  "  printf(\"%-16s %-7d\\n\", str(args->comm), args->pid);\n"
	  "}\n",
	  NULL },
	{ "count tcp retransmits by destination address",
	  "tracepoint:tcp:tcp_retransmit_skb {\n"
	  "  @count[ntop(args->daddr_v6)] = count();\n"
	  "}\n",
	  NULL },
	{ "count tcp retransmits per process", NULL, "outside the task it is about" },
	{ "tcp retransmits of nginx", NULL, "outside the task it is about" },
	{ "show unlinkat calls and whether they failed",
	  "tracepoint:syscalls:sys_exit_unlinkat {\n"
	  "  printf(\"%-16s %-7d ret %d\\n\", comm, pid, args->ret);\n"
	  "}\n",
	  NULL },
	/* "file opens": the call's words */
	{ "count file opens per user id",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count[uid] = count();\n"
	  "}\n",
	  NULL },
	{ "count renames per process name",
	  "tracepoint:syscalls:sys_enter_rename,tracepoint:syscalls:sys_enter_renameat,tracepoint:syscalls:sys_enter_renameat2 {\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "failed close() calls",
	  "tracepoint:syscalls:sys_exit_close /args->ret < 0/ {\n"
	  "  assert(args->ret < 0, \"a failed call\");\n"
	  "  printf(\"%-16s %-7d errno %d\\n\", comm, pid, -args->ret);\n"
	  "}\n",
	  NULL },
	{ "Measures how long each thread stays on CPU, histogram in microseconds",
	  "tracepoint:sched:sched_switch {\n"
	  "  @start[args->next_pid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sched:sched_switch /@start[args->prev_pid] != 0/ {\n"
	  "  $ns = nsecs - @start[args->prev_pid];\n"
	  "  delete(@start[args->prev_pid]);\n"
	  "  @hist_us[args->prev_comm, args->prev_pid] = hist($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "which threads get switched out most often?",
	  "tracepoint:sched:sched_switch {\n"
	  "  @count[args->prev_comm, tid] = count();\n"
	  "}\n",
	  NULL },
	{ "kmalloc allocations bigger than 4096 bytes with a kernel stack",
	  "tracepoint:kmem:kmalloc /args->bytes_alloc > 4096/ {\n"
	  "  assert(args->bytes_alloc > 4096, \"bigger than 4096 bytes\");\n"
	  "  printf(\"%-16s %-7d bytes %u kstack %s\\n\", comm, pid, args->bytes_alloc, kstack);\n"
	  "}\n",
	  NULL },
	{ "print each TCP reset that arrives, showing local and remote port",
	  "tracepoint:tcp:tcp_receive_reset {\n"
	  "  printf(\"address %s port %d localport %d\\n\", ntop(args->daddr_v6), args->dport, args->sport);\n"
	  "}\n", NULL },
	{ "Logs OOM kills with the victim's pid",
	  "tracepoint:oom:mark_victim {\n"
	  "  printf(\"%-16s %-7d\\n\", str(args->comm), args->pid);\n"
	  "}\n",
	  NULL },
	{ "what's the distribution of disk I/O latency per disk?",
	  "tracepoint:block:block_rq_issue {\n"
	  "  @start[args->dev, args->sector] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:block:block_rq_complete /@start[args->dev, args->sector] != 0/ {\n"
	  "  $ns = nsecs - @start[args->dev, args->sector];\n"
	  "  delete(@start[args->dev, args->sector]);\n"
	  "  @hist_us[args->dev] = hist($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "off-cpu time histogram for redis-server in ms",
	  "tracepoint:sched:sched_switch /args->prev_comm == \"redis-server\"/ {\n"
	  "  assert(args->prev_comm == \"redis-server\", \"only redis-server\");\n"
	  "  @start[args->prev_pid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sched:sched_switch /@start[args->next_pid] != 0 && args->next_comm == \"redis-server\"/ {\n"
	  "  assert(args->next_comm == \"redis-server\", \"only redis-server\");\n"
	  "  $ns = nsecs - @start[args->next_pid];\n"
	  "  delete(@start[args->next_pid]);\n"
	  "  @hist_ms = hist($ns / 1000000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "top 10 thread ids by syscall count",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count[comm, tid] = count();\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@count, 10);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "opens over 1 MB", NULL, "has no size" },
	{ "reads longer than 5 m", NULL, "" },
	{ "count write calls by pid where the size is at least 512 bytes",
	  "tracepoint:syscalls:sys_exit_write /args->ret > 0 && args->ret >= 512/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  assert(args->ret >= 512, \"size is at least 512 bytes\");\n"
	  "  @count[pid] = count();\n"
	  "}\n",
	  NULL },
	/* (as the dataset's own "which processes open the most files": the
	 * opens, not distinct files) */
	{ "which user opens the most files",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count[uid] = count();\n"
	  "}\n", NULL },
	{ "which user reads the most files", NULL, "no file name" },
	{ "processes writing more than 1 MB per second", NULL, "and an interval" },
	{ "who makes the most syscalls, every 5 seconds",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:5 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "most frequent failing syscalls per process",
	  "tracepoint:raw_syscalls:sys_exit /args->ret < 0/ {\n"
	  "  assert(args->ret < 0, \"failing\");\n"
	  "  @count[comm, args->id] = count();\n"
	  "}\n",
	  NULL },
	{ "how many times does each process call write, and how many bytes",
	  "tracepoint:syscalls:sys_exit_write {\n"
	  "  @count[comm] = count();\n"
	  "  if (args->ret > 0) {\n"
	  "    assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "    @sum_bytes[comm] = sum(args->ret);\n"
	  "  }\n"
	  "}\n",
	  NULL },
	/* ranking with no number: what is ranked is keyed, all printed
	 * (bpftrace prints a map sorted) */
	{ "top syscalls made by nginx",
	  "tracepoint:raw_syscalls:sys_enter /comm == \"nginx\"/ {\n"
	  "  assert(comm == \"nginx\", \"only nginx\");\n"
	  "  @count[args->id] = count();\n"
	  "}\n",
	  NULL },
	{ "Lists the most frequent syscalls per process, sorted",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count[comm, args->id] = count();\n"
	  "}\n",
	  NULL },
	{ "which syscalls are called the most",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count[args->id] = count();\n"
	  "}\n",
	  NULL },
	/* TCP connects: the state change an active open makes, in the
	 * connecting task; the address as IPv6 (an IPv4 one mapped) */
	{ "show tcp connections with the destination address and port",
	  "tracepoint:sock:inet_sock_set_state /args->protocol == 6 && args->oldstate == 7 && "
	  "args->newstate == 2/ {\n"
	  "  assert(args->protocol == 6 && args->oldstate == 7 && args->newstate == 2, \"tcp\");\n"
	  "  printf(\"%-16s %-7d address %s port %d\\n\", comm, pid, ntop(args->daddr_v6), "
	  "args->dport);\n"
	  "}\n",
	  NULL },
	{ "count outbound connections by destination port",
	  "tracepoint:sock:inet_sock_set_state /args->protocol == 6 && args->oldstate == 7 && "
	  "args->newstate == 2/ {\n"
	  "  assert(args->protocol == 6 && args->oldstate == 7 && args->newstate == 2, "
	  "\"outbound connections\");\n"
	  "  @count[args->dport] = count();\n"
	  "}\n",
	  NULL },
	{ "count tcp connect calls", NULL, "" },
	{ "show tcp connections from port 8080", NULL, "the source's port is not said" },
	/* a file name of the entry, carried to the exit where the result is */
	{ "monitor failed openat calls with the filename and errno",
	  "tracepoint:syscalls:sys_enter_openat {\n"
	  "  @entered[tid] = 1;\n"
	  "  @filename[tid] = str(args->filename);\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_openat /@entered[tid] != 0/ {\n"
	  "  delete(@entered[tid]);\n"
	  "  $filename = @filename[tid];\n"
	  "  delete(@filename[tid]);\n"
	  "  if (args->ret < 0) {\n"
	  "    assert(args->ret < 0, \"a failed call\");\n"
	  "    printf(\"%-16s %-7d filename %s errno %d\\n\", comm, pid, $filename, -args->ret);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@entered);\n"
	  "  clear(@filename);\n"
	  "}\n",
	  NULL },
	{ "count failed execve calls by file name, every 10 seconds",
	  "tracepoint:syscalls:sys_enter_execve {\n"
	  "  @entered[tid] = 1;\n"
	  "  @filename[tid] = str(args->filename);\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_execve /@entered[tid] != 0/ {\n"
	  "  delete(@entered[tid]);\n"
	  "  $filename = @filename[tid];\n"
	  "  delete(@filename[tid]);\n"
	  "  if (args->ret < 0) {\n"
	  "    assert(args->ret < 0, \"failed\");\n"
	  "    @count[$filename] = count();\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "interval:s:10 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@entered);\n"
	  "  clear(@filename);\n"
	  "}\n",
	  NULL },
	{ "print every setuid call by nginx",
	  "tracepoint:syscalls:sys_enter_setuid /comm == \"nginx\"/ {\n"
	  "  assert(comm == \"nginx\", \"only nginx\");\n"
	  "  printf(\"%-16s %-7d\\n\", comm, pid);\n"
	  "}\n",
	  NULL },
	{ "count kills by pid", NULL,
	  "it says \"pid\", and the event has a pid of its own besides the current task's: which one is not said" },
	{ "count syscalls of /usr/bin/python3", NULL,
	  "it names a binary (\"/usr/bin/python3\") but no function of it the lexicon knows" },
	{ "print kills by \"x\\\");printf(\\\"rm\"", NULL,
	  "\"x\\\" is not a name a process can have here" },
	{ "print kills by \"x\\\");system(\\\"rm\"", NULL,
	  "it is not a tracing task" },
	{ "count opens and reads",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count_opens = count();\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_enter_read {\n"
	  "  @count_reads = count();\n"
	  "}\n", NULL },
	{ "count opens, reads", NULL, "it names two events (\"opens\" and \"reads\")" },
	{ "show reads and writes by nginx",
	  "tracepoint:syscalls:sys_enter_read /comm == \"nginx\"/ {\n"
	  "  assert(comm == \"nginx\", \"only nginx\");\n"
	  "  printf(\"reads %-16s %-7d\\n\", comm, pid);\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_enter_write /comm == \"nginx\"/ {\n"
	  "  assert(comm == \"nginx\", \"only nginx\");\n"
	  "  printf(\"writes %-16s %-7d\\n\", comm, pid);\n"
	  "}\n", NULL },
	{ "count reads and write bytes", NULL, "it names two events" },
	{ "count reads and writes by process every 5 seconds",
	  "tracepoint:syscalls:sys_enter_read {\n"
	  "  @count_reads[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:5 {\n"
	  "  print(@count_reads);\n"
	  "  clear(@count_reads);\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_enter_write {\n"
	  "  @count_writes[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:5 {\n"
	  "  print(@count_writes);\n"
	  "  clear(@count_writes);\n"
	  "}\n", NULL },
	{ "how many reads and writes does each process do?",
	  "tracepoint:syscalls:sys_enter_read {\n"
	  "  @count_reads[comm] = count();\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_enter_write {\n"
	  "  @count_writes[comm] = count();\n"
	  "}\n", NULL },
	{ "opens vs closes per second",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count_opens = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count_opens);\n"
	  "  clear(@count_opens);\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_enter_close {\n"
	  "  @count_closes = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count_closes);\n"
	  "  clear(@count_closes);\n"
	  "}\n", NULL },
	{ "count reads by nginx and writes by apache", NULL, "" },
	{ "count 5 kills", NULL,
	  "it has a number (\"5\") it has no place for" },
	{ "trace kills sent to nginx", NULL,
	  "it asks for \"sent\", which the event has no field for" },
	{ "top 5 processes by number of kmalloc calls",
	  "tracepoint:kmem:kmalloc {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@count, 5);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "average bytes per kmalloc by process",
	  "tracepoint:kmem:kmalloc {\n"
	  "  @avg_bytes[comm] = avg(args->bytes_alloc);\n"
	  "}\n",
	  NULL },
	{ "print the arguments of malloc in /usr/bin/python3", NULL,
	  "/usr/bin/python3 does not define malloc(): it is a library's (ask for its calls by a process)" },
	{ "summarize context switches per cpu every 2 seconds",
	  "tracepoint:sched:sched_switch {\n"
	  "  @count[cpu] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:2 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "print each context switch", NULL,
	  "it asks for each context switch, which is counted or measured, not printed one by one" },
	/* "how much": a total; "data" its bytes, but never of each event */
	{ "how much data is read per process?",
	  "tracepoint:syscalls:sys_exit_read /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @sum_bytes[comm] = sum(args->ret);\n"
	  "}\n",
	  NULL },
	{ "how much time does each process spend in fdatasync",
	  "tracepoint:syscalls:sys_enter_fdatasync {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_fdatasync /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  @sum_ns[comm] = sum($ns);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "print the data written by nginx", NULL, "its size or its content is not said" },
	{ "how much does nginx write", NULL, "without saying of what" },
	/* the process that segfaulted: the thread that faults, where the
	 * signal is made (a SIGSEGV from another process is no segfault) */
	{ "how many segfaults per process",
	  "tracepoint:signal:signal_generate /args->sig == 11 && args->pid == tid/ {\n"
	  "  assert(args->sig == 11 && args->pid == tid, \"segfaults\");\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	/* signals: "to" the target, "from" / "sent by" the sender, a signal
	 * by its name */
	{ "who sent signal 9 to pid 1234?",
	  "tracepoint:signal:signal_generate /args->pid == 1234 && args->sig == 9/ {\n"
	  "  assert(args->pid == 1234, \"only pid 1234\");\n"
	  "  assert(args->sig == 9, \"only signal 9\");\n"
	  "  printf(\"%-16s %-7d target %d target_comm %s signal %d\\n\", comm, pid, args->pid, args->comm, args->sig);\n"
	  "}\n", NULL },
	{ "show all signals sent to nginx",
	  "tracepoint:signal:signal_generate /args->comm == \"nginx\"/ {\n"
	  "  assert(args->comm == \"nginx\", \"only nginx\");\n"
	  "  printf(\"%-16s %-7d target %d target_comm %s signal %d\\n\", comm, pid, args->pid, args->comm, args->sig);\n"
	  "}\n", NULL },
	{ "count signals sent by nginx, by signal",
	  "tracepoint:signal:signal_generate /comm == \"nginx\"/ {\n"
	  "  assert(comm == \"nginx\", \"only nginx\");\n"
	  "  @count[args->sig] = count();\n"
	  "}\n",
	  NULL },
	{ "trace SIGTERM, show the sender command and the target pid",
	  "tracepoint:signal:signal_generate /args->sig == 15/ {\n"
	  "  assert(args->sig == 15, \"only SIGTERM\");\n"
	  "  printf(\"%-16s %-7d target %d target_comm %s signal %d\\n\", comm, pid, args->pid, args->comm, args->sig);\n"
	  "}\n", NULL },
	{ "who is sending SIGKILL to processes?",
	  "tracepoint:signal:signal_generate /args->sig == 9/ {\n"
	  "  assert(args->sig == 9, \"only SIGKILL\");\n"
	  "  printf(\"%-16s %-7d target %d target_comm %s signal %d\\n\", comm, pid, args->pid, args->comm, args->sig);\n"
	  "}\n", NULL },
	{ "count signals sent to each process",
	  "tracepoint:signal:signal_generate {\n"
	  "  @count[args->comm] = count();\n"
	  "}\n",
	  NULL },
	{ "show signals sent to nginx from pid 42",
	  "tracepoint:signal:signal_generate /args->comm == \"nginx\" && pid == 42/ {\n"
	  "  assert(args->comm == \"nginx\", \"only nginx\");\n"
	  "  assert(pid == 42, \"only pid 42\");\n"
	  "  printf(\"%-16s %-7d target %d target_comm %s signal %d\\n\", comm, pid, args->pid, args->comm, args->sig);\n"
	  "}\n", NULL },
	{ "count signals sent, by sender process name",
	  "tracepoint:signal:signal_generate {\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	/* "who": a summary by process */
	{ "who sends signals to pid 1234, every 5 seconds",
	  "tracepoint:signal:signal_generate /args->pid == 1234/ {\n"
	  "  assert(args->pid == 1234, \"only pid 1234\");\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:5 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "who writes the most bytes?",
	  "tracepoint:syscalls:sys_exit_write /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @sum_bytes[comm] = sum(args->ret);\n"
	  "}\n",
	  NULL },
	{ "who sends signal 0?", NULL, "signal 0, which is never sent" },
	{ "who sends signal 65?", NULL, "signal 65, which is never sent" },
	{ "signals sent from pid 1 to pid 2", NULL, "it names two pids (1 and 2)" },
	{ "show signals nginx sent", NULL, "which one is not said" },
	{ "trace SIGTERM and SIGKILL", NULL, "it names two signals (SIGTERM and SIGKILL)" },
	{ "trace kills to nginx", NULL, "cannot keep kills to it" },
	{ "count opens to nginx", NULL, "cannot keep" },
	{ "count failed setuid calls by errno",
	  "tracepoint:syscalls:sys_exit_setuid /args->ret < 0/ {\n"
	  "  assert(args->ret < 0, \"a failed call\");\n"
	  "  @count[-args->ret] = count();\n"
	  "}\n",
	  NULL },
	{ "total bytes written by each process",
	  "tracepoint:syscalls:sys_exit_write /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @sum_bytes[comm] = sum(args->ret);\n"
	  "}\n",
	  NULL },
	{ "summarize read sizes", NULL,
	  "it does not say whether to count, total or make a histogram of \"sizes\"" },
	{ "syscalls by process every 5 seconds",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:5 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "segfaults in nginx",
	  "tracepoint:signal:signal_generate /comm == \"nginx\" && args->sig == 11 && args->pid == tid/ {\n"
	  "  assert(comm == \"nginx\", \"only nginx\");\n"
	  "  assert(args->sig == 11 && args->pid == tid, \"segfaults\");\n"
	  "  printf(\"%-16s %-7d\\n\", comm, pid);\n"
	  "}\n",
	  NULL },
	{ "print every segfault",
	  "tracepoint:signal:signal_generate /args->sig == 11 && args->pid == tid/ {\n"
	  "  assert(args->sig == 11 && args->pid == tid, \"segfault\");\n"
	  "  printf(\"%-16s %-7d\\n\", comm, pid);\n"
	  "}\n",
	  NULL },
	{ "print every kill by target", NULL,
	  "it groups by \"target\" without a count, a total or a histogram" },
	{ "how many files are deleted per user",
	  "tracepoint:syscalls:sys_enter_unlink,tracepoint:syscalls:sys_enter_unlinkat {\n"
	  "  @count[uid] = count();\n"
	  "}\n",
	  NULL },
	{ "log file deletions and who did them",
	  "tracepoint:syscalls:sys_enter_unlink,tracepoint:syscalls:sys_enter_unlinkat {\n"
	  "  printf(\"%-16s %-7d file %s\\n\", comm, pid, str(args->pathname));\n"
	  "}\n",
	  NULL },
	{ "monitor forks",
	  "tracepoint:task:task_newtask /!(args->clone_flags & 0x10000)/ {\n"
	  "  printf(\"%-16s %-7d child %d\\n\", comm, pid, args->pid);\n"
	  "}\n",
	  NULL },
	{ "monitor kills",
	  "tracepoint:syscalls:sys_enter_kill {\n"
	  "  printf(\"%-16s %-7d target %d signal %d\\n\", comm, pid, args->pid, args->sig);\n"
	  "}\n",
	  NULL },
	{ "TCP bytes sent per process",
	  "tracepoint:sock:sock_send_length /args->ret > 0 && args->protocol == 6/ {\n"
	  "  assert(args->ret > 0, \"only what it measures\");\n"
	  "  assert(args->protocol == 6, \"TCP\");\n"
	  "  @sum_bytes[comm] = sum(args->ret);\n"
	  "}\n",
	  NULL },
	{ "count tcp sends and total bytes sent by process",
	  "tracepoint:sock:sock_send_length /args->protocol == 6/ {\n"
	  "  assert(args->protocol == 6, \"tcp\");\n"
	  "  @count[comm] = count();\n"
	  "  if (args->ret > 0) {\n"
	  "    assert(args->ret > 0, \"only what it measures\");\n"
	  "    @sum_bytes[comm] = sum(args->ret);\n"
	  "  }\n"
	  "}\n",
	  NULL },
	{ "show failed openat calls with the error",
	  "tracepoint:syscalls:sys_exit_openat /args->ret < 0/ {\n"
	  "  assert(args->ret < 0, \"a failed call\");\n"
	  "  printf(\"%-16s %-7d errno %d\\n\", comm, pid, -args->ret);\n"
	  "}\n",
	  NULL },
	{ "count failed opens and their errors by process",
	  "tracepoint:syscalls:sys_exit_open,tracepoint:syscalls:sys_exit_openat /args->ret < 0/ {\n"
	  "  assert(args->ret < 0, \"a failed call\");\n"
	  "  @count[comm, -args->ret] = count();\n"
	  "}\n",
	  NULL },
	{ "count successful opens by process",
	  "tracepoint:syscalls:sys_exit_open,tracepoint:syscalls:sys_exit_openat /args->ret >= 0/ {\n"
	  "  assert(args->ret >= 0, \"successful\");\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	{ "show successful opens with the filename",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @entered[tid] = 1;\n"
	  "  @filename[tid] = str(args->filename);\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_open,tracepoint:syscalls:sys_exit_openat /@entered[tid] != 0/ {\n"
	  "  delete(@entered[tid]);\n"
	  "  $filename = @filename[tid];\n"
	  "  delete(@filename[tid]);\n"
	  "  if (args->ret >= 0) {\n"
	  "    assert(args->ret >= 0, \"successful\");\n"
	  "    printf(\"%-16s %-7d filename %s\\n\", comm, pid, $filename);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@entered);\n"
	  "  clear(@filename);\n"
	  "}\n", NULL },
	{ "how many connect calls succeeded, per process",
	  "tracepoint:syscalls:sys_exit_connect /args->ret >= 0/ {\n"
	  "  assert(args->ret >= 0, \"succeeded\");\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	{ "count successful and failed opens", NULL, "calls that failed and calls that succeeded" },
	{ "count successful opens by errno", NULL, "of calls that succeeded" },
	{ "successful ENOENT opens", NULL, "succeeded" },
	{ "successful page faults by process", NULL, "of an event that returns nothing" },
	{ "count opens by uid 0",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /uid == 0/ {\n"
	  "  assert(uid == 0, \"only uid 0\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "show files opened by user 1000",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /uid == 1000/ {\n"
	  "  assert(uid == 1000, \"only user 1000\");\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n", NULL },
	{ "count opens per cpu 1",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /cpu == 1/ {\n"
	  "  assert(cpu == 1, \"only cpu 1\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "count opens by user 1000 per process",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /uid == 1000/ {\n"
	  "  assert(uid == 1000, \"only user 1000\");\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	{ "count opens by uid 0 or 1000", NULL, "no place for" },
	{ "histogram of read sizes in KB",
	  "tracepoint:syscalls:sys_exit_read /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @hist_KB = hist(args->ret / 1024);\n"
	  "}\n", NULL },
	{ "histogram of bytes written in kilobytes per process",
	  "tracepoint:syscalls:sys_exit_write /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @hist_KB[comm] = hist(args->ret / 1024);\n"
	  "}\n", NULL },
	{ "max read size in KB",
	  "tracepoint:syscalls:sys_exit_read /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @max_KB = max(args->ret / 1024);\n"
	  "}\n", NULL },
	{ "trace mmap calls with size in KB",
	  "tracepoint:syscalls:sys_enter_mmap {\n"
	  "  printf(\"%-16s %-7d KB %u\\n\", comm, pid, args->len / 1024);\n"
	  "}\n", NULL },
	{ "count reads in KB", NULL, "of no size it measures" },
	{ "histogram of read latency in KB", NULL, "of no size it measures" },
	{ "histogram of read sizes in KB in MB", NULL, "two units of size" },
	{ "yo can you list every file that nginx opens",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /comm == \"nginx\"/ {\n"
	  "  assert(comm == \"nginx\", \"only nginx\");\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n", NULL },
	{ "hey, would you mind counting opens by process, thanks",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	{ "count syscalls by syscall number",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count[args->id] = count();\n"
	  "}\n", NULL },
	{ "I'd like to count mmap calls by process for the next 30 seconds and then stop",
	  "tracepoint:syscalls:sys_enter_mmap {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:30 {\n"
	  "  exit();\n"
	  "}\n", NULL },
	{ "accepts per second",
	  "tracepoint:syscalls:sys_enter_accept,tracepoint:syscalls:sys_enter_accept4 {\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n", NULL },
	{ "trace tcp resets",
	  "tracepoint:tcp:tcp_receive_reset {\n"
	  "  printf(\"address %s port %d\\n\", ntop(args->daddr_v6), args->dport);\n"
	  "}\n", NULL },
	{ "count opens by file handle", NULL, "handle" },
	{ "count opens that did not fail",
	  "tracepoint:syscalls:sys_exit_open,tracepoint:syscalls:sys_exit_openat /args->ret >= 0/ {\n"
	  "  assert(args->ret >= 0, \"did not fail\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "histogram of read sizes, ignoring failures",
	  "tracepoint:syscalls:sys_exit_read /args->ret > 0 && args->ret >= 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  assert(args->ret >= 0, \"ignoring failures\");\n"
	  "  @hist_bytes = hist(args->ret);\n"
	  "}\n", NULL },
	{ "so um, yo, trace tcp retransmits for 30 seconds and then stop, thanks",
	  "tracepoint:tcp:tcp_retransmit_skb {\n"
	  "  printf(\"address %s port %d\\n\", ntop(args->daddr_v6), args->dport);\n"
	  "}\n"
	  "\n"
	  "interval:s:30 {\n"
	  "  exit();\n"
	  "}\n", NULL },
	{ "count opens with no errors by process",
	  "tracepoint:syscalls:sys_exit_open,tracepoint:syscalls:sys_exit_openat /args->ret >= 0/ {\n"
	  "  assert(args->ret >= 0, \"with no errors\");\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	{ "count failed opens that did not fail", NULL, "failed and calls that succeeded" },
	{ "count opens by root per process",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /uid == 0/ {\n"
	  "  assert(uid == 0, \"only root\");\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	{ "show files opened by the root user",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /uid == 0/ {\n"
	  "  assert(uid == 0, \"only root user\");\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n", NULL },
	{ "count opens in the root directory", NULL, "root" },
	{ "count opens by root and uid 1000", NULL, "two values" },
	{ "count opens on cpu 0 and cpu 1", NULL, "two values" },
	{ "count opens that fail with errno 13 by process",
	  "tracepoint:syscalls:sys_exit_open,tracepoint:syscalls:sys_exit_openat /args->ret == -13/ {\n"
	  "  assert(args->ret == -13, \"only errno 13\");\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	{ "count opens with errno 13 and ENOENT", NULL, "two errors" },
	{ "count exits by uid 1000",
	  "tracepoint:sched:sched_process_exit /uid == 1000 && args->pid == pid/ {\n"
	  "  assert(uid == 1000, \"only uid 1000\");\n"
	  "  assert(args->pid == pid, \"exits\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "count opens for 10 seconds then exit",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:10 {\n"
	  "  exit();\n"
	  "}\n", NULL },
	{ "count kills of root processes", NULL, "root" },
	{ "Give me a per-process count of failed reads",
	  "tracepoint:syscalls:sys_exit_read /args->ret < 0/ {\n"
	  "  assert(args->ret < 0, \"failed\");\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	{ "Monitors file deletions and reports which process removed which file",
	  "tracepoint:syscalls:sys_enter_unlink,tracepoint:syscalls:sys_enter_unlinkat {\n"
	  "  printf(\"%-16s %-7d file %s\\n\", comm, pid, str(args->pathname));\n"
	  "}\n", NULL },
	{ "show tcp connects for the next minute",
	  "tracepoint:sock:inet_sock_set_state /args->protocol == 6 && args->oldstate == 7 && args->newstate == 2/ {\n"
	  "  assert(args->protocol == 6 && args->oldstate == 7 && args->newstate == 2, \"tcp\");\n"
	  "  printf(\"%-16s %-7d\\n\", comm, pid);\n"
	  "}\n"
	  "\n"
	  "interval:s:60 {\n"
	  "  exit();\n"
	  "}\n", NULL },
	{ "trace execs for a minute then exit",
	  "tracepoint:syscalls:sys_enter_execve {\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n"
	  "\n"
	  "interval:s:60 {\n"
	  "  exit();\n"
	  "}\n", NULL },
	{ "count opens and exit after 10 seconds",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:10 {\n"
	  "  exit();\n"
	  "}\n", NULL },
	{ "count opens then stop after 30 seconds",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:30 {\n"
	  "  exit();\n"
	  "}\n", NULL },
	{ "show opens that failed with errno 13",
	  "tracepoint:syscalls:sys_exit_open,tracepoint:syscalls:sys_exit_openat /args->ret == -13/ {\n"
	  "  assert(args->ret == -13, \"only errno 13\");\n"
	  "  printf(\"%-16s %-7d\\n\", comm, pid);\n"
	  "}\n", NULL },
	{ "count opens that worked",
	  "tracepoint:syscalls:sys_exit_open,tracepoint:syscalls:sys_exit_openat /args->ret >= 0/ {\n"
	  "  assert(args->ret >= 0, \"that worked\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "count opens that did not succeed",
	  "tracepoint:syscalls:sys_exit_open,tracepoint:syscalls:sys_exit_openat /args->ret < 0/ {\n"
	  "  assert(args->ret < 0, \"did not succeed\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "count signals sent by process",
	  "tracepoint:signal:signal_generate {\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	{ "count signals sent to each process",
	  "tracepoint:signal:signal_generate {\n"
	  "  @count[args->comm] = count();\n"
	  "}\n", NULL },
	{ "Summarizes fsync latency in milliseconds",
	  "tracepoint:syscalls:sys_enter_fsync {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_fsync /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  @hist_ms = hist($ns / 1000000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n", NULL },
	{ "summarize read latency by process",
	  "tracepoint:syscalls:sys_enter_read {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_read /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  @hist_us[comm] = hist($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n", NULL },
	{ "measure nanosleep duration per process", NULL, "whether to count, total or make" },
	{ "I'd love to know how many opens each process makes, would be great",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	{ "summarize how long each process spends in write", NULL, "a summary, and for each one" },
	{ "count opens, success or failure", NULL, "no such key" },
	{ "count opens by success or failure", NULL, "no such key" },
	{ "would be great if you could count signals sent by process",
	  "tracepoint:signal:signal_generate {\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	{ "stop after 30 seconds and count writes",
	  "tracepoint:syscalls:sys_enter_write {\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:30 {\n"
	  "  exit();\n"
	  "}\n", NULL },
	{ "total reads and writes per process", NULL, "" },
	/* a coverage pass: "named", "uprobe", "then clear it", "as they are
	 * started" add nothing; "type" of a softirq is its vector; "to whom"
	 * the target; a retransmit's source address; CPU usage is sampled */
	{ "count reads by the process named nginx",
	  "tracepoint:syscalls:sys_enter_read /comm == \"nginx\"/ {\n"
	  "  assert(comm == \"nginx\", \"only nginx\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "print a histogram of write sizes every 10 seconds then clear it",
	  "tracepoint:syscalls:sys_exit_write /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @hist_bytes = hist(args->ret);\n"
	  "}\n"
	  "\n"
	  "interval:s:10 {\n"
	  "  print(@hist_bytes);\n"
	  "  clear(@hist_bytes);\n"
	  "}\n", NULL },
	{ "count softirqs by type",
	  "tracepoint:irq:softirq_entry {\n"
	  "  @count[args->vec] = count();\n"
	  "}\n", NULL },
	{ "Traces TCP retransmissions and prints the source and destination addresses.",
	  "tracepoint:tcp:tcp_retransmit_skb {\n"
	  "  printf(\"address %s port %d source %s\\n\", ntop(args->daddr_v6), args->dport, ntop(args->saddr_v6));\n"
	  "}\n", NULL },
	{ "cpu usage sampling by process at 99 hertz",
	  "profile:hz:99 {\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	{ "trace uprobe on readline in bash",
	  "uprobe:/usr/bin/bash:readline {\n"
	  "  printf(\"%-16s %-7d\\n\", comm, pid);\n"
	  "}\n", NULL },
	{ "print each kill and to whom",
	  "tracepoint:syscalls:sys_enter_kill {\n"
	  "  printf(\"%-16s %-7d target %d signal %d\\n\", comm, pid, args->pid, args->sig);\n"
	  "}\n", NULL },
	{ "count tcp connects by source address", NULL, "source" },
	/* packets received or sent by interface (no task: softirq), timers
	 * expiring, new threads */
	{ "count network packets received per interface",
	  "tracepoint:net:netif_receive_skb {\n"
	  "  @count[str(args->name)] = count();\n"
	  "}\n", NULL },
	{ "bytes received per interface", NULL, "names no event" },
	{ "total bytes of packets received per interface",
	  "tracepoint:net:netif_receive_skb {\n"
	  "  @sum_bytes[str(args->name)] = sum(args->len);\n"
	  "}\n", NULL },
	{ "count packets sent by interface every second",
	  "tracepoint:net:net_dev_xmit /args->rc == 0/ {\n"
	  "  assert(args->rc == 0, \"packets\");\n"
	  "  @count[str(args->name)] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n", NULL },
	{ "count incoming packets by process", NULL, "outside the task" },
	{ "count timer expirations",
	  "tracepoint:timer:timer_expire_entry {\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "count timer expirations by function",
	  "tracepoint:timer:timer_expire_entry {\n"
	  "  @count[ksym(args->function)] = count();\n"
	  "}\n", NULL },
	{ "trace new threads being created",
	  "tracepoint:task:task_newtask /args->clone_flags & 0x10000/ {\n"
	  "  assert(args->clone_flags & 0x10000, \"new threads being created\");\n"
	  "  printf(\"%-16s %-7d child %d\\n\", comm, pid, args->pid);\n"
	  "}\n", NULL },
	{ "count threads created per process",
	  "tracepoint:task:task_newtask /args->clone_flags & 0x10000/ {\n"
	  "  assert(args->clone_flags & 0x10000, \"threads\");\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	{ "count network packets sent",
	  "tracepoint:net:net_dev_xmit /args->rc == 0/ {\n"
	  "  assert(args->rc == 0, \"network\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "print every new thread with its parent",
	  "tracepoint:task:task_newtask /args->clone_flags & 0x10000/ {\n"
	  "  assert(args->clone_flags & 0x10000, \"new thread\");\n"
	  "  printf(\"%-16s %-7d child %d\\n\", comm, pid, args->pid);\n"
	  "}\n", NULL },
	/* an adversarial pass: a process or pid kept out at an event about
	 * two tasks (exec: the caller or the program; a context switch: the
	 * task out or in) only when the one acting is said; a file named is
	 * no process */
	{ "trace execs of anything except ls", NULL, "which is about two tasks" },
	{ "count execs excluding ls", NULL, "which is about two tasks" },
	{ "count context switches to anything except nginx", NULL, "which is about two tasks" },
	{ "count context switches except pid 1", NULL, "which is about two tasks" },
	{ "kills not from bash",
	  "tracepoint:syscalls:sys_enter_kill /comm != \"bash\"/ {\n"
	  "  assert(comm != \"bash\", \"not from bash\");\n"
	  "  printf(\"%-16s %-7d target %d signal %d\\n\", comm, pid, args->pid, args->sig);\n"
	  "}\n", NULL },
	{ "count execs except by bash",
	  "tracepoint:syscalls:sys_enter_execve /comm != \"bash\"/ {\n"
	  "  assert(comm != \"bash\", \"except by bash\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "count context switches to the process named nginx", NULL, "sent to" },
	{ "count opens of the file named nginx", NULL, "names a file by its name" },
	/* a port at an event with a local and a remote one; "besides" may
	 * be "as well as" */
	{ "show tcp retransmits for port 443", NULL, "a local and a remote one" },
	{ "count opens besides nginx", NULL, "besides" },
	/* stdin, stdout and stderr are fds 0, 1 and 2; a process using the
	 * CPU is sampled */
	{ "count writes to stdout per process",
	  "tracepoint:syscalls:sys_enter_write /args->fd == 1/ {\n"
	  "  assert(args->fd == 1, \"only stdout\");\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	{ "count writes by process except to stderr",
	  "tracepoint:syscalls:sys_enter_write /args->fd != 2/ {\n"
	  "  assert(args->fd != 2, \"except to stderr\");\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	{ "count writes to stdout and stderr", NULL, "stderr" },
	{ "which process is using the most cpu?",
	  "profile:hz:99 {\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	/* "alert me", "if" add nothing */
	{ "alert me if anyone sends SIGHUP to nginx",
	  "tracepoint:signal:signal_generate /args->comm == \"nginx\" && args->sig == 1/ {\n"
	  "  assert(args->comm == \"nginx\", \"only nginx\");\n"
	  "  assert(args->sig == 1, \"only SIGHUP\");\n"
	  "  printf(\"%-16s %-7d target %d target_comm %s signal %d\\n\", comm, pid, args->pid, args->comm, args->sig);\n"
	  "}\n", NULL },
	{ "warn me when a disk write takes more than 100 ms",
	  "tracepoint:block:block_rq_issue /strncmp(args->rwbs, \"W\", 1) == 0 || strncmp(args->rwbs, \"FW\", 2) == 0/ {\n"
	  "  assert(strncmp(args->rwbs, \"W\", 1) == 0 || strncmp(args->rwbs, \"FW\", 2) == 0, \"disk\");\n"
	  "  @start[args->dev, args->sector] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:block:block_rq_complete /@start[args->dev, args->sector] != 0/ {\n"
	  "  $ns = nsecs - @start[args->dev, args->sector];\n"
	  "  delete(@start[args->dev, args->sector]);\n"
	  "  if ($ns > 100000000) {\n"
	  "    assert($ns > 100000000, \"more than 100 ms\");\n"
	  "    printf(\"ms %d\\n\", $ns / 1000000);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n", NULL },
	/* an adversarial pass: "the process named sshd", "if the process is
	 * nginx" name a process, no grouping; at an exec the process said
	 * to be curl is not the caller; idle CPU is no root's */
	{ "print opens by the process named sshd",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /comm == \"sshd\"/ {\n"
	  "  assert(comm == \"sshd\", \"only sshd\");\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n", NULL },
	{ "count syscalls if the process is not root",
	  "tracepoint:raw_syscalls:sys_enter /uid != 0/ {\n"
	  "  assert(uid != 0, \"not root\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "print execs if the command is curl", NULL, "comm is the caller's name" },
	{ "CPU usage by user", NULL, "idle task" },
	{ "trace signals sent to the process named nginx",
	  "tracepoint:signal:signal_generate /args->comm == \"nginx\"/ {\n"
	  "  assert(args->comm == \"nginx\", \"only nginx\");\n"
	  "  printf(\"%-16s %-7d target %d target_comm %s signal %d\\n\", comm, pid, args->pid, args->comm, args->sig);\n"
	  "}\n", NULL },
	/* "every file written": the files asked for, which a write has not */
	{ "log every file written by vim", NULL, "has no file name" },
	{ "count file writes by process",
	  "tracepoint:syscalls:sys_enter_write {\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	/* a review: "but for nginx" keeps to nginx (declined, never kept
	 * out); a stream is the event's own, not where totals are printed; a
	 * name both kept to and out; what a count of bytes counts */
	{ "trace file opens, but for nginx only", NULL, "leaves something out (\"but\")" },
	{ "show execs, but from bash", NULL, "leaves something out (\"but\")" },
	{ "count opens from anything but nginx",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /comm != \"nginx\"/ {\n"
	  "  assert(comm != \"nginx\", \"but nginx\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "count writes per process and print the totals to stdout", NULL, "stdout" },
	{ "count reads except by bash, and by bash only", NULL, "both kept to and kept out" },
	{ "count the number of bytes read",
	  "tracepoint:syscalls:sys_exit_read /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @sum_bytes = sum(args->ret);\n"
	  "}\n", NULL },
	{ "count bytes written and their average",
	  "tracepoint:syscalls:sys_exit_write /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @sum_bytes = sum(args->ret);\n"
	  "  @avg_bytes = avg(args->ret);\n"
	  "}\n", NULL },
	{ "track tcp state changes by old state and new state",
	  "tracepoint:sock:inet_sock_set_state /args->protocol == 6/ {\n"
	  "  assert(args->protocol == 6, \"tcp state changes\");\n"
	  "  @count[args->oldstate, args->newstate] = count();\n"
	  "}\n", NULL },
	{ "track tcp state changes for connections to port 5432", NULL, "a local and a remote one" },
	{ "count how often processes migrate between CPUs", NULL, "" },
	{ "count timer expirations by callback function",
	  "tracepoint:timer:timer_expire_entry {\n"
	  "  @count[ksym(args->function)] = count();\n"
	  "}\n", NULL },
	{ "kmalloc bytes allocated per process, summarized every 10 seconds",
	  "tracepoint:kmem:kmalloc {\n"
	  "  @sum_bytes[comm] = sum(args->bytes_alloc);\n"
	  "}\n"
	  "\n"
	  "interval:s:10 {\n"
	  "  print(@sum_bytes);\n"
	  "  clear(@sum_bytes);\n"
	  "}\n", NULL },
	{ "tcp retransmits per remote host, top 10",
	  "tracepoint:tcp:tcp_retransmit_skb {\n"
	  "  @count[ntop(args->daddr_v6)] = count();\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@count, 10);\n"
	  "  clear(@count);\n"
	  "}\n", NULL },
	{ "kernel stack traces that lead to context switches", NULL, "lead" },
	{ "top 5 syscalls by count, run for 10 seconds then exit",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count[args->id] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:10 {\n"
	  "  exit();\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@count, 5);\n"
	  "  clear(@count);\n"
	  "}\n", NULL },
	{ "run for 30 seconds and count opens by process",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:30 {\n"
	  "  exit();\n"
	  "}\n", NULL },
	{ "show processes that run for 10 seconds then exit", NULL, "it has a number" },
	{ "Traces block I/O requests over 1MB and prints the process, device and size",
	  "tracepoint:block:block_rq_issue /args->bytes > 1048576/ {\n"
	  "  assert(args->bytes > 1048576, \"over 1MB\");\n"
	  "  printf(\"%-16s %-7d device %u bytes %u\\n\", comm, pid, args->dev, args->bytes);\n"
	  "}\n", NULL },
	{ "log mount and umount calls",
	  "tracepoint:syscalls:sys_enter_mount {\n"
	  "  printf(\"mount %-16s %-7d\\n\", comm, pid);\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_enter_umount {\n"
	  "  printf(\"umount %-16s %-7d\\n\", comm, pid);\n"
	  "}\n", NULL },
	{ "log umount2 calls",
	  "tracepoint:syscalls:sys_enter_umount {\n"
	  "  printf(\"%-16s %-7d\\n\", comm, pid);\n"
	  "}\n", NULL },
	{ "count fstat calls by process",
	  "tracepoint:syscalls:sys_enter_newfstat {\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	{ "show reads and writes slower than 10 ms",
	  "tracepoint:syscalls:sys_enter_read {\n"
	  "  @start_reads[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_read /@start_reads[tid] != 0/ {\n"
	  "  $ns = nsecs - @start_reads[tid];\n"
	  "  delete(@start_reads[tid]);\n"
	  "  if ($ns > 10000000) {\n"
	  "    assert($ns > 10000000, \"slower than 10 ms\");\n"
	  "    printf(\"reads %-16s %-7d ms %d\\n\", comm, pid, $ns / 1000000);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_enter_write {\n"
	  "  @start_writes[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_write /@start_writes[tid] != 0/ {\n"
	  "  $ns = nsecs - @start_writes[tid];\n"
	  "  delete(@start_writes[tid]);\n"
	  "  if ($ns > 10000000) {\n"
	  "    assert($ns > 10000000, \"slower than 10 ms\");\n"
	  "    printf(\"writes %-16s %-7d ms %d\\n\", comm, pid, $ns / 1000000);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start_reads);\n"
	  "  clear(@start_writes);\n"
	  "}\n", NULL },
	{ "count reads and writes by process, top 5",
	  "tracepoint:syscalls:sys_enter_read {\n"
	  "  @count_reads[comm] = count();\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_enter_write {\n"
	  "  @count_writes[comm] = count();\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@count_reads, 5);\n"
	  "  clear(@count_reads);\n"
	  "  print(@count_writes, 5);\n"
	  "  clear(@count_writes);\n"
	  "}\n", NULL },
	{ "print every chmod and chown with the path and the new mode", NULL, "two events" },
	{ "context switches per second on each cpu",
	  "tracepoint:sched:sched_switch {\n"
	  "  @count[cpu] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n", NULL },
	{ "who is sending SIGKILL to my java process?",
	  "tracepoint:signal:signal_generate /args->comm == \"java\" && args->sig == 9/ {\n"
	  "  assert(args->comm == \"java\", \"only java\");\n"
	  "  assert(args->sig == 9, \"only SIGKILL\");\n"
	  "  printf(\"%-16s %-7d target %d target_comm %s signal %d\\n\", comm, pid, args->pid, args->comm, args->sig);\n"
	  "}\n", NULL },
	{ "which processes are burning the most cpu? sample for 10s and give me the top 10",
	  "profile:hz:99 {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:10 {\n"
	  "  exit();\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@count, 10);\n"
	  "  clear(@count);\n"
	  "}\n", NULL },
	{ "count opens by process, run for 30 seconds",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:30 {\n"
	  "  exit();\n"
	  "}\n", NULL },
	{ "count reads that block for 2 seconds", NULL, "it has a number" },
	{ "bytes read per cgroup",
	  "tracepoint:syscalls:sys_exit_read /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @sum_bytes[cgroup] = sum(args->ret);\n"
	  "}\n", NULL },
	{ "count retransmits by cgroup", NULL, "outside the task" },
	{ "print opens with the cgroup id",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  printf(\"%-16s %-7d cgroup %u filename %s\\n\", comm, pid, cgroup, str(args->filename));\n"
	  "}\n", NULL },
	{ "hardirq counts by irq name every second",
	  "tracepoint:irq:irq_handler_entry {\n"
	  "  @count[str(args->name)] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n", NULL },
	{ "how many threads is node creating?",
	  "tracepoint:task:task_newtask /comm == \"node\" && args->clone_flags & 0x10000/ {\n"
	  "  assert(comm == \"node\", \"only node\");\n"
	  "  assert(args->clone_flags & 0x10000, \"threads\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "count new threads created by node",
	  "tracepoint:task:task_newtask /comm == \"node\" && args->clone_flags & 0x10000/ {\n"
	  "  assert(comm == \"node\", \"only node\");\n"
	  "  assert(args->clone_flags & 0x10000, \"new threads created\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "how many processes is bash forking",
	  "tracepoint:task:task_newtask /!(args->clone_flags & 0x10000) && (comm == \"bash\")/ {\n"
	  "  assert(comm == \"bash\", \"only bash\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "count opens per process, sample for 10s and give me the top 10",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:10 {\n"
	  "  exit();\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@count, 10);\n"
	  "  clear(@count);\n"
	  "}\n", NULL },
	{ "sample for 10 seconds",
	  "profile:hz:99 {\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:10 {\n"
	  "  exit();\n"
	  "}\n", NULL },
	{ "which nginx process is hogging cpu", NULL, "apart" },
	{ "print opens by processes other than nginx",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /comm != \"nginx\"/ {\n"
	  "  assert(comm != \"nginx\", \"other than nginx\");\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n", NULL },
	{ "list writes by processes other than pid 1",
	  "tracepoint:syscalls:sys_enter_write /pid != 1/ {\n"
	  "  assert(pid != 1, \"other than pid 1\");\n"
	  "  printf(\"%-16s %-7d\\n\", comm, pid);\n"
	  "}\n", NULL },
	{ "log reads and errors", NULL, "the failures alone" },
	{ "show opens and failures", NULL, "the failures alone" },
	{ "which irqs fire the most", NULL, "" },
	{ "which softirqs run the most", NULL, "no key" },
	{ "show process exec and exit events", NULL, "exit" },
	{ "print each fork and exit", NULL, "exit" },
	{ "print every chmod and chown",
	  "tracepoint:syscalls:sys_enter_chmod,tracepoint:syscalls:sys_enter_fchmodat {\n"
	  "  printf(\"chmod %-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_enter_chown,tracepoint:syscalls:sys_enter_fchownat {\n"
	  "  printf(\"chown %-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n", NULL },
	{ "print read latency when it is over 5 ms",
	  "tracepoint:syscalls:sys_enter_read {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_read /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  if ($ns > 5000000) {\n"
	  "    assert($ns > 5000000, \"over 5 ms\");\n"
	  "    printf(\"%-16s %-7d ms %d\\n\", comm, pid, $ns / 1000000);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n", NULL },
	{ "print exits when it is over 5 ms", NULL, "without saying it is how long" },
	{ "count NET_RX softirqs",
	  "tracepoint:irq:softirq_entry /args->vec == 3/ {\n"
	  "  assert(args->vec == 3, \"only NET_RX\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "count tasklets softirqs by cpu",
	  "tracepoint:irq:softirq_entry /args->vec == 6/ {\n"
	  "  assert(args->vec == 6, \"only tasklets\");\n"
	  "  @count[cpu] = count();\n"
	  "}\n", NULL },
	{ "time spent in NET_RX softirqs",
	  "tracepoint:irq:softirq_entry {\n"
	  "  @start[cpu] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:irq:softirq_exit /@start[cpu] != 0/ {\n"
	  "  $ns = nsecs - @start[cpu];\n"
	  "  delete(@start[cpu]);\n"
	  "  if (args->vec == 3) {\n"
	  "    assert(args->vec == 3, \"only NET_RX\");\n"
	  "    @sum_ns = sum($ns);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n", NULL },
	{ "print exiting tasks and their priority",
	  "tracepoint:sched:sched_process_exit {\n"
	  "  printf(\"%-16s %-7d prio %d\\n\", comm, pid, args->prio);\n"
	  "}\n", NULL },
	{ "how many SIGABRTs does each program get? count them",
	  "tracepoint:signal:signal_generate /args->sig == 6/ {\n"
	  "  assert(args->sig == 6, \"only SIGABRTs\");\n"
	  "  @count[args->comm] = count();\n"
	  "}\n", NULL },
	{ "how slow are postgres's fsyncs? histogram in ms",
	  "tracepoint:syscalls:sys_enter_fsync /comm == \"postgres\"/ {\n"
	  "  assert(comm == \"postgres\", \"only postgres\");\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_fsync /@start[tid] != 0 && comm == \"postgres\"/ {\n"
	  "  assert(comm == \"postgres\", \"only postgres\");\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  @hist_ms = hist($ns / 1000000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n", NULL },
	{ "syscalls blocking for more than 250 ms",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:raw_syscalls:sys_exit /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  if ($ns > 250000000) {\n"
	  "    assert($ns > 250000000, \"more than 250 ms\");\n"
	  "    printf(\"%-16s %-7d syscall %d ms %d\\n\", comm, pid, args->id, $ns / 1000000);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n", NULL },
	{ "curl's failing syscalls, counted by errno",
	  "tracepoint:raw_syscalls:sys_exit /args->ret < 0 && comm == \"curl\"/ {\n"
	  "  assert(args->ret < 0, \"a failed call\");\n"
	  "  assert(comm == \"curl\", \"only curl\");\n"
	  "  @count[-args->ret] = count();\n"
	  "}\n", NULL },
	{ "total bytes written, summed per process",
	  "tracepoint:syscalls:sys_exit_write /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @sum_bytes[comm] = sum(args->ret);\n"
	  "}\n", NULL },
	{ "count NET_RX and NET_TX softirqs", NULL, "say one, or group by vector" },
	{ "count net_rx opens", NULL, "net_rx" },
	{ "count block requests waiting for more than 5 ms", NULL, "without saying" },
	{ "how many files were deleted",
	  "tracepoint:syscalls:sys_enter_unlink,tracepoint:syscalls:sys_enter_unlinkat {\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "number of files rm deleted",
	  "tracepoint:syscalls:sys_enter_unlink,tracepoint:syscalls:sys_enter_unlinkat /comm == \"rm\"/ {\n"
	  "  assert(comm == \"rm\", \"only rm\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "how many children does each program spawn",
	  "tracepoint:task:task_newtask /!(args->clone_flags & 0x10000)/ {\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	{ "top 5 programs by how many children they spawned",
	  "tracepoint:task:task_newtask /!(args->clone_flags & 0x10000)/ {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@count, 5);\n"
	  "  clear(@count);\n"
	  "}\n", NULL },
	{ "how many signals did nginx get",
	  "tracepoint:signal:signal_generate /args->comm == \"nginx\"/ {\n"
	  "  assert(args->comm == \"nginx\", \"only nginx\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "print files opened by sshd where the open failed",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /comm == \"sshd\"/ {\n"
	  "  assert(comm == \"sshd\", \"only sshd\");\n"
	  "  @entered[tid] = 1;\n"
	  "  @filename[tid] = str(args->filename);\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_open,tracepoint:syscalls:sys_exit_openat /@entered[tid] != 0 && comm == \"sshd\"/ {\n"
	  "  assert(comm == \"sshd\", \"only sshd\");\n"
	  "  delete(@entered[tid]);\n"
	  "  $filename = @filename[tid];\n"
	  "  delete(@filename[tid]);\n"
	  "  if (args->ret < 0) {\n"
	  "    assert(args->ret < 0, \"a failed call\");\n"
	  "    printf(\"%-16s %-7d filename %s errno %d\\n\", comm, pid, $filename, -args->ret);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@entered);\n"
	  "  clear(@filename);\n"
	  "}\n", NULL },
	{ "count files opened by nginx",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /comm == \"nginx\"/ {\n"
	  "  assert(comm == \"nginx\", \"only nginx\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "count kmallocs grouped by call site",
	  "tracepoint:kmem:kmalloc {\n"
	  "  @count[ksym(args->call_site)] = count();\n"
	  "}\n", NULL },
	{ "histogram of kmalloc sizes per call site",
	  "tracepoint:kmem:kmalloc {\n"
	  "  @hist_bytes[ksym(args->call_site)] = hist(args->bytes_alloc);\n"
	  "}\n", NULL },
	{ "kmalloc allocation sizes grouped by call site", NULL, "whether to count, total or make a histogram" },
	{ "count reads by the way", NULL, "\"way\"" },
	{ "files read by nginx", NULL, "no file name" },
	{ "run queue latency histogram per cpu",
	  "tracepoint:sched:sched_wakeup,tracepoint:sched:sched_wakeup_new {\n"
	  "  @start[args->pid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sched:sched_switch /@start[args->next_pid] != 0/ {\n"
	  "  $ns = nsecs - @start[args->next_pid];\n"
	  "  delete(@start[args->next_pid]);\n"
	  "  @hist_us[cpu] = hist($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n", NULL },
	{ "how long do tasks spend waiting in the run queue? histogram, run for 10 s",
	  "tracepoint:sched:sched_wakeup,tracepoint:sched:sched_wakeup_new {\n"
	  "  @start[args->pid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sched:sched_switch /@start[args->next_pid] != 0/ {\n"
	  "  $ns = nsecs - @start[args->next_pid];\n"
	  "  delete(@start[args->next_pid]);\n"
	  "  @hist_us = hist($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "interval:s:10 {\n"
	  "  exit();\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n", NULL },
	{ "TCP state changes with source and destination addresses",
	  "tracepoint:sock:inet_sock_set_state /args->protocol == 6/ {\n"
	  "  assert(args->protocol == 6, \"TCP state changes\");\n"
	  "  printf(\"oldstate %d newstate %d source %s address %s\\n\", args->oldstate, args->newstate, ntop(args->saddr_v6), ntop(args->daddr_v6));\n"
	  "}\n", NULL },
	{ "trace malloc calls in redis-server and show a histogram of allocation sizes",
	  "uprobe:/lib/x86_64-linux-gnu/libc.so.6:malloc /comm == \"redis-server\"/ {\n"
	  "  assert(comm == \"redis-server\", \"only redis-server\");\n"
	  "  @hist_bytes = hist(arg0);\n"
	  "}\n", NULL },
	{ "count exec's by user id, print on ctrl-c",
	  "tracepoint:syscalls:sys_enter_execve {\n"
	  "  @count[uid] = count();\n"
	  "}\n", NULL },
	{ "which cpu is handling the most interrupts",
	  "tracepoint:irq:irq_handler_entry {\n"
	  "  @count[cpu] = count();\n"
	  "}\n", NULL },
	{ "which tasks do the most reads",
	  "tracepoint:syscalls:sys_enter_read {\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	{ "how many reads do processes make",
	  "tracepoint:syscalls:sys_enter_read {\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "which files are being deleted and by who",
	  "tracepoint:syscalls:sys_enter_unlink,tracepoint:syscalls:sys_enter_unlinkat {\n"
	  "  printf(\"%-16s %-7d file %s\\n\", comm, pid, str(args->pathname));\n"
	  "}\n", NULL },
	{ "Trace getaddrinfo calls in libc and print the hostname being resolved",
	  "uprobe:/lib/x86_64-linux-gnu/libc.so.6:getaddrinfo {\n"
	  "  printf(\"%-16s %-7d host %s\\n\", comm, pid, str(arg0));\n"
	  "}\n", NULL },
	{ "malloc calls in glibc by process",
	  "uprobe:/lib/x86_64-linux-gnu/libc.so.6:malloc {\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	{ "latency of openat for postgres, only show the ones slower than 1 ms",
	  "tracepoint:syscalls:sys_enter_openat /comm == \"postgres\"/ {\n"
	  "  assert(comm == \"postgres\", \"only postgres\");\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_openat /@start[tid] != 0 && comm == \"postgres\"/ {\n"
	  "  assert(comm == \"postgres\", \"only postgres\");\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  if ($ns > 1000000) {\n"
	  "    assert($ns > 1000000, \"slower than 1 ms\");\n"
	  "    printf(\"%-16s %-7d ms %d\\n\", comm, pid, $ns / 1000000);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n", NULL },
	{ "malloc calls in libcrypto by process", NULL, "\"libcrypto\"" },
	{ "print opens, only the ones slower than 1 ms", NULL, "without saying it is how long" },
	{ "print writes with the file descriptor",
	  "tracepoint:syscalls:sys_enter_write {\n"
	  "  printf(\"%-16s %-7d fd %u\\n\", comm, pid, args->fd);\n"
	  "}\n", NULL },
	{ "WHICH PROCESS IS WRITING TO DISK SO MUCH", NULL, "\"MUCH\"" },
	{ "count tcp connections to remote port 443",
	  "tracepoint:sock:inet_sock_set_state /args->dport == 443 && args->protocol == 6 && args->oldstate == 7 && args->newstate == 2/ {\n"
	  "  assert(args->dport == 443, \"only remote port 443\");\n"
	  "  assert(args->protocol == 6 && args->oldstate == 7 && args->newstate == 2, \"tcp\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "count tcp retransmits on local port 22",
	  "tracepoint:tcp:tcp_retransmit_skb /args->sport == 22/ {\n"
	  "  assert(args->sport == 22, \"only local port 22\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "count tcp retransmits for destination port 443",
	  "tracepoint:tcp:tcp_retransmit_skb /args->dport == 443/ {\n"
	  "  assert(args->dport == 443, \"only destination port 443\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "which processes get EAGAIN back from recvfrom? count per process",
	  "tracepoint:syscalls:sys_exit_recvfrom /args->ret == -11/ {\n"
	  "  assert(args->ret == -11, \"only EAGAIN\");\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	{ "single write() calls of 1 MB or more, who is issuing them",
	  "tracepoint:syscalls:sys_exit_write /args->ret > 0 && args->ret >= 1048576/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  assert(args->ret >= 1048576, \"1 MB or more\");\n"
	  "  printf(\"%-16s %-7d bytes %d\\n\", comm, pid, args->ret);\n"
	  "}\n", NULL },
	{ "count HI softirqs",
	  "tracepoint:irq:softirq_entry /args->vec == 0/ {\n"
	  "  assert(args->vec == 0, \"only HI\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "hi, count reads",
	  "tracepoint:syscalls:sys_enter_read {\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "signals delivered, and by whom", NULL, "it asks who does it (\"by whom\")" },
	{ "which processes are sending signals to nginx?",
	  "tracepoint:signal:signal_generate /args->comm == \"nginx\"/ {\n"
	  "  assert(args->comm == \"nginx\", \"only nginx\");\n"
	  "  printf(\"%-16s %-7d target %d target_comm %s signal %d\\n\", comm, pid, args->pid, args->comm, args->sig);\n"
	  "}\n", NULL },
	{ "which processes send the most signals",
	  "tracepoint:signal:signal_generate {\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	{ "count signals by the process that sends them",
	  "tracepoint:signal:signal_generate {\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	{ "which process sent SIGKILL to nginx",
	  "tracepoint:signal:signal_generate /args->comm == \"nginx\" && args->sig == 9/ {\n"
	  "  assert(args->comm == \"nginx\", \"only nginx\");\n"
	  "  assert(args->sig == 9, \"only SIGKILL\");\n"
	  "  printf(\"%-16s %-7d target %d target_comm %s signal %d\\n\", comm, pid, args->pid, args->comm, args->sig);\n"
	  "}\n", NULL },
	{ "which processes get sent the most signals",
	  "tracepoint:signal:signal_generate {\n"
	  "  @count[args->comm] = count();\n"
	  "}\n", NULL },
	{ "which processes were sent SIGKILL", NULL, "which one is not said" },
	{ "total bytes written by writev calls per process",
	  "tracepoint:syscalls:sys_exit_writev /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @sum_bytes[comm] = sum(args->ret);\n"
	  "}\n", NULL },
	{ "count reads and bytes written", NULL, "two events" },
	{ "pread64 calls and bytes written", NULL, "two events" },
	{ "memcached's malloc request sizes, linear buckets of 128 bytes up to 1024",
	  "uprobe:/lib/x86_64-linux-gnu/libc.so.6:malloc /comm == \"memcached\"/ {\n"
	  "  assert(comm == \"memcached\", \"only memcached\");\n"
	  "  @lhist_requested = lhist(arg0, 0, 1024, 128);\n"
	  "}\n", NULL },
	{ "linear histogram of read sizes, buckets of 512 bytes from 0 to 8 KB",
	  "tracepoint:syscalls:sys_exit_read /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @lhist_bytes = lhist(args->ret, 0, 8192, 512);\n"
	  "}\n", NULL },
	{ "read latency as a linear histogram in microseconds, 100 us buckets up to 2000",
	  "tracepoint:syscalls:sys_enter_read {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_read /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  @lhist_us = lhist($ns / 1000, 0, 2000, 100);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n", NULL },
	{ "linear histogram of fsync latency in ms from 0 to 100 ms in steps of 10 ms",
	  "tracepoint:syscalls:sys_enter_fsync {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_fsync /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  @lhist_ms = lhist($ns / 1000000, 0, 100, 10);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n", NULL },
	{ "histogram of kmalloc request sizes",
	  "tracepoint:kmem:kmalloc {\n"
	  "  @hist_bytes = hist(args->bytes_req);\n"
	  "}\n", NULL },
	{ "linear histogram of read sizes", NULL, "without the top of its range" },
	{ "linear histogram of read sizes, buckets of 100 us up to 1000", NULL, "in a unit of time, which it does not measure" },
	{ "read latency as a linear histogram, buckets of 1 us up to 5000 us", NULL, "at most 1000 buckets" },
	{ "linear histogram of read sizes, buckets of 512 bytes from 4096 to 1024", NULL, "a top above the bottom" },
	{ "linear histogram of read sizes in KB, buckets of 1 up to 64", NULL, "say the buckets in bytes" },
	{ "how much time does curl spend blocked off the cpu?",
	  "tracepoint:sched:sched_switch /args->prev_comm == \"curl\"/ {\n"
	  "  assert(args->prev_comm == \"curl\", \"only curl\");\n"
	  "  @start[args->prev_pid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sched:sched_switch /@start[args->next_pid] != 0 && args->next_comm == \"curl\"/ {\n"
	  "  assert(args->next_comm == \"curl\", \"only curl\");\n"
	  "  $ns = nsecs - @start[args->next_pid];\n"
	  "  delete(@start[args->next_pid]);\n"
	  "  @sum_ns = sum($ns);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n", NULL },
	{ "which processes have the most failed opens",
	  "tracepoint:syscalls:sys_exit_open,tracepoint:syscalls:sys_exit_openat /args->ret < 0/ {\n"
	  "  assert(args->ret < 0, \"failed\");\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	{ "maximum off-cpu time per process",
	  "tracepoint:sched:sched_switch {\n"
	  "  @start[args->prev_pid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sched:sched_switch /@start[args->next_pid] != 0/ {\n"
	  "  $ns = nsecs - @start[args->next_pid];\n"
	  "  delete(@start[args->next_pid]);\n"
	  "  @max_us[args->next_comm] = max($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n", NULL },
	{ "tell me which processes have the highest off-cpu time", NULL, "the longest one or the most in total is not said" },
	{ "which process has the highest time spent in fsync", NULL, "the longest one or the most in total is not said" },
	{ "linear histogram of read sizes with 20 buckets from 0 to 1000 bytes",
	  "tracepoint:syscalls:sys_exit_read /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @lhist_bytes = lhist(args->ret, 0, 1000, 50);\n"
	  "}\n", NULL },
	{ "linear histogram of read sizes from 0 to 4096 bytes in 16 steps",
	  "tracepoint:syscalls:sys_exit_read /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @lhist_bytes = lhist(args->ret, 0, 4096, 256);\n"
	  "}\n", NULL },
	{ "linear histogram of read latency up to 50 ms with 5 buckets",
	  "tracepoint:syscalls:sys_enter_read {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_read /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  @lhist_us = lhist($ns / 1000, 0, 50000, 10000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n", NULL },
	{ "linear histogram of fsync latency in ms from 10 to 100 ms in 9 steps",
	  "tracepoint:syscalls:sys_enter_fsync {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_fsync /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  @lhist_ms = lhist($ns / 1000000, 10, 100, 10);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n", NULL },
	{ "linear histogram of read sizes, 4 KB buckets from 0 to 64",
	  "tracepoint:syscalls:sys_exit_read /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @lhist_bytes = lhist(args->ret, 0, 65536, 4096);\n"
	  "}\n", NULL },
	{ "count execs of the program /usr/bin/ls",
	  "tracepoint:syscalls:sys_enter_execve /str(args->filename) == \"/usr/bin/ls\"/ {\n"
	  "  assert(str(args->filename) == \"/usr/bin/ls\", \"only the path /usr/bin/ls, as the call is given it\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "linear histogram of read sizes with 7 buckets from 0 to 1000 bytes", NULL, "do not divide the range evenly" },
	{ "which processes did nginx kill", NULL, "\"processes\"" },
	{ "which process killed nginx", NULL, "which one is not said" },
	{ "syscall rate",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n", NULL },
	{ "rate of opens by process",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n", NULL },
	{ "write byte rate per process",
	  "tracepoint:syscalls:sys_exit_write /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @sum_bytes[comm] = sum(args->ret);\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@sum_bytes);\n"
	  "  clear(@sum_bytes);\n"
	  "}\n", NULL },
	{ "the rate of failed opens",
	  "tracepoint:syscalls:sys_exit_open,tracepoint:syscalls:sys_exit_openat /args->ret < 0/ {\n"
	  "  assert(args->ret < 0, \"failed\");\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n", NULL },
	{ "open rate every 5 seconds", NULL, "per second, or per 5 seconds, is not said" },
	{ "count opens in cgroup /sys/fs/cgroup/nonexistent", NULL, "is not a cgroup here" },
	{ "error rate of opens", NULL, "a share of all the calls, or how many a second, is not said" },
	{ "cache hit rate", NULL, "a share of all the calls" },
	{ "count opens in cgroup /tmp/mygroup", NULL, "no plain path under /sys/fs/cgroup" },
	{ "count opens in cgroup /sys/fs/cgroup/unified/../memory", NULL, "no plain path" },
	{ "opens per second every 5 seconds", NULL, "two intervals" },
	{ "histogram of write sizes in buckets of 128 bytes", NULL, "without the top of" },
	{ "processes signaled by nginx",
	  "tracepoint:signal:signal_generate /comm == \"nginx\"/ {\n"
	  "  assert(comm == \"nginx\", \"only nginx\");\n"
	  "  printf(\"%-16s %-7d target %d target_comm %s signal %d\\n\", comm, pid, args->pid, args->comm, args->sig);\n"
	  "}\n", NULL },
	{ "nginx kills which pids",
	  "tracepoint:syscalls:sys_enter_kill /comm == \"nginx\"/ {\n"
	  "  assert(comm == \"nginx\", \"only nginx\");\n"
	  "  printf(\"%-16s %-7d target %d signal %d\\n\", comm, pid, args->pid, args->sig);\n"
	  "}\n", NULL },
	{ "histogram of read sizes in 20 buckets from 0 to 1000",
	  "tracepoint:syscalls:sys_exit_read /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @lhist_bytes = lhist(args->ret, 0, 1000, 50);\n"
	  "}\n", NULL },
	{ "count reads by redis-server",
	  "tracepoint:syscalls:sys_enter_read /comm == \"redis-server\"/ {\n"
	  "  assert(comm == \"redis-server\", \"only redis-server\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "count opens by cron-worker",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /comm == \"cron-worker\"/ {\n"
	  "  assert(comm == \"cron-worker\", \"only cron-worker\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "nanosleep durations in microseconds, linear buckets of 50000 up to half a million",
	  "tracepoint:syscalls:sys_enter_nanosleep,tracepoint:syscalls:sys_enter_clock_nanosleep {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_nanosleep,tracepoint:syscalls:sys_exit_clock_nanosleep /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  @lhist_us = lhist($ns / 1000, 0, 500000, 50000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n", NULL },
	{ "linear histogram of read sizes, buckets of 100 up to 5 thousand",
	  "tracepoint:syscalls:sys_exit_read /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @lhist_bytes = lhist(args->ret, 0, 5000, 100);\n"
	  "}\n", NULL },
	{ "count opens by my-app",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /comm == \"my-app\"/ {\n"
	  "  assert(comm == \"my-app\", \"only my-app\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "linear histogram of read sizes, 0 buckets up to 100", NULL, "a count of 0" },
	{ "linear histogram of read sizes, buckets of 0 up to 100", NULL, "a size of 0" },
	{ "rate of reads larger than 4096 bytes", NULL, "whether each call or the total" },
	/* the fourteenth session's readings */
	{ "files opened by processes whose pid is above 1000",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /pid > 1000/ {\n"
	  "  assert(pid > 1000, \"pid is above 1000\");\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n", NULL },
	{ "count syscalls for pids of at least 2000",
	  "tracepoint:raw_syscalls:sys_enter /pid >= 2000/ {\n"
	  "  assert(pid >= 2000, \"pids of at least 2000\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "trace execs with pid greater than 1000", NULL, "an event of one task" },
	{ "tcp retransmits for pid above 10", NULL, "outside the task" },
	{ "count reads with pid above 10 and pid above 20", NULL, "two bounds on the pid" },
	{ "count malloc calls that return NULL by process",
	  "uretprobe:/lib/x86_64-linux-gnu/libc.so.6:malloc /retval == 0/ {\n"
	  "  assert(retval == 0, \"return NULL\");\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	{ "how often does malloc come back empty-handed (NULL)?",
	  "uretprobe:/lib/x86_64-linux-gnu/libc.so.6:malloc /retval == 0/ {\n"
	  "  assert(retval == 0, \"come back empty handed NULL\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "show getaddrinfo calls that return null", NULL, "returns no pointer" },
	{ "count reads that return null", NULL, "\"null\"" },
	{ "count getaddrinfo calls per host for wget",
	  "uprobe:/lib/x86_64-linux-gnu/libc.so.6:getaddrinfo /comm == \"wget\"/ {\n"
	  "  assert(comm == \"wget\", \"only wget\");\n"
	  "  @count[str(arg0)] = count();\n"
	  "}\n", NULL },
	{ "count tcp connects per host", NULL, "\"host\"" },
	{ "count syscalls on this host",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "list incoming tcp connections accepted on this server with the remote address and port",
	  "tracepoint:sock:inet_sock_set_state /args->protocol == 6 && args->oldstate == 3 && args->newstate == 1/ {\n"
	  "  assert(args->protocol == 6 && args->oldstate == 3 && args->newstate == 1, \"incoming tcp connections accepted\");\n"
	  "  printf(\"address %s port %d\\n\", ntop(args->daddr_v6), args->dport);\n"
	  "}\n", NULL },
	{ "count tcp accepts per local port",
	  "tracepoint:sock:inet_sock_set_state /args->protocol == 6 && args->oldstate == 3 && args->newstate == 1/ {\n"
	  "  assert(args->protocol == 6 && args->oldstate == 3 && args->newstate == 1, \"tcp\");\n"
	  "  @count[args->sport] = count();\n"
	  "}\n", NULL },
	{ "number of tcp connections established to remote port 443",
	  "tracepoint:sock:inet_sock_set_state /args->dport == 443 && args->protocol == 6 && args->newstate == 1/ {\n"
	  "  assert(args->dport == 443, \"only remote port 443\");\n"
	  "  assert(args->protocol == 6 && args->newstate == 1, \"tcp connections established\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "count inet socket errors by errno and remote port",
	  "tracepoint:sock:inet_sk_error_report {\n"
	  "  @count[args->error, args->dport] = count();\n"
	  "}\n", NULL },
	{ "block requests of half a megabyte or larger: who, and read or write",
	  "tracepoint:block:block_rq_issue /args->bytes >= 524288/ {\n"
	  "  assert(args->bytes >= 524288, \"half a megabyte or larger\");\n"
	  "  printf(\"%-16s %-7d rwbs %s bytes %u\\n\", comm, pid, args->rwbs, args->bytes);\n"
	  "}\n", NULL },
	{ "syscalls blocking for more than a quarter second (250 ms)",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:raw_syscalls:sys_exit /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  if ($ns > 250000000) {\n"
	  "    assert($ns > 250000000, \"more than a quarter second 250 ms\");\n"
	  "    printf(\"%-16s %-7d syscall %d ms %d\\n\", comm, pid, args->id, $ns / 1000000);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n", NULL },
	{ "syscalls blocking for more than a quarter second (300 ms)", NULL, "\"300\"" },
	{ "reads slower than a quarter", NULL, "without a time" },
	{ "trace opens for half a minute",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n"
	  "\n"
	  "interval:s:30 {\n"
	  "  exit();\n"
	  "}\n", NULL },
	{ "fsync latency, only report calls slower than 5 ms",
	  "tracepoint:syscalls:sys_enter_fsync {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_fsync /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  if ($ns > 5000000) {\n"
	  "    assert($ns > 5000000, \"slower than 5 ms\");\n"
	  "    printf(\"%-16s %-7d ms %d\\n\", comm, pid, $ns / 1000000);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n", NULL },
	{ "show calls slower than 5 ms", NULL, "without saying it is how long" },
	{ "which read() calls block for over 100 milliseconds? report the time in microseconds",
	  "tracepoint:syscalls:sys_enter_read {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_read /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  if ($ns > 100000000) {\n"
	  "    assert($ns > 100000000, \"over 100 milliseconds\");\n"
	  "    printf(\"%-16s %-7d us %d\\n\", comm, pid, $ns / 1000);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n", NULL },
	{ "sum up how many bytes python3 receives with recvfrom",
	  "tracepoint:syscalls:sys_exit_recvfrom /args->ret > 0 && comm == \"python3\"/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  assert(comm == \"python3\", \"only python3\");\n"
	  "  @sum_bytes = sum(args->ret);\n"
	  "}\n", NULL },
	{ "count reads python3 receives", NULL, "\"receives\"" },
	{ "how long do tasks sit on the run queue before they get a CPU? histogram in us",
	  "tracepoint:sched:sched_wakeup,tracepoint:sched:sched_wakeup_new {\n"
	  "  @start[args->pid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sched:sched_switch /@start[args->next_pid] != 0/ {\n"
	  "  $ns = nsecs - @start[args->next_pid];\n"
	  "  delete(@start[args->next_pid]);\n"
	  "  @hist_us = hist($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "print a line whenever sshd spawns a child",
	  "tracepoint:task:task_newtask /!(args->clone_flags & 0x10000) && (comm == \"sshd\")/ {\n"
	  "  assert(comm == \"sshd\", \"only sshd\");\n"
	  "  printf(\"%-16s %-7d child %d\\n\", comm, pid, args->pid);\n"
	  "}\n", NULL },
	/* "maps" is mmap only where mmap is named too */
	{ "list the bpf maps", NULL, "\"maps\"" },
	{ "count maps per process", NULL, "" },
	{ "trace execve and include the uid of the caller",
	  "tracepoint:syscalls:sys_enter_execve {\n"
	  "  printf(\"%-16s %-7d uid %d filename %s\\n\", comm, pid, uid, str(args->filename));\n"
	  "}\n", NULL },
	{ "show me file opens under /etc",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /strncmp(str(args->filename), \"/etc/\", 5) == 0/ {\n"
	  "  assert(strncmp(str(args->filename), \"/etc/\", 5) == 0, \"only paths that start /etc/, as the call is given them\");\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n", NULL },
	{ "files deleted in /tmp/",
	  "tracepoint:syscalls:sys_enter_unlink,tracepoint:syscalls:sys_enter_unlinkat /strncmp(str(args->pathname), \"/tmp/\", 5) == 0/ {\n"
	  "  assert(strncmp(str(args->pathname), \"/tmp/\", 5) == 0, \"only paths that start /tmp/, as the call is given them\");\n"
	  "  printf(\"%-16s %-7d file %s\\n\", comm, pid, str(args->pathname));\n"
	  "}\n", NULL },
	{ "failed opens under /etc",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /strncmp(str(args->filename), \"/etc/\", 5) == 0/ {\n"
	  "  assert(strncmp(str(args->filename), \"/etc/\", 5) == 0, \"only paths that start /etc/, as the call is given them\");\n"
	  "  @entered[tid] = 1;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_open,tracepoint:syscalls:sys_exit_openat /@entered[tid] != 0/ {\n"
	  "  delete(@entered[tid]);\n"
	  "  if (args->ret < 0) {\n"
	  "    assert(args->ret < 0, \"a failed call\");\n"
	  "    printf(\"%-16s %-7d errno %d\\n\", comm, pid, -args->ret);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@entered);\n"
	  "}\n", NULL },
	{ "print opens in /nonexistent-bte-dir", NULL, "no directory here" },
	{ "print opens of /etc", NULL, "is a directory" },
	{ "histogram of read sizes under /tmp", NULL, "asks for a result" },
	/* an adversarial pass's wrong programs, now declined or mended */
	{ "tally make's exit codes", NULL, "\"make's\" where a process's name stands" },
	{ "count files make opens", NULL, "\"make\" where a process's name stands" },
	{ "count syscalls make makes", NULL, "\"make\" where a process's name stands" },
	{ "what files does top open", NULL, "\"top\" where a process's name stands" },
	{ "histogram of write() sizes for make", NULL, "\"make\" where a process's name" },
	{ "count reads by sleep", NULL, "\"sleep\" where a process's name stands" },
	{ "how many times is make switched off the CPU?", NULL, "\"make\" where a process's" },
	{ "how long does sleep take",
	  "tracepoint:syscalls:sys_enter_nanosleep,tracepoint:syscalls:sys_enter_clock_nanosleep {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_nanosleep,tracepoint:syscalls:sys_exit_clock_nanosleep /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  printf(\"%-16s %-7d us %d\\n\", comm, pid, $ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n", NULL },
	{ "file opens under /etc/../tmp", NULL, "\".\" or \"..\"" },
	{ "count context switches into pids over 500", NULL, "a task something is done to" },
	{ "bytes received from python3 with recvfrom", NULL, "something comes from" },
	{ "count syscalls, sorted by process",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	{ "count malloc NULL returns per process",
	  "uretprobe:/lib/x86_64-linux-gnu/libc.so.6:malloc /retval == 0/ {\n"
	  "  assert(retval == 0, \"NULL returns\");\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	{ "print bash readline calls that return NULL",
	  "uretprobe:/usr/bin/bash:readline /retval == 0/ {\n"
	  "  assert(retval == 0, \"return NULL\");\n"
	  "  printf(\"%-16s %-7d\\n\", comm, pid);\n"
	  "}\n", NULL },
	{ "size distribution of kmalloc requests above 16 KB, by process",
	  "tracepoint:kmem:kmalloc /args->bytes_req > 16384/ {\n"
	  "  assert(args->bytes_req > 16384, \"above 16 KB\");\n"
	  "  @hist_bytes[comm] = hist(args->bytes_req);\n"
	  "}\n", NULL },
	{ "what signals does redis-server receive? group them by number",
	  "tracepoint:signal:signal_generate /args->comm == \"redis-server\"/ {\n"
	  "  assert(args->comm == \"redis-server\", \"only redis-server\");\n"
	  "  @count[args->sig] = count();\n"
	  "}\n", NULL },
	{ "count reads by number", NULL, "\"number\"" },
	{ "count execs per program name",
	  "tracepoint:sched:sched_process_exec {\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	{ "top 10 programs executed",
	  "tracepoint:sched:sched_process_exec {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@count, 10);\n"
	  "  clear(@count);\n"
	  "}\n", NULL },
	{ "count execs per program name for bash", NULL, "the program run" },
	{ "count failed execs per program name", NULL, "the program run" },
	{ "tally name lookups per host that wget makes",
	  "uprobe:/lib/x86_64-linux-gnu/libc.so.6:getaddrinfo /comm == \"wget\"/ {\n"
	  "  assert(comm == \"wget\", \"only wget\");\n"
	  "  @count[str(arg0)] = count();\n"
	  "}\n", NULL },
	{ "trace dns lookups",
	  "uprobe:/lib/x86_64-linux-gnu/libc.so.6:getaddrinfo {\n"
	  "  printf(\"%-16s %-7d host %s\\n\", comm, pid, str(arg0));\n"
	  "}\n", NULL },
	{ "how long do dns lookups take",
	  "uprobe:/lib/x86_64-linux-gnu/libc.so.6:getaddrinfo {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "uretprobe:/lib/x86_64-linux-gnu/libc.so.6:getaddrinfo /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  printf(\"%-16s %-7d us %d\\n\", comm, pid, $ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n", NULL },
	{ "print exiting threads",
	  "tracepoint:sched:sched_process_exit {\n"
	  "  printf(\"%-16s %-7d\\n\", comm, pid);\n"
	  "}\n", NULL },
	{ "show the time redis spends in epoll_wait as a histogram", NULL,
	  "it names redis, whose processes are not called so (redis runs as redis-server)" },
	{ "total time nginx spends in read",
	  "tracepoint:syscalls:sys_enter_read /comm == \"nginx\"/ {\n"
	  "  assert(comm == \"nginx\", \"only nginx\");\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_read /@start[tid] != 0 && comm == \"nginx\"/ {\n"
	  "  assert(comm == \"nginx\", \"only nginx\");\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  @sum_ns = sum($ns);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n", NULL },
	{ "scheduler latency for nginx",
	  "tracepoint:sched:sched_wakeup,tracepoint:sched:sched_wakeup_new /args->comm == \"nginx\"/ {\n"
	  "  assert(args->comm == \"nginx\", \"only nginx\");\n"
	  "  @start[args->pid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sched:sched_switch /@start[args->next_pid] != 0 && args->next_comm == \"nginx\"/ {\n"
	  "  assert(args->next_comm == \"nginx\", \"only nginx\");\n"
	  "  $ns = nsecs - @start[args->next_pid];\n"
	  "  delete(@start[args->next_pid]);\n"
	  "  @hist_us = hist($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n", NULL },
	{ "run queue latency per cpu", NULL, "whether to count, average, total" },
	{ "print each run queue latency", NULL, "not printed one by one" },
	{ "sample kernel stacks at 49hz for 20 seconds and count them by process",
	  "profile:hz:49 {\n"
	  "  @count[comm, kstack] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:20 {\n"
	  "  exit();\n"
	  "}\n", NULL },
	/* a code review's and an adversarial pass's findings */
	{ "mallocs where the size is more than 1 MB",
	  "uprobe:/lib/x86_64-linux-gnu/libc.so.6:malloc /arg0 > 1048576/ {\n"
	  "  assert(arg0 > 1048576, \"size is more than 1 MB\");\n"
	  "  printf(\"%-16s %-7d bytes %u\\n\", comm, pid, arg0);\n"
	  "}\n", NULL },
	{ "count the allocations malloc handed out, by process", NULL, "\"handed\"" },
	{ "show exits of make with the exit code", NULL, "\"make\" where a process's name" },
	{ "print the exit code whenever make exits", NULL, "\"make\" where a process's name" },
	{ "which process executed make", NULL, "\"make\" where a process's name stands" },
	{ "which process launched python3", NULL, "the program started" },
	{ "count context switches for my-app",
	  "tracepoint:sched:sched_switch /comm == \"my-app\"/ {\n"
	  "  assert(comm == \"my-app\", \"only my-app\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "whose pid exceeds 1000, files opened",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /pid > 1000/ {\n"
	  "  assert(pid > 1000, \"pid exceeds 1000\");\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n", NULL },
	{ "linear histogram of read latency from 0 to half a second, buckets of 50", NULL,
	  "without the top of its range" },
	{ "java dies, show its signals", NULL, "\"dies\"" },
	{ "print each exec with the program name",
	  "tracepoint:syscalls:sys_enter_execve {\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n", NULL },
	/* directories made; a process's exit and its pid; kmalloc's call sites;
	 * programs launched; a transfer's size where it returns */
	{ "log directories being created",
	  "tracepoint:syscalls:sys_enter_mkdir,tracepoint:syscalls:sys_enter_mkdirat {\n"
	  "  printf(\"%-16s %-7d dir %s\\n\", comm, pid, str(args->pathname));\n"
	  "}\n", NULL },
	{ "which processes create the most directories",
	  "tracepoint:syscalls:sys_enter_mkdir,tracepoint:syscalls:sys_enter_mkdirat {\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	{ "tell me when processes exit, with their pid",
	  "tracepoint:sched:sched_process_exit /args->pid == pid/ {\n"
	  "  assert(args->pid == pid, \"processes\");\n"
	  "  printf(\"%-16s %-7d\\n\", comm, pid);\n"
	  "}\n", NULL },
	{ "top 10 kernel call sites of kmalloc by bytes allocated",
	  "tracepoint:kmem:kmalloc {\n"
	  "  @sum_bytes[ksym(args->call_site)] = sum(args->bytes_alloc);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@sum_bytes, 10);\n"
	  "  clear(@sum_bytes);\n"
	  "}\n", NULL },
	{ "count kmallocs per calling function",
	  "tracepoint:kmem:kmalloc {\n"
	  "  @count[ksym(args->call_site)] = count();\n"
	  "}\n", NULL },
	{ "count timer expirations by callback",
	  "tracepoint:timer:timer_expire_entry {\n"
	  "  @count[ksym(args->function)] = count();\n"
	  "}\n", NULL },
	{ "programs launched by non-root users, with uid and filename",
	  "tracepoint:syscalls:sys_enter_execve /uid != 0/ {\n"
	  "  assert(uid != 0, \"non-root\");\n"
	  "  printf(\"%-16s %-7d uid %d filename %s\\n\", comm, pid, uid, str(args->filename));\n"
	  "}\n", NULL },
	{ "flag any sendto bigger than 50000 bytes, with process name and size",
	  "tracepoint:syscalls:sys_exit_sendto /args->ret > 0 && args->ret > 50000/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  assert(args->ret > 50000, \"bigger than 50000 bytes\");\n"
	  "  printf(\"%-16s %-7d bytes %d\\n\", comm, pid, args->ret);\n"
	  "}\n", NULL },
	{ "what launched nginx", NULL, "launched nginx" },
	{ "threads launched by java", NULL, "" },
	{ "directories removed by rm", NULL, "" },
	/* number words; "which N ... the most"; forks by a process; what
	 * allocates; folders */
	{ "show the top five processes by number of syscalls",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@count, 5);\n"
	  "  clear(@count);\n"
	  "}\n", NULL },
	{ "count opens every ten seconds",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:10 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n", NULL },
	{ "which 5 processes make the most syscalls",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@count, 5);\n"
	  "  clear(@count);\n"
	  "}\n", NULL },
	{ "forks by bash per second",
	  "tracepoint:task:task_newtask /!(args->clone_flags & 0x10000) && (comm == \"bash\")/ {\n"
	  "  assert(comm == \"bash\", \"only bash\");\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n", NULL },
	{ "how many times does bash fork per second",
	  "tracepoint:task:task_newtask /!(args->clone_flags & 0x10000) && (comm == \"bash\")/ {\n"
	  "  assert(comm == \"bash\", \"only bash\");\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n", NULL },
	{ "how much kernel memory does each process allocate with kmalloc",
	  "tracepoint:kmem:kmalloc {\n"
	  "  @sum_bytes[comm] = sum(args->bytes_alloc);\n"
	  "}\n", NULL },
	{ "new folders being created",
	  "tracepoint:syscalls:sys_enter_mkdir,tracepoint:syscalls:sys_enter_mkdirat {\n"
	  "  printf(\"%-16s %-7d dir %s\\n\", comm, pid, str(args->pathname));\n"
	  "}\n", NULL },
	{ "signals by nginx", NULL, "which one is not said" },
	{ "which processes allocate the most", NULL, "names no event" },
	{ "count calls to frobnicate", NULL, "knows nothing of \"frobnicate\"" },
	{ "count getpid calls made by myprog", NULL, "is quoted: \"myprog\"" },
	{ "show reads by nginx with the pretty colours", NULL, "no field for" },
	/* "the most files" of a call made on one file; the directory of a
	 * directory's call; "the N ... the most" */
	{ "which processes open the most files",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	{ "which processes delete the most files",
	  "tracepoint:syscalls:sys_enter_unlink,tracepoint:syscalls:sys_enter_unlinkat {\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	{ "monitor mkdir calls, printing the process and directory",
	  "tracepoint:syscalls:sys_enter_mkdir,tracepoint:syscalls:sys_enter_mkdirat {\n"
	  "  printf(\"%-16s %-7d pathname %s\\n\", comm, pid, str(args->pathname));\n"
	  "}\n", NULL },
	{ "show the 5 processes making the most syscalls each second",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count, 5);\n"
	  "  clear(@count);\n"
	  "}\n", NULL },
	{ "show me which files nginx opens, like in real time",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /comm == \"nginx\"/ {\n"
	  "  assert(comm == \"nginx\", \"only nginx\");\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n", NULL },
	{ "which processes read the most files", NULL, "no file name" },
	{ "opens with the directory", NULL, "no directory" },
	/* upper bounds: under, less than, faster than, at most, or less */
	{ "reads faster than 1 ms",
	  "tracepoint:syscalls:sys_enter_read {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_read /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  if ($ns < 1000000) {\n"
	  "    assert($ns < 1000000, \"faster than 1 ms\");\n"
	  "    printf(\"%-16s %-7d us %d\\n\", comm, pid, $ns / 1000);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n", NULL },
	{ "writes smaller than 100 bytes",
	  "tracepoint:syscalls:sys_exit_write /args->ret >= 0 && args->ret < 100/ {\n"
	  "  assert(args->ret >= 0, \"only calls that succeeded\");\n"
	  "  assert(args->ret < 100, \"smaller than 100 bytes\");\n"
	  "  printf(\"%-16s %-7d bytes %d\\n\", comm, pid, args->ret);\n"
	  "}\n", NULL },
	{ "reads of 4 KB or less",
	  "tracepoint:syscalls:sys_exit_read /args->ret >= 0 && args->ret <= 4096/ {\n"
	  "  assert(args->ret >= 0, \"only calls that succeeded\");\n"
	  "  assert(args->ret <= 4096, \"4 KB or less\");\n"
	  "  printf(\"%-16s %-7d bytes %d\\n\", comm, pid, args->ret);\n"
	  "}\n", NULL },
	{ "files opened by processes whose pid is below 1000",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /pid < 1000/ {\n"
	  "  assert(pid < 1000, \"pid is below 1000\");\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n", NULL },
	{ "processes that lived less than 50 ms",
	  "tracepoint:task:task_newtask /!(args->clone_flags & 0x10000)/ {\n"
	  "  @start[args->pid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sched:sched_process_exit /@start[tid] != 0 && args->pid == pid/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  if ($ns < 50000000) {\n"
	  "    assert($ns < 50000000, \"less than 50 ms\");\n"
	  "    printf(\"%-16s %-7d us %d\\n\", comm, pid, $ns / 1000);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n", NULL },
	{ "fsync calls that take at most 2 ms",
	  "tracepoint:syscalls:sys_enter_fsync {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_fsync /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  if ($ns <= 2000000) {\n"
	  "    assert($ns <= 2000000, \"at most 2 ms\");\n"
	  "    printf(\"%-16s %-7d us %d\\n\", comm, pid, $ns / 1000);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n", NULL },
	{ "reads faster than 1 ms in milliseconds", NULL, "every one as 0" },
	{ "opens by processes that live less than 1 s", NULL, "two events" },
	/* an adversarial pass's findings */
	{ "files created in new directories", NULL, "is about directories" },
	{ "new directories with their paths",
	  "tracepoint:syscalls:sys_enter_mkdir,tracepoint:syscalls:sys_enter_mkdirat {\n"
	  "  printf(\"%-16s %-7d dir %s\\n\", comm, pid, str(args->pathname));\n"
	  "}\n", NULL },
	{ "forks by bash children", NULL, "the children of a process" },
	{ "forks by the children", NULL, "every count would be 1" },
	{ "which processes have the most files open", NULL, "files held open" },
	{ "how many files does nginx open with openat", NULL, "" },
	{ "files nginx opens via openat()",
	  "tracepoint:syscalls:sys_enter_openat /comm == \"nginx\"/ {\n"
	  "  assert(comm == \"nginx\", \"only nginx\");\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n", NULL },
	{ "which programs fail to launch", NULL, "ask for the file name" },
	/* a fresh dev set's: a lexicon event named by its call too; a bound
	 * that makes "slow"; logging in; system wide */
	{ "Monitor directory creation (mkdir) anywhere under /home",
	  "tracepoint:syscalls:sys_enter_mkdir,tracepoint:syscalls:sys_enter_mkdirat /strncmp(str(args->pathname), \"/home/\", 6) == 0/ {\n"
	  "  assert(strncmp(str(args->pathname), \"/home/\", 6) == 0, \"only paths that start /home/, as the call is given them\");\n"
	  "  printf(\"%-16s %-7d dir %s\\n\", comm, pid, str(args->pathname));\n"
	  "}\n", NULL },
	{ "new directories made with mkdir",
	  "tracepoint:syscalls:sys_enter_mkdir,tracepoint:syscalls:sys_enter_mkdirat {\n"
	  "  printf(\"%-16s %-7d dir %s\\n\", comm, pid, str(args->pathname));\n"
	  "}\n", NULL },
	{ "slow reads", NULL, "\"slow\"" },
	{ "show me when sshd forks a child and what user logs in", NULL, "logging in" },
	{ "files deleted via rename", NULL, "two events" },
	{ "trace execs where uid is 0",
	  "tracepoint:syscalls:sys_enter_execve /uid == 0/ {\n"
	  "  assert(uid == 0, \"only uid 0\");\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n", NULL },
	{ "writes where the pid is 1234",
	  "tracepoint:syscalls:sys_enter_write /pid == 1234/ {\n"
	  "  assert(pid == 1234, \"only pid 1234\");\n"
	  "  printf(\"%-16s %-7d\\n\", comm, pid);\n"
	  "}\n", NULL },
	{ "latency is 5 ms", NULL, "no place for" },
	{ "mmap sizes by process, histogram, for one minute",
	  "tracepoint:syscalls:sys_enter_mmap {\n"
	  "  @hist_len[comm] = hist(args->len);\n"
	  "}\n"
	  "\n"
	  "interval:s:60 {\n"
	  "  exit();\n"
	  "}\n", NULL },
	{ "Count signals delivered per signal type for 60 seconds",
	  "tracepoint:signal:signal_deliver {\n"
	  "  @count[args->sig] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:60 {\n"
	  "  exit();\n"
	  "}\n", NULL },
	{ "reads larger than one megabyte",
	  "tracepoint:syscalls:sys_exit_read /args->ret > 0 && args->ret > 1048576/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  assert(args->ret > 1048576, \"larger than one megabyte\");\n"
	  "  printf(\"%-16s %-7d bytes %d\\n\", comm, pid, args->ret);\n"
	  "}\n", NULL },
	{ "show all file renames with old and new names",
	  "tracepoint:syscalls:sys_enter_rename,tracepoint:syscalls:sys_enter_renameat,tracepoint:syscalls:sys_enter_renameat2 {\n"
	  "  printf(\"%-16s %-7d oldname %s newname %s\\n\", comm, pid, str(args->oldname), str(args->newname));\n"
	  "}\n",
	  NULL },
	{ "count renames by process",
	  "tracepoint:syscalls:sys_enter_rename,tracepoint:syscalls:sys_enter_renameat,tracepoint:syscalls:sys_enter_renameat2 {\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "trace signals delivered to postgres processes",
	  "tracepoint:signal:signal_deliver /comm == \"postgres\"/ {\n"
	  "  assert(comm == \"postgres\", \"only postgres\");\n"
	  "  printf(\"%-16s %-7d signal %d\\n\", comm, pid, args->sig);\n"
	  "}\n",
	  NULL },
	{ "signals delivered from bash", NULL,
	  "it names the process something comes from, and signals happens in the task it is sent to" },
	{ "count cpu migrations by destination cpu",
	  "tracepoint:sched:sched_migrate_task {\n"
	  "  @count[args->dest_cpu] = count();\n"
	  "}\n",
	  NULL },
	{ "count migrations of pid 1234", NULL,
	  "it keeps migrations to a process, and it happens outside the task it is about" },
	{ "count dropped packets by kernel stack trace",
	  "tracepoint:skb:kfree_skb {\n"
	  "  @count[kstack] = count();\n"
	  "}\n",
	  NULL },
	{ "show dropped packets with the drop reason and location",
	  "tracepoint:skb:kfree_skb {\n"
	  "  printf(\"reason %u location %s\\n\", args->reason, ksym(args->location));\n"
	  "}\n",
	  NULL },
	{ "histogram of irq handler time per cpu",
	  "tracepoint:irq:irq_handler_entry {\n"
	  "  @start[cpu] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:irq:irq_handler_exit /@start[cpu] != 0/ {\n"
	  "  $ns = nsecs - @start[cpu];\n"
	  "  delete(@start[cpu]);\n"
	  "  @hist_us[cpu] = hist($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "off-cpu time per cpu", NULL,
	  "it asks for \"cpu\" of off-cpu time, whose time ends outside the task it started in" },
	{ "show every new program that gets executed",
	  "tracepoint:syscalls:sys_enter_execve {\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n",
	  NULL },
	{ "count program executions by user",
	  "tracepoint:syscalls:sys_enter_execve {\n"
	  "  @count[uid] = count();\n"
	  "}\n",
	  NULL },
	{ "count calls to a function called qsort in the binary /lib/x86_64-linux-gnu/libc.so.6",
	  "uprobe:/lib/x86_64-linux-gnu/libc.so.6:qsort {\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "histogram of qsort() latency in /lib/x86_64-linux-gnu/libc.so.6 in microseconds",
	  "uprobe:/lib/x86_64-linux-gnu/libc.so.6:qsort {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "uretprobe:/lib/x86_64-linux-gnu/libc.so.6:qsort /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  @hist_us = hist($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "count fflush calls by process in /lib/x86_64-linux-gnu/libc.so.6",
	  "uprobe:/lib/x86_64-linux-gnu/libc.so.6:fflush {\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "print the return value of function fflush in /lib/x86_64-linux-gnu/libc.so.6", NULL,
	  "it asks for what fflush() returns, and the lexicon knows no type of it" },
	{ "trace the qsort function in /lib/x86_64-linux-gnu/libc.so.6 with its arguments", NULL,
	  "it asks for qsort()'s arguments, and the lexicon knows no type of it" },
	{ "trace function foo_bar in /lib/x86_64-linux-gnu/libc.so.6", NULL,
	  "/lib/x86_64-linux-gnu/libc.so.6 does not define foo_bar()" },
	{ "trace function main in /nonexistent/app", NULL,
	  "\"/nonexistent/app\" is not a file here" },
	{ "histogram of tcp connect latency in ms",
	  "tracepoint:sock:inet_sock_set_state /args->protocol == 6 && args->oldstate == 7 && args->newstate == 2/ {\n"
	  "  assert(args->protocol == 6 && args->oldstate == 7 && args->newstate == 2, \"tcp connect latency\");\n"
	  "  @start[args->skaddr] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sock:inet_sock_set_state /@start[args->skaddr] != 0 && args->oldstate == 2 && args->newstate == 1/ {\n"
	  "  assert(args->oldstate == 2 && args->newstate == 1, \"tcp connect latency\");\n"
	  "  $ns = nsecs - @start[args->skaddr];\n"
	  "  delete(@start[args->skaddr]);\n"
	  "  @hist_ms = hist($ns / 1000000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "tcp connect latency by destination port as a histogram in microseconds",
	  "tracepoint:sock:inet_sock_set_state /args->protocol == 6 && args->oldstate == 7 && args->newstate == 2/ {\n"
	  "  assert(args->protocol == 6 && args->oldstate == 7 && args->newstate == 2, \"tcp connect latency\");\n"
	  "  @start[args->skaddr] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sock:inet_sock_set_state /@start[args->skaddr] != 0 && args->oldstate == 2 && args->newstate == 1/ {\n"
	  "  assert(args->oldstate == 2 && args->newstate == 1, \"tcp connect latency\");\n"
	  "  $ns = nsecs - @start[args->skaddr];\n"
	  "  delete(@start[args->skaddr]);\n"
	  "  @hist_us[args->dport] = hist($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "tcp connect latency per process", NULL,
	  "it does not say whether to count, average, total or make a histogram of tcp connect latenc" },
	{ "tcp connection duration, microsecond histogram", NULL,
	  "it asks how long tcp takes, and the lexicon gives it no start and end" },
	{ "tcp connect latency",
	  "tracepoint:sock:inet_sock_set_state /args->protocol == 6 && args->oldstate == 7 && args->newstate == 2/ {\n"
	  "  assert(args->protocol == 6 && args->oldstate == 7 && args->newstate == 2, \"tcp connect latency\");\n"
	  "  @start[args->skaddr] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sock:inet_sock_set_state /@start[args->skaddr] != 0 && args->oldstate == 2 && args->newstate == 1/ {\n"
	  "  assert(args->oldstate == 2 && args->newstate == 1, \"tcp connect latency\");\n"
	  "  $ns = nsecs - @start[args->skaddr];\n"
	  "  delete(@start[args->skaddr]);\n"
	  "  printf(\"us %d\\n\", $ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "count opens of files that do not exist, by process and file",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @entered[tid] = 1;\n"
	  "  @filename[tid] = str(args->filename);\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_open,tracepoint:syscalls:sys_exit_openat /@entered[tid] != 0/ {\n"
	  "  delete(@entered[tid]);\n"
	  "  $filename = @filename[tid];\n"
	  "  delete(@filename[tid]);\n"
	  "  if (args->ret == -2) {\n"
	  "    assert(args->ret == -2, \"only do not exist\");\n"
	  "    @count[comm, $filename] = count();\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@entered);\n"
	  "  clear(@filename);\n"
	  "}\n",
	  NULL },
	{ "kills of pids that don't exist", NULL,
	  "it leaves something out (\"don't\") that the offline reader cannot keep out: it keeps out on" },
	{ "what are the slowest open calls? show anything taking over 10 ms",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_open,tracepoint:syscalls:sys_exit_openat /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  if ($ns > 10000000) {\n"
	  "    assert($ns > 10000000, \"over 10 ms\");\n"
	  "    printf(\"%-16s %-7d ms %d\\n\", comm, pid, $ns / 1000000);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "poll latency for python3 in ms",
	  "tracepoint:syscalls:sys_enter_poll /comm == \"python3\"/ {\n"
	  "  assert(comm == \"python3\", \"only python3\");\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_poll /@start[tid] != 0 && comm == \"python3\"/ {\n"
	  "  assert(comm == \"python3\", \"only python3\");\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  printf(\"%-16s %-7d ms %d\\n\", comm, pid, $ns / 1000000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "histogram of select latency",
	  "tracepoint:syscalls:sys_enter_select,tracepoint:syscalls:sys_enter_pselect6 {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_select,tracepoint:syscalls:sys_exit_pselect6 /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  @hist_us = hist($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "count select calls by process",
	  "tracepoint:syscalls:sys_enter_select,tracepoint:syscalls:sys_enter_pselect6 {\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "poll the disk every second", NULL,
	  "it asks for \"poll\"" },
	{ "which files get renamed", NULL,
	  "it asks for \"files\", and the event has no file name" },
	{ "renames to /etc/passwd", NULL,
	  "it names a path (\"/etc/passwd\"), and renames has no file name to keep to" },
	{ "show renameat calls with old and new paths", NULL,
	  "it asks for \"old and new paths\", which the event has no field for" },
	{ "renameat2 calls by nginx with both names", NULL,
	  "it asks for \"both names\", which the event has no field for" },
	{ "count migrations to each cpu", NULL,
	  "it says \"cpu\" of migrations, which is about two CPUs: say which (\"destination cpu\", \"sourc" },
	{ "udp bytes sent in MB", NULL,
	  "it shows each size in whole MB (\"in MB\"): every one under 1 MB would show 0; ask for bytes" },
	{ "reads larger than 2 MB in MB",
	  "tracepoint:syscalls:sys_exit_read /args->ret > 0 && args->ret > 2097152/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  assert(args->ret > 2097152, \"larger than 2 MB\");\n"
	  "  printf(\"%-16s %-7d MB %d\\n\", comm, pid, args->ret / 1048576);\n"
	  "}\n",
	  NULL },
	{ "count calls to deflate in /usr/lib/x86_64-linux-gnu/libz.so.1",
	  "uprobe:/usr/lib/x86_64-linux-gnu/libz.so.1:deflate {\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "biosnoop on sdzz, latency > 50ms only", NULL, "it names sdzz, which is no disk of this machine" },
	{ "reads >1MB by process",
	  "tracepoint:syscalls:sys_exit_read /args->ret > 0 && args->ret > 1048576/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  assert(args->ret > 1048576, \"> 1MB\");\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "how many page faults happen per second across the whole system?",
	  "tracepoint:exceptions:page_fault_user,tracepoint:exceptions:page_fault_kernel {\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "how many new processes are created every second?",
	  "tracepoint:task:task_newtask /!(args->clone_flags & 0x10000)/ {\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "log2 histogram of write() sizes in bytes keyed by process name",
	  "tracepoint:syscalls:sys_exit_write /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @hist_bytes[comm] = hist(args->ret);\n"
	  "}\n",
	  NULL },
	{ "how many files does pid 4321 open per second",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /pid == 4321/ {\n"
	  "  assert(pid == 4321, \"only pid 4321\");\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "how often does the scheduler switch tasks on cpu 0?",
	  "tracepoint:sched:sched_switch /cpu == 0/ {\n"
	  "  assert(cpu == 0, \"only cpu 0\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "show sshd execs and their arguments",
	  "tracepoint:syscalls:sys_enter_execve /comm == \"sshd\"/ {\n"
	  "  assert(comm == \"sshd\", \"only sshd\");\n"
	  "  printf(\"%-16s %-7d argv \", comm, pid);\n"
	  "  join(args->argv);\n"
	  "}\n",
	  NULL },
	{ "tcp retransmits with saddr, daddr and state",
	  "tracepoint:tcp:tcp_retransmit_skb {\n"
	  "  printf(\"address %s port %d source %s state %d\\n\", ntop(args->daddr_v6), args->dport, ntop(args->saddr_v6), args->state);\n"
	  "}\n",
	  NULL },
	{ "trace new TCP listeners with the port",
	  "tracepoint:sock:inet_sock_set_state /args->protocol == 6 && args->newstate == 10/ {\n"
	  "  assert(args->protocol == 6 && args->newstate == 10, \"new TCP listeners\");\n"
	  "  printf(\"%-16s %-7d port %d\\n\", comm, pid, args->sport);\n"
	  "}\n",
	  NULL },
	{ "count tcp resets sent by state",
	  "tracepoint:tcp:tcp_send_reset {\n"
	  "  @count[args->state] = count();\n"
	  "}\n",
	  NULL },
	{ "runqlat histogram, usecs, 5s interval", NULL,
	  "it names no event the lexicon or this kernel knows (it knows nothing of \"runqlat\", \"interv" },
	{ "count opens with an interval of 5 seconds",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:5 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "count reads per process, interval 2s",
	  "tracepoint:syscalls:sys_enter_read {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:2 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "top 10 syscalls by count, 10s, then exit",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count[args->id] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:10 {\n"
	  "  exit();\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@count, 10);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "count opens, 5s and then stop",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:5 {\n"
	  "  exit();\n"
	  "}\n",
	  NULL },
	{ "biolatency per disk, 1s", NULL,
	  "it has a number (\"1s\") it has no place for" },
	{ "count opens by a process called by cron", NULL,
	  "it names the process that starts the ones meant (\"called by cron\"), which the offline read" },
	{ "count opens by the process called first", NULL,
	  "it asks for \"first\", which the event has no field for" },
	{ "count syscalls by the user called zq_nosuch", NULL,
	  "it names the user \"zq_nosuch\", which this machine has not" },
	{ "show opens by the process called statsd",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /comm == \"statsd\"/ {\n"
	  "  assert(comm == \"statsd\", \"only statsd\");\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n",
	  NULL },
	{ "how many files are open", NULL,
	  "it asks how many files are held open, which no count of opens says" },
	{ "how many open files does nginx have", NULL,
	  "it asks how many files are held open, which no count of opens says" },
	{ "how many files are opened per second",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "count execs of programs named ls", NULL,
	  "it names the program run (\"programs named ls\"): the offline reader keeps to the process th" },
	{ "show writes where the requested size >= 1MB", NULL,
	  "it bounds the size requested (\"requested size\"), and the offline planner bounds the bytes " },
	{ "count block I/O with bytes over 4KB", NULL,
	  "it asks for \"bytes\", and the program counts events instead" },
	{ "count opens by the foreground process", NULL,
	  "it asks for \"foreground\", which the event has no field for (a process's name the reader do" },
	{ "count writes by the heaviest process", NULL,
	  "it asks for \"heaviest\", which the event has no field for (a process's name the reader does" },
	{ "count uprobe calls of readline in /bin/bash and malloc in /lib/x86_64-linux-gnu/libc.so.6", NULL,
	  "it names two events (\"uprobe\" and \"readline\")" },
	{ "show which processes are doing mmap with PROT_EXEC", NULL,
	  "it asks for \"PROT_EXEC\", which the event has no field for" },
	{ "which process is calling ioctl the most and with which commands", NULL,
	  "it says \"commands\", and the event has a command of its own (cmd) besides the process's nam" },
	{ "profile all CPUs at 99 Hz for 30 seconds and show kernel stacks",
	  "profile:hz:99 {\n"
	  "  @count[kstack] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:30 {\n"
	  "  exit();\n"
	  "}\n",
	  NULL },
	{ "count ioctl calls by command", NULL,
	  "it says \"command\", and the event has a command of its own (cmd) besides the process's name" },
	{ "trace udp sends and count bytes per process",
	  "tracepoint:sock:sock_send_length /args->ret > 0 && args->protocol == 17 && args->ret >= 0/ {\n"
	  "  assert(args->ret > 0, \"only what it measures\");\n"
	  "  assert(args->protocol == 17 && args->ret >= 0, \"udp\");\n"
	  "  @sum_bytes[comm] = sum(args->ret);\n"
	  "}\n",
	  NULL },
	{ "udp receive histogram of packet sizes",
	  "tracepoint:sock:sock_recv_length /args->ret > 0 && args->protocol == 17 && args->ret >= 0/ {\n"
	  "  assert(args->ret > 0, \"only what it measures\");\n"
	  "  assert(args->protocol == 17 && args->ret >= 0, \"udp\");\n"
	  "  @hist_bytes = hist(args->ret);\n"
	  "}\n",
	  NULL },
	{ "print connect latency in ms for curl",
	  "tracepoint:syscalls:sys_enter_connect /comm == \"curl\"/ {\n"
	  "  assert(comm == \"curl\", \"only curl\");\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_connect /@start[tid] != 0 && comm == \"curl\"/ {\n"
	  "  assert(comm == \"curl\", \"only curl\");\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  printf(\"%-16s %-7d ms %d\\n\", comm, pid, $ns / 1000000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "print udp packets received per process per second",
	  "tracepoint:sock:sock_recv_length /args->protocol == 17 && args->ret >= 0/ {\n"
	  "  assert(args->protocol == 17 && args->ret >= 0, \"udp packets received\");\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "show malloc sizes in my program", NULL,
	  "it says \"in my program\" and not which: name it (\"for user 1000\", \"for the process called myapp\")" },
	{ "how long do my process's mmap calls take", NULL,
	  "it says \"my process's\" and not which process: name it (\"the process called myapp\") or quot" },
	{ "count reads by my app", NULL,
	  "it says \"my app\" and not which process: name it (\"the process called myapp\") or quote its " },
	{ "count context switches on cpu", NULL,
	  "it says \"on cpu\" with no CPU's number: \"per CPU\" counts by CPU, \"on CPU 0\" keeps to one" },
	{ "how many times does my app (called myapp) call malloc",
	  "uprobe:/lib/x86_64-linux-gnu/libc.so.6:malloc /comm == \"myapp\"/ {\n"
	  "  assert(comm == \"myapp\", \"only myapp\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "sample which processes are on cpu at 99hz",
	  "profile:hz:99 {\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "count opens on cpu 1",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /cpu == 1/ {\n"
	  "  assert(cpu == 1, \"only cpu 1\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "show process exits with their exit code",
	  "tracepoint:sched:sched_process_exit /args->pid == pid/ {\n"
	  "  assert(args->pid == pid, \"process exits\");\n"
	  "  printf(\"%-16s %-7d code %d\\n\", comm, pid, ((curtask->exit_code&0x7f)?128+(curtask->exit_code&0x7f):(curtask->exit_code>>8)&0xff));\n"
	  "}\n",
	  NULL },
	{ "count process exits by exit code",
	  "tracepoint:sched:sched_process_exit /args->pid == pid/ {\n"
	  "  assert(args->pid == pid, \"process exits\");\n"
	  "  @count[((curtask->exit_code&0x7f)?128+(curtask->exit_code&0x7f):(curtask->exit_code>>8)&0xff)] = count();\n"
	  "}\n",
	  NULL },
	{ "exit code of each process exit",
	  "tracepoint:sched:sched_process_exit /args->pid == pid/ {\n"
	  "  assert(args->pid == pid, \"process exit\");\n"
	  "  printf(\"%-16s %-7d code %d\\n\", comm, pid, ((curtask->exit_code&0x7f)?128+(curtask->exit_code&0x7f):(curtask->exit_code>>8)&0xff));\n"
	  "}\n",
	  NULL },
	{ "count exits and their exit codes by process",
	  "tracepoint:sched:sched_process_exit /args->pid == pid/ {\n"
	  "  assert(args->pid == pid, \"exits\");\n"
	  "  @count[comm, ((curtask->exit_code&0x7f)?128+(curtask->exit_code&0x7f):(curtask->exit_code>>8)&0xff)] = count();\n"
	  "}\n",
	  NULL },
	{ "log every process that exits along with its exit code",
	  "tracepoint:sched:sched_process_exit /args->pid == pid/ {\n"
	  "  assert(args->pid == pid, \"process\");\n"
	  "  printf(\"%-16s %-7d code %d\\n\", comm, pid, ((curtask->exit_code&0x7f)?128+(curtask->exit_code&0x7f):(curtask->exit_code>>8)&0xff));\n"
	  "}\n",
	  NULL },
	{ "Count opens by filename. Only the log files.", NULL,
	  "it says \"Only\", and nothing said with it is kept to: say which process, path, pid or bound" },
	{ "Trace tcp connects. Just the ssh port.", NULL,
	  "it says \"ssh port\": a port by its name, which the offline reader does not look up" },
	{ "Count syscalls by process. Only for the zq_nosuch user.", NULL,
	  "it names the user \"zq_nosuch\", which this machine has not" },
	{ "Trace execs; only ones with arguments", NULL,
	  "it says \"only\", and nothing said with it is kept to: say which process, path, pid or bound" },
	{ "count opens by nginx only",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /comm == \"nginx\"/ {\n"
	  "  assert(comm == \"nginx\", \"only nginx\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "Count opens. Only for pid 42.",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /pid == 42/ {\n"
	  "  assert(pid == 42, \"only pid 42\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "Trace execs. Just the ones by cron.",
	  "tracepoint:syscalls:sys_enter_execve /comm == \"cron\"/ {\n"
	  "  assert(comm == \"cron\", \"only cron\");\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n",
	  NULL },
	{ "Just a total please: number of tcp connections established to remote port 45133",
	  "tracepoint:sock:inet_sock_set_state /args->dport == 45133 && args->protocol == 6 && args->newstate == 1/ {\n"
	  "  assert(args->dport == 45133, \"only remote port 45133\");\n"
	  "  assert(args->protocol == 6 && args->newstate == 1, \"tcp connections established\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "Traces every execve and logs the pid, parent name and filename",
	  "tracepoint:syscalls:sys_enter_execve {\n"
	  "  printf(\"%-16s %-7d parent_comm %s filename %s\\n\", comm, pid, curtask->real_parent->comm, str(args->filename));\n"
	  "}\n",
	  NULL },
	{ "show execs with the parent pid",
	  "tracepoint:syscalls:sys_enter_execve {\n"
	  "  printf(\"%-16s %-7d ppid %d\\n\", comm, pid, curtask->real_parent->tgid);\n"
	  "}\n",
	  NULL },
	{ "count execs by parent process name",
	  "tracepoint:syscalls:sys_enter_execve {\n"
	  "  @count[curtask->real_parent->comm] = count();\n"
	  "}\n",
	  NULL },
	{ "show clone calls with the parent pid", NULL,
	  "it asks for \"parent pid\" of clone, where the task that runs is a parent" },
	{ "show process exits with ppid",
	  "tracepoint:sched:sched_process_exit /args->pid == pid/ {\n"
	  "  assert(args->pid == pid, \"process exits\");\n"
	  "  printf(\"%-16s %-7d ppid %d\\n\", comm, pid, curtask->real_parent->tgid);\n"
	  "}\n",
	  NULL },
	{ "count context switches by parent pid", NULL,
	  "it asks for \"parent pid\" of context switches, which is about another task too: say which o" },
	{ "show tcp retransmits with the parent pid", NULL,
	  "it asks for \"parent pid\" of tcp retransmits, which happens outside the task it is about" },
	{ "disk latency hist",
	  "tracepoint:block:block_rq_issue {\n"
	  "  @start[args->dev, args->sector] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:block:block_rq_complete /@start[args->dev, args->sector] != 0/ {\n"
	  "  $ns = nsecs - @start[args->dev, args->sector];\n"
	  "  delete(@start[args->dev, args->sector]);\n"
	  "  @hist_us = hist($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "disk reads by process",
	  "tracepoint:block:block_rq_issue /strncmp(args->rwbs, \"R\", 1) == 0/ {\n"
	  "  assert(strncmp(args->rwbs, \"R\", 1) == 0, \"disk\");\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "execs w/ args",
	  "tracepoint:syscalls:sys_enter_execve {\n"
	  "  printf(\"%-16s %-7d argv \", comm, pid);\n"
	  "  join(args->argv);\n"
	  "}\n",
	  NULL },
	{ "pagefaults top 10 procs",
	  "tracepoint:exceptions:page_fault_user,tracepoint:exceptions:page_fault_kernel {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@count, 10);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "runq latency hist",
	  "tracepoint:sched:sched_wakeup,tracepoint:sched:sched_wakeup_new {\n"
	  "  @start[args->pid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sched:sched_switch /@start[args->next_pid] != 0/ {\n"
	  "  $ns = nsecs - @start[args->next_pid];\n"
	  "  delete(@start[args->next_pid]);\n"
	  "  @hist_us = hist($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "Lists the top 5 filenames by number of opens over a 10 second window",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count[str(args->filename)] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:10 {\n"
	  "  exit();\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@count, 5);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "Prints a histogram of block I/O request latency from issue to completion, in microseconds",
	  "tracepoint:block:block_rq_issue {\n"
	  "  @start[args->dev, args->sector] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:block:block_rq_complete /@start[args->dev, args->sector] != 0/ {\n"
	  "  $ns = nsecs - @start[args->dev, args->sector];\n"
	  "  delete(@start[args->dev, args->sector]);\n"
	  "  @hist_us = hist($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "Counts syscalls by process name and prints the top 10 every 5 seconds, then clears the map",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:5 {\n"
	  "  print(@count, 10);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "read latency from issue to completion", NULL,
	  "it names two events (\"read\" and \"from\")" },
	{ "show processes exiting with code 1",
	  "tracepoint:sched:sched_process_exit /((curtask->exit_code&0x7f)?128+(curtask->exit_code&0x7f):(curtask->exit_code>>8)&0xff) == 1 && args->pid == pid/ {\n"
	  "  assert(((curtask->exit_code&0x7f)?128+(curtask->exit_code&0x7f):(curtask->exit_code>>8)&0xff) == 1, \"only code 1\");\n"
	  "  assert(args->pid == pid, \"processes exiting\");\n"
	  "  printf(\"%-16s %-7d\\n\", comm, pid);\n"
	  "}\n",
	  NULL },
	{ "show execs with the parent's parent pid", NULL,
	  "it asks for a parent's parent (\"parent's ... parent\"), which the offline reader does not r" },
	{ "show execs with the parent pid of the parent", NULL,
	  "it asks for a parent's parent (\"parent ... parent\"), which the offline reader does not rea" },
	{ "show execs from my parent", NULL,
	  "it keeps to a parent (\"from my parent\"), which the offline reader does not do" },
	{ "count opens for my user", NULL,
	  "it says \"for my user\" and not which: name it (\"for user 1000\", \"for the process called mya" },
	{ "count reads for that process", NULL,
	  "it says \"for that process\" and not which: name it (\"for user 1000\", \"for the process calle" },
	{ "count exit codes per thread", NULL,
	  "it asks for \"thread\" of exit codes, which happens once per process, in whichever thread" },
	{ "show exiting threads with their parent", NULL,
	  "it asks for \"parent\" of exiting threads, a thread's: its parent is its process's, not the " },
	{ "show wait4 calls with the parent pid", NULL,
	  "it asks for \"parent pid\" of wait4, where the task that runs is a parent" },
	{ "count processes running over 10 seconds", NULL,
	  "it gives a bound (\"over 10 seconds\") without saying it is how long each call takes (\"reads" },
	{ "count opens for a 10-second window",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:10 {\n"
	  "  exit();\n"
	  "}\n",
	  NULL },
	{ "write a bpftrace script that counts syscalls by process",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "write a program that deletes /tmp/foo", NULL,
	  "it is not a tracing task (bpftrace only observes the system)" },
	{ "top 10 procs by ctx switches, refresh every 5s",
	  "tracepoint:sched:sched_switch {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:5 {\n"
	  "  print(@count, 10);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "Traces kill(). Prints sender pid and comm, target pid, signal. Filters on SIGKILL only.",
	  "tracepoint:syscalls:sys_enter_kill /args->sig == 9/ {\n"
	  "  assert(args->sig == 9, \"only SIGKILL\");\n"
	  "  printf(\"%-16s %-7d target %d signal %d\\n\", comm, pid, args->pid, args->sig);\n"
	  "}\n",
	  NULL },
	{ "count nanosleep calls of the sleep command", NULL,
	  "it has \"sleep\" where a process's name stands, and \"sleep\" is a word too: quote the name (b" },
	{ "which procs getting OOM killed on this node rn",
	  "tracepoint:oom:mark_victim {\n"
	  "  printf(\"%-16s %-7d\\n\", str(args->comm), args->pid);\n"
	  "}\n",
	  NULL },
	{ "I would like to measure how long each process lives, from fork until exit.",
	  "tracepoint:task:task_newtask /!(args->clone_flags & 0x10000)/ {\n"
	  "  @start[args->pid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sched:sched_process_exit /@start[tid] != 0 && args->pid == pid/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  printf(\"%-16s %-7d us %d\\n\", comm, pid, $ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "count opens by process, 10s window",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:10 {\n"
	  "  exit();\n"
	  "}\n",
	  NULL },
	{ "tcp retransmits by dst ip, 10s window",
	  "tracepoint:tcp:tcp_retransmit_skb {\n"
	  "  @count[ntop(args->daddr_v6)] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:10 {\n"
	  "  exit();\n"
	  "}\n",
	  NULL },
	{ "show tcp connects w/ dst ip and dst port",
	  "tracepoint:sock:inet_sock_set_state /args->protocol == 6 && args->oldstate == 7 && args->newstate == 2/ {\n"
	  "  assert(args->protocol == 6 && args->oldstate == 7 && args->newstate == 2, \"tcp\");\n"
	  "  printf(\"%-16s %-7d address %s port %d\\n\", comm, pid, ntop(args->daddr_v6), args->dport);\n"
	  "}\n",
	  NULL },
	{ "pg faults/sec per proc, top 5",
	  "tracepoint:exceptions:page_fault_user,tracepoint:exceptions:page_fault_kernel {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count, 5);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "runq lat histo for cpu 3 only",
	  "tracepoint:sched:sched_wakeup,tracepoint:sched:sched_wakeup_new {\n"
	  "  @start[args->pid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sched:sched_switch /@start[args->next_pid] != 0/ {\n"
	  "  $ns = nsecs - @start[args->next_pid];\n"
	  "  delete(@start[args->next_pid]);\n"
	  "  if (cpu == 3) {\n"
	  "    assert(cpu == 3, \"only cpu 3\");\n"
	  "    @hist_us = hist($ns / 1000);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "only show the filename of opens",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  printf(\"filename %s\\n\", str(args->filename));\n"
	  "}\n",
	  NULL },
	{ "count reads over 10 seconds", NULL,
	  "\"over 10\" may be a time to trace for or a bound on what is measured: say \"for 10 seconds\" " },
	{ "print just the pid of execs",
	  "tracepoint:syscalls:sys_enter_execve {\n"
	  "  printf(\"pid %d\\n\", pid);\n"
	  "}\n",
	  NULL },
	{ "print fsync calls over 1s", NULL,
	  "\"over 1s\" may be a time to trace for or a bound on what is measured: say \"for 10 seconds\" " },
	{ "count page faults by process over 10s",
	  "tracepoint:exceptions:page_fault_user,tracepoint:exceptions:page_fault_kernel {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:10 {\n"
	  "  exit();\n"
	  "}\n",
	  NULL },
	{ "who opens my /etc/nginx files?", NULL,
	  "it says \"/etc/nginx files\": the files under it? say \"under /etc/nginx\"" },
	{ "count kmalloc by caller", NULL,
	  "it says \"caller\", and kmalloc has a call site of its own besides the process: which one is" },
	{ "show every exec with its parent name and pid", NULL,
	  "it says \"parent name and pid\": whose pid is not said (\"the parent's name and the parent's " },
	{ "print only the errno of failed opens",
	  "tracepoint:syscalls:sys_exit_open,tracepoint:syscalls:sys_exit_openat /args->ret < 0/ {\n"
	  "  assert(args->ret < 0, \"a failed call\");\n"
	  "  printf(\"errno %d\\n\", -args->ret);\n"
	  "}\n",
	  NULL },
	{ "show just the child pid for each fork",
	  "tracepoint:task:task_newtask /!(args->clone_flags & 0x10000)/ {\n"
	  "  printf(\"child %d\\n\", args->pid);\n"
	  "}\n",
	  NULL },
	{ "count mount/umount calls",
	  "tracepoint:syscalls:sys_enter_mount {\n"
	  "  @count_mount = count();\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_enter_umount {\n"
	  "  @count_umount = count();\n"
	  "}\n",
	  NULL },
	{ "log setuid/setgid calls",
	  "tracepoint:syscalls:sys_enter_setuid {\n"
	  "  printf(\"setuid %-16s %-7d\\n\", comm, pid);\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_enter_setgid {\n"
	  "  printf(\"setgid %-16s %-7d\\n\", comm, pid);\n"
	  "}\n",
	  NULL },
	{ "read/write ratio", NULL,
	  "it names two events (\"read\" and \"write\")" },
	{ "show reads over 10ms",
	  "tracepoint:syscalls:sys_enter_read {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_read /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  if ($ns > 10000000) {\n"
	  "    assert($ns > 10000000, \"over 10ms\");\n"
	  "    printf(\"%-16s %-7d ms %d\\n\", comm, pid, $ns / 1000000);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "show fsyncs > 1s",
	  "tracepoint:syscalls:sys_enter_fsync {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_fsync /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  if ($ns > 1000000000) {\n"
	  "    assert($ns > 1000000000, \"> 1s\");\n"
	  "    printf(\"%-16s %-7d ms %d\\n\", comm, pid, $ns / 1000000);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "print only the exit code of processes that exit", NULL,
	  "it says \"only\", and nothing said with it is kept to: say which process, path, pid or bound" },
	{ "print only the comm of the parent of each fork", NULL,
	  "it asks for something \"of the parent\": say \"parent name\" or \"parent pid\"" },
	{ "print only the port of tcp connects",
	  "tracepoint:sock:inet_sock_set_state /args->protocol == 6 && args->oldstate == 7 && args->newstate == 2/ {\n"
	  "  assert(args->protocol == 6 && args->oldstate == 7 && args->newstate == 2, \"tcp\");\n"
	  "  printf(\"port %d\\n\", args->dport);\n"
	  "}\n",
	  NULL },
	{ "count renames by old and new names",
	  "tracepoint:syscalls:sys_enter_rename,tracepoint:syscalls:sys_enter_renameat,tracepoint:syscalls:sys_enter_renameat2 {\n"
	  "  @count[str(args->oldname), str(args->newname)] = count();\n"
	  "}\n",
	  NULL },
	{ "print only the old and new names of renames",
	  "tracepoint:syscalls:sys_enter_rename,tracepoint:syscalls:sys_enter_renameat,tracepoint:syscalls:sys_enter_renameat2 {\n"
	  "  printf(\"oldname %s newname %s\\n\", str(args->oldname), str(args->newname));\n"
	  "}\n",
	  NULL },
	{ "Could you count how many times each process calls rename, and print the old and new file names?", NULL,
	  "it groups by more than two things" },
	{ "trace kill and signals delivered", NULL,
	  "it names two events (\"kill\" and \"signals\")" },
	{ "Could you write a simple program that prints a line every time any process calls open()?",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n",
	  NULL },
	{ "A script that counts opens per filename and prints the top 10 every 5 seconds.",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count[str(args->filename)] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:5 {\n"
	  "  print(@count, 10);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "Please make program which show me all file that is open by process nginx",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /comm == \"nginx\"/ {\n"
	  "  assert(comm == \"nginx\", \"only nginx\");\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n",
	  NULL },
	{ "make processes: count their exits", NULL,
	  "it has \"make\" where a process's name stands, and \"make\" is a word too: quote the name (by " },
	{ "Find processes that open /etc/passwd",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /str(args->filename) == \"/etc/passwd\"/ {\n"
	  "  assert(str(args->filename) == \"/etc/passwd\", \"only the path /etc/passwd, as the call is given it\");\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n",
	  NULL },
	{ "whos hammering the disk rn",
	  "tracepoint:block:block_rq_issue {\n"
	  "  printf(\"%-16s %-7d\\n\", comm, pid);\n"
	  "}\n",
	  NULL },
	{ "How do I see the exit codes of processes when they finish?",
	  "tracepoint:sched:sched_process_exit /args->pid == pid/ {\n"
	  "  assert(args->pid == pid, \"processes\");\n"
	  "  printf(\"%-16s %-7d code %d\\n\", comm, pid, ((curtask->exit_code&0x7f)?128+(curtask->exit_code&0x7f):(curtask->exit_code>>8)&0xff));\n"
	  "}\n",
	  NULL },
	{ "Count context switches per CPU, sampled every second, for one minute.",
	  "tracepoint:sched:sched_switch {\n"
	  "  @count[cpu] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:60 {\n"
	  "  exit();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "count opens during 10 seconds",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:10 {\n"
	  "  exit();\n"
	  "}\n",
	  NULL },
	{ "tcp retransmits by dst, top 10",
	  "tracepoint:tcp:tcp_retransmit_skb {\n"
	  "  @count[ntop(args->daddr_v6)] = count();\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@count, 10);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "execs by user id 1001", NULL,
	  "it asks for \"by user\", and the program does not show the user" },
	{ "I want know how many time the process call the write, for each process please",
	  "tracepoint:syscalls:sys_enter_write {\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "which pid is forking like crazy",
	  "tracepoint:task:task_newtask /!(args->clone_flags & 0x10000)/ {\n"
	  "  printf(\"%-16s %-7d child %d\\n\", comm, pid, args->pid);\n"
	  "}\n",
	  NULL },
	{ "execs of user id 1001",
	  "tracepoint:syscalls:sys_enter_execve /uid == 1001/ {\n"
	  "  assert(uid == 1001, \"only user id 1001\");\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n",
	  NULL },
	{ "which processes are calling connect() and to what ports?",
	  "tracepoint:syscalls:sys_enter_connect /(*(uint16*)args->uservaddr == 2||*(uint16*)args->uservaddr==10)/ {\n"
	  "  assert((*(uint16*)args->uservaddr == 2||*(uint16*)args->uservaddr==10), \"only events that have a port\");\n"
	  "  printf(\"%-16s %-7d port %d\\n\", comm, pid, ((uint8*)args->uservaddr)[2]*256+((uint8*)args->uservaddr)[3]);\n"
	  "}\n",
	  NULL },
	{ "count binds by port",
	  "tracepoint:syscalls:sys_enter_bind /(*(uint16*)args->umyaddr == 2||*(uint16*)args->umyaddr==10)/ {\n"
	  "  assert((*(uint16*)args->umyaddr == 2||*(uint16*)args->umyaddr==10), \"only events that have a port\");\n"
	  "  @count[((uint8*)args->umyaddr)[2]*256+((uint8*)args->umyaddr)[3]] = count();\n"
	  "}\n",
	  NULL },
	{ "which process binds port 8080",
	  "tracepoint:syscalls:sys_enter_bind /((*(uint16*)args->umyaddr == 2||*(uint16*)args->umyaddr==10)) && ((uint8*)args->umyaddr)[2]*256+((uint8*)args->umyaddr)[3] == 8080/ {\n"
	  "  assert((*(uint16*)args->umyaddr == 2||*(uint16*)args->umyaddr==10), \"only events that have a port\");\n"
	  "  assert(((uint8*)args->umyaddr)[2]*256+((uint8*)args->umyaddr)[3] == 8080, \"only port 8080\");\n"
	  "  printf(\"%-16s %-7d\\n\", comm, pid);\n"
	  "}\n",
	  NULL },
	{ "count connect calls",
	  "tracepoint:syscalls:sys_enter_connect {\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count connects by address", NULL,
	  "it asks for \"address\", which the event has no field for" },
	{ "latency of kill",
	  "tracepoint:syscalls:sys_enter_kill {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_kill /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  printf(\"%-16s %-7d us %d\\n\", comm, pid, $ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "count failed kill calls",
	  "tracepoint:syscalls:sys_exit_kill /args->ret < 0/ {\n"
	  "  assert(args->ret < 0, \"failed\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "how many connect calls succeeded, per process",
	  "tracepoint:syscalls:sys_exit_connect /args->ret >= 0/ {\n"
	  "  assert(args->ret >= 0, \"succeeded\");\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "Which postgres backend pids do the most disk reads?", NULL,
	  "it asks for \"backend\", which the event has no field for" },
	{ "Watch processes which exec bash", NULL,
	  "it names the program started (\"exec bash\"): the offline reader keeps to the process that a" },
	{ "who execs sudo", NULL,
	  "it names the program started (\"execs sudo\"): the offline reader keeps to the process that " },
	{ "make processes that exit with code 2", NULL,
	  "it has \"make\" where a process's name stands, and \"make\" is a word too: quote the name (by " },
	{ "make: count syscalls", NULL,
	  "it has \"make\" where a process's name stands, and \"make\" is a word too: quote the name (by " },
	{ "gcc and make: count execs", NULL,
	  "it has \"make\" where a process's name stands, and \"make\" is a word too: quote the name (by " },
	{ "count opens by bash and make", NULL,
	  "it has \"make\" where a process's name stands, and \"make\" is a word too: quote the name (by " },
	{ "Top processes by syscalls",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "a program that deletes files", NULL,
	  "it is not a tracing task (bpftrace only observes the system)" },
	{ "I want a program that deletes files in /tmp", NULL,
	  "it is not a tracing task (bpftrace only observes the system)" },
	{ "write me a one-liner that counts page faults by process",
	  "tracepoint:exceptions:page_fault_user,tracepoint:exceptions:page_fault_kernel {\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "write a small bpftrace tool to histogram read sizes",
	  "tracepoint:syscalls:sys_exit_read /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @hist_bytes = hist(args->ret);\n"
	  "}\n",
	  NULL },
	{ "We run java here. show tcp connects", NULL,
	  "it names \"java\" before what it asks, which neither names it nor points back to it (\"its\", " },
	{ "Our nginx is slow, can you count opens", NULL,
	  "it names \"nginx\" before what it asks, which neither names it nor points back to it (\"its\"," },
	{ "nginx is slow. count its opens", NULL,
	  "it asks for \"slow\", which the event has no field for" },
	{ "count opens every 5 sec for 1 min",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:60 {\n"
	  "  exit();\n"
	  "}\n"
	  "\n"
	  "interval:s:5 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "a program that truncates log files", NULL,
	  "it is not a tracing task (bpftrace only observes the system)" },
	{ "outbound tcp connects made by python3, print only the port",
	  "tracepoint:sock:inet_sock_set_state /comm == \"python3\" && args->protocol == 6 && args->oldstate == 7 && args->newstate == 2/ {\n"
	  "  assert(comm == \"python3\", \"only python3\");\n"
	  "  assert(args->protocol == 6 && args->oldstate == 7 && args->newstate == 2, \"outbound tcp connects\");\n"
	  "  printf(\"port %d\\n\", args->dport);\n"
	  "}\n",
	  NULL },
	{ "print each open with a timestamp",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  printf(\"%-16s %-7d time %s\\n\", comm, pid, strftime(\"%H:%M:%S\", nsecs));\n"
	  "}\n",
	  NULL },
	{ "count opens by timestamp", NULL,
	  "it asks for \"timestamp\" in a summary: a time is printed on each line, never counted by" },
	{ "signals nginx receives",
	  "tracepoint:signal:signal_generate /args->comm == \"nginx\"/ {\n"
	  "  assert(args->comm == \"nginx\", \"only nginx\");\n"
	  "  printf(\"%-16s %-7d signal %d\\n\", args->comm, args->pid, args->sig);\n"
	  "}\n",
	  NULL },
	{ "count connects to :53",
	  "tracepoint:syscalls:sys_enter_connect /((*(uint16*)args->uservaddr == 2||*(uint16*)args->uservaddr==10)) && ((uint8*)args->uservaddr)[2]*256+((uint8*)args->uservaddr)[3] == 53/ {\n"
	  "  assert((*(uint16*)args->uservaddr == 2||*(uint16*)args->uservaddr==10), \"only events that have a port\");\n"
	  "  assert(((uint8*)args->uservaddr)[2]*256+((uint8*)args->uservaddr)[3] == 53, \"only : 53\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "Please, a program that deletes files", NULL,
	  "it is not a tracing task (bpftrace only observes the system)" },
	{ "Hello, a program that sends SIGKILL to bash", NULL,
	  "it is not a tracing task (bpftrace only observes the system)" },
	{ "Thanks! A program that counts opens",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count the processes nginx kills", NULL,
	  "it groups by \"processes\" at kills, which is about two tasks, while keeping to nginx: say \"" },
	{ "count accepted connections by port", NULL,
	  "it says \"port\", and accepted connections has a local and a remote one: which is not said" },
	{ "tcp retransmits by dst port",
	  "tracepoint:tcp:tcp_retransmit_skb {\n"
	  "  @count[args->dport] = count();\n"
	  "}\n",
	  NULL },
	{ "list incoming tcp connections accepted on this server with the remote address and port",
	  "tracepoint:sock:inet_sock_set_state /args->protocol == 6 && args->oldstate == 3 && args->newstate == 1/ {\n"
	  "  assert(args->protocol == 6 && args->oldstate == 3 && args->newstate == 1, \"incoming tcp connections accepted\");\n"
	  "  printf(\"address %s port %d\\n\", ntop(args->daddr_v6), args->dport);\n"
	  "}\n",
	  NULL },
	{ "Apart from nginx, count its opens", NULL,
	  "it leaves out nginx and points back at it (\"its\"): say which is meant" },
	{ "connects on port 65536", NULL,
	  "it keeps to port 65536, and no port is over 65535" },
	{ "which process deletes my files", NULL,
	  "it says \"my files\" and not which: give its path" },
	{ "connects from pid 1234 to port 3306",
	  "tracepoint:syscalls:sys_enter_connect /pid == 1234 && ((*(uint16*)args->uservaddr == 2||*(uint16*)args->uservaddr==10)) && ((uint8*)args->uservaddr)[2]*256+((uint8*)args->uservaddr)[3] == 3306/ {\n"
	  "  assert(pid == 1234, \"only pid 1234\");\n"
	  "  assert((*(uint16*)args->uservaddr == 2||*(uint16*)args->uservaddr==10), \"only events that have a port\");\n"
	  "  assert(((uint8*)args->uservaddr)[2]*256+((uint8*)args->uservaddr)[3] == 3306, \"only port 3306\");\n"
	  "  printf(\"%-16s %-7d\\n\", comm, pid);\n"
	  "}\n",
	  NULL },
	{ "top 3 destination ports for outgoing connect() calls when I stop tracing",
	  "tracepoint:syscalls:sys_enter_connect /(*(uint16*)args->uservaddr == 2||*(uint16*)args->uservaddr==10)/ {\n"
	  "  assert((*(uint16*)args->uservaddr == 2||*(uint16*)args->uservaddr==10), \"only events that have a port\");\n"
	  "  @count[((uint8*)args->uservaddr)[2]*256+((uint8*)args->uservaddr)[3]] = count();\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@count, 3);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "top 5 read sizes", NULL,
	  "it does not say whether to count, total or make a histogram of \"sizes\"" },
	{ "count opens until ctrl-c",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "python3 bind() calls: tally them per port (ipv4, host order)",
	  "tracepoint:syscalls:sys_enter_bind /((*(uint16*)args->umyaddr == 2||*(uint16*)args->umyaddr==10)) && comm == \"python3\" && (*(uint16*)args->umyaddr) == 2/ {\n"
	  "  assert((*(uint16*)args->umyaddr == 2||*(uint16*)args->umyaddr==10), \"only events that have a port\");\n"
	  "  assert(comm == \"python3\", \"only python3\");\n"
	  "  assert((*(uint16*)args->umyaddr) == 2, \"only ipv4\");\n"
	  "  @count[((uint8*)args->umyaddr)[2]*256+((uint8*)args->umyaddr)[3]] = count();\n"
	  "}\n",
	  NULL },
	{ "ipv6 connects by port",
	  "tracepoint:syscalls:sys_enter_connect /((*(uint16*)args->uservaddr == 2||*(uint16*)args->uservaddr==10)) && (*(uint16*)args->uservaddr) == 10/ {\n"
	  "  assert((*(uint16*)args->uservaddr == 2||*(uint16*)args->uservaddr==10), \"only events that have a port\");\n"
	  "  assert((*(uint16*)args->uservaddr) == 10, \"only ipv6\");\n"
	  "  @count[((uint8*)args->uservaddr)[2]*256+((uint8*)args->uservaddr)[3]] = count();\n"
	  "}\n",
	  NULL },
	{ "count ipv4 connects",
	  "tracepoint:syscalls:sys_enter_connect /(*(uint16*)args->uservaddr) == 2/ {\n"
	  "  assert((*(uint16*)args->uservaddr) == 2, \"only ipv4\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count forks by pid of the new process", NULL,
	  "it asks for the new one's \"pid\" at new process, whose own pid is the one making it: say \"c" },
	{ "show new threads with their thread id", NULL,
	  "it asks for the new one's \"id\" at new threads, whose own pid is the one making it: say \"ch" },
	{ "On my ARM board the SPI driver stalls sometimes; can I get a histogram of time spent in spi_sync in microseconds?", NULL,
	  "it names no event the lexicon or this kernel knows (it knows nothing of \"SPI\"" },
	{ "tcp retransmits by destination ip and port, top 20",
	  "tracepoint:tcp:tcp_retransmit_skb {\n"
	  "  @count[ntop(args->daddr_v6), args->dport] = count();\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@count, 20);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "exec trace, uid 0 only",
	  "tracepoint:syscalls:sys_enter_execve /uid == 0/ {\n"
	  "  assert(uid == 0, \"only uid 0\");\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n",
	  NULL },
	{ "Count TCP RSTs sent per remote port every 5 seconds.", NULL,
	  "it asks for \"remote port\", which the event has no field for" },
	{ "Can you make a tool what count the bytes read by each thread of pid 1500?",
	  "tracepoint:syscalls:sys_exit_read /args->ret > 0 && pid == 1500/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  assert(pid == 1500, \"only pid 1500\");\n"
	  "  @sum_bytes[comm, tid] = sum(args->ret);\n"
	  "}\n",
	  NULL },
	{ "Show mmap calls larger than 1 MB from the camera_daemon process.",
	  "tracepoint:syscalls:sys_enter_mmap /comm == \"camera_daemon\" && args->len > 1048576/ {\n"
	  "  assert(comm == \"camera_daemon\", \"only camera_daemon\");\n"
	  "  assert(args->len > 1048576, \"larger than 1 MB\");\n"
	  "  printf(\"%-16s %-7d len %u\\n\", comm, pid, args->len);\n"
	  "}\n",
	  NULL },
	{ "I would like see the exit code when process finish, only for the python3.",
	  "tracepoint:sched:sched_process_exit /comm == \"python3\" && args->pid == pid/ {\n"
	  "  assert(comm == \"python3\", \"only python3\");\n"
	  "  assert(args->pid == pid, \"process\");\n"
	  "  printf(\"%-16s %-7d code %d\\n\", comm, pid, ((curtask->exit_code&0x7f)?128+(curtask->exit_code&0x7f):(curtask->exit_code>>8)&0xff));\n"
	  "}\n",
	  NULL },
	{ "run queue latency histogram, only the ones above 1ms",
	  "tracepoint:sched:sched_wakeup,tracepoint:sched:sched_wakeup_new {\n"
	  "  @start[args->pid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sched:sched_switch /@start[args->next_pid] != 0/ {\n"
	  "  $ns = nsecs - @start[args->next_pid];\n"
	  "  delete(@start[args->next_pid]);\n"
	  "  if ($ns > 1000000) {\n"
	  "    assert($ns > 1000000, \"above 1ms\");\n"
	  "    @hist_ms = hist($ns / 1000000);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "count opens by time", NULL,
	  "it has \"time\" where a process's name stands, and \"time\" is a word too: quote the name (by " },
	{ "Scheduler run queue latency for threads named \"tick\" only, histogram in us",
	  "tracepoint:sched:sched_wakeup,tracepoint:sched:sched_wakeup_new /args->comm == \"tick\"/ {\n"
	  "  assert(args->comm == \"tick\", \"only tick\");\n"
	  "  @start[args->pid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sched:sched_switch /@start[args->next_pid] != 0 && args->next_comm == \"tick\"/ {\n"
	  "  assert(args->next_comm == \"tick\", \"only tick\");\n"
	  "  $ns = nsecs - @start[args->next_pid];\n"
	  "  delete(@start[args->next_pid]);\n"
	  "  @hist_us = hist($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "Delete log files in /var/log", NULL,
	  "it is not a tracing task (bpftrace only observes the system)" },
	{ "disable audit logging", NULL,
	  "it is not a tracing task (bpftrace only observes the system)" },
	{ "I want a program that can show who opens /etc/passwd",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /str(args->filename) == \"/etc/passwd\"/ {\n"
	  "  assert(str(args->filename) == \"/etc/passwd\", \"only the path /etc/passwd, as the call is given it\");\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n",
	  NULL },
	{ "Give me a script to see which files nginx opens",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /comm == \"nginx\"/ {\n"
	  "  assert(comm == \"nginx\", \"only nginx\");\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n",
	  NULL },
	{ "trace fork and kill", NULL,
	  "it names two events (\"fork\" and \"kill\")" },
	{ "trace unlinks by nginx with their files",
	  "tracepoint:syscalls:sys_enter_unlink,tracepoint:syscalls:sys_enter_unlinkat /comm == \"nginx\"/ {\n"
	  "  assert(comm == \"nginx\", \"only nginx\");\n"
	  "  printf(\"%-16s %-7d file %s\\n\", comm, pid, str(args->pathname));\n"
	  "}\n",
	  NULL },
	{ "exit codes of processes that failed", NULL,
	  "it asks for \"failed\" of an event that returns nothing" },
	{ "failed kill calls for pid 1234", NULL,
	  "it names a process at kill, which is about two tasks: which one is not said (\"to\" the one " },
	{ "count ipv6 connects",
	  "tracepoint:syscalls:sys_enter_connect /(*(uint16*)args->uservaddr) == 10/ {\n"
	  "  assert((*(uint16*)args->uservaddr) == 10, \"only ipv6\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "nonzero exit codes",
	  "tracepoint:sched:sched_process_exit /args->pid == pid && (curtask->exit_code & 0xff7f) != 0/ {\n"
	  "  assert(args->pid == pid && (curtask->exit_code & 0xff7f) != 0, \"nonzero exit codes\");\n"
	  "  printf(\"%-16s %-7d code %d\\n\", comm, pid, ((curtask->exit_code&0x7f)?128+(curtask->exit_code&0x7f):(curtask->exit_code>>8)&0xff));\n"
	  "}\n",
	  NULL },
	{ "count non-zero exit codes by process",
	  "tracepoint:sched:sched_process_exit /args->pid == pid && (curtask->exit_code & 0xff7f) != 0/ {\n"
	  "  assert(args->pid == pid && (curtask->exit_code & 0xff7f) != 0, \"non-zero exit codes\");\n"
	  "  @count[comm, ((curtask->exit_code&0x7f)?128+(curtask->exit_code&0x7f):(curtask->exit_code>>8)&0xff)] = count();\n"
	  "}\n",
	  NULL },
	{ "processes that exit with a nonzero status",
	  "tracepoint:sched:sched_process_exit /args->pid == pid && (curtask->exit_code & 0xff7f) != 0/ {\n"
	  "  assert(args->pid == pid && (curtask->exit_code & 0xff7f) != 0, \"nonzero status\");\n"
	  "  printf(\"%-16s %-7d code %d\\n\", comm, pid, ((curtask->exit_code&0x7f)?128+(curtask->exit_code&0x7f):(curtask->exit_code>>8)&0xff));\n"
	  "}\n",
	  NULL },
	{ "show tcp state changes with local and remote addresses and ports",
	  "tracepoint:sock:inet_sock_set_state /args->protocol == 6/ {\n"
	  "  assert(args->protocol == 6, \"tcp state changes\");\n"
	  "  printf(\"oldstate %d newstate %d source %s address %s localport %d port %d\\n\", args->oldstate, args->newstate, ntop(args->saddr_v6), ntop(args->daddr_v6), args->sport, args->dport);\n"
	  "}\n",
	  NULL },
	{ "Show TCP retransmits with source and destination address and port.",
	  "tracepoint:tcp:tcp_retransmit_skb {\n"
	  "  printf(\"address %s port %d source %s localport %d\\n\", ntop(args->daddr_v6), args->dport, ntop(args->saddr_v6), args->sport);\n"
	  "}\n",
	  NULL },
	{ "Is there a way to count opens by process?",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "who opens files that nginx opens", NULL,
	  "it names opens twice (\"opens\" and \"opens\"): say it once" },
	{ "show only the pid of processes opening /etc/shadow",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /str(args->filename) == \"/etc/shadow\"/ {\n"
	  "  assert(str(args->filename) == \"/etc/shadow\", \"only the path /etc/shadow, as the call is given it\");\n"
	  "  printf(\"pid %d\\n\", pid);\n"
	  "}\n",
	  NULL },
	{ "whats eating cpu rn", NULL,
	  "it asks whats, and the program counts samples with nothing to tell them apart (by process," },
	{ "Postgres queries feel slow. Show me a histogram of block I/O latency.", NULL,
	  "it names \"postgres\" before what it asks, which neither names it nor points back to it (\"it" },
	{ "count tcp retrans",
	  "tracepoint:tcp:tcp_retransmit_skb {\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "disk lat histo pls",
	  "tracepoint:block:block_rq_issue {\n"
	  "  @start[args->dev, args->sector] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:block:block_rq_complete /@start[args->dev, args->sector] != 0/ {\n"
	  "  $ns = nsecs - @start[args->dev, args->sector];\n"
	  "  delete(@start[args->dev, args->sector]);\n"
	  "  @hist_us = hist($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "Which processes are sending UDP packets, and how many bytes each?",
	  "tracepoint:sock:sock_send_length /args->ret > 0 && args->protocol == 17 && args->ret >= 0/ {\n"
	  "  assert(args->ret > 0, \"only what it measures\");\n"
	  "  assert(args->protocol == 17 && args->ret >= 0, \"UDP\");\n"
	  "  @sum_bytes[comm] = sum(args->ret);\n"
	  "}\n",
	  NULL },
	{ "Show packets dropped by the kernel with the drop reason, counted every 5s.",
	  "tracepoint:skb:kfree_skb {\n"
	  "  @count[args->reason] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:5 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "which processes are using the cpu the most, just a rough count every 5 seconds",
	  "profile:hz:99 {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:5 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "count crashes by process",
	  "tracepoint:sched:sched_process_exit /args->pid == pid && !(curtask->exit_code & 0x60) && (0x800009f0 >> (curtask->exit_code & 0x1f) & 1)/ {\n"
	  "  assert(args->pid == pid && !(curtask->exit_code & 0x60) && (0x800009f0 >> (curtask->exit_code & 0x1f) & 1), \"crashes\");\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "Give me a list of programs that crash.",
	  "tracepoint:sched:sched_process_exit /args->pid == pid && !(curtask->exit_code & 0x60) && (0x800009f0 >> (curtask->exit_code & 0x1f) & 1)/ {\n"
	  "  assert(args->pid == pid && !(curtask->exit_code & 0x60) && (0x800009f0 >> (curtask->exit_code & 0x1f) & 1), \"programs\");\n"
	  "  printf(\"%-16s %-7d signal %d\\n\", comm, pid, (curtask->exit_code&0x7f));\n"
	  "}\n",
	  NULL },
	{ "nginx crashed, count its opens", NULL,
	  "it names two events (\"crashed\" and \"opens\")" },
	{ "show new processes on my computer",
	  "tracepoint:task:task_newtask /!(args->clone_flags & 0x10000)/ {\n"
	  "  printf(\"%-16s %-7d child %d\\n\", comm, pid, args->pid);\n"
	  "}\n",
	  NULL },
	{ "count accepted connections by source address", NULL,
	  "it says \"source address\", and the source and destination of accepted connections are not i" },
	{ "count accepted connections by destination port", NULL,
	  "it says \"destination port\", and the source and destination of accepted connections are not" },
	{ "src and dst ip and port of incoming tcp connections", NULL,
	  "it says \"src ip\", and the source and destination of incoming tcp connections are not its l" },
	{ "show crashes with signal 11",
	  "tracepoint:sched:sched_process_exit /(curtask->exit_code&0x7f) == 11 && args->pid == pid && !(curtask->exit_code & 0x60) && (0x800009f0 >> (curtask->exit_code & 0x1f) & 1)/ {\n"
	  "  assert((curtask->exit_code&0x7f) == 11, \"only signal 11\");\n"
	  "  assert(args->pid == pid && !(curtask->exit_code & 0x60) && (0x800009f0 >> (curtask->exit_code & 0x1f) & 1), \"crashes\");\n"
	  "  printf(\"%-16s %-7d signal %d\\n\", comm, pid, (curtask->exit_code&0x7f));\n"
	  "}\n",
	  NULL },
	{ "count tcp connects by destination port",
	  "tracepoint:sock:inet_sock_set_state /args->protocol == 6 && args->oldstate == 7 && args->newstate == 2/ {\n"
	  "  assert(args->protocol == 6 && args->oldstate == 7 && args->newstate == 2, \"tcp\");\n"
	  "  @count[args->dport] = count();\n"
	  "}\n",
	  NULL },
	{ "count accepted connections by remote port",
	  "tracepoint:sock:inet_sock_set_state /args->protocol == 6 && args->oldstate == 3 && args->newstate == 1/ {\n"
	  "  assert(args->protocol == 6 && args->oldstate == 3 && args->newstate == 1, \"accepted connections\");\n"
	  "  @count[args->dport] = count();\n"
	  "}\n",
	  NULL },
	{ "tally rsync's exit codes",
	  "tracepoint:sched:sched_process_exit /comm == \"rsync\" && args->pid == pid/ {\n"
	  "  assert(comm == \"rsync\", \"only rsync\");\n"
	  "  assert(args->pid == pid, \"exit codes\");\n"
	  "  @count[((curtask->exit_code&0x7f)?128+(curtask->exit_code&0x7f):(curtask->exit_code>>8)&0xff)] = count();\n"
	  "}\n",
	  NULL },
	{ "count exit codes by process",
	  "tracepoint:sched:sched_process_exit /args->pid == pid/ {\n"
	  "  assert(args->pid == pid, \"exit codes\");\n"
	  "  @count[comm, ((curtask->exit_code&0x7f)?128+(curtask->exit_code&0x7f):(curtask->exit_code>>8)&0xff)] = count();\n"
	  "}\n",
	  NULL },
	{ "print exit codes of bash",
	  "tracepoint:sched:sched_process_exit /comm == \"bash\" && args->pid == pid/ {\n"
	  "  assert(comm == \"bash\", \"only bash\");\n"
	  "  assert(args->pid == pid, \"exit codes\");\n"
	  "  printf(\"%-16s %-7d code %d\\n\", comm, pid, ((curtask->exit_code&0x7f)?128+(curtask->exit_code&0x7f):(curtask->exit_code>>8)&0xff));\n"
	  "}\n",
	  NULL },
	{ "tally exit codes of \"make\"",
	  "tracepoint:sched:sched_process_exit /comm == \"make\" && args->pid == pid/ {\n"
	  "  assert(comm == \"make\", \"only make\");\n"
	  "  assert(args->pid == pid, \"exit codes\");\n"
	  "  @count[((curtask->exit_code&0x7f)?128+(curtask->exit_code&0x7f):(curtask->exit_code>>8)&0xff)] = count();\n"
	  "}\n",
	  NULL },
	{ "exit codes of my-app",
	  "tracepoint:sched:sched_process_exit /comm == \"my-app\" && args->pid == pid/ {\n"
	  "  assert(comm == \"my-app\", \"only my-app\");\n"
	  "  assert(args->pid == pid, \"exit codes\");\n"
	  "  printf(\"%-16s %-7d code %d\\n\", comm, pid, ((curtask->exit_code&0x7f)?128+(curtask->exit_code&0x7f):(curtask->exit_code>>8)&0xff));\n"
	  "}\n",
	  NULL },
	{ "show exit codes of bash",
	  "tracepoint:sched:sched_process_exit /comm == \"bash\" && args->pid == pid/ {\n"
	  "  assert(comm == \"bash\", \"only bash\");\n"
	  "  assert(args->pid == pid, \"exit codes\");\n"
	  "  printf(\"%-16s %-7d code %d\\n\", comm, pid, ((curtask->exit_code&0x7f)?128+(curtask->exit_code&0x7f):(curtask->exit_code>>8)&0xff));\n"
	  "}\n",
	  NULL },
	{ "top 10 processes by cpu time every 5 seconds",
	  "tracepoint:sched:sched_switch {\n"
	  "  @start[args->next_pid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sched:sched_switch /@start[args->prev_pid] != 0/ {\n"
	  "  $ns = nsecs - @start[args->prev_pid];\n"
	  "  delete(@start[args->prev_pid]);\n"
	  "  @sum_ns[args->prev_comm] = sum($ns);\n"
	  "}\n"
	  "\n"
	  "interval:s:5 {\n"
	  "  print(@sum_ns, 10);\n"
	  "  clear(@sum_ns);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "who starts listening on port 8080",
	  "tracepoint:sock:inet_sock_set_state /args->sport == 8080 && args->protocol == 6 && args->newstate == 10/ {\n"
	  "  assert(args->sport == 8080, \"only port 8080\");\n"
	  "  assert(args->protocol == 6 && args->newstate == 10, \"starts listening\");\n"
	  "  printf(\"%-16s %-7d port %d\\n\", comm, pid, args->sport);\n"
	  "}\n",
	  NULL },
	{ "count syscalls/s per proc, top 10, refresh every 1s",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count, 10);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "histogram of write sizes, then exits after 10 seconds",
	  "tracepoint:syscalls:sys_exit_write /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @hist_bytes = hist(args->ret);\n"
	  "}\n"
	  "\n"
	  "interval:s:10 {\n"
	  "  exit();\n"
	  "}\n",
	  NULL },
	{ "trace process exits with non-zero status; print comm, pid and exit code",
	  "tracepoint:sched:sched_process_exit /args->pid == pid && (curtask->exit_code & 0xff7f) != 0/ {\n"
	  "  assert(args->pid == pid && (curtask->exit_code & 0xff7f) != 0, \"non-zero status\");\n"
	  "  printf(\"%-16s %-7d code %d\\n\", comm, pid, ((curtask->exit_code&0x7f)?128+(curtask->exit_code&0x7f):(curtask->exit_code>>8)&0xff));\n"
	  "}\n",
	  NULL },
	{ "show exits after 10 seconds", NULL,
	  "it names no event the lexicon or this kernel knows" },
	{ "count opens per filename, excl. systemd",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /comm != \"systemd\"/ {\n"
	  "  assert(comm != \"systemd\", \"excl systemd\");\n"
	  "  @count[str(args->filename)] = count();\n"
	  "}\n",
	  NULL },
	{ "tell me every time the python app launches another program",
	  "tracepoint:syscalls:sys_enter_execve /comm == \"python\"/ {\n"
	  "  assert(comm == \"python\", \"only python\");\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n",
	  NULL },
	{ "retransmits with local and remote address and port and local and remote address and port and src and dst ip and port and source and destination addresses and ports and local and remote ports",
	  "tracepoint:tcp:tcp_retransmit_skb {\n"
	  "  printf(\"address %s port %d source %s localport %d\\n\", ntop(args->daddr_v6), args->dport, ntop(args->saddr_v6), args->sport);\n"
	  "}\n",
	  NULL },
	{ "show only the pid and exit code of exiting processes",
	  "tracepoint:sched:sched_process_exit /args->pid == pid/ {\n"
	  "  assert(args->pid == pid, \"exiting\");\n"
	  "  printf(\"code %d pid %d\\n\", ((curtask->exit_code&0x7f)?128+(curtask->exit_code&0x7f):(curtask->exit_code>>8)&0xff), pid);\n"
	  "}\n",
	  NULL },
	{ "show only pid and port when a process starts listening",
	  "tracepoint:sock:inet_sock_set_state /args->protocol == 6 && args->newstate == 10/ {\n"
	  "  assert(args->protocol == 6 && args->newstate == 10, \"starts listening\");\n"
	  "  printf(\"pid %d port %d\\n\", pid, args->sport);\n"
	  "}\n",
	  NULL },
	{ "show only the pid and process name of opens",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  printf(\"pid %d comm %s\\n\", pid, comm);\n"
	  "}\n",
	  NULL },
	{ "incoming connections by source's address", NULL,
	  "it says \"source's address\", and the source and destination of incoming connections are not" },
	{ "accepted connections by dsts", NULL,
	  "it says \"dsts\", and the source and destination of accepted connections are not its local a" },
	{ "retransmits where local and remote port is 443", NULL,
	  "it says \"local and remote port\" and a number: which of the two it is is not said" },
	{ "retransmits where source and destination address and port is 443", NULL,
	  "it says \"source and destination ... port\" and a number: which of the two it is is not said" },
	{ "count syscalls by threads named java",
	  "tracepoint:raw_syscalls:sys_enter /comm == \"java\"/ {\n"
	  "  assert(comm == \"java\", \"only java\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "show TCP retransmits with local and remote address and port 80", NULL,
	  "it says \"local and remote ... port\" and a number: which of the two it is is not said" },
	{ "count processes that crash with SIGTERM", NULL,
	  "it keeps the signal to 15 (\"SIGTERM\"), and at the lexicon's crash event it is only ever on" },
	{ "local and remote port 80 of accepted connections", NULL,
	  "it says \"local and remote port\" and a number: which of the two it is is not said" },
	{ "count connections accepted on port 443",
	  "tracepoint:sock:inet_sock_set_state /args->sport == 443 && args->protocol == 6 && args->oldstate == 3 && args->newstate == 1/ {\n"
	  "  assert(args->sport == 443, \"only port 443\");\n"
	  "  assert(args->protocol == 6 && args->oldstate == 3 && args->newstate == 1, \"connections accepted\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count incoming connections to port 22 by remote address",
	  "tracepoint:sock:inet_sock_set_state /args->sport == 22 && args->protocol == 6 && args->oldstate == 3 && args->newstate == 1/ {\n"
	  "  assert(args->sport == 22, \"only port 22\");\n"
	  "  assert(args->protocol == 6 && args->oldstate == 3 && args->newstate == 1, \"incoming connections\");\n"
	  "  @count[ntop(args->daddr_v6)] = count();\n"
	  "}\n",
	  NULL },
	{ "accepted connections port 443", NULL,
	  "it keeps to a port (\"port 443\"), and accepted connections has a local and a remote one: wh" },
	{ "count tcp connections established on port 5432", NULL,
	  "it keeps to a port (\"port 5432\"), and tcp connections established has a local and a remote" },
	{ "print any process that calls setns or unshare",
	  "tracepoint:syscalls:sys_enter_setns {\n"
	  "  printf(\"setns %-16s %-7d\\n\", comm, pid);\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_enter_unshare {\n"
	  "  printf(\"unshare %-16s %-7d\\n\", comm, pid);\n"
	  "}\n",
	  NULL },
	{ "count setns and unshare calls by process",
	  "tracepoint:syscalls:sys_enter_setns {\n"
	  "  @count_setns[comm] = count();\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_enter_unshare {\n"
	  "  @count_unshare[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "print all setuid and setgid calls",
	  "tracepoint:syscalls:sys_enter_setuid {\n"
	  "  printf(\"setuid %-16s %-7d\\n\", comm, pid);\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_enter_setgid {\n"
	  "  printf(\"setgid %-16s %-7d\\n\", comm, pid);\n"
	  "}\n",
	  NULL },
	{ "show me redis-server syscalls that take longer than 10ms",
	  "tracepoint:raw_syscalls:sys_enter /comm == \"redis-server\"/ {\n"
	  "  assert(comm == \"redis-server\", \"only redis-server\");\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:raw_syscalls:sys_exit /@start[tid] != 0 && comm == \"redis-server\"/ {\n"
	  "  assert(comm == \"redis-server\", \"only redis-server\");\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  if ($ns > 10000000) {\n"
	  "    assert($ns > 10000000, \"longer than 10ms\");\n"
	  "    printf(\"%-16s %-7d syscall %d ms %d\\n\", comm, pid, args->id, $ns / 1000000);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "trace syscalls of nginx",
	  "tracepoint:raw_syscalls:sys_enter /comm == \"nginx\"/ {\n"
	  "  assert(comm == \"nginx\", \"only nginx\");\n"
	  "  printf(\"%-16s %-7d syscall %d\\n\", comm, pid, args->id);\n"
	  "}\n",
	  NULL },
	{ "count opens by process for 60 seconds and show the top 20",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:60 {\n"
	  "  exit();\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@count, 20);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "count opens by process for 60 seconds, top 20",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:60 {\n"
	  "  exit();\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@count, 20);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "show reads that block for 2 seconds and print the process", NULL,
	  "it has a number (\"2\") it has no place for" },
	{ "count tcp connections that fail",
	  "tracepoint:sock:inet_sock_set_state /args->protocol == 6 && args->oldstate == 2 && args->newstate == 7/ {\n"
	  "  assert(args->protocol == 6 && args->oldstate == 2 && args->newstate == 7, \"tcp\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "show failed tcp connections with the port",
	  "tracepoint:sock:inet_sock_set_state /args->protocol == 6 && args->oldstate == 2 && args->newstate == 7/ {\n"
	  "  assert(args->protocol == 6 && args->oldstate == 2 && args->newstate == 7, \"failed tcp connections\");\n"
	  "  printf(\"address %s port %d\\n\", ntop(args->daddr_v6), args->dport);\n"
	  "}\n",
	  NULL },
	{ "failed tcp connects to port 5432",
	  "tracepoint:sock:inet_sock_set_state /args->dport == 5432 && args->protocol == 6 && args->oldstate == 2 && args->newstate == 7/ {\n"
	  "  assert(args->dport == 5432, \"only port 5432\");\n"
	  "  assert(args->protocol == 6 && args->oldstate == 2 && args->newstate == 7, \"failed tcp connects\");\n"
	  "  printf(\"address %s port %d\\n\", ntop(args->daddr_v6), args->dport);\n"
	  "}\n",
	  NULL },
	{ "tcp connects that failed with ECONNREFUSED", NULL,
	  "it asks for \"ECONNREFUSED\" of an event that returns nothing" },
	{ "which processes have failed tcp connections", NULL,
	  "it asks for \"processes\" of failed tcp connections, which happens outside the task it is ab" },
	{ "count signals sent to processes named containerd-shim",
	  "tracepoint:signal:signal_generate /args->comm == \"containerd-shim\"/ {\n"
	  "  assert(args->comm == \"containerd-shim\", \"only containerd-shim\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count opens by containerd-shim",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /comm == \"containerd-shim\"/ {\n"
	  "  assert(comm == \"containerd-shim\", \"only containerd-shim\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count opens in the docker container", NULL,
	  "it says \"in the docker\", which may mean inside its containers" },
	{ "count TCP connections on port 22", NULL,
	  "it keeps to a port \"on port 22\", and what it traces (\"TCP\") are connections this machine m" },
	{ "print incoming TCP connections at port 8080 of the remote host", NULL,
	  "it keeps to a port (\"port 8080\"), and incoming TCP connections has a local and a remote on" },
	{ "count accepted TCP connections on port 8080",
	  "tracepoint:sock:inet_sock_set_state /args->sport == 8080 && args->protocol == 6 && args->oldstate == 3 && args->newstate == 1/ {\n"
	  "  assert(args->sport == 8080, \"only port 8080\");\n"
	  "  assert(args->protocol == 6 && args->oldstate == 3 && args->newstate == 1, \"accepted TCP connections\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count setuid calls from any process",
	  "tracepoint:syscalls:sys_enter_setuid {\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count setuid calls from processes", NULL,
	  "it says \"from processes\": say \"by process\" to count each apart, or \"from all processes\"" },
	{ "count setuid calls from processes other than bash",
	  "tracepoint:syscalls:sys_enter_setuid /comm != \"bash\"/ {\n"
	  "  assert(comm != \"bash\", \"other than bash\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count my syscalls", NULL,
	  "it says \"my syscalls\" and not whose: name the process (\"of the process called myapp\"), a u" },
	{ "print setuid calls and count them", NULL,
	  "it asks for a line each (\"print\") and a count (\"count\"): the offline planner makes one or " },
	{ "print the total bytes read and count calls by process",
	  "tracepoint:syscalls:sys_exit_read {\n"
	  "  @count[comm] = count();\n"
	  "  if (args->ret > 0) {\n"
	  "    assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "    @sum_bytes[comm] = sum(args->ret);\n"
	  "  }\n"
	  "}\n",
	  NULL },
	{ "count redis syscalls", NULL,
	  "it names redis, whose processes are not called so (redis runs as redis-server): name the p" },
	{ "count \"redis\" syscalls",
	  "tracepoint:raw_syscalls:sys_enter /comm == \"redis\"/ {\n"
	  "  assert(comm == \"redis\", \"only redis\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "show outbound connect() calls from processes running as uid 33",
	  "tracepoint:syscalls:sys_enter_connect /uid == 33/ {\n"
	  "  assert(uid == 33, \"only uid 33\");\n"
	  "  printf(\"%-16s %-7d\\n\", comm, pid);\n"
	  "}\n",
	  NULL },
	{ "who use the cpu most? show top 10 each 5 second",
	  "profile:hz:99 {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:5 {\n"
	  "  print(@count, 10);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "count reads by process please",
	  "tracepoint:syscalls:sys_enter_read {\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "show the kernel stack when the process hello calls write", NULL,
	  "it has \"hello\" where a process's name stands, and \"hello\" is a word too: quote the name (\"" },
	{ "show every process that gets OOM killed on this node, with its cgroup", NULL,
	  "it asks for \"cgroup\" of OOM killed, which happens outside the task it is about" },
	{ "trace oom kills of nginx",
	  "tracepoint:oom:mark_victim /str(args->comm) == \"nginx\"/ {\n"
	  "  assert(str(args->comm) == \"nginx\", \"only nginx\");\n"
	  "  printf(\"%-16s %-7d\\n\", str(args->comm), args->pid);\n"
	  "}\n",
	  NULL },
	{ "show oom kills with the parent pid", NULL,
	  "it asks for \"parent pid\" of oom kills, which happens outside the task it is about" },
	{ "Log every execve with the command line, uid and parent pid.",
	  "tracepoint:syscalls:sys_enter_execve {\n"
	  "  printf(\"%-16s %-7d uid %d ppid %d argv \", comm, pid, uid, curtask->real_parent->tgid);\n"
	  "  join(args->argv);\n"
	  "}\n",
	  NULL },
	{ "log every execve with the uid, pid and full argument list",
	  "tracepoint:syscalls:sys_enter_execve {\n"
	  "  printf(\"%-16s %-7d uid %d argv \", comm, pid, uid);\n"
	  "  join(args->argv);\n"
	  "}\n",
	  NULL },
	{ "count SIGSEGV by process", NULL,
	  "it says \"process\", and the event has a comm of its own besides the current task's: which o" },
	{ "show segfaults with the user stack",
	  "tracepoint:signal:signal_generate /args->sig == 11 && args->pid == tid/ {\n"
	  "  assert(args->sig == 11 && args->pid == tid, \"segfaults\");\n"
	  "  printf(\"%-16s %-7d ustack %s\\n\", comm, pid, ustack);\n"
	  "}\n",
	  NULL },
	{ "show signals received with the cgroup", NULL,
	  "it asks for \"cgroup\" of signals, which happens outside the task it is about" },
	{ "count signals by the cgroup of the target", NULL,
	  "it asks for \"cgroup of the target\", which the event has no field for" },
	{ "segfaults and SIGSEGVs by process", NULL,
	  "it names segfaults and the signal SIGSEGVs, which are not the same (the signal's name is e" },
	{ "count my reads", NULL,
	  "it says \"my reads\" and not whose: name the process (\"of the process called myapp\"), a user" },
	{ "count syscalls made by me", NULL,
	  "it says \"by me\" and not who that is: name the process, a user (\"by uid 1000\") or a pid" },
	{ "count opens by my user", NULL,
	  "it says \"my user\" and not whose: name the process (\"of the process called myapp\"), a user " },
	{ "count syscalls in this process", NULL,
	  "it says \"in this process\" and not which: name it (\"for user 1000\", \"for the process called" },
	{ "count syscalls from the traced process", NULL,
	  "it says \"from the traced process\" and not which: name it (\"for user 1000\", \"for the proces" },
	{ "count opens and print each one", NULL,
	  "it asks for a line each (\"print\") and a count (\"count\"): the offline planner makes one or " },
	{ "log each segfault and keep a count", NULL,
	  "it asks for a line each (\"log\") and a count (\"count\"): the offline planner makes one or th" },
	{ "show reads and the total bytes", NULL,
	  "it asks for a line each (\"show\") and a total (\"total\"): the offline planner makes one or t" },
	{ "count syscalls across processes", NULL,
	  "it says \"across processes\": say \"by process\" to count each apart, or \"from all processes\"" },
	{ "count syscalls across all processes",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count opens by the process called redis",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /comm == \"redis\"/ {\n"
	  "  assert(comm == \"redis\", \"only redis\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count tcp connections that failed to resolve", NULL,
	  "it asks for \"failed\" of an event that returns nothing" },
	{ "count tcp connections that fail to connect",
	  "tracepoint:sock:inet_sock_set_state /args->protocol == 6 && args->oldstate == 2 && args->newstate == 7/ {\n"
	  "  assert(args->protocol == 6 && args->oldstate == 2 && args->newstate == 7, \"tcp\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "show incoming connections from a peer at port 5000", NULL,
	  "it keeps to a port (\"port 5000\"), and incoming connections has a local and a remote one: w" },
	{ "count opens of /etc/nginx-x.conf by the process named nginx",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /comm == \"nginx\" && str(args->filename) == \"/etc/nginx-x.conf\"/ {\n"
	  "  assert(comm == \"nginx\", \"only nginx\");\n"
	  "  assert(str(args->filename) == \"/etc/nginx-x.conf\", \"only the path /etc/nginx-x.conf, as the call is given it\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count opens on my server",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "show signals with the pid of the target",
	  "tracepoint:signal:signal_generate {\n"
	  "  printf(\"%-16s %-7d target %d target_comm %s signal %d\\n\", comm, pid, args->pid, args->comm, args->sig);\n"
	  "}\n",
	  NULL },
	{ "trace unlink and unlinkat calls for uid 1000",
	  "tracepoint:syscalls:sys_enter_unlink,tracepoint:syscalls:sys_enter_unlinkat /uid == 1000/ {\n"
	  "  assert(uid == 1000, \"only uid 1000\");\n"
	  "  printf(\"%-16s %-7d file %s\\n\", comm, pid, str(args->pathname));\n"
	  "}\n",
	  NULL },
	{ "count mkdir and mkdirat calls",
	  "tracepoint:syscalls:sys_enter_mkdir,tracepoint:syscalls:sys_enter_mkdirat {\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "Write a bpftrace program that shows which files are deleted using unlinkat, along with the process that deleted them.", NULL,
	  "it names two events (\"files are deleted\" and \"unlinkat\")" },
	{ "count how many times every process calls open, for 20 seconds",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:20 {\n"
	  "  exit();\n"
	  "}\n",
	  NULL },
	{ "show files deleted using unlinkat by processes named \"unlink\"", NULL,
	  "it names two events (\"files deleted\" and \"unlinkat\")" },
	{ "trace unlinkat and unlink calls",
	  "tracepoint:syscalls:sys_enter_unlink,tracepoint:syscalls:sys_enter_unlinkat {\n"
	  "  printf(\"%-16s %-7d file %s\\n\", comm, pid, str(args->pathname));\n"
	  "}\n",
	  NULL },
	{ "Histogram of read() sizes for the process named STAR",
	  "tracepoint:syscalls:sys_exit_read /args->ret > 0 && comm == \"STAR\"/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  assert(comm == \"STAR\", \"only STAR\");\n"
	  "  @hist_bytes = hist(args->ret);\n"
	  "}\n",
	  NULL },
	{ "Show me a histogram of how long the read syscall takes for all processes",
	  "tracepoint:syscalls:sys_enter_read {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_read /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  @hist_us = hist($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "Show postgres fsync latency as a histogram, only for processes named postgres",
	  "tracepoint:syscalls:sys_enter_fsync /comm == \"postgres\"/ {\n"
	  "  assert(comm == \"postgres\", \"only postgres\");\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_fsync /@start[tid] != 0 && comm == \"postgres\"/ {\n"
	  "  assert(comm == \"postgres\", \"only postgres\");\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  @hist_us = hist($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "count how many times each syscall is called in 10 seconds and then exit",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count[args->id] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:10 {\n"
	  "  exit();\n"
	  "}\n",
	  NULL },
	{ "count the TCP connections that each program makes in one minute",
	  "tracepoint:sock:inet_sock_set_state /args->protocol == 6 && args->oldstate == 7 && args->newstate == 2/ {\n"
	  "  assert(args->protocol == 6 && args->oldstate == 7 && args->newstate == 2, \"TCP\");\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:60 {\n"
	  "  exit();\n"
	  "}\n",
	  NULL },
	{ "Count syscalls by type for python3 processes and print the top 15 every 30 seconds",
	  "tracepoint:raw_syscalls:sys_enter /comm == \"python3\"/ {\n"
	  "  assert(comm == \"python3\", \"only python3\");\n"
	  "  @count[args->id] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:30 {\n"
	  "  print(@count, 15);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "Show processes that exit with a non-zero exit code, with name, pid and the code",
	  "tracepoint:sched:sched_process_exit /args->pid == pid && (curtask->exit_code & 0xff7f) != 0/ {\n"
	  "  assert(args->pid == pid && (curtask->exit_code & 0xff7f) != 0, \"non-zero exit code\");\n"
	  "  printf(\"%-16s %-7d code %d\\n\", comm, pid, ((curtask->exit_code&0x7f)?128+(curtask->exit_code&0x7f):(curtask->exit_code>>8)&0xff));\n"
	  "}\n",
	  NULL },
	{ "count socket calls by family and type",
	  "tracepoint:syscalls:sys_enter_socket {\n"
	  "  @count[args->family, args->type] = count();\n"
	  "}\n",
	  NULL },
	{ "Count the socket syscalls by address family and type",
	  "tracepoint:syscalls:sys_enter_socket {\n"
	  "  @count[args->family, args->type] = count();\n"
	  "}\n",
	  NULL },
	{ "Which container is opening the most files? Count openat by cgroup and comm",
	  "tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count[cgroup, comm] = count();\n"
	  "}\n",
	  NULL },
	{ "count execs by container",
	  "tracepoint:syscalls:sys_enter_execve {\n"
	  "  @count[cgroup] = count();\n"
	  "}\n",
	  NULL },
	{ "who's execing",
	  "tracepoint:syscalls:sys_enter_execve {\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n",
	  NULL },
	{ "show opens with the name of the file and the pid",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n",
	  NULL },
	{ "count opens from inside a container", NULL,
	  "it says \"inside a container\", and the offline reader keeps to no container: say \"by contai" },
	{ "show opens in containers", NULL,
	  "it says \"in containers\", and the offline reader keeps to no container: say \"by container\" " },
	{ "how many reads complete in 10 seconds", NULL,
	  "it has a number (\"10\") it has no place for" },
	{ "show opens with name and pid", NULL,
	  "it asks for \"name\", which the event has no field for" },
	{ "count signals by name", NULL,
	  "it asks for \"name\", which the event has no field for" },
	{ "count opens in docker by container", NULL,
	  "it says \"in docker\", which may mean inside its containers: the offline reader keeps to non" },
	{ "count syscalls with comm samtools",
	  "tracepoint:raw_syscalls:sys_enter /comm == \"samtools\"/ {\n"
	  "  assert(comm == \"samtools\", \"only samtools\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count execs with comm ls", NULL,
	  "it says \"comm ls\" of an exec, whose comm is the caller's where it starts, not the program " },
	{ "count opens by process and print the results",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "print the results of each open",
	  "tracepoint:syscalls:sys_exit_open,tracepoint:syscalls:sys_exit_openat {\n"
	  "  printf(\"%-16s %-7d ret %d\\n\", comm, pid, args->ret);\n"
	  "}\n",
	  NULL },
	{ "count opens in all threads",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count syscalls system-wide for all users",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count opens for all process names",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "count opens by process in 10 seconds each", NULL,
	  "it has a number (\"10\") it has no place for" },
	{ "count processes that exit in 10 seconds", NULL,
	  "it has a number (\"10\") it has no place for" },
	{ "count kills by name", NULL,
	  "it asks for \"name\", which the event has no field for" },
	{ "count opens for container 1234", NULL,
	  "it says \"container 1234\": a container's id or name is not its cgroup id, which is all the " },
	{ "count opens by container id", NULL,
	  "it says \"container id\": a container's id or name is not its cgroup id, which is all the of" },
	{ "tcp connect latency for pid 42",
	  "tracepoint:sock:inet_sock_set_state /pid == 42 && args->protocol == 6 && args->oldstate == 7 && args->newstate == 2/ {\n"
	  "  assert(pid == 42, \"only pid 42\");\n"
	  "  assert(args->protocol == 6 && args->oldstate == 7 && args->newstate == 2, \"tcp connect latency\");\n"
	  "  @start[args->skaddr] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sock:inet_sock_set_state /@start[args->skaddr] != 0 && args->oldstate == 2 && args->newstate == 1/ {\n"
	  "  assert(args->oldstate == 2 && args->newstate == 1, \"tcp connect latency\");\n"
	  "  $ns = nsecs - @start[args->skaddr];\n"
	  "  delete(@start[args->skaddr]);\n"
	  "  printf(\"us %d\\n\", $ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "count syscalls by process for about 30 seconds",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:30 {\n"
	  "  exit();\n"
	  "}\n",
	  NULL },
	{ "count syscalls for about a minute",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:60 {\n"
	  "  exit();\n"
	  "}\n",
	  NULL },
	{ "count syscalls about a minute", NULL,
	  "it shows a time in minutes (\"minute\"); the offline planner shows ns, us, ms or s" },
	{ "count reads that block for about 2 seconds", NULL,
	  "it has a number (\"2\") it has no place for" },
	{ "Print processes calling ptrace, with the request type and target pid",
	  "tracepoint:syscalls:sys_enter_ptrace {\n"
	  "  printf(\"%-16s %-7d request %d target %d\\n\", comm, pid, args->request, args->pid);\n"
	  "}\n",
	  NULL },
	{ "trace ioctl calls from pid 312 and print the request number",
	  "tracepoint:syscalls:sys_enter_ioctl /pid == 312/ {\n"
	  "  assert(pid == 312, \"only pid 312\");\n"
	  "  printf(\"%-16s %-7d request %u\\n\", comm, pid, args->cmd);\n"
	  "}\n",
	  NULL },
	{ "count ioctls by request code",
	  "tracepoint:syscalls:sys_enter_ioctl {\n"
	  "  @count[args->cmd] = count();\n"
	  "}\n",
	  NULL },
	{ "failed ioctl calls with the request code", NULL,
	  "it asks for \"request code\", which the event has no field for" },
	{ "list every new listening socket with the port number and process name",
	  "tracepoint:sock:inet_sock_set_state /args->protocol == 6 && args->newstate == 10/ {\n"
	  "  assert(args->protocol == 6 && args->newstate == 10, \"new listening socket\");\n"
	  "  printf(\"%-16s %-7d port %d\\n\", comm, pid, args->sport);\n"
	  "}\n",
	  NULL },
	{ "count disk I/Os by process",
	  "tracepoint:block:block_rq_issue {\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "Show to me the time of every fsync, if more than 50 ms print it with process name",
	  "tracepoint:syscalls:sys_enter_fsync {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_fsync /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  if ($ns > 50000000) {\n"
	  "    assert($ns > 50000000, \"more than 50 ms\");\n"
	  "    printf(\"%-16s %-7d ms %d\\n\", comm, pid, $ns / 1000000);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "count how many times nginx opens files, if more than 10 ms", NULL,
	  "it gives a bound (\"more than 10 ms\") without saying it is how long each call takes (\"reads" },
	{ "show reads that took over a second", NULL,
	  "it gives a unit (\"second\") of no time it measures" },
	{ "count syscalls by process over a minute", NULL,
	  "it shows a time in minutes (\"minute\"); the offline planner shows ns, us, ms or s" },
	{ "count page faults over a minute",
	  "tracepoint:exceptions:page_fault_user,tracepoint:exceptions:page_fault_kernel {\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:60 {\n"
	  "  exit();\n"
	  "}\n",
	  NULL },
	{ "count opens of all users",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count reads and return the result",
	  "tracepoint:syscalls:sys_enter_read {\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count opens, results sorted by process",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "trace opens by nginx and print the results when done", NULL,
	  "it asks to \"print the results\" at the end, and a line per event is printed as it comes: sa" },
	{ "count syscalls by type of error", NULL,
	  "it asks for \"type\", which the event has no field for" },
	{ "count every syscall",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count syscalls from dockerd",
	  "tracepoint:raw_syscalls:sys_enter /comm == \"dockerd\"/ {\n"
	  "  assert(comm == \"dockerd\", \"only dockerd\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count mincore calls by vec", NULL,
	  "it asks for \"vec\", which the event has no field for" },
	{ "show writes with name and fd", NULL,
	  "it asks for \"name\", which the event has no field for" },
	{ "count opens by comm desc", NULL,
	  "it asks for \"desc\", which the event has no field for" },
	{ "count opens only for the process named STAR",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /comm == \"STAR\"/ {\n"
	  "  assert(comm == \"STAR\", \"only STAR\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "show reads with comm Xorg",
	  "tracepoint:syscalls:sys_enter_read /comm == \"Xorg\"/ {\n"
	  "  assert(comm == \"Xorg\", \"only Xorg\");\n"
	  "  printf(\"%-16s %-7d\\n\", comm, pid);\n"
	  "}\n",
	  NULL },
	{ "count processes exiting in 10 seconds", NULL,
	  "it has a number (\"10\") it has no place for" },
	{ "how many opens happen in 10 seconds",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:10 {\n"
	  "  exit();\n"
	  "}\n",
	  NULL },
	{ "trace ioctl",
	  "tracepoint:syscalls:sys_enter_ioctl {\n"
	  "  printf(\"%-16s %-7d request %u\\n\", comm, pid, args->cmd);\n"
	  "}\n",
	  NULL },
	{ "count opens by the process named Nginx", NULL,
	  "the request names \"Nginx\", which the program neither keeps to nor shows" },
	{ "count opens by process and cpu",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count[comm, cpu] = count();\n"
	  "}\n",
	  NULL },
	{ "show getaddrinfo hosts looked up by curl",
	  "uprobe:/lib/x86_64-linux-gnu/libc.so.6:getaddrinfo /comm == \"curl\"/ {\n"
	  "  assert(comm == \"curl\", \"only curl\");\n"
	  "  printf(\"%-16s %-7d host %s\\n\", comm, pid, str(arg0));\n"
	  "}\n",
	  NULL },
	/* an adversarial pass's wrong programs, now declined */
	{ "show syscalls over time", NULL, "\"time\"" },
	{ "show files created", NULL, "names no event" },
	{ "count uprobes by process", NULL, "names no event" },
	{ "count failed syscalls by syscall",
	  "tracepoint:raw_syscalls:sys_exit /args->ret < 0/ {\n"
	  "  assert(args->ret < 0, \"failed\");\n"
	  "  @count[args->id] = count();\n"
	  "}\n",
	  NULL },
	{ "count kills by sender user", NULL, "\"sender user\"" },
	{ "list kills with target comm", NULL, "\"target comm\"" },
	{ "histogram of sizes of failed writes", NULL, "failed calls, which move none" },
	{ "show the child command of each fork", NULL, "\"child command\"" },
	/* a review's findings */
	{ "top 10 processes by bytes read",
	  "tracepoint:syscalls:sys_exit_read /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @sum_bytes[comm] = sum(args->ret);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@sum_bytes, 10);\n"
	  "  clear(@sum_bytes);\n"
	  "}\n",
	  NULL },
	{ "count writes by Nginx",
	  "tracepoint:syscalls:sys_enter_write /comm == \"nginx\"/ {\n"
	  "  assert(comm == \"nginx\", \"only nginx\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count fchmod calls",
	  "tracepoint:syscalls:sys_enter_fchmod {\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "malloc calls in /opt/mycompany/services/backend/bin/server-binary-long-name", NULL,
	  "longer than the reader keeps" },
	{ "count opens by \"unclosed", NULL, "longer than the reader keeps" },
	{ "show the envp of execve", NULL, "is an address" },
	/* "command line" is the argument vector, never the command's name
	 * and a line per event */
	{ "Traces every execve and logs the command line",
	  "tracepoint:syscalls:sys_enter_execve {\n"
	  "  printf(\"%-16s %-7d argv \", comm, pid);\n"
	  "  join(args->argv);\n"
	  "}\n",
	  NULL },
	{ "print execve calls with the command line and the filename",
	  "tracepoint:syscalls:sys_enter_execve {\n"
	  "  printf(\"%-16s %-7d filename %s argv \", comm, pid, str(args->filename));\n"
	  "  join(args->argv);\n"
	  "}\n",
	  NULL },
	{ "show new processes and their command lines", NULL, "no argument vector" },
	/* an adversarial pass: two events in one request; "numbers" is no
	 * count. An exclusion right before a process, a pid, root or a
	 * signal keeps it out; any other is declined */
	{ "count writes by process other than pid 1",
	  "tracepoint:syscalls:sys_enter_write /pid != 1/ {\n"
	  "  assert(pid != 1, \"other than pid 1\");\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	{ "count writes except by nginx",
	  "tracepoint:syscalls:sys_enter_write /comm != \"nginx\"/ {\n"
	  "  assert(comm != \"nginx\", \"except by nginx\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "count syscalls by non-root processes",
	  "tracepoint:raw_syscalls:sys_enter /uid != 0/ {\n"
	  "  assert(uid != 0, \"non-root\");\n"
	  "  @count[comm] = count();\n"
	  "}\n", NULL },
	{ "trace signals except SIGCHLD",
	  "tracepoint:signal:signal_generate /args->sig != 17/ {\n"
	  "  assert(args->sig != 17, \"except SIGCHLD\");\n"
	  "  printf(\"%-16s %-7d target %d target_comm %s signal %d\\n\", comm, pid, args->pid, args->comm, args->sig);\n"
	  "}\n", NULL },
	{ "print opens that are not from nginx",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /comm != \"nginx\"/ {\n"
	  "  assert(comm != \"nginx\", \"not from nginx\");\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n", NULL },
	{ "which files are opened by anything other than systemd",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /comm != \"systemd\"/ {\n"
	  "  assert(comm != \"systemd\", \"other than systemd\");\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n", NULL },
	{ "count reads by uid, excluding root",
	  "tracepoint:syscalls:sys_enter_read /uid != 0/ {\n"
	  "  assert(uid != 0, \"excluding root\");\n"
	  "  @count[uid] = count();\n"
	  "}\n", NULL },
	{ "count opens except the root directory", NULL, "leaves something out (\"except the root\")" },
	{ "count reads except bash and sshd", NULL, "more than one process" },
	{ "count reads except by bash, not by sshd", NULL, "leaves out two things" },
	{ "count opens excluding failures",
	  "tracepoint:syscalls:sys_exit_open,tracepoint:syscalls:sys_exit_openat /args->ret >= 0/ {\n"
	  "  assert(args->ret >= 0, \"excluding failures\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "count opens excluding the large ones", NULL, "keeps out only a process, a pid" },
	{ "list every file that isn't opened by bash", NULL, "leaves something out (\"isn't\")" },
	{ "total off-cpu time by process except nginx", NULL, "keeps out only at an event of one task" },
	/* an adversarial pass: a filter of two conditions ("W" or "FW")
	 * beside another is bracketed; bytes counted are summed, and the
	 * reads counted beside them too */
	{ "count disk writes larger than 1MB",
	  "tracepoint:block:block_rq_issue /args->bytes > 1048576 && (strncmp(args->rwbs, \"W\", 1) == 0 || strncmp(args->rwbs, \"FW\", 2) == 0)/ {\n"
	  "  assert(args->bytes > 1048576, \"larger than 1MB\");\n"
	  "  assert(strncmp(args->rwbs, \"W\", 1) == 0 || strncmp(args->rwbs, \"FW\", 2) == 0, \"disk\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "Counts bytes read per process and prints the totals every 5 seconds.",
	  "tracepoint:syscalls:sys_exit_read /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @sum_bytes[comm] = sum(args->ret);\n"
	  "}\n"
	  "\n"
	  "interval:s:5 {\n"
	  "  print(@sum_bytes);\n"
	  "  clear(@sum_bytes);\n"
	  "}\n", NULL },
	{ "how many reads per process and how many bytes?",
	  "tracepoint:syscalls:sys_exit_read {\n"
	  "  @count[comm] = count();\n"
	  "  if (args->ret > 0) {\n"
	  "    assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "    @sum_bytes[comm] = sum(args->ret);\n"
	  "  }\n"
	  "}\n", NULL },
	{ "how many times is fsync called per process and how long does it take?", NULL, "how long" },
	{ "count opens by nginx that weren't denied", NULL, "leaves something out (\"weren't\")" },
	{ "count syscalls and sum bytes read per process", NULL, "every system call" },
	{ "count read syscalls by process",
	  "tracepoint:syscalls:sys_enter_read {\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	/* a time taken: entry to exit per thread, in the unit asked for */
	{ "time spent in fsync by process",
	  "tracepoint:syscalls:sys_enter_fsync {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_fsync /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  @sum_ns[comm] = sum($ns);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "top 5 processes by time spent in read",
	  "tracepoint:syscalls:sys_enter_read {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_read /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  @sum_ns[comm] = sum($ns);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@sum_ns, 5);\n"
	  "  clear(@sum_ns);\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "print fsync calls by nginx that take at least 2 ms",
	  "tracepoint:syscalls:sys_enter_fsync /comm == \"nginx\"/ {\n"
	  "  assert(comm == \"nginx\", \"only nginx\");\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_fsync /@start[tid] != 0 && comm == \"nginx\"/ {\n"
	  "  assert(comm == \"nginx\", \"only nginx\");\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  if ($ns >= 2000000) {\n"
	  "    assert($ns >= 2000000, \"at least 2 ms\");\n"
	  "    printf(\"%-16s %-7d ms %d\\n\", comm, pid, $ns / 1000000);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "count reads over 100 ms",
	  "tracepoint:syscalls:sys_enter_read {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_read /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  if ($ns > 100000000) {\n"
	  "    assert($ns > 100000000, \"over 100 ms\");\n"
	  "    @count = count();\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "how long does readline take in /bin/bash, histogram in us",
	  "uprobe:/bin/bash:readline {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "uretprobe:/bin/bash:readline /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  @hist_us = hist($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "readline arguments and how long it takes in bash", NULL, "gone when it returns" },
	{ "total time spent in write in us by process", NULL, "every call under one would add 0" },
	{ "average read latency over 10 seconds", NULL, "a time to trace for" },
	{ "read latency in microseconds and milliseconds", NULL, "two units" },
	{ "count writes in ms", NULL, "of no time it measures" },
	{ "reads taking 10 ms", NULL, "number (\"10\")" },
	{ "fsync latency more than 10 ms and more than 20 ms", NULL, "(\"more than 20 ms\")" },
	{ "fsync latency more than 10 ms, latency more than 20 ms", NULL, "two bounds" },
	/* a review: a bound is about each call's time, never a process's or
	 * the trace's */
	{ "count reads for more than 10 seconds", NULL, "how long each call takes" },
	{ "count reads by processes running more than 5 seconds", NULL,
	  "how long each call takes" },
	{ "count processes spending more than 10 ms in fsync", NULL, "how long each call takes" },
	{ "show reads longer than 10 in us", NULL, "number (\"10\")" },
	{ "show reads slower than", NULL, "without a time" },
	{ "top 5 processes by read latency", NULL, "whether to count, total or make" },
	/* a third adversarial pass */
	{ "log each accept with the new fd",
	  "tracepoint:syscalls:sys_exit_accept,tracepoint:syscalls:sys_exit_accept4 {\n"
	  "  printf(\"%-16s %-7d ret %d\\n\", comm, pid, args->ret);\n"
	  "}\n",
	  NULL },
	{ "nanosleep callers and how often, per second",
	  "tracepoint:syscalls:sys_enter_nanosleep,tracepoint:syscalls:sys_enter_clock_nanosleep {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "count postgres's fsyncs",
	  "tracepoint:syscalls:sys_enter_fsync /comm == \"postgres\"/ {\n"
	  "  assert(comm == \"postgres\", \"only postgres\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "histogram of kill signal numbers",
	  "tracepoint:syscalls:sys_enter_kill {\n"
	  "  @hist_signal = hist(args->sig);\n"
	  "}\n",
	  NULL },
	/* words by their stems ("segfaulted", "printed", "Watches", "making"),
	 * for the classes whose words mean the same in any form */
	{ "which process segfaulted?",
	  "tracepoint:signal:signal_generate /args->sig == 11 && args->pid == tid/ {\n"
	  "  assert(args->sig == 11 && args->pid == tid, \"segfaulted\");\n"
	  "  printf(\"%-16s %-7d\\n\", comm, pid);\n"
	  "}\n",
	  NULL },
	{ "Watches for deleted files and prints the command, uid and path",
	  "tracepoint:syscalls:sys_enter_unlink,tracepoint:syscalls:sys_enter_unlinkat {\n"
	  "  printf(\"%-16s %-7d file %s uid %d\\n\", comm, pid, str(args->pathname), uid);\n"
	  "}\n",
	  NULL },
	{ "which process is making the most system calls?",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	/* not a role or a key by a stem: "processed" is not the process */
	{ "count opens processed by nginx", NULL, "\"processed\"" },
	/* "mostly" is not "the most"; "mins" is not "min" */
	{ "count opens by nginx, mostly", NULL, "\"mostly\"" },
	/* minutes: intervals and bounds, never a unit shown */
	{ "count opens every 5 mins",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:300 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "count opens per minute",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:60 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "read latency in minutes", NULL, "in minutes" },
	{ "count opens every 1.5 minutes", NULL, "\"1.5\"" },
	/* words that restrict are never fillers by a stem: "monitored
	 * processes", "likely to fail"; nor aggregations: "meaning",
	 * "totally"; a line of text is not a line per event */
	{ "count opens by monitored processes", NULL, "\"monitored\"" },
	{ "count reads that are likely to fail", NULL, "\"likely\"" },
	{ "max read size by process, meaning the largest", NULL, "\"meaning\"" },
	{ "histogram of read sizes, totally", NULL, "\"totally\"" },
	{ "count lines written by process", NULL, "\"lines\"" },
	{ "count reads by kernel threads", NULL, "\"kernel\"" },
	/* a path after "into", "from" or "by", or a directory: not one file
	 * (after "in": a directory's files) */
	{ "count execve in /tmp",
	  "tracepoint:syscalls:sys_enter_execve /strncmp(str(args->filename), \"/tmp/\", 5) == 0/ {\n"
	  "  assert(strncmp(str(args->filename), \"/tmp/\", 5) == 0, \"only paths that start /tmp/, as the call is given them\");\n"
	  "  @count = count();\n"
	  "}\n", NULL },
	{ "count execve into /tmp", NULL, "after \"into\"" },
	{ "count opens by /usr/bin/curl", NULL, "after \"by\"" },
	{ "count opens of /", NULL, "is a directory" },
	{ "count opens of /etc", NULL, "is a directory" },
	/* "per-process": two words, unless known whole */
	{ "per-process count of connect calls, printed every 5 seconds",
	  "tracepoint:syscalls:sys_enter_connect {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:5 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "show me failed openat calls and the error code they got",
	  "tracepoint:syscalls:sys_exit_openat /args->ret < 0/ {\n"
	  "  assert(args->ret < 0, \"a failed call\");\n"
	  "  printf(\"%-16s %-7d errno %d\\n\", comm, pid, -args->ret);\n"
	  "}\n",
	  NULL },
	/* a path: the file kept to, as the call is given it */
	{ "count opens of /etc/shadow by process",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat "
	  "/str(args->filename) == \"/etc/shadow\"/ {\n"
	  "  assert(str(args->filename) == \"/etc/shadow\", \"only the path /etc/shadow, as the "
	  "call is given it\");\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "who deletes /tmp/foo.txt",
	  "tracepoint:syscalls:sys_enter_unlink,tracepoint:syscalls:sys_enter_unlinkat "
	  "/str(args->pathname) == \"/tmp/foo.txt\"/ {\n"
	  "  assert(str(args->pathname) == \"/tmp/foo.txt\", \"only the path /tmp/foo.txt, as the "
	  "call is given it\");\n"
	  "  printf(\"%-16s %-7d file %s\\n\", comm, pid, str(args->pathname));\n"
	  "}\n",
	  NULL },
	/* a path kept to where the call starts, its result at the exit */
	{ "failed opens of /etc/shadow by nginx",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /comm == \"nginx\" && str(args->filename) == \"/etc/shadow\"/ {\n"
	  "  assert(comm == \"nginx\", \"only nginx\");\n"
	  "  assert(str(args->filename) == \"/etc/shadow\", \"only the path /etc/shadow, as the call is given it\");\n"
	  "  @entered[tid] = 1;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_open,tracepoint:syscalls:sys_exit_openat /@entered[tid] != 0 && comm == \"nginx\"/ {\n"
	  "  assert(comm == \"nginx\", \"only nginx\");\n"
	  "  delete(@entered[tid]);\n"
	  "  if (args->ret < 0) {\n"
	  "    assert(args->ret < 0, \"a failed call\");\n"
	  "    printf(\"%-16s %-7d errno %d\\n\", comm, pid, -args->ret);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@entered);\n"
	  "}\n",
	  NULL },
	{ "count reads of /etc/passwd", NULL, "has no file name to keep to" },
	{ "count opens of /etc/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", NULL,
	  "longer than" },
	/* a thing of the event kept equal to the number after it */
	{ "log when pid 1234 calls write on fd 1",
	  "tracepoint:syscalls:sys_enter_write /pid == 1234 && args->fd == 1/ {\n"
	  "  assert(pid == 1234, \"only pid 1234\");\n"
	  "  assert(args->fd == 1, \"only fd 1\");\n"
	  "  printf(\"%-16s %-7d\\n\", comm, pid);\n"
	  "}\n",
	  NULL },
	{ "count context switches on cpu 0",
	  "tracepoint:sched:sched_switch /cpu == 0/ {\n"
	  "  assert(cpu == 0, \"only cpu 0\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "show every write to fd 2 with the bytes", NULL, "\"fd 2\"" },
	{ "print writes by process id 1234",
	  "tracepoint:syscalls:sys_enter_write /pid == 1234/ {\n"
	  "  assert(pid == 1234, \"only pid 1234\");\n"
	  "  printf(\"%-16s %-7d\\n\", comm, pid);\n"
	  "}\n", NULL },
	{ "chmod calls with mode 777", NULL, "\"777\"" },
	{ "count opens with flags 0644", NULL, "\"0644\"" },
	{ "reads of 4096 bytes", NULL, "\"4096\"" },
	{ "count reads returning 0", NULL, "\"returning 0\"" },
	{ "count execve by command line", NULL, "print but not count by" },
	{ "show readline return value and its prompt in bash", NULL, "prompt" },
	/* a thread's id says nothing alone: its name beside it */
	{ "count sched_yield calls per thread",
	  "tracepoint:syscalls:sys_enter_sched_yield {\n"
	  "  @count[comm, tid] = count();\n"
	  "}\n",
	  NULL },
	/* the processes are what is counted, not a second key */
	{ "count context switched processes by cpu", NULL, "say \"by cpu and processes\"" },
	{ "count context switches per cpu across all CPUs",
	  "tracepoint:sched:sched_switch {\n"
	  "  @count[cpu] = count();\n"
	  "}\n",
	  NULL },
	/* which system call: raw_syscalls' number of it */
	{ "count syscalls per process and syscall",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count[comm, args->id] = count();\n"
	  "}\n",
	  NULL },
	{ "top 3 syscalls for pid 1234",
	  "tracepoint:raw_syscalls:sys_enter /pid == 1234/ {\n"
	  "  assert(pid == 1234, \"only pid 1234\");\n"
	  "  @count[args->id] = count();\n"
	  "}\n\n"
	  "END {\n"
	  "  print(@count, 3);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "count reads by syscall", NULL, "groups by system call (\"syscall\") and names" },
	/* how long to trace, then exit; the 10 busiest ranked by syscalls */
	{ "the 10 busiest processes by syscalls, then quit after 30 seconds",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count[comm] = count();\n"
	  "}\n\n"
	  "interval:s:30 {\n"
	  "  exit();\n"
	  "}\n\n"
	  "END {\n"
	  "  print(@count, 10);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "for 10 seconds, count pwrite calls",
	  "tracepoint:syscalls:sys_enter_pwrite64 {\n"
	  "  @count = count();\n"
	  "}\n\n"
	  "interval:s:10 {\n"
	  "  exit();\n"
	  "}\n",
	  NULL },
	{ "show nanosleep calls that sleep for 2 seconds", NULL, "(\"2\")" },
	{ "count reads for 2 seconds by nginx", NULL, "(\"2\")" },
	{ "for 2 seconds count reads and exit after 5 seconds", NULL, "two durations" },
	/* an errno by its name: the calls that returned it */
	{ "count mkdir calls failing with EEXIST by process",
	  "tracepoint:syscalls:sys_exit_mkdir,tracepoint:syscalls:sys_exit_mkdirat /args->ret == -17/ "
	  "{\n"
	  "  assert(args->ret == -17, \"only EEXIST\");\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "count EPERM or EACCES unlinks", NULL, "two errors" },
	/* "the totals" of counts are the counts */
	{ "counts execve calls per uid and prints the totals every 10 seconds",
	  "tracepoint:syscalls:sys_enter_execve {\n"
	  "  @count[uid] = count();\n"
	  "}\n\n"
	  "interval:s:10 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	/* "the number of bytes returned": one value, never a count beside */
	{ "histogram of the number of bytes returned by read",
	  "tracepoint:syscalls:sys_exit_read /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @hist_bytes = hist(args->ret);\n"
	  "}\n",
	  NULL },
	{ "the number of bytes read per cpu",
	  "tracepoint:syscalls:sys_exit_read /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @sum_bytes[cpu] = sum(args->ret);\n"
	  "}\n",
	  NULL },
	/* a field by a word it abbreviates or ends */
	{ "print mmap calls from python3 with the requested length",
	  "tracepoint:syscalls:sys_enter_mmap /comm == \"python3\"/ {\n"
	  "  assert(comm == \"python3\", \"only python3\");\n"
	  "  printf(\"%-16s %-7d len %u\\n\", comm, pid, args->len);\n"
	  "}\n",
	  NULL },
	{ "print clone calls with their flags",
	  "tracepoint:syscalls:sys_enter_clone {\n"
	  "  printf(\"%-16s %-7d clone_flags %u\\n\", comm, pid, args->clone_flags);\n"
	  "}\n",
	  NULL },
	/* "by process cron": the process named, never a key */
	{ "trace process execution system-wide",
	  "tracepoint:syscalls:sys_enter_execve {\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n", NULL },
	{ "which syscalls fail the most, and with what error?",
	  "tracepoint:raw_syscalls:sys_exit /args->ret < 0/ {\n"
	  "  assert(args->ret < 0, \"a failed call\");\n"
	  "  @count[args->id, -args->ret] = count();\n"
	  "}\n", NULL },
	{ "Prints each signal delivered along with the signal number",
	  "tracepoint:signal:signal_deliver {\n"
	  "  printf(\"%-16s %-7d signal %d\\n\", comm, pid, args->sig);\n"
	  "}\n", NULL },
	{ "count signals received by nginx, by signal",
	  "tracepoint:signal:signal_generate /args->comm == \"nginx\"/ {\n"
	  "  assert(args->comm == \"nginx\", \"only nginx\");\n"
	  "  @count[args->sig] = count();\n"
	  "}\n", NULL },
	{ "print a line every time someone calls sync",
	  "tracepoint:syscalls:sys_enter_sync {\n"
	  "  printf(\"%-16s %-7d\\n\", comm, pid);\n"
	  "}\n", NULL },
	{ "count every syscall by process for the next 10 seconds",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:10 {\n"
	  "  exit();\n"
	  "}\n", NULL },
	{ "how many processes are being created per second?",
	  "tracepoint:task:task_newtask /!(args->clone_flags & 0x10000)/ {\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n", NULL },
	{ "count sched switches per cpu",
	  "tracepoint:sched:sched_switch {\n"
	  "  @count[cpu] = count();\n"
	  "}\n", NULL },
	{ "Traces OOM kills and prints the victim's name and pid",
	  "tracepoint:oom:mark_victim {\n"
	  "  printf(\"%-16s %-7d\\n\", str(args->comm), args->pid);\n"
	  "}\n", NULL },
	{ "print read calls with the bytes requested",
	  "tracepoint:syscalls:sys_enter_read {\n"
	  "  printf(\"%-16s %-7d count %u\\n\", comm, pid, args->count);\n"
	  "}\n", NULL },
	{ "Traces new TCP connections made by curl and prints the remote port",
	  "tracepoint:sock:inet_sock_set_state /comm == \"curl\" && args->protocol == 6 && args->oldstate == 7 && args->newstate == 2/ {\n"
	  "  assert(comm == \"curl\", \"only curl\");\n"
	  "  assert(args->protocol == 6 && args->oldstate == 7 && args->newstate == 2, \"new TCP connections\");\n"
	  "  printf(\"%-16s %-7d port %d\\n\", comm, pid, args->dport);\n"
	  "}\n", NULL },
	{ "Show how much time each process spends sleeping in nanosleep",
	  "tracepoint:syscalls:sys_enter_nanosleep,tracepoint:syscalls:sys_enter_clock_nanosleep {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_nanosleep,tracepoint:syscalls:sys_exit_clock_nanosleep /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  @sum_ns[comm] = sum($ns);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n", NULL },
	{ "show each exec with the uid",
	  "tracepoint:syscalls:sys_enter_execve {\n"
	  "  printf(\"%-16s %-7d uid %d filename %s\\n\", comm, pid, uid, str(args->filename));\n"
	  "}\n", NULL },
	{ "count interrupts by irq",
	  "tracepoint:irq:irq_handler_entry {\n"
	  "  @count[args->irq] = count();\n"
	  "}\n", NULL },
	{ "total softirq time per softirq type",
	  "tracepoint:irq:softirq_entry {\n"
	  "  @start[cpu] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:irq:softirq_exit /@start[cpu] != 0/ {\n"
	  "  $ns = nsecs - @start[cpu];\n"
	  "  delete(@start[cpu]);\n"
	  "  @sum_ns[args->vec] = sum($ns);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n", NULL },
	{ "print each interrupt",
	  "tracepoint:irq:irq_handler_entry {\n"
	  "  printf(\"irq %d handler %s\\n\", args->irq, str(args->name));\n"
	  "}\n", NULL },
	{ "how long do interrupt handlers take, as a histogram",
	  "tracepoint:irq:irq_handler_entry {\n"
	  "  @start[cpu] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:irq:irq_handler_exit /@start[cpu] != 0/ {\n"
	  "  $ns = nsecs - @start[cpu];\n"
	  "  delete(@start[cpu]);\n"
	  "  @hist_us = hist($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n", NULL },
	{ "trace opens by process cron",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /comm == \"cron\"/ "
	  "{\n"
	  "  assert(comm == \"cron\", \"only cron\");\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n",
	  NULL },
	{ "count context switches by cpu and process",
	  "tracepoint:sched:sched_switch {\n"
	  "  @count[cpu, comm] = count();\n"
	  "}\n",
	  NULL },
	{ "count bytes read per second by rtl_sdr",
	  "tracepoint:syscalls:sys_exit_read /args->ret > 0 && comm == \"rtl_sdr\"/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  assert(comm == \"rtl_sdr\", \"only rtl_sdr\");\n"
	  "  @sum_bytes = sum(args->ret);\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@sum_bytes);\n"
	  "  clear(@sum_bytes);\n"
	  "}\n",
	  NULL },
	{ "trace openat calls by uhd_rx_cfile and print the filenames it opens",
	  "tracepoint:syscalls:sys_enter_openat /comm == \"uhd_rx_cfile\"/ {\n"
	  "  assert(comm == \"uhd_rx_cfile\", \"only uhd_rx_cfile\");\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n",
	  NULL },
	{ "how many page faults per second does airspy_rx take",
	  "tracepoint:exceptions:page_fault_user,tracepoint:exceptions:page_fault_kernel /comm == \"airspy_rx\"/ {\n"
	  "  assert(comm == \"airspy_rx\", \"only airspy_rx\");\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "list files unlinked by amavisd",
	  "tracepoint:syscalls:sys_enter_unlink,tracepoint:syscalls:sys_enter_unlinkat /comm == \"amavisd\"/ {\n"
	  "  assert(comm == \"amavisd\", \"only amavisd\");\n"
	  "  printf(\"%-16s %-7d file %s\\n\", comm, pid, str(args->pathname));\n"
	  "}\n",
	  NULL },
	{ "histogram of run queue latency in microseconds for threads named jackd",
	  "tracepoint:sched:sched_wakeup,tracepoint:sched:sched_wakeup_new /args->comm == \"jackd\"/ {\n"
	  "  assert(args->comm == \"jackd\", \"only jackd\");\n"
	  "  @start[args->pid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sched:sched_switch /@start[args->next_pid] != 0 && args->next_comm == \"jackd\"/ {\n"
	  "  assert(args->next_comm == \"jackd\", \"only jackd\");\n"
	  "  $ns = nsecs - @start[args->next_pid];\n"
	  "  delete(@start[args->next_pid]);\n"
	  "  @hist_us = hist($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "count opens for process nginx",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /comm == \"nginx\"/ {\n"
	  "  assert(comm == \"nginx\", \"only nginx\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count opens for debuging", NULL, "it asks for \"debuging\", which the event has no field for" },
	{ "count opens by proccess", NULL, "it asks for \"proccess\", which the event has no field for (a " },
	{ "count reads from sdzy", NULL, "it names sdzy, which is no disk of this machine" },
	{ "count opens from discord", NULL, "it asks for \"discord\", which the event has no field for" },
	{ "count opens grouped by foo_id", NULL, "it asks for \"foo_id\", which the event has no field for (a pr" },
	{ "count writes from nvme97n1", NULL, "it names nvme97n1, which is no disk of this machine" },
	{ "top 10 users by bytes written over 60 seconds",
	  "tracepoint:syscalls:sys_exit_write /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @sum_bytes[uid] = sum(args->ret);\n"
	  "}\n"
	  "\n"
	  "interval:s:60 {\n"
	  "  exit();\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@sum_bytes, 10);\n"
	  "  clear(@sum_bytes);\n"
	  "}\n",
	  NULL },
	{ "count fsync calls over the next 30 seconds",
	  "tracepoint:syscalls:sys_enter_fsync {\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:30 {\n"
	  "  exit();\n"
	  "}\n",
	  NULL },
	{ "count reads over 10 seconds", NULL, "\"over 10\" may be a time to trace for or a bound on what is m" },
	{ "count unlinks of lockfile", NULL, "it asks for \"lockfile\", which the event has no field for" },
	{ "count opens of myconf", NULL, "it asks for \"myconf\", which the event has no field for" },
	{ "how many times does lockfile get opened", NULL, "it asks for \"lockfile\", which the event has no field for" },
	{ "count opens by netns", NULL, "it asks for \"netns\", which the event has no field for (a pro" },
	{ "show read latency by mountpoint", NULL, "it asks for \"mountpoint\", which the event has no field for (" },
	{ "sum bytes written by kbps", NULL, "it asks for \"kbps\", which the event has no field for (a proc" },
	{ "count writes for ext4", NULL, "it asks for \"ext4\", which the event has no field for" },
	{ "count connects from localhost", NULL, "it asks for \"localhost\", which the event has no field for" },
	{ "count context switches of ksoftirqd", NULL, "it asks for \"ksoftirqd\", which the event has no field for" },
	{ "count reads by rbd97", NULL, "it names rbd97, which is no disk of this machine" },
	{ "count opens by inode_nr", NULL, "it asks for \"inode_nr\", which the event has no field for (a " },
	{ "page faults for process jackd",
	  "tracepoint:exceptions:page_fault_user,tracepoint:exceptions:page_fault_kernel /comm == \"jackd\"/ {\n"
	  "  assert(comm == \"jackd\", \"only jackd\");\n"
	  "  printf(\"%-16s %-7d\\n\", comm, pid);\n"
	  "}\n",
	  NULL },
	{ "count failed writes by fd",
	  "tracepoint:syscalls:sys_enter_write {\n"
	  "  @entered[tid] = 1;\n"
	  "  @fd[tid] = args->fd;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_write /@entered[tid] != 0/ {\n"
	  "  delete(@entered[tid]);\n"
	  "  $fd = @fd[tid];\n"
	  "  delete(@fd[tid]);\n"
	  "  if (args->ret < 0) {\n"
	  "    assert(args->ret < 0, \"failed\");\n"
	  "    @count[$fd] = count();\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@entered);\n"
	  "  clear(@fd);\n"
	  "}\n",
	  NULL },
	{ "histogram of sendto syscall latency in nanoseconds for process fix_gateway",
	  "tracepoint:syscalls:sys_enter_sendto /comm == \"fix_gateway\"/ {\n"
	  "  assert(comm == \"fix_gateway\", \"only fix_gateway\");\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_sendto /@start[tid] != 0 && comm == \"fix_gateway\"/ {\n"
	  "  assert(comm == \"fix_gateway\", \"only fix_gateway\");\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  @hist_ns = hist($ns);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "list TCP retransmits with remote address and port, only where the remote port is 9443",
	  "tracepoint:tcp:tcp_retransmit_skb /args->dport == 9443/ {\n"
	  "  assert(args->dport == 9443, \"only remote port 9443\");\n"
	  "  printf(\"address %s port %d\\n\", ntop(args->daddr_v6), args->dport);\n"
	  "}\n",
	  NULL },
	{ "count hardware irq handler invocations per cpu",
	  "tracepoint:irq:irq_handler_entry {\n"
	  "  @count[cpu] = count();\n"
	  "}\n",
	  NULL },
	{ "count hw irqs per cpu every second",
	  "tracepoint:irq:irq_handler_entry {\n"
	  "  @count[cpu] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "show writes, only where fd is 2",
	  "tracepoint:syscalls:sys_enter_write /args->fd == 2/ {\n"
	  "  assert(args->fd == 2, \"only fd 2\");\n"
	  "  printf(\"%-16s %-7d\\n\", comm, pid);\n"
	  "}\n",
	  NULL },
	{ "writes from jackd",
	  "tracepoint:syscalls:sys_enter_write /comm == \"jackd\"/ {\n"
	  "  assert(comm == \"jackd\", \"only jackd\");\n"
	  "  printf(\"%-16s %-7d\\n\", comm, pid);\n"
	  "}\n",
	  NULL },
	{ "trace every write() from the pulseaudio process that takes longer than 2ms and print the fd and the duration",
	  "tracepoint:syscalls:sys_enter_write /comm == \"pulseaudio\"/ {\n"
	  "  assert(comm == \"pulseaudio\", \"only pulseaudio\");\n"
	  "  @start[tid] = nsecs;\n"
	  "  @fd[tid] = args->fd;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_write /@start[tid] != 0 && comm == \"pulseaudio\"/ {\n"
	  "  assert(comm == \"pulseaudio\", \"only pulseaudio\");\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  $fd = @fd[tid];\n"
	  "  delete(@fd[tid]);\n"
	  "  if ($ns > 2000000) {\n"
	  "    assert($ns > 2000000, \"longer than 2ms\");\n"
	  "    printf(\"%-16s %-7d fd %u ms %d\\n\", comm, pid, $fd, $ns / 1000000);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "  clear(@fd);\n"
	  "}\n",
	  NULL },
	{ "count writes by fdnum", NULL, "it asks for \"fdnum\", which the event has no field for (a pro" },
	{ "count syscalls from userland", NULL, "it asks for \"userland\", which the event has no field for" },
	{ "count writes by the blargd user", NULL, "it names the user \"blargd\", which this machine has not" },
	{ "count opens from tmpdir", NULL, "it asks for \"tmpdir\", which the event has no field for" },
	{ "count writes by kubernetes", NULL, "it asks for \"kubernetes\", which the event has no field for (" },
	{ "writes that take over the next second", NULL, "it gives a unit (\"second\") of no time it measures" },
	{ "count writes by jdk17", NULL, "it asks for \"jdk17\", which the event has no field for (a pro" },
	{ "show each read over 1 second", NULL, "\"over 1\" may be a time to trace for or a bound on what is me" },
	{ "count opens from settings.json", NULL, "it asks for \"settings.json\", which the event has no field fo" },
	{ "sendto latency histogram for the statsd process",
	  "tracepoint:syscalls:sys_enter_sendto /comm == \"statsd\"/ {\n"
	  "  assert(comm == \"statsd\", \"only statsd\");\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_sendto /@start[tid] != 0 && comm == \"statsd\"/ {\n"
	  "  assert(comm == \"statsd\", \"only statsd\");\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  @hist_us = hist($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "count opens by Fastdds", NULL, "it asks for \"Fastdds\", which the event has no field for" },
	{ "count kills and oom kills", NULL, "it names two events (\"kills\" and \"oom\")" },
	{ "count udp packets sent per second by asterisk",
	  "tracepoint:sock:sock_send_length /comm == \"asterisk\" && args->protocol == 17 && args->ret >= 0/ {\n"
	  "  assert(comm == \"asterisk\", \"only asterisk\");\n"
	  "  assert(args->protocol == 17 && args->ret >= 0, \"udp packets sent\");\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "count accepted connections from zorbd", NULL, "it has \"zorbd\" where a process's name stands, a word the rea" },
	{ "count connects from vlkd", NULL, "it has \"vlkd\" where a process's name stands, a word the read" },
	{ "count syscalls by the process named $APP_NAME", NULL, "it has \"$APP_NAME\", a variable or a handle, whose value is n" },
	{ "count context switches by the process named [kworker]", NULL, "it names \"kworker\", kernel threads whose names have a suffix" },
	{ "count opens from cache_dir", NULL, "it asks for \"cache_dir\", which the event has no field for" },
	{ "count reads by p99_latency", NULL, "it asks for \"p99_latency\", which the event has no field for " },
	{ "how many context switches does cpu_1 do", NULL, "it asks for \"cpu_1\", which the event has no field for" },
	{ "how many bytes per second does asterisk write to the call recordings", NULL, "it asks for \"recordings\", which the event has no field for" },
	{ "how many bytes does nginx write to the logs", NULL, "it says where to or which files (\"to logs\"), which the offli" },
	{ "count writes to the log", NULL, "it says where to or which files (\"to log\"), which the offlin" },
	{ "count udp packets sent per second by asterisk",
	  "tracepoint:sock:sock_send_length /comm == \"asterisk\" && args->protocol == 17 && args->ret >= 0/ {\n"
	  "  assert(comm == \"asterisk\", \"only asterisk\");\n"
	  "  assert(args->protocol == 17 && args->ret >= 0, \"udp packets sent\");\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "which java threads are on CPU the most", NULL, "it says \"on CPU\" with no CPU's number: \"per CPU\" counts by C" },
	{ "which threads of mysqld do the most reads",
	  "tracepoint:syscalls:sys_enter_read /curtask->group_leader->comm == \"mysqld\"/ {\n"
	  "  assert(curtask->group_leader->comm == \"mysqld\", \"only mysqld\");\n"
	  "  @count[comm, tid] = count();\n"
	  "}\n",
	  NULL },
	{ "count reads by java threads",
	  "tracepoint:syscalls:sys_enter_read /curtask->group_leader->comm == \"java\"/ {\n"
	  "  assert(curtask->group_leader->comm == \"java\", \"only java\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "top 10 threads of valheim_server by time spent off-cpu", NULL, "it asks for the threads of valheim_server at off-cpu, whose " },
	{ "histogram of recvmsg latency for asterisk threads",
	  "tracepoint:syscalls:sys_enter_recvmsg /curtask->group_leader->comm == \"asterisk\"/ {\n"
	  "  assert(curtask->group_leader->comm == \"asterisk\", \"only asterisk\");\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_recvmsg /@start[tid] != 0 && curtask->group_leader->comm == \"asterisk\"/ {\n"
	  "  assert(curtask->group_leader->comm == \"asterisk\", \"only asterisk\");\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  @hist_us = hist($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "count context switches per asterisk thread every 5 seconds",
	  "tracepoint:sched:sched_switch /curtask->group_leader->comm == \"asterisk\"/ {\n"
	  "  assert(curtask->group_leader->comm == \"asterisk\", \"only asterisk\");\n"
	  "  @count[comm, tid] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:5 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "top 5 mysqld threads by page faults",
	  "tracepoint:exceptions:page_fault_user,tracepoint:exceptions:page_fault_kernel /curtask->group_leader->comm == \"mysqld\"/ {\n"
	  "  assert(curtask->group_leader->comm == \"mysqld\", \"only mysqld\");\n"
	  "  @count[comm, tid] = count();\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@count, 5);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "count getppid calls by bte_thr threads",
	  "tracepoint:syscalls:sys_enter_getppid /curtask->group_leader->comm == \"bte_thr\"/ {\n"
	  "  assert(curtask->group_leader->comm == \"bte_thr\", \"only bte_thr\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "show run queue latency for asterisk threads", NULL, "it asks for the threads of asterisk at run queue latency, wh" },
	{ "histogram of read sizes for the process named code",
	  "tracepoint:syscalls:sys_exit_read /args->ret > 0 && comm == \"code\"/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  assert(comm == \"code\", \"only code\");\n"
	  "  @hist_bytes = hist(args->ret);\n"
	  "}\n",
	  NULL },
	{ "count syscalls for the threads of the mysqld process",
	  "tracepoint:raw_syscalls:sys_enter /curtask->group_leader->comm == \"mysqld\"/ {\n"
	  "  assert(curtask->group_leader->comm == \"mysqld\", \"only mysqld\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count syscalls by mysqld and its threads",
	  "tracepoint:raw_syscalls:sys_enter /curtask->group_leader->comm == \"mysqld\"/ {\n"
	  "  assert(curtask->group_leader->comm == \"mysqld\", \"only mysqld\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count syscalls by java thread 1234",
	  "tracepoint:raw_syscalls:sys_enter /curtask->group_leader->comm == \"java\" && tid == 1234/ {\n"
	  "  assert(curtask->group_leader->comm == \"java\", \"only java\");\n"
	  "  assert(tid == 1234, \"only thread 1234\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "top 5 threads named java by syscalls",
	  "tracepoint:raw_syscalls:sys_enter /comm == \"java\"/ {\n"
	  "  assert(comm == \"java\", \"only java\");\n"
	  "  @count[comm, tid] = count();\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@count, 5);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "count syscalls by process for java threads", NULL, "it groups by process name (\"process\") while keeping the thre" },
	{ "count syscalls by the process named earlier", NULL, "it asks for \"earlier\", which the event has no field for" },
	{ "count syscalls by the process named accordingly", NULL, "it asks for \"accordingly\", which the event has no field for" },
	{ "show a histogram of run queue latency in microseconds for rotctld",
	  "tracepoint:sched:sched_wakeup,tracepoint:sched:sched_wakeup_new /args->comm == \"rotctld\"/ {\n"
	  "  assert(args->comm == \"rotctld\", \"only rotctld\");\n"
	  "  @start[args->pid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sched:sched_switch /@start[args->next_pid] != 0 && args->next_comm == \"rotctld\"/ {\n"
	  "  assert(args->next_comm == \"rotctld\", \"only rotctld\");\n"
	  "  $ns = nsecs - @start[args->next_pid];\n"
	  "  delete(@start[args->next_pid]);\n"
	  "  @hist_us = hist($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "count bytes read via pread64 by bitcoind per second",
	  "tracepoint:syscalls:sys_exit_pread64 /args->ret > 0 && comm == \"bitcoind\"/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  assert(comm == \"bitcoind\", \"only bitcoind\");\n"
	  "  @sum_bytes = sum(args->ret);\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@sum_bytes);\n"
	  "  clear(@sum_bytes);\n"
	  "}\n",
	  NULL },
	{ "count opens for lockfile", NULL, "it asks for \"lockfile\", which the event has no field for" },
	{ "count opens under /srv/x.log", NULL, "it names a path after \"under\" (\"/srv/x.log\"), which is no di" },
	{ "count opens in /srv/dicom", NULL, "it names a path after \"in\" (\"/srv/dicom\"), which is no direc" },
	{ "show opens under /dev/ttyUSB", NULL, "it names a path after \"under\" (\"/dev/ttyUSB\"), which is no d" },
	{ "bytes written per second by processes with \"cook\" in the name", NULL, "it keeps to part of a name or a path (\"in the name\"): the of" },
	{ "count opens by processes whose name contains nginx", NULL, "it keeps to part of a name or a path (\"name contains\"): the " },
	{ "count opens for processes like \"nginx\"", NULL, "it keeps to part of a name or a path (\"processes like\"): the" },
	{ "count opens by nginx*", NULL, "it keeps to part of a name or a path (a pattern with '*'): t" },
	{ "count opens of /tmp/*.log", NULL, "it keeps to part of a name or a path (a pattern with '*'): t" },
	{ "Traces every unlink of files ending in .bam and logs the pid", NULL, "it keeps to part of a name or a path (\"files ending\"): the o" },
	{ "show only pid and port when a process starts listening",
	  "tracepoint:sock:inet_sock_set_state /args->protocol == 6 && args->newstate == 10/ {\n"
	  "  assert(args->protocol == 6 && args->newstate == 10, \"starts listening\");\n"
	  "  printf(\"pid %d port %d\\n\", pid, args->sport);\n"
	  "}\n",
	  NULL },
	{ "count execs of programs such as python", NULL, "it keeps to part of a name or a path (\"such as\"): the offlin" },
	{ "count opens by processes whose names have 'php' in them", NULL, "it keeps to part of a name or a path (\"names have\"): the off" },
	{ "count opens by processes with names that include php", NULL, "it keeps to part of a name or a path (\"names that include\"):" },
	{ "count opens by php-whatever processes", NULL, "it keeps to part of a name or a path (\"php-whatever\"): the o" },
	{ "count opens of logs by process", NULL, "it says where to or which files (\"of logs\"), which the offli" },
	{ "trace opens of logs", NULL, "it says where to or which files (\"of logs\"), which the offli" },
	{ "monitor OOM kills on the compute node",
	  "tracepoint:oom:mark_victim {\n"
	  "  printf(\"%-16s %-7d\\n\", str(args->comm), args->pid);\n"
	  "}\n",
	  NULL },
	{ "count opens on the web server",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count opens by process, it is the app", NULL, "it says \"it is\" after what it asks, which the offline reader" },
	{ "count writes by process, they are all to the network", NULL, "it says \"they are\" after what it asks, which the offline rea" },
	{ "count opens by process, it's the app", NULL, "it says \"it's\" after what it asks, which the offline reader " },
	{ "print every exit of odhcpd with its exit code",
	  "tracepoint:sched:sched_process_exit /comm == \"odhcpd\" && args->pid == pid/ {\n"
	  "  assert(comm == \"odhcpd\", \"only odhcpd\");\n"
	  "  assert(args->pid == pid, \"every exit\");\n"
	  "  printf(\"%-16s %-7d code %d\\n\", comm, pid, ((curtask->exit_code&0x7f)?128+(curtask->exit_code&0x7f):(curtask->exit_code>>8)&0xff));\n"
	  "}\n",
	  NULL },
	{ "how long does each ffmpeg process live",
	  "tracepoint:task:task_newtask /!(args->clone_flags & 0x10000)/ {\n"
	  "  @start[args->pid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sched:sched_process_exit /@start[tid] != 0 && args->pid == pid/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  if (comm == \"ffmpeg\") {\n"
	  "    assert(comm == \"ffmpeg\", \"only ffmpeg\");\n"
	  "    printf(\"%-16s %-7d us %d\\n\", comm, pid, $ns / 1000);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "count the system calls made by ls",
	  "tracepoint:raw_syscalls:sys_enter /comm == \"ls\"/ {\n"
	  "  assert(comm == \"ls\", \"only ls\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "how do i see every program that starts on my laptop",
	  "tracepoint:syscalls:sys_enter_execve {\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n",
	  NULL },
	{ "count execve per uid every 5 seconds and print the table",
	  "tracepoint:syscalls:sys_enter_execve {\n"
	  "  @count[uid] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:5 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "names that start with x", NULL, "it keeps to part of a name or a path (\"names that start\"): t" },
	{ "file opens on the node running etcd", NULL, "it says which machine by what is on it (\"on the node running" },
	{ "count syscalls on the gateway box running haproxy", NULL, "it says which machine by what is on it (\"on the gateway box " },
	{ "file opens by logstash", NULL, "it names logstash, whose processes are not called so (logsta" },
	{ "which users are opening the most files on /scratch right now? top 20 by uid", NULL, "it names a path after \"on\" (\"/scratch\"), which is no directo" },
	{ "count opens on /tmp by process",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /strncmp(str(args->filename), \"/tmp/\", 5) == 0/ {\n"
	  "  assert(strncmp(str(args->filename), \"/tmp/\", 5) == 0, \"only paths that start /tmp/, as the call is given them\");\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "histogram of pread64 latency for the solr process", NULL, "it names solr, whose processes are not called so (solr runs " },
	{ "count syscalls on all node processes",
	  "tracepoint:raw_syscalls:sys_enter /comm == \"node\"/ {\n"
	  "  assert(comm == \"node\", \"only node\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "file opens on the node etcd runs on", NULL, "it says which machine by what is on it (\"on the node etcd ru" },
	{ "count opens by process - they are all to the network", NULL, "it says \"they are\" after what it asks, which the offline rea" },
	{ "count opens by processes running as www-data",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /uid == 33/ {\n"
	  "  assert(uid == 33, \"only as www-data\");\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "which files does the www-data user open",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /uid == 33/ {\n"
	  "  assert(uid == 33, \"only www-data user\");\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n",
	  NULL },
	{ "trace execs as user nobody",
	  "tracepoint:syscalls:sys_enter_execve /uid == 65534/ {\n"
	  "  assert(uid == 65534, \"only user nobody\");\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n",
	  NULL },
	{ "count syscalls by user daemon",
	  "tracepoint:raw_syscalls:sys_enter /uid == 1/ {\n"
	  "  assert(uid == 1, \"only user daemon\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "execs by the user named daemon",
	  "tracepoint:syscalls:sys_enter_execve /uid == 1/ {\n"
	  "  assert(uid == 1, \"only user named daemon\");\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n",
	  NULL },
	{ "count opens by user zq_nosuch", NULL, "it names the user \"zq_nosuch\", which this machine has not (n" },
	{ "cpu time by user sys and idle", NULL, "it asks for \"user\" of cpu time, whose time ends outside the " },
	{ "opens by user daemon and user www-data", NULL, "it names two users (uid 1 and www-data)" },
	{ "count opens except user www-data", NULL, "it leaves something out (\"except\") that the offline reader c" },
	{ "count opens by user and process",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count[uid, comm] = count();\n"
	  "}\n",
	  NULL },
	{ "count opens by process, failures included", NULL, "it says \"included\" of \"failures\": the offline reader keeps t" },
	{ "count execs by process, failed ones also counted", NULL, "it says \"also\" of \"failed\": the offline reader keeps to what" },
	{ "count opens with or without errors", NULL, "it says \"with or without\" of \"errors\": the offline reader ke" },
	{ "count syscalls by process, root included", NULL, "it says \"included\" of \"root\": the offline reader keeps to wh" },
	{ "count signals, SIGCHLD included", NULL, "it says \"included\" of \"SIGCHLD\": the offline reader keeps to" },
	{ "count connects, any result", NULL, "it says \"any result\": leave it out to take every one, or say" },
	{ "count reads that return less than 100 bytes",
	  "tracepoint:syscalls:sys_exit_read /args->ret >= 0 && args->ret < 100/ {\n"
	  "  assert(args->ret >= 0, \"only calls that succeeded\");\n"
	  "  assert(args->ret < 100, \"less than 100 bytes\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count opens that return an error",
	  "tracepoint:syscalls:sys_exit_open,tracepoint:syscalls:sys_exit_openat /args->ret < 0/ {\n"
	  "  assert(args->ret < 0, \"error\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count processes forked per second",
	  "tracepoint:task:task_newtask /!(args->clone_flags & 0x10000)/ {\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "count processes exiting with non-zero status",
	  "tracepoint:sched:sched_process_exit /args->pid == pid && (curtask->exit_code & 0xff7f) != 0/ {\n"
	  "  assert(args->pid == pid && (curtask->exit_code & 0xff7f) != 0, \"non-zero status\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count processes executed",
	  "tracepoint:syscalls:sys_enter_execve {\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count processes that fork",
	  "tracepoint:task:task_newtask /!(args->clone_flags & 0x10000)/ {\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "count reads by processes whose parent is root", NULL, "it says \"parent ... root\": the user of another process than " },
	{ "count reads by mysql", NULL, "it names mysql, whose processes are not called so (mysql run" },
	{ "print any signal sent to pid 2231, including who sent it",
	  "tracepoint:signal:signal_generate /args->pid == 2231/ {\n"
	  "  assert(args->pid == 2231, \"only pid 2231\");\n"
	  "  printf(\"%-16s %-7d target %d target_comm %s signal %d\\n\", comm, pid, args->pid, args->comm, args->sig);\n"
	  "}\n",
	  NULL },
	{ "trace user page faults for java and show the faulting addresses",
	  "tracepoint:exceptions:page_fault_user /curtask->group_leader->comm == \"java\"/ {\n"
	  "  assert(curtask->group_leader->comm == \"java\", \"only java\");\n"
	  "  printf(\"%-16s %-7d address 0x%lx\\n\", comm, pid, args->address);\n"
	  "}\n",
	  NULL },
	{ "count the syscalls that java is doing, sorted",
	  "tracepoint:raw_syscalls:sys_enter /curtask->group_leader->comm == \"java\"/ {\n"
	  "  assert(curtask->group_leader->comm == \"java\", \"only java\");\n"
	  "  @count[args->id] = count();\n"
	  "}\n",
	  NULL },
	{ "total bytes java maps with mmap calls of 8 megabytes or more",
	  "tracepoint:syscalls:sys_enter_mmap /curtask->group_leader->comm == \"java\" && args->len >= 8388608/ {\n"
	  "  assert(curtask->group_leader->comm == \"java\", \"only java\");\n"
	  "  assert(args->len >= 8388608, \"8 megabytes or more\");\n"
	  "  @sum_len = sum(args->len);\n"
	  "}\n",
	  NULL },
	{ "count syscalls java makes, sorted by pid",
	  "tracepoint:raw_syscalls:sys_enter /curtask->group_leader->comm == \"java\"/ {\n"
	  "  assert(curtask->group_leader->comm == \"java\", \"only java\");\n"
	  "  @count[pid] = count();\n"
	  "}\n",
	  NULL },
	{ "show exits of java with the exit code",
	  "tracepoint:sched:sched_process_exit /curtask->group_leader->comm == \"java\" && args->pid == pid/ {\n"
	  "  assert(curtask->group_leader->comm == \"java\", \"only java\");\n"
	  "  assert(args->pid == pid, \"exits\");\n"
	  "  printf(\"%-16s %-7d code %d\\n\", comm, pid, ((curtask->exit_code&0x7f)?128+(curtask->exit_code&0x7f):(curtask->exit_code>>8)&0xff));\n"
	  "}\n",
	  NULL },
	{ "trace exits of java processes with their exit status",
	  "tracepoint:sched:sched_process_exit /curtask->group_leader->comm == \"java\" && args->pid == pid/ {\n"
	  "  assert(curtask->group_leader->comm == \"java\", \"only java\");\n"
	  "  assert(args->pid == pid, \"exits\");\n"
	  "  printf(\"%-16s %-7d code %d\\n\", comm, pid, ((curtask->exit_code&0x7f)?128+(curtask->exit_code&0x7f):(curtask->exit_code>>8)&0xff));\n"
	  "}\n",
	  NULL },
	{ "show exit codes of java, only the nonzero status",
	  "tracepoint:sched:sched_process_exit /curtask->group_leader->comm == \"java\" && args->pid == pid && (curtask->exit_code & 0xff7f) != 0/ {\n"
	  "  assert(curtask->group_leader->comm == \"java\", \"only java\");\n"
	  "  assert(args->pid == pid && (curtask->exit_code & 0xff7f) != 0, \"nonzero status\");\n"
	  "  printf(\"%-16s %-7d code %d\\n\", comm, pid, ((curtask->exit_code&0x7f)?128+(curtask->exit_code&0x7f):(curtask->exit_code>>8)&0xff));\n"
	  "}\n",
	  NULL },
	{ "monitor files opened under /home/guest by firefox",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /curtask->group_leader->comm == \"firefox\" && strncmp(str(args->filename), \"/home/guest/\", 12) == 0/ {\n"
	  "  assert(curtask->group_leader->comm == \"firefox\", \"only firefox\");\n"
	  "  assert(strncmp(str(args->filename), \"/home/guest/\", 12) == 0, \"only paths that start /home/guest/, as the call is given them\");\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n",
	  NULL },
	{ "count tcp_sendmsg calls",
	  "kprobe:tcp_sendmsg {\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count calls to vfs_read per second",
	  "kprobe:vfs_read {\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "histogram of tcp_sendmsg latency",
	  "kprobe:tcp_sendmsg {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "kretprobe:tcp_sendmsg /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  @hist_us = hist($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "count vfs_read calls by process", NULL, "it asks for the process or user at vfs_read(), a kernel func" },
	{ "kernel stacks of kfree calls, top 5",
	  "kprobe:kfree {\n"
	  "  @count[kstack] = count();\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@count, 5);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "trace every call to vfs_write",
	  "kprobe:vfs_write {\n"
	  "  printf(\"%-16s %-7d\\n\", comm, pid);\n"
	  "}\n",
	  NULL },
	{ "count kprobe vfs_read",
	  "kprobe:vfs_read {\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "show vfs_read return values", NULL, "it asks for what vfs_read() is given or returns, and the off" },
	{ "count reads by process called do_thing_x",
	  "tracepoint:syscalls:sys_enter_read /comm == \"do_thing_x\"/ {\n"
	  "  assert(comm == \"do_thing_x\", \"only do_thing_x\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count calls to tcp_nosuch_fn_x", NULL, "it names no event the lexicon or this kernel knows (it knows" },
	{ "count writes in rx_sdr",
	  "tracepoint:syscalls:sys_enter_write /comm == \"rx_sdr\"/ {\n"
	  "  assert(comm == \"rx_sdr\", \"only rx_sdr\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count opens in the kernel", NULL, "it asks for \"kernel\", which the event has no field for" },
	{ "count opens, errors and all", NULL, "it says \"and all\" of \"errors\": the offline reader keeps to w" },
	{ "count signals, SIGKILL counted", NULL, "it says \"counted\" of \"SIGKILL\": the offline reader keeps to " },
	{ "count reads that take more than 10 ms to return",
	  "tracepoint:syscalls:sys_enter_read {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_read /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  if ($ns > 10000000) {\n"
	  "    assert($ns > 10000000, \"more than 10 ms\");\n"
	  "    @count = count();\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "count signals sent to processes running as root", NULL, "it says \"to ... root\": the user of the task acted on, which " },
	{ "count signals sent to uid 1000", NULL, "it says \"to ... uid\": the user of the task acted on, which t" },
	{ "count kills of processes running as uid 33", NULL, "it says \"of ... uid\": the user of the task acted on, which t" },
	{ "count SIGTERMs sent to processes run by root", NULL, "it says \"to ... root\": the user of the task acted on, which " },
	{ "count opens of files owned by root", NULL, "it says \"owned by root\" of something other than a process: i" },
	{ "count opens by processes run by root",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /uid == 0/ {\n"
	  "  assert(uid == 0, \"only root\");\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "count context switches to processes",
	  "tracepoint:sched:sched_switch {\n"
	  "  @count[args->next_comm] = count();\n"
	  "}\n",
	  NULL },
	{ "I need a histogram of TCP connect latency for processes named envoy", NULL, "it asks for the threads of envoy at TCP connect latency, who" },
	{ "count reads per fd for mysqld",
	  "tracepoint:syscalls:sys_enter_read /comm == \"mysqld\"/ {\n"
	  "  assert(comm == \"mysqld\", \"only mysqld\");\n"
	  "  @count[args->fd] = count();\n"
	  "}\n",
	  NULL },
	{ "count reads per file descriptor for mysqld",
	  "tracepoint:syscalls:sys_enter_read /comm == \"mysqld\"/ {\n"
	  "  assert(comm == \"mysqld\", \"only mysqld\");\n"
	  "  @count[args->fd] = count();\n"
	  "}\n",
	  NULL },
	{ "trace mysqld pwrite64 calls and histogram the bytes written",
	  "tracepoint:syscalls:sys_exit_pwrite64 /args->ret > 0 && comm == \"mysqld\"/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  assert(comm == \"mysqld\", \"only mysqld\");\n"
	  "  @hist_bytes = hist(args->ret);\n"
	  "}\n",
	  NULL },
	{ "histogram of the bytes written by pwrite64 calls of mysqld",
	  "tracepoint:syscalls:sys_exit_pwrite64 /args->ret > 0 && comm == \"mysqld\"/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  assert(comm == \"mysqld\", \"only mysqld\");\n"
	  "  @hist_bytes = hist(args->ret);\n"
	  "}\n",
	  NULL },
	{ "show slow mysqld reads over 200us",
	  "tracepoint:syscalls:sys_enter_read /comm == \"mysqld\"/ {\n"
	  "  assert(comm == \"mysqld\", \"only mysqld\");\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_read /@start[tid] != 0 && comm == \"mysqld\"/ {\n"
	  "  assert(comm == \"mysqld\", \"only mysqld\");\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  if ($ns > 200000) {\n"
	  "    assert($ns > 200000, \"over 200us\");\n"
	  "    printf(\"%-16s %-7d us %d\\n\", comm, pid, $ns / 1000);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "How much time does mysqld spend waiting in fdatasync, summed every 10 seconds?",
	  "tracepoint:syscalls:sys_enter_fdatasync /comm == \"mysqld\"/ {\n"
	  "  assert(comm == \"mysqld\", \"only mysqld\");\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_fdatasync /@start[tid] != 0 && comm == \"mysqld\"/ {\n"
	  "  assert(comm == \"mysqld\", \"only mysqld\");\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  @sum_ns = sum($ns);\n"
	  "}\n"
	  "\n"
	  "interval:s:10 {\n"
	  "  print(@sum_ns);\n"
	  "  clear(@sum_ns);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "count reads by mysqld",
	  "tracepoint:syscalls:sys_enter_read /comm == \"mysqld\"/ {\n"
	  "  assert(comm == \"mysqld\", \"only mysqld\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "measure how long each python3 process lives from exec until exit",
	  "tracepoint:sched:sched_process_exec {\n"
	  "  @start[args->pid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sched:sched_process_exit /@start[tid] != 0 && args->pid == pid/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  if (comm == \"python3\") {\n"
	  "    assert(comm == \"python3\", \"only python3\");\n"
	  "    printf(\"%-16s %-7d us %d\\n\", comm, pid, $ns / 1000);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "histogram of how long each clang++ process lives from exec to exit", NULL, "it asks for \"clang++\", which the event has no field for" },
	{ "how long do processes live from exec to exit",
	  "tracepoint:sched:sched_process_exec {\n"
	  "  @start[args->pid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sched:sched_process_exit /@start[tid] != 0 && args->pid == pid/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  printf(\"%-16s %-7d us %d\\n\", comm, pid, $ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "histogram of process lifetimes from exec to exit in ms",
	  "tracepoint:sched:sched_process_exec {\n"
	  "  @start[args->pid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sched:sched_process_exit /@start[tid] != 0 && args->pid == pid/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  @hist_ms = hist($ns / 1000000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "count accepted connections by client ip",
	  "tracepoint:sock:inet_sock_set_state /args->protocol == 6 && args->oldstate == 3 && args->newstate == 1/ {\n"
	  "  assert(args->protocol == 6 && args->oldstate == 3 && args->newstate == 1, \"accepted connections\");\n"
	  "  @count[ntop(args->daddr_v6)] = count();\n"
	  "}\n",
	  NULL },
	{ "show tcp connects with the client ip", NULL, "it asks for \"client ip\", which the event has no field for" },
	{ "show read sizes from the process rsync as a power of 2 histogram for 30 seconds",
	  "tracepoint:syscalls:sys_exit_read /args->ret > 0 && comm == \"rsync\"/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  assert(comm == \"rsync\", \"only rsync\");\n"
	  "  @hist_bytes = hist(args->ret);\n"
	  "}\n"
	  "\n"
	  "interval:s:30 {\n"
	  "  exit();\n"
	  "}\n",
	  NULL },
	{ "count reads 2", NULL, "it has a number (\"2\") it has no place for" },
	{ "count execs as www-data",
	  "tracepoint:syscalls:sys_enter_execve /uid == 33/ {\n"
	  "  assert(uid == 33, \"only as www-data\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count opens by uid www-data",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /uid == 33/ {\n"
	  "  assert(uid == 33, \"only uid www-data\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count opens for user id nobody",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /uid == 65534/ {\n"
	  "  assert(uid == 65534, \"only user id nobody\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "print opens as list",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n",
	  NULL },
	{ "count opens as nginx", NULL, "it says \"as nginx\", a user this machine has not (a process i" },
	{ "count reads while unprivileged", NULL, "it says \"while unprivileged\", which may keep to something (a" },
	{ "count opens while the build was running", NULL, "it says \"while the build was running\", which may keep to som" },
	{ "count kfree_skb events by reason",
	  "tracepoint:skb:kfree_skb {\n"
	  "  @count[args->reason] = count();\n"
	  "}\n",
	  NULL },
	{ "count sched_migrate_task events per second",
	  "tracepoint:sched:sched_migrate_task {\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "print cpu_frequency events with the state and cpu_id",
	  "tracepoint:power:cpu_frequency {\n"
	  "  printf(\"state %u cpu_id %u\\n\", args->state, args->cpu_id);\n"
	  "}\n",
	  NULL },
	{ "count tracepoint:skb:kfree_skb by reason, top 10",
	  "tracepoint:skb:kfree_skb {\n"
	  "  @count[args->reason] = count();\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@count, 10);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "count sched_migrate_task events by process", NULL, "it asks for \"process\" of sched_migrate_task, which happens o" },
	{ "count cpu_frequency events per cpu", NULL, "it asks for \"cpu\" of cpu_frequency, which has a field cpu_id" },
	{ "sum of block_rq_issue sectors", NULL, "it says \"sectors\", and the event has sector (where it is) an" },
	{ "kmalloc bytes_req larger than 4KB", NULL, "it gives a size (\"larger than 4KB\") and names bytes_req, and" },
	{ "count sched_process_exit with group_dead 1",
	  "tracepoint:sched:sched_process_exit /args->group_dead == 1/ {\n"
	  "  assert(args->group_dead == 1, \"only group_dead 1\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count kmalloc bytes_alloc larger than 8KB by comm", NULL, "it keys by bytes_alloc, the size it keeps above or below (\"l" },
	{ "what keeps opening /etc/hosts so often",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /str(args->filename) == \"/etc/hosts\"/ {\n"
	  "  assert(str(args->filename) == \"/etc/hosts\", \"only the path /etc/hosts, as the call is given it\");\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "what is the latency of reads",
	  "tracepoint:syscalls:sys_enter_read {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_read /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  printf(\"%-16s %-7d us %d\\n\", comm, pid, $ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "what is eating cpu",
	  "profile:hz:99 {\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "count mm_vmscan_direct_reclaim_begin and mm_vmscan_direct_reclaim_end events", NULL, "it names two tracepoints (tracepoint:vmscan:mm_vmscan_direct" },
	{ "count opens by user nobody too", NULL, "it says \"too\" of \"nobody\": the offline reader keeps to what " },
	{ "count opens only as www-data",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /uid == 33/ {\n"
	  "  assert(uid == 33, \"only as www-data\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count processes killed per second", NULL, "it asks for the process signalled, and the program shows the" },
	{ "print opens as list",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n",
	  NULL },
	{ "who calls tcp_sendmsg", NULL, "it asks for the process or user at tcp_sendmsg(), a kernel f" },
	{ "count opens while the garbage collector runs", NULL, "it says \"while the garbage collector runs\", which may keep t" },
	{ "new tcp conns to :443", NULL, "it keeps to a port (\"to : 443\"), and \"new tcp conns\" may be " },
	{ "count outgoing tcp connections to port 443 per process",
	  "tracepoint:sock:inet_sock_set_state /args->dport == 443 && args->protocol == 6 && args->oldstate == 7 && args->newstate == 2/ {\n"
	  "  assert(args->dport == 443, \"only port 443\");\n"
	  "  assert(args->protocol == 6 && args->oldstate == 7 && args->newstate == 2, \"outgoing tcp connections\");\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "how long does each restic process live from exec to exit, with its exit code",
	  "tracepoint:sched:sched_process_exec {\n"
	  "  @start[args->pid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:sched:sched_process_exit /@start[tid] != 0 && args->pid == pid/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  if (comm == \"restic\") {\n"
	  "    assert(comm == \"restic\", \"only restic\");\n"
	  "    printf(\"%-16s %-7d code %d us %d\\n\", comm, pid, ((curtask->exit_code&0x7f)?128+(curtask->exit_code&0x7f):(curtask->exit_code>>8)&0xff), $ns / 1000);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "alert me when the oom killer kills something",
	  "tracepoint:oom:mark_victim {\n"
	  "  printf(\"%-16s %-7d\\n\", str(args->comm), args->pid);\n"
	  "}\n",
	  NULL },
	{ "print oom kills with the pid of the killed process",
	  "tracepoint:oom:mark_victim {\n"
	  "  printf(\"%-16s %-7d\\n\", str(args->comm), args->pid);\n"
	  "}\n",
	  NULL },
	{ "count oom kills and kill calls", NULL, "it names two events (\"oom kills\" and \"kill\")" },
	{ "count ENOENT errors per program",
	  "tracepoint:raw_syscalls:sys_exit /args->ret == -2/ {\n"
	  "  assert(args->ret == -2, \"only ENOENT\");\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "which processes get EPERM",
	  "tracepoint:raw_syscalls:sys_exit /args->ret == -1/ {\n"
	  "  assert(args->ret == -1, \"only EPERM\");\n"
	  "  printf(\"%-16s %-7d syscall %d\\n\", comm, pid, args->id);\n"
	  "}\n",
	  NULL },
	{ "every 5 seconds print the 5 processes doing the most context switches, then reset",
	  "tracepoint:sched:sched_switch {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:5 {\n"
	  "  print(@count, 5);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "count syscalls per second overall",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "count tcp sends and total bytes sent by process",
	  "tracepoint:sock:sock_send_length /args->protocol == 6/ {\n"
	  "  assert(args->protocol == 6, \"tcp\");\n"
	  "  @count[comm] = count();\n"
	  "  if (args->ret > 0) {\n"
	  "    assert(args->ret > 0, \"only what it measures\");\n"
	  "    @sum_bytes[comm] = sum(args->ret);\n"
	  "  }\n"
	  "}\n",
	  NULL },
	{ "show everything nginx opens",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /comm == \"nginx\"/ {\n"
	  "  assert(comm == \"nginx\", \"only nginx\");\n"
	  "  printf(\"%-16s %-7d filename %s\\n\", comm, pid, str(args->filename));\n"
	  "}\n",
	  NULL },
	{ "print the exit codes of processes, one line per exit",
	  "tracepoint:sched:sched_process_exit /args->pid == pid/ {\n"
	  "  assert(args->pid == pid, \"processes\");\n"
	  "  printf(\"%-16s %-7d code %d\\n\", comm, pid, ((curtask->exit_code&0x7f)?128+(curtask->exit_code&0x7f):(curtask->exit_code>>8)&0xff));\n"
	  "}\n",
	  NULL },
	{ "monitor new tcp connections to port 27015", NULL, "it keeps to a port (\"to port 27015\"), and \"new tcp connectio" },
	{ "processes making tcp connections to port 25",
	  "tracepoint:sock:inet_sock_set_state /args->dport == 25 && args->protocol == 6 && args->oldstate == 7 && args->newstate == 2/ {\n"
	  "  assert(args->dport == 25, \"only port 25\");\n"
	  "  assert(args->protocol == 6 && args->oldstate == 7 && args->newstate == 2, \"tcp\");\n"
	  "  printf(\"%-16s %-7d\\n\", comm, pid);\n"
	  "}\n",
	  NULL },
	{ "which programs call fsync or fdatasync the most",
	  "tracepoint:syscalls:sys_enter_fsync,tracepoint:syscalls:sys_enter_fdatasync {\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "count reads and writes combined by process",
	  "tracepoint:syscalls:sys_enter_read,tracepoint:syscalls:sys_enter_write {\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "fsync or fdatasync latency histogram", NULL, "it names two events (\"fsync\" and \"fdatasync\")" },
	{ "count fsync and fdatasync calls together, per program",
	  "tracepoint:syscalls:sys_enter_fsync,tracepoint:syscalls:sys_enter_fdatasync {\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "count setns or unshare calls",
	  "tracepoint:syscalls:sys_enter_setns,tracepoint:syscalls:sys_enter_unshare {\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count reads and writes together",
	  "tracepoint:syscalls:sys_enter_read,tracepoint:syscalls:sys_enter_write {\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "profile pid 3120 at 99 Hz with both kernel and user stacks",
	  "profile:hz:99 /pid == 3120/ {\n"
	  "  assert(pid == 3120, \"only pid 3120\");\n"
	  "  @count[kstack, ustack] = count();\n"
	  "}\n",
	  NULL },
	{ "sample cc1plus user and kernel stacks at 99Hz",
	  "profile:hz:99 /comm == \"cc1plus\"/ {\n"
	  "  assert(comm == \"cc1plus\", \"only cc1plus\");\n"
	  "  @count[ustack, kstack] = count();\n"
	  "}\n",
	  NULL },
	{ "top 10 remote ips by new inbound connections over 30 seconds",
	  "tracepoint:sock:inet_sock_set_state /args->protocol == 6 && args->oldstate == 3 && args->newstate == 1/ {\n"
	  "  assert(args->protocol == 6 && args->oldstate == 3 && args->newstate == 1, \"new inbound connections\");\n"
	  "  @count[ntop(args->daddr_v6)] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:30 {\n"
	  "  exit();\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@count, 10);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "count tcp retransmits by remote ips",
	  "tracepoint:tcp:tcp_retransmit_skb {\n"
	  "  @count[ntop(args->daddr_v6)] = count();\n"
	  "}\n",
	  NULL },
	{ "histogram of bytes asked for in getrandom calls",
	  "tracepoint:syscalls:sys_enter_getrandom {\n"
	  "  @hist_len = hist(args->len);\n"
	  "}\n",
	  NULL },
	{ "histogram of the size asked for by each read",
	  "tracepoint:syscalls:sys_enter_read {\n"
	  "  @hist_count = hist(args->count);\n"
	  "}\n",
	  NULL },
	{ "sum of bytes requested by reads per process",
	  "tracepoint:syscalls:sys_enter_read {\n"
	  "  @sum_count[comm] = sum(args->count);\n"
	  "}\n",
	  NULL },
	{ "print each fork with the parent pid and the new pid",
	  "tracepoint:task:task_newtask /!(args->clone_flags & 0x10000)/ {\n"
	  "  printf(\"%-16s %-7d child %d\\n\", comm, pid, args->pid);\n"
	  "}\n",
	  NULL },
	{ "count opens per process every 10 seconds, running total",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:10 {\n"
	  "  print(@count);\n"
	  "}\n",
	  NULL },
	{ "count opens per process every 5 seconds, don't reset", NULL, "it leaves something out (\"don't\") that the offline reader ca" },
	{ "count opens in total and per process", NULL, "it asks for a summary of everything (\"in total\") beside one " },
	{ "count opens for nginx and for everything", NULL, "it asks for a summary of everything (\"everything\") beside on" },
	{ "count opens every 10 seconds, and overall at the end", NULL, "it asks for a summary of everything (\"overall\") beside one n" },
	{ "count syscalls per second overall",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
	{ "count opens in total",
	  "tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat {\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "which addresses make tcp connections to port 22", NULL, "it keeps to a port (\"to port 22\"), and \"tcp\" may be connecti" },
	{ "tcp connections made to port 80 on this host", NULL, "it keeps to a port (\"to port 80\"), and \"tcp\" may be connecti" },
	{ "processes making tcp connections to port 25 and print the remote address",
	  "tracepoint:sock:inet_sock_set_state /args->dport == 25 && args->protocol == 6 && args->oldstate == 7 && args->newstate == 2/ {\n"
	  "  assert(args->dport == 25, \"only port 25\");\n"
	  "  assert(args->protocol == 6 && args->oldstate == 7 && args->newstate == 2, \"tcp\");\n"
	  "  printf(\"%-16s %-7d address %s\\n\", comm, pid, ntop(args->daddr_v6));\n"
	  "}\n",
	  NULL },
	{ "print oom kills with the victim and the allocating process", NULL, "it says \"allocating\" of oom kills, whose roles are the task " },
	{ "count syscalls per process and overall", NULL, "it asks for a summary of everything (\"overall\") beside one n" },
	{ "count tcp retransmits to 10.0.0.0/12", NULL, "it keeps to the network 10.0.0.0/12, whose prefix is not who" },
	{ "count forks and exits per second",
	  "tracepoint:task:task_newtask /!(args->clone_flags & 0x10000)/ {\n"
	  "  @count_forks = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count_forks);\n"
	  "  clear(@count_forks);\n"
	  "}\n"
	  "\n"
	  "tracepoint:sched:sched_process_exit /args->pid == pid/ {\n"
	  "  assert(args->pid == pid, \"exits\");\n"
	  "  @count_exits = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count_exits);\n"
	  "  clear(@count_exits);\n"
	  "}\n",
	  NULL },
	{ "show bash forks and exits",
	  "tracepoint:task:task_newtask /!(args->clone_flags & 0x10000) && (comm == \"bash\")/ {\n"
	  "  assert(comm == \"bash\", \"only bash\");\n"
	  "  printf(\"forks %-16s %-7d child %d\\n\", comm, pid, args->pid);\n"
	  "}\n"
	  "\n"
	  "tracepoint:sched:sched_process_exit /comm == \"bash\" && args->pid == pid/ {\n"
	  "  assert(comm == \"bash\", \"only bash\");\n"
	  "  assert(args->pid == pid, \"exits\");\n"
	  "  printf(\"exits %-16s %-7d\\n\", comm, pid);\n"
	  "}\n",
	  NULL },
	{ "count exits for 10 seconds and then exit",
	  "tracepoint:sched:sched_process_exit /args->pid == pid/ {\n"
	  "  assert(args->pid == pid, \"exits\");\n"
	  "  @count = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:10 {\n"
	  "  exit();\n"
	  "}\n",
	  NULL },
	{ "count tcp connections from remote hosts to 10.0.0.1", NULL, "it keeps to the address 10.0.0.1, and which end of what it t" },
	{ "count tcp resets to 10.0.0.9", NULL, "it keeps to the address 10.0.0.9, and which end of what it t" },
	{ "count accepted connections with source address 10.0.0.1", NULL, "it keeps to the address 10.0.0.1, and which end of what it t" },
	{ "count syscalls globally and by process", NULL, "it asks for a summary of everything (\"globally\") beside one " },
	{ "count syscalls by process and system wide", NULL, "it asks for a summary of everything (\"system wide\") beside o" },
	{ "count syscalls from nginx and across the whole system", NULL, "it asks for a summary of everything (\"whole system\") beside " },
	{ "count failed opens and overall", NULL, "it asks for a summary of everything (\"overall\") beside one n" },
	{ "count syscalls per process, system-wide",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "trace failed opens for everything",
	  "tracepoint:syscalls:sys_exit_open,tracepoint:syscalls:sys_exit_openat /args->ret < 0/ {\n"
	  "  assert(args->ret < 0, \"a failed call\");\n"
	  "  printf(\"%-16s %-7d errno %d\\n\", comm, pid, -args->ret);\n"
	  "}\n",
	  NULL },
	{ "count syscalls by process every 10 seconds, keep the counts",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:10 {\n"
	  "  print(@count);\n"
	  "}\n",
	  NULL },
	{ "count syscalls by process every 10 seconds and the cumulative total", NULL, "it asks for totals since the start (\"cumulative\") beside eac" },
	{ "syscall rate per second, cumulative", NULL, "it asks for totals since the start (\"cumulative\") and a rate" },
	{ "total KB written per process",
	  "tracepoint:syscalls:sys_exit_write /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @sum_KB[comm] = sum(args->ret);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@sum_KB, 0, 1024);\n"
	  "  clear(@sum_KB);\n"
	  "}\n",
	  NULL },
	{ "top 5 processes by MB written",
	  "tracepoint:syscalls:sys_exit_write /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @sum_MB[comm] = sum(args->ret);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@sum_MB, 5, 1048576);\n"
	  "  clear(@sum_MB);\n"
	  "}\n",
	  NULL },
	{ "bytes written per process, shown in KB",
	  "tracepoint:syscalls:sys_exit_write /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @sum_KB[comm] = sum(args->ret);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@sum_KB, 0, 1024);\n"
	  "  clear(@sum_KB);\n"
	  "}\n",
	  NULL },
	{ "average write size per process in KB",
	  "tracepoint:syscalls:sys_exit_write /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @avg_KB[comm] = avg(args->ret);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@avg_KB, 0, 1024);\n"
	  "  clear(@avg_KB);\n"
	  "}\n",
	  NULL },
	{ "total bytes read in MB by process",
	  "tracepoint:syscalls:sys_exit_read /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @sum_MB[comm] = sum(args->ret);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@sum_MB, 0, 1048576);\n"
	  "  clear(@sum_MB);\n"
	  "}\n",
	  NULL },
	{ "count tcp retransmits from 10.1.2.3", NULL, "it keeps to the address 10.1.2.3, and which end of what it t" },
	{ "count connect calls to 10.1.2.3", NULL, "it keeps to the address 10.1.2.3, and which end of what it t" },
	{ "maximum time a read takes",
	  "tracepoint:syscalls:sys_enter_read {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_read /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  @max_us = max($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "max time reads take per process",
	  "tracepoint:syscalls:sys_enter_read {\n"
	  "  @start[tid] = nsecs;\n"
	  "}\n"
	  "\n"
	  "tracepoint:syscalls:sys_exit_read /@start[tid] != 0/ {\n"
	  "  $ns = nsecs - @start[tid];\n"
	  "  delete(@start[tid]);\n"
	  "  @max_us[comm] = max($ns / 1000);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  clear(@start);\n"
	  "}\n",
	  NULL },
	{ "how much time does each fsync take", NULL, "it asks for \"each fsync\", a line per call, and the program p" },
	{ "total KB read per process every 5 seconds for 30 seconds",
	  "tracepoint:syscalls:sys_exit_read /args->ret > 0/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  @sum_KB[comm] = sum(args->ret);\n"
	  "}\n"
	  "\n"
	  "interval:s:30 {\n"
	  "  exit();\n"
	  "}\n"
	  "\n"
	  "interval:s:5 {\n"
	  "  print(@sum_KB, 0, 1024);\n"
	  "  clear(@sum_KB);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@sum_KB, 0, 1024);\n"
	  "  clear(@sum_KB);\n"
	  "}\n",
	  NULL },
	{ "total Kb written per process", NULL, "it asks for \"Kb\", which the event has no field for" },
	{ "average KB written per second per process", NULL, "it asks for an average of bytes per second: a throughput ove" },
	{ "average bytes written per second per process", NULL, "it asks for an average of bytes per second: a throughput ove" },
	{ "count syscalls per process and the total across all processes", NULL, "it asks for a summary of everything (\"across all\") beside on" },
	{ "count reads by nginx, and also all reads", NULL, "it asks for a summary of everything (\"all reads\") beside one" },
	{ "count syscalls per process every 5 seconds, keep a total",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:5 {\n"
	  "  print(@count);\n"
	  "}\n",
	  NULL },
	{ "count syscalls per process every 5 seconds and at the end the running total", NULL, "it asks for totals since the start (\"running total\") beside " },
	{ "count opens per second, running total", NULL, "it asks for totals since the start (\"running total\") and a r" },
	{ "count all reads per process",
	  "tracepoint:syscalls:sys_enter_read {\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "how many read syscalls does varnishd do per second, and what's the avg size",
	  "tracepoint:syscalls:sys_exit_read /comm == \"varnishd\"/ {\n"
	  "  assert(comm == \"varnishd\", \"only varnishd\");\n"
	  "  @count = count();\n"
	  "  if (args->ret > 0) {\n"
	  "    assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "    @avg_bytes = avg(args->ret);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "interval:s:1 {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "  print(@avg_bytes);\n"
	  "  clear(@avg_bytes);\n"
	  "}\n",
	  NULL },
	{ "count reads per process in total",
	  "tracepoint:syscalls:sys_enter_read {\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "count opens per process, with an overall sum", NULL, "it asks for a summary of everything (\"overall\") beside one n" },
	{ "show setuid calls and the uid being requested",
	  "tracepoint:syscalls:sys_enter_setuid {\n"
	  "  printf(\"%-16s %-7d uid %u\\n\", comm, pid, args->uid);\n"
	  "}\n",
	  NULL },
	{ "print setuid calls with the uid they ask for",
	  "tracepoint:syscalls:sys_enter_setuid {\n"
	  "  printf(\"%-16s %-7d uid %u\\n\", comm, pid, args->uid);\n"
	  "}\n",
	  NULL },
	{ "log permission changes with the mode",
	  "tracepoint:syscalls:sys_enter_chmod,tracepoint:syscalls:sys_enter_fchmod,tracepoint:syscalls:sys_enter_fchmodat,tracepoint:syscalls:sys_enter_fchmodat2 {\n"
	  "  printf(\"%-16s %-7d mode %d\\n\", comm, pid, args->mode);\n"
	  "}\n",
	  NULL },
	{ "who is changing file ownership",
	  "tracepoint:syscalls:sys_enter_chown,tracepoint:syscalls:sys_enter_lchown,tracepoint:syscalls:sys_enter_fchown,tracepoint:syscalls:sys_enter_fchownat {\n"
	  "  printf(\"%-16s %-7d newowner %d newgroup %d\\n\", comm, pid, args->user, args->group);\n"
	  "}\n",
	  NULL },
	{ "count permission changes per process",
	  "tracepoint:syscalls:sys_enter_chmod,tracepoint:syscalls:sys_enter_fchmod,tracepoint:syscalls:sys_enter_fchmodat,tracepoint:syscalls:sys_enter_fchmodat2 {\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "log permission changes with the file name", NULL, "it asks for \"file name\", and the event has no file name" },
	{ "count failed setgid by gid", NULL, "it asks for \"gid\", which the event has no field for" },
	{ "show ownership changes where the new owner is uid 0", NULL, "it says \"uid 0\", and ownership changes has a uid of its own " },
	{ "show ownership changes by group 0", NULL, "it says \"group 0\", and ownership changes has a group of its " },
	{ "show setgid calls by gid 0", NULL, "it says \"gid 0\", and setgid has a gid of its own besides the" },
	{ "show setgid calls with the requested gid",
	  "tracepoint:syscalls:sys_enter_setgid {\n"
	  "  printf(\"%-16s %-7d gid %u\\n\", comm, pid, args->gid);\n"
	  "}\n",
	  NULL },
	{ "each time nginx takes a read, print the size",
	  "tracepoint:syscalls:sys_exit_read /args->ret > 0 && comm == \"nginx\"/ {\n"
	  "  assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "  assert(comm == \"nginx\", \"only nginx\");\n"
	  "  printf(\"%-16s %-7d bytes %d\\n\", comm, pid, args->ret);\n"
	  "}\n",
	  NULL },
	{ "count reads per process as well as overall", NULL, "it asks for a summary of everything (\"overall\") beside one n" },
	{ "count reads per process & overall", NULL, "it asks for a summary of everything (\"overall\") beside one n" },
	{ "count reads per process, overall as well", NULL, "it asks for a summary of everything (\"overall\") beside one n" },
	{ "average write size in MB per second", NULL, "it asks for an average of bytes per second: a throughput ove" },
	{ "average bytes read each second per process", NULL, "it asks for an average of bytes per second: a throughput ove" },
	{ "show the max time a read takes in total", NULL, "it says \"in total\" beside another summary: a total too, or o" },
	{ "which users call setuid", NULL, "it says \"users\", and setuid has a uid of its own besides the" },
	{ "count tcp retransmits to 10.0.0.0/8",
	  "tracepoint:tcp:tcp_retransmit_skb /args->daddr_v6[10] == 255 && args->daddr_v6[11] == 255 && args->daddr_v6[12] == 10/ {\n"
	  "  assert(args->daddr_v6[10] == 255 && args->daddr_v6[11] == 255 && args->daddr_v6[12] == 10, \"only 10.0.0.0/8\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count tcp retransmits to 10.20.0.15",
	  "tracepoint:tcp:tcp_retransmit_skb /args->daddr_v6[10] == 255 && args->daddr_v6[11] == 255 && args->daddr_v6[12] == 10 && args->daddr_v6[13] == 20 && args->daddr_v6[14] == 0 && args->daddr_v6[15] == 15/ {\n"
	  "  assert(args->daddr_v6[10] == 255 && args->daddr_v6[11] == 255 && args->daddr_v6[12] == 10 && args->daddr_v6[13] == 20 && args->daddr_v6[14] == 0 && args->daddr_v6[15] == 15, \"only 10.20.0.15\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "print accepted connections from 192.168.1.0/24",
	  "tracepoint:sock:inet_sock_set_state /args->daddr_v6[10] == 255 && args->daddr_v6[11] == 255 && args->daddr_v6[12] == 192 && args->daddr_v6[13] == 168 && args->daddr_v6[14] == 1 && args->protocol == 6 && args->oldstate == 3 && args->newstate == 1/ {\n"
	  "  assert(args->daddr_v6[10] == 255 && args->daddr_v6[11] == 255 && args->daddr_v6[12] == 192 && args->daddr_v6[13] == 168 && args->daddr_v6[14] == 1, \"only 192.168.1.0/24\");\n"
	  "  assert(args->protocol == 6 && args->oldstate == 3 && args->newstate == 1, \"accepted connections\");\n"
	  "  printf(\"address %s port %d\\n\", ntop(args->daddr_v6), args->dport);\n"
	  "}\n",
	  NULL },
	{ "count outgoing tcp connections to 10.1.2.3 by process",
	  "tracepoint:sock:inet_sock_set_state /args->daddr_v6[10] == 255 && args->daddr_v6[11] == 255 && args->daddr_v6[12] == 10 && args->daddr_v6[13] == 1 && args->daddr_v6[14] == 2 && args->daddr_v6[15] == 3 && args->protocol == 6 && args->oldstate == 7 && args->newstate == 2/ {\n"
	  "  assert(args->daddr_v6[10] == 255 && args->daddr_v6[11] == 255 && args->daddr_v6[12] == 10 && args->daddr_v6[13] == 1 && args->daddr_v6[14] == 2 && args->daddr_v6[15] == 3, \"only 10.1.2.3\");\n"
	  "  assert(args->protocol == 6 && args->oldstate == 7 && args->newstate == 2, \"outgoing tcp connections\");\n"
	  "  @count[comm] = count();\n"
	  "}\n",
	  NULL },
	{ "count accepted connections to 10.0.0.1",
	  "tracepoint:sock:inet_sock_set_state /args->saddr_v6[10] == 255 && args->saddr_v6[11] == 255 && args->saddr_v6[12] == 10 && args->saddr_v6[13] == 0 && args->saddr_v6[14] == 0 && args->saddr_v6[15] == 1 && args->protocol == 6 && args->oldstate == 3 && args->newstate == 1/ {\n"
	  "  assert(args->saddr_v6[10] == 255 && args->saddr_v6[11] == 255 && args->saddr_v6[12] == 10 && args->saddr_v6[13] == 0 && args->saddr_v6[14] == 0 && args->saddr_v6[15] == 1, \"only 10.0.0.1\");\n"
	  "  assert(args->protocol == 6 && args->oldstate == 3 && args->newstate == 1, \"accepted connections\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count inbound tcp connections to 192.168.1.10 on port 22",
	  "tracepoint:sock:inet_sock_set_state /args->saddr_v6[10] == 255 && args->saddr_v6[11] == 255 && args->saddr_v6[12] == 192 && args->saddr_v6[13] == 168 && args->saddr_v6[14] == 1 && args->saddr_v6[15] == 10 && args->sport == 22 && args->protocol == 6 && args->oldstate == 3 && args->newstate == 1/ {\n"
	  "  assert(args->saddr_v6[10] == 255 && args->saddr_v6[11] == 255 && args->saddr_v6[12] == 192 && args->saddr_v6[13] == 168 && args->saddr_v6[14] == 1 && args->saddr_v6[15] == 10, \"only 192.168.1.10\");\n"
	  "  assert(args->sport == 22, \"only port 22\");\n"
	  "  assert(args->protocol == 6 && args->oldstate == 3 && args->newstate == 1, \"inbound tcp connections\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count tcp retransmits with source address 10.2.3.4",
	  "tracepoint:tcp:tcp_retransmit_skb /args->saddr_v6[10] == 255 && args->saddr_v6[11] == 255 && args->saddr_v6[12] == 10 && args->saddr_v6[13] == 2 && args->saddr_v6[14] == 3 && args->saddr_v6[15] == 4/ {\n"
	  "  assert(args->saddr_v6[10] == 255 && args->saddr_v6[11] == 255 && args->saddr_v6[12] == 10 && args->saddr_v6[13] == 2 && args->saddr_v6[14] == 3 && args->saddr_v6[15] == 4, \"only 10.2.3.4\");\n"
	  "  @count = count();\n"
	  "}\n",
	  NULL },
	{ "count tcp connections made by remote hosts to port 22", NULL, "it keeps to a port (\"to port 22\"), and \"tcp\" may be connecti" },
	{ "count reads and sum the KB read by process",
	  "tracepoint:syscalls:sys_exit_read {\n"
	  "  @count[comm] = count();\n"
	  "  if (args->ret > 0) {\n"
	  "    assert(args->ret > 0, \"only bytes actually moved\");\n"
	  "    @sum_KB[comm] = sum(args->ret);\n"
	  "  }\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@count);\n"
	  "  clear(@count);\n"
	  "  print(@sum_KB, 0, 1024);\n"
	  "  clear(@sum_KB);\n"
	  "}\n",
	  NULL },
	{ "count opens per process every 10 seconds, running total, then reset", NULL, "it asks for totals since the start (\"running total\") beside " },
	{ "top 5 processes by syscalls every 10 seconds, cumulative",
	  "tracepoint:raw_syscalls:sys_enter {\n"
	  "  @count[comm] = count();\n"
	  "}\n"
	  "\n"
	  "interval:s:10 {\n"
	  "  print(@count, 5);\n"
	  "}\n"
	  "\n"
	  "END {\n"
	  "  print(@count, 5);\n"
	  "  clear(@count);\n"
	  "}\n",
	  NULL },
};

static void requests(const struct lexicon *lx)
{
	for (size_t i = 0; i < sizeof(CASES) / sizeof(CASES[0]); i++) {
		struct offline_program a;
		offline_plan(lx, CASES[i].request, NULL, &a);
		char what[300];
		int ok;
		if (CASES[i].program) {
			snprintf(what, sizeof(what), "served: %s", CASES[i].request);
			ok = a.program && !strcmp(a.program, CASES[i].program) && a.changes &&
			     !strncmp(a.example_id, "lexicon:", 8);
		} else {
			snprintf(what, sizeof(what), "declined: %s", CASES[i].request);
			ok = !a.program && a.why && strstr(a.why, CASES[i].why);
		}
		check(ok, what);
		if (!ok)
			printf("     got: %s\n", a.program ? a.program : a.why ? a.why : "(nothing)");
		offline_program_free(&a);
	}
}

/* A program made for the first example is skipped when asked to. */
static void skipped(const struct lexicon *lx)
{
	const char *skip[] = { "lexicon:kill", NULL };
	struct offline_program a;
	offline_plan(lx, "show the sender and target pid of every kill", skip, &a);
	check(!a.program && a.why, "a program that did not pass its checks is not made again");
	offline_program_free(&a);
}

/* Text anyone can type never becomes part of a program unchecked. */
static void hostile(const struct lexicon *lx)
{
	static const char *const TEXT[] = {
		"count kills by `a\"); system(\"reboot`",
		"print every kill by \"nginx\\\"\"",
		"count opens by 'x);exit();//'",
		"show the return value of readline in /bin/../../etc/shadow",
		"print the arguments of malloc in /proc/self/exe",
		"count reads by \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"",
		NULL,
	};
	for (int i = 0; TEXT[i]; i++) {
		struct offline_program a;
		offline_plan(lx, TEXT[i], NULL, &a);
		char what[200];
		snprintf(what, sizeof(what), "no program from hostile text %d", i);
		check(!a.program || (!strstr(a.program, "system") && !strstr(a.program, "exit") &&
				     !strstr(a.program, "shadow")),
		      what);
		offline_program_free(&a);
	}
}

static int load_text(const char *text, char *why, size_t whylen)
{
	char path[] = "/tmp/bte-lexicon-XXXXXX";
	int fd = mkstemp(path);
	if (fd < 0)
		return -errno;
	if (write(fd, text, strlen(text)) != (ssize_t)strlen(text)) {
		close(fd);
		unlink(path);
		return -EIO;
	}
	close(fd);
	struct lexicon lx;
	int rc = lexicon_load(path, &lx, why, whylen);
	if (!rc)
		lexicon_unload(&lx);
	unlink(path);
	return rc;
}

/* The reader's closest program: the request without up to two words it
 * cannot place, only when each stood between fillers. */
static void relaxed(const struct lexicon *lx)
{
	static const struct {
		const char *request, *shorter, *left_out; /* NULL: none offered */
	} CASES[] = {
		{ "show reads by nginx with the pretty colours", "show reads by nginx with the",
		  "pretty\", \"colours" },
		{ "count opens by nginx with gusto, mostly", "count opens by nginx with",
		  "gusto\", \"mostly" },
		/* "mostly" beside "succeeded", which is no filler */
		{ "count opens by nginx that succeeded, mostly", NULL, NULL },
		/* left out, the word would turn the request around */
		{ "count reads minus nginx", NULL, NULL },
		{ "count reads with zero errors", NULL, NULL },
		{ "show reads which returned zero bytes", NULL, NULL },
		/* an exclusion is declined, never relaxed */
		{ "count writes by process except nginx", NULL, NULL },
	};
	for (size_t i = 0; i < sizeof(CASES) / sizeof(CASES[0]); i++) {
		char *shorter = NULL, *left_out = NULL, what[200];
		int rc = offline_relax(lx, CASES[i].request, &shorter, &left_out);
		int ok = CASES[i].shorter ? rc == 0 && shorter && !strcmp(shorter, CASES[i].shorter) &&
						    left_out && !strcmp(left_out, CASES[i].left_out)
					  : rc == -1 && !shorter && !left_out;
		snprintf(what, sizeof(what), "%s: %s", CASES[i].shorter ? "relaxed" : "not relaxed",
			 CASES[i].request);
		check(ok, what);
		if (!ok)
			printf("     got: [%d] \"%s\" without \"%s\"\n", rc, shorter ? shorter : "",
			       left_out ? left_out : "");
		free(shorter);
		free(left_out);
	}
}

/* A system call named by its name is no order to run it. */
static void not_tracing(void)
{
	check(!reader_not_tracing("chmod calls with path and mode") &&
		      !reader_not_tracing("exec calls by root") &&
		      !reader_not_tracing("number of exec()s every 3 seconds") &&
		      !reader_not_tracing("trace opens for 30 seconds and then stop, thanks") &&
		      reader_not_tracing("trace opens and then stop nginx") &&
		      !reader_not_tracing("stop after 30 seconds and count writes") &&
		      reader_not_tracing("stop nginx and count writes") &&
		      reader_not_tracing("chmod the config to 777") &&
		      reader_not_tracing("count opens then call system(\"reboot\")") &&
		      !reader_not_tracing("run for 30 seconds and count opens by process") &&
		      !reader_not_tracing("print every chmod and chown") &&
		      reader_not_tracing("install and enable nginx") &&
		      reader_not_tracing("run nginx and count opens") &&
		      reader_not_tracing("delete all my files") &&
		      reader_not_tracing("please kill all nginx processes") &&
		      reader_not_tracing("count writes and then write the config") &&
		      !reader_not_tracing("run queue latency histogram") &&
		      !reader_not_tracing("count forks between fork and exec") &&
		      !reader_not_tracing("who is killing nginx") &&
		      reader_not_tracing("reboot() the machine") &&
		      reader_not_tracing("chmod() all files") &&
		      reader_not_tracing("unlink() all my files") &&
		      reader_not_tracing("count opens and then kill() all nginx") &&
		      !reader_not_tracing("count reboot() calls"),
	      "a call named (\"chmod calls\", \"exec()s\", \"chmod and chown\") is traced, and "
	      "how long to run; an order is declined");
}

static void lexicon_errors(void)
{
	char why[512];
	check(load_text("filler a the\n\nbogus x y\n", why, sizeof(why)) == -EINVAL &&
		      strstr(why, ":3:"),
	      "an unknown line is refused with its line number");
	check(load_text("agg\n", why, sizeof(why)) == -EINVAL, "a class without words is refused");
	check(load_text("event e tracepoint:a:b\n  role x\n", why, sizeof(why)) == -EINVAL,
	      "a role without an expression is refused");
	check(load_text("function f arg9=arg9:%d\n", why, sizeof(why)) == -EINVAL,
	      "an argument out of range is refused");
	check(load_text("unit h hour hours\n", why, sizeof(why)) == -EINVAL &&
		      load_text("above lx less+than\n", why, sizeof(why)) == -EINVAL,
	      "a unit or a bound the planner has no meaning for is refused");
	check(load_text("event e tracepoint:a:b\n  role x y %d only=\n", why, sizeof(why)) ==
			      -EINVAL &&
		      load_text("event e tracepoint:a:b\n  role x y %d only=4,,5\n", why,
				sizeof(why)) == -EINVAL &&
		      load_text("event e tracepoint:a:b\n  role x y %d only=4,x\n", why,
				sizeof(why)) == -EINVAL &&
		      load_text("event e tracepoint:a:b\n  role x y %d only=4 keep=y>0\n", why,
				sizeof(why)) == -EINVAL &&
		      load_text("event e tracepoint:a:b\n  nodirection extra\n", why,
				sizeof(why)) == -EINVAL,
	      "a role's values (only=) are numbers between commas, and nothing follows them; "
	      "nodirection takes no word");
	check(load_text("event e tracepoint:a:b\n  nodirection\n  role x y %d only=4,11,31\n",
			why, sizeof(why)) == 0,
	      "nodirection and a role's values load");
	check(load_text("# only a comment\nfiller a\nevent e tracepoint:a:b\n  names e+f\n", why,
			sizeof(why)) == 0,
	      "comments, classes and an event load");
	struct lexicon lx;
	check(lexicon_load("/nonexistent/lexicon.txt", &lx, why, sizeof(why)) == -ENOENT &&
		      strstr(why, "/nonexistent"),
	      "a missing lexicon: -ENOENT naming it");
}

/* A tool's name read as the request it stands for, only as a whole
 * word. */
static void tools_meant(const struct lexicon *lx)
{
	char *a = lexicon_means(lx, "execsnoop"), *b = lexicon_means(lx, "opensnoop for nginx");
	char *c = lexicon_means(lx, "/usr/sbin/execsnoop"), *d = lexicon_means(lx, "myexecsnoop");
	char *e = lexicon_means(lx, "count opens by process");
	char *f = lexicon_means(lx, "trace execs of execsnoop"), *g = lexicon_means(lx, "biolatency -D");
	char *h = lexicon_means(lx, "run opensnoop for nginx");
	char *i = lexicon_means(lx, "opensnoop --failed");
	check(!f && !g && !i && h && !strncmp(h, "print each open", 15),
	      "a tool's name only as what is asked, never with its flags");
	free(f);
	free(g);
	free(h);
	free(i);
	check(a && !strcmp(a, "print each exec with its arguments") && b &&
		      !strcmp(b, "print each open with the file name and the return value "
				 "for nginx") &&
		      !c && !d && !e,
	      "a tool's name is the request it stands for, as a whole word only");
	struct offline_program out;
	int rc = a ? offline_plan(lx, a, NULL, &out) : -1;
	check(rc == 0 && strstr(out.program, "join(args->argv)"),
	      "execsnoop prints each exec's arguments");
	if (rc == 0 || out.why)
		offline_program_free(&out);
	free(a);
	free(b);
	free(c);
	free(d);
	free(e);
}

/* A cgroup kept to: this machine's cgroup v2 directory (/sys/fs/cgroup,
 * or /sys/fs/cgroup/unified beside v1 hierarchies), by its path. */
/* A disk of this machine named ("on vda", "/dev/vda") is kept to by its
 * number, read here apart from the reader (major << 20 | minor); a
 * partition, and a device that takes no requests, decline. */
static void disks(const struct lexicon *lx)
{
	DIR *d = opendir("/sys/class/block");
	char disk[64] = "", part[64] = "", bio[64] = "";
	unsigned long dev = 0;
	for (struct dirent *e; d && (e = readdir(d));) {
		char path[160], text[32] = "";
		unsigned major, minor;
		if (e->d_name[0] == '.' || strlen(e->d_name) >= sizeof(disk))
			continue;
		snprintf(path, sizeof(path), "/sys/class/block/%s/partition", e->d_name);
		if (!access(path, F_OK)) {
			snprintf(part, sizeof(part), "%s", e->d_name);
			continue;
		}
		snprintf(path, sizeof(path), "/sys/class/block/%s/mq", e->d_name);
		if (access(path, F_OK)) {
			snprintf(bio, sizeof(bio), "%s", e->d_name);
			continue;
		}
		snprintf(path, sizeof(path), "/sys/class/block/%s/dev", e->d_name);
		FILE *f = disk[0] ? NULL : fopen(path, "r");
		if (f && fgets(text, sizeof(text), f) && sscanf(text, "%u:%u", &major, &minor) == 2) {
			snprintf(disk, sizeof(disk), "%s", e->d_name);
			dev = (unsigned long)major << 20 | minor;
		}
		if (f)
			fclose(f);
	}
	if (d)
		closedir(d);
	if (!disk[0]) {
		printf("skip: no disk with a request queue here\n");
		return;
	}
	char req[160], want[64];
	snprintf(want, sizeof(want), "args->dev == %lu", dev);
	static const char *const SERVED[] = { "histogram of block io latency on %s",
					      "count disk io on /dev/%s by process",
					      "count disk writes on %s per second", NULL };
	for (const char *const *r = SERVED; *r; r++) {
		struct offline_program a;
		snprintf(req, sizeof(req), *r, disk);
		offline_plan(lx, req, NULL, &a);
		check(a.program && strstr(a.program, want), req);
		if (!a.program || !strstr(a.program, want))
			printf("     got: %s\n", a.program ? a.program : a.why);
		offline_program_free(&a);
	}
	struct offline_program a;
	snprintf(req, sizeof(req), "count reads from %s", disk);
	offline_plan(lx, req, NULL, &a);
	check(!a.program, "a disk at a system call, which has none: declined");
	offline_program_free(&a);
	snprintf(req, sizeof(req), "count ext4 writes on %s", disk);
	offline_plan(lx, req, NULL, &a);
	check(!a.program && a.why && strstr(a.why, "only at the block layer's requests"),
	      "a disk at a filesystem's event (its dev is another number): declined");
	offline_program_free(&a);
	if (part[0]) {
		snprintf(req, sizeof(req), "count block io on %s", part);
		offline_plan(lx, req, NULL, &a);
		check(!a.program && a.why && strstr(a.why, "is a partition"),
		      "a partition declines (requests are the disk's)");
		offline_program_free(&a);
	}
	if (bio[0] && bte_device_name(bio)) {
		snprintf(req, sizeof(req), "count block io on %s", bio);
		offline_plan(lx, req, NULL, &a);
		check(!a.program && a.why && strstr(a.why, "takes no requests"),
		      "a device with no requests of its own declines");
		offline_program_free(&a);
	}
}

static void cgroups(const struct lexicon *lx)
{
	const char *v2 = NULL;
	struct statfs fs;
	static const char *const MOUNTS[] = { "/sys/fs/cgroup", "/sys/fs/cgroup/unified", NULL };
	for (const char *const *c = MOUNTS; *c && !v2; c++)
		if (statfs(*c, &fs) == 0 && fs.f_type == CGROUP2_SUPER_MAGIC)
			v2 = *c;
	if (!v2) {
		printf("skip: no cgroup v2 directory here\n");
		return;
	}
	char req[160], want[400];
	struct offline_program a;
	snprintf(req, sizeof(req), "syscall rate per second by command name, limited to cgroup v2 "
		 "path %s", v2);
	snprintf(want, sizeof(want),
		 "tracepoint:raw_syscalls:sys_enter /cgroup == cgroupid(\"%s\")/ {\n"
		 "  assert(cgroup == cgroupid(\"%s\"), \"only the cgroup %s\");\n"
		 "  @count[comm] = count();\n}\n\ninterval:s:1 {\n  print(@count);\n"
		 "  clear(@count);\n}\n", v2, v2, v2);
	offline_plan(lx, req, NULL, &a);
	check(a.program && !strcmp(a.program, want), "a rate kept to this machine's cgroup v2");
	if (!a.program || strcmp(a.program, want))
		printf("     got: %s\n", a.program ? a.program : a.why);
	offline_program_free(&a);
	snprintf(req, sizeof(req), "count tcp retransmits in cgroup %s", v2);
	offline_plan(lx, req, NULL, &a);
	check(!a.program && a.why && strstr(a.why, "happens outside the task"),
	      "no cgroup at an event outside its task");
	offline_program_free(&a);
	const char *v1 = strcmp(v2, "/sys/fs/cgroup") ? "/sys/fs/cgroup/cpu" : NULL;
	if (v1 && statfs(v1, &fs) == 0 && fs.f_type != CGROUP2_SUPER_MAGIC) {
		snprintf(req, sizeof(req), "count opens in cgroup %s", v1);
		offline_plan(lx, req, NULL, &a);
		check(!a.program && a.why && strstr(a.why, "is not a cgroup v2 directory"),
		      "a cgroup v1 hierarchy's directory is never the cgroup kept to");
		offline_program_free(&a);
	}
}

/* A word two letters swapped from one the lexicon knows is read as it,
 * and said; names never are. */
/* What a request says around what it asks, set aside (context.h). */
static void context(const struct lexicon *lx)
{
	static const struct {
		const char *request, *core, *context;
	} rows[] = {
		{ "I think the machine is slow lately. Could you count tcp retransmits per second?",
		  "Could you count tcp retransmits per second", "\"I think the machine is slow lately\"" },
		{ "we suspect a miner, could you sample which processes are on cpu at 99hz",
		  "could you sample which processes are on cpu at 99hz", "\"we suspect a miner\"" },
		{ "Customer says our website hangs sometimes. Could you count tcp resets?",
		  "Could you count tcp resets", "\"Customer says our website hangs sometimes\"" },
		{ "things are weird lately and i want to see tcp resets", "i want to see tcp resets",
		  "\"things are weird lately\"" },
		/* thanks after the part that asks say nothing */
		{ "I'm new to bpftrace. Count opens. Thanks!", "Count opens",
		  "\"I'm new to bpftrace\"" },
		{ "I'm a student learning eBPF. Count opens. Thank you so much.", "Count opens",
		  "\"I'm a student learning eBPF\"" },
		/* a program named again by the part that asks */
		{ "Postgres queries feel slow. Show me a histogram of block I/O latency for the "
		  "postgres processes.",
		  "Show me a histogram of block I/O latency for the postgres processes",
		  "\"Postgres queries feel slow\"" },
		{ "Our device reboots randomly. Find which process calls the reboot syscall.",
		  "Find which process calls the reboot syscall", "\"Our device reboots randomly\"" },
		{ "postgres feels slow. count reads by postgresql", NULL, NULL },
		{ "postgres on port 5432 feels slow. Count reads of postgres", NULL, NULL },
		/* what follows the part that asks may restrict it */
		{ "Could you trace every time mmap is called with a length over 100MB? I think "
		  "something is grabbing huge chunks", NULL, NULL },
		{ "count tcp retransmits per second so i can tell my boss", NULL, NULL },
		{ "Count writes by process. Only big ones.", NULL, NULL },
		{ "Count page faults by process. Major ones only.", NULL, NULL },
		{ "Count opens by process. frobnicator only.", NULL, NULL },
		{ "Trace execs, because we only want the ones from frobnicator", NULL, NULL },
		/* words that keep to something or leave it out, names the word
		 * list does not have ("frobnicator", "API") */
		{ "only frobnicator, can you count opens by process", NULL, NULL },
		{ "Leave frobnicator alone. Count opens by process.", NULL, NULL },
		{ "frobnicator is weird. Count opens by filename.", NULL, NULL },
		{ "we only care about the backend. Count opens by process.", NULL, NULL },
		{ "Customer says our API hangs sometimes. Could you count tcp resets?", NULL, NULL },
		{ "weird stuff. Count opens by filename for each.", NULL, NULL },
		{ "weird stuff happens. Also count opens by filename.", NULL, NULL },
		{ "It is about root. Count opens.", NULL, NULL },
		{ "Anything over a megabyte, can you count reads by process?", NULL, NULL },
		{ "From the shell, can you count execs by process?", NULL, NULL },
		{ "Restricted to the shell. Count execs by process.", NULL, NULL },
		{ "Mine, can you count opens by file?", NULL, NULL },
		{ "Hide the browser, can you count opens by file?", NULL, NULL },
		{ "The suspect is the superuser. Count opens.", NULL, NULL },
		{ "Traces everything. Prints opens.", NULL, NULL },
		/* the context names a process, unnamed or named, a program, a path,
		 * a number or an event */
		{ "our web server is slow, can you show me how long writes take", NULL, NULL },
		{ "my nginx is slow, can you count reads", NULL, NULL },
		{ "Our Postgres replica lags, could you count reads by process", NULL, NULL },
		{ "count opens so that i can see if Myapp leaks", NULL, NULL },
		{ "count opens so i can see whether db_writer leaks", NULL, NULL },
		{ "count opens so i can see whether tar is slow", NULL, NULL },
		{ "it fails in /tmp, can you count opens", NULL, NULL },
		{ "it happens 5 times an hour. can you count opens", NULL, NULL },
		{ "the disk is slow, can you count writes by process", NULL, NULL },
		{ "a \"weird\" thing, can you count writes by process", NULL, NULL },
		/* the part that asks points back into the context */
		{ "the box is weird, can you show its writes", NULL, NULL },
		{ "something weird happens, can you show me who does that", NULL, NULL },
		/* the other part asks too, or names something too */
		{ "something is calling the reboot syscall? can you log whoever calls it", NULL, NULL },
		{ "i think something is deleting files in /tmp, who is it?", NULL, NULL },
		{ "count opens by nginx. show the top 5", NULL, NULL },
		{ "count opens by nginx. why is it weird", NULL, NULL },
		/* a statement after a comma or a dash, before or after what asks */
		{ "tcp retransmits by remote address for 10 minutes, hospital network has been "
		  "flaky since tuesday", "tcp retransmits by remote address for 10 minutes",
		  "\"hospital network has been flaky since tuesday\"" },
		{ "trace execs - the box is busy", "trace execs", "\"the box is busy\"" },
		{ "we're seeing slow builds, count reads by process", "count reads by process",
		  "\"we're seeing slow builds\"" },
		{ "count opens by process, the box is slow", "count opens by process",
		  "\"the box is slow\"" },
		{ "it's slow - count opens, per second - it is for an audit",
		  "count opens, per second", "\"it's slow\"; \"it is for an audit\"" },
		/* ... where it is no statement, or names or keeps to something */
		{ "count writes, only the slow ones", NULL, NULL },
		{ "count reads, slow", NULL, NULL },
		{ "count reads, lately", NULL, NULL },
		{ "count reads, it's from nginx", NULL, NULL },
		{ "count failed opens, they are in /tmp", NULL, NULL },
		{ "count opens, crashes and hangs", NULL, NULL },
		{ "count reads - 5 per second", NULL, NULL },
		{ "the disk is slow - count writes by process", NULL, NULL },
		{ "count opens by process, it is slow on nginx", NULL, NULL },
		{ "count opens by process, is it slow", NULL, NULL },
		{ "log all execs on this gateway box with uid, its for an audit",
		  "log all execs on this gateway box with uid", "\"its for an audit\"" },
		/* ... or, after what asks, says something of it */
		{ "count opens by process, and it is slow", NULL, NULL },
		{ "count writes by process, they are all to the network", NULL, NULL },
		{ "count disk io by process, it is on the raid", NULL, NULL },
		{ "count opens by process, they are at night", NULL, NULL },
		{ "count reads by process - these are slow", NULL, NULL },
		{ "count reads by process - this is slow", NULL, NULL },
		{ "count syscalls per second, this little box seems way too busy",
		  "count syscalls per second", "\"this little box seems way too busy\"" },
		{ "count opens by process, it's slow?", NULL, NULL },
		/* a window the user runs it in: before or after what asks, with
		 * no name, event, number or time it cannot be run in */
		{ "During backups, can you count opens by file?", "can you count opens by file?",
		  "\"During backups\" (when to run it: it traces from its start until it is "
		  "stopped)" },
		{ "block io size histogram while training runs, per device",
		  "block io size histogram, per device",
		  "\"while training runs\" (when to run it: it traces from its start until it is "
		  "stopped)" },
		{ "count opens while mysqld is running", NULL, NULL },
		{ "count opens while UnrealBuildTool runs", NULL, NULL },
		{ "show execs during boot", NULL, NULL },
		{ "count reads while holding the lock", NULL, NULL },
		{ "count writes during fsync", NULL, NULL },
		{ "count reads during the last hour", NULL, NULL },
		{ "count reads while over 100 ms", NULL, NULL },
		{ "count reads while unprivileged", NULL, NULL },
		{ "count opens during superuser sessions", NULL, NULL },
		{ "count opens while the build was running", NULL, NULL },
		{ "count reads during GC pauses", NULL, NULL },
		{ "count opens while my script runs", NULL, NULL },
		{ "count opens only while the build is running", NULL, NULL },
		{ "count reads while the buffer is empty", NULL, NULL },
		{ "count opens in /tmp while the backup runs", "count opens in /tmp",
		  "\"while the backup runs\" (when to run it: it traces from its start until it "
		  "is stopped)" },
		/* one part, or only fillers beside it */
		{ "count opens by nginx", NULL, NULL },
		{ "count opens by nginx, please", NULL, NULL },
		{ "count reads, writes and opens by process", NULL, NULL },
	};
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		char note[256] = "x";
		char *got = lexicon_core(lx, rows[i].request, note, sizeof(note));
		int ok = rows[i].core ? got && !strcmp(got, rows[i].core) &&
						!strcmp(note, rows[i].context)
				      : !got && !note[0];
		check(ok, rows[i].request);
		if (!ok)
			printf("     got \"%s\" (%s)\n", got ? got : "(none)", note);
		free(got);
	}
}

static void respelled(const struct lexicon *lx)
{
	static const struct {
		const char *request, *spelled, *note;
	} rows[] = {
		{ "which procesess recieve SIGTERM", "which processes receive SIGTERM",
		  "\"procesess\" as \"processes\", \"recieve\" as \"receive\"" },
		{ "histogram of read Latnecy", "histogram of read Latency",
		  "\"Latnecy\" as \"Latency\"" },
		/* a process's name, a quoted word, a path, a name with '-' or
		 * digits, a system call, a short word: as written */
		{ "top 5 processes by bytes writen to disk", "top 5 processes by bytes written to disk",
		  "\"writen\" as \"written\"" },
		{ "count opens by systemd", NULL, NULL },
		{ "count writes from the writen process", NULL, NULL },
		{ "count writes by comm == writen", NULL, NULL },
		{ "count opens by writen", NULL, NULL },
		{ "count 2recieve events", NULL, NULL },
		/* a known word's form, or a letter that is not a double */
		{ "count mallocs by process", NULL, NULL },
		{ "connections handed to workers", NULL, NULL },
		{ "count reads by the process called prcoess", NULL, NULL },
		{ "count reads by a program named wirtes", NULL, NULL },
		{ "count opens by \"procesess\"", NULL, NULL },
		{ "count opens by /usr/bin/procesess", NULL, NULL },
		{ "count opens by my-procesess and procesess2", NULL, NULL },
		{ "count fsetxattr calls", NULL, NULL },
		{ "count rades", NULL, NULL },
		/* no swap makes a word of the lexicon */
		{ "count opens by latnecys", NULL, NULL },
		/* a doubled letter too many; no other letter too many */
		{ "trace tcp retransmitts per remote host", "trace tcp retransmits per remote host",
		  "\"retransmitts\" as \"retransmits\"" },
		{ "count existing processes", NULL, NULL },
		{ "measure laytency of opens", NULL, NULL },
	};
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		char note[256] = "x";
		char *got = lexicon_spelled(lx, rows[i].request, note, sizeof(note));
		int ok = rows[i].spelled ? got && !strcmp(got, rows[i].spelled) &&
						   !strcmp(note, rows[i].note)
					 : !got;
		check(ok, rows[i].request);
		if (!ok)
			printf("     got \"%s\" (%s)\n", got ? got : "(none)", note);
		free(got);
	}
}

int main(int argc, char **argv)
{
	struct lexicon lx;
	char why[512] = "";
	const char *path = argc > 1 ? argv[1] : getenv("BTE_LEXICON");
	if (!path || lexicon_load(path, &lx, why, sizeof(why)) != 0) {
		fprintf(stderr, "usage: planner_test LEXICON (or BTE_LEXICON) %s\n", why);
		return 2;
	}
	if (access("/sys/kernel/tracing/events/syscalls", F_OK) != 0) {
		printf("skip: no tracefs with system call events here\n");
		lexicon_unload(&lx);
		return 0;
	}
	requests(&lx);
	skipped(&lx);
	hostile(&lx);
	lexicon_errors();
	not_tracing();
	relaxed(&lx);
	tools_meant(&lx);
	respelled(&lx);
	context(&lx);
	cgroups(&lx);
	disks(&lx);
	lexicon_unload(&lx);
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
