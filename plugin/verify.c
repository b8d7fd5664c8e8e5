/* --verify: lower the program for verification, judge every assert, have
 * the kernel verifier load the program, and report as text or JSON. */
#define _GNU_SOURCE
#include "verify.h"

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
#include "ctx_names.h"
#include "inject.h"
#include "cache.h"
#include "kernel_contracts.h"

struct assert_report {
	const struct bt_contract *contract;
	enum checker_verdict verdict;
	const char *reason; /* UNKNOWN/VACUOUS: why; REFUTED: counterexample */
};

struct report {
	const char *program_name;
	const struct injected *injected; /* kernel contracts assumed */
	const char *contracts_release;   /* NULL: none were used */
	const char *contracts_generated, *contracts_inputs;
	const struct bt_result *lowered;
	const struct bt_result *loaded; /* NULL when the load could not run */
	struct assert_report *asserts;
	size_t n_asserts;
	struct assert_report *skeleton; /* the tautology guard's, not reported */
	size_t n_skeleton;
	int exit_status;
	const char *summary;
	double encode_ms, solve_ms; /* the symbolic verifier's time */
	int stable_memory;          /* the proof assumed stable memory */
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

static void decide(struct report *r)
{
	size_t counts[CHECKER_UNKNOWN + 1] = { 0 };
	for (size_t i = 0; i < r->n_asserts; i++)
		counts[r->asserts[i].verdict]++;

	if (counts[CHECKER_REFUTED] > 0) {
		r->exit_status = 1;
		r->summary = "NOT VERIFIED: an assert is refuted";
	} else if (r->loaded && r->loaded->status == BT_STATUS_REJECTED) {
		r->exit_status = 1;
		r->summary = "NOT VERIFIED: the kernel verifier rejects the program";
	} else if (!r->loaded || r->loaded->status != BT_STATUS_OK) {
		r->exit_status = 2;
		r->summary = "NOT VERIFIED: the kernel check could not run";
	} else if (r->unattachable) {
		r->exit_status = 2;
		r->summary = "NOT VERIFIED: a probe can never attach on this kernel";
	} else if (counts[CHECKER_UNKNOWN] > 0 || counts[CHECKER_VACUOUS] > 0) {
		r->exit_status = 2;
		r->summary = "NOT VERIFIED: not every assert is proven";
	} else if (r->n_asserts == 0) {
		r->exit_status = 0;
		r->summary = "no assert() to prove; the kernel verifier accepts the program";
	} else {
		r->exit_status = 0;
		r->summary = "VERIFIED: every assert is proven and the kernel accepts the program";
	}
}

/* The end of a verifier log, where the kernel says why. */
static void print_log_tail(FILE *out, const char *log, int max_lines)
{
	const char *end = log + strlen(log);
	while (end > log && (end[-1] == '\n' || end[-1] == ' '))
		end--;
	const char *start = end;
	for (int lines = 0; start > log; start--)
		if (start[-1] == '\n' && ++lines == max_lines)
			break;
	while (start < end) {
		const char *nl = memchr(start, '\n', (size_t)(end - start));
		const char *stop = nl ? nl : end;
		fprintf(out, "  | %.*s\n", (int)(stop - start), start);
		start = stop + 1;
	}
}

static void print_text(const struct report *r, FILE *out)
{
	if (r->injected && r->injected->n_facts) {
		fprintf(out, "assuming the kernel's contracts (Linux %s, generated %s from %s; "
			     "--no-kernel-contracts turns this off):\n",
			r->contracts_release, r->contracts_generated, r->contracts_inputs);
		for (size_t i = 0; i < r->injected->n_facts; i++)
			fprintf(out, "  %s: %s [%s%s]\n", r->injected->facts[i].hook,
				r->injected->facts[i].fact->expr, r->injected->facts[i].fact->source,
				r->injected->facts[i].fact->conventional ? ", conventional" : "");
	}
	if (r->stable_memory && r->n_asserts)
		fprintf(out, "assuming kernel and user memory that one probe run reads twice does not change "
			     "in between (another CPU may change it)\n");
	if (r->n_asserts == 0)
		fprintf(out, "%s: the program has no assert() to prove\n",
			r->program_name);
	for (size_t i = 0; i < r->n_asserts; i++) {
		const struct assert_report *a = &r->asserts[i];
		const struct bt_contract *c = a->contract;
		fprintf(out, "%s:%u:%u: assert(%s)%s%s: %s", r->program_name,
			c->line, c->column, c->condition, c->message[0] ? ", " : "",
			c->message, checker_verdict_name(a->verdict));
		if (a->reason)
			fprintf(out, ": %s", a->reason);
		fputc('\n', out);
	}
	/* bpftrace's own warnings (a probe that matches nothing, a function
	 * that is not traceable, a truncated string): --verify hid them */
	for (size_t i = 0; r->lowered && i < r->lowered->n_diags; i++) {
		const struct bt_diag *d = &r->lowered->diags[i];
		if (d->severity != BT_DIAG_WARNING)
			continue;
		if (d->line)
			fprintf(out, "%s:%u:%u: warning: %s\n", r->program_name, d->line, d->column,
				d->message);
		else
			fprintf(out, "%s: warning: %s\n", r->program_name, d->message);
	}
	if (r->unattachable)
		fprintf(out, "%s: error: %s\n", r->program_name, r->unattachable);
	if (r->loaded) {
		for (size_t i = 0; i < r->loaded->n_progs; i++) {
			const struct bt_prog_verdict *p = &r->loaded->progs[i];
			if (p->accepted)
				fprintf(out, "kernel verifier: accepted %s (%zu instructions)\n",
					p->probe, p->insns);
			else {
				fprintf(out, "kernel verifier: REJECTED %s: %s\n",
					p->probe, p->error);
				print_log_tail(out, p->verifier_log, 12);
			}
		}
		if (r->loaded->status != BT_STATUS_OK && r->loaded->text[0])
			fputs(r->loaded->text, out);
	}
	fprintf(out, "%s\n", r->summary);
}

static void print_json(const struct report *r, FILE *out)
{
	cJSON *root = cJSON_CreateObject();
	cJSON_AddStringToObject(root, "program", r->program_name);
	cJSON *assumed = cJSON_AddArrayToObject(root, "kernel_contracts");
	for (size_t i = 0; r->injected && i < r->injected->n_facts; i++) {
		cJSON *o = cJSON_CreateObject();
		cJSON_AddStringToObject(o, "hook", r->injected->facts[i].hook);
		cJSON_AddStringToObject(o, "expr", r->injected->facts[i].fact->expr);
		cJSON_AddStringToObject(o, "source", r->injected->facts[i].fact->source);
		cJSON_AddStringToObject(o, "class", r->injected->facts[i].fact->conventional
							    ? "conventional" : "guaranteed");
		cJSON_AddItemToArray(assumed, o);
	}
	if (r->unattachable)
		cJSON_AddStringToObject(root, "unattachable", r->unattachable);
	cJSON *warnings = cJSON_AddArrayToObject(root, "warnings");
	for (size_t i = 0; r->lowered && i < r->lowered->n_diags; i++)
		if (r->lowered->diags[i].severity == BT_DIAG_WARNING)
			cJSON_AddItemToArray(warnings, cJSON_CreateString(r->lowered->diags[i].message));
	cJSON *model = cJSON_AddArrayToObject(root, "model_assumptions");
	if (r->stable_memory && r->n_asserts)
		cJSON_AddItemToArray(model, cJSON_CreateString(
			"kernel and user memory that one probe run reads twice does not change in between"));
	if (r->contracts_release) {
		cJSON *ds = cJSON_AddObjectToObject(root, "kernel_contracts_dataset");
		cJSON_AddStringToObject(ds, "release", r->contracts_release);
		cJSON_AddStringToObject(ds, "generated", r->contracts_generated);
		cJSON_AddStringToObject(ds, "from", r->contracts_inputs);
	}
	cJSON *asserts = cJSON_AddArrayToObject(root, "asserts");
	for (size_t i = 0; i < r->n_asserts; i++) {
		const struct assert_report *a = &r->asserts[i];
		cJSON *o = cJSON_CreateObject();
		cJSON_AddNumberToObject(o, "id", a->contract->id);
		cJSON_AddNumberToObject(o, "line", a->contract->line);
		cJSON_AddNumberToObject(o, "column", a->contract->column);
		cJSON_AddStringToObject(o, "probe", a->contract->probe);
		cJSON_AddStringToObject(o, "condition", a->contract->condition);
		cJSON_AddStringToObject(o, "message", a->contract->message);
		cJSON_AddStringToObject(o, "verdict", checker_verdict_name(a->verdict));
		if (a->reason)
			cJSON_AddStringToObject(o, "reason", a->reason);
		cJSON_AddItemToArray(asserts, o);
	}
	cJSON *kernel = cJSON_AddObjectToObject(root, "kernel");
	cJSON_AddBoolToObject(kernel, "accepted", kernel_accepts(r->loaded));
	cJSON *progs = cJSON_AddArrayToObject(kernel, "programs");
	for (size_t i = 0; r->loaded && i < r->loaded->n_progs; i++) {
		const struct bt_prog_verdict *p = &r->loaded->progs[i];
		cJSON *o = cJSON_CreateObject();
		cJSON_AddStringToObject(o, "probe", p->probe);
		cJSON_AddBoolToObject(o, "accepted", p->accepted);
		cJSON_AddNumberToObject(o, "instructions", (double)p->insns);
		cJSON_AddStringToObject(o, "error", p->error);
		cJSON_AddStringToObject(o, "verifier_log", p->verifier_log);
		cJSON_AddItemToArray(progs, o);
	}
	cJSON *timing = cJSON_AddObjectToObject(root, "verifier_ms");
	cJSON_AddNumberToObject(timing, "encode", r->encode_ms);
	cJSON_AddNumberToObject(timing, "solve", r->solve_ms);
	cJSON_AddNumberToObject(root, "exit_status", r->exit_status);
	cJSON_AddStringToObject(root, "summary", r->summary);
	char *text = cJSON_PrintUnformatted(root);
	if (text) {
		fprintf(out, "%s\n", text);
		cJSON_free(text);
	}
	cJSON_Delete(root);
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

/* The lines of `text` (a last line without a newline counts). */
static unsigned count_lines(const char *text)
{
	unsigned n = 0;
	for (const char *p = text; *p; p++)
		n += *p == '\n';
	return n + (*text && text[strlen(text) - 1] != '\n');
}

/* The program bpftrace lowers: the program (with the kernel's contracts
 * injected into `inj` when db), then the skeleton's blocks from line
 * *skeleton_line on. NULL when out of memory. */
static char *program_to_lower(const char *program, const char *skeleton,
			      const struct contracts *db, struct injected *inj,
			      unsigned *skeleton_line)
{
	*skeleton_line = 0;
	const char *p = program;
	if (db && inject_contracts(program, db, inj) == 0)
		p = inj->program;
	if (!skeleton)
		return strdup(p);
	struct injected sk_inj = { 0 };
	const char *s = skeleton;
	if (db && inject_contracts(skeleton, db, &sk_inj) == 0)
		s = sk_inj.program;
	char *text = NULL;
	size_t plen = strlen(p);
	int nl = plen && p[plen - 1] != '\n';
	if (asprintf(&text, "%s%s%s", p, nl ? "\n" : "", s) < 0)
		text = NULL;
	*skeleton_line = count_lines(program) + 1;
	injected_free(&sk_inj);
	return text;
}

/* A failed compile with an error at or after `line`, or with none that
 * has a line (the compiler died). */
static int fails_from(const struct bt_result *r, unsigned line)
{
	int located = 0;
	for (size_t i = 0; i < r->n_diags; i++) {
		if (r->diags[i].severity != BT_DIAG_ERROR || !r->diags[i].line)
			continue;
		located = 1;
		if (r->diags[i].line >= line)
			return 1;
	}
	return !located;
}

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
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
	x->stage(x->arg, what, now_ms() - since);
}

int verify_program(const struct bt_host *host, const struct bt_invocation *inv,
		   FILE *out, FILE *diag, int kernel_check)
{
	return verify_with(host, inv, out, diag, kernel_check, NULL);
}

int verify_with(const struct bt_host *host, const struct bt_invocation *inv, FILE *out,
		FILE *diag, int kernel_check, struct verify_extra *extra)
{
	const char *name = BT_HAS(inv, program_name) && inv->program_name ?
				   inv->program_name : "stdin";
	int json = BT_HAS(inv, output_format) && inv->output_format &&
		   strcmp(inv->output_format, "json") == 0;
	BT_OPTS(bt_program_opts, opts, .text = inv->program, .name = name,
		.unsafe = BT_HAS(inv, unsafe) ? inv->unsafe : 0,
		.has_child = BT_HAS(inv, has_child) ? inv->has_child : 0);
	struct report r = { .program_name = name };
	int status = 2;
	double t0 = now_ms();
	/* The kernel's check needs nothing of the proof: it runs in its own
	 * bpftrace child meanwhile, on the other core. */
	struct load_job job = { .host = host, .opts = &opts };
	int job_started = kernel_check && pthread_create(&job.thread, NULL, load_job_run, &job) == 0;

	/* The kernel's contracts of the probes used become assumptions. */
	struct injected injected = { 0 };
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
	const char *skeleton = extra && extra->program && extra->program[0] ? extra->program : NULL;
	unsigned skeleton_line = 0;
	char *text = program_to_lower(inv->program, skeleton, db, &injected, &skeleton_line);
	if (db && injected.program) {
		r.injected = &injected;
		r.contracts_release = contracts_kernel_release(db);
		r.contracts_generated = contracts_generated(db);
		r.contracts_inputs = contracts_inputs(db);
	}
	BT_OPTS(bt_program_opts, lower_opts, .text = text ? text : inv->program,
		.name = name, .unsafe = opts.unsafe, .has_child = opts.has_child);

	struct bt_result *lowered = host->lower(&lower_opts);
	if (lowered && lowered->status != BT_STATUS_OK && skeleton &&
	    fails_from(lowered, skeleton_line)) {
		/* The skeleton is what does not compile: the program alone.
		 * Its asserts name nothing the program defines (those over
		 * variables are left out of it), so this is a safeguard: a
		 * candidate is never rejected for its skeleton. */
		host->result_free(lowered);
		injected_free(&injected);
		memset(&injected, 0, sizeof(injected));
		free(text);
		text = program_to_lower(inv->program, NULL, db, &injected, &skeleton_line);
		lower_opts.text = text ? text : inv->program;
		lowered = host->lower(&lower_opts);
	}
	if (!lowered) {
		fprintf(diag, "bpftrace --verify: could not run bpftrace's compiler: %s\n",
			strerror(errno));
		goto out;
	}
	if (lowered->status != BT_STATUS_OK && r.injected) {
		/* Say what is wrong with the program as the user wrote it. */
		struct bt_result *plain = host->lower(&opts);
		if (plain && plain->status == BT_STATUS_OK)
			fprintf(diag, "bpftrace --verify: the kernel contracts of its probes do not compile with it (a bug of the dataset); retry with --no-kernel-contracts\n");
		if (plain) {
			host->result_free(lowered);
			lowered = plain;
		}
	}
	if (lowered->status != BT_STATUS_OK) {
		/* bpftrace's own diagnostics say what is wrong. */
		fputs(lowered->text, diag);
		fprintf(diag, "bpftrace --verify: the program does not compile; nothing to verify\n");
		goto out;
	}
	r.lowered = lowered;
	stage_done(extra, t0, "compiled for the proof");
	save_ir(lowered->ir);
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
		if (skeleton_line && c->line >= skeleton_line) {
			r.skeleton[r.n_skeleton++].contract = c;
			continue;
		}
		/* columns as the user wrote them, before the injected assumes */
		if (r.injected)
			c->column = inject_column(r.injected, c->line, c->column);
		r.asserts[r.n_asserts++].contract = c;
	}

