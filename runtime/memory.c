/* SPDX-License-Identifier: Apache-2.0 */
/* The memory of the model: stack slots as bytes of the state, the context
 * as a read-only array, map values as the map's value array at the looked
 * up key. Pointers resolve to one of these by their concrete address; after
 * a map lookup a pointer is an ite over "found" and null. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "encoder.h"

static uint64_t align8(uint64_t x)
{
	return (x + 7) & ~7ULL;
}

/* The size of what a pointer-typed value points to (LLVM 14 pointers are
 * typed), or 0. */
static unsigned pointee_size(struct enc *e, LLVMValueRef ptr)
{
	LLVMTypeRef t = LLVMTypeOf(ptr);
	if (LLVMGetTypeKind(t) != LLVMPointerTypeKind)
		return 0;
	LLVMTypeRef el = LLVMGetElementType(t);
	if (!LLVMTypeIsSized(el))
		return 0;
	return (unsigned)LLVMStoreSizeOfType(e->td, el);
}

/* The map id named by `call i64 @llvm.bpf.pseudo(i64 1, i64 ID)`. */
static bool pseudo_map_id(LLVMValueRef v, int64_t *id)
{
	if (!LLVMIsACallInst(v) || LLVMGetNumArgOperands(v) < 2)
		return false;
	LLVMValueRef callee = LLVMGetCalledValue(v);
	size_t len = 0;
	const char *name = callee ? LLVMGetValueName2(callee, &len) : "";
	if (strcmp(name, "llvm.bpf.pseudo") != 0)
		return false;
	LLVMValueRef arg = LLVMGetOperand(v, 1);
	if (!LLVMIsAConstantInt(arg))
		return false;
	*id = (int64_t)LLVMConstIntGetZExtValue(arg);
	return true;
}

static struct map_model *map_by_id(struct enc *e, int64_t id)
{
	for (unsigned i = 0; i < e->n_maps; i++)
		if (e->maps[i].id == id)
			return &e->maps[i];
	return NULL;
}

/* Lays out the stack slots and learns each map's key and value widths
 * from the calls that use it, before any state exists. */
void mem_layout(struct enc *e)
{
	uint64_t offset = 0;
	unsigned cap = 0;
	for (LLVMBasicBlockRef b = LLVMGetFirstBasicBlock(e->fn); b;
	     b = LLVMGetNextBasicBlock(b)) {
		for (LLVMValueRef i = LLVMGetFirstInstruction(b); i;
		     i = LLVMGetNextInstruction(i)) {
			if (LLVMIsAAllocaInst(i)) {
				if (e->n_slots == cap) {
					cap = cap ? cap * 2 : 16;
					e->slots = realloc(e->slots, cap * sizeof(*e->slots));
				}
				struct slot *s = &e->slots[e->n_slots++];
				size_t len = 0;
				s->alloca = i;
				s->name = LLVMGetValueName2(i, &len);
				LLVMTypeRef at = LLVMGetAllocatedType(i);
				s->size = LLVMTypeIsSized(at) ?
					  (unsigned)LLVMABISizeOfType(e->td, at) : 0;
				if (s->size > 65536) /* BPF stacks are 512 bytes */
					s->size = 65536;
				if (s->size == 0)
					s->size = 1;
				s->addr = ADDR_STACK + offset;
				s->first = e->stack_bytes;
				e->stack_bytes += s->size;
				offset = align8(offset + s->size);
				continue;
			}
			if (!LLVMIsACallInst(i))
				continue;
			uint64_t helper = enc_helper_id(i);
			int64_t id;
			if ((helper < 1 || helper > 3) ||
			    LLVMGetNumArgOperands(i) < (helper == 2 ? 3u : 2u) ||
			    !pseudo_map_id(LLVMGetOperand(i, 0), &id))
				continue;
			struct map_model *m = map_by_id(e, id);
			if (!m)
				continue;
			unsigned key = pointee_size(e, LLVMGetOperand(i, 1));
			if (key && !m->key_bits)
				m->key_bits = key * 8;
			if (helper == 2) {
				unsigned val = pointee_size(e, LLVMGetOperand(i, 2));
				if (val && !m->val_bits)
					m->val_bits = val * 8;
			}
		}
	}
	for (unsigned i = 0; i < e->n_maps; i++) {
		struct map_model *m = &e->maps[i];
		if (!m->key_bits)
			m->key_bits = 64;
		if (!m->val_bits)
			m->val_bits = (m->table_val_size ? m->table_val_size : 8) * 8;
	}
}

