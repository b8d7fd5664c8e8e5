/* SPDX-License-Identifier: Apache-2.0 */
#define _GNU_SOURCE
#include "builder.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const AGG_CALLS[AG_N] = { "count", "sum", "avg", "min", "max", "hist" };

/* The map of aggregation k: @count, @sum_bytes, @hist_ret. */
static void map_name(const struct plan *p, int k, char *out, size_t len)
{
	if (k == AG_COUNT)
		snprintf(out, len, "@count");
	else
		snprintf(out, len, "@%s%s_%s", k == AG_HIST && p->lhist[2] ? "l" : "",
			 AGG_CALLS[k], p->measure.label);
}

static void put_keys(FILE *o, const struct plan *p)
{
	if (!p->n_keys)
		return;
	fputc('[', o);
	for (int i = 0; i < p->n_keys; i++)
		fprintf(o, "%s%s", i ? ", " : "", p->keys[i].expr);
	fputc(']', o);
}

/* A line: comm, pid and what is shown; a command line (format "join",
 * the planner puts it last) ends the line, printed by join(). */
static void put_line(FILE *o, const struct plan *p)
{
	int n = p->n_shown, joined = n && !strcmp(p->shown[n - 1].fmt, "join");
	/* (a span ending outside the task: none; "print only the port":
	 * none) */
	int who = p->who_comm[0] != '\0' && !p->bare;
	if (joined)
		n--;
	fputs(who ? "  printf(\"%-16s %-7d" : "  printf(\"", o);
	for (int i = 0; i < n; i++)
		fprintf(o, "%s%s %s", who || i ? " " : "", p->shown[i].label, p->shown[i].fmt);
	fprintf(o, "%s\"", joined ? " argv " : "\\n");
	if (who)
		fprintf(o, ", %s, %s", p->who_comm, p->who_pid);
	for (int i = 0; i < n; i++)
		fprintf(o, ", %s", p->shown[i].expr);
	fputs(");\n", o);
	if (joined)
		fprintf(o, "  join(%s);\n", p->shown[n].expr);
}

/* Whether filter i guards the measuring aggregations alone: the events
 * are counted too, and it keeps to what can be measured. */
static int guards_measure(const struct plan *p, int i)
{
	return !p->paired && p->filters[i].of_measure && (p->aggs & (1u << AG_COUNT)) &&
	       (p->aggs & ~(1u << AG_COUNT));
}

/* Which filters go where: the predicate of a probe, the guard of the
 * measures alone, where a timed plan's time starts, or after it ends. */
static int in_predicate(const struct plan *p, int i)
{
	return p->each || !guards_measure(p, i);
}

static int at_start(const struct plan *p, int i)
{
	return p->filters[i].at_start;
}

/* said again at the end: not a field of the entry alone; and what ends
 * a span there */
static int at_both(const struct plan *p, int i)
{
	return (p->filters[i].at_start && !p->filters[i].entry_only) || p->filters[i].end_only;
}

static int at_end(const struct plan *p, int i)
{
	return !p->filters[i].at_start && !p->filters[i].end_only;
}

/* The map that marks a call started: its start time when timed. */
static const char *start_map(const struct plan *p)
{
	return p->timed ? "@start" : "@entered";
}

/* Each aggregation's map printed (its top N; a total or an average
 * divided into the unit asked for, never a count), then cleared when
 * `clear`. */
static void put_prints(FILE *o, const struct plan *p, int clear)
{
	for (int k = 0; k < AG_N; k++) {
		if (!(p->aggs & (1u << k)))
			continue;
		char name[96];
		map_name(p, k, name, sizeof(name));
		if (p->print_div && (k == AG_SUM || k == AG_AVG))
			fprintf(o, "  print(%s, %ld, %ld);\n", name, p->topn, p->print_div);
		else if (p->topn)
			fprintf(o, "  print(%s, %ld);\n", name, p->topn);
		else
			fprintf(o, "  print(%s);\n", name);
		if (clear)
			fprintf(o, "  clear(%s);\n", name);
	}
}

