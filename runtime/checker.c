/* SPDX-License-Identifier: Apache-2.0 */
/* checker_prove(): parse the IR, encode each probe, ask Z3 one query per
 * assert, and turn models into counterexamples a person can act on. */
#include "checker.h"
#include "util.h"

#include <inttypes.h>
#include <pthread.h>
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

static void z3_error(Z3_context z, Z3_error_code code)
{
	/* Recorded by the caller through Z3_get_error_code(); never exit. */
	(void)z;
	(void)code;
}

/* --- counterexamples --------------------------------------------------------*/

static char *fmt(const char *f, ...)
{
	struct bte_buf b = { 0 };
	va_list ap;
	va_start(ap, f);
	int n = vsnprintf(NULL, 0, f, ap);
	va_end(ap);
	if (n < 0 || !(b.s = malloc((size_t)n + 1)))
		return NULL;
	va_start(ap, f);
	vsnprintf(b.s, (size_t)n + 1, f, ap);
	va_end(ap);
	return b.s;
}


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

/* --- the assert's backward slice ------------------------------------------*/

/* A set of Z3 AST ids (open addressing; 0 is never an id Z3 hands out for
 * the terms walked here, so it marks a free cell: ids are stored + 1). */
struct idset {
	unsigned *cells;
	size_t cap, n;
};

static bool idset_add(struct idset *s, unsigned id)
{
	if (2 * (s->n + 1) > s->cap) {
		struct idset bigger = { .cap = s->cap ? 2 * s->cap : 256 };
		bigger.cells = calloc(bigger.cap, sizeof(unsigned));
		if (!bigger.cells)
			return false;
		for (size_t i = 0; i < s->cap; i++)
			if (s->cells[i])
				idset_add(&bigger, s->cells[i] - 1);
		free(s->cells);
		*s = bigger;
	}
	size_t i = (id * 2654435761u) & (s->cap - 1);
	while (s->cells[i]) {
		if (s->cells[i] == id + 1)
			return false;
		i = (i + 1) & (s->cap - 1);
	}
	s->cells[i] = id + 1;
	s->n++;
	return true;
}

static bool idset_has(const struct idset *s, unsigned id)
{
	if (!s->cap)
		return false;
	size_t i = (id * 2654435761u) & (s->cap - 1);
	while (s->cells[i]) {
		if (s->cells[i] == id + 1)
			return true;
		i = (i + 1) & (s->cap - 1);
	}
	return false;
}

static bool eval_true(Z3_context z, Z3_model m, Z3_ast a);

/* Walks the term `a` (a DAG: each node once) as the model `m` computes it:
 * of an if-then-else only the branch the model takes (the path conditions
 * that guard every store are not what the value depends on). With `into`,
 * adds the ids of the free constants it reaches (the inputs it depends
 * on) to it and returns false; with `in`, returns whether it reaches a
 * free constant of that set. */
/* Free constants, in the order found. */
struct consts {
	Z3_ast *v;
	size_t n, cap;
};

static void consts_push(struct consts *c, Z3_ast t)
{
	if (c->n == c->cap) {
		size_t cap = c->cap ? 2 * c->cap : 32;
		Z3_ast *v = realloc(c->v, cap * sizeof(*v));
		if (!v)
			return;
		c->v = v;
		c->cap = cap;
	}
	c->v[c->n++] = t;
}

static bool walk(const struct enc *e, Z3_model m, Z3_ast a, struct idset *into,
		 const struct idset *in, struct consts *consts)
{
	Z3_context z = e->z;
	struct idset seen = { 0 };
	size_t cap = 64, n = 0;
	Z3_ast *stack = malloc(cap * sizeof(*stack));
	bool found = false;
	if (stack)
		stack[n++] = a;
	while (n && !found) {
		Z3_ast t = stack[--n];
		if (Z3_get_ast_kind(z, t) != Z3_APP_AST || !idset_add(&seen, Z3_get_ast_id(z, t)))
			continue;
		Z3_app app = Z3_to_app(z, t);
		unsigned args = Z3_get_app_num_args(z, app);
		if (args == 0) {
			if (Z3_get_decl_kind(z, Z3_get_app_decl(z, app)) != Z3_OP_UNINTERPRETED)
				continue;
			if (into && idset_add(into, Z3_get_ast_id(z, t)) && consts)
				consts_push(consts, t);
			else if (!into)
				found = idset_has(in, Z3_get_ast_id(z, t));
			/* a quotient by a constant is its dividend's function */
			for (unsigned i = 0; i < e->n_qdefs && n < cap; i++)
				if (Z3_is_eq_ast(z, e->qdefs[i].q, t))
					stack[n++] = e->qdefs[i].def;
			continue;
		}
		if (n + args > cap) {
			while (n + args > cap)
				cap *= 2;
			Z3_ast *bigger = realloc(stack, cap * sizeof(*stack));
			if (!bigger)
				break;
			stack = bigger;
		}
		if (m && args == 3 && Z3_get_decl_kind(z, Z3_get_app_decl(z, app)) == Z3_OP_ITE &&
		    !(Z3_is_numeral_ast(z, Z3_get_app_arg(z, app, 1)) &&
		      Z3_is_numeral_ast(z, Z3_get_app_arg(z, app, 2)))) {
			/* a join of paths; between two constants it is a
			 * comparison made a number, and its condition the data */
			bool taken = eval_true(z, m, Z3_get_app_arg(z, app, 0));
			stack[n++] = Z3_get_app_arg(z, app, taken ? 1 : 2);
			continue;
		}
		for (unsigned i = 0; i < args; i++)
			stack[n++] = Z3_get_app_arg(z, app, i);
	}
	free(stack);
	free(seen.cells);
	return found;
}

/* walk() without the list of constants. With m NULL, every branch. */
static bool walk_inputs(const struct enc *e, Z3_model m, Z3_ast a, struct idset *into,
			const struct idset *in)
{
	return walk(e, m, a, into, in, NULL);
}

/* --- counterexamples --------------------------------------------------------*/

/* The values of one counterexample as they are built. */
struct cex {
	struct checker_value *v;
	size_t n, cap;
	const struct idset *slice; /* the inputs the assert's value depends on */
	Z3_context z;
	struct enc *e;
	Z3_model m;
	/* For inputs: the violation (background, reached, fails) and its
	 * free constants; a budget of solver checks (each short). */
	Z3_ast reach, violation; /* bg and pc; and the assert fails */
	struct consts inputs;
	int checks;
	double deadline; /* past it, no more checks: every value is shown */
	char *hint; /* on the first map value the assert's value depends on */
};

