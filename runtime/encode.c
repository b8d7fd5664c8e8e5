/* SPDX-License-Identifier: Apache-2.0 */
/* From one probe function's IR to states over Z3: the CFG expanded into
 * nodes (block, iteration) so that loops unroll to a bound, visited in
 * topological order; each node merges its incoming states with ite over
 * the edge conditions, then runs its instructions. BPF's semantics where
 * LLVM's differ: x / 0 == 0, x % 0 == x, shift amounts masked. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "encoder.h"

/* --- small helpers ---------------------------------------------------------*/

Z3_ast bv(struct enc *e, uint64_t value, unsigned bits)
{
	return Z3_mk_unsigned_int64(e->z, value, Z3_mk_bv_sort(e->z, bits));
}

Z3_ast bool_of(struct enc *e, Z3_ast bit)
{
	unsigned w = Z3_get_bv_sort_size(e->z, Z3_get_sort(e->z, bit));
	return Z3_mk_not(e->z, Z3_mk_eq(e->z, bit, bv(e, 0, w)));
}

Z3_ast bit_of(struct enc *e, Z3_ast b)
{
	return Z3_mk_ite(e->z, b, bv(e, 1, 1), bv(e, 0, 1));
}

bool numeral(struct enc *e, Z3_ast a, uint64_t *out)
{
	if (Z3_get_ast_kind(e->z, a) != Z3_NUMERAL_AST)
		return false;
	return Z3_get_numeral_uint64(e->z, a, out);
}

Z3_ast enc_fresh(struct enc *e, const char *prefix, unsigned bits)
{
	return Z3_mk_fresh_const(e->z, prefix, Z3_mk_bv_sort(e->z, bits));
}

void enc_unsupported(struct enc *e, const char *what, LLVMValueRef v)
{
	if (e->unsupported)
		return;
	if (!v)
		v = e->current;
	char *text = v ? LLVMPrintValueToString(v) : NULL;
	size_t n = strlen(what) + (text ? strlen(text) : 0) + 8;
	e->unsupported = malloc(n);
	if (e->unsupported) {
		const char *t = text ? text : "";
		while (*t == ' ')
			t++;
		snprintf(e->unsupported, n, text ? "%s: %s" : "%s", what, t);
	}
	LLVMDisposeMessage(text);
}

void enc_observe(struct enc *e, struct obs o)
{
	if (e->n_obs == e->cap_obs) {
		e->cap_obs = e->cap_obs ? 2 * e->cap_obs : 16;
		e->obs = realloc(e->obs, e->cap_obs * sizeof(*e->obs));
	}
	e->obs[e->n_obs++] = o;
}

unsigned enc_width(struct enc *e, LLVMTypeRef t)
{
	switch (LLVMGetTypeKind(t)) {
	case LLVMIntegerTypeKind:
		return LLVMGetIntTypeWidth(t);
	case LLVMPointerTypeKind:
		return 64;
	default:
		(void)e;
		return 0;
	}
}

/* --- SSA value numbering -------------------------------------------------- */

static unsigned hash_ptr(const void *p, unsigned cap)
{
	uintptr_t x = (uintptr_t)p;
	x ^= x >> 17;
	x *= 0x9E3779B97F4A7C15ULL;
	return (unsigned)(x >> 7) & (cap - 1);
}

static void index_value(struct enc *e, LLVMValueRef v)
{
	unsigned h = hash_ptr(v, e->val_cap);
	while (e->val_keys[h])
		h = (h + 1) & (e->val_cap - 1);
	e->val_keys[h] = v;
	e->val_index[h] = e->n_vals++;
}

static int value_index(struct enc *e, LLVMValueRef v)
{
	unsigned h = hash_ptr(v, e->val_cap);
	while (e->val_keys[h]) {
		if (e->val_keys[h] == v)
			return (int)e->val_index[h];
		h = (h + 1) & (e->val_cap - 1);
	}
	return -1;
}

static void number_values(struct enc *e)
{
	unsigned count = LLVMCountParams(e->fn);
	for (LLVMBasicBlockRef b = LLVMGetFirstBasicBlock(e->fn); b;
	     b = LLVMGetNextBasicBlock(b))
		for (LLVMValueRef i = LLVMGetFirstInstruction(b); i;
		     i = LLVMGetNextInstruction(i))
			count++;
	e->val_cap = 16;
	while (e->val_cap < 2 * count + 2)
		e->val_cap *= 2;
	e->val_keys = calloc(e->val_cap, sizeof(*e->val_keys));
	e->val_index = calloc(e->val_cap, sizeof(*e->val_index));
	for (unsigned p = 0; p < LLVMCountParams(e->fn); p++)
		index_value(e, LLVMGetParam(e->fn, p));
	for (LLVMBasicBlockRef b = LLVMGetFirstBasicBlock(e->fn); b;
	     b = LLVMGetNextBasicBlock(b))
		for (LLVMValueRef i = LLVMGetFirstInstruction(b); i;
		     i = LLVMGetNextInstruction(i))
			index_value(e, i);
}

static void lemma(struct enc *e, Z3_ast fact);
static void input_fact(struct enc *e, Z3_ast fact);

Z3_ast enc_operand(struct enc *e, struct state *s, LLVMValueRef v)
{
	LLVMTypeRef t = LLVMTypeOf(v);
	unsigned w = enc_width(e, t);
	if (LLVMIsAConstantInt(v)) {
		/* wider than 64 bits: not in bpftrace's IR */
		return bv(e, LLVMConstIntGetZExtValue(v), w);
	}
	if (LLVMIsAConstantPointerNull(v))
		return bv(e, 0, 64);
	if (LLVMIsAUndefValue(v) || LLVMIsAPoisonValue(v))
		return enc_fresh(e, "undef", w ? w : 64);
	if (LLVMIsAConstantExpr(v)) {
		LLVMOpcode op = LLVMGetConstOpcode(v);
		if (op == LLVMIntToPtr || op == LLVMPtrToInt || op == LLVMBitCast)
			return enc_operand(e, s, LLVMGetOperand(v, 0));
		enc_unsupported(e, "a constant expression", v);
		return enc_fresh(e, "const", w ? w : 64);
	}
	int idx = value_index(e, v);
	if (idx >= 0 && s->vals[idx])
		return s->vals[idx];
	if (LLVMIsAArgument(v)) {
		if (!e->ctx_base) {
			e->ctx_base = Z3_mk_const(e->z, Z3_mk_string_symbol(e->z, "ctx"),
						  Z3_mk_bv_sort(e->z, 64));
#if defined(__x86_64__) || defined(__aarch64__)
			/* A theorem of the kernel: ctx (struct pt_regs, or a
			 * tracepoint's record) is a kernel address, in the
			 * upper half on x86-64 and arm64, and its CTX_SIZE
			 * bytes do not wrap around. */
			input_fact(e, Z3_mk_and(e->z, 2, (Z3_ast[]){
				Z3_mk_bvuge(e->z, e->ctx_base, bv(e, 1ULL << 63, 64)),
				Z3_mk_bvule(e->z, e->ctx_base, bv(e, 0 - CTX_SIZE, 64)) }));
#else
			/* elsewhere (s390x: kernel addresses are low) only
			 * that it is no null pointer */
			input_fact(e, Z3_mk_not(e->z, Z3_mk_eq(e->z, e->ctx_base, bv(e, 0, 64))));
#endif
		}
		return e->ctx_base;
	}
	enc_unsupported(e, "a value the model has not defined", v);
	return enc_fresh(e, "value", w ? w : 64);
}

/* --- the expanded CFG -------------------------------------------------------*/

struct edge {
	unsigned from_node;
	LLVMBasicBlockRef from_block;
	Z3_ast guard;
};

struct node {
	LLVMBasicBlockRef block;
	unsigned iteration;
	struct edge *in;
	unsigned n_in, cap_in;
	struct state out; /* after the block's instructions */
	bool done;
};

struct cfg {
	LLVMBasicBlockRef *order; /* reverse postorder of the blocks */
	unsigned n_blocks;
	unsigned *rpo_of;         /* block number -> position in order */
	LLVMBasicBlockRef *blocks;/* block number -> block */
	bool *is_back;            /* per (block, successor index) */
	unsigned max_succ;
	struct node *nodes;       /* (position, iteration) */
	unsigned n_nodes;
};

