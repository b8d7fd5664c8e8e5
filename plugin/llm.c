/* SPDX-License-Identifier: Apache-2.0 */
#define _GNU_SOURCE
#include "llm.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "util.h"
#include <curl/curl.h>

#define ANTHROPIC_URL "https://api.anthropic.com"
#define ANTHROPIC_VERSION "2023-06-01"

static char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *s = NULL;
	va_start(ap, fmt);
	if (vasprintf(&s, fmt, ap) < 0)
		s = NULL;
	va_end(ap);
	return s;
}

static char *env_dup(const char *name)
{
	const char *v = getenv(name);
	return v && *v ? strdup(v) : NULL;
}

static void set_once(char **field, char *value)
{
	if (!*field)
		*field = value;
	else
		free(value);
}

static char *trim(char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	char *e = s + strlen(s);
	while (e > s && isspace((unsigned char)e[-1]))
		*--e = '\0';
	return s;
}

/* Reads "key = value" lines; a file others can read is refused, since it
 * may hold an API key. */
static int read_config_file(const char *path, struct llm_config *cfg, char **proto,
			    char **error)
{
	/* Not blocking (a FIFO there must not hang the run), not through a
	 * final symlink; then it must be a regular file of ours. */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0) {
		if (errno == ENOENT)
			return 0;
		*error = xasprintf("cannot read %s: %s", path,
				   errno == ELOOP ? "it is a symbolic link" : strerror(errno));
		return -1;
	}
	struct stat st;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != geteuid()) {
		*error = xasprintf("%s is not a regular file owned by you; refusing to read it", path);
		close(fd);
		return -1;
	}
	if (st.st_mode & (S_IRWXG | S_IRWXO)) {
		*error = xasprintf("%s can be read by others (mode %03o); it may hold an API key: "
				   "chmod 600 %s", path, st.st_mode & 0777, path);
		close(fd);
		return -1;
	}
	FILE *f = fdopen(fd, "r");
	if (!f) {
		*error = xasprintf("cannot read %s: %s", path, strerror(errno));
		close(fd);
		return -1;
	}
	char line[4096];
	int n = 0, rc = 0;
	char *url = NULL;
	while (fgets(line, sizeof(line), f)) {
		n++;
		char *l = trim(line);
		if (!*l || *l == '#')
			continue;
		char *eq = strchr(l, '=');
		if (!eq) {
			*error = xasprintf("%s:%d: expected \"key = value\"", path, n);
			rc = -1;
			break;
		}
		*eq = '\0';
		char *key = trim(l), *value = trim(eq + 1);
		if (!strcmp(key, "url"))
			set_once(&url, strdup(value));
		else if (!strcmp(key, "model"))
			set_once(&cfg->model, strdup(value));
		else if (!strcmp(key, "api_key"))
			set_once(&cfg->api_key, strdup(value));
		else if (!strcmp(key, "protocol"))
			set_once(proto, strdup(value));
		else {
			*error = xasprintf("%s:%d: unknown key \"%s\" (url, model, api_key, protocol)",
					   path, n, key);
			rc = -1;
			break;
		}
	}
	fclose(f);
	if (url && !cfg->url) {
		cfg->url = url;
		cfg->origin = xasprintf("the config file %s", path);
	} else {
		free(url);
	}
	return rc;
}