/* A paired plan's maps cleared, each on a line indented by `indent`. */
static void put_clears(FILE *o, const struct plan *p, const char *indent)
{
	fprintf(o, "%sclear(%s);\n", indent, start_map(p));
	for (int i = 0; i < p->n_carried; i++)
		fprintf(o, "%sclear(@%s);\n", indent, p->carried[i].label);
}

/* Filter i's condition: a span's own where its time starts. */
static const char *cond_of(const struct plan *p, int i, int start_side)
{
	const struct plan_filter *f = &p->filters[i];
	return start_side && f->start_cond[0] ? f->start_cond : f->cond;
}

/* The filters `which` selects, joined by " && " after `first` (when
 * given), between `open` and `close`; nothing when there are none.
 * Then an assert() of each, indented by `indent`. Returns whether it
 * wrote a condition. */
static int put_filters(FILE *o, const struct plan *p, int (*which)(const struct plan *, int),
		       const char *first, const char *open, const char *close, const char *indent)
{
	int n = 0, start_side = which == at_start, several = first != NULL;
	for (int i = 0; i < p->n_filters; i++)
		several += which(p, i);
	several = several > 1;
	if (first)
		fprintf(o, several && strstr(first, "||") ? "%s(%s)" : "%s%s", open, first), n++;
	for (int i = 0; i < p->n_filters; i++) {
		if (!which(p, i))
			continue;
		/* "a || b" beside another is bracketed: && binds tighter */
		const char *c = cond_of(p, i, start_side);
		const char *l = several && strstr(c, "||") ? "(" : "", *r = *l ? ")" : "";
		if (n++)
			fprintf(o, " && %s%s%s", l, c, r);
		else
			fprintf(o, "%s%s%s%s", open, l, c, r);
	}
	if (!n)
		return 0;
	fputs(close, o);
	for (int i = 0; i < p->n_filters; i++)
		if (which(p, i))
			fprintf(o, "%sassert(%s, \"%s\");\n", indent, cond_of(p, i, start_side),
				p->filters[i].message);
	return 1;
}

/* "if (args->ret > 0) {" and its asserts, or nothing when no filter
 * guards the measures alone. Returns whether it opened a block. */
static int open_guard(FILE *o, const struct plan *p)
{
	return put_filters(o, p, guards_measure, NULL, "  if (", ") {\n", "    ");
}

static void put_aggs(FILE *o, const struct plan *p)
{
	int guarded = 0, opened = 0;
	for (int k = 0; k < AG_N; k++) {
		if (!(p->aggs & (1u << k)))
			continue;
		if (k != AG_COUNT && !opened) {
			guarded = open_guard(o, p);
			opened = 1;
		}
		char name[96];
		map_name(p, k, name, sizeof(name));
		fprintf(o, "%s%s", guarded && k != AG_COUNT ? "    " : "  ", name);
		put_keys(o, p);
		if (k == AG_HIST && p->lhist[2])
			fprintf(o, " = lhist(%s, %lld, %lld, %lld);\n", p->measure.expr,
				p->lhist[0], p->lhist[1], p->lhist[2]);
		else
			fprintf(o, " = %s(%s);\n", AGG_CALLS[k],
				k == AG_COUNT ? "" : p->measure.expr);
	}
	if (guarded)
		fputs("  }\n", o);
}

/* Printing: every N seconds (cleared), or the top N at the end; a timed
 * plan's starts cleared at the end; the exit after a duration. */
