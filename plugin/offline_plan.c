/* SPDX-License-Identifier: Apache-2.0 */
#define _GNU_SOURCE
#include "offline_plan.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "builder.h"
#include "inject.h"
#include "intent.h"
#include "lexicon.h"
#include "planner.h"

static int side_by_side(const char *request, const char *why, int gap, char a[64], char b[64],
			const char **at_out, const char **join_out);

/* The first whole word `word` in `text` ("mount", never in "umount"), as
 * written or in any case; NULL when it is not there. */
static const char *word_at(const char *text, const char *word, int any_case)
{
	size_t n = strlen(word);
	for (const char *p = text; n && (p = any_case ? strcasestr(p, word) : strstr(p, word));
	     p++)
		if ((p == text || !(isalnum((unsigned char)p[-1]) || p[-1] == '_')) &&
		    !(isalnum((unsigned char)p[n]) || p[n] == '_'))
			return p;
	return NULL;
}

void offline_program_free(struct offline_program *a)
{
	free(a->program);
	free(a->changes);
	free(a->why);
	free(a->tried);
	memset(a, 0, sizeof(*a));
}

static int plan_one(const struct lexicon *lx, const char *request, const char *const *skip,
		    struct offline_program *out)
{
	memset(out, 0, sizeof(*out));
	char why[320] = "";
	struct intent in = { 0 };
	struct plan *p = calloc(1, sizeof(*p));
	int rc = p ? reader_read(lx, request, &in, why, sizeof(why)) : -1;
	/* the event found (or every word placed): a decline is about what
	 * the words ask of it */
	int read = rc == 0 || in.event || in.function || in.syscall[0] || in.all_syscalls ||
		   in.firm;
	/* "delete all my files", "... then call system()": declined whatever
	 * words the lexicon knows, and that reason leads */
	if (p && reader_not_tracing(request)) {
		snprintf(why, sizeof(why), "it is not a tracing task (bpftrace only observes the "
					   "system)");
		rc = -1;
		read = 1;
	}
	if (!rc) {
		snprintf(out->source, sizeof(out->source), "lexicon:%.39s",
			 in.event      ? in.event->name
			 : in.function ? in.function->name
			 : in.all_syscalls ? "syscalls"
					   : in.syscall);
		for (int k = 0; skip && skip[k]; k++)
			if (!strcmp(skip[k], out->source)) {
				snprintf(why, sizeof(why), "its program did not pass its checks");
				rc = -1;
			}
	}
	if (!rc)
		rc = planner_plan(lx, &in, NULL, p, why, sizeof(why));
	char *program = !rc ? builder_program(p) : NULL;
	char *changes = NULL;
	size_t len = 0;
	FILE *c = program ? open_memstream(&changes, &len) : NULL;
	if (c) {
		char said[1024];
		planner_describe(p, said, sizeof(said));
		fprintf(c, "%s; ", said);
	}
	if (program && intent_check(request, &program, c, why, sizeof(why)) != 0) {
		free(program);
		program = NULL;
	}
	if (c)
		fclose(c);
	free(p);
	if (!program) {
		free(changes);
		out->why = strdup(why[0] ? why : "out of memory");
		return read && out->why ? -2 : -1;
	}
	if (changes && len >= 2 && changes[len - 2] == ';')
		changes[len - 2] = '\0';
	out->program = program;
	out->example_id = out->source;
	out->changes = changes ? changes : strdup("");
	return 0;
}

/* `program` with each map "@name" renamed "@name_SUFFIX" (malloc'd). */
static char *maps_renamed(const char *program, const char *suffix, const char *label)
{
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);
	if (!f)
		return NULL;
	int quoted = 0;
	for (const char *p = program; *p; p++) {
		/* a line of each: "chmod ...", "chown ..." */
		if (!quoted && label && !strncmp(p, "printf(\"", 8) &&
		    (p == program || !(isalnum((unsigned char)p[-1]) || p[-1] == '_'))) {
			fprintf(f, "printf(\"%s ", label);
			p += 7;
			quoted = 1;
			continue;
		}
		if (*p == '"' && (p == program || p[-1] != '\\'))
			quoted = !quoted;
		fputc(*p, f);
		if (*p != '@' || quoted)
			continue;
		while (isalnum((unsigned char)p[1]) || p[1] == '_')
			fputc(*++p, f);
		fprintf(f, "_%s", suffix);
	}
	fclose(f);
	return out;
}

