/* SPDX-License-Identifier: Apache-2.0 */
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
	int conventional;   /* 1: a process can break it for itself (seccomp,
			     * ptrace): assumed only on request */
};

/* Loads a dataset file (contracts/SCHEMA.md). Returns NULL with errno
 * set: ENOENT no file, EINVAL not a dataset of a known schema version. */
struct contracts *contracts_load(const char *path);

/* The same, from a dataset's text, which the database takes over (it is
 * freed with the database, or here on failure). A text sealed by
 * contracts_seal() must match its content hash: EBADMSG otherwise. */
struct contracts *contracts_load_text_lazy(char *text);

/* The same, from an open file (which the caller still closes): mapped
 * rather than copied, so that a cached 2 MB dataset opens in about a
 * millisecond. */
struct contracts *contracts_load_fd_lazy(int fd);

/* A dataset text sealed with a hash of its content: the JSON object
 * `body` (which must start with '{') with "content_hash" as its first
 * member. The caller frees the result with free(); NULL on ENOMEM. */
char *contracts_seal(const char *body);

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

/* When the dataset was generated ("2026-12-03 09:50:00 UTC"), from what
 * (paths of its inputs), and the digest of those inputs; "" if unknown. */
const char *contracts_generated(const struct contracts *db);
const char *contracts_inputs(const struct contracts *db);
const char *contracts_digest(const struct contracts *db);

/* The curated facts left out because they do not fit this kernel: the
 * number of them, and the i-th one's hook, expression and reason (0 when
 * i is out of range). Strings stay valid while the database lives. */
size_t contracts_dropped_count(const struct contracts *db);
int contracts_dropped(const struct contracts *db, size_t i, const char **hook,
		      const char **expr, const char **why);

/* Whether the facts of class "conventional" are to be assumed too (off
 * unless the user asks, with --assume-conventional). */
void contracts_assume_conventional(struct contracts *db, int on);
int contracts_conventional_assumed(const struct contracts *db);

/* The number of hooks with at least one fact. */
size_t contracts_hook_count(const struct contracts *db);

void contracts_free(struct contracts *db);

#endif
