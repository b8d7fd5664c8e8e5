/* SPDX-License-Identifier: Apache-2.0 */
/* Tests of the contract injection: the scanner reads untrusted programs
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

static char *inject(struct contracts *db, const char *prog, struct injected *out)
{
	if (inject_contracts(prog, db, out) != 0)
		return NULL;
	return out->program;
}

int main(void)
{
	struct contracts *db = dataset();
	check(db != NULL, "the test dataset loads");
	struct injected inj;

	char *p = inject(db, "tracepoint:a:b { printf(\"{\"); }", &inj);
	check(p && !strcmp(p, "tracepoint:a:b { assume(args->x > 0); assume(args->ret >= -4095); printf(\"{\"); }"),
	      "facts after the {, implied-by-type ones left out, braces in strings ignored");
	check(inj.n_facts == 2, "two facts reported");
	check(inj.n_at == 1 && inject_column(&inj, 1, 18 + (unsigned)inj.at[0].length) == 18,
	      "columns after the insertion map back");
	check(inject_column(&inj, 1, 5) == 5, "columns before it stay");
	injected_free(&inj);

	p = inject(db, "t:a:b /pid == 1/ { $x = 1; }", &inj);
	check(p && strstr(p, "/pid == 1/ { assume(args->x > 0);"), "aliases and predicates");
	injected_free(&inj);

	p = inject(db, "tracepoint:a:b, tracepoint:a:c { }", &inj);
	check(p && !strcmp(p, "tracepoint:a:b, tracepoint:a:c { assume(args->x > 0); }"),
	      "two attach points: only the facts they share");
	injected_free(&inj);

	p = inject(db, "tracepoint:a:* { } kprobe:g { } BEGIN { }", &inj);
	check(p && !strcmp(p, "tracepoint:a:* { } kprobe:g { } BEGIN { }"),
	      "wildcards, hooks without facts and BEGIN are left alone");
	injected_free(&inj);

	p = inject(db, "#include <linux/sched.h>\nstruct s { int a; }\n// kprobe:f {\n/* kprobe:f { */ kprobe:f { if (1) { } }\nkprobe:f { }",
		   &inj);
	check(p && strstr(p, "*/ kprobe:f { assume(arg0 != 0); if (1) { } }\nkprobe:f { assume(arg0 != 0); }") &&
		      strstr(p, "struct s { int a; }") && strstr(p, "// kprobe:f {\n"),
	      "preprocessor lines, struct definitions and comments are not probes");
	check(inj.n_at == 2 && inj.at[0].line == 4 && inj.at[1].line == 5, "insertions keep their lines");
	injected_free(&inj);

	static const char *const broken[] = {
		"", "{", "}", "}}}} {", "tracepoint:a:b { \"unterminated", "kprobe:f { /* open",
		"\"\\", "tracepoint:a:b {{{{{{", "/", "kprobe:f", "kprobe:f, , , {", "#",
		"tracepoint:a:b { \"\\\"{\" }",
	};
	int all = 1;
	for (size_t i = 0; i < sizeof(broken) / sizeof(broken[0]); i++) {
		if (inject_contracts(broken[i], db, &inj) != 0 || !inj.program)
			all = 0;
		injected_free(&inj);
	}
	check(all, "broken programs are scanned without harm");

	contracts_free(db);
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