struct end_block {
	size_t at, open, close;
	int found;
};

static int end_seen(void *arg, const struct probe_block *b)
{
	struct end_block *e = arg;
	if (b->header_len < 3 || strncmp(b->header, "END", 3) ||
	    b->header[3 + strspn(b->header + 3, " \t\n")])
		return 0;
	*e = (struct end_block){ b->header_at, b->open, b->close, 1 };
	return 1;
}

/* Two programs as one, with one END block of both bodies (bpftrace
 * takes one: "count reads and writes, top 5" prints both maps); NULL
 * when out of memory or a program does not scan. */
static char *programs_joined(const char *a, const char *b)
{
	struct end_block ea = { 0 }, eb = { 0 };
	char *out = NULL;
	if (scan_probe_blocks(a, end_seen, &ea) < 0 || scan_probe_blocks(b, end_seen, &eb) < 0)
		return NULL;
	if (!ea.found || !eb.found)
		return asprintf(&out, "%s\n%s", a, b) < 0 ? NULL : out;
	/* each without its END, then one END of both bodies */
	const char *body_b = b + eb.open + 1 + (b[eb.open + 1] == '\n');
	if (asprintf(&out, "%.*s%s%.*s%sEND {%.*s%.*s}\n", (int)ea.at, a, a + ea.close + 1 +
		     (a[ea.close + 1] == '\n'), (int)eb.at, b, b + eb.close + 1 + (b[eb.close + 1] == '\n'),
		     (int)(ea.close - ea.open - 1), a + ea.open + 1, (int)(b + eb.close - body_b),
		     body_b) < 0)
		return NULL;
	return out;
}

/* The two events of a reader's "it names two events ("A" and "B")" when
 * the request has them side by side, joined by "and", "vs", "versus" or
 * '/' ("mount/umount"),
 * with up to `gap` more words of A's between ("tcp connects and
 * retransmits"): 0 with A, B, where A starts and the joining words; -1
 * otherwise. */
static int side_by_side(const char *request, const char *why, int gap, char a[64], char b[64],
			const char **at_out, const char **join_out)
{
	static const char *const LEAD = "it names two events (\"";
	static const char *const JOIN[] = { " and ", " vs ", " vs. ", " versus ", "/", " or ",
					    NULL };
	if (!why || strncmp(why, LEAD, strlen(LEAD)) ||
	    sscanf(why + strlen(LEAD), "%63[^\"]\" and \"%63[^\"]\")", a, b) != 2 || !a[0] ||
	    !b[0])
		return -1;
	const char *at = strstr(request, a), *join = NULL;
	const char *end = at ? at + strlen(a) : NULL;
	for (int g = 0; end && g <= gap && !join; g++) {
		for (int k = 0; JOIN[k] && !join; k++)
			if (!strncmp(end, JOIN[k], strlen(JOIN[k])) &&
			    !strncmp(end + strlen(JOIN[k]), b, strlen(b)) &&
			    !isalnum((unsigned char)end[strlen(JOIN[k]) + strlen(b)]))
				join = JOIN[k];
		/* the next word of A's */
		if (!join && *end == ' ' && isalnum((unsigned char)end[1]))
			for (end++; isalnum((unsigned char)*end) || *end == '-'; end++)
				;
		else if (!join)
			end = NULL;
	}
	if (!join)
		return -1;
	*at_out = at;
	*join_out = join;
	return 0;
}

/* Whether the request has one of `words` as a word of its own, in any
 * case. */
static int has_word(const char *request, const char *const *words)
{
	for (const char *p = request; *p;) {
		while (*p && !isalpha((unsigned char)*p))
			p++;
		const char *w = p;
		while (isalpha((unsigned char)*p))
			p++;
		for (int k = 0; words[k]; k++)
			if ((size_t)(p - w) == strlen(words[k]) &&
			    !strncasecmp(w, words[k], (size_t)(p - w)))
				return 1;
	}
	return 0;
}

