/* SPDX-License-Identifier: Apache-2.0 */
/* The lexicon's strategy of the offline default, tried when no example
 * adapts or composes: the request read into an intent (reader.h),
 * planned on this machine's events (planner.h), written as bpftrace
 * (builder.h) and given the offline default's last check (intent.h).
 *
 * Errors: -1 with the reason in out->why; -2 when the event was found
 * and the reason is about what the words ask of it (a word it cannot
 * place, a part the event does not have, a check the program would not
 * pass): a reason more to the point than a word the examples lack. */
#ifndef BTE_OFFLINE_PLAN_H
#define BTE_OFFLINE_PLAN_H

#include "adapt.h"
#include "reader.h"

/* Fills `out` as adapt_request() does (example_id "lexicon:EVENT"),
 * unless that id is in `skip` (NULL-terminated; NULL: none). Returns 0
 * when a program was made. */
int offline_plan(const struct lexicon *lx, const char *request, const char *const *skip,
		 struct adaptation *out);

/* Whether `program` traces an attach point of the program the lexicon
 * makes of `request` (offline_plan()): 1 when it does, or when the
 * lexicon makes none of a request that does not name two events side by
 * side; 0 when it traces none of them ("tcp connects" is
 * inet_sock_set_state, never tcp_sendmsg_locked) or the request names
 * two events the lexicon could not make ("tcp connects and
 * retransmits"), with the reason in `event` (which must start empty). */
int offline_same_event(const struct lexicon *lx, const char *request, const char *program,
		       char *event, size_t len);

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
