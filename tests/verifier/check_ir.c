/* SPDX-License-Identifier: Apache-2.0 */
/* check_ir [-t] FILE.ll...: runs the checker on saved IR of the verify
 * lowering and prints each assert's verdict (-t: and its solving time).
 * Built with ASan and UBSan for the test suite: any memory error or
 * undefined behaviour in the checker aborts. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checker.h"
#include "ir_tables.h"
#include "util.h"

/* The file's text, or NULL. */
static char *slurp(const char *path)
{
	char *s = NULL;
	return bte_read_file(path, 0, (size_t)256 << 20, &s, NULL) == 0 ? s : NULL;
}

static const char *ms_text(double ms)
{
	static char b[32];
	snprintf(b, sizeof(b), "[%.1f ms] ", ms);
	return b;
}

int main(int argc, char **argv)
{
	int status = 0;
	bool times = argc > 1 && !strcmp(argv[1], "-t");
	for (int i = times ? 2 : 1; i < argc; i++) {
		char *ir = slurp(argv[i]);
		if (!ir) {
			perror(argv[i]);
			status = 1;
			continue;
		}
		struct ir_tables t;
		ir_tables_scan(ir, &t);
		BT_OPTS(checker_opts, opts, .timeout_ms = 10000);
		struct checker_report *r = checker_prove(ir, t.contracts, t.n_contracts,
							 t.maps, t.n_maps, &opts);
		if (!r) {
			fprintf(stderr, "%s: out of memory\n", argv[i]);
			status = 1;
		} else if (r->error) {
			printf("%s: error: %s\n", argv[i], r->error);
		} else {
			for (size_t j = 0; j < r->n_results; j++)
				printf("%s: assert %d: %s%s%s%s\n", argv[i], r->results[j].id,
				       times ? ms_text(r->results[j].ms) : "",
				       checker_verdict_name(r->results[j].verdict),
				       r->results[j].detail ? ": " : "",
				       r->results[j].detail ? r->results[j].detail : "");
		}
		checker_report_free(r);
		free(ir);
	}
	return status;
}
