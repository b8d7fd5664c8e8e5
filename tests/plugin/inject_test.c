/* SPDX-License-Identifier: Apache-2.0 */
/* Tests of the kernel contracts as inserts, and of the probe-block
 * scanner, which reads untrusted programs
 * (a model writes them), so tricky and broken input must be safe. Built
 * with ASan and UBSan. Prints "N passed, N failed". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "contracts.h"
#include "inject.h"
#include "check.h"

static struct contracts *dataset(void)
{
	char path[] = "/tmp/inject_test.XXXXXX";
	int fd = mkstemp(path);
	FILE *f = fdopen(fd, "w");
	fputs("{\"schema_version\": 1, \"kernel\": {\"release\": \"test\"}, \"hooks\": {"
	      "\"tracepoint:a:b\": {\"pre\": [{\"expr\": \"args->x > 0\", \"source\": \"hand-review\"},"
	      "  {\"expr\": \"args->y <= 255\", \"source\": \"tracepoint-format\", \"implied_by_type\": true}],"
	      "  \"post\": [{\"expr\": \"args->ret >= -4095\", \"source\": \"syscall-abi\"}]},"
	      "\"tracepoint:a:c\": {\"pre\": [{\"expr\": \"args->x > 0\", \"source\": \"hand-review\"}], \"post\": []},"
	      "\"kprobe:f\": {\"pre\": [{\"expr\": \"arg0 != 0\", \"source\": \"hand-review\"}], \"post\": []}"
	      "}}", f);
	fclose(f);
	struct contracts *db = contracts_load(path);
	remove(path);
	return db;
}

/* The kernel_inserts of blocks given as the host's parse names them. */
static int inserts(struct contracts *db, const char *const *blocks, size_t n,
		   struct kernel_inserts *out)
{
	return kernel_inserts_for(db, blocks, n, out);
}

/* Counts the probe blocks the scanner finds. */
static int count_block(void *arg, const struct probe_block *pb)
{
	(void)pb;
	++*(int *)arg;
	return 0;
}

int main(void)
{
	struct contracts *db = dataset();
	check(db != NULL, "the test dataset loads");
	struct kernel_inserts k;

	const char *one[] = { "tracepoint:a:b" };
	check(inserts(db, one, 1, &k) == 0 && k.n == 2, "two facts for one block");
	check(k.n == 2 && !strcmp(k.inserts[0].condition, "args->x > 0") &&
		      !strcmp(k.inserts[1].condition, "args->ret >= -4095") &&
		      k.inserts[0].kind == BT_CONTRACT_ASSUME &&
		      k.inserts[0].place == BT_INSERT_START && k.inserts[0].probe == 0 &&
		      k.inserts[1].tag == 1,
	      "implied-by-type facts left out; assumes at the start, tagged in order");
	check(k.n == 2 && !strcmp(k.facts[1].hook, "tracepoint:a:b") &&
		      !strcmp(k.facts[1].fact->source, "syscall-abi"),
	      "each insert's fact and hook");
	check(k.n == 2 && strcmp(k.inserts[0].origin, k.inserts[1].origin) &&
		      strstr(k.inserts[0].origin, "kernel contract") &&
		      strstr(k.inserts[0].origin, "tracepoint:a:b"),
	      "origins are unique and name the contract and its probe");
	kernel_inserts_free(&k);

	const char *two[] = { "BEGIN", "tracepoint:a:b,tracepoint:a:c", "kprobe:f" };
	check(inserts(db, two, 3, &k) == 0 && k.n == 2 && k.inserts[0].probe == 1 &&
		      !strcmp(k.inserts[0].condition, "args->x > 0") && k.inserts[1].probe == 2 &&
		      !strcmp(k.inserts[1].condition, "arg0 != 0"),
	      "two attach points: only the facts they share; blocks by index");
	kernel_inserts_free(&k);

	const char *none[] = { "tracepoint:a:*", "kprobe:g", "END", "tracepoint:a:b,kprobe:f*",
			       "uprobe:/bin/sh:tracepoint:a:b", "", "kprobe:\"f,kprobe:f\"" };
	check(inserts(db, none, 7, &k) == 0 && k.n == 0,
	      "wildcards, hooks without facts, other kinds and BEGIN/END get none");
	kernel_inserts_free(&k);

	int blocks = 0;
	scan_probe_blocks("#include <linux/sched.h>\nstruct s { int a; }\n// kprobe:f {\n"
			  "/* kprobe:f { */ kprobe:f { if (1) { } }\nkprobe:f { }",
			  count_block, &blocks);
	check(blocks == 2, "the scanner skips preprocessor lines, structs and comments");

	static const char *const broken[] = {
		"", "{", "}", "}}}} {", "tracepoint:a:b { \"unterminated", "kprobe:f { /* open",
		"\"\\", "tracepoint:a:b {{{{{{", "/", "kprobe:f", "kprobe:f, , , {", "#",
		"tracepoint:a:b { \"\\\"{\" }",
	};
	int all = 1;
	for (size_t i = 0; i < sizeof(broken) / sizeof(broken[0]); i++) {
		int n = 0;
		if (scan_probe_blocks(broken[i], count_block, &n) < 0)
			all = 0;
	}
	check(all, "broken programs are scanned without harm");

	contracts_free(db);
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
