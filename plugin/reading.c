/* SPDX-License-Identifier: Apache-2.0 */
#define _GNU_SOURCE
#include "reading.h"

#include <ctype.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "inject.h"

/* --- the request's words ---------------------------------------------- */

static int name_char(char c)
{
	return isalnum((unsigned char)c) || c == '_' || c == '-' || c == '.';
}

/* Where `s` (len bytes) occurs in `text` as a whole word, ignoring case;
 * NULL when it does not. With `prefix`, a longer word that starts with it
 * counts too (a process name cut to 15 characters, "SIGTERMs"). */
static const char *word_at(const char *text, const char *s, size_t len, int prefix)
{
	if (!len)
		return NULL;
	for (const char *p = text; *p; p++) {
		if (strncasecmp(p, s, len) || (p > text && name_char(p[-1])))
			continue;
		/* a sentence's full stop is no part of a name */
		const char *after = p + len;
		if (!name_char(*after) || prefix ||
		    ((*after == '.' || *after == '-') && !name_char(after[1])))
			return p;
	}
	return NULL;
}

/* The word at `p` as written (up to the end of the name). */
static char *word_written(const char *p, size_t min)
{
	size_t n = min;
	while (p[n] && name_char(p[n]) && !((p[n] == '.' || p[n] == '-') && !name_char(p[n + 1])))
		n++;
	return strndup(p, n);
}

/* A word of `text` from the list (whole words, ignoring case; a listed
 * word ending in '*' is a stem). NULL when none. */
static char *word_from(const char *text, const char *const *list)
{
	for (; *list; list++) {
		size_t n = strlen(*list);
		int stem = (*list)[n - 1] == '*';
		const char *at = word_at(text, *list, n - stem, stem);
		if (at)
			return word_written(at, n - stem);
	}
	return NULL;
}

static const char *const UNITS[][2] = {
	{ "ns", "1" },	       { "nanosecond", "1" },	  { "nanoseconds", "1" },
	{ "us", "1e3" },       { "usec", "1e3" },	  { "usecs", "1e3" },
	{ "microsecond", "1e3" }, { "microseconds", "1e3" }, { "ms", "1e6" },
	{ "msec", "1e6" },     { "msecs", "1e6" },	  { "millisecond", "1e6" },
	{ "milliseconds", "1e6" }, { "s", "1e9" },	  { "sec", "1e9" },
	{ "secs", "1e9" },     { "second", "1e9" },	  { "seconds", "1e9" },
	{ "k", "1024" },       { "kb", "1024" },	  { "kib", "1024" },
	{ "kilobyte", "1024" }, { "kilobytes", "1024" },  { "m", "1048576" },
	{ "mb", "1048576" },   { "mib", "1048576" },	  { "megabyte", "1048576" },
	{ "megabytes", "1048576" }, { "gb", "1073741824" }, { "gib", "1073741824" },
	{ "gigabyte", "1073741824" }, { "gigabytes", "1073741824" },
};

/* The scale of the unit word at p (len bytes): a time unit in ns, a size
 * in bytes; 0 when it is none. */
static double unit_scale(const char *p, size_t len)
{
	for (size_t i = 0; i < sizeof(UNITS) / sizeof(UNITS[0]); i++)
		if (strlen(UNITS[i][0]) == len && !strncasecmp(p, UNITS[i][0], len))
			return strtod(UNITS[i][1], NULL);
	return 0;
}

static const char *const NUMBER_NAMES[] = { "zero", "one", "two", "three", "four", "five",
					    "six", "seven", "eight", "nine", "ten", NULL };

/* The number the request writes at p (digits, "ten", "half", "quarter"),
 * with its length in *len; NAN when none starts there. */
