/* SPDX-License-Identifier: Apache-2.0 */
/* The KernelCompDataset of the running kernel: made on first use by the
 * generator (generate.h) and cached, keyed by the kernel release and a
 * digest of what the facts were derived from. Used by the plugin and by
 * bte-contracts-gen --cache (packagers pre-generate with it). */
#ifndef BTE_CONTRACTS_CACHE_H
#define BTE_CONTRACTS_CACHE_H

#include <stddef.h>
#include <stdio.h>

#include "contracts.h"

/* Settings, read once from the environment at the entry point
 * (contracts_cache_opts_from_env) and passed down. */
struct contracts_cache_opts {
	size_t sz;
	FILE *log;            /* progress and warnings; NULL: silent */
	int quiet;            /* -q: warnings only, no progress line */
	int verbose;          /* -v: also list the curated facts left out */
	const char *dataset;  /* BPFTRACE_CONTRACTS: use this file, no cache */
	const char *cache;    /* BPFTRACE_CONTRACTS_CACHE: the cache directory */
	const char *btf;      /* BPFTRACE_CONTRACTS_BTF (tests): another BTF */
	const char *tracefs;  /* BPFTRACE_CONTRACTS_TRACEFS (tests): another tracefs */
	const char *curated;  /* BPFTRACE_CONTRACTS_CURATED: the curated facts'
			       * directory (default: installed beside the plugin) */
	size_t : 0;
};

/* Fills `o` (log, quiet and verbose left to the caller) from the
 * environment; the strings stay the environment's. */
void contracts_cache_opts_from_env(struct contracts_cache_opts *o);

/* Opens the dataset of the running kernel: $BPFTRACE_CONTRACTS if set;
 * else the cached one whose key matches (release and inputs digest); else
 * generates it in process (about half a second), says so on one line,
 * and caches it, written atomically and never through a symbolic link.
 * The cache is /var/cache/bpftrace-english/contracts for root, else
 * $XDG_CACHE_HOME (~/.cache)/bpftrace-english/contracts. A cache that
 * cannot be used is one warning line, and the dataset is kept in memory.
 * Returns NULL (with a note on the log) only when no dataset can be had. */
struct contracts *contracts_cache_open(const struct contracts_cache_opts *o);

#endif
