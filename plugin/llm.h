/* SPDX-License-Identifier: Apache-2.0 */
/* The LLM client: OpenAI-compatible chat completions (OpenAI, Ollama,
 * llama.cpp server, vLLM, most gateways) and Anthropic messages, over
 * libcurl, with retries. Nothing leaves the machine unless the user
 * configured an endpoint. API keys are never printed or logged.
 *
 * Configuration, first found wins for each setting:
 *   1. BPFTRACE_LLM_URL, BPFTRACE_LLM_MODEL, BPFTRACE_LLM_API_KEY,
 *      BPFTRACE_LLM_PROTOCOL (openai | anthropic)
 *   2. the config file $BPFTRACE_LLM_CONFIG, or
 *      $XDG_CONFIG_HOME/bpftrace-english/config (~/.config/...): lines
 *      "url = ...", "model = ...", "api_key = ...", "protocol = ...";
 *      refused when group or others can read it
 *   3. OPENAI_BASE_URL and OPENAI_API_KEY (protocol openai), or
 *      ANTHROPIC_API_KEY (protocol anthropic, url https://api.anthropic.com)
 * Timeouts: BPFTRACE_LLM_TIMEOUT (seconds per request, default 120),
 * connect 10 s. Retries: 2, exponential backoff 0.5 s to 8 s with jitter,
 * honouring Retry-After, on 408, 409, 429, 5xx and connection errors. */
#ifndef BTE_LLM_H
#define BTE_LLM_H

#include <stddef.h>

enum llm_protocol {
	LLM_OPENAI = 0,
	LLM_ANTHROPIC = 1,
};

struct llm_config {
	enum llm_protocol protocol;
	char *url;     /* base URL: ".../v1" for OpenAI-style, host for Anthropic */
	char *model;
	char *api_key; /* NULL when none; never printed */
	char *origin;  /* where the endpoint came from, for messages */
	long connect_timeout_ms;
	long timeout_ms;
	int max_retries;
	double backoff_initial_s;
	double backoff_max_s;
};

/* Fills `cfg` from the environment and the config file. Returns 0; or
 * LLM_NOT_CONFIGURED when no endpoint is configured at all, -1 when the
 * configuration is wrong, either with *error (free it) saying what is
 * missing and how to set it. */
#define LLM_NOT_CONFIGURED (-2)
int llm_config_load(struct llm_config *cfg, char **error);
void llm_config_free(struct llm_config *cfg);

struct llm_message {
	const char *role; /* "system", "user", "assistant" */
	const char *content;
};

struct llm_reply {
	char *content; /* the model's text; owned */
	char *error;   /* set on failure: actionable, without the key; owned */
	int http_status;
	int attempts;
};

/* One chat request. Returns 0 with reply->content, or -1 with
 * reply->error. Free the reply with llm_reply_free(). */
int llm_chat(const struct llm_config *cfg, const struct llm_message *msgs,
	     size_t n_msgs, struct llm_reply *reply);
void llm_reply_free(struct llm_reply *reply);

/* `url` as it may be shown: credentials (user:password@) and the query
 * replaced by ***. The caller frees the result. */
char *llm_redact_url(const char *url);

#endif
