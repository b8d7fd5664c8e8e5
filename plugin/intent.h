/* SPDX-License-Identifier: Apache-2.0 */
/* The offline default's last check of a program against the request it
 * was made for (the offline reader's planner made it; a model's program
 * may be held to it too): nothing the request asks for is dropped, and nothing it
 * does not ask for restricts the output.
 *
 *  - a top N the program prints traces to the request's words ("top 5",
 *    "5 busiest"); one that does not is taken out (every entry printed);
 *  - a grouping the request asks for ("by errno", "per CPU", "per user")
 *    is a key of one of the program's maps;
 *  - bytes asked for as the measure ("how many bytes") are measured, not
 *    counted as events;
 *  - a filename or path asked for is printed or kept;
 *  - a sum of a system call's return value keeps only successful calls
 *    (a failed call returns a negative errno, not bytes);
 *  - a process the request names as the target ("sent to nginx") is not
 *    filtered on as the process that acts (comm);
 *  - an event the request names ("context switches", "connections",
 *    "retransmits", "page faults") is one the program traces;
 *  - a tracepoint subsystem the program traces (sock, net, block, sched,
 *    ...) is one some word of the request asks for;
 *  - a uprobe on libc's wrapper of a system call (open, read, ...: one
 *    with a syscalls tracepoint on this machine) only when the request
 *    asks for libc or the function: the wrapper misses direct calls;
 *  - an errno named is compared with; the processes, files, a fork's
 *    child pid or a kill's target asked for are in the output; no verb or
 *    number of the request is taken for a process name; each system call
 *    of a program with several is named by the request; "which users"
 *    shows the uid; "out of memory" looks for it; a parent named ("started
 *    by cron") is not the comm of an exec; a total of bytes written is
 *    not what the writes asked for;
 *  - a field of the traced event asked for "with" ("clone calls with
 *    flags") is read; a line per raw system call says which; no average
 *    or total in whole seconds; no process named at a softirq event; off-
 *    CPU time is sched_switch's; "open() and openat" traces both;
 *  - a threshold with its unit is compared with; a task switched in is
 *    next_pid; no duration shown as 0 in whole units; a pid or errno
 *    asked for is shown; min and max are min()/max(); a sampling rate is
 *    kept; hardware counters only with a PMU; signals are the kernel's;
 *    a line typed at readline is shown;
 *  - "which files/syscalls" are the keys counted by; a time asked for is
 *    measured, a disk's to completion; intervals and sampling periods
 *    are kept; commands entered are readline's or exec's; no comm filter
 *    a uprobe's binary name invents;
 *  - "who kills" is the sender; block requests issued are rq_issue's;
 *    page allocations are mm_page_alloc's; a page fault's side is asked
 *    for; no aggregation key (process or field) the request does not ask
 *    for;
 *  - a cgroup asked for is a cgroup; commands in bash are not its execs;
 *    a libc function named is the one probed; no KB or MB not asked
 *    for; a return value is shown; no stack key or all-sides page faults
 *    not asked for; no average or total of whole ms or s.
 *
 * Error convention: 0 when the program may be served; -1 with a one-line
 * reason in `why` naming the request's words as written. */
#ifndef BTE_INTENT_H
#define BTE_INTENT_H

#include <stddef.h>
#include <stdio.h>

/* Checks `*program` (malloc'd) against `request`. A top N that no word
 * asks for is taken out of *program (in place), and said on `changes`
 * when it is not NULL. */
int intent_check(const char *request, char **program, FILE *changes, char *why, size_t whylen);

#endif
