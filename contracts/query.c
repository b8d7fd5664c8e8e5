/* SPDX-License-Identifier: Apache-2.0 */
/* bte-contracts: look up the contracts of hook points, and print the
 * dataset's coverage.
 *
 *   bte-contracts DATASET HOOK...        the facts of each hook
 *   bte-contracts DATASET --coverage     hooks with facts, by kind, against
 *                                        the tracepoints and functions of
 *                                        this kernel */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <bpf/btf.h>

#include "contracts.h"
#include "tracepoints.h"
#include "util.h"

static void coverage(const struct contracts *db)
{
	size_t tps = 0, tp_covered = 0;
	char **events = bte_tp_events(NULL, &tps);
	for (size_t i = 0; events && events[i]; i++) {
		char hook[800];
		size_t n;
		snprintf(hook, sizeof(hook), "tracepoint:%s", events[i]);
		tp_covered += contracts_lookup(db, hook, &n) != NULL;
	}
	bte_tp_list_free(events);
	size_t funcs = 0, fn_covered = 0;
	struct btf *btf = btf__parse("/sys/kernel/btf/vmlinux", NULL);
	for (__u32 id = 1; btf && id < btf__type_cnt(btf); id++) {
		const struct btf_type *t = btf__type_by_id(btf, id);
		if (!btf_is_func(t))
			continue;
		funcs++;
		char hook[300];
		size_t n;
		const char *name = btf__name_by_offset(btf, t->name_off);
		snprintf(hook, sizeof(hook), "kprobe:%s", name);
		int any = contracts_lookup(db, hook, &n) != NULL;
		snprintf(hook, sizeof(hook), "kretprobe:%s", name);
		any |= contracts_lookup(db, hook, &n) != NULL;
		fn_covered += any;
	}
	btf__free(btf);
	printf("kernel release: %s\n", contracts_kernel_release(db));
	printf("hooks with facts: %zu\n", contracts_hook_count(db));
	printf("tracepoints: %zu of %zu have a contract (%.1f%%)\n", tp_covered, tps,
	       tps ? 100.0 * (double)tp_covered / (double)tps : 0);
	printf("kernel functions (BTF): %zu of %zu have a contract (%.1f%%)\n", fn_covered,
	       funcs, funcs ? 100.0 * (double)fn_covered / (double)funcs : 0);
}

int main(int argc, char **argv)
{
	if (argc >= 2 && (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help"))) {
		printf("usage: bte-contracts DATASET HOOK...    the facts of each hook\n"
		       "       bte-contracts DATASET --coverage the hooks with facts against this kernel's\n"
		       "                                        tracepoints and BTF functions\n"
		       "\n"
		       "DATASET is a kernel contracts file (contracts/SCHEMA.md), as bte-contracts-gen\n"
		       "writes it or bpftrace caches it in /var/cache/bpftrace-english/contracts/.\n"
		       "A fact marked conventional is assumed only with --assume-conventional.\n"
		       "Exit status: 0 found, 1 a hook without facts or an unreadable dataset, 2 usage.\n");
		return 0;
	}
	if (argc < 3) {
		fprintf(stderr, "usage: bte-contracts DATASET HOOK... | --coverage (--help says more)\n");
		return 2;
	}
	double t0 = bte_now_ms();
	struct contracts *db = contracts_load(argv[1]);
	double t1 = bte_now_ms();
	if (!db) {
		fprintf(stderr, "bte-contracts: %s: %s\n", argv[1],
			errno == EINVAL    ? "not a contracts dataset (schema version 1)"
			: errno == EBADMSG ? "damaged: its content hash does not match"
					   : strerror(errno));
		return 1;
	}
	if (!strcmp(argv[2], "--coverage")) {
		printf("loaded in %.1f ms\n", t1 - t0);
		coverage(db);
		contracts_free(db);
		return 0;
	}
	int status = 0;
	for (int i = 2; i < argc; i++) {
		size_t n;
		double a = bte_now_ms();
		const struct contract_fact *f = contracts_lookup(db, argv[i], &n);
		double b = bte_now_ms();
		printf("%s: %zu facts (lookup %.3f ms)\n", argv[i], n, b - a);
		for (size_t j = 0; j < n; j++)
			printf("  %s %s  [%s%s] %s\n", f[j].post ? "post" : "pre ", f[j].expr,
			       f[j].source, f[j].conventional ? ", conventional" : "", f[j].note);
		if (!n)
			status = 1;
	}
	contracts_free(db);
	return status;
}