unsigned map_index_of(struct enc *e, Z3_ast handle)
{
	uint64_t h;
	if (!numeral(e, handle, &h) || h < ADDR_MAP_HANDLE)
		return UINT32_MAX;
	struct map_model *m = map_by_id(e, (int64_t)(h - ADDR_MAP_HANDLE));
	return m ? (unsigned)(m - e->maps) : UINT32_MAX;
}

static bool is_app(struct enc *e, Z3_ast a, Z3_decl_kind kind)
{
	if (Z3_get_ast_kind(e->z, a) != Z3_APP_AST)
		return false;
	return Z3_get_decl_kind(e->z, Z3_get_app_decl(e->z, Z3_to_app(e->z, a))) ==
	       kind;
}

static Z3_ast arg(struct enc *e, Z3_ast a, unsigned i)
{
	return Z3_get_app_arg(e->z, Z3_to_app(e->z, a), i);
}

/* Whether `a` points into the context: ctx_base, or ctx_base plus a
 * constant (*offset). */
static bool ctx_form(struct enc *e, Z3_ast a, uint64_t *offset)
{
	if (!e->ctx_base)
		return false;
	if (a == e->ctx_base) {
		*offset = 0;
		return true;
	}
	if (!is_app(e, a, Z3_OP_BADD) || Z3_get_app_num_args(e->z, Z3_to_app(e->z, a)) != 2)
		return false;
	if (arg(e, a, 0) == e->ctx_base)
		return numeral(e, arg(e, a, 1), offset);
	if (arg(e, a, 1) == e->ctx_base)
		return numeral(e, arg(e, a, 0), offset);
	return false;
}

static Z3_ast ctx_at(struct enc *e, uint64_t offset)
{
	return offset ? Z3_mk_bvadd(e->z, e->ctx_base, bv(e, offset, 64)) : e->ctx_base;
}

/* Keeps addresses as numerals, ctx_base plus a numeral, or ites of these,
 * so that they resolve. */
static Z3_ast addr_add(struct enc *e, Z3_ast addr, Z3_ast offset, bool keep_null)
{
	uint64_t a, o;
	if (numeral(e, offset, &o) && o == 0)
		return addr;
	if (numeral(e, offset, &o) && ctx_form(e, addr, &a))
		return ctx_at(e, a + o);
	if (numeral(e, addr, &a) && ctx_form(e, offset, &o))
		return ctx_at(e, a + o);
	if (is_app(e, addr, Z3_OP_ITE)) {
		uint64_t alt;
		/* A null pointer stays null under a GEP (the program checked
		 * it before using it); an integer 0 plus 8 is 8. */
		Z3_ast t = arg(e, addr, 1), f = arg(e, addr, 2);
		Z3_ast t2 = keep_null && numeral(e, t, &alt) && alt == 0 ? t :
			    addr_add(e, t, offset, keep_null);
		Z3_ast f2 = keep_null && numeral(e, f, &alt) && alt == 0 ? f :
			    addr_add(e, f, offset, keep_null);
		return Z3_mk_ite(e->z, arg(e, addr, 0), t2, f2);
	}
	if (numeral(e, addr, &a) && numeral(e, offset, &o))
		return bv(e, a + o, 64);
	return Z3_mk_bvadd(e->z, addr, offset);
}

Z3_ast mem_addr_add(struct enc *e, Z3_ast addr, Z3_ast offset)
{
	return addr_add(e, addr, offset, true);
}

Z3_ast mem_int_add(struct enc *e, Z3_ast a, Z3_ast b)
{
	return addr_add(e, a, b, false);
}

enum region_kind { R_NONE, R_NULL, R_STACK, R_CTX, R_MAPVAL };

struct region {
	enum region_kind kind;
	const struct slot *slot;
	unsigned mapval;
	uint64_t offset;
};

static struct region region_of(struct enc *e, uint64_t a)
{
	struct region r = { .kind = R_NONE };
	if (a == 0) {
		r.kind = R_NULL;
		return r;
	}
	if (a >= ADDR_MAPVAL && a < ADDR_MAPVAL + (uint64_t)e->n_mapvals * MAPVAL_STRIDE) {
		r.kind = R_MAPVAL;
		r.mapval = (unsigned)((a - ADDR_MAPVAL) / MAPVAL_STRIDE);
		r.offset = (a - ADDR_MAPVAL) % MAPVAL_STRIDE;
		return r;
	}
	for (unsigned i = 0; i < e->n_slots; i++) {
		const struct slot *s = &e->slots[i];
		if (a >= s->addr && a < s->addr + s->size) {
			r.kind = R_STACK;
			r.slot = s;
			r.offset = a - s->addr;
			return r;
		}
	}
	return r;
}

