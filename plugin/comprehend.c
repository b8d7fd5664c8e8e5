/* SPDX-License-Identifier: Apache-2.0 */
/* The comprehension step (comprehend.h). */
#define _GNU_SOURCE
#include "comprehend.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "inject.h"

static const char PROMPT[] =
	"You read a request for a bpftrace program (bpftrace 0.17 on Linux) and a candidate "
	"program someone else wrote for it, and you write down what the request requires of "
	"the program, as conditions a symbolic verifier will prove about the candidate. "
	"Answer with one JSON object and nothing else:\n"
	"{\"obligations\": [{\"words\": \"...\", \"says\": \"...\", \"probe\": \"...\", "
	"\"condition\": \"...\"}]}\n"
	"- words: the words of the request the obligation comes from, copied exactly as the "
	"request writes them.\n"
	"- says: what the program must guarantee, in one short sentence for the user.\n"
	"- probe: the attach point(s) of the candidate's probe block where it must hold, "
	"exactly as the candidate writes them, without the /predicate/.\n"
	"- condition: one bpftrace boolean expression without side effects, over what that "
	"probe can read (args->field, retval, builtins such as pid and comm, and the "
	"candidate's $variables as they are at the end of its body). It is checked as "
	"assert(condition) at the end of the block's body, on every run that gets there. "
	"A condition about a value the program shows should name the $variable it prints "
	"with printf() (as %d, %u or %x), as it is: one over a variable the program does not "
	"print that way says nothing about its output and is not counted.\n"
	"Write only what the request asks for: the processes, files or values it names, the "
	"units and byte order it asks for, the values it asks to see. Write nothing the "
	"request does not ask for, and no condition that holds whatever the program does "
	"(1 == 1, pid == pid). Do not judge the candidate: state what the request requires; "
	"the verifier compares. An empty list is the answer when the request asks for "
	"nothing that can be checked this way.";

/* --- small text helpers -------------------------------------------------- */

static int ident(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

/* Lower case, runs of white space as one space, trimmed. */
static char *folded(const char *s, size_t len)
{
	char *out = malloc(len + 1), *o = out;
	if (!out)
		return NULL;
	int space = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (isspace(c)) {
			space = o != out;
			continue;
		}
		if (space)
			*o++ = ' ';
		space = 0;
		*o++ = (char)tolower(c);
	}
	*o = '\0';
	return out;
}

char *attach_key(const char *h, size_t len)
{
	for (size_t i = 1; i < len; i++)
		if (h[i] == '/' && isspace((unsigned char)h[i - 1])) {
			len = i;
			break;
		}
	char *out = malloc(len + 1), *o = out;
	if (!out)
		return NULL;
	for (size_t i = 0; i < len; i++)
		if (!isspace((unsigned char)h[i]))
			*o++ = h[i];
	*o = '\0';
	return out;
}

/* Whether `c` is one bpftrace expression that cannot end the assert()
 * it is put in: strings closed, parentheses balanced, no top-level comma,
 * no ';', braces, comments, preprocessor or control characters. */
static const char *not_one_expression(const char *c)
{
	int depth = 0, str = 0;
	if (!*c)
		return "it is empty";
	if (strlen(c) > 400)
		return "it is longer than 400 characters";
	for (const char *p = c; *p; p++) {
		unsigned char ch = (unsigned char)*p;
		if (ch < 0x20 || ch == 0x7f)
			return "it has a control character or a line break";
		if (str) {
			if (ch == '\\' && p[1])
				p++;
			else if (ch == '"')
				str = 0;
			continue;
		}
		if (ch == '"')
			str = 1;
		else if (ch == '(' || ch == '[')
			depth++;
		else if ((ch == ')' || ch == ']') && --depth < 0)
			return "its parentheses do not match";
		else if (ch == ';' || ch == '{' || ch == '}' || ch == '#')
			return "it is more than an expression";
		else if (ch == ',' && depth == 0)
			return "it has a comma outside parentheses";
		else if (ch == '/' && (p[1] == '/' || p[1] == '*'))
			return "it has a comment";
	}
	if (str)
		return "a string in it is not closed";
	if (depth)
		return "its parentheses do not match";
	return NULL;
}