static double number_at(const char *p, size_t *len)
{
	if (isdigit((unsigned char)*p)) {
		char *end;
		double v = strtod(p, &end);
		if (end > p && end[-1] == '.') /* "5." ends a sentence */
			end--;
		*len = (size_t)(end - p);
		return v;
	}
	size_t n = 0;
	while (isalpha((unsigned char)p[n]))
		n++;
	*len = n;
	for (int i = 0; NUMBER_NAMES[i]; i++)
		if (strlen(NUMBER_NAMES[i]) == n && !strncasecmp(p, NUMBER_NAMES[i], n))
			return i;
	if (n == 4 && !strncasecmp(p, "half", 4))
		return 0.5;
	if (n == 7 && !strncasecmp(p, "quarter", 7))
		return 0.25;
	return NAN;
}

/* Words of the request that write the number v: the number itself, or a
 * number with a unit after it ("a" or "an" between) whose scale gives v
 * ("quarter second", "half a megabyte", "1 MB" as 2^20 or 10^6).
 * NULL when none does. */
static char *number_words(const char *text, long long v)
{
	for (const char *p = text; *p; p++) {
		if (p > text && (isalnum((unsigned char)p[-1]) || p[-1] == '.'))
			continue;
		size_t len;
		double n = number_at(p, &len);
		if (isnan(n) || !len)
			continue;
		if (fabs(n - (double)v) < 0.5 || fabs(-n - (double)v) < 0.5) {
			/* "-13" as written, sign and all */
			const char *from = p > text && p[-1] == '-' ? p - 1 : p;
			return strndup(from, (size_t)(p + len - from));
		}
		const char *u = p + len;
		while (*u == ' ')
			u++;
		for (int k = 0; k < 2; k++) { /* "half a megabyte" */
			size_t a = 0;
			while (isalpha((unsigned char)u[a]))
				a++;
			if (!((a == 1 && tolower((unsigned char)*u) == 'a') ||
			      (a == 2 && !strncasecmp(u, "an", 2))))
				break;
			u += a;
			while (*u == ' ')
				u++;
		}
		size_t ulen = 0;
		while (isalpha((unsigned char)u[ulen]))
			ulen++;
		double scale = unit_scale(u, ulen);
		if (!scale)
			continue;
		/* a size in decimal units too; a time unit in any finer one */
		const double finer[] = { 1, 1e-3, 1e-6, 1e-9, 1000.0 / 1024, 1e6 / 1048576,
					 1e9 / 1073741824 };
		for (size_t f = 0; f < sizeof(finer) / sizeof(finer[0]); f++)
			if (fabs(n * scale * finer[f] - (double)v) < 0.5 && n * scale * finer[f] >= 1)
				return strndup(p, (size_t)(u + ulen - p));
	}
	return NULL;
}

/* Whether a word of negation comes among the three words before `at`
 * ("except nginx", "other than root", "did not fail", "no errors"). */
static int negated(const char *text, const char *at)
{
	static const char *const NEGATIONS[] = { "not", "no", "never", "except", "excluding",
						 "exclude", "besides", "without", "other", "but",
						 "ignoring", "ignore", "non", "nor", "didn't",
						 "doesn't", "don't", "isn't", "aren't", "wasn't",
						 "weren't", "won't", "neither", NULL };
	const char *p = at;
	for (int w = 0; w < 3 && p > text; w++) {
		while (p > text && !isalnum((unsigned char)p[-1]) && p[-1] != '\'')
			p--;
		const char *end = p;
		while (p > text && (isalnum((unsigned char)p[-1]) || p[-1] == '\''))
			p--;
		for (const char *const *n = NEGATIONS; *n; n++)
			if ((size_t)(end - p) == strlen(*n) && !strncasecmp(p, *n, (size_t)(end - p)))
				return 1;
		if (end - p >= 3 && !strncasecmp(end - 3, "n't", 3))
			return 1;
	}
	return 0;
}

/* --- the predicate ---------------------------------------------------- */

/* The end of a string starting at p (its closing quote), or NULL. */
static const char *string_end(const char *p)
{
	for (p++; *p; p++) {
		if (*p == '\\' && p[1])
			p++;
		else if (*p == '"')
			return p;
	}
	return NULL;
}