/* Little-endian: byte 0 is the least significant. Rebuilds the value
 * that bytes were sliced from, through the ites that joins put around
 * each byte, so a value stored, merged and loaded stays one term. */
static Z3_ast concat_bytes(struct enc *e, Z3_ast *bytes, unsigned n);

static Z3_ast reassemble(struct enc *e, Z3_ast *bytes, unsigned n, unsigned depth)
{
	Z3_ast first = bytes[0];
	if (depth < 8 && is_app(e, first, Z3_OP_ITE)) {
		Z3_ast c = arg(e, first, 0);
		bool same = true;
		for (unsigned i = 1; i < n && same; i++)
			same = is_app(e, bytes[i], Z3_OP_ITE) && arg(e, bytes[i], 0) == c;
		if (same) {
			Z3_ast t[64], f[64];
			for (unsigned i = 0; i < n; i++) {
				t[i] = arg(e, bytes[i], 1);
				f[i] = arg(e, bytes[i], 2);
			}
			Z3_ast tv = reassemble(e, t, n, depth + 1);
			Z3_ast fv = reassemble(e, f, n, depth + 1);
			if (tv && fv)
				return Z3_mk_ite(e->z, c, tv, fv);
		}
	}
	Z3_ast whole = NULL;
	for (unsigned i = 0; i < n; i++) {
		Z3_ast b = bytes[i];
		if (!is_app(e, b, Z3_OP_EXTRACT))
			return NULL;
		Z3_func_decl d = Z3_get_app_decl(e->z, Z3_to_app(e->z, b));
		unsigned hi = (unsigned)Z3_get_decl_int_parameter(e->z, d, 0);
		unsigned lo = (unsigned)Z3_get_decl_int_parameter(e->z, d, 1);
		Z3_ast src = arg(e, b, 0);
		if (i == 0)
			whole = src;
		if (src != whole || lo != 8 * i || hi != 8 * i + 7)
			return NULL;
	}
	if (whole && Z3_get_bv_sort_size(e->z, Z3_get_sort(e->z, whole)) == 8 * n)
		return whole;
	return NULL;
}

static Z3_ast concat_bytes(struct enc *e, Z3_ast *bytes, unsigned n)
{
	if (n <= 64) {
		Z3_ast whole = reassemble(e, bytes, n, 0);
		if (whole)
			return whole;
	}
	Z3_ast v = bytes[n - 1];
	for (unsigned i = n - 1; i-- > 0;)
		v = Z3_mk_concat(e->z, v, bytes[i]);
	return v;
}

static Z3_ast byte_of(struct enc *e, Z3_ast v, unsigned i)
{
	return Z3_mk_extract(e->z, 8 * i + 7, 8 * i, v);
}

/* The context is read-only and only read at constant offsets: one
 * constant per byte, which keeps queries free of array theory (Z3 then
 * bit-blasts, much faster on division). */
static Z3_ast ctx_byte(struct enc *e, uint64_t offset)
{
	for (unsigned i = 0; i < e->n_ctx_bytes; i++)
		if (e->ctx_offsets[i] == offset)
			return e->ctx_bytes[i];
	if (e->n_ctx_bytes == e->cap_ctx_bytes) {
		e->cap_ctx_bytes = e->cap_ctx_bytes ? 2 * e->cap_ctx_bytes : 32;
		e->ctx_offsets = realloc(e->ctx_offsets, e->cap_ctx_bytes * sizeof(uint64_t));
		e->ctx_bytes = realloc(e->ctx_bytes, e->cap_ctx_bytes * sizeof(Z3_ast));
	}
	char name[48];
	snprintf(name, sizeof(name), "ctx+%llu", (unsigned long long)offset);
	Z3_ast b = Z3_mk_const(e->z, Z3_mk_string_symbol(e->z, name), Z3_mk_bv_sort(e->z, 8));
	e->ctx_offsets[e->n_ctx_bytes] = offset;
	e->ctx_bytes[e->n_ctx_bytes++] = b;
	return b;
}