static void put_printing(FILE *o, const struct plan *p)
{
	if (p->duration_s)
		fprintf(o, "\ninterval:s:%ld {\n  exit();\n}\n", p->duration_s);
	if (!p->interval_s && !p->topn && !p->print_div) {
		if (p->paired) {
			fputs("\nEND {\n", o);
			put_clears(o, p, "  ");
			fputs("}\n", o);
		}
		return;
	}
	if (p->interval_s)
		fprintf(o, "\ninterval:s:%ld {\n", p->interval_s);
	else
		fputs("\nEND {\n", o);
	put_prints(o, p, !p->cumulative);
	if (p->paired && !p->interval_s)
		put_clears(o, p, "  ");
	fputs("}\n", o);
	/* what is left since the last interval, printed in its unit (or the
	 * totals kept, their top N) when it ends: bpftrace's own print at
	 * exit would be in bytes, and of every entry */
	if ((p->print_div || (p->cumulative && p->topn)) && p->interval_s) {
		fputs("\nEND {\n", o);
		put_prints(o, p, 1);
		if (p->paired)
			put_clears(o, p, "  ");
		fputs("}\n", o);
		return;
	}
	if (p->paired && p->interval_s) {
		fputs("\nEND {\n", o);
		put_clears(o, p, "  ");
		fputs("}\n", o);
	}
}

/* `text`'s lines, each indented two more spaces. */
static void put_indented(FILE *o, const char *text)
{
	for (const char *l = text; *l;) {
		size_t n = strcspn(l, "\n");
		fprintf(o, "  %.*s\n", (int)n, l);
		l += n + (l[n] == '\n');
	}
}

/* A paired plan: the start of each call kept per thread (with the
 * values carried from there), and at its end $ns, the time it took, and
 * the values carried; then what is asked of it, inside the filters that
 * need $ns (a bound) or the end (a failure). */
static int put_timed(FILE *o, const struct plan *p)
{
	const char *m = start_map(p);
	const char *sk = p->start_key[0] ? p->start_key : "tid";
	const char *ek = p->end_key[0] ? p->end_key : "tid";
	char marked[96];
	snprintf(marked, sizeof(marked), "%s[%s] != 0", m, ek);
	fputs(p->start_probes, o);
	if (!put_filters(o, p, at_start, NULL, " /", "/ {\n", "  "))
		fputs(" {\n", o);
	fprintf(o, "  %s[%s] = %s;\n", m, sk, p->timed ? "nsecs" : "1");
	for (int i = 0; i < p->n_carried; i++)
		fprintf(o, "  @%s[%s] = %s;\n", p->carried[i].label, sk, p->carried[i].expr);
	fputs("}\n\n", o);
	/* the filters kept at the start hold at the end too (same thread);
	 * said again so that each assert below has its predicate (not a
	 * field of the entry alone, which the end has not) */
	fputs(p->probes, o);
	put_filters(o, p, at_both, marked, " /", "/ {\n", "  ");
	if (p->timed)
		fprintf(o, "  $ns = nsecs - %s[%s];\n", m, ek);
	fprintf(o, "  delete(%s[%s]);\n", m, ek);
	for (int i = 0; i < p->n_carried; i++)
		fprintf(o, "  $%s = @%s[%s];\n  delete(@%s[%s]);\n", p->carried[i].label,
			p->carried[i].label, ek, p->carried[i].label, ek);
	char *body = NULL;
	size_t len = 0;
	FILE *b = open_memstream(&body, &len);
	if (!b)
		return -1;
	if (p->each)
		put_line(b, p);
	else
		put_aggs(b, p);
	if (fclose(b) != 0) {
		free(body);
		return -1;
	}
	if (put_filters(o, p, at_end, NULL, "  if (", ") {\n", "    ")) {
		put_indented(o, body);
		fputs("  }\n", o);
	} else {
		fputs(body, o);
	}
	free(body);
	fputs("}\n", o);
	return 0;
}

char *builder_program(const struct plan *p)
{
	char *text = NULL;
	size_t len = 0;
	FILE *o = open_memstream(&text, &len);
	if (!o)
		return NULL;
	if (p->paired) {
		int rc = put_timed(o, p);
		put_printing(o, p);
		if (fclose(o) != 0 || rc) {
			free(text);
			return NULL;
		}
		return text;
	}
	fputs(p->probes, o);
	if (!put_filters(o, p, in_predicate, NULL, " /", "/ {\n", "  "))
		fputs(" {\n", o);
	if (p->each)
		put_line(o, p);
	else
		put_aggs(o, p);
	fputs("}\n", o);
	put_printing(o, p);
	if (fclose(o) != 0) {
		free(text);
		return NULL;
	}
	return text;
}