static char *trimmed(const char *p, size_t len)
{
	while (len && isspace((unsigned char)*p))
		p++, len--;
	while (len && isspace((unsigned char)p[len - 1]))
		len--;
	/* outer parentheses around the whole */
	while (len >= 2 && p[0] == '(' && p[len - 1] == ')') {
		int depth = 0, whole = 1;
		for (size_t i = 0; i < len && whole; i++) {
			if (p[i] == '"') {
				const char *e = string_end(p + i);
				if (!e)
					return NULL;
				i = (size_t)(e - p);
				continue;
			}
			depth += p[i] == '(' ? 1 : p[i] == ')' ? -1 : 0;
			whole = depth > 0 || i == len - 1;
		}
		if (!whole)
			break;
		p++, len -= 2;
		while (len && isspace((unsigned char)*p))
			p++, len--;
		while (len && isspace((unsigned char)p[len - 1]))
			len--;
	}
	return strndup(p, len);
}

/* One comparison: lhs op rhs, with a literal (number or string) on the
 * right (swapped when it was on the left). */
struct comparison {
	char *lhs, *rhs, *text;
	char op[3];
	int string;	/* rhs is a string literal (quotes included) */
	long long value; /* rhs as a number */
};

static void comparison_free(struct comparison *c)
{
	free(c->lhs);
	free(c->rhs);
	free(c->text);
}

static int literal(const char *s, long long *value)
{
	if (*s == '"') {
		const char *e = string_end(s);
		return e && !e[1] ? 2 : 0;
	}
	char *end;
	long long v = strtoll(s, &end, 0);
	if (end == s || *end)
		return 0;
	*value = v;
	return 1;
}

/* The comparison operator at p (not "->", "<<", ">>"); its length. */
static size_t comparison_op(const char *p)
{
	if ((p[0] == '=' || p[0] == '!') && p[1] == '=')
		return 2;
	if (p[0] == '<' || p[0] == '>') {
		if (p[1] == p[0])
			return 0;
		return p[1] == '=' ? 2 : 1;
	}
	return 0;
}

/* Reads `text` as one comparison with a literal; 0, or -1 when it is
 * not one. */
static int comparison_of(char *text, struct comparison *c)
{
	memset(c, 0, sizeof(*c));
	int depth = 0;
	const char *op = NULL;
	size_t oplen = 0;
	for (const char *p = text; *p; p++) {
		if (*p == '"') {
			p = string_end(p);
			if (!p)
				return -1;
			continue;
		}
		if (*p == '-' && p[1] == '>') {
			p++;
			continue;
		}
		if ((*p == '<' || *p == '>') && p[1] == *p) {
			p++;
			continue;
		}
		depth += *p == '(' ? 1 : *p == ')' ? -1 : 0;
		size_t n = depth == 0 ? comparison_op(p) : 0;
		if (n) {
			if (op)
				return -1; /* a chain: not read */
			op = p;
			oplen = n;
			p += n - 1;
		}
	}
	if (!op)
		return -1;
	char *l = trimmed(text, (size_t)(op - text)), *r = trimmed(op + oplen, strlen(op + oplen));
	char o[3] = { 0 };
	memcpy(o, op, oplen);
	long long v = 0;
	int lit = r ? literal(r, &v) : 0;
	if (l && !lit && (lit = literal(l, &v)) != 0) {
		char *t = l;
		l = r;
		r = t;
		if (o[0] == '<')
			o[0] = '>';
		else if (o[0] == '>')
			o[0] = '<';
	}
	if (!l || !r || !lit || !*l) {
		free(l);
		free(r);
		return -1;
	}
	/* casts before the value: "(int64)args->ret" */
	char *v0 = l;
	while (*v0 == '(') {
		char *close = strchr(v0, ')');
		int type = close != NULL && close[1] != '\0';
		for (char *q = v0 + 1; type && q < close; q++)
			type = isalnum((unsigned char)*q) || *q == '_' || *q == ' ';
		if (!type)
			break;
		v0 = close + 1;
		while (*v0 == ' ')
			v0++;
	}
	memmove(l, v0, strlen(v0) + 1);
	c->lhs = l;
	c->rhs = r;
	c->string = lit == 2;
	c->value = v;
	memcpy(c->op, o, sizeof(o));
	c->text = strdup(text);
	return c->text ? 0 : -1;
}