static unsigned block_number(struct cfg *g, LLVMBasicBlockRef b)
{
	for (unsigned i = 0; i < g->n_blocks; i++)
		if (g->blocks[i] == b)
			return i;
	return UINT32_MAX;
}

/* DFS from the entry: back edges go to a block still on the stack. */
static void dfs(struct cfg *g, unsigned b, unsigned char *color,
		unsigned *post, unsigned *n_post)
{
	color[b] = 1;
	LLVMValueRef term = LLVMGetBasicBlockTerminator(g->blocks[b]);
	unsigned n = term ? LLVMGetNumSuccessors(term) : 0;
	for (unsigned i = 0; i < n; i++) {
		unsigned s = block_number(g, LLVMGetSuccessor(term, i));
		if (s == UINT32_MAX)
			continue;
		if (color[s] == 1)
			g->is_back[b * g->max_succ + i] = true;
		else if (color[s] == 0)
			dfs(g, s, color, post, n_post);
	}
	color[b] = 2;
	post[(*n_post)++] = b;
}

static bool cfg_build(struct enc *e, struct cfg *g)
{
	g->n_blocks = LLVMCountBasicBlocks(e->fn);
	g->blocks = calloc(g->n_blocks, sizeof(*g->blocks));
	LLVMGetBasicBlocks(e->fn, g->blocks);
	g->max_succ = 1;
	for (unsigned i = 0; i < g->n_blocks; i++) {
		LLVMValueRef t = LLVMGetBasicBlockTerminator(g->blocks[i]);
		if (t && LLVMGetNumSuccessors(t) > g->max_succ)
			g->max_succ = LLVMGetNumSuccessors(t);
	}
	g->is_back = calloc((size_t)g->n_blocks * g->max_succ, sizeof(bool));
	unsigned char *color = calloc(g->n_blocks, 1);
	unsigned *post = calloc(g->n_blocks, sizeof(unsigned));
	unsigned n_post = 0;
	dfs(g, 0, color, post, &n_post);
	g->order = calloc(n_post, sizeof(*g->order));
	g->rpo_of = calloc(g->n_blocks, sizeof(unsigned));
	for (unsigned i = 0; i < g->n_blocks; i++)
		g->rpo_of[i] = UINT32_MAX;
	for (unsigned i = 0; i < n_post; i++) {
		unsigned b = post[n_post - 1 - i];
		g->order[i] = g->blocks[b];
		g->rpo_of[b] = i;
	}
	bool loops = false;
	for (size_t i = 0; i < (size_t)g->n_blocks * g->max_succ; i++)
		loops |= g->is_back[i];
	unsigned iterations = loops ? e->loop_bound + 1 : 1;
	g->n_nodes = n_post * iterations;
	g->nodes = calloc(g->n_nodes, sizeof(*g->nodes));
	for (unsigned k = 0; k < iterations; k++)
		for (unsigned i = 0; i < n_post; i++) {
			g->nodes[k * n_post + i].block = g->order[i];
			g->nodes[k * n_post + i].iteration = k;
		}
	unsigned reachable = n_post;
	free(color);
	free(post);
	/* The order has only reachable blocks; n_blocks counts them all. */
	g->n_blocks = g->n_blocks;
	return reachable > 0;
}

static void cfg_free(struct cfg *g)
{
	for (unsigned i = 0; i < g->n_nodes; i++) {
		free(g->nodes[i].in);
		free(g->nodes[i].out.vals);
		free(g->nodes[i].out.stack);
		free(g->nodes[i].out.map_has);
		free(g->nodes[i].out.map_val);
	}
	free(g->nodes);
	free(g->order);
	free(g->rpo_of);
	free(g->blocks);
	free(g->is_back);
}

static void add_edge(struct node *to, unsigned from_node, LLVMBasicBlockRef from,
		     Z3_ast guard)
{
	if (to->n_in == to->cap_in) {
		to->cap_in = to->cap_in ? 2 * to->cap_in : 4;
		to->in = realloc(to->in, to->cap_in * sizeof(*to->in));
	}
	to->in[to->n_in++] = (struct edge){ from_node, from, guard };
}

static void state_alloc(struct enc *e, struct state *s)
{
	s->vals = calloc(e->n_vals ? e->n_vals : 1, sizeof(Z3_ast));
	s->stack = calloc(e->stack_bytes ? e->stack_bytes : 1, sizeof(Z3_ast));
	s->map_has = calloc(e->n_maps ? e->n_maps : 1, sizeof(Z3_ast));
	s->map_val = calloc(e->n_maps ? e->n_maps : 1, sizeof(Z3_ast));
}

static void initial_state(struct enc *e, struct state *s)
{
	state_alloc(e, s);
	s->pc = Z3_mk_true(e->z);
	/* Stack bytes the program has not written: anything. */
	for (unsigned i = 0; i < e->stack_bytes; i++)
		s->stack[i] = enc_fresh(e, "uninit", 8);
	for (unsigned m = 0; m < e->n_maps; m++) {
		/* What other probes and earlier invocations left: anything. */
		Z3_sort key = Z3_mk_bv_sort(e->z, e->maps[m].key_bits);
		char name[160];
		snprintf(name, sizeof(name), "%s.present", e->maps[m].name);
		s->map_has[m] = Z3_mk_const(e->z, Z3_mk_string_symbol(e->z, name),
					    Z3_mk_array_sort(e->z, key, Z3_mk_bool_sort(e->z)));
		snprintf(name, sizeof(name), "%s.value", e->maps[m].name);
		s->map_val[m] = Z3_mk_const(e->z, Z3_mk_string_symbol(e->z, name),
					    Z3_mk_array_sort(e->z, key,
							     Z3_mk_bv_sort(e->z, e->maps[m].val_bits)));
	}
}

/* ite(g1, x1, ite(g2, x2, ... xn)) over the incoming states; equal inputs
 * stay shared, so a DAG without real joins costs nothing. */
static Z3_ast merge_one(struct enc *e, Z3_ast *xs, Z3_ast *guards, unsigned n)
{
	Z3_ast last = NULL;
	bool same = true;
	for (unsigned i = 0; i < n; i++) {
		if (!xs[i])
			continue;
		if (last && xs[i] != last)
			same = false;
		last = xs[i];
	}
	if (same)
		return last;
	Z3_ast v = NULL;
	for (unsigned i = n; i-- > 0;) {
		if (!xs[i])
			continue;
		v = v ? Z3_mk_ite(e->z, guards[i], xs[i], v) : xs[i];
	}
	return v;
}

static void merge_into(struct enc *e, struct cfg *g, struct node *n, struct state *s)
{
	unsigned k = n->n_in;
	Z3_ast *guards = calloc(k, sizeof(Z3_ast));
	Z3_ast *xs = calloc(k, sizeof(Z3_ast));
	struct state **in = calloc(k, sizeof(struct state *));
	for (unsigned i = 0; i < k; i++) {
		guards[i] = n->in[i].guard;
		in[i] = &g->nodes[n->in[i].from_node].out;
	}
	state_alloc(e, s);
	s->pc = k == 1 ? guards[0] : Z3_mk_or(e->z, k, guards);
#define MERGE(field, count)                                   \
	for (unsigned j = 0; j < (count); j++) {              \
		for (unsigned i = 0; i < k; i++)              \
			xs[i] = in[i]->field[j];              \
		s->field[j] = merge_one(e, xs, guards, k);    \
	}
	MERGE(vals, e->n_vals)
	MERGE(stack, e->stack_bytes)
	MERGE(map_has, e->n_maps)
	MERGE(map_val, e->n_maps)
#undef MERGE
	free(guards);
	free(xs);
	free(in);
}

/* --- instructions -----------------------------------------------------------*/

/* Constants stay numerals: addresses must resolve without the solver. */
static Z3_ast fold(struct enc *e, Z3_ast r, Z3_ast a, Z3_ast b)
{
	uint64_t x;
	if (numeral(e, a, &x) && (!b || numeral(e, b, &x)))
		return Z3_simplify(e->z, r);
	return r;
}

static Z3_ast resize(struct enc *e, Z3_ast v, unsigned to, bool sign)
{
	unsigned from = Z3_get_bv_sort_size(e->z, Z3_get_sort(e->z, v));
	if (from == to)
		return v;
	if (from > to)
		return fold(e, Z3_mk_extract(e->z, to - 1, 0, v), v, NULL);
	return fold(e, sign ? Z3_mk_sign_ext(e->z, to - from, v) :
			      Z3_mk_zero_ext(e->z, to - from, v), v, NULL);
}