/* "fsync and fdatasync calls together", "reads and writes combined":
 * one count of both, which two maps are not. */
static int said_together(const char *request)
{
	static const char *const TOGETHER[] = { "together", "combined", "altogether", "jointly",
						"total", "totals", "overall", "sum", "summed",
						"both", "all", NULL };
	return has_word(request, TOGETHER);
}

/* An event's words as a map name's suffix ("Reads": "reads"). */
static void map_suffix(const char *words, char *out, size_t len)
{
	size_t n = 0;
	for (const char *c = words; *c && n + 1 < len; c++)
		if (isalnum((unsigned char)*c))
			out[n++] = (char)tolower((unsigned char)*c);
	out[n] = '\0';
}

/* A probe block's attach points, each between newlines, added to the
 * string `arg` (a char[600] that starts with a newline). */
static int attach_points(void *arg, const struct probe_block *pb)
{
	char *out = arg;
	/* the predicate's '/' follows a space ("uprobe:/bin/bash:readline" is
	 * one attach point) */
	const char *h = pb->header, *end = h + pb->header_len, *slash = NULL;
	for (const char *c = h + 1; c < end && !slash; c++)
		if (*c == '/' && isspace((unsigned char)c[-1]))
			slash = c;
	for (end = slash ? slash : end; h < end;) {
		while (h < end && (isspace((unsigned char)*h) || *h == ','))
			h++;
		const char *s = h;
		while (h < end && !isspace((unsigned char)*h) && *h != ',')
			h++;
		size_t n = strlen(out);
		if (h > s && n + (size_t)(h - s) + 2 < 600)
			snprintf(out + n, 600 - n, "%.*s\n", (int)(h - s), s);
	}
	return 0;
}

/* Whether two programs attach to an event's probe in common ("unlink
 * and unlinkat": deletions are both calls, so unlinkat's would be
 * there twice). */
static int probe_in_common(const char *a, const char *b)
{
	char pa[600] = "\n", pb[600] = "\n";
	scan_probe_blocks(a, attach_points, pa);
	scan_probe_blocks(b, attach_points, pb);
	for (char *l = pa, *nl; (nl = strchr(l + 1, '\n')); l = nl) {
		char one[160];
		snprintf(one, sizeof(one), "%.*s", (int)(nl - l + 1), l); /* "\nPROBE\n" */
		if (strcmp(one, "\nEND\n") && strcmp(one, "\nBEGIN\n") &&
		    strncmp(one, "\ninterval:", 10) && strstr(pb, one))
			return 1;
	}
	return 0;
}

/* A block of an event's probes, other than BEGIN, END and interval ones:
 * counted in `arg`, an int. */
static int event_block(void *arg, const struct probe_block *pb)
{
	static const char *const OTHER[] = { "BEGIN", "END", "interval:", NULL };
	for (int k = 0; OTHER[k]; k++)
		if (pb->header_len >= strlen(OTHER[k]) &&
		    !strncmp(pb->header, OTHER[k], strlen(OTHER[k])))
			return 0;
	++*(int *)arg;
	return 0;
}

/* "fsync or fdatasync calls per program", "reads and writes combined":
 * two summaries alike but for the probes they attach to, as one whose
 * probes are both, counted together; NULL when they differ in anything
 * else, or either has more than one block of an event's. */
static char *probes_together(const char *a, const char *b)
{
	size_t la = strcspn(a, " \n"), lb = strcspn(b, " \n");
	int na = 0, nb = 0;
	scan_probe_blocks(a, event_block, &na);
	scan_probe_blocks(b, event_block, &nb);
	if (na != 1 || nb != 1 || strcmp(a + la, b + lb) || strncmp(a, "tracepoint:", 11) ||
	    strncmp(b, "tracepoint:", 11))
		return NULL;
	char *out;
	return asprintf(&out, "%.*s,%.*s%s", (int)la, a, (int)lb, b, a + la) < 0 ? NULL : out;
}

/* "combined", "together", or "or": one summary of both events, never
 * two. */
