/* SPDX-License-Identifier: Apache-2.0 */
#define _GNU_SOURCE
#include "reading.h"
#include "lexicon.h"

#include <ctype.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "inject.h"
#include "words.h"

/* --- the request, as words ---------------------------------------------- */

#define MAX_TOKENS 160

/* A word of the request as written: letters, digits and "_-./'" inside
 * it; a sentence's full stop, a trailing "'s" and a leading "non-" are
 * not part of it but said. */
struct token {
	const char *at;
	size_t len;
	int non;	/* written "non-WORD" (at/len are WORD's) */
	int possessive; /* written "WORD's" */
};

struct request {
	const char *text;
	struct token t[MAX_TOKENS];
	int n;
	int truncated; /* words past MAX_TOKENS were not read */
};

static int token_char(char c)
{
	return isalnum((unsigned char)c) || c == '_' || c == '-' || c == '.' || c == '\'' ||
	       c == '/' || (unsigned char)c >= 0x80; /* UTF-8: "aren’t", "≥" */
}

/* A quotation mark in UTF-8 (‘ ’ “ ”). */
static int curly_quote(const char *p)
{
	return (unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
	       strchr("\x98\x99\x9C\x9D", p[2]) && p[2];
}

static void tokenize(const char *text, struct request *r)
{
	r->text = text;
	r->n = 0;
	r->truncated = 0;
	for (const char *p = text; *p && r->n < MAX_TOKENS;) {
		if (!token_char(*p) || *p == '\'' || ((*p == '.' || *p == '-') && !isalnum((unsigned char)p[1]))) {
			p++; /* no word starts with a quote: 'nginx' is nginx */
			continue;
		}
		if (curly_quote(p)) { /* nor with one in UTF-8: ‘nginx’, “nginx” */
			p += 3;
			continue;
		}
		const char *e = p;
		while (*e && token_char(*e))
			e++;
		struct token *t = &r->t[r->n];
		*t = (struct token){ .at = p, .len = (size_t)(e - p) };
		for (;;) {
			if (t->len && strchr(".-'/", t->at[t->len - 1]))
				t->len--;
			else if (t->len >= 3 && curly_quote(t->at + t->len - 3))
				t->len -= 3;
			else
				break;
		}
		if (t->len > 2 && !strncasecmp(t->at + t->len - 2, "'s", 2)) {
			t->len -= 2;
			t->possessive = 1;
		}
		if (t->len > 4 && !strncasecmp(t->at, "non-", 4)) {
			t->at += 4;
			t->len -= 4;
			t->non = 1;
		}
		r->n += t->len > 0;
		p = e;
	}
	for (const char *p = r->n ? r->t[r->n - 1].at + r->t[r->n - 1].len : text; *p; p++)
		r->truncated |= r->n == MAX_TOKENS && isalnum((unsigned char)*p);
}

/* Whether the text between tokens j < i has clause punctuation. */
static int clause_break(const struct request *r, int j, int i)
{
	for (const char *p = r->t[j].at + r->t[j].len; p < r->t[i].at; p++)
		if (strchr(",;:()?", *p))
			return 1;
	return 0;
}

/* Whether token i ends in "n't" (or "n’t"). */
static int contraction(const struct request *r, int i)
{
	const struct token *t = &r->t[i];
	return (t->len > 3 && !strncasecmp(t->at + t->len - 3, "n't", 3)) ||
	       (t->len > 5 && !strncmp(t->at + t->len - 5, "n\xE2\x80\x99t", 5));
}

static int is_word(const struct request *r, int i, const char *w)
{
	return i >= 0 && i < r->n && r->t[i].len == strlen(w) && !strncasecmp(r->t[i].at, w, r->t[i].len);
}

static int word_in(const struct request *r, int i, const char *const *list)
{
	for (; *list; list++)
		if (is_word(r, i, *list))
			return 1;
	return 0;
}

/* The first token from `from` on that is `s` (len bytes), ignoring case;
 * with `prefix`, one that starts with it (a comm cut to 15 characters).
 * -1 when none. */
static int find(const struct request *r, const char *s, size_t len, int prefix, int from)
{
	for (int i = from; i < r->n; i++)
		if ((r->t[i].len == len || (prefix && r->t[i].len > len)) &&
		    !strncasecmp(r->t[i].at, s, len))
			return i;
	return -1;
}

/* The token as written. */
static char *written(const struct request *r, int i)
{
	return strndup(r->t[i].at, r->t[i].len);
}

/* The tokens from i to j, as written. */
static char *written_span(const struct request *r, int i, int j)
{
	return strndup(r->t[i].at, (size_t)(r->t[j].at + r->t[j].len - r->t[i].at));
}

/* Whether token i is said the other way round: "non-root", "except
 * nginx", "other than those named root", "did not fail", "no errors",
 * "nginx excluded", "EAGAIN aside", "nginx left out", "w/o nginx",
 * "!nginx", "comm <> nginx", "nginx doesn't"; within its clause. */
static int negated_at(const struct request *r, int i)
{
	static const char *const BEFORE[] = {
		"not",	   "no",	 "never",     "except",	  "excluding", "exclude",
		"besides", "without",	 "other",     "but",	  "ignoring",  "ignore",
		"non",	   "nor",	 "neither",   "apart",	  "save",      "unless",
		"exception", "excepting", "outside",  "aside",	  "nothing",   "none",
		"w/o",	   "minus",	 "sans",      "skip",	  "skipping",  "omit",
		"omitting", "drop",	 "dropping",  "hide",	  "hiding",    "instead",
		"rather",  "leaving",	 "excl",      "\xE2\x89\xA0", NULL
	};
	static const char *const AFTER[] = { "excluded", "aside", "left", "not", "ignored",
					     "skipped", "filtered", "omitted", "dropped",
					     "hidden", "never", NULL };
	if (r->t[i].non)
		return 1;
	/* symbols right before it: "!nginx", "<> nginx", "!= nginx" */
	const char *from = i ? r->t[i - 1].at + r->t[i - 1].len : r->text;
	for (const char *p = from; p < r->t[i].at; p++)
		if (*p == '!' || *p == '~' || *p == '^' || (p[0] == '<' && p[1] == '>') ||
		    ((unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xAC)) /* ¬ */
			return 1;
	for (int k = i - 1; k >= 0 && k >= i - 5 && !clause_break(r, k, i); k--)
		if ((word_in(r, k, BEFORE) &&
		     /* "but only for sshd" keeps to sshd */
		     !(is_word(r, k, "but") &&
		       word_in(r, k + 1, (const char *const[]){ "only", "just", "solely", NULL }))) ||
		    contraction(r, k))
			return 1;
	for (int k = i + 1; k < r->n && k <= i + 2 && !clause_break(r, i, k); k++)
		if (word_in(r, k, AFTER) || contraction(r, k))
			return 1;
	return 0;
}

/* Whether something named at token i is a relative of the one meant:
 * "children of nginx", "nginx's children", "the parent of pid 42". At a
 * fork (probe `key`), the task that runs is the parent, which "processes
 * spawned by sshd" names. */
static int kin_at(const struct request *r, int i, const char *key)
{
	static const char *const KIN[] = { "children", "child", "parent", "parents", "descendants",
					   "descendant", "spawned", "forked", "ancestor",
					   "ancestors", "kids", "siblings", NULL };
	static const char *const FORKS[] = { "fork", "forks", "forked", "forking", "spawn",
					     "spawns", "spawned", "spawning", "clone", "clones",
					     "cloned", "create", "creates", "created", "creating",
					     "creation", "creations", NULL };
	int fork = strstr(key, "sched_process_fork") || strstr(key, "task_newtask");
	if (fork && i >= 2 && is_word(r, i - 1, "by") &&
	    word_in(r, i - 2, (const char *const[]){ "spawned", "forked", "created", NULL })) {
		/* the event's own word ("forks of processes spawned by sshd"
		 * are the children's), and no other relative ("spawned by
		 * sshd's children", "by sshd or its children") */
		int other = r->t[i].possessive;
		for (int k = 0; k < r->n; k++)
			other |= k != i - 2 && (word_in(r, k, FORKS) || word_in(r, k, KIN));
		if (!other)
			return 0;
	}
	for (int k = i - 1; k >= 0 && k >= i - 3; k--)
		if (word_in(r, k, KIN))
			return 1;
	return r->t[i].possessive && word_in(r, i + 1, KIN);
}

/* Whether a process named at token i is one something is done to: "sent
 * to nginx", "switches into postgres", "does nginx get", "who signals
 * nginx", "kill syscalls on nginx". */
static int done_to_at(const struct request *r, int i, int signals)
{
	static const char *const TO[] = { "to", "into", "onto", "at", "against", "on", "signals",
					  "signal", "signalling", "signaling", "kills", "kill",
					  "killing", "terminates", "terminate", "terminating",
					  "stops", "interrupts", "targets", "targeting", NULL };
	static const char *const DONE[] = { "get",	 "gets",     "got",	 "receive",
					    "receives", "received", "receiving", "killed",
					    "recieve", "recieves", "recieved",
					    "signaled", "signalled", "interrupted", "terminated",
					    "stopped", NULL };
	/* "sent to the process named nginx" */
	static const char *const QUALIFY[] = { "the", "a", "an", "process", "processes", "program",
					       "programs", "task", "tasks", "named", "called",
					       "my", "our", "your", NULL };
	int j = i - 1;
	while (j > 0 && word_in(r, j, QUALIFY))
		j--;
	if (word_in(r, i - 1, TO) || (j >= 0 && j < i - 1 && word_in(r, j, TO)))
		return 1;
	/* "signals received by nginx": received, so done to ("killed by
	 * nginx" is nginx acting) */
	if (signals && i >= 2 && is_word(r, i - 1, "by") &&
	    word_in(r, i - 2, (const char *const[]){ "received", "recieved", "got", "gotten",
						     NULL }))
		return 1;
	/* "python3 receives bytes" acts; "nginx receives SIGTERM" is acted
	 * on: the verbs after the name count at a signal's probes only */
	/* ("nginx keeps getting killed") */
	for (int k = i + 1; signals && k < r->n && k <= i + 3; k++)
		if (word_in(r, k, DONE))
			return 1;
	return 0;
}

/* Whether one of the `window` tokens before i is in the list. */
static int cue_before(const struct request *r, int i, const char *const *list, int window)
{
	for (int k = i - 1; k >= 0 && k >= i - window; k--) {
		/* within one clause: "a signal, 9 times" is no signal 9 */
		for (const char *p = r->t[k].at + r->t[k].len; p < r->t[i].at; p++)
			if (strchr(",;:()!?", *p))
				return 0;
		if (word_in(r, k, list))
			return 1;
	}
	return 0;
}

/* The value of token i when it is a whole number ("4242", "-9"; not
 * "42.42", "x86_64", "10.0.0.1", the "1" of "1,000"). */
static int word_in(const struct request *r, int i, const char *const *list);
static int integer_at(const struct request *r, int i, long long *v)
{
	const struct token *t = &r->t[i];
	size_t k = t->at[0] == '-' ? 1 : 0;
	if (k == t->len || t->len - k > 18)
		return 0;
	for (size_t j = k; j < t->len; j++)
		if (!isdigit((unsigned char)t->at[j]))
			return 0;
	const char *after = t->at + t->len;
	if ((*after == ',' || *after == '.') && isdigit((unsigned char)after[1]))
		return 0;
	if (t->at - r->text >= 2 && t->at[-1] == ',' && isdigit((unsigned char)t->at[-2]))
		return 0; /* the "000" of "1,000" */
	/* a number of seconds, times or an interval is no value of a field */
	static const char *const OTHER[] = {
		"s",	 "sec",	    "secs",	"second", "seconds", "ms",	"msec",
		"msecs", "millisecond", "milliseconds", "us", "usec",	"usecs",
		"microsecond", "microseconds", "ns", "nanosecond", "nanoseconds", "min",
		"mins",	 "minute",  "minutes",	"hour",	  "hours",   "h",	"day",
		"days",	 "times",   "time",	"x",	  "percent", "%",	"years",
		"year",	 NULL
	};
	static const char *const BEFORE[] = { "every", "last", "past", "for", "within", "top",
					      "first", "version", "v", NULL };
	if (word_in(r, i + 1, OTHER) || word_in(r, i - 1, BEFORE))
		return 0;
	*v = strtoll(t->at, NULL, 10);
	return 1;
}

/* A number written as a word at token i ("one" to "twenty", "thirty",
 * "sixty"), as the offline reader reads it. */
static int number_word(const struct request *r, int i, long long *v)
{
	static const char *const WORDS[] = { "one", "two", "three", "four", "five", "six",
					     "seven", "eight", "nine", "ten", "eleven", "twelve",
					     "thirteen", "fourteen", "fifteen", "sixteen",
					     "seventeen", "eighteen", "nineteen", "twenty", NULL };
	for (int k = 0; WORDS[k]; k++)
		if (is_word(r, i, WORDS[k])) {
			*v = k + 1;
			return 1;
		}
	if (is_word(r, i, "thirty") || is_word(r, i, "sixty")) {
		*v = is_word(r, i, "thirty") ? 30 : 60;
		return 1;
	}
	return 0;
}

/* How the request compares, around a number at token i: '>' (over,
 * above, more than), 'G' (at least, or more, 5000+, and up, >=), '<'
 * (under, less than), 'L' (at most, or less, up to, <=), or 0 (none
 * said). The words are the ones right before the number, or right after
 * it and its unit (`after`). */
static int direction_at(const struct request *r, int i, int after)
{
	static const char *const MORE[] = { "more", "greater", "larger", "bigger", "higher",
					    "longer", "slower", "above", "over", "up", NULL };
	static const char *const LESS[] = { "less", "fewer", "smaller", "lower", "shorter",
					    "faster", "below", "under", NULL };
	static const char *const GT[] = { "above", "over", "exceeding", "exceeds", "beyond", NULL };
	static const char *const LT[] = { "under", "below", "within", NULL };
	const char *end = r->t[i].at + r->t[i].len;
	if (*end == '+')
		return 'G';
	if ((is_word(r, after, "or") || is_word(r, after, "and")) && word_in(r, after + 1, MORE))
		return 'G';
	if ((is_word(r, after, "or") || is_word(r, after, "and")) && word_in(r, after + 1, LESS))
		return 'L';
	if (is_word(r, after, "plus"))
		return 'G';
	/* the symbols, right before the number */
	const char *p = r->t[i].at;
	while (p > r->text && p[-1] == ' ')
		p--;
	if (p - r->text >= 3 && !strncmp(p - 3, "\xE2\x89\xA5", 3))
		return 'G';
	if (p - r->text >= 3 && !strncmp(p - 3, "\xE2\x89\xA4", 3))
		return 'L';
	if (p - r->text >= 2 && (p[-2] == '>' || p[-2] == '<') && p[-1] == '=')
		return p[-2] == '>' ? 'G' : 'L';
	if (p > r->text && (p[-1] == '>' || p[-1] == '<') && !(p - r->text >= 2 && p[-2] == '<'))
		return p[-1];
	int k = i - 1;
	if (k >= 0 && clause_break(r, k, i))
		return 0;
	if (is_word(r, k, "least") && is_word(r, k - 1, "at"))
		return 'G';
	if ((is_word(r, k, "most") && is_word(r, k - 1, "at")) ||
	    (is_word(r, k, "to") && is_word(r, k - 1, "up")))
		return 'L';
	if (word_in(r, k, (const char *const[]){ "minimum", "min", NULL }))
		return 'G';
	if (word_in(r, k, (const char *const[]){ "maximum", "max", NULL }))
		return 'L';
	if (is_word(r, k, "than")) {
		int no = is_word(r, k - 2, "no") || is_word(r, k - 2, "not");
		if (word_in(r, k - 1, MORE))
			return no ? 'L' : '>';
		if (word_in(r, k - 1, LESS))
			return no ? 'G' : '<';
		return 0;
	}
	if (word_in(r, k, GT))
		return '>';
	if (word_in(r, k, LT))
		return '<';
	return 0;
}

/* The direction a comparison operator keeps, as direction_at() says it. */
static int direction_of_op(const char *op)
{
	return !strcmp(op, ">") ? '>' : !strcmp(op, ">=") ? 'G' : !strcmp(op, "<") ? '<'
	       : !strcmp(op, "<=") ? 'L' : 0;
}

static const char *const UNITS[][2] = {
	{ "b", "1" },	      { "byte", "1" },	      { "bytes", "1" },	       { "k", "1024" },
	{ "kb", "1024" },     { "kib", "1024" },      { "kilobyte", "1024" },  { "kilobytes", "1024" },
	{ "m", "1048576" },   { "mb", "1048576" },    { "mib", "1048576" },    { "megabyte", "1048576" },
	{ "megabytes", "1048576" }, { "gb", "1073741824" }, { "gib", "1073741824" },
	{ "gigabyte", "1073741824" }, { "gigabytes", "1073741824" },
};

/* The scale of a size unit at token i (bytes: 2^10 per step, or 10^3
 * when `decimal`); 0 when it is none. */
static double unit_scale_of(const char *w, size_t len, int decimal)
{
	for (size_t u = 0; u < sizeof(UNITS) / sizeof(UNITS[0]); u++)
		if (strlen(UNITS[u][0]) == len && !strncasecmp(w, UNITS[u][0], len)) {
			double s = strtod(UNITS[u][1], NULL);
			return decimal && s >= 1024 ? (s == 1024 ? 1e3 : s == 1048576 ? 1e6 : 1e9) : s;
		}
	return 0;
}

static double unit_scale(const struct request *r, int i, int decimal)
{
	return i >= 0 && i < r->n ? unit_scale_of(r->t[i].at, r->t[i].len, decimal) : 0;
}

/* A number with its size unit in one word ("64KB", "1MiB"): the number
 * in *n, the unit's offset in *unit; 0 when token i is none. */
static int glued_size(const struct request *r, int i, long long *n, size_t *unit)
{
	const struct token *t = &r->t[i];
	size_t d = 0;
	while (d < t->len && d < 18 && isdigit((unsigned char)t->at[d]))
		d++;
	if (!d || d == t->len || unit_scale_of(t->at + d, t->len - d, 0) <= 1)
		return 0;
	*n = strtoll(t->at, NULL, 10);
	*unit = d;
	return 1;
}

/* A number of the request that writes v for a comparison `op`: a whole
 * number, or one with a size unit ("1 MB", "half a megabyte"), compared
 * the way op does (over / at least / under / at most; none said for ==
 * and !=). *span is its words; *against says when the number is there
 * but compared the other way. -1 when no number writes v. */
static int number_for(const struct request *r, long long v, const char *op, char **span,
		      int *against)
{
	*span = NULL;
	*against = 0;
	for (int i = 0; i < r->n; i++) {
		long long n = 0;
		size_t glued = 0;
		double x;
		int last = i;
		const char *unit = NULL; /* a size unit: "1 MB", "64KB" */
		size_t unit_len = 0;
		if (glued_size(r, i, &n, &glued)) {
			x = (double)n;
			unit = r->t[i].at + glued;
			unit_len = r->t[i].len - glued;
		} else if (integer_at(r, i, &n)) {
			x = (double)n;
		} else if (number_word(r, i, &n)) {
			x = (double)n; /* "one megabyte", "five seconds" */
		} else if (is_word(r, i, "half")) {
			x = 0.5;
		} else if (is_word(r, i, "quarter")) {
			x = 0.25;
		} else {
			continue;
		}
		if (!unit) {
			int u = i + 1;
			while (is_word(r, u, "a") || is_word(r, u, "an"))
				u++;
			if (unit_scale(r, u, 0) > 1) { /* "1 MB": never the bare 1 */
				unit = r->t[u].at;
				unit_len = r->t[u].len;
				last = u;
			} else if (unit_scale(r, i + 1, 0) == 1) { /* "50000 bytes" */
				last = i + 1;
			}
		}
		int match = !unit && x == (double)v;
		for (int dec = 0; unit && dec < 2 && !match; dec++)
			match = x * unit_scale_of(unit, unit_len, dec) == (double)v;
		if (!match)
			continue;
		int dir = direction_at(r, i, last + 1), want = direction_of_op(op);
		if (dir != want) {
			*against = 1;
			continue;
		}
		*span = written_span(r, i, last);
		*against = 0;
		return *span ? i : -1;
	}
	return -1;
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
	char *inner = trimmed(v0, strlen(v0)); /* "(int64)(args->ret)" */
	free(l);
	l = inner;
	if (!l) {
		free(r);
		return -1;
	}
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
		for (const char *p = strstr(lhs, *n); p; p = strstr(p + 1, *n))
			if ((p == lhs || !isalnum((unsigned char)p[-1])) &&
			    !isalnum((unsigned char)p[strlen(*n)]))
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
	const struct request *req;
	struct obligations *ob;
	char *why;
	size_t whylen;
	int blocks;	     /* probe blocks that are not BEGIN or END */
	char **keys;	     /* their attach points, in order */
	int failed;	     /* -1: declined (why said); -2: out of memory */
	char comm[80];	     /* the process name kept by the block read, or "" */
};

static int add(struct state *st, const char *key, const char *condition, char *words,
	       const char *says)
{
	if (!words) {
		st->failed = -2;
		return -1;
	}
	/* two blocks of the same attach points: an obligation would be put
	 * in both; nothing is claimed for them */
	int same = 0;
	for (int i = 0; i < st->blocks; i++)
		same += st->keys[i] && !strcmp(st->keys[i], key);
	if (same > 1) {
		free(words);
		return 0;
	}
	struct obligation *more = realloc(st->ob->v, (st->ob->n + 1) * sizeof(*more));
	if (!more) {
		free(words);
		st->failed = -2;
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
		st->failed = -2;
		return -1;
	}
	st->ob->n++;
	return 0;
}

static void decline(struct state *st, const char *fmt, const char *what)
{
	if (st->failed)
		return;
	snprintf(st->why, st->whylen, fmt, what);
	st->failed = -1;
}

static const char *const FAILURE[] = { "fail",	   "fails",    "failed",       "failing",
				       "failure",  "failures", "error",	       "errors",
				       "errno",	   "errnos",   "unsuccessful", "denied",
				       "errored",  "erroring", NULL };
static const char *const SUCCESS[] = { "success",    "successes", "successful", "successfully",
				       "succeeded",  "succeeds",  "succeed",    "succeeding",
				       "worked",
				       "bytes",	     "byte",	  NULL };
static const char *const PROCESS_CUES[] = { "process", "processes", "program", "programs",
					    "command", "commands", "comm", "binary", NULL };
static const char *const ERRNO_CUES[] = { "errno", "error", "code", "errnos", "errors", NULL };
static const char *const SIGNAL_CUES[] = { "signal", "signals", "sig", NULL };

/* The first token of the list, not said the other way round unless
 * `negated`; -1 when none. With *other, whether some token of the list
 * is said the other way round. */
static int listed(const struct request *r, const char *const *list, int *other)
{
	int found = -1;
	*other = 0;
	for (int i = 0; i < r->n; i++)
		if (word_in(r, i, list)) {
			if (negated_at(r, i))
				*other = 1;
			else if (found < 0)
				found = i;
		}
	return found;
}

/* The errno -v (v < 0) at a token: its name ("EACCES", "EACCESs"), its
 * description ("permission denied") or its number after "errno"/"error"
 * ("errno 13", "error -13"). *span is set; -1 when none. */
static int errno_token(const struct request *r, long long v, char **span)
{
	const char *name = strerrorname_np((int)-v), *desc = strerrordesc_np((int)-v);
	*span = NULL;
	for (int i = 0; name && i < r->n; i++) {
		size_t n = strlen(name);
		if ((r->t[i].len == n || (r->t[i].len == n + 1 && tolower((unsigned char)r->t[i].at[n]) == 's')) &&
		    !strncasecmp(r->t[i].at, name, n))
			return (*span = written(r, i)) ? i : -1;
	}
	if (desc) { /* "Permission denied": its words in a row */
		struct request d;
		tokenize(desc, &d);
		for (int i = 0; d.n && i + d.n <= r->n; i++) {
			int k = 0;
			while (k < d.n && r->t[i + k].len == d.t[k].len &&
			       !strncasecmp(r->t[i + k].at, d.t[k].at, d.t[k].len))
				k++;
			if (k == d.n)
				return (*span = written_span(r, i, i + k - 1)) ? i : -1;
		}
	}
	for (int i = 0; i < r->n; i++) {
		long long n;
		if (integer_at(r, i, &n) && (n == v || n == -v) && cue_before(r, i, ERRNO_CUES, 2))
			return (*span = written(r, i)) ? i : -1;
	}
	return -1;
}

/* The signal v at a token: "SIGTERM" ("SIGTERMs"), or its number after
 * "signal" or "kill" ("signal 15", "kill -9"); never a bare "kill" or
 * "TERM", nor a number with no such word ("9 times"). -1 when none. */
static int signal_token(const struct request *r, long long v, char **span)
{
	*span = NULL;
	const char *abbrev = sigabbrev_np((int)v);
	if (abbrev) {
		char name[40];
		snprintf(name, sizeof(name), "SIG%s", abbrev);
		size_t n = strlen(name);
		for (int i = 0; i < r->n; i++)
			if ((r->t[i].len == n ||
			     (r->t[i].len == n + 1 && tolower((unsigned char)r->t[i].at[n]) == 's')) &&
			    !strncasecmp(r->t[i].at, name, n))
				return (*span = written(r, i)) ? i : -1;
	}
	/* a signal by what it is called when it comes ("segfaults") */
	static const char *const SEGV[] = { "segfault", "segfaults", "segfaulted", "segfaulting",
					    "segmentation", "segv", NULL };
	for (int i = 0; v == SIGSEGV && i < r->n; i++)
		for (int k = 0; SEGV[k]; k++)
			if (is_word(r, i, SEGV[k]))
				return (*span = written(r, i)) ? i : -1;
	for (int i = 0; i < r->n; i++) {
		long long n;
		if (integer_at(r, i, &n) && (n == v || n == -v) &&
		    (cue_before(r, i, SIGNAL_CUES, 2) || (n < 0 && is_word(r, i - 1, "kill"))))
			return (*span = written(r, i)) ? i : -1;
	}
	return -1;
}

/* The kind words of an id ("pid 4242", "user 1000"). */
static const char *const *id_cues(const char *lhs)
{
	static const char *const PID[] = { "pid", "pids", "process", "processes", NULL };
	static const char *const TID[] = { "tid", "tids", "thread", "threads", NULL };
	static const char *const UID[] = { "uid", "uids", "user", "users", NULL };
	static const char *const GID[] = { "gid", "gids", "group", "groups", NULL };
	return !strcmp(lhs, "pid") ? PID : !strcmp(lhs, "tid") ? TID : !strcmp(lhs, "uid") ? UID
	       : !strcmp(lhs, "gid") ? GID : NULL;
}

/* Whether token i is a version number (3, 3.11, 1.24.0) right after the
 * word before it. */
static int version_at(const struct request *r, int i)
{
	const struct token *t = &r->t[i];
	if (!isdigit((unsigned char)t->at[0]))
		return 0;
	for (size_t j = 0; j < t->len; j++)
		if (!isdigit((unsigned char)t->at[j]) && t->at[j] != '.')
			return 0;
	for (const char *p = r->t[i - 1].at + r->t[i - 1].len; p < t->at; p++)
		if (*p != ' ')
			return 0;
	return 1;
}

/* Whether a quotation mark is right before token i: 'nginx', "nginx". */
static int quoted_at(const struct request *r, int i)
{
	const char *at = r->t[i].at;
	if (at > r->text && strchr("'\"`", at[-1]))
		return 1;
	return at - r->text >= 3 && curly_quote(at - 3);
}

/* Whether token i is a grouping's or a measure's word (bte_grouping_word()). */
static int grouping_at(const struct request *r, int i)
{
	char w[24];
	if (r->t[i].len >= sizeof(w))
		return 0;
	memcpy(w, r->t[i].at, r->t[i].len);
	w[r->t[i].len] = '\0';
	return bte_grouping_word(w);
}

/* Whether token i, written in small letters, is a word no word list has
 * where a process's name stands: after "by", "from", "for", "of",
 * "does" (past "the", "process" ...: "writes from pulseaudio", "for
 * process jackd", "does airspy_rx take"), and no word, typo, device or
 * user (bte_unlisted()); never after a grouping ("sorted by", "histogram
 * of"), after "of" unless said to be a process ("opens of myconf" is
 * the file), after "for" unless so or of a program's shape ("for
 * rotctld"), nor before "get" ("does lockfile get opened"). */
static int unlisted_name_at(const struct request *r, int i)
{
	static const char *const SKIP[] = { "the", "a", "an", "process", "processes", "program",
					    "programs", "task", "tasks", "named", "called", "my",
					    "our", NULL };
	static const char *const SLOT[] = { "by", "from", "for", "of", "does", "do", "did", NULL };
	const struct token *t = &r->t[i];
	char w[16];
	if (t->len < 3 || t->len >= sizeof(w) || quoted_at(r, i))
		return 0;
	memcpy(w, t->at, t->len);
	w[t->len] = '\0';
	if (!islower((unsigned char)w[0]) || strchr("._-", w[t->len - 1]) ||
	    strspn(w, "abcdefghijklmnopqrstuvwxyz0123456789_.-") != t->len)
		return 0;
	static const char *const KIND[] = { "process", "processes", "program", "programs",
					    "daemon", "daemons", "service", "app", "binary",
					    "command", NULL };
	static const char *const PASSIVE[] = { "get", "gets", "got", "getting", "be", "been",
					       "being", "receive", NULL };
	int b = i - 1;
	while (b >= 0 && word_in(r, b, SKIP))
		b--;
	if (!word_in(r, b, SLOT) ||
	    ((is_word(r, b, "by") || is_word(r, b, "of")) && b > 0 && grouping_at(r, b - 1)))
		return 0;
	/* "opens of myconf": what is acted on, unless said to be a process;
	 * "does lockfile get opened" too */
	if (((is_word(r, b, "for") && !bte_program_shaped(w)) || is_word(r, b, "of")) &&
	    !word_in(r, i - 1, KIND) && !word_in(r, i + 1, KIND))
		return 0;
	if ((is_word(r, b, "does") || is_word(r, b, "do") || is_word(r, b, "did")) &&
	    word_in(r, i + 1, PASSIVE))
		return 0;
	/* of a program's shape or said to be a process; never "the blarg
	 * user" */
	int kind = (word_in(r, i - 1, KIND) && (!is_word(r, b, "by") || is_word(r, i - 2, "the"))) ||
		   word_in(r, i + 1, KIND);
	char next[24] = "";
	if (i + 1 < r->n && r->t[i + 1].len < sizeof(next)) {
		memcpy(next, r->t[i + 1].at, r->t[i + 1].len);
		next[r->t[i + 1].len] = '\0';
	}
	if ((!kind && !bte_program_shaped(w)) || (next[0] && bte_names_other(next)))
		return 0;
	return bte_unlisted(w);
}

/* Whether token i names a process as a request can: a program people name
 * by its process name (the lexicon), a program's name with a role after a
 * hyphen (redis-server, cron-worker) or a lexicon name before one, an
 * identifier with an underscore (getpid_n), five letters or more then
 * digits (nginx2), any word the request calls a
 * process ("the process called myapp", "program myapp") or quotes, or a
 * word no list has where a process's name stands (unlisted_name_at()). Never
 * an English word alone ("other processes", "everyone", "by hour",
 * "short-lived", "top10"), a determiner even quoted ("some"), a kernel
 * thread's name with a suffix ("kworker"), nor a word after "per" (but
 * a program's before "thread": "per nginx thread"). */
static int process_named_at(const struct request *r, int i)
{
	static const char *const CUES[] = { "process", "program", "command", "binary",
					    "executable", "daemon", "called", "named",
					    "comm", "task", NULL };
	/* words no quote or cue makes a name: "some" processes */
	static const char *const NEVER[] = {
		"some", "any", "all", "every", "each", "other", "others", "another", "no", "none",
		"many", "few", "several", "various", "different", "certain", "such", "same",
		"these", "those", "this", "that", "my", "our", "their", "your", "his", "her", "its",
		"the", "a", "an", "new", "old", "system", "user", "kernel", "root", "unknown", NULL
	};
	/* the last part of a hyphenated name of a program: redis-server */
	static const char *const ROLES[] = { "server", "worker", "daemon", "agent", "proxy",
					     "client", "manager", "helper", "fpm", "cli", "job",
					     "shim", "exporter", "controller", "scheduler",
					     "runner", "service", "svc", "bot", NULL };
	static const char *const NOT_AFTER[] = { "per", "each", "every", "numa", NULL };
	const struct token *t = &r->t[i];
	char kt[24];
	snprintf(kt, sizeof(kt), "%.*s", (int)(t->len < 23 ? t->len : 23), t->at);
	/* (kernel threads so named have a suffix: "kworker/0:1") */
	/* ("per nginx thread": each thread of nginx) */
	int of_threads = word_in(r, i + 1, (const char *const[]){ "thread", "threads", NULL }) &&
			 (lexicon_program(t->at, t->len) || quoted_at(r, i));
	if (word_in(r, i, NEVER) || (word_in(r, i - 1, NOT_AFTER) && !of_threads) ||
	    bte_kernel_thread(kt))
		return 0;
	if (lexicon_program(t->at, t->len) || quoted_at(r, i) ||
	    word_in(r, i - 1, (const char *const[]){ "called", "named", NULL }))
		return 1;
	/* a system call ("by pread64") or what happens to a process
	 * ("process creation") is no name, even after "process" */
	if (lexicon_syscall(t->at, t->len) || lexicon_event_noun(t->at, t->len))
		return 0;
	if (word_in(r, i - 1, CUES))
		return 1;
	const char *first = memchr(t->at, '-', t->len), *last = memrchr(t->at, '-', t->len);
	if (first) {
		/* redis-server, cron-worker, php-fpm; not short-lived, third-party */
		size_t after = (size_t)(t->at + t->len - last - 1);
		for (const char *const *w = ROLES; *w; w++)
			if (strlen(*w) == after && !strncasecmp(last + 1, *w, after))
				return 1;
		static const char *const ADJECTIVES[] = {
			"free", "like", "less", "based", "only", "related", "owned", "style", "type",
			"ish", "ready", "aware", "specific", "heavy", "bound", "wide", "level",
			"side", "facing", "compatible", "friendly", "managed", "spawned", "started",
			"launched", "run", "driven", "esque", "shaped", "adjacent", NULL
		};
		for (const char *const *a = ADJECTIVES; *a; a++)
			if (strlen(*a) == after && !strncasecmp(last + 1, *a, after))
				return 0; /* nginx-free, nginx-like */
		return lexicon_program(t->at, (size_t)(first - t->at));
	}
	/* an identifier with an underscore (getpid_n, my_daemon), which no
	 * English word is; not a negation (non_root) */
	if (memchr(t->at, '_', t->len))
		return strncasecmp(t->at, "non_", 4) && strncasecmp(t->at, "not_", 4) &&
		       strncasecmp(t->at, "no_", 3);
	if (unlisted_name_at(r, i))
		return 1;
	/* letters, then digits: nginx2, myapp3 (five letters at least: not
	 * top10, x11, http2, base64) */
	size_t letters = 0;
	while (letters < t->len && isalpha((unsigned char)t->at[letters]))
		letters++;
	if (letters < 5 || letters == t->len)
		return 0;
	for (size_t j = letters; j < t->len; j++)
		if (!isdigit((unsigned char)t->at[j]))
			return 0;
	return 1;
}

/* Whether the process named at token i, by the word before it, is the
 * one comm is at the probes `key`: at sched_process_exec and an exec's
 * return comm is the new program ("execs of bash"), at an exec's entry
 * the caller ("execs by bash"); at signal_deliver comm receives the
 * signal, so "delivered by nginx" is another process. */
static int role_fits_probe(const struct request *r, int i, const char *key)
{
	static const char *const CALLER[] = { "by", "from", NULL };
	static const char *const NEW[] = { "of", "for", NULL };
	int exec_new = strstr(key, "sched_process_exec") || strstr(key, "sys_exit_exec");
	int exec_caller = strstr(key, "sys_enter_exec") != NULL;
	/* "execs of the program called gcc", "executions for ls" */
	static const char *const NAMING[] = { "the", "program", "process", "binary", "command",
					      "called", "named", NULL };
	int before = i - 1;
	while (before >= 0 && word_in(r, before, NAMING))
		before--;
	/* "nginx was executed", "when ls is run": the program run; "bash
	 * executes", "bash runs": the caller */
	static const char *const BEING[] = { "is", "was", "are", "were", "gets", "got", "get",
					     "being", "been", NULL };
	static const char *const RUN_PASSIVE[] = { "executed", "run", "started", "launched",
						   "spawned", "exec'd", "execed", NULL };
	static const char *const RUN_ACTIVE[] = { "execute", "executes", "exec", "execs", "runs",
						  "launch", "launches", "start", "starts",
						  "spawn", "spawns", "execve", "execves", "executing",
						  "running", "launching", "starting", "spawning",
						  NULL };
	int after = i + 1;
	int passive = word_in(r, i - 1, BEING); /* "how often was nginx executed" */
	while (after < r->n && word_in(r, after, BEING)) {
		after++;
		passive = 1;
	}
	if (exec_new && (word_in(r, i - 1, CALLER) || word_in(r, after, RUN_ACTIVE)))
		return 0;
	if (exec_caller && (word_in(r, before, NEW) ||
			    (passive && word_in(r, after, RUN_PASSIVE))))
		return 0;
	/* "signals received by nginx": the receiver, whose task it is */
	static const char *const GOT[] = { "received", "caught", "handled", "got", NULL };
	if (strstr(key, "signal_deliver") && word_in(r, i - 1, CALLER) &&
	    !(word_in(r, i - 1, (const char *const[]){ "by", NULL }) && word_in(r, i - 2, GOT)))
		return 0;
	/* "which pids nginx kills", "signals nginx sends": the sender, never
	 * the task a signal is delivered to */
	static const char *const SENDS[] = { "kill", "kills", "killed", "killing", "send", "sends",
					     "sent", "sending", "signal", "signals", "signaled",
					     "signalled", "terminate", "terminates", "terminated",
					     NULL };
	if (strstr(key, "signal_deliver") && word_in(r, after, SENDS) && !passive)
		return 0;
	/* "which processes nginx terminates": nginx acts on them, where the
	 * task that exits or receives is comm */
	static const char *const WHICH[] = { "which", "what", NULL };
	static const char *const THEM[] = { "processes", "process", "pids", "pid", "tasks",
					    "programs", NULL };
	if ((strstr(key, "signal_deliver") || strstr(key, "sched_process_exit")) &&
	    word_in(r, i - 1, THEM) && word_in(r, i - 2, WHICH))
		return 0;
	/* at a wakeup comm is the waker ("woken by nginx"), at a new task
	 * the parent ("started by bash", "bash forks"), never the task woken
	 * or made ("run queue latency of nginx", "nginx processes' lives");
	 * a disk request completes in whatever task the interrupt finds */
	static const char *const FORKS[] = { "fork", "forks", "forked", "forking", "spawn",
					     "spawns", "spawned", "spawning", "clone", "clones",
					     "cloned", "start", "starts", "started", "launch",
					     "launches", "launched", "create", "creates", "created",
					     "creating", "wakes", "woke", "wake", "waking", NULL };
	int made = strstr(key, "task_newtask") || strstr(key, "sched_process_fork") ||
		   strstr(key, "sched_wak");
	if (made && !word_in(r, i - 1, CALLER) && !word_in(r, i + 1, FORKS))
		return 0;
	if (strstr(key, "block_rq_complete"))
		return 0;
	return 1;
}

/* Whether `lhs`, a name field other than comm, is at the probes `key`
 * the task the request is about, as the process named at token i: the
 * task switched in or out at sched_switch (next_comm, prev_comm) and the
 * task woken at a wakeup (args->comm), where a time spent waiting starts
 * or ends ("off-CPU time of nginx", "how long nginx waits for a CPU");
 * not after the words that make it the other task ("switched out by
 * nginx": the next one). */
static int subject_field(const struct request *r, int i, const char *key, const char *lhs)
{
	static const char *const OTHER[] = { "by", "from", NULL };
	static const char *const TO[] = { "to", "into", NULL };
	if (strstr(key, "sched_switch") && strstr(lhs, "args->next_comm"))
		return !word_in(r, i - 1, OTHER);
	if (strstr(key, "sched_switch") && strstr(lhs, "args->prev_comm"))
		return !word_in(r, i - 1, TO);
	if (strstr(key, "sched_wak") && strstr(lhs, "args->comm"))
		return !word_in(r, i - 1, OTHER);
	/* the task the OOM killer picks ("OOM kills of java") */
	if (strstr(key, "mark_victim") && strstr(lhs, "args->comm"))
		return !word_in(r, i - 1, OTHER);
	return 0;
}

/* A process name kept (comm == "x", str(args->comm) == "x"): traced to
 * the name as written, or declined. */
static void process_restriction(struct state *st, const char *key, const struct comparison *c)
{
	const struct request *r = st->req;
	const char *name = c->rhs + 1;
	size_t len = strlen(name) - 1;
	char shown[80], says[200];
	snprintf(shown, sizeof(shown), "%.*s", (int)(len < 64 ? len : 64), name);
	/* (the process's name, its main thread's, is a comm of the task
	 * that runs too, in the same roles: "asterisk threads") */
	int leader = !strcmp(c->lhs, "curtask->group_leader->comm");
	int eq = !strcmp(c->op, "=="), plain = !strcmp(c->lhs, "comm") || leader;
	if (!eq && strcmp(c->op, "!=")) {
		decline(st, "the program compares the process name \"%s\" by order", shown);
		return;
	}
	if (len > 15) {
		decline(st, "the program keeps to the process \"%s\", longer than the 15 characters a "
			    "process name holds: it can never match", shown);
		return;
	}
	if (eq && plain && st->comm[0] && strcmp(st->comm, shown)) {
		decline(st, "the program keeps to two process names at once (\"%s\")", shown);
		return;
	}
	if (eq && plain)
		snprintf(st->comm, sizeof(st->comm), "%s", shown);
	/* the threads of a process ("java threads", "threads of mysqld",
	 * "mysqld and its threads") are its main thread's name; threads
	 * named so ("threads named java") and a process named alone are
	 * comm */
	int at = find(r, name, len, len == 15, 0), of_threads = 0;
	static const char *const THREADS[] = { "thread", "threads", NULL };
	static const char *const SKIP_OF[] = { "the", "process", "program", NULL };
	if (at >= 0) {
		int b = at - 1;
		while (b >= 0 && word_in(r, b, SKIP_OF))
			b--;
		of_threads = word_in(r, at + 1, THREADS) ||
			     (word_in(r, b, (const char *const[]){ "of", "in", "from", NULL }) &&
			      word_in(r, b - 1, THREADS)) ||
			     (is_word(r, at + 1, "and") && word_in(r, at + 2, (const char *const[]){
								    "its", "their", NULL }) &&
			      word_in(r, at + 3, THREADS));
		/* a JVM's, a browser's: its threads name themselves, and
		 * the process is its main thread's name ("threads named
		 * java" are threads so named); a target's name (args->comm)
		 * is the task's as the event gives it */
		of_threads |= plain && lexicon_names_threads(shown) &&
			      !(word_in(r, at - 1,
					(const char *const[]){ "named", "called", NULL }) &&
				word_in(r, at - 2, THREADS));
	}
	if (leader != of_threads && eq) {
		decline(st, leader ? "the program keeps the threads of the process \"%s\", and the "
				     "request names no such threads"
				   : "the request asks for the threads of \"%s\", and comm is each "
				     "thread's own name: their process's is its main thread's",
			shown);
		return;
	}
	int i = find(r, name, len, len == 15, 0);
	/* comm is case-sensitive: "NGINX" is not nginx */
	while (i >= 0 && strncmp(r->t[i].at, name, len))
		i = find(r, name, len, len == 15, i + 1);
	if (i < 0) {
		decline(st, "the program keeps to the process \"%s\", which the request does not name",
			shown);
		return;
	}
	/* "process executions": a word for what happens, unless quoted,
	 * called so or a program people name */
	if (lexicon_event_noun(shown, strlen(shown)) && !lexicon_program(shown, strlen(shown)) &&
	    !quoted_at(r, i) && !word_in(r, i - 1, (const char *const[]){ "called", "named", NULL })) {
		decline(st, "the program takes \"%s\", a word for what happens, for a process name",
			shown);
		return;
	}
	/* a name like a file's ("nginx.conf") is a process only when the
	 * request says so */
	if (strpbrk(shown, "./") && !cue_before(r, i, PROCESS_CUES, 2)) {
		decline(st, "the program takes \"%s\" for a process name; the request does not say it "
			    "is one", shown);
		return;
	}
	static const char *const THINGS[] = { "files", "file", "logs", "log", "config", "configs",
					      "configuration", "directory", "directories", "dir",
					      "conf", "package", "socket", "sockets", NULL };
	for (int k = i; k >= 0; k = find(r, name, len, len == 15, k + 1)) {
		/* comm is the process running: never one something is done
		 * to, nor a relative; another comm field (a signal's target,
		 * a switch's next task) only one something is done to */
		int signals = strstr(key, "signal") || strstr(key, "kill");
		int subject = !plain && subject_field(r, k, key, c->lhs);
		/* at a signal's delivery the task running receives it ("which
		 * signals does nginx get") */
		int receives = strstr(key, "signal_deliver") != NULL;
		if (kin_at(r, k, key) || (plain && !receives && done_to_at(r, k, signals)) ||
		    (!plain && !subject && !done_to_at(r, k, signals))) {
			decline(st, plain ? "the request names \"%s\" as a process something is done to, "
					    "or a relative of the one meant; the program keeps the "
					    "process that runs"
					  : "the program keeps a process named \"%s\" in a role the "
					    "request does not say it has",
				shown);
			return;
		}
		/* "nginx file opens": the files nginx opens */
		static const char *const DONE[] = { "opens", "reads", "writes", "accesses",
						    "activity", NULL };
		if (word_in(r, k + 1, THINGS) &&
		    !(word_in(r, k + 1, (const char *const[]){ "file", "files", NULL }) &&
		      word_in(r, k + 2, DONE))) {
			decline(st, "the request names \"%s\" for something other than a process",
				shown);
			return;
		}
		static const char *const CALLS[] = { "call", "calls", "syscall", "syscalls",
						     "system", NULL };
		const char *end = r->t[k].at + r->t[k].len;
		/* "umount2 calls": a call's name, whatever the reader knows;
		 * never the verb ("does postgres call fsync", "nginx calls
		 * accept") */
		static const char *const DOES[] = { "does", "do", "did", "will", "can", "would",
						    NULL };
		/* "my app (called myapp) calls malloc": named so, it is the
		 * process */
		int verb = (word_in(r, k + 1, (const char *const[]){ "call", "calls", NULL }) &&
			    word_in(r, k - 1, (const char *const[]){ "called", "named", NULL })) ||
			   (is_word(r, k + 1, "call") && word_in(r, k - 1, DOES)) ||
			   (word_in(r, k + 1, (const char *const[]){ "call", "calls", NULL }) &&
			    k + 2 < r->n && lexicon_syscall(r->t[k + 2].at, r->t[k + 2].len));
		/* "redis-server syscalls": a known program's, no call's name */
		verb |= word_in(r, k + 1, (const char *const[]){ "syscall", "syscalls", "system",
								 NULL }) &&
			lexicon_program(r->t[k].at, r->t[k].len);
		if ((word_in(r, k + 1, CALLS) && !verb) || *end == '(') {
			decline(st, "the request names \"%s\" as a call, not a process", shown);
			return;
		}
		static const char *const KIND[] = { "like", "similar", "resembling", "such", NULL };
		if (word_in(r, k - 1, KIND) || (is_word(r, k - 1, "as") && is_word(r, k - 2, "such")) ||
		    (is_word(r, k - 1, "to") && is_word(r, k - 2, "similar")) || *end == '*' ||
		    (*end == '.' && end[1] == '*')) {
			decline(st, "the request names \"%s\" as one of a kind or a pattern, and the "
				    "program keeps that name only", shown);
			return;
		}
		static const char *const USER[] = { "user", "username", "account", "owner",
						    "owned", NULL };
		if (word_in(r, k - 1, USER)) {
			decline(st, "the request names \"%s\" as a user, and the program keeps the "
				    "process of that name", shown);
			return;
		}
		if (plain && !role_fits_probe(r, k, key)) {
			decline(st, "the request's \"%s\" is the process in another role than comm has "
				    "at this probe (at an exec, the new program; at a signal's delivery, "
				    "its receiver; at a wakeup, the waker; at a new task, its parent; at "
				    "a disk request's completion, any task)", shown);
			return;
		}
		if (!process_named_at(r, k)) {
			decline(st, "the request's \"%s\" may be an ordinary word, not a process's name "
				    "(to name a process, say \"the process called NAME\" or quote it)",
				shown);
			return;
		}
		if (k + 1 < r->n && version_at(r, k + 1)) {
			char named[120];
			snprintf(named, sizeof(named), "%s %.*s", shown, (int)r->t[k + 1].len,
				 r->t[k + 1].at);
			decline(st, "the request names \"%s\", with a version: a process's name may "
				    "carry it (python3.11) or not (nginx); name the process as ps "
				    "shows it", named);
			return;
		}
		if (negated_at(r, k) == eq) {
			decline(st, eq ? "the request leaves out \"%s\", and the program keeps only it"
				       : "the request asks for \"%s\", and the program leaves it out",
				shown);
			return;
		}
	}
	if (leader)
		snprintf(says, sizeof(says), "%s events of the threads of processes named %s (their "
			 "main thread's comm)", eq ? "only" : "no", shown);
	else if (plain)
		/* comm is each thread's own name: a thread may rename itself */
		snprintf(says, sizeof(says), "%s events of tasks named %s (comm)", eq ? "only" : "no",
			 shown);
	else
		snprintf(says, sizeof(says), "only where %s %s \"%s\"", c->lhs, eq ? "is" : "is not",
			 shown);
	add(st, key, c->text, written(r, i), says);
}

/* A pid, tid, uid or gid kept: the number with its kind ("pid 4242",
 * "user 1000"; "root" for uid 0), compared as the request compares it,
 * and no other number of that kind in the request. Else declined. */
/* The uid of the user of this machine named at token i with words that
 * say so ("user postgres", "the user named daemon", "running as
 * www-data", "the nobody user"; never root, a CPU's mode or a number):
 * -1 when none is. */
static long user_at(const struct request *r, int i)
{
	static const char *const USER[] = { "user", "users", "username", "account", NULL };
	static const char *const RUN[] = { "run", "runs", "running", "ran", "executing", "execute",
					   "executes", "executed", "launched", "started", NULL };
	static const char *const MODES[] = { "sys", "system", "idle", "iowait", "nice", "irq",
					     "softirq", "kernel", "steal", NULL };
	const struct token *t = &r->t[i];
	char name[64];
	if (t->len >= sizeof(name) || t->possessive || t->non || isdigit((unsigned char)t->at[0]) ||
	    word_in(r, i, MODES) || word_in(r, i + 1, MODES) || is_word(r, i, "root"))
		return -1;
	snprintf(name, sizeof(name), "%.*s", (int)t->len, t->at);
	int cue = word_in(r, i - 1, USER) ||
		  (word_in(r, i - 1, (const char *const[]){ "named", "called", NULL }) &&
		   word_in(r, i - 2, USER)) ||
		  word_in(r, i - 1, (const char *const[]){ "uid", "uids", NULL }) ||
		  (is_word(r, i - 1, "id") && word_in(r, i - 2, USER)) ||
		  (is_word(r, i - 1, "as") && word_in(r, i - 2, RUN)) ||
		  /* ("opens as postgres"; never "as list", a word) */
		  (is_word(r, i - 1, "as") && bte_english(name) == 0) ||
		  (word_in(r, i + 1, (const char *const[]){ "user", "account", NULL }) &&
		   word_in(r, i - 1, (const char *const[]){ "the", "a", "as", "by", NULL }));
	if (!cue)
		return -1;
	struct passwd *pw = getpwnam(name);
	return pw ? (long)pw->pw_uid : -1;
}

static void id_restriction(struct state *st, const char *key, const struct comparison *c)
{
	const struct request *r = st->req;
	const char *const *cues = id_cues(c->lhs);
	char what[96], says[128];
	long long v = c->value;
	snprintf(what, sizeof(what), "%s %s %lld", c->lhs, c->op, v);
	int eq = !strcmp(c->op, "=="), ne = !strcmp(c->op, "!=");
	char *words = NULL;
	int at = -1;
	static const char *const NOT_USER[] = { "directory", "dir", "cause", "causes",
						 "filesystem", "fs", "partition", "path", "folder",
						 "home", "device", "node", "certificate", NULL };
	if (!strcmp(c->lhs, "uid") && v == 0 && (eq || ne))
		for (int i = 0; i < r->n; i++)
			if (is_word(r, i, "root")) {
				static const char *const DONE_TO[] = {
					"of", "to", "kill", "kills", "killing", "killed", "signal",
					"signals", "signaling", "signalling", "at", "against", NULL
				};
				int k = is_word(r, i - 1, "the") ? i - 2 : i - 1;
				if (r->t[i].possessive || word_in(r, i + 1, NOT_USER) ||
				    word_in(r, k, DONE_TO) ||
				    (at >= 0 && negated_at(r, at) != negated_at(r, i))) {
					decline(st, "%s", "the request says \"root\" in a way that is not "
							  "one user, or both ways");
					return;
				}
				at = i;
			}
	/* a user by name ("as www-data", "by user postgres", "the nobody
	 * user"): the uid this machine gives the name */
	for (int i = 1; !strcmp(c->lhs, "uid") && (eq || ne) && i < r->n; i++) {
		long uid = user_at(r, i);
		if (uid < 0)
			continue;
		if (uid != v) {
			char msg[320];
			snprintf(msg, sizeof(msg), "the request names another user (uid %ld); the "
				 "program keeps only %s", uid, what);
			decline(st, "%s", msg);
			return;
		}
		at = at < 0 ? i : at;
	}
	for (int i = 0; i < r->n; i++) {
		long long n;
		/* ("pid 9911 at 49 Hz": a rate; "pid 1234 to port 3306": a port) */
		static const char *const OTHER[] = { "port", "ports", "fd", "signal", "sig", "cpu",
						     "errno", "code", ":", NULL };
		if (!integer_at(r, i, &n) || n < 0 || !cue_before(r, i, cues, 4) ||
		    unit_scale(r, i + 1, 0) > 0 || is_word(r, i + 1, "hz") ||
		    is_word(r, i + 1, "hertz") ||
		    (!cue_before(r, i, cues, 1) && word_in(r, i - 1, OTHER)))
			continue;
		if (kin_at(r, i, key)) {
			decline(st, "the request names a relative of the %s the program keeps to",
				c->lhs);
			return;
		}
		if (n != v) {
			char msg[320];
			snprintf(msg, sizeof(msg), "the request names another %s (%lld); the program keeps "
				 "only %s", c->lhs, n, what);
			decline(st, "%s", msg);
			return;
		}
		if (at < 0 && direction_at(r, i, i + 1) == direction_of_op(c->op))
			at = i;
	}
	if (at < 0) {
		decline(st, "the program keeps only %s, which the request does not ask for", what);
		return;
	}
	if (negated_at(r, at) != ne) {
		decline(st, "the request says it the other way round: the program keeps only %s",
			what);
		return;
	}
	words = written(r, at);
	snprintf(says, sizeof(says), "only %s", what);
	add(st, key, c->text, words, says);
}

/* One restriction of the block `key`: traced to words, or declined, or
 * left alone (nothing claimed). */
static void restriction(struct state *st, const char *key, struct comparison *c)
{
	const struct request *r = st->req;
	char says[256], *words = NULL;
	int eq = !strcmp(c->op, "=="), ne = !strcmp(c->op, "!=");
	long long v = c->value;
	if (unstable(c->lhs))
		return;
	if (!c->string && strstr(c->lhs, "comm")) {
		decline(st, "the program keeps to a process in a way that could not be read (%s)",
			c->text);
		return;
	}
	if (c->string && strstr(c->lhs, "comm")) {
		process_restriction(st, key, c);
		return;
	}
	if (c->string) {
		/* a file name or another string: its words, as written */
		const char *s = c->rhs + 1;
		size_t len = strlen(s) - 1;
		int i = find(r, s, len, 0, 0);
		char shown[80];
		snprintf(shown, sizeof(shown), "%.*s", (int)(len < 64 ? len : 64), s);
		if (i < 0 || !memchr(s, '/', len) || negated_at(r, i) != ne) {
			decline(st, i < 0 ? "the program keeps to \"%s\", which the request does not say"
				: !memchr(s, '/', len) ? "the program takes \"%s\" for a path; the request does "
							 "not say it is one"
						       : "the request says \"%s\" the other way round",
				shown);
			return;
		}
		snprintf(says, sizeof(says), "only where %s %s %s", c->lhs, c->op, c->rhs);
		add(st, key, c->text, written(r, i), says);
		return;
	}
	if (id_cues(c->lhs)) {
		id_restriction(st, key, c);
		return;
	}
	int ret = is_return_value(c->lhs);
	int other, at;
	if (ret && ((!strcmp(c->op, "<") && v == 0) || (!strcmp(c->op, "<=") && v == -1))) {
		static const char *const ALL[] = { "including", "regardless", "vs", "versus", "whether",
						   "matter", "both", NULL };
		int fail_negated, succ_negated;
		int fail = listed(r, FAILURE, &fail_negated);
		int succ = listed(r, SUCCESS, &succ_negated);
		/* more than failures: a success word (the bytes of successes
		 * are no such word), or "including", "whether" near the failure */
		/* "did not succeed", "didn't work": a success said the other
		 * way round is a failure */
		for (int k = 0; fail < 0 && succ < 0 && succ_negated && k < r->n; k++)
			if (word_in(r, k, SUCCESS) && !is_word(r, k, "bytes") && negated_at(r, k))
				fail = k;
		int more = succ >= 0 && !is_word(r, succ, "bytes");
		for (int k = fail - 3; fail >= 0 && k <= fail + 3 && !more; k++)
			more = k != fail && word_in(r, k, ALL);
		if (fail < 0 || more || fail_negated) {
			decline(st, "%s", more || fail_negated
						  ? "the request asks for more than failures, or says them "
						    "the other way round; the program keeps only failed calls"
						  : "the program keeps only failed calls, which the "
						    "request does not ask for");
			return;
		}
		at = fail;
		add(st, key, c->text, written(r, at), "only failed calls");
		return;
	}
	if (ret && (eq || ne) && v < 0 && v >= -4095) {
		const char *name = strerrorname_np((int)-v);
		at = errno_token(r, v, &words);
		for (int e = 1; at >= 0 && e < 134; e++) {
			const char *other_name = strerrorname_np(e);
			if (e == -v || !other_name || (name && !strcmp(other_name, name)))
				continue;
			int k = find(r, other_name, strlen(other_name), 0, 0);
			if (k >= 0 && !strncmp(r->t[k].at, other_name, strlen(other_name)) &&
			    !negated_at(r, k)) {
				free(words);
				decline(st, "the request names another errno; the program keeps only %s",
					name ? name : c->rhs);
				return;
			}
		}
		if (at < 0 || negated_at(r, at) != ne) {
			free(words);
			decline(st, at < 0 ? "the program keeps to the errno %s, which the request does not "
					     "ask for"
					   : "the request says the errno %s the other way round",
				name ? name : c->rhs);
			return;
		}
		snprintf(says, sizeof(says), "%s calls that fail with %s", eq ? "only" : "no",
			 name ? name : c->rhs);
		add(st, key, c->text, words, says);
		return;
	}
	if (ret && v == 0 && (!strcmp(c->op, ">") || !strcmp(c->op, ">="))) {
		int fail_negated;
		int failures = listed(r, FAILURE, &fail_negated) >= 0;
		at = listed(r, SUCCESS, &other);
		/* "did not fail", "without errors": a failure said the other
		 * way round is a success */
		for (int k = 0; at < 0 && !failures && fail_negated && k < r->n; k++)
			if (word_in(r, k, FAILURE) && negated_at(r, k))
				at = k;
		if (failures || other) {
			decline(st, "%s", "the program keeps only successful calls, and the request asks "
					  "for failures");
			return;
		}
		if (at >= 0) /* else what the example needs (an fd), no word */
			add(st, key, c->text, written(r, at), "only successful calls");
		return;
	}
	if (!strcmp(c->lhs, "retval") && (eq || ne) && v == 0) {
		at = -1;
		for (int i = 0; i < r->n; i++)
			if (is_word(r, i, "null")) {
				if (at >= 0 && negated_at(r, at) != negated_at(r, i)) {
					decline(st, "%s", "the request says NULL both ways");
					return;
				}
				at = at < 0 ? i : at;
			}
		if (at < 0 || negated_at(r, at) != ne) {
			decline(st, "%s", at < 0 ? "the program keeps only NULL returns, which the request "
						  "does not ask for"
						: "the request says NULL the other way round");
			return;
		}
		add(st, key, c->text, written(r, at), eq ? "only NULL returns" : "no NULL returns");
		return;
	}
	if (strstr(c->lhs, "sig") && (eq || ne) && v > 0 && v < 65) {
		const char *abbrev = sigabbrev_np((int)v);
		char name[40];
		if (abbrev)
			snprintf(name, sizeof(name), "SIG%s", abbrev);
		else
			snprintf(name, sizeof(name), "signal %lld", v);
		at = signal_token(r, v, &words);
		for (int k = 0; at >= 0 && k < r->n; k++)
			if (r->t[k].len > 3 && !strncasecmp(r->t[k].at, "SIG", 3) &&
			    strncasecmp(r->t[k].at, words, strlen(words) < 3 ? 3 : strlen(words)) &&
			    isupper((unsigned char)r->t[k].at[3]) && !negated_at(r, k)) {
				free(words);
				decline(st, "the request names another signal; the program keeps only %s",
					name);
				return;
			}
		if (at < 0 || negated_at(r, at) != ne) {
			free(words);
			decline(st, at < 0 ? "the program keeps to %s, which the request does not ask for"
					   : "the request says %s the other way round",
				name);
			return;
		}
		snprintf(says, sizeof(says), "%s %s", eq ? "only" : "no", name);
		add(st, key, c->text, words, says);
		return;
	}
	/* any other number: a threshold the request gives with its
	 * direction ("over 50000 bytes"), or a value after a word of the
	 * field's name ("port 8080" for dport); else nothing claimed */
	int against = 0;
	at = number_for(r, v, c->op, &words, &against);
	if (at < 0) {
		snprintf(says, sizeof(says), "%s %s %lld", c->lhs, c->op, v);
		if (against)
			decline(st, "the request compares the other way: the program keeps only %s", says);
		else if (!eq && !ne && v != 0 && v != 1 && v != -1)
			/* a threshold is the request's, or a defect: never one
			 * of its own kept quietly */
			decline(st, "the program keeps only %s, a threshold the request does not give",
				says);
		return;
	}
	if (eq || ne) {
		const char *field = c->lhs;
		for (const char *p = c->lhs; *p; p++)
			if (!isalnum((unsigned char)*p) && *p != '_')
				field = p + 1;
		int cued = 0;
		size_t fl = strlen(field);
		for (int k = at - 1; k >= 0 && k >= at - 2 && !cued; k--) {
			size_t wl = r->t[k].len;
			cued = wl >= 3 && ((fl == wl && !strncasecmp(field, r->t[k].at, wl)) ||
					   (fl == wl + 1 && field[0] == 'd' &&
					    !strncasecmp(field + 1, r->t[k].at, wl)));
		}
		if (!cued) {
			free(words);
			return;
		}
		if (negated_at(r, at) != ne) {
			free(words);
			snprintf(says, sizeof(says), "%s %s %lld", c->lhs, c->op, v);
			decline(st, "the request says it the other way round: the program keeps only %s",
				says);
			return;
		}
	} else if (negated_at(r, at)) {
		free(words);
		snprintf(says, sizeof(says), "%s %s %lld", c->lhs, c->op, v);
		decline(st, "the request says the threshold the other way round: the program keeps "
			    "only %s", says);
		return;
	}
	snprintf(says, sizeof(says), "only where %s %s %s", c->lhs, c->op, c->rhs);
	add(st, key, c->text, words, says);
}

/* The predicate of a header, or NULL: between a '/' after white space
 * and the last '/'. *unread says a header that ends in '/' with no
 * predicate found that way (`kprobe:f/pid == 1/`). */
static char *predicate_of(const char *h, size_t len, int *unread)
{
	*unread = 0;
	for (size_t i = 1; i < len; i++)
		if (h[i] == '/' && isspace((unsigned char)h[i - 1])) {
			const char *end = h + len;
			while (end > h + i + 1 && end[-1] != '/')
				end--;
			return end > h + i + 1 ? strndup(h + i + 1, (size_t)(end - 1 - (h + i + 1)))
					       : NULL;
		}
	while (len && isspace((unsigned char)h[len - 1]))
		len--;
	*unread = len && h[len - 1] == '/';
	return NULL;
}

static int special(const struct probe_block *pb)
{
	const char *h = pb->header;
	size_t n = pb->header_len;
	return (n >= 5 && !strncmp(h, "BEGIN", 5) && (n == 5 || !isalnum((unsigned char)h[5]))) ||
	       (n >= 3 && !strncmp(h, "END", 3) && (n == 3 || !isalnum((unsigned char)h[3])));
}

static int count_block(void *arg, const struct probe_block *pb)
{
	struct state *st = arg;
	if (special(pb))
		return 0;
	char **more = realloc(st->keys, (size_t)(st->blocks + 1) * sizeof(*more));
	if (!more) {
		st->failed = -2;
		return 1;
	}
	st->keys = more;
	st->keys[st->blocks++] = attach_key(pb->header, pb->header_len);
	return 0;
}

/* Whether a part of a predicate that is not read names a process. */
static int names_process(const char *part)
{
	static const char *const NAMES[] = { "comm", "pid", "tid", "uid", "gid", "retval", "ret",
					     "sig", "tgid", NULL };
	if (strpbrk(part, "@$"))
		return 0; /* bookkeeping of the program's own */
	for (const char *const *n = NAMES; *n; n++)
		for (const char *p = strstr(part, *n); p; p = strstr(p + 1, *n))
			if ((p == part || !(isalnum((unsigned char)p[-1]) || p[-1] == '_')) &&
			    !(isalnum((unsigned char)p[strlen(*n)]) || p[strlen(*n)] == '_'))
				return 1;
	return 0;
}

/* Whether a conjunct of a sched_process_exit block keeps to the main
 * thread of each process (`args->pid == pid`, `pid == tid`): what
 * "processes", not threads, means. Nothing to trace to a number; never where the request
 * asks for threads or tasks. */
static int main_thread_part(const struct state *st, const char *key, const char *part)
{
	/* only at a task's exit: elsewhere (signal_generate) the same
	 * comparison says something else ("signals it sends itself") */
	if (!key || (strcmp(key, "tracepoint:sched:sched_process_exit") &&
		     strcmp(key, "t:sched:sched_process_exit")))
		return 0;
	if (!keeps_main_thread(part, strlen(part)))
		return 0;
	for (int i = 0; i < st->req->n; i++)
		if (word_in(st->req, i, (const char *const[]){ "thread", "threads", "task", "tasks",
							       "tid", "tids", NULL }))
			return 0;
	return 1;
}

/* "args->pid == tid" at signal_generate: a signal a thread gets in
 * itself, which a segfault is (the fault, in the thread that faults);
 * never of "SIGSEGV", every one sent. */
static int self_signal_part(const struct state *st, const char *key, const char *part)
{
	if (!key || (strcmp(key, "tracepoint:signal:signal_generate") &&
		     strcmp(key, "t:signal:signal_generate")) ||
	    strcmp(part, "args->pid == tid"))
		return 0;
	for (int i = 0; i < st->req->n; i++)
		if (word_in(st->req, i, (const char *const[]){ "segfault", "segfaults",
							       "segfaulted", "segfaulting",
							       "segmentation", NULL }))
			return 1;
	return 0;
}

static int read_block(void *arg, const struct probe_block *pb)
{
	struct state *st = arg;
	if (special(pb))
		return 0;
	int unread = 0;
	char *raw = predicate_of(pb->header, pb->header_len, &unread);
	if (unread)
		decline(st, "%s", "the program has a predicate that could not be read");
	char *pred = raw ? trimmed(raw, strlen(raw)) : NULL;
	free(raw);
	char *key = pred ? attach_key(pb->header, pb->header_len) : NULL;
	if (!pred || !key) {
		free(pred);
		free(key);
		return st->failed;
	}
	st->comm[0] = '\0';
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
	if (either && names_process(pred))
		decline(st, "%s", "the program keeps to a process, an id, a return value or a signal "
				  "in a predicate with || that could not be read");
	for (size_t i = 0; i < n; i++) {
		struct comparison c;
		if (either || st->failed || main_thread_part(st, key, parts[i]) ||
		    self_signal_part(st, key, parts[i])) {
		} else if (comparison_of(parts[i], &c) == 0) {
			restriction(st, key, &c);
			comparison_free(&c);
		} else if (names_process(parts[i])) {
			decline(st, "the program keeps to a process, an id, a return value or a signal in "
				    "a way that could not be read (%s)",
				parts[i]);
		}
		free(parts[i]);
	}
	free(parts);
	free(pred);
	free(key);
	return st->failed;
}

/* "by root or nginx", "by nginx or that failed": either of two things
 * kept to, which a program keeping to both would turn into "and". Not
 * "1 MB or more", "success or failure", "whether or not". */
static int either_said(const struct request *r)
{
	static const char *const AFTER[] = { "more", "larger", "bigger", "above", "longer", "higher",
					     "greater", "so", "not", "less", "fewer", "smaller",
					     "below", "shorter", "lower", "failure", "failures",
					     "success", "successes", "equal", "worse", "slower",
					     "faster", "later", "earlier", NULL };
	for (int i = 0; i < r->n; i++)
		if ((is_word(r, i, "or") && !word_in(r, i + 1, AFTER) && !is_word(r, i - 1, "whether")) ||
		    is_word(r, i, "either"))
			return 1;
	return 0;
}

int reading_obligations(const char *request, const char *program, struct obligations *out,
			char *why, size_t whylen)
{
	struct request *req = malloc(sizeof(*req));
	if (!req) {
		snprintf(why, whylen, "out of memory");
		return -1;
	}
	tokenize(request, req);
	if (req->truncated) {
		snprintf(why, whylen, "the request is longer than the %d words it reads", MAX_TOKENS);
		free(req);
		return -1;
	}
	struct state st = { .req = req, .ob = out, .why = why, .whylen = whylen };
	why[0] = '\0';
	scan_probe_blocks(program, count_block, &st);
	if (!st.failed)
		scan_probe_blocks(program, read_block, &st);
	if (!st.failed && out->n >= 2 && either_said(req)) {
		snprintf(why, whylen, "the request says \"or\", and the program keeps to %zu things "
			 "at once (all of them, not either)", out->n);
		st.failed = -1;
	}
	if (st.failed == -2)
		snprintf(why, whylen, "out of memory");
	if (st.failed)
		obligations_free(out);
	for (int i = 0; i < st.blocks; i++)
		free(st.keys[i]);
	free(st.keys);
	free(req);
	return st.failed ? -1 : 0;
}