/* The message of the k-th obligation's assert: OBLIGATION_TAG, k, a
 * mark (`nonce`, fresh for each placement, so a candidate written before
 * it cannot carry an assert that passes for the obligation, however its
 * string is spelled) and `says` as the text of a bpftrace string
 * (printable ASCII without quotes, backslashes or '%'), cut to
 * bpftrace's 63 bytes of a string literal; the user sees `says` whole. */
#define MESSAGE_MAX 63

static char *message_of(size_t k, unsigned nonce, const char *says)
{
	char *m = NULL;
	if (asprintf(&m, OBLIGATION_TAG "%zu #%04x: %s", k, nonce & 0xffffu, says) < 0)
		return NULL;
	if (strlen(m) > MESSAGE_MAX)
		memcpy(m + MESSAGE_MAX - 3, "...", 4);
	for (char *c = m; *c; c++)
		if ((unsigned char)*c < 0x20 || (unsigned char)*c >= 0x7f || *c == '"' ||
		    *c == '\\' || *c == '%')
			*c = ' ';
	return m;
}

/* Whether `words` (folded) occur in `text` (folded) as whole words. */
static int has_words(const char *text, const char *words)
{
	size_t n = strlen(words);
	if (n < 2)
		return 0;
	for (const char *p = text; (p = strstr(p, words)) != NULL; p++)
		if ((p == text || !isalnum((unsigned char)p[-1])) &&
		    !isalnum((unsigned char)p[n]))
			return 1;
	return 0;
}

const char *lexeme_end(const char *p, const char *end)
{
	if (*p == '"') {
		for (p++; p < end && *p != '"'; p++)
			if (*p == '\\' && p + 1 < end)
				p++;
		return p < end ? p + 1 : end;
	}
	if (p + 1 < end && p[0] == '/' && p[1] == '/') {
		while (p < end && *p != '\n')
			p++;
		return p;
	}
	if (p + 1 < end && p[0] == '/' && p[1] == '*') {
		for (p += 2; p + 1 < end && !(p[0] == '*' && p[1] == '/'); p++)
			;
		return p + 1 < end ? p + 2 : end;
	}
	return NULL;
}

/* --- the answer ------------------------------------------------------- */

static const char *text_of(const cJSON *o, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
	return cJSON_IsString(v) && v->valuestring ? v->valuestring : NULL;
}

static void drop(FILE *why, size_t i, const char *reason)
{
	if (why)
		fprintf(why, "obligation %zu: %s\n", i + 1, reason);
}

/* One element of the answer's list into ob, or a reason to leave it out. */
static void take(const cJSON *o, size_t i, const char *request, struct obligations *ob, FILE *why)
{
	const char *words = text_of(o, "words"), *says = text_of(o, "says");
	const char *probe = text_of(o, "probe"), *condition = text_of(o, "condition");
	if (!words || !says || !probe || !condition) {
		drop(why, i, "it lacks one of words, says, probe and condition (strings)");
		return;
	}
	char *w = folded(words, strlen(words)), *r = folded(request, strlen(request));
	int found = w && r && has_words(r, w);
	free(w);
	free(r);
	if (!found) {
		drop(why, i, "its words are not words of the request");
		return;
	}
	const char *bad = not_one_expression(condition);
	if (bad) {
		if (why)
			fprintf(why, "obligation %zu: its condition is not one expression: %s\n", i + 1,
				bad);
		return;
	}
	if (!*says) {
		drop(why, i, "it does not say what it requires");
		return;
	}
	char *key = attach_key(probe, strlen(probe));
	for (size_t k = 0; key && k < ob->n; k++)
		if (!strcmp(ob->v[k].probe, key) && !strcmp(ob->v[k].condition, condition)) {
			if (why)
				fprintf(why, "obligation %zu: it repeats obligation %zu\n", i + 1, k + 1);
			free(key);
			return;
		}
	free(key);
	struct obligation *more = realloc(ob->v, (ob->n + 1) * sizeof(*more));
	if (!more)
		return;
	ob->v = more;
	struct obligation *n = &ob->v[ob->n];
	*n = (struct obligation){ .words = strdup(words), .says = strdup(says),
				  .probe = attach_key(probe, strlen(probe)),
				  .condition = strdup(condition),
				  .message = message_of(ob->n + 1, 0, says) };
	if (n->words && n->says && n->probe && n->condition && n->message)
		ob->n++;
	else {
		free(n->words);
		free(n->says);
		free(n->probe);
		free(n->condition);
		free(n->message);
	}
}

