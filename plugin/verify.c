/* SPDX-License-Identifier: Apache-2.0 */
/* --verify: lower the program for verification, judge every assert, have
 * the kernel verifier load the program, and report as text or JSON. */
#define _GNU_SOURCE
#include "verify.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <bpf/btf.h>
#include <cjson/cJSON.h>

#include "checker.h"
#include "contracts.h"
#include "comprehend.h"
#include "ctx_names.h"
#include "inject.h"
#include "cache.h"
#include "kernel_contracts.h"
#include "util.h"

/* What the proof assumes of the running task, in words. */
#define STABLE_TASK                                                                  \
	"the task's name (comm) and cgroup stay the same all through one probe run "  \
	"(another thread may rename the task, or move it to another cgroup, meanwhile)"

/* The tag of the caller's insert i is INSERT_TAG + i; the kernel's are below. */
#define INSERT_TAG (1 << 20)

struct assert_report {
	const struct bt_contract *contract;
	const struct verify_insert *insert; /* the caller's insert it is, or NULL */
	int hidden; /* a copy of an insert that another copy reports */
	enum checker_verdict verdict;
	const char *reason; /* UNKNOWN/VACUOUS: why; REFUTED: counterexample */
	const struct checker_result *result; /* the checker's, when it ran */
};

struct report {
	const char *program_name;
	const char *source;              /* the program as the user wrote it */
	int verbose, quiet;
	int for_request; /* --from-english: the program answers a request */
	const struct verify_extra *extra; /* the caller's, or NULL */
	/* the kernel contracts assumed: the first n_kernel of kernel's
	 * facts (the rest are the tautology guard's skeleton's) */
	const struct kernel_inserts *kernel;
	size_t n_kernel;
	const char *contracts_release;   /* NULL: none were used */
	const char *contracts_generated, *contracts_inputs;
	const struct bt_result *lowered;
	const struct bt_result *loaded; /* NULL when the load could not run */
	struct assert_report *asserts;
	size_t n_asserts;
	struct assert_report *skeleton; /* the tautology guard's, not reported */
	size_t n_skeleton;
	int exit_status;                 /* enum verify_status */
	const char *verdict;             /* VERIFIED, ACCEPTED, REFUTED, ... */
	const char *summary;
	const struct bt_result *failed;  /* a compile that failed: its diagnostics */
	const char *error;               /* why nothing could be checked */
	double encode_ms, solve_ms; /* the symbolic verifier's time */
	int stable_memory;          /* the proof assumed stable memory */
	int stable_task;            /* ... and a task's comm and cgroup */
	char *unattachable;         /* a probe that can never attach, and why */
};

static unsigned env_unsigned(const char *name, double scale)
{
	const char *v = getenv(name);
	if (!v || !*v)
		return 0;
	char *end = NULL;
	double d = strtod(v, &end);
	if (!end || *end || d <= 0 || d * scale > 4e9) {
		fprintf(stderr, "bpftrace --verify: ignoring %s=%s (not a positive number)\n",
			name, v);
		return 0;
	}
	return (unsigned)(d * scale);
}

/* The symbolic verifier decides each assert. Returns -1 when it could not
 * run on this IR at all (every assert is then UNKNOWN with the reason). */
static int judge_asserts(struct report *r, struct checker_report **out)
{
	const struct bt_result *l = r->lowered;
	BT_OPTS(checker_opts, opts,
		.timeout_ms = env_unsigned("BPFTRACE_VERIFY_TIMEOUT", 1000.0),
		.loop_bound = env_unsigned("BPFTRACE_VERIFY_LOOP_BOUND", 1.0),
		.ctx_name = ctx_field_name);
	struct checker_report *cr = checker_prove(l->ir, l->contracts, l->n_contracts,
						  l->maps, l->n_maps, &opts);
	*out = cr;
	if (cr) {
		r->encode_ms = cr->encode_ms;
		r->solve_ms = cr->solve_ms;
		r->stable_memory = cr->assumed_stable_memory;
		r->stable_task = cr->assumed_stable_task;
	}
	for (size_t i = 0; i < r->n_asserts + r->n_skeleton; i++) {
		struct assert_report *a = i < r->n_asserts ? &r->asserts[i]
							   : &r->skeleton[i - r->n_asserts];
		a->verdict = CHECKER_UNKNOWN;
		a->reason = cr && cr->error ? cr->error : "the verifier ran out of memory";
		for (size_t j = 0; cr && !cr->error && j < cr->n_results; j++) {
			if (cr->results[j].id != a->contract->id)
				continue;
			a->verdict = cr->results[j].verdict;
			a->reason = cr->results[j].detail;
			a->result = &cr->results[j];
		}
	}
	return cr && !cr->error ? 0 : -1;
}

/* BPFTRACE_VERIFY_SAVE_IR=FILE keeps the IR the verifier worked on, to
 * replay it (tests/verifier/check_ir) or report a verifier bug. */
static void save_ir(const char *ir)
{
	const char *path = getenv("BPFTRACE_VERIFY_SAVE_IR");
	if (!path || !*path)
		return;
	FILE *f = fopen(path, "w");
	if (!f || fputs(ir, f) < 0)
		fprintf(stderr, "bpftrace --verify: cannot save the IR to %s: %s\n",
			path, strerror(errno));
	if (f)
		fclose(f);
}

static int kernel_accepts(const struct bt_result *loaded)
{
	return loaded && loaded->status == BT_STATUS_OK;
}

/* Whether the kernel has a function of this name: its BTF, else
 * /proc/kallsyms (functions without BTF). */
static int kernel_has_function(const char *name)
{
	static struct btf *btf;
	static int loaded;
	if (!loaded) {
		btf = btf__load_vmlinux_btf();
		loaded = 1;
	}
	if (btf && btf__find_by_name_kind(btf, name, BTF_KIND_FUNC) >= 0)
		return 1;
	FILE *f = fopen("/proc/kallsyms", "re");
	if (!f)
		return 1; /* cannot tell: do not claim it is missing */
	char line[512], sym[256];
	int found = 0;
	/* "ffffffff81000000 T name [module]" */
	while (!found && fgets(line, sizeof(line), f))
		found = sscanf(line, "%*s %*s %255s", sym) == 1 && !strcmp(sym, name);
	fclose(f);
	return found;
}

/* The first kprobe or kretprobe on a function this kernel does not have
 * (a typo, or a function of another kernel): it can never attach, so the
 * program is not VERIFIED whatever its proof says. NULL when none. */
