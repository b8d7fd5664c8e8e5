/* checker_prove(): parse the IR, encode each probe, ask Z3 one query per
 * assert, and turn models into counterexamples a person can act on. */
#include "checker.h"

#include <inttypes.h>
#include <stddef.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <llvm-c/Analysis.h>
#include <llvm-c/IRReader.h>

#include "encoder.h"

#define DEFAULT_TIMEOUT_MS 10000
#define DEFAULT_LOOP_BOUND 16

const char *checker_verdict_name(enum checker_verdict v)
{
	switch (v) {
	case CHECKER_PROVEN:
		return "PROVEN";
	case CHECKER_REFUTED:
		return "REFUTED";
	case CHECKER_VACUOUS:
		return "VACUOUS";
	case CHECKER_UNKNOWN:
		break;
	}
	return "UNKNOWN";
}

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* A growable string for counterexamples. */
struct buf {
	char *s;
	size_t len, cap;
};

static void bprintf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if (b->len + (size_t)n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 128;
		while (cap < b->len + (size_t)n + 1)
			cap *= 2;
		char *s = realloc(b->s, cap);
		if (!s)
			return;
		b->s = s;
		b->cap = cap;
	}
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, b->cap - b->len, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

static void z3_error(Z3_context z, Z3_error_code code)
{
	/* Recorded by the caller through Z3_get_error_code(); never exit. */
	(void)z;
	(void)code;
}

/* --- counterexamples --------------------------------------------------------*/

static bool eval_u64(Z3_context z, Z3_model m, Z3_ast a, uint64_t *out)
{
	Z3_ast v = NULL;
	if (!Z3_model_eval(z, m, a, true, &v) || !v)
		return false;
	return Z3_get_numeral_uint64(z, v, out);
}

static bool eval_true(Z3_context z, Z3_model m, Z3_ast a)
{
	Z3_ast v = NULL;
	return Z3_model_eval(z, m, a, true, &v) && v &&
	       Z3_get_bool_value(z, v) == Z3_L_TRUE;
}

/* An integer as bpftrace users read it: decimal, signed when negative,
 * with hex when that says more. */
static void put_int(struct buf *b, uint64_t v, unsigned bits)
{
	bool negative = bits && (v >> (bits - 1)) & 1;
	int64_t sv = negative && bits < 64 ? (int64_t)(v | ~((1ULL << bits) - 1)) :
					      (int64_t)v;
	if (negative)
		bprintf(b, "%" PRIu64 " (0x%" PRIx64 ", or %" PRId64 " signed)", v, v, sv);
	else if (v > 9)
		bprintf(b, "%" PRIu64 " (0x%" PRIx64 ")", v, v);
	else
		bprintf(b, "%" PRIu64, v);
}

/* Bytes of a bit-vector wider than 64 bits, byte 0 first. */
static void put_bytes_value(struct buf *b, Z3_context z, Z3_model m, Z3_ast v,
			    unsigned n, bool as_string)
{
	if (as_string)
		bprintf(b, "\"");
	for (unsigned i = 0; i < n; i++) {
		uint64_t byte = 0;
		eval_u64(z, m, Z3_mk_extract(z, 8 * i + 7, 8 * i, v), &byte);
		if (as_string) {
			if (byte == 0)
				break;
			if (byte >= 0x20 && byte < 0x7f && byte != '"' && byte != '\\')
				bprintf(b, "%c", (int)byte);
			else
				bprintf(b, "\\x%02x", (unsigned)byte);
		} else {
			bprintf(b, "%s%02x", i ? " " : "", (unsigned)byte);
		}
	}
	if (as_string)
		bprintf(b, "\"");
}

static void put_value(struct buf *b, Z3_context z, Z3_model m, Z3_ast v,
		      bool as_string)
{
	unsigned bits = Z3_get_bv_sort_size(z, Z3_get_sort(z, v));
	uint64_t x = 0;
	if (bits <= 64 && !as_string) {
		eval_u64(z, m, v, &x);
		put_int(b, x, bits);
	} else {
		put_bytes_value(b, z, m, v, bits / 8, as_string);
	}
}