int obligations_parse(const char *answer, const char *request, struct obligations *out,
		      char **error)
{
	memset(out, 0, sizeof(*out));
	*error = NULL;
	const char *open = answer ? strchr(answer, '{') : NULL;
	const char *close = answer ? strrchr(answer, '}') : NULL;
	cJSON *doc = open && close > open ? cJSON_ParseWithLength(open, (size_t)(close - open + 1))
					  : NULL;
	const cJSON *list = doc ? cJSON_GetObjectItemCaseSensitive(doc, "obligations") : NULL;
	if (!cJSON_IsArray(list)) {
		cJSON_Delete(doc);
		*error = strdup("the answer is not a JSON object with an \"obligations\" list");
		return -1;
	}
	size_t len = 0;
	FILE *why = open_memstream(&out->dropped, &len);
	size_t i = 0;
	const cJSON *o;
	cJSON_ArrayForEach(o, list)
	{
		if (cJSON_IsObject(o))
			take(o, i, request, out, why);
		else
			drop(why, i, "it is not a JSON object");
		i++;
	}
	if (why)
		fclose(why);
	if (out->dropped && !*out->dropped) {
		free(out->dropped);
		out->dropped = NULL;
	}
	cJSON_Delete(doc);
	return 0;
}

/* --- removing the candidate's own contracts --------------------------- */

/* The end of the statement `assert(...)`/`assume(...)` whose name starts
 * at p (with its ';' and the white space before it), or NULL. */
static const char *contract_end(const char *p, const char *end)
{
	size_t n = !strncmp(p, "assert", 6) || !strncmp(p, "assume", 6) ? 6 : 0;
	if (!n || ident(p[n]))
		return NULL;
	const char *q = p + n;
	while (isspace((unsigned char)*q))
		q++;
	if (*q != '(')
		return NULL;
	int depth = 0;
	while (q < end) {
		const char *skip = lexeme_end(q, end);
		if (skip) {
			q = skip;
			continue;
		}
		if (*q == '(')
			depth++;
		else if (*q == ')' && --depth == 0)
			break;
		q++;
	}
	if (q >= end)
		return NULL;
	q++;
	const char *s = q;
	while (*s == ' ' || *s == '\t')
		s++;
	return *s == ';' ? s + 1 : q;
}

unsigned obligation_message_used(const char *program)
{
	size_t tag = strlen(OBLIGATION_TAG);
	unsigned line = 1;
	for (const char *p = program; *p; p++) {
		line += *p == '\n';
		if (*p == '"' && !strncmp(p + 1, OBLIGATION_TAG, tag) &&
		    isdigit((unsigned char)p[1 + tag]))
			return line;
	}
	return 0;
}

char *contracts_stripped(const char *program)
{
	size_t len = strlen(program);
	const char *end = program + len;
	char *out = malloc(len + 1), *o = out;
	if (!out)
		return NULL;
	for (const char *p = program; *p;) {
		const char *skip = lexeme_end(p, end); /* strings and comments, copied */
		if (!skip && (p == program || !ident(p[-1])) && (skip = contract_end(p, end))) {
			p = skip; /* a contract, left out */
			/* and its line, when nothing else was on it */
			char *line = o;
			while (line > out && (line[-1] == ' ' || line[-1] == '\t'))
				line--;
			const char *rest = p;
			while (*rest == ' ' || *rest == '\t')
				rest++;
			if ((line == out || line[-1] == '\n') && (*rest == '\n' || !*rest)) {
				o = line;
				p = *rest ? rest + 1 : rest;
			}
			continue;
		}
		if (!skip)
			skip = p + 1;
		memcpy(o, p, (size_t)(skip - p));
		o += skip - p;
		p = skip;
	}
	*o = '\0';
	return out;
}

/* --- placing obligations ---------------------------------------------- */

/* The next name in [p, end) outside strings, comments and numbers, with
 * its sigil (`$v`, `@m`, `exit`), or NULL at the end; *len is its length.
 * *member is set for a name after `.` or `->` on its line (a field, not a
 * keyword). */
