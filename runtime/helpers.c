/* SPDX-License-Identifier: Apache-2.0 */
/* Models of the BPF helpers that bpftrace 0.17 emits: for each, what it may
 * return and what it may write. One function per helper; to add a helper,
 * write its model and add it to the table at the end.
 *
 * Values that are fixed for one probe invocation (pid, uid, comm, the
 * current task, cgroup, cpu) are the same on every call; time and random
 * numbers are fresh per call; a map lookup may miss, and sees whatever
 * other CPUs wrote (fresh per lookup); kernel and user memory read twice
 * in one invocation is assumed not to change in between (a listed
 * assumption: report.assumed_stable_memory). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "encoder.h"

#define EFAULT 14

static Z3_ast arg(struct enc *e, struct state *s, LLVMValueRef call, unsigned i)
{
	return enc_operand(e, s, LLVMGetOperand(call, i));
}

static Z3_ast fresh_ret(struct enc *e, const char *name)
{
	return enc_fresh(e, name, 64);
}

/* --- maps ----------------------------------------------------------------*/

static unsigned map_arg(struct enc *e, struct state *s, LLVMValueRef call)
{
	unsigned m = map_index_of(e, arg(e, s, call, 0));
	if (m == UINT32_MAX)
		enc_unsupported(e, "a map the host's map table does not list", call);
	return m;
}

static Z3_ast map_key(struct enc *e, struct state *s, LLVMValueRef call,
		      unsigned m)
{
	return mem_load(e, s, arg(e, s, call, 1), e->maps[m].key_bits / 8, NULL);
}

/* void *map_lookup_elem(map, key): the value's address, or NULL on a miss.
 * A map is shared: another probe, or this one on another CPU, may insert,
 * change or delete any key at any moment. So each lookup sees a map that
 * may differ from what this invocation wrote or read before: whether the
 * key is present and its value are fresh (the map state is havocked).
 * Loads through the returned address read that lookup's value. */
static Z3_ast h_map_lookup(struct enc *e, struct state *s, LLVMValueRef call)
{
	unsigned m = map_arg(e, s, call);
	if (m == UINT32_MAX)
		return fresh_ret(e, "lookup");
	Z3_ast key = map_key(e, s, call, m);
	/* fresh arrays (Z3 decides these far faster than stores of fresh
	 * values at the key: 0.45 s against 6 s on units_quotient_compare) */
	s->map_has[m] = Z3_mk_fresh_const(e->z, "map_has", Z3_get_sort(e->z, s->map_has[m]));
	s->map_val[m] = Z3_mk_fresh_const(e->z, "map_val", Z3_get_sort(e->z, s->map_val[m]));
	Z3_ast hit = Z3_mk_select(e->z, s->map_has[m], key);
	if (e->n_mapvals == e->cap_mapvals) {
		e->cap_mapvals = e->cap_mapvals ? 2 * e->cap_mapvals : 8;
		e->mapvals = realloc(e->mapvals, e->cap_mapvals * sizeof(*e->mapvals));
	}
	unsigned i = e->n_mapvals++;
	e->mapvals[i] = (struct mapval){ .map = m, .key = key, .hit = hit };
	char label[128];
	snprintf(label, sizeof(label), "%s", e->maps[m].name);
	enc_observe(e, (struct obs){
		.kind = OBS_LOOKUP, .label = strdup(label), .pc = s->pc,
		.value = hit, .key = key,
		.extra = Z3_mk_select(e->z, s->map_val[m], key) });
	return Z3_mk_ite(e->z, hit, bv(e, ADDR_MAPVAL + i * MAPVAL_STRIDE, 64),
			 bv(e, 0, 64));
}

/* long map_update_elem(map, key, value, flags): 0 and stored, or an error
 * (the map is full) and nothing changed. What it stored is not what a
 * later lookup must see (h_map_lookup). */
