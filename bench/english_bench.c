/* SPDX-License-Identifier: Apache-2.0 */
/* english_bench: the cost of --from-english around the model, measured in
 * one run. A scripted model server on loopback answers instantly with each
 * program given; for each, the wall time and peak RSS of
 * `bpftrace --from-english ... --emit-program /dev/null` (prompt, probe
 * discovery, check, proof, kernel check) against bpftrace's own compile
 * and load of the same program (`bpftrace --load-check FILE`), and the
 * model calls it took (synthesis and the comprehension step; the server
 * answers the comprehension call with no obligations).
 *
 *   english_bench BPFTRACE PLUGIN MOCK_LLM FILE.bt...
 *
 * Programs that are not accepted on the first try are reported as such. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "util.h"

/* The file's text, or NULL. */
static char *slurp(const char *path)
{
	char *s = NULL;
	return bte_read_file(path, 0, (size_t)256 << 20, &s, NULL) == 0 ? s : NULL;
}

static int run(char *const argv[], double *ms, long *kb)
{
	double t0 = bte_now_ms();
	pid_t pid = fork();
	if (pid == 0) {
		int null = open("/dev/null", O_RDWR);
		dup2(null, 0);
		dup2(null, 1);
		dup2(null, 2);
		execv(argv[0], argv);
		_exit(127);
	}
	int status = 0;
	struct rusage ru = { 0 };
	wait4(pid, &status, 0, &ru);
	*ms = bte_now_ms() - t0;
	*kb = ru.ru_maxrss;
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static double q(double *v, size_t n, double p)
{
	if (!n)
		return 0;
	qsort(v, n, sizeof(*v), cmp);
	size_t i = (size_t)(p * (double)(n - 1) + 0.5);
	return v[i];
}

int main(int argc, char **argv)
{
	if (argc < 5) {
		fprintf(stderr, "usage: english_bench BPFTRACE PLUGIN MOCK_LLM FILE.bt...\n");
		return 2;
	}
	char dir[] = "/tmp/english_bench.XXXXXX";
	if (!mkdtemp(dir))
		return 1;
	size_t n = (size_t)argc - 4, m = 0;
	double *ratio = calloc(n, sizeof(double)), *mem = calloc(n, sizeof(double));
	double *wall = calloc(n, sizeof(double));
	int calls = 0, reads = 0, rejected = 0, unloaded = 0;
	printf("%-36s %8s %10s %7s %9s %9s %6s %5s\n", "program", "english", "load-check",
	       "ratio", "eng_kb", "load_kb", "mem", "calls");
	for (size_t i = 0; i < n; i++) {
		const char *file = argv[i + 4];
		char *prog = slurp(file);
		if (!prog)
			continue;
		/* the server: one answer with the program in a fence */
		cJSON *script = cJSON_CreateArray(), *step = cJSON_CreateObject();
		cJSON *json = cJSON_AddObjectToObject(step, "json");
		cJSON *choice = cJSON_CreateObject(), *msg = cJSON_AddObjectToObject(choice, "message");
		char *content = NULL;
		if (asprintf(&content, "```bpftrace\n%s\n```", prog) < 0)
			return 1;
		cJSON_AddStringToObject(msg, "content", content);
		cJSON_AddItemToArray(cJSON_AddArrayToObject(json, "choices"), choice);
		cJSON_AddItemToArray(script, step);
		char path[256], port_file[256], log[256];
		snprintf(path, sizeof(path), "%s/script.json", dir);
		snprintf(port_file, sizeof(port_file), "%s/port", dir);
		snprintf(log, sizeof(log), "%s/requests.log", dir);
		unlink(port_file);
		unlink(log);
		char *text = cJSON_PrintUnformatted(script);
		FILE *f = fopen(path, "w");
		fputs(text, f);
		fclose(f);
		cJSON_free(text);
		cJSON_Delete(script);
		free(content);
		pid_t server = fork();
		if (server == 0) {
			execlp("python3", "python3", argv[3], path, port_file, log, (char *)NULL);
			_exit(127);
		}
		for (int k = 0; k < 300 && access(port_file, F_OK); k++)
			usleep(10000);
		char *port = slurp(port_file);
		char url[128];
		snprintf(url, sizeof(url), "http://127.0.0.1:%s/v1", port ? port : "0");
		free(port);
		setenv("BPFTRACE_LLM_URL", url, 1);
		setenv("BPFTRACE_LLM_MODEL", "bench", 1);
		setenv("BPFTRACE_ENGLISH_LEARN", "0", 1); /* the user's store stays as it was */

		double eng_ms, load_ms;
		long eng_kb, load_kb;
		char *english[] = { argv[1], "--plugin", argv[2], "-q", "--from-english",
				    "benchmark request", "--emit-program", "/dev/null", NULL };
		int rc = run(english, &eng_ms, &eng_kb);
		kill(server, SIGTERM);
		waitpid(server, NULL, 0);
		/* synthesis calls, then the comprehension step's (the
		 * server logs them apart and answers them with no
		 * obligations) */
		int nreq = 0, nread = 0;
		char *requests = slurp(log);
		for (char *p = requests; p && (p = strchr(p, '\n')); p++)
			nreq++;
		free(requests);
		char readings[300];
		snprintf(readings, sizeof(readings), "%s.comprehension", log);
		requests = slurp(readings);
		for (char *p = requests; p && (p = strchr(p, '\n')); p++)
			nread++;
		free(requests);
		unlink(readings);
		char *load[] = { argv[1], "--load-check", (char *)file, NULL };
		int load_rc = run(load, &load_ms, &load_kb);
		const char *base = strrchr(file, '/') ? strrchr(file, '/') + 1 : file;
		if (rc != 0) {
			printf("%-36s not accepted on the first try (exit %d)\n", base, rc);
			rejected++;
			free(prog);
			continue;
		}
		if (load_rc != 0) {
			/* no baseline to compare with */
			printf("%-36s bpftrace's own --load-check failed (exit %d): not compared\n",
			       base, load_rc);
			unloaded++;
			free(prog);
			continue;
		}
		ratio[m] = eng_ms / load_ms;
		mem[m] = (double)eng_kb / (double)load_kb;
		wall[m] = eng_ms;
		m++;
		calls += nreq;
		reads += nread;
		printf("%-36s %8.1f %10.1f %7.2f %9ld %9ld %6.2f %5d\n", base, eng_ms, load_ms,
		       eng_ms / load_ms, eng_kb, load_kb, (double)eng_kb / (double)load_kb,
		       nreq + nread);
		free(prog);
	}
	printf("\naccepted: %zu, not accepted on the first try: %d", m + (size_t)unloaded, rejected);
	if (unloaded)
		printf(", compared: %zu (%d not loadable by bpftrace itself)", m, unloaded);
	printf("\n");
	printf("model calls per accepted program: %.2f (synthesis %.2f, comprehension %.2f)\n",
	       m ? (double)(calls + reads) / (double)m : 0, m ? (double)calls / (double)m : 0,
	       m ? (double)reads / (double)m : 0);
	printf("--from-english wall time without the model (ms): median %.1f, max %.1f\n",
	       q(wall, m, 0.5), q(wall, m, 1.0));
	printf("relative to bpftrace's own compile-and-load: median %.2f, p95 %.2f, max %.2f\n",
	       q(ratio, m, 0.5), q(ratio, m, 0.95), q(ratio, m, 1.0));
	printf("peak memory relative to it: median %.2f, p95 %.2f, max %.2f\n", q(mem, m, 0.5),
	       q(mem, m, 0.95), q(mem, m, 1.0));
	char cmd[300];
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "english_bench: could not remove %s\n", dir);
	return 0;
}