static const char *next_name(const char *p, const char *end, const char *text, size_t *len,
			     int *member)
{
	while (p < end) {
		const char *skip = lexeme_end(p, end);
		if (skip) {
			p = skip;
			continue;
		}
		int sigil = (*p == '$' || *p == '@') && p + 1 < end && ident(p[1]);
		if (!sigil && !ident(*p)) {
			p++;
			continue;
		}
		const char *q = p + 1;
		while (q < end && ident(*q))
			q++;
		if (isdigit((unsigned char)*p)) { /* a number, 0x10 and all */
			p = q;
			continue;
		}
		/* back over blanks of this line only: a comment ending in '.'
		 * on the line before is no member access (were it taken for
		 * one, an exit or a loop would be missed: unsound) */
		const char *b = p;
		while (b > text && (b[-1] == ' ' || b[-1] == '\t'))
			b--;
		*member = b > text && (b[-1] == '.' || (b[-1] == '>' && b - 1 > text && b[-2] == '-'));
		*len = (size_t)(q - p);
		return p;
	}
	return NULL;
}

static int is_word(const char *name, size_t len, const char *word)
{
	return strlen(word) == len && !strncmp(name, word, len);
}

/* How many times the block assigns the variable `v` (`$v = `, `$v += `,
 * `$v++`, `++$v`, ...). */
static unsigned assignments(const char *program, const struct probe_block *pb, const char *v,
			    size_t vlen)
{
	unsigned n = 0;
	size_t len;
	int member;
	const char *end = program + pb->close;
	for (const char *p = program + pb->open + 1;
	     (p = next_name(p, end, program, &len, &member)); p += len) {
		if (len != vlen || strncmp(p, v, len) != 0)
			continue;
		const char *before = p - 1, *q = p + len;
		while (before > program && isspace((unsigned char)*before))
			before--;
		while (q < end && isspace((unsigned char)*q))
			q++;
		int pre = (before[0] == '+' && before[-1] == '+') || (before[0] == '-' && before[-1] == '-');
		int post = (q[0] == '+' && q[1] == '+') || (q[0] == '-' && q[1] == '-');
		int assign = (q[0] == '=' && q[1] != '=') ||
			     (strchr("+-*/%&|^", q[0]) && q[0] && q[1] == '=') ||
			     ((!strncmp(q, "<<", 2) || !strncmp(q, ">>", 2)) && q[2] == '=');
		n += pre || post || assign;
	}
	return n;
}

/* Whether the block has a loop (`while`, `unroll`, `for`), which may
 * assign a variable many times from one assignment in its text. */
static int loops(const char *program, const struct probe_block *pb)
{
	size_t len;
	int member;
	const char *end = program + pb->close;
	for (const char *p = program + pb->open + 1;
	     (p = next_name(p, end, program, &len, &member)); p += len)
		if (!member && (is_word(p, len, "while") || is_word(p, len, "unroll") ||
				is_word(p, len, "for")))
			return 1;
	return 0;
}

/* A test of a variable v (len bytes) in a block of `program` (its
 * comments blanked; `text` as written, at the same offsets). */
typedef int (*variable_test)(const char *program, const char *text, const struct probe_block *pb,
			     const char *v, size_t len);

/* Whether `test` holds of some `$` variable of `condition` in the block. */
static int any_variable(const char *program, const char *text, const struct probe_block *pb,
			const char *condition, variable_test test)
{
	size_t len;
	int member;
	const char *end = condition + strlen(condition);
	for (const char *p = condition; (p = next_name(p, end, condition, &len, &member)); p += len)
		if (*p == '$' && !isdigit((unsigned char)p[1]) && test(program, text, pb, p, len))
			return 1;
	return 0;
}

/* Whether the block assigns v more than once (or in a loop). */
static int assigned_again(const char *program, const char *text, const struct probe_block *pb,
			  const char *v, size_t len)
{
	(void)text;
	return assignments(program, pb, v, len) > 1 || loops(program, pb);
}

/* Whether a variable of `condition` is assigned more than once in the
 * block: its value at an exit may not be the one the program used. */
static int reassigned(const char *program, const struct probe_block *pb, const char *condition)
{
	return any_variable(program, NULL, pb, condition, assigned_again);
}

/* A block's attach points as the host's parse names them: each of
 * `key` (attach_key()'s form) with its kind's alias written out
 * ("t:a:b,k:f" is "tracepoint:a:b,kprobe:f"). NULL when out of memory. */
