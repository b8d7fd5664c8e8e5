/* SPDX-License-Identifier: Apache-2.0 */
#define _GNU_SOURCE
#include "retrieve.h"
#include "util.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#define MAX_TERMS 256

/* Words that mean the same probe to a tracing user: each maps to the
 * first word of its group. */
static const char *const SYNONYMS[][16] = {
	{ "open", "openat", "file", "path", "filename", NULL },
	{ "signal", "kill", "sigkill", "sigterm", "sig", "sigint", "sighup", "sigabrt", "sigsegv",
	  "sigusr1", "sigusr2", "sigstop", "sigchld", "sigcont", "sigpipe", NULL },
	{ "tcp", "connect", "connection", "socket", "port", "sock", "dial", "dialing", "outbound",
	  "outgoing", NULL },
	{ "exec", "execve", "execute", "program", "command", "launch", NULL },
	{ "fork", "spawn", "spawned", "clone", "child", "children", NULL },
	{ "exit", "exits", "exited", "exiting", "die", "dies", "gone", "terminate", "terminated",
	  NULL },
	{ "read", "reads", "vfs_read", NULL },
	{ "write", "writes", "written", "vfs_write", NULL },
	{ "recv", "receive", "receives", "recieve", "recieves", "recvfrom", "recvmsg", NULL },
	{ "latency", "slow", "duration", "time", "took", "lifetime", "long", NULL },
	{ "top", "most", "busiest", "hottest", "heaviest", NULL },
	{ "syscall", "syscalls", "system", "call", "calls", NULL },
	{ "switch", "context", "sched", "schedule", "scheduling", "switched", "ctxsw", NULL },
	{ "histogram", "hist", "distribution", "size", "sizes", NULL },
	{ "fault", "faults", "page", NULL },
	{ "kmalloc", "kmem", NULL },
	{ "mmap", "map", "maps", "mapped", "mapping", "mappings", NULL },
	{ "malloc", "allocation", "allocations", "alloc", NULL },
	{ "unlink", "unlinkat", "delete", "deleted", "deletes", "deleting", "removed", NULL },
	{ "block", "disk", "io", "bio", NULL },
	{ "pid", "process", "processes", "task", "tasks", "procs", "proc", NULL },
	{ "second", "rate", "interval", NULL },
	{ "fail", "failed", "error", "errors", "errno", NULL },
	{ "dns", "lookup", "lookups", "resolve", "getaddrinfo", "hostname", NULL },
	{ "profile", "sample", "samples", "sampling", "profiling", "hz", "hertz", NULL },
	{ "sleep", "sleeps", "nanosleep", "clock_nanosleep", "sleeping", NULL },
};

struct doc {
	struct example ex;
	char *terms[MAX_TERMS];
	int n_terms, n_meaning; /* the first n_meaning are of its request, tags, probes */
	char *probe_terms[16]; /* the words of its probes' names */
	int n_probe_terms;
};

struct retrieval {
	struct doc *docs;
	size_t n;
	double avg_len;
	char **names; /* the process names examples filter on, as terms */
	size_t n_names;
	/* every meaning term of every pair, for retrieval_vocabulary_has() */
	const char **vocab; /* open addressing, power-of-two capacity */
	size_t vocab_cap, vocab_n;
};

static uint64_t term_hash(const char *s)
{
	return bte_hash64(s, strlen(s), BTE_HASH_SEED);
}

/* Rebuilds the vocabulary set over the meaning terms of all pairs. */
static void build_vocab(struct retrieval *r)
{
	size_t want = 64;
	for (size_t i = 0; i < r->n; i++)
		want += (size_t)r->docs[i].n_meaning;
	size_t cap = 64;
	while (cap < 2 * want)
		cap *= 2;
	const char **v = calloc(cap, sizeof(*v));
	if (!v)
		return; /* the old set stays; lookups may miss new terms */
	free(r->vocab);
	r->vocab = v;
	r->vocab_cap = cap;
	r->vocab_n = 0;
	for (size_t i = 0; i < r->n; i++)
		for (int t = 0; t < r->docs[i].n_meaning; t++) {
			const char *term = r->docs[i].terms[t];
			size_t k = term_hash(term) & (cap - 1);
			while (v[k] && strcmp(v[k], term))
				k = (k + 1) & (cap - 1);
			if (!v[k]) {
				v[k] = term;
				r->vocab_n++;
			}
		}
}

/* A process name is what an example filters on, not what it is about:
 * in requests and examples alike it becomes the term "comm", so that
 * "opens by redis" finds the opens of any process, not redis's mallocs. */
