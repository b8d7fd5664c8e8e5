/* SPDX-License-Identifier: Apache-2.0 */
/* verify_bench: the cost of `bpftrace --verify` against bpftrace's own
 * compile of the same program, measured in one run over a set of programs.
 *
 *   verify_bench BPFTRACE PLUGIN FILE|DIR|DATASET.jsonl...
 *
 * A .jsonl argument is a dataset: each of its programs with an assert
 * (its "program" field) is measured, as ID.bt.
 *
 * For every .bt program: the symbolic verifier's time (encode + solve, as
 * the plugin reports it), the wall time and peak RSS of a plain compile
 * (`bpftrace --emit-elf`), and the peak RSS of the whole --verify run.
 * Prints one line per program, then medians, p95, max, the ratios and the
 * count of UNKNOWN verdicts (and of those from timeouts). */
#define _GNU_SOURCE
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "util.h"

struct sample {
	char *name;
	double verify_ms;  /* encode + solve */
	double compile_ms; /* bpftrace --emit-elf, wall */
	long compile_kb;   /* peak RSS of the compile */
	long verify_kb;    /* peak RSS of the --verify run */
	int asserts, unknown, timeouts;
	int ok;
};

/* Runs argv with stdout into `out` (may be NULL: discarded); returns the
 * exit status, the wall time and the peak RSS of the process tree. */
