/* SPDX-License-Identifier: Apache-2.0 */
/* libFuzzer target: the offline synthesizer reads the user's request, text
 * anyone can type (or paste); no input may crash it, leak, or make it
 * write out of bounds. The examples are the shipped dataset, indexed once
 * (FUZZ_ADAPT_DATASET names it). Every program it makes must be a string
 * that starts where a probe does. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "adapt.h"
#include "retrieve.h"

static struct retrieval *examples;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	const char *path = getenv("FUZZ_ADAPT_DATASET");
	examples = path ? retrieval_load(path) : NULL;
	if (!examples) {
		fprintf(stderr, "fuzz_adapt: set FUZZ_ADAPT_DATASET to the dataset\n");
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
	free(request);
	return 0;
}