static void fold_names(const struct retrieval *r, char **terms, int n)
{
	for (int t = 0; t < n; t++)
		for (size_t i = 0; i < r->n_names; i++)
			if (!strcmp(terms[t], r->names[i])) {
				free(terms[t]);
				terms[t] = strdup("comm");
				break;
			}
}

static void add_names(struct retrieval *r, const char *program)
{
	for (const char *lit = strstr(program, "comm == \""); lit; lit = strstr(lit + 1, "comm == \"")) {
		char name[32] = "";
		sscanf(lit + 9, "%31[^\"]", name);
		char *t[4];
		int nt = retrieval_tokenize(name, t, 4);
		for (int i = 0; i < nt; i++) {
			int have = 0;
			for (size_t j = 0; j < r->n_names; j++)
				have |= !strcmp(r->names[j], t[i]);
			char **grown = have ? NULL : realloc(r->names, (r->n_names + 1) * sizeof(char *));
			if (grown) {
				r->names = grown;
				r->names[r->n_names++] = t[i];
			} else {
				free(t[i]);
			}
		}
	}
}

static void stem(char *w)
{
	size_t n = strlen(w);
	if (n > 5 && !strcmp(w + n - 3, "ing"))
		w[n - 3] = '\0';
	else if (n > 4 && !strcmp(w + n - 2, "ed"))
		w[n - 2] = '\0';
	else if (n > 4 && !strcmp(w + n - 3, "ies"))
		strcpy(w + n - 3, "y");
	else if (n > 4 && (!strcmp(w + n - 4, "sses") || !strcmp(w + n - 3, "xes") ||
			   !strcmp(w + n - 4, "ches") || !strcmp(w + n - 4, "shes") ||
			   !strcmp(w + n - 3, "zes")))
		w[n - 2] = '\0'; /* processes, boxes, switches */
	else if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u')
		w[n - 1] = '\0'; /* renames, files, reads; not bus, status */
}

static const char *canonical(const char *w)
{
	for (size_t g = 0; g < sizeof(SYNONYMS) / sizeof(SYNONYMS[0]); g++)
		for (int i = 0; SYNONYMS[g][i]; i++)
			if (w[0] == SYNONYMS[g][i][0] && !strcmp(w, SYNONYMS[g][i]))
				return SYNONYMS[g][0];
	return w;
}

/* Lower-case words of text (split on anything but letters, digits and
 * '_'; probe names split on ':' too), synonyms folded, then stemmed. */
int retrieval_tokenize(const char *text, char **out, int max)
{
	int n = 0;
	for (const char *p = text; *p && n < max;) {
		while (*p && !isalnum((unsigned char)*p))
			p++;
		const char *w = p;
		while (isalnum((unsigned char)*p) || *p == '_')
			p++;
		size_t len = (size_t)(p - w);
		if (len < 2 || len > 40)
			continue;
		char word[48];
		for (size_t i = 0; i < len; i++)
			word[i] = (char)tolower((unsigned char)w[i]);
		word[len] = '\0';
		/* sys_enter_openat -> openat */
		const char *base = word;
		if (!strncmp(word, "sys_enter_", 10))
			base = word + 10;
		else if (!strncmp(word, "sys_exit_", 9))
			base = word + 9;
		char tmp[48];
		snprintf(tmp, sizeof(tmp), "%s", canonical(base));
		stem(tmp);
		out[n++] = strdup(canonical(tmp));
	}
	return n;
}

static char *field(const cJSON *o, const char *name)
{
	const cJSON *f = cJSON_GetObjectItemCaseSensitive(o, name);
	return strdup(cJSON_IsString(f) ? f->valuestring : "");
}

static char *joined(const cJSON *o, const char *name)
{
	size_t len = 0;
	char *s = NULL;
	FILE *out = open_memstream(&s, &len);
	const cJSON *item;
	cJSON_ArrayForEach(item, cJSON_GetObjectItemCaseSensitive(o, name))
		if (cJSON_IsString(item) && out)
			fprintf(out, "%s ", item->valuestring);
	if (out)
		fclose(out);
	return s ? s : strdup("");
}

/* The words of probe names, not of intervals or BEGIN/END:
 * sys_enter_clock_nanosleep gives clock_nanosleep, clock and nanosleep;
 * uprobe:/bin/bash:readline gives bash and readline. */
