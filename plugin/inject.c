/* SPDX-License-Identifier: Apache-2.0 */
#include "inject.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

struct strbuf {
	char *s;
	size_t len, cap;
};

static int sb_add(struct strbuf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 256;
		while (cap < b->len + n + 1)
			cap *= 2;
		char *p = realloc(b->s, cap);
		if (!p)
			return -ENOMEM;
		b->s = p;
		b->cap = cap;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
	return 0;
}

/* "t:cat:ev" -> "tracepoint:cat:ev", "k:f" -> "kprobe:f"; NULL when the
 * attach point cannot carry dataset facts (wildcards, other kinds). */
static char *normalize(const char *ap, size_t n)
{
	static const struct {
		const char *alias, *full;
	} kinds[] = {
		{ "tracepoint:", "tracepoint:" }, { "t:", "tracepoint:" },
		{ "kretprobe:", "kretprobe:" },   { "kr:", "kretprobe:" },
		{ "kprobe:", "kprobe:" },         { "k:", "kprobe:" },
	};
	if (memchr(ap, '*', n) || memchr(ap, '?', n) || memchr(ap, '[', n))
		return NULL;
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		size_t al = strlen(kinds[i].alias);
		if (n > al && !strncmp(ap, kinds[i].alias, al)) {
			size_t fl = strlen(kinds[i].full);
			char *out = malloc(fl + n - al + 1);
			if (!out)
				return NULL;
			memcpy(out, kinds[i].full, fl);
			memcpy(out + fl, ap + al, n - al);
			out[fl + n - al] = '\0';
			return out;
		}
	}
	return NULL;
}

/* The attach points of a probe header: up to the predicate ("/ ... /").
 * Returns how many were found, or -1 if one cannot carry facts. */
static int attach_points(const char *h, size_t n, char **out, int max)
{
	int count = 0;
	size_t i = 0;
	while (i < n) {
		while (i < n && (isspace((unsigned char)h[i]) || h[i] == ','))
			i++;
		if (i >= n || h[i] == '/')
			break;
		size_t start = i;
		while (i < n && !isspace((unsigned char)h[i]) && h[i] != ',')
			i++;
		if (count == max)
			return -1;
		char *ap = normalize(h + start, i - start);
		if (!ap)
			return -1;
		out[count++] = ap;
	}
	return count;
}

static int add_fact(struct injected *inj, const char *hook, const struct contract_fact *f)
{
	struct injected_fact *p = realloc(inj->facts, (inj->n_facts + 1) * sizeof(*p));
	if (!p)
		return -ENOMEM;
	inj->facts = p;
	p[inj->n_facts].hook = strdup(hook);
	p[inj->n_facts].fact = f;
	return p[inj->n_facts++].hook ? 0 : -ENOMEM;
}

/* The text to insert for one probe: the facts of the first attach point
 * that every other attach point has too. */
static int facts_for(struct injected *inj, const struct contracts *db, char **aps,
		     int n_aps, struct strbuf *text)
{
	size_t n0;
	const struct contract_fact *f0 = contracts_lookup(db, aps[0], &n0);
	struct strbuf hooks = { 0 };
	for (int a = 0; a < n_aps; a++) {
		if (a && sb_add(&hooks, ",", 1))
			return -ENOMEM;
		if (sb_add(&hooks, aps[a], strlen(aps[a])))
			return -ENOMEM;
	}
	int err = 0;
	for (size_t i = 0; i < n0 && !err; i++) {
		if (f0[i].implied_by_type)
			continue; /* adds nothing to a proof */
		if (f0[i].conventional && !contracts_conventional_assumed(db))
			continue; /* a process can break it: only on request */
		int shared = 1;
		for (int a = 1; a < n_aps && shared; a++) {
			size_t n;
			const struct contract_fact *f = contracts_lookup(db, aps[a], &n);
			shared = 0;
			for (size_t j = 0; j < n; j++)
				shared |= !strcmp(f[j].expr, f0[i].expr);
		}
		if (!shared)
			continue;
		err = sb_add(text, " assume(", 8) ||
		      sb_add(text, f0[i].expr, strlen(f0[i].expr)) || sb_add(text, ");", 2);
		if (!err)
			err = add_fact(inj, hooks.s ? hooks.s : "", &f0[i]);
	}
	free(hooks.s);
	return err ? -ENOMEM : 0;
}