/* Whether the value can differ between the predicate and the end of the
 * body, or reads a map: no obligation could be proven where it holds. */
static int unstable(const char *lhs)
{
	static const char *const NAMES[] = { "nsecs", "elapsed", "rand", "jiffies", "ustack",
					     "kstack", "cgroup", NULL };
	if (strpbrk(lhs, "@$"))
		return 1;
	for (const char *const *n = NAMES; *n; n++)
		if (word_at(lhs, *n, strlen(*n), 0))
			return 1;
	return 0;
}

static int ends_with(const char *s, const char *tail)
{
	size_t n = strlen(s), t = strlen(tail);
	return n >= t && !strcmp(s + n - t, tail);
}

static int is_return_value(const char *lhs)
{
	return !strcmp(lhs, "retval") || ends_with(lhs, "->ret") || ends_with(lhs, ".ret");
}

/* --- obligations -------------------------------------------------------- */

struct state {
	const char *request;
	struct obligations *ob;
	char *why;
	size_t whylen;
	int blocks; /* probe blocks that are not BEGIN or END */
	int failed; /* -1: declined (why said) */
};

static int add(struct state *st, const char *key, const char *condition, char *words,
	       const char *says)
{
	if (!words)
		return -1;
	struct obligation *more = realloc(st->ob->v, (st->ob->n + 1) * sizeof(*more));
	if (!more) {
		free(words);
		return -1;
	}
	st->ob->v = more;
	struct obligation *o = &st->ob->v[st->ob->n];
	*o = (struct obligation){ .words = words, .condition = strdup(condition),
				  .probe = strdup(key) };
	if (st->blocks > 1)
		asprintf(&o->says, "%s, at %s", says, key);
	else
		o->says = strdup(says);
	if (!o->condition || !o->probe || !o->says) {
		free(o->words);
		free(o->condition);
		free(o->probe);
		free(o->says);
		return -1;
	}
	st->ob->n++;
	return 0;
}

static void decline(struct state *st, const char *fmt, const char *what)
{
	snprintf(st->why, st->whylen, fmt, what);
	st->failed = -1;
}

static const char *const FAILURE[] = { "fail*", "error*", "errno*", "unsuccessful",
				       "denied", "errored", NULL };
static const char *const SUCCESS[] = { "succe*", "bytes", "byte", NULL };
static const char *const ROOT[] = { "root", NULL };
static const char *const NULLS[] = { "null", NULL };

/* The errno -v (v < 0) as the request may write it: its name
 * ("EACCES", "EACCESs"), its number, or its description. */
static char *errno_words(const char *text, long long v)
{
	if (v >= 0 || v < -4095)
		return NULL;
	const char *name = strerrorname_np((int)-v), *desc = strerrordesc_np((int)-v);
	const char *at = name ? word_at(text, name, strlen(name), 0) : NULL;
	if (!at && name) {
		char plural[64];
		snprintf(plural, sizeof(plural), "%ss", name);
		at = word_at(text, plural, strlen(plural), 0);
	}
	if (at)
		return word_written(at, strlen(name));
	if (desc && (at = word_at(text, desc, strlen(desc), 0)) != NULL)
		return strndup(at, strlen(desc));
	return number_words(text, v);
}

/* The signal v as the request may write it: "SIGTERM" ("SIGTERMs"), or
 * its number ("kill -9"). A bare "TERM" or "kill" is not taken: the word
 * "kill" names the system call as often as the signal. */
