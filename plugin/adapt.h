/* SPDX-License-Identifier: Apache-2.0 */
/* The offline synthesizer: with no model configured, a program for a
 * request is made from the nearest examples (the dataset and the learned
 * store), adapted to what the request says that the example says
 * differently: the process name or pid to filter on, thresholds with
 * their units (64 kilobytes, 10 ms), the output unit (us, ms), signal
 * names and numbers, top N, per-second or every-N-seconds printing, a
 * duration, a sampling rate. The facts it adapts become assert()s (a
 * filter it adds is asserted), so the verifier checks them like any
 * other. It never guesses: a request word that no example accounts for,
 * or an example that says more than the request (fails only, a
 * histogram, bytes), and the example is not used. */
#ifndef BTE_ADAPT_H
#define BTE_ADAPT_H

#include "retrieve.h"

struct adaptation {
	char *program;          /* the adapted program, or NULL */
	const char *example_id; /* the example it comes from (in the index), or
				 * `source` ("syscall:write": composed on the
				 * system call's tracepoints) */
	char source[48];
	char *changes;          /* what was adapted, for the user, "" if nothing */
	char *why;              /* when program is NULL: why no example serves */
	char *tried;            /* each example tried before, and why not ("id: why\n") */
	int final;              /* declined for what the words say, which no example's
				 * program can make right ("NET_RX and NET_TX") */
};

/* Fills `out` from the nearest example that can be adapted, leaving out
 * the examples whose ids are in `skip` (NULL-terminated; NULL: none).
 * Returns 0 when a program was made, -1 if not. */
int adapt_request(const struct retrieval *r, const char *request, const char *const *skip,
		  struct adaptation *out);

/* Whether the request is not a tracing task (deleting files, ...). */
int adapt_not_tracing(const char *request);

void adaptation_free(struct adaptation *a);

#endif