static int probe_terms(const char *probes, char **out, int max)
{
	char *copy = strdup(probes), *save = NULL;
	int n = 0;
	for (char *p = copy ? strtok_r(copy, " ", &save) : NULL; p && n < max;
	     p = strtok_r(NULL, " ", &save)) {
		if (!strncmp(p, "interval:", 9) || !strncmp(p, "i:", 2) || !strcmp(p, "BEGIN") ||
		    !strcmp(p, "END"))
			continue;
		n += retrieval_tokenize(p, out + n, max - n);
		for (char *c = p; *c; c++)
			if (*c == '_' || *c == '/' || *c == '.')
				*c = ' ';
		n += retrieval_tokenize(p, out + n, max - n);
	}
	free(copy);
	return n;
}

int retrieval_add_file(struct retrieval *r, const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return -1;
	char *line = NULL;
	size_t cap = 0;
	double total = r->avg_len * (double)r->n;
	while (getline(&line, &cap, f) > 0) {
		cJSON *o = cJSON_Parse(line);
		if (!o)
			continue;
		if (!cJSON_IsString(cJSON_GetObjectItemCaseSensitive(o, "request")) ||
		    !cJSON_IsString(cJSON_GetObjectItemCaseSensitive(o, "program"))) {
			cJSON_Delete(o);
			continue;
		}
		struct doc *d = realloc(r->docs, (r->n + 1) * sizeof(*d));
		if (!d) {
			cJSON_Delete(o);
			break;
		}
		r->docs = d;
		d = &r->docs[r->n++];
		memset(d, 0, sizeof(*d));
		d->ex.id = field(o, "id");
		d->ex.request = field(o, "request");
		d->ex.program = field(o, "program");
		d->ex.split = field(o, "split");
		d->ex.probes = joined(o, "probes");
		d->ex.features = joined(o, "features");
		add_names(r, d->ex.program);
		d->n_probe_terms = probe_terms(d->ex.probes, d->probe_terms, 16);
		char *tags = joined(o, "tags");
		char *text = NULL;
		/* what it means (request, tags, probes), then the words of its
		 * program, which help find it but say nothing of what it does */
		if (asprintf(&text, "%s %s %s", d->ex.request, tags, d->ex.probes) >= 0) {
			d->n_terms = d->n_meaning = retrieval_tokenize(text, d->terms, MAX_TERMS);
			free(text);
		}
		d->n_terms += retrieval_tokenize(d->ex.program, d->terms + d->n_terms,
						 MAX_TERMS - d->n_terms);
		free(tags);
		total += d->n_terms;
		cJSON_Delete(o);
	}
	free(line);
	fclose(f);
	total = 0;
	for (size_t i = 0; i < r->n; i++) {
		fold_names(r, r->docs[i].terms, r->docs[i].n_terms);
		total += r->docs[i].n_terms;
	}
	r->avg_len = r->n ? total / (double)r->n : 1;
	build_vocab(r);
	return 0;
}

struct retrieval *retrieval_load(const char *path)
{
	struct retrieval *r = calloc(1, sizeof(*r));
	if (r && path && retrieval_add_file(r, path) != 0) {
		free(r);
		return NULL;
	}
	return r;
}

static int count_in(const struct doc *d, const char *term)
{
	int c = 0;
	for (int i = 0; i < d->n_terms; i++)
		c += !strcmp(d->terms[i], term);
	return c;
}