/* The header program[from, to) with each comment and preprocessor line
 * as one space (strings kept); *commented: whether there was one. */
static char *clean_header(const char *program, size_t from, size_t to, int *commented)
{
	char *out = malloc(to - from + 1);
	size_t n = 0;
	*commented = 0;
	if (!out)
		return NULL;
	for (size_t i = from; i < to; i++) {
		char c = program[i], next = i + 1 < to ? program[i + 1] : '\0';
		if (c == '"') {
			out[n++] = program[i++];
			for (; i < to && program[i] != '"'; i++) {
				if (program[i] == '\\' && i + 1 < to)
					out[n++] = program[i++];
				out[n++] = program[i];
			}
			if (i < to)
				out[n++] = program[i];
		} else if ((c == '/' && (next == '/' || next == '*')) ||
			   (c == '#' && (i == 0 || program[i - 1] == '\n'))) {
			*commented = 1;
			if (c == '/' && next == '*') {
				for (i += 2; i + 1 < to && !(program[i] == '*' && program[i + 1] == '/'); i++)
					;
				i++;
			} else {
				while (i + 1 < to && program[i + 1] != '\n')
					i++;
			}
			out[n++] = ' ';
		} else {
			out[n++] = c;
		}
	}
	out[n] = '\0';
	return out;
}

int scan_probe_blocks(const char *program, probe_block_fn fn, void *arg)
{
	unsigned line = 1, col = 1;
	int depth = 0, err = 0;
	const char *header = NULL;
	size_t open_at = 0, len = strlen(program);
	unsigned open_line = 0, open_col = 0;
	for (size_t i = 0; i < len && !err; i++) {
		char c = program[i];
		char next = i + 1 < len ? program[i + 1] : '\0';
		if (c == '"') { /* a string: skip to its end */
			for (i++, col++; i < len && program[i] != '"'; i++, col++) {
				if (program[i] == '\\' && i + 1 < len) {
					i++;
					col++;
				}
				if (program[i] == '\n') {
					line++;
					col = 0;
				}
			}
		} else if (c == '/' && next == '/') {
			while (i + 1 < len && program[i + 1] != '\n')
				i++;
		} else if (c == '/' && next == '*') {
			for (i += 2, col += 2; i + 1 < len && !(program[i] == '*' && program[i + 1] == '/'); i++, col++)
				if (program[i] == '\n') {
					line++;
					col = 0;
				}
			i++;
			col++;
		} else if (c == '#' && depth == 0 && col == 1) { /* preprocessor */
			while (i + 1 < len && program[i + 1] != '\n')
				i++;
		} else if (depth == 0 && !header && !isspace((unsigned char)c)) {
			header = program + i;
		}
		if (i >= len)
			break;
		/* What was skipped (a comment's last character, a string's
		 * closing quote) is no brace. */
		c = program[i] == '{' || program[i] == '}' ? (c == program[i] ? c : ' ') : program[i];
		if (c == '{') {
			if (depth == 0) {
				open_at = i;
				open_line = line;
				open_col = col;
			}
			depth++;
		} else if (c == '}' && depth > 0) {
			if (--depth == 0 && header) {
				int skip = !strncmp(header, "struct", 6) || !strncmp(header, "union", 5) ||
					   !strncmp(header, "enum", 4);
				int commented = 0;
				size_t at = (size_t)(header - program);
				char *clean = skip ? NULL : clean_header(program, at, open_at, &commented);
				if (!skip && !clean)
					err = -ENOMEM;
				else if (!skip)
					err = fn(arg, &(struct probe_block){
						.header = clean, .header_len = strlen(clean),
						.header_at = at, .header_commented = commented,
						.open = open_at, .close = i,
						.open_line = open_line, .open_column = open_col });
				free(clean);
			}
			if (depth == 0)
				header = NULL;
		}
		if (c == '\n') {
			line++;
			col = 1;
		} else {
			col++;
		}
	}
	return err;
}

struct inject_state {
	const char *program;
	const struct contracts *db;
	struct injected *out;
	struct strbuf b;
	size_t copied;
};

