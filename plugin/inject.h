/* SPDX-License-Identifier: Apache-2.0 */
/* The bpftrace source module: probe blocks and aggregations of a
 * program's text; and the kernel's contracts of a program's probe blocks,
 * as statements the host inserts into the parsed program. */
#ifndef BTE_INJECT_H
#define BTE_INJECT_H

#include <stddef.h>

#include "bpftrace_plugin.h"
#include "contracts.h"

struct injected_fact {
	char *hook;                       /* the probe's attach point(s) */
	const struct contract_fact *fact; /* owned by the dataset */
};

/* The kernel's contracts of a program's probe blocks, as statements for
 * the host to insert (assume() at the start of each block's body): for
 * each block whose attach points all carry facts (tracepoints, kprobes
 * and kretprobes without wildcards), the facts they share. Insert i has
 * tag i and facts[i] is its fact; each origin ("kernel contract N of
 * HOOKS") is unique. */
struct kernel_inserts {
	struct bt_insert *inserts; /* conditions owned by the dataset */
	struct injected_fact *facts;
	size_t n;
};

/* Fills `out` for `blocks` (the host's parse: one entry per probe block,
 * its attach points joined by ','). `db` must outlive `out`. Returns 0,
 * or -ENOMEM. */
int kernel_inserts_for(const struct contracts *db, const char *const *blocks, size_t n_blocks,
		       struct kernel_inserts *out);
void kernel_inserts_free(struct kernel_inserts *k);

/* A top-level probe block of a program: header (attach points and
 * predicate) and the offsets of its braces. `header` is the header's text
 * with each comment (and preprocessor line) written as one space, valid
 * during the callback: "t:a, // reads\n t:b" has two attach points, never
 * a predicate "/ reads". Code that edits the program by offset uses
 * `header_at` (and writes the header back from `header`, comments gone);
 * `header_commented` says the program's text of it had one. */
struct probe_block {
	const char *header;
	size_t header_len;
	size_t header_at;     /* offset of the header's first character */
	int header_commented; /* its text in the program has a comment */
	size_t open, close;   /* offsets of { and } in the program */
	unsigned open_line, open_column;
};

typedef int (*probe_block_fn)(void *arg, const struct probe_block *block);

/* Calls fn for every probe block (not struct definitions, comments,
 * strings or preprocessor lines), in order; stops at a nonzero return. */
int scan_probe_blocks(const char *program, probe_block_fn fn, void *arg);

/* Whether the predicate conjunct text[0, len) keeps a sched_process_exit
 * block to each process's main thread: `args->pid == pid` or `pid == tid`
 * (either way round, spaces and outer parentheses aside). */
int keeps_main_thread(const char *text, size_t len);

/* An assignment of an aggregation to a map: "@name[keys] = fn(...)"
 * (fn one of count, sum, avg, min, max, hist, lhist, stats). `keys` is
 * NULL for a map without keys; pointers into the program. */
struct aggregation {
	const char *name; /* "@name" */
	size_t name_len;
	const char *keys; /* between the brackets */
	size_t keys_len;
	const char *fn; /* "count", "hist", ... */
};

typedef int (*aggregation_fn)(void *arg, const struct aggregation *agg);

/* Calls fn for every aggregation assigned in `program`, in order; stops
 * at a nonzero return, which it returns (else 0). */
int scan_aggregations(const char *program, aggregation_fn fn, void *arg);

#endif