static Z3_ast shift_amount(struct enc *e, Z3_ast amount, unsigned w)
{
	/* BPF's ALU masks the amount to the register width. */
	if (w == 64 || w == 32)
		return Z3_mk_bvand(e->z, amount, bv(e, w - 1, w));
	return amount;
}

static bool app_kind(struct enc *e, Z3_ast a, Z3_decl_kind kind)
{
	return Z3_get_ast_kind(e->z, a) == Z3_APP_AST &&
	       Z3_get_decl_kind(e->z, Z3_get_app_decl(e->z, Z3_to_app(e->z, a))) == kind;
}

static Z3_ast app_arg(struct enc *e, Z3_ast a, unsigned i)
{
	return Z3_get_app_arg(e->z, Z3_to_app(e->z, a), i);
}

static unsigned bits_of_u64(uint64_t v)
{
	unsigned n = 0;
	while (v) {
		n++;
		v >>= 1;
	}
	return n;
}

/* An upper bound on how many low bits of `a` can be non-zero, read off
 * its structure (masks, zero extensions, sums of such). */
static unsigned live_bits(struct enc *e, Z3_ast a, unsigned depth)
{
	unsigned w = Z3_get_bv_sort_size(e->z, Z3_get_sort(e->z, a));
	uint64_t v;
	if (numeral(e, a, &v))
		return bits_of_u64(v);
	if (depth > 12 || Z3_get_ast_kind(e->z, a) != Z3_APP_AST)
		return w;
	unsigned n = Z3_get_app_num_args(e->z, Z3_to_app(e->z, a));
	unsigned r = w;
	if (app_kind(e, a, Z3_OP_BAND)) {
		for (unsigned i = 0; i < n; i++) {
			unsigned k = live_bits(e, app_arg(e, a, i), depth + 1);
			r = k < r ? k : r;
		}
	} else if (app_kind(e, a, Z3_OP_ZERO_EXT)) {
		r = live_bits(e, app_arg(e, a, 0), depth + 1);
	} else if (app_kind(e, a, Z3_OP_CONCAT) && n == 2 &&
		   numeral(e, app_arg(e, a, 0), &v) && v == 0) {
		r = live_bits(e, app_arg(e, a, 1), depth + 1);
	} else if (app_kind(e, a, Z3_OP_ITE)) {
		unsigned x = live_bits(e, app_arg(e, a, 1), depth + 1);
		unsigned y = live_bits(e, app_arg(e, a, 2), depth + 1);
		r = x > y ? x : y;
	} else if (app_kind(e, a, Z3_OP_BADD) && n == 2) {
		unsigned x = live_bits(e, app_arg(e, a, 0), depth + 1);
		unsigned y = live_bits(e, app_arg(e, a, 1), depth + 1);
		r = (x > y ? x : y) + 1;
	} else if (app_kind(e, a, Z3_OP_BMUL) && n == 2) {
		r = live_bits(e, app_arg(e, a, 0), depth + 1) +
		    live_bits(e, app_arg(e, a, 1), depth + 1);
	} else if (app_kind(e, a, Z3_OP_BUDIV) || app_kind(e, a, Z3_OP_BUDIV_I)) {
		r = live_bits(e, app_arg(e, a, 0), depth + 1);
	}
	return r < w ? r : w;
}

/* A fact that holds on every path (a theorem of the operations used). */
static void lemma(struct enc *e, Z3_ast fact)
{
	e->lemmas = e->lemmas ? Z3_mk_and(e->z, 2, (Z3_ast[]){ e->lemmas, fact }) : fact;
}

/* A fact the kernel guarantees of an input (see enc.inputs). */
static void input_fact(struct enc *e, Z3_ast fact)
{
	e->inputs = e->inputs ? Z3_mk_and(e->z, 2, (Z3_ast[]){ e->inputs, fact }) : fact;
}

/* A lemma that defines a quotient by a constant (or bounds one by
 * another): kept apart, see quot_def. */
static void div_lemma(struct enc *e, Z3_ast fact)
{
	e->div_lemmas = e->div_lemmas ? Z3_mk_and(e->z, 2, (Z3_ast[]){ e->div_lemmas, fact }) : fact;
}

/* Unsigned division of operands that fit in fewer bits, done at that
 * width: the same value, far cheaper to bit-blast. */
static Z3_ast narrow_div(struct enc *e, LLVMOpcode op, Z3_ast a, Z3_ast b, unsigned w)
{
	unsigned k = live_bits(e, a, 0);
	unsigned kb = live_bits(e, b, 0);
	if (kb > k)
		k = kb;
	if (k == 0)
		k = 1;
	if (k >= w)
		return NULL;
	Z3_ast na = Z3_mk_extract(e->z, k - 1, 0, a);
	Z3_ast nb = Z3_mk_extract(e->z, k - 1, 0, b);
	Z3_ast r = op == LLVMUDiv ? Z3_mk_bvudiv(e->z, na, nb) : Z3_mk_bvurem(e->z, na, nb);
	return Z3_mk_zero_ext(e->z, w - k, r);
}

/* Division by a constant c > 1 (microseconds from nanoseconds, ...): the
 * quotient is the q with q*c <= a < q*c + c, which the solver reasons
 * about far faster than a bit-blasted divider. Returns q, or a - q*c for
 * the remainder. */
static Z3_ast div_by_constant(struct enc *e, Z3_ast a, uint64_t c, unsigned w, bool rem)
{
	Z3_context z = e->z;
	uint64_t max = w >= 64 ? UINT64_MAX : (1ULL << w) - 1;
	/* a value that went through the stack comes back as a concatenation
	 * of its bytes: its normal form finds a quotient again */
	Z3_ast as = e->n_divs ? Z3_simplify(z, a) : a;
	/* A product by a multiple of c that does not wrap (a rate: count *
	 * 1000000000 / 1000000000): (x * K) / c == x * (K / c), remainder 0,
	 * when c divides K and x * K < 2^w (x's live bits and K's add up to
	 * w at most). */
	for (int form = 0; form < 2; form++) {
		Z3_ast t = form ? Z3_simplify(z, a) : a;
		uint64_t k = 0;
		if (!app_kind(e, t, Z3_OP_BMUL) || Z3_get_app_num_args(z, Z3_to_app(z, t)) != 2)
			continue;
		for (unsigned i = 0; i < 2; i++) {
			Z3_ast x = app_arg(e, t, 1 - i);
			if (!numeral(e, app_arg(e, t, i), &k) || k == 0 || k % c != 0 ||
			    live_bits(e, x, 0) + (64 - (unsigned)__builtin_clzll(k)) > w)
				continue;
			if (rem)
				return bv(e, 0, w);
			return k / c == 1 ? x : Z3_mk_bvmul(z, x, bv(e, k / c, w));
		}
	}
	/* A chain of conversions (ns -> us -> ms): a is itself a quotient
	 * floor(A / c1), and floor(floor(A / c1) / c) == floor(A / (c1 * c))
	 * (a theorem for positive integers; c1 * c must fit the width).
	 * A quotient of a by c made before (a remainder's) is that one. */
	for (unsigned i = 0; i < e->n_divs; i++) {
		if (e->divs[i].c != c ||
		    (!Z3_is_eq_ast(z, e->divs[i].a, a) && !Z3_is_eq_ast(z, e->divs[i].a, as)))
			continue;
		Z3_ast q = e->divs[i].q;
		/* made for a remainder of a quotient (ms from us after us %
		 * 1000): it is the chain's quotient too, by the theorem below */
		for (unsigned j = 0; j < e->n_divs && !rem; j++) {
			const struct div_memo *d = &e->divs[j];
			if (j == i || d->c > max / c ||
			    Z3_get_bv_sort_size(z, Z3_get_sort(z, d->a)) != w ||
			    (!Z3_is_eq_ast(z, d->q, a) && !Z3_is_eq_ast(z, d->q, as)))
				continue;
			Z3_ast chain = div_by_constant(e, d->a, d->c * c, w, false);
			if (!Z3_is_eq_ast(z, chain, q))
				div_lemma(e, Z3_mk_eq(z, chain, q));
			break;
		}
		return rem ? Z3_mk_bvsub(z, a, Z3_mk_bvmul(z, q, bv(e, c, w))) : q;
	}
	for (unsigned i = 0; i < e->n_divs && !rem; i++) {
		const struct div_memo *d = &e->divs[i];
		if ((Z3_is_eq_ast(z, d->q, a) || Z3_is_eq_ast(z, d->q, as)) && d->c <= max / c &&
		    Z3_get_bv_sort_size(z, Z3_get_sort(z, d->a)) == w) {
			Z3_ast q = div_by_constant(e, d->a, d->c * c, w, false);
			/* and q is floor(a / c) too: its bounds against a */
			Z3_ast cb = bv(e, c, w), qc = Z3_mk_bvmul(z, q, cb);
			div_lemma(e, Z3_mk_bvule(z, qc, a));
			div_lemma(e, Z3_mk_bvult(z, Z3_mk_bvsub(z, a, qc), cb));
			if (e->n_divs < sizeof(e->divs) / sizeof(e->divs[0]))
				e->divs[e->n_divs++] = (struct div_memo){ a, c, q };
			return q;
		}
	}
	Z3_ast cb = bv(e, c, w), q = NULL;
	for (unsigned i = 0; i < e->n_divs && !q; i++)
		if (e->divs[i].c == c &&
		    (Z3_is_eq_ast(z, e->divs[i].a, a) || Z3_is_eq_ast(z, e->divs[i].a, as)))
			q = e->divs[i].q;
	if (!q) {
		/* c > 1 is a constant, so no side condition: the quotient
		 * floor(a / c) is the unique q with
		 *   q <= max / c          (q * c does not wrap)
		 *   q * c <= a < q * c + c */
		q = enc_fresh(e, "quot", w);
		Z3_ast qc = Z3_mk_bvmul(z, q, cb);
		div_lemma(e, Z3_mk_bvule(z, q, bv(e, max / c, w))); /* q*c does not wrap */
		div_lemma(e, Z3_mk_bvule(z, qc, a));
		div_lemma(e, Z3_mk_bvult(z, Z3_mk_bvsub(z, a, qc), cb));
		if (e->n_qdefs < sizeof(e->qdefs) / sizeof(e->qdefs[0]))
			e->qdefs[e->n_qdefs++] = (struct quot_def){ q, Z3_mk_bvudiv(z, a, cb) };
		/* division by c is monotone: a' <= a -> a' / c <= a / c,
		 * for every quotient by c made before (the other way too) */
		for (unsigned i = 0; i < e->n_divs; i++) {
			const struct div_memo *d = &e->divs[i];
			if (d->c != c || Z3_get_bv_sort_size(z, Z3_get_sort(z, d->q)) != w)
				continue;
			div_lemma(e, Z3_mk_implies(z, Z3_mk_bvule(z, d->a, a), Z3_mk_bvule(z, d->q, q)));
			div_lemma(e, Z3_mk_implies(z, Z3_mk_bvule(z, a, d->a), Z3_mk_bvule(z, q, d->q)));
		}
		if (e->n_divs < sizeof(e->divs) / sizeof(e->divs[0]))
			e->divs[e->n_divs++] = (struct div_memo){ a, c, q };
	}
	return rem ? Z3_mk_bvsub(z, a, Z3_mk_bvmul(z, q, cb)) : q;
}

