/* SPDX-License-Identifier: Apache-2.0 */
/* Which of this machine's tracepoints the synthesis prompt lists for a
 * request: ranked by the request's words, capped. Pure: the caller reads
 * the list of events (tracefs's available_events). */
#ifndef BTE_HOOKS_H
#define BTE_HOOKS_H

#include <stddef.h>

/* The most tracepoints listed, and how many of them with their fields. */
#define HOOKS_LISTED 24
#define HOOKS_WITH_FIELDS 12

/* Ranks `names` ("subsystem:event", n of them) for `request`: writes the
 * indexes of at most `max` of them to `order`, best first, and returns
 * how many. A tracepoint is listed only when a word of the request (3
 * letters or more, not a stop word) is one of the words of its event's
 * name, the start of one ("open": sys_enter_openat), or its subsystem.
 * Whole words count more than starts; a filesystem's own subsystem
 * (btrfs, xfs, ...) counts only when the request names it, so "byte
 * order" does not list btrfs's ordered extents. Ties go to the shorter
 * name. Returns -1 when out of memory. */
int hooks_rank(const char *request, const char *const *names, size_t n, size_t *order,
	       size_t max);

#endif
