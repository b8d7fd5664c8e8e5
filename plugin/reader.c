/* SPDX-License-Identifier: Apache-2.0 */
#define _GNU_SOURCE
#include "reader.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pwd.h>
#include <sys/stat.h>
#include <strings.h>
#include <unistd.h>

#include "context.h"
#include "lexicon.h"
#include "stem.h"
#include "tracepoints.h"
#include "util.h"
#include "words.h"

/* --- the lexicon file --------------------------------------------------- */

static const char *const CLASS_WORDS[] = {
	[LX_FILLER] = "filler", [LX_EACH] = "each", [LX_AGG] = "agg",  [LX_PREP] = "prep",
	[LX_KEY] = "key",       [LX_ROLE] = "role", [LX_FAIL] = "fail", [LX_SYSCALLS] = "syscalls",
	[LX_TRANSFER] = "transfers", [LX_SUMMARY] = "summary", [LX_ALIAS] = "alias",
	[LX_ENGLISH] = "english", [LX_ATVARIANT] = "atvariant", [LX_NEGATION] = "negation",
	[LX_UNIT] = "unit", [LX_ABOVE] = "above", [LX_SUCCEED] = "succeed",
	[LX_TWOTASKS] = "twotasks", [LX_NAMED] = "named", [LX_RESTATES] = "restates",
	[LX_ONEFILE] = "onefile",
};

static const char *const AGG_NAMES[AG_N] = { "count", "sum", "avg", "min", "max", "hist" };

/* A phrase as the file writes it ("how+many") into words ("how many");
 * returns how many words, 0 when it does not fit. */
static int phrase_words(const char *in, char *out, size_t len)
{
	if (strlen(in) >= len)
		return 0;
	int words = 1;
	for (size_t i = 0; in[i]; i++) {
		out[i] = in[i] == '+' ? ' ' : in[i];
		words += in[i] == '+';
		out[i + 1] = '\0';
	}
	return words;
}

static int add_phrase(struct lexicon *lx, const char *word, enum lx_class cls,
		      const char *value)
{
	struct lx_phrase *grown = realloc(lx->phrases, (lx->n_phrases + 1) * sizeof(*grown));
	if (!grown)
		return -ENOMEM;
	lx->phrases = grown;
	struct lx_phrase *p = &lx->phrases[lx->n_phrases];
	memset(p, 0, sizeof(*p));
	p->words = phrase_words(word, p->text, sizeof(p->text));
	if (!p->words)
		return -EINVAL;
	if (stem_phrase(lx->stemmer, p->text, p->stem, sizeof(p->stem)))
		p->stem[0] = '\0'; /* matched as written only */
	p->cls = cls;
	snprintf(p->value, sizeof(p->value), "%s", value ? value : "");
	lx->n_phrases++;
	return 0;
}

/* "args->ret>0" as programs write it: "args->ret > 0" (the lexicon's
 * words have no spaces). */
static void spaced_condition(const char *in, char *out, size_t len)
{
	static const char *const OPS[] = { ">=", "<=", "==", "!=", ">", "<", NULL };
	for (const char *p = in; *p; p++)
		for (int k = 0; OPS[k]; k++) {
			size_t ol = strlen(OPS[k]);
			if (strncmp(p, OPS[k], ol) || (p > in && p[-1] == '-' && *p == '>'))
				continue;
			snprintf(out, len, "%.*s %s %s", (int)(p - in), in, OPS[k], p + ol);
			return;
		}
	snprintf(out, len, "%s", in);
}

/* One line of an event's block ("names ...", "where ...", "role ..."). */
static int event_line(struct lx_event *e, char *line)
{
	char *save = NULL, *kw = strtok_r(line, " \t", &save);
	if (!strcmp(kw, "summary")) {
		e->summary_only = 1;
		return strtok_r(NULL, " \t", &save) ? -EINVAL : 0;
	}
	if (!strcmp(kw, "shows") || !strcmp(kw, "counted") || !strcmp(kw, "absorbs") ||
	    !strcmp(kw, "verbs")) {
		int counted = kw[0] == 'c', absorbs = kw[0] == 'a', verbs = kw[0] == 'v';
		char(*list)[24] = verbs	    ? e->verbs
				  : absorbs ? e->absorbs
				  : counted ? e->counted
					    : e->shows;
		int *n = verbs ? &e->n_verbs
			       : absorbs ? &e->n_absorbs : counted ? &e->n_counted : &e->n_shows;
		for (char *w; (w = strtok_r(NULL, " \t", &save));) {
			if (*n == 4 || strlen(w) >= sizeof(list[0]))
				return -EINVAL;
			snprintf(list[(*n)++], sizeof(list[0]), "%s", w);
		}
		return 0;
	}
	if (!strcmp(kw, "values")) {
		char *w = strtok_r(NULL, " \t", &save);
		if (!w || strlen(w) >= sizeof(e->values) || strtok_r(NULL, " \t", &save))
			return -EINVAL;
		snprintf(e->values, sizeof(e->values), "%s", w);
		return 0;
	}
	if (!strcmp(kw, "notask") || !strcmp(kw, "nodirection")) {
		*(kw[2] == 't' ? &e->notask : &e->no_direction) = 1;
		return strtok_r(NULL, " \t", &save) ? -EINVAL : 0;
	}
	if (!strcmp(kw, "fails")) {
		char *w = strtok_r(NULL, " \t", &save);
		if (!w || strlen(w) >= sizeof(e->fails) || strtok_r(NULL, " \t", &save))
			return -EINVAL;
		snprintf(e->fails, sizeof(e->fails), "%s", w);
		return 0;
	}
	if (!strcmp(kw, "inbound") || !strcmp(kw, "outbound")) {
		*(kw[0] == 'i' ? &e->inbound : &e->outbound) = 1;
		return strtok_r(NULL, " \t", &save) ? -EINVAL : 0;
	}
	if (!strcmp(kw, "othertask") || !strcmp(kw, "sent")) {
		*(kw[0] == 'o' ? &e->other_task : &e->sent) = 1;
		return strtok_r(NULL, " \t", &save) ? -EINVAL : 0;
	}
	if (!strcmp(kw, "twotasks")) {
		e->two_tasks = 1;
		return strtok_r(NULL, " \t", &save) ? -EINVAL : 0;
	}
	if (!strcmp(kw, "perprocess") || !strcmp(kw, "perthread")) {
		*(kw[3] == 'p' ? &e->per_process : &e->per_thread) = 1;
		return strtok_r(NULL, " \t", &save) ? -EINVAL : 0;
	}
	if (!strcmp(kw, "timed")) {
		e->always_timed = 1;
		char *how = strtok_r(NULL, " \t", &save);
		e->timed_total = how && !strcmp(how, "total");
		return (how && !e->timed_total) || strtok_r(NULL, " \t", &save) ? -EINVAL : 0;
	}
	if (!strcmp(kw, "ends")) {
		char *probe = strtok_r(NULL, " \t", &save), *sk = strtok_r(NULL, " \t", &save);
		char *ek = strtok_r(NULL, " \t", &save);
		if (!ek || strtok_r(NULL, " \t", &save) || strlen(probe) >= sizeof(e->end_probe) ||
		    strlen(sk) >= sizeof(e->start_key) || strlen(ek) >= sizeof(e->end_key))
			return -EINVAL;
		snprintf(e->end_probe, sizeof(e->end_probe), "%s", probe);
		/* "args->dev,args->sector": a map's keys as bpftrace writes them */
		for (int k = 0; k < 2; k++) {
			char *out = k ? e->end_key : e->start_key;
			size_t n = 0, cap = k ? sizeof(e->end_key) : sizeof(e->start_key);
			for (const char *c = k ? ek : sk; *c && n + 2 < cap; c++) {
				out[n++] = *c;
				if (*c == ',')
					out[n++] = ' ';
			}
			out[n] = '\0';
		}
		return 0;
	}
	if (!strcmp(kw, "where") || !strcmp(kw, "endwhere")) {
		char *rest = strtok_r(NULL, "", &save), *to = kw[0] == 'w' ? e->where : e->end_where;
		if (!rest || strlen(rest) >= sizeof(e->where))
			return -EINVAL;
		snprintf(to, sizeof(e->where), "%s", rest);
		return 0;
	}
	if (!strcmp(kw, "names")) {
		for (char *w; (w = strtok_r(NULL, " \t", &save));) {
			if (e->n_names == LX_NAMES || !phrase_words(w, e->names[e->n_names], LX_WORD))
				return -EINVAL;
			e->n_names++;
		}
		return 0;
	}
	if (!strcmp(kw, "role") && e->n_roles < 12) {
		struct lx_role *r = &e->roles[e->n_roles];
		char *name = strtok_r(NULL, " \t", &save), *expr = strtok_r(NULL, " \t", &save);
		char *fmt = strtok_r(NULL, " \t", &save), *keep = strtok_r(NULL, " \t", &save);
		if (keep && !strncmp(keep, "only=", 5)) {
			const char *v = keep + 5;
			size_t vl = strlen(v);
			if (!vl || vl >= sizeof(r->only) || strspn(v, "0123456789,") != vl ||
			    v[0] == ',' || v[vl - 1] == ',' || strstr(v, ",,"))
				return -EINVAL;
			snprintf(r->only, sizeof(r->only), "%s", keep + 5);
			keep = NULL;
		}
		if (!fmt || strlen(name) >= sizeof(r->name) || strlen(expr) >= sizeof(r->expr) ||
		    strlen(fmt) >= sizeof(r->fmt) || strtok_r(NULL, " \t", &save) ||
		    (keep && (strncmp(keep, "keep=", 5) || strlen(keep + 5) >= sizeof(r->keep))))
			return -EINVAL;
		spaced_condition(keep ? keep + 5 : "", r->keep, sizeof(r->keep));
		snprintf(r->name, sizeof(r->name), "%s", name);
		snprintf(r->expr, sizeof(r->expr), "%s", expr);
		snprintf(r->fmt, sizeof(r->fmt), "%s", fmt);
		e->n_roles++;
		return 0;
	}
	return -EINVAL;
}

/* "function NAME [in=LIB] [ret=FMT] [ROLE=argN:FMT]..." */
static int function_line(struct lexicon *lx, char *save)
{
	char *name = strtok_r(NULL, " \t", &save);
	if (!name || lx->n_functions == 32 || strlen(name) >= sizeof(lx->functions[0].name))
		return -EINVAL;
	struct lx_function *f = &lx->functions[lx->n_functions++];
	memset(f, 0, sizeof(*f));
	snprintf(f->name, sizeof(f->name), "%s", name);
	for (char *w; (w = strtok_r(NULL, " \t", &save));) {
		char key[24], val[48];
		int idx;
		if (sscanf(w, "%23[^=]=%47s", key, val) != 2)
			return -EINVAL;
		if (!strcmp(key, "in"))
			snprintf(f->lib, sizeof(f->lib), "%s", val);
		else if (!strcmp(key, "ret"))
			snprintf(f->ret_fmt, sizeof(f->ret_fmt), "%.7s", val);
		else if (f->n_args < 6 && sscanf(val, "arg%d:", &idx) == 1 && idx >= 0 && idx < 6 &&
			 strchr(val, ':') && strchr(val, ':')[1]) {
			struct lx_role *r = &f->args[f->n_args++];
			snprintf(r->name, sizeof(r->name), "%s", key);
			snprintf(r->expr, sizeof(r->expr), "arg%d", idx);
			snprintf(r->fmt, sizeof(r->fmt), "%.7s", strchr(val, ':') + 1);
		} else {
			return -EINVAL;
		}
	}
	return 0;
}

/* A function's line "names PHRASE...": the words that name it; or
 * "shows ROLE...": what a line per call shows. */
static int function_names(struct lx_function *f, char *line)
{
	char *save = NULL, *kw = strtok_r(line, " \t", &save);
	if (!strcmp(kw, "shows")) {
		for (char *w; (w = strtok_r(NULL, " \t", &save));) {
			if (f->n_shows == 2 || strlen(w) >= sizeof(f->shows[0]))
				return -EINVAL;
			snprintf(f->shows[f->n_shows++], sizeof(f->shows[0]), "%s", w);
		}
		return 0;
	}
	if (strcmp(kw, "names"))
		return -EINVAL;
	for (char *w; (w = strtok_r(NULL, " \t", &save));) {
		if (f->n_names == 8 || strlen(w) >= sizeof(f->names[0]))
			return -EINVAL;
		char *out = f->names[f->n_names++];
		snprintf(out, sizeof(f->names[0]), "%s", w);
		for (char *c = out; *c; c++)
			*c = *c == '+' ? ' ' : *c;
	}
	return 0;
}

/* One top-level line: a class of words, or the start of an event. */
static int class_line(struct lexicon *lx, char *line)
{
	char *save = NULL, *kw = strtok_r(line, " \t", &save);
	if (!strcmp(kw, "function"))
		return function_line(lx, save);
	if (!strcmp(kw, "means")) {
		char *tool = strtok_r(NULL, " \t", &save);
		while (save && (*save == ' ' || *save == '\t'))
			save++;
		if (!tool || !save || !*save || lx->n_means == LX_MEANS ||
		    strlen(tool) >= LX_WORD || strlen(save) >= sizeof(lx->means[0].request))
			return -EINVAL;
		struct lx_means *m = &lx->means[lx->n_means++];
		snprintf(m->tool, sizeof(m->tool), "%s", tool);
		snprintf(m->request, sizeof(m->request), "%s", save);
		return 0;
	}
	if (!strcmp(kw, "context")) {
		/* words said of what happens around a request, never traced
		 * (context.h): "slow", "crashing" */
		int any = 0;
		for (char *w; (w = strtok_r(NULL, " \t", &save)); any = 1) {
			if (strlen(w) >= LX_WORD)
				return -EINVAL;
			char(*grown)[LX_WORD] =
				realloc(lx->context, (lx->n_context + 1) * sizeof(*lx->context));
			if (!grown)
				return -ENOMEM;
			lx->context = grown;
			snprintf(lx->context[lx->n_context++], LX_WORD, "%s", w);
		}
		return any ? 0 : -EINVAL;
	}
	if (!strcmp(kw, "event")) {
		char *name = strtok_r(NULL, " \t", &save), *probes = strtok_r(NULL, " \t", &save);
		if (!probes || lx->n_events == LX_EVENTS)
			return -EINVAL;
		struct lx_event *e = &lx->events[lx->n_events++];
		memset(e, 0, sizeof(*e));
		snprintf(e->name, sizeof(e->name), "%s", name);
		snprintf(e->probes, sizeof(e->probes), "%s", probes);
		return strlen(probes) < sizeof(e->probes) ? 0 : -EINVAL;
	}
	enum lx_class cls = LX_NONE;
	for (int c = LX_FILLER; c <= LX_ONEFILE; c++)
		if (!strcmp(kw, CLASS_WORDS[c]))
			cls = (enum lx_class)c;
	if (cls == LX_NONE)
		return -EINVAL;
	const char *value = NULL;
	int valued = cls == LX_AGG || cls == LX_KEY || cls == LX_ROLE || cls == LX_ALIAS ||
		     cls == LX_ATVARIANT || cls == LX_UNIT || cls == LX_ABOVE || cls == LX_NAMED ||
		     cls == LX_RESTATES;
	if (valued)
		value = strtok_r(NULL, " \t", &save);
	if (valued && !value)
		return -EINVAL;
	if (cls == LX_UNIT && strcmp(value, "ns") && strcmp(value, "us") && strcmp(value, "ms") &&
	    strcmp(value, "s") && strcmp(value, "min"))
		return -EINVAL;
	if (cls == LX_ABOVE && strcmp(value, "gt") && strcmp(value, "ge") && strcmp(value, "lt") &&
	    strcmp(value, "le"))
		return -EINVAL;
	char role[24], rest[2];
	long number;
	if (cls == LX_NAMED && (sscanf(value, "%23[a-z_.]=%ld%1s", role, &number, rest) != 2 ||
				strlen(value) >= sizeof(lx->phrases[0].value)))
		return -EINVAL;
	int any = 0;
	for (char *w; (w = strtok_r(NULL, " \t", &save)); any = 1) {
		int rc = add_phrase(lx, w, cls, value);
		if (rc)
			return rc;
	}
	return any ? 0 : -EINVAL;
}

static int vocabulary(struct lexicon *lx);

/* Whether event `e` has flags that say opposite things, or a "fails"
 * that names no other event of `lx`. */
static int events_at_odds(const struct lexicon *lx, const struct lx_event *e)
{
	if ((e->inbound && e->outbound) || (e->notask && e->other_task))
		return 1;
	if (!e->fails[0])
		return 0;
	for (int k = 0; k < lx->n_events; k++)
		if (&lx->events[k] != e && !strcmp(lx->events[k].name, e->fails))
			return 0;
	return 1;
}

int lexicon_load(const char *path, struct lexicon *lx, char *why, size_t whylen)
{
	memset(lx, 0, sizeof(*lx));
	lx->stemmer = stem_new();
	lx->memo = calloc(1, sizeof(*lx->memo));
	if (!lx->stemmer || !lx->memo) {
		snprintf(why, whylen, "%s", lx->stemmer ? "out of memory"
						       : "libstemmer: no English stemmer (out of memory)");
		lexicon_unload(lx);
		return -ENOMEM;
	}
	char *text = NULL;
	int rc = bte_read_file(path, 0, 1 << 20, &text, NULL);
	if (rc) {
		snprintf(why, whylen, "%s: %s", path, strerror(-rc));
		lexicon_unload(lx);
		return rc;
	}
	int lineno = 0, in_function = 0;
	for (char *line = text, *next; line && *line && !rc; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		line[strcspn(line, "\r")] = '\0';
		lineno++;
		char *hash = strchr(line, '#');
		if (hash)
			*hash = '\0';
		int indented = line[0] == ' ' || line[0] == '\t';
		while (*line == ' ' || *line == '\t')
			line++;
		if (!*line)
			continue;
		if (!indented)
			in_function = !strncmp(line, "function", 8) &&
				      isspace((unsigned char)line[8]);
		rc = indented && in_function
			     ? function_names(&lx->functions[lx->n_functions - 1], line)
		     : indented && lx->n_events ? event_line(&lx->events[lx->n_events - 1], line)
						: class_line(lx, line);
		if (rc)
			snprintf(why, whylen, "%s:%d: a line the lexicon's grammar does not have",
				 path, lineno);
	}
	free(text);
	for (int e = 0; !rc && e < lx->n_events; e++)
		if (events_at_odds(lx, &lx->events[e])) {
			snprintf(why, whylen, "%s: event %s: flags at odds (inbound and outbound, "
				 "notask and othertask) or \"fails\" names no other event", path,
				 lx->events[e].name);
			rc = -EINVAL;
		}
	if (!rc && vocabulary(lx)) {
		snprintf(why, whylen, "out of memory");
		rc = -ENOMEM;
	}
	if (rc)
		lexicon_unload(lx);
	return rc;
}

const char *lexicon_at_variant_n(const struct lexicon *lx, const char *name, int n)
{
	for (size_t k = 0; k < lx->n_phrases; k++)
		if (lx->phrases[k].cls == LX_ATVARIANT && !strcmp(lx->phrases[k].value, name) &&
		    !n--)
			return lx->phrases[k].text;
	return NULL;
}

const char *lexicon_at_variant(const struct lexicon *lx, const char *name)
{
	return lexicon_at_variant_n(lx, name, 0);
}

int lexicon_transfers(const struct lexicon *lx, const char *name)
{
	for (size_t k = 0; k < lx->n_phrases; k++)
		if (lx->phrases[k].cls == LX_TRANSFER && !strcmp(lx->phrases[k].text, name))
			return 1;
	return 0;
}

int lexicon_one_file(const struct lexicon *lx, const char *name)
{
	for (size_t k = 0; k < lx->n_phrases; k++)
		if (lx->phrases[k].cls == LX_ONEFILE && !strcmp(lx->phrases[k].text, name))
			return 1;
	return 0;
}

int lexicon_two_tasks(const struct lexicon *lx, const char *name)
{
	for (size_t k = 0; k < lx->n_phrases; k++)
		if (lx->phrases[k].cls == LX_TWOTASKS && !strcmp(lx->phrases[k].text, name))
			return 1;
	return 0;
}

static int in_list(const char *w, const char *const *list);

char *lexicon_means(const struct lexicon *lx, const char *request)
{
	/* only as what is asked, after words that only ask ("execsnoop",
	 * "show me tcpconnect for curl"): never "execs of execsnoop", "when
	 * biolatency runs", nor with a tool's flags ("biolatency -D"), which
	 * it does not read */
	static const char *const LEAD[] = { "run", "show", "me", "please", "give", "a", "an", "the",
					    "do", "can", "could", "you", "i", "want", "need", "like",
					    "to", "use", "just", "start", "trace", "with", NULL };
	for (const char *p = request; (p = strchr(p, '-')); p++)
		if ((p == request || isspace((unsigned char)p[-1])) &&
		    (isalpha((unsigned char)p[1]) || p[1] == '-'))
			return NULL;
	for (const char *p = request; *p;) {
		size_t n = strspn(p, "abcdefghijklmnopqrstuvwxyz"
				     "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
		if (!n) {
			if (!isspace((unsigned char)*p) && !strchr(",:!", *p))
				return NULL;
			p++;
			continue;
		}
		int whole = (p == request || !strchr("-/.'", p[-1])) &&
			    (!p[n] || !strchr("-/.'(", p[n]));
		for (int k = 0; whole && k < lx->n_means; k++) {
			char *out = NULL;
			if (strlen(lx->means[k].tool) == n && !strncasecmp(p, lx->means[k].tool, n))
				return asprintf(&out, "%s%s", lx->means[k].request, p + n) < 0 ? NULL
												 : out;
		}
		char w[16] = "";
		if (n >= sizeof(w))
			return NULL;
		for (size_t k = 0; k < n; k++)
			w[k] = (char)tolower((unsigned char)p[k]);
		if (!in_list(w, LEAD))
			return NULL;
		p += n;
	}
	return NULL;
}

/* Whether `s` has the word `w` (`wl` long) between two of `seps` (or its
 * ends). */
static int word_at(const char *s, const char *w, size_t wl, const char *seps)
{
	for (const char *p = s; (p = strstr(p, w)); p++)
		if ((p == s || strchr(seps, p[-1])) && (!p[wl] || strchr(seps, p[wl])))
			return 1;
	return 0;
}
static int vocab_cmp(const void *a, const void *b)
{
	return strcmp(a, b);
}

/* Adds each word of `s` (split on `seps`) to the vocabulary. */
static int vocab_add(struct lexicon *lx, const char *s, const char *seps, size_t *cap)
{
	for (const char *p = s; *p;) {
		size_t n = strcspn(p, seps);
		if (n && n < LX_WORD) {
			if (lx->n_vocab == *cap) {
				size_t c = *cap ? *cap * 2 : 1024;
				char(*v)[LX_WORD] = realloc(lx->vocab, c * sizeof(*v));
				if (!v)
					return -ENOMEM;
				lx->vocab = v;
				*cap = c;
			}
			memcpy(lx->vocab[lx->n_vocab], p, n);
			lx->vocab[lx->n_vocab++][n] = '\0';
		}
		p += n + (p[n] != '\0');
	}
	return 0;
}

/* The lexicon's words, sorted: of its phrases, events' names and
 * functions' names. */
static int vocabulary(struct lexicon *lx)
{
	size_t cap = 0;
	int rc = 0;
	for (size_t k = 0; !rc && k < lx->n_phrases; k++)
		rc = vocab_add(lx, lx->phrases[k].text, " ", &cap);
	for (int e = 0; !rc && e < lx->n_events; e++)
		for (int k = 0; !rc && k < lx->events[e].n_names; k++)
			rc = vocab_add(lx, lx->events[e].names[k], " ~", &cap);
	for (int k = 0; !rc && k < lx->n_functions; k++) {
		rc = vocab_add(lx, lx->functions[k].name, " ", &cap);
		for (int j = 0; !rc && j < lx->functions[k].n_names; j++)
			rc = vocab_add(lx, lx->functions[k].names[j], " ", &cap);
	}
	if (!rc && lx->n_vocab)
		qsort(lx->vocab, lx->n_vocab, sizeof(lx->vocab[0]), vocab_cmp);
	return rc;
}

/* Whether `w` is a word of the lexicon as written. */
static int lexicon_word(const struct lexicon *lx, const char *w)
{
	return lx->n_vocab &&
	       bsearch(w, lx->vocab, lx->n_vocab, sizeof(lx->vocab[0]), vocab_cmp) != NULL;
}

/* Whether the word ("receives") has a stem that a word of a phrase has:
 * a form of a word the lexicon knows. */
static int lexicon_stem(const struct lexicon *lx, const char *w)
{
	char st[LX_WORD];
	if (stem_phrase(lx->stemmer, w, st, sizeof(st)) || !st[0])
		return 0;
	for (size_t k = 0; k < lx->n_phrases; k++)
		if (word_at(lx->phrases[k].stem, st, strlen(st), " "))
			return 1;
	return 0;
}

static int syscall_word(const struct lexicon *lx, const char *t, char *out, size_t len);
static const struct lx_function *function_word(const struct lexicon *lx, const char *t);
struct reading;
static int cued_name(const struct reading *r, int i);

int lexicon_knows(const struct lexicon *lx, const char *word)
{
	char sc[LX_WORD];
	return lexicon_word(lx, word) || lexicon_stem(lx, word) ||
	       lexicon_program(word, strlen(word)) || syscall_word(lx, word, sc, sizeof(sc)) ||
	       function_word(lx, word);
}

/* Whether the `n` letters at `p` are a word that names a process before
 * its name ("called", "named", "comm", "process") or, `after`, after it
 * ("the writen process"). */
static int name_word(const char *p, size_t n, int after)
{
	static const char *const BEFORE[] = { "called", "named", "comm", "process", "program",
					      "command", "task", "binary", "daemon", "service",
					      "app", "application", "executable", "by", "from",
					      NULL };
	static const char *const AFTER[] = { "process", "processes", "program", "programs",
					     "command", "binary", "daemon", "service", "task",
					     "tasks", "app", NULL };
	for (const char *const *k = after ? AFTER : BEFORE; *k; k++)
		if (strlen(*k) == n && !strncasecmp(p, *k, n))
			return 1;
	return 0;
}

/* Whether the word at `p` (`n` letters) of `request` is a process's name
 * by what stands beside it: "comm == writen", "the writen process". */
static int name_around(const char *request, const char *p, size_t n)
{
	const char *b = p;
	while (b > request && b[-1] == ' ')
		b--;
	if (b > request && b[-1] == '=')
		return 1;
	const char *a = p + n;
	while (*a == ' ')
		a++;
	return name_word(a, strspn(a, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"), 1);
}

/* The one word of the lexicon that `w` (lower case, `n` letters, which
 * the lexicon does not know) becomes with two letters side by side the
 * other way round ("recieve"), or a letter it lacks or has too many where
 * it is written twice ("writen", "retransmitts"), into `fix`; 0 when none
 * or more than one does. */
static int respelling(const struct lexicon *lx, const char *w, size_t n, char *fix)
{
	int found = 0;
	char c[LX_WORD + 1];
	for (size_t k = 0; k + 1 < n && found < 2; k++) {
		if (w[k] == w[k + 1])
			continue;
		memcpy(c, w, n + 1);
		c[k] = w[k + 1];
		c[k + 1] = w[k];
		if (lexicon_word(lx, c) && (!found || strcmp(c, fix)))
			memcpy(fix, c, n + 1), found++;
	}
	/* a letter it lacks is one written twice ("writen", "proces"): any
	 * other ("handed" is no "handled", "mallocs" no "kmallocs") */
	for (size_t k = 1; k <= n && n + 1 < LX_WORD && found < 2; k++) {
		memcpy(c, w, k);
		c[k] = w[k - 1];
		memcpy(c + k + 1, w + k, n - k + 1);
		if (lexicon_word(lx, c) && (!found || strcmp(c, fix)))
			memcpy(fix, c, n + 2), found++;
	}
	/* a letter written twice that is once ("retransmitts", "proccess"):
	 * no other letter too many ("existing" is no "exiting") */
	for (size_t k = 0; k + 1 < n && found < 2; k++) {
		if (w[k] != w[k + 1])
			continue;
		memcpy(c, w, k);
		memcpy(c + k, w + k + 1, n - k);
		if (lexicon_word(lx, c) && (!found || strcmp(c, fix)))
			memcpy(fix, c, n), found++;
	}
	return found == 1;
}

char *lexicon_spelled(const struct lexicon *lx, const char *request, char *note, size_t len)
{
	char *out = NULL;
	size_t out_len = 0, used = 0;
	int any = 0, quoted = 0, named = 0;
	FILE *o = open_memstream(&out, &out_len);
	if (!o)
		return NULL;
	note[0] = '\0';
	for (const char *p = request; *p;) {
		if (*p == '"' || *p == '`')
			quoted = !quoted;
		size_t n = strspn(p, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
		if (!n) {
			fputc(*p++, o);
			continue;
		}
		/* a word of letters alone, of 6 or more ("recieve"; "exist" is
		 * no "exits", "three" no "there"): never a
		 * name with digits, a path, a quoted name, "redis-server", nor
		 * a process's name ("the writen process", "comm == writen") */
		int after_name = named || name_around(request, p, n);
		named = name_word(p, n, 0);
		int apart = p == request ||
			    (!strchr("-/._'", p[-1]) && !isdigit((unsigned char)p[-1]));
		int alone = !quoted && !after_name && n >= 6 && n < LX_WORD && apart &&
			    !isalnum((unsigned char)p[n]) && (!p[n] || !strchr("-/._(", p[n]));
		char w[LX_WORD], fix[LX_WORD + 1] = "";
		for (size_t k = 0; alone && k < n; k++)
			w[k] = (char)tolower((unsigned char)p[k]);
		if (alone)
			w[n] = '\0';
		char call[LX_WORD];
		if (!alone || lexicon_word(lx, w) || lexicon_stem(lx, w) ||
		    function_word(lx, w) || syscall_word(lx, w, call, sizeof(call)) ||
		    !respelling(lx, w, n, fix)) {
			fwrite(p, 1, n, o);
			p += n;
			continue;
		}
		/* in the case it was written in: "Latnecy" is "Latency" */
		int first = isupper((unsigned char)p[0]);
		int caps = first && isupper((unsigned char)p[n - 1]);
		for (size_t k = 0; fix[k]; k++)
			fix[k] = (char)(caps || (!k && first) ? toupper(fix[k]) : fix[k]);
		int wrote = snprintf(note + used, len - used, "%s\"%.*s\" as \"%s\"",
				     used ? ", " : "", (int)n, p, fix);
		if (wrote > 0 && (size_t)wrote < len - used)
			used += (size_t)wrote;
		fputs(fix, o);
		any = 1;
		p += n;
	}
	if (fclose(o) || !any) {
		free(out);
		return NULL;
	}
	return out;
}

int lexicon_context(const struct lexicon *lx, const char *word)
{
	for (size_t k = 0; k < lx->n_context; k++)
		if (!strcasecmp(lx->context[k], word))
			return 1;
	return 0;
}

int lexicon_filler(const struct lexicon *lx, const char *word)
{
	for (size_t k = 0; k < lx->n_phrases; k++)
		if ((lx->phrases[k].cls == LX_FILLER || lx->phrases[k].cls == LX_EACH) &&
		    lx->phrases[k].words == 1 && !strcasecmp(lx->phrases[k].text, word))
			return 1;
	return 0;
}

void lexicon_unload(struct lexicon *lx)
{
	stem_free(lx->stemmer);
	free(lx->phrases);
	free(lx->vocab);
	free(lx->context);
	if (lx->memo && lx->memo->drop)
		lx->memo->drop(lx->memo->data);
	free(lx->memo);
	memset(lx, 0, sizeof(*lx));
}

/* --- the request's words ------------------------------------------------ */

#define MAX_WORDS 64

struct rword {
	char text[LX_WORD]; /* lower case */
	char orig[LX_WORD]; /* as written */
	char stem[LX_WORD]; /* its stem (stem.h), or "" */
	int quoted;
	int path;           /* "/usr/bin/python3" */
	int placed;
	int event;          /* names the event */
	int sigword;        /* a signal's name ("SIGKILL"): its number is kept
			     * to, and it reads as the word "signal" */
	int user;           /* a word of a user kept to ("as www-data") */
	int negated;        /* right after an exclusion ("except"): what is
			     * read here is kept out, not kept to */
	int opens;          /* first of the request or after . , ; : ? ! */
};

/* A word read as `text`, written as the `len` bytes at `orig` ("w/": "with"). */
static void token(struct rword *t, const char *text, const char *orig, size_t len)
{
	snprintf(t->text, LX_WORD, "%s", text);
	snprintf(t->orig, LX_WORD, "%.*s", (int)len, orig);
	t->quoted = 0;
	t->path = 0;
	t->placed = 0;
}

/* Words: letters, digits, '_', and '.', '-', '(' ')' inside a word
 * ("system-wide", "kill()"); a quoted string is one word. */
static int split(const char *s, struct rword *out, int max, int *overflow)
{
	int n = 0, opens = 1, seen = 0;
	*overflow = 0;
	for (const char *p = s; *p;) {
		if (n != seen) {
			opens = 0; /* a word was read */
			seen = n;
		}
		if (n < max)
			out[n].opens = opens;
		if (n == max) {
			/* words past the last one read would go unplaced */
			*overflow = *overflow || strspn(p, " \t\n\r.,;:!?") < strlen(p);
			break;
		}
		if (*p == '"' || *p == '`') {
			const char *end = strchr(p + 1, *p);
			if (!end || end - p - 1 >= LX_WORD)
				*overflow = 1; /* unclosed, or too long to be a name */
			if (end && end > p + 1 && end - p - 1 < LX_WORD) {
				snprintf(out[n].text, LX_WORD, "%.*s", (int)(end - p - 1), p + 1);
				memcpy(out[n].orig, out[n].text, LX_WORD);
				out[n].quoted = 1;
				out[n].path = 0;
				out[n++].placed = 0;
				p = end + 1;
				continue;
			}
		}
		if (*p == '/' && (p == s || isspace((unsigned char)p[-1])) &&
		    (isalnum((unsigned char)p[1]) || p[1] == '_' || p[1] == '.' || !p[1] ||
		     isspace((unsigned char)p[1]) || strchr(",;:!?", p[1]))) {
			/* a path: "/usr/bin/python3" */
			size_t len = strspn(p, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
					       "0123456789/._+-");
			while (len > 1 && p[len - 1] == '.')
				len--; /* the end of a sentence */
			if (len < LX_WORD) {
				snprintf(out[n].text, LX_WORD, "%.*s", (int)len, p);
				memcpy(out[n].orig, out[n].text, LX_WORD);
				out[n].quoted = 0;
				out[n].path = 1;
				out[n++].placed = 0;
			} else {
				*overflow = 1; /* a path too long to keep */
			}
			p += len;
			continue;
		}
		/* "latency > 50ms", ">=4KB": a comparison before a number is a
		 * word ("->" is none) */
		size_t cmp = (*p == '>' || *p == '<') && (p == s || p[-1] != '-')
				     ? 1 + (p[1] == '=')
				     : 0;
		if (cmp && isdigit((unsigned char)p[cmp + strspn(p + cmp, " ")])) {
			char sign[3];
			snprintf(sign, sizeof(sign), "%.*s", (int)cmp, p);
			token(&out[n++], sign, p, cmp);
			p += cmp;
			continue;
		}
		/* "faults/sec", "reads/s": per second */
		static const char LETTERS[] = "abcdefghijklmnopqrstuvwxyz"
					      "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
		size_t ul = *p == '/' ? strspn(p + 1, LETTERS) : 0;
		if (ul && p > s && isalnum((unsigned char)p[-1]) &&
		    !isalnum((unsigned char)p[1 + ul]) && p[1 + ul] != '/') {
			static const char *const UNITS[] = { "s", "sec", "secs", "second", "min",
							     "minute", NULL };
			char u[16];
			snprintf(u, sizeof(u), "%.*s", (int)(ul < 15 ? ul : 15), p + 1);
			for (char *c = u; *c; c++)
				*c = (char)tolower((unsigned char)*c);
			if (in_list(u, UNITS) && n + 1 == max) {
				*overflow = 1; /* no room for "per" and its unit */
				break;
			}
			if (in_list(u, UNITS)) {
				/* ("syscalls/s": per second, the unit said whole) */
				token(&out[n++], "per", p, 1);
				token(&out[n++], u[0] == 's' ? "second" : "minute", p + 1, ul);
				p += 1 + ul;
				continue;
			}
		}
		/* "conns to :443": a port */
		if (*p == ':' && isdigit((unsigned char)p[1]) &&
		    (p == s || isspace((unsigned char)p[-1]))) {
			token(&out[n++], "port", p, 1);
			p++;
			continue;
		}
		if (!isalnum((unsigned char)*p)) {
			opens |= strchr(".,;:?!", *p) != NULL;
			p++;
			continue;
		}
		/* "w/ args": "with" */
		if ((*p == 'w' || *p == 'W') && p[1] == '/' && !isalnum((unsigned char)p[2]) &&
		    (p == s || !isalnum((unsigned char)p[-1]))) {
			token(&out[n++], "with", p, 2);
			p += 2;
			continue;
		}
		/* "I/O": one word, "i/o"; so is "I/Os" */
		if ((*p == 'i' || *p == 'I') && p[1] == '/' && (p[2] == 'o' || p[2] == 'O') &&
		    (p == s || !isalnum((unsigned char)p[-1]))) {
			int plural = (p[3] == 's' || p[3] == 'S') && !isalnum((unsigned char)p[4]);
			size_t len = 3 + plural;
			if (!isalnum((unsigned char)p[len])) {
				token(&out[n++], "i/o", p, len);
				p += len;
				continue;
			}
		}
		const char *w = p;
		while (isalnum((unsigned char)*p) || *p == '_' || (*p == '(' && p[1] == ')') ||
		       (*p == ')' && p[-1] == '(') ||
		       ((*p == '.' || *p == '-' || *p == '\'') && isalnum((unsigned char)p[1])))
			p++;
		/* "clang++", "g++": a name whole, never "clang" */
		while (p > w && *p == '+' && (p[1] == '+' || p[-1] == '+'))
			p++;
		size_t len = (size_t)(p - w) < LX_WORD ? (size_t)(p - w) : LX_WORD - 1;
		for (size_t i = 0; i < len; i++)
			out[n].text[i] = (char)tolower((unsigned char)w[i]);
		out[n].text[len] = '\0';
		/* "the parent's pid", "nginx's reads", "it's": the word itself */
		if (len > 2 && !strcmp(out[n].text + len - 2, "'s"))
			out[n].text[len - 2] = '\0';
		/* "whos hammering the disk": who's */
		if (!strcmp(out[n].text, "whos") || !strcmp(out[n].text, "whats"))
			out[n].text[strlen(out[n].text) - 1] = '\0';
		/* "top five", "every ten seconds": the number ("one" stays a
		 * word: "one by one", "each one") */
		static const char *const NUMBERS[] = {
			"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
			"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
			"seventeen", "eighteen", "nineteen", "twenty", NULL
		};
		for (int k = 0; NUMBERS[k]; k++)
			if (!strcmp(out[n].text, NUMBERS[k]))
				snprintf(out[n].text, LX_WORD, "%d", k + 2);
		if (!strcmp(out[n].text, "thirty") || !strcmp(out[n].text, "sixty"))
			snprintf(out[n].text, LX_WORD, "%d", out[n].text[0] == 't' ? 30 : 60);
		memcpy(out[n].orig, w, len);
		out[n].orig[len] = '\0';
		out[n].quoted = 0;
		out[n].path = 0;
		out[n++].placed = 0;
	}
	return n;
}

/* The words at i that ask for a program, which is what this tool makes,
 * that traces: "write a program that (prints)", "write me a bpftrace
 * script to (count)", "create a tool which (logs)"; how many, or 0. */
/* Verbs that change the system; and ones that may ("write sizes", "kill
 * signals" name things), which act with an object ("kill all nginx"). */
static const char *const ACT[] = { "delete", "remove", "erase", "rm", "format", "reboot",
	"shutdown", "install", "uninstall", "stop", "start", "restart", "disable", "enable",
	"chmod", "chown", "deny", "modify", "overwrite", "wipe", "encrypt", "upload", "unmount",
	"mount", "truncate", "patch", "fix", "update", "upgrade", NULL };
static const char *const MAYBE[] = { "kill", "write", "create", "send", "block", "drop", "set",
	"change", "move", "copy", "terminate", "rename", "unlink", NULL };

static const char *const TRACES[] = {
	"prints", "print", "shows", "show", "counts", "count", "traces", "trace", "logs", "log",
	"lists", "list", "measures", "measure", "records", "record", "monitors", "monitor",
	"watches", "watch", "reports", "report", "displays", "display", "outputs", "output",
	"tracks", "track", "summarizes", "summarize", "tells", "tell", "detects", "detect",
	"captures", "capture", "sums", "sum", "tallies", "tally", "alerts", "alert", "flags",
	"flag", "samples", "sample", "times", "time", "profiles", "profile", "histograms",
	"histogram", "graphs", "graph", "plots", "plot", "totals", "total", "see", "sees",
	"find", "finds", "catch", "catches", "notify", "notifies", "know", "check", "checks",
	"observe", "observes", NULL
};

/* The words at i that ask for a program, which is what this tool makes:
 * "write a program that", "write me a bpftrace script to", "create a tool
 * which", "I want a program that", "A script that" (first): how many up
 * to the verb that says what it does, or 0. */
static int program_asked(const struct rword *w, int n, int i)
{
	/* (greetings and thanks before it: "Hello, a program that ...") */
	static const char *const GREETING[] = { "please", "pls", "hello", "hi", "hey", "thanks",
						"thank", "you", "ok", "okay", "so", "well", "yo",
						NULL };
	int first = 1;
	for (int k = 0; k < i && first; k++)
		first = in_list(w[k].text, GREETING);
	int j = i;
	if (j + 1 < n && in_list(w[j].text, (const char *const[]){ "i", "we", NULL }) &&
	    in_list(w[j + 1].text, (const char *const[]){ "want", "need", NULL }))
		j += 2;
	else if (j < n && in_list(w[j].text, (const char *const[]){ "write", "create", "make",
								    "give", "need", "want",
								    NULL }))
		j++;
	if (j > i && j < n && !strcmp(w[j].text, "me"))
		j++;
	/* ("A script that counts ...": the request describes it) */
	int described = first && j == i;
	if ((j > i || described) && j < n &&
	    in_list(w[j].text, (const char *const[]){ "a", "an", NULL }))
		j++;
	/* ("a simple bpftrace program") */
	static const char *const KIND[] = { "bpftrace", "ebpf", "bpf", "simple", "small", "short",
					    "quick", "tiny", "basic", "little", "new", NULL };
	for (int k = 0; k < 2 && j > i && j < n && in_list(w[j].text, KIND); k++)
		j++;
	if (j > i && j + 2 < n && !w[j].quoted && !w[j + 1].quoted &&
	    in_list(w[j].text, (const char *const[]){ "program", "script", "one-liner", "tool",
						      "something", NULL }) &&
	    in_list(w[j + 1].text, (const char *const[]){ "that", "to", "which", "what", NULL })) {
		/* ("a program that can show ...") */
		int modal = j + 3 < n && in_list(w[j + 2].text, (const char *const[]){
						     "can", "could", "will", "would", "should",
						     NULL });
		return j + 2 + modal - i;
	}
	return 0;
}

/* Whether `v` is a verb that changes the system ("deletes", "kill",
 * "truncates"): a program asked to do it is no tracing. */
static int acting_verb(const char *v)
{
	/* (a program that writes, creates or sets may print: "writes a line
	 * each time") */
	static const char *const MORE[] = {
		"override", "hide", "inject", "replace", "rewrite", "edit", "purge", "free",
		"allocate", "spawn", "launch", "execute", "run", "signal", "restore", "suspend",
		"pause", "resume", "throttle", "limit", "redirect", "intercept", "alter", "corrupt",
		"steal", NULL
	};
	char base[LX_WORD];
	snprintf(base, sizeof(base), "%s", v);
	size_t n = strlen(base);
	/* the word, or without "s" or "es" ("deletes", "pushes") */
	for (int cut = 0; cut <= 2; cut++) {
		if (cut && (n <= (size_t)cut + 1 || base[n - 1] != 's' ||
			    (cut == 2 && base[n - 2] != 'e')))
			continue;
		char w[LX_WORD];
		snprintf(w, sizeof(w), "%.*s", (int)(n - (size_t)cut), base);
		if (in_list(w, ACT) || in_list(w, MORE) ||
		    (in_list(w, MAYBE) &&
		     !in_list(w, (const char *const[]){ "write", "create", "set", NULL })))
			return 1;
	}
	return 0;
}

static int writes_program(const struct rword *w, int n, int i)
{
	int l = program_asked(w, n, i);
	return l && in_list(w[i + l].text, TRACES) ? l : 0;
}

/* The forms in which a word matches a lexicon word by its stem: "prints"
 * (S), "displaying" (ING), "exceeded" (ED); never "-ly" ("likely" is not
 * "like", "totally" not "total"). */
enum { FORM_S = 1, FORM_ING = 2, FORM_ED = 4 };

static int in_form(const char *word, int forms)
{
	size_t n = strlen(word);
	return n > 4 && strcmp(word + n - 2, "ly") &&
	       (((forms & FORM_S) && word[n - 1] == 's') ||
		((forms & FORM_ING) && !strcmp(word + n - 3, "ing")) ||
		((forms & FORM_ED) && !strcmp(word + n - 2, "ed")));
}

/* Whether the phrase `ph` ("how many") starts at word i; its length.
 * With `stems` (the phrase's, lx_phrase.stem), a word also matches by its
 * stem where both have one and the word is in one of `forms`. */
static int phrase_at(const struct rword *w, int n, int i, const char *ph, const char *stems,
		     int forms)
{
	int k = 0;
	const char *s = stems && *stems && forms ? stems : NULL;
	for (const char *p = ph; *p; k++) {
		size_t len = strcspn(p, " ");
		if (i + k >= n || w[i + k].quoted)
			return 0;
		int same = strlen(w[i + k].text) == len && !strncmp(w[i + k].text, p, len);
		size_t sl = s ? strcspn(s, " ") : 0;
		if (!same && s)
			same = w[i + k].stem[0] && strlen(w[i + k].stem) == sl &&
			       !strncmp(w[i + k].stem, s, sl) && in_form(w[i + k].text, forms);
		if (!same)
			return 0;
		p += len + (p[len] == ' ');
		if (s)
			s += sl + (s[sl] == ' ');
	}
	return k;
}

/* The forms in which the words of a class match by their stems: none
 * for aggregations ("meaning" is no mean, "distributed" no histogram),
 * "each" words and units; a filler's participle restricts ("monitored
 * processes"), so fillers only as "prints", "displaying"; roles and keys
 * never ("processed" is not the process). */
static int stemmed_forms(enum lx_class c)
{
	switch (c) {
	case LX_FILLER:
		return FORM_S | FORM_ING;
	case LX_SUMMARY:
	case LX_PREP:
	case LX_FAIL:
	case LX_SUCCEED:
	case LX_ABOVE:
	case LX_NEGATION:
		return FORM_S | FORM_ING | FORM_ED;
	default:
		return 0;
	}
}

/* The longest phrase at word i of class `cls`, or of any class a
 * request's words have (LX_NONE); NULL when none. ("over" is a filler
 * first, and a bound before a time: the class asked for decides.) */
static const struct lx_phrase *class_at(const struct lexicon *lx, const struct rword *w,
					int n, int i, enum lx_class cls, int *len)
{
	const struct lx_phrase *best = NULL;
	*len = 0;
	if (i < 0 || i >= n)
		return NULL;
	/* as written first; else by stems, where no two phrases of another
	 * meaning match as long */
	for (int by_stem = 0; by_stem < 2 && !best; by_stem++) {
		int ambiguous = 0;
		for (size_t k = 0; k < lx->n_phrases; k++) {
			const struct lx_phrase *ph = &lx->phrases[k];
			/* (a first letter that differs, as written and as a stem:
			 * no match, the common case, without a word compared) */
			if (ph->text[0] != w[i].text[0] &&
			    (!by_stem || !w[i].stem[0] || ph->stem[0] != w[i].stem[0]))
				continue;
			/* tables, not words of requests */
			int table = ph->cls == LX_TRANSFER || ph->cls == LX_ALIAS ||
				    ph->cls == LX_ENGLISH || ph->cls == LX_ATVARIANT ||
				    ph->cls == LX_NAMED || ph->cls == LX_RESTATES ||
				    ph->cls == LX_ONEFILE;
			if (cls == LX_NONE ? table : ph->cls != cls)
				continue;
			if (by_stem && (!stemmed_forms(ph->cls) || !ph->stem[0]))
				continue;
			/* ("the call recordings": a thing, no filler verb's form) */
			size_t tl = strlen(w[i].text);
			if (by_stem && ph->cls == LX_FILLER && tl > 5 &&
			    !strcmp(w[i].text + tl - 4, "ings"))
				continue;
			int l = phrase_at(w, n, i, ph->text, ph->stem, by_stem ? stemmed_forms(ph->cls) : 0);
			if (l > *len) {
				*len = l;
				best = ph;
				ambiguous = 0;
			} else if (l && l == *len && (best->cls != ph->cls || strcmp(best->value, ph->value))) {
				ambiguous = by_stem;
			}
		}
		if (ambiguous) {
			*len = 0;
			best = NULL;
			break;
		}
	}
	return best;
}

/* The longest phrase of the lexicon at word i, or NULL. */
static const struct lx_phrase *lexicon_at(const struct lexicon *lx, const struct rword *w,
					  int n, int i, int *len)
{
	return class_at(lx, w, n, i, LX_NONE, len);
}

/* The words i..i+len-1 as written, joined by spaces, into out. */
static void as_written(const struct rword *w, int i, int len, char *out, size_t size)
{
	out[0] = '\0';
	for (int k = 0; k < len; k++) {
		size_t used = strlen(out);
		snprintf(out + used, size - used, "%s%s", k ? " " : "", w[i + k].orig);
	}
}

static void place(struct rword *w, int i, int len)
{
	for (int k = 0; k < len; k++)
		w[i + k].placed = 1;
}

/* --- reading ------------------------------------------------------------ */

struct reading {
	const struct lexicon *lx;
	struct rword w[MAX_WORDS];
	int n;
	struct intent *in;
	char *why;
	size_t whylen;
	int negation;      /* an exclusion was read: what it names must be one
			    * of the things kept out (negated_used) */
	int negated_used;
	int sorted;        /* "sorted", "ranked": what is ranked is read when
			    * all is (no key said: which call) */
	int scattered;     /* the last event_at() matched a "~" name, its
			    * other words placed */
	const char *request; /* as written */
};

/* Whether a word of w[i .. i+len) was named by an exclusion; noted as
 * used when one was. */
static int negated_in(struct reading *r, int i, int len)
{
	int any = 0;
	for (int k = i; k < i + len && k < r->n; k++)
		any |= r->w[k].negated;
	r->negated_used |= any;
	return any;
}

/* The lexicon's other words for a system call of more than one word at
 * word i ("program executions": execve), as written or by their stems;
 * the words taken, 0 when none. */
static int alias_at(const struct reading *r, int i, char *out, size_t len)
{
	int best = 0;
	for (size_t k = 0; k < r->lx->n_phrases; k++) {
		const struct lx_phrase *ph = &r->lx->phrases[k];
		if (ph->cls != LX_ALIAS || !strchr(ph->text, ' ') ||
		    !lexicon_syscall(ph->value, strlen(ph->value)))
			continue;
		int l = phrase_at(r->w, r->n, i, ph->text, NULL, 0);
		if (!l && ph->stem[0])
			l = phrase_at(r->w, r->n, i, ph->text, ph->stem, FORM_S);
		if (l > best) {
			best = l;
			snprintf(out, len, "%s", ph->value);
		}
	}
	return best;
}

/* A system call the word names: "openat", "reads" (read), "opened", or
 * the lexicon's other word for one ("written"). */
static int syscall_word(const struct lexicon *lx, const char *t, char *out, size_t len)
{
	for (size_t k = 0; k < lx->n_phrases; k++)
		if (lx->phrases[k].cls == LX_ALIAS && !strcmp(lx->phrases[k].text, t) &&
		    lexicon_syscall(lx->phrases[k].value, strlen(lx->phrases[k].value))) {
			snprintf(out, len, "%s", lx->phrases[k].value);
			return 1;
		}
	/* an ending and what it took away: "closed", "closing": close */
	static const char *const ENDINGS[][2] = { { "", "" },	{ "s", "" },   { "es", "" },
						  { "ed", "" }, { "d", "" },   { "ing", "" },
						  { "ing", "e" }, { NULL, NULL } };
	size_t tl = strlen(t);
	for (int e = 0; ENDINGS[e][0]; e++) {
		size_t el = strlen(ENDINGS[e][0]);
		if (tl <= el + 1 || strcmp(t + tl - el, ENDINGS[e][0]))
			continue;
		char base[LX_WORD];
		snprintf(base, sizeof(base), "%.*s%s", (int)(tl - el), t, ENDINGS[e][1]);
		size_t bl = strlen(base);
		int as_call = bl > 2 && base[bl - 1] == ')' && base[bl - 2] == '(';
		if (as_call)
			base[bl - 2] = '\0';
		/* "over time", "files created": English first ("time()" is the
		 * call) */
		int english = 0;
		for (size_t k = 0; k < lx->n_phrases && !as_call; k++)
			english |= lx->phrases[k].cls == LX_ENGLISH && !strcmp(lx->phrases[k].text, base);
		if (!english && lexicon_syscall(base, strlen(base))) {
			snprintf(out, len, "%s", base);
			return 1;
		}
	}
	return 0;
}

/* A verb for a system call that another word of the request names as
 * the call ("java maps with mmap calls"): never the call alone ("list
 * the maps" is no mmap). */
static int restated_call(const struct lexicon *lx, const struct rword *w, int n, int i,
			 char *out, size_t len)
{
	char call[LX_WORD];
	for (size_t k = 0; k < lx->n_phrases; k++) {
		const struct lx_phrase *ph = &lx->phrases[k];
		if (ph->cls != LX_RESTATES || strcmp(ph->text, w[i].text))
			continue;
		for (int j = 0; j < n; j++)
			if (j != i && !w[j].quoted && !w[j].path &&
			    syscall_word(lx, w[j].text, call, sizeof(call)) &&
			    !strcmp(call, ph->value)) {
				snprintf(out, len, "%s", call);
				return 1;
			}
	}
	return 0;
}

/* A function of the lexicon the word names: "malloc", "malloc()",
 * "mallocs". */
static const struct lx_function *function_word(const struct lexicon *lx, const char *t)
{
	for (int k = 0; k < lx->n_functions; k++) {
		const char *name = lx->functions[k].name;
		size_t nl = strlen(name);
		if (!strncmp(t, name, nl) && (!t[nl] || !strcmp(t + nl, "()") || !strcmp(t + nl, "s")))
			return &lx->functions[k];
	}
	return NULL;
}

/* A tracepoint of this kernel the request names by its own name, one
 * of a system other than the system calls' ("sched_migrate_task",
 * "kfree_skb", "power:cpu_frequency", "tracepoint:skb:kfree_skb"): its
 * system's words before it placed, the intent's named_tp made of it.
 * No process of its own (it may run in an interrupt or for another
 * task: notask); what is asked of it is its fields, by their names. 1
 * when it is one. */
static int tracepoint_at(struct reading *r, int i)
{
	const struct rword *w = r->w;
	const char *t = w[i].text;
	size_t n = strlen(t);
	if (w[i].quoted || w[i].path || n < 4 || n >= LX_WORD - 1 || !strchr(t, '_') ||
	    strspn(t, "abcdefghijklmnopqrstuvwxyz0123456789_") != n ||
	    lexicon_knows(r->lx, t))
		return 0;
	const char *dir = bte_tp_dir(NULL);
	char path[512], found[64] = "";
	DIR *d = dir ? opendir((snprintf(path, sizeof(path), "%s/events", dir), path)) : NULL;
	int many = 0;
	for (struct dirent *e; d && (e = readdir(d));) {
		struct stat st;
		if (e->d_name[0] == '.' || !strcmp(e->d_name, "syscalls") ||
		    !strcmp(e->d_name, "raw_syscalls") || !strcmp(e->d_name, "ftrace") ||
		    strlen(e->d_name) >= sizeof(found))
			continue;
		snprintf(path, sizeof(path), "%s/events/%s/%s/format", dir, e->d_name, t);
		if (stat(path, &st) == 0) {
			/* ("tracepoint:skb:kfree_skb", "skb kfree_skb": its system
			 * said) */
			int said = i > 0 && !strcmp(w[i - 1].text, e->d_name);
			if (found[0] && !said) {
				many = 1;
				continue;
			}
			snprintf(found, sizeof(found), "%s", e->d_name);
			many = said ? 0 : many;
			if (said)
				break;
		}
	}
	if (d)
		closedir(d);
	if (!found[0] || many)
		return 0;
	struct lx_event *ev = &r->in->named_tp;
	char probes[sizeof(ev->probes)];
	snprintf(probes, sizeof(probes), "tracepoint:%s:%s", found, t);
	/* ("mm_vmscan_direct_reclaim_begin and ..._end": two, whose names a
	 * lexicon event's would cut alike) */
	if (r->in->event == ev && strcmp(ev->probes, probes)) {
		snprintf(r->why, r->whylen, "it names two tracepoints (%s and %s)", ev->probes,
			 probes);
		return -ENOTSUP;
	}
	memset(ev, 0, sizeof(*ev));
	snprintf(ev->name, sizeof(ev->name), "%.23s", t);
	snprintf(ev->probes, sizeof(ev->probes), "%s", probes);
	ev->notask = 1;
	if (i > 0 && !strcmp(w[i - 1].text, found)) {
		place(r->w, i - 1, 1);
		if (i > 1 && in_list(w[i - 2].text, (const char *const[]){ "tracepoint",
									     "tracepoints", NULL }))
			place(r->w, i - 2, 1);
	}
	return 1;
}

/* A function of the running kernel the request names ("tcp_sendmsg
 * latency", "calls to vfs_read", "kprobe do_sys_openat2", "the kernel
 * function kfree"): a C name with an underscore or "()", or one after
 * "kprobe" or "kernel function" that is no English word, that the
 * kernel's BTF has as a function. Its cue's words are placed; 1 when
 * it is one. Untyped: counted, timed, its kernel stack, never its
 * arguments or return value. */
static int kernel_function_at(struct reading *r, int i)
{
	static const char *const CUE[] = { "kprobe", "kprobes", "kretprobe", "function",
					   "functions", "func", NULL };
	const struct rword *w = r->w;
	const char *t = w[i].orig;
	size_t n = strlen(t), paren = n > 2 && !strcmp(t + n - 2, "()") ? 2 : 0;
	if (w[i].quoted || w[i].path || n - paren < 3 ||
	    n - paren >= sizeof(r->in->named_fn.name) || !islower((unsigned char)t[0]) ||
	    strspn(t, "abcdefghijklmnopqrstuvwxyz0123456789_") != n - paren)
		return 0;
	char bare[LX_WORD];
	snprintf(bare, sizeof(bare), "%.*s", (int)(n - paren), t);
	int cue = i > 0 && !w[i - 1].placed && in_list(w[i - 1].text, CUE);
	/* "kfree calls", "calls to kfree": a name with no underscore said
	 * to be called */
	int called = (i + 1 < r->n && in_list(w[i + 1].text, (const char *const[]){
						      "call", "calls", NULL })) ||
		     (i > 1 && !strcmp(w[i - 1].text, "to") &&
		      in_list(w[i - 2].text, (const char *const[]){ "call", "calls", NULL }));
	/* ("reads by sync_agent", "the process called rx_sdr": a process) */
	if (lexicon_knows(r->lx, bare) || lexicon_program(bare, strlen(bare)) ||
	    (i > 0 && in_list(w[i - 1].text, (const char *const[]){
				      "by", "from", "for", "named", "called", "process", "program",
				      "daemon", "service", "binary", "command", NULL })) ||
	    (!strchr(bare, '_') && !paren && !((cue || called) && bte_english(bare) == 0)) ||
	    bte_kernel_function(bare) != 1)
		return 0;
	struct lx_function *fn = &r->in->named_fn;
	memset(fn, 0, sizeof(*fn));
	snprintf(fn->name, sizeof(fn->name), "%s", bare);
	fn->untyped = 1;
	fn->kernel = 1;
	/* "the kernel function kfree", "kprobe vfs_read", "vfs_read
	 * function" */
	if (cue) {
		place(r->w, i - 1, 1);
		if (i > 1 && !w[i - 2].placed && !strcmp(w[i - 2].text, "kernel"))
			place(r->w, i - 2, 1);
	} else if (i + 1 < r->n && !w[i + 1].placed && in_list(w[i + 1].text, CUE)) {
		place(r->w, i + 1, 1);
	}
	return 1;
}

/* A function the lexicon does not know, named in a binary the request
 * gives ("the function main in /usr/local/bin/app", "handle_request()
 * in /opt/srv"): a C name right after "function" (or "function called"),
 * right before it, or written as a call; the words taken (its cue's
 * placed), 0 when none. Its return value and arguments have no type:
 * counted, timed or a line per call only. */
static int named_function_at(struct reading *r, int i)
{
	static const char *const CUE[] = { "function", "functions", "symbol", "func", "method",
					   NULL };
	static const char *const CALLS[] = { "call", "calls", "invocations", NULL };
	const char *t = r->w[i].orig;
	size_t n = strlen(t), paren = n > 2 && !strcmp(t + n - 2, "()") ? 2 : 0;
	int binary = 0;
	for (int k = 0; k < r->n; k++)
		binary |= r->w[k].path;
	if (!binary)
		return kernel_function_at(r, i);
	if (r->w[i].path || n - paren < 2 ||
	    n - paren >= sizeof(r->in->named_fn.name) || isdigit((unsigned char)t[0]) ||
	    strspn(t, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") !=
		    n - paren)
		return 0;
	/* (a word the lexicon knows is that word: "the function called") */
	char bare[LX_WORD];
	snprintf(bare, sizeof(bare), "%.*s", (int)(n - paren), r->w[i].text);
	if (lexicon_knows(r->lx, bare))
		return 0;
	/* its cue: "function X", "function called X", "X function"; or "X()",
	 * "X calls" */
	int cue = -1;
	if (i > 0 && !r->w[i - 1].placed && in_list(r->w[i - 1].text, CUE))
		cue = i - 1;
	else if (i > 1 && in_list(r->w[i - 1].text, (const char *const[]){ "called", "named",
									   NULL }) &&
		 !r->w[i - 2].placed && in_list(r->w[i - 2].text, CUE))
		cue = i - 2;
	else if (i + 1 < r->n && !r->w[i + 1].placed && in_list(r->w[i + 1].text, CUE))
		cue = i + 1;
	/* "calls to deflate", "calling crc32", "crc32 in /usr/lib/libz.so.1" */
	int to = i > 1 && !strcmp(r->w[i - 1].text, "to") && in_list(r->w[i - 2].text, CALLS);
	int calling = i > 0 && in_list(r->w[i - 1].text, (const char *const[]){
					  "calling", "invoking", NULL });
	int in_binary = i + 2 < r->n && !strcmp(r->w[i + 1].text, "in") && r->w[i + 2].path;
	if (cue < 0 && !paren && !to && !calling && !in_binary &&
	    !(i + 1 < r->n && in_list(r->w[i + 1].text, CALLS)))
		return 0;
	struct lx_function *fn = &r->in->named_fn;
	memset(fn, 0, sizeof(*fn));
	snprintf(fn->name, sizeof(fn->name), "%.*s", (int)(n - paren), t);
	fn->untyped = 1;
	for (int k = cue < i ? cue : i + 1; cue >= 0 && k < (cue < i ? i : cue + 1); k++)
		place(r->w, k, 1);
	return 1;
}

/* The most words a name (no "~" one) of an event other than `e` takes
 * at word j, as written, or over it from up to three words before ("to
 * exit" of "from exec to exit"). */
static int other_name_at(const struct reading *r, int j, const struct lx_event *e)
{
	int best = 0;
	for (int k = 0; k < r->lx->n_events; k++)
		for (int m = 0; &r->lx->events[k] != e && m < r->lx->events[k].n_names; m++) {
			const char *name = r->lx->events[k].names[m];
			for (int at = j; name[0] != '~' && at >= 0 && at >= j - 3; at--) {
				int l = phrase_at(r->w, r->n, at, name, NULL, 0);
				if (at + l > j && (at == j || l >= 2))
					best = l > best ? l : best;
			}
		}
	return best;
}

/* A name "~tcp sent": each of its words somewhere in the request,
 * unquoted and not placed yet, the first one at word i. Places the others
 * and returns 1; 0 when one is missing. */
static int scattered_at(struct reading *r, int i, const char *name, const struct lx_event *e)
{
	char words[LX_WORD];
	snprintf(words, sizeof(words), "%s", name + 1);
	int at[8], n = 0;
	for (char *save = NULL, *w = strtok_r(words, " ", &save); w && n < 8;
	     w = strtok_r(NULL, " ", &save)) {
		int found = -1;
		for (int j = n ? 0 : i; j < (n ? r->n : i + 1) && found < 0; j++)
			if (!r->w[j].placed && !r->w[j].quoted && !strcmp(r->w[j].text, w) &&
			    (!n || other_name_at(r, j, e) < 2))
				found = j;
		if (found < 0)
			return 0;
		at[n++] = found;
	}
	for (int k = 1; k < n; k++)
		place(r->w, at[k], 1);
	return n > 0;
}

/* After one "~" name of an event matched, the other words of its "~"
 * names are its words too ("tcp sends and bytes sent"). */
static void scattered_rest(struct reading *r, const struct lx_event *e)
{
	for (int k = 0; k < e->n_names; k++) {
		if (e->names[k][0] != '~')
			continue;
		char words[LX_WORD];
		snprintf(words, sizeof(words), "%s", e->names[k] + 1);
		for (char *save = NULL, *w = strtok_r(words, " ", &save); w;
		     w = strtok_r(NULL, " ", &save))
			for (int j = 0; j < r->n; j++) {
				int l;
				const struct lx_phrase *ph = lexicon_at(r->lx, r->w, r->n, j, &l);
				/* "signals sent ... by signal": a role's word
				 * again is the role */
				if (ph && (ph->cls == LX_ROLE || ph->cls == LX_KEY))
					continue;
				/* "processes that exit, with the exit code": a
				 * word of another event's name of two words or
				 * more is that name's */
				if (other_name_at(r, j, e) > 1)
					continue;
				if (!r->w[j].placed && !r->w[j].quoted && !strcmp(r->w[j].text, w))
					place(r->w, j, 1);
			}
	}
}

/* "per-process", "per-cpu": two words, unless the word is known whole
 * (a phrase of the lexicon, an event's name or a program: "system-wide",
 * "redis-server"). Returns 0, or -ENOTSUP when the words no longer fit. */
/* A process's name by its form: "cron-worker", "redis-server",
 * "nginx-helper": a known program's name or a word for a process's kind
 * on either side of its last '-'. */
static int hyphen_name(const char *t)
{
	static const char *const KIND[] = { "server", "worker", "daemon", "agent", "proxy",
					    "client", "manager", "helper", "app", "service", NULL };
	/* ("camera_daemon", "unity_server": '_' as well) */
	const char *dash = strrchr(t, '-'), *under = strrchr(t, '_');
	if (!dash || (under && under > dash))
		dash = under;
	if (!dash || dash == t || !dash[1] || strlen(t) > 15 ||
	    strspn(t, "abcdefghijklmnopqrstuvwxyz0123456789-_.") != strlen(t))
		return 0;
	return in_list(dash + 1, KIND) || lexicon_program(t, (size_t)(dash - t));
}

/* Whether `a` and `b` are a connection's two sides: "local and remote",
 * "source and destination", "src and dst". */
static int sides(const char *a, const char *b)
{
	static const char *const PAIRS[][2] = {
		{ "local", "remote" }, { "source", "destination" }, { "source", "dest" },
		{ "src", "dst" },      { "src", "dest" },	    { "source", "dst" },
		{ "kernel", "user" },  { "kernel", "userspace" },  { "kernel", "user-space" }
	};
	for (size_t i = 0; i < sizeof(PAIRS) / sizeof(PAIRS[0]); i++)
		if ((!strcmp(a, PAIRS[i][0]) && !strcmp(b, PAIRS[i][1])) ||
		    (!strcmp(a, PAIRS[i][1]) && !strcmp(b, PAIRS[i][0])))
			return strcmp(PAIRS[i][0], "kernel") ? 1 : 2;
	return 0;
}

/* Word `w` put in at `at` of the reading (the caller made room). */
static void put_word(struct reading *r, int at, const struct rword *w)
{
	if (r->n >= MAX_WORDS)
		return;
	struct rword copy = *w;
	memmove(&r->w[at + 1], &r->w[at], (size_t)(r->n - at) * sizeof(r->w[0]));
	r->w[at] = copy;
	r->n++;
}

/* Whether a number is said at word `j`, after "is", "equals", "=",
 * "of", "number", "no": "local and remote port is 443". */
static int number_after(const struct reading *r, int j)
{
	while (j < r->n && in_list(r->w[j].text, (const char *const[]){
					   "is", "equals", "equal", "=", "==", "of", "number",
					   "no", "num", "to", NULL }))
		j++;
	return j < r->n && isdigit((unsigned char)r->w[j].text[0]);
}

/* "local and remote port": "local port and remote port"; "source and
 * destination address and port": each side's address and each side's
 * port (a port with a number after it, "and port 80", is one port).
 * "local and remote port 80" is declined: which one is 80? "kernel and
 * user stacks": each one's stack. */
static int both_sides(struct reading *r)
{
	static const char *const WHAT[] = { "port", "ports", "address", "addresses", "ip",
					    "ips", NULL };
	static const char *const STACKS[] = { "stack", "stacks", "backtrace", "backtraces",
					      NULL };
	for (int k = 0; k + 3 < r->n; k++) {
		struct rword *w = r->w;
		int kind = w[k].quoted || w[k + 2].quoted || strcmp(w[k + 1].text, "and")
				   ? 0
				   : sides(w[k].text, w[k + 2].text);
		if (!kind || !in_list(w[k + 3].text, kind == 2 ? STACKS : WHAT))
			continue;
		if (kind == 2 && r->n + 1 <= MAX_WORDS) {
			put_word(r, k + 1, &w[k + 3]); /* "kernel stacks and user stacks" */
			continue;
		}
		if (number_after(r, k + 4)) {
			snprintf(r->why, r->whylen, "it says \"%s and %s %s\" and a number: "
				 "which of the two it is is not said", w[k].orig, w[k + 2].orig,
				 w[k + 3].orig);
			return -ENOTSUP;
		}
		if (r->n + 5 > MAX_WORDS) {
			snprintf(r->why, r->whylen, "it is longer than the reader keeps");
			return -ENOTSUP;
		}
		put_word(r, k + 1, &w[k + 3]); /* SIDE X and SIDE X */
		int y = k + 6; /* "... and Y" */
		if (y < r->n && !strcmp(w[y - 1].text, "and") && in_list(w[y].text, WHAT) &&
		    strcmp(w[y].text, w[k + 1].text)) {
			if (number_after(r, y + 1)) {
				snprintf(r->why, r->whylen, "it says \"%s and %s ... %s\" and a "
					 "number: which of the two it is is not said", w[k].orig,
					 w[k + 3].orig, w[y].orig);
				return -ENOTSUP;
			}
			struct rword and = w[y - 1], what = w[y];
			put_word(r, y, &w[k]);
			put_word(r, y + 2, &and);
			put_word(r, y + 3, &w[k + 3]);
			put_word(r, y + 4, &what);
		}
	}
	return 0;
}

static int user_cue(const struct rword *w, int i);

static int unhyphenate(struct reading *r)
{
	for (int i = 0; i < r->n; i++) {
		struct rword *w = &r->w[i];
		int l, known = 0;
		for (int e = 0; e < r->lx->n_events; e++)
			for (int k = 0; k < r->lx->events[e].n_names; k++)
				known |= phrase_at(r->w, r->n, i, r->lx->events[e].names[k], NULL, 0) > 0;
		/* after "by", "from", "called", "named" a name ("by my-app"),
		 * unless a grouping ("by per-process"?) */
		int slot = i > 0 && in_list(r->w[i - 1].text, (const char *const[]){
						    "by", "from", "called", "named", "of", "for",
						    "in", "to", NULL });
		/* "as www-data", "the www-data user": a user's name */
		int user = strchr(w->text, '-') && getpwnam(w->orig) &&
			   (user_cue(r->w, i) ||
			    (i + 1 < r->n && in_list(r->w[i + 1].text, (const char *const[]){
							     "user", "account", NULL })));
		if (w->quoted || w->path || !strchr(w->text, '-') || known || slot || user ||
		    !strcmp(w->text, "one-liner") ||
		    lexicon_program(w->text, strlen(w->text)) || hyphen_name(w->text) ||
		    lexicon_at(r->lx, r->w, r->n, i, &l))
			continue;
		struct rword parts[8];
		int np = 0;
		for (const char *t = w->text, *o = w->orig; *t && np < 8;) {
			size_t len = strcspn(t, "-");
			if (len) {
				memset(&parts[np], 0, sizeof(parts[np]));
				snprintf(parts[np].text, LX_WORD, "%.*s", (int)len, t);
				snprintf(parts[np].orig, LX_WORD, "%.*s", (int)len, o);
				np++;
			}
			t += len + (t[len] == '-');
			o += len + (o[len] == '-');
		}
		if (r->n - 1 + np > MAX_WORDS) {
			snprintf(r->why, r->whylen, "it is longer than the reader keeps (%d words)",
				 MAX_WORDS);
			return -ENOTSUP;
		}
		memmove(&r->w[i + np], &r->w[i + 1], (size_t)(r->n - i - 1) * sizeof(r->w[0]));
		memcpy(&r->w[i], parts, (size_t)np * sizeof(parts[0]));
		r->n += np - 1;
		i += np - 1;
	}
	return 0;
}

/* The longest lexicon event name at word i; its length, 0 if none. A
 * name matches as written first, else by its words' stems ("segfaulted",
 * "context switched"). A name of two words or more written at i ("tcp
 * state changes") comes before a "~" name whose words are scattered
 * ("tcp ... connections"), and that before one word. */
/* Whether the words at i are the phrase `ph`'s words or their forms:
 * each the same, or the word with "s", "es", "ed", "d" or "ing" after it
 * (a last "e" dropped: "migrating"); "connections" is no form of
 * "connect", which its stem would say it is. */
static int inflected(const struct rword *w, int i, const char *ph)
{
	static const char *const ENDS[] = { "", "s", "es", "ed", "d", "ing", NULL };
	for (const char *p = ph; *p; i++) {
		size_t len = strcspn(p, " ");
		const char *t = w[i].text;
		size_t base = len > 1 && p[len - 1] == 'e' && strncmp(t, p, len) ? len - 1 : len;
		int form = !strncmp(t, p, base);
		/* ("stopped", "spanning": the last consonant twice) */
		if (form && t[base] && t[base] == p[base - 1] && strlen(t) > base + 2)
			base++;
		form = form && in_list(t + base, ENDS);
		if (!form)
			return 0;
		p += len + (p[len] == ' ');
	}
	return 1;
}

static int event_at(struct reading *r, int i, const struct lx_event **found)
{
	int best = 0;
	*found = NULL;
	r->scattered = 0;
	for (int by_stem = 0; by_stem < 2 && !best; by_stem++) {
		for (int e = 0; e < r->lx->n_events; e++)
			for (int k = 0; k < r->lx->events[e].n_names; k++) {
				const char *name = r->lx->events[e].names[k];
				char stems[LX_WORD * 2] = "";
				if (name[0] == '~' ||
				    (by_stem && (stem_phrase(r->lx->stemmer, name, stems,
							     sizeof(stems)) ||
						 !stems[0])))
					continue;
				int l = phrase_at(r->w, r->n, i, name, stems,
						  by_stem ? FORM_S | FORM_ING | FORM_ED : 0);
				/* (a word placed before is no event's: "per
				 * CPU, sampled every second") */
				for (int k = 1; k < l; k++)
					l = r->w[i + k].placed ? 0 : l;
				/* (a name of one word, by its stem: a form of it,
				 * never another word, "connections" is no
				 * "connect") */
				if (by_stem && l == 1 && !inflected(r->w, i, name))
					l = 0;
				if (l > best) {
					best = l;
					*found = &r->lx->events[e];
				}
			}
		if (by_stem || best > 1)
			continue;
		for (int e = 0; e < r->lx->n_events; e++)
			for (int k = 0; k < r->lx->events[e].n_names; k++) {
				const char *name = r->lx->events[e].names[k];
				if (name[0] == '~' && scattered_at(r, i, name, &r->lx->events[e])) {
					*found = &r->lx->events[e];
					scattered_rest(r, *found);
					r->scattered = 1;
					return 1;
				}
			}
	}
	return best;
}

/* A function's name of more than its own at word i ("name lookups":
 * getaddrinfo), as written or by its words' stems; the words it takes,
 * 0 when none. */
static int function_at(struct reading *r, int i, const struct lx_function **found)
{
	int best = 0;
	for (int k = 0; k < r->lx->n_functions; k++)
		for (int j = 0; j < r->lx->functions[k].n_names; j++) {
			const char *name = r->lx->functions[k].names[j];
			char stems[LX_WORD * 2] = "";
			int l = phrase_at(r->w, r->n, i, name, NULL, 0);
			if (!l && !stem_phrase(r->lx->stemmer, name, stems, sizeof(stems)) &&
			    stems[0])
				l = phrase_at(r->w, r->n, i, name, stems, FORM_S);
			if (l > best) {
				best = l;
				*found = &r->lx->functions[k];
			}
		}
	return best;
}

/* Whether lexicon event `e` is system call `sc` by another name: its
 * probes are sys_enter_SC and the -at variant's, with no condition; or
 * `sc` is that variant, named beside the call ("unlink and unlinkat"),
 * read as the event or at word `at_word` (never a quoted name). */
static int event_is_call(const struct reading *r, const struct lx_event *e, const char *sc,
			 int at_word)
{
	const struct lexicon *lx = r->lx;
	char one[160], both[320], back[320];
	const char *v = lexicon_at_variant(lx, sc);
	snprintf(one, sizeof(one), "tracepoint:syscalls:sys_enter_%s", sc);
	snprintf(both, sizeof(both), "%s,tracepoint:syscalls:sys_enter_%s", one, v ? v : "");
	snprintf(back, sizeof(back), "tracepoint:syscalls:sys_enter_%s,%s", v ? v : "", one);
	if (e->where[0] || e->end_probe[0])
		return 0;
	if (!strcmp(e->probes, one) ||
	    (v && (!strcmp(e->probes, both) || !strcmp(e->probes, back))))
		return 1;
	/* ("unlinkat" of an event that is unlink() and its -at variant) */
	static const char ENTER[] = "tracepoint:syscalls:sys_enter_";
	const char *comma = strchr(e->probes, ',');
	if (!comma || strncmp(e->probes, ENTER, sizeof(ENTER) - 1) ||
	    strncmp(comma + 1, ENTER, sizeof(ENTER) - 1) || strchr(comma + 1, ','))
		return 0;
	char base[64];
	snprintf(base, sizeof(base), "%.*s", (int)(comma - e->probes - (sizeof(ENTER) - 1)),
		 e->probes + sizeof(ENTER) - 1);
	const char *at = comma + sizeof(ENTER);
	const char *bv = lexicon_at_variant(lx, base);
	if (!bv || strcmp(bv, at) || strcmp(sc, at))
		return 0;
	/* only beside the call itself ("unlink and unlinkat"): "files
	 * deleted using unlinkat" are not unlink()'s too */
	for (int k = 0; k < r->n; k++)
		if ((r->w[k].event || k == at_word) && !r->w[k].quoted && !r->w[k].path &&
		    (!strcmp(r->w[k].text, base) || (!strncmp(r->w[k].text, base, strlen(base)) &&
						     !strcmp(r->w[k].text + strlen(base), "()"))))
			return 1;
	return 0;
}

/* "files opened with openat": a call ("opened", the -ed form of open)
 * and its -at variant named exactly are one event, the variant; "open
 * and openat" (both exactly) are the call, which traces both. Given the
 * event kept (`have`, "s:open") and the one at word i (`id`): 1 when the
 * kept one stays (word i is its too), -1 when word i's replaces it, 0
 * when they are not such a pair. */
static int at_pair(struct reading *r, const char *have, const char *id, int i)
{
	if (strncmp(have, "s:", 2) || strncmp(id, "s:", 2))
		return 0;
	const char *a = have + 2, *b = id + 2;
	const char *va = lexicon_at_variant(r->lx, a), *vb = lexicon_at_variant(r->lx, b);
	const char *base = va && !strcmp(va, b) ? a : vb && !strcmp(vb, a) ? b : NULL;
	if (!base)
		return 0;
	/* the base call's word as written: exactly its name, or a form */
	int base_exact = 0;
	for (int k = 0; k < r->n; k++)
		base_exact |= r->w[k].event && (!strcmp(r->w[k].text, base) ||
						(!strncmp(r->w[k].text, base, strlen(base)) &&
						 !strcmp(r->w[k].text + strlen(base), "()")));
	base_exact |= !strcmp(r->w[i].text, base);
	/* "files nginx opens with openat": the call said to be the means */
	const char *variant = base == a ? b : a;
	int means = 0;
	for (int k = 1; k < r->n; k++)
		means |= in_list(r->w[k - 1].text, (const char *const[]){ "with", "via", "using",
									  "through", NULL }) &&
			 (!strcmp(r->w[k].text, variant) ||
			  (!strncmp(r->w[k].text, variant, strlen(variant)) &&
			   !strcmp(r->w[k].text + strlen(variant), "()")));
	const char *keep = base_exact && !means ? base : variant;
	if (!strcmp(keep, a)) {
		place(r->w, i, 1);
		r->w[i].event = 1;
	}
	return !strcmp(keep, a) ? 1 : -1;
}


/* "opened", "written", "read": a call's word said of what it was done
 * to ("files opened"), not of the calls ("file opens"). */
static int participle(const char *w)
{
	size_t n = strlen(w);
	return (n > 3 && !strcmp(w + n - 2, "ed")) ||
	       in_list(w, (const char *const[]){ "written", "read", "wrote", "made", NULL });
}

/* Programs whose names are English words too ("make", "top", "sleep")
 * written where a process's name stands: "tally make's exit codes",
 * "what files does top open", "files make opens", "syscalls watch
 * makes", "is make switched off the CPU", "write sizes for make" (the
 * request's last word). Read as words, the process would be dropped or
 * become an event ("sleep": nanosleep); declined for good, with the name
 * to quote. */
static int program_words(struct reading *r)
{
	static const char *const PROGRAMS[] = { "make", "find", "watch", "time", "top", "tail",
						"head", "kill", "sleep", "test", "sort", "w",
						"yes", "true", "false", "man", "cut", "wait",
						"nice", "sync", "script", "screen", NULL };
	static const char *const AUX[] = { "does", "do", "did", "will", "can", "would", "is",
					   "was", NULL };
	static const char *const THINGS[] = { "files", "file", "syscalls", "calls", "signals",
					      "paths", "bytes", NULL };
	static const char *const DOES[] = { "makes", "does", "issues", "runs", "performs",
					    "opens", "calls", "reads", "writes", "sends",
					    "receives", "gets", "uses", "touches", "creates",
					    "deletes", NULL };
	static const char *const DOES_ALSO[] = { "exits", "exit", "starts", "runs", "dies",
						 "opens", "writes", "reads", "calls", "forks",
						 "crashes", "ends", NULL };
	static const char *const AFTER[] = { "for", "of", "by", "from", NULL };
	/* what follows a name ("exits of make with the code", "make
	 * processes", "whenever make exits") */
	static const char *const NEXT[] = { "with", "and", "every", "for", "in", "on", "that",
					    "which", "when", "whenever", "since", "until", "over",
					    "per", "process", "processes", "program", "programs",
					    "binary", "command", "commands", NULL };
	static const char *const WHEN[] = { "whenever", "when", "if", "until", "once", NULL };
	for (int i = 0; i < r->n; i++) {
		const struct rword *w = &r->w[i];
		/* ("make a program that prints ...": placed by writes_program) */
		if (w->quoted || w->path || w->placed || !in_list(w->text, PROGRAMS))
			continue;
		size_t n = strlen(w->orig);
		int own = n > 2 && !strcmp(w->orig + n - 2, "'s");
		/* "does top open", "is make switched off": between a helper
		 * verb and a verb */
		/* ("how long does sleep take": the call) */
		int call = in_list(w->text, (const char *const[]){ "sleep", "kill", "sync", "wait",
								   "time", NULL });
		int asked = !call && i > 0 && i + 1 < r->n && in_list(r->w[i - 1].text, AUX) &&
			    strcmp(r->w[i + 1].text, "than") &&
			    !in_list(r->w[i + 1].text, (const char *const[]){ "a", "an", "the",
									     "it", "they", "not",
									     NULL }) &&
			    !isdigit((unsigned char)r->w[i + 1].text[0]);
		int doer = i > 0 && i + 1 < r->n && in_list(r->w[i - 1].text, THINGS) &&
			   in_list(r->w[i + 1].text, DOES);
		int last = i > 0 && in_list(r->w[i - 1].text, AFTER) &&
			   (i == r->n - 1 || in_list(r->w[i + 1].text, NEXT)) &&
			   !(call && !strcmp(r->w[i - 1].text, "of")) && /* "latency of kill" */
			   /* ("by time on CPU", "by time spent") */
			   !(!strcmp(w->text, "time") && i + 1 < r->n &&
			     in_list(r->w[i + 1].text, (const char *const[]){ "on", "off", "in",
									      "spent", NULL }));
		/* ("the sleep command": a program, the call's name or not) */
		/* ("Find processes that ...", "please watch processes": the verb) */
		static const char *const LEAD[] = { "please", "pls", "and", "then", "also", "just",
						    NULL };
		int verb = strcmp(w->text, "make") && (i == 0 || in_list(r->w[i - 1].text, LEAD)) &&
			   i + 2 < r->n && in_list(r->w[i + 2].text, (const char *const[]){
						    "that", "which", "who", "whose", NULL });
		/* ("top processes by opens": the ones ranked first) */
		static const char *const RANKED[] = { "processes", "programs", "commands", "tasks",
						      NULL };
		verb |= !strcmp(w->text, "top") && i + 1 < r->n &&
			in_list(r->w[i + 1].text, RANKED);
		int named = !verb && i + 1 < r->n &&
			    in_list(r->w[i + 1].text, (const char *const[]){
					    "process", "processes", "program", "programs", "command",
					    "commands", "binary", "utility", NULL });
		int when = !call && i > 0 && i + 1 < r->n && in_list(r->w[i - 1].text, WHEN) &&
			   in_list(r->w[i + 1].text, DOES_ALSO);
		/* "which process executed make" */
		int object = i > 0 && in_list(r->w[i - 1].text, (const char *const[]){
					      "launched", "started", "executed", "ran", "spawned",
					      "invoked", "launches", "starts", "executes", "runs",
					      "spawns", "invokes", "exec", "execs", "exec'd",
					      "execed", NULL });
		/* "make: count syscalls", "make exits with code 2", "bash and
		 * make", "gcc and make: count execs": a name alone, at the start
		 * or after another one */
		int alone = (i == 0 || (!call && i > 1 &&
					in_list(r->w[i - 1].text, (const char *const[]){
							"and", "or", NULL }))) &&
			    (i + 1 == r->n || r->w[i + 1].opens ||
			     (!call && in_list(r->w[i + 1].text, DOES_ALSO)));
		if (!own && !asked && !doer && !last && !named && !when && !object && !alone)
			continue;
		snprintf(r->why, r->whylen, "it has \"%s\" where a process's name stands, and "
			 "\"%s\" is a word too: quote the name (by \"%s\")", w->orig, w->text,
			 w->text);
		return -ENOTSUP;
	}
	return 0;
}

static int add_item(struct intent_item *items, int *n, int max, const char *name,
		    const char *words);

/* Whether event `a` absorbs `b`: named beside it, it is the one meant. */
static int absorbs(const struct lx_event *a, const struct lx_event *b)
{
	for (int k = 0; a && b && k < a->n_absorbs; k++)
		if (!strcmp(a->absorbs[k], b->name))
			return 1;
	return 0;
}

/* Whether word i, after event e is named, is one of its verbs said
 * again ("the oom killer kills geth"), not a call of that name ("kill
 * calls", "kill()", "with kill"). */
static int verb_of(const struct reading *r, const struct lx_event *e, int i)
{
	int verb = 0;
	for (int k = 0; e && k < e->n_verbs; k++)
		verb |= !strcmp(r->w[i].text, e->verbs[k]);
	static const char *const CALL[] = { "call", "calls", "syscall", "syscalls", "system",
					    NULL };
	static const char *const MEANS[] = { "with", "via", "using", "through", "by", "and",
					     "or", NULL };
	return verb && !r->w[i].quoted && !strchr(r->w[i].text, '(') &&
	       !(i + 1 < r->n && in_list(r->w[i + 1].text, CALL)) &&
	       !(i > 0 && in_list(r->w[i - 1].text, MEANS));
}

/* The event: a lexicon event's name (longest phrase first), a function
 * the lexicon knows, or a system call of this kernel. Two different
 * events are not one request. */
static int find_event(struct reading *r)
{
	struct intent *in = r->in;
	char have[LX_WORD + 4] = "";
	int bytes_at = -1; /* the event kept is "bytes written" */
	for (int i = 0; i < r->n; i++) {
		const struct lx_event *ev = NULL;
		const struct lx_function *fn = NULL;
		char sc[LX_WORD] = "", id[LX_WORD + 4];
		if (r->w[i].placed)
			continue; /* a word of a "~" name found before: "tcp ... connect" */
		/* "..., sample for 10s": how long to trace, no event */
		int told = !strcmp(r->w[i].text, "sample") && i > 0 && r->w[i].opens &&
			   i + 2 < r->n &&
			   !strcmp(r->w[i + 1].text, "for") &&
			   (isdigit((unsigned char)r->w[i + 2].text[0]) ||
			    in_list(r->w[i + 2].text, (const char *const[]){ "a", "an", "the", NULL }));

		/* "..., then exits after 10 seconds": how long to trace */
		told |= i + 2 < r->n && !strcmp(r->w[i + 1].text, "after") &&
			in_list(r->w[i].text, (const char *const[]){ "exits", "ends", "finishes",
								     NULL }) &&
			(isdigit((unsigned char)r->w[i + 2].text[0]) ||
			 in_list(r->w[i + 2].text,
				 (const char *const[]){ "a", "an", "one", NULL }));
		int len = r->w[i].quoted || r->w[i].path || told ? 0 : event_at(r, i, &ev);
		if (!len && !r->w[i].quoted && !r->w[i].path)
			len = function_at(r, i, &fn);
		if (!len && !r->w[i].quoted && !r->w[i].path)
			len = alias_at(r, i, sc, sizeof(sc));
		if (!len && !r->w[i].quoted && !function_word(r->lx, r->w[i].text) &&
		    !syscall_word(r->lx, r->w[i].text, sc, sizeof(sc)) &&
		    (len = tracepoint_at(r, i)) != 0) {
			if (len < 0)
				return -ENOTSUP;
			ev = &in->named_tp;
		}
		if (!len && !r->w[i].quoted && !function_word(r->lx, r->w[i].text) &&
		    !syscall_word(r->lx, r->w[i].text, sc, sizeof(sc)) &&
		    named_function_at(r, i)) {
			fn = &in->named_fn;
			len = 1;
		}
		sc[0] = len ? sc[0] : '\0';
		if (!len && !r->w[i].quoted && !r->w[i].path &&
		    ((fn = function_word(r->lx, r->w[i].text)) ||
		     syscall_word(r->lx, r->w[i].text, sc, sizeof(sc)) ||
		     restated_call(r->lx, r->w, r->n, i, sc, sizeof(sc))))
			len = 1;
		/* "calls sync", "sync calls": an English word as a call */
		static const char *const CALLS[] = { "calls", "calling", "invokes", "invoking", NULL };
		static const char *const CALL[] = { "call", "calls", "syscall", "syscalls", NULL };
		/* "poll latency", "time spent in select": calls whose names
		 * are words, timed, are the calls */
		static const char *const TIMED[] = { "poll", "select", "sync", "syncfs", "pause",
						     NULL };
		static const char *const TIME[] = { "latency", "latencies", "duration",
						    "durations", "time", "times", NULL };
		int timed_call = in_list(r->w[i].text, TIMED) &&
				 ((i + 1 < r->n && in_list(r->w[i + 1].text, TIME)) ||
				  (i > 1 && !strcmp(r->w[i - 1].text, "in") &&
				   in_list(r->w[i - 2].text, (const char *const[]){
						   "spent", "spend", "spends", "blocked", "waiting",
						   "wait", "waits", "time", NULL })));
		if (!len && !r->w[i].quoted && !r->w[i].path &&
		    ((i > 0 && in_list(r->w[i - 1].text, CALLS)) ||
		     (i + 1 < r->n && in_list(r->w[i + 1].text, CALL)) || timed_call) &&
		    lexicon_syscall(r->w[i].text, strlen(r->w[i].text))) {
			snprintf(sc, sizeof(sc), "%s", r->w[i].text);
			len = 1;
		}
		if (!len)
			continue;
		snprintf(id, sizeof(id), "%c:%s", ev ? 'e' : fn ? 'f' : 's',
			 ev ? ev->name : fn ? fn->name : sc);
		/* "interrupts by irq", "softirq time per softirq type": a
		 * role of the event found before is that role; so is a
		 * call's name in a longer one ("disk requests: read or
		 * write") */
		int rl = 0;
		const struct lx_event *kept = in->event;
		const struct lx_phrase *role = (ev || sc[0]) && kept
						       ? lexicon_at(r->lx, r->w, r->n, i, &rl)
						       : NULL;
		int is_role = 0;
		/* ("kill and signals delivered": "signals" with "delivered"
		 * is an event, not kill's signal) */
		for (int k = 0; role && role->cls == LX_ROLE && !(ev && r->scattered) &&
				(ev ? rl >= len : rl > len) &&
				k < kept->n_roles;
		     k++)
			is_role |= !strcmp(kept->roles[k].name, role->value);
		if (is_role) {
			i += rl - 1;
			continue;
		}
		int pair = have[0] && strcmp(have, id) ? at_pair(r, have, id, i) : 0;
		if (pair > 0)
			continue; /* the one kept already: its words are the event's */
		/* "pwrite64 calls, and the bytes written": the bytes of the
		 * call named, of the same kind (pwrite64 is a write) */
		int of_bytes = sc[0] && i > 0 && participle(r->w[i].text) &&
			       in_list(r->w[i - 1].text, (const char *const[]){ "bytes", "byte",
										NULL });
		if (have[0] && strcmp(have, id) && of_bytes && have[0] == 's' &&
		    strstr(have + 2, sc)) {
			place(r->w, i, 1);
			continue;
		}
		if (have[0] && strcmp(have, id) && bytes_at >= 0 && sc[0] && id[0] == 's' &&
		    strstr(sc, have + 2)) {
			have[0] = '\0'; /* "the bytes written by pwrite64 calls" */
			in->event_words[0] = '\0';
		}
		/* "directory creation (mkdir)": a lexicon event that is a
		 * system call by its own name, named both ways */
		int same = have[0] && strcmp(have, id) && !pair &&
			   ((have[0] == 'e' && sc[0] && in->event &&
			     event_is_call(r, in->event, sc, i)) ||
			    (have[0] == 's' && ev && event_is_call(r, ev, have + 2, i)));
		if (same && sc[0]) {
			place(r->w, i, len);
			for (int k = i; k < i + len; k++)
				r->w[k].event = 1;
			i += len - 1;
			continue;
		}
		/* "process exits with their exit code": one event that
		 * absorbs the other (the exit code's) */
		int absorbed = have[0] == 'e' && ev && !pair && !same && strcmp(have, id) ?
				       absorbs(ev, in->event) - absorbs(in->event, ev) : 0;
		if (absorbed) {
			/* what the one absorbed is named for ("exit code"), the
			 * one meant shows, or it is dropped */
			const struct lx_event *lost = absorbed > 0 ? in->event : ev;
			const struct lx_event *kept = absorbed > 0 ? ev : in->event;
			int shown = !lost->values[0] || !strcmp(lost->values, kept->values);
			/* (a span's, where its time ends: "end.code") */
			for (int k = 0; !shown && k < kept->n_roles; k++)
				shown = !strcmp(kept->roles[k].name, lost->values) ||
					(kept->end_probe[0] &&
					 !strncmp(kept->roles[k].name, "end.", 4) &&
					 !strcmp(kept->roles[k].name + 4, lost->values));
			if (!shown) {
				snprintf(r->why, r->whylen, "it names two events (\"%s\" and \"%s\")",
					 in->event_words, r->w[i].orig);
				return -ENOTSUP;
			}
			char words[LX_WORD * 2];
			if (absorbed > 0)
				snprintf(words, sizeof(words), "%s", in->event_words);
			else
				as_written(r->w, i, len, words, sizeof(words));
			if (lost->values[0] && strcmp(lost->values, kept->values) &&
			    add_item(in->shows, &in->n_shows, INTENT_ITEMS, lost->values, words) < 0) {
				snprintf(r->why, r->whylen, "it asks for more than %d things at once",
					 INTENT_ITEMS);
				return -ENOTSUP;
			}
			if (absorbed > 0) {
				in->event = ev;
				snprintf(have, sizeof(have), "%s", id);
				as_written(r->w, i, len, in->event_words, sizeof(in->event_words));
			}
			place(r->w, i, len);
			for (int k = i; k < i + len; k++)
				r->w[k].event = 1;
			i += len - 1;
			continue;
		}
		if (have[0] == 'e' && strcmp(have, id) && !pair && !same && len == 1 &&
		    verb_of(r, in->event, i)) {
			place(r->w, i, 1);
			r->w[i].event = 1;
			continue;
		}
		if (have[0] && strcmp(have, id) && !pair && !same) {
			snprintf(r->why, r->whylen, "it names two events (\"%s\" and \"%s\")",
				 in->event_words, r->w[i].orig);
			return -ENOTSUP;
		}
		if (!strcmp(have, id) && i > 1 && !r->w[i - 1].event &&
		    (r->w[i - 1].quoted ||
		     lexicon_program(r->w[i - 1].text, strlen(r->w[i - 1].text))) &&
		    in_list(r->w[i - 2].text, (const char *const[]){ "that", "which", "whom",
								     NULL })) {
			/* "who opens files that nginx opens": one event in two
			 * clauses, of two processes perhaps */
			snprintf(r->why, r->whylen, "it names %s twice (\"%s\" and \"%s\"): say it "
				 "once", in->event_words, in->event_words, r->w[i].orig);
			return -ENOTSUP;
		}
		snprintf(have, sizeof(have), "%s", id);
		bytes_at = of_bytes ? i : -1;
		in->event = ev;
		in->function = fn;
		snprintf(in->syscall, sizeof(in->syscall), "%s", sc);
		/* "the most files open", "how many files open": files held
		 * open, which no count of calls says */
		if (!strcmp(sc, "open") && !strcmp(r->w[i].text, "open") && i > 1 &&
		    !strcmp(r->w[i - 1].text, "files") &&
		    in_list(r->w[i - 2].text, (const char *const[]){ "most", "many", "more",
								     "fewer", NULL })) {
			snprintf(r->why, r->whylen, "it asks for files held open (\"%s %s\"), "
				 "which no count of opens says", r->w[i - 1].orig, r->w[i].orig);
			return -ENOTSUP;
		}
		/* "file opens", "file reads": the call's own words, not a
		 * file asked for */
		int from = i;
		if (sc[0] && i > 0 && !r->w[i - 1].placed && !r->w[i - 1].quoted &&
		    (!strcmp(r->w[i - 1].text, "file") || !strcmp(r->w[i - 1].text, "files")) &&
		    /* "every file written", "which files read": the files asked for */
		    !(i > 1 && in_list(r->w[i - 2].text, (const char *const[]){ "every", "each",
										"which", "what",
										"any", NULL })) &&
		    /* "print files opened by sshd": so are files the call was done
		     * to, unless counted ("how many files opened", the calls) */
		    !(participle(r->w[i].text) &&
		      !(i > 1 && in_list(r->w[i - 2].text, (const char *const[]){
					       "count", "counts", "many", "of", "tally", NULL }))))
			from = i - 1;
		as_written(r->w, from, len + i - from, in->event_words, sizeof(in->event_words));
		place(r->w, from, len + i - from);
		for (int k = from; k < i + len; k++)
			r->w[k].event = 1;
		i += len - 1;
	}
	return 0;
}

/* Whether `text` is a whole name of a lexicon event ("sigsegv"). */
static int event_name(const struct lexicon *lx, const char *text)
{
	for (int e = 0; e < lx->n_events; e++)
		for (int k = 0; k < lx->events[e].n_names; k++)
			if (!strcmp(lx->events[e].names[k], text))
				return 1;
	return 0;
}

/* "SIGKILL", "sigterms": a signal by its name, kept to its number (an
 * "equals" of the event's signal); the word then reads as "signal", so
 * "sending SIGKILL" names what "sending a signal" names. A name that is
 * an event's own ("SIGSEGV": segfaults) stays that event. */
static int signal_names(struct reading *r)
{
	int seen = 0;
	for (int i = 0; i < r->n; i++) {
		struct rword *w = &r->w[i];
		if (w->quoted || w->path || strncmp(w->text, "sig", 3) || event_name(r->lx, w->text))
			continue;
		for (int n = 1; n < 32; n++) {
			const char *name = sigabbrev_np(n);
			size_t l = name ? strlen(name) : 0;
			if (!l || strncasecmp(w->text + 3, name, l) ||
			    (w->text[3 + l] && strcmp(w->text + 3 + l, "s")))
				continue;
			struct intent *in = r->in;
			if (seen && seen != n) {
				snprintf(r->why, r->whylen, "it names two signals (SIG%s and SIG%s)",
					 sigabbrev_np(seen), name);
				return -ENOTSUP;
			}
			if (!seen) {
				if (in->n_equals == 2) {
					snprintf(r->why, r->whylen, "it keeps more than two things to "
						 "numbers");
					return -ENOTSUP;
				}
				int k = in->n_equals++;
				snprintf(in->equals[k].name, sizeof(in->equals[k].name), "signal");
				snprintf(in->equals[k].words, sizeof(in->equals[k].words), "%s", w->orig);
				in->equals_value[k] = n;
			}
			seen = n;
			snprintf(w->text, sizeof(w->text), "signal");
			w->sigword = 1;
			break;
		}
	}
	return 0;
}

/* "NET_RX softirqs", "tasklets": a kernel's name for a value of a role
 * (the lexicon's `named`), kept to that value. */
static int named_values(struct reading *r)
{
	struct intent *in = r->in;
	for (int i = 0; i < r->n; i++) {
		struct rword *w = &r->w[i];
		size_t tl = strlen(w->text);
		for (size_t k = 0; !w->quoted && !w->path && !w->placed && k < r->lx->n_phrases;
		     k++) {
			const struct lx_phrase *ph = &r->lx->phrases[k];
			size_t pl = strlen(ph->text);
			if (ph->cls != LX_NAMED || ph->words != 1 ||
			    strncmp(w->text, ph->text, pl) ||
			    (tl != pl && (tl != pl + 1 || pl < 3 || w->text[pl] != 's')))
				continue;
			/* a word that is also a filler ("hi") only in capitals
			 * ("HI softirqs") */
			int caps = 1;
			for (const char *c = w->orig; *c; c++)
				caps &= !islower((unsigned char)*c);
			if (lexicon_filler(r->lx, w->text) && !caps)
				continue;
			char role[24];
			long v = 0;
			sscanf(ph->value, "%23[a-z_.]=%ld", role, &v);
			for (int e = 0; e < in->n_equals; e++)
				if (!strcmp(in->equals[e].name, role)) {
					snprintf(r->why, r->whylen, "it keeps %s to two values "
						 "(\"%s\" and \"%s\"): say one, or group by %s",
						 role, in->equals[e].words, w->orig, role);
					return -ENOTSUP;
				}
			if (in->n_equals == 2) {
				snprintf(r->why, r->whylen, "it keeps more than two things to "
					 "numbers");
				return -ENOTSUP;
			}
			int q = in->n_equals++;
			snprintf(in->equals[q].name, sizeof(in->equals[q].name), "%s", role);
			snprintf(in->equals[q].words, sizeof(in->equals[q].words), "%s", w->orig);
			in->equals_value[q] = v;
			w->placed = 1;
			break;
		}
	}
	return 0;
}

/* "on nvme0n1", "for /dev/vda": a disk of this machine, by name, kept
 * to its device number (an "equals" of the event's device); a disk by
 * the kernel's naming this machine has not, a partition, or a device
 * that takes no requests of its own declines. */
static int device_values(struct reading *r)
{
	struct intent *in = r->in;
	for (int i = 0; i < r->n; i++) {
		struct rword *w = &r->w[i];
		const char *name = w->text;
		if (w->quoted || w->placed ||
		    (w->path && (strncmp(name, "/dev/", 5) || strchr(name + 5, '/'))))
			continue;
		if (w->path)
			name += 5;
		char net[96];
		snprintf(net, sizeof(net), "/sys/class/net/%s", name);
		if (!bte_device_name(name) || !access(net, F_OK))
			continue;
		unsigned long dev = 0;
		char why[160];
		int rc = bte_block_device(name, &dev, why, sizeof(why));
		if (rc == -EINVAL)
			continue;
		if (rc == -ENOENT) {
			snprintf(r->why, r->whylen, "it names %s, which is no disk of this "
				 "machine (a name such as the kernel gives disks)", w->orig);
			return -ENOTSUP;
		}
		if (rc) {
			snprintf(r->why, r->whylen, "%s", why);
			return -ENOTSUP;
		}
		for (int e = 0; e < in->n_equals; e++)
			if (!strcmp(in->equals[e].name, "device")) {
				snprintf(r->why, r->whylen, "it keeps to two disks (\"%s\" and "
					 "\"%s\"): say one, or group by disk", in->equals[e].words,
					 w->orig);
				return -ENOTSUP;
			}
		if (in->n_equals == 2) {
			snprintf(r->why, r->whylen, "it keeps more than two things to numbers");
			return -ENOTSUP;
		}
		int q = in->n_equals++;
		snprintf(in->equals[q].name, sizeof(in->equals[q].name), "device");
		snprintf(in->equals[q].words, sizeof(in->equals[q].words), "%s", w->orig);
		in->equals_value[q] = (long)dev;
		w->placed = 1;
	}
	return 0;
}

/* After the events: a signal named alone ("trace SIGTERM") is the
 * lexicon's event "signal", when it has one; its name adds nothing else. */
static int signal_event(struct reading *r)
{
	struct intent *in = r->in;
	for (int i = 0; i < r->n; i++) {
		if (!r->w[i].sigword || r->w[i].placed)
			continue;
		/* "segfaults and SIGSEGVs": an event that is one signal of its
		 * own kind (a segfault: one a thread gets in itself) beside
		 * the signal's name, which is every one of them */
		if (in->event && strstr(in->event->where, "args->sig ==")) {
			snprintf(r->why, r->whylen, "it names %s and the signal %s, which are not "
				 "the same (the signal's name is every one sent): say one of them",
				 in->event_words, r->w[i].orig);
			return -ENOTSUP;
		}
		for (int e = 0; !in->event && !in->function && !in->syscall[0] && !in->all_syscalls &&
				e < r->lx->n_events; e++)
			if (!strcmp(r->lx->events[e].name, "signal")) {
				in->event = &r->lx->events[e];
				snprintf(in->event_words, sizeof(in->event_words), "%s", r->w[i].orig);
				r->w[i].event = 1;
			}
		place(r->w, i, 1);
	}
	return 0;
}

/* An item (a role, a key, a field word) with its words as written. */
static int add_item(struct intent_item *items, int *n, int max, const char *name,
		    const char *words)
{
	for (int i = 0; i < *n; i++)
		if (!strcmp(items[i].name, name)) {
			/* "which process ... with which commands": the word
			 * "command" kept, for an event with a command of its own
			 * (ioctl's cmd) to decline */
			if (!strcmp(name, "comm") && !strncmp(words, "command", 7))
				snprintf(items[i].words, sizeof(items[i].words), "%s", words);
			return 0;
		}
	if (*n == max)
		return -ENOTSUP;
	snprintf(items[*n].name, sizeof(items[*n].name), "%s", name);
	snprintf(items[*n].words, sizeof(items[*n].words), "%s", words);
	(*n)++;
	return 0;
}

/* A number word: "10" (no unit, no fraction). */
static int number(const char *t, long *v)
{
	char *end;
	if (!isdigit((unsigned char)t[0]))
		return 0;
	errno = 0;
	*v = strtol(t, &end, 10);
	return !*end && !errno && *v > 0 && *v < 1000000;
}

/* A pid: up to the largest pid_max a 64-bit kernel allows (4194304). */
static int pid_number(const char *t, long *v)
{
	char *end;
	if (!isdigit((unsigned char)t[0]))
		return 0;
	errno = 0;
	*v = strtol(t, &end, 10);
	return !*end && !errno && *v > 0 && *v <= 4194304;
}

/* A part of a unit of time at word i: "a quarter second", "half a
 * second", "a quarter of a millisecond"; in ns, with the unit below it
 * (250 ms are shown in ms); how many words it takes, 0 when none. */
static int time_part(struct reading *r, int i, long long *ns, char unit[4])
{
	static const char *const A[] = { "a", "an", NULL };
	static const struct { const char *name, *below; long long ns; } UNITS[] = {
		{ "us", "ns", 1000 }, { "ms", "us", 1000000 }, { "s", "ms", 1000000000 },
		{ "min", "s", 60000000000 },
	};
	int j = i;
	if (j < r->n && in_list(r->w[j].text, A))
		j++;
	int part = j < r->n ? !strcmp(r->w[j].text, "half") ? 2
			      : !strcmp(r->w[j].text, "quarter") ? 4 : 0 : 0;
	if (!part || (part == 4 && j == i))
		return 0; /* "quarter" alone is no number: "a quarter" */
	j++;
	if (j < r->n && !strcmp(r->w[j].text, "of"))
		j++;
	if (j < r->n && in_list(r->w[j].text, A))
		j++;
	int l = 0;
	const struct lx_phrase *u = j < r->n && !r->w[j].placed
					    ? class_at(r->lx, r->w, r->n, j, LX_UNIT, &l)
					    : NULL;
	for (size_t k = 0; u && l == 1 && k < sizeof(UNITS) / sizeof(UNITS[0]); k++)
		if (!strcmp(u->value, UNITS[k].name)) {
			*ns = UNITS[k].ns / part;
			snprintf(unit, 4, "%s", UNITS[k].below);
			return j + 1 - i;
		}
	return 0;
}

/* A time at word i: "10 ms" or "10ms", in ns, with its unit, or a part of
 * one ("a quarter second"); how many words it takes, 0 when none. */
static int time_at(struct reading *r, int i, long long *ns, char unit[4])
{
	static const struct { const char *name; long long ns; } UNITS[] = {
		{ "ns", 1 }, { "us", 1000 }, { "ms", 1000000 }, { "s", 1000000000 },
		{ "min", 60000000000 },
	};
	const char *t = r->w[i].text;
	size_t digits = strspn(t, "0123456789");
	if (!digits && !r->w[i].quoted)
		return time_part(r, i, ns, unit);
	if (!digits || digits > 6 || r->w[i].quoted)
		return 0;
	long v = strtol(t, NULL, 10);
	int used = 1, l = 0;
	const struct lx_phrase *u = NULL;
	if (t[digits]) {
		/* "10ms": the unit joined to the number */
		for (size_t k = 0; k < r->lx->n_phrases && !u; k++)
			if (r->lx->phrases[k].cls == LX_UNIT && !strcmp(r->lx->phrases[k].text, t + digits))
				u = &r->lx->phrases[k];
	} else if (i + 1 < r->n && !r->w[i + 1].placed) {
		/* "10 ms"; never "10 in us", the unit shown */
		u = class_at(r->lx, r->w, r->n, i + 1, LX_UNIT, &l);
		if (l != 1)
			u = NULL;
		used += l;
	}
	for (size_t k = 0; u && k < sizeof(UNITS) / sizeof(UNITS[0]); k++)
		if (!strcmp(u->value, UNITS[k].name) && v > 0) {
			*ns = (long long)v * UNITS[k].ns;
			snprintf(unit, 4, "%s", UNITS[k].name);
			return used;
		}
	return 0;
}

static int in_list(const char *w, const char *const *list)
{
	for (; *list; list++)
		if (!strcmp(w, *list))
			return 1;
	return 0;
}

static int size_at(struct reading *r, int i, long long *bytes);

/* A value of a linear histogram at word i: a size ("4 KB", in bytes, with
 * `scale` the bytes of its unit), a time ("100 us", in ns, with `scale`
 * the ns of its unit) or a number; the words it takes, 0 if none. */
static int lh_value(struct reading *r, int i, long long *v, char *kind, long long *scale)
{
	char unit[4];
	/* a number and its unit; no part of a unit ("half a second"), whose
	 * scale is no number's */
	int digit = isdigit((unsigned char)r->w[i].text[0]);
	int l = digit ? size_at(r, i, v) : 0;
	if (l) {
		long long n = strtoll(r->w[i].text, NULL, 10);
		*kind = 'b';
		*scale = n ? *v / n : 1;
		return l;
	}
	l = digit ? time_at(r, i, v, unit) : 0;
	if (l) {
		long n = strtol(r->w[i].text, NULL, 10);
		*kind = 't';
		*scale = n ? *v / n : 1;
		return l;
	}
	/* "half a million", "a thousand", "5 thousand" */
	static const char *const BIG[] = { "thousand", "million", NULL };
	const char *t = r->w[i].text;
	int half = !strcmp(t, "half") && i + 1 < r->n &&
		   in_list(r->w[i + 1].text, (const char *const[]){ "a", "an", NULL });
	int at = i + half;
	const char *n = r->w[at].text;
	int one = in_list(n, (const char *const[]){ "a", "an", "one", NULL });
	int digits = n[0] && strspn(n, "0123456789") == strlen(n) && strlen(n) <= 12;
	if (r->w[at].quoted || (!digits && !one) || (half && !one))
		return 0;
	long long x = digits ? strtoll(n, NULL, 10) : 1;
	int used = at - i + 1;
	if (at + 1 < r->n && !r->w[at + 1].placed && in_list(r->w[at + 1].text, BIG)) {
		if (__builtin_mul_overflow(x, strcmp(r->w[at + 1].text, "million") ? 1000 : 1000000,
					   &x))
			return 0;
		used++;
	} else if (!digits) {
		return 0;
	}
	*v = half ? x / 2 : x;
	*kind = 'n';
	return used;
}

/* Which value of a linear histogram the number at word i is, by the
 * words around it ("buckets of 128", "4 KB buckets", "from 0", "up to
 * 1024"): 0 the lowest, 1 the highest, 2 the bucket size, 3 how many
 * buckets ("20 buckets", "in 16 steps": a number alone), -1 none; the
 * words before it that say so in *lead, after it in *trail. */
static int lh_which(const struct reading *r, int i, int l, char kind, int between, int *lead,
		    int *trail)
{
	static const char *const STEP[] = { "bucket", "buckets", "step", "steps", "width",
					    "increment", "increments", NULL };
	const char *prev = i > 0 && !r->w[i - 1].placed ? r->w[i - 1].text : "";
	const char *prev2 = i > 1 && !r->w[i - 2].placed ? r->w[i - 2].text : "";
	const char *next = i + l < r->n && !r->w[i + l].placed ? r->w[i + l].text : "";
	*lead = *trail = 0;
	/* "20 buckets", "5 thousand buckets" are how many; "4 KB buckets"
	 * how wide */
	if (in_list(next, STEP))
		return *trail = 1, kind == 'n' ? 3 : 2;
	if (!strcmp(prev, "of") && (in_list(prev2, STEP) || !strcmp(prev2, "size")))
		return *lead = 2, 2;
	if (in_list(prev, STEP) || !strcmp(prev, "size"))
		return *lead = 1, 2;
	if (!strcmp(prev, "from") || !strcmp(prev, "between"))
		return *lead = 1, 0;
	if (!strcmp(prev, "to") || (!strcmp(prev, "and") && between) || !strcmp(prev, "max") ||
	    !strcmp(prev, "maximum"))
		return *lead = 1 + (!strcmp(prev, "to") && !strcmp(prev2, "up")), 1;
	return -1;
}

/* A linear histogram's bottom, top and bucket size, each in one unit:
 * a number alone in the unit of the others ("from 0 to 64 KB"), the
 * size of `count` buckets (0: the size was given) made of the range. */
static int lh_units(struct reading *r, const long long scale[3], long long count)
{
	struct intent *in = r->in;
	char kind = 0;
	long long unit = 1;
	for (int k = 0; k < 3; k++)
		if (in->lh_kind[k] && in->lh_kind[k] != 'n') {
			if (kind && kind != in->lh_kind[k]) {
				snprintf(r->why, r->whylen, "its linear buckets mix sizes and "
					 "times");
				return -ENOTSUP;
			}
			kind = in->lh_kind[k];
			unit = scale[k];
		}
	for (int k = 0; k < 3; k++) {
		if (kind && in->lh_kind[k] == 'n' &&
		    __builtin_mul_overflow(in->lh[k], unit, &in->lh[k])) {
			snprintf(r->why, r->whylen, "its linear buckets are too large to count");
			return -ENOTSUP;
		}
		in->lh_kind[k] = kind ? kind : 'n';
	}
	if (!count)
		return 0;
	/* "20 buckets from 0 to 1000": each (1000 - 0) / 20 wide */
	long long span = in->lh[1] - in->lh[0];
	if (count <= 0 || span <= 0 || span % count) {
		snprintf(r->why, r->whylen, "its %lld linear buckets do not divide the range "
			 "evenly: say their size (\"buckets of 50\")", count);
		return -ENOTSUP;
	}
	in->lh[2] = span / count;
	return 0;
}

/* "a linear histogram, 4 KB buckets from 0 to 64 KB", "linear buckets
 * of 128 bytes up to 1024", "20 buckets from 0 to 1000": lhist()'s
 * range and bucket size. */
static int linear_hist(struct reading *r)
{
	struct rword *w = r->w;
	struct intent *in = r->in;
	int at = -1, between = 0, have[4] = { 0 }, first = r->n, last = 0;
	long long count = 0, scale[3] = { 1, 1, 1 };
	int buckets = -1;
	for (int i = 0; i < r->n; i++) {
		if (at < 0 && !w[i].placed && !w[i].quoted && !strcmp(w[i].text, "linear"))
			at = i;
		if (buckets < 0 && !w[i].placed && !w[i].quoted &&
		    in_list(w[i].text, (const char *const[]){ "bucket", "buckets", "step", "steps",
							     NULL }))
			buckets = i;
		between |= !strcmp(w[i].text, "between");
	}
	if (at < 0 && buckets < 0)
		return 0;
	if (at < 0)
		at = buckets;
	for (int i = 0; i < r->n; i++) {
		long long v, sc = 1;
		char kind;
		int l = w[i].placed ? 0 : lh_value(r, i, &v, &kind, &sc);
		int lead, trail, k = l ? lh_which(r, i, l, kind, between, &lead, &trail) : -1;
		if (k < 0)
			continue;
		if (have[k] || (k == 3 && kind != 'n')) {
			static const char *const WHAT[] = { "bottoms", "tops", "bucket sizes",
							    "counts" };
			snprintf(r->why, r->whylen, "it gives two %s for its linear buckets "
				 "(\"%s\")", WHAT[k], w[i].orig);
			return -ENOTSUP;
		}
		if (v <= 0 && k >= 2) {
			snprintf(r->why, r->whylen, "it gives its linear buckets a %s of 0 "
				 "(\"%s\")", k == 3 ? "count" : "size", w[i].orig);
			return -ENOTSUP;
		}
		have[k] = 1;
		if (k == 3) {
			count = v;
		} else {
			in->lh[k] = v;
			in->lh_kind[k] = kind;
			scale[k] = sc;
		}
		place(w, i - lead, lead + l + trail);
		first = i - lead < first ? i - lead : first;
		last = i + l + trail > last ? i + l + trail : last;
	}
	if ((have[3] && have[2]) || !have[1] || !(have[2] || have[3])) {
		const char *lacks = have[3] && have[2] ? "with both how many buckets and their size"
				    : !have[1] ? "without the top of its range (\"up to 1000\")"
					       : "without its buckets' size (\"buckets of 100\")";
		snprintf(r->why, r->whylen, "it asks for a linear histogram (\"%s\") %s",
			 w[at].orig, lacks);
		return -ENOTSUP;
	}
	int rc = lh_units(r, scale, count);
	if (rc)
		return rc;
	first = at < first ? at : first;
	last = at + 1 > last ? at + 1 : last;
	as_written(w, first, last - first, in->lh_words, sizeof(in->lh_words));
	if (!w[at].placed)
		place(w, at, 1);
	in->aggs |= 1u << AG_HIST;
	return 0;
}

/* "limited to cgroup v2 path /sys/fs/cgroup/unified", "in the cgroup
 * /sys/fs/cgroup/system.slice": the cgroup kept to, a path under
 * /sys/fs/cgroup said to be a cgroup. */
static int cgroup_path(struct reading *r)
{
	static const char *const BETWEEN[] = { "v1", "v2", "path", "directory", "dir", "named",
					       "called", "at", "the", NULL };
	for (int i = 0; i < r->n; i++) {
		struct rword *w = &r->w[i];
		if (!w->path || w->placed)
			continue;
		int j = i - 1;
		while (j >= 0 && !r->w[j].placed && in_list(r->w[j].text, BETWEEN))
			j--;
		if (j < 0 || r->w[j].placed ||
		    !in_list(r->w[j].text, (const char *const[]){ "cgroup", "cgroups", NULL }))
			continue;
		/* a cgroup, said so: under /sys/fs/cgroup, by a plain path, or
		 * declined for good (no file of that name kept instead) */
		if (strncmp(w->text, "/sys/fs/cgroup", 14) || (w->text[14] && w->text[14] != '/') ||
		    strstr(w->text, "/..") || strstr(w->text, "/./") || strstr(w->text, "//")) {
			snprintf(r->why, r->whylen, "it names a cgroup by \"%s\", no plain path "
				 "under /sys/fs/cgroup", w->orig);
			return -ENOTSUP;
		}
		if (r->in->cgroup_path[0]) {
			snprintf(r->why, r->whylen, "it names two cgroups (\"%s\" and \"%s\")",
				 r->in->cgroup_path, w->orig);
			return -ENOTSUP;
		}
		snprintf(r->in->cgroup_path, sizeof(r->in->cgroup_path), "%s", w->orig);
		place(r->w, j, i - j + 1);
	}
	return 0;
}

/* The time of one unit said by name ("a minute", "one hour"), in ns; 0
 * for any other word. */
static long long one_unit(const char *t)
{
	return !strcmp(t, "second") ? 1000000000LL
	       : !strcmp(t, "minute") ? 60000000000LL
	       : !strcmp(t, "hour")   ? 3600000000000LL
				      : 0;
}

/* "for 30 seconds", "exit after 10 s", "stop after 2 minutes": how long
 * to trace, then exit; a whole number of seconds. "for" only at either
 * end of the request ("reads that block for 2 s" is a time of the call,
 * which declines), then "then exit", "and stop" after it. */
static int duration(struct reading *r, int i)
{
	static const char *const STOP[] = { "exit", "exits", "quit", "quits", "stop", "stops",
					    "end", "ends", "finish", NULL };
	struct rword *w = r->w;
	int after = !strcmp(w[i].text, "after") && i > 0 && !w[i - 1].placed &&
		    in_list(w[i - 1].text, STOP);
	/* ("during one minute") */
	if (!after && strcmp(w[i].text, "for") && strcmp(w[i].text, "during"))
		return 0;
	long long ns = 0;
	char unit[4];
	/* "for the next 10 seconds" */
	int skip = 0;
	while (!after && i + 1 + skip < r->n && skip < 2 &&
	       in_list(w[i + 1 + skip].text, (const char *const[]){ "the", "next", NULL }))
		skip++;
	if (skip && strcmp(w[i + skip].text, "next"))
		skip = 0;
	/* "for like 30 seconds", "for about a minute" */
	if (!after && !skip && i + 2 < r->n &&
	    in_list(w[i + 1].text, (const char *const[]){ "like", "about", "around", "roughly",
							  "approximately", "approx", "maybe",
							  "some", NULL }))
		skip = 1;
	int tl = i + 1 + skip < r->n ? time_at(r, i + 1 + skip, &ns, unit) : 0;
	/* "for the next minute", "for a minute", "for an hour" */
	int one = !after && !tl && (skip || (i + 2 < r->n && (!strcmp(w[i + 1].text, "a") ||
							     !strcmp(w[i + 1].text, "an"))));
	if (one && !skip)
		skip = 1;
	/* ("for about a minute") */
	if (one && skip == 1 && i + 3 < r->n && strcmp(w[i + 1].text, "the") &&
	    (!strcmp(w[i + 2].text, "a") || !strcmp(w[i + 2].text, "an")))
		skip = 2;
	if (one && i + 1 + skip < r->n && !w[i + 1 + skip].placed &&
	    one_unit(w[i + 1 + skip].text) >= 60000000000LL) {
		ns = one_unit(w[i + 1 + skip].text);
		tl = 1;
	}
	if (!tl || ns % 1000000000 || ns / 1000000000 > 86400)
		return 0;
	tl += skip;
	int end = i + 1 + tl, tail = 0;
	if (end + 1 < r->n && !w[end].placed && !w[end + 1].placed &&
	    (!strcmp(w[end].text, "then") || !strcmp(w[end].text, "and")) &&
	    in_list(w[end + 1].text, STOP))
		tail = 2;
	/* "... and then stop" */
	else if (end + 2 < r->n && !strcmp(w[end].text, "and") && !strcmp(w[end + 1].text, "then") &&
		 in_list(w[end + 2].text, STOP))
		tail = 3;
	/* "calls that block for 2 s", "sleeping for 1 minute": a time of
	 * the call, never how long to trace */
	/* "... and then stop, thanks": fillers after it */
	int rest = end + tail;
	while (rest < r->n && lexicon_filler(r->lx, w[rest].text))
		rest++;
	/* "run for 10 seconds then exit": the trace's run, said so */
	/* "run for 10 seconds then exit", "..., sample for 10s and ...": a
	 * clause of its own, how long to trace (never "processes that run
	 * for 10 seconds then exit") */
	static const char *const TOLD[] = { "run", "sample", "trace", "monitor", "watch", "record",
					    "profile", "collect", "capture", NULL };
	/* "stacks at 49hz for 20 seconds and show ...": after a rate */
	size_t hl = strlen(r->in->hz_words), ol = i > 0 ? strlen(w[i - 1].orig) : 0;
	int after_rate = !after && i > 0 && w[i - 1].placed && hl >= ol && ol &&
			 !strcmp(r->in->hz_words + hl - ol, w[i - 1].orig);
	int told = after_rate || (!after && i > 0 && in_list(w[i - 1].text, TOLD) &&
		   (i == 1 || (!in_list(w[i - 2].text, (const char *const[]){ "that", "which",
									      "who", NULL }) &&
			       (w[i - 1].opens || (tail && !strcmp(w[i - 1].text, "run")) ||
				in_list(w[i - 2].text,
					(const char *const[]){ "and", "then", NULL })))));
	/* "... for 60 seconds, top 20", "... for 60 seconds and show the
	 * top 20": a clause of its own follows */
	static const char *const ASK[] = { "show", "print", "list", "display", "report", "give",
					   "output", "dump", "sort", "rank", NULL };
	static const char *const AND[] = { "and", "then", NULL };
	int clause = rest < r->n && w[rest].opens;
	for (int k = end + tail; k <= rest && k + 1 < r->n && !clause; k++)
		clause = in_list(w[k].text, AND) && in_list(w[k + 1].text, ASK);
	/* ("..., for 20 seconds": a clause of its own, after any verb) */
	if (!after && i > 0 && !told &&
	    ((rest < r->n && !clause) ||
	     (in_list(w[i - 1].text, LEXICON_LASTING) && !w[i].opens)))
		return 0;
	if (r->in->duration_s) {
		snprintf(r->why, r->whylen, "it gives two durations (\"%s\" and \"%s %s\")",
			 r->in->duration_words, w[i].orig, w[i + 1].orig);
		return -ENOTSUP;
	}
	r->in->duration_s = (long)(ns / 1000000000);
	as_written(w, after ? i - 1 : i, (after ? 2 : 1) + tl + tail, r->in->duration_words,
		   sizeof(r->in->duration_words));
	place(w, i, 1 + tl + tail);
	if (after || told)
		place(w, i - 1, 1); /* "exit after", "sample for" */
	if (after && i > 1 && !w[i - 2].placed &&
	    (!strcmp(w[i - 2].text, "then") || !strcmp(w[i - 2].text, "and")))
		place(w, i - 2, 1); /* "then quit after 30 seconds" */
	return 1;
}

/* Whether word k, before "in 10 seconds", makes it a time of what is
 * traced ("reads that complete in 10 s", "processes exiting in 10
 * seconds", "clearing in 10 seconds"), by its stem: every form of these
 * verbs is one. */
static int done_in(const struct reading *r, int k)
{
	static const char *const DONE[] = {
		"complete", "finish", "return", "respond", "done", "serve", "handle", "answer",
		"within", "exit", "die", "end", "terminate", "quit", "fail", "expire", "start",
		"succeed", "clear", "reset", "refresh", "print", "show", "shown", "output",
		"report", "dump", "timeout", "out", "connect", "crash", "segfault", "resolve",
		"load", "boot", "launch", "spawn", "fork", "restart", NULL
	};
	const char *t = r->w[k].text;
	if (in_list(t, LEXICON_LASTING) || in_list(t, DONE))
		return 1;
	char st[LX_WORD], dst[LX_WORD];
	if (stem_word(r->lx->stemmer, t, st, sizeof(st)) || !st[0])
		return 0;
	for (int i = 0; DONE[i]; i++)
		if (!stem_word(r->lx->stemmer, DONE[i], dst, sizeof(dst)) &&
		    (!strcmp(st, dst) || (!dst[0] && !strcmp(st, DONE[i]))))
			return 1;
	return 0;
}

/* "over a 10 second window", "during a 30-second period", "over 10s"
 * where no time is measured: how long to trace, said at the end of the
 * request (or of a sentence). Returns 1
 * when one was read at word i, -ENOTSUP when a second is given, else 0. */
static int window(struct reading *r, int i)
{
	struct rword *w = r->w;
	if (!in_list(w[i].text, (const char *const[]){ "over", "in", "during", "for", "across",
						       NULL }))
		return 0;
	/* "over the next minute", "during the next 30 seconds": how long,
	 * whatever is measured */
	int next = i + 2 < r->n && !strcmp(w[i + 1].text, "the") && !strcmp(w[i + 2].text, "next");
	int a = next ? i + 3
		     : i + 1 + (i + 1 < r->n && in_list(w[i + 1].text, (const char *const[]){
							       "a", "an", "one", NULL }));
	long long ns = 0;
	char unit[4];
	int tl = a < r->n ? time_at(r, a, &ns, unit) : 0;
	/* "in one minute", "over an hour" */
	int one = !tl && a > i + 1 && a < r->n && !w[a].placed && (ns = one_unit(w[a].text));
	tl |= one;
	int windowed = tl && a + tl < r->n && a > i + 1 &&
		       in_list(w[a + tl].text, (const char *const[]){ "window", "period", "span",
								      "stretch", NULL });
	/* (never of a time taken: "writes that take over the next second") */
	int next_only = next && tl && !windowed && !(i > 0 && in_list(w[i - 1].text,
								       LEXICON_LASTING));
	/* "count forks by comm over 10s": no time is measured, nor said of
	 * anything ("reads that take over 10 s", "processes running over
	 * 10 seconds") */
	/* (and of an event that no time is taken of: no call, which returns,
	 * nor a span; "fsync calls over 1s" is a bound) */
	const struct lx_event *e = r->in->event;
	int untimed = tl && (a == i + 1 || one) && !strcmp(w[i].text, "over") && e &&
		      !e->always_timed &&
		      !e->end_probe[0] && !strstr(e->probes, "syscalls:") && !r->in->function &&
		      !r->in->syscall[0] && !r->in->all_syscalls;
	/* "count syscalls in 10 seconds": what is counted in a window of
	 * seconds or more (never a bound: "reads that complete in 10 s") */
	untimed |= tl && !strcmp(w[i].text, "in") && ns >= 1000000000LL && i > 0 &&
		   !done_in(r, i - 1);
	/* "bytes written over 60 seconds": no bound on bytes moved (never
	 * "each read over 1 second") */
	static const char *const MOVED[] = { "written", "read", "sent", "received",
					     "transferred", "allocated", NULL };
	untimed |= tl && a == i + 1 && !strcmp(w[i].text, "over") && ns >= 1000000000LL &&
		   i > 1 && in_list(w[i - 1].text, MOVED) &&
		   in_list(w[i - 2].text, (const char *const[]){ "bytes", "data", "memory",
								 "megabytes", NULL });
	for (int k = 0; untimed && k < r->n; k++) {
		int l;
		const struct lx_phrase *ph = lexicon_at(r->lx, w, r->n, k, &l);
		untimed = !in_list(w[k].text, LEXICON_LASTING) &&
			  !(ph && ph->cls == LX_ROLE && !strcmp(ph->value, "duration")) &&
			  !in_list(w[k].text, (const char *const[]){
				  "time", "slow", "slower", "slowest", "fast", "faster",
				  "long", "longer", "longest", "spent", "spend", "spends", "timed",
				  "timing", "age", "old", "older", "lifetime", "lifetimes", NULL });
	}
	if ((!windowed && !untimed && !next_only) || ns % 1000000000 || ns / 1000000000 > 86400)
		return 0;
	int end = a + tl + windowed, tail = 0;
	/* "... in 10 seconds and then exit" */
	static const char *const STOP[] = { "exit", "exits", "quit", "quits", "stop", "stops",
					    "end", "ends", "finish", NULL };
	if (end + 2 < r->n && !strcmp(w[end].text, "and") && !strcmp(w[end + 1].text, "then") &&
	    in_list(w[end + 2].text, STOP))
		tail = 3;
	else if (end + 1 < r->n && in_list(w[end].text, (const char *const[]){ "and", "then",
										NULL }) &&
		 in_list(w[end + 1].text, STOP))
		tail = 2;
	end += tail;
	while (end < r->n && !w[end].opens && lexicon_filler(r->lx, w[end].text) &&
	       !in_list(w[end].text, (const char *const[]){ "each", "every", NULL }))
		end++;
	if (end < r->n && !w[end].opens)
		return 0;
	if (r->in->duration_s) {
		snprintf(r->why, r->whylen, "it gives two durations (\"%s\" and \"%s %s\")",
			 r->in->duration_words, w[i].orig, w[i + 1].orig);
		return -ENOTSUP;
	}
	r->in->duration_s = (long)(ns / 1000000000);
	as_written(w, i, a + tl + windowed + tail - i, r->in->duration_words,
		   sizeof(r->in->duration_words));
	place(w, i, a + tl + windowed + tail - i);
	return 1;
}

/* "more than 10 ms", "at least 5ms", "over 1 s": a bound on how long
 * what is traced takes. Returns 1 when one was read at word i (the
 * number), -ENOTSUP when a second is given, else 0. */
static int bound(struct reading *r, int i)
{
	long long ns;
	char unit[4];
	int used = time_at(r, i, &ns, unit);
	const struct lx_phrase *cmp = NULL;
	int l = 0;
	for (int L = 1; used && !cmp && L <= 3 && i - L >= 0; L++) {
		cmp = class_at(r->lx, r->w, r->n, i - L, LX_ABOVE, &l);
		if (cmp && (l != L || r->w[i - L].placed))
			cmp = NULL;
	}
	if (!cmp)
		return 0;
	/* what the bound is about: the event's calls ("reads slower than",
	 * "fsync calls that take at least"), a time taken ("latency over");
	 * never a process ("running more than 5 s") or the trace ("for more
	 * than 10 seconds") */
	static const char *const SKIP[] = { "call", "calls", "that", "which", "each", "every",
					    "ones", "is", "are", "was", "were", NULL };
	static const char *const ANCHOR[] = { "take", "takes", "took", "taking", "lasting", "last",
					      "lasts", "lasted", "latency", "latencies", "duration",
					      "durations", "syscall", "syscalls", "time", "times",
					      NULL };
	int j = i - l - 1, anchored = 0, calls = 0;
	for (int k = 0; j >= 0 && SKIP[k];)
		if (!strcmp(r->w[j].text, SKIP[k]))
			calls |= k < 2, j--, k = 0;
		else
			k++;
	for (int k = 0; j >= 0 && ANCHOR[k]; k++)
		anchored |= !strcmp(r->w[j].text, ANCHOR[k]);
	/* "processes that live less than 50 ms", "whose lifetime is": the
	 * time an event that is itself a time (a process's life) takes */
	const struct lx_event *ev = r->in->event;
	anchored |= j >= 0 && ev && ev->always_timed &&
		    in_list(r->w[j].text, (const char *const[]){ "live", "lives", "lived",
								 "lifetime", "lifetimes",
								 "lifespan", NULL });
	/* "reads blocking for more than 10 ms", "calls that stall for" */
	static const char *const STALL[] = { "block", "blocks", "blocking", "blocked", "stall",
					     "stalls", "stalling", "stalled", "hang", "hangs",
					     "hanging", NULL };
	if (!anchored && j >= 1 && !strcmp(r->w[j].text, "for") && !r->w[j - 1].placed &&
	    in_list(r->w[j - 1].text, STALL)) {
		anchored = 1;
		place(r->w, j - 1, 2);
	}
	/* "latency ... when it's above 1 ms": "it" is the time said before;
	 * so are "the ones", "those" and "calls" ("latency of opens, only the
	 * ones slower than 1 ms", "fsync latency, only report calls slower
	 * than 5 ms") */
	int ones = calls || (j >= 0 && !strcmp(r->w[j].text, "those")) ||
		   (j >= 0 && j + 1 < i - l && !strcmp(r->w[j].text, "the") &&
		    !strcmp(r->w[j + 1].text, "ones"));
	/* ("the time of every fsync, if more than 50 ms print it") */
	int cond = j >= 0 && in_list(r->w[j].text, (const char *const[]){ "if", "when", NULL });
	if (ones || cond ||
	    (j >= 1 && (!strcmp(r->w[j].text, "it") || !strcmp(r->w[j].text, "is")) &&
	     (!strcmp(r->w[j - 1].text, "when") || !strcmp(r->w[j - 1].text, "if") ||
	      (j >= 2 && !strcmp(r->w[j].text, "is") && !strcmp(r->w[j - 1].text, "it") &&
	       (!strcmp(r->w[j - 2].text, "when") || !strcmp(r->w[j - 2].text, "if"))))))
		for (int k = 0; k < j; k++)
			anchored |= in_list(r->w[k].text, (const char *const[]){
						   "latency", "latencies", "duration", "durations",
						   cond ? "time" : "latency", NULL });
	/* "off-CPU time ..., only the ones above 1ms", "only for waits longer
	 * than 10ms": an event that is itself a time */
	anchored |= j >= 0 && ev && ev->always_timed &&
		    (ones || in_list(r->w[j].text, (const char *const[]){
					    "wait", "waits", "waiting", "sleep", "sleeps", "time",
					    "times", "blocks", "stalls", NULL }));
	if (j < 0 || !(anchored || r->w[j].event)) {
		char said[LX_WORD * 2];
		as_written(r->w, i - l, l + used, said, sizeof(said));
		snprintf(r->why, r->whylen, "it gives a bound (\"%s\") without saying it is how long "
			 "each call takes (\"reads that take more than 10 ms\")", said);
		return -ENOTSUP;
	}
	/* "average latency over 10 seconds": a window as much as a bound */
	if (!strcmp(r->w[i - l].text, "over") && !strcmp(unit, "s")) {
		snprintf(r->why, r->whylen, "\"over %s\" may be a time to trace for or a bound on "
			 "what is measured: say \"for 10 seconds\" or \"longer than 10 s\"",
			 r->w[i].orig);
		return -ENOTSUP;
	}
	if (r->in->above_ns) {
		snprintf(r->why, r->whylen, "it gives two bounds (\"%s\" and \"%s\")",
			 r->in->above_words, r->w[i].orig);
		return -ENOTSUP;
	}
	r->in->above_ns = ns;
	r->in->above_ge = !strcmp(cmp->value, "ge") || !strcmp(cmp->value, "le");
	r->in->above_lt = cmp->value[0] == 'l';
	snprintf(r->in->above_unit, sizeof(r->in->above_unit), "%s", unit);
	/* "more than a quarter second (250 ms)": the same time said again */
	long long again;
	char again_unit[4];
	int more = i + used < r->n ? time_at(r, i + used, &again, again_unit) : 0;
	if (more && again == ns && !r->w[i + used].placed)
		used += more;
	as_written(r->w, i - l, l + used, r->in->above_words, sizeof(r->in->above_words));
	place(r->w, i - l, l + used);
	return 1;
}

/* A size: a number and its unit ("4096 bytes", "1 MB", "16k"; binary
 * multiples, as tools print them); the words it takes, 0 if none. Units
 * of size are not words of a tracing vocabulary but of arithmetic, so
 * they are a table here rather than lexicon lines. */
static int size_at(struct reading *r, int i, long long *bytes)
{
	/* not "m", "g" or "b" alone: "longer than 5 m" may be minutes */
	static const struct { const char *name; long long mul; } UNITS[] = {
		{ "byte", 1 },	       { "bytes", 1 },
		{ "k", 1024 },	       { "kb", 1024 },	     { "kib", 1024 },
		{ "kilobyte", 1024 },  { "kilobytes", 1024 },
		{ "mb", 1048576 },     { "mib", 1048576 },    { "megabyte", 1048576 },
		{ "megabytes", 1048576 }, { "gb", 1073741824 },
		{ "gib", 1073741824 }, { "gigabyte", 1073741824 }, { "gigabytes", 1073741824 },
	};
	const char *t = r->w[i].text;
	size_t digits = strspn(t, "0123456789");
	/* "half a megabyte": half of a unit above a byte */
	int half = !digits && !r->w[i].quoted && !strcmp(t, "half") && i + 2 < r->n &&
		   in_list(r->w[i + 1].text, (const char *const[]){ "a", "an", NULL }) &&
		   !r->w[i + 2].placed;
	for (size_t k = 2; half && k < sizeof(UNITS) / sizeof(UNITS[0]); k++)
		if (!strcmp(r->w[i + 2].text, UNITS[k].name)) {
			*bytes = UNITS[k].mul / 2;
			return 3;
		}
	if (!digits || digits > 10 || r->w[i].quoted || (t[0] == '0' && digits > 1))
		return 0;
	long long v = strtoll(t, NULL, 10);
	const char *unit = t[digits] ? t + digits
				     : i + 1 < r->n && !r->w[i + 1].placed ? r->w[i + 1].text : "";
	for (size_t k = 0; k < sizeof(UNITS) / sizeof(UNITS[0]); k++)
		if (!strcmp(unit, UNITS[k].name) && v > 0 && v <= (1LL << 40) / UNITS[k].mul) {
			*bytes = v * UNITS[k].mul;
			return t[digits] ? 1 : 2;
		}
	return 0;
}

/* "over 1 MB", "larger than 4096 bytes", "1 MB or more", "at least 16
 * KB": only what moves or asks for more bytes. */
static int size_bound(struct reading *r, int i)
{
	long long bytes;
	int used = size_at(r, i, &bytes);
	if (!used)
		return 0;
	const struct lx_phrase *cmp = NULL;
	int l = 0, ge = 0;
	for (int L = 1; !cmp && L <= 2 && i - L >= 0; L++) {
		cmp = class_at(r->lx, r->w, r->n, i - L, LX_ABOVE, &l);
		if (cmp && (l != L || r->w[i - L].placed))
			cmp = NULL;
	}
	int or = i + used + 1 < r->n && !strcmp(r->w[i + used].text, "or");
	int after = or && in_list(r->w[i + used + 1].text, (const char *const[]){
					  "more", "larger", "bigger", "above", NULL });
	int below = or && in_list(r->w[i + used + 1].text, (const char *const[]){
					  "less", "smaller", "fewer", "below", NULL });
	after |= below;
	if (!cmp && !after)
		return 0;
	if (cmp && after) {
		snprintf(r->why, r->whylen, "it gives a size two ways (\"%s ... or more\")",
			 r->w[i - l].orig);
		return -ENOTSUP;
	}
	ge = after || !strcmp(cmp->value, "ge") || !strcmp(cmp->value, "le");
	if (r->in->size_above) {
		snprintf(r->why, r->whylen, "it gives two sizes (\"%s\" and \"%s\")",
			 r->in->size_words, r->w[i].orig);
		return -ENOTSUP;
	}
	int from = cmp ? i - l : i, len = cmp ? l + used : used + 2;
	/* "where the size is at least 1 MB", "whose returned size is over":
	 * the size's own words, not a thing to show or group by */
	int j = from - 1;
	if (j >= 0 && (!strcmp(r->w[j].text, "is") || !strcmp(r->w[j].text, "are") ||
		       !strcmp(r->w[j].text, "was")))
		j--;
	/* ("with bytes over 4KB": the bytes are the bound's) */
	int bytes_of = j > 0 && !r->w[j].placed &&
		       (!strcmp(r->w[j].text, "bytes") || !strcmp(r->w[j].text, "byte")) &&
		       in_list(r->w[j - 1].text, (const char *const[]){ "with", "where", "whose",
									  "having", NULL });
	if (j >= 0 && !r->w[j].placed && (!strcmp(r->w[j].text, "size") ||
					  !strcmp(r->w[j].text, "sizes") || bytes_of)) {
		int k = j;
		if (k > 0 && !r->w[k - 1].placed && (!strcmp(r->w[k - 1].text, "returned") ||
						      !strcmp(r->w[k - 1].text, "requested")))
			k--;
		/* the size asked for is no size moved, which is what is bounded */
		if (!strcmp(r->w[k].text, "requested")) {
			snprintf(r->why, r->whylen, "it bounds the size requested (\"%s %s\"), and "
				 "the offline planner bounds the bytes moved", r->w[k].orig,
				 r->w[k + 1].orig);
			return -ENOTSUP;
		}
		len += from - k;
		from = k;
	}
	r->in->size_above = bytes;
	r->in->size_ge = ge;
	r->in->size_lt = below || (cmp && cmp->value[0] == 'l');
	as_written(r->w, from, len, r->in->size_words, sizeof(r->in->size_words));
	place(r->w, from, len);
	return 1;
}

/* Units sizes are shown in: binary multiples, as size bounds read them. */
static const struct {
	const char *name, *unit;
	long div;
} SIZE_UNITS[] = {
	{ "kb", "KB", 1024 },	 { "kib", "KB", 1024 },	    { "kilobytes", "KB", 1024 },
	{ "mb", "MB", 1048576 }, { "mib", "MB", 1048576 }, { "megabytes", "MB", 1048576 },
};
#define N_SIZE_UNITS (sizeof(SIZE_UNITS) / sizeof(SIZE_UNITS[0]))

/* "Kb", "Mb": bits; "kB": a thousand bytes, as written. */
static int bits_or_decimal(const char *orig)
{
	return (strlen(orig) == 2 && isupper((unsigned char)orig[0]) && orig[1] == 'b') ||
	       !strcmp(orig, "kB");
}

/* "in KB", "in megabytes": the unit sizes are shown in (binary
 * multiples, as size bounds read them); the words it takes, or 0. */
static int size_unit(struct reading *r, int i)
{
	struct rword *w = r->w;
	if (strcmp(w[i].text, "in") || i + 1 >= r->n || w[i].placed || w[i + 1].placed)
		return 0;
	for (size_t k = 0; k < N_SIZE_UNITS; k++) {
		if (strcmp(w[i + 1].text, SIZE_UNITS[k].name))
			continue;
		if (r->in->size_div) {
			snprintf(r->why, r->whylen, "it gives two units of size (\"%s\" and \"%s\")",
				 r->in->size_unit_words, w[i + 1].orig);
			return -ENOTSUP;
		}
		if (bits_or_decimal(w[i + 1].orig)) {
			snprintf(r->why, r->whylen,
				 "it shows sizes in \"%s\": bits, or thousands of bytes, which "
				 "the offline planner does not show (say KB or KiB, 1024 bytes)",
				 w[i + 1].orig);
			return -ENOTSUP;
		}
		r->in->size_div = SIZE_UNITS[k].div;
		snprintf(r->in->size_unit, sizeof(r->in->size_unit), "%s", SIZE_UNITS[k].unit);
		as_written(w, i, 2, r->in->size_unit_words, sizeof(r->in->size_unit_words));
		place(w, i, 2);
		return 2;
	}
	return 0;
}

/* "the time a read takes", "max time reads take": "time" before a form of
 * "take" in its clause is how long each one takes, read as "latency";
 * the "takes" is its own. */
static void time_taken(struct reading *r)
{
	static const char *const TAKE[] = { "take", "takes", "took", "taking", NULL };
	for (int i = 0; i + 1 < r->n; i++) {
		if (r->w[i].quoted || strcmp(r->w[i].text, "time") ||
		    (i > 0 && in_list(r->w[i - 1].text, (const char *const[]){
					      "each", "every", "any", "first", "last", "next",
					      "this", "that", "one", "some", "many", "other",
					      NULL })))
			continue; /* "each time nginx takes a read": whenever */
		for (int k = i + 1; k < r->n && k <= i + 5 && !r->w[k].opens; k++)
			if (in_list(r->w[k].text, TAKE)) {
				snprintf(r->w[i].text, sizeof(r->w[i].text), "latency");
				place(r->w, k, 1);
				break;
			}
	}
}

/* "the uid they ask for", "the uid being requested": what a call asks
 * for, said after it, read as "requested uid". */
static void asked_after(struct reading *r)
{
	static const char *const ASKED[] = {
		"requested", "being requested", "asked for", "they ask for", "it asks for",
		"they request", "it requests", "they want", "it wants", "to switch to",
		"they switch to", "it switches to", "they ask to become", "it asks to become",
		NULL
	};
	static const char *const IDS[] = { "uid", "gid", "euid", "egid", "fsuid", "fsgid",
					   NULL };
	for (int i = 0; i + 1 < r->n; i++) {
		if (r->w[i].quoted || !in_list(r->w[i].text, IDS))
			continue;
		for (const char *const *a = ASKED; *a; a++) {
			int l = phrase_at(r->w, r->n, i + 1, *a, NULL, 0);
			if (!l)
				continue;
			struct rword id = r->w[i];
			r->w[i] = r->w[i + 1];
			r->w[i + 1] = id;
			snprintf(r->w[i].text, sizeof(r->w[i].text), "requested");
			snprintf(r->w[i].orig, sizeof(r->w[i].orig), "requested");
			r->w[i].stem[0] = '\0';
			r->w[i + 1].opens = 0;
			/* (the rest of the phrase is gone: "requested" said again
			 * would be read again) */
			if (l > 1) {
				memmove(&r->w[i + 2], &r->w[i + 1 + l],
					(size_t)(r->n - (i + 1 + l)) * sizeof(r->w[0]));
				r->n -= l - 1;
			}
			break;
		}
	}
}

/* "total KB written per process", "how many MB does it read": a unit
 * of size that stands for the bytes, shown in it; read as "bytes" with
 * the unit (as "in KB"). Never after a number ("64 KB" is a size). */
static void sizes_as_units(struct reading *r)
{
	static const char *const MOVED[] = { "written", "read", "sent", "received", "transferred",
					     "allocated", "copied", "moved", "freed", NULL };
	static const char *const OF[] = { "total", "many", "much", "of", "sum", NULL };
	for (int i = 0; i < r->n; i++) {
		struct rword *w = &r->w[i];
		size_t k = 0;
		while (k < N_SIZE_UNITS && strcmp(w->text, SIZE_UNITS[k].name))
			k++;
		if (k == N_SIZE_UNITS || w->quoted || r->in->size_div ||
		    (i > 0 && (isdigit((unsigned char)r->w[i - 1].text[0]) ||
			       !strcmp(r->w[i - 1].text, "in"))) ||
		    !((i + 1 < r->n && in_list(r->w[i + 1].text, MOVED)) ||
		      (i > 0 && in_list(r->w[i - 1].text, OF))))
			continue;
		if (bits_or_decimal(w->orig))
			continue; /* left to decline as a word it does not know */
		r->in->size_div = SIZE_UNITS[k].div;
		snprintf(r->in->size_unit, sizeof(r->in->size_unit), "%s", SIZE_UNITS[k].unit);
		snprintf(r->in->size_unit_words, sizeof(r->in->size_unit_words), "%s", w->orig);
		snprintf(w->text, sizeof(w->text), "bytes");
	}
}

/* Numbers and what they count: "top 10", "every 5 seconds", "pid 42",
 * "per second", "more than 10 ms". */
static int thing_at(struct reading *r, int i, char *name, size_t len);

/* "fd 1", "signal 9", "cpu 0": the word before the number names a thing
 * of the event (a field's name, a role, a key; not a result, which is
 * known only at the exit, nor bytes, nor a process), which is kept equal
 * to it. Returns 1 when placed (or declined, with why set), 0 when the
 * number is not one. */
static int others_user(struct reading *r, int i);

/* Whether a connection is said to be one this machine makes
 * ("outgoing"; "connects", "made" with no remote subject or agent):
 * "new tcp connections to port 27015" says neither, and on a server they
 * are the ones it accepts; so are "hosts making connections to port 22"
 * and connections "made to port 80 on this host". */
static int said_outbound(const struct reading *r)
{
	static const char *const OUT[] = { "outbound", "outgoing", "egress", NULL };
	static const char *const VERB[] = { "connect", "connects", "connecting", "connected",
					    "connect()", "made", "make", "makes", "making",
					    "opened", "opens", "open", "opening", "initiated",
					    "initiates", "dial", "dials", "dialing", NULL };
	static const char *const REMOTE[] = { "address", "addresses", "host", "hosts", "peer",
					      "peers", "client", "clients", "ip", "ips", "remote",
					      "machine", "machines", "users", "external", "outside",
					      "internet", "who", "whoever", "anyone", "someone",
					      NULL };
	static const char *const HERE[] = { "this", "our", "my", "the", NULL };
	static const char *const BOX[] = { "host", "server", "box", "machine", "node", "system",
					   "vm", "instance", NULL };
	int verb = 0, remote = 0;
	for (int k = 0; k < r->n; k++) {
		const struct rword *w = &r->w[k];
		if (w->quoted)
			continue;
		if (in_list(w->text, OUT))
			return 1;
		/* ("on this host", "to our server", "here") */
		if (!strcmp(w->text, "here") ||
		    (k + 2 < r->n && in_list(w->text, (const char *const[]){ "on", "to", "at",
									     "into", NULL }) &&
		     in_list(r->w[k + 1].text, HERE) && in_list(r->w[k + 2].text, BOX)))
			return 0;
		/* (a remote subject: before the verb, or its agent after it,
		 * "made by remote hosts"; not "print the remote address") */
		static const char *const BY[] = { "by", "from", NULL };
		remote |= in_list(w->text, REMOTE) &&
			  (!verb || (k > 0 && in_list(r->w[k - 1].text, BY)) ||
			   (k > 1 && in_list(r->w[k - 2].text, BY)));
		verb |= in_list(w->text, VERB);
	}
	return verb && !remote;
}

/* "retransmits to 10.20.0.15", "connections accepted from 10.0.0.0/8":
 * an IPv4 address (a network: a prefix of whole bytes) kept to, at the
 * end the event's direction and the word before it say (see below).
 * Returns the words taken (with why set when declined), 0 when word i is
 * no address. */
static int ip_address(struct reading *r, int i)
{
	struct rword *w = r->w;
	unsigned a[4];
	char tail[8] = "";
	int used = 0;
	if (w[i].quoted || sscanf(w[i].text, "%3u.%3u.%3u.%3u%n%7s", &a[0], &a[1], &a[2], &a[3],
				  &used, tail) < 4)
		return 0;
	if (a[0] > 255 || a[1] > 255 || a[2] > 255 || a[3] > 255 || w[i].text[used])
		return 0;
	/* ("/8" right after it, as written) */
	int len = 1, bits = 32;
	const char *at = r->request ? strstr(r->request, w[i].orig) : NULL;
	if (at && at[strlen(w[i].orig)] == '/') {
		if (i + 1 >= r->n || !isdigit((unsigned char)w[i + 1].text[0]) ||
		    !number(w[i + 1].text, &(long){ 0 })) {
			snprintf(r->why, r->whylen,
				 "it keeps to a network (\"%s/\") whose prefix is not read",
				 w[i].orig);
			return -1;
		}
		bits = atoi(w[i + 1].text);
		len = 2;
	}
	char said[LX_WORD * 2];
	snprintf(said, sizeof(said), "%s%s%s", w[i].orig, len > 1 ? "/" : "",
		 len > 1 ? w[i + 1].orig : "");
	if (bits < 8 || bits > 32 || bits % 8) {
		snprintf(r->why, r->whylen, "it keeps to the network %s, whose prefix is not whole "
			 "bytes (/8, /16, /24, /32)", said);
		return -1;
	}
	/* which end: at a connection accepted here, "from" the remote one
	 * and "to" the local one; at one made from here, or what is sent
	 * (a retransmit), "to" the remote one; "remote", "local" say so
	 * anywhere; elsewhere (a reset received, a state change) declined */
	static const char *const REMOTE[] = { "remote", "destination", "dest", "dst", "peer",
					      "peer's", "client", NULL };
	static const char *const LOCAL[] = { "source", "src", "local", NULL };
	static const char *const DIRECTION[] = { "source", "src", "destination", "dest", "dst",
						 NULL };
	const char *before = i > 0 ? w[i - 1].text : "";
	const char *before2 = i > 1 ? w[i - 2].text : "";
	const struct lx_event *e = r->in->event;
	int to = in_list(before, (const char *const[]){ "to", "toward", "towards", NULL });
	int from = !strcmp(before, "from");
	const char *role = NULL;
	if (e && e->inbound)
		role = from ? "address" : to ? "source" : NULL;
	else if (e && (e->outbound || e->sent))
		role = to ? "address" : NULL;
	if (!e || !(e->inbound || e->outbound || e->sent) || from || to)
		;
	/* (where source and destination are no ends, "nodirection": an
	 * accepted connection's source is its remote end, only "local" and
	 * "remote" say which) */
	else if (e->no_direction && (in_list(before, DIRECTION) || in_list(before2, DIRECTION)))
		role = NULL;
	else if (in_list(before, LOCAL) || in_list(before2, LOCAL))
		role = "source";
	else if (in_list(before, REMOTE) || in_list(before2, REMOTE))
		role = "address";
	/* ("tcp connections to 10.0.0.1" may be accepted ones, as with a
	 * port) */
	if (role && e && e->outbound && !said_outbound(r))
		role = NULL;
	const char *expr = NULL;
	for (int k = 0; role && e && k < e->n_roles; k++)
		if (!strcmp(e->roles[k].name, role))
			expr = e->roles[k].expr;
	if (!role || !expr || strncmp(expr, "ntop(args->", 11) ||
	    strcmp(expr + strlen(expr) - 4, "_v6)")) {
		snprintf(r->why, r->whylen, "it keeps to the address %s, and %s", said,
			 !role ? "which end of what it traces it is is not said (\"outgoing "
				 "connections to\", \"accepted connections from\")"
			       : "the event has no such address to keep to");
		return -1;
	}
	if (r->in->ip_bytes) {
		snprintf(r->why, r->whylen, "it keeps to two addresses (\"%s\" and \"%s\")",
			 r->in->ip_words, said);
		return -1;
	}
	/* ("source address 10.2.3.4": the words naming it are its own) */
	int from_k = i;
	while (from_k > 0 && from_k > i - 2 && !w[from_k - 1].placed && !w[from_k - 1].quoted &&
	       (in_list(w[from_k - 1].text, REMOTE) || in_list(w[from_k - 1].text, LOCAL) ||
		in_list(w[from_k - 1].text, (const char *const[]){ "address", "addresses", "ip",
								   "addr", NULL })))
		from_k--;
	if (from_k < i)
		place(w, from_k, i - from_k);
	for (int k = 0; k < 4; k++)
		r->in->ip[k] = (unsigned char)a[k];
	r->in->ip_bytes = bits / 8;
	snprintf(r->in->ip_role, sizeof(r->in->ip_role), "%s", role);
	snprintf(r->in->ip_words, sizeof(r->in->ip_words), "%s", said);
	place(w, i, len);
	return len;
}

static int equals_number(struct reading *r, int i)
{
	struct rword *w = r->w;
	const char *t = w[i].text;
	char *end;
	int l0;
	const struct lx_phrase *before = lexicon_at(r->lx, w, r->n, i - 1, &l0);
	/* "who sent signal 9": "signal" names the event and is its role */
	int role_of_event = w[i - 1].event && before && before->cls == LX_ROLE && l0 == 1;
	if (!isdigit((unsigned char)t[0]) || (w[i - 1].placed && !role_of_event) || w[i - 1].quoted ||
	    w[i - 1].path || strspn(w[i - 1].text, "abcdefghijklmnopqrstuvwxyz_") !=
				     strlen(w[i - 1].text))
		return 0;
	errno = 0;
	long v = strtol(t, &end, 10);
	if (*end || errno || v < 0 || v > 0x7fffffffL)
		return 0;
	/* "process id 1234": the last word of a phrase is not a thing alone,
	 * unless the phrase is a role ("remote port 443", from word s);
	 * "mode 777" is octal, "0644" too */
	int s = i - 1;
	for (int j = i - 2; j >= 0 && j >= i - 4 && s == i - 1; j--) {
		int l;
		const struct lx_phrase *ph = lexicon_at(r->lx, w, r->n, j, &l);
		/* ("user id 1001": a key's phrase) */
		if (ph && j + l == i && (ph->cls == LX_ROLE || ph->cls == LX_KEY) && !w[j].placed &&
		    !w[j].quoted)
			s = j;
		else if (ph && j + l > i - 1)
			return 0;
	}
	if ((t[0] == '0' && t[1]) || !strcmp(w[i - 1].text, "mode"))
		return 0;
	char name[LX_WORD];
	if (thing_at(r, s, name, sizeof(name)) != i - s ||
	    strlen(name) >= sizeof(r->in->equals[0].name))
		return 0;
	/* "from port 8080": the source's port, which "port" is not */
	if (!strcmp(name, "port") && s >= 1 && !strcmp(w[s - 1].text, "from")) {
		snprintf(r->why, r->whylen, "it keeps to a port \"from\" (%s %s): the source's "
			 "port is not said as such (\"source port\")", w[i - 1].orig, w[i].orig);
		return 1;
	}
	/* "retransmits for port 443": a server's port is the local one, a
	 * client's the remote one; an event with both says neither alone */
	/* (a listener's port is its local one: one port) */
	const char *local = NULL, *remote = NULL;
	for (int k = 0; r->in->event && k < r->in->event->n_roles; k++) {
		const struct lx_role *ro = &r->in->event->roles[k];
		if (!strcmp(ro->name, "localport"))
			local = ro->expr;
		else if (!strcmp(ro->name, "port"))
			remote = ro->expr;
	}
	/* at a connection made to this machine, a port "on", "to", "at" or
	 * "for" it is the server's, the local one, unless words before or
	 * after it say whose ("on port 8080 of the remote host") */
	static const char *const ON[] = { "on", "to", "at", "for", NULL };
	static const char *const WHOSE[] = { "remote", "peer", "peers", "client", "clients",
					     "source", "src", "destination", "dst", "dest", "other",
					     "far", "local", "server", "our", "my", "this", NULL };
	int whose = 0;
	static const char *const OF[] = { "of", "on", "at", "from", "in", NULL };
	int of = i + 1 < r->n && !w[i + 1].opens && in_list(w[i + 1].text, OF);
	for (int k = i + 2; of && k < r->n && k <= i + 4 && !w[k].opens; k++)
		whose |= in_list(w[k].text, WHOSE);
	/* ("from a peer at port 5000": said before it) */
	for (int k = s - 2; k >= 0 && k >= s - 4 && !w[k + 1].opens; k--)
		whose |= in_list(w[k].text, WHOSE);
	int on = !strcmp(name, "port") && s == i - 1 && s >= 1 && in_list(w[s - 1].text, ON);
	if (on && !whose && local && r->in->event->inbound)
		snprintf(name, sizeof(name), "localport");
	/* "tcp connections on port 22": a connection this machine makes has
	 * the port it connects to; one "on" a port may be the server's */
	if (on && r->in->event && r->in->event->outbound && strcmp(w[s - 1].text, "to")) {
		snprintf(r->why, r->whylen, "it keeps to a port \"%s %s %s\", and what it traces "
			 "(\"%s\") are connections this machine makes: say \"to port %s\" for the "
			 "port connected to, or \"accepted connections on port %s\" for this "
			 "machine's", w[s - 1].orig, w[i - 1].orig, w[i].orig, r->in->event_words,
			 w[i].orig, w[i].orig);
		return 1;
	}
	if (on && r->in->event && r->in->event->outbound && !said_outbound(r)) {
		snprintf(r->why, r->whylen, "it keeps to a port (\"%s %s %s\"), and \"%s\" may be "
			 "connections made from here or accepted here: say \"outgoing connections "
			 "to port %s\" or \"accepted connections on port %s\"", w[s - 1].orig,
			 w[i - 1].orig, w[i].orig, r->in->event_words, w[i].orig, w[i].orig);
		return 1;
	}
	if (!strcmp(name, "port") && local && (!remote || strcmp(local, remote)) && s == i - 1) {
		snprintf(r->why, r->whylen, "it keeps to a port (\"%s %s\"), and %s has a local and a "
			 "remote one: which is not said", w[i - 1].orig, w[i].orig,
			 r->in->event_words);
		return 1;
	}
	static const char *const NOT[] = { "ret", "errno", "bytes", "comm", "duration", "spent",
					   "argv", "argument", "file", "address", "host", NULL };
	for (int k = 0; NOT[k]; k++)
		if (!strcmp(name, NOT[k]))
			return 0;
	if (!strcmp(name, "uid") && others_user(r, s))
		return 1;
	if (r->in->n_equals == 2) {
		snprintf(r->why, r->whylen, "it keeps more than two things to numbers");
		return 1;
	}
	for (int e = 0; e < r->in->n_equals; e++)
		if (!strcmp(r->in->equals[e].name, name)) {
			snprintf(r->why, r->whylen, "it keeps %s to two values (\"%s\" and \"%s %s\"): "
				 "both at once never happens", w[i - 1].orig, r->in->equals[e].words,
				 w[i - 1].orig, w[i].orig);
			return 1;
		}
	int k = r->in->n_equals++;
	snprintf(r->in->equals[k].name, sizeof(r->in->equals[k].name), "%.23s", name);
	as_written(w, s, i - s + 1, r->in->equals[k].words, sizeof(r->in->equals[k].words));
	r->in->equals_value[k] = v;
	r->in->equals_not[k] = negated_in(r, s, i - s + 1);
	place(w, s, i - s + 1);
	return 1;
}

/* "pid above 1000", "whose pid is over 500", "pids of at least 1000":
 * a bound on the pid at word i (lexicon `above`); the words it takes, 0
 * when none, -ENOTSUP with the reason when one is said twice. */
static int pid_bound(struct reading *r, int i)
{
	struct rword *w = r->w;
	long v;
	if (strcmp(w[i].text, "pid") && strcmp(w[i].text, "pids"))
		return 0;
	int j = i + 1, l = 0;
	if (j < r->n && in_list(w[j].text, (const char *const[]){ "is", "are", "was", "of",
								   NULL }))
		j++;
	const struct lx_phrase *cmp =
		j < r->n && !w[j].placed ? class_at(r->lx, w, r->n, j, LX_ABOVE, &l) : NULL;
	if (!cmp || j + l >= r->n || !pid_number(w[j + l].text, &v))
		return 0;
	/* "context switches into pids over 500": the pid of a task something
	 * is done to */
	if (i > 0 && in_list(w[i - 1].text, (const char *const[]){ "to", "into", "onto", NULL })) {
		as_written(w, i - 1, j + l + 2 - i, r->in->pid_above_words,
			   sizeof(r->in->pid_above_words));
		snprintf(r->why, r->whylen, "it bounds the pid of a task something is done to "
			 "(\"%s\"), which the offline planner does not keep to",
			 r->in->pid_above_words);
		return -ENOTSUP;
	}
	if (r->in->pid_above) {
		snprintf(r->why, r->whylen, "it gives two bounds on the pid (\"%s\" and \"%s\")",
			 r->in->pid_above_words, w[j + l].orig);
		return -ENOTSUP;
	}
	r->in->pid_above = v;
	r->in->pid_above_ge = !strcmp(cmp->value, "ge") || !strcmp(cmp->value, "le");
	r->in->pid_lt = cmp->value[0] == 'l';
	as_written(w, i, j + l + 1 - i, r->in->pid_above_words, sizeof(r->in->pid_above_words));
	place(w, i, j + l + 1 - i);
	return j + l + 1 - i;
}

/* "pid 4242", "pid=4242", "process id 4242": the pid kept to. Returns 1
 * when placed (or declined, with why set). */
static int pid_words(struct reading *r, int i)
{
	struct rword *w = r->w;
	long v;
	int named = !strcmp(w[i].text, "pid") || !strcmp(w[i].text, "pid=") ||
		    (!strcmp(w[i].text, "id") && i > 0 && !w[i - 1].placed &&
		     !strcmp(w[i - 1].text, "process"));
	if (!named || i + 1 >= r->n || !pid_number(w[i + 1].text, &v))
		return 0;
	if (r->in->pid && r->in->pid != v) {
		snprintf(r->why, r->whylen, "it names two pids (%ld and %ld)", r->in->pid, v);
		return 1;
	}
	int from = w[i].text[0] == 'i' ? i - 1 : i;
	int not = negated_in(r, from, i + 2 - from);
	if (r->in->pid && r->in->pid_not != not) {
		snprintf(r->why, r->whylen, "it names pid %ld both kept to and kept out", v);
		return 1;
	}
	r->in->pid = v;
	r->in->pid_not = not;
	r->in->pid_to = from > 0 && !strcmp(w[from - 1].text, "to");
	r->in->pid_from = from > 0 && !strcmp(w[from - 1].text, "from");
	place(w, from, i + 2 - from);
	return 1;
}

/* "errno 13", "error 2": the calls that failed with it. Returns 1 when
 * placed (or declined, with why set). */
static int errno_number(struct reading *r, int i)
{
	struct rword *w = r->w;
	long v;
	if ((strcmp(w[i].text, "errno") && strcmp(w[i].text, "error")) || i + 1 >= r->n ||
	    !number(w[i + 1].text, &v) || v <= 0 || v >= 134 || !strerrorname_np((int)v))
		return 0;
	if ((r->in->errno_value && r->in->errno_value != v) || r->in->succeeded) {
		snprintf(r->why, r->whylen, "it names errno %ld beside %s", v,
			 r->in->succeeded ? "calls that succeeded" : "another error");
		return 1;
	}
	r->in->errno_value = (int)v;
	r->in->failed = 1;
	as_written(w, i, 2, r->in->fail_words, sizeof(r->in->fail_words));
	place(w, i, 2);
	return 1;
}

/* Keeps the events to the user `uid` (`name` in a decline), said by
 * words from..to-1; why set when it cannot. */
static void keep_uid(struct reading *r, int from, int to, long uid, const char *name)
{
	for (int k = 0; k < r->in->n_equals; k++)
		if (!strcmp(r->in->equals[k].name, "uid") && r->in->equals_value[k] != uid) {
			snprintf(r->why, r->whylen, "it names two users (uid %ld and %s)",
				 r->in->equals_value[k], name);
			return;
		}
	if (r->in->n_equals == 2) {
		snprintf(r->why, r->whylen, "it keeps more than two things to numbers");
		return;
	}
	int k = r->in->n_equals++;
	snprintf(r->in->equals[k].name, sizeof(r->in->equals[k].name), "uid");
	as_written(r->w, from, to - from, r->in->equals[k].words, sizeof(r->in->equals[k].words));
	r->in->equals_value[k] = uid;
	r->in->equals_not[k] = negated_in(r, from, to - from);
	place(r->w, from, to - from);
	for (int w = from; w < to; w++)
		r->w[w].user = 1;
}

/* "whose parent is root", "parent process running as www-data": the
 * user of another process than the one traced: 1 with why set. */
static int others_user(struct reading *r, int i)
{
	const struct rword *w = r->w;
	/* "signals sent to processes running as root", "kills of uid 33",
	 * "context switches to processes of user x": the task acted on;
	 * "files owned by root": a file's owner. "by", "from" say who
	 * acts. */
	for (int k = i - 1; k >= 0 && k >= i - 5 && !w[k + 1].opens; k--) {
		if (!strcmp(w[k].text, "by") && k > 0 && !strcmp(w[k - 1].text, "owned") &&
		    !(k > 1 && in_list(w[k - 2].text, (const char *const[]){
					       "process", "processes", "task", "tasks", "program",
					       "programs", "thread", "threads", NULL }))) {
			snprintf(r->why, r->whylen, "it says \"owned by %s\" of something other "
				 "than a process: its owner, which the offline reader does not keep "
				 "to", w[i].orig);
			return 1;
		}
		/* ("processes run by root": said of them; keep looking) */
		if (in_list(w[k].text, (const char *const[]){ "by", "from", NULL }) &&
		    !(k > 0 && in_list(w[k - 1].text, (const char *const[]){
					       "run", "owned", "started", "launched", "executed",
					       "spawned", NULL })))
			break;
		if (in_list(w[k].text, (const char *const[]){ "to", "into", "against", NULL }) ||
		    (!strcmp(w[k].text, "of") && k > 0 &&
		     in_list(w[k - 1].text, (const char *const[]){
				     "kill", "kills", "killing", "signal", "signals", "signalling",
				     "signaling", NULL }))) {
			snprintf(r->why, r->whylen, "it says \"%s ... %s\": the user of the task "
				 "acted on, which the offline reader does not keep to (a user kept "
				 "to is the one acting)", w[k].orig, w[i].orig);
			return 1;
		}
	}
	for (int k = i - 1; k >= 0 && k >= i - 4 && !w[k + 1].opens; k--)
		if (in_list(w[k].text, (const char *const[]){ "parent", "parents", "parent's",
							      "ppid", "child", "children",
							      "child's", "grandparent", NULL })) {
			snprintf(r->why, r->whylen, "it says \"%s ... %s\": the user of another "
				 "process than the one traced, which the offline reader does not "
				 "keep to", w[k].orig, w[i].orig);
			return 1;
		}
	return 0;
}

/* "by root", "as root", "root processes": the user with uid 0; not
 * "root filesystem", "root's files", "/root". Returns 1 when placed (or
 * declined, with why set). */
static int root_user(struct reading *r, int i)
{
	static const char *const NOT_USER[] = { "directory", "dir", "cause", "causes", "filesystem",
						"fs", "partition", "path", "folder", "home", "device",
						"node", "certificate", "cgroup", "namespace", NULL };
	struct rword *w = r->w;
	size_t ol = strlen(w[i].orig);
	/* "kills of root processes", "signals to root": the task acted on */
	static const char *const DONE_TO[] = { "of", "to", "kill", "kills", "killing", "killed",
					       "signal", "signals", "signaling", "signalling", "at",
					       "against", NULL };
	if (strcmp(w[i].text, "root") || w[i].quoted || w[i].path || w[i].placed ||
	    (ol > 2 && !strcmp(w[i].orig + ol - 2, "'s")) ||
	    (i + 1 < r->n && in_list(w[i + 1].text, NOT_USER)) ||
	    (i > 0 && in_list(w[i - 1].text, DONE_TO)) ||
	    (i > 1 && !strcmp(w[i - 1].text, "the") && in_list(w[i - 2].text, DONE_TO)))
		return 0;
	if (others_user(r, i))
		return 1;
	int from = i > 0 && !w[i - 1].placed && !strcmp(w[i - 1].text, "user") ? i - 1 : i;
	int to = i + 1 < r->n && !w[i + 1].placed &&
			 (!strcmp(w[i + 1].text, "user") || !strcmp(w[i + 1].text, "users"))
		 ? i + 2
		 : i + 1;
	keep_uid(r, from, to, 0, "root");
	return 1;
}

/* Whether the words before i say a user by name follows: "user", "as
 * user", "the user named", "running as". */
static int user_cue(const struct rword *w, int i)
{
	static const char *const USER[] = { "user", "users", "username", "account", NULL };
	static const char *const RUN[] = { "run", "runs", "running", "ran", "executing", "execute",
					   "executes", "executed", "launched", "started", NULL };
	if (i < 1 || w[i].opens || w[i - 1].placed)
		return 0;
	if (in_list(w[i - 1].text, USER))
		return 1;
	if (i > 1 && in_list(w[i - 1].text, (const char *const[]){ "named", "called", NULL }) &&
	    in_list(w[i - 2].text, USER))
		return 1;
	/* "uid postgres", "user id postgres": a name where a uid stands */
	if (in_list(w[i - 1].text, (const char *const[]){ "uid", "uids", NULL }) ||
	    (i > 1 && !strcmp(w[i - 1].text, "id") && in_list(w[i - 2].text, USER)))
		return 2;
	/* "running as nobody"; "opens as postgres": who acts as, a user
	 * (never a process's name) */
	if (!strcmp(w[i - 1].text, "as"))
		return i > 1 && in_list(w[i - 2].text, RUN) ? 3 : 4;
	return 0;
}

/* Whether the word at i stands where a user's name does: after a cue
 * (*after 0) or before "user" ("the postgres user": *after 1). */
static int user_place(const struct reading *r, int i, int *after)
{
	/* "cpu time by user, sys and idle": a CPU's modes, no user */
	static const char *const MODES[] = { "sys", "system", "idle", "iowait", "nice", "irq",
					     "softirq", "kernel", "steal", NULL };
	const struct rword *w = r->w;
	if (w[i].placed || w[i].path || w[i].sigword ||
	    (i + 1 < r->n && in_list(w[i + 1].text, MODES)))
		return 0;
	*after = 0;
	if (user_cue(w, i))
		return w[i].quoted || !in_list(w[i].text, MODES);
	/* "the postgres user", "as the www-data user"; never "user space",
	 * "user time" */
	*after = 1;
	return i > 0 && i + 1 < r->n && !w[i + 1].placed && !w[i + 1].opens &&
	       in_list(w[i - 1].text, (const char *const[]){ "the", "a", "as", "by", NULL }) &&
	       in_list(w[i + 1].text, (const char *const[]){ "user", "account", NULL }) &&
	       !(i + 2 < r->n && in_list(w[i + 2].text, (const char *const[]){
					 "stack", "stacks", "time", "space", "mode", "level", "cpu",
					 "id", "ids", NULL }));
}

/* The name of the user at word i as written, its uid from this
 * machine's user database (getpwnam); -1 when it has none. */
static long user_uid(const struct reading *r, int i, char *name, size_t len)
{
	snprintf(name, len, "%s", r->w[i].quoted ? r->w[i].text : r->w[i].orig);
	if (!name[0] || strspn(name, "0123456789") == strlen(name))
		return -1;
	struct passwd *pw = getpwnam(name);
	return pw ? (long)pw->pw_uid : -1;
}

/* "as user www-data", "by user postgres", "running as nobody", "the
 * postgres user": a user of this machine by name, kept to by its uid.
 * A name after "user" that no user has and no English word is declines
 * ("user alice": no such user here). Returns 1 when placed (or declined,
 * with why set). */
static int named_user(struct reading *r, int i)
{
	struct rword *w = r->w;
	int after;
	if (!strcmp(w[i].text, "root") || !user_place(r, i, &after))
		return 0;
	char name[LX_WORD];
	long uid = user_uid(r, i, name, sizeof(name));
	if (uid < 0) {
		/* "by user and process": a word; "by user alice": a name;
		 * "as uid 33": a word of the reader's */
		int l, cue = after ? 0 : user_cue(w, i);
		/* "opens as postgres": a user, and this machine has none so
		 * named; never the process postgres */
		if (cue == 4 && lexicon_program(w[i].text, strlen(w[i].text))) {
			snprintf(r->why, r->whylen, "it says \"as %s\", a user this machine has not "
				 "(a process is said \"by %s\")", w[i].orig, w[i].orig);
			return 1;
		}
		if (strspn(name, "0123456789") == strlen(name) || cue >= 3 ||
		    (!w[i].quoted && (bte_english(w[i].text) != 0 ||
				      (lexicon_at(r->lx, w, r->n, i, &l) &&
				       !lexicon_program(w[i].text, strlen(w[i].text))))))
			return 0;
		snprintf(r->why, r->whylen, "it names the user \"%s\", which this machine has "
			 "not (no such user in its user database): name a user it has, or give "
			 "a uid (\"uid 1000\")", name);
		return 1;
	}
	/* ("print opens as list": a word, though Debian has a user list) */
	int cue = after ? 0 : user_cue(w, i);
	if (cue == 4 && !w[i].quoted && bte_english(w[i].text) != 0)
		return 0;
	if (others_user(r, i))
		return 1;
	/* the cue's words with the name: "user postgres", "user named
	 * postgres", "user id postgres", "as nobody" */
	int two = cue && i > 1 &&
		  (in_list(w[i - 1].text, (const char *const[]){ "named", "called", NULL }) ||
		   (!strcmp(w[i - 1].text, "id") && cue == 2));
	int from = after ? i : i - 1 - two;
	keep_uid(r, from, after ? i + 2 : i + 1, uid, name);
	return 1;
}

/* "stdout", "stderr", "stdin": file descriptor 1, 2 or 0 kept to.
 * Returns 1 when placed (or declined, with why set). */
static int std_stream(struct reading *r, int i)
{
	static const char *const STREAMS[] = { "stdin", "stdout", "stderr", NULL };
	struct rword *w = r->w;
	int fd = -1;
	for (int k = 0; STREAMS[k]; k++)
		if (!strcmp(w[i].text, STREAMS[k]))
			fd = k;
	if (fd < 0 || w[i].quoted || w[i].path)
		return 0;
	/* "writes to stdout", "reads from stdin", "writes except to
	 * stderr": the event's own stream; not "print the totals to stdout" */
	static const char *const OUTPUT[] = { "print", "prints", "printed", "show", "shows",
					      "display", "output", "outputs", "log", "logs", "dump",
					      "send", "sends", "emit", "report", "totals", "results",
					      "result", NULL };
	int at = i > 0 && in_list(w[i - 1].text, (const char *const[]){ "to", "from", "on", "into",
									   "onto", NULL })
			 ? i - 1
			 : -1;
	int event = 0;
	for (int k = at - 1; at > 0 && k >= 0 && k >= at - 4 && !event; k--) {
		if (in_list(w[k].text, OUTPUT))
			break;
		event = w[k].event;
	}
	if (!event)
		return 0;
	for (int k = 0; k < r->in->n_equals; k++)
		if (!strcmp(r->in->equals[k].name, "fd")) {
			snprintf(r->why, r->whylen, "it keeps fd to two values (\"%s\" and \"%s\"): "
				 "both at once never happens", r->in->equals[k].words, w[i].orig);
			return 1;
		}
	if (r->in->n_equals == 2) {
		snprintf(r->why, r->whylen, "it keeps more than two things to numbers");
		return 1;
	}
	int k = r->in->n_equals++;
	snprintf(r->in->equals[k].name, sizeof(r->in->equals[k].name), "fd");
	as_written(w, i, 1, r->in->equals[k].words, sizeof(r->in->equals[k].words));
	r->in->equals_value[k] = fd;
	r->in->equals_not[k] = negated_in(r, i, 1);
	place(w, i, 1);
	return 1;
}

/* "99 Hz", "99hz", "49 times a second", "49 samples per second": a rate
 * to sample at, from word i; how many words it takes, or 0. */
static int sample_rate(struct reading *r, int i, long *v)
{
	const struct rword *w = r->w;
	static const char *const HZ[] = { "hz", "hertz", NULL };
	static const char *const TIMES[] = { "times", "samples", NULL };
	static const char *const PER[] = { "a", "per", "each", "every", NULL };
	static const char *const SECOND[] = { "second", "sec", "s", NULL };
	size_t tl = strlen(w[i].text);
	char digits[LX_WORD];
	if (tl > 2 && !strcmp(w[i].text + tl - 2, "hz")) {
		snprintf(digits, sizeof(digits), "%.*s", (int)(tl - 2), w[i].text);
		return number(digits, v) && *v > 0 ? 1 : 0;
	}
	if (!number(w[i].text, v) || *v <= 0 || i + 1 >= r->n || w[i + 1].placed)
		return 0;
	for (int k = 0; HZ[k]; k++)
		if (!strcmp(w[i + 1].text, HZ[k]))
			return 2;
	int times = 0, per = 0, second = 0;
	for (int k = 0; TIMES[k]; k++)
		times |= !strcmp(w[i + 1].text, TIMES[k]);
	for (int k = 0; i + 3 < r->n && PER[k]; k++)
		per |= !strcmp(w[i + 2].text, PER[k]);
	for (int k = 0; i + 3 < r->n && SECOND[k]; k++)
		second |= !strcmp(w[i + 3].text, SECOND[k]);
	return times && per && second && !w[i + 2].placed && !w[i + 3].placed ? 4 : 0;
}

/* Whether a word from i on ranks what is counted ("the most",
 * "busiest"). */
static int ranked_after(const struct reading *r, int i)
{
	static const char *const RANKS[] = { "most", "busiest", "hottest", "highest", "largest",
					     "biggest", NULL };
	for (; i < r->n; i++)
		if (in_list(r->w[i].text, RANKS))
			return 1;
	return 0;
}

/* Prints every `s` seconds; a second, other interval ("opens per second,
 * every 5 seconds") declines, for good. */
static int interval(struct reading *r, long s, const char *word)
{
	if (r->in->interval_s && r->in->interval_s != s) {
		snprintf(r->why, r->whylen, "it gives two intervals (%ld and %ld seconds, at "
			 "\"%s\"): which to count over is not said", r->in->interval_s, s, word);
		return -ENOTSUP;
	}
	r->in->interval_s = s;
	return 0;
}

/* "5s interval", "at 2 second intervals", "interval 5s", "an interval of
 * 10 seconds": how often to print, in whole seconds, its words placed;
 * the words taken from i, 0 when none. */
static int interval_cue(struct reading *r, int i, long long *ns)
{
	static const char *const INTERVAL[] = { "interval", "intervals", NULL };
	char unit[4];
	int tl = time_at(r, i, ns, unit);
	if (!tl || *ns % 1000000000 || *ns / 1000000000 < 1 || *ns / 1000000000 >= 1000000)
		return 0;
	if (i + tl < r->n && !r->w[i + tl].placed && in_list(r->w[i + tl].text, INTERVAL)) {
		place(r->w, i, tl + 1);
		return tl + 1;
	}
	int of = i > 1 && !strcmp(r->w[i - 1].text, "of") ? 1 : 0;
	if (i - of > 0 && !r->w[i - 1 - of].placed && in_list(r->w[i - 1 - of].text, INTERVAL)) {
		place(r->w, i - 1 - of, tl + 1 + of);
		return tl;
	}
	return 0;
}

/* Whether word i is inside a phrase of the lexicon of two words or more
 * ("power of 2 histogram"), which reads it there. */
static int in_phrase(const struct reading *r, int i)
{
	for (int k = i; k >= 0 && k >= i - 3; k--) {
		int l;
		if (lexicon_at(r->lx, r->w, r->n, k, &l) && l >= 2 && k + l > i)
			return 1;
	}
	return 0;
}

/* "..., 10s, then exit": a time alone in its clause, then the end of
 * tracing, is how long to trace; so is "..., 10s window" (alone, "...,
 * 1s" could be an interval too, and declines). */
static int terse_duration(struct reading *r, int i)
{
	static const char *const STOP[] = { "exit", "quit", "stop", "end", "finish", NULL };
	long long ns = 0;
	char unit[4];
	int tl = r->w[i].opens ? time_at(r, i, &ns, unit) : 0;
	int end = i + tl, and = end < r->n && !strcmp(r->w[end].text, "and");
	/* "..., 10s window": the window is how long */
	int window = tl && end + 1 == r->n &&
		     in_list(r->w[end].text, (const char *const[]){ "window", "period", NULL });
	if (window)
		and = -1;
	if (!tl || ns % 1000000000 || ns / 1000000000 < 1 || ns / 1000000000 > 86400 ||
	    (!window && (end + 1 + and >= r->n || strcmp(r->w[end + and].text, "then") ||
			 !in_list(r->w[end + 1 + and].text, STOP) || end + 2 + and != r->n)))
		return 0;
	if (r->in->duration_s) {
		snprintf(r->why, r->whylen, "it gives two durations (\"%s\" and \"%s\")",
			 r->in->duration_words, r->w[i].orig);
		return 1;
	}
	r->in->duration_s = (long)(ns / 1000000000);
	as_written(r->w, i, tl + 2 + and, r->in->duration_words, sizeof(r->in->duration_words));
	place(r->w, i, tl + 2 + and);
	return 1;
}

static int numbers(struct reading *r)
{
	struct rword *w = r->w;
	for (int i = 0; i < r->n; i++) {
		long v;
		if (w[i].placed)
			continue;
		int b = window(r, i);
		if (!b)
			b = pid_bound(r, i);
		if (!b)
			b = bound(r, i);
		if (!b)
			b = size_bound(r, i);
		if (!b)
			b = size_unit(r, i);
		if (!b)
			b = duration(r, i);
		if (b < 0)
			return b;
		if (b)
			continue;
		/* "every 5 seconds", "every 2 minutes", "per second", "every
		 * minute": an interval in whole seconds */
		int every = !strcmp(w[i].text, "every") || !strcmp(w[i].text, "each");
		long long ns = 0;
		char unit[4];
		int tl = every && i + 1 < r->n ? time_at(r, i + 1, &ns, unit) : 0;
		int ul = 0;
		const struct lx_phrase *alone =
			(every || !strcmp(w[i].text, "per") || !strcmp(w[i].text, "a")) && i + 1 < r->n &&
					!w[i + 1].placed
				? class_at(r->lx, w, r->n, i + 1, LX_UNIT, &ul)
				: NULL;
		if (alone && (strcmp(alone->value, "s") && strcmp(alone->value, "min")))
			alone = NULL;
		/* ("about a minute", "in a second": how long, not how often) */
		if (alone && !strcmp(w[i].text, "a") && i > 0 &&
		    in_list(w[i - 1].text, (const char *const[]){
				    "about", "around", "like", "roughly", "approximately", "for",
				    "over", "in", "during", "within", "after", "last", "past",
				    "than", "only", "just", "under", "some", NULL }))
			alone = NULL;
		int hz = sample_rate(r, i, &v);
		if (hz) {
			if (r->in->hz) {
				snprintf(r->why, r->whylen, "it gives two rates to sample at");
				return -ENOTSUP;
			}
			r->in->hz = v;
			as_written(w, i, hz, r->in->hz_words, sizeof(r->in->hz_words));
			place(w, i, hz);
		} else if (!strcmp(w[i].text, "top") && i + 1 < r->n && number(w[i + 1].text, &v)) {
			r->in->topn = v;
			place(w, i, 2);
		} else if (i + 1 < r->n && !w[i + 1].placed &&
			   (!strcmp(w[i + 1].text, "busiest") || !strcmp(w[i + 1].text, "hottest")) &&
			   number(w[i].text, &v)) {
			r->in->topn = v; /* "the 10 busiest": the ranking word is read later */
			place(w, i, 1);
		} else if (i > 0 && !w[i].placed && number(w[i].text, &v) && v > 0 &&
			   in_list(w[i - 1].text, (const char *const[]){ "which", "what", "the",
									NULL }) &&
			   ranked_after(r, i + 1)) {
			/* "which 5 processes make the most syscalls", "the 5
			 * processes making the most" */
			r->in->topn = v;
			place(w, i, 1);
		} else if (tl && ns % 1000000000 == 0 && ns / 1000000000 < 1000000) {
			if (interval(r, (long)(ns / 1000000000), w[i].orig))
				return -ENOTSUP;
			place(w, i, 1 + tl);
		} else if (alone && ul == 1 && w[i + 1].text[strlen(w[i + 1].text) - 1] != 's') {
			/* "per second", "every minute"; not "per seconds" */
			if (interval(r, strcmp(alone->value, "min") ? 1 : 60, w[i].orig))
				return -ENOTSUP;
			static const char *const RATE[] = { "per", "a", "an", "/", "each", NULL };
			r->in->interval_rate |= in_list(w[i].text, RATE);
			/* "MB per second", "KB/s": a unit of throughput */
			r->in->throughput |= r->in->interval_rate && i > 0 &&
					     in_list(w[i - 1].text, (const char *const[]){
							     "kb", "mb", "kib", "mib", "kilobytes",
							     "megabytes", "bytes", "gb", NULL });
			place(w, i, 2);
		} else if (terse_duration(r, i)) {
			if (r->why[0])
				return -ENOTSUP;
		} else if (interval_cue(r, i, &ns) > 0) {
			if (interval(r, (long)(ns / 1000000000), w[i].orig))
				return -ENOTSUP;
		} else if (pid_words(r, i) || errno_number(r, i)) {
			if (r->why[0])
				return -ENOTSUP;
		} else if (root_user(r, i) || named_user(r, i) || std_stream(r, i)) {
			if (r->why[0])
				return -ENOTSUP;
		} else if (ip_address(r, i)) {
			if (r->why[0])
				return -ENOTSUP;
		} else if (i > 0 && equals_number(r, i)) {
			if (r->why[0])
				return -ENOTSUP;
		} else if ((number(w[i].text, &v) || isdigit((unsigned char)w[i].text[0])) &&
			   !in_phrase(r, i)) {
			snprintf(r->why, r->whylen, "it has a number (\"%s\") it has no place for",
				 w[i].orig);
			return -ENOTSUP;
		}
	}
	return 0;
}

/* "syscall rate", "the rate of opens per second", "byte rate": a count
 * (of bytes, a total) printed each second; "at a rate of 99 Hz" is the
 * sampling's. */
static int rate_words(struct reading *r)
{
	struct intent *in = r->in;
	int bytes = 0;
	for (int i = 0; i < r->n; i++)
		bytes |= !r->w[i].placed &&
			 in_list(r->w[i].text, (const char *const[]){ "bytes", "byte", NULL });
	for (int i = 0; i < r->n; i++) {
		if (r->w[i].placed || r->w[i].quoted ||
		    !in_list(r->w[i].text, (const char *const[]){ "rate", "rates", NULL }))
			continue;
		place(r->w, i, 1);
		if (in->hz)
			continue;
		/* "error rate", "hit rate": a share of all, or a count a second?
		 * ("error rate per second" says) */
		static const char *const SHARE[] = { "error", "errors", "failure", "failures",
						     "success", "successes", "hit", "hits", "miss",
						     "misses", "ratio", NULL };
		if (i > 0 && in_list(r->w[i - 1].text, SHARE) && !in->interval_s) {
			snprintf(r->why, r->whylen, "it asks for a rate of %s (\"%s %s\"): a share "
				 "of all the calls, or how many a second, is not said",
				 r->w[i - 1].orig, r->w[i - 1].orig, r->w[i].orig);
			return -ENOTSUP;
		}
		if (in->interval_s > 1) {
			snprintf(r->why, r->whylen, "it asks for a rate (\"%s\") printed every %ld "
				 "seconds: per second, or per %ld seconds, is not said",
				 r->w[i].orig, in->interval_s, in->interval_s);
			return -ENOTSUP;
		}
		in->aggs |= 1u << (bytes ? AG_SUM : AG_COUNT);
		in->counts_bytes += bytes;
		in->counts_events += !bytes;
		snprintf(in->agg_words + strlen(in->agg_words),
			 sizeof(in->agg_words) - strlen(in->agg_words), "%s%s",
			 in->agg_words[0] ? ", " : "", r->w[i].orig);
		in->interval_s = 1;
	}
	return 0;
}

/* The word a process or pid named at word i comes after, past what only
 * qualifies it ("to the process named nginx", "into anything except
 * nginx"); -1 when none. */
static int before_name(const struct reading *r, int i)
{
	static const char *const QUALIFY[] = { "the", "a", "an", "any", "anything", "everything",
					       "all", "process", "processes", "program",
					       "programs", "task", "tasks", "named", "called",
					       "except", "excluding", "but", "not", "than", "other",
					       "besides", "my", "our", "your", NULL };
	int j = i - 1;
	while (j >= 0 && in_list(r->w[j].text, QUALIFY))
		j--;
	return j;
}

/* "with comm samtools": word i is a name "comm" says is one (never
 * after a grouping by comm: "by comm desc"). */
static int comm_cue(const struct reading *r, int i)
{
	return i > 0 && !r->w[i].opens && !strcmp(r->w[i - 1].text, "comm") &&
	       !(i > 1 && in_list(r->w[i - 2].text, (const char *const[]){ "by", "per", "each",
									 "every", NULL }));
}

/* Whether a word the lexicon has, or a program it knows, is one edit from
 * `t` ("proccess", "syscal", "ngnix"). */
static int lexicon_near(const struct lexicon *lx, const char *t)
{
	size_t n = strlen(t);
	char e[LX_WORD];
	if (n + 2 > sizeof(e))
		return 0;
#define KNOWN(x) (lexicon_word(lx, (x)) || lexicon_program((x), strlen(x)))
	for (size_t k = 0; k < n; k++) { /* one dropped, or swapped with the next */
		memcpy(e, t, k);
		memcpy(e + k, t + k + 1, n - k);
		if (KNOWN(e))
			return 1;
		memcpy(e, t, n + 1);
		if (k + 1 < n && t[k] != t[k + 1]) {
			e[k] = t[k + 1];
			e[k + 1] = t[k];
			if (KNOWN(e))
				return 1;
		}
	}
	for (size_t k = 0; k <= n; k++)
		for (char c = 'a'; c <= 'z'; c++) {
			memcpy(e, t, n + 1); /* one changed */
			e[k] = c;
			if (k < n && c != t[k] && KNOWN(e))
				return 1;
			memcpy(e, t, k); /* one added */
			e[k] = c;
			memcpy(e + k + 1, t + k, n - k + 1);
			if (KNOWN(e))
				return 1;
		}
#undef KNOWN
	return 0;
}

/* A word no word list or lexicon has, where a process's name stands:
 * "opens by rtl_sdr", "writes from jackd", "page faults for process
 * pulseaudio", "the user stacks of gr-osmosdr", "does airspy_rx take":
 * of a program's shape (bte_program_shaped()) or said to be a process,
 * never followed by what makes it another thing's ("the blarg user"). Never
 * an English word ("from discord"), one edit from one or from a word the
 * lexicon has (a typo: "for debuging", "by proccess"), a device ("from
 * sdb"), a user of this machine ("by www-data") (bte_unlisted()), after
 * a grouping ("grouped by foo_id") or an aggregation ("histogram of x"),
 * nor with no word list to ask. The plan says it read a name so. */
static int slot_name(const struct reading *r, int i)
{
	const struct rword *w = r->w;
	const char *t = w[i].text;
	size_t n = strlen(t);
	if (w[i].quoted || w[i].path || n < 3 || n > 15 || strcmp(t, w[i].orig) ||
	    !islower((unsigned char)t[0]) ||
	    strspn(t, "abcdefghijklmnopqrstuvwxyz0123456789_.-") != n || strchr("._-", t[n - 1]) ||
	    lexicon_knows(r->lx, t) || lexicon_filler(r->lx, t))
		return 0;
	int b = before_name(r, i);
	if (b < 0 || !in_list(w[b].text, (const char *const[]){ "by", "from", "for", "of", "does",
								 "do", "did", "in", NULL }))
		return 0;
	/* "opens of myconf", "fsyncs for wal_file": what is acted on, unless
	 * said to be a process ("for process jackd", "of smtpd processes") */
	static const char *const WHAT[] = { "process", "processes", "program", "programs",
					    "daemon", "daemons", "service", "app", "binary",
					    "command", NULL };
	/* ("by process vsz" may be each process's vsz: "by the process x"
	 * is a process) */
	int kind = (i > 0 && in_list(w[i - 1].text, WHAT) &&
		    (strcmp(w[b].text, "by") || (i > 1 && !strcmp(w[i - 2].text, "the")))) ||
		   (i + 1 < r->n && in_list(w[i + 1].text, WHAT));
	/* ("for rotctld", "latency in mbusd": a program's shape will do
	 * after "for" and "in") */
	if ((((!strcmp(w[b].text, "for") || !strcmp(w[b].text, "in")) && !bte_program_shaped(t)) ||
	     !strcmp(w[b].text, "of")) &&
	    !kind)
		return 0;
	/* ("count writes by fdnum", "syscalls from userland": a name of
	 * another shape is one only when said to be; "the blarg user" is a
	 * user's) */
	if ((!kind && !bte_program_shaped(t)) ||
	    (i + 1 < r->n && !w[i + 1].opens && bte_names_other(w[i + 1].text)))
		return 0;
	/* "does lockfile get opened": what is acted on */
	if (w[b].text[0] == 'd' && i + 1 < r->n &&
	    in_list(w[i + 1].text, (const char *const[]){ "get", "gets", "got", "getting", "be",
							  "been", "being", "receive", NULL }))
		return 0;
	/* ("grouped by", "broken down by", "a histogram of") */
	if (b > 0 && (!strcmp(w[b].text, "by") || !strcmp(w[b].text, "of")) &&
	    bte_grouping_word(w[b - 1].text))
		return 0;
	if (!bte_unlisted(t))
		return 0;
	return lexicon_near(r->lx, t) ? 0 : 1 + kind;
}

/* A name the lexicon does not know, said to be a process's: "a process
 * called myapp", "the process named STAR" (as written: a process's name
 * is compared as it is); 2 for one read by where it stands
 * (slot_name()), 3 when said to be a process there too ("for process
 * fix_gateway"). */
static int cued_name(const struct reading *r, int i)
{
	const struct rword *w = r->w;
	size_t n = strlen(w[i].text);
	static const char *const WHAT[] = { "process", "processes", "program", "programs",
					    "command", "commands", "app", "application", "task",
					    "daemon", "service", "thread", "threads", NULL };
	/* "the process named code": a word the lexicon has too, named so
	 * where the request ends or a clause does */
	static const char *const CALLED[] = { "called", "named", NULL };
	int pl;
	const struct lx_phrase *ph = lexicon_at(r->lx, w, r->n, i, &pl);
	char sc[LX_WORD];
	int said = i > 1 && in_list(w[i - 1].text, CALLED) && in_list(w[i - 2].text, WHAT) &&
		   (i + 1 == r->n || w[i + 1].opens) && !lexicon_program(w[i].text, n) &&
		   ((ph && pl == 1 && (ph->cls == LX_ROLE || ph->cls == LX_KEY)) ||
		    syscall_word(r->lx, w[i].text, sc, sizeof(sc)));
	if (w[i].quoted || w[i].path || !n || n > 15 || strcasecmp(w[i].text, w[i].orig) ||
	    !isalpha((unsigned char)w[i].text[0]) ||
	    strspn(w[i].text, "abcdefghijklmnopqrstuvwxyz0123456789_.-") != n ||
	    (lexicon_knows(r->lx, w[i].text) && !said))
		return 0;
	/* "a process called by cron", "called first", "called twice": how
	 * or when it is called, no name */
	static const char *const NOT_NAMES[] = {
		"first", "next", "last", "later", "again", "twice", "once", "often", "recently",
		"repeatedly", "frequently", "most", "least", "by", "from", "with", "via", "through",
		"during", "while", "after", "before", "within", "inside", "under", "too", "also",
		"directly", "indirectly", "normally", "usually", "sometimes", "always", "never",
		"now", "then", "here", "there", "thrice", "early", "late", "earlier", "above",
		"below", "whatever", "so", "likewise", "else", "elsewhere", "such", "thus", NULL
	};
	/* ("named accordingly", "called differently": how, no name) */
	if (in_list(w[i].text, NOT_NAMES) ||
	    (n > 4 && !strcmp(w[i].text + n - 2, "ly") && bte_english(w[i].text) == 1))
		return 0;
	/* ("the statsd process" alone is no cue: "the foreground process",
	 * "the heaviest process" read the same way); "with comm samtools"
	 * is one, never across a comma ("the comm, pid") */
	if ((i > 1 && in_list(w[i - 1].text, (const char *const[]){ "called", "named", NULL }) &&
	     in_list(w[i - 2].text, WHAT)) ||
	    comm_cue(r, i))
		return 1;
	int slot = slot_name(r, i);
	return slot ? 1 + slot : 0;
}

/* A name where a process's stands that is no process to keep to: "opens
 * in docker", "in a podman" (inside containers, never the process so
 * named: the docker CLI runs in none); "execs with comm ls" (an exec's
 * comm is its caller's). 1 with why set, else 0. */
static int name_refused(struct reading *r, int i)
{
	struct rword *w = r->w;
	static const char *const RUNTIMES[] = { "docker", "podman", "lxc", "lxd", "crio", "cri-o",
						"kubernetes", "k8s", NULL };
	int k = i - 1;
	while (k >= 0 && in_list(w[k].text, (const char *const[]){ "a", "an", "the", NULL }))
		k--;
	if (!w[i].quoted && in_list(w[i].text, RUNTIMES) && k >= 0 &&
	    in_list(w[k].text, (const char *const[]){ "in", "inside", "within", "under", "into",
						      NULL })) {
		char said[LX_WORD * 4];
		as_written(w, k, i - k + 1, said, sizeof(said));
		snprintf(r->why, r->whylen, "it says \"%s\", which may mean inside its "
			 "containers: the offline reader keeps to none (\"by %s\" is the process "
			 "named %s)", said, w[i].text, w[i].text);
		return 1;
	}
	/* "execs with comm ls": an exec's comm is its caller's */
	if (comm_cue(r, i) &&
	    (!strcmp(r->in->syscall, "execve") || !strcmp(r->in->syscall, "execveat"))) {
		snprintf(r->why, r->whylen, "it says \"comm %s\" of an exec, whose comm is the "
			 "caller's where it starts, not the program run", w[i].orig);
		return 1;
	}
	return 0;
}

/* A process the request names: quoted, or a program people name by its
 * process name ("nginx"), after "by"/"from"/"of" or alone. */
static int process_name(struct reading *r, int i)
{
	struct rword *w = r->w;
	int cued = !w[i].quoted && !lexicon_program(w[i].text, strlen(w[i].text)) &&
			   !hyphen_name(w[i].text)
		   ? cued_name(r, i)
		   : 0;
	int named = w[i].quoted || lexicon_program(w[i].text, strlen(w[i].text)) ||
		    hyphen_name(w[i].text) || cued;
	if (!named || w[i].placed)
		return 0;
	if (name_refused(r, i))
		return -ENOTSUP;
	/* "execs of programs named ls": the program run, which an exec's
	 * comm is not where it starts */
	if (i > 1 && (!strcmp(w[i - 1].text, "named") || !strcmp(w[i - 1].text, "called")) &&
	    (!strcmp(r->in->syscall, "execve") || !strcmp(r->in->syscall, "execveat")) &&
	    in_list(w[i - 2].text, (const char *const[]){ "program", "programs", "binary",
							  "binaries", "command", "commands",
							  "execs", "exec", "executable", NULL })) {
		snprintf(r->why, r->whylen, "it names the program run (\"%s %s %s\"): the "
			 "offline reader keeps to the process that runs an exec, not to what it "
			 "runs", w[i - 2].orig, w[i - 1].orig, w[i].orig);
		return -ENOTSUP;
	}
	/* "the user called postgres": a user's name, which the reader keeps
	 * by uid only */
	if (i > 1 && (!strcmp(w[i - 1].text, "named") || !strcmp(w[i - 1].text, "called")) &&
	    in_list(w[i - 2].text, (const char *const[]){ "user", "users", "username", "account",
							  "owner", NULL })) {
		snprintf(r->why, r->whylen, "it names a user by name (\"%s %s %s\"), and this "
			 "machine has no user of that name: name a user it has, or give a uid "
			 "(\"uid 1000\")", w[i - 2].orig, w[i - 1].orig, w[i].orig);
		return -ENOTSUP;
	}
	/* "the file named nginx": a file by its name, no process */
	static const char *const FILEY[] = { "file", "files", "path", "paths", "directory",
					     "directories", "dir", "folder", "folders", NULL };
	if (i > 1 && (!strcmp(w[i - 1].text, "named") || !strcmp(w[i - 1].text, "called")) &&
	    in_list(w[i - 2].text, FILEY)) {
		snprintf(r->why, r->whylen, "it names a file by its name (\"%s %s %s\"), which the "
			 "offline reader keeps to only by its whole path", w[i - 2].orig,
			 w[i - 1].orig, w[i].orig);
		return -ENOTSUP;
	}
	/* a name said to be one ("named STAR", "comm samtools") is as
	 * written; a program the lexicon knows as its lexicon's name ("named
	 * Nginx": nginx), or as it runs when so written ("named Xorg") */
	int called = (i > 0 && in_list(w[i - 1].text, (const char *const[]){ "called", "named",
									   NULL })) ||
		     comm_cue(r, i);
	const char *runs_as = called ? lexicon_runs_as(w[i].text) : NULL;
	int as_said = w[i].quoted || cued || (runs_as && !strcmp(runs_as, w[i].orig));
	if (r->in->comm[0] && strcmp(r->in->comm, as_said ? w[i].orig : w[i].text)) {
		snprintf(r->why, r->whylen, "it names more than one process (\"%s\" and \"%s\")",
			 r->in->comm, w[i].orig);
		return -ENOTSUP;
	}
	/* "the process named kworker": kernel threads so named have a
	 * suffix ("kworker/0:1-events") */
	if (bte_kernel_thread(w[i].text)) {
		snprintf(r->why, r->whylen, "it names \"%s\", kernel threads whose names have a "
			 "suffix (\"%s/0\"): no task is named \"%s\" alone", w[i].orig,
			 w[i].text, w[i].text);
		return -ENOTSUP;
	}
	/* a task's name: at most 15 bytes (TASK_COMM_LEN), and nothing that
	 * would need quoting in the program */
	/* "postgres's": postgres; a name cued as one ("the process named
	 * STAR") as written */
	const char *name = as_said ? w[i].orig : w[i].text;
	if (strlen(name) > 15 || strspn(name, "abcdefghijklmnopqrstuvwxyz"
					      "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-+:@") !=
					 strlen(name)) {
		snprintf(r->why, r->whylen, "\"%s\" is not a name a process can have here",
			 w[i].orig);
		return -ENOTSUP;
	}
	/* "redis syscalls": redis runs as redis-server, kafka as java; a
	 * quoted name is as written */
	const char *runs = w[i].quoted || called ? NULL : lexicon_runs_as(w[i].text);
	if (runs) {
		snprintf(r->why, r->whylen, "it names %s, whose processes are not called so (%s "
			 "runs as %s): name the process as it runs, quoted ('\"%s\"'), or say "
			 "\"the process called %s\" to keep to that name", w[i].orig, name, runs,
			 runs, name);
		return -ENOTSUP;
	}
	/* "forks by bash children": the children of bash, which no comm
	 * keeps to (they may have become other programs) */
	if (i + 1 < r->n && !w[i + 1].placed &&
	    in_list(w[i + 1].text, (const char *const[]){ "child", "children", "kids",
							  "descendants", "subprocess",
							  "subprocesses", "offspring", NULL })) {
		snprintf(r->why, r->whylen, "it names the children of a process (\"%s %s\"), which "
			 "the offline reader does not keep to", w[i].orig, w[i + 1].orig);
		return -ENOTSUP;
	}
	/* a program of the list by its own name ("Nginx" is nginx); a
	 * quoted name as written */
	int not = negated_in(r, i, 1);
	if (r->in->comm[0] && r->in->comm_not != not) {
		snprintf(r->why, r->whylen, "it names \"%s\" both kept to and kept out", w[i].orig);
		return -ENOTSUP;
	}
	snprintf(r->in->comm, sizeof(r->in->comm), "%.31s", name);
	r->in->comm_not = not;
	r->in->comm_guessed = cued >= 2 ? cued - 1 : 0;
	int b = before_name(r, i);
	/* "which process launched python3", "who started java": python3 is
	 * the program run, and the one asked for its parent */
	static const char *const LAUNCHED[] = { "launched", "launches", "launch", "started",
						"starts", "start", "executed", "executes",
						"execute", "ran", "runs", "spawned", "spawns",
						"spawn", "invoked", "invokes", "exec", "execs",
						"exec'd", "execed", NULL };
	/* "a process called by cron", "programs started from bash": the
	 * parent's name, which no comm of the process itself is */
	if (b > 1 && in_list(w[b].text, (const char *const[]){ "by", "from", NULL }) &&
	    in_list(w[b - 1].text, (const char *const[]){ "called", "invoked", "started",
							  "launched", "spawned", "run", "executed",
							  "forked", NULL }) &&
	    in_list(w[b - 2].text, (const char *const[]){ "process", "processes", "program",
							  "programs", "task", "tasks", "app",
							  "apps", "command", "commands", "job",
							  "jobs", "script", "scripts", "child",
							  "children", NULL })) {
		snprintf(r->why, r->whylen, "it names the process that starts the ones meant "
			 "(\"%s %s %s\"), which the offline reader does not keep to", w[b - 1].orig,
			 w[b].orig, w[i].orig);
		return -ENOTSUP;
	}
	/* ("execs excluding ls": said of the execs) */
	int exec_word = b >= 0 && !strncmp(w[b].text, "exec", 4) && strncmp(w[b].text, "execut", 6);
	if (b >= 0 && in_list(w[b].text, LAUNCHED) && (!exec_word || b == i - 1)) {
		snprintf(r->why, r->whylen, "it names the program started (\"%s %s\"): the "
			 "offline reader keeps to the process that acts, not to what it starts "
			 "(say \"execs of %s\" or \"processes spawned by %s\")", w[b].orig,
			 w[i].orig, w[i].orig, w[i].orig);
		return -ENOTSUP;
	}
	/* "bytes received from python3": python3 sends them */
	static const char *const RECEIVED[] = { "received", "receives", "receive", "receiving",
						"got", "gets", "get", "getting", "accepted",
						"accepts", "read", "reads", NULL };
	if (b > 0 && !strcmp(w[b].text, "from") && in_list(w[b - 1].text, RECEIVED)) {
		snprintf(r->why, r->whylen, "it names the process something comes from (\"%s %s "
			 "%s\"), which is not the task that receives it", w[b - 1].orig,
			 w[b].orig, w[i].orig);
		return -ENOTSUP;
	}
	r->in->comm_to |= b >= 0 && (!strcmp(w[b].text, "to") || !strcmp(w[b].text, "into"));
	/* "signals sent by nginx": the sender; "threads created by node",
	 * "forks by bash", "is node creating", "does bash fork": the one
	 * acting */
	static const char *const DONE_BY[] = { "sent", "created", "spawned", "forked", "started",
					       "launched", "cloned", "signaled", "signalled",
					       "killed", "forks", "fork", "spawns", "clones",
					       "kills", NULL };
	static const char *const DOING[] = { "creating", "creates", "spawning", "spawns",
					     "forking", "forks", "sending", "sends", "killing",
					     "kills", NULL };
	static const char *const DOES_DO[] = { "fork", "spawn", "kill", "send", "create", "clone",
					       NULL };
	r->in->comm_from |= (b >= 0 && (!strcmp(w[b].text, "from") ||
					(b > 0 && !strcmp(w[b].text, "by") &&
					 in_list(w[b - 1].text, DONE_BY)))) ||
			    (i + 1 < r->n && in_list(w[i + 1].text, DOING)) ||
			    (i > 0 && i + 1 < r->n &&
			     in_list(w[i - 1].text, (const char *const[]){ "does", "do", "did",
									 NULL }) &&
			     in_list(w[i + 1].text, DOES_DO));
	/* a JVM, a browser: programs whose threads name themselves ("C2
	 * CompilerThre", "Socket Thread"), which their name as comm misses:
	 * kept by the main thread's name, as ps shows it (comm_process);
	 * never a task acted on, nor "threads named java" */
	r->in->comm_process |= !r->in->comm_to &&
			       !(i > 1 && in_list(w[i - 1].text, (const char *const[]){
							  "named", "called", NULL }) &&
				 in_list(w[i - 2].text, (const char *const[]){ "thread", "threads",
									       NULL })) &&
			       lexicon_names_threads(name);
	place(w, i, 1);
	/* "the statsd process": its kind is the name's, no grouping */
	if (cued && i + 1 < r->n && !w[i + 1].placed &&
	    in_list(w[i + 1].text, (const char *const[]){ "process", "processes", "daemon",
							  "service", NULL }))
		place(w, i + 1, 1);
	return 1;
}

/* A name read by where it stands ("from dbhost") at an event with a host,
 * port or device of its own, which the word may name instead ("connects
 * from myhost"). */
static int guessed_name(struct reading *r)
{
	const struct intent *in = r->in;
	const struct lx_event *e = in->event;
	if (in->comm_guessed != 1)
		return 0; /* (none, or said to be a process: "for process x") */
	int other = in_list(in->syscall, (const char *const[]){
		"accept", "accept4", "connect", "bind", "listen", "sendto", "sendmsg", "sendmmsg",
		"recvfrom", "recvmsg", "recvmmsg", "getpeername", "getsockname", "shutdown", NULL });
	for (int k = 0; e && k < e->n_roles; k++)
		other |= in_list(e->roles[k].name, (const char *const[]){ "host", "interface",
									   "device", "port",
									   "localport", NULL });
	other |= e && (!strncmp(e->name, "tcp", 3) || !strncmp(e->name, "udp", 3) ||
		       !strncmp(e->name, "packet", 6) || !strncmp(e->name, "disk", 4) ||
		       in_list(e->name, (const char *const[]){ "skerror", "drop", "retransmit",
							       "connect", "bind", NULL }));
	if (!other)
		return 0;
	snprintf(r->why, r->whylen, "it has \"%s\" where a process's name stands, a word the "
		 "reader does not know, and %s has a host or device it may name: quote it if it is "
		 "a process ('\"%s\"')", in->comm, in->event_words, in->comm);
	return -ENOTSUP;
}

/* Whether word `i` names a process: quoted, a known program, or cued (or
 * read so where a process's name stands: slot_name()). */
static int process_name_at(struct reading *r, int i)
{
	return i >= 0 && i < r->n && !r->w[i].placed &&
	       (r->w[i].quoted || lexicon_program(r->w[i].text, strlen(r->w[i].text)) ||
		hyphen_name(r->w[i].text) || cued_name(r, i));
}

/* "java threads", "the threads of mysqld": a process's threads, which
 * its name as comm does not find (a thread's comm is its own, which a
 * program may set: a JVM names its threads "C2 CompilerThre"), kept by
 * its main thread's name (comm_process: the planner's
 * curtask->group_leader->comm); "threads named java" are threads so
 * named. */
static int threads_of_name(struct reading *r)
{
	struct rword *w = r->w;
	static const char *const KIND[] = { "the", "process", "program", "named", "called",
					    "its", "their", "and", NULL };
	for (int i = 0; i < r->n; i++) {
		/* ("java thread 1234": a tid said of it) */
		int tid_said = w[i].placed && i + 1 < r->n &&
			       isdigit((unsigned char)w[i + 1].text[0]);
		if (w[i].quoted || (w[i].placed && !tid_said) ||
		    !in_list(w[i].text, (const char *const[]){ "thread", "threads", NULL }))
			continue;
		int at = process_name_at(r, i - 1) ? i - 1 : -1;
		/* "threads of the mysqld process", "of the process mysqld",
		 * "mysqld and its threads" */
		int k = i + 2;
		while (at < 0 && k < r->n && in_list(w[k].text, KIND))
			k++;
		if (at < 0 && k < r->n &&
		    in_list(w[i + 1].text, (const char *const[]){ "of", "in", "from", NULL }))
			at = process_name_at(r, k) ? k : -1;
		for (k = i - 1; at < 0 && k > 0 && in_list(w[k].text, KIND); k--)
			if (!strcmp(w[k].text, "and") && process_name_at(r, k - 1))
				at = k - 1;
		if (at < 0)
			continue;
		if (tid_said) {
			r->in->comm_process = 1;
			continue;
		}
		/* the threads of the process so named: its main thread's
		 * name (as ps shows it), curtask->group_leader->comm; a key
		 * of them when asked ("top asterisk threads", "per thread") */
		r->in->comm_process = 1;
		int start = at < i ? at : i, b = start - 1;
		while (b >= 0 && in_list(w[b].text, (const char *const[]){ "the", "its", NULL }))
			b--;
		int keyed = b >= 0 && (isdigit((unsigned char)w[b].text[0]) ||
				       in_list(w[b].text, (const char *const[]){
					       "per", "each", "every", "top", "which", "what",
					       "busiest", "hottest", "most", NULL }));
		char words[LX_WORD * 2];
		as_written(w, i, 1, words, sizeof(words));
		place(r->w, i, 1);
		if (at > i)
			place(r->w, i + 1, 1); /* "of" */
		if (keyed && add_item(r->in->keys, &r->in->n_keys, 2, "tid", words) < 0)
			return -ENOTSUP;
	}
	return 0;
}

/* "opens in containers", "in the docker container": only those in one,
 * which no cgroup id shown keeps to ("which container", "with the
 * container" are its cgroup id). 1 with why set, else 0. */
static int container_kept(struct reading *r, const struct lx_phrase *ph, int i)
{
	if (!ph || ph->cls != LX_KEY || strcmp(ph->value, "cgroup") ||
	    strncmp(r->w[i].text, "container", 9))
		return 0;
	int k = i - 1;
	while (k >= 0 && in_list(r->w[k].text, (const char *const[]){
				 "the", "a", "an", "this", "that", "any", "one", "some", NULL }))
		k--;
	if (k < 0 || in_list(r->w[k].text, (const char *const[]){ "which", "what", "whose", "each",
								   "every", "with", "and", "or",
								   "its", "their", NULL }))
		return 0;
	char said[LX_WORD * 4];
	as_written(r->w, k, i - k + 1, said, sizeof(said));
	snprintf(r->why, r->whylen, "it says \"%s\", and the offline reader keeps to no "
		 "container: say \"by container\" to count each apart", said);
	return 1;
}

/* "opens in container 1234", "container abc123": a container's id, which
 * is no cgroup's (a cgroup id is an inode number): declined. */
static int container_id(struct reading *r)
{
	for (int i = 0; i + 1 < r->n; i++)
		if (!r->w[i].quoted && !r->w[i + 1].opens &&
		    in_list(r->w[i].text, (const char *const[]){ "container", "containers", "pod",
								 "pods", NULL }) &&
		    (isdigit((unsigned char)r->w[i + 1].text[0]) ||
		     !strcmp(r->w[i + 1].text, "id") || r->w[i + 1].quoted)) {
			snprintf(r->why, r->whylen, "it says \"%s %s\": a container's id or name "
				 "is not its cgroup id, which is all the offline reader keeps "
				 "to or groups by (\"by container\")", r->w[i].orig,
				 r->w[i + 1].orig);
			return -ENOTSUP;
		}
	return 0;
}

/* "count opens by process and print the results": what the program
 * prints, never the calls' results (placed), in a request that sums up
 * ("print the results of each open" asks for them); so are "results per
 * process", "results sorted by ...". A line per event "printed at the
 * end" is no summary: declined. */
static int results_said(struct reading *r)
{
	static const char *const SHOW[] = { "print", "show", "output", "display", "report", "dump",
					    "give", "list", "return", NULL };
	static const char *const SUM[] = { "count", "counts", "sum", "total", "totals", "tally",
					   "histogram", "histograms", "hist", "average", "avg",
					   "many", NULL };
	static const char *const RESULTS[] = { "result", "results", NULL };
	static const char *const LATER[] = { "end", "done", "exit", "finished", "finish",
					     "completion", NULL };
	struct rword *w = r->w;
	int sums = 0;
	for (int i = 0; i < r->n; i++)
		sums |= !w[i].quoted && in_list(w[i].text, SUM);
	for (int i = 0; i + 1 < r->n; i++) {
		if (w[i].quoted || w[i].placed || !in_list(w[i].text, SHOW))
			continue;
		int j = i + 1;
		while (j < r->n && !w[j].opens &&
		       in_list(w[j].text, (const char *const[]){ "me", "us", "the", "out", "all",
								 NULL }))
			j++;
		if (j >= r->n || w[j].opens || w[j].placed || !in_list(w[j].text, RESULTS) ||
		    (j + 1 < r->n && !w[j + 1].opens &&
		     in_list(w[j + 1].text, (const char *const[]){ "of", "for", "from", NULL })))
			continue;
		/* "show reads and print the result at the end" */
		int later = 0;
		for (int k = j + 1; k < r->n && k <= j + 3 && !w[k].opens; k++)
			later |= in_list(w[k].text, LATER);
		if (!sums && later) {
			char said[LX_WORD * 4];
			as_written(w, i, j + 1 - i, said, sizeof(said));
			snprintf(r->why, r->whylen, "it asks to \"%s\" at the end, and a line per "
				 "event is printed as it comes: say what to count or total", said);
			return -ENOTSUP;
		}
		if (sums)
			place(w, i, j + 1 - i);
	}
	/* "count opens, results per process": the report, kept by process */
	for (int i = 0; sums && i + 1 < r->n; i++)
		if (!w[i].quoted && !w[i].placed && !strcmp(w[i].text, "results") &&
		    in_list(w[i + 1].text, (const char *const[]){ "per", "by", "sorted", "grouped",
								  "broken", "split", "keyed",
								  "ranked", "ordered", NULL }))
			place(w, i, 1);
	return 0;
}

/* "print setuid calls and count them": a line per event and a count,
 * two outputs, which the offline planner does not make together. */
static int print_and_count(struct reading *r)
{
	static const char *const LINES[] = { "print", "prints", "show", "shows", "log", "logs",
					     "list", "lists", "display", "displays", "output",
					     "dump", "echo", NULL };
	static const char *const SUM[] = { "count", "counts", "tally", "tallies", "total",
					   "totals", "sum", "sums", NULL };
	static const char *const AND[] = { "and", "also", "then", "plus", NULL };
	const struct rword *w = r->w;
	int lines = -1, sum = -1;
	for (int i = 0; i < r->n; i++) {
		if (w[i].quoted)
			continue;
		int lead = i == 0 || w[i].opens || lexicon_filler(r->lx, w[i - 1].text);
		if (lines < 0 && sum < 0 && lead && in_list(w[i].text, LINES))
			lines = i;
		if (lines < 0 && sum < 0 && lead && in_list(w[i].text, SUM))
			sum = i;
		/* ("print the total bytes and count calls": two summaries) */
		if (lines >= 0 && i > lines && in_list(w[i].text, SUM) &&
		    !in_list(w[i - 1].text, AND))
			return 0;
		if ((lines < 0 && sum < 0) || !in_list(w[i].text, AND))
			continue;
		/* "print X and count them", "log each one and keep a count",
		 * "show reads and the total bytes"; "count opens and print
		 * each one" (never "count X and print the top 10") */
		for (int k = i + 1; k < r->n && k <= i + 3 && !w[k].opens; k++) {
			int other = lines >= 0 ? in_list(w[k].text, SUM)
					       : in_list(w[k].text, LINES) && k + 1 < r->n &&
							 in_list(w[k + 1].text,
								 (const char *const[]){ "each",
											"every",
											NULL });
			if (!other)
				continue;
			int l = lines >= 0 ? lines : k, c = lines >= 0 ? k : sum;
			snprintf(r->why, r->whylen, "it asks for a line each (\"%s\") and a %s "
				 "(\"%s\"): the offline planner makes one or the other",
				 w[l].orig, w[c].text[0] == 'c' || w[c].text[1] == 'a' ? "count"
											 : "total",
				 w[c].orig);
			return -ENOTSUP;
		}
	}
	return 0;
}

/* "opens from any process", "setuid calls by all processes", "from
 * processes other than bash": who acts, every one of them, no grouping
 * (placed); a bare "from processes" says neither all nor each, and
 * declines. */
static int any_process(struct reading *r)
{
	static const char *const WHO[] = { "process", "processes", "program", "programs",
					   "task", "tasks", "app", "apps", "application",
					   "applications", NULL };
	struct rword *w = r->w;
	for (int i = 0; i + 1 < r->n; i++) {
		if (w[i].quoted || w[i].placed ||
		    !in_list(w[i].text, (const char *const[]){ "from", "by", "across", "for", "in",
								"on", "of", NULL }))
			continue;
		int j = i + 1;
		int all = in_list(w[j].text, (const char *const[]){ "any", "all", NULL });
		/* "for all processes": everyone's, no grouping; "for
		 * processes ..." is said of them */
		int loose = in_list(w[i].text, (const char *const[]){ "for", "in", "on", "of",
								      NULL });
		if (loose && !all)
			continue;
		j += all;
		j += all && j < r->n && !strcmp(w[j].text, "the");
		/* ("for all users", "in all threads": everyone's too) */
		static const char *const ANY[] = { "thread", "threads", "user", "users", "pid",
						   "pids", "uid", "uids", "tid", "tids", "cpu",
						   "cpus", "core", "cores", NULL };
		if (j >= r->n || w[j].placed || w[j].quoted ||
		    !(in_list(w[j].text, WHO) || (all && loose && in_list(w[j].text, ANY))))
			continue;
		/* ("for all process names", "for all processes, each one":
		 * each apart) */
		if (all && j + 1 < r->n &&
		    in_list(w[j + 1].text, (const char *const[]){ "name", "names", "id", "ids",
								  "each", "one", "separately",
								  "individually", "apart", NULL }))
			continue;
		int nl;
		const struct lx_phrase *neg = j + 1 < r->n ? lexicon_at(r->lx, w, r->n, j + 1, &nl)
							   : NULL;
		int other = j + 1 < r->n &&
			    ((neg && neg->cls == LX_NEGATION) || !strcmp(w[j + 1].text, "other"));
		int by = !strcmp(w[i].text, "by");
		if (all || (other && !by)) {
			place(w, i, j + 1 - i);
			continue;
		}
		int plural = w[j].text[strlen(w[j].text) - 1] == 's';
		/* (never "from processes running as uid 33": said of them) */
		static const char *const NEXT[] = { "every", "each", "per", "in", "for", "and",
						    "during", "over", "until", "then", NULL };
		if (!by && plural &&
		    (j + 1 >= r->n || w[j + 1].opens || in_list(w[j + 1].text, NEXT))) {
			snprintf(r->why, r->whylen, "it says \"%s %s\": say \"by process\" to "
				 "count each apart, or \"from all processes\"", w[i].orig,
				 w[j].orig);
			return -ENOTSUP;
		}
	}
	return 0;
}

/* "by the process named sshd", "if the process is nginx", "where the
 * command name is wget": the word for a process qualifies the name after
 * it; it is no grouping (it is placed here, and the name read later). */
static int name_qualifiers(struct reading *r)
{
	static const char *const WHO[] = { "process", "processes", "program", "programs",
					   "command", "commands", "task", "tasks", "app",
					   "application", "thread", "threads", NULL };
	static const char *const LINK[] = { "named", "called", "is", "was", "=", NULL };
	struct rword *w = r->w;
	/* "to my java process", "the nginx processes": the name's own word */
	for (int i = 1; i < r->n; i++)
		if (!w[i].placed && !w[i].quoted && in_list(w[i].text, WHO) &&
		    strcmp(w[i].text, "command") && strcmp(w[i].text, "commands") &&
		    process_name_at(r, i - 1))
			place(w, i, 1);
	for (int i = 0; i + 2 < r->n; i++) {
		if (w[i].placed || w[i].quoted || !in_list(w[i].text, WHO))
			continue;
		int j = i + 1 + (!strcmp(w[i + 1].text, "name") && i + 3 < r->n);
		if (!in_list(w[j].text, LINK))
			continue;
		j++;
		if (!strcmp(w[j].text, "not") && j + 1 < r->n)
			j++;
		if (!(w[j].quoted || lexicon_program(w[j].text, strlen(w[j].text)) ||
		      !strcmp(w[j].text, "root") || cued_name(r, j)))
			continue;
		place(w, i, j - 1 - i); /* the word, "name", and "is" */
		/* "per thread named java", "top 5 threads named java": by
		 * thread, those so named */
		int b = i - 1;
		while (b >= 0 && in_list(w[b].text, (const char *const[]){ "the", NULL }))
			b--;
		if (!strncmp(w[i].text, "thread", 6) && b >= 0 &&
		    (isdigit((unsigned char)w[b].text[0]) ||
		     in_list(w[b].text, (const char *const[]){ "per", "each", "every", "top",
							       "which", "what", "busiest", "most",
							       NULL })) &&
		    add_item(r->in->keys, &r->in->n_keys, 2, "tid", w[i].orig) < 0) {
			snprintf(r->why, r->whylen, "it groups by more than two things");
			return -ENOTSUP;
		}
	}
	/* "with comm samtools": "comm" says what the name is, no key */
	for (int i = 0; i + 1 < r->n; i++)
		if (!w[i].placed && !w[i].quoted && comm_cue(r, i + 1) && !w[i + 1].placed &&
		    (w[i + 1].quoted || process_name_at(r, i + 1)))
			place(w, i, 1);
	return 0;
}

/* "forks by pid of the new process", "new threads with their thread
 * id": the new one's id, at an event whose pid is the one making it
 * (the lexicon's `child` role says so); declined, for "child pid". */
static int new_ones_id(struct reading *r)
{
	static const char *const IDS[] = { "pid", "pids", "tid", "tids", "id", "ids", NULL };
	static const char *const THE[] = { "the", "each", "every", "a", "the", NULL };
	const struct lx_event *e = r->in->event;
	int child = 0;
	for (int k = 0; e && k < e->n_roles; k++)
		child |= !strcmp(e->roles[k].name, "child");
	for (int i = 1; child && i < r->n; i++) {
		if (r->w[i].quoted || !in_list(r->w[i].text, IDS))
			continue;
		int j = i - 1 - (i > 1 && in_list(r->w[i - 1].text, (const char *const[]){
						     "thread", "process", "task", NULL }));
		int theirs = in_list(r->w[j].text, (const char *const[]){ "their", "its", NULL });
		int k = i + 2 + (i + 2 < r->n && in_list(r->w[i + 2].text, THE));
		int of_new = i + 1 < r->n && !strcmp(r->w[i + 1].text, "of") && k < r->n &&
			     in_list(r->w[k].text, (const char *const[]){ "new", "created",
									 "spawned", NULL });
		if (!theirs && !of_new)
			continue;
		snprintf(r->why, r->whylen, "it asks for the new one's \"%s\" at %s, whose own pid "
			 "is the one making it: say \"child pid\"", r->w[i].orig,
			 r->in->event_words);
		return -ENOTSUP;
	}
	return 0;
}

/* "my program", "our app's reads": a process the user has in mind and
 * does not name (a program of everyone's would be served); "on cpu" with
 * no CPU's number, which is no grouping by CPU ("which processes are on
 * cpu": sampled, they all are). */
static int unnamed(struct reading *r)
{
	static const char *const MINE[] = { "my", "our", "your", "their", "his", "her", NULL };
	static const char *const TASK[] = {
		"program", "programs", "process", "processes", "app", "apps", "application",
		"applications", "service", "services", "daemon", "daemons", "binary", "binaries",
		"script", "scripts", "job", "jobs", "container", "containers", "worker", "workers",
		"code", "executable", "tool", NULL
	};
	static const char *const CUE[] = { "called", "named", "=", "==", NULL };
	static const char *const PARENT[] = { "parent", "parents", "ppid", "ppids", NULL };
	static const char *const THE[] = { "the", "this", "that", "a", "my", "our", "your",
					   "its", "their", NULL };
	struct rword *w = r->w;
	for (int i = 0; i < r->n; i++) {
		if (w[i].quoted || !in_list(w[i].text, PARENT))
			continue;
		/* "the parent's parent", "the ppid of the parent": a parent's
		 * parent, which the reader does not read */
		int of = 0;
		for (int k = i + 1; k < r->n && k <= i + 4 && !w[k].opens; k++) {
			of |= !strcmp(w[k].text, "of") || (k == i + 1 && strchr(w[i].orig, '\''));
			if (of && in_list(w[k].text, PARENT)) {
				snprintf(r->why, r->whylen, "it asks for a parent's parent "
					 "(\"%s ... %s\"), which the offline reader does not read",
					 w[i].orig, w[k].orig);
				return -ENOTSUP;
			}
		}
		/* "the comm of the parent": the parent's name, said another way */
		int of_the = i > 1 && !strcmp(w[i - 1 - in_list(w[i - 1].text, THE)].text, "of");
		if (of_the) {
			snprintf(r->why, r->whylen, "it asks for something \"of the %s\": say "
				 "\"parent name\" or \"parent pid\"", w[i].orig);
			return -ENOTSUP;
		}
		/* "its parent name and pid": whose pid is not said */
		if (i + 3 < r->n && !strcmp(w[i + 2].text, "and") &&
		    in_list(w[i + 1].text, (const char *const[]){ "name", "comm", "pid", "command",
								  "id", NULL }) &&
		    in_list(w[i + 3].text, (const char *const[]){ "pid", "name", "comm", "tid",
								  "uid", "command", NULL })) {
			snprintf(r->why, r->whylen, "it says \"%s %s and %s\": whose %s is not "
				 "said (\"the parent's name and the parent's pid\")", w[i].orig,
				 w[i + 1].orig, w[i + 3].orig, w[i + 3].orig);
			return -ENOTSUP;
		}
		/* "execs from the parent": a parent kept to, not shown */
		int t = i > 0 && in_list(w[i - 1].text, THE);
		if (i - t > 0 && in_list(w[i - 1 - t].text, (const char *const[]){
					     "from", "for", "under", NULL })) {
			char said[LX_WORD * 2];
			as_written(w, i - 1 - t, 2 + t, said, sizeof(said));
			snprintf(r->why, r->whylen, "it keeps to a parent (\"%s\"), which the "
				 "offline reader does not do", said);
			return -ENOTSUP;
		}
	}
	for (int i = 0; i + 1 < r->n; i++) {
		/* "for my user", "for this process": one the user has in mind,
		 * not each ("by user") */
		/* ("in this process", "from the traced process", "from the
		 * command") */
		static const char *const ADJ[] = { "traced", "current", "given", "same", "target",
						   "main", "running", NULL };
		int adj = i + 3 < r->n && in_list(w[i + 2].text, ADJ);
		int k2 = i + 2 + adj;
		if (!w[i].quoted && k2 < r->n && !w[k2].quoted &&
		    in_list(w[i].text, (const char *const[]){ "for", "of", "from", "in", NULL }) &&
		    in_list(w[i + 1].text, THE) &&
		    in_list(w[k2].text, (const char *const[]){ "user", "process", "program",
							       "app", "thread", "task",
							       "service", "command", "pid",
							       NULL }) &&
		    !(k2 + 1 < r->n && (w[k2 + 1].quoted || w[k2 + 1].path ||
					in_list(w[k2 + 1].text, CUE) ||
					isdigit((unsigned char)w[k2 + 1].text[0]) ||
					lexicon_program(w[k2 + 1].text, strlen(w[k2 + 1].text))))) {
			char said[LX_WORD * 2];
			as_written(w, i, k2 + 1 - i, said, sizeof(said));
			snprintf(r->why, r->whylen, "it says \"%s\" and not which: name it "
				 "(\"for user 1000\", \"for the process called myapp\")", said);
			return -ENOTSUP;
		}
		/* "count my reads", "by my user": whose is not said (no user is
		 * known); "on my server", "my laptop" are where it runs */
		static const char *const FILES[] = { "file", "files", "log", "logs", "logfile",
						     "logfiles", "directory", "directories", "dir",
						     "folder", "folders", "config", "configs",
						     "database", "db", NULL };
		static const char *const PLACES[] = {
			"computer", "computers", "server", "servers", "machine", "machines", "box",
			"boxes", "laptop", "desktop", "system", "systems", "host", "hosts", "node",
			"nodes", "vm", "vms", "instance", "instances", "cluster", "workstation",
			"pc", "own", "kernel", "setup", "environment", "device", "devices", "board",
			"phone", "network", "site", "website", NULL
		};
		if (!w[i].quoted && !w[i + 1].quoted && !w[i + 1].path &&
		    !lexicon_program(w[i + 1].text, strlen(w[i + 1].text)) &&
		    !hyphen_name(w[i + 1].text) &&
		    in_list(w[i].text, (const char *const[]){ "my", "our", NULL }) &&
		    !in_list(w[i + 1].text, PLACES) && !in_list(w[i + 1].text, TASK) &&
		    (!in_list(w[i + 1].text, FILES) || w[i + 1].placed) &&
		    !lexicon_context(r->lx, w[i + 1].text) &&
		    !(i > 0 && in_list(w[i - 1].text, (const char *const[]){ "on", "in", "at",
									     "across", NULL }))) {
			snprintf(r->why, r->whylen, "it says \"%s %s\" and not whose: name the "
				 "process (\"of the process called myapp\"), a user (\"by uid "
				 "1000\") or a pid", w[i].orig, w[i + 1].orig);
			return -ENOTSUP;
		}
		if (!w[i + 1].quoted && in_list(w[i].text, (const char *const[]){ "by", "from",
										  NULL }) &&
		    in_list(w[i + 1].text, (const char *const[]){ "me", "us", "myself",
								  "ourselves", NULL })) {
			snprintf(r->why, r->whylen, "it says \"%s %s\" and not who that is: name "
				 "the process, a user (\"by uid 1000\") or a pid", w[i].orig,
				 w[i + 1].orig);
			return -ENOTSUP;
		}
		if (w[i].quoted || w[i + 1].quoted || w[i + 1].placed)
			continue;
		/* ("my service api-server": the name follows) */
		int named = i + 2 < r->n &&
			    (w[i + 2].quoted || w[i + 2].path || in_list(w[i + 2].text, CUE) ||
			     lexicon_program(w[i + 2].text, strlen(w[i + 2].text)) ||
			     strpbrk(w[i + 2].text, "-_0123456789"));
		/* "the process hello calls write": a greeting's word where a
		 * process's name stands, which the reader would pass over */
		if (in_list(w[i].text, (const char *const[]){ "process", "program", "command",
							      "binary", "app", "daemon",
							      "service", "task", NULL }) &&
		    !w[i + 1].opens &&
		    in_list(w[i + 1].text, (const char *const[]){ "hello", "hi", "hey",
								  NULL })) {
			snprintf(r->why, r->whylen, "it has \"%s\" where a process's name stands, "
				 "and \"%s\" is a word too: quote the name (\"%s\")", w[i + 1].orig,
				 w[i + 1].text, w[i + 1].text);
			return -ENOTSUP;
		}
		if (in_list(w[i].text, MINE) && in_list(w[i + 1].text, TASK) && !named) {
			snprintf(r->why, r->whylen, "it says \"%s %s\" and not which process: "
				 "name it (\"the process called myapp\") or quote its name",
				 w[i].orig, w[i + 1].orig);
			return -ENOTSUP;
		}
		/* "truncates my log", "deletes my files": files the user has in
		 * mind, no path */
		int given = 0; /* ("my config file /etc/app.conf") */
		for (int k = i + 2; k < r->n && k <= i + 3; k++)
			given |= w[k].path || w[k].quoted;
		if (in_list(w[i].text, (const char *const[]){ "my", "our", "your", NULL }) &&
		    in_list(w[i + 1].text, FILES) && !given) {
			snprintf(r->why, r->whylen, "it says \"%s %s\" and not which: give its "
				 "path", w[i].orig, w[i + 1].orig);
			return -ENOTSUP;
		}
		/* "the ssh port", "the mysql user" (no such user here): a port or a user by a
		 * program's name, no process */
		if (lexicon_program(w[i].text, strlen(w[i].text)) && !strchr(w[i].orig, '\'') &&
		    in_list(w[i + 1].text, (const char *const[]){ "port", "ports", "user", "users",
								  "account", "group", NULL }) &&
		    !(i + 2 < r->n && in_list(w[i + 2].text, (const char *const[]){
						      "stack", "stacks", "time", "space", "mode",
						      "level", "cpu", NULL }))) {
			snprintf(r->why, r->whylen, "it says \"%s %s\": %s", w[i].orig,
				 w[i + 1].orig,
				 w[i + 1].text[0] == 'p' ? "a port by its name, which the offline "
							   "reader does not look up"
				 : w[i + 1].text[0] == 'g'
					 ? "a group by its name, which the offline reader does not "
					   "look up"
					 : "a user this machine has not");
			return -ENOTSUP;
		}
		int cpu = !strcmp(w[i].text, "on") &&
			  (!strcmp(w[i + 1].text, "cpu") || !strcmp(w[i + 1].text, "cpus"));
		if (!cpu || (i + 2 < r->n && isdigit((unsigned char)w[i + 2].text[0])))
			continue;
		if (r->in->event && !strcmp(r->in->event->name, "profile")) {
			place(w, i, 2);
			continue;
		}
		snprintf(r->why, r->whylen, "it says \"%s %s\" with no CPU's number: \"per CPU\" "
			 "counts by CPU, \"on CPU 0\" keeps to one", w[i].orig, w[i + 1].orig);
		return -ENOTSUP;
	}
	return 0;
}

/* Whether a user of this machine is named at word j ("user nobody",
 * "the www-data user", "user" itself before the name). */
static int user_at(const struct reading *r, int j)
{
	char name[LX_WORD];
	int after;
	if (r->w[j].user && strcmp(r->w[j].text, "root"))
		return 1; /* (read: "as www-data too") */
	if (j + 1 < r->n && in_list(r->w[j].text, (const char *const[]){ "user", "users", NULL }))
		j++;
	return strcmp(r->w[j].text, "root") && user_place(r, j, &after) &&
	       user_uid(r, j, name, sizeof(name)) >= 0;
}

/* Whether the word at j keeps the events to something: a process, a
 * path, a number, a signal, an errno, root, failure or success, a bound,
 * an exclusion, the event itself ("only opens"); or the output to what
 * it names. */
static int restricts(struct reading *r, int j)
{
	const struct rword *w = &r->w[j];
	/* "print only the exit code of exits": what is shown, which is the
	 * event's own word too: not said which */
	int k = j - 1;
	while (k >= 0 && in_list(r->w[k].text, (const char *const[]){ "the", "a", "an", NULL }))
		k--;
	if (w->event && k > 0 &&
	    in_list(r->w[k].text, (const char *const[]){ "only", "just", "solely", NULL }) &&
	    in_list(r->w[k - 1].text, (const char *const[]){ "show", "print", "display", "report",
							     "list", "output", "give", NULL }))
		return 0;
	if (w->path || w->quoted || w->sigword || w->negated || w->event ||
	    isdigit((unsigned char)w->text[0]) || !strcmp(w->text, "root") ||
	    (j + 1 < r->n && isdigit((unsigned char)w[1].text[0]) && !w[1].opens) ||
	    (r->in->comm[0] && !strcasecmp(r->in->comm, w->text)) || user_at(r, j) ||
	    (w->orig[0] == 'E' && isupper((unsigned char)w->orig[1])))
		return 1;
	int l;
	const struct lx_phrase *ph = lexicon_at(r->lx, r->w, r->n, j, &l);
	if (ph && (ph->cls == LX_FAIL || ph->cls == LX_SUCCEED || ph->cls == LX_ABOVE ||
		   ph->cls == LX_NAMED || ph->cls == LX_NEGATION))
		return 1;
	/* "only where the remote port is 9443": a thing and its number */
	if (ph && (ph->cls == LX_ROLE || ph->cls == LX_KEY) && j + l < r->n &&
	    !r->w[j + l].opens && isdigit((unsigned char)r->w[j + l].text[0]))
		return 1;
	/* or what is shown, or how it is summed up, right after it: "print
	 * only the port", "just a total" (never "only ones with arguments") */
	k = j - 1;
	while (k >= 0 && in_list(r->w[k].text, (const char *const[]){
				 "the", "a", "an", "show", "print", "display", "report", "list",
				 "output", "give", "me", NULL }))
		k--;
	if (!ph || k < 0 ||
	    !in_list(r->w[k].text, (const char *const[]){ "only", "just", "solely", NULL }))
		return 0;
	/* (a line shows what is asked alone) */
	r->in->only_shown |= ph->cls == LX_ROLE || ph->cls == LX_KEY;
	return ph->cls == LX_ROLE || ph->cls == LX_KEY || ph->cls == LX_AGG ||
	       ph->cls == LX_SUMMARY;
}

/* Whether the word at k keeps the events to one kind of them: a
 * failure or success, a signal, an errno, root or a user, a pid or other
 * number, the process named. */
static int keeps_to_one(struct reading *r, int k)
{
	const struct rword *w = &r->w[k];
	int l;
	const struct lx_phrase *ph = w->quoted ? NULL : lexicon_at(r->lx, r->w, r->n, k, &l);
	return w->sigword || isdigit((unsigned char)w->text[0]) || !strcmp(w->text, "root") ||
	       user_at(r, k) || (r->in->comm[0] && !strcasecmp(r->in->comm, w->text)) ||
	       (w->orig[0] == 'E' && isupper((unsigned char)w->orig[1])) ||
	       (ph && (ph->cls == LX_FAIL || ph->cls == LX_SUCCEED));
}

/* "running total", "keep counting", "cumulative": totals since the
 * start, printed each interval and never cleared; its words placed.
 * (The negative cues, "without resetting", "don't reset", are read as
 * exclusions first, which decline; they are listed for requests whose
 * exclusion words let them through.) */
static int totals_kept(struct reading *r)
{
	static const char *const CUES[] = {
		"running total", "running totals", "running count", "running counts",
		"running tally", "running tallies", "running sum", "running sums", "cumulative",
		"cumulatively", "accumulated", "accumulating", "accumulate", "accumulates",
		"keep the totals", "keep totals", "keeping totals", "keeping the totals",
		"keep counting", "keeps counting", "keeping counting", "keep adding",
		"keep accumulating", "so far", "since start", "since the start",
		"since it started", "since startup", "without resetting", "without clearing",
		"without reset", "don't reset", "do not reset", "never reset", "not reset",
		"no reset", "don't clear", "do not clear", "never clear", "not cleared",
		"never cleared", "not reset between", "keep the counts", "keep counts",
		"keep a tally", "keep the tally", "keep tallying", "keep the histogram",
		"keep the histograms", "keep the sums", "keep the count", "running average",
		"running averages", "running histogram", "running max", "running min",
		"keep a total", "keep the total", "keep the averages", "keep averages",
		"keep the average", "keep a count", "keep a running", NULL
	};
	for (int i = 0; i < r->n; i++)
		for (const char *const *c = CUES; *c; c++) {
			int l = phrase_at(r->w, r->n, i, *c, NULL, 0);
			if (!l)
				continue;
			/* "every 10 seconds and the cumulative total": each
			 * interval's and the totals, two summaries; a rate is
			 * never since the start */
			/* ("and at the end the running total": "and" in its
			 * clause, a few words before) */
			int linked = 0;
			for (int k = i - 1; k >= 0 && k >= i - 5 && !linked; k--) {
				linked = in_list(r->w[k].text, (const char *const[]){
						"and", "plus", "also", "both", NULL });
				if (r->w[k].opens)
					break;
			}
			/* ("then reset" beside it: which is meant?) */
			int says_reset = strstr(*c, "reset") || strstr(*c, "clear");
			for (int j = 0; j < r->n && !says_reset; j++)
				linked |= in_list(r->w[j].text, (const char *const[]){
							  "reset", "resets", "resetting", "clear",
							  "clears", "clearing", "zero", NULL });
			int rate = r->in->interval_rate;
			for (int j = 0; j < r->n; j++)
				rate |= in_list(r->w[j].text, (const char *const[]){
							"rate", "rates", "throughput", NULL });
			if (rate || linked) {
				char said[LX_WORD * 2];
				as_written(r->w, i, l, said, sizeof(said));
				snprintf(r->why, r->whylen,
					 "it asks for totals since the start (\"%s\") %s", said,
					 rate ? "and a rate: a rate is of each interval"
					      : "beside each interval's: two summaries");
				return -ENOTSUP;
			}
			r->in->cumulative = 1;
			if (!r->in->cumulative_words[0])
				as_written(r->w, i, l, r->in->cumulative_words,
					   sizeof(r->in->cumulative_words));
			place(r->w, i, l);
			i += l - 1;
			break;
		}
	return 0;
}

/* "count opens per process and overall", "... plus a system-wide total",
 * "per process and in total", "for nginx and for everything": a summary
 * narrowed (by a key, a process, an interval) and one of everything, two
 * summaries; "overall", "in total" or "system-wide" alone only say
 * nothing is kept out. */
static int overall_too(struct reading *r)
{
	static const char *const ALL[] = { "overall", "system-wide", "systemwide", "globally",
					   "total", "totals", "grand", "combined", "altogether",
					   NULL };
	static const char *const AND[] = { "and", "plus", "also", "well", "with", "both", NULL };
	static const char *const SCOPE[] = { "for", "and", "of", "on", "across", "over", "with",
					     NULL };
	/* everything, said in more words ("and for the whole system") */
	static const char *const WIDE[] = { "system wide", "entire system", "whole system",
					    "whole machine", "entire machine", "all processes",
					    "every process", "the system", "whole box",
					    "entire box", "all of them", "in all", "as a whole",
					    "all processes", "over all", "across all", "all of it",
					    "all together", "all combined", "together", "combined",
					    NULL };
	const struct intent *in = r->in;
	int kept = in->n_keys || in->comm[0] || in->pid || in->comm_not || in->ip_bytes ||
		   in->n_equals || in->size_above || in->binary[0] || in->failed ||
		   in->succeeded || in->errno_value || in->above_ns || in->cgroup_path[0];
	int narrowed = kept || in->interval_s;
	const char *what = in->n_keys ? in->keys[0].words : in->comm[0] ? in->comm
			   : kept ? "what it keeps to" : "an interval";
	/* "the max time a read takes in total": "in total" read as a total
	 * beside the maximum asked for */
	for (int i = 0; i + 1 < r->n && (in->aggs & (1u << AG_SUM)) &&
			(in->aggs & ~((1u << AG_SUM) | (1u << AG_COUNT)));
	     i++)
		if (!strcmp(r->w[i].text, "in") && !strcmp(r->w[i + 1].text, "total")) {
			snprintf(r->why, r->whylen, "it says \"%s %s\" beside another summary: a "
				 "total too, or only what is kept to? ask for one at a time",
				 r->w[i].orig, r->w[i + 1].orig);
			return -ENOTSUP;
		}
	for (int i = 0; narrowed && i < r->n; i++) {
		const struct rword *w = r->w;
		if (w[i].quoted)
			continue;
		int l = 0;
		/* "overall", "altogether", "in total", "grand total"; "everything"
		 * as what it is for ("for everything", "and everything") */
		if (in_list(w[i].text, (const char *const[]){ "overall", "altogether", NULL }))
			l = 1;
		else if (i + 1 < r->n && in_list(w[i].text, (const char *const[]){ "in", "grand",
										  NULL }) &&
			 in_list(w[i + 1].text, (const char *const[]){ "total", "totals", NULL }))
			l = 2;
		else if (!strcmp(w[i].text, "everything") &&
			 ((i > 0 && in_list(w[i - 1].text, SCOPE)) || i + 1 == r->n ||
			  w[i + 1].opens))
			l = 1;
		/* "globally and by process", "by process and system wide", "and
		 * for the whole system": everything, beside what is kept to */
		for (const char *const *c = WIDE; !l && *c; c++)
			l = phrase_at(w, r->n, i, *c, NULL, 0);
		if (!l && in_list(w[i].text, ALL) && strcmp(w[i].text, "total") &&
		    strcmp(w[i].text, "totals"))
			l = 1;
		/* "all reads" after "and also": everything, said by "all" */
		if (!l && !strcmp(w[i].text, "all") && i + 1 < r->n && r->w[i + 1].event)
			l = 2;
		/* ("and the total across all processes", "and how many there
		 * were in all": "and" in its clause, a few words before, with
		 * nothing between that asks for more; never "and the bytes
		 * they read in total", a total of those) */
		static const char *const BETWEEN[] = {
			"the", "a", "an", "print", "show", "also", "total", "totals", "sum",
			"count",
			"how", "many", "much", "there", "were", "was", "is", "are", "at", "end",
			"for", "with", "across", "over", "of", "its", "their", "them", "it",
			"overall", "grand", "number", "and", "plus", "give", "me", "report", "as",
			"all", "files", NULL
		};
		/* (after it: "overall as well", "in total too") */
		int linked = i + l < r->n && (in_list(w[i + l].text, AND) ||
					      in_list(w[i + l].text, (const char *const[]){
							      "as", "too", NULL }));
		/* ("& overall", "+ in total": signs the words leave out) */
		for (const char *p = r->request; l && p && !linked && (p = strstr(p, w[i].orig));
		     p++) {
			const char *b = p;
			while (b > r->request && b[-1] == ' ')
				b--;
			linked = b > r->request && (b[-1] == '&' || b[-1] == '+');
		}
		for (int k = i - 1; l && k >= 0 && k >= i - 6 && !linked; k--) {
			linked = in_list(w[k].text, AND);
			if (w[k].opens || !in_list(w[k].text, BETWEEN))
				break;
		}
		/* (an interval alone: "syscalls per second overall" is of
		 * everything; "and overall at the end" a second summary) */
		if (l && !kept && !linked &&
		    !(i + l < r->n && in_list(w[i + l].text, (const char *const[]){
						      "at", "total", "totals", "when", "sum",
						      "count", NULL })))
			l = 0;
		if (l && kept && !linked)
			l = 0;
		if (!l)
			continue;
		char said[LX_WORD * 2];
		as_written(r->w, i, l, said, sizeof(said));
		snprintf(r->why, r->whylen, "it asks for a summary of everything (\"%s\") beside "
			 "one narrowed to %s: two summaries; ask for one at a time", said, what);
		return -ENOTSUP;
	}
	if (!in->n_keys)
		return 0;
	for (int i = 1; i < r->n; i++) {
		int k = i - 1;
		while (k > 0 && in_list(r->w[k].text, (const char *const[]){ "a", "the", "an",
									    NULL }))
			k--;
		if (r->w[i].quoted || !in_list(r->w[i].text, ALL) || !in_list(r->w[k].text, AND))
			continue;
		/* (at the clause's end, or of a count: "and total bytes" is
		 * a sum) */
		int j = i + 1;
		while (j < r->n && !r->w[j].opens && in_list(r->w[j].text, ALL))
			j++;
		if (j < r->n && !r->w[j].opens &&
		    !in_list(r->w[j].text, (const char *const[]){ "count", "counts", "number",
								  "figure", "rate", NULL }))
			continue;
		snprintf(r->why, r->whylen, "it asks for a summary by %s and one of everything "
			 "(\"%s %s\"): two summaries; ask for one at a time", in->keys[0].words,
			 r->w[k].orig, r->w[i].orig);
		return -ENOTSUP;
	}
	return 0;
}

/* "oom kills with the allocating process", "... and what triggered it":
 * at an event about another task (the oom kill's victim), the task it
 * runs in is asked for, which its roles are not: declined. */
static int acting_task_asked(struct reading *r)
{
	static const char *const ACTING[] = { "allocate", "allocates", "allocating",
					      "allocated", "allocator", "trigger", "triggers",
					      "triggered", "triggering", "caused", "causing",
					      "causes", "cause", "culprit", "responsible", NULL };
	if (!r->in->event || !r->in->event->other_task)
		return 0;
	for (int i = 0; i < r->n; i++)
		if (!r->w[i].quoted && in_list(r->w[i].text, ACTING)) {
			snprintf(r->why, r->whylen,
				 "it says \"%s\" of %s, whose roles are the task it is about, "
				 "not the one it runs in", r->w[i].orig, r->in->event_words);
			return -ENOTSUP;
		}
	return 0;
}

/* "failures included", "including root", "SIGKILL as well", "with or
 * without errors", "failed or not", "any result": what is named beside
 * the rest is counted with it. The reader keeps to what it names, so a
 * restriction said so would keep to it alone: declined. The words within
 * two before the cue and three after it, in its clause. */
static int included_too(struct reading *r)
{
	static const char *const CUES[] = { "included", "including", "inclusive", "incl",
					    "as well", "along with", "with or without",
					    "with and without", "or not", "whether or not",
					    "regardless of", "plus", "alongside", "also", NULL };
	static const char *const ANY[] = { "result", "results", "outcome", "outcomes", "status",
					   "return", NULL };
	struct rword *w = r->w;
	for (int i = 0; i < r->n; i++) {
		int l = 0;
		for (const char *const *c = CUES; *c && !l; c++)
			l = w[i].quoted ? 0 : phrase_at(w, r->n, i, *c, NULL, 0);
		/* "SIGKILL too", "root too", "errors and all", "SIGKILL
		 * counted": at a clause's end ("too hot" is no cue) */
		if (!l && (i + 1 >= r->n || w[i + 1].opens) &&
		    in_list(w[i].text, (const char *const[]){ "too", "counted", "tallied",
							      NULL }))
			l = 1;
		if (!l && i + 1 < r->n && (i + 2 >= r->n || w[i + 2].opens) &&
		    ((!strcmp(w[i].text, "and") && !strcmp(w[i + 1].text, "all")) ||
		     (in_list(w[i].text, (const char *const[]){ "counted", "tallied", NULL }) &&
		      in_list(w[i + 1].text, (const char *const[]){ "in", "too", "also", NULL }))))
			l = 2;
		/* "count connects, any result": whatever the result */
		if (!l && i + 1 < r->n && !w[i + 1].opens &&
		    in_list(w[i].text, (const char *const[]){ "any", "whatever", "every", "all",
							      NULL }) &&
		    in_list(w[i + 1].text, ANY) &&
		    !(i + 2 < r->n && !w[i + 2].opens &&
		      in_list(w[i + 2].text, (const char *const[]){ "value", "values", "code",
								    "codes", NULL }))) {
			char said[LX_WORD * 2];
			as_written(w, i, 2, said, sizeof(said));
			snprintf(r->why, r->whylen, "it says \"%s\": leave it out to take every "
				 "one, or say which to keep to", said);
			return -ENOTSUP;
		}
		if (!l)
			continue;
		/* ("failed ones also", "SIGKILL too"; never "rx_sdr exits
		 * along with its code": a process's name right before only) */
		int hit = -1;
		for (int k = i - 1; hit < 0 && k >= 0 && k >= i - 2 && !w[k + 1].opens; k--)
			if (keeps_to_one(r, k) &&
			    (k == i - 1 || !r->in->comm[0] || strcasecmp(r->in->comm, w[k].text)))
				hit = k;
		for (int k = i + l; hit < 0 && k < r->n && k < i + l + 3 && !w[k].opens; k++)
			if (keeps_to_one(r, k))
				hit = k;
		if (hit < 0)
			continue;
		char said[LX_WORD * 4];
		as_written(w, i, l, said, sizeof(said));
		snprintf(r->why, r->whylen, "it says \"%s\" of \"%s\": the offline reader keeps "
			 "to what it names, never to it and the rest; leave it out to take every "
			 "one", said, w[hit].orig);
		return -ENOTSUP;
	}
	return 0;
}

/* "only", "just": what it says is kept to is ("Only the log files", "just
 * the ones with arguments" are not, and would be dropped). The words
 * after it, or before it at the end of a sentence ("nginx only"). */
static int only_kept(struct reading *r)
{
	static const char *const ONLY[] = { "only", "just", "solely", "exclusively", NULL };
	static const char *const BETWEEN[] = {
		"the", "a", "an", "for", "from", "by", "to", "in", "on", "of", "when",
		"where", "ones", "one", "that", "which", "whose", "are", "is", "were",
		"was", "if", "calls", "events", "care", "about", "interested", "want", "need",
		"see", "show", "me", "us", "print", "count", "trace", "list", "display",
		"i", "we", "made", "done", "called", "run", "report", "output", "keep",
		"include", "consider", "look", "at", "record", "catch", "watch", "rough", "quick",
		"simple", "basic", "plain", "process", "processes", "program", "programs",
		"named", NULL
	};
	struct rword *w = r->w;
	for (int i = 0; i < r->n; i++) {
		if (w[i].quoted || !in_list(w[i].text, ONLY))
			continue;
		/* "but only", "not only": the lexicon's own phrases */
		if (i > 0 && in_list(w[i - 1].text, (const char *const[]){ "but", "not", NULL }))
			continue;
		int j = i + 1;
		while (j < r->n && !w[j].opens && !w[j].quoted && in_list(w[j].text, BETWEEN))
			j++;
		int kept = j < r->n && !w[j].opens && restricts(r, j);
		for (int k = i - 1; !kept && (j >= r->n || w[j].opens) && k >= 0 && !w[k + 1].opens;
		     k--) {
			if (!w[k].quoted && in_list(w[k].text, BETWEEN))
				continue;
			kept = restricts(r, k);
			break;
		}
		if (!kept) {
			snprintf(r->why, r->whylen, "it says \"%s\", and nothing said with it is "
				 "kept to: say which process, path, pid or bound", w[i].orig);
			return -ENOTSUP;
		}
	}
	return 0;
}

/* "show only the pid of exiting processes", "only pid and port when a
 * process starts listening": a line that shows only what is named shows
 * no comm for the bare word of who acts ("process"); "process name"
 * says it. */
static void subject_not_shown(struct reading *r)
{
	static const char *const WHO[] = { "process", "processes", "a process", "program",
					   "programs", "task", "tasks", NULL };
	struct intent *in = r->in;
	if (!in->only_shown)
		return;
	for (int k = 0; k < in->n_shows;) {
		char low[sizeof(in->shows[k].words)];
		snprintf(low, sizeof(low), "%s", in->shows[k].words);
		for (char *c = low; *c; c++)
			*c = (char)tolower((unsigned char)*c);
		if (strcmp(in->shows[k].name, "comm") || !in_list(low, WHO)) {
			k++;
			continue;
		}
		memmove(&in->shows[k], &in->shows[k + 1],
			(size_t)(in->n_shows - k - 1) * sizeof(in->shows[0]));
		in->n_shows--;
	}
}

/* The next word after i not yet placed that is not a filler, or -1. */
static int next_content(struct reading *r, int i)
{
	for (int j = i + 1; j < r->n; j++) {
		int len;
		const struct lx_phrase *ph = lexicon_at(r->lx, r->w, r->n, j, &len);
		static const char *const DETERMINERS[] = { "the", "a", "an", "their", "its",
							    "his", "her", NULL };
		int det = 0;
		for (int k = 0; DETERMINERS[k]; k++)
			det |= !strcmp(r->w[j].text, DETERMINERS[k]);
		if (r->w[j].placed)
			return -1; /* "per kmalloc": per event, no key */
		if ((ph && ph->cls == LX_EACH) || det) {
			if (!r->w[j].placed)
				place(r->w, j, 1); /* "by each process" */
			continue;
		}
		return j;
	}
	return -1;
}

/* What the words at i name as a thing of the event: a key's builtin, a
 * role, or the word itself (a field for the planner); its length in
 * words. A role followed by a key word ("target pid", "sender process")
 * is the role. "requested uid" is the field uid, never the builtin. */
static int thing_at(struct reading *r, int i, char *name, size_t len)
{
	int l;
	const struct lx_phrase *ph = lexicon_at(r->lx, r->w, r->n, i, &l);
	int nl;
	if (ph && ph->cls == LX_ROLE && !strcmp(ph->value, "requested") && i + 1 < r->n &&
	    !r->w[i + 1].placed && !r->w[i + 1].quoted && !r->w[i + 1].path &&
	    (!lexicon_at(r->lx, r->w, r->n, i + 1, &nl) ||
	     lexicon_at(r->lx, r->w, r->n, i + 1, &nl)->cls == LX_KEY)) {
		snprintf(name, len, "field:%s", r->w[i + 1].text);
		return 2;
	}
	/* "bytes requested", "requested bytes", "requested size": what the
	 * call was asked for; "the victim's name": the victim's comm */
	const struct lx_phrase *next = ph && ph->cls == LX_ROLE && i + l < r->n &&
						       !r->w[i + l].placed
					       ? lexicon_at(r->lx, r->w, r->n, i + l, &nl)
					       : NULL;
	if (next && next->cls == LX_ROLE &&
	    ((!strcmp(ph->value, "bytes") && !strcmp(next->value, "requested")) ||
	     (!strcmp(ph->value, "requested") && !strcmp(next->value, "bytes")))) {
		snprintf(name, len, "requested");
		return l + nl;
	}
	if (ph && ph->cls == LX_ROLE && i + l < r->n && !r->w[i + l].placed &&
	    !r->w[i + l].opens &&
	    (!strcmp(r->w[i + l].text, "name") || !strcmp(r->w[i + l].text, "names")) &&
	    strcmp(ph->value, "file") && strcmp(ph->value, "host")) {
		snprintf(name, len, "%s.comm", ph->value);
		return l + 1;
	}
	if (ph && (ph->cls == LX_ROLE || ph->cls == LX_KEY)) {
		snprintf(name, len, "%s", ph->value);
		int k;
		/* "the cgroup of the target", "the uid of the child": the
		 * role's, as "the target's cgroup" */
		int o = i + l, ol;
		if (ph->cls == LX_KEY && o + 1 < r->n && !r->w[o].opens && !r->w[o].placed &&
		    !strcmp(r->w[o].text, "of")) {
			o += 1 + in_list(r->w[o + 1].text, (const char *const[]){ "the", "its",
										   "each", "every",
										   "a", NULL });
			const struct lx_phrase *of = o < r->n && !r->w[o].placed
							     ? lexicon_at(r->lx, r->w, r->n, o, &ol)
							     : NULL;
			if (of && of->cls == LX_ROLE) {
				/* ("the pid of the target": the target itself) */
				if (!strcmp(ph->value, "pid"))
					snprintf(name, len, "%s", of->value);
				else
					snprintf(name, len, "%s.%s", of->value, ph->value);
				return o + ol - i;
			}
		}
		/* (never across a comma: "command line, uid") */
		const struct lx_phrase *after = i + l < r->n && !r->w[i + l].placed &&
							!r->w[i + l].opens
							? lexicon_at(r->lx, r->w, r->n, i + l, &k)
							: NULL;
		/* "target pid", "sender process": the role; "target user": the
		 * role's uid, which only the event can say */
		if (ph->cls == LX_ROLE && after && after->cls == LX_KEY) {
			/* "sender process": the role; "sender process name": its comm */
			if (strcmp(after->value, "pid") && (strcmp(r->w[i + l].text, "process") || k > 1))
				snprintf(name, len, "%s.%s", ph->value, after->value);
			l += k;
		}
		return l;
	}
	if (ph || r->w[i].quoted || r->w[i].path)
		return 0;
	snprintf(name, len, "%s", r->w[i].text);
	return 1;
}

/* "per syscall", "by system call": every system call, a key of which
 * one it is; "by syscall count" ranks by a count, and "by syscall" of
 * a call named says nothing. */
static int syscall_key(struct reading *r, int j, int l)
{
	int al;
	const struct lx_phrase *after = j + l < r->n && !r->w[j + l].placed
						? lexicon_at(r->lx, r->w, r->n, j + l, &al)
						: NULL;
	size_t wl = strlen(r->w[j + l - 1].text);
	if ((after && after->cls == LX_AGG) || r->w[j + l - 1].text[wl - 1] == 's')
		return 0; /* "by syscall count", "busiest by syscalls": ranked by
			   * their count, left to classify() */
	struct intent *in = r->in;
	char words[LX_WORD * 2];
	as_written(r->w, j, l, words, sizeof(words));
	if (in->event || in->syscall[0] || in->function) {
		snprintf(r->why, r->whylen, "it groups by system call (\"%s\") and names %s",
			 words, in->event_words);
		return -ENOTSUP;
	}
	in->all_syscalls = 1;
	if (!in->event_words[0])
		snprintf(in->event_words, sizeof(in->event_words), "%s", words);
	place(r->w, j, l);
	return add_item(in->keys, &in->n_keys, 2, "syscall", words);
}

static void directed(struct reading *r, int i, char *name, size_t len);

/* Whether the words right before word i are the lexicon's for every
 * system call ("syscalls", "system calls"). */
static int syscalls_before(struct reading *r, int i)
{
	for (int k = i - 1, l; k >= 0 && k >= i - 3; k--) {
		const struct lx_phrase *ph = lexicon_at(r->lx, r->w, r->n, k, &l);
		if (ph && ph->cls == LX_SYSCALLS && k + l == i)
			return 1;
	}
	return 0;
}

/* "by process", "per cpu", "grouped by signal": a key; "by nginx" the
 * process to keep to. */
static int grouping(struct reading *r, int i, int plen)
{
	place(r->w, i, plen);
	int j = next_content(r, i + plen - 1);
	if (j < 0)
		return 0; /* a lone "per": nothing to group by */
	if (r->w[j].path)
		return 0; /* "malloc calls by /usr/bin/x": the binary, read later */
	/* "deleted, and by who": who acts, shown, where the task that makes
	 * a call is it (not at a signal's delivery, whose task receives) */
	if (in_list(r->w[j].text, (const char *const[]){ "who", "whom", NULL })) {
		const struct lx_event *e = r->in->event;
		int calls = !e || !strncmp(e->probes, "tracepoint:syscalls:", 20);
		for (const char *c = e ? strchr(e->probes, ',') : NULL; c; c = strchr(c + 1, ','))
			calls &= !strncmp(c + 1, "tracepoint:syscalls:", 20);
		if (!calls) {
			snprintf(r->why, r->whylen, "it asks who does it (\"%s %s\"), which %s "
				 "does not say", r->w[i].orig, r->w[j].orig, r->in->event_words);
			return -ENOTSUP;
		}
		r->in->who = 1;
		place(r->w, j, 1);
		return 0;
	}
	int named = process_name(r, j);
	if (named)
		return named < 0 ? -ENOTSUP : 0;
	char name[LX_WORD], words[LX_WORD * 2];
	/* "signals ..., group them by number": a signal's number */
	const struct lx_event *ev = r->in->event;
	int signal = 0;
	for (int k = 0; ev && k < ev->n_roles; k++)
		signal |= !strcmp(ev->roles[k].name, "signal");
	if (signal && !r->w[j].quoted &&
	    in_list(r->w[j].text, (const char *const[]){ "number", "numbers", NULL })) {
		as_written(r->w, j, 1, words, sizeof(words));
		place(r->w, j, 1);
		return add_item(r->in->keys, &r->in->n_keys, 2, "signal", words);
	}
	/* "syscalls by type": which call each is (never of a call named,
	 * whose type would be something else) */
	int tl;
	if (r->in->all_syscalls && !ev && !r->in->syscall[0] && !r->in->function &&
	    !r->w[j].quoted && syscalls_before(r, i) &&
	    in_list(r->w[j].text,
		    (const char *const[]){ "type", "types", "kind", "kinds", NULL }) &&
	    (j + 1 >= r->n || r->w[j + 1].opens ||
	     ((lexicon_filler(r->lx, r->w[j + 1].text) ||
	       lexicon_at(r->lx, r->w, r->n, j + 1, &tl)) &&
	      strcmp(r->w[j + 1].text, "of")))) {
		as_written(r->w, j, 1, words, sizeof(words));
		place(r->w, j, 1);
		return add_item(r->in->keys, &r->in->n_keys, 2, "syscall", words);
	}
	int l = thing_at(r, j, name, sizeof(name)), pl;
	const struct lx_phrase *ph = l ? NULL : lexicon_at(r->lx, r->w, r->n, j, &pl);
	/* "grouped by call site": a filler before a word the lexicon does
	 * not have, the two a field's name (call_site), the key */
	if (!l && ph && ph->cls == LX_FILLER && pl == 1 && j + 1 < r->n && !r->w[j + 1].placed &&
	    !lexicon_at(r->lx, r->w, r->n, j + 1, &pl) &&
	    thing_at(r, j + 1, name, sizeof(name)) == 1 && isalpha((unsigned char)name[0])) {
		snprintf(name, sizeof(name), "field:%.20s_%.20s", r->w[j].text, r->w[j + 1].text);
		as_written(r->w, j, 2, words, sizeof(words));
		place(r->w, j, 2);
		return add_item(r->in->keys, &r->in->n_keys, 2, name, words);
	}
	if (!l && ph && (ph->cls == LX_AGG || ph->cls == LX_FILLER))
		return 0; /* "by number of calls", "by the kernel": no key */
	if (!l && ph && ph->cls == LX_SYSCALLS)
		return syscall_key(r, j, pl);
	if (!l) {
		snprintf(r->why, r->whylen, "it groups by \"%s\", which it cannot place as a key",
			 r->w[j].orig);
		return -ENOTSUP;
	}
	/* "by uid 0", "for cpu 2": a number after the thing keeps to it
	 * (read with the numbers), no key */
	if (j + l < r->n && !r->w[j + l].placed && isdigit((unsigned char)r->w[j + l].text[0]) &&
	    strcmp(name, "comm"))
		return 0;
	/* "by process cron", "from the program nginx": the process named,
	 * kept to, never a key */
	if (!strcmp(name, "comm") && j + l < r->n && !r->w[j + l].placed) {
		int after = process_name(r, j + l);
		if (after) {
			place(r->w, j, l);
			return after < 0 ? -ENOTSUP : 0;
		}
	}
	/* "opens by processes other than nginx": who acts, kept out after
	 * it; no grouping */
	int nl;
	const struct lx_phrase *neg = j + l < r->n ? lexicon_at(r->lx, r->w, r->n, j + l, &nl)
						   : NULL;
	/* "files opened by processes whose pid is above 1000": who acts,
	 * said of what follows; no grouping */
	int whose = j + l < r->n && !r->w[j + l].placed &&
		    in_list(r->w[j + l].text, (const char *const[]){ "whose", NULL });
	if (((neg && neg->cls == LX_NEGATION) || whose) && !r->in->agg_words[0] &&
	    !r->in->summary && in_list(name, (const char *const[]){ "comm", "pid", "tid", "uid",
								   NULL })) {
		place(r->w, j, l);
		return 0;
	}
	as_written(r->w, j, l, words, sizeof(words));
	place(r->w, j, l);
	/* "signals sent by process", "sent to each pid": the sender's or
	 * the target's, at an event about two tasks */
	const char *sent = i > 0 && !strcmp(r->w[i - 1].text, "sent") ? r->w[i].text : "";
	const char *side = !strcmp(sent, "by") ? "sender" : !strcmp(sent, "to") ? "target" : NULL;
	if (side && r->in->event && (!strcmp(name, "comm") || !strcmp(name, "pid"))) {
		char role[LX_WORD];
		snprintf(role, sizeof(role), "%s%s", side, !strcmp(name, "comm") ? ".comm" : "");
		for (int k = 0; k < r->in->event->n_roles; k++)
			if (!strcmp(r->in->event->roles[k].name, role)) {
				snprintf(name, sizeof(name), "%s", role);
				break;
			}
	}
	if (!side)
		directed(r, j, name, sizeof(name)); /* "by the process that sends them" */
	int rc = add_item(r->in->keys, &r->in->n_keys, 2, name, words);
	/* "per process and syscall": the second key, held to the same rule */
	if (!rc && j + l < r->n && !r->w[j + l].placed && !strcmp(r->w[j + l].text, "and"))
		return grouping(r, j + l, 1);
	return rc;
}

/* "failed", "successful": only the calls that did so; both are every
 * call, said two ways ("successful and failed opens"), declined. */
static int outcome(struct reading *r, int failed, const char *words)
{
	struct intent *in = r->in;
	if (failed ? in->succeeded : in->failed) {
		snprintf(r->why, r->whylen, "it asks for calls that failed and calls that succeeded "
			 "(\"%s\" and \"%s\"): say which, or ask for each one's result",
			 in->fail_words, words);
		return -ENOTSUP;
	}
	*(failed ? &in->failed : &in->succeeded) = 1;
	if (!in->errno_value) /* "ENOENT errors": ENOENT says which */
		snprintf(in->fail_words, sizeof(in->fail_words), "%s", words);
	return 0;
}

/* One phrase of a class at word i. */
static int classed(struct reading *r, const struct lx_phrase *ph, int i, int l)
{
	struct intent *in = r->in;
	char words[LX_WORD * 2];
	as_written(r->w, i, l, words, sizeof(words));
	switch (ph->cls) {
	case LX_FILLER: {
		/* "write to the logs", "into the call records", "opens of
		 * logs": where to or which, a thing no filler is */
		int k = i - 1;
		while (k >= 0 && in_list(r->w[k].text, (const char *const[]){
					 "the", "a", "an", "my", "our", "its", "their", "call",
					 NULL }))
			k--;
		/* (a singular after a determiner: "to the log"; "to log"
		 * is the verb) */
		int plural = r->w[i].text[strlen(r->w[i].text) - 1] == 's';
		static const char *const TO[] = { "to", "into", "onto", "in", "of", "on", "from",
						  "under", "for", NULL };
		static const char *const PLACES[] = { "log", "logs", "record", "records",
						      "recording", "output", "outputs", "dump",
						      "dumps", "capture", "captures", NULL };
		if (l == 1 && k >= 0 && k < i - 1 + plural && in_list(r->w[k].text, TO) &&
		    in_list(r->w[i].text, PLACES)) {
			snprintf(r->why, r->whylen, "it says where to or which files (\"%s %s\"), "
				 "which the offline reader does not keep to (name a path or a "
				 "directory: \"under /var/log\")", r->w[k].orig, r->w[i].orig);
			return -ENOTSUP;
		}
		break;
	}
	case LX_EACH:
		in->each_words = 1;
		break;
	case LX_SUMMARY:
		in->summary = 1;
		in->ranked |= !strcmp(words, "top") || strstr(words, "most") || !strcmp(words, "busiest") ||
			      !strcmp(words, "hottest");
		/* "the most frequent syscalls" ranks calls; "the most syscalls"
		 * ranks who makes them */
		if (in->ranked && i + l < r->n && strcasecmp(words, "the most")) {
			int sl;
			const struct lx_phrase *next = lexicon_at(r->lx, r->w, r->n, i + l, &sl);
			/* "the most frequent failing syscalls" */
			if (next && next->cls == LX_FAIL && i + l + sl < r->n)
				next = lexicon_at(r->lx, r->w, r->n, i + l + sl, &sl);
			in->ranked_calls |= next && next->cls == LX_SYSCALLS;
		}
		/* "which processes open the most files": a call about one
		 * file each, counted */
		int fl = 0;
		const struct lx_phrase *files =
			in->ranked && strstr(words, "most") && i + l < r->n && !r->w[i + l].placed
				? class_at(r->lx, r->w, r->n, i + l, LX_ROLE, &fl)
				: NULL;
		int each_one = files && !strcmp(files->value, "file") && in->syscall[0] &&
			       lexicon_one_file(r->lx, in->syscall);
		for (int k = 0; files && in->event && k < in->event->n_counted; k++)
			each_one |= !strcmp(files->value, in->event->counted[k]);
		/* "the most files open": held open, not opened */
		if (each_one && !(i + l + fl < r->n && !strcmp(r->w[i + l + fl].text, "open")))
			place(r->w, i + l, fl);
		/* "syscalls sorted by count", "which syscalls are called the
		 * most": the calls, named before, are what is ranked */
		in->ranked_calls |= in->ranked && in->all_syscalls && !in->n_keys;
		r->sorted |= in_list(words, (const char *const[]){ "sorted", "ranked", "ordered",
								   NULL });
		break;
	case LX_AGG:
		for (int k = 0; k < AG_N; k++)
			if (!strcmp(ph->value, AGG_NAMES[k]))
				in->aggs |= 1u << k;
		if (!strcmp(ph->value, "count")) {
			/* "count the bytes", "how many bytes": what is counted */
			int j = i + l;
			while (j < r->n && in_list(r->w[j].text, (const char *const[]){
							  "the", "of", "a", "all", "total", "number",
							  "amount", NULL }))
				j++;
			int bytes = j < r->n && in_list(r->w[j].text, (const char *const[]){
							    "bytes", "byte", NULL });
			in->counts_bytes += bytes;
			in->counts_events += !bytes;
			/* "how many children", "the number of files deleted":
			 * what each event is one of, counted */
			int rl = 0;
			const struct lx_phrase *ph = NULL;
			/* "how many open files": files held open */
			if (j + 1 < r->n && !strcmp(r->w[j].text, "open") &&
			    in_list(r->w[j + 1].text, (const char *const[]){ "files", "file",
									     "fds", NULL })) {
				snprintf(r->why, r->whylen, "it asks how many files are held open, "
					 "which no count of opens says");
				return -ENOTSUP;
			}
			if (j < r->n && !r->w[j].placed)
				ph = class_at(r->lx, r->w, r->n, j, LX_ROLE, &rl);
			for (int k = 0; ph && in->event && k < in->event->n_counted; k++)
				if (!strcmp(ph->value, in->event->counted[k])) {
					place(r->w, j, rl);
					break;
				}
			/* "how many files does nginx open": a call made on one
			 * file each, counted; never files held open ("how many
			 * files are open", "does nginx have open") */
			int held = j > 0 && !strcmp(r->w[j - 1].text, "open"); /* "open files" */
			for (int k = j + rl; k < r->n; k++)
				held |= in_list(r->w[k].text, (const char *const[]){
						"currently", "still", "held", "kept", "remain",
						"stay", NULL }) ||
					(!strcmp(r->w[k].text, "open") &&
					 in_list(r->w[k - 1].text, (const char *const[]){
						 "are", "is", "have", "has", "left", "being",
						 NULL }));
			held |= j + rl < r->n && !strcmp(r->w[j + rl].text, "open") &&
				!(j + rl + 1 < r->n && in_list(r->w[j + rl + 1].text,
							       (const char *const[]){
								       "per", "every", "each",
								       NULL }));
			if (ph && !strcmp(ph->value, "file") && in->syscall[0] &&
			    lexicon_one_file(r->lx, in->syscall) && !held)
				place(r->w, j, rl);
			if (ph && !strcmp(ph->value, "file") && held &&
			    !strncmp(in->syscall, "open", 4)) {
				snprintf(r->why, r->whylen, "it asks how many files are held open, "
					 "which no count of opens says");
				return -ENOTSUP;
			}
		}
		snprintf(in->agg_words + strlen(in->agg_words),
			 sizeof(in->agg_words) - strlen(in->agg_words), "%s%s",
			 in->agg_words[0] ? ", " : "", words);
		break;
	case LX_FAIL:
	case LX_SUCCEED:
		/* "log reads and errors": the calls and their failures, or the
		 * failures alone? */
		if (ph->cls == LX_FAIL && i > 1 && r->w[i - 2].event &&
		    in_list(r->w[i - 1].text, (const char *const[]){ "and", "or", "plus", "vs",
								    "versus", NULL })) {
			snprintf(r->why, r->whylen, "it asks for \"%s %s\" beside the calls: every call "
				 "with its result, or the failures alone, is not said",
				 r->w[i - 1].orig, words);
			return -ENOTSUP;
		}
		if (outcome(r, ph->cls == LX_FAIL, words))
			return -ENOTSUP;
		break;
	case LX_SYSCALLS:
		/* "read syscalls" is read; "count syscalls and bytes read" two
		 * events */
		if ((in->event || in->syscall[0] || in->function) &&
		    !(i > 0 && r->w[i - 1].event) && !(i + l < r->n && r->w[i + l].event)) {
			snprintf(r->why, r->whylen, "it names every system call (\"%s\") and %s: which "
				 "one is meant is not said", words, in->event_words);
			return -ENOTSUP;
		}
		if (!in->event && !in->syscall[0]) {
			in->all_syscalls = 1;
			snprintf(in->event_words, sizeof(in->event_words), "%s", words);
		}
		break;
	case LX_PREP:
		return grouping(r, i, l);
	case LX_UNIT:
		if (!strcmp(ph->value, "min")) {
			snprintf(r->why, r->whylen, "it shows a time in minutes (\"%s\"); the offline "
				 "planner shows ns, us, ms or s", words);
			return -ENOTSUP;
		}
		/* "in microseconds": the unit shown */
		if (in->unit[0] && strcmp(in->unit, ph->value)) {
			snprintf(r->why, r->whylen, "it gives two units (\"%s\" and \"%s\")",
				 in->unit_words, words);
			return -ENOTSUP;
		}
		snprintf(in->unit, sizeof(in->unit), "%.3s", ph->value);
		snprintf(in->unit_words, sizeof(in->unit_words), "%s", words);
		break;
	case LX_ABOVE:
		snprintf(r->why, r->whylen, "it gives a bound (\"%s\") without a time it can read "
			 "(\"more than 10 ms\")", words);
		return -ENOTSUP;
	default:
		return 1; /* a thing of the event: the caller's */
	}
	place(r->w, i, l);
	return 0;
}

/* "ENOENT", "EACCES errors": only the calls that failed with it (a
 * system call returns -errno), by glibc's name of it. */
static int errno_word(struct reading *r, int i)
{
	const char *t = r->w[i].text;
	size_t n = strlen(t);
	if (r->w[i].quoted || r->w[i].path || n < 3 || t[0] != 'e')
		return 0;
	for (int e = 1; e < 134; e++) {
		const char *name = strerrorname_np(e);
		size_t l = name ? strlen(name) : 0;
		if (!l || strncasecmp(t, name, l) || (t[l] && strcmp(t + l, "s")))
			continue;
		if (r->in->errno_value && r->in->errno_value != e) {
			snprintf(r->why, r->whylen, "it names two errors (%s and %s)",
				 strerrorname_np(r->in->errno_value), name);
			return -ENOTSUP;
		}
		if (r->in->succeeded) {
			snprintf(r->why, r->whylen, "it asks for calls that succeeded (\"%s\") and "
				 "failed with %s", r->in->fail_words, name);
			return -ENOTSUP;
		}
		r->in->errno_value = e;
		r->in->failed = 1;
		snprintf(r->in->fail_words, sizeof(r->in->fail_words), "%s", r->w[i].orig);
		place(r->w, i, 1);
		return 1;
	}
	return 0;
}

/* "files that don't exist", "paths not found": the calls that failed
 * with ENOENT, said of files (a pid that does not exist is ESRCH). */
static int missing_files(struct reading *r)
{
	static const char *const MISSING[][4] = {
		{ "don't", "exist", NULL }, { "do", "not", "exist", NULL },
		{ "doesn't", "exist", NULL }, { "does", "not", "exist", NULL },
		{ "didn't", "exist", NULL }, { "did", "not", "exist", NULL },
		{ "not", "found", NULL }, { "nonexistent", NULL }, { "non-existent", NULL },
		{ "missing", NULL }, { NULL }
	};
	static const char *const FILES[] = { "file", "files", "path", "paths", "filename",
					     "filenames", "directory", "directories", "dir",
					     "dirs", NULL };
	for (int i = 0; i < r->n; i++)
		for (int m = 0; MISSING[m][0]; m++) {
			int l = 0;
			while (MISSING[m][l] && i + l < r->n && !r->w[i + l].quoted &&
			       !strcmp(r->w[i + l].text, MISSING[m][l]))
				l++;
			if (MISSING[m][l])
				continue;
			int files = 0;
			for (int k = i - 1; k >= 0 && k >= i - 6; k--)
				files |= in_list(r->w[k].text, FILES);
			for (int k = i + l; k < r->n && k < i + l + 2; k++)
				files |= in_list(r->w[k].text, FILES); /* "missing files" */
			if (!files)
				continue;
			if ((r->in->errno_value && r->in->errno_value != ENOENT) ||
			    r->in->succeeded) {
				snprintf(r->why, r->whylen, "it asks for files that do not exist "
					 "and for other calls besides");
				return -ENOTSUP;
			}
			r->in->errno_value = ENOENT;
			r->in->failed = 1;
			as_written(r->w, i, l, r->in->fail_words, sizeof(r->in->fail_words));
			place(r->w, i, l);
			i += l - 1;
			break;
		}
	return 0;
}

/* "sent to each process", "from which pid": at an event about two tasks
 * (a lexicon event with a target), the process or pid after "to" is the
 * target's, after "from" the sender's. */
static void directed(struct reading *r, int i, char *name, size_t len)
{
	static const char *const SKIP[] = { "the", "each", "every", "a", "an", "which", "what",
					    "whichever", NULL };
	const struct lx_event *e = r->in->event;
	int target = 0;
	for (int k = 0; e && k < e->n_roles; k++)
		target |= !strcmp(e->roles[k].name, "target");
	if ((!target && !(e && e->two_tasks)) || (strcmp(name, "comm") && strcmp(name, "pid")))
		return;
	int j = i - 1;
	while (j >= 0 && in_list(r->w[j].text, SKIP))
		j--;
	/* "context switches to each process": the task switched to,
	 * sched_switch's next_comm and next_pid (comm is the one switched
	 * out) */
	if (!target) {
		if (j >= 0 && (!strcmp(r->w[j].text, "to") || !strcmp(r->w[j].text, "into")))
			snprintf(name, len, "%s", strcmp(name, "pid") ? "next_comm" : "next_pid");
		return;
	}
	int pid = !strcmp(name, "pid");
	/* "which processes are sending signals", "the process that sends
	 * them": the sender; "a process that gets sent SIGKILL": the target */
	static const char *const BE[] = { "are", "is", "that", "which", "who", "were", "was",
					  "being", NULL };
	int k = i + 1;
	while (k < r->n && !r->w[k].placed && in_list(r->w[k].text, BE))
		k++;
	static const char *const SENDS[] = { "send", "sends", "sending", "sender", NULL };
	static const char *const GETS[] = { "get", "gets", "got", "getting", NULL };
	/* ("which process sent SIGKILL" asks who did; "processes sent
	 * SIGKILL" may be the ones it was sent to) */
	int asked = i > 0 && in_list(r->w[i - 1].text, (const char *const[]){ "which", "what",
									      NULL });
	static const char *const REL[] = { "that", "which", "who", NULL };
	int sends = k < r->n && (in_list(r->w[k].text, SENDS) ||
				 (!strcmp(r->w[k].text, "sent") &&
				  ((k == i + 1 && asked) ||
				   (k > i + 1 && in_list(r->w[k - 1].text, REL)))));
	/* "processes signaled by nginx", "which process gets killed", "which
	 * processes did nginx kill": the ones it is done to */
	static const char *const DONE[] = { "sent", "killed", "signaled", "signalled", "targeted",
					    "terminated", "interrupted", NULL };
	static const char *const DO[] = { "kill", "signal", "terminate", "interrupt", "target",
					  NULL };
	/* "nginx kills which pids": the ones a kill names */
	int killed = j >= 0 && in_list(r->w[j].text, (const char *const[]){
				       "kill", "kills", "killed", "signal", "signals", "signaled",
				       "signalled", NULL }) &&
		     i > 0 && in_list(r->w[i - 1].text, (const char *const[]){ "which", "what",
										 NULL });
	int gets = killed || (k < r->n &&
		   ((k + 1 < r->n && in_list(r->w[k].text, GETS) &&
		     in_list(r->w[k + 1].text, DONE)) ||
		    (strcmp(r->w[k].text, "sent") && in_list(r->w[k].text, DONE) &&
		     (k + 1 == r->n || !strcmp(r->w[k + 1].text, "by"))) ||
		    (k + 2 < r->n && in_list(r->w[k].text, (const char *const[]){ "did", "does",
										    "do", NULL }) &&
		     in_list(r->w[k + 2].text, DO))));
	if (j >= 0 && !strcmp(r->w[j].text, "to"))
		snprintf(name, len, "%s", pid ? "target" : "target.comm");
	else if ((j >= 0 && !strcmp(r->w[j].text, "from")) || sends)
		snprintf(name, len, "%s", pid ? "sender" : "sender.comm");
	else if (gets)
		snprintf(name, len, "%s", pid ? "target" : "target.comm");
}

/* Words said of the event found: a call's own verb, NULL returned, the
 * time spent or bounded. 1 when word i is one (placed), 0 when not,
 * -ENOTSUP. */
/* A reading with more items than an intent keeps: declined, saying so. */
static int too_many(struct reading *r)
{
	snprintf(r->why, r->whylen, "it asks for more than %d things at once", INTENT_ITEMS);
	return -ENOTSUP;
}

static int said_of_event(struct reading *r, int i)
{
	/* "how many bytes python3 receives with recvfrom": the call's
	 * own verb */
	static const char *const RECEIVE[] = { "receive", "receives", "received",
					       "receiving", NULL };
	static const char *const SEND[] = { "send", "sends", "sent", "sending", NULL };
	const char *sc = r->in->syscall;
	/* "reads that return less than 100 bytes", "opens that return an
	 * error": a verb; what follows says which (a bound, a failure), and
	 * the value itself is asked for only as a noun ("by return value") */
	const struct rword *w = r->w;
	/* ("take more than 10 ms to return": a verb too) */
	if (!w[i].quoted && i > 0 && !strcmp(w[i].text, "return") && !strcmp(w[i - 1].text, "to")) {
		place(r->w, i, 1);
		return 1;
	}
	if (!w[i].quoted && i > 0 && i + 1 < r->n && !w[i + 1].opens &&
	    in_list(w[i].text, (const char *const[]){ "return", "returns", "returned",
						      "returning", NULL }) &&
	    in_list(w[i - 1].text, (const char *const[]){ "that", "which", "they", "it", "ones",
							  "calls", "those", "call", NULL }) &&
	    (isdigit((unsigned char)w[i + 1].text[0]) || w[i + 1].text[0] == '-' ||
	     (w[i + 1].orig[0] == 'E' && isupper((unsigned char)w[i + 1].orig[1])) ||
	     in_list(w[i + 1].text, (const char *const[]){
			     "a", "an", "less", "more", "fewer", "under", "over", "above", "below",
			     "at", "zero", "nothing", "no", "negative", "error", "errors",
			     "failure", "exactly", "only", "between", NULL }))) {
		place(r->w, i, 1);
		return 1;
	}
	if (((!strncmp(sc, "recv", 4) && in_list(r->w[i].text, RECEIVE)) ||
	     (!strncmp(sc, "send", 4) && in_list(r->w[i].text, SEND))) &&
	    !r->w[i].quoted) {
		place(r->w, i, 1);
		return 1;
	}
	/* "malloc calls that return NULL", "come back empty-handed
	 * (NULL)": only those, which the planner keeps to where the
	 * function returns an address */
	static const char *const RETURNS[] = { "return", "returns", "returned", "returning",
					       "come", "comes", "came", "back", "empty",
					       "handed", "empty-handed", NULL };
	int null_at = i;
	while (r->in->function && null_at < r->n && !r->w[null_at].quoted &&
	       in_list(r->w[null_at].text, RETURNS))
		null_at++;
	if (r->in->function && null_at < r->n && !r->w[null_at].quoted &&
	    in_list(r->w[null_at].text, (const char *const[]){ "null", NULL })) {
		null_at++;
		/* "NULL returns" */
		while (null_at < r->n && !r->w[null_at].quoted &&
		       in_list(r->w[null_at].text, (const char *const[]){ "return", "returns",
									  NULL }))
			null_at++;
	}
	else if (null_at == i || !(!strcmp(r->w[null_at - 1].text, "empty-handed") ||
				   (null_at - 2 >= i && !strcmp(r->w[null_at - 1].text, "handed") &&
				    !strcmp(r->w[null_at - 2].text, "empty"))))
		null_at = i;
	if (null_at > i) {
		if (!r->in->null_ret)
			as_written(r->w, i, null_at - i, r->in->null_words,
				   sizeof(r->in->null_words));
		r->in->null_ret = 1;
		place(r->w, i, null_at - i);
		return 1;
	}
	/* "the time redis spends in epoll_wait": the time spent, the
	 * process between read as itself */
	int spends = 0;
	for (int j = i + 1; !strcmp(r->w[i].text, "time") && !spends && j < r->n && j <= i + 3;
	     j++)
		if (!r->w[j].placed && !r->w[j].quoted &&
		    in_list(r->w[j].text, (const char *const[]){ "spend", "spends", "spent",
								 "spending", NULL }))
			spends = j;
	if (spends && !r->w[i].quoted) {
		char words[LX_WORD * 2];
		snprintf(words, sizeof(words), "%s ... %s", r->w[i].orig, r->w[spends].orig);
		place(r->w, i, 1);
		place(r->w, spends, 1);
		return add_item(r->in->shows, &r->in->n_shows, INTENT_ITEMS, "spent", words)
			       ? too_many(r)
			       : 1;
	}
	/* "calls that block for over 100 ms? report the time": the
	 * time bounded */
	if (r->in->above_ns && !strcmp(r->w[i].text, "time") && !r->w[i].quoted) {
		char words[LX_WORD * 2];
		as_written(r->w, i, 1, words, sizeof(words));
		place(r->w, i, 1);
		return add_item(r->in->shows, &r->in->n_shows, INTENT_ITEMS, "duration", words)
			       ? too_many(r)
			       : 1;
	}
	return 0;
}

/* "while unprivileged", "during GC pauses", "while the build was
 * running": a window context.c did not set aside (it may keep to a
 * state of the task, a process, a moment or a time past), which no
 * event's field says: declined, saying so. */
static int window_said(struct reading *r)
{
	for (int i = 0; i + 1 < r->n; i++) {
		if (r->w[i].placed || r->w[i].quoted ||
		    (strcmp(r->w[i].text, "while") && strcmp(r->w[i].text, "during")))
			continue;
		int k = i + 1;
		while (k < r->n && !r->w[k].opens && k < i + 6)
			k++;
		char said[LX_WORD * 4];
		as_written(r->w, i, k - i, said, sizeof(said));
		snprintf(r->why, r->whylen, "it says \"%s\", which may keep to something (a state "
			 "of the task, a process, a moment, a time past): the offline reader sets "
			 "aside only a window to run it in (\"while the build is running\")", said);
		return -ENOTSUP;
	}
	return 0;
}

/* "count processes forked per second", "count processes executed",
 * "number of processes exiting with non-zero status": the processes are
 * what the event makes, runs or ends, one per event: counted, never a
 * key ("count processes calling open" keys by the caller). */
/* "what keeps opening /etc/hosts", "what is writing to the disk": "what"
 * asks who, as "who" does. */
/* Whether word k is one of doing something ("opening", "writing"; never
 * "going", "happening": "what is going on" asks no one). */
static int doing_word(const struct reading *r, int k)
{
	size_t l = k < r->n ? strlen(r->w[k].text) : 0;
	return l > 4 && !r->w[k].opens && !strcmp(r->w[k].text + l - 3, "ing") &&
	       !in_list(r->w[k].text, (const char *const[]){ "going", "happening", NULL });
}

static void what_asks_who(struct reading *r)
{
	const struct rword *w = r->w;
	for (int i = 0; i + 1 < r->n; i++) {
		if (w[i].quoted || (strcmp(w[i].text, "what") && strcmp(w[i].text, "what's")))
			continue;
		/* "what keeps ...", "what is X-ing", "what's X-ing" */
		int keeps = !w[i + 1].opens && in_list(w[i + 1].text, (const char *const[]){
							       "keeps", "kept", "keep", NULL });
		int is = !strcmp(w[i].text, "what")
				 ? in_list(w[i + 1].text, (const char *const[]){ "is", "was", "has",
										 NULL }) &&
					   doing_word(r, i + 2)
				 : doing_word(r, i + 1);
		r->in->who |= keeps || is;
	}
}

static void processes_counted(struct reading *r)
{
	/* (never a kill's or a signal's: many of them for one process) */
	static const char *const LIFE[] = { "fork", "exit", "crash", "taskexit", "exitcode",
					    "exitfail", "oomkill", NULL };
	static const char *const THEY[] = { "processes", "process", "programs", "commands",
					    "tasks", "binaries", NULL };
	struct rword *w = r->w;
	const char *ev = r->in->event ? r->in->event->name : "";
	if (!in_list(ev, LIFE) && strcmp(r->in->syscall, "execve") &&
	    strcmp(r->in->syscall, "execveat"))
		return;
	for (int i = 1; i + 1 < r->n; i++) {
		int k = i - 1;
		while (k > 0 &&
		       in_list(w[k].text, (const char *const[]){ "the", "new", "of", NULL }))
			k--;
		if (w[i].placed || w[i].quoted || !in_list(w[i].text, THEY) ||
		    !in_list(w[k].text, (const char *const[]){ "count", "counts", "counting",
							       "tally", "number", "many", NULL }))
			continue;
		int j = i + 1;
		while (j < r->n && !w[j].opens &&
		       in_list(w[j].text, (const char *const[]){ "that", "which", "being", "are",
								 "were", "get", "got", "getting",
								 "is", "was", NULL }))
			j++;
		/* ("processes that fork", "that kill": the parents, the
		 * senders, one for many events) */
		size_t l = j < r->n ? strlen(w[j].text) : 0;
		if (j < r->n && !w[j].opens && w[j].event &&
		    (!in_list(ev, (const char *const[]){ "fork", "kill", "signal", NULL }) ||
		     (l > 2 && !strcmp(w[j].text + l - 2, "ed"))))
			place(w, i, 1);
	}
}

/* Every word not placed yet: a class of the lexicon, a process, or a
 * thing of the event (a role, a builtin, a field's name). */
static int classify(struct reading *r)
{
	for (int i = 0; i < r->n; i++) {
		if (r->w[i].placed)
			continue;
		/* "opens under /etc": the word before a directory's path; "in
		 * the binary /opt/srv": a binary's */
		if (i + 1 < r->n && r->w[i + 1].path && !r->w[i].quoted &&
		    in_list(r->w[i].text, (const char *const[]){ "under", "inside", "within",
								 "below", "beneath", "binary",
								 "executable", NULL })) {
			place(r->w, i, 1);
			continue;
		}
		if (r->w[i].path) {
			/* "my /tmp/cache files": the files in it, not the path */
			struct stat st;
			int dir = stat(r->w[i].orig, &st) == 0 && S_ISDIR(st.st_mode);
			if (i + 1 < r->n && !r->w[i + 1].quoted &&
			    (in_list(r->w[i + 1].text, (const char *const[]){ "files", "dirs",
									      "directories",
									      "folders", NULL }) ||
			     (dir && in_list(r->w[i + 1].text, (const char *const[]){
							     "file", "dir", "directory", "folder",
							     NULL })))) {
				snprintf(r->why, r->whylen, "it says \"%s %s\": the files under "
					 "it? say \"under %s\"", r->w[i].orig, r->w[i + 1].orig,
					 r->w[i].orig);
				return -ENOTSUP;
			}
			if (r->in->binary[0] && strcmp(r->in->binary, r->w[i].orig)) {
				snprintf(r->why, r->whylen, "it names two binaries (\"%s\" and \"%s\")",
					 r->in->binary, r->w[i].orig);
				return -ENOTSUP;
			}
			snprintf(r->in->binary, sizeof(r->in->binary), "%s", r->w[i].orig);
			snprintf(r->in->binary_after, sizeof(r->in->binary_after), "%s",
				 i > 0 ? r->w[i - 1].text : "");
			place(r->w, i, 1);
			continue;
		}
		r->in->who |= !strcmp(r->w[i].text, "who") || !strcmp(r->w[i].text, "whom") ||
			      !strcmp(r->w[i].text, "whose") || !strcmp(r->w[i].text, "who's");
		/* "slow reads over 200us": what the bound says */
		if (!r->w[i].quoted && (!strcmp(r->w[i].text, "slow") ||
					!strcmp(r->w[i].text, "slowest")) && r->in->above_ns &&
		    !r->in->above_lt) {
			place(r->w, i, 1);
			continue;
		}
		/* "what user logs in": logging in, no word for printing */
		if (i + 1 < r->n && !r->w[i].quoted &&
		    in_list(r->w[i].text, (const char *const[]){ "log", "logs", "logged",
								 "logging", NULL }) &&
		    in_list(r->w[i + 1].text, (const char *const[]){ "in", "on", "into", NULL }) &&
		    !(i + 2 < r->n && (r->w[i + 2].path || !strcmp(r->w[i + 2].text, "real")))) {
			snprintf(r->why, r->whylen, "it asks about logging in (\"%s %s\"), which "
				 "the offline reader does not trace", r->w[i].orig,
				 r->w[i + 1].orig);
			return -ENOTSUP;
		}
		int said = said_of_event(r, i);
		if (said < 0)
			return said;
		if (said)
			continue;
		int named = process_name(r, i);
		if (!named)
			named = errno_word(r, i);
		if (named < 0)
			return -ENOTSUP;
		if (named)
			continue;
		int l;
		const struct lx_phrase *ph = lexicon_at(r->lx, r->w, r->n, i, &l);
		/* "writes with count over 1 MB", "its count": a field's name, not
		 * an aggregation */
		if (ph && ph->cls == LX_AGG && !strcmp(r->w[i].text, "count") && i > 0 &&
		    (!strcmp(r->w[i - 1].text, "with") || !strcmp(r->w[i - 1].text, "its") ||
		     !strcmp(r->w[i - 1].text, "their")))
			ph = NULL;
		int rc = ph ? classed(r, ph, i, l) : 1;
		if (rc <= 0) {
			if (rc < 0 && !r->why[0])
				snprintf(r->why, r->whylen, "it groups by more than two things");
			if (rc < 0)
				return rc;
			continue;
		}
		/* "getaddrinfo calls in libc": the library the lexicon has it in */
		const char *lib = r->in->function ? r->in->function->lib : "";
		size_t tl = strlen(r->w[i].text);
		if (lib[0] && !r->w[i].quoted &&
		    ((!strncmp(lib, r->w[i].text, tl) &&
		      (!lib[tl] || !strncmp(lib + tl, ".so", 3))) ||
		     (!strcmp(r->w[i].text, "glibc") && !strncmp(lib, "libc.", 5)))) {
			place(r->w, i, 1);
			continue;
		}
		/* "execs of the program /usr/bin/ls", "opens for process nginx":
		 * the word says what the path or name is, no key (not "count
		 * the processes nginx kills") */
		int of = i - 1 - (i > 1 && !strcmp(r->w[i - 1].text, "the"));
		if (ph && ph->cls == LX_KEY && !strcmp(ph->value, "comm") && i + l < r->n &&
		    (r->w[i + l].path ||
		     (of >= 0 && process_name_at(r, i + l) &&
		      in_list(r->w[of].text, (const char *const[]){ "for", "from", "of", "in", "by",
								    NULL })))) {
			place(r->w, i, l);
			continue;
		}
		/* "how long do tasks spend ...": anything that runs, no key
		 * ("which tasks do" asks which) */
		if (ph && ph->cls == LX_KEY && l == 1 && i > 0 &&
		    r->w[i].text[strlen(r->w[i].text) - 1] == 's' &&
		    in_list(r->w[i - 1].text, (const char *const[]){ "do", "does", "did", NULL }) &&
		    !(i > 1 &&
		      in_list(r->w[i - 2].text, (const char *const[]){ "which", "what", NULL })) &&
		    in_list(ph->value, (const char *const[]){ "comm", "pid", "tid", NULL })) {
			place(r->w, i, 1);
			continue;
		}
		if (container_kept(r, ph, i))
			return -ENOTSUP;
		char name[LX_WORD], words[LX_WORD * 2];
		l = thing_at(r, i, name, sizeof(name));
		if (!l) {
			snprintf(r->why, r->whylen, "it asks for \"%s\", which the lexicon does not "
				 "place", r->w[i].orig);
			return -ENOTSUP;
		}
		directed(r, i, name, sizeof(name));
		as_written(r->w, i, l, words, sizeof(words));
		place(r->w, i, l);
		if (add_item(r->in->shows, &r->in->n_shows, INTENT_ITEMS, name, words) < 0) {
			snprintf(r->why, r->whylen, "it asks for more than %d things at once",
				 INTENT_ITEMS);
			return -ENOTSUP;
		}
	}
	return 0;
}

/* What an exclusion at word i (of `len` words) names, marked negated: a
 * process, root, a pid or a thing kept to a number right after it ("for"
 * and "the" between). Returns how many words from i the exclusion and
 * what it names take, or 0 when nothing is there. */
static int mark_negated(struct reading *r, int i, int len)
{
	static const char *const BETWEEN[] = { "for", "from", "by", "to", "the", "any", NULL };
	struct rword *w = r->w;
	/* "non-root" is the root user, kept out */
	if (len == 1 && (!strcmp(w[i].text, "non-root") || !strcmp(w[i].text, "nonroot"))) {
		snprintf(w[i].text, sizeof(w[i].text), "root");
		w[i].negated = 1;
		return 1;
	}
	/* "everything but nginx"; "opens, but for nginx only" keeps to it */
	if (len == 1 && !strcmp(w[i].text, "but") &&
	    !(i > 0 && in_list(w[i - 1].text, (const char *const[]){
				       "all", "every", "any", "anything", "everything", "everyone",
				       "everybody", "anyone", "anybody", NULL })))
		return 0;
	int j = i + len;
	while (j < r->n && !w[j].placed && in_list(w[j].text, BETWEEN)) {
		/* "except by nginx", "not from pid 1": the task acting */
		r->in->not_actor |= !strcmp(w[j].text, "by") || !strcmp(w[j].text, "from");
		j++;
	}
	if (j >= r->n || (w[j].placed && !w[j].sigword) || w[j].path)
		return 0;
	long v;
	int named = w[j].quoted || lexicon_program(w[j].text, strlen(w[j].text)) ||
		    !strcmp(w[j].text, "root") || w[j].sigword || !strcmp(w[j].text, "stdin") ||
		    !strcmp(w[j].text, "stdout") || !strcmp(w[j].text, "stderr");
	int numbered = j + 1 < r->n && number(w[j + 1].text, &v);
	int id = j + 2 < r->n && !strcmp(w[j].text, "process") && !strcmp(w[j + 1].text, "id") &&
		 number(w[j + 2].text, &v);
	if (!named && !numbered && !id)
		return 0;
	w[j].negated = 1;
	if (numbered || id)
		w[j + 1].negated = 1;
	if (id)
		w[j + 2].negated = 1;
	int end = j + 1 + (numbered || id) + id;
	/* a signal's name was kept to before exclusions were read */
	for (int k = 0; w[j].sigword && k < r->in->n_equals; k++)
		if (!strcmp(r->in->equals[k].name, "signal")) {
			r->in->equals_not[k] = 1;
			r->negated_used = 1;
		}
	return end - i;
}

/* "except", "other than", "not", "non-root": an exclusion. It is read
 * only right before what a filter can keep out (mark_negated): the
 * filter made of it is then the other way round ("except nginx": comm !=
 * "nginx"). Anything else, read as a filter, would keep exactly what the
 * request leaves out, and declines; so does a second exclusion. */
static int negation(struct reading *r)
{
	for (int i = 0; i < r->n; i++) {
		int l;
		if (r->w[i].placed)
			continue; /* "files that don't exist": ENOENT (missing_files) */
		const struct lx_phrase *ph = r->w[i].quoted || r->w[i].path
						     ? NULL
						     : lexicon_at(r->lx, r->w, r->n, i, &l);
		/* "did not fail", "ignoring failures": a phrase of its own */
		if (ph && ph->cls != LX_NEGATION)
			i += l - 1;
		if (!ph || ph->cls != LX_NEGATION)
			continue;
		char words[LX_WORD * 2];
		r->in->firm = 1;
		int named = r->negation ? 0 : mark_negated(r, i, l);
		if (named) {
			r->negation = 1;
			as_written(r->w, i, named, r->in->not_words, sizeof(r->in->not_words));
			/* "non-root": the word is what it names */
			if (!r->w[i].negated)
				place(r->w, i, l);
			i += l - 1;
			continue;
		}
		as_written(r->w, i, l, words, sizeof(words));
		if (r->negation)
			snprintf(r->why, r->whylen, "it leaves out two things (\"%s\" and \"%s\"), "
				 "and the offline reader keeps out one at most", r->in->not_words,
				 words);
		else
			snprintf(r->why, r->whylen, "it leaves something out (\"%s\") that the "
				 "offline reader cannot keep out: it keeps out only a process, a pid, "
				 "root or a signal named right after the exclusion (\"except nginx\")",
				 words);
		return -ENOTSUP;
	}
	return 0;
}

/* "count how many times each syscall is called": by which call, in a
 * summary with no key said (a line per call shows which already). */
static int each_syscall(struct reading *r)
{
	struct intent *in = r->in;
	for (int i = 0, l; in->all_syscalls && !in->n_keys && in->aggs && i + 1 < r->n; i++) {
		const struct lx_phrase *ph = lexicon_at(r->lx, r->w, r->n, i + 1, &l);
		if (r->w[i].quoted || !ph || ph->cls != LX_SYSCALLS || strcmp(r->w[i].text, "each"))
			continue;
		char words[LX_WORD * 2];
		as_written(r->w, i, l + 1, words, sizeof(words));
		return add_item(in->keys, &in->n_keys, 2, "syscall", words);
	}
	return 0;
}

/* "tcp connections that fail": the event that is its failure (the
 * lexicon's "fails EVENT"); never "that failed to resolve", where what
 * failed is another thing. */
static void failed_event(struct reading *r)
{
	struct intent *in = r->in;
	if (!in->failed || in->errno_value || !in->event || !in->event->fails[0])
		return;
	for (int i = 0; i + 2 < r->n; i++)
		if (in_list(r->w[i].text, (const char *const[]){ "fail", "fails", "failed",
								 "failing", NULL }) &&
		    !strcmp(r->w[i + 1].text, "to") &&
		    !in_list(r->w[i + 2].text, (const char *const[]){ "connect", "establish",
								      NULL }))
			return;
	for (int e = 0; e < r->lx->n_events; e++)
		if (!strcmp(r->lx->events[e].name, in->event->fails)) {
			in->event = &r->lx->events[e];
			in->failed = 0;
			return;
		}
}

/* The machine said by what runs on it, the `len` words at i: declined. */
static int machine_by_task(struct reading *r, int i, int len)
{
	char said[96];
	as_written(r->w, i, len, said, sizeof(said));
	snprintf(r->why, r->whylen, "it says which machine by what is on it (\"%s\"): the "
		 "program traces the machine it runs on; say whether to keep to a process "
		 "(\"of etcd\")", said);
	return -ENOTSUP;
}

/* "on the compute node", "on this gateway box", "across every build
 * agent": the machine it runs on, said by a place word after at most two
 * English words that name nothing the reader knows (no program, no
 * lexicon word: "on the nginx server" is not read so); placed, the words
 * ask for nothing. */
static int machine_places(struct reading *r)
{
	static const char *const ON[] = { "on", "across", NULL };
	static const char *const THE[] = { "this", "the", "my", "our", "a", "each", "every",
					   "all", NULL };
	static const char *const PLACE[] = {
		"node", "nodes", "host", "hosts", "box", "boxes", "machine", "machines", "server",
		"servers", "laptop", "hub", "gateway", "agent", "agents", "runner", "runners",
		"vm", "vms", "instance", "instances", "router", "cluster", "workstation", "pi",
		"board", NULL
	};
	struct rword *w = r->w;
	for (int i = 0; i + 2 < r->n; i++) {
		if (w[i].quoted || w[i].placed || !in_list(w[i].text, ON) || w[i + 1].quoted ||
		    !in_list(w[i + 1].text, THE))
			continue;
		int j = i + 2;
		while (j < r->n && j < i + 4 && !w[j].quoted && !w[j].path && !w[j].placed &&
		       !in_list(w[j].text, PLACE) && isalpha((unsigned char)w[j].text[0]) &&
		       !lexicon_program(w[j].text, strlen(w[j].text)) &&
		       (lexicon_context(r->lx, w[j].text) ||
			(!lexicon_knows(r->lx, w[j].text) && bte_english(w[j].text) == 1)))
			j++;
		if (j >= r->n || w[j].quoted || w[j].placed || !in_list(w[j].text, PLACE))
			continue;
		/* "on the node etcd runs on": which machine, by what runs on it */
		if (j + 2 < r->n && !w[j + 1].opens && !w[j + 1].placed &&
		    in_list(w[j + 2].text, (const char *const[]){ "runs", "run", "lives", "is",
								  "sits", NULL })) {
			return machine_by_task(r, i, j - i + 3);
		}
		int first_place = j;
		/* ("the gateway box") */
		while (j + 1 < r->n && !w[j + 1].quoted && !w[j + 1].opens &&
		       in_list(w[j + 1].text, PLACE))
			j++;
		/* "on the node running etcd": which machine, by what runs on
		 * it, never which process */
		if (j + 1 < r->n && !w[j + 1].opens &&
		    in_list(w[j + 1].text, (const char *const[]){ "running", "runs", "hosting",
								  "hosts", "serving", "serves",
								  "that", "which", "where",
								  "whose", NULL })) {
			return machine_by_task(r, i, j - i + 2);
		}
		/* "on all node processes": a program's name ("node"), no
		 * machine, unless a word before it says what machine
		 * ("the compute node") and no word of a task follows */
		static const char *const TASKS[] = {
			"process", "processes", "program", "programs", "app", "apps", "server",
			"servers", "service", "services", "job", "jobs", "thread", "threads",
			"script", "scripts", "task", "tasks", "instance", "instances", "worker",
			"workers", "daemon", "daemons", NULL
		};
		const char *pw = w[first_place].text;
		if (lexicon_program(pw, strlen(pw)) &&
		    (first_place == i + 2 || j > first_place ||
		     (j + 1 < r->n && !w[j + 1].opens && in_list(w[j + 1].text, TASKS))))
			continue;
		if (j + 1 == r->n || w[j + 1].opens || w[j + 1].quoted ||
		    !lexicon_program(w[j + 1].text, strlen(w[j + 1].text)))
			place(w, i, j - i + 1);
	}
	return 0;
}

/* Where the request keeps to part of a name or path: "with cook in the
 * name", "whose name starts with ngi", "files ending in .bam", "processes
 * like nginx", "nginx*", "*.log". The reader keeps to whole names and
 * paths only, so a part read as a whole would keep to something else
 * ("comm == "cook""). The first word's index, with `*len` words, or -1;
 * `*glob` set for a '*'. */
static int partial_name(const struct reading *r, const char *request, int *glob, int *len)
{
	static const char *const NAMES[] = { "name", "names", "comm", "comms", "command",
					     "commands", "path", "paths", "filename",
					     "filenames", "cmdline", NULL };
	static const char *const PART[] = {
		"contains", "containing", "contain", "includes", "including", "include",
		"starts", "starting", "start", "begins", "beginning", "begin", "ends", "ending",
		"end", "matches", "matching", "match", "like", "prefixed", "suffixed", "prefix",
		"suffix", "resembling", NULL
	};
	static const char *const WHOSE[] = { "the", "its", "their", "his", "her", "process",
					     "program", "file", "task", "thread", NULL };
	static const char *const THINGS[] = {
		"process", "processes", "program", "programs", "app", "apps", "command",
		"commands", "task", "tasks", "binary", "binaries", "file", "files", "path",
		"paths", "daemon", "daemons", "thread", "threads", "service", "services", NULL
	};
	*glob = 0;
	for (const char *p = request; *p; p++)
		if (*p == '*' && ((p > request && (isalnum((unsigned char)p[-1]) ||
						   strchr("/._-", p[-1]))) ||
				  isalnum((unsigned char)p[1]) || strchr("/._-", p[1]))) {
			*glob = 1;
			return -1;
		}
	const struct rword *w = r->w;
	/* "php-whatever processes", "nginx-ish": a name's part and a word
	 * for the rest */
	static const char *const ANY[] = { "anything", "whatever", "something", "star", "ish",
					   "like", "any", "etc", "whatnot", "wildcard", NULL };
	for (int i = 0; i < r->n; i++) {
		const char *dash = strrchr(w[i].text, '-');
		if (!w[i].path && dash && dash > w[i].text && in_list(dash + 1, ANY)) {
			*len = 1;
			return i;
		}
	}
	for (int i = 0; i + 1 < r->n; i++) {
		if (w[i].quoted || w[i].path)
			continue;
		int j = i + 1;
		if (!strcmp(w[i].text, "in")) {
			while (j < r->n && !w[j].quoted && in_list(w[j].text, WHOSE))
				j++;
			if (j > i + 1 && j < r->n && !w[j].quoted && in_list(w[j].text, NAMES)) {
				*len = j - i + 1;
				return i;
			}
		}
		/* "files ending in", "processes starting with", never "a process
		 * starts listening" */
		int thing = in_list(w[i].text, THINGS) ||
			    (!strcmp(w[i].text, "that") && i > 0 && in_list(w[i - 1].text, THINGS));
		/* "whose names have php in them", "names that include php" */
		static const char *const HAS[] = { "has", "have", "having", NULL };
		static const char *const ENDS[] = { "starts", "starting", "start", "begins",
						    "beginning", "begin", "ends", "ending", "end",
						    NULL };
		static const char *const WITH[] = { "with", "in", NULL };
		if (in_list(w[i].text, NAMES) && !w[i + 1].quoted &&
		    (in_list(w[i + 1].text, HAS) ||
		     (!strcmp(w[i + 1].text, "that") && i + 2 < r->n && !w[i + 2].quoted &&
		      ((in_list(w[i + 2].text, PART) && (!in_list(w[i + 2].text, ENDS) ||
							(i + 3 < r->n &&
							 in_list(w[i + 3].text, WITH)))) ||
		       in_list(w[i + 2].text, HAS))))) {
			*len = 2 + !strcmp(w[i + 1].text, "that");
			return i;
		}
		if (!w[i + 1].quoted && in_list(w[i + 1].text, PART) &&
		    (in_list(w[i].text, NAMES) ||
		     (thing && (!in_list(w[i + 1].text, ENDS) ||
				(i + 2 < r->n && in_list(w[i + 2].text, WITH)))))) {
			*len = 2;
			return i;
		}
		if (!strcmp(w[i].text, "such") && !strcmp(w[i + 1].text, "as") && i > 0 &&
		    in_list(w[i - 1].text, THINGS)) {
			*len = 2;
			return i;
		}
	}
	return -1;
}

/* "cpu_frequency events per cpu": the CPU it runs on, or the one its
 * field names (cpu_id)? A tracepoint named by its name with a field of
 * the builtin's name in its own declines. */
static int tracepoint_cpu(struct reading *r)
{
	const struct intent *in = r->in;
	for (int k = 0; in->event == &in->named_tp && k < in->n_keys + in->n_shows; k++) {
		const struct intent_item *it = k < in->n_keys ? &in->keys[k]
							      : &in->shows[k - in->n_keys];
		struct bte_tp_field f[64];
		int nf = strcmp(it->name, "cpu")
				 ? 0
				 : bte_tp_probe_fields(NULL, in->named_tp.probes, f, 64);
		for (int j = 0; j < nf; j++)
			if (strstr(f[j].name, "cpu")) {
				snprintf(r->why, r->whylen, "it asks for \"%s\" of %s, which has a "
					 "field %s: the CPU it runs on or that one is not said",
					 it->words, in->named_tp.name, f[j].name);
				return -ENOTSUP;
			}
	}
	return 0;
}

int reader_read(const struct lexicon *lx, const char *request, struct intent *out, char *why,
		size_t whylen)
{
	struct reading *r = calloc(1, sizeof(*r));
	if (!r) {
		snprintf(why, whylen, "out of memory");
		return -ENOMEM;
	}
	memset(out, 0, sizeof(*out));
	why[0] = '\0';
	r->lx = lx;
	r->in = out;
	r->request = request;
	r->why = why;
	r->whylen = whylen;
	int overflow;
	r->n = split(request, r->w, MAX_WORDS, &overflow);
	int hyphens = r->n && !overflow ? unhyphenate(r) : 0;
	/* "for one minute", "one megabyte": one before a unit is 1 */
	for (int k = 0; k + 1 < r->n; k++)
		if (!r->w[k].quoted && !strcmp(r->w[k].text, "one") &&
		    in_list(r->w[k + 1].text, (const char *const[]){
				    "second", "minute", "millisecond", "microsecond", "nanosecond",
				    "sec", "ms", "us", "ns", "kb", "mb", "gb", "kilobyte",
				    "megabyte", "gigabyte", "byte", NULL }))
			snprintf(r->w[k].text, LX_WORD, "1");
	if (r->n && !overflow) {
		sizes_as_units(r);
		time_taken(r);
		asked_after(r);
	}
	if (!hyphens && r->n && !overflow)
		hyphens = both_sides(r);
	/* "where uid is 0", "pid equals 1234": the thing and its number */
	for (int k = 1; k + 1 < r->n; k++)
		if (!r->w[k].quoted &&
		    in_list(r->w[k].text, (const char *const[]){ "is", "equals", NULL }) &&
		    isdigit((unsigned char)r->w[k + 1].text[0]) &&
		    in_list(r->w[k - 1].text, (const char *const[]){ "uid", "pid", "tid", "cpu",
								     "fd", "port", "signal",
								     "sig", NULL })) {
			memmove(&r->w[k], &r->w[k + 1], (size_t)(r->n - k - 1) * sizeof(r->w[0]));
			r->n--;
		}
	if (!hyphens && r->n && !overflow)
		hyphens = signal_names(r);
	if (!hyphens && r->n && !overflow)
		hyphens = named_values(r);
	if (!hyphens && r->n && !overflow)
		hyphens = device_values(r);
	for (int i = 0; i < r->n; i++)
		if (r->w[i].quoted || r->w[i].path ||
		    stem_word(lx->stemmer, r->w[i].text, r->w[i].stem, sizeof(r->w[i].stem)))
			r->w[i].stem[0] = '\0';
	int rc = r->n && !overflow ? hyphens : r->n ? -ENOTSUP : -ENOENT;
	if (!r->n)
		snprintf(why, whylen, "it has no words");
	else if (overflow)
		snprintf(why, whylen, "it is longer than the reader keeps (%d words, names and paths "
			 "of %d bytes, closed quotes)", MAX_WORDS, LX_WORD - 1);
	/* "the process named $APP_NAME", "by @my_app": a variable's or a
	 * handle's, no name as written */
	for (const char *p = request; !rc && *p; p++)
		if (strchr("$@", *p) && isalpha((unsigned char)p[1]) &&
		    (p == request || isspace((unsigned char)p[-1]) || strchr("\"'(`", p[-1]))) {
			snprintf(why, whylen, "it has \"%.*s\", a variable or a handle, whose "
				 "value is not said", (int)(1 + strcspn(p + 1, " \t,.;:!?\"'")), p);
			rc = -ENOTSUP;
		}
	int glob = 0, part_len = 0, part = rc ? -1 : partial_name(r, request, &glob, &part_len);
	if (glob || part >= 0) {
		char said[96] = "a pattern with '*'";
		if (!glob)
			as_written(r->w, part, part_len, said, sizeof(said));
		snprintf(why, whylen, "it keeps to part of a name or a path (%s%s%s): the offline "
			 "reader keeps to whole ones: name the process (\"named nginx\"), the file, "
			 "or the directory (\"under /var/log\")", glob ? "" : "\"", said,
			 glob ? "" : "\"");
		rc = -ENOTSUP;
	}
	/* "We run java here. show tcp connects": java's, or all? */
	if (!rc && context_names_process(request, why, whylen))
		rc = -ENOTSUP;
	for (int k = 0, l; !rc && k < r->n; k++)
		if ((l = writes_program(r->w, r->n, k)))
			place(r->w, k, l);
	if (!rc)
		rc = machine_places(r);
	/* "count opens by process, it is the app", "..., they are all to
	 * the network": said of what is asked, after it, in a clause the
	 * reader does not read as part of it ("it's for an audit" says why) */
	for (int k = 1; !rc && k + 1 < r->n; k++) {
		const struct rword *w = r->w;
		size_t ol = strlen(w[k].orig);
		int be = ol > 2 && (!strcasecmp(w[k].orig + ol - 2, "'s") ||
				    !strcasecmp(w[k].orig + ol - 3 + (ol < 3), "'re"));
		int next = k + 1;
		if (!be && in_list(w[k + 1].text, (const char *const[]){ "is", "are", "was",
									  "were", NULL })) {
			be = 1;
			next++;
		}
		/* (after a comma, a full stop, or a dash: " - they are") */
		const char *at = strstr(request, w[k].orig);
		int dashed = 0;
		for (const char *q = request; !dashed && (q = strstr(q, " - ")); q += 3)
			dashed = at && q < at && !strncmp(q + 3 + strspn(q + 3, " "), w[k].orig,
							  strlen(w[k].orig));
		if ((w[k].opens || dashed) && !w[k].quoted && be && next < r->n &&
		    in_list(w[k].text, (const char *const[]){ "it", "they", "they're", "these",
							      "those", "this", "that", NULL }) &&
		    strcmp(w[next].text, "for")) {
			snprintf(why, whylen, "it says \"%s%s%s\" after what it asks, which the "
				 "offline reader does not read as part of it: say it in the request",
				 w[k].orig, next > k + 1 ? " " : "",
				 next > k + 1 ? w[k + 1].orig : "");
			rc = -ENOTSUP;
		}
	}
	/* "count switches per CPU, sampled every second": how often it is
	 * printed (the intent check holds it to an interval) */
	for (int k = 1; !rc && k + 1 < r->n; k++)
		if (r->w[k].opens &&
		    in_list(r->w[k].text, (const char *const[]){ "sampled", "sample", NULL }) &&
		    in_list(r->w[k + 1].text, (const char *const[]){ "every", "each", NULL }))
			place(r->w, k, 1);
	if (!rc)
		rc = program_words(r);
	if (!rc)
		rc = find_event(r);
	/* a disk kept to by its number: only where the event's device is
	 * the block layer's requests' (a filesystem's "dev" is another
	 * number, a partition's or a superblock's) */
	for (int k = 0; !rc && k < out->n_equals; k++) {
		int has = 0;
		for (int e = 0; out->event && e < out->event->n_roles; e++)
			has |= !strcmp(out->event->roles[e].name, "device") &&
			       !strcmp(out->event->roles[e].expr, "args->dev") &&
			       !strncmp(out->event->probes, "tracepoint:block:block_rq_", 26);
		if (!strcmp(out->equals[k].name, "device") && !has) {
			snprintf(why, whylen, "it names the disk %s, which the offline reader keeps "
				 "to only at the block layer's requests (\"block I/O on %s\")",
				 out->equals[k].words, out->equals[k].words);
			rc = -ENOTSUP;
		}
	}
	if (!rc)
		rc = signal_event(r);
	/* "tally exit codes": an event named by its values is asked for them;
	 * "exits with a non-zero status" are kept to some, not asked for */
	int with = 0;
	for (int k = 1; k < r->n; k++) {
		int b = k - 1;
		while (b > 0 && in_list(r->w[b].text, (const char *const[]){ "a", "an", "the",
									     NULL }))
			b--;
		with |= r->w[k].event && !r->w[k - 1].event &&
			in_list(r->w[b].text, (const char *const[]){ "with", "having", "had", "has",
								     NULL });
	}
	if (!rc && out->event && out->event->values[0] && !with)
		rc = add_item(out->shows, &out->n_shows, INTENT_ITEMS, out->event->values,
			      out->event_words);
	if (!rc)
		rc = missing_files(r);
	if (!rc)
		rc = negation(r);
	if (!rc)
		rc = linear_hist(r);
	if (!rc)
		rc = cgroup_path(r);
	if (!rc)
		rc = container_id(r);
	if (!rc)
		rc = numbers(r);
	if (!rc)
		rc = rate_words(r);
	if (!rc)
		rc = threads_of_name(r);
	if (!rc)
		rc = name_qualifiers(r);
	if (!rc)
		rc = any_process(r);
	if (!rc)
		rc = results_said(r);
	if (!rc)
		rc = print_and_count(r);
	if (!rc)
		rc = unnamed(r);
	if (!rc)
		rc = new_ones_id(r);
	if (!rc) {
		processes_counted(r);
		what_asks_who(r);
		rc = window_said(r);
	}
	if (!rc)
		rc = totals_kept(r);
	if (!rc)
		rc = classify(r);
	if (!rc)
		rc = only_kept(r);
	if (!rc)
		rc = included_too(r);
	if (!rc)
		rc = overall_too(r);
	if (!rc)
		rc = acting_task_asked(r);
	if (!rc)
		rc = guessed_name(r);
	/* "by process for java threads": each thread's name is its own */
	for (int k = 0; !rc && out->comm_process && !out->comm_not && k < out->n_keys; k++)
		if (!strcmp(out->keys[k].name, "comm")) {
			snprintf(why, whylen, "it groups by process name (\"%s\") while keeping the "
				 "threads of %s, whose names are their own: say \"by pid\"",
				 out->keys[k].words, out->comm);
			rc = -ENOTSUP;
		}
	if (!rc)
		subject_not_shown(r);
	/* "count syscalls java makes, sorted": by which call, when no key is
	 * said ("sorted by process" is one) */
	out->ranked_calls |= !rc && r->sorted && out->all_syscalls && !out->n_keys;
	if (!rc)
		rc = each_syscall(r);
	if (!rc && r->negation && !r->negated_used) {
		snprintf(why, whylen, "it leaves something out (\"%s\") that the offline reader "
			 "cannot keep out here: say what to keep", out->not_words);
		rc = -ENOTSUP;
	}
	/* "Apart from nginx, count its opens": left out, and pointed back at */
	for (int i = 0; !rc && out->comm_not && i < r->n; i++)
		if (!r->w[i].quoted && in_list(r->w[i].text, (const char *const[]){ "its", "it",
										    NULL })) {
			snprintf(why, whylen, "it leaves out %s and points back at it (\"%s\"): "
				 "say which is meant", out->comm, r->w[i].orig);
			rc = -ENOTSUP;
		}
	if (!rc)
		failed_event(r);
	if (!rc)
		rc = tracepoint_cpu(r);
	/* "count ENOENT errors per program": an errno alone is of system
	 * calls, which return it */
	if (!rc && !out->event && !out->function && !out->syscall[0] && !out->all_syscalls &&
	    out->errno_value && !out->n_equals && !out->size_above) {
		out->all_syscalls = 1;
		snprintf(out->event_words, sizeof(out->event_words), "%s", out->fail_words);
	}
	if (!rc && !out->event && !out->function && !out->syscall[0] && !out->all_syscalls) {
		/* the words it knows nothing of, as written ("frobnicate") */
		char unknown[LX_WORD * 2] = "";
		for (int i = 0, k = 0; i < r->n && k < 2; i++) {
			const char *t = r->w[i].text;
			if (r->w[i].quoted || r->w[i].path || isdigit((unsigned char)t[0]) ||
			    lexicon_knows(r->lx, t) || lexicon_context(r->lx, t))
				continue;
			size_t used = strlen(unknown);
			snprintf(unknown + used, sizeof(unknown) - used, "%s\"%s\"",
				 k++ ? ", " : "", r->w[i].orig);
		}
		snprintf(why, whylen, "it names no event the lexicon or this kernel knows%s%s%s",
			 unknown[0] ? " (it knows nothing of " : "", unknown,
			 unknown[0] ? ")" : "");
		rc = -ENOTSUP;
	}
	free(r);
	return rc;
}

/* --- a request that is no tracing task ----------------------------------- */

/* Whether the word at k orders something run ("run", "exec"): not "run
 * queue latency" (a noun) or "run for 30 seconds" (how long to trace). */
static int runs_at(const struct rword *w, int n, int k)
{
	static const char *const RUN[] = { "call", "run", "execute", "exec", "invoke", "spawn",
					    NULL };
	static const char *const RUN_NOUNS[] = { "queue", "queues", "time", "times", "length",
						  "count", "state", "level", NULL };
	if (!in_list(w[k].text, RUN))
		return 0;
	if (strcmp(w[k].text, "run"))
		return 1;
	return !(k + 1 < n && in_list(w[k + 1].text, RUN_NOUNS)) &&
	       !(k + 2 < n && !strcmp(w[k + 1].text, "for") &&
		 isdigit((unsigned char)w[k + 2].text[0]));
}

/* Whether the word at k orders a change: a verb that changes the system,
 * or an ambiguous one ("write sizes", "kill signals") with an object
 * ("kill all nginx"). */
static int acts_at(const struct rword *w, int n, int k)
{
	static const char *const OBJECT[] = { "all", "the", "every", "my", "a", "an", "this",
		"that", "these", "it", "them", "some", "any", "each", NULL };
	return runs_at(w, n, k) || in_list(w[k].text, ACT) ||
	       (in_list(w[k].text, MAYBE) && k + 1 < n && in_list(w[k + 1].text, OBJECT));
}

/* Whether a clause joined at k ("... and then stop") asks no action:
 * the tracing stops, two events are named ("between fork and exec"),
 * or two calls ("chmod and chown"). */
static int joined_names(const struct rword *w, int n, int k)
{
	static const char *const FORKS[] = { "fork", "forks", "clone", "vfork", "spawn", NULL };
	static const char *const CALLS[] = { "chmod", "chown", "mount", "umount", "unmount",
					      "truncate", NULL };
	static const char *const AFTER_STOP[] = { "tracing", "there", "thanks", "thank", "please",
						   "ok", "okay", "after", NULL };
	if (!strcmp(w[k].text, "stop") && (k + 1 == n || in_list(w[k + 1].text, AFTER_STOP)))
		return 1;
	/* "processes start and stop": two events */
	if (in_list(w[k].text, (const char *const[]){ "stop", "stops", NULL }) && k > 1 &&
	    in_list(w[k - 2].text, (const char *const[]){ "start", "starts", NULL }))
		return 1;
	if (!strcmp(w[k].text, "exec") && k > 1 && in_list(w[k - 2].text, FORKS))
		return 1;
	return k > 1 && !strcmp(w[k - 1].text, "and") && in_list(w[k - 2].text, CALLS) &&
	       in_list(w[k].text, CALLS);
}

int reader_not_tracing(const char *request)
{
	/* a call of an unsafe builtin anywhere: "system(\"reboot\")" ("exec()s"
	 * names the call in prose) */
	static const char *const BUILTINS[] = { "system", "signal", "override", "popen", "exec",
						 NULL };
	for (int c = 0; BUILTINS[c]; c++)
		for (const char *p = strstr(request, BUILTINS[c]); p;
		     p = strstr(p + 1, BUILTINS[c])) {
			const char *q = p + strlen(BUILTINS[c]);
			if (*q == '(' && q[1] != ')' &&
			    (p == request || !isalnum((unsigned char)p[-1])))
				return 1;
		}
	struct rword w[MAX_WORDS];
	int overflow, n = split(request, w, MAX_WORDS, &overflow);
	/* "reboot() the machine": the verb, with its parentheses */
	for (int k = 0; k < n; k++) {
		size_t l = strlen(w[k].text);
		if (!w[k].quoted && l > 2 && !strcmp(w[k].text + l - 2, "()"))
			w[k].text[l - 2] = '\0';
	}
	/* a clause ("and then", "then", "also") that runs or changes something */
	static const char *const JOINT[] = { "then", "and", "also", "afterwards", "after", NULL };
	for (int k = 1; k < n; k++)
		if (!w[k].quoted && in_list(w[k - 1].text, JOINT) && !joined_names(w, n, k) &&
		    acts_at(w, n, k))
			return 1;
	static const char *const LEAD[] = { "please", "pls", "hey", "can", "you", "could", "go",
					     "and", "just", "now", "then", NULL };
	int i = 0;
	while (i < n && in_list(w[i].text, LEAD))
		i++;
	/* "write a program that prints ...": what this tool does; "a program
	 * that deletes files", anywhere: no tracing */
	for (int k = 0, l; k < n; k++)
		if ((l = program_asked(w, n, k)) && acting_verb(w[k + l].text))
			return 1;
	i += writes_program(w, n, i);
	if (i >= n)
		return 0;
	/* "chmod calls with path and mode", "exec syscalls by root": named,
	 * not ordered; "stop after 30 seconds and count writes": how long */
	static const char *const NAMED[] = { "call", "calls", "syscall", "syscalls", "event",
					      "events", "attempts", "requests", NULL };
	if (i + 1 < n && in_list(w[i + 1].text, NAMED))
		return 0;
	/* "exec trace, uid 0 only": a call's name before a word of tracing */
	if (i + 1 < n && in_list(w[i].text, (const char *const[]){ "exec", "execve", NULL }) &&
	    in_list(w[i + 1].text, (const char *const[]){ "trace", "tracing", "snoop",
							  "snooping", "latency", "latencies",
							  NULL }))
		return 0;
	if (!strcmp(w[i].text, "stop") && i + 1 < n && !strcmp(w[i + 1].text, "after"))
		return 0;
	return acts_at(w, n, i);
}
