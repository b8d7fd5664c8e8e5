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

#endif
