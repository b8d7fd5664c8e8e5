/* SPDX-License-Identifier: Apache-2.0 */
/* The KernelCompDataset generator as a library: builds the dataset of the
 * running kernel from what the kernel describes about itself (tracefs
 * event formats, BTF, the syscall table) and the hand-reviewed facts
 * installed with the tools. The plugin calls it on first use; the
 * bte-contracts-gen tool is a thin command line around it.
 * Errors: NULL or a negative errno, with a reason the caller can print. */
#ifndef BTE_CONTRACTS_GENERATE_H
#define BTE_CONTRACTS_GENERATE_H

#include <stddef.h>
#include <stdint.h>

/* Where the inputs are. A NULL field takes the default (the running
 * kernel's). Tests point them at modified copies. */
struct contracts_gen_opts {
	size_t sz;
	const char *tracefs; /* /sys/kernel/tracing */
	const char *btf;     /* /sys/kernel/btf/vmlinux */
	const char *notes;   /* /sys/kernel/notes (the kernel's build id) */
	const char *unistd;  /* /usr/include/x86_64-linux-gnu/asm/unistd_64.h */
	const char *curated; /* a directory of curated *.json; NULL: none */
	size_t : 0;
};

struct contracts_gen_stats {
	int tracepoints, tracepoints_unusable, btf_functions;
	int curated_facts, curated_dropped, conventional_facts, hooks;
	double ms;
};

/* What the dataset is derived from, as a short digest: the kernel's BTF
 * (through the build id in /sys/kernel/notes, which is a hash of the
 * image that holds the BTF, when the BTF is the running kernel's; else a
 * hash of the whole BTF file) and the tracefs event list (module events
 * included). `out` gets 16 hex digits; `how` (unless NULL) a phrase that
 * says what was hashed. Returns 0, or a negative errno when neither input
 * can be read. */
int contracts_inputs_digest(const struct contracts_gen_opts *opts, char out[17],
			    char *how, size_t how_len);

/* Builds the dataset: the JSON text (contracts/SCHEMA.md), sealed with a
 * content hash so that a damaged copy is recognised (contracts_load_lazy
 * checks it). `digest` is recorded as the dataset's inputs digest (NULL:
 * computed). The caller frees the text with free(). NULL with errno set
 * and *reason (unless NULL) a static phrase on failure. A missing input
 * is not a failure: the dataset says what was scanned. */
char *contracts_generate(const struct contracts_gen_opts *opts, const char *digest,
			 struct contracts_gen_stats *stats, const char **reason);


#endif
