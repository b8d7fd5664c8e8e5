/* SPDX-License-Identifier: Apache-2.0 */
/* Composition: when no example can be adapted whole, a program is made
 * from parts: the event of a near example (its probes, and for a
 * duration the pair of probes that starts and ends it), and what the
 * request itself asks of that event: a measure (bytes, a duration),
 * filters (a process, a pid, a threshold, failures, an errno, a signal,
 * a state), a grouping, an aggregation, and how it is printed (each
 * event, a total, top N, every N seconds). Every filter is also an
 * assert() for the verifier. Every word of the request must be
 * accounted for by one of these parts, or the example is not used. */
#ifndef BTE_COMPOSE_H
#define BTE_COMPOSE_H

#include <stdio.h>

#include "frame.h"

/* Composes a program for the request (`request`, read into `q`) on the
 * event of example `ex`, or with `ex` NULL on the system call the request
 * names (q->syscall). Returns it (malloc'd) and writes what it made to
 * `changes`; NULL with the reason in *why (static text or whybuf). */
char *compose_one(const struct example *ex, const char *request, const struct frame *q,
		  FILE *changes, const char **why, char *whybuf, size_t whylen);

#endif
