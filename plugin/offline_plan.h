/* SPDX-License-Identifier: Apache-2.0 */
/* The offline default with no model configured: the request read into
 * an intent (reader.h), planned on this machine's events (planner.h),
 * written as bpftrace (builder.h) and given the offline default's last
 * check (intent.h). Nothing else makes a program offline.
 *
 * Errors: -1 with the reason in out->why; -2 when the event was found
 * and the reason is about what the words ask of it (a word it cannot
 * place, a part the event does not have, a check the program would not
 * pass). */
#ifndef BTE_OFFLINE_PLAN_H
#define BTE_OFFLINE_PLAN_H

#include "reader.h"

/* A program made offline, or why none is. */
struct offline_program {
	char *program;          /* the program, or NULL */
	const char *example_id; /* where it comes from: `source` ("lexicon:EVENT") */
	char source[48];
	char *changes;          /* what was read and made of it, for the user */
	char *why;              /* when program is NULL: why none is made */
	char *tried;            /* the ways tried before, and why not ("way: why\n") */
	int learned;            /* the program is the learned store's */
};

/* Fills `out` with the lexicon's program for `request` (example_id
 * "lexicon:EVENT"), unless that id is in `skip` (NULL-terminated; NULL:
 * none), as a program that did not pass its checks. Returns 0 when a
 * program was made. */
int offline_plan(const struct lexicon *lx, const char *request, const char *const *skip,
		 struct offline_program *out);

void offline_program_free(struct offline_program *a);

/* The closest program the lexicon can make to a request it declined for
 * words it could not place ("it asks for \"remote\", which ..."): the
 * request without up to two such words, when that plans and each word
 * left out stood between fillers (or the request's ends), so that its
 * absence turns nothing around ("minus nginx", "zero errors" are never
 * relaxed). An exclusion, a bound, a number or two events are never left
 * out. Returns 0 with the shorter request in *relaxed and the words as
 * written in *left_out ("buffer", "address"; both malloc'd), -1 when
 * there is none. */
int offline_relax(const struct lexicon *lx, const char *request, char **relaxed,
		  char **left_out);

#endif