static Z3_lbool check(struct enc *e, Z3_solver *s, Z3_params params,
		      Z3_ast background, Z3_ast goal, Z3_model *model, unsigned fast_ms,
		      unsigned witness_ms);
static void done(Z3_context z, Z3_solver s);

/* Solver checks spent deciding which values of a counterexample matter,
 * and the time all of them may take: each check gets what is left of it,
 * and past it every value is shown (a refutation stands without them:
 * they only choose what to show). 20 ms in all showed every value under
 * a parallel CI run; the checks take a few ms each on an idle machine. */
#define CEX_CHECKS 24
/* The budget of check()'s fast stages. */
#define FAST_BUDGET_MS 100
#define CEX_TOTAL_MS 500

/* Whether k is the constant of a quotient by a constant: no input, but a
 * function of its dividend, which its lemmas pin (held at the model's
 * value, it would hold the dividend to the model's bucket of c values). */
static bool is_quotient(const struct enc *e, Z3_ast k)
{
	for (unsigned i = 0; i < e->n_qdefs; i++)
		if (Z3_is_eq_ast(e->z, e->qdefs[i].q, k))
			return true;
	return false;
}

/* Whether some value of the inputs of t1/t2 (those alone changed, every
 * other input as the model has it) avoids the violation, where that value
 * is one a run reaching the assert can have at all (a contract's
 * arg0 != 0 rules out arg0 = 0: no run has it). A branch under which an
 * assume() would have prevented the violation is such a value. */
static bool avoidable(struct cex *c, Z3_ast t1, Z3_ast t2)
{
	Z3_context z = c->z;
	struct idset mine = { 0 };
	walk(c->e, NULL, t1, &mine, NULL, NULL);
	if (t2)
		walk(c->e, NULL, t2, &mine, NULL, NULL);
	size_t cap = c->inputs.n + 1;
	Z3_ast *from = malloc(cap * sizeof(Z3_ast)), *to = malloc(cap * sizeof(Z3_ast));
	Z3_ast *rfrom = malloc(cap * sizeof(Z3_ast)), *rto = malloc(cap * sizeof(Z3_ast));
	unsigned n = 0, rn = 0;
	for (size_t i = 0; from && to && rfrom && rto && i < c->inputs.n; i++) {
		Z3_ast k = c->inputs.v[i];
		if (idset_has(&mine, Z3_get_ast_id(z, k)) || is_quotient(c->e, k))
			continue;
		Z3_sort sort = Z3_get_sort(z, k);
		rfrom[rn] = k;
		rto[rn++] = Z3_mk_fresh_const(z, "other", sort);
		Z3_ast v = NULL;
		if (!Z3_model_eval(z, c->m, k, true, &v) || !v)
			continue;
		/* an array whose value the model keeps as a function of its
		 * own stays free (more values shown, never fewer) */
		if (Z3_get_sort_kind(z, sort) == Z3_ARRAY_SORT &&
		    strstr(Z3_ast_to_string(z, v), "as-array"))
			continue;
		from[n] = k;
		to[n++] = v;
	}
	free(mine.cells);
	bool result = true; /* when it cannot tell: shown */
	if (from && to && rfrom && rto) {
		Z3_ast still = Z3_substitute(z, c->violation, n, from, to);
		Z3_ast possible = Z3_substitute(z, c->reach, rn, rfrom, rto);
		/* a quarter of what is left for each of check()'s stages */
		double left = (c->deadline - bte_now_ms()) / 4;
		unsigned ms = left < 1 ? 1 : (unsigned)left;
		Z3_params params = Z3_mk_params(z);
		Z3_params_inc_ref(z, params);
		Z3_params_set_uint(z, params, Z3_mk_string_symbol(z, "timeout"), ms);
		Z3_solver solver;
		c->e->wall_clock = true;
		result = check(c->e, &solver, params, possible, Z3_mk_not(z, still), NULL,
			       ms < FAST_BUDGET_MS ? ms : FAST_BUDGET_MS, 0) != Z3_L_FALSE;
		c->e->wall_clock = false;
		done(z, solver);
		Z3_params_dec_ref(z, params);
	}
	free(from);
	free(to);
	free(rfrom);
	free(rto);
	return result;
}

/* Adds a value: `shown` as the report prints it, `value` and `hex` for
 * tools; t1 and t2 are the terms it was read from. */
static void cex_add(struct cex *c, const char *name, struct bte_buf *shown, char **value_p,
		    char **hex_p, Z3_ast t1, Z3_ast t2)
{
	/* the strings are the value's now: the caller's pointers are cleared
	 * so none is handed over twice */
	char *value = *value_p, *hex = *hex_p;
	*value_p = *hex_p = NULL;
	if (c->n == c->cap) {
		size_t cap = c->cap ? 2 * c->cap : 8;
		struct checker_value *v = realloc(c->v, cap * sizeof(*v));
		if (!v) {
			free(shown->s);
			free(value);
			free(hex);
			return;
		}
		c->v = v;
		c->cap = cap;
	}
	bool relevant = (t1 && walk_inputs(c->e, c->m, t1, NULL, c->slice)) ||
			(t2 && walk_inputs(c->e, c->m, t2, NULL, c->slice));
	/* A value the assert's value depends on, or whose value decides
	 * whether the violation happens (arg1 <= 5 where an assume() under
	 * arg1 > 5 would prevent it). */
	if (relevant && name[0] == '@' && !c->hint)
		c->hint = fmt("%.*s is read from a map, which holds whatever any probe stored in it: "
			      "what another probe assumed or checked before storing it does not "
			      "carry over; state what this probe relies on with assume() here",
			      (int)strcspn(name, "["), name);
	if (!relevant && c->violation && c->checks > 0 && bte_now_ms() < c->deadline) {
		c->checks--;
		relevant = avoidable(c, t1, t2);
	} else if (!relevant && c->violation) {
		relevant = true; /* no check left to tell: shown */
	}
	c->v[c->n++] = (struct checker_value){ .name = strdup(name), .shown = shown->s,
					      .value = value, .hex = hex, .relevant = relevant };
	memset(shown, 0, sizeof(*shown));
}


/* An integer as bpftrace users read it: decimal, signed when negative,
 * with hex when that says more. Sets *value (signed decimal when
 * negative) and *hex for tools. */
static void put_int(struct bte_buf *b, uint64_t v, unsigned bits, char **value, char **hex)
{
	bool negative = bits && (v >> (bits - 1)) & 1;
	int64_t sv = negative && bits < 64 ? (int64_t)(v | ~((1ULL << bits) - 1)) :
					      (int64_t)v;
	if (negative)
		bte_buf_printf(b, "%" PRIu64 " (0x%" PRIx64 ", or %" PRId64 " signed)", v, v, sv);
	else if (v > 9)
		bte_buf_printf(b, "%" PRIu64 " (0x%" PRIx64 ")", v, v);
	else
		bte_buf_printf(b, "%" PRIu64, v);
	if (value)
		*value = negative ? fmt("%" PRId64, sv) : fmt("%" PRIu64, v);
	if (hex)
		*hex = fmt("0x%" PRIx64, v);
}