/* bpftrace's name of the struct pt_regs field at `offset` (x86-64: the
 * argument registers in calling-convention order, then the return
 * value), or NULL. */
static const char *pt_regs_name(uint64_t offset)
{
#if defined(__x86_64__)
	switch (offset) {
	case 112: return "arg0"; /* di */
	case 104: return "arg1"; /* si */
	case 96: return "arg2";  /* dx */
	case 88: return "arg3";  /* cx */
	case 72: return "arg4";  /* r8 */
	case 64: return "arg5";  /* r9 */
	case 80: return "retval"; /* ax */
	}
#else
	(void)offset;
#endif
	return NULL;
}

static Z3_ast load_region(struct enc *e, struct state *s, struct region r,
			  unsigned n, const char *what)
{
	switch (r.kind) {
	case R_STACK: {
		if (r.offset + n > r.slot->size) {
			enc_unsupported(e, "a load past the end of a stack slot", NULL);
			return enc_fresh(e, "oob", 8 * n);
		}
		Z3_ast *bytes = &s->stack[r.slot->first + r.offset];
		if (!e->dead)
			return concat_bytes(e, bytes, n);
		/* a dead byte (after its lifetime ended) reads anything, and
		 * not the same thing twice: the slot may hold another object's
		 * bytes by now */
		Z3_ast *live = malloc(n * sizeof(*live));
		if (!live) {
			enc_unsupported(e, "a load the model has no memory for", NULL);
			return enc_fresh(e, "mem", 8 * n);
		}
		for (unsigned i = 0; i < n; i++) {
			Z3_ast any = enc_fresh(e, "dead", 8);
			live[i] = Z3_substitute(e->z, bytes[i], 1, &e->dead, &any);
		}
		Z3_ast v = concat_bytes(e, live, n);
		free(live);
		return v;
	}
	case R_CTX: {
		Z3_ast bytes[64];
		if (n > 64) {
			enc_unsupported(e, "a context load wider than 64 bytes", NULL);
			return enc_fresh(e, "ctx", 8 * n);
		}
		for (unsigned i = 0; i < n; i++)
			bytes[i] = ctx_byte(e, r.offset + i);
		Z3_ast v = concat_bytes(e, bytes, n);
		char label[96];
		const char *reg = NULL;
		if (what && (!strncmp(what, "arg", 3) || !strncmp(what, "retval", 6)))
			reg = pt_regs_name(r.offset); /* LLVM names a second load "arg21" */
		if (reg)
			snprintf(label, sizeof(label), "%s", reg);
		else if (what && *what)
			snprintf(label, sizeof(label), "%s", what);
		else if (!e->ctx_name ||
			 !e->ctx_name(e->ctx_name_arg, e->probe, (unsigned)r.offset, label,
				      sizeof(label))) /* by offset */
			snprintf(label, sizeof(label), "ctx+%llu", (unsigned long long)r.offset);
		enc_observe(e, (struct obs){ .kind = OBS_CTX, .label = strdup(label),
					    .pc = s->pc, .value = v,
					    .key = bv(e, r.offset, 64) });
		return v;
	}
	case R_MAPVAL: {
		const struct mapval *mv = &e->mapvals[r.mapval];
		const struct map_model *m = &e->maps[mv->map];
		if (8 * (r.offset + n) > m->val_bits) {
			enc_unsupported(e, "a load past the end of a map value", NULL);
			return enc_fresh(e, "oob", 8 * n);
		}
		Z3_ast val = Z3_mk_select(e->z, s->map_val[mv->map], mv->key);
		return Z3_mk_extract(e->z, 8 * (unsigned)(r.offset + n) - 1,
				     8 * (unsigned)r.offset, val);
	}
	case R_NULL:
		/* Only on a path the kernel verifier rejects (a null
		 * dereference): any value will do. */
		return enc_fresh(e, "null", 8 * n);
	case R_NONE:
		break;
	}
	enc_unsupported(e, "a load from an address outside stack, ctx and maps", NULL);
	return enc_fresh(e, "mem", 8 * n);
}