int llm_config_load(struct llm_config *cfg, char **error)
{
	memset(cfg, 0, sizeof(*cfg));
	*error = NULL;
	char *proto = env_dup("BPFTRACE_LLM_PROTOCOL");
	cfg->url = env_dup("BPFTRACE_LLM_URL");
	if (cfg->url)
		cfg->origin = strdup("BPFTRACE_LLM_URL");
	cfg->model = env_dup("BPFTRACE_LLM_MODEL");
	cfg->api_key = env_dup("BPFTRACE_LLM_API_KEY");

	char *path = env_dup("BPFTRACE_LLM_CONFIG");
	if (!path) {
		char where[4096];
		if (bte_xdg_path("XDG_CONFIG_HOME", ".config", "bpftrace-english/config", where,
				 sizeof(where)) == 0)
			path = strdup(where);
	}
	int rc = path ? read_config_file(path, cfg, &proto, error) : 0;
	free(path);
	if (rc) {
		free(proto);
		llm_config_free(cfg);
		return -1;
	}

	if (!cfg->url && getenv("OPENAI_BASE_URL") && *getenv("OPENAI_BASE_URL")) {
		cfg->url = env_dup("OPENAI_BASE_URL");
		cfg->origin = strdup("OPENAI_BASE_URL");
		set_once(&proto, strdup("openai"));
	}
	if (!cfg->url && getenv("ANTHROPIC_API_KEY") && *getenv("ANTHROPIC_API_KEY")) {
		cfg->url = strdup(ANTHROPIC_URL);
		cfg->origin = strdup("ANTHROPIC_API_KEY");
		set_once(&proto, strdup("anthropic"));
	}
	if (proto && !strcmp(proto, "anthropic"))
		cfg->protocol = LLM_ANTHROPIC;
	else if (proto && strcmp(proto, "openai")) {
		*error = xasprintf("unknown protocol \"%s\": use openai (chat completions) or anthropic (messages)",
				   proto);
		free(proto);
		llm_config_free(cfg);
		return -1;
	}
	free(proto);
	if (!cfg->api_key)
		cfg->api_key = env_dup(cfg->protocol == LLM_ANTHROPIC ? "ANTHROPIC_API_KEY" :
									"OPENAI_API_KEY");
	if (!cfg->url) {
		*error = strdup(
			"no model endpoint is configured, so nothing was sent anywhere. Set one, e.g.\n"
			"  BPFTRACE_LLM_URL=http://localhost:11434/v1 BPFTRACE_LLM_MODEL=llama3   (Ollama)\n"
			"  BPFTRACE_LLM_URL=https://api.openai.com/v1 BPFTRACE_LLM_MODEL=gpt-4o OPENAI_API_KEY=...\n"
			"  ANTHROPIC_API_KEY=... BPFTRACE_LLM_MODEL=claude-sonnet-4-5\n"
			"or write them to ~/.config/bpftrace-english/config (mode 600).");
		llm_config_free(cfg);
		return LLM_NOT_CONFIGURED;
	}
	if (!cfg->model) {
		*error = xasprintf("no model named for the endpoint from %s: set BPFTRACE_LLM_MODEL",
				   cfg->origin);
		llm_config_free(cfg);
		return -1;
	}
	cfg->connect_timeout_ms = 10000;
	char *t = env_dup("BPFTRACE_LLM_TIMEOUT");
	double secs = t ? strtod(t, NULL) : 0;
	free(t);
	cfg->timeout_ms = secs > 0 ? (long)(secs * 1000) : 120000;
	cfg->max_retries = 2;
	cfg->backoff_initial_s = 0.5;
	cfg->backoff_max_s = 8;
	return 0;
}

void llm_config_free(struct llm_config *cfg)
{
	free(cfg->url);
	free(cfg->model);
	if (cfg->api_key) {
		memset(cfg->api_key, 0, strlen(cfg->api_key));
		free(cfg->api_key);
	}
	free(cfg->origin);
	memset(cfg, 0, sizeof(*cfg));
}

void llm_reply_free(struct llm_reply *reply)
{
	free(reply->content);
	free(reply->error);
	memset(reply, 0, sizeof(*reply));
}

/* --- one HTTP exchange ---------------------------------------------------- */

struct response {
	char *body;
	size_t len;
	double retry_after_s; /* -1: none */
};

static size_t on_body(char *data, size_t size, size_t n, void *arg)
{
	struct response *r = arg;
	size_t add = size * n;
	char *p = realloc(r->body, r->len + add + 1);
	if (!p)
		return 0;
	memcpy(p + r->len, data, add);
	r->len += add;
	p[r->len] = '\0';
	r->body = p;
	return add;
}

