/* Retrieval over the dataset, measured on its test split: for each test
 * request (retrieving from train only), is a pair that uses one of the
 * reference's probes in the top 3? Also the latency per query and the
 * index build time. ASan/UBSan. Prints "N passed, N failed". */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "retrieve.h"

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int shares_probe(const char *a, const char *b)
{
	char copy[1024];
	snprintf(copy, sizeof(copy), "%s", a);
	for (char *p = strtok(copy, " "); p; p = strtok(NULL, " "))
		if (strstr(b, p))
			return 1;
	return 0;
}

int main(int argc, char **argv)
{
	int passed = 0, failed = 0;
	double t0 = now_ms();
	struct retrieval *r = argc > 1 ? retrieval_load(argv[1]) : NULL;
	double build = now_ms() - t0;
	if (!r || !retrieval_size(r)) {
		printf("FAIL the dataset loads\n0 passed, 1 failed\n");
		return 1;
	}
	size_t tests = 0, hits = 0;
	double worst = 0;
	for (size_t i = 0; i < retrieval_size(r); i++) {
		const struct example *e = retrieval_get(r, i);
		if (strcmp(e->split, "test"))
			continue;
		tests++;
		const struct example *top[3];
		double q0 = now_ms();
		size_t n = retrieval_query(r, e->request, "test", top, 3);
		double took = now_ms() - q0;
		worst = took > worst ? took : worst;
		int hit = 0;
		for (size_t j = 0; j < n; j++) {
			if (!strcmp(top[j]->split, "test"))
				printf("FAIL %s: a test pair was retrieved\n", e->id), failed++;
			hit |= shares_probe(e->probes, top[j]->probes);
		}
		hits += hit;
		printf("%s %s: top %s%s%s\n", hit ? "hit " : "miss", e->id, n ? top[0]->id : "-",
		       n > 1 ? ", " : "", n > 1 ? top[1]->id : "");
	}
	double rate = tests ? 100.0 * (double)hits / (double)tests : 0;
	printf("dataset: %zu pairs, %zu test; same probe in the top 3: %zu of %zu (%.0f%%); "
	       "worst query %.3f ms; index built in %.2f ms\n",
	       retrieval_size(r), tests, hits, tests, rate, worst, build);
	if (rate >= 85) { passed++; printf("ok   at least 85%% of test requests\n"); }
	else { failed++; printf("FAIL fewer than 85%% of test requests\n"); }
	if (worst < 5) { passed++; printf("ok   a query takes under 5 ms\n"); }
	else { failed++; printf("FAIL a query took %.3f ms\n", worst); }
	if (build < 50) { passed++; printf("ok   the index builds in under 50 ms\n"); }
	else { failed++; printf("FAIL the index took %.2f ms\n", build); }
	retrieval_free(r);
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