static Z3_ast load_rec(struct enc *e, struct state *s, Z3_ast addr, unsigned n,
		       const char *what)
{
	uint64_t a;
	if (ctx_form(e, addr, &a)) {
		if (a < CTX_SIZE)
			return load_region(e, s, (struct region){ .kind = R_CTX, .offset = a },
					   n, what);
		enc_unsupported(e, "a load far past the probe's context", NULL);
		return enc_fresh(e, "ctx", 8 * n);
	}
	if (numeral(e, addr, &a))
		return load_region(e, s, region_of(e, a), n, what);
	if (is_app(e, addr, Z3_OP_ITE))
		return Z3_mk_ite(e->z, arg(e, addr, 0),
				 load_rec(e, s, arg(e, addr, 1), n, what),
				 load_rec(e, s, arg(e, addr, 2), n, what));
	if (is_app(e, addr, Z3_OP_BADD) &&
	    Z3_get_app_num_args(e->z, Z3_to_app(e->z, addr)) == 2) {
		/* base + symbolic offset into one stack slot: a choice over
		 * every offset the slot allows. */
		Z3_ast base = arg(e, addr, 0), off = arg(e, addr, 1);
		if (!numeral(e, base, &a)) {
			Z3_ast t = base;
			base = off;
			off = t;
		}
		struct region r;
		if (numeral(e, base, &a) && (r = region_of(e, a)).kind == R_STACK &&
		    r.offset == 0 && r.slot->size >= n) {
			Z3_ast v = enc_fresh(e, "oob", 8 * n);
			for (unsigned o = r.slot->size - n + 1; o-- > 0;) {
				struct region ro = r;
				ro.offset = o;
				v = Z3_mk_ite(e->z, Z3_mk_eq(e->z, off, bv(e, o, 64)),
					      load_region(e, s, ro, n, what), v);
			}
			return v;
		}
	}
	enc_unsupported(e, "a load through a pointer the model cannot resolve", NULL);
	return enc_fresh(e, "mem", 8 * n);
}

Z3_ast mem_load(struct enc *e, struct state *s, Z3_ast addr, unsigned bytes,
		const char *what)
{
	return load_rec(e, s, addr, bytes, what);
}

static void store_region(struct enc *e, struct state *s, struct region r,
			 Z3_ast value, unsigned n, Z3_ast guard)
{
	switch (r.kind) {
	case R_STACK:
		if (r.offset + n > r.slot->size) {
			enc_unsupported(e, "a store past the end of a stack slot", NULL);
			return;
		}
		for (unsigned i = 0; i < n; i++) {
			Z3_ast *b = &s->stack[r.slot->first + r.offset + i];
			Z3_ast nb = byte_of(e, value, i);
			*b = guard ? Z3_mk_ite(e->z, guard, nb, *b) : nb;
		}
		return;
	case R_MAPVAL: {
		const struct mapval *mv = &e->mapvals[r.mapval];
		const struct map_model *m = &e->maps[mv->map];
		unsigned lo = 8 * (unsigned)r.offset, hi = lo + 8 * n;
		/* Bytes past the part of a value the model holds (join()'s
		 * buffer, known only by its first bytes): no byte it holds
		 * changes, and a load of them is unsupported, so the store
		 * changes nothing the proof reads. (The kernel verifier, which
		 * must accept the program too, keeps it inside the value.) */
		if (lo >= m->val_bits)
			return;
		if (hi > m->val_bits) {
			enc_unsupported(e, "a store past the end of a map value", NULL);
			return;
		}
		Z3_ast old = Z3_mk_select(e->z, s->map_val[mv->map], mv->key);
		Z3_ast nv = value;
		if (lo > 0)
			nv = Z3_mk_concat(e->z, nv, Z3_mk_extract(e->z, lo - 1, 0, old));
		if (hi < m->val_bits)
			nv = Z3_mk_concat(e->z, Z3_mk_extract(e->z, m->val_bits - 1, hi, old), nv);
		Z3_ast arr = Z3_mk_store(e->z, s->map_val[mv->map], mv->key, nv);
		s->map_val[mv->map] = guard ? Z3_mk_ite(e->z, guard, arr, s->map_val[mv->map]) : arr;
		return;
	}
	case R_NULL:
		return; /* a path the kernel verifier rejects */
	case R_CTX:
		enc_unsupported(e, "a store to the probe's context", NULL);
		return;
	case R_NONE:
		break;
	}
	enc_unsupported(e, "a store to an address outside stack and maps", NULL);
}

