/* SPDX-License-Identifier: Apache-2.0 */
/* Internal to the runtime: the encoding of one probe function into Z3.
 *
 * Addresses are concrete where the program cannot observe them: each
 * stack slot (alloca) gets its own range, every map-value pointer its own.
 * The context's address is a symbol, since a program can print it or
 * compare it ((uint64)args). A pointer
 * is a bit-vector over these ranges (an ite over them after a map lookup),
 * so loads and stores resolve to a region and an offset without any array
 * theory for the stack. */
#ifndef BTE_ENCODER_H
#define BTE_ENCODER_H

#include <stdbool.h>
#include <stdint.h>

#include <llvm-c/Core.h>
#include <llvm-c/Target.h>
#include <z3.h>

#include "bpftrace_plugin.h"

/* Address layout of the model. */
#define ADDR_STACK 0x10000000ULL      /* stack slots, packed, 8-aligned */
/* The probe's context has no fixed address: it is the constant ctx_base
 * (a kernel address, see enc_operand), and a pointer into it is
 * ctx_base + a constant offset below CTX_SIZE. */
#define CTX_SIZE 0x100000ULL
#define ADDR_MAPVAL 0x500000000000ULL /* value of map lookup number i: */
#define MAPVAL_STRIDE 0x100000ULL     /*   ADDR_MAPVAL + i * MAPVAL_STRIDE */
#define ADDR_MAP_HANDLE 0x600000000000ULL /* llvm.bpf.pseudo(1, id) */

#define COMM_LEN 16

/* A stack slot: one alloca. */
struct slot {
	LLVMValueRef alloca;
	const char *name; /* the alloca's name, e.g. "$dport"; "" if none */
	uint64_t addr;
	unsigned size;    /* bytes */
	unsigned first;   /* index of its first byte in state.stack */
};

/* What the model knows of one map of the program. */
struct map_model {
	const char *name;  /* "@x" */
	int64_t id;        /* the id the IR names it by */
	unsigned key_bits; /* 0 until first use */
	unsigned val_bits;
	unsigned table_val_size; /* from the host's map table, bytes */
};

/* The value a map lookup returned: a pointer into map `map` at `key`. */
struct mapval {
	unsigned map;
	Z3_ast key;
	Z3_ast hit; /* bool: the lookup found the key */
};

/* The machine state on entry to, or at a point of, one node. */
struct state {
	Z3_ast pc;       /* bool: this point is reached (assumptions included) */
	Z3_ast *vals;    /* per SSA value; NULL where not defined */
	Z3_ast *stack;   /* per stack byte, bv8 */
	Z3_ast *map_has; /* per map: Array(key, Bool) */
	Z3_ast *map_val; /* per map: Array(key, value) */
};

/* Something a counterexample reports. */
enum obs_kind {
	OBS_CTX,    /* a load from the probe's context (args, retval, fields) */
	OBS_KREAD,  /* bytes read from kernel or user memory */
	OBS_HELPER, /* a helper's result (pid, comm, time...) */
	OBS_LOOKUP, /* a map lookup: hit or miss, key, value */
};

struct obs {
	enum obs_kind kind;
	char *label;     /* owned */
	Z3_ast pc;       /* reported only when true in the model */
	Z3_ast value;    /* bit-vector, or the hit flag for OBS_LOOKUP */
	Z3_ast key;      /* OBS_LOOKUP: the key; OBS_KREAD: the address */
	Z3_ast extra;    /* OBS_LOOKUP: the value found */
	unsigned width;  /* OBS_KREAD, OBS_HELPER string: bytes (bytes shown) */
	bool is_string;
};

/* One reached instance of an assert(). */
struct site {
	int id;
	Z3_ast pc;    /* bool: reached, under the assumptions */
	Z3_ast holds; /* bool: the condition holds */
	Z3_ast *stack;/* the stack at the assert, for the $variables */
};

struct enc {
	Z3_context z;
	LLVMTargetDataRef td;
	LLVMValueRef fn;
	unsigned loop_bound;

	/* SSA values of the function, by a hash of their LLVMValueRef. */
	LLVMValueRef *val_keys;
	unsigned *val_index;
	unsigned val_cap;
	unsigned n_vals;

	struct slot *slots;
	unsigned n_slots;
	unsigned stack_bytes;

	struct map_model *maps;
	unsigned n_maps;

	struct mapval *mapvals;
	unsigned n_mapvals, cap_mapvals;