static Z3_ast h_map_update(struct enc *e, struct state *s, LLVMValueRef call)
{
	unsigned m = map_arg(e, s, call);
	if (m == UINT32_MAX)
		return fresh_ret(e, "update");
	Z3_ast key = map_key(e, s, call, m);
	Z3_ast val = mem_load(e, s, arg(e, s, call, 2), e->maps[m].val_bits / 8, NULL);
	/* An update of a present key succeeds; a new key may not fit. */
	Z3_ast ok = Z3_mk_or(e->z, 2, (Z3_ast[]){
		Z3_mk_select(e->z, s->map_has[m], key),
		Z3_mk_fresh_const(e->z, "update_fits", Z3_mk_bool_sort(e->z)) });
	s->map_has[m] = Z3_mk_ite(e->z, ok,
				  Z3_mk_store(e->z, s->map_has[m], key, Z3_mk_true(e->z)),
				  s->map_has[m]);
	s->map_val[m] = Z3_mk_ite(e->z, ok,
				  Z3_mk_store(e->z, s->map_val[m], key, val),
				  s->map_val[m]);
	return Z3_mk_ite(e->z, ok, bv(e, 0, 64), bv(e, (uint64_t)-7 /* E2BIG */, 64));
}

/* long map_delete_elem(map, key): afterwards the key is absent. */
static Z3_ast h_map_delete(struct enc *e, struct state *s, LLVMValueRef call)
{
	unsigned m = map_arg(e, s, call);
	if (m == UINT32_MAX)
		return fresh_ret(e, "delete");
	Z3_ast key = map_key(e, s, call, m);
	Z3_ast was = Z3_mk_select(e->z, s->map_has[m], key);
	s->map_has[m] = Z3_mk_store(e->z, s->map_has[m], key, Z3_mk_false(e->z));
	return Z3_mk_ite(e->z, was, bv(e, 0, 64), bv(e, (uint64_t)-2 /* ENOENT */, 64));
}

/* --- the current task: one value per invocation --------------------------*/

static Z3_ast h_pid_tgid(struct enc *e, struct state *s, LLVMValueRef call)
{
	(void)s, (void)call;
	e->used_pid = true;
	return e->pid_tgid;
}

static Z3_ast h_uid_gid(struct enc *e, struct state *s, LLVMValueRef call)
{
	(void)s, (void)call;
	e->used_uid = true;
	return e->uid_gid;
}

/* long get_current_comm(buf, size): the task's name, NUL-padded. */
static Z3_ast h_comm(struct enc *e, struct state *s, LLVMValueRef call)
{
	uint64_t size;
	unsigned first;
	Z3_ast buf = arg(e, s, call, 0);
	if (!numeral(e, arg(e, s, call, 1), &size) || size == 0 || size > 4096 ||
	    !mem_stack_range(e, buf, (unsigned)size, &first)) {
		enc_unsupported(e, "get_current_comm into a buffer the model cannot place", call);
		return fresh_ret(e, "comm");
	}
	e->used_comm = true;
	for (uint64_t i = 0; i < size; i++)
		s->stack[first + i] = i < COMM_LEN ? e->comm[i] : bv(e, 0, 8);
	/* The kernel copies at most size-1 bytes and terminates. */
	s->stack[first + size - 1] = bv(e, 0, 8);
	return bv(e, 0, 64);
}

static Z3_ast h_task(struct enc *e, struct state *s, LLVMValueRef call)
{
	(void)s, (void)call;
	return e->task;
}

static Z3_ast h_cgroup(struct enc *e, struct state *s, LLVMValueRef call)
{
	(void)s, (void)call;
	e->used_cgroup = true;
	return e->cgroup;
}

static Z3_ast h_cpu(struct enc *e, struct state *s, LLVMValueRef call)
{
	(void)s, (void)call;
	return e->cpu;
}

static Z3_ast h_numa(struct enc *e, struct state *s, LLVMValueRef call)
{
	(void)s, (void)call;
	return e->numa;
}

/* --- fresh per call -------------------------------------------------------*/

static Z3_ast h_time(struct enc *e, struct state *s, LLVMValueRef call)
{
	(void)call;
	Z3_ast t = enc_fresh(e, "nsecs", 64);
	enc_observe(e, (struct obs){ .kind = OBS_HELPER, .label = strdup("nsecs"),
				    .pc = s->pc, .value = t });
	return t;
}

static Z3_ast h_random(struct enc *e, struct state *s, LLVMValueRef call)
{
	(void)s, (void)call;
	/* u32 in a 64-bit register */
	return Z3_mk_zero_ext(e->z, 32, enc_fresh(e, "rand", 32));
}

/* Output and side effects on the outside world: a result, no memory
 * written that the program can read back. */