/* Whether two terms are the same value: the same term, or the same once
 * normalised (a value that went through the stack comes back as a
 * concatenation of its bytes). */
static bool same_term(struct enc *e, Z3_ast a, Z3_ast b)
{
	if (Z3_is_eq_ast(e->z, a, b))
		return true;
	if (Z3_get_sort_kind(e->z, Z3_get_sort(e->z, a)) != Z3_BV_SORT ||
	    Z3_get_sort_kind(e->z, Z3_get_sort(e->z, b)) != Z3_BV_SORT ||
	    Z3_get_bv_sort_size(e->z, Z3_get_sort(e->z, a)) !=
		    Z3_get_bv_sort_size(e->z, Z3_get_sort(e->z, b)))
		return false;
	return Z3_is_eq_ast(e->z, Z3_simplify(e->z, a), Z3_simplify(e->z, b));
}

/* A term with its guards taken off: x for ite(c, K, x) or ite(c, x, K), K
 * a constant (BPF's quotient for a zero divisor, bpftrace's divisor of 1
 * in place of 0). Only to choose which lemmas to add: each lemma is
 * stated on the terms themselves, true whatever was chosen. */
static Z3_ast unguarded(struct enc *e, Z3_ast t)
{
	uint64_t v = 0;
	for (unsigned depth = 0; depth < 4 && app_kind(e, t, Z3_OP_ITE); depth++) {
		if (numeral(e, app_arg(e, t, 1), &v))
			t = app_arg(e, t, 2);
		else if (numeral(e, app_arg(e, t, 2), &v))
			t = app_arg(e, t, 1);
		else
			break;
	}
	return t;
}

/* Quotient times divisor plus remainder is the dividend: for the product
 * p = x * y of a division's quotient and divisor, and the remainder r of
 * the same division,
 *   d != 0, x == q, y == d  ->  p == a - r
 * (floor(a/d) * d + a mod d == a, and floor(a/d) * d <= a: no wrap). */
static void identity_lemma(struct enc *e, const struct prod_memo *p, const struct vdiv_memo *m,
			   const struct vrem_memo *r)
{
	Z3_context z = e->z;
	if (p->w != m->w || r->w != m->w || !same_term(e, m->a, r->a) || !same_term(e, m->d, r->d))
		return;
	for (int flip = 0; flip < 2; flip++) {
		Z3_ast x = flip ? p->y : p->x, y = flip ? p->x : p->y;
		Z3_ast exact = Z3_mk_and(z, 3, (Z3_ast[]){
			Z3_mk_not(z, Z3_mk_eq(z, m->d, bv(e, 0, m->w))),
			Z3_mk_eq(z, x, m->q), Z3_mk_eq(z, y, m->d) });
		lemma(e, Z3_mk_implies(z, exact, Z3_mk_eq(z, p->p, Z3_mk_bvsub(z, m->a, r->r))));
	}
}

/* A product of two factors that cannot wrap (their live bits add up to
 * the width at most), divided by one of them, is the other:
 *   d != 0, a == x * y, d == y  ->  q == x */
static void product_quotient_lemma(struct enc *e, const struct prod_memo *p,
				   const struct vdiv_memo *m)
{
	Z3_context z = e->z;
	if (p->w != m->w || !same_term(e, p->p, m->a) ||
	    live_bits(e, p->x, 0) + live_bits(e, p->y, 0) > p->w)
		return;
	Z3_ast d_nonzero = Z3_mk_not(z, Z3_mk_eq(z, m->d, bv(e, 0, m->w)));
	lemma(e, Z3_mk_implies(z, Z3_mk_and(z, 2, (Z3_ast[]){ d_nonzero, Z3_mk_eq(z, m->d, p->y) }),
			       Z3_mk_eq(z, m->q, p->x)));
	lemma(e, Z3_mk_implies(z, Z3_mk_and(z, 2, (Z3_ast[]){ d_nonzero, Z3_mk_eq(z, m->d, p->x) }),
			       Z3_mk_eq(z, m->q, p->y)));
}

static Z3_ast div_by_constant(struct enc *e, Z3_ast a, uint64_t c, unsigned w, bool rem);

/* A divisor compared with a constant L (2 <= L within the width) bounds
 * the quotient by a / L (a quotient by a constant, which the solver
 * handles well):
 *   d >= L          ->  q <= a / L
 *   d <= L, d != 0  ->  q >= a / L
 * (floor(a/d) is antitone in d > 0; d >= L >= 2 is no zero divisor, and
 * the second needs d != 0). The facts name a / L's constant, so they hold
 * together with its defining lemmas (enc.div_lemmas). */
static void divisor_bound_lemma(struct enc *e, const struct vdiv_memo *m, const struct cmp_memo *c)
{
	Z3_context z = e->z;
	uint64_t max = m->w >= 64 ? UINT64_MAX : (1ULL << m->w) - 1;
	if (m->w > 64 || c->k > max || !same_term(e, unguarded(e, m->d), unguarded(e, c->t)))
		return;
	/* d > K is d >= K + 1: both bounds */
	for (uint64_t l = c->k, n = 0; n < 2; n++, l++) {
		if (l > max)
			break;
		if (l < 2)
			continue;
		Z3_ast k = bv(e, l, m->w), aq = div_by_constant(e, m->a, l, m->w, false);
		lemma(e, Z3_mk_implies(z, Z3_mk_bvuge(z, m->d, k), Z3_mk_bvule(z, m->q, aq)));
		lemma(e, Z3_mk_implies(z, Z3_mk_and(z, 2, (Z3_ast[]){
					       Z3_mk_bvule(z, m->d, k),
					       Z3_mk_not(z, Z3_mk_eq(z, m->d, bv(e, 0, m->w))) }),
				       Z3_mk_bvuge(z, m->q, aq)));
		if (l == max)
			break;
	}
}

