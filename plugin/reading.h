/* SPDX-License-Identifier: Apache-2.0 */
/* The offline default's reading of the request, as obligations: what a
 * program made from the built-in examples must guarantee, each tied to
 * the words of the request it comes from (the offline counterpart of the
 * comprehension step, comprehend.h; proven and shown the same way).
 *
 * Each restriction of a probe's predicate is traced to the request:
 *
 *  - a process name (`comm == "nginx"`) to that name, as written;
 *  - a pid, tid, uid or gid number to that number ("root" for uid 0);
 *  - a failed call (`args->ret < 0`) to a word of failure ("failed",
 *    "errors", "errno", ...);
 *  - an errno (`args->ret == -13`) to its name ("EACCES"), its number or
 *    its description ("permission denied");
 *  - a successful call (`args->ret > 0`) to "success" or "bytes";
 *  - a signal (`args->sig == 15`) to its name ("SIGTERM", "TERM");
 *  - a NULL return (`retval == 0`) to "NULL";
 *  - another number to the request's number, scaled by the unit after it
 *    ("quarter second", "1 MB").
 *
 * A traced restriction becomes an obligation: `condition` is the
 * restriction as the predicate writes it, asserted at the end of that
 * probe's body (and before its exits), so the proof checks that every run
 * of the probe keeps to it. A restriction the request does not ask for,
 * of the kinds that can only come from it (a process, a pid, tid, uid or
 * gid, failures, an errno), makes the program wrong: declined. Others
 * that no word traces to (a tracepoint's own state number, say) are left
 * without an obligation: nothing is claimed about them.
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