static bool is_string_slot(const struct slot *s)
{
	return s->size > 8;
}

/* Whether observation i says what an earlier reported one said. */
static bool repeats(struct enc *e, Z3_model m, unsigned i)
{
	const struct obs *o = &e->obs[i];
	for (unsigned j = 0; j < i; j++) {
		const struct obs *p = &e->obs[j];
		/* the same context offset is the same field, whatever LLVM named
		 * each load */
		if (p->kind != o->kind || !eval_true(e->z, m, p->pc) ||
		    (o->kind != OBS_CTX && strcmp(p->label, o->label) != 0))
			continue;
		if (Z3_get_sort(e->z, p->value) != Z3_get_sort(e->z, o->value))
			continue;
		Z3_ast same = Z3_mk_eq(e->z, p->value, o->value);
		if (o->key && p->key && Z3_get_sort(e->z, p->key) == Z3_get_sort(e->z, o->key))
			same = Z3_mk_and(e->z, 2, (Z3_ast[]){
				same, Z3_mk_eq(e->z, p->key, o->key) });
		else if (o->key || p->key)
			continue;
		if (eval_true(e->z, m, same))
			return true;
	}
	return false;
}

static void counterexample(struct enc *e, Z3_model m, const struct site *site,
			   struct buf *b)
{
	Z3_context z = e->z;
	const char *sep = "";
	for (unsigned i = 0; i < e->n_slots; i++) {
		const struct slot *s = &e->slots[i];
		if (s->name[0] != '$')
			continue;
		bprintf(b, "%s%s = ", sep, s->name);
		put_value(b, z, m, mem_read_slot_bytes(e, site->stack, s), is_string_slot(s));
		sep = ", ";
	}
	for (unsigned i = 0; i < e->n_obs; i++) {
		const struct obs *o = &e->obs[i];
		if (!eval_true(z, m, o->pc) || repeats(e, m, i))
			continue;
		switch (o->kind) {
		case OBS_CTX:
			bprintf(b, "%s%s = ", sep, o->label);
			put_value(b, z, m, o->value, false);
			break;
		case OBS_HELPER:
			bprintf(b, "%s%s = ", sep, o->label);
			put_value(b, z, m, o->value, o->is_string);
			break;
		case OBS_KREAD: {
			uint64_t addr = 0;
			eval_u64(z, m, o->key, &addr);
			bprintf(b, "%s%s at 0x%" PRIx64 " = ", sep, o->label, addr);
			if (o->is_string)
				put_bytes_value(b, z, m, o->value, o->width, true);
			else
				put_bytes_value(b, z, m, o->value, o->width, false);
			break;
		}
		case OBS_LOOKUP: {
			bool hit = eval_true(z, m, o->value);
			bprintf(b, "%s%s[", sep, o->label);
			put_value(b, z, m, o->key, false);
			bprintf(b, "] %s", hit ? "= " : "is missing");
			if (hit)
				put_value(b, z, m, o->extra, false);
			break;
		}
		}
		sep = ", ";
	}
	if (e->used_pid) {
		uint64_t pt = 0;
		eval_u64(z, m, e->pid_tgid, &pt);
		bprintf(b, "%spid = %" PRIu64 ", tid = %" PRIu64, sep, pt >> 32,
			pt & 0xffffffffULL);
		sep = ", ";
	}
	if (e->used_cpid) {
		uint64_t c = 0;
		eval_u64(z, m, e->cpid, &c);
		bprintf(b, "%scpid = %" PRIu64, sep, c);
		sep = ", ";
	}
	if (e->used_uid) {
		uint64_t ug = 0;
		eval_u64(z, m, e->uid_gid, &ug);
		bprintf(b, "%suid = %" PRIu64 ", gid = %" PRIu64, sep, ug & 0xffffffffULL,
			ug >> 32);
		sep = ", ";
	}
	if (e->used_comm) {
		Z3_ast all = e->comm[COMM_LEN - 1];
		for (unsigned i = COMM_LEN - 1; i-- > 0;)
			all = Z3_mk_concat(z, all, e->comm[i]);
		bprintf(b, "%scomm = ", sep);
		put_bytes_value(b, z, m, all, COMM_LEN, true);
		sep = ", ";
	}
	if (!*sep)
		bprintf(b, "any run reaching it");
}

