/* The KernelCompDataset at run time: what holds on entry to (pre) and on
 * return from (post) a hook point, as bpftrace expressions over the
 * probe's own arguments. The database owns every string it returns. */
#ifndef BTE_CONTRACTS_H
#define BTE_CONTRACTS_H

#include <stddef.h>

struct contracts;

struct contract_fact {
	const char *expr;   /* e.g. "args->ret >= -4095" */
	const char *source; /* "tracepoint-format", "btf", "hand-review", ... */
	const char *note;   /* why it holds; "" when none */
	int post;           /* 1: about the return (retval, exit fields) */
	int implied_by_type;/* 1: bpftrace's typed load already implies it */
};

/* Loads a dataset file (contracts/SCHEMA.md). Returns NULL with errno
 * set: ENOENT no file, EINVAL not a dataset of a known schema version. */
struct contracts *contracts_load(const char *path);

/* The same, for a program's few hooks: the file is read, and each hook's
 * facts are parsed when first looked up (a 2 MB dataset opens in about a
 * millisecond instead of tens). contracts_hook_count() then counts only
 * the hooks looked up. */
struct contracts *contracts_load_lazy(const char *path);

/* The facts of `hook` ("tracepoint:syscalls:sys_exit_read",
 * "kprobe:tcp_connect"), or NULL with *n = 0 when it has none. */
const struct contract_fact *contracts_lookup(const struct contracts *db,
					     const char *hook, size_t *n);

/* The kernel release the dataset was generated for. */
const char *contracts_kernel_release(const struct contracts *db);

/* The number of hooks with at least one fact. */
size_t contracts_hook_count(const struct contracts *db);

void contracts_free(struct contracts *db);

#endif
