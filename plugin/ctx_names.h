/* SPDX-License-Identifier: Apache-2.0 */
/* Names of context offsets for counterexamples: a tracepoint's fields
 * from its tracefs format ("args->sig" for offset 16 of
 * tracepoint:signal:signal_generate). */
#ifndef BTE_CTX_NAMES_H
#define BTE_CTX_NAMES_H

#include <stddef.h>
#include <stdio.h>

/* checker_opts.ctx_name: writes the name of the context bytes at `offset`
 * of `probe` into buf and returns buf, or NULL when it has none. */
const char *ctx_field_name(void *arg, const char *probe, unsigned offset,
			   char *buf, size_t len);

/* Writes the fields of tracepoint `probe` as programs name them, with
 * their C types from its tracefs format ("int sig; pid_t pid"), into out.
 * Returns how many (0 when it has no format here). tracefs NULL: the
 * default mount. */
int ctx_fields(const char *tracefs, const char *probe, FILE *out);

#endif