static int said_combined(const char *request, const char *join)
{
	static const char *const TOGETHER[] = { "together", "combined", "altogether", "jointly",
						"summed", NULL };
	return !strcmp(join, " or ") || has_word(request, TOGETHER);
}

/* "count reads and writes by process", "opens vs closes per second":
 * two events the reader found side by side, joined by "and", "vs" or
 * "versus", each planned as the request without the other, their maps
 * named apart, then the whole held to the request. 0 when made. */
static int two_events(const struct lexicon *lx, const char *request, const char *why,
		      struct offline_program *out)
{
	char a[64], b[64];
	const char *at, *join;
	if (side_by_side(request, why, 0, a, b, &at, &join) != 0)
		return -1;
	/* "reads and writes", never "reads and write bytes" (the words after
	 * would be the second's alone); two system calls by name are no
	 * plurals ("setns and unshare") */
	size_t al = strlen(a), bl = strlen(b);
	if (word_at(at + 1, a, 1) || strchr(a, ' ') || strchr(b, ' ') ||
	    ((a[al - 1] == 's') != (b[bl - 1] == 's') &&
	     !(lexicon_syscall(a, al) && lexicon_syscall(b, bl))))
		return -1;
	/* said together ("reads and writes combined") or either ("setns or
	 * unshare"), a count would be one of both: lines alone are apart */
	int lines_only = said_together(request) || !strcmp(join, " or ");
	size_t head = (size_t)(at - request), jl = strlen(join);
	const char *tail = at + strlen(a) + jl + strlen(b);
	char *first = NULL, *second = NULL, *joined = NULL;
	struct offline_program pa = { 0 }, pb = { 0 };
	char sa[24] = "", sb[24] = "";
	int rc = -1;
	if (asprintf(&first, "%.*s%s%s", (int)head, request, a, tail) < 0)
		first = NULL;
	if (asprintf(&second, "%.*s%s%s", (int)head, request, b, tail) < 0)
		second = NULL;
	/* two summaries, or two events' lines, each led by its event's name
	 * (else they would look alike) */
	map_suffix(a, sa, sizeof(sa));
	map_suffix(b, sb, sizeof(sb));
	int made = first && second && plan_one(lx, first, NULL, &pa) == 0 &&
		   plan_one(lx, second, NULL, &pb) == 0;
	int together = made && lines_only && said_combined(request, join) &&
		       !strstr(pa.program, "printf(") && !strstr(pb.program, "printf(");
	if (together && !probe_in_common(pa.program, pb.program))
		joined = probes_together(pa.program, pb.program);
	if (made && !together &&
	    !strstr(pa.program, "printf(") == !strstr(pb.program, "printf(") &&
	    (!lines_only || (strstr(pa.program, "printf(") && !strstr(pa.program, "@") &&
			     !strstr(pb.program, "@"))) &&
	    !probe_in_common(pa.program, pb.program)) {
		int lines = strstr(pa.program, "printf(") != NULL;
		char *ra = sa[0] && sb[0] && strcmp(sa, sb)
				   ? maps_renamed(pa.program, sa, lines ? sa : NULL)
				   : NULL;
		char *rb = ra ? maps_renamed(pb.program, sb, lines ? sb : NULL) : NULL;
		joined = rb ? programs_joined(ra, rb) : NULL;
		free(ra);
		free(rb);
	}
	char reason[320] = "";
	if (joined && intent_check(request, &joined, NULL, reason, sizeof(reason)) == 0) {
		memset(out, 0, sizeof(*out));
		snprintf(out->source, sizeof(out->source), "lexicon:%.18s+%.18s", sa, sb);
		out->program = joined;
		joined = NULL;
		out->example_id = out->source;
		if (asprintf(&out->changes, "two events %s: %s; %s",
			     together ? "counted together" : "side by side", pa.changes,
			     pb.changes) < 0)
			out->changes = NULL;
		rc = out->changes ? 0 : -1;
		if (rc) {
			free(out->program);
			out->program = NULL;
		}
	}
	free(joined);
	free(first);
	free(second);
	offline_program_free(&pa);
	offline_program_free(&pb);
	return rc;
}

/* What the lexicon makes of a request with nothing skipped: a program
 * (of one event, or of two side by side, when `one` says why the one
 * event's plan declined) or the reason it makes none. */