/* A quotient by a variable compared with a constant K: for d != 0,
 * floor(a/d) < K exactly when a < K * d, computed in twice the width so
 * that K * d does not wrap; likewise for K + 1, which settles every
 * unsigned predicate:
 *   d != 0  ->  (q < K  <->  a < K * d) */
static void vquotient_lemma(struct enc *e, const struct vdiv_memo *m, Z3_ast t, uint64_t k)
{
	Z3_context z = e->z;
	Z3_ast zero = bv(e, 0, m->w);
	/* t is BPF's quotient (0 where d == 0) or q */
	if (m->w > 64 || !same_term(e, m->q, unguarded(e, t)))
		return;
	Z3_ast d_nonzero = Z3_mk_not(z, Z3_mk_eq(z, m->d, zero));
	Z3_ast a2 = Z3_mk_zero_ext(z, m->w, m->a), d2 = Z3_mk_zero_ext(z, m->w, m->d);
	uint64_t max = m->w >= 64 ? UINT64_MAX : (1ULL << m->w) - 1;
	for (uint64_t k2 = k, n = 0; n < 2 && k2 <= max; n++, k2++) {
		Z3_ast kd = Z3_mk_bvmul(z, bv(e, k2, 2 * m->w), d2);
		lemma(e, Z3_mk_implies(z, d_nonzero,
				       Z3_mk_eq(z, Z3_mk_bvult(z, m->q, bv(e, k2, m->w)),
						Z3_mk_bvult(z, a2, kd))));
		if (k2 == max)
			break;
	}
}

/* A quotient by a variable times its divisor (an average times its
 * count): theorems the solver cannot find by bit-blasting the 64-bit
 * product in time. For each division a / d seen before, with Z3's
 * quotient q, and the product p = x * y:
 *   d != 0, x in {q, 0}, (y == d or x == 0)  ->  p <= a
 *       (x == 0: p == 0; else floor(a/d) * d <= a, without wrapping)
 *   d != 0, x == q, y == d                   ->  a - p < d
 * BPF's x / 0 = 0 and the BPF arithmetic patch's divide-by-1 form are the x == 0
 * case: the premises need no match of the program's shape. */
static void product_lemmas(struct enc *e, Z3_ast p, Z3_ast x, Z3_ast y, unsigned w)
{
	Z3_context z = e->z;
	Z3_ast zero = bv(e, 0, w);
	for (unsigned i = 0; i < e->n_vdivs; i++) {
		const struct vdiv_memo *m = &e->vdivs[i];
		if (m->w != w)
			continue;
		Z3_ast d_nonzero = Z3_mk_not(z, Z3_mk_eq(z, m->d, zero));
		Z3_ast x_is_q = Z3_mk_eq(z, x, m->q), x_is_0 = Z3_mk_eq(z, x, zero);
		Z3_ast y_is_d = Z3_mk_eq(z, y, m->d);
		Z3_ast bound = Z3_mk_and(z, 3, (Z3_ast[]){
			d_nonzero, Z3_mk_or(z, 2, (Z3_ast[]){ x_is_q, x_is_0 }),
			Z3_mk_or(z, 2, (Z3_ast[]){ y_is_d, x_is_0 }) });
		lemma(e, Z3_mk_implies(z, bound, Z3_mk_bvule(z, p, m->a)));
		Z3_ast exact = Z3_mk_and(z, 3, (Z3_ast[]){ d_nonzero, x_is_q, y_is_d });
		lemma(e, Z3_mk_implies(z, exact, Z3_mk_bvult(z, Z3_mk_bvsub(z, m->a, p), m->d)));
	}
}

static Z3_ast binary(struct enc *e, LLVMOpcode op, Z3_ast a, Z3_ast b, unsigned w)
{
	Z3_context z = e->z;
	Z3_ast zero = bv(e, 0, w);
	Z3_ast b_is_zero = Z3_mk_eq(z, b, zero);
	switch (op) {
	case LLVMAdd:
		return Z3_mk_bvadd(z, a, b);
	case LLVMSub:
		return Z3_mk_bvsub(z, a, b);
	case LLVMMul: {
		Z3_ast p = Z3_mk_bvmul(z, a, b);
		product_lemmas(e, p, a, b, w);
		product_lemmas(e, p, b, a, w);
		uint64_t c = 0;
		if (!numeral(e, a, &c) && !numeral(e, b, &c) &&
		    e->n_prods < sizeof(e->prods) / sizeof(e->prods[0])) {
			const struct prod_memo *pm = &e->prods[e->n_prods++];
			e->prods[e->n_prods - 1] = (struct prod_memo){ p, a, b, w };
			for (unsigned i = 0; i < e->n_vdivs; i++)
				for (unsigned j = 0; j < e->n_vrems; j++)
					identity_lemma(e, pm, &e->vdivs[i], &e->vrems[j]);
		}
		return p;
	}
	case LLVMUDiv: {
		uint64_t c = 0;
		if (w <= 64 && numeral(e, b, &c) && c > 1)
			return div_by_constant(e, a, c, w, false);
		Z3_ast q = narrow_div(e, op, a, b, w);
		q = q ? q : Z3_mk_bvudiv(z, a, b);
		/* Theorems of division the SAT solver finds slowly by itself,
		 * each with its side condition: q is Z3's quotient, and Z3's
		 * x / 0 is all ones (BPF's is 0, the ite below), so a lemma
		 * about q holds only where b != 0.
		 *   b != 0 -> a / b <= a
		 *   b > a  -> a / b == 0      (b > a implies b != 0)
		 *   b == 1 -> a / b == a */
		Z3_ast b_nonzero = Z3_mk_not(z, b_is_zero);
		lemma(e, Z3_mk_implies(z, b_nonzero, Z3_mk_bvule(z, q, a)));
		if (e->n_vdivs < sizeof(e->vdivs) / sizeof(e->vdivs[0])) {
			const struct vdiv_memo *m = &e->vdivs[e->n_vdivs];
			e->vdivs[e->n_vdivs++] = (struct vdiv_memo){ a, b, q, w };
			for (unsigned i = 0; i < e->n_prods; i++)
				product_quotient_lemma(e, &e->prods[i], m);
			for (unsigned i = 0; i < e->n_cmps; i++)
				divisor_bound_lemma(e, m, &e->cmps[i]);
		}
		lemma(e, Z3_mk_implies(z, Z3_mk_bvugt(z, b, a), Z3_mk_eq(z, q, zero)));
		lemma(e, Z3_mk_implies(z, Z3_mk_eq(z, b, bv(e, 1, w)), Z3_mk_eq(z, q, a)));
		return Z3_mk_ite(z, b_is_zero, zero, q);
	}
	case LLVMURem: {
		uint64_t c = 0;
		if (w <= 64 && numeral(e, b, &c) && c > 1)
			return div_by_constant(e, a, c, w, true);
		Z3_ast r = narrow_div(e, op, a, b, w);
		r = r ? r : Z3_mk_bvurem(z, a, b);
		/* Theorems of remainder, with their side conditions (Z3's
		 * x % 0 is x, as BPF's):
		 *   b != 0 -> a % b < b
		 *   a % b <= a            (for b == 0 too: r == a)
		 *   b > a  -> a % b == a */
		lemma(e, Z3_mk_implies(z, Z3_mk_not(z, b_is_zero), Z3_mk_bvult(z, r, b)));
		lemma(e, Z3_mk_bvule(z, r, a));
		if (e->n_vrems < sizeof(e->vrems) / sizeof(e->vrems[0])) {
			const struct vrem_memo *rm = &e->vrems[e->n_vrems];
			e->vrems[e->n_vrems++] = (struct vrem_memo){ a, b, r, w };
			for (unsigned i = 0; i < e->n_prods; i++)
				for (unsigned j = 0; j < e->n_vdivs; j++)
					identity_lemma(e, &e->prods[i], &e->vdivs[j], rm);
		}
		lemma(e, Z3_mk_implies(z, Z3_mk_bvugt(z, b, a), Z3_mk_eq(z, r, a)));
		return Z3_mk_ite(z, b_is_zero, a, r);
	}
	case LLVMSDiv:
		return Z3_mk_ite(z, b_is_zero, zero, Z3_mk_bvsdiv(z, a, b));
	case LLVMSRem:
		return Z3_mk_ite(z, b_is_zero, a, Z3_mk_bvsrem(z, a, b));
	case LLVMAnd:
		return Z3_mk_bvand(z, a, b);
	case LLVMOr:
		return Z3_mk_bvor(z, a, b);
	case LLVMXor:
		return Z3_mk_bvxor(z, a, b);
	case LLVMShl:
		return Z3_mk_bvshl(z, a, shift_amount(e, b, w));
	case LLVMLShr:
		return Z3_mk_bvlshr(z, a, shift_amount(e, b, w));
	case LLVMAShr:
		return Z3_mk_bvashr(z, a, shift_amount(e, b, w));
	default:
		return NULL;
	}
}