static Z3_ast h_no_effect(struct enc *e, struct state *s, LLVMValueRef call)
{
	(void)s, (void)call;
	return fresh_ret(e, "ret");
}

/* long get_stack(ctx, buf, size, flags): writes anything into buf. */
static Z3_ast h_get_stack(struct enc *e, struct state *s, LLVMValueRef call)
{
	uint64_t size;
	unsigned first;
	if (!numeral(e, arg(e, s, call, 2), &size) || size > 4096 ||
	    !mem_stack_range(e, arg(e, s, call, 1), (unsigned)size, &first)) {
		enc_unsupported(e, "get_stack into a buffer the model cannot place", call);
		return fresh_ret(e, "ret");
	}
	for (uint64_t i = 0; i < size; i++)
		s->stack[first + i] = enc_fresh(e, "stack", 8);
	return fresh_ret(e, "ret");
}

/* --- reading kernel and user memory ---------------------------------------*/

/* Whether a string read of `size` bytes at `src` succeeds: one unknown
 * per address for each space and size, so two such reads of the same
 * string agree (memory is stable within a run, an assumption the report
 * lists), and a fresh unknown past the table's end. */
static Z3_ast str_outcome(struct enc *e, Z3_ast space, uint64_t size, Z3_ast src)
{
	for (unsigned i = 0; i < e->n_str_ok; i++)
		if (e->str_ok[i].space == space && e->str_ok[i].size == size)
			return Z3_mk_select(e->z, e->str_ok[i].ok, src);
	if (e->n_str_ok == sizeof(e->str_ok) / sizeof(e->str_ok[0]))
		return Z3_mk_eq(e->z, enc_fresh(e, "strok", 1), bv(e, 1, 1));
	char name[64];
	snprintf(name, sizeof(name), "%s_str%llu_ok", space == e->kmem ? "kmem" : "umem",
		 (unsigned long long)size);
	Z3_sort a = Z3_mk_array_sort(e->z, Z3_mk_bv_sort(e->z, 64), Z3_mk_bool_sort(e->z));
	e->str_ok[e->n_str_ok] = (struct str_ok){
		.space = space, .size = size,
		.ok = Z3_mk_const(e->z, Z3_mk_string_symbol(e->z, name), a) };
	return Z3_mk_select(e->z, e->str_ok[e->n_str_ok++].ok, src);
}

/* long probe_read*(dst, size, src): copies size bytes of memory at src,
 * or fails (-EFAULT) and zeroes dst. Memory is one unconstrained array per
 * address space: the same address reads the same bytes within a probe. */