struct planned {
	char *request;
	int rc;
	struct offline_program made;
	int rc_one;
	char *why_one;
};

static void planned_free(void *data)
{
	struct planned *pl = data;
	if (!pl)
		return;
	free(pl->request);
	offline_program_free(&pl->made);
	free(pl->why_one);
	free(pl);
}

static struct planned *plan_fresh(const struct lexicon *lx, const char *request)
{
	struct planned *pl = calloc(1, sizeof(*pl));
	if (!pl || !(pl->request = strdup(request))) {
		free(pl);
		return NULL;
	}
	pl->rc = plan_one(lx, request, NULL, &pl->made);
	if (pl->rc == 0 || !pl->made.why)
		return pl;
	struct offline_program two;
	if (two_events(lx, request, pl->made.why, &two) != 0)
		return pl;
	pl->rc_one = pl->rc;
	pl->why_one = pl->made.why;
	pl->made.why = NULL;
	offline_program_free(&pl->made);
	pl->made = two;
	pl->made.example_id = pl->made.source;
	pl->rc = 0;
	return pl;
}

/* The lexicon's plan of `request`: made once, then kept with the
 * lexicon until another request is planned (*owned 0), or the caller's
 * to free when the lexicon keeps none (*owned 1). NULL when out of
 * memory. */
static struct planned *planned_of(const struct lexicon *lx, const char *request, int *owned)
{
	struct lx_memo *memo = lx->memo;
	struct planned *pl = memo ? memo->data : NULL;
	*owned = 0;
	if (pl && !strcmp(pl->request, request))
		return pl;
	pl = plan_fresh(lx, request);
	*owned = !memo;
	if (memo && pl) {
		if (memo->drop)
			memo->drop(memo->data);
		memo->data = pl;
		memo->drop = planned_free;
	}
	return pl;
}

static int copy_out(const struct offline_program *from, int rc, const char *why,
		    struct offline_program *out)
{
	memset(out, 0, sizeof(*out));
	memcpy(out->source, from->source, sizeof(out->source));
	out->example_id = out->source;
	if (rc == 0) {
		out->program = strdup(from->program);
		out->changes = strdup(from->changes ? from->changes : "");
		if (out->program && out->changes)
			return 0;
		offline_program_free(out);
		out->why = strdup("out of memory");
		return -1;
	}
	out->why = why ? strdup(why) : NULL;
	return rc;
}

int offline_plan(const struct lexicon *lx, const char *request, const char *const *skip,
		 struct offline_program *out)
{
	int owned;
	struct planned *pl = planned_of(lx, request, &owned);
	if (!pl) {
		memset(out, 0, sizeof(*out));
		out->why = strdup("out of memory");
		return -1;
	}
	int skipped = 0;
	for (int k = 0; pl->rc == 0 && skip && skip[k]; k++)
		skipped |= !strcmp(skip[k], pl->made.source);
	/* tried already and failed its checks: a plan of two events falls
	 * back to the one event's decline */
	int rc = !skipped ? copy_out(&pl->made, pl->rc, pl->made.why, out)
		 : pl->why_one ? copy_out(&pl->made, pl->rc_one, pl->why_one, out)
			       : copy_out(&pl->made, -2, "its program did not pass its checks", out);
	if (owned)
		planned_free(pl);
	return rc;
}

/* The request without the first whole word `word` (case as written);
 * NULL when it is not there. */
static char *without_word(const char *request, const char *word)
{
	const char *p = word_at(request, word, 0);
	if (!p)
		return NULL;
	char *out = NULL;
	const char *rest = p + strlen(word);
	while (p > request && p[-1] == ' ' && *rest == ' ')
		rest++; /* one space between the words left */
	if (asprintf(&out, "%.*s%s", (int)(p - request), request, rest) < 0)
		return NULL;
	size_t len = strlen(out), lead = strspn(out, " ");
	while (len && (isspace((unsigned char)out[len - 1]) || out[len - 1] == ','))
		out[--len] = '\0'; /* "count opens by nginx that ," */
	memmove(out, out + lead, len - (lead < len ? lead : len) + 1);
	return out;
}

