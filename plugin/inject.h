/* SPDX-License-Identifier: Apache-2.0 */
/* Injection of the kernel's contracts into a program: for each probe
 * block whose attach points all have facts in the KernelCompDataset, the
 * facts they share become assume() statements at the start of its body. */
#ifndef BTE_INJECT_H
#define BTE_INJECT_H

#include <stddef.h>

#include "contracts.h"

struct injected_fact {
	char *hook;                       /* the probe's attach point(s) */
	const struct contract_fact *fact; /* owned by the dataset */
};

struct injection {
	unsigned line;   /* 1-based line of the inserted text */
	unsigned column; /* 1-based column where it starts */
	size_t length;   /* bytes inserted */
};

struct injected {
	char *program; /* the program with the assumes; owned */
	struct injected_fact *facts;
	size_t n_facts;
	struct injection *at;
	size_t n_at;
};

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

/* Fills `out` from `program` and `db` (which must outlive `out`).
 * Returns 0, or -ENOMEM. Nothing is inserted on a line break, so lines
 * keep their numbers; inject_column() maps columns back. */
int inject_contracts(const char *program, const struct contracts *db,
		     struct injected *out);

/* The column in the original program of `column` on `line` of the
 * injected one. */
unsigned inject_column(const struct injected *inj, unsigned line, unsigned column);

void injected_free(struct injected *inj);

#endif