/* --- queries -----------------------------------------------------------------*/

struct id_result {
	enum checker_verdict verdict;
	char *detail;
	double ms;
	bool seen;
};

static void set_result(struct id_result *r, enum checker_verdict v, char *detail)
{
	/* Across probes: refuted beats unknown beats proven beats vacuous. */
	static const int rank[] = { [CHECKER_VACUOUS] = 0, [CHECKER_PROVEN] = 1,
				    [CHECKER_UNKNOWN] = 2, [CHECKER_REFUTED] = 3 };
	if (r->seen && rank[v] <= rank[r->verdict]) {
		free(detail);
		return;
	}
	free(r->detail);
	r->verdict = v;
	r->detail = detail;
	r->seen = true;
}

static char *xstrdup(const char *s)
{
	return s ? strdup(s) : NULL;
}

static char *reason_unknown(Z3_context z, Z3_solver s)
{
	const char *why = Z3_solver_get_reason_unknown(z, s);
	struct buf b = { 0 };
	if (why && (strstr(why, "timeout") || strstr(why, "canceled")))
		bprintf(&b, "the solver timed out");
	else
		bprintf(&b, "the solver could not decide (%s)", why ? why : "unknown");
	return b.s;
}

/* Background facts of every invocation. */
static Z3_ast facts(struct enc *e)
{
	Z3_context z = e->z;
	Z3_ast f = e->lemmas ? e->lemmas : Z3_mk_true(z);
	if (e->used_comm) {
		/* comm is NUL-terminated and NUL-padded (TASK_COMM_LEN). */
		Z3_ast zero = bv(e, 0, 8);
		f = Z3_mk_and(z, 2, (Z3_ast[]){ f, Z3_mk_eq(z, e->comm[COMM_LEN - 1], zero) });
		for (unsigned i = 0; i + 1 < COMM_LEN; i++)
			f = Z3_mk_and(z, 2, (Z3_ast[]){
				f, Z3_mk_implies(z, Z3_mk_eq(z, e->comm[i], zero),
						 Z3_mk_eq(z, e->comm[i + 1], zero)) });
	}
	return f;
}

/* One query. First Z3's simple solver with a short budget: most queries
 * take it well under a millisecond, where building the default solver
 * alone costs several. What it cannot settle goes to a fresh default
 * solver (no push/pop: full preprocessing, bit-blasting) with the real
 * timeout. The caller releases the solver with done(). */
#define FAST_BUDGET_MS 100

static Z3_lbool check(Z3_context z, Z3_solver *s, Z3_params params,
		      Z3_ast background, Z3_ast goal)
{
	for (int attempt = 0; attempt < 2; attempt++) {
		*s = attempt == 0 ? Z3_mk_simple_solver(z) : Z3_mk_solver(z);
		Z3_solver_inc_ref(z, *s);
		if (attempt == 0) {
			Z3_params fast = Z3_mk_params(z);
			Z3_params_inc_ref(z, fast);
			Z3_params_set_uint(z, fast, Z3_mk_string_symbol(z, "timeout"), FAST_BUDGET_MS);
			Z3_solver_set_params(z, *s, fast);
			Z3_params_dec_ref(z, fast);
		} else {
			Z3_solver_set_params(z, *s, params);
		}
		Z3_solver_assert(z, *s, background);
		Z3_solver_assert(z, *s, goal);
		Z3_lbool r = Z3_solver_check(z, *s);
		if (r != Z3_L_UNDEF || attempt == 1)
			return r;
		Z3_solver_dec_ref(z, *s);
	}
	return Z3_L_UNDEF;
}

