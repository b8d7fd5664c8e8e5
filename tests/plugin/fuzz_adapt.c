/* SPDX-License-Identifier: Apache-2.0 */
/* libFuzzer target: the offline synthesizer reads the user's request, text
 * anyone can type (or paste); no input may crash it, leak, or make it
 * write out of bounds. The examples are the shipped dataset, indexed once
 * (FUZZ_ADAPT_DATASET names it). The lexicon's reader and planner
 * (FUZZ_ADAPT_LEXICON) read the same inputs. A program always says where
 * it comes from, a decline why. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "adapt.h"
#include "offline_plan.h"
#include "retrieve.h"

static struct retrieval *examples;
static struct lexicon lexicon;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	const char *path = getenv("FUZZ_ADAPT_DATASET");
	examples = path ? retrieval_load(path) : NULL;
	if (!examples) {
		fprintf(stderr, "fuzz_adapt: set FUZZ_ADAPT_DATASET to the dataset\n");
		abort();
	}
	char why[512];
	const char *lx = getenv("FUZZ_ADAPT_LEXICON");
	if (!lx || lexicon_load(lx, &lexicon, why, sizeof(why)) != 0) {
		fprintf(stderr, "fuzz_adapt: set FUZZ_ADAPT_LEXICON to the lexicon (%s)\n",
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
	struct adaptation a;
	adapt_request(examples, request, NULL, &a);
	if (a.program && (!a.example_id || !a.changes || !a.program[0]))
		abort(); /* a program always says where it comes from */
	if (!a.program && !a.why)
		abort(); /* a decline always says why */
	adaptation_free(&a);
	/* the lexicon's reader and planner, on the same text */
	offline_plan(&lexicon, request, NULL, &a);
	if (a.program && (!a.example_id || !a.changes || !a.program[0]))
		abort();
	if (!a.program && !a.why)
		abort();
	adaptation_free(&a);
	free(request);
	return 0;
}