static int inject_block(void *arg, const struct probe_block *pb)
{
	struct inject_state *st = arg;
	char *aps[16];
	int n = attach_points(pb->header, pb->header_len, aps, 16);
	struct strbuf text = { 0 };
	int err = 0;
	if (n > 0)
		err = facts_for(st->out, st->db, aps, n, &text);
	for (int a = 0; a < n; a++)
		free(aps[a]);
	if (!err && text.len) {
		err = sb_add(&st->b, st->program + st->copied, pb->open + 1 - st->copied) ||
		      sb_add(&st->b, text.s, text.len);
		st->copied = pb->open + 1;
		struct injection *at = realloc(st->out->at, (st->out->n_at + 1) * sizeof(*at));
		if (!at)
			err = -ENOMEM;
		else {
			st->out->at = at;
			at[st->out->n_at++] = (struct injection){ pb->open_line, pb->open_column + 1,
								   text.len };
		}
	}
	free(text.s);
	return err ? -ENOMEM : 0;
}

int inject_contracts(const char *program, const struct contracts *db,
		     struct injected *out)
{
	memset(out, 0, sizeof(*out));
	struct inject_state st = { .program = program, .db = db, .out = out };
	int err = scan_probe_blocks(program, inject_block, &st);
	size_t len = strlen(program);
	if (!err)
		err = sb_add(&st.b, program + st.copied, len - st.copied) ? -ENOMEM : 0;
	if (err) {
		free(st.b.s);
		injected_free(out);
		return -ENOMEM;
	}
	out->program = st.b.s ? st.b.s : strdup(program);
	return out->program ? 0 : -ENOMEM;
}

int scan_aggregations(const char *program, aggregation_fn fn, void *arg)
{
	static const char *const FNS[] = { "count", "sum", "avg", "min", "max", "hist", "lhist",
					   "stats", NULL };
	for (const char *p = strchr(program, '@'); p; p = strchr(p + 1, '@')) {
		struct aggregation a = { .name = p };
		const char *q = p + 1;
		while (isalnum((unsigned char)*q) || *q == '_')
			q++;
		a.name_len = (size_t)(q - p);
		if (*q == '[') {
			a.keys = q + 1;
			int depth = 0;
			for (; *q; q++)
				if (*q == '[')
					depth++;
				else if (*q == ']' && --depth == 0)
					break;
			if (!*q)
				break;
			a.keys_len = (size_t)(q - a.keys);
			q++;
		}
		while (*q == ' ')
			q++;
		if (*q != '=' || q[1] == '=')
			continue;
		q++;
		while (*q == ' ')
			q++;
		for (int i = 0; FNS[i] && !a.fn; i++) {
			size_t n = strlen(FNS[i]);
			if (!strncmp(q, FNS[i], n) && q[n] == '(')
				a.fn = FNS[i];
		}
		int rc = a.fn ? fn(arg, &a) : 0;
		if (rc)
			return rc;
	}
	return 0;
}

int keeps_main_thread(const char *text, size_t len)
{
	static const char *const FORMS[] = { "args->pid==pid", "pid==args->pid", "pid==tid",
					     "tid==pid", NULL };
	char flat[32];
	size_t k = 0;
	for (size_t i = 0; i < len; i++) {
		if (isspace((unsigned char)text[i]))
			continue;
		if (k + 1 >= sizeof(flat))
			return 0;
		flat[k++] = text[i];
	}
	flat[k] = '\0';
	char *bare = flat;
	while (bare[0] == '(' && k >= 2 && bare[k - 1] == ')') { /* "(pid == tid)" */
		bare[--k] = '\0';
		bare++;
		k--;
	}
	for (const char *const *f = FORMS; *f; f++)
		if (!strcmp(bare, *f))
			return 1;
	return 0;
}

unsigned inject_column(const struct injected *inj, unsigned line, unsigned column)
{
	unsigned shift = 0;
	for (size_t i = 0; i < inj->n_at; i++)
		if (inj->at[i].line == line && column >= inj->at[i].column + shift)
			shift += (unsigned)inj->at[i].length;
	return column > shift ? column - shift : column;
}

void injected_free(struct injected *inj)
{
	for (size_t i = 0; i < inj->n_facts; i++)
		free(inj->facts[i].hook);
	free(inj->facts);
	free(inj->at);
	free(inj->program);
	memset(inj, 0, sizeof(*inj));
}