static void done(Z3_context z, Z3_solver s)
{
	Z3_solver_dec_ref(z, s);
}

static void prove_function(struct enc *e, Z3_params params, struct id_result *results,
			   const struct bt_contract *contracts, size_t n_contracts)
{
	Z3_context z = e->z;
	Z3_ast bg = facts(e);
	for (size_t c = 0; c < n_contracts; c++) {
		if (contracts[c].kind != BT_CONTRACT_ASSERT)
			continue;
		int id = contracts[c].id;
		Z3_ast reach = Z3_mk_false(z), violate = Z3_mk_false(z);
		unsigned found = 0;
		for (unsigned i = 0; i < e->n_sites; i++) {
			if (e->sites[i].id != id)
				continue;
			found++;
			reach = Z3_mk_or(z, 2, (Z3_ast[]){ reach, e->sites[i].pc });
			violate = Z3_mk_or(z, 2, (Z3_ast[]){
				violate, Z3_mk_and(z, 2, (Z3_ast[]){
					e->sites[i].pc, Z3_mk_not(z, e->sites[i].holds) }) });
		}
		if (!found)
			continue;
		struct id_result *r = &results[c];
		double t0 = now_ms();
		if (e->unsupported) {
			struct buf b = { 0 };
			bprintf(&b, "unsupported by the verifier: %s", e->unsupported);
			set_result(r, CHECKER_UNKNOWN, b.s);
			continue;
		}
		Z3_solver solver;
		Z3_lbool v = check(z, &solver, params, bg, violate);
		if (v == Z3_L_TRUE) {
			Z3_model m = Z3_solver_get_model(z, solver);
			Z3_model_inc_ref(z, m);
			const struct site *site = NULL;
			for (unsigned i = 0; i < e->n_sites && !site; i++)
				if (e->sites[i].id == id &&
				    eval_true(z, m, e->sites[i].pc) &&
				    !eval_true(z, m, e->sites[i].holds))
					site = &e->sites[i];
			struct buf b = { 0 };
			bprintf(&b, "counterexample: ");
			counterexample(e, m, site ? site : &e->sites[0], &b);
			Z3_model_dec_ref(z, m);
			done(z, solver);
			set_result(r, CHECKER_REFUTED, b.s);
		} else if (v == Z3_L_UNDEF) {
			char *why = reason_unknown(z, solver);
			done(z, solver);
			set_result(r, CHECKER_UNKNOWN, why);
		} else {
			done(z, solver);
			Z3_lbool reached = check(z, &solver, params, bg, reach);
			char *why = reached == Z3_L_UNDEF ? reason_unknown(z, solver) : NULL;
			done(z, solver);
			if (reached == Z3_L_FALSE)
				set_result(r, CHECKER_VACUOUS,
					   xstrdup("no path reaches it where the assumptions hold, so nothing is proven"));
			else if (reached == Z3_L_UNDEF)
				set_result(r, CHECKER_UNKNOWN, why);
			else
				set_result(r, CHECKER_PROVEN, NULL);
		}
		r->ms += now_ms() - t0;
	}

	/* A loop that may run longer than the bound: what was proven holds
	 * only for the first iterations. */
	Z3_solver solver;
	Z3_lbool more = Z3_L_FALSE;
	if (Z3_get_bool_value(z, e->overflow) != Z3_L_FALSE) { /* a loop exists */
		more = check(z, &solver, params, bg, e->overflow);
		done(z, solver);
	}
	if (more != Z3_L_FALSE) {
		for (size_t c = 0; c < n_contracts; c++) {
			struct id_result *r = &results[c];
			bool here = false;
			for (unsigned i = 0; i < e->n_sites; i++)
				here |= e->sites[i].id == contracts[c].id;
			if (!here || !r->seen ||
			    (r->verdict != CHECKER_PROVEN && r->verdict != CHECKER_VACUOUS))
				continue;
			struct buf b = { 0 };
			bprintf(&b, "a loop may run more than %u iterations, the bound the verifier unrolls to (raise it with BPFTRACE_VERIFY_LOOP_BOUND)",
				e->loop_bound);
			free(r->detail);
			r->verdict = CHECKER_UNKNOWN;
			r->detail = b.s;
		}
	}
}