static size_t on_header(char *data, size_t size, size_t n, void *arg)
{
	struct response *r = arg;
	size_t len = size * n;
	if (len > 12 && !strncasecmp(data, "Retry-After:", 12)) {
		char buf[64];
		size_t k = len - 12 < sizeof(buf) - 1 ? len - 12 : sizeof(buf) - 1;
		memcpy(buf, data + 12, k);
		buf[k] = '\0';
		char *end = NULL;
		double s = strtod(buf, &end);
		if (end != buf && s >= 0)
			r->retry_after_s = s;
	}
	return len;
}

static char *request_body(const struct llm_config *cfg, const struct llm_message *msgs,
			  size_t n)
{
	cJSON *root = cJSON_CreateObject();
	cJSON_AddStringToObject(root, "model", cfg->model);
	cJSON *messages = cJSON_AddArrayToObject(root, "messages");
	struct {
		char *s;
		size_t len;
	} system = { 0 };
	for (size_t i = 0; i < n; i++) {
		if (cfg->protocol == LLM_ANTHROPIC && !strcmp(msgs[i].role, "system")) {
			/* Anthropic takes the system prompt apart */
			size_t add = strlen(msgs[i].content);
			char *p = realloc(system.s, system.len + add + 2);
			if (!p)
				continue;
			system.s = p;
			if (system.len)
				system.s[system.len++] = '\n';
			memcpy(system.s + system.len, msgs[i].content, add + 1);
			system.len += add;
			continue;
		}
		cJSON *m = cJSON_CreateObject();
		cJSON_AddStringToObject(m, "role", msgs[i].role);
		cJSON_AddStringToObject(m, "content", msgs[i].content);
		cJSON_AddItemToArray(messages, m);
	}
	if (cfg->protocol == LLM_ANTHROPIC) {
		cJSON_AddNumberToObject(root, "max_tokens", 4096);
		if (system.s)
			cJSON_AddStringToObject(root, "system", system.s);
	}
	cJSON_AddNumberToObject(root, "temperature", 0);
	free(system.s);
	char *text = cJSON_PrintUnformatted(root);
	cJSON_Delete(root);
	return text;
}

/* The text of a successful response, or NULL with *why. */
static char *parse_reply(const struct llm_config *cfg, const char *body, char **why)
{
	cJSON *root = cJSON_Parse(body);
	if (!root) {
		*why = strdup("the endpoint's answer is not valid JSON (truncated or not an LLM API?)");
		return NULL;
	}
	char *text = NULL;
	if (cfg->protocol == LLM_OPENAI) {
		cJSON *choice = cJSON_GetArrayItem(cJSON_GetObjectItem(root, "choices"), 0);
		cJSON *content = cJSON_GetObjectItem(cJSON_GetObjectItem(choice, "message"), "content");
		cJSON *finish = cJSON_GetObjectItem(choice, "finish_reason");
		cJSON *refusal = cJSON_GetObjectItem(cJSON_GetObjectItem(choice, "message"), "refusal");
		if (cJSON_IsString(refusal) && refusal->valuestring[0])
			*why = xasprintf("the model refused: %s", refusal->valuestring);
		else if (cJSON_IsString(finish) && !strcmp(finish->valuestring, "content_filter"))
			*why = strdup("the model refused (content filter)");
		else if (cJSON_IsString(content))
			text = strdup(content->valuestring);
		else
			*why = strdup("the answer has no choices[0].message.content");
	} else {
		cJSON *stop = cJSON_GetObjectItem(root, "stop_reason");
		cJSON *item, *content = cJSON_GetObjectItem(root, "content");
		size_t len = 0;
		cJSON_ArrayForEach(item, content) {
			cJSON *t = cJSON_GetObjectItem(item, "text");
			if (!cJSON_IsString(t))
				continue;
			size_t add = strlen(t->valuestring);
			char *p = realloc(text, len + add + 1);
			if (!p)
				break;
			text = p;
			memcpy(text + len, t->valuestring, add + 1);
			len += add;
		}
		if (cJSON_IsString(stop) && !strcmp(stop->valuestring, "refusal")) {
			free(text);
			text = NULL;
			*why = strdup("the model refused");
		} else if (!text) {
			*why = strdup("the answer has no text content");
		}
	}
	cJSON_Delete(root);
	return text;
}