	struct checker_report *proofs = NULL;
	double t1 = now_ms();
	judge_asserts(&r, &proofs);
	size_t n_proven = 0;
	for (size_t i = 0; i < r.n_asserts; i++)
		n_proven += r.asserts[i].verdict == CHECKER_PROVEN;
	stage_done(extra, t1, "proved %zu of %zu asserts", n_proven, r.n_asserts);
	for (size_t i = 0; extra && extra->proven && i < r.n_skeleton; i++)
		if (r.skeleton[i].verdict == CHECKER_PROVEN)
			extra->proven(extra->arg, r.skeleton[i].contract->condition,
				     r.skeleton[i].contract->message);
	r.loaded = kernel_check ? load_job_join(&job, job_started) : NULL;
	if (kernel_check && !r.loaded)
		fprintf(diag, "bpftrace --verify: could not run the kernel check: %s\n",
			strerror(errno));
	if (r.loaded)
		stage_done(extra, t0, "kernel check, beside the proof: %s",
			   kernel_accepts(r.loaded) ? "accepted" : "not accepted");
	r.unattachable = unattachable_probe(lowered);
	decide(&r);
	if (json)
		print_json(&r, out);
	else
		print_text(&r, out);
	status = r.exit_status;
	checker_report_free(proofs);
out:
	if (kernel_check && !r.loaded)
		r.loaded = load_job_join(&job, job_started); /* not used, but waited for */
	free(r.asserts);
	free(r.skeleton);
	free(r.unattachable);
	free(text);
	host->result_free((struct bt_result *)r.loaded);
	host->result_free(lowered);
	injected_free(&injected);
	contracts_free(db);
	return status;
}