static Z3_ast probe_read(struct enc *e, struct state *s, LLVMValueRef call,
			 Z3_ast space, const char *space_name, bool str)
{
	uint64_t size;
	unsigned first;
	Z3_ast dst = arg(e, s, call, 0);
	Z3_ast src = arg(e, s, call, 2);
	/* into join()'s buffer, past what the model holds of it */
	if (numeral(e, arg(e, s, call, 1), &size) && size > 0 && size <= 4096 &&
	    mem_past_mapval(e, dst, size)) {
		e->used_memory = true;
		return fresh_ret(e, "ret");
	}
	if (!numeral(e, arg(e, s, call, 1), &size) ||
	    size == 0 || size > 4096 ||
	    !mem_stack_range(e, dst, (unsigned)size, &first)) {
		enc_unsupported(e, "a probe_read into a buffer the model cannot place", call);
		return fresh_ret(e, "ret");
	}
	e->used_memory = true;
	if (Z3_get_bv_sort_size(e->z, Z3_get_sort(e->z, src)) != 64)
		src = Z3_mk_zero_ext(e->z, 64 - Z3_get_bv_sort_size(e->z, Z3_get_sort(e->z, src)), src);
	/* Whether a range can be read is a property of its bytes: of its
	 * first and its last (a read of at most 4096 bytes spans at most two
	 * pages, theirs). Two reads of the same range in one invocation
	 * agree; a longer read from the same start may fail where a shorter
	 * one did not (its last byte on a page that is not mapped). A string
	 * read is another matter, below. */
	Z3_ast readable = space == e->kmem ? e->kmem_ok : e->umem_ok;
	Z3_ast ok = Z3_mk_select(e->z, readable, src);
	if (str) {
		/* A string read copies up to the first NUL and fails only on a
		 * fault before it: it needs its first byte, and says nothing of
		 * its buffer's last ("ab\0" at a page's end reads, where an
		 * 8-byte read of the same address fails). */
		Z3_ast first_ok = ok;
		ok = str_outcome(e, space, size, src);
		s->pc = Z3_mk_and(e->z, 2, (Z3_ast[]){ s->pc, Z3_mk_implies(e->z, ok, first_ok) });
	} else if (size > 1) {
		ok = Z3_mk_and(e->z, 2, (Z3_ast[]){
			ok, Z3_mk_select(e->z, readable, Z3_mk_bvadd(e->z, src, bv(e, size - 1, 64))) });
	}
	Z3_ast ended = Z3_mk_false(e->z); /* str: a NUL was seen before */
	Z3_ast data[64];
	unsigned shown = size < 64 ? (unsigned)size : 64;
	for (uint64_t i = 0; i < size; i++) {
		Z3_ast b = Z3_mk_select(e->z, space,
					Z3_mk_bvadd(e->z, src, bv(e, i, 64)));
		if (i < shown)
			data[i] = b;
		Z3_ast out = b;
		if (str) {
			out = (i == size - 1) ? bv(e, 0, 8) :
			      Z3_mk_ite(e->z, ended, bv(e, 0, 8), b);
			ended = Z3_mk_or(e->z, 2, (Z3_ast[]){
				ended, Z3_mk_eq(e->z, b, bv(e, 0, 8)) });
		}
		s->stack[first + i] = Z3_mk_ite(e->z, ok, out, bv(e, 0, 8));
	}
	Z3_ast value = data[shown - 1];
	for (unsigned i = shown - 1; i-- > 0;)
		value = Z3_mk_concat(e->z, value, data[i]);
	enc_observe(e, (struct obs){
		.kind = OBS_KREAD, .label = strdup(space_name),
		.pc = Z3_mk_and(e->z, 2, (Z3_ast[]){ s->pc, ok }),
		.value = value, .key = src, .width = shown, .is_string = str });
	Z3_ast success = bv(e, 0, 64);
	if (str) {
		/* the length copied, NUL included */
		Z3_ast len = enc_fresh(e, "strlen", 64);
		success = len;
		s->pc = Z3_mk_and(e->z, 3, (Z3_ast[]){
			s->pc,
			Z3_mk_implies(e->z, ok, Z3_mk_bvuge(e->z, len, bv(e, 1, 64))),
			Z3_mk_implies(e->z, ok, Z3_mk_bvule(e->z, len, bv(e, size, 64))) });
	}
	return Z3_mk_ite(e->z, ok, success, bv(e, (uint64_t)-EFAULT, 64));
}

static Z3_ast h_read_kernel(struct enc *e, struct state *s, LLVMValueRef call)
{
	return probe_read(e, s, call, e->kmem, "kernel memory", false);
}

static Z3_ast h_read_user(struct enc *e, struct state *s, LLVMValueRef call)
{
	return probe_read(e, s, call, e->umem, "user memory", false);
}

static Z3_ast h_read_kernel_str(struct enc *e, struct state *s, LLVMValueRef call)
{
	return probe_read(e, s, call, e->kmem, "kernel memory", true);
}

static Z3_ast h_read_user_str(struct enc *e, struct state *s, LLVMValueRef call)
{
	return probe_read(e, s, call, e->umem, "user memory", true);
}

/* --- the table -------------------------------------------------------------*/

typedef Z3_ast (*helper_model)(struct enc *, struct state *, LLVMValueRef);