static char *canonical_probe(const char *key)
{
	static const char *const ALIAS[][2] = {
		{ "k", "kprobe" },     { "kr", "kretprobe" }, { "u", "uprobe" },
		{ "ur", "uretprobe" }, { "U", "usdt" },	      { "t", "tracepoint" },
		{ "p", "profile" },    { "i", "interval" },   { "s", "software" },
		{ "h", "hardware" },   { "w", "watchpoint" }, { "aw", "asyncwatchpoint" },
		{ "f", "kfunc" },      { "fr", "kretfunc" },  { "it", "iter" },
	};
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);
	if (!f)
		return NULL;
	for (const char *p = key; *p;) {
		size_t n = strcspn(p, ",");
		size_t kind = strcspn(p, ":,");
		const char *full = NULL;
		for (size_t a = 0; kind < n && a < sizeof(ALIAS) / sizeof(ALIAS[0]); a++)
			if (strlen(ALIAS[a][0]) == kind && !strncmp(p, ALIAS[a][0], kind))
				full = ALIAS[a][1];
		if (full)
			fprintf(f, "%s%.*s", full, (int)(n - kind), p + kind);
		else
			fprintf(f, "%.*s", (int)n, p);
		p += n;
		if (*p == ',')
			fputc(*p++, f);
	}
	fclose(f);
	return out;
}

/* Whether the printf() whose '(' is at `open` (in `blank`, the program
 * with comments and strings' insides blanked; `text` the program as
 * written, at the same offsets) prints v (len bytes) as it is: v is a
 * whole argument whose specifier in the format (a plain string) is a
 * integer one that prints its type as it is (specifier_fits(): %d, %u,
 * %x or %X, with a '-', a width and l or ll at most, no precision). The specifiers are counted as bpftrace
 * 0.17 finds them (`%-?[0-9]*(\.[0-9]+)?TYPE`, TYPE one of its
 * printf_format_types), and must be as many as the arguments after the
 * format. A format with a '%' that starts no specifier ("%%", "%-%d",
 * "% .0s": bpftrace's regex skips it, but each piece of the format goes
 * whole to snprintf(), which acts on it) or with an escape that could
 * make a '%' (\x25, \045) is not read. */
/* Whether a specifier (its length: LENGTHS[l]; its conversion; with a
 * precision or not) prints an integer of bpftrace's type `type` as it
 * is. bpftrace hands snprintf() 64 bits whatever the type: %d reads 32
 * of them, signed; %u and %x 32, unsigned; with l or ll all 64. NULL
 * `type`: only whether it can, for some type. */
static int specifier_fits(const char *type, size_t l, char conv, int precision)
{
	int longs = l == 2 || l == 3; /* ll, l */
	if (precision || !(longs || l == 7) || !conv || !strchr("duxX", conv))
		return 0;
	if (!type)
		return 1;
	int sign;
	long width;
	if (!strncmp(type, "unsigned int", 12)) {
		sign = 0;
		width = strtol(type + 12, NULL, 10);
	} else if (!strncmp(type, "int", 3)) {
		sign = 1;
		width = strtol(type + 3, NULL, 10);
	} else {
		return 0;
	}
	if (width < 8 || width > 64)
		return 0;
	if (conv == 'd')
		return longs ? sign || width <= 32 : (sign ? width <= 32 : width <= 16);
	return !sign && (longs || width <= 32);
}

