/* SPDX-License-Identifier: Apache-2.0 */
/* The LLM client against a real HTTP server on loopback (mock_llm.py),
 * one scripted server per case. Built with ASan and UBSan. Prints
 * "N passed, N failed".   Environment: PYTHON, MOCK_LLM. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "llm.h"
#include "util.h"

static int passed, failed;
static char dir[] = "/tmp/llm_test.XXXXXX";
static const char *KEY = "sk-test-SECRET-0123456789";

static void check(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok  " : "FAIL", what);
	if (ok)
		passed++;
	else
		failed++;
}

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* The file's text ("" when it cannot be read). */
static char *slurp(const char *path)
{
	char *s = NULL;
	return bte_read_file(path, 0, (size_t)64 << 20, &s, NULL) == 0 ? s : strdup("");
}

/* Starts a server with `script`; sets BPFTRACE_LLM_URL to it. */
static pid_t serve(const char *script, const char *url_suffix)
{
	char path[256], port_file[256], log[256];
	snprintf(path, sizeof(path), "%s/script.json", dir);
	snprintf(port_file, sizeof(port_file), "%s/port", dir);
	snprintf(log, sizeof(log), "%s/requests.log", dir);
	unlink(port_file);
	unlink(log);
	FILE *f = fopen(path, "w");
	fputs(script, f);
	fclose(f);
	pid_t pid = fork();
	if (pid == 0) {
		execl(getenv("PYTHON"), getenv("PYTHON"), getenv("MOCK_LLM"), path, port_file, log,
		      (char *)NULL);
		_exit(127);
	}
	for (int i = 0; i < 500 && access(port_file, F_OK) != 0; i++)
		usleep(10000);
	char *port = slurp(port_file);
	char url[128];
	snprintf(url, sizeof(url), "http://127.0.0.1:%s%s", port, url_suffix);
	setenv("BPFTRACE_LLM_URL", url, 1);
	free(port);
	return pid;
}

static void stop(pid_t pid)
{
	kill(pid, SIGTERM);
	waitpid(pid, NULL, 0);
}

static char *requests(void)
{
	char log[256];
	snprintf(log, sizeof(log), "%s/requests.log", dir);
	return slurp(log);
}

static int chat(struct llm_reply *reply, double backoff)
{
	struct llm_config cfg;
	char *error = NULL;
	if (llm_config_load(&cfg, &error) != 0) {
		reply->error = error;
		return -1;
	}
	cfg.backoff_initial_s = backoff;
	struct llm_message msgs[] = {
		{ "system", "You write bpftrace programs." },
		{ "user", "count syscalls by process" },
	};
	int rc = llm_chat(&cfg, msgs, 2, reply);
	llm_config_free(&cfg);
	return rc;
}

#define OPENAI_OK(text) \
	"{\"status\": 200, \"json\": {\"choices\": [{\"message\": {\"role\": \"assistant\", \"content\": \"" text "\"}, \"finish_reason\": \"stop\"}]}}"

static void clean_env(void)
{
	static const char *const vars[] = { "BPFTRACE_LLM_URL", "BPFTRACE_LLM_MODEL",
		"BPFTRACE_LLM_API_KEY", "BPFTRACE_LLM_PROTOCOL", "BPFTRACE_LLM_TIMEOUT",
		"OPENAI_API_KEY", "OPENAI_BASE_URL", "ANTHROPIC_API_KEY", NULL };
	for (int i = 0; vars[i]; i++)
		unsetenv(vars[i]);
	char cfgpath[256];
	snprintf(cfgpath, sizeof(cfgpath), "%s/none", dir);
	setenv("BPFTRACE_LLM_CONFIG", cfgpath, 1);
	setenv("BPFTRACE_LLM_MODEL", "test-model", 1);
	setenv("BPFTRACE_LLM_API_KEY", KEY, 1);
}