/* Bytes of a bit-vector wider than 64 bits, byte 0 first: as a C string
 * (to its NUL) or as hex bytes. Sets *value (the string with the
 * escapes shown, or the bytes) and *hex (every byte) for tools. */
static void put_bytes_value(struct bte_buf *b, Z3_context z, Z3_model m, Z3_ast v,
			    unsigned n, bool as_string, char **value, char **hex)
{
	struct bte_buf text = { 0 }, h = { 0 };
	bool ended = false;
	bte_buf_printf(&h, "0x");
	for (unsigned i = 0; i < n; i++) {
		uint64_t byte = 0;
		eval_u64(z, m, Z3_mk_extract(z, 8 * i + 7, 8 * i, v), &byte);
		bte_buf_printf(&h, "%02x", (unsigned)byte);
		if (ended)
			continue;
		if (as_string) {
			if (byte == 0)
				ended = true;
			else if (byte >= 0x20 && byte < 0x7f && byte != '"' && byte != '\\')
				bte_buf_printf(&text, "%c", (int)byte);
			else
				bte_buf_printf(&text, "\\x%02x", (unsigned)byte);
		} else {
			bte_buf_printf(&text, "%s%02x", i ? " " : "", (unsigned)byte);
		}
	}
	bte_buf_printf(b, as_string ? "\"%s\"" : "%s", text.s ? text.s : "");
	if (value)
		*value = text.s ? text.s : strdup("");
	else
		free(text.s);
	if (hex)
		*hex = h.s;
	else
		free(h.s);
}

static void put_value(struct bte_buf *b, Z3_context z, Z3_model m, Z3_ast v,
		      bool as_string, char **value, char **hex)
{
	unsigned bits = Z3_get_bv_sort_size(z, Z3_get_sort(z, v));
	uint64_t x = 0;
	if (bits <= 64 && !as_string) {
		eval_u64(z, m, v, &x);
		put_int(b, x, bits, value, hex);
	} else {
		put_bytes_value(b, z, m, v, bits / 8, as_string, value, hex);
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

/* The array a select reads from; the term itself when it is not one. */
static Z3_ast select_array(Z3_context z, Z3_ast t)
{
	if (t && Z3_get_ast_kind(z, t) == Z3_APP_AST) {
		Z3_app app = Z3_to_app(z, t);
		if (Z3_get_decl_kind(z, Z3_get_app_decl(z, app)) == Z3_OP_SELECT)
			return Z3_get_app_arg(z, app, 0);
	}
	return t;
}

/* A 32-bit half of a 64-bit input (pid of pid_tgid, uid of uid_gid). */
static void add_half(struct cex *c, Z3_model m, const char *name, Z3_ast whole, bool high)
{
	Z3_ast half = high ? Z3_mk_extract(c->z, 63, 32, whole) : Z3_mk_extract(c->z, 31, 0, whole);
	uint64_t x = 0;
	eval_u64(c->z, m, half, &x);
	struct bte_buf b = { 0 };
	char *value = NULL, *hex = NULL;
	put_int(&b, x, 0, &value, &hex);
	cex_add(c, name, &b, &value, &hex, whole, NULL);
}

/* Every value of the counterexample, each marked relevant or not. */
static void counterexample(struct enc *e, Z3_model m, const struct site *site, struct cex *c)
{
	Z3_context z = e->z;
	struct bte_buf b = { 0 };
	char *value = NULL, *hex = NULL;
	for (unsigned i = 0; i < e->n_slots; i++) {
		const struct slot *s = &e->slots[i];
		if (s->name[0] != '$')
			continue;
		Z3_ast bytes = mem_read_slot_bytes(e, site->stack, s);
		put_value(&b, z, m, bytes, is_string_slot(s), &value, &hex);
		cex_add(c, s->name, &b, &value, &hex, bytes, NULL);
	}
	for (unsigned i = 0; i < e->n_obs; i++) {
		const struct obs *o = &e->obs[i];
		if (!eval_true(z, m, o->pc) || repeats(e, m, i))
			continue;
		switch (o->kind) {
		case OBS_CTX:
		case OBS_HELPER:
			put_value(&b, z, m, o->value, o->kind == OBS_HELPER && o->is_string,
				  &value, &hex);
			cex_add(c, o->label, &b, &value, &hex, o->value, NULL);
			break;
		case OBS_KREAD: {
			uint64_t addr = 0;
			eval_u64(z, m, o->key, &addr);
			char *name = fmt("%s at 0x%" PRIx64, o->label, addr);
			put_bytes_value(&b, z, m, o->value, o->width, o->is_string, &value, &hex);
			cex_add(c, name ? name : o->label, &b, &value, &hex, o->value, NULL);
			free(name);
			break;
		}
		case OBS_LOOKUP: {
			bool hit = eval_true(z, m, o->value);
			struct bte_buf key = { 0 };
			put_value(&key, z, m, o->key, false, NULL, NULL);
			char *name = fmt("%s[%s]", o->label, key.s ? key.s : "?");
			free(key.s);
			if (hit) {
				put_value(&b, z, m, o->extra, false, &value, &hex);
			} else {
				bte_buf_printf(&b, "missing");
				value = strdup("missing");
			}
			/* relevant when the assert reads what this lookup found
			 * (the map's state), not merely the same key */
			cex_add(c, name ? name : o->label, &b, &value, &hex, select_array(z, o->value),
				select_array(z, o->extra));
			free(name);
			break;
		}
		}
		value = hex = NULL;
	}
	if (e->used_pid) {
		add_half(c, m, "pid", e->pid_tgid, true);
		add_half(c, m, "tid", e->pid_tgid, false);
	}
	if (e->used_cpid) {
		uint64_t x = 0;
		eval_u64(z, m, e->cpid, &x);
		put_int(&b, x, 0, &value, &hex);
		cex_add(c, "cpid", &b, &value, &hex, e->cpid, NULL);
	}
	if (e->used_uid) {
		add_half(c, m, "uid", e->uid_gid, false);
		add_half(c, m, "gid", e->uid_gid, true);
	}
	if (e->used_comm) {
		Z3_ast all = e->comm[COMM_LEN - 1];
		for (unsigned i = COMM_LEN - 1; i-- > 0;)
			all = Z3_mk_concat(z, all, e->comm[i]);
		put_bytes_value(&b, z, m, all, COMM_LEN, true, &value, &hex);
		cex_add(c, "comm", &b, &value, &hex, all, NULL);
	}
	/* no value found on the slice (an input the report does not name):
	 * every value is shown rather than none */
	bool any = false;
	for (size_t i = 0; i < c->n; i++)
		any |= c->v[i].relevant;
	for (size_t i = 0; !any && i < c->n; i++)
		c->v[i].relevant = true;
}

/* "counterexample: a = 1, b = 2" of the relevant values; the hint, when
 * the assert's value was read from a map, goes to *hint. */
static char *cex_text(const struct cex *c, char **hint)
{
	struct bte_buf b = { 0 };
	bte_buf_printf(&b, "counterexample: ");
	const char *sep = "";
	*hint = NULL;
	for (size_t i = 0; i < c->n; i++) {
		if (!c->v[i].relevant)
			continue;
		bte_buf_printf(&b, "%s%s = %s", sep, c->v[i].name, c->v[i].shown ? c->v[i].shown : "?");
		sep = ", ";
	}
	*hint = c->hint;
	if (!*sep)
		bte_buf_printf(&b, "any run reaching it");
	return b.s;
}

/* --- queries -----------------------------------------------------------------*/

struct id_result {
	enum checker_verdict verdict;
	char *detail;
	double ms;
	bool seen;
	struct checker_value *values; /* REFUTED */
	size_t n_values;
	char *hint;
};

static void values_free(struct checker_value *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].name);
		free(v[i].shown);
		free(v[i].value);
		free(v[i].hex);
	}
	free(v);
}