static void store_rec(struct enc *e, struct state *s, Z3_ast addr, Z3_ast value,
		      unsigned n, Z3_ast guard)
{
	uint64_t a;
	if (ctx_form(e, addr, &a)) {
		enc_unsupported(e, "a store to the probe's context", NULL);
		return;
	}
	if (numeral(e, addr, &a)) {
		store_region(e, s, region_of(e, a), value, n, guard);
		return;
	}
	if (is_app(e, addr, Z3_OP_ITE)) {
		Z3_ast c = arg(e, addr, 0);
		Z3_ast gt = guard ? Z3_mk_and(e->z, 2, (Z3_ast[]){ guard, c }) : c;
		Z3_ast nc = Z3_mk_not(e->z, c);
		Z3_ast gf = guard ? Z3_mk_and(e->z, 2, (Z3_ast[]){ guard, nc }) : nc;
		store_rec(e, s, arg(e, addr, 1), value, n, gt);
		store_rec(e, s, arg(e, addr, 2), value, n, gf);
		return;
	}
	enc_unsupported(e, "a store through a pointer the model cannot resolve", NULL);
}

void mem_store(struct enc *e, struct state *s, Z3_ast addr, Z3_ast value,
	       unsigned bytes)
{
	store_rec(e, s, addr, value, bytes, NULL);
}

void mem_set(struct enc *e, struct state *s, Z3_ast addr, Z3_ast byte,
	     Z3_ast len)
{
	uint64_t n;
	if (!numeral(e, len, &n) || n > 4096) {
		enc_unsupported(e, "a memset of a length the model cannot bound", NULL);
		return;
	}
	for (uint64_t i = 0; i < n; i++)
		store_rec(e, s, mem_addr_add(e, addr, bv(e, i, 64)), byte, 1, NULL);
}

void mem_copy(struct enc *e, struct state *s, Z3_ast dst, Z3_ast src, Z3_ast len)
{
	uint64_t n;
	if (!numeral(e, len, &n) || n > 4096) {
		enc_unsupported(e, "a memcpy of a length the model cannot bound", NULL);
		return;
	}
	for (uint64_t i = 0; i < n; i++) {
		Z3_ast b = load_rec(e, s, mem_addr_add(e, src, bv(e, i, 64)), 1, NULL);
		store_rec(e, s, mem_addr_add(e, dst, bv(e, i, 64)), b, 1, NULL);
	}
}

Z3_ast mem_read_slot_bytes(struct enc *e, Z3_ast *stack, const struct slot *slot)
{
	return concat_bytes(e, &stack[slot->first], slot->size);
}

void mem_forget(struct enc *e, struct state *s, Z3_ast addr, uint64_t len)
{
	uint64_t a;
	struct region r;
	if (!numeral(e, addr, &a) || (r = region_of(e, a)).kind != R_STACK) {
		enc_unsupported(e, "a lifetime marker on memory that is not a stack slot", NULL);
		return;
	}
	uint64_t n = r.slot->size - r.offset;
	if (len < n)
		n = len; /* len is all ones (-1) for the whole object */
	if (!e->dead)
		e->dead = Z3_mk_const(e->z, Z3_mk_string_symbol(e->z, "dead"), Z3_mk_bv_sort(e->z, 8));
	for (uint64_t i = 0; i < n; i++)
		s->stack[r.slot->first + r.offset + i] = e->dead;
}

bool mem_past_mapval(struct enc *e, Z3_ast addr, uint64_t len)
{
	uint64_t a;
	/* a lookup's result, or NULL where it found nothing (a path the
	 * kernel verifier does not let write) */
	if (is_app(e, addr, Z3_OP_ITE)) {
		Z3_ast t = arg(e, addr, 1), f = arg(e, addr, 2);
		bool t_null = numeral(e, t, &a) && a == 0, f_null = numeral(e, f, &a) && a == 0;
		return !(t_null && f_null) && (t_null || mem_past_mapval(e, t, len)) &&
		       (f_null || mem_past_mapval(e, f, len));
	}
	if (!numeral(e, addr, &a))
		return false;
	struct region r = region_of(e, a);
	if (r.kind != R_MAPVAL || r.offset + len > MAPVAL_STRIDE)
		return false;
	const struct map_model *m = &e->maps[e->mapvals[r.mapval].map];
	return 8 * r.offset >= m->val_bits;
}

bool mem_stack_range(struct enc *e, Z3_ast addr, unsigned len, unsigned *first)
{
	uint64_t a;
	if (!numeral(e, addr, &a))
		return false;
	struct region r = region_of(e, a);
	if (r.kind != R_STACK || r.offset + len > r.slot->size)
		return false;
	*first = r.slot->first + (unsigned)r.offset;
	return true;
}
