/* SPDX-License-Identifier: Apache-2.0 */
/* The --from-english loop. */
#ifndef BTE_ENGLISH_H
#define BTE_ENGLISH_H

#include "bpftrace_plugin.h"

/* Synthesizes, checks, proves and shows a program for inv->english.
 * Returns 0 with *program (malloc'd) once the user confirmed it (or
 * --yes, or --emit-program), else bpftrace's nonzero exit status. */
int english_command(const struct bt_host *host, const struct bt_invocation *inv,
		    char **program);

#endif