int main(void)
{
	if (!mkdtemp(dir) || !getenv("PYTHON") || !getenv("MOCK_LLM")) {
		fprintf(stderr, "llm_test: needs PYTHON and MOCK_LLM\n");
		return 2;
	}
	struct llm_reply r;
	pid_t pid;
	char *log;

	clean_env();
	pid = serve("[" OPENAI_OK("kprobe:x { }") "]", "/v1");
	check(chat(&r, 0.01) == 0 && r.content && !strcmp(r.content, "kprobe:x { }"),
	      "OpenAI protocol: the answer's content");
	log = requests();
	check(strstr(log, "\"path\": \"/v1/chat/completions\"") != NULL, "POST {base}/chat/completions");
	check(strstr(log, "Bearer sk-test-SECRET") != NULL, "the key goes in Authorization: Bearer");
	check(strstr(log, "\\\"model\\\": \\\"test-model\\\"") || strstr(log, "\\\"model\\\":\\\"test-model\\\""),
	      "the model is named in the request");
	check(strstr(log, "count syscalls by process") != NULL, "the messages are sent");
	free(log);
	llm_reply_free(&r);
	stop(pid);

	pid = serve("[{\"status\": 429, \"headers\": {\"Retry-After\": \"1\"}, \"json\": {\"error\": {\"message\": \"slow down\"}}}, "
		    OPENAI_OK("ok") "]", "/v1");
	double t0 = now_s();
	int rc = chat(&r, 0.01);
	double took = now_s() - t0;
	check(rc == 0 && r.attempts == 2, "429 then success: two attempts");
	check(took >= 0.95, "Retry-After: 1 is honoured");
	llm_reply_free(&r);
	stop(pid);

	pid = serve("[{\"status\": 503, \"json\": {\"error\": {\"message\": \"overloaded\"}}},"
		    "{\"status\": 502, \"json\": {}}, {\"status\": 500, \"json\": {\"error\": {\"message\": \"boom\"}}}]",
		    "/v1");
	check(chat(&r, 0.01) == -1 && r.attempts == 3 && r.error && strstr(r.error, "500") &&
		      strstr(r.error, "boom"),
	      "5xx until the retries (2) are exhausted: 3 attempts, the last error");
	check(r.error && !strstr(r.error, KEY), "the error does not show the key");
	llm_reply_free(&r);
	stop(pid);

	pid = serve("[{\"status\": 401, \"json\": {\"error\": {\"message\": \"invalid api key\"}}}]", "/v1");
	check(chat(&r, 0.01) == -1 && r.attempts == 1 && r.error &&
		      strstr(r.error, "rejected the API key (401)") && strstr(r.error, "BPFTRACE_LLM_API_KEY") &&
		      !strstr(r.error, KEY),
	      "401: not retried, says to check the key, does not print it");
	llm_reply_free(&r);
	stop(pid);

	pid = serve("[{\"status\": 404, \"json\": {\"error\": {\"message\": \"model not found\"}}}]", "/v1");
	check(chat(&r, 0.01) == -1 && r.error && strstr(r.error, "404") && strstr(r.error, "test-model"),
	      "404: names the model and the URL");
	llm_reply_free(&r);
	stop(pid);

	pid = serve("[{\"status\": 200, \"body\": \"{\\\"choices\\\": [{\\\"mess\"}]", "/v1");
	check(chat(&r, 0.01) == -1 && r.error && strstr(r.error, "not valid JSON"),
	      "truncated JSON: a clear error");
	llm_reply_free(&r);
	stop(pid);

	pid = serve("[{\"status\": 200, \"json\": {\"choices\": [{\"message\": {\"content\": null, \"refusal\": \"I cannot help\"}}]}}]",
		    "/v1");
	check(chat(&r, 0.01) == -1 && r.error && strstr(r.error, "refused: I cannot help"),
	      "a refusal is reported as one");
	llm_reply_free(&r);
	stop(pid);

	setenv("BPFTRACE_LLM_TIMEOUT", "1", 1);
	pid = serve("[{\"delay\": 3, \"json\": {}}, {\"delay\": 3, \"json\": {}}, {\"delay\": 3, \"json\": {}}]", "/v1");
	t0 = now_s();
	rc = chat(&r, 0.01);
	took = now_s() - t0;
	check(rc == -1 && r.error && strstr(r.error, "did not answer within 1 s"),
	      "a server that stalls past the timeout");
	check(took < 6, "the timeout bounds every attempt");
	llm_reply_free(&r);
	stop(pid);
	unsetenv("BPFTRACE_LLM_TIMEOUT");

	setenv("BPFTRACE_LLM_URL", "http://127.0.0.1:9/v1", 1);
	check(chat(&r, 0.01) == -1 && r.attempts == 3 && r.error && strstr(r.error, "cannot reach"),
	      "connection refused: retried, then a clear error");
	llm_reply_free(&r);

	/* Anthropic messages */
	clean_env();
	unsetenv("BPFTRACE_LLM_API_KEY");
	setenv("ANTHROPIC_API_KEY", KEY, 1);
	setenv("BPFTRACE_LLM_PROTOCOL", "anthropic", 1);
	pid = serve("[{\"status\": 200, \"json\": {\"content\": [{\"type\": \"text\", \"text\": \"BEGIN { }\"}], \"stop_reason\": \"end_turn\"}}]",
		    "");
	check(chat(&r, 0.01) == 0 && r.content && !strcmp(r.content, "BEGIN { }"),
	      "Anthropic protocol: the text content");
	log = requests();
	check(strstr(log, "\"path\": \"/v1/messages\"") != NULL, "POST /v1/messages");
	check(strstr(log, "\"X-Api-Key\": \"sk-test-SECRET") || strstr(log, "\"x-api-key\": \"sk-test-SECRET"),
	      "x-api-key from ANTHROPIC_API_KEY");
	check(strcasestr(log, "anthropic-version") != NULL, "anthropic-version header");
	check(strstr(log, "\\\"system\\\"") != NULL, "the system prompt goes in \"system\"");
	free(log);
	llm_reply_free(&r);
	stop(pid);

	/* Configuration */
	clean_env();
	unsetenv("BPFTRACE_LLM_URL");
	check(chat(&r, 0.01) == -1 && r.error && strstr(r.error, "no model endpoint is configured") &&
		      strstr(r.error, "nothing was sent"),
	      "no endpoint: nothing is sent, and how to configure one");
	llm_reply_free(&r);
	{
		struct llm_config none;
		char *why = NULL;
		check(llm_config_load(&none, &why) == LLM_NOT_CONFIGURED && why,
		      "no endpoint at all is told apart from a wrong configuration");
		free(why);
	}

	char cfgpath[256];
	snprintf(cfgpath, sizeof(cfgpath), "%s/config", dir);
	FILE *f = fopen(cfgpath, "w");
	fprintf(f, "# test\nurl = http://127.0.0.1:9/v1\nmodel = m\napi_key = %s\n", KEY);
	fclose(f);
	chmod(cfgpath, 0644);
	setenv("BPFTRACE_LLM_CONFIG", cfgpath, 1);
	struct llm_config cfg;
	char *error = NULL;
	check(llm_config_load(&cfg, &error) == -1 && error && strstr(error, "can be read by others") &&
		      !strstr(error, KEY),
	      "a config file others can read is refused");
	free(error);
	chmod(cfgpath, 0600);
	unsetenv("BPFTRACE_LLM_MODEL");
	unsetenv("BPFTRACE_LLM_API_KEY");
	check(llm_config_load(&cfg, &error) == 0 && !strcmp(cfg.url, "http://127.0.0.1:9/v1") &&
		      !strcmp(cfg.model, "m") && cfg.api_key && !strcmp(cfg.api_key, KEY),
	      "a 0600 config file is read");
	llm_config_free(&cfg);
	setenv("BPFTRACE_LLM_MODEL", "from-env", 1);
	check(llm_config_load(&cfg, &error) == 0 && !strcmp(cfg.model, "from-env"),
	      "the environment wins over the config file");
	llm_config_free(&cfg);

	unlink(cfgpath);
	char cmd[300];
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "llm_test: could not remove %s\n", dir);
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