/* One step of offline_relax(): the word the lexicon cannot place, and
 * the request without it; -1 when the decline is of another kind. */
static int relax_once(const struct lexicon *lx, const char *request, char **shorter_out,
		      char **word_out)
{
	*shorter_out = *word_out = NULL;
	struct offline_program a;
	int rc = offline_plan(lx, request, NULL, &a);
	/* only a word the lexicon cannot place, or a part the event lacks:
	 * never an exclusion, a bound, a number or two events */
	static const char *const PREFIX = "it asks for \"";
	const char *why = a.why ? a.why : "";
	const char *close = !strncmp(why, PREFIX, strlen(PREFIX)) ? strchr(why + strlen(PREFIX), '"')
								   : NULL;
	int ok = rc == -2 && close && close > why + strlen(PREFIX) &&
		 (strstr(close, "which the lexicon does not place") ||
		  strstr(close, "which the event has no field for") ||
		  strstr(close, "which the event has no part for"));
	char *word = ok ? strndup(why + strlen(PREFIX), (size_t)(close - why - strlen(PREFIX)))
			: NULL;
	offline_program_free(&a);
	char *shorter = word && !strchr(word, ' ') ? without_word(request, word) : NULL;
	if (!shorter) {
		free(word);
		return -1;
	}
	*shorter_out = shorter;
	*word_out = word;
	return 0;
}

#define RELAX_WORDS 2

/* Whether each word of `gone` (n of them, as written) stands in `request`
 * between fillers, the request's ends or other words of `gone`: left
 * out, it turns nothing around ("minus nginx" without "minus" would keep
 * to nginx; "zero errors" without "zero", to failures). */
static int between_fillers(const struct lexicon *lx, const char *request, char *const *gone,
			   int n)
{
	struct { const char *at; size_t len; } w[96];
	int nw = 0;
	for (const char *p = request; *p && nw < 96;) {
		if (!(isalnum((unsigned char)*p) || *p == '_')) {
			p++;
			continue;
		}
		w[nw].at = p;
		while (isalnum((unsigned char)*p) || *p == '_' || *p == '\'' || *p == '-')
			p++;
		w[nw].len = (size_t)(p - w[nw].at);
		nw++;
	}
	int removed[96] = { 0 };
	for (int g = 0; g < n; g++)
		for (int k = 0; k < nw; k++)
			if (!removed[k] && w[k].len == strlen(gone[g]) &&
			    !strncmp(w[k].at, gone[g], w[k].len)) {
				removed[k] = 1;
				break;
			}
	for (int k = 0; k < nw; k++) {
		if (!removed[k])
			continue;
		for (int d = -1; d <= 1; d += 2) {
			int j = k + d;
			while (j >= 0 && j < nw && removed[j])
				j += d;
			if (j < 0 || j >= nw)
				continue;
			char word[64];
			snprintf(word, sizeof(word), "%.*s", (int)w[j].len, w[j].at);
			if (w[j].len >= sizeof(word) || !lexicon_filler(lx, word))
				return 0;
		}
	}
	return 1;
}

int offline_relax(const struct lexicon *lx, const char *request, char **relaxed,
		  char **left_out)
{
	*relaxed = *left_out = NULL;
	char *now = strdup(request), *gone[RELAX_WORDS] = { NULL };
	int n = 0, made = 0;
	/* up to two words left out ("the buffer address") */
	while (now && n < RELAX_WORDS && !made) {
		char *shorter;
		if (relax_once(lx, now, &shorter, &gone[n]) != 0)
			break;
		n++;
		free(now);
		now = shorter;
		struct offline_program a;
		made = offline_plan(lx, now, NULL, &a) == 0;
		offline_program_free(&a);
	}
	if (made && between_fillers(lx, request, gone, n) &&
	    asprintf(left_out, "%s%s%s%s", gone[0], n > 1 ? "\", \"" : "", n > 1 ? gone[1] : "",
		     "") >= 0) {
		*relaxed = now;
		now = NULL;
	} else {
		*left_out = NULL;
	}
	free(now);
	for (int k = 0; k < n; k++)
		free(gone[k]);
	return *relaxed ? 0 : -1;
}
