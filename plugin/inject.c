/* SPDX-License-Identifier: Apache-2.0 */
#define _GNU_SOURCE
#include "inject.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* An attach point as the host's parse names it, when it can carry
 * dataset facts: a tracepoint, kprobe or kretprobe without wildcards. */
static int carries_facts(const char *ap, size_t n)
{
	static const char *const kinds[] = { "tracepoint:", "kprobe:", "kretprobe:" };
	/* a quoted name ("kprobe:\"f,kprobe:g\"") may hold a comma: none */
	if (memchr(ap, '*', n) || memchr(ap, '?', n) || memchr(ap, '[', n) || memchr(ap, '"', n))
		return 0;
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (n > strlen(kinds[i]) && !strncmp(ap, kinds[i], strlen(kinds[i])))
			return 1;
	return 0;
}

/* Splits a block's attach points ("a,b") into out[]: how many, or -1 when
 * one cannot carry facts, there are more than `max`, or memory ran out. */
static int split_block(const char *block, char **out, int max)
{
	int count = 0;
	for (const char *p = block; *p;) {
		size_t n = strcspn(p, ",");
		if (count == max || !carries_facts(p, n))
			goto fail;
		out[count] = strndup(p, n);
		if (!out[count])
			goto fail;
		count++;
		p += n + (p[n] == ',');
	}
	return count;
fail:
	while (count > 0)
		free(out[--count]);
	return -1;
}

static int add_insert(struct kernel_inserts *k, size_t block, const char *hooks,
		      const struct contract_fact *f)
{
	size_t i = k->n;
	struct bt_insert *in = realloc(k->inserts, (i + 1) * sizeof(*in));
	if (!in)
		return -ENOMEM;
	k->inserts = in;
	struct injected_fact *facts = realloc(k->facts, (i + 1) * sizeof(*facts));
	if (!facts)
		return -ENOMEM;
	k->facts = facts;
	facts[i].hook = strdup(hooks);
	facts[i].fact = f;
	char *origin = NULL;
	/* the origin names it in diagnostics, and is unique */
	if (!facts[i].hook ||
	    asprintf(&origin, "kernel contract %zu of %s", i + 1, hooks) < 0) {
		free(facts[i].hook);
		return -ENOMEM;
	}
	in[i] = (struct bt_insert){ .probe = block, .kind = BT_CONTRACT_ASSUME,
				    .place = BT_INSERT_START, .condition = f->expr,
				    .origin = origin, .tag = (int)i,
				    /* refused if the compile's block is another */
				    .block = facts[i].hook };
	k->n++;
	return 0;
}

/* The facts of the first attach point that every other one has too. */
static int facts_for(struct kernel_inserts *k, const struct contracts *db, size_t block,
		     char **aps, int n_aps, const char *hooks)
{
	size_t n0;
	const struct contract_fact *f0 = contracts_lookup(db, aps[0], &n0);
	for (size_t i = 0; i < n0; i++) {
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
		if (shared && add_insert(k, block, hooks, &f0[i]))
			return -ENOMEM;
	}
	return 0;
}

int kernel_inserts_for(const struct contracts *db, const char *const *blocks, size_t n_blocks,
		       struct kernel_inserts *out)
{
	memset(out, 0, sizeof(*out));
	for (size_t b = 0; b < n_blocks; b++) {
		char *aps[16];
		int n = split_block(blocks[b], aps, 16);
		int err = n > 0 ? facts_for(out, db, b, aps, n, blocks[b]) : 0;
		for (int a = 0; a < n; a++)
			free(aps[a]);
		if (err) {
			kernel_inserts_free(out);
			return -ENOMEM;
		}
	}
	return 0;
}

void kernel_inserts_free(struct kernel_inserts *k)
{
	for (size_t i = 0; i < k->n; i++) {
		free(k->facts[i].hook);
		free((char *)k->inserts[i].origin);
	}
	free(k->facts);
	free(k->inserts);
	memset(k, 0, sizeof(*k));
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