static int printf_shows(const char *blank, const char *text, const char *open, const char *end,
			const char *v, size_t len, const char *type)
{
	/* the arguments: spans between top-level commas */
	const char *args[32][2];
	size_t n = 0;
	int depth = 0;
	const char *from = open + 1, *p = open + 1;
	for (; p < end; p++) {
		if (*p == '(' || *p == '[')
			depth++;
		else if ((*p == ')' || *p == ']') && depth-- == 0)
			break;
		if ((*p == ',' && depth == 0) || (*p == ')' && depth < 0)) {
			if (n == 32)
				return 0;
			args[n][0] = from;
			args[n++][1] = p;
			from = p + 1;
		}
	}
	if (p >= end || n == 32)
		return 0;
	args[n][0] = from;
	args[n++][1] = p;
	for (size_t k = 0; k < n; k++) {
		while (args[k][0] < args[k][1] && isspace((unsigned char)*args[k][0]))
			args[k][0]++;
		while (args[k][1] > args[k][0] && isspace((unsigned char)args[k][1][-1]))
			args[k][1]--;
	}
	/* the format: one string literal, as written */
	const char *f = text + (args[0][0] - blank), *f_end = text + (args[0][1] - blank);
	if (f_end - f < 2 || *f != '"' || f_end[-1] != '"')
		return 0;
	for (const char *q = f + 1; q < f_end - 1; q++) {
		if (*q == '\\' && (q[1] == 'x' || q[1] == 'X' || isdigit((unsigned char)q[1])))
			return 0; /* an escape that could make a '%' */
		if (*q == '\\') {
			q++; /* \n, \t, \r, \", \\ */
			continue;
		}
		if (*q == '"')
			return 0; /* two literals, or more */
		if (q[0] == '%' && q[1] == '%')
			return 0;
	}
	static const char *const LENGTHS[] = { "hh", "h", "ll", "l", "j", "z", "t", "" };
	size_t spec = 0;
	int shown = 0;
	const char *last = f_end - 1;
	for (const char *q = f + 1; q < last; q++) {
		if (*q != '%')
			continue;
		const char *t = q + 1;
		t += t < last && *t == '-';
		while (t < last && isdigit((unsigned char)*t))
			t++;
		int precision = t + 1 < last && *t == '.' && isdigit((unsigned char)t[1]);
		if (precision)
			for (t++; t < last && isdigit((unsigned char)*t); t++)
				;
		/* the type: a length and d, u, o, x, X or p; or s, r or c */
		size_t l = 0;
		while (strncmp(t, LENGTHS[l], strlen(LENGTHS[l])) ||
		       !(t + strlen(LENGTHS[l]) < last && strchr("duoxXp", t[strlen(LENGTHS[l])])))
			if (!*LENGTHS[++l])
				break;
		int integer = t + strlen(LENGTHS[l]) < last &&
			      strchr("duoxXp", t[strlen(LENGTHS[l])]) != NULL;
		if (!integer && !(t < last && strchr("src", *t)))
			return 0; /* bpftrace's regex skips it, snprintf() does not: "%-%d" */
		spec++;
		char conv = integer ? t[strlen(LENGTHS[l])] : 0;
		int full = integer && specifier_fits(type, l, conv, precision);
		if (spec < n && full && (size_t)(args[spec][1] - args[spec][0]) == len &&
		    !strncmp(args[spec][0], v, len))
			shown = 1;
		q = t;
	}
	return shown && spec == n - 1;
}

/* Whether the block prints the variable v (len bytes) as it is in every
 * run that reaches its end: in a printf() that is a statement of the
 * block's body itself (not inside an if, a loop or an unroll), as
 * printf_shows() says. Maps and aggregations do not count: what they
 * show depends on what else writes, reads, clears or deletes them, and
 * an aggregation (a histogram's bucket, a sum) loses the value. `blank`
 * is the program with its comments and strings' insides blanked, `text`
 * as written. */
static int outputs_variable(const char *blank, const char *text, const struct probe_block *pb,
			    const char *v, size_t len, const char *type)
{
	const char *start = blank + pb->open + 1, *end = blank + pb->close;
	int depth = 0;
	for (const char *p = start; p < end; p++) {
		if (*p == '{')
			depth++;
		else if (*p == '}')
			depth--;
		if (depth != 0 || strncmp(p, "printf", 6))
			continue;
		/* a statement of its own: after the body's '{', a ';' or a '}' */
		const char *b = p;
		while (b > start && isspace((unsigned char)b[-1]))
			b--;
		if (b > start && !strchr(";{}", b[-1]))
			continue;
		const char *o = p + 6;
		while (o < end && isspace((unsigned char)*o))
			o++;
		if (o < end && *o == '(' && printf_shows(blank, text, o, end, v, len, type))
			return 1;
	}
	return 0;
}

static int not_output(const char *program, const char *text, const struct probe_block *pb,
		      const char *v, size_t len)
{
	return !outputs_variable(program, text, pb, v, len, NULL);
}

/* Whether the block prints every `$` variable of `condition`. */
static int outputs_all(const char *program, const char *text, const struct probe_block *pb,
		       const char *condition)
{
	return !any_variable(program, text, pb, condition, not_output);
}

struct reassigned_state {
	const char *text;    /* the program as written */
	const char *program; /* comments and strings' insides blanked */
	struct obligations *ob;
	size_t *matched; /* per obligation, the blocks of its probe scanned */
};

/* Each obligation of this block: `reassigned` when a variable of it is;
 * `unshown` when one is not what the block prints. */