/* A comparison of a quotient by a constant with a constant K: floor(A/c)
 * < K exactly when A < K*c (K*c within the width), and likewise for K+1,
 * which settles every predicate (signed ones too: the quotient is below
 * 2^(w-1)). Theorems the solver would otherwise find by bit-blasting the
 * multiplication, slowly (a unit conversion's assert). */
static void quotient_lemmas(struct enc *e, Z3_ast q, Z3_ast k)
{
	Z3_context z = e->z;
	uint64_t kv = 0;
	if (!numeral(e, k, &kv))
		return;
	/* the lemma is about q as the comparison has it; a q that went
	 * through the stack (its bytes, concatenated) is found by its normal
	 * form */
	Z3_ast qs = NULL;
	for (unsigned i = 0; i < e->n_divs; i++) {
		const struct div_memo *d = &e->divs[i];
		if (!Z3_is_eq_ast(z, d->q, q)) {
			if (!qs)
				qs = Z3_simplify(z, q);
			if (!Z3_is_eq_ast(z, d->q, qs))
				continue;
		}
		unsigned w = Z3_get_bv_sort_size(z, Z3_get_sort(z, q));
		uint64_t max = w >= 64 ? UINT64_MAX : (1ULL << w) - 1;
		for (uint64_t k2 = kv, n = 0; n < 2 && k2 <= max; n++, k2++) {
			if (k2 != 0 && k2 > max / d->c)
				break; /* K*c does not fit */
			div_lemma(e, Z3_mk_eq(z, Z3_mk_bvult(z, q, bv(e, k2, w)),
					  Z3_mk_bvult(z, d->a, bv(e, k2 * d->c, w))));
			if (k2 == max)
				break;
		}
		return;
	}
}

/* A comparison of a term with a constant: lemmas of the divisions by a
 * variable it bounds (their quotient, or their divisor). */
static void compared(struct enc *e, Z3_ast t, Z3_ast k)
{
	uint64_t kv = 0, tv = 0;
	if (!numeral(e, k, &kv) || numeral(e, t, &tv))
		return;
	for (unsigned i = 0; i < e->n_cmps; i++)
		if (e->cmps[i].k == kv && Z3_is_eq_ast(e->z, e->cmps[i].t, t))
			return;
	if (e->n_cmps < sizeof(e->cmps) / sizeof(e->cmps[0]))
		e->cmps[e->n_cmps++] = (struct cmp_memo){ t, kv };
	for (unsigned i = 0; i < e->n_vdivs; i++) {
		vquotient_lemma(e, &e->vdivs[i], t, kv);
		divisor_bound_lemma(e, &e->vdivs[i], &(struct cmp_memo){ t, kv });
	}
}

static Z3_ast icmp(struct enc *e, LLVMIntPredicate p, Z3_ast a, Z3_ast b)
{
	Z3_context z = e->z;
	if (e->n_divs) {
		quotient_lemmas(e, a, b);
		quotient_lemmas(e, b, a);
	}
	compared(e, a, b);
	compared(e, b, a);
	switch (p) {
	case LLVMIntEQ:
		return Z3_mk_eq(z, a, b);
	case LLVMIntNE:
		return Z3_mk_not(z, Z3_mk_eq(z, a, b));
	case LLVMIntUGT:
		return Z3_mk_bvugt(z, a, b);
	case LLVMIntUGE:
		return Z3_mk_bvuge(z, a, b);
	case LLVMIntULT:
		return Z3_mk_bvult(z, a, b);
	case LLVMIntULE:
		return Z3_mk_bvule(z, a, b);
	case LLVMIntSGT:
		return Z3_mk_bvsgt(z, a, b);
	case LLVMIntSGE:
		return Z3_mk_bvsge(z, a, b);
	case LLVMIntSLT:
		return Z3_mk_bvslt(z, a, b);
	case LLVMIntSLE:
		return Z3_mk_bvsle(z, a, b);
	}
	return Z3_mk_false(z);
}

static Z3_ast gep(struct enc *e, struct state *s, LLVMValueRef inst)
{
	Z3_ast addr = enc_operand(e, s, LLVMGetOperand(inst, 0));
	LLVMTypeRef t = LLVMGetGEPSourceElementType(inst);
	unsigned n = (unsigned)LLVMGetNumOperands(inst);
	for (unsigned i = 1; i < n; i++) {
		LLVMValueRef idx = LLVMGetOperand(inst, i);
		Z3_ast offset;
		if (i > 1 && LLVMGetTypeKind(t) == LLVMStructTypeKind) {
			if (!LLVMIsAConstantInt(idx) ||
			    LLVMConstIntGetZExtValue(idx) >= LLVMCountStructElementTypes(t)) {
				enc_unsupported(e, "a struct index that is not a constant field", inst);
				return enc_fresh(e, "gep", 64);
			}
			unsigned field = (unsigned)LLVMConstIntGetZExtValue(idx);
			offset = bv(e, LLVMOffsetOfElement(e->td, t, field), 64);
			t = LLVMStructGetTypeAtIndex(t, field);
		} else {
			if (i > 1) {
				LLVMTypeKind k = LLVMGetTypeKind(t);
				if (k != LLVMArrayTypeKind && k != LLVMVectorTypeKind) {
					enc_unsupported(e, "a GEP through a type the model does not know", inst);
					return enc_fresh(e, "gep", 64);
				}
				t = LLVMGetElementType(t);
			}
			if (!LLVMTypeIsSized(t)) {
				enc_unsupported(e, "a GEP over an unsized type", inst);
				return enc_fresh(e, "gep", 64);
			}
			uint64_t size = LLVMABISizeOfType(e->td, t);
			Z3_ast ix = resize(e, enc_operand(e, s, idx), 64, true);
			uint64_t c;
			offset = numeral(e, ix, &c) ? bv(e, c * size, 64) :
				 Z3_mk_bvmul(e->z, ix, bv(e, size, 64));
		}
		addr = mem_addr_add(e, addr, offset);
	}
	return addr;
}

static const char *callee_name(LLVMValueRef call)
{
	LLVMValueRef callee = LLVMGetCalledValue(call);
	size_t len = 0;
	if (!callee || !LLVMIsAFunction(callee))
		return NULL;
	return LLVMGetValueName2(callee, &len);
}

uint64_t enc_helper_id(LLVMValueRef call)
{
	LLVMValueRef callee = LLVMGetCalledValue(call);
	if (!callee || !LLVMIsAConstantExpr(callee) ||
	    LLVMGetConstOpcode(callee) != LLVMIntToPtr)
		return 0;
	LLVMValueRef id = LLVMGetOperand(callee, 0);
	return LLVMIsAConstantInt(id) ? LLVMConstIntGetZExtValue(id) : 0;
}

static Z3_ast bswap(struct enc *e, Z3_ast v, unsigned w)
{
	Z3_ast r = NULL;
	for (unsigned i = 0; i < w / 8; i++) {
		Z3_ast byte = Z3_mk_extract(e->z, 8 * i + 7, 8 * i, v);
		r = r ? Z3_mk_concat(e->z, r, byte) : byte;
	}
	return r;
}