static char *unattachable_probe(const struct bt_result *lowered)
{
	for (size_t i = 0; lowered && i < lowered->n_probes; i++) {
		const char *p = lowered->probes[i];
		const char *fn = !strncmp(p, "kprobe:", 7)	 ? p + 7
				 : !strncmp(p, "kretprobe:", 10) ? p + 10
								  : NULL;
		if (!fn || strpbrk(fn, "*?[:"))
			continue; /* wildcards match what exists */
		char name[256];
		snprintf(name, sizeof(name), "%.*s", (int)strcspn(fn, "+"), fn);
		if (!kernel_has_function(name)) {
			char *why = NULL;
			if (asprintf(&why, "%s can never attach: this kernel has no function %s", p,
				     name) < 0)
				why = NULL;
			return why;
		}
	}
	return NULL;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A section's probe name as bpftrace wrote it: LLVM escapes a byte of a
 * section name that is not printable ASCII, or is '\' or '"', as \XX. */
static char *section_name(const char *name, size_t len)
{
	char *out = malloc(len + 1);
	if (!out)
		return NULL;
	size_t o = 0;
	for (size_t i = 0; i < len; i++) {
		if (name[i] == '\\' && i + 2 < len && isxdigit((unsigned char)name[i + 1]) &&
		    isxdigit((unsigned char)name[i + 2])) {
			char hex[3] = { name[i + 1], name[i + 2], '\0' };
			out[o++] = (char)strtoul(hex, NULL, 16);
			i += 2;
		} else {
			out[o++] = name[i];
		}
	}
	out[o] = '\0';
	/* a USDT probe's section is NAME_locN_INDEX */
	if (!strncmp(out, "usdt:", 5)) {
		char *loc = strrchr(out, '_');
		if (loc && !strncmp(loc, "_loc", 4) && loc[4] &&
		    strspn(loc + 4, "0123456789") == strlen(loc + 4))
			*loc = '\0';
	}
	return out;
}

/* bpftrace's own wildcard: '*' matches any run of characters, every
 * other character (`?`, `[` too) only itself. */
static int wild_match(const char *pat, const char *s)
{
	const char *star = NULL, *resume = NULL;
	while (*s) {
		if (*pat == '*') {
			star = pat++;
			resume = s;
		} else if (*pat == *s) {
			pat++;
			s++;
		} else if (star) {
			pat = star + 1;
			s = ++resume;
		} else {
			return 0;
		}
	}
	while (*pat == '*')
		pat++;
	return !*pat;
}

/* Whether a section's probe (its attach points as written, "a,b", each
 * perhaps a wildcard) has an attach point that exists here: one of the
 * compile's probes (sorted), which are the concrete attach points
 * bpftrace attaches to, and BEGIN/END probes under their whole name. A
 * wildcard is matched only against single attach points (a name with a
 * comma is a whole probe, which '*' would swallow). -1 when out of
 * memory. */
static int section_attaches(const char *name, const char *const *probes, size_t n)
{
	if (n && bsearch(&name, probes, n, sizeof(*probes), cmp_str))
		return 1;
	char *copy = strdup(name);
	if (!copy)
		return -1;
	int live = 0;
	for (char *save = NULL, *ap = strtok_r(copy, ",", &save); ap && !live;
	     ap = strtok_r(NULL, ",", &save)) {
		const char *key = ap;
		if (n && bsearch(&key, probes, n, sizeof(*probes), cmp_str))
			live = 1;
		else if (strchr(ap, '*'))
			for (size_t i = 0; i < n && !live; i++)
				live = !strchr(probes[i], ',') && wild_match(ap, probes[i]);
	}
	free(copy);
	return live;
}

/* A probe of the program that can never attach: its attach points match
 * nothing here (a wildcard over functions this kernel lacks or cannot
 * trace), so its asserts are proven about code that will not run. The
 * probes are the IR's sections "s_NAME_N", NAME as the probe was written
 * (or one attach point of it, when each got a program of its own); the
 * compile's probes are the attach points that exist. A section none of
 * whose attach points is among them never attaches. The same compile
 * gives both, so the injected contracts and the tautology guard's
 * skeleton (the same attach points) change nothing. NULL when every
 * probe attaches somewhere. */
static char *unloaded_probe(const struct bt_result *lowered, const struct bt_result *loaded)
{
	if (!lowered || !loaded || loaded->status != BT_STATUS_OK)
		return NULL;
	static const char oom[] = "could not check that every probe attaches: out of memory";
	const char **probes = calloc(lowered->n_probes + 1, sizeof(*probes));
	if (!probes)
		return strdup(oom);
	size_t n = 0;
	for (size_t i = 0; i < lowered->n_probes; i++)
		if (lowered->probes[i])
			probes[n++] = lowered->probes[i];
	qsort(probes, n, sizeof(*probes), cmp_str);
	char *why = NULL;
	for (const char *p = strstr(lowered->ir, "section \"s_"); p && !why;
	     p = strstr(p + 1, "section \"s_")) {
		const char *name = p + strlen("section \"s_");
		const char *end = strchr(name, '"');
		if (!end)
			break;
		const char *u = end;
		while (u > name && u[-1] >= '0' && u[-1] <= '9')
			u--;
		if (u == end || u == name || u[-1] != '_')
			continue; /* not "NAME_N" */
		char *section = section_name(name, (size_t)(u - 1 - name));
		int live = section ? section_attaches(section, probes, n) : -1;
		if (live < 0)
			why = strdup(oom);
		else if (!live &&
			 asprintf(&why, "%s was never loaded: nothing on this kernel matches it, "
					"so it can never attach", section) < 0)
			why = strdup(oom);
		free(section);
	}
	free(probes);
	return why;
}

static void decide(struct report *r)
{
	size_t counts[CHECKER_UNKNOWN + 1] = { 0 };
	for (size_t i = 0; i < r->n_asserts; i++)
		counts[r->asserts[i].verdict]++;

	if (r->failed || r->error) {
		r->exit_status = VERIFY_ERROR;
		r->verdict = "ERROR";
		r->summary = r->failed ? "NOT VERIFIED: the program does not compile; nothing to verify"
				       : "NOT VERIFIED: nothing could be checked";
	} else if (counts[CHECKER_REFUTED] > 0) {
		r->exit_status = VERIFY_FAILED;
		r->verdict = "REFUTED";
		r->summary = "NOT VERIFIED: an assert is refuted";
	} else if (r->loaded && r->loaded->status == BT_STATUS_REJECTED && r->loaded->n_progs) {
		r->exit_status = VERIFY_FAILED;
		r->verdict = "REJECTED";
		r->summary = "NOT VERIFIED: the kernel verifier rejects the program";
	} else if (!r->loaded || r->loaded->status != BT_STATUS_OK) {
		r->exit_status = VERIFY_NOT_PROVEN;
		r->verdict = "NOT_CHECKED";
		r->summary = "NOT VERIFIED: the kernel check could not run";
	} else if (r->unattachable) {
		r->exit_status = VERIFY_NOT_PROVEN;
		r->verdict = "UNATTACHABLE";
		r->summary = "NOT VERIFIED: a probe can never attach on this kernel";
	} else if (counts[CHECKER_UNKNOWN] > 0 || counts[CHECKER_VACUOUS] > 0) {
		r->exit_status = VERIFY_NOT_PROVEN;
		r->verdict = "NOT_PROVEN";
		r->summary = "NOT VERIFIED: not every assert is proven";
	} else if (r->n_asserts == 0) {
		r->exit_status = VERIFY_OK;
		r->verdict = "ACCEPTED";
		r->summary = "no assert() to prove; the kernel verifier accepts the program";
	} else {
		r->exit_status = VERIFY_OK;
		r->verdict = "VERIFIED";
		/* In --from-english the asserts are the model's own
		 * self-checks and the request's obligations: what each
		 * means is said after the report, never "VERIFIED" here. */
		r->summary = r->for_request
				     ? "every assert above is proven and the kernel accepts the "
				       "program (what they mean for your request follows)"
				     : "VERIFIED: every assert is proven and the kernel accepts the program";
	}
}

/* The last `max_lines` lines of a verifier log (where the kernel says
 * why), or all of it when max_lines is 0. Sets *total to its lines. */
static const char *log_tail(const char *log, int max_lines, const char **end, int *total)
{
	const char *e = log + strlen(log);
	while (e > log && (e[-1] == '\n' || e[-1] == ' '))
		e--;
	*end = e;
	*total = 0;
	for (const char *p = log; p < e; p++)
		*total += *p == '\n';
	if (e > log)
		++*total;
	const char *start = e;
	for (int lines = 0; start > log; start--)
		if (start[-1] == '\n' && ++lines == max_lines)
			break;
	return max_lines ? start : log;
}

/* The lines of the kernel's log shown: 12, all with -v. */
#define LOG_LINES 12

static void print_log_tail(FILE *out, const char *log, int max_lines)
{
	const char *end;
	int total;
	const char *start = log_tail(log, max_lines, &end, &total);
	if (start > log)
		fprintf(out, "  | ... (%d lines before these; -v shows them)\n",
			total - max_lines);
	while (start < end) {
		const char *nl = memchr(start, '\n', (size_t)(end - start));
		const char *stop = nl ? nl : end;
		fprintf(out, "  | %.*s\n", (int)(stop - start), start);
		start = stop + 1;
	}
}

/* Line `line` (1-based) of the source and its length, or NULL. */
static const char *source_line(const char *src, unsigned line, size_t *len)
{
	if (!src || !line)
		return NULL;
	for (unsigned n = 1; n < line; n++) {
		src = strchr(src, '\n');
		if (!src)
			return NULL;
		src++;
	}
	*len = strcspn(src, "\n");
	return src;
}

/* The last column (1-based) of the call that starts at `column` of this
 * line: its closing parenthesis; the line's end when it is not on it. */
static unsigned call_end(const char *text, size_t len, unsigned column)
{
	int depth = 0, str = 0;
	for (size_t i = column ? column - 1 : 0; i < len; i++) {
		char c = text[i];
		if (str) {
			if (c == '\\')
				i++;
			else if (c == '"')
				str = 0;
		} else if (c == '"') {
			str = 1;
		} else if (c == '(') {
			depth++;
		} else if (c == ')' && --depth == 0) {
			return (unsigned)i + 1;
		}
	}
	return (unsigned)len;
}

/* The source line with a caret at `column` and ~ to `end` (the way
 * bpftrace and clang show where), when the source has that line. */
static void print_excerpt(FILE *out, const struct report *r, unsigned line, unsigned column,
			  unsigned end)
{
	size_t len;
	const char *text = source_line(r->source, line, &len);
	if (!text || !column || column > len + 1)
		return;
	if (end < column || end > len)
		end = column;
	fprintf(out, "%.*s\n", (int)len, text);
	for (unsigned i = 1; i < column; i++)
		fputc(text[i - 1] == '\t' ? '\t' : ' ', out);
	fputc('^', out);
	for (unsigned i = column + 1; i <= end; i++)
		fputc('~', out);
	fputc('\n', out);
}

/* "name:line:col: severity: " (or "name: severity: " without a line). */
static void diag_head(FILE *out, const struct report *r, unsigned line, unsigned column,
		      const char *severity)
{
	if (line)
		fprintf(out, "%s:%u:%u: %s: ", r->program_name, line, column, severity);
	else
		fprintf(out, "%s: %s: ", r->program_name, severity);
}

static const char *severity_name(int severity)
{
	return severity == BT_DIAG_ERROR ? "error" : severity == BT_DIAG_WARNING ? "warning" : "note";
}

/* The assert as the user wrote it, when it is on one line; else as
 * bpftrace rebuilt it. The caller frees it. */
static char *assert_text(const struct report *r, const struct bt_contract *c)
{
	size_t len;
	const char *text = source_line(r->source, c->line, &len);
	char *out = NULL;
	if (text && c->column >= 1 && c->column <= len && !strncmp(text + c->column - 1, "assert", 6)) {
		unsigned end = call_end(text, len, c->column);
		if (end < len + 1 && text[end - 1] == ')' &&
		    asprintf(&out, "%.*s", (int)(end - c->column + 1), text + c->column - 1) >= 0)
			return out;
	}
	if (asprintf(&out, "assert(%s%s%s%s)", c->condition, c->message[0] ? ", \"" : "",
		     c->message, c->message[0] ? "\"" : "") < 0)
		out = NULL;
	return out;
}

static void print_assert(FILE *out, const struct report *r, const struct assert_report *a)
{
	const struct bt_contract *c = a->contract;
	const char *severity = a->verdict == CHECKER_PROVEN  ? "note"
			       : a->verdict == CHECKER_REFUTED ? "error"
							       : "warning";
	if (a->verdict == CHECKER_PROVEN && r->quiet)
		return;
	if (a->hidden)
		return;
	/* an insert's location is in its own text: it is named instead */
	unsigned at_line = a->insert ? 0 : c->line, at_column = a->insert ? 0 : c->column;
	char *text = a->insert ? NULL : assert_text(r, c);
	diag_head(out, r, at_line, at_column, severity);
	if (a->insert)
		fprintf(out, "%s: assert(%s, \"%s\") is %s\n", a->insert->at.origin, c->condition,
			c->message, checker_verdict_name(a->verdict));
	else
		fprintf(out, "%s is %s\n", text ? text : "assert", checker_verdict_name(a->verdict));
	free(text);
	if (a->verdict == CHECKER_PROVEN)
		return;
	size_t len;
	const char *line = at_line ? source_line(r->source, c->line, &len) : NULL;
	if (line)
		print_excerpt(out, r, c->line, c->column, call_end(line, len, c->column));
	if (a->reason) {
		diag_head(out, r, at_line, at_column, "note");
		fprintf(out, "%s\n", a->reason);
	}
	if (!a->result)
		return;
	if (r->verbose) {
		const char *sep = "";
		for (size_t i = 0; i < a->result->n_values; i++) {
			const struct checker_value *v = &a->result->values[i];
			if (v->relevant)
				continue;
			if (!*sep)
				diag_head(out, r, at_line, at_column, "note");
			fprintf(out, "%s%s = %s", *sep ? sep : "the run's other values: ", v->name,
				v->shown ? v->shown : "?");
			sep = ", ";
		}
		if (*sep)
			fputc('\n', out);
	}
	if (a->result->hint) {
		diag_head(out, r, at_line, at_column, "note");
		fprintf(out, "%s\n", a->result->hint);
	}
}

/* Whether the i-th program's verdict repeats an earlier one (a probe of
 * several attach points is loaded once per point). */
static int repeated_prog(const struct bt_result *l, size_t i)
{
	const struct bt_prog_verdict *p = &l->progs[i];
	for (size_t j = 0; j < i; j++)
		if (!strcmp(l->progs[j].probe, p->probe) && l->progs[j].accepted == p->accepted &&
		    !strcmp(l->progs[j].error, p->error))
			return 1;
	return 0;
}

/* Whether the i-th diagnostic repeats an earlier one. */
static int repeated_diag(const struct bt_result *l, size_t i)
{
	const struct bt_diag *d = &l->diags[i];
	for (size_t j = 0; j < i; j++)
		if (l->diags[j].line == d->line && l->diags[j].column == d->column &&
		    l->diags[j].severity == d->severity && !strcmp(l->diags[j].message, d->message))
			return 1;
	return 0;
}

/* Diagnostic i of `l`, named by the kernel contract it is in when it is
 * one's (the host inserted it; its line and column are the contract's
 * own): then *named is the message to free. */
static struct bt_diag diag_named(const struct report *r, const struct bt_result *l, size_t i,
				 char **named)
{
	struct bt_diag d = l->diags[i];
	*named = NULL;
	int tag = BT_HAS(l, diag_tags) && l->diag_tags ? l->diag_tags[i] : -1;
	const struct bt_insert *at = NULL;
	if (tag >= 0 && r->kernel && (size_t)tag < r->kernel->n)
		at = &r->kernel->inserts[tag];
	else if (tag >= INSERT_TAG && r->extra && (size_t)(tag - INSERT_TAG) < r->extra->n_inserts)
		at = &r->extra->inserts[tag - INSERT_TAG].at;
	if (!at)
		return d;
	if (asprintf(named, "%s: %s(%s): %s", at->origin,
		     at->kind == BT_CONTRACT_ASSERT ? "assert" : "assume", at->condition,
		     d.message) < 0)
		*named = NULL;
	d.line = d.column = d.end_column = 0;
	d.message = *named ? *named : d.message;
	return d;
}

/* bpftrace's own diagnostics of `l`: errors, or with `warnings_only` its
 * warnings (a probe that matches nothing, a function that is not
 * traceable, a truncated string: --verify used to hide them). */
static void print_diags(FILE *out, const struct report *r, const struct bt_result *l,
			int warnings_only)
{
	int printed = 0;
	for (size_t i = 0; l && i < l->n_diags; i++) {
		if ((warnings_only && l->diags[i].severity != BT_DIAG_WARNING) || repeated_diag(l, i))
			continue;
		char *named;
		struct bt_diag d = diag_named(r, l, i, &named);
		diag_head(out, r, d.line, d.column, severity_name(d.severity));
		fprintf(out, "%s\n", d.message);
		print_excerpt(out, r, d.line, d.column, d.end_column);
		free(named);
		printed = 1;
	}
	if (!printed && !warnings_only && l && l->text[0])
		fputs(l->text, out); /* the compiler said more than its diagnostics */
}

static void print_text(const struct report *r, FILE *out)
{
	if (r->failed || r->error) {
		print_diags(out, r, r->failed, 0);
		if (r->error) {
			diag_head(out, r, 0, 0, "error");
			fprintf(out, "%s\n", r->error);
		}
		fprintf(out, "%s\n", r->summary);
		return;
	}
	if (r->kernel && r->n_kernel && !r->quiet) {
		diag_head(out, r, 0, 0, "note");
		fprintf(out, "assuming the kernel's contracts (Linux %s, generated %s from %s; "
			     "--no-kernel-contracts turns this off):\n",
			r->contracts_release, r->contracts_generated, r->contracts_inputs);
		for (size_t i = 0; i < r->n_kernel; i++)
			fprintf(out, "  %s: %s [%s%s]\n", r->kernel->facts[i].hook,
				r->kernel->facts[i].fact->expr, r->kernel->facts[i].fact->source,
				r->kernel->facts[i].fact->conventional ? ", conventional" : "");
	}
	if (r->stable_memory && r->n_asserts && !r->quiet) {
		diag_head(out, r, 0, 0, "note");
		fprintf(out, "assuming kernel and user memory that one probe run reads twice does "
			     "not change in between (another CPU may change it)\n");
	}
	if (r->stable_task && r->n_asserts && !r->quiet) {
		diag_head(out, r, 0, 0, "note");
		fprintf(out, "assuming %s\n", STABLE_TASK);
	}
	if (r->n_asserts == 0 && !r->quiet) {
		diag_head(out, r, 0, 0, "note");
		fprintf(out, "the program has no assert() to prove\n");
	}
	for (size_t i = 0; i < r->n_asserts; i++)
		print_assert(out, r, &r->asserts[i]);
	print_diags(out, r, r->lowered, 1);
	if (r->unattachable) {
		diag_head(out, r, 0, 0, "error");
		fprintf(out, "%s\n", r->unattachable);
	}
	for (size_t i = 0; r->loaded && i < r->loaded->n_progs; i++) {
		const struct bt_prog_verdict *p = &r->loaded->progs[i];
		if (repeated_prog(r->loaded, i) || (p->accepted && r->quiet))
			continue;
		if (p->accepted) {
			diag_head(out, r, 0, 0, "note");
			fprintf(out, "the kernel verifier accepts %s (%zu instructions)\n", p->probe,
				p->insns);
		} else {
			diag_head(out, r, 0, 0, "error");
			fprintf(out, "the kernel verifier rejects %s: %s\n", p->probe, p->error);
			print_log_tail(out, p->verifier_log, r->verbose ? 0 : LOG_LINES);
		}
	}
	if (r->loaded && r->loaded->status != BT_STATUS_OK && r->loaded->text[0])
		fputs(r->loaded->text, out);
	fprintf(out, "%s\n", r->summary);
}

/* --- JSON ----------------------------------------------------------------- */

/* Every string goes in as valid UTF-8 (an assert message or a path may
 * hold any bytes). */
static void add_str(cJSON *o, const char *key, const char *value)
{
	char *clean = bte_utf8_copy(value ? value : "");
	cJSON_AddStringToObject(o, key, clean ? clean : "");
	free(clean);
}

static cJSON *str_item(const char *value)
{
	char *clean = bte_utf8_copy(value ? value : "");
	cJSON *item = cJSON_CreateString(clean ? clean : "");
	free(clean);
	return item;
}

static cJSON *diag_json(const struct report *r, const struct bt_diag *d)
{
	cJSON *o = cJSON_CreateObject();
	add_str(o, "file", r->program_name);
	cJSON_AddNumberToObject(o, "line", d->line);
	cJSON_AddNumberToObject(o, "column", d->column);
	if (d->end_column)
		cJSON_AddNumberToObject(o, "end_column", d->end_column);
	add_str(o, "severity", severity_name(d->severity));
	add_str(o, "message", d->message);
	return o;
}

static void add_diags(cJSON *arr, const struct report *r, const struct bt_result *l,
		      int warnings_only)
{
	for (size_t i = 0; l && i < l->n_diags; i++)
		if ((!warnings_only || l->diags[i].severity == BT_DIAG_WARNING) && !repeated_diag(l, i)) {
			char *named;
			struct bt_diag d = diag_named(r, l, i, &named);
			cJSON_AddItemToArray(arr, diag_json(r, &d));
			free(named);
		}
}

static cJSON *assert_json(const struct report *r, const struct assert_report *a)
{
	cJSON *o = cJSON_CreateObject();
	const struct bt_contract *c = a->contract;
	cJSON_AddNumberToObject(o, "id", c->id);
	add_str(o, "file", r->program_name);
	/* an insert: no place in the program, but its origin */
	cJSON_AddNumberToObject(o, "line", a->insert ? 0 : c->line);
	cJSON_AddNumberToObject(o, "column", a->insert ? 0 : c->column);
	if (a->insert)
		add_str(o, "inserted", a->insert->at.origin);
	add_str(o, "probe", c->probe);
	add_str(o, "condition", c->condition);
	add_str(o, "message", c->message);
	char *text = NULL;
	if (a->insert) {
		if (asprintf(&text, "assert(%s, \"%s\")", c->condition, c->message) < 0)
			text = NULL;
	} else
		text = assert_text(r, c);
	add_str(o, "source", text);
	free(text);
	add_str(o, "verdict", checker_verdict_name(a->verdict));
	if (a->reason)
		add_str(o, "reason", a->reason);
	if (a->result && a->result->n_values) {
		cJSON *cex = cJSON_AddArrayToObject(o, "counterexample");
		for (size_t i = 0; i < a->result->n_values; i++) {
			const struct checker_value *v = &a->result->values[i];
			cJSON *e = cJSON_CreateObject();
			add_str(e, "name", v->name);
			add_str(e, "value", v->value);
			if (v->hex)
				add_str(e, "hex", v->hex);
			cJSON_AddBoolToObject(e, "relevant", v->relevant);
			cJSON_AddItemToArray(cex, e);
		}
	}
	if (a->result && a->result->hint)
		add_str(o, "hint", a->result->hint);
	return o;
}

static cJSON *prog_json(const struct report *r, const struct bt_prog_verdict *p)
{
	cJSON *o = cJSON_CreateObject();
	add_str(o, "probe", p->probe);
	cJSON_AddBoolToObject(o, "accepted", p->accepted);
	cJSON_AddNumberToObject(o, "instructions", (double)p->insns);
	add_str(o, "error", p->error);
	const char *end;
	int total;
	const char *start = log_tail(p->verifier_log, r->verbose ? 0 : LOG_LINES, &end, &total);
	char *log = strndup(start, (size_t)(end - start));
	add_str(o, "verifier_log", log);
	free(log);
	cJSON_AddNumberToObject(o, "verifier_log_lines", total);
	cJSON_AddBoolToObject(o, "verifier_log_trimmed", start > p->verifier_log);
	return o;
}

static cJSON *verify_json_document(const char *program, int exit_status, const char *verdict,
			    const char *summary)
{
	cJSON *doc = cJSON_CreateObject();
	cJSON_AddStringToObject(doc, "type", "verify");
	cJSON *data = cJSON_AddObjectToObject(doc, "data");
	cJSON_AddNumberToObject(data, "schema_version", VERIFY_JSON_SCHEMA);
	add_str(data, "program", program);
	cJSON_AddStringToObject(data, "verdict", verdict);
	cJSON_AddNumberToObject(data, "exit_status", exit_status);
	add_str(data, "summary", summary);
	return doc;
}

static void print_json(const struct report *r, FILE *out)
{
	cJSON *doc = verify_json_document(r->program_name, r->exit_status, r->verdict, r->summary);
	cJSON *root = cJSON_GetObjectItem(doc, "data");
	cJSON *diags = cJSON_AddArrayToObject(root, "diagnostics");
	add_diags(diags, r, r->failed, 0);
	add_diags(diags, r, r->lowered, 1);
	if (r->failed && !r->failed->n_diags && r->failed->text[0]) {
		struct bt_diag d = { .severity = BT_DIAG_ERROR, .message = r->failed->text };
		cJSON_AddItemToArray(diags, diag_json(r, &d));
	}
	if (r->error) {
		struct bt_diag d = { .severity = BT_DIAG_ERROR, .message = r->error };
		cJSON_AddItemToArray(diags, diag_json(r, &d));
	}
	if (r->unattachable) {
		struct bt_diag d = { .severity = BT_DIAG_ERROR, .message = r->unattachable };
		cJSON_AddItemToArray(diags, diag_json(r, &d));
	}
	if (r->loaded && r->loaded->status != BT_STATUS_OK && r->loaded->text[0]) {
		/* why the kernel check did not run, or what it said beside its
		 * programs' verdicts */
		struct bt_diag d = { .severity = BT_DIAG_ERROR, .message = r->loaded->text };
		cJSON_AddItemToArray(diags, diag_json(r, &d));
	}
	cJSON *assumed = cJSON_AddArrayToObject(root, "kernel_contracts");
	for (size_t i = 0; r->lowered && r->kernel && i < r->n_kernel; i++) {
		cJSON *o = cJSON_CreateObject();
		add_str(o, "hook", r->kernel->facts[i].hook);
		add_str(o, "expr", r->kernel->facts[i].fact->expr);
		add_str(o, "source", r->kernel->facts[i].fact->source);
		add_str(o, "class", r->kernel->facts[i].fact->conventional ? "conventional"
									     : "guaranteed");
		cJSON_AddItemToArray(assumed, o);
	}
	if (r->lowered && r->contracts_release) {
		cJSON *ds = cJSON_AddObjectToObject(root, "kernel_contracts_dataset");
		add_str(ds, "release", r->contracts_release);
		add_str(ds, "generated", r->contracts_generated);
		add_str(ds, "from", r->contracts_inputs);
	}
	cJSON *model = cJSON_AddArrayToObject(root, "model_assumptions");
	if (r->stable_memory && r->n_asserts)
		cJSON_AddItemToArray(model, str_item(
			"kernel and user memory that one probe run reads twice does not change in between"));
	if (r->stable_task && r->n_asserts)
		cJSON_AddItemToArray(model, str_item(STABLE_TASK));
	cJSON *asserts = cJSON_AddArrayToObject(root, "asserts");
	for (size_t i = 0; i < r->n_asserts; i++)
		if (!r->asserts[i].hidden)
			cJSON_AddItemToArray(asserts, assert_json(r, &r->asserts[i]));
	cJSON *unattachable = cJSON_AddArrayToObject(root, "unattachable");
	if (r->unattachable)
		cJSON_AddItemToArray(unattachable, str_item(r->unattachable));
	cJSON *kernel = cJSON_AddObjectToObject(root, "kernel");
	cJSON_AddBoolToObject(kernel, "checked", r->loaded && r->loaded->n_progs);
	cJSON_AddBoolToObject(kernel, "accepted", kernel_accepts(r->loaded));
	cJSON *progs = cJSON_AddArrayToObject(kernel, "programs");
	for (size_t i = 0; r->loaded && i < r->loaded->n_progs; i++)
		if (!repeated_prog(r->loaded, i))
			cJSON_AddItemToArray(progs, prog_json(r, &r->loaded->progs[i]));
	cJSON *timing = cJSON_AddObjectToObject(root, "verifier_ms");
	cJSON_AddNumberToObject(timing, "encode", r->encode_ms);
	cJSON_AddNumberToObject(timing, "solve", r->solve_ms);
	char *text = cJSON_PrintUnformatted(doc);
	if (text) {
		fprintf(out, "%s\n", text);
		cJSON_free(text);
	}
	cJSON_Delete(doc);
}

int verify_command(const struct bt_host *host, const struct bt_invocation *inv,
		   FILE *out)
{
	return verify_program(host, inv, out, stderr, 1);
}

struct load_job {
	const struct bt_host *host;
	const struct bt_program_opts *opts;
	pthread_t thread;
	struct bt_result *result;
	int error;
};

static void *load_job_run(void *arg)
{
	struct load_job *job = arg;
	job->result = job->host->load_check(job->opts);
	job->error = job->result ? 0 : errno;
	return NULL;
}

/* The kernel check's result: from the thread when it started, else run
 * here. NULL with errno when it could not run. */
static const struct bt_result *load_job_join(struct load_job *job, int started)
{
	if (!started)
		return job->host->load_check(job->opts);
	pthread_join(job->thread, NULL);
	errno = job->error;
	return job->result;
}

/* The program bpftrace lowers: the program, then the skeleton's blocks
 * (when there is one). NULL when out of memory. */
static char *program_to_lower(const char *program, const char *skeleton)
{
	if (!skeleton)
		return strdup(program);
	char *text = NULL;
	size_t plen = strlen(program);
	int nl = plen && program[plen - 1] != '\n';
	if (asprintf(&text, "%s%s%s", program, nl ? "\n" : "", skeleton) < 0)
		text = NULL;
	return text;
}

/* The kernel's contracts of the probe blocks of `text` (the program's
 * `n_program` blocks, then the skeleton's), as inserts for the host;
 * *n_program_inserts of them are the program's. `blocks` are the names
 * the caller's parse gave them; NULL: the host parses `text` here (it
 * is the program alone). Returns 0, or -1 when it did not parse (then
 * the compile says why) or memory ran out. */
static int kernel_contracts_of(const struct bt_host *host, const struct bt_program_opts *base,
			       const char *text, const char *const *blocks, size_t n_blocks,
			       size_t n_program, const struct contracts *db,
			       struct kernel_inserts *out, size_t *n_program_inserts)
{
	memset(out, 0, sizeof(*out));
	*n_program_inserts = 0;
	struct bt_result *parsed = NULL;
	if (!blocks) {
		if (!BT_HAS(host, parse) || !host->parse)
			return -1;
		BT_OPTS(bt_program_opts, po, .text = text, .name = base->name);
		parsed = host->parse(&po);
		if (!parsed || parsed->status != BT_STATUS_OK) {
			host->result_free(parsed);
			return -1;
		}
		blocks = parsed->blocks;
		n_blocks = n_program = parsed->n_blocks;
	}
	int err = kernel_inserts_for(db, blocks, n_blocks, out) ? -1 : 0;
	for (size_t i = 0; !err && i < out->n; i++)
		*n_program_inserts += out->inserts[i].probe < n_program;
	host->result_free(parsed);
	return err;
}

/* The inserts of a compile, in *out (free it; NULL when there are none):
 * the kernel's `n_kernel` first (tag i), then the caller's (tag
 * INSERT_TAG + i), without the skeleton's when `skeleton` is 0. Returns
 * 0, or -1 when out of memory. */
static int inserts_of(const struct kernel_inserts *kernel, size_t n_kernel,
		      const struct verify_extra *extra, int skeleton, struct bt_insert **out,
		      size_t *n)
{
	size_t theirs = extra ? extra->n_inserts : 0;
	struct bt_insert *all = calloc(n_kernel + theirs + 1, sizeof(*all));
	*out = NULL;
	*n = 0;
	if (!all)
		return -1;
	for (size_t i = 0; i < n_kernel; i++)
		all[(*n)++] = kernel->inserts[i];
	for (size_t i = 0; i < theirs; i++) {
		const struct verify_insert *v = &extra->inserts[i];
		if (!skeleton && v->skeleton)
			continue;
		all[*n] = v->at;
		all[(*n)++].tag = INSERT_TAG + (int)i;
	}
	if (*n)
		*out = all;
	else
		free(all);
	return 0;
}

/* How many statements the caller has inserted. */
static size_t n_inserts_asked(const struct verify_extra *extra)
{
	return extra ? extra->n_inserts : 0;
}

/* The caller's insert that tag `tag` is, or NULL. */
static struct verify_insert *insert_of(struct verify_extra *extra, int tag)
{
	if (!extra || tag < INSERT_TAG || (size_t)(tag - INSERT_TAG) >= extra->n_inserts)
		return NULL;
	return &extra->inserts[tag - INSERT_TAG];
}

/* Each insert's verdict, the weakest of its copies; one copy of each
 * reports it (the weakest), the others are hidden. */
static void insert_verdicts(struct report *r, struct verify_extra *extra)
{
	static const int RANK[] = { [VERIFY_PROVEN] = 1, [VERIFY_UNDECIDED] = 2,
				    [VERIFY_REFUTED] = 3 };
	for (size_t i = 0; extra && i < extra->n_inserts; i++) {
		struct verify_insert *v = &extra->inserts[i];
		v->verdict = VERIFY_NOT_JUDGED;
		struct assert_report *shown = NULL;
		for (size_t k = 0; k < r->n_asserts + r->n_skeleton; k++) {
			struct assert_report *a = k < r->n_asserts ? &r->asserts[k]
								   : &r->skeleton[k - r->n_asserts];
			if (a->insert != v)
				continue;
			int verdict = a->verdict == CHECKER_PROVEN	  ? VERIFY_PROVEN
				      : a->verdict == CHECKER_REFUTED ? VERIFY_REFUTED
								      : VERIFY_UNDECIDED;
			a->hidden = 1;
			if (v->verdict == VERIFY_NOT_JUDGED || RANK[verdict] > RANK[v->verdict]) {
				v->verdict = verdict;
				shown = a;
			}
		}
		if (shown)
			shown->hidden = 0;
	}
}

/* Tells the caller a stage is done, when it asked. */
static void stage_done(const struct verify_extra *x, double since, const char *fmt, ...)
{
	if (!x || !x->stage)
		return;
	char what[256];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	x->stage(x->arg, what, bte_now_ms() - since);
}

int verify_program(const struct bt_host *host, const struct bt_invocation *inv,
		   FILE *out, FILE *diag, int kernel_check)
{
	return verify_with(host, inv, out, diag, kernel_check, NULL);
}

/* What the proof assumed, in words, for a caller of verify_with(): each
 * kernel contract of the program's probes, then the model's assumptions. */
static void assumptions_to(struct verify_extra *extra, const struct report *r)
{
	size_t n = (r->kernel ? r->n_kernel : 0) + 2;
	extra->assumed = calloc(n, sizeof(*extra->assumed));
	extra->n_assumed = 0;
	for (size_t i = 0; extra->assumed && r->kernel && i < r->n_kernel; i++)
		if (asprintf(&extra->assumed[extra->n_assumed], "%s: %s [%s%s]",
			     r->kernel->facts[i].hook, r->kernel->facts[i].fact->expr,
			     r->kernel->facts[i].fact->source,
			     r->kernel->facts[i].fact->conventional ? ", conventional" : "") >= 0)
			extra->n_assumed++;
	if (extra->assumed && r->stable_memory && r->n_asserts)
		extra->assumed[extra->n_assumed++] = strdup(
			"kernel and user memory that one probe run reads twice does not change in "
			"between (another CPU may change it)");
	if (extra->assumed && r->stable_task && r->n_asserts)
		extra->assumed[extra->n_assumed++] = strdup(STABLE_TASK);
}

/* The errors of a compile that failed, for a caller of verify_with(). */
static void errors_to(struct verify_extra *extra, const struct report *r)
{
	extra->not_compiled = 1;
	const struct bt_result *l = r->failed;
	extra->errors = calloc(l->n_diags ? l->n_diags : 1, sizeof(*extra->errors));
	extra->error_inserts = calloc(l->n_diags ? l->n_diags : 1, sizeof(int));
	for (size_t i = 0; extra->errors && extra->error_inserts && i < l->n_diags; i++) {
		if (l->diags[i].severity != BT_DIAG_ERROR)
			continue;
		struct bt_diag d = l->diags[i];
		d.message = strdup(d.message ? d.message : "");
		int tag = BT_HAS(l, diag_tags) && l->diag_tags ? l->diag_tags[i] : -1;
		struct verify_insert *v = insert_of(extra, tag);
		extra->error_inserts[extra->n_errors] = v ? (int)(v - extra->inserts) : -1;
		if (d.message)
			extra->errors[extra->n_errors++] = d;
	}
}

/* The compile's variables, for a caller of verify_with(). */
static void variables_to(struct verify_extra *extra, const struct bt_result *l)
{
	size_t n = BT_HAS(l, variables) && l->variables ? l->n_variables : 0;
	extra->variables = calloc(n + 1, sizeof(*extra->variables));
	extra->n_variables = 0;
	for (size_t i = 0; extra->variables && i < n; i++) {
		struct bt_variable v = { l->variables[i].block, strdup(l->variables[i].name),
					 strdup(l->variables[i].type) };
		if (!v.name || !v.type) {
			free((char *)v.name);
			free((char *)v.type);
			continue;
		}
		extra->variables[extra->n_variables++] = v;
	}
}

void verify_extra_free(struct verify_extra *extra)
{
	for (size_t i = 0; i < extra->n_variables; i++) {
		free((char *)extra->variables[i].name);
		free((char *)extra->variables[i].type);
	}
	free(extra->variables);
	extra->variables = NULL;
	extra->n_variables = 0;
	for (size_t i = 0; i < extra->n_errors; i++)
		free((char *)extra->errors[i].message);
	free(extra->errors);
	free(extra->error_inserts);
	extra->errors = NULL;
	extra->error_inserts = NULL;
	extra->n_errors = 0;
	for (size_t i = 0; i < extra->n_assumed; i++)
		free(extra->assumed[i]);
	free(extra->assumed);
	extra->assumed = NULL;
	extra->n_assumed = 0;
}

int verify_json_wanted(const struct bt_invocation *inv)
{
	return BT_HAS(inv, output_format) && inv->output_format &&
	       strcmp(inv->output_format, "json") == 0;
}

/* Past the string or comment at p (counting its lines into *line), or
 * NULL when p starts neither. */
static const char *past_lexeme(const char *p, const char *end, unsigned *line)
{
	const char *skip = lexeme_end(p, end);
	for (const char *q = p; skip && q < skip; q++)
		*line += *q == '\n';
	return skip;
}

/* The line of the first place, outside strings and comments, where
 * `at` holds; 0 when none. */
static unsigned first_code_line(const char *program,
				int (*at)(const char *program, const char *p))
{
	const char *end = program + strlen(program);
	unsigned line = 1;
	for (const char *p = program; p < end;) {
		const char *skip = past_lexeme(p, end, &line);
		if (skip) {
			p = skip;
			continue;
		}
		if (at(program, p))
			return line;
		line += *p++ == '\n';
	}
	return 0;
}

/* A positional parameter the program reads: $1, $#. */
static int positional_at(const char *program, const char *p)
{
	(void)program;
	return *p == '$' && (isdigit((unsigned char)p[1]) || p[1] == '#');
}

/* A preprocessor directive: a '#' wherever it is (bpftrace's lexer takes
 * one after a struct on the same line), not the "$#" of a positional
 * parameter nor "#!" (a shebang, which the lexer skips). Any of them,
 * #include <header> too, can define a macro that changes what a type or a
 * field is. */
static int directive_at(const char *program, const char *p)
{
	return *p == '#' && p[1] != '!' && !(p > program && p[-1] == '$');
}

/* The line of a preprocessor directive ("#define", "# include", ...)
 * wherever it is, even where the scan above takes it for a string or a
 * comment: bpftrace's lexer reads a struct's body raw, so a C character
 * literal '"' there opens no string. Only the directives' own words
 * count: "#5ba5" in an obligation's message is none. 0 when there is
 * none. (verify.h) */
unsigned verify_directive_line(const char *program)
{
	static const char *const WORDS[] = { "define", "undef", "include", "if", "ifdef",
					     "ifndef", "elif", "else", "endif", "pragma",
					     "line", "error", "warning", "import", NULL };
	unsigned line = 1;
	for (const char *p = program; *p; p++) {
		if (*p == '\n')
			line++;
		if (*p != '#' || (p == program && p[1] == '!'))
			continue;
		const char *q = p + 1;
		while (*q == ' ' || *q == '\t')
			q++;
		size_t n = 0;
		while (isalpha((unsigned char)q[n]))
			n++;
		for (const char *const *w = WORDS; n && *w; w++)
			if (strlen(*w) == n && !strncmp(q, *w, n))
				return line;
	}
	return 0;
}

int verify_with(const struct bt_host *host, const struct bt_invocation *inv, FILE *out,
		FILE *diag, int kernel_check, struct verify_extra *extra)
{
	const char *name = BT_HAS(inv, program_name) && inv->program_name ?
				   inv->program_name : "stdin";
	int json = verify_json_wanted(inv);
	BT_OPTS(bt_program_opts, opts, .text = inv->program, .name = name,
		.unsafe = BT_HAS(inv, unsafe) ? inv->unsafe : 0,
		.has_child = BT_HAS(inv, has_child) ? inv->has_child : 0);
	struct report r = { .program_name = name, .source = inv->program,
			    .verbose = BT_HAS(inv, verbose) ? inv->verbose : 0,
			    .quiet = BT_HAS(inv, quiet) ? inv->quiet : 0,
			    .for_request = extra != NULL, .extra = extra };
	int status = VERIFY_ERROR;
	char *error = NULL;
	struct checker_report *proofs = NULL;
	double t0 = bte_now_ms();
	/* The kernel's check needs nothing of the proof: it runs in its own
	 * bpftrace child meanwhile, on the other core. */
	struct load_job job = { .host = host, .opts = &opts };
	int job_started = kernel_check && pthread_create(&job.thread, NULL, load_job_run, &job) == 0;

	/* The kernel's contracts of the probes used become assumptions. */
	struct kernel_inserts kernel = { 0 };
	struct contracts *db = NULL;
	if (!(BT_HAS(inv, no_kernel_contracts) && inv->no_kernel_contracts)) {
		struct contracts_cache_opts kopts = {
			.sz = sizeof(kopts), .log = diag,
			.quiet = BT_HAS(inv, quiet) && inv->quiet,
			.verbose = BT_HAS(inv, verbose) && inv->verbose,
		};
		contracts_cache_opts_from_env(&kopts);
		db = contracts_cache_open(&kopts);
		contracts_assume_conventional(db, BT_HAS(inv, assume_conventional) &&
							  inv->assume_conventional);
	}
	char *text = NULL;
	struct bt_result *lowered = NULL;
	unsigned positional = first_code_line(inv->program, positional_at);
	if (positional) {
		/* the proof would see $1 as 0 and "" where a run sees its value */
		if (asprintf(&error, "line %u reads a positional parameter ($1, $#): the proof would "
				     "see it as 0 or \"\" while a run may give it any value; write the "
				     "value into the program to verify it", positional) < 0)
			error = NULL;
		r.error = error ? error : "the program reads a positional parameter";
		contracts_free(db);
		db = NULL;
		goto report;
	}
	/* A contract is a fact about the kernel's fields, over their types:
	 * the program's own macros (or the user's headers, -I/--include)
	 * could make the same text read another field or width. */
	unsigned macro = db ? first_code_line(inv->program, directive_at) : 0;
	if (db && !macro)
		macro = verify_directive_line(inv->program);
	int includes = BT_HAS(inv, has_includes) && inv->has_includes;
	if (db && (macro || includes)) {
		if (!r.quiet && !json) {
			if (macro)
				fprintf(diag, "%s:%u:1: note: not assuming the kernel's contracts: a "
					      "preprocessor directive here can change what a field's type "
					      "is\n", name, macro);
			else
				fprintf(diag, "%s: note: not assuming the kernel's contracts: -I or "
					      "--include can change what a field's type is\n", name);
		}
		contracts_free(db);
		db = NULL;
	}
	const char *skeleton = extra && extra->skeleton && extra->skeleton[0] ? extra->skeleton : NULL;
	const char *const *blocks = extra ? extra->blocks : NULL;
	if (!blocks && extra && (skeleton || extra->n_inserts)) {
		/* nothing can be put where the caller meant without its blocks */
		r.error = "verify_with(): a skeleton or inserts without the blocks they go in";
		goto report;
	}
	text = program_to_lower(inv->program, skeleton);
	size_t n_kernel = 0;
	if (db && kernel_contracts_of(host, &opts, text ? text : inv->program, blocks,
				      blocks ? extra->n_blocks : 0,
				      blocks ? extra->n_program_blocks : 0, db, &kernel,
				      &n_kernel) == 0) {
		r.kernel = &kernel;
		r.n_kernel = n_kernel;
		r.contracts_release = contracts_kernel_release(db);
		r.contracts_generated = contracts_generated(db);
		r.contracts_inputs = contracts_inputs(db);
	}
	size_t n_inserts = 0;
	struct bt_insert *inserts = NULL;
	if (inserts_of(&kernel, r.kernel ? kernel.n : 0, extra, 1, &inserts, &n_inserts) != 0) {
		r.error = "out of memory";
		goto report;
	}
	BT_OPTS(bt_program_opts, lower_opts, .text = text ? text : inv->program,
		.name = name, .unsafe = opts.unsafe, .has_child = opts.has_child,
		.inserts = inserts, .n_inserts = n_inserts);
	/* The solver's context is made while bpftrace compiles (after the
	 * contracts' cache is read: its page faults would slow that) */
	checker_prepare();

	lowered = host->lower(&lower_opts);
	int skeleton_inserts = 0;
	for (size_t i = 0; extra && i < extra->n_inserts; i++)
		skeleton_inserts |= extra->inserts[i].skeleton;
	if (lowered && lowered->status != BT_STATUS_OK && (skeleton || skeleton_inserts)) {
		/* The program alone, then: a candidate is never rejected for
		 * its skeleton (a variable of an obligation that is not a
		 * number, say), and none of the skeleton's asserts is judged */
		host->result_free(lowered);
		free(text);
		free(inserts);
		text = program_to_lower(inv->program, NULL);
		/* the skeleton's kernel contracts go with it */
		if (inserts_of(&kernel, r.kernel ? n_kernel : 0, extra, 0, &inserts, &n_inserts)) {
			r.error = "out of memory";
			goto report;
		}
		lower_opts.text = text ? text : inv->program;
		lower_opts.inserts = inserts;
		lower_opts.n_inserts = n_inserts;
		lowered = host->lower(&lower_opts);
	}
	if (!lowered) {
		if (asprintf(&error, "could not run bpftrace's compiler: %s", strerror(errno)) < 0)
			error = NULL;
		r.error = error ? error : "could not run bpftrace's compiler";
		free(inserts);
		goto report;
	}
	if (lowered->status != BT_STATUS_OK && r.kernel && kernel.n) {
		/* Say what is wrong with the program as the user wrote it (with
		 * the caller's inserts, which are its to fix). */
		size_t n_theirs = 0;
		struct bt_insert *theirs = NULL;
		if (inserts_of(&kernel, 0, extra, 0, &theirs, &n_theirs) != 0) {
			free(inserts);
			r.error = "out of memory";
			goto report;
		}
		BT_OPTS(bt_program_opts, plain_opts, .text = inv->program, .name = name,
			.unsafe = opts.unsafe, .has_child = opts.has_child, .inserts = theirs,
			.n_inserts = n_theirs);
		struct bt_result *plain = host->lower(&plain_opts);
		free(theirs);
		if (plain && plain->status == BT_STATUS_OK) {
			/* the first error in a contract says which and why */
			char *named = NULL;
			for (size_t i = 0; i < lowered->n_diags && !named; i++) {
				int tag = BT_HAS(lowered, diag_tags) && lowered->diag_tags
						  ? lowered->diag_tags[i] : -1;
				if (tag < 0 || (size_t)tag >= kernel.n)
					continue; /* not a kernel contract's */
				struct bt_diag d = diag_named(&r, lowered, i, &named);
				if (named && d.severity != BT_DIAG_ERROR) {
					free(named);
					named = NULL;
				}
			}
			/* a dataset's bug, or the program's own macro renaming a
			 * probe: nothing is assumed about another probe */
			if (asprintf(&error, "the kernel contracts of its probes cannot be put into "
					     "it (%s); retry with --no-kernel-contracts",
				     named ? named : "they do not compile with it") < 0)
				error = NULL;
			free(named);
			r.error = error ? error
					: "the kernel contracts of its probes cannot be put into it";
		}
		if (plain) {
			host->result_free(lowered);
			lowered = plain;
		}
		if (r.error) {
			free(inserts);
			goto report; /* nothing is checked: nothing is reported as checked */
		}
	}
	free(inserts);
	if (lowered->status != BT_STATUS_OK) {
		/* bpftrace's own diagnostics say what is wrong. */
		if (!r.error)
			r.failed = lowered;
		goto report;
	}
	r.lowered = lowered;
	stage_done(extra, t0, "compiled for the proof");
	save_ir(lowered->ir);
	if (n_inserts_asked(extra) && !(BT_HAS(lowered, contract_tags) && lowered->contract_tags)) {
		/* its asserts could not be told from the program's */
		r.error = "bpftrace gave no tags for the statements inserted into the program";
		goto report;
	}
	r.asserts = calloc(lowered->n_contracts ? lowered->n_contracts : 1,
			   sizeof(*r.asserts));
	r.skeleton = calloc(lowered->n_contracts ? lowered->n_contracts : 1,
			    sizeof(*r.skeleton));
	if (!r.asserts || !r.skeleton)
		goto out;
	for (size_t i = 0; i < lowered->n_contracts; i++) {
		struct bt_contract *c = (struct bt_contract *)&lowered->contracts[i];
		if (c->kind != BT_CONTRACT_ASSERT)
			continue;
		int tag = BT_HAS(lowered, contract_tags) && lowered->contract_tags
				  ? lowered->contract_tags[i] : -1;
		struct verify_insert *v = insert_of(extra, tag);
		/* a kernel contract is an assume, never here; an assert with a
		 * tag of no insert is reported as the program's own */
		struct assert_report *a = v && v->skeleton ? &r.skeleton[r.n_skeleton++]
							   : &r.asserts[r.n_asserts++];
		a->contract = c;
		a->insert = v;
	}

	double t1 = bte_now_ms();
	judge_asserts(&r, &proofs);
	insert_verdicts(&r, extra);
	size_t n_shown = 0, n_shown_proven = 0;
	for (size_t i = 0; i < r.n_asserts; i++) {
		n_shown += !r.asserts[i].hidden;
		n_shown_proven += !r.asserts[i].hidden && r.asserts[i].verdict == CHECKER_PROVEN;
	}
	stage_done(extra, t1, "proved %zu of %zu asserts", n_shown_proven, n_shown);
	for (size_t i = 0; extra && extra->assert_proven && i < r.n_asserts; i++)
		if (r.asserts[i].verdict == CHECKER_PROVEN && !r.asserts[i].insert)
			extra->assert_proven(extra->arg, r.asserts[i].contract->condition,
					     r.asserts[i].contract->message);
	for (size_t i = 0; extra && extra->assert_refuted && i < r.n_asserts; i++)
		if (r.asserts[i].verdict == CHECKER_REFUTED && !r.asserts[i].insert)
			extra->assert_refuted(extra->arg, r.asserts[i].contract->condition,
					     r.asserts[i].contract->message);
	r.loaded = kernel_check ? load_job_join(&job, job_started) : NULL;
	if (kernel_check && !r.loaded)
		fprintf(diag, "bpftrace --verify: could not run the kernel check: %s\n",
			strerror(errno));
	if (r.loaded)
		stage_done(extra, t0, "kernel check, beside the proof: %s",
			   kernel_accepts(r.loaded) ? "accepted" : "not accepted");
	r.unattachable = unattachable_probe(lowered);
	if (!r.unattachable)
		r.unattachable = unloaded_probe(lowered, r.loaded);
	if (extra) {
		assumptions_to(extra, &r);
		variables_to(extra, lowered);
	}
report:
	if (extra && r.failed)
		errors_to(extra, &r);
	decide(&r);
	if (json)
		print_json(&r, out);
	else
		print_text(&r, r.failed || r.error ? diag : out);
	status = r.exit_status;
	checker_report_free(proofs);
out:
	checker_prepared_release(); /* when the proof did not run */
	if (kernel_check && !r.loaded)
		r.loaded = load_job_join(&job, job_started); /* not used, but waited for */
	free(r.asserts);
	free(r.skeleton);
	free(r.unattachable);
	free(error);
	free(text);
	host->result_free((struct bt_result *)r.loaded);
	host->result_free(lowered);
	kernel_inserts_free(&kernel);
	contracts_free(db);
	return status;
}
