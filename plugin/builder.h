/* SPDX-License-Identifier: Apache-2.0 */
/* The builder: a plan (planner.h) written as bpftrace 0.17 source. One
 * probe block with the plan's filters as its predicate and as assert()s
 * (so the verifier proves what the program keeps to), a printf per event
 * or one map per aggregation, and the printing of top N or every N
 * seconds.
 *
 * Errors: NULL when out of memory. */
#ifndef BTE_BUILDER_H
#define BTE_BUILDER_H

#include "planner.h"

/* The program, malloc'd. */
char *builder_program(const struct plan *p);

#endif