static void add_site(struct enc *e, struct state *s, int id, Z3_ast cond)
{
	if (e->n_sites == e->cap_sites) {
		e->cap_sites = e->cap_sites ? 2 * e->cap_sites : 8;
		e->sites = realloc(e->sites, e->cap_sites * sizeof(*e->sites));
	}
	struct site *site = &e->sites[e->n_sites++];
	site->id = id;
	site->pc = s->pc;
	site->holds = bool_of(e, cond);
	site->stack = malloc((e->stack_bytes ? e->stack_bytes : 1) * sizeof(Z3_ast));
	memcpy(site->stack, s->stack, e->stack_bytes * sizeof(Z3_ast));
}

/* A function of the module that takes and returns integers and calls
 * nothing but LLVM intrinsics: it cannot touch the probe's state. */
static bool pure_function(LLVMValueRef fn)
{
	if (enc_width(NULL, LLVMGetReturnType(LLVMGlobalGetValueType(fn))) == 0)
		return false;
	for (unsigned i = 0; i < LLVMCountParams(fn); i++)
		if (LLVMGetTypeKind(LLVMTypeOf(LLVMGetParam(fn, i))) != LLVMIntegerTypeKind)
			return false;
	for (LLVMBasicBlockRef b = LLVMGetFirstBasicBlock(fn); b; b = LLVMGetNextBasicBlock(b))
		for (LLVMValueRef i = LLVMGetFirstInstruction(b); i; i = LLVMGetNextInstruction(i)) {
			if (!LLVMIsACallInst(i))
				continue;
			LLVMValueRef callee = LLVMGetCalledValue(i);
			size_t len = 0;
			const char *name = callee && LLVMIsAFunction(callee) ?
						   LLVMGetValueName2(callee, &len) : "";
			if (strncmp(name, "llvm.", 5) != 0 || !strcmp(name, "llvm.bpf.pseudo"))
				return false;
		}
	return true;
}

/* A call: a marker, an intrinsic, or a BPF helper. */
static Z3_ast call(struct enc *e, struct state *s, LLVMValueRef inst)
{
	const char *name = callee_name(inst);
	unsigned w = enc_width(e, LLVMTypeOf(inst));
	if (!name) {
		uint64_t id = enc_helper_id(inst);
		if (id)
			return helper_call(e, s, id, inst);
		enc_unsupported(e, "an indirect call", inst);
		return w ? enc_fresh(e, "call", w) : NULL;
	}
	if (!strcmp(name, "__bpftrace_assume") || !strcmp(name, "__bpftrace_assert")) {
		if (LLVMGetNumArgOperands(inst) < 2) {
			enc_unsupported(e, "a contract marker without its two arguments", inst);
			return NULL;
		}
		Z3_ast id_ast = enc_operand(e, s, LLVMGetOperand(inst, 0));
		Z3_ast cond = enc_operand(e, s, LLVMGetOperand(inst, 1));
		uint64_t id = 0;
		numeral(e, id_ast, &id);
		if (!strcmp(name, "__bpftrace_assume")) /* the path goes on only where it holds */
			s->pc = Z3_mk_and(e->z, 2, (Z3_ast[]){ s->pc, bool_of(e, cond) });
		else
			add_site(e, s, (int)id, cond);
		return NULL;
	}
	if (!strcmp(name, "__bpftrace_cpid")) {
		/* the -c child's pid: unknown, but a pid (1 to PID_MAX_LIMIT) */
		e->used_cpid = true;
		Z3_ast lo = Z3_mk_bvuge(e->z, e->cpid, bv(e, 1, 64));
		Z3_ast hi = Z3_mk_bvule(e->z, e->cpid, bv(e, 4194304, 64));
		s->pc = Z3_mk_and(e->z, 3, (Z3_ast[]){ s->pc, lo, hi });
		return e->cpid;
	}
	if (!strncmp(name, "llvm.lifetime.", 14)) {
		uint64_t len = UINT64_MAX;
		numeral(e, enc_operand(e, s, LLVMGetOperand(inst, 0)), &len);
		mem_forget(e, s, enc_operand(e, s, LLVMGetOperand(inst, 1)), len);
		return NULL;
	}
	if (!strncmp(name, "llvm.memset.", 12)) {
		mem_set(e, s, enc_operand(e, s, LLVMGetOperand(inst, 0)),
			enc_operand(e, s, LLVMGetOperand(inst, 1)),
			enc_operand(e, s, LLVMGetOperand(inst, 2)));
		return NULL;
	}
	if (!strncmp(name, "llvm.memcpy.", 12) || !strncmp(name, "llvm.memmove.", 13)) {
		mem_copy(e, s, enc_operand(e, s, LLVMGetOperand(inst, 0)),
			 enc_operand(e, s, LLVMGetOperand(inst, 1)),
			 enc_operand(e, s, LLVMGetOperand(inst, 2)));
		return NULL;
	}
	if (!strncmp(name, "llvm.bswap.", 11))
		return bswap(e, enc_operand(e, s, LLVMGetOperand(inst, 0)), w);
	if (!strcmp(name, "llvm.bpf.pseudo")) {
		uint64_t kind = 0, id = 0;
		numeral(e, enc_operand(e, s, LLVMGetOperand(inst, 0)), &kind);
		if (kind == 1 && numeral(e, enc_operand(e, s, LLVMGetOperand(inst, 1)), &id))
			return bv(e, ADDR_MAP_HANDLE + id, 64);
		enc_unsupported(e, "a bpf.pseudo that is not a map fd", inst);
		return enc_fresh(e, "pseudo", 64);
	}
	if (!strncmp(name, "llvm.umin.", 10) || !strncmp(name, "llvm.umax.", 10) ||
	    !strncmp(name, "llvm.smin.", 10) || !strncmp(name, "llvm.smax.", 10)) {
		Z3_ast a = enc_operand(e, s, LLVMGetOperand(inst, 0));
		Z3_ast b = enc_operand(e, s, LLVMGetOperand(inst, 1));
		Z3_ast lt = name[5] == 'u' ? Z3_mk_bvult(e->z, a, b) : Z3_mk_bvslt(e->z, a, b);
		bool min = name[7] == 'i';
		return Z3_mk_ite(e->z, lt, min ? a : b, min ? b : a);
	}
	LLVMValueRef callee = LLVMGetCalledValue(inst);
	if (!LLVMIsDeclaration(callee) && w && pure_function(callee)) {
		/* bpftrace's own helpers (log2 for hist, linear for lhist):
		 * integers in, an integer out, nothing written. The same
		 * arguments give the same result. */
		unsigned n = (unsigned)LLVMGetNumArgOperands(inst);
		Z3_sort domain[8];
		Z3_ast args[8];
		if (n <= 8) {
			for (unsigned i = 0; i < n; i++) {
				args[i] = enc_operand(e, s, LLVMGetOperand(inst, i));
				domain[i] = Z3_get_sort(e->z, args[i]);
			}
			Z3_func_decl f = Z3_mk_func_decl(e->z, Z3_mk_string_symbol(e->z, name), n,
							 domain, Z3_mk_bv_sort(e->z, w));
			return Z3_mk_app(e->z, f, n, args);
		}
	}
	enc_unsupported(e, "a call the model does not know", inst);
	return w ? enc_fresh(e, "call", w) : NULL;
}

static char *value_label(LLVMValueRef v)
{
	size_t len = 0;
	const char *name = LLVMGetValueName2(v, &len);
	return (char *)(len ? name : "");
}