char *llm_redact_url(const char *url)
{
	if (!url)
		return strdup("");
	const char *scheme = strstr(url, "://");
	const char *host = scheme ? scheme + 3 : url;
	const char *end = host + strcspn(host, "/?#");
	const char *at = memchr(host, '@', (size_t)(end - host));
	const char *query = strpbrk(url, "?#");
	size_t head = (size_t)(host - url);
	const char *rest = at ? at + 1 : host;
	size_t rest_len = query ? (size_t)(query - rest) : strlen(rest);
	return xasprintf("%.*s%s%.*s%s", (int)head, url, at ? "***@" : "", (int)rest_len, rest,
			 query ? "?***" : "");
}

/* Removes from a server's text what must never be printed: the key, and
 * anything after an Authorization, x-api-key or api_key label. */
static void scrub(char *text, const char *key)
{
	if (!text)
		return;
	size_t kl = key ? strlen(key) : 0;
	for (char *p = kl >= 4 ? strstr(text, key) : NULL; p; p = strstr(p, key))
		memset(p, '*', kl);
	static const char *const labels[] = { "Bearer ", "bearer ", "x-api-key", "X-Api-Key",
					      "api_key", "apiKey", "Authorization", NULL };
	for (int i = 0; labels[i]; i++)
		for (char *p = strstr(text, labels[i]); p; p = strstr(p + 1, labels[i])) {
			char *v = p + strlen(labels[i]);
			v += strspn(v, "\"':= ");
			size_t n = strcspn(v, "\" ,;}\n");
			memset(v, '*', n);
		}
}

/* The message of an error answer: {"error": {"message": ...}} (both
 * protocols), without anything of the request. */
static char *error_message(const char *body)
{
	cJSON *root = body ? cJSON_Parse(body) : NULL;
	cJSON *msg = cJSON_GetObjectItem(cJSON_GetObjectItem(root, "error"), "message");
	char *s = cJSON_IsString(msg) ? strdup(msg->valuestring) : NULL;
	cJSON_Delete(root);
	return s;
}

static int retryable(long status)
{
	return status == 408 || status == 409 || status == 429 || status >= 500;
}

static void sleep_s(double s)
{
	struct timespec ts = { (time_t)s, (long)((s - (double)(time_t)s) * 1e9) };
	while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
		;
}