	/* Values that are one per probe invocation. */
	Z3_ast pid_tgid, uid_gid, task, cgroup, cpu, numa;
	Z3_ast comm[COMM_LEN];
	bool used_pid, used_uid, used_comm, used_cgroup;
	/* quotients of divisions by constants, so x / c and x % c share one */
	struct div_memo { Z3_ast a; uint64_t c; Z3_ast q; } divs[32];
	unsigned n_divs;
	/* Each such quotient's definition, q == a / c, by Z3's divider: the
	 * checker searches for a model with q replaced by it (a divider
	 * computes q from a, where the lemmas make the SAT solver search
	 * for it), and keeps that model only if it satisfies the lemmas'
	 * formula. div_lemmas: the lemmas that define the quotients, which
	 * that search leaves out. */
	struct quot_def { Z3_ast q, def; } qdefs[32];
	unsigned n_qdefs;
	Z3_ast div_lemmas; /* bool, or NULL */
	/* divisions by a variable: dividend, divisor, Z3's quotient (for the
	 * product lemmas of a quotient times its divisor) */
	struct vdiv_memo { Z3_ast a, d, q; unsigned w; } vdivs[16];
	unsigned n_vdivs;
	/* remainders by a variable (dividend, divisor, Z3's remainder),
	 * products of two variables, and comparisons of a term with a
	 * constant: the other lemmas of division by a variable */
	struct vrem_memo { Z3_ast a, d, r; unsigned w; } vrems[16];
	unsigned n_vrems;
	struct prod_memo { Z3_ast p, x, y; unsigned w; } prods[16];
	unsigned n_prods;
	struct cmp_memo { Z3_ast t; uint64_t k; } cmps[32];
	unsigned n_cmps;
	/* cpid of a program checked before its -c child exists: one unknown pid */
	Z3_ast cpid;
	bool used_cpid;
	bool used_memory; /* probe_read: stable memory is assumed */
	/* the context's address (bv64), or NULL until the program uses it */
	Z3_ast ctx_base;
	/* the mark of a dead stack byte (bv8; see mem_forget), or NULL */
	Z3_ast dead;
	/* ctx bytes: one constant per offset read (read-only, constant offsets) */
	uint64_t *ctx_offsets;
	Z3_ast *ctx_bytes;
	unsigned n_ctx_bytes, cap_ctx_bytes;
	Z3_ast kmem;     /* Array(bv64, bv8): kernel memory */
	Z3_ast umem;     /* Array(bv64, bv8): user memory */
	Z3_ast kmem_ok;  /* Array(bv64, Bool): a read at this address succeeds */
	Z3_ast umem_ok;
	/* a string read of `size` bytes at an address succeeds (per space) */
	struct str_ok { Z3_ast space; uint64_t size; Z3_ast ok; } str_ok[16];
	unsigned n_str_ok;

	struct obs *obs;
	unsigned n_obs, cap_obs;
	struct site *sites;
	unsigned n_sites, cap_sites;

	/* the solvers' budgets are wall-clock time, not work (a
	 * counterexample's display checks, which only choose what to show:
	 * their deadline holds however loaded the machine is) */
	bool wall_clock;
	Z3_ast overflow;   /* bool: some path needs more than loop_bound */
	/* bool: theorems about the terms used, or NULL (some name a quotient
	 * by a constant, and hold with its definition, div_lemmas: both are
	 * left out of the witness searches together) */
	Z3_ast lemmas;
	/* bool: what the kernel guarantees of the inputs (the context's
	 * address), or NULL: unlike the lemmas, no theorem of the operations,
	 * so every search keeps it (a witness without it is no run) */
	Z3_ast inputs;
	char *unsupported; /* the first construct the model cannot encode */
	LLVMValueRef current; /* the instruction being encoded */
	const char *probe;    /* the function's name: the probe */
	const char *(*ctx_name)(void *, const char *, unsigned, char *, size_t);
	void *ctx_name_arg;
	unsigned fresh;    /* counter for fresh names */
};

/* encode.c */
int enc_function(struct enc *e);
Z3_ast enc_operand(struct enc *e, struct state *s, LLVMValueRef v);
unsigned enc_width(struct enc *e, LLVMTypeRef t);
Z3_ast enc_fresh(struct enc *e, const char *prefix, unsigned bits);
void enc_unsupported(struct enc *e, const char *what, LLVMValueRef v);
Z3_ast bv(struct enc *e, uint64_t value, unsigned bits);
Z3_ast bool_of(struct enc *e, Z3_ast bit);
Z3_ast bit_of(struct enc *e, Z3_ast b);
bool numeral(struct enc *e, Z3_ast a, uint64_t *out);
void enc_observe(struct enc *e, struct obs o);
/* The helper id of `call inttoptr (i64 ID to ...)`, or 0. */
uint64_t enc_helper_id(LLVMValueRef call);

/* Whether [addr, addr + len) is in a map value past the part of it the
 * model holds (join()'s buffer): writing it changes nothing the proof
 * reads, and reading it is unsupported. */
bool mem_past_mapval(struct enc *e, Z3_ast addr, uint64_t len);

/* memory.c */
void mem_layout(struct enc *e);
Z3_ast mem_addr_add(struct enc *e, Z3_ast addr, Z3_ast offset);
/* The same for a 64-bit integer add (ptrtoint(ctx) + 8 stays resolvable),
 * without the rule that keeps a null pointer null. */
Z3_ast mem_int_add(struct enc *e, Z3_ast a, Z3_ast b);
Z3_ast mem_load(struct enc *e, struct state *s, Z3_ast addr, unsigned bytes,
		const char *what);
void mem_store(struct enc *e, struct state *s, Z3_ast addr, Z3_ast value,
	       unsigned bytes);
void mem_set(struct enc *e, struct state *s, Z3_ast addr, Z3_ast byte,
	     Z3_ast len);
void mem_copy(struct enc *e, struct state *s, Z3_ast dst, Z3_ast src,
	      Z3_ast len);
Z3_ast mem_read_slot_bytes(struct enc *e, Z3_ast *stack,
			   const struct slot *slot);
bool mem_stack_range(struct enc *e, Z3_ast addr, unsigned len,
		     unsigned *first);
/* Where an object's lifetime ends or starts (llvm.lifetime.*), its bytes
 * are undefined: the backend may give its stack slot to another object
 * (bpftrace 0.17 ends a map key's lifetime while the variable is still
 * read later). They become `e->dead`, and each load reads a dead byte as
 * a fresh value, another each time (the slot's bytes may change between
 * two reads). len: bytes, all ones for the whole object. */
void mem_forget(struct enc *e, struct state *s, Z3_ast addr, uint64_t len);
unsigned map_index_of(struct enc *e, Z3_ast handle);

/* helpers.c */
void helpers_init(struct enc *e);
Z3_ast helper_call(struct enc *e, struct state *s, uint64_t id,
		   LLVMValueRef call);
const char *helper_name(uint64_t id);

#endif
