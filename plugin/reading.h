/* SPDX-License-Identifier: Apache-2.0 */
/* The offline default's reading of the request, as obligations: what a
 * program made offline (or a model's, held to it) must guarantee, each tied to
 * the words of the request it comes from (the offline counterpart of the
 * comprehension step, comprehend.h; proven and shown the same way).
 *
 * Each restriction of a probe's predicate is traced to a word of the
 * request that says it, the same way round:
 *
 *  - a process name (`comm == "nginx"`) to that name as written, case
 *    and all (a 15-character comm to a longer word it starts); never one
 *    the request names as what is done to ("sent to nginx", "does nginx
 *    get", "who signals nginx", "into postgres"), as a relative
 *    ("children of nginx") or as something else ("nginx files"), a name
 *    like a file's ("nginx.conf") without "process" before it, a name
 *    over 15 characters (it can never match) or two names at once; a
 *    process in another field (a signal's target `args->comm`) only when
 *    the request names it as what is done to;
 *  - a pid, tid, uid or gid to a number after its kind ("pid 4242", "user
 *    1000"; "root" for uid 0, not "the root directory"), compared as the
 *    request compares it ("pid above 5000" for `pid > 5000`, "5000+" and
 *    "and up" for >=), with no other number of that kind nor a relative;
 *  - a failed call (`ret < 0`, `ret <= -1`) to "fail", "failed",
 *    "errors", "errno", ...;
 *  - an errno (`ret == -13`) to its name ("EACCES"), its description
 *    ("permission denied") or its number after "errno"/"error";
 *  - a signal (`sig == 15`) to "SIGTERM" or its number after "signal",
 *    or "kill -9" (never a bare number: "9 times"), with no other signal
 *    named (an errno likewise);
 *  - a NULL return (`retval == 0`) to "NULL";
 *  - a successful call (`ret > 0`) to "success" or "bytes", and never
 *    where the request asks for failures;
 *  - another number to the request's number, with its size unit ("1 MB",
 *    "half a megabyte") and direction (over / at least / under / at most;
 *    "8 MB or less" is `<=`), or for `==` after a word of the field's
 *    name ("port 8080" for dport).
 *
 * A number of seconds, times or an interval ("every 2 seconds", "top 5",
 * "1,000") is no value. Every occurrence of the word is read for a
 * negation within its clause ("except nginx", "other than those named
 * root", "non-root", "w/o", "!nginx", "did not fail", "nginx left out"):
 * an `==` restriction needs none, a `!=` one needs one. A string other
 * than a process name is traced only as a path ("/etc/passwd").
 *
 * A traced restriction becomes an obligation: `condition` is the
 * restriction as the predicate writes it, asserted at the end of that
 * probe's body (and before its exits), so the proof checks that every run
 * of the probe keeps to it. A restriction of the kinds that can only come
 * from the request (a process, an id, failures, an errno, a signal, NULL)
 * that it does not give, or gives the other way round, makes the program
 * wrong: declined; so does a threshold it gives in the other direction,
 * a process, id, return value or signal in a predicate part it cannot
 * read (with `||`, `!`, `strncmp`), a predicate without a space before
 * it, and a request longer than the 160 words read. Other restrictions that no word
 * traces to (a tracepoint's own state number) get no obligation: nothing
 * is claimed about them. Two blocks of the same attach points get none.
 *
 * A conjunct of a sched_process_exit block that keeps to each process's
 * main thread (`args->pid == pid`, `pid == tid`) traces to nothing and is
 * claimed for nothing; it is read only where the request does not speak
 * of threads or tasks.
 *
 * Not read: predicates with a top-level `||`, if() conditions in bodies,
 * and restrictions over maps, `$` variables or values that change within
 * a run (nsecs): their obligations could not be proven where they hold. */
#ifndef BTE_READING_H
#define BTE_READING_H

#include <stddef.h>

#include "comprehend.h"

/* Fills `out` (empty on entry) with the obligations of `program` read
 * from `request`. Returns 0 (possibly with none), or -1 with a one-line
 * reason in `why` naming what the program keeps to that the request does
 * not ask for (or "out of memory"). */
int reading_obligations(const char *request, const char *program, struct obligations *out,
			char *why, size_t whylen);

#endif