/* Returns whether the verdict was taken. */
static bool set_result(struct id_result *r, enum checker_verdict v, char *detail)
{
	/* Across probes: refuted beats unknown beats proven beats vacuous. */
	static const int rank[] = { [CHECKER_VACUOUS] = 0, [CHECKER_PROVEN] = 1,
				    [CHECKER_UNKNOWN] = 2, [CHECKER_REFUTED] = 3 };
	if (r->seen && rank[v] <= rank[r->verdict]) {
		free(detail);
		return false;
	}
	free(r->detail);
	r->verdict = v;
	r->detail = detail;
	r->seen = true;
	if (v != CHECKER_REFUTED) {
		values_free(r->values, r->n_values);
		free(r->hint);
		r->values = NULL;
		r->n_values = 0;
		r->hint = NULL;
	}
	return true;
}

static char *xstrdup(const char *s)
{
	return s ? strdup(s) : NULL;
}

static char *reason_unknown(Z3_context z, Z3_solver s)
{
	const char *why = Z3_solver_get_reason_unknown(z, s);
	struct bte_buf b = { 0 };
	if (why && (strstr(why, "timeout") || strstr(why, "canceled")))
		bte_buf_printf(&b, "the solver timed out");
	else
		bte_buf_printf(&b, "the solver could not decide (%s)", why ? why : "unknown");
	return b.s;
}