size_t retrieval_query(const struct retrieval *r, const char *request,
		       const char *skip_split, const struct example **out, size_t k)
{
	if (!r || !r->n || !k)
		return 0;
	char *q[MAX_TERMS];
	int nq = retrieval_tokenize(request, q, MAX_TERMS);
	fold_names(r, q, nq);
	double *score = calloc(r->n, sizeof(double));
	const double k1 = 1.2, b = 0.75;
	for (int t = 0; t < nq && score; t++) {
		int dup = 0;
		for (int u = 0; u < t; u++)
			dup |= !strcmp(q[u], q[t]);
		if (dup)
			continue;
		size_t df = 0;
		for (size_t i = 0; i < r->n; i++)
			df += count_in(&r->docs[i], q[t]) > 0;
		if (!df)
			continue;
		double idf = log(1 + ((double)r->n - (double)df + 0.5) / ((double)df + 0.5));
		for (size_t i = 0; i < r->n; i++) {
			int tf = count_in(&r->docs[i], q[t]);
			if (!tf)
				continue;
			double norm = k1 * (1 - b + b * r->docs[i].n_terms / r->avg_len);
			score[i] += idf * tf * (k1 + 1) / (tf + norm);
			/* a word of the example's probe names counts twice: the probe
			 * is what an example is about */
			for (int p = 0; p < r->docs[i].n_probe_terms; p++)
				if (!strcmp(r->docs[i].probe_terms[p], q[t])) {
					score[i] += idf;
					break;
				}
		}
	}
	/* Stable tracepoints first: a kprobe or uprobe example only when the
	 * request names its kind or its function. */
	int wants_dynamic = 0;
	for (int t = 0; t < nq; t++)
		wants_dynamic |= !strcmp(q[t], "kprobe") || !strcmp(q[t], "kretprobe") ||
				 !strcmp(q[t], "uprobe") || !strcmp(q[t], "uretprobe") ||
				 !strcmp(q[t], "libc") || !strcmp(q[t], "function");
	for (size_t i = 0; score && !wants_dynamic && i < r->n; i++) {
		const struct doc *d = &r->docs[i];
		if (!strstr(d->ex.features, "kprobe") && !strstr(d->ex.features, "uprobe"))
			continue;
		/* its function (vfs_read, malloc) or its binary (bash) */
		int named = 0;
		char probe[128];
		snprintf(probe, sizeof(probe), "%s", d->ex.probes);
		probe[strcspn(probe, " ")] = '\0';
		char *fn = strrchr(probe, ':');
		if (fn)
			*fn++ = '\0';
		char *bin = strrchr(probe, '/');
		const char *names[2] = { fn, bin ? bin + 1 : NULL };
		for (int j = 0; j < 2; j++) {
			if (!names[j] || strlen(names[j]) < 4 || !strncmp(names[j], "libc", 4))
				continue;
			const char *hit = strcasestr(request, names[j]);
			named |= hit && (hit == request || !isalnum((unsigned char)hit[-1]));
		}
		if (!named)
			score[i] *= 0.7;
	}
	/* The best k, each on other probes than those before it where the
	 * index has enough: varied examples show more ways to answer. */
	size_t found = 0;
	for (int distinct = 1; distinct >= 0 && score; distinct--) {
		while (found < k) {
			size_t best = r->n;
			for (size_t i = 0; i < r->n; i++) {
				if (score[i] <= 0 ||
				    (skip_split && !strcmp(r->docs[i].ex.split, skip_split)))
					continue;
				int seen = 0;
				for (size_t j = 0; distinct && j < found; j++)
					seen |= !strcmp(out[j]->probes, r->docs[i].ex.probes);
				if (!seen && (best == r->n || score[i] > score[best]))
					best = i;
			}
			if (best == r->n)
				break;
			out[found++] = &r->docs[best].ex;
			score[best] = 0;
		}
	}
	free(score);
	for (int t = 0; t < nq; t++)
		free(q[t]);
	return found;
}

static int means(const struct doc *d, const char *term)
{
	for (int i = 0; i < d->n_meaning; i++)
		if (!strcmp(d->terms[i], term))
			return 1;
	return 0;
}

int retrieval_example_has(const struct example *ex, const char *term)
{
	return means((const struct doc *)ex, term); /* ex is a doc's first member */
}

int retrieval_vocabulary_has(const struct retrieval *r, const char *term)
{
	if (!r || !r->vocab)
		return 0;
	for (size_t k = term_hash(term) & (r->vocab_cap - 1); r->vocab[k];
	     k = (k + 1) & (r->vocab_cap - 1))
		if (!strcmp(r->vocab[k], term))
			return 1;
	return 0;
}

int retrieval_is_name(const struct retrieval *r, const char *word)
{
	char *t[2];
	int nt = retrieval_tokenize(word, t, 2), found = 0;
	for (size_t i = 0; r && nt == 1 && i < r->n_names; i++)
		found |= !strcmp(r->names[i], t[0]);
	for (int i = 0; i < nt; i++)
		free(t[i]);
	return found;
}

size_t retrieval_size(const struct retrieval *r)
{
	return r ? r->n : 0;
}

const struct example *retrieval_get(const struct retrieval *r, size_t i)
{
	return r && i < r->n ? &r->docs[i].ex : NULL;
}

void retrieval_free(struct retrieval *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->n; i++) {
		struct doc *d = &r->docs[i];
		free((char *)d->ex.id);
		free((char *)d->ex.request);
		free((char *)d->ex.program);
		free((char *)d->ex.probes);
		free((char *)d->ex.split);
		free((char *)d->ex.features);
		for (int t = 0; t < d->n_terms; t++)
			free(d->terms[t]);
		for (int t = 0; t < d->n_probe_terms; t++)
			free(d->probe_terms[t]);
	}
	for (size_t i = 0; i < r->n_names; i++)
		free(r->names[i]);
	free(r->names);
	free(r->vocab);
	free(r->docs);
	free(r);
}