int llm_chat(const struct llm_config *cfg, const struct llm_message *msgs,
	     size_t n_msgs, struct llm_reply *reply)
{
	memset(reply, 0, sizeof(*reply));
	static int curl_ready;
	if (!curl_ready) {
		curl_global_init(CURL_GLOBAL_DEFAULT);
		curl_ready = 1;
	}
	char *body = request_body(cfg, msgs, n_msgs);
	const char *base = cfg->url;
	size_t bl = strlen(base);
	while (bl && base[bl - 1] == '/')
		bl--;
	char *url = cfg->protocol == LLM_OPENAI ?
			    xasprintf("%.*s/chat/completions", (int)bl, base) :
			    xasprintf("%.*s/v1/messages", (int)bl, base);
	/* what messages name: never the credentials of a URL */
	char *shown = llm_redact_url(url);
	struct curl_slist *headers = curl_slist_append(NULL, "Content-Type: application/json");
	char *auth = NULL;
	if (cfg->protocol == LLM_OPENAI && cfg->api_key)
		auth = xasprintf("Authorization: Bearer %s", cfg->api_key);
	else if (cfg->protocol == LLM_ANTHROPIC && cfg->api_key)
		auth = xasprintf("x-api-key: %s", cfg->api_key);
	if (auth)
		headers = curl_slist_append(headers, auth);
	if (cfg->protocol == LLM_ANTHROPIC)
		headers = curl_slist_append(headers, "anthropic-version: " ANTHROPIC_VERSION);

	unsigned seed = (unsigned)time(NULL) ^ (unsigned)getpid();
	double backoff = cfg->backoff_initial_s;
	int rc = -1;
	char *last_error = NULL;
	for (int attempt = 0; attempt <= cfg->max_retries; attempt++) {
		struct response r = { .retry_after_s = -1 };
		CURL *c = curl_easy_init();
		if (!c || !body || !url) {
			last_error = strdup("out of memory");
			if (c)
				curl_easy_cleanup(c);
			break;
		}
		curl_easy_setopt(c, CURLOPT_URL, url);
		curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
		curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
		curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
		curl_easy_setopt(c, CURLOPT_WRITEDATA, &r);
		curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
		curl_easy_setopt(c, CURLOPT_HEADERDATA, &r);
		curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, cfg->connect_timeout_ms);
		curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, cfg->timeout_ms);
		curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
		curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
		curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
		curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
		CURLcode res = curl_easy_perform(c);
		long status = 0;
		curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
		curl_easy_cleanup(c);
		reply->attempts = attempt + 1;
		reply->http_status = (int)status;
		free(last_error);
		last_error = NULL;
		int again = 0;
		if (res != CURLE_OK) {
			last_error = res == CURLE_OPERATION_TIMEDOUT ?
				xasprintf("%s did not answer within %.0f s (BPFTRACE_LLM_TIMEOUT)", shown,
					  cfg->timeout_ms / 1000.0) :
				xasprintf("cannot reach %s (from %s): %s", shown, cfg->origin,
					  curl_easy_strerror(res));
			again = res != CURLE_URL_MALFORMAT && res != CURLE_UNSUPPORTED_PROTOCOL;
		} else if (status == 200) {
			char *why = NULL;
			reply->content = parse_reply(cfg, r.body ? r.body : "", &why);
			if (reply->content)
				rc = 0;
			else
				last_error = why;
			scrub(last_error, cfg->api_key);
		} else {
			char *msg = error_message(r.body);
			scrub(msg, cfg->api_key);
			if (status == 401 || status == 403)
				last_error = xasprintf("%s rejected the API key (%ld)%s%s: check BPFTRACE_LLM_API_KEY "
						       "(or OPENAI_API_KEY / ANTHROPIC_API_KEY)",
						       shown, status, msg ? ": " : "", msg ? msg : "");
			else if (status == 404)
				last_error = xasprintf("%s answered 404%s%s: is the model \"%s\" served there, and is the "
						       "URL the API's base (e.g. http://localhost:11434/v1)?",
						       shown, msg ? ": " : "", msg ? msg : "", cfg->model);
			else
				last_error = xasprintf("%s answered %ld%s%s", shown, status, msg ? ": " : "",
						       msg ? msg : "");
			free(msg);
			again = retryable(status);
		}
		double wait = r.retry_after_s >= 0 ? r.retry_after_s :
			      backoff * (0.5 + (double)rand_r(&seed) / RAND_MAX / 2);
		free(r.body);
		if (rc == 0 || !again || attempt == cfg->max_retries)
			break;
		if (wait > 60)
			wait = 60;
		sleep_s(wait);
		backoff = backoff * 2 > cfg->backoff_max_s ? cfg->backoff_max_s : backoff * 2;
	}
	if (rc != 0)
		reply->error = last_error ? last_error : strdup("no answer");
	else
		free(last_error);
	if (auth) {
		memset(auth, 0, strlen(auth));
		free(auth);
	}
	curl_slist_free_all(headers);
	free(shown);
	free(url);
	free(body);
	return rc;
}
