/* SPDX-License-Identifier: Apache-2.0 */
/* libFuzzer target: the offline reader reads the user's request, text
 * anyone can type (or paste); no input may crash it, leak, or make it
 * write out of bounds. The lexicon (FUZZ_READER_LEXICON) is loaded once;
 * each input goes through the reader, the planner, the builder and the
 * intent check (offline_plan()), and through the closest program it can
 * make instead (offline_relax()), and through the setting aside of its
 * context (lexicon_core()). A program always says where it comes
 * from, a decline why. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "context.h"
#include "offline_plan.h"

static struct lexicon lexicon;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	char why[512];
	const char *lx = getenv("FUZZ_READER_LEXICON");
	if (!lx || lexicon_load(lx, &lexicon, why, sizeof(why)) != 0) {
		fprintf(stderr, "fuzz_reader: set FUZZ_READER_LEXICON to the lexicon (%s)\n",
			lx ? why : "unset");
		abort();
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *request = malloc(size + 1);
	if (!request)
		return 0;
	memcpy(request, data, size);
	request[size] = '\0';
	struct offline_program a;
	int rc = offline_plan(&lexicon, request, NULL, &a);
	if (a.program && (rc || !a.example_id || !a.changes || !a.program[0]))
		abort(); /* a program always says where it comes from */
	if (!a.program && (!rc || !a.why))
		abort(); /* a decline always says why */
	offline_program_free(&a);
	char *shorter = NULL, *word = NULL;
	if (offline_relax(&lexicon, request, &shorter, &word) == 0 && (!shorter || !word))
		abort(); /* a closer request says which words it leaves out */
	free(shorter);
	free(word);
	/* the part that asks, read alone, is part of the request */
	char context[256];
	char *core = lexicon_core(&lexicon, request, context, sizeof(context));
	if (core && (!strstr(request, core) || !context[0]))
		abort();
	free(core);
	free(request);
	return 0;
}
