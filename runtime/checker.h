/* SPDX-License-Identifier: Apache-2.0 */
/* The symbolic verifier: proves the assert()s of a bpftrace program from
 * the IR that the host's `lower` operation returns.
 *
 * One formula per probe (function): the CFG in topological order, loops
 * unrolled to a bound, values as bit-vectors, joins as ite over edge
 * conditions, stack bytes and map states as part of the state, helpers as
 * the models in helpers.c say. Each assert is its own Z3 query. */
#ifndef BTE_CHECKER_H
#define BTE_CHECKER_H

#include <stdbool.h>
#include <stddef.h>

#include "bpftrace_plugin.h"

enum checker_verdict {
	CHECKER_PROVEN = 0,  /* holds on every path that reaches it */
	CHECKER_REFUTED,     /* a counterexample makes it false */
	CHECKER_VACUOUS,     /* no path reaches it under the assumptions */
	CHECKER_UNKNOWN,     /* undecided: timeout, loop bound, unsupported */
};

const char *checker_verdict_name(enum checker_verdict v);

struct checker_opts {
	size_t sz;
	unsigned timeout_ms; /* per query; 0: the default, 10000 */
	unsigned loop_bound; /* iterations of back edges; 0: the default, 16 */
	/* Names context bytes in counterexamples ("args->sig"): writes into
	 * buf and returns it, or NULL; the checker falls back to "ctx+N". */
	const char *(*ctx_name)(void *arg, const char *probe, unsigned offset,
				char *buf, size_t len);
	void *ctx_name_arg;
	size_t : 0;
};

/* One value of a counterexample. */
struct checker_value {
	char *name;  /* "args->ret", "$x", "@m[3]", "pid", "comm", ... */
	char *shown; /* as the text report prints it: "4096 (0x1000)" */
	char *value; /* for tools: signed decimal when negative, the string
		      * with \xNN escapes, "missing" for a map miss */
	char *hex;   /* "0x..." (every byte of a string), or NULL */
	bool relevant; /* on the assert's backward slice: its condition
			* depends on it (all are, when none is found there) */
};

struct checker_result {
	int id;                       /* the contract id of the assert */
	enum checker_verdict verdict;
	char *detail;   /* REFUTED: "counterexample: " and the relevant values;
			 * UNKNOWN/VACUOUS: why */
	double ms;      /* solver time of this assert */
	struct checker_value *values; /* REFUTED: every value of the model */
	size_t n_values;
	char *hint;     /* REFUTED on a value read from a map: why the value
			 * may be anything, in a sentence; else NULL */
};

struct checker_report {
	size_t n_results;
	struct checker_result *results; /* one per assert, in id order */
	char *error;     /* set when the IR could not be read at all */
	double encode_ms;
	double solve_ms;
	/* A probe reads kernel or user memory: the proof assumed that memory
	 * read twice in one invocation did not change in between (another
	 * CPU may change it). The report lists this assumption. */
	int assumed_stable_memory;
	/* A probe reads the task's name (comm) or cgroup: the proof assumed
	 * each is the same all through one invocation (another thread may
	 * rename the task, or move it to another cgroup, meanwhile). The
	 * report lists this assumption. */
	int assumed_stable_task;
};

/* Proves every assert of `ir` (LLVM IR text of the verify lowering).
 * `contracts` and `maps` are the tables the host returned with it.
 * Returns a report (free it with checker_report_free()), or NULL when out
 * of memory. A report with `error` set has no results. */
struct checker_report *checker_prove(const char *ir,
				     const struct bt_contract *contracts,
				     size_t n_contracts,
				     const struct bt_map_info *maps,
				     size_t n_maps,
				     const struct checker_opts *opts);

void checker_report_free(struct checker_report *report);

/* Starts making a solver context on another thread, for the next
 * checker_prove() (of any thread) to use: call it before the compile that
 * produces the IR. checker_prepared_release() waits for one not used and
 * frees it; call it before the process ends or the library is unloaded. */
void checker_prepare(void);
void checker_prepared_release(void);

#endif