static int reassigned_block(void *arg, const struct probe_block *pb)
{
	struct reassigned_state *st = arg;
	char *key = attach_key(pb->header, pb->header_len);
	char *canon = key ? canonical_probe(key) : NULL;
	for (size_t i = 0; canon && i < st->ob->n; i++) {
		char *theirs = canonical_probe(st->ob->v[i].probe);
		if (theirs && !strcmp(theirs, canon)) {
			st->matched[i]++;
			if (reassigned(st->program, pb, st->ob->v[i].condition))
				st->ob->v[i].reassigned = 1;
			if (!outputs_all(st->program, st->text, pb, st->ob->v[i].condition))
				st->ob->v[i].unshown = 1;
		}
		free(theirs);
	}
	free(canon);
	free(key);
	return 0;
}

/* `program` with each comment written as spaces (its line breaks kept)
 * and each string's inside too (its quotes kept), so that what stands
 * beside a name is read past comments, and brackets are counted outside
 * strings; the same length, so offsets into the program hold. NULL when
 * out of memory. */
static char *blanked(const char *program)
{
	size_t len = strlen(program);
	char *out = strdup(program);
	const char *end = program + len;
	for (const char *p = program; out && p < end;) {
		const char *skip = lexeme_end(p, end);
		if (!skip) {
			p++;
			continue;
		}
		int comment = *p == '/';
		for (const char *q = p + !comment; q < skip - !comment; q++)
			if (*q != '\n')
				out[q - program] = ' ';
		p = skip;
	}
	return out;
}

/* Sets each obligation's `reassigned`; `placed[i]` is how many blocks
 * obligation i went into. One whose blocks the scan of the text does not
 * find, all of them, is judged over the whole program (each variable's
 * assignments counted in every block): more often reassigned, never
 * less. */
static void mark_reassigned(const char *program, struct obligations *ob, const size_t *placed)
{
	char *blank = blanked(program);
	struct reassigned_state st = { .text = program, .program = blank ? blank : program, .ob = ob,
				       .matched = calloc(ob->n ? ob->n : 1, sizeof(size_t)) };
	if (st.matched && blank)
		scan_probe_blocks(program, reassigned_block, &st);
	/* the whole program as one block: its text in braces */
	char *whole_text = NULL;
	if (asprintf(&whole_text, "{%s}", st.program) < 0)
		whole_text = NULL;
	struct probe_block whole = { .open = 0,
				     .close = whole_text ? strlen(whole_text) - 1 : 0 };
	for (size_t i = 0; i < ob->n; i++) {
		int judge_whole = !blank || !st.matched || st.matched[i] != placed[i];
		if (judge_whole && (!whole_text || reassigned(whole_text, &whole,
							      ob->v[i].condition)))
			ob->v[i].reassigned = 1;
		/* whether it is shown is known only block by block */
		if (judge_whole)
			ob->v[i].unshown = 1;
	}
	free(whole_text);
	free(st.matched);
	free(blank);
}

struct typed_state {
	const char *text, *blank;
	const struct obligation *o;
	size_t block, matched;
	int shown;
	const char *(*type_of)(void *arg, size_t block, const char *v, size_t len);
	void *arg;
};

static int typed_block(void *arg, const struct probe_block *pb)
{
	struct typed_state *st = arg;
	size_t block = st->block++;
	char *key = attach_key(pb->header, pb->header_len);
	char *canon = key ? canonical_probe(key) : NULL;
	char *theirs = canon ? canonical_probe(st->o->probe) : NULL;
	if (!theirs)
		st->shown = 0;
	else if (!strcmp(theirs, canon)) {
		st->matched++;
		const char *p = st->o->condition, *end = p + strlen(p);
		size_t len;
		int member;
		for (; (p = next_name(p, end, st->o->condition, &len, &member)); p += len) {
			if (*p != '$' || isdigit((unsigned char)p[1]))
				continue;
			const char *type = st->type_of(st->arg, block, p, len);
			if (!type || !outputs_variable(st->blank, st->text, pb, p, len, type))
				st->shown = 0;
		}
	}
	free(theirs);
	free(canon);
	free(key);
	return 0;
}

int obligation_shown_typed(const char *program, const struct obligation *o, size_t n_blocks,
			   const char *(*type_of)(void *arg, size_t block, const char *v,
						  size_t len),
			   void *arg)
{
	char *blank = blanked(program);
	struct typed_state st = { .text = program, .blank = blank, .o = o, .shown = 1,
				  .type_of = type_of, .arg = arg };
	if (blank)
		scan_probe_blocks(program, typed_block, &st);
	free(blank);
	return blank && st.shown && st.block == n_blocks && st.matched > 0;
}

