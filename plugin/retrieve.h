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
	const char *split;  /* "train" or "test" */
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

/* For the offline backend: whether `ex` answers `request` as it stands,
 * but for one process name and one number. Every content word of the
 * request must be among the pair's words; a word the dataset never uses,
 * right after "by", "of", "for", "from" or "that", is the process name
 * (copied into name); a number is the number (into *number, *has_number).
 * Returns 1 when it covers, 0 with a reason in why (static text) if not. */
int retrieval_covers(const struct retrieval *r, const struct example *ex,
		     const char *request, char *name, size_t name_len, long *number,
		     int *has_number, const char **why);

size_t retrieval_size(const struct retrieval *r);
const struct example *retrieval_get(const struct retrieval *r, size_t i);

void retrieval_free(struct retrieval *r);

#endif