static int run(char *const argv[], char **out, double *ms, long *max_kb)
{
	char path[] = "/tmp/verify_bench.XXXXXX";
	int fd = mkstemp(path);
	if (fd < 0)
		return -1;
	unlink(path);
	double t0 = bte_now_ms();
	pid_t pid = fork();
	if (pid == 0) {
		int null = open("/dev/null", O_WRONLY);
		dup2(fd, 1);
		dup2(null, 2);
		execv(argv[0], argv);
		_exit(127);
	}
	int status = 0;
	struct rusage ru;
	memset(&ru, 0, sizeof(ru));
	wait4(pid, &status, 0, &ru);
	*ms = bte_now_ms() - t0;
	*max_kb = ru.ru_maxrss;
	if (out) {
		off_t len = lseek(fd, 0, SEEK_END);
		*out = calloc(1, (size_t)len + 1);
		lseek(fd, 0, SEEK_SET);
		if (*out && read(fd, *out, (size_t)len) != len)
			(*out)[0] = '\0';
	}
	close(fd);
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static double quantile(double *v, size_t n, double q)
{
	if (n == 0)
		return 0;
	qsort(v, n, sizeof(*v), cmp_double);
	size_t i = (size_t)(q * (double)(n - 1) + 0.5);
	return v[i < n ? i : n - 1];
}

static void measure(const char *bpftrace, const char *plugin, const char *file,
		    struct sample *s)
{
	double ms;
	long kb;
	char *json = NULL;
	const char *base = strrchr(file, '/');
	s->name = strdup(base ? base + 1 : file);

	char *compile[] = { (char *)bpftrace, "--emit-elf", "/dev/null", (char *)file, NULL };
	run(compile, NULL, &s->compile_ms, &s->compile_kb);

	char *verify[] = { (char *)bpftrace, "--plugin", (char *)plugin, "-f", "json",
			   "--verify", (char *)file, NULL };
	run(verify, &json, &ms, &kb);
	s->verify_kb = kb;
	/* the report is the one JSON document on stdout */
	cJSON *doc = json ? cJSON_Parse(json) : NULL;
	cJSON *root = doc ? cJSON_GetObjectItem(doc, "data") : NULL; /* {"type", "data"} */
	if (root) {
		cJSON *t = cJSON_GetObjectItem(root, "verifier_ms");
		cJSON *asserts = cJSON_GetObjectItem(root, "asserts");
		if (t) {
			s->verify_ms = cJSON_GetObjectItem(t, "encode")->valuedouble +
				       cJSON_GetObjectItem(t, "solve")->valuedouble;
			s->ok = 1;
		}
		cJSON *a;
		cJSON_ArrayForEach(a, asserts) {
			s->asserts++;
			const char *v = cJSON_GetObjectItem(a, "verdict")->valuestring;
			if (strcmp(v, "UNKNOWN") == 0) {
				s->unknown++;
				cJSON *reason = cJSON_GetObjectItem(a, "reason");
				if (reason && strstr(reason->valuestring, "timed out"))
					s->timeouts++;
			}
		}
	}
	cJSON_Delete(doc);
	free(json);
}

static int add_file(char ***files, size_t *n, const char *path)
{
	size_t len = strlen(path);
	if (len < 3 || strcmp(path + len - 3, ".bt") != 0)
		return 0;
	*files = realloc(*files, (*n + 1) * sizeof(**files));
	(*files)[(*n)++] = strdup(path);
	return 1;
}

/* The programs with an assert of a dataset (.jsonl, one object a line
 * with "id" and "program"), each written to DIR/ID.bt and added. */
static int add_dataset(char ***files, size_t *n, const char *path, const char *dir)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return -1;
	char *line = NULL;
	size_t cap = 0;
	while (getline(&line, &cap, f) > 0) {
		cJSON *doc = cJSON_Parse(line);
		cJSON *id = doc ? cJSON_GetObjectItem(doc, "id") : NULL;
		cJSON *prog = doc ? cJSON_GetObjectItem(doc, "program") : NULL;
		if (cJSON_IsString(id) && cJSON_IsString(prog) && strstr(prog->valuestring, "assert(")) {
			char name[4096];
			size_t k = (size_t)snprintf(name, sizeof(name), "%s/", dir);
			for (const char *c = id->valuestring; *c && k + 4 < sizeof(name); c++)
				name[k++] = (isalnum((unsigned char)*c) || *c == '-' || *c == '_') ? *c : '_';
			snprintf(name + k, sizeof(name) - k, ".bt");
			int fd = open(name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0600);
			if (fd >= 0) {
				size_t len = strlen(prog->valuestring);
				if (write(fd, prog->valuestring, len) == (ssize_t)len)
					add_file(files, n, name);
				close(fd);
			}
		}
		cJSON_Delete(doc);
	}
	free(line);
	fclose(f);
	return 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
	if (argc < 4) {
		fprintf(stderr, "usage: verify_bench BPFTRACE PLUGIN FILE|DIR|DATASET.jsonl...\n");
		return 2;
	}
	char **files = NULL;
	size_t n = 0;
	char tmp[] = "/tmp/verify_bench.d.XXXXXX";
	bool have_tmp = false;
	for (int i = 3; i < argc; i++) {
		struct stat st;
		size_t len = strlen(argv[i]);
		if (stat(argv[i], &st) != 0) {
			fprintf(stderr, "verify_bench: %s: %s\n", argv[i], strerror(errno));
			return 2;
		}
		if (len > 6 && strcmp(argv[i] + len - 6, ".jsonl") == 0) {
			if (!have_tmp && !mkdtemp(tmp)) {
				fprintf(stderr, "verify_bench: %s: %s\n", tmp, strerror(errno));
				return 2;
			}
			have_tmp = true;
			if (add_dataset(&files, &n, argv[i], tmp) != 0) {
				fprintf(stderr, "verify_bench: %s: %s\n", argv[i], strerror(errno));
				return 2;
			}
			continue;
		}
		if (!S_ISDIR(st.st_mode)) {
			add_file(&files, &n, argv[i]);
			continue;
		}
		DIR *d = opendir(argv[i]);
		struct dirent *de;
		while (d && (de = readdir(d))) {
			char path[4096];
			snprintf(path, sizeof(path), "%s/%s", argv[i], de->d_name);
			add_file(&files, &n, path);
		}
		if (d)
			closedir(d);
	}
	qsort(files, n, sizeof(*files), cmp_str);

	struct sample *s = calloc(n ? n : 1, sizeof(*s));
	double *verify = calloc(n ? n : 1, sizeof(double));
	double *ratio = calloc(n ? n : 1, sizeof(double));
	double *mem = calloc(n ? n : 1, sizeof(double));
	size_t m = 0;
	int asserts = 0, unknown = 0, timeouts = 0, failed = 0;
	printf("%-40s %10s %10s %7s %10s %10s %7s\n", "program", "verify_ms",
	       "compile_ms", "ratio", "verify_kb", "compile_kb", "mem");
	for (size_t i = 0; i < n; i++) {
		fprintf(stderr, "[%zu/%zu] %s\n", i + 1, n, files[i]);
		measure(argv[1], argv[2], files[i], &s[i]);
		if (!s[i].ok) {
			printf("%-40s (no report: it does not compile?)\n", s[i].name);
			failed++;
			continue;
		}
		double r = s[i].verify_ms / s[i].compile_ms;
		double mr = (double)s[i].verify_kb / (double)s[i].compile_kb;
		printf("%-40s %10.2f %10.2f %7.3f %10ld %10ld %7.2f\n", s[i].name,
		       s[i].verify_ms, s[i].compile_ms, r, s[i].verify_kb,
		       s[i].compile_kb, mr);
		verify[m] = s[i].verify_ms;
		ratio[m] = r;
		mem[m] = mr;
		m++;
		asserts += s[i].asserts;
		unknown += s[i].unknown;
		timeouts += s[i].timeouts;
	}
	printf("\nprograms: %zu measured, %d without a report\n", m, failed);
	printf("verification time (ms): median %.2f, p95 %.2f, max %.2f\n",
	       quantile(verify, m, 0.5), quantile(verify, m, 0.95), quantile(verify, m, 1.0));
	printf("verification / bpftrace compile: median %.3f, p95 %.3f, max %.3f\n",
	       quantile(ratio, m, 0.5), quantile(ratio, m, 0.95), quantile(ratio, m, 1.0));
	printf("peak memory --verify / compile: median %.2f, p95 %.2f, max %.2f\n",
	       quantile(mem, m, 0.5), quantile(mem, m, 0.95), quantile(mem, m, 1.0));
	printf("asserts: %d, UNKNOWN: %d (timeouts: %d)\n", asserts, unknown, timeouts);
	/* the targets of the verifier's speed (issue 13) */
	double p95 = quantile(verify, m, 0.95), max = quantile(verify, m, 1.0);
	printf("targets: p95 under 50 ms: %s; no program over 1 s: %s; no UNKNOWN from a timeout: %s%s\n",
	       p95 < 50 && !failed ? "met" : "NOT met", max <= 1000 && !failed ? "met" : "NOT met",
	       timeouts == 0 && !failed ? "met" : "NOT met",
	       failed ? " (a program without a report counts against them all)" : "");
	for (size_t i = 0; i < n; i++) {
		if (have_tmp && strncmp(files[i], tmp, strlen(tmp)) == 0)
			unlink(files[i]);
		free(s[i].name);
		free(files[i]);
	}
	if (have_tmp)
		rmdir(tmp);
	free(files);
	free(s);
	free(verify);
	free(ratio);
	free(mem);
	return 0;
}
