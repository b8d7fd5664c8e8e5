/* The --verify command: prove a program's contracts, then have the kernel
 * verifier check it, and report. */
#ifndef BTE_VERIFY_H
#define BTE_VERIFY_H

#include <stdio.h>

#include "bpftrace_plugin.h"

/* Runs --verify for `inv->program` and writes the report to `out`.
 * Returns bpftrace's exit status: 0 every assert proven and the kernel
 * accepts the program; 1 an assert refuted or the kernel rejects it;
 * 2 anything else (unknown, vacuous, no asserts proven, an error). */
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
 * BEGIN or END: bpftrace allows one of each). It is appended to the
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
	void *arg;
};

int verify_with(const struct bt_host *host, const struct bt_invocation *inv, FILE *out,
		FILE *diag, int kernel_check, struct verify_extra *extra);

#endif
