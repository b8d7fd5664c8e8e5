/* SPDX-License-Identifier: Apache-2.0 */
#define _GNU_SOURCE
#include "offline_plan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builder.h"
#include "intent.h"
#include "planner.h"

int offline_plan(const struct lexicon *lx, const char *request, const char *const *skip,
		 struct adaptation *out)
{
	memset(out, 0, sizeof(*out));
	char why[320] = "";
	struct intent in = { 0 };
	struct plan *p = calloc(1, sizeof(*p));
	int rc = p ? reader_read(lx, request, &in, why, sizeof(why)) : -1;
	/* the event found (or every word placed): a decline is about what
	 * the words ask of it, more to the point than a word the examples lack */
	int read = rc == 0 || in.event || in.function || in.syscall[0] || in.all_syscalls;
	/* "delete all my files": declined whatever words the lexicon knows */
	if (!rc && adapt_not_tracing(request)) {
		snprintf(why, sizeof(why), "it is not a tracing task (bpftrace only observes the "
					   "system)");
		rc = -1;
	}
	if (!rc) {
		snprintf(out->source, sizeof(out->source), "lexicon:%.39s",
			 in.event      ? in.event->name
			 : in.function ? in.function->name
			 : in.all_syscalls ? "syscalls"
					   : in.syscall);
		for (int k = 0; skip && skip[k]; k++)
			if (!strcmp(skip[k], out->source)) {
				snprintf(why, sizeof(why), "its program did not pass its checks");
				rc = -1;
			}
	}
	if (!rc)
		rc = planner_plan(lx, &in, NULL, p, why, sizeof(why));
	char *program = !rc ? builder_program(p) : NULL;
	char *changes = NULL;
	size_t len = 0;
	FILE *c = program ? open_memstream(&changes, &len) : NULL;
	if (c) {
		char said[1024];
		planner_describe(p, said, sizeof(said));
		fprintf(c, "%s; ", said);
	}
	if (program && intent_check(request, &program, c, why, sizeof(why)) != 0) {
		free(program);
		program = NULL;
	}
	if (c)
		fclose(c);
	free(p);
	if (!program) {
		free(changes);
		out->why = strdup(why[0] ? why : "out of memory");
		return read && out->why ? -2 : -1;
	}
	if (changes && len >= 2 && changes[len - 2] == ';')
		changes[len - 2] = '\0';
	out->program = program;
	out->example_id = out->source;
	out->changes = changes ? changes : strdup("");
	return 0;
}
