/* SPDX-License-Identifier: Apache-2.0 */
/* The --verify command: prove a program's contracts, then have the kernel
 * verifier check it, and report. */
#ifndef BTE_VERIFY_H
#define BTE_VERIFY_H

#include <stdio.h>

#include "bpftrace_plugin.h"

/* --verify's exit statuses, one meaning each (the man page's EXIT STATUS). */
enum verify_status {
	VERIFY_OK = 0,         /* every assert proven (or none), the kernel accepts it */
	VERIFY_FAILED = 1,     /* an assert refuted, or the kernel rejects it */
	VERIFY_NOT_PROVEN = 2, /* UNKNOWN or VACUOUS, a probe that can never
				* attach, or the kernel check could not run */
	VERIFY_ERROR = 3,      /* it does not compile, or bad usage: nothing checked */
};

/* The version of the -f json document ({"type": "verify", "data": {...}},
 * data.schema_version); it changes when a field changes meaning or goes. */
#define VERIFY_JSON_SCHEMA 1

/* Runs --verify for `inv->program` and writes the report to `out`.
 * Returns an enum verify_status. */
int verify_command(const struct bt_host *host, const struct bt_invocation *inv,
		   FILE *out);

/* The same, with diagnostics of a program that does not compile written to
 * `diag`, and the kernel's load check only when `kernel_check`. */
int verify_program(const struct bt_host *host, const struct bt_invocation *inv,
		   FILE *out, FILE *diag, int kernel_check);

/* What a caller of verify_with() may add.
 *
 * The tautology guard's skeleton, proven in the same compile: probe
 * blocks of the program's own attach points holding only assert()s (no
 * BEGIN or END: bpftrace allows one of each), and unconstrained values
 * for the `$` variables they name. It is appended to the
 * program for the proof, its asserts are not in the report, and
 * `proven` is called for each one proven there: an assert that holds
 * whatever the program does. When the skeleton does not compile with the
 * program, the program is proven alone and its asserts are not judged.
 *
 * `stage` is called as each stage ends (the compile, the proof, the
 * kernel's check), with what it did and its wall time in ms. */
struct verify_extra {
	const char *program;
	void (*proven)(void *arg, const char *condition, const char *message);
	void (*stage)(void *arg, const char *what, double ms);
	/* called for each skeleton assert refuted there: one that does not
	 * hold whatever the program does */
	void (*refuted)(void *arg, const char *condition, const char *message);
	/* called for each of the program's own asserts that is proven, and
	 * each that is refuted */
	void (*assert_proven)(void *arg, const char *condition, const char *message);
	void (*assert_refuted)(void *arg, const char *condition, const char *message);
	void *arg;
	/* set by verify_with(): the program's asserts and those proven */
	size_t n_asserts, n_proven;
	/* set by verify_with() once the proof ran: what it assumed, in
	 * words (each kernel contract, then the model's assumptions); free
	 * with verify_extra_free() */
	char **assumed;
	size_t n_assumed;
	/* set by verify_with(): 1 when the program (with its skeleton, or
	 * alone) does not compile, with bpftrace's errors at the places of
	 * the program as written (messages owned; verify_extra_free()) */
	int not_compiled;
	struct bt_diag *errors;
	size_t n_errors;
};

void verify_extra_free(struct verify_extra *extra);

/* Whether the invocation asks for -f json (one JSON document on stdout). */
int verify_json_wanted(const struct bt_invocation *inv);

int verify_with(const struct bt_host *host, const struct bt_invocation *inv, FILE *out,
		FILE *diag, int kernel_check, struct verify_extra *extra);

#endif