static const struct {
	uint64_t id;
	const char *name;
	unsigned nargs; /* the arguments the model reads */
	helper_model model;
} helpers[] = {
	{ 1, "map_lookup_elem", 2, h_map_lookup },
	{ 2, "map_update_elem", 3, h_map_update },
	{ 3, "map_delete_elem", 2, h_map_delete },
	{ 4, "probe_read", 3, h_read_kernel },
	{ 5, "ktime_get_ns", 0, h_time },
	{ 6, "trace_printk", 0, h_no_effect },
	{ 7, "get_prandom_u32", 0, h_random },
	{ 8, "get_smp_processor_id", 0, h_cpu },
	{ 14, "get_current_pid_tgid", 0, h_pid_tgid },
	{ 15, "get_current_uid_gid", 0, h_uid_gid },
	{ 16, "get_current_comm", 2, h_comm },
	{ 25, "perf_event_output", 0, h_no_effect },
	{ 27, "get_stackid", 0, h_no_effect },
	{ 35, "get_current_task", 0, h_task },
	{ 42, "get_numa_node_id", 0, h_numa },
	{ 45, "probe_read_str", 3, h_read_kernel_str },
	{ 58, "override_return", 0, h_no_effect },
	{ 67, "get_stack", 3, h_get_stack },
	{ 80, "get_current_cgroup_id", 0, h_cgroup },
	{ 109, "send_signal", 0, h_no_effect },
	{ 112, "probe_read_user", 3, h_read_user },
	{ 113, "probe_read_kernel", 3, h_read_kernel },
	{ 114, "probe_read_user_str", 3, h_read_user_str },
	{ 115, "probe_read_kernel_str", 3, h_read_kernel_str },
	{ 117, "send_signal_thread", 0, h_no_effect },
	{ 125, "ktime_get_boot_ns", 0, h_time },
	{ 160, "ktime_get_coarse_ns", 0, h_time },
};

const char *helper_name(uint64_t id)
{
	for (size_t i = 0; i < sizeof(helpers) / sizeof(helpers[0]); i++)
		if (helpers[i].id == id)
			return helpers[i].name;
	return NULL;
}

void helpers_init(struct enc *e)
{
	Z3_sort b64 = Z3_mk_bv_sort(e->z, 64);
	e->pid_tgid = Z3_mk_const(e->z, Z3_mk_string_symbol(e->z, "pid_tgid"), b64);
	e->uid_gid = Z3_mk_const(e->z, Z3_mk_string_symbol(e->z, "uid_gid"), b64);
	e->cpid = Z3_mk_const(e->z, Z3_mk_string_symbol(e->z, "cpid"), b64);
	e->task = Z3_mk_const(e->z, Z3_mk_string_symbol(e->z, "curtask"), b64);
	e->cgroup = Z3_mk_const(e->z, Z3_mk_string_symbol(e->z, "cgroup"), b64);
	e->cpu = Z3_mk_zero_ext(e->z, 32, Z3_mk_const(e->z, Z3_mk_string_symbol(e->z, "cpu"),
						    Z3_mk_bv_sort(e->z, 32)));
	e->numa = Z3_mk_zero_ext(e->z, 32, Z3_mk_const(e->z, Z3_mk_string_symbol(e->z, "numa"),
						     Z3_mk_bv_sort(e->z, 32)));
	for (unsigned i = 0; i < COMM_LEN; i++) {
		char name[16];
		snprintf(name, sizeof(name), "comm%u", i);
		e->comm[i] = Z3_mk_const(e->z, Z3_mk_string_symbol(e->z, name),
					 Z3_mk_bv_sort(e->z, 8));
	}
	Z3_sort mem = Z3_mk_array_sort(e->z, b64, Z3_mk_bv_sort(e->z, 8));
	e->kmem = Z3_mk_const(e->z, Z3_mk_string_symbol(e->z, "kmem"), mem);
	e->umem = Z3_mk_const(e->z, Z3_mk_string_symbol(e->z, "umem"), mem);
	Z3_sort readable = Z3_mk_array_sort(e->z, b64, Z3_mk_bool_sort(e->z));
	e->kmem_ok = Z3_mk_const(e->z, Z3_mk_string_symbol(e->z, "kmem_readable"), readable);
	e->umem_ok = Z3_mk_const(e->z, Z3_mk_string_symbol(e->z, "umem_readable"), readable);
}

Z3_ast helper_call(struct enc *e, struct state *s, uint64_t id, LLVMValueRef call)
{
	for (size_t i = 0; i < sizeof(helpers) / sizeof(helpers[0]); i++) {
		if (helpers[i].id != id)
			continue;
		if ((unsigned)LLVMGetNumArgOperands(call) < helpers[i].nargs) {
			enc_unsupported(e, "a helper call with too few arguments", call);
			return fresh_ret(e, "ret");
		}
		return helpers[i].model(e, s, call);
	}
	char what[64];
	snprintf(what, sizeof(what), "BPF helper %llu, which has no model",
		 (unsigned long long)id);
	enc_unsupported(e, what, call);
	return fresh_ret(e, "ret");
}
