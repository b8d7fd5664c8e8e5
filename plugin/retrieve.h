/* SPDX-License-Identifier: Apache-2.0 */
/* Retrieval over the eBPFNLDataset: the pairs most similar to a request,
 * by BM25 over the request, tags and probe names, with light stemming and
 * synonyms of tracing vocabulary (open/openat/file, kill/signal, ...). */
#ifndef BTE_RETRIEVE_H
#define BTE_RETRIEVE_H

#include <stddef.h>

struct retrieval;

struct example {
	const char *id;
	const char *request;
	const char *program;
	const char *probes; /* space-separated */
	const char *split;  /* "train", "test", or "learned" */
	const char *features; /* space-separated: tracepoint kprobe ... */
};

/* Loads and indexes a dataset file (JSON lines); NULL path: an empty
 * index. NULL with errno. */
struct retrieval *retrieval_load(const char *path);

/* Adds the pairs of another file (the learned store) to the index; lines
 * without a request and a program are skipped. -1 with errno. */
int retrieval_add_file(struct retrieval *r, const char *path);

/* The k best pairs for `request` (fewer if the dataset is smaller), best
 * first, into out[]; pairs whose split is `skip_split` are left out
 * (NULL: none). Returns how many. The examples belong to the index. */
size_t retrieval_query(const struct retrieval *r, const char *request,
		       const char *skip_split, const struct example **out, size_t k);

/* The terms of text as the index sees them: lower-case words, tracing
 * synonyms folded, stemmed. Returns how many (each malloc'd) in out. */
int retrieval_tokenize(const char *text, char **out, int max);

/* Whether `word` is a process name some pair's program filters on
 * (comm == "nginx"). */
int retrieval_is_name(const struct retrieval *r, const char *word);

/* Whether a pair's request, tags or probes have `term`. */
int retrieval_example_has(const struct example *ex, const char *term);

/* Whether any pair's request, tags or probes have `term`. */
int retrieval_vocabulary_has(const struct retrieval *r, const char *term);

size_t retrieval_size(const struct retrieval *r);
const struct example *retrieval_get(const struct retrieval *r, size_t i);

void retrieval_free(struct retrieval *r);

#endif