static void enc_free(struct enc *e)
{
	free(e->val_keys);
	free(e->val_index);
	free(e->slots);
	free(e->maps);
	free(e->mapvals);
	free(e->ctx_offsets);
	free(e->ctx_bytes);
	for (unsigned i = 0; i < e->n_obs; i++)
		free(e->obs[i].label);
	free(e->obs);
	for (unsigned i = 0; i < e->n_sites; i++)
		free(e->sites[i].stack);
	free(e->sites);
	free(e->unsupported);
}

static const char *check_layout(const char *ir)
{
	/* Exactly one datalayout, spelled as bpftrace spells it: LLVM's lexer
	 * accepts other spellings, escapes and repeats, all of which could
	 * carry a layout that makes it abort. */
	static const char *const bpf[] = {
		"target datalayout = \"e-m:e-p:64:64-i64:64-i128:128-n32:64-S128\"",
		"target datalayout = \"E-m:e-p:64:64-i64:64-i128:128-n32:64-S128\"",
	};
	const char *p = strstr(ir, "datalayout");
	if (!p)
		return "the IR has no datalayout: it is not from bpftrace's BPF lowering";
	if (strstr(p + 1, "datalayout"))
		return "the IR has more than one datalayout: it is not from bpftrace's BPF lowering";
	for (size_t i = 0; i < sizeof(bpf) / sizeof(bpf[0]); i++) {
		size_t prefix = strlen("target ");
		if (p - ir >= (ptrdiff_t)prefix &&
		    !strncmp(p - prefix, bpf[i], strlen(bpf[i])) &&
		    (p - prefix == ir || p[-(ptrdiff_t)prefix - 1] == '\n'))
			return NULL;
	}
	return "the IR's datalayout is not BPF's: it is not from bpftrace's BPF lowering";
}

static struct checker_report *fail(struct checker_report *r, const char *msg)
{
	r->error = strdup(msg);
	return r;
}