int obligations_insert(const char *program, const char *const *blocks, size_t n_blocks,
		       struct obligations *ob, struct bt_insert **out, size_t *n_out,
		       char **error)
{
	*out = NULL;
	*n_out = 0;
	*error = NULL;
	unsigned nonce = 0;
	if (getrandom(&nonce, sizeof(nonce), 0) != (ssize_t)sizeof(nonce))
		nonce = (unsigned)time(NULL) ^ (unsigned)getpid();
	struct bt_insert *ins = calloc(ob->n * (n_blocks ? n_blocks : 1) + 1, sizeof(*ins));
	size_t *placed = calloc(ob->n + 1, sizeof(*placed));
	if (!ins || !placed)
		goto oom;
	for (size_t i = 0; i < ob->n; i++)
		ob->v[i].reassigned = ob->v[i].tautology = ob->v[i].evidence = ob->v[i].proven =
			ob->v[i].foreign_types = ob->v[i].unshown = 0;
	size_t n = 0;
	for (size_t i = 0; i < ob->n; i++) {
		struct obligation *o = &ob->v[i];
		char *m = message_of(i + 1, nonce, o->says), *origin = NULL;
		if (!m || asprintf(&origin, "request %zu (\"%s\")", i + 1, o->words) < 0) {
			free(m);
			goto oom;
		}
		free(o->message);
		free(o->origin);
		o->message = m;
		o->origin = origin;
		char *key = canonical_probe(o->probe);
		if (!key)
			goto oom;
		size_t before = n;
		for (size_t b = 0; b < n_blocks; b++)
			if (!strcmp(blocks[b], key))
				ins[n++] = (struct bt_insert){ .probe = b, .kind = BT_CONTRACT_ASSERT,
							       .place = BT_INSERT_END,
							       .condition = o->condition,
							       .message = o->message,
							       .origin = o->origin, .tag = (int)i,
							       .block = blocks[b] };
		free(key);
		placed[i] = n - before;
		if (n == before) {
			if (asprintf(error, "obligation %zu (\"%s\") is for the probe %s, which the "
					    "program does not have", i + 1, o->words, o->probe) < 0)
				*error = NULL;
			free(ins);
			free(placed);
			return -1;
		}
	}
	mark_reassigned(program, ob, placed);
	free(placed);
	*out = ins;
	*n_out = n;
	return 0;
oom:
	free(ins);
	free(placed);
	*error = strdup("out of memory placing the obligations");
	return -1;
}

/* --- the call --------------------------------------------------------- */

int comprehend(const struct llm_config *cfg, const char *request, const char *candidate,
	       const char *context, const char *retry, struct obligations *out, char **error)
{
	memset(out, 0, sizeof(*out));
	*error = NULL;
	char *stripped = contracts_stripped(candidate);
	char *question = NULL;
	if (!stripped ||
	    asprintf(&question,
		     "The request:\n%s\n\nThe candidate (its own assert and assume statements "
		     "removed):\n```bpftrace\n%s\n```\n%s%s%s%s",
		     request, stripped, context ? "\nWhat its probes read:\n" : "",
		     context ? context : "",
		     retry ? "\n\nYour last obligations could not be used, write them again:\n" : "",
		     retry ? retry : "") < 0) {
		free(stripped);
		*error = strdup("out of memory");
		return -1;
	}
	free(stripped);
	struct llm_message msgs[] = { { "system", PROMPT }, { "user", question } };
	struct llm_reply reply;
	int rc = llm_chat(cfg, msgs, 2, &reply);
	free(question);
	if (rc != 0) {
		*error = reply.error ? strdup(reply.error) : strdup("the model did not answer");
		llm_reply_free(&reply);
		return -1;
	}
	rc = obligations_parse(reply.content, request, out, error);
	llm_reply_free(&reply);
	return rc;
}

void obligations_free(struct obligations *ob)
{
	for (size_t i = 0; i < ob->n; i++) {
		free(ob->v[i].words);
		free(ob->v[i].says);
		free(ob->v[i].probe);
		free(ob->v[i].condition);
		free(ob->v[i].message);
		free(ob->v[i].origin);
	}
	free(ob->v);
	free(ob->dropped);
	memset(ob, 0, sizeof(*ob));
}