static char *signal_words(const char *text, long long v)
{
	const char *abbrev = v > 0 && v < 65 ? sigabbrev_np((int)v) : NULL;
	if (abbrev) {
		char name[32];
		snprintf(name, sizeof(name), "SIG%s", abbrev);
		const char *at = word_at(text, name, strlen(name), 0);
		if (!at) {
			strcat(name, "s");
			at = word_at(text, name, strlen(name), 0);
		}
		if (at)
			return word_written(at, strlen(name));
	}
	return number_words(text, v);
}

/* One restriction of the block `key`: traced to words, or declined, or
 * left alone. */
static void restriction(struct state *st, const char *key, struct comparison *c)
{
	char says[256], *words = NULL;
	const char *text = st->request;
	int eq = !strcmp(c->op, "=="), ne = !strcmp(c->op, "!=");
	/* strict: a restriction only the request can give (a process, an id,
	 * failures, an errno, a signal, NULL): one it does not give, or
	 * gives the other way round ("except nginx"), is a wrong program */
	int strict = 1;
	if (unstable(c->lhs))
		return;
	long long v = c->value;
	if (c->string) {
		const char *name = c->rhs + 1;
		size_t len = strlen(name) - 1;
		const char *at = word_at(text, name, len, len == 15);
		strict = ends_with(c->lhs, "comm") && (eq || ne);
		if (at)
			words = word_written(at, len);
		else if (!strict)
			return; /* a string no word gives: nothing claimed */
		else {
			char quoted[80];
			snprintf(quoted, sizeof(quoted), "%.*s", (int)(len < 64 ? len : 64), name);
			decline(st, "the program keeps to the process \"%s\", which the request does "
				    "not name", quoted);
			return;
		}
		if (strict)
			snprintf(says, sizeof(says), "%s the process named %.*s", eq ? "only" : "not",
				 (int)len, name);
		else
			snprintf(says, sizeof(says), "only where %s %s %s", c->lhs, c->op, c->rhs);
	} else if (!strcmp(c->lhs, "pid") || !strcmp(c->lhs, "tid") || !strcmp(c->lhs, "uid") ||
		   !strcmp(c->lhs, "gid")) {
		words = !strcmp(c->lhs, "uid") && v == 0 && (eq || ne) ? word_from(text, ROOT) : NULL;
		if (!words)
			words = number_words(text, v);
		if (!words) {
			char what[96];
			snprintf(what, sizeof(what), "%s %s %lld", c->lhs, c->op, v);
			decline(st, "the program keeps only %s, which no number of the request asks for",
				what);
			return;
		}
		snprintf(says, sizeof(says), "only %s %s %lld", c->lhs, c->op, v);
		strict = eq || ne;
	} else if (is_return_value(c->lhs) &&
		   ((!strcmp(c->op, "<") && v <= 0) || (!strcmp(c->op, "<=") && v < 0))) {
		if (!(words = word_from(text, FAILURE))) {
			decline(st, "%s", "the program keeps only failed calls, which the request does "
					  "not ask for");
			return;
		}
		snprintf(says, sizeof(says), "only failed calls");
	} else if (is_return_value(c->lhs) && eq && v < 0) {
		const char *name = strerrorname_np((int)-v);
		if (!(words = errno_words(text, v))) {
			decline(st, "the program keeps only calls that fail with %s, which the request "
				    "does not ask for", name ? name : "an errno");
			return;
		}
		snprintf(says, sizeof(says), "only calls that fail with %s", name ? name : c->rhs);
	} else if (is_return_value(c->lhs) && v == 0 && (!strcmp(c->op, ">") || !strcmp(c->op, ">="))) {
		if (!(words = word_from(text, SUCCESS)))
			return; /* a successful call: what the example needs (an fd) */
		snprintf(says, sizeof(says), "only successful calls");
		strict = 0;
	} else if (!strcmp(c->lhs, "retval") && eq && v == 0) {
		if (!(words = word_from(text, NULLS)))
			return;
		snprintf(says, sizeof(says), "only NULL returns");
	} else if (strstr(c->lhs, "sig") && eq) {
		if (!(words = signal_words(text, v)))
			return;
		const char *abbrev = v > 0 && v < 65 ? sigabbrev_np((int)v) : NULL;
		if (abbrev)
			snprintf(says, sizeof(says), "only signal SIG%s", abbrev);
		else
			snprintf(says, sizeof(says), "only signal %lld", v);
	} else {
		if (!(words = number_words(text, v)))
			return;
		snprintf(says, sizeof(says), "only where %s %s %s", c->lhs, c->op, c->rhs);
		strict = 0;
	}
	if (!words) {
		st->failed = -2;
		return;
	}
	/* the words as the request says them: "except nginx" is no "only
	 * nginx", nor "nginx" a "not nginx" */
	if (negated(text, strstr(text, words)) != ne) {
		if (strict && ne) {
			decline(st, "the request asks for \"%s\", and the program leaves it out", words);
		} else if (strict) {
			char what[320];
			snprintf(what, sizeof(what), "\"%s\", and the program keeps %s", words, says);
			decline(st, "the request leaves out %s", what);
		}
		free(words);
		return;
	}
	if (add(st, key, c->text, words, says))
		st->failed = st->failed ? st->failed : -2;
}