struct checker_report *checker_prove(const char *ir,
				     const struct bt_contract *contracts,
				     size_t n_contracts,
				     const struct bt_map_info *maps,
				     size_t n_maps,
				     const struct checker_opts *opts)
{
	struct checker_report *report = calloc(1, sizeof(*report));
	if (!report)
		return NULL;
	unsigned timeout = BT_HAS(opts, timeout_ms) && opts->timeout_ms ?
				   opts->timeout_ms : DEFAULT_TIMEOUT_MS;
	unsigned bound = BT_HAS(opts, loop_bound) && opts->loop_bound ?
				 opts->loop_bound : DEFAULT_LOOP_BOUND;
	double t0 = now_ms();

	/* LLVM 14's parser aborts the process on a malformed datalayout; the
	 * IR of bpftrace's lowering always carries BPF's. */
	const char *layout_error = check_layout(ir);
	if (layout_error)
		return fail(report, layout_error);

	LLVMContextRef ctx = LLVMContextCreate();
	LLVMMemoryBufferRef mb = LLVMCreateMemoryBufferWithMemoryRangeCopy(
		ir, strlen(ir), "bpftrace");
	LLVMModuleRef mod = NULL;
	char *msg = NULL;
	/* LLVM 14: the parser takes ownership of the buffer. */
	if (LLVMParseIRInContext(ctx, mb, &mod, &msg)) {
		struct buf b = { 0 };
		bprintf(&b, "the IR does not parse: %s", msg ? msg : "?");
		LLVMDisposeMessage(msg);
		LLVMContextDispose(ctx);
		report->error = b.s;
		return report;
	}
	/* IR that parses can still be malformed; LLVM's accessors assume it
	 * is not. */
	if (LLVMVerifyModule(mod, LLVMReturnStatusAction, &msg)) {
		struct buf b = { 0 };
		bprintf(&b, "the IR is malformed: %s", msg ? msg : "?");
		LLVMDisposeMessage(msg);
		LLVMDisposeModule(mod);
		LLVMContextDispose(ctx);
		report->error = b.s;
		return report;
	}
	LLVMDisposeMessage(msg);
	/* The module's own, already validated layout: building one from its
	 * string would abort on a bad one. Owned by the module. */
	LLVMTargetDataRef td = LLVMGetModuleDataLayout(mod);

	Z3_config cfg = Z3_mk_config();
	Z3_set_param_value(cfg, "model", "true");
	Z3_context z = Z3_mk_context(cfg);
	Z3_del_config(cfg);
	Z3_set_error_handler(z, z3_error);
	Z3_params params = Z3_mk_params(z);
	Z3_params_inc_ref(z, params);
	Z3_params_set_uint(z, params, Z3_mk_string_symbol(z, "timeout"), timeout);

	struct id_result *results = calloc(n_contracts ? n_contracts : 1, sizeof(*results));
	double encode_ms = 0;
	for (LLVMValueRef fn = LLVMGetFirstFunction(mod); fn && results;
	     fn = LLVMGetNextFunction(fn)) {
		/* Probes are the functions in an "s_..." section; the others
		 * (log2, linear) are encoded where they are called. */
		const char *section = LLVMIsDeclaration(fn) ? NULL : LLVMGetSection(fn);
		if (!section || strncmp(section, "s_", 2) != 0)
			continue;
		size_t name_len = 0;
		struct enc e = { .z = z, .td = td, .fn = fn, .loop_bound = bound,
				 .probe = LLVMGetValueName2(fn, &name_len),
				 .ctx_name = BT_HAS(opts, ctx_name) ? opts->ctx_name : NULL,
				 .ctx_name_arg = BT_HAS(opts, ctx_name_arg) ? opts->ctx_name_arg : NULL };
		e.n_maps = (unsigned)n_maps;
		e.maps = calloc(n_maps ? n_maps : 1, sizeof(*e.maps));
		for (size_t i = 0; i < n_maps; i++) {
			e.maps[i].name = maps[i].name;
			e.maps[i].id = maps[i].fd;
			e.maps[i].table_val_size = maps[i].value_size;
		}
		helpers_init(&e);
		double te = now_ms();
		int rc = enc_function(&e);
		encode_ms += now_ms() - te;
		if (Z3_get_error_code(z) != Z3_OK && !e.unsupported)
			enc_unsupported(&e, "an internal solver error while encoding", NULL);
		if (rc == 0)
			prove_function(&e, params, results, contracts, n_contracts);
		report->assumed_stable_memory |= e.used_memory;
		enc_free(&e);
	}

	report->results = calloc(n_contracts ? n_contracts : 1, sizeof(*report->results));
	if (!results || !report->results) {
		free(results);
		Z3_params_dec_ref(z, params);
		Z3_del_context(z);
		LLVMDisposeModule(mod);
		LLVMContextDispose(ctx);
		return fail(report, "out of memory");
	}
	for (size_t c = 0; c < n_contracts; c++) {
		if (contracts[c].kind != BT_CONTRACT_ASSERT)
			continue;
		struct checker_result *out = &report->results[report->n_results++];
		out->id = contracts[c].id;
		if (results[c].seen) {
			out->verdict = results[c].verdict;
			out->detail = results[c].detail;
			out->ms = results[c].ms;
		} else {
			out->verdict = CHECKER_VACUOUS;
			out->detail = xstrdup("the compiled program never reaches it (dead code)");
		}
	}
	free(results);
	report->encode_ms = encode_ms;
	report->solve_ms = now_ms() - t0 - encode_ms;

	Z3_params_dec_ref(z, params);
	Z3_del_context(z);
	LLVMDisposeModule(mod);
	LLVMContextDispose(ctx);
	return report;
}

void checker_report_free(struct checker_report *report)
{
	if (!report)
		return;
	for (size_t i = 0; i < report->n_results; i++)
		free(report->results[i].detail);
	free(report->results);
	free(report->error);
	free(report);
}