/* Background facts of every invocation. */
static Z3_ast facts(struct enc *e)
{
	Z3_context z = e->z;
	Z3_ast f = e->lemmas ? e->lemmas : Z3_mk_true(z);
	if (e->div_lemmas)
		f = Z3_mk_and(z, 2, (Z3_ast[]){ f, e->div_lemmas });
	if (e->inputs)
		f = Z3_mk_and(z, 2, (Z3_ast[]){ f, e->inputs });
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

/* A solver of Z3's with its own timeout: the simple solver (no
 * preprocessing tactics: fast on the easy queries most are) or the
 * default one, with params when given, else a budget of ms. */
/* The budget of a witness search (see divider_witness). */
#define WITNESS_BUDGET_MS 1000

/* Z3's resource units per millisecond of one core's work on the
 * bit-blasted queries here (z3 4.8.12 -st on a 64-bit factoring query:
 * about 6.5 million in a second). */
#define RLIMIT_PER_MS 6000u
/* How much longer than its budget a short stage may take in wall time
 * on a loaded machine before it gives up anyway. */
#define LOADED_SLACK 20u

/* A solver with a budget. The short stages (a fast first try, a witness
 * search: ms <= WITNESS_BUDGET_MS) are bounded by work done (rlimit), so
 * their answers do not depend on how loaded the machine is: a wall-clock
 * budget ran out under a parallel build and turned a case that is proven
 * in 0.4 s into UNKNOWN. Wall time still caps them, at LOADED_SLACK times
 * the budget. The full solver keeps the user's wall-clock timeout. */
static Z3_solver timed_solver(const struct enc *e, bool simple, Z3_params params, unsigned ms)
{
	Z3_context z = e->z;
	Z3_solver s = simple ? Z3_mk_simple_solver(z) : Z3_mk_solver(z);
	Z3_solver_inc_ref(z, s);
	if (params) {
		Z3_solver_set_params(z, s, params);
	} else {
		Z3_params p = Z3_mk_params(z);
		Z3_params_inc_ref(z, p);
		if (ms <= WITNESS_BUDGET_MS && !e->wall_clock) {
			Z3_params_set_uint(z, p, Z3_mk_string_symbol(z, "rlimit"),
					   ms * RLIMIT_PER_MS);
			ms *= LOADED_SLACK;
		}
		Z3_params_set_uint(z, p, Z3_mk_string_symbol(z, "timeout"), ms);
		Z3_solver_set_params(z, s, p);
		Z3_params_dec_ref(z, p);
	}
	return s;
}

/* A product of two variables, or a division or remainder by one. */
static bool nonlinear(Z3_context z, Z3_app app)
{
	switch (Z3_get_decl_kind(z, Z3_get_app_decl(z, app))) {
	case Z3_OP_BMUL: {
		unsigned variables = 0, args = Z3_get_app_num_args(z, app);
		for (unsigned i = 0; i < args; i++)
			variables += !Z3_is_numeral_ast(z, Z3_get_app_arg(z, app, i));
		return variables > 1;
	}
	case Z3_OP_BUDIV: case Z3_OP_BUREM: case Z3_OP_BSDIV: case Z3_OP_BSREM:
	case Z3_OP_BSMOD: case Z3_OP_BUDIV_I: case Z3_OP_BUREM_I: case Z3_OP_BSDIV_I:
	case Z3_OP_BSREM_I: case Z3_OP_BSMOD_I:
		return !Z3_is_numeral_ast(z, Z3_get_app_arg(z, app, 1));
	default:
		return false;
	}
}

/* The query's abstraction: every product of two variables and every
 * division or remainder by a variable (nonlinear()) replaced by a fresh
 * constant, the same term by the same constant. Where one contains
 * another, the outer one's constant stands for its operation applied to
 * its arguments as abstracted (the inner one's constant in them). Each
 * run of the program is a model of the abstraction, with every constant
 * given its term's value, so where the abstraction is unsatisfiable the
 * query is too; a proof that needs no more of these operations than the
 * lemmas say about them (an average times its count) is found without
 * bit-blasting a 64-bit divider or multiplier. (Quotients by constants
 * are constants already, pinned by their lemmas: enc.qdefs.) */
struct abstraction {
	struct consts terms; /* the nonlinear terms, each once */
	Z3_ast *consts;      /* terms.v[i]'s constant */
	Z3_ast f;            /* the query, abstracted */
};

static void abstraction_free(struct abstraction *a)
{
	free(a->terms.v);
	free(a->consts);
}

/* False when the query has no such term (or memory ran out). */
static bool abstract(struct enc *e, Z3_ast f, struct abstraction *a)
{
	Z3_context z = e->z;
	struct idset seen = { 0 };
	size_t cap = 64, n = 0;
	Z3_ast *stack = malloc(cap * sizeof(*stack));
	bool ok = stack != NULL;
	*a = (struct abstraction){ 0 };
	if (ok)
		stack[n++] = f;
	while (ok && n) {
		Z3_ast t = stack[--n];
		if (Z3_get_ast_kind(z, t) != Z3_APP_AST || !idset_add(&seen, Z3_get_ast_id(z, t)))
			continue;
		Z3_app app = Z3_to_app(z, t);
		if (nonlinear(z, app)) {
			size_t before = a->terms.n;
			consts_push(&a->terms, t);
			ok = a->terms.n > before;
		}
		unsigned args = Z3_get_app_num_args(z, app);
		if (n + args > cap) {
			while (n + args > cap)
				cap *= 2;
			Z3_ast *bigger = realloc(stack, cap * sizeof(*stack));
			if (!bigger) {
				ok = false;
				break;
			}
			stack = bigger;
		}
		for (unsigned i = 0; i < args; i++)
			stack[n++] = Z3_get_app_arg(z, app, i);
	}
	free(stack);
	free(seen.cells);
	a->consts = ok && a->terms.n ? malloc(a->terms.n * sizeof(*a->consts)) : NULL;
	if (!a->consts) {
		abstraction_free(a);
		return false;
	}
	for (size_t i = 0; i < a->terms.n; i++)
		a->consts[i] = Z3_mk_fresh_const(z, "abstract", Z3_get_sort(z, a->terms.v[i]));
	a->f = Z3_substitute(z, f, (unsigned)a->terms.n, a->terms.v, a->consts);
	return true;
}

/* Adds to `facts`, for each abstracted term whose constant the model
 * gives another value than the operation on its arguments' values, that
 * the constant has the operation's value where the arguments have those
 * values (a fact of every run: the constant is the operation's result).
 * Returns how many were added. */
static unsigned refine(Z3_context z, struct consts *facts, const struct abstraction *a, Z3_model m)
{
	unsigned added = 0, n = (unsigned)a->terms.n;
	for (unsigned i = 0; i < n; i++) {
		Z3_app app = Z3_to_app(z, a->terms.v[i]);
		unsigned k = Z3_get_app_num_args(z, app);
		Z3_ast args[8], eqs[8], value = NULL, now = NULL;
		if (k > 8)
			continue;
		for (unsigned j = 0; j < k; j++) {
			Z3_ast v = NULL;
			args[j] = Z3_substitute(z, Z3_get_app_arg(z, app, j), n, a->terms.v, a->consts);
			if (!Z3_model_eval(z, m, args[j], true, &v) || !v)
				return added;
			eqs[j] = Z3_mk_eq(z, args[j], v);
		}
		Z3_ast op = Z3_update_term(z, a->terms.v[i], k, args);
		if (!Z3_model_eval(z, m, op, true, &value) || !value ||
		    !Z3_model_eval(z, m, a->consts[i], true, &now) || !now ||
		    Z3_is_eq_ast(z, value, now))
			continue;
		size_t before = facts->n;
		consts_push(facts, Z3_mk_implies(z, Z3_mk_and(z, k, eqs),
						 Z3_mk_eq(z, a->consts[i], value)));
		if (facts->n == before)
			return added;
		added++;
	}
	return added;
}

/* The query decided on its abstraction, refined where a model of it is
 * no model of the query (its constants' values are not the operations'):
 * unsat of the abstraction is unsat of the query; a model is taken only
 * when it satisfies the query as given (evaluated, the operations
 * computed), never on the abstraction's word. Z3's simple solver first,
 * with `fast_ms`; where that runs out, the default one (preprocessing,
 * then bit-blasting: faster on the abstractions with 128-bit lemmas)
 * with ABSTRACTION_BUDGET, on the abstraction and the facts found so far.
 * Undef when neither comes within ABSTRACTION_ROUNDS models or the
 * budget. *s is the solver used last, the caller's to release (NULL
 * when the query has nothing to abstract). */
#define ABSTRACTION_ROUNDS 12
#define ABSTRACTION_BUDGET(fast_ms) (3 * (fast_ms))

static Z3_lbool by_abstraction(struct enc *e, Z3_solver *s, Z3_ast f, Z3_model *model,
			       unsigned fast_ms)
{
	Z3_context z = e->z;
	struct abstraction a;
	*s = NULL;
	if (!abstract(e, f, &a))
		return Z3_L_UNDEF;
	*s = timed_solver(e, true, NULL, fast_ms);
	struct consts facts = { 0 };
	Z3_lbool r = Z3_L_UNDEF;
	bool simple = true;
	/* in Z3's normal form: a comparison with a constant is rewritten
	 * (split at the constant's leading zeros) where the rewriter meets
	 * it, so one it met and one it did not are two facts to the SAT
	 * solver; simplified, they are one (tens of ms, a unit's bound) */
	a.f = Z3_simplify(z, a.f);
	Z3_solver_assert(z, *s, a.f);
	double until = bte_now_ms() + fast_ms;
	for (unsigned round = 0; round < ABSTRACTION_ROUNDS; round++) {
		/* a display check has its wall-clock time, in all */
		if (e->wall_clock && round && bte_now_ms() > until)
			break;
		Z3_lbool v = Z3_solver_check(z, *s);
		if (v == Z3_L_UNDEF && simple && !e->wall_clock) {
			simple = false;
			Z3_solver_dec_ref(z, *s);
			*s = timed_solver(e, false, NULL, ABSTRACTION_BUDGET(fast_ms));
			Z3_solver_assert(z, *s, a.f);
			for (size_t i = 0; i < facts.n; i++)
				Z3_solver_assert(z, *s, facts.v[i]);
			v = Z3_solver_check(z, *s);
		}
		if (v != Z3_L_TRUE) {
			r = v == Z3_L_FALSE ? Z3_L_FALSE : Z3_L_UNDEF;
			break;
		}
		Z3_model m = Z3_solver_get_model(z, *s);
		Z3_model_inc_ref(z, m);
		if (eval_true(z, m, f)) {
			r = Z3_L_TRUE;
			if (model)
				*model = m;
			else
				Z3_model_dec_ref(z, m);
			break;
		}
		size_t before = facts.n;
		unsigned added = refine(z, &facts, &a, m);
		Z3_model_dec_ref(z, m);
		for (size_t i = before; i < facts.n; i++)
			Z3_solver_assert(z, *s, facts.v[i]);
		if (!added)
			break;
	}
	free(facts.v);
	abstraction_free(&a);
	return r;
}

/* A model of background and goal found with each quotient by a constant
 * replaced by Z3's divider (its definition) and the lemmas that define
 * the quotients left out: the divider computes a quotient from its
 * dividend, where the lemmas leave the SAT solver to search for it, so a
 * run that reaches a point is found in milliseconds instead of seconds.
 * The other lemmas (products, quotients by variables) are left out of the
 * search too: they cost the SAT solver seconds on 64-bit operands.
 * The quotients are then given their values (a / c, from the model's
 * dividend) and the model is kept only if it satisfies the formula as
 * given, lemmas and all: a witness is checked, never trusted. NULL when
 * none is found within `ms`. (The counterexample's shorter checks, which
 * only choose what to show, go without.) */

static bool give_quotients(struct enc *e, Z3_model m)
{
	Z3_context z = e->z;
	for (unsigned i = 0; i < e->n_qdefs; i++) {
		Z3_func_decl d = Z3_get_app_decl(z, Z3_to_app(z, e->qdefs[i].q));
		if (Z3_model_has_interp(z, m, d))
			continue;
		Z3_app def = Z3_to_app(z, e->qdefs[i].def);
		Z3_ast value = NULL;
		uint64_t a = 0, c = 0;
		if (!Z3_model_eval(z, m, Z3_get_app_arg(z, def, 0), true, &value) || !value ||
		    Z3_get_ast_kind(z, value) != Z3_NUMERAL_AST ||
		    !Z3_get_numeral_uint64(z, value, &a) ||
		    !Z3_get_numeral_uint64(z, Z3_get_app_arg(z, def, 1), &c) || c == 0)
			return false;
		Z3_add_const_interp(z, m, d, Z3_mk_unsigned_int64(z, a / c, Z3_get_sort(z, e->qdefs[i].q)));
	}
	return true;
}

static Z3_model divider_witness(struct enc *e, Z3_ast background, Z3_ast goal, unsigned ms,
				 bool *unsat)
{
	Z3_context z = e->z;
	unsigned n = e->n_qdefs;
	if (!n && !e->lemmas)
		return NULL;
	Z3_ast from[sizeof(e->qdefs) / sizeof(e->qdefs[0]) + 2];
	Z3_ast to[sizeof(e->qdefs) / sizeof(e->qdefs[0]) + 2];
	/* a definition may use an earlier quotient (a chain of conversions):
	 * each is written with the dividers of those before it */
	for (unsigned i = 0; i < n; i++) {
		from[i] = e->qdefs[i].q;
		to[i] = i ? Z3_substitute(z, e->qdefs[i].def, i, from, to) : e->qdefs[i].def;
	}
	unsigned k = n;
	if (e->div_lemmas) {
		from[k] = e->div_lemmas;
		to[k++] = Z3_mk_true(z);
	}
	/* the other lemmas are theorems of the operations (some with the
	 * quotients' definitions, left out above): every run satisfies
	 * them, so the search goes without them (a 64-bit product's lemmas
	 * cost the SAT solver seconds) and the check below holds the model
	 * to them */
	if (e->lemmas) {
		from[k] = e->lemmas;
		to[k++] = Z3_mk_true(z);
	}
	Z3_ast f = Z3_mk_and(z, 2, (Z3_ast[]){ background, goal });
	Z3_ast search = Z3_substitute(z, f, k, from, to);
	/* Three searches, cheapest first (the first two in Z3's simple
	 * solver with a fifth of the budget: a millisecond, where making the
	 * default solver costs several):
	 * 0. loose: the quotients by constants free as well (each then
	 *    computed from the model's dividend: where nothing on the way to
	 *    the point depends on their values, any value does), products
	 *    and quotients of variables abstracted (abstract());
	 * 1. the search with only those abstracted;
	 * 2. the search as it is, in the default solver (its preprocessing
	 *    finds a witness through a divider by a constant fast). */
	Z3_ast lfrom[sizeof(e->qdefs) / sizeof(e->qdefs[0]) + 2];
	Z3_ast lto[sizeof(e->qdefs) / sizeof(e->qdefs[0]) + 2];
	unsigned lk = 0;
	for (unsigned i = 0; i < n; i++) {
		lfrom[lk] = e->qdefs[i].q;
		lto[lk++] = Z3_mk_fresh_const(z, "loose", Z3_get_sort(z, e->qdefs[i].q));
	}
	for (unsigned i = n; i < k; i++) {
		lfrom[lk] = from[i];
		lto[lk++] = to[i];
	}
	Z3_ast loose = Z3_substitute(z, f, lk, lfrom, lto);
	struct abstraction a[2];
	/* the second abstraction only when the first search did not settle it */
	bool abstracted[2] = { abstract(e, loose, &a[0]), false };
	Z3_model m = NULL;
	for (int attempt = 0; attempt < 3; attempt++) {
		if (attempt == 1 && !(abstracted[1] = abstract(e, search, &a[1])))
			continue;
		Z3_ast query = attempt == 0 ? (abstracted[0] ? a[0].f : loose)
					    : attempt == 1 ? a[1].f : search;
		Z3_solver s = timed_solver(e, attempt < 2, NULL, attempt < 2 ? ms / 5 : ms);
		Z3_solver_assert(z, s, query);
		Z3_lbool r = Z3_solver_check(z, s);
		if (r == Z3_L_TRUE) {
			m = Z3_solver_get_model(z, s);
			Z3_model_inc_ref(z, m);
		}
		Z3_solver_dec_ref(z, s);
		Z3_ast holds = NULL;
		if (m && (!give_quotients(e, m) || !Z3_model_eval(z, m, f, true, &holds) || !holds ||
			  Z3_get_bool_value(z, holds) != Z3_L_TRUE)) {
			Z3_model_dec_ref(z, m);
			m = NULL;
		}
		/* each search is weaker than the formula (lemmas left out,
		 * quotients by constants free or computed as the lemmas pin
		 * them, the abstraction weaker still): its unsat is the
		 * formula's */
		if (r == Z3_L_FALSE && unsat)
			*unsat = true;
		if (m || r == Z3_L_FALSE)
			break;
	}
	for (int i = 0; i < 2; i++)
		if (abstracted[i])
			abstraction_free(&a[i]);
	return m;
}

/* A model of f found by trying values: each free bit-vector constant
 * (an input) given one of the values arithmetic goes wrong at (0, 1, the
 * top bit, all ones, 2^32 and around it) or a random one, the rest of the
 * model completed by Z3, and f evaluated. Where a solver cannot find a
 * product that wraps or a quotient far from its bucket in its budget,
 * such values often are one. A model is taken only when f evaluates
 * true in it. NULL when none of SAMPLE_TRIES is. */
#define SAMPLE_TRIES 48

static Z3_model sampled_witness(struct enc *e, Z3_ast f)
{
	Z3_context z = e->z;
	struct idset seen = { 0 };
	struct consts in = { 0 };
	walk(e, NULL, f, &seen, NULL, &in);
	free(seen.cells);
	static const uint64_t special[] = { 0, 1, 2, 0x7fffffff, 0x80000000, 0xffffffff,
					    0x100000000, 0x7fffffffffffffff, 0x8000000000000000,
					    0xffffffffffffffff };
	const size_t n_special = sizeof(special) / sizeof(special[0]);
	uint64_t state = 0x9e3779b97f4a7c15ULL; /* fixed: the same tries every run */
	Z3_model found = NULL;
	for (unsigned t = 0; t < SAMPLE_TRIES && !found && in.n; t++) {
		Z3_model m = Z3_mk_model(z);
		Z3_model_inc_ref(z, m);
		/* one value for most inputs of a try (an argument is its
		 * bytes, each an input: all of them 0xff is all ones) */
		uint64_t base = special[t % n_special];
		for (size_t i = 0; i < in.n; i++) {
			Z3_sort sort = Z3_get_sort(z, in.v[i]);
			/* a quotient by a constant is computed below; the task's
			 * name is empty (its bytes are NUL-padded); the context
			 * is at a kernel address */
			if (Z3_get_sort_kind(z, sort) != Z3_BV_SORT || is_quotient(e, in.v[i]))
				continue;
			bool comm = false;
			for (unsigned k = 0; k < COMM_LEN && e->used_comm; k++)
				comm |= Z3_is_eq_ast(z, e->comm[k], in.v[i]);
			if (comm || (e->ctx_base && Z3_is_eq_ast(z, e->ctx_base, in.v[i]))) {
				Z3_add_const_interp(z, m, Z3_get_app_decl(z, Z3_to_app(z, in.v[i])),
						    Z3_mk_unsigned_int64(z, comm ? 0 : 0xffff888000000000ULL,
									 sort));
				continue;
			}
			state ^= state << 13;
			state ^= state >> 7;
			state ^= state << 17;
			unsigned w = Z3_get_bv_sort_size(z, sort);
			unsigned pick = (unsigned)((state >> 8) % 4);
			uint64_t v = pick < 2 ? base : pick == 2 ? state
				     : special[(state >> 16) % n_special];
			if (w > 64)
				continue;
			if (w < 64)
				v &= (1ULL << w) - 1;
			Z3_add_const_interp(z, m, Z3_get_app_decl(z, Z3_to_app(z, in.v[i])),
					    Z3_mk_unsigned_int64(z, v, sort));
		}
		if (give_quotients(e, m) && eval_true(z, m, f))
			found = m;
		else
			Z3_model_dec_ref(z, m);
	}
	free(in.v);
	return found;
}

/* One query, in up to five attempts, cheapest first:
 * 1. Where the probe divides by a constant or has lemmas, and the query
 *    asks whether a point is reached (expected: yes), the witness
 *    searches of divider_witness() with the short budget: a model checked
 *    against the formula as given (or unsat, of a weaker formula).
 * 2. Where the query multiplies or divides variables, its abstraction
 *    (by_abstraction()): unsat, or a model of the query as given.
 * 3. Z3's simple solver with a short budget (`fast_ms`): most queries
 *    take it well under a millisecond, where building the default
 *    solver alone costs several.
 * 4. The witness searches with the longer budget (`witness_ms`), then
 *    values tried (sampled_witness()).
 * 5. What none settles goes to a fresh default solver (no push/pop: full
 *    preprocessing, bit-blasting) with the real timeout (`params`).
 * The caller releases the solver with done(); a model (when asked for,
 * and the answer is sat) is the caller's to release. */
static Z3_lbool check(struct enc *e, Z3_solver *s, Z3_params params,
		      Z3_ast background, Z3_ast goal, Z3_model *model, unsigned fast_ms,
		      unsigned witness_ms)
{
	Z3_context z = e->z;
	if (witness_ms && !model && (e->n_qdefs || e->lemmas)) {
		/* whether a point is reached (expected: yes) where the probe
		 * divides by a constant: a witness with Z3's divider takes
		 * milliseconds, where the simple solver spends its budget */
		bool unsat = false;
		Z3_model w = divider_witness(e, background, goal, fast_ms, &unsat);
		if (w || unsat) {
			if (w)
				Z3_model_dec_ref(z, w);
			*s = timed_solver(e, true, NULL, fast_ms);
			return w ? Z3_L_TRUE : Z3_L_FALSE;
		}
	}
	Z3_ast query = Z3_mk_and(z, 2, (Z3_ast[]){ background, goal });
	Z3_lbool r = by_abstraction(e, s, query, model, fast_ms);
	if (r != Z3_L_UNDEF)
		return r;
	if (*s)
		Z3_solver_dec_ref(z, *s);
	*s = timed_solver(e, true, NULL, fast_ms);
	Z3_solver_assert(z, *s, Z3_simplify(z, query));
	r = Z3_solver_check(z, *s);
	if (r == Z3_L_UNDEF) {
		bool unsat = false;
		Z3_model w = witness_ms ? sampled_witness(e, query) : NULL;
		if (!w && witness_ms)
			w = divider_witness(e, background, goal, witness_ms, &unsat);
		if (unsat)
			return Z3_L_FALSE;
		if (w) {
			if (model)
				*model = w;
			else
				Z3_model_dec_ref(z, w);
			return Z3_L_TRUE;
		}
		Z3_solver_dec_ref(z, *s);
		*s = timed_solver(e, false, params, 0);
		Z3_solver_assert(z, *s, background);
		Z3_solver_assert(z, *s, goal);
		r = Z3_solver_check(z, *s);
	}
	if (r == Z3_L_TRUE && model) {
		*model = Z3_solver_get_model(z, *s);
		Z3_model_inc_ref(z, *model);
	}
	return r;
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
		double t0 = bte_now_ms();
		if (e->unsupported) {
			struct bte_buf b = { 0 };
			bte_buf_printf(&b, "unsupported by the verifier: %s", e->unsupported);
			set_result(r, CHECKER_UNKNOWN, b.s);
			continue;
		}
		Z3_solver solver;
		Z3_model m = NULL;
		Z3_lbool v = check(e, &solver, params, bg, violate, &m, FAST_BUDGET_MS, WITNESS_BUDGET_MS);
		if (v == Z3_L_TRUE) {
			const struct site *site = NULL;
			for (unsigned i = 0; i < e->n_sites && !site; i++)
				if (e->sites[i].id == id &&
				    eval_true(z, m, e->sites[i].pc) &&
				    !eval_true(z, m, e->sites[i].holds))
					site = &e->sites[i];
			if (!site)
				site = &e->sites[0];
			struct idset slice = { 0 }, all = { 0 };
			walk_inputs(e, m, site->holds, &slice, NULL);
			struct cex c = { .slice = &slice, .z = z, .e = e, .m = m,
					 .checks = CEX_CHECKS, .deadline = bte_now_ms() + CEX_TOTAL_MS,
					 .reach = Z3_mk_and(z, 2, (Z3_ast[]){ bg, site->pc }) };
			c.violation = Z3_mk_and(z, 2, (Z3_ast[]){ c.reach, Z3_mk_not(z, site->holds) });
			walk(e, NULL, c.violation, &all, NULL, &c.inputs);
			counterexample(e, m, site, &c);
			free(slice.cells);
			free(all.cells);
			free(c.inputs.v);
			char *hint = NULL, *text = cex_text(&c, &hint);
			Z3_model_dec_ref(z, m);
			done(z, solver);
			if (set_result(r, CHECKER_REFUTED, text)) {
				values_free(r->values, r->n_values);
				free(r->hint);
				r->values = c.v;
				r->n_values = c.n;
				r->hint = hint;
			} else {
				values_free(c.v, c.n);
				free(hint);
			}
		} else if (v == Z3_L_UNDEF) {
			char *why = reason_unknown(z, solver);
			done(z, solver);
			set_result(r, CHECKER_UNKNOWN, why);
		} else {
			done(z, solver);
			Z3_lbool reached = check(e, &solver, params, bg, reach, NULL, FAST_BUDGET_MS, WITNESS_BUDGET_MS);
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
		r->ms += bte_now_ms() - t0;
	}

	/* A loop that may run longer than the bound: what was proven holds
	 * only for the first iterations. */
	Z3_solver solver;
	Z3_lbool more = Z3_L_FALSE;
	if (Z3_get_bool_value(z, e->overflow) != Z3_L_FALSE) { /* a loop exists */
		more = check(e, &solver, params, bg, e->overflow, NULL, FAST_BUDGET_MS, WITNESS_BUDGET_MS);
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
			struct bte_buf b = { 0 };
			bte_buf_printf(&b, "a loop may run more than %u iterations, the bound the verifier unrolls to (raise it with BPFTRACE_VERIFY_LOOP_BOUND)",
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

/* --- a context made ahead ---------------------------------------------- */

/* Z3 takes about 45 ms to make a context on this kind of machine (most of
 * it page faults on the tables it allocates), whatever the program: made
 * on another core while bpftrace compiles, it is ready when the proof
 * starts. One slot; whoever takes it first uses it, anyone else makes one. */
static pthread_mutex_t ahead_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_t ahead_thread;
static int ahead_pending;

static Z3_context new_context(void)
{
	Z3_config cfg = Z3_mk_config();
	Z3_set_param_value(cfg, "model", "true");
	Z3_context z = Z3_mk_context(cfg);
	Z3_del_config(cfg);
	return z;
}

static void *ahead_run(void *arg)
{
	(void)arg;
	return new_context();
}

void checker_prepare(void)
{
	pthread_mutex_lock(&ahead_lock);
	if (!ahead_pending && pthread_create(&ahead_thread, NULL, ahead_run, NULL) == 0)
		ahead_pending = 1;
	pthread_mutex_unlock(&ahead_lock);
}

/* The context made ahead, or NULL when there is none. */
static Z3_context ahead_take(void)
{
	pthread_mutex_lock(&ahead_lock);
	int pending = ahead_pending;
	pthread_t thread = ahead_thread;
	ahead_pending = 0;
	pthread_mutex_unlock(&ahead_lock);
	void *z = NULL;
	if (pending && pthread_join(thread, &z) != 0)
		z = NULL;
	return z;
}

void checker_prepared_release(void)
{
	Z3_context z = ahead_take();
	if (z)
		Z3_del_context(z);
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
	double t0 = bte_now_ms();

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
		struct bte_buf b = { 0 };
		bte_buf_printf(&b, "the IR does not parse: %s", msg ? msg : "?");
		LLVMDisposeMessage(msg);
		LLVMContextDispose(ctx);
		report->error = b.s;
		return report;
	}
	/* IR that parses can still be malformed; LLVM's accessors assume it
	 * is not. */
	if (LLVMVerifyModule(mod, LLVMReturnStatusAction, &msg)) {
		struct bte_buf b = { 0 };
		bte_buf_printf(&b, "the IR is malformed: %s", msg ? msg : "?");
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

	Z3_context z = ahead_take();
	if (!z)
		z = new_context();
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
		double te = bte_now_ms();
		int rc = enc_function(&e);
		encode_ms += bte_now_ms() - te;
		if (Z3_get_error_code(z) != Z3_OK && !e.unsupported)
			enc_unsupported(&e, "an internal solver error while encoding", NULL);
		if (rc == 0)
			prove_function(&e, params, results, contracts, n_contracts);
		report->assumed_stable_memory |= e.used_memory;
		report->assumed_stable_task |= e.used_comm || e.used_cgroup;
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
			out->values = results[c].values;
			out->n_values = results[c].n_values;
			out->hint = results[c].hint;
		} else {
			out->verdict = CHECKER_VACUOUS;
			out->detail = xstrdup("the compiled program never reaches it (dead code)");
		}
	}
	free(results);
	report->encode_ms = encode_ms;
	report->solve_ms = bte_now_ms() - t0 - encode_ms;

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
	for (size_t i = 0; i < report->n_results; i++) {
		free(report->results[i].detail);
		values_free(report->results[i].values, report->results[i].n_values);
		free(report->results[i].hint);
	}
	free(report->results);
	free(report->error);
	free(report);
}