/* Runs one non-phi, non-terminator instruction. */
static void instruction(struct enc *e, struct state *s, LLVMValueRef inst)
{
	LLVMOpcode op = LLVMGetInstructionOpcode(inst);
	unsigned w = enc_width(e, LLVMTypeOf(inst));
	Z3_ast r = NULL;
	e->current = inst;
	switch (op) {
	case LLVMAlloca:
		for (unsigned i = 0; i < e->n_slots; i++)
			if (e->slots[i].alloca == inst)
				r = bv(e, e->slots[i].addr, 64);
		break;
	case LLVMLoad: {
		if (!w) {
			enc_unsupported(e, "a load of a non-integer type", inst);
			break;
		}
		unsigned bytes = (unsigned)LLVMStoreSizeOfType(e->td, LLVMTypeOf(inst));
		Z3_ast v = mem_load(e, s, enc_operand(e, s, LLVMGetOperand(inst, 0)),
				    bytes, value_label(inst));
		r = resize(e, v, w, false);
		break;
	}
	case LLVMStore: {
		LLVMValueRef val = LLVMGetOperand(inst, 0);
		if (!enc_width(e, LLVMTypeOf(val))) {
			enc_unsupported(e, "a store of a non-integer type", inst);
			break;
		}
		unsigned bytes = (unsigned)LLVMStoreSizeOfType(e->td, LLVMTypeOf(val));
		Z3_ast v = enc_operand(e, s, val);
		mem_store(e, s, enc_operand(e, s, LLVMGetOperand(inst, 1)),
			  resize(e, v, 8 * bytes, false), bytes);
		break;
	}
	case LLVMGetElementPtr:
		r = gep(e, s, inst);
		break;
	case LLVMAdd: case LLVMSub: case LLVMMul: case LLVMUDiv: case LLVMURem:
	case LLVMSDiv: case LLVMSRem: case LLVMAnd: case LLVMOr: case LLVMXor:
	case LLVMShl: case LLVMLShr: case LLVMAShr: {
		Z3_ast a = enc_operand(e, s, LLVMGetOperand(inst, 0));
		Z3_ast b = enc_operand(e, s, LLVMGetOperand(inst, 1));
		/* ptrtoint(ctx) + offset and the like: keep addresses resolvable */
		if (op == LLVMAdd && w == 64)
			r = mem_int_add(e, a, b);
		else
			r = fold(e, binary(e, op, a, b, w), a, b);
		break;
	}
	case LLVMICmp:
		r = bit_of(e, icmp(e, LLVMGetICmpPredicate(inst),
				   enc_operand(e, s, LLVMGetOperand(inst, 0)),
				   enc_operand(e, s, LLVMGetOperand(inst, 1))));
		break;
	case LLVMSelect: {
		LLVMValueRef cond = LLVMGetOperand(inst, 0);
		if (LLVMIsAConstantInt(cond)) { /* select i1 false, ...: no ite */
			r = enc_operand(e, s, LLVMGetOperand(inst, LLVMConstIntGetZExtValue(cond) ? 1 : 2));
			break;
		}
		r = Z3_mk_ite(e->z, bool_of(e, enc_operand(e, s, cond)),
			      enc_operand(e, s, LLVMGetOperand(inst, 1)),
			      enc_operand(e, s, LLVMGetOperand(inst, 2)));
		break;
	}
	case LLVMZExt: case LLVMTrunc: case LLVMPtrToInt: case LLVMIntToPtr:
	case LLVMBitCast:
		r = resize(e, enc_operand(e, s, LLVMGetOperand(inst, 0)), w, false);
		/* (uint64)args: the program sees the context's address */
		if (op == LLVMPtrToInt && r == e->ctx_base)
			enc_observe(e, (struct obs){ .kind = OBS_HELPER,
						    .label = strdup("the context's address"),
						    .pc = s->pc, .value = r });
		break;
	case LLVMSExt:
		r = resize(e, enc_operand(e, s, LLVMGetOperand(inst, 0)), w, true);
		break;
	case LLVMFreeze:
		r = enc_operand(e, s, LLVMGetOperand(inst, 0));
		break;
	case LLVMCall:
		r = call(e, s, inst);
		break;
	default:
		enc_unsupported(e, "an instruction the model does not know", inst);
		if (w)
			r = enc_fresh(e, "inst", w);
	}
	int idx = value_index(e, inst);
	if (idx >= 0 && r)
		s->vals[idx] = r;
}

/* Phis read the state of the edge they come in by. */
static void phis(struct enc *e, struct cfg *g, struct node *n, struct state *s)
{
	for (LLVMValueRef i = LLVMGetFirstInstruction(n->block); i && LLVMIsAPHINode(i);
	     i = LLVMGetNextInstruction(i)) {
		Z3_ast *xs = calloc(n->n_in, sizeof(Z3_ast));
		Z3_ast *guards = calloc(n->n_in, sizeof(Z3_ast));
		for (unsigned k = 0; k < n->n_in; k++) {
			guards[k] = n->in[k].guard;
			for (unsigned j = 0; j < LLVMCountIncoming(i); j++)
				if (LLVMGetIncomingBlock(i, j) == n->in[k].from_block)
					xs[k] = enc_operand(e, &g->nodes[n->in[k].from_node].out,
							    LLVMGetIncomingValue(i, j));
		}
		int idx = value_index(e, i);
		if (idx >= 0)
			s->vals[idx] = merge_one(e, xs, guards, n->n_in);
		free(xs);
		free(guards);
	}
}

static unsigned node_of(struct cfg *g, LLVMBasicBlockRef b, unsigned iteration,
			unsigned n_order)
{
	unsigned num = block_number(g, b);
	if (num == UINT32_MAX || g->rpo_of[num] == UINT32_MAX)
		return UINT32_MAX;
	return iteration * n_order + g->rpo_of[num];
}

/* The terminator: edges to the successors with their guards. */
static void successors(struct enc *e, struct cfg *g, unsigned self, unsigned n_order,
		       unsigned iterations)
{
	struct node *n = &g->nodes[self];
	struct state *s = &n->out;
	LLVMValueRef term = LLVMGetBasicBlockTerminator(n->block);
	if (!term)
		return;
	unsigned bnum = block_number(g, n->block);
	unsigned ns = LLVMGetNumSuccessors(term);
	LLVMOpcode op = LLVMGetInstructionOpcode(term);
	Z3_ast *guards = calloc(ns ? ns : 1, sizeof(Z3_ast));
	if (op == LLVMBr && LLVMIsConditional(term)) {
		Z3_ast c = bool_of(e, enc_operand(e, s, LLVMGetCondition(term)));
		guards[0] = Z3_mk_and(e->z, 2, (Z3_ast[]){ s->pc, c });
		guards[1] = Z3_mk_and(e->z, 2, (Z3_ast[]){ s->pc, Z3_mk_not(e->z, c) });
	} else if (op == LLVMSwitch) {
		Z3_ast v = enc_operand(e, s, LLVMGetOperand(term, 0));
		Z3_ast none = s->pc;
		for (unsigned i = 1; i < ns; i++) {
			Z3_ast eq = Z3_mk_eq(e->z, v, enc_operand(e, s, LLVMGetOperand(term, 2 * i)));
			guards[i] = Z3_mk_and(e->z, 2, (Z3_ast[]){ s->pc, eq });
			none = Z3_mk_and(e->z, 2, (Z3_ast[]){ none, Z3_mk_not(e->z, eq) });
		}
		guards[0] = none;
	} else if (op == LLVMBr) {
		guards[0] = s->pc;
	} else if (op != LLVMRet && op != LLVMUnreachable) {
		enc_unsupported(e, "a terminator the model does not know", term);
	}
	for (unsigned i = 0; i < ns && guards[i]; i++) {
		LLVMBasicBlockRef to = LLVMGetSuccessor(term, i);
		unsigned k = n->iteration;
		if (g->is_back[bnum * g->max_succ + i]) {
			if (k + 1 >= iterations) {
				/* One more turn than the bound allows. */
				e->overflow = Z3_mk_or(e->z, 2, (Z3_ast[]){ e->overflow, guards[i] });
				continue;
			}
			k++;
		}
		unsigned target = node_of(g, to, k, n_order);
		if (target != UINT32_MAX)
			add_edge(&g->nodes[target], self, n->block, guards[i]);
	}
	free(guards);
}

int enc_function(struct enc *e)
{
	struct cfg g = { 0 };
	number_values(e);
	mem_layout(e);
	e->overflow = Z3_mk_false(e->z);
	if (!cfg_build(e, &g)) {
		cfg_free(&g);
		return -1;
	}
	unsigned n_order = 0;
	while (n_order < g.n_nodes && g.nodes[n_order].iteration == 0)
		n_order++;
	unsigned iterations = g.n_nodes / n_order;

	for (unsigned idx = 0; idx < g.n_nodes; idx++) {
		struct node *n = &g.nodes[idx];
		struct state *s = &n->out;
		if (idx == 0)
			initial_state(e, s);
		else if (n->n_in == 0)
			continue; /* not reached */
		else {
			merge_into(e, &g, n, s);
			phis(e, &g, n, s);
		}
		for (LLVMValueRef i = LLVMGetFirstInstruction(n->block); i;
		     i = LLVMGetNextInstruction(i)) {
			if (LLVMIsAPHINode(i) || LLVMIsATerminatorInst(i))
				continue;
			instruction(e, s, i);
		}
		successors(e, &g, idx, n_order, iterations);
		n->done = true;
		/* States of nodes whose successors are all done could be freed
		 * here; probes are small enough to keep them. */
	}
	cfg_free(&g);
	return 0;
}
