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

/* How a statement verify_with() inserted fared: its asserts' verdicts,
 * the weakest of its copies (an insert at the end of a body is copied
 * before each return and exit()). */
enum verify_verdict {
	VERIFY_NOT_JUDGED = 0, /* the proof did not run on it */
	VERIFY_PROVEN,
	VERIFY_REFUTED,
	VERIFY_UNDECIDED, /* UNKNOWN or VACUOUS */
};

/* A statement for verify_with() to have the host insert (the request's
 * obligations, the tautology guard's asserts). `at.probe` is the index
 * of its block among verify_extra's `blocks` and `at.block` that block's
 * name; verify_with() gives the host a copy tagged with its own tags
 * (`at.tag` stays the caller's). */
struct verify_insert {
	struct bt_insert at;
	int skeleton;       /* the tautology guard's: judged, never reported */
	enum verify_verdict verdict; /* set by verify_with() */
};

/* What a caller of verify_with() may add.
 *
 * The tautology guard's skeleton, proven in the same compile: probe
 * blocks of the program's own attach points (no BEGIN or END: bpftrace
 * allows one of each), each giving unconstrained values to the `$`
 * variables its asserts name; the asserts are inserts marked `skeleton`.
 * It is appended to the program for the proof; its asserts are not in
 * the report. An insert's verdict there says whether it holds whatever
 * the program does. When the skeleton does not compile with the program,
 * the program is proven alone and no skeleton insert is judged.
 *
 * `blocks` names the probe blocks of the program (`n_program_blocks` of
 * them), then the skeleton's, as the host's parse does; with a skeleton
 * or inserts it is required. NULL: verify_with() parses the program.
 *
 * The request's obligations are inserts too: reported with the program's
 * asserts, each once, under its origin.
 *
 * `stage` is called as each stage ends (the compile, the proof, the
 * kernel's check), with what it did and its wall time in ms. */
struct verify_extra {
	const char *skeleton;
	const char *const *blocks;
	size_t n_blocks, n_program_blocks;
	struct verify_insert *inserts;
	size_t n_inserts;
	void (*stage)(void *arg, const char *what, double ms);
	/* called for each of the program's own asserts (not the inserts)
	 * that is proven, and each that is refuted */
	void (*assert_proven)(void *arg, const char *condition, const char *message);
	void (*assert_refuted)(void *arg, const char *condition, const char *message);
	void *arg;
	/* set by verify_with() once the proof ran: what it assumed, in
	 * words (each kernel contract, then the model's assumptions); free
	 * with verify_extra_free() */
	char **assumed;
	size_t n_assumed;
	/* set by verify_with(): 1 when the program (with its skeleton, or
	 * alone) does not compile, with bpftrace's errors at the places of
	 * the program as written (messages owned; verify_extra_free()) */
	int not_compiled;
	/* set by verify_with() when the proof ran: the `$` variables of the
	 * compile's blocks (the program's, then the skeleton's) and their
	 * types (copies; verify_extra_free()) */
	struct bt_variable *variables;
	size_t n_variables;
	struct bt_diag *errors;
	int *error_inserts; /* per error: the index of the insert it is in, or -1 */
	size_t n_errors;
};

void verify_extra_free(struct verify_extra *extra);

/* The line of a preprocessor directive ("#define", "# include", ...)
 * anywhere in `program`, strings and comments included (bpftrace's lexer
 * reads a struct's body raw); 0 when there is none. */
unsigned verify_directive_line(const char *program);

/* Whether the invocation asks for -f json (one JSON document on stdout). */
int verify_json_wanted(const struct bt_invocation *inv);

int verify_with(const struct bt_host *host, const struct bt_invocation *inv, FILE *out,
		FILE *diag, int kernel_check, struct verify_extra *extra);

#endif
