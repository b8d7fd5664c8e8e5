/* SPDX-License-Identifier: Apache-2.0 */
/* The planner: an intent (reader.h) made into the parts of a program on
 * the events this machine has, their fields read from tracefs
 * (common/tracepoints.h); the builder (builder.h) writes them as bpftrace.
 *
 *  - the event: a lexicon event's probes; a system call's sys_enter_X
 *    (and sys_enter_Xat when the kernel has it: glibc calls the -at
 *    variant), or its sys_exit_X when the result is asked for (a return
 *    value, an errno, failures, bytes moved); every system call is
 *    raw_syscalls';
 *  - each thing asked for, resolved: a role of the lexicon's event, a
 *    builtin (comm, pid, tid, cpu, uid) unless the event has a field of
 *    that name (then which one is meant is not said, and it declines), a
 *    generic role (return value, errno, file, bytes, signal) or a field
 *    of the event by its name;
 *  - a line per event (comm, pid and the things asked for), or the
 *    aggregations asked for, keyed by the groupings, measuring the one
 *    numeric thing asked for; top N and every N seconds;
 *  - filters, each also an assert(): the process, the pid, failures,
 *    bytes actually moved (a failed call returns an errno), the event's
 *    own condition, a bound on the time taken;
 *  - a time taken ("latency", "how long", "time spent", "more than 10
 *    ms"): a system call's entry to its exit, or a function's uprobe to
 *    its uretprobe, per thread, in the unit asked for (else us).
 * Nothing is added that no word asks for; anything asked for that has no
 * place declines the request.
 *
 * Errors: negative errno with a reason the caller can print in `why`. */
#ifndef BTE_PLANNER_H
#define BTE_PLANNER_H

#include <stddef.h>

#include "reader.h"

#define PLAN_ITEMS 8

struct plan_value {
	char expr[112]; /* args->pid, str(args->filename), comm */
	char label[64]; /* for the line printed: "target" */
	char fmt[8];    /* %d %u %s */
	char words[LX_WORD * 2]; /* the request's words it comes from */
};

struct plan_filter {
	char cond[256];
	char message[96];
	int at_start;   /* a timed plan's: also where the time starts (the
			 * process or pid kept to) */
	int of_measure; /* keeps only values that can be measured (bytes
			 * actually moved): when events are also counted, it
			 * guards the measuring aggregations alone */
	int entry_only; /* a paired plan's: a field of the call's entry (a
			 * path kept to), kept where the call starts only */
	int end_only;   /* a span's: what its end probe must see to end it
			 * (in that probe's predicate only) */
	char start_cond[256]; /* a span's (plan.start_key): the condition where
			       * the time starts, when it is not `cond` there */
};

struct plan {
	char probes[400];
	char start_probes[400]; /* a timed plan: where the time starts
				 * (@start[tid] = nsecs); `probes` end it and
				 * have $ns, the time taken */
	int timed;
	char start_key[64], end_key[64]; /* what a start is kept by, at the
					  * start and at the end: tid, or a
					  * lexicon event's span ("args->dev,
					  * args->sector") */
	int paired; /* a start at the call's entry (`start_probes`): timed, or
		     * values carried from there to its exit */
	struct plan_value carried[2]; /* kept at the entry per thread: `expr`
				       * there, into @label[tid], read at the
				       * exit as $label */
	int n_carried;
	int each;                            /* a line per event */
	int bare;                            /* its lines show what is asked
					      * alone, not comm and pid first
					      * ("print only the port") */
	char who_comm[96], who_pid[96];      /* the task a line is about: comm
					      * and pid, or the event's own; ""
					      * when a span ends outside it */
	struct plan_value shown[PLAN_ITEMS]; /* each event: printed after comm, pid */
	int n_shown;
	unsigned aggs;                       /* 1 << AG_* */
	struct plan_value measure;           /* what sum/avg/min/max/hist take */
	long long lhist[3];                  /* hist as lhist(measure, min, max,
					      * step) when lhist[2] > 0 */
	struct plan_value keys[2];
	int n_keys;
	struct plan_filter filters[6];
	int n_filters;
	long topn, interval_s;
	long print_div; /* totals or averages printed divided by this (in KB,
			 * MB), or 0 */
	int cumulative; /* each interval prints totals since the start */
	char cumulative_words[LX_WORD * 2];
	long duration_s; /* then exit() */
	char duration_words[LX_WORD * 2];
	char event_words[LX_WORD * 2];
	char guessed[32]; /* a process's name read by where it stands
			   * ("by rtl_sdr"), said in the description */
};

/* Plans `in` (read from `request`). Returns 0, or -ENOTSUP with the
 * reason in why. `tracefs`: NULL for the mounted one. */
int planner_plan(const struct lexicon *lx, const struct intent *in, const char *tracefs,
		 struct plan *out, char *why, size_t whylen);

/* What the plan does and the words each part comes from, one line for
 * the user ("event kill ("kills"); shows target ("target pid")"). */
void planner_describe(const struct plan *p, char *out, size_t len);

#endif