/* The predicate of a header, or NULL: between a '/' after white space
 * and the last '/'. */
static char *predicate_of(const char *h, size_t len)
{
	for (size_t i = 1; i < len; i++)
		if (h[i] == '/' && isspace((unsigned char)h[i - 1])) {
			const char *end = h + len;
			while (end > h + i + 1 && end[-1] != '/')
				end--;
			return end > h + i + 1 ? strndup(h + i + 1, (size_t)(end - 1 - (h + i + 1)))
					       : NULL;
		}
	return NULL;
}

static int special(const struct probe_block *pb)
{
	return word_at(pb->header, "BEGIN", 5, 0) == pb->header ||
	       word_at(pb->header, "END", 3, 0) == pb->header;
}

static int count_block(void *arg, const struct probe_block *pb)
{
	struct state *st = arg;
	st->blocks += !special(pb);
	return 0;
}

static int read_block(void *arg, const struct probe_block *pb)
{
	struct state *st = arg;
	if (special(pb))
		return 0;
	char *pred = predicate_of(pb->header, pb->header_len);
	char *key = pred ? attach_key(pb->header, pb->header_len) : NULL;
	if (!pred || !key) {
		free(pred);
		free(key);
		return 0;
	}
	/* each conjunct at the top level; none when there is a top-level || */
	char **parts = NULL;
	size_t n = 0;
	int depth = 0, either = 0;
	const char *from = pred;
	for (const char *p = pred;; p++) {
		if (*p == '"') {
			const char *e = string_end(p);
			if (!e)
				break;
			p = e;
			continue;
		}
		depth += *p == '(' ? 1 : *p == ')' ? -1 : 0;
		either |= depth == 0 && p[0] == '|' && p[1] == '|';
		if (*p && !(depth == 0 && p[0] == '&' && p[1] == '&'))
			continue;
		char **more = realloc(parts, (n + 1) * sizeof(*more));
		if (!more)
			break;
		parts = more;
		parts[n] = trimmed(from, (size_t)(p - from));
		n += parts[n] != NULL;
		if (!*p)
			break;
		from = ++p + 1;
	}
	for (size_t i = 0; i < n; i++) {
		struct comparison c;
		if (!either && !st->failed && comparison_of(parts[i], &c) == 0) {
			restriction(st, key, &c);
			comparison_free(&c);
		}
		free(parts[i]);
	}
	free(parts);
	free(pred);
	free(key);
	return st->failed;
}

int reading_obligations(const char *request, const char *program, struct obligations *out,
			char *why, size_t whylen)
{
	struct state st = { .request = request, .ob = out, .why = why, .whylen = whylen };
	why[0] = '\0';
	scan_probe_blocks(program, count_block, &st);
	scan_probe_blocks(program, read_block, &st);
	if (st.failed == -2)
		snprintf(why, whylen, "out of memory");
	if (st.failed)
		obligations_free(out);
	return st.failed ? -1 : 0;
}
