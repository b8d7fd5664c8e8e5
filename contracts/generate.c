/* SPDX-License-Identifier: Apache-2.0 */
/* The KernelCompDataset generator (generate.h). Every fact is a bpftrace
 * expression over the probe's own arguments, with where it came from and
 * its class: "guaranteed" facts hold whatever any process does (the
 * kernel computes them); "conventional" ones hold only while no process
 * interferes with its own system calls (seccomp, ptrace), and are assumed
 * only on request. The threat model is in contracts/SCHEMA.md. */
#define _GNU_SOURCE
#include "generate.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include <bpf/btf.h>
#include <cjson/cJSON.h>

#include "contracts.h"
#include "tracepoints.h"
#include "util.h"

#define SCHEMA_VERSION 1
#define DEFAULT_TRACEFS "/sys/kernel/tracing"
#define DEFAULT_BTF "/sys/kernel/btf/vmlinux"
#define DEFAULT_NOTES "/sys/kernel/notes"
#define DEFAULT_UNISTD "/usr/include/x86_64-linux-gnu/asm/unistd_64.h"

struct inputs {
	const char *tracefs, *btf, *notes, *unistd, *curated;
};

static struct inputs inputs_of(const struct contracts_gen_opts *o)
{
	struct inputs in = { DEFAULT_TRACEFS, DEFAULT_BTF, DEFAULT_NOTES, DEFAULT_UNISTD, NULL };
	if (!o)
		return in;
	if (o->tracefs)
		in.tracefs = o->tracefs;
	if (o->btf)
		in.btf = o->btf;
	if (o->notes)
		in.notes = o->notes;
	if (o->unistd)
		in.unistd = o->unistd;
	in.curated = o->curated;
	return in;
}

/* The whole of a file, or NULL (errno set); a FIFO is not waited on. */
static char *read_file(const char *path, size_t max, size_t *len)
{
	char *text = NULL;
	int err = bte_read_file(path, O_NONBLOCK, max, &text, len);
	if (err)
		errno = -err;
	return err ? NULL : text;
}
struct field {
	char type[128];
	char name[64];
	unsigned size;
	int is_signed;
};

/* the conventional facts added by this run of contracts_generate() */
static struct {
	int n_conventional;
} gen;

static cJSON *hook_entry(cJSON *hooks, const char *hook)
{
	cJSON *h = cJSON_GetObjectItemCaseSensitive(hooks, hook);
	if (!h) {
		h = cJSON_AddObjectToObject(hooks, hook);
		cJSON_AddArrayToObject(h, "pre");
		cJSON_AddArrayToObject(h, "post");
	}
	return h;
}

/* Adds a fact; `conventional` marks one that a process can break for
 * itself (see SCHEMA.md). */
static cJSON *add_fact(cJSON *hooks, const char *hook, const char *when, const char *expr,
		       const char *source, const char *note, int conventional)
{
	cJSON *list = cJSON_GetObjectItemCaseSensitive(hook_entry(hooks, hook), when);
	cJSON *f = cJSON_CreateObject();
	cJSON_AddStringToObject(f, "expr", expr);
	cJSON_AddStringToObject(f, "source", source);
	if (note)
		cJSON_AddStringToObject(f, "note", note);
	if (conventional) {
		cJSON_AddStringToObject(f, "class", "conventional");
		gen.n_conventional++;
	}
	cJSON_AddItemToArray(list, f);
	return f;
}

/* --- tracepoints -------------------------------------------------------- */

/* The fields of tracepoint CAT:EV (common_ ones left out), from the
 * tracefs module; negative errno when it has none here. */
static int event_fields(const char *tracefs, const char *cat, const char *ev,
			struct field *fields, int max)
{
	struct bte_tp_field tf[128];
	int n = bte_tp_fields(tracefs, cat, ev, tf, max < 128 ? max : 128);
	for (int i = 0; i < n; i++) {
		memset(&fields[i], 0, sizeof(fields[i]));
		snprintf(fields[i].type, sizeof(fields[i].type), "%s", tf[i].type);
		snprintf(fields[i].name, sizeof(fields[i].name), "%s", tf[i].name);
		fields[i].size = tf[i].size;
		fields[i].is_signed = tf[i].is_signed;
	}
	return n;
}

/* Syscall numbers from the kernel headers: "#define __NR_read 0". They
 * are the architecture's ABI, the same for every kernel build. */
struct nr {
	char name[64];
	int nr;
};

static int load_unistd(const char *path, struct nr *out, int max)
{
	FILE *f = fopen(path, "re");
	if (!f)
		return 0;
	char line[256];
	int n = 0;
	while (fgets(line, sizeof(line), f) && n < max) {
		char name[64];
		int nr;
		if (sscanf(line, "#define __NR_%63s %d", name, &nr) == 2) {
			snprintf(out[n].name, sizeof(out[n].name), "%s", name);
			out[n++].nr = nr;
		}
	}
	fclose(f);
	return n;
}

static int syscall_nr(const struct nr *nrs, int n, const char *name)
{
	for (int i = 0; i < n; i++)
		if (!strcmp(nrs[i].name, name))
			return nrs[i].nr;
	return -1;
}

/* Syscalls whose return value is data, not a count or -errno. */
static int returns_data(const char *syscall)
{
	return !strcmp(syscall, "ptrace");
}

static void width_fact(cJSON *hooks, const char *hook, const struct field *f)
{
	char expr[256];
	unsigned long long bits = 8ULL * f->size;
	if (f->is_signed)
		snprintf(expr, sizeof(expr), "args->%s >= -%llu && args->%s <= %llu", f->name,
			 1ULL << (bits - 1), f->name, (1ULL << (bits - 1)) - 1);
	else
		snprintf(expr, sizeof(expr), "args->%s <= %llu", f->name, (1ULL << bits) - 1);
	/* bpftrace's own load of the field implies it: kept as data, never
	 * assumed */
	cJSON_AddBoolToObject(add_fact(hooks, hook, "pre", expr, "tracepoint-format",
				       "the field's width and signedness", 0),
			      "implied_by_type", 1);
}

static void tracepoint_facts(cJSON *hooks, const char *category, const char *event,
			     const struct field *fields, int n, const struct nr *nrs, int n_nrs)
{
	char hook[600], expr[256];
	snprintf(hook, sizeof(hook), "tracepoint:%s:%s", category, event);
	int syscall = !strcmp(category, "syscalls");
	const char *sc = NULL;
	int entry = 0;
	if (syscall && !strncmp(event, "sys_enter_", 10)) {
		sc = event + 10;
		entry = 1;
	} else if (syscall && !strncmp(event, "sys_exit_", 9)) {
		sc = event + 9;
	}
	for (int i = 0; i < n; i++) {
		const struct field *f = &fields[i];
		/* No "a bool field is 0 or 1": the event's buffer is not zeroed
		 * (perf_trace_buf_alloc), so a field its TP_fast_assign leaves
		 * unwritten holds a byte of an earlier event, and nobody has
		 * read the assignments of every event with a bool field. */
		if (sc && !strcmp(f->name, "__syscall_nr")) {
			int nr = syscall_nr(nrs, n_nrs, sc);
			if (nr >= 0) {
				snprintf(expr, sizeof(expr), "args->__syscall_nr == %d", nr);
				add_fact(hooks, hook, "pre", expr, "syscall-table",
					 "the kernel fires this event for this syscall number only", 0);
			}
		}
		/* A process can make its own system calls return any value
		 * (seccomp user notification answers with any 64-bit value):
		 * the -errno convention is only a convention. */
		if (sc && !entry && !strcmp(f->name, "ret") && !returns_data(sc))
			add_fact(hooks, hook, "post", "args->ret >= -4095", "syscall-abi",
				 "a syscall returns a result or -errno, errno <= 4095 (MAX_ERRNO), "
				 "unless seccomp or ptrace substitutes another value",
				 1);
		int integer = !strstr(f->type, "[]") && !strchr(f->type, '*') &&
			      strncmp(f->type, "__data_loc", 10) != 0;
		if (integer && (f->size == 1 || f->size == 2 || f->size == 4))
			width_fact(hooks, hook, f);
		/* No generic rule for pid_t fields: some events report -1 for
		 * "no task" (sched_stick_numa's dst_pid); the reviewed ones are
		 * curated. */
	}
}

static int scan_tracefs(cJSON *hooks, const char *tracefs, const struct nr *nrs, int n_nrs,
			int *n_events, int *n_unusable)
{
	char **events = bte_tp_events(tracefs, NULL);
	if (!events)
		return -errno;
	struct field *fields = malloc(128 * sizeof(*fields));
	if (!fields) {
		bte_tp_list_free(events);
		return -ENOMEM;
	}
	for (size_t i = 0; events[i]; i++) {
		char cat[256], ev[256];
		if (sscanf(events[i], "%255[^:]:%255s", cat, ev) != 2)
			continue;
		int n = event_fields(tracefs, cat, ev, fields, 128);
		if (n < 0)
			continue;
		/* bpftrace 0.17 cannot compile a probe on an event with an
		 * enum-typed field (an incomplete type to its clang parser):
		 * no contract can be used there. */
		int has_enum = 0;
		for (int k = 0; k < n; k++)
			has_enum |= strstr(fields[k].type, "enum ") != NULL;
		if (has_enum) {
			(*n_unusable)++;
			continue;
		}
		(*n_events)++;
		tracepoint_facts(hooks, cat, ev, fields, n, nrs, n_nrs);
	}
	free(fields);
	bte_tp_list_free(events);
	return 0;
}

/* --- kernel functions from BTF ------------------------------------------ */

static int is_bool(const struct btf *btf, __u32 id)
{
	const struct btf_type *t = btf__type_by_id(btf, id);
	while (t && (btf_is_typedef(t) || btf_is_mod(t))) {
		id = t->type;
		t = btf__type_by_id(btf, id);
	}
	return t && btf_is_int(t) && (btf_int_encoding(t) & BTF_INT_BOOL);
}

static void scan_btf(cJSON *hooks, const struct btf *btf, int *n_funcs)
{
	__u32 n = btf__type_cnt(btf);
	for (__u32 id = 1; id < n; id++) {
		const struct btf_type *t = btf__type_by_id(btf, id);
		if (!btf_is_func(t))
			continue;
		(*n_funcs)++;
		const char *name = btf__name_by_offset(btf, t->name_off);
		const struct btf_type *proto = btf__type_by_id(btf, t->type);
		if (!proto || !btf_is_func_proto(proto))
			continue;
		char hook[320], expr[128];
		const struct btf_param *p = btf_params(proto);
		/* x86-64 passes the first six arguments in registers: argN. */
		for (unsigned i = 0; i < btf_vlen(proto) && i < 6; i++) {
			if (!is_bool(btf, p[i].type))
				continue;
			snprintf(hook, sizeof(hook), "kprobe:%s", name);
			snprintf(expr, sizeof(expr), "(uint8)arg%u <= 1", i);
			add_fact(hooks, hook, "pre", expr, "btf",
				 "a bool argument: its low byte is 0 or 1 (the upper bits are unspecified by the ABI)",
				 0);
		}
		if (proto->type && is_bool(btf, proto->type)) {
			snprintf(hook, sizeof(hook), "kretprobe:%s", name);
			add_fact(hooks, hook, "post", "(uint8)retval <= 1", "btf",
				 "returns bool: the low byte of the return register is 0 or 1", 0);
		}
	}
}

/* --- curated facts ------------------------------------------------------- */

/* The bytes a cast in front of expr[at] keeps: "(int32)retval" keeps 4;
 * 8 without a cast. */
static int cast_bytes(const char *expr, size_t at)
{
	static const struct { const char *name; int bytes; } casts[] = {
		{ "int8", 1 }, { "uint8", 1 }, { "int16", 2 }, { "uint16", 2 },
		{ "int32", 4 }, { "uint32", 4 }, { "int64", 8 }, { "uint64", 8 },
	};
	while (at > 0 && expr[at - 1] == ' ')
		at--;
	if (at == 0 || expr[at - 1] != ')')
		return 8;
	size_t close = at - 1, open = close;
	while (open > 0 && expr[open - 1] != '(')
		open--;
	if (open == 0)
		return 8;
	for (size_t i = 0; i < sizeof(casts) / sizeof(casts[0]); i++)
		if (strlen(casts[i].name) == close - open &&
		    !strncmp(expr + open, casts[i].name, close - open))
			return casts[i].bytes;
	return 8;
}

/* Why a fact about a kernel function's registers cannot be used: the
 * x86-64 ABI leaves the bits of a register above its C type unspecified
 * (an int result in eax, the upper half of rax anything), so a fact may
 * only read retval or argN through a cast no wider than that type:
 * "(int32)retval >= -4095" about an int function, not "(int64)retval". */
static const char *register_misfit(const struct btf *btf, int func_id, const char *expr)
{
	const struct btf_type *func = btf__type_by_id(btf, func_id);
	const struct btf_type *proto = func ? btf__type_by_id(btf, func->type) : NULL;
	if (!proto || !btf_is_func_proto(proto))
		return "a kernel function without a prototype in the BTF";
	for (const char *p = expr; *p; p++) {
		if (p > expr && (isalnum((unsigned char)p[-1]) || p[-1] == '_'))
			continue;
		__u32 type;
		size_t len;
		if (!strncmp(p, "retval", 6)) {
			type = proto->type;
			len = 6;
		} else if (p[0] == 'a' && p[1] == 'r' && p[2] == 'g' && isdigit((unsigned char)p[3])) {
			unsigned n = (unsigned)(p[3] - '0');
			if (n >= btf_vlen(proto))
				return "an argument the kernel function does not have";
			type = btf_params(proto)[n].type;
			len = 4;
		} else {
			continue;
		}
		if (isalnum((unsigned char)p[len]) || p[len] == '_')
			continue;
		long long size = type ? btf__resolve_size(btf, type) : 0;
		if (size <= 0)
			return "a register whose C type has no size (void)";
		if (cast_bytes(expr, (size_t)(p - expr)) > size)
			return "reads more of a register than its C type defines (cast it to that type's width)";
	}
	return NULL;
}

/* Why a curated fact cannot be used on this kernel, or NULL when it can:
 * its hook must exist, and every args->FIELD it names must be a field of
 * the event. */
static const char *curated_misfit(const struct inputs *in, const struct btf *btf,
				  const char *hook, const char *expr)
{
	if (!strncmp(hook, "tracepoint:", 11)) {
		char cat[256], ev[256];
		if (sscanf(hook + 11, "%255[^:]:%255s", cat, ev) != 2)
			return "not a tracepoint name";
		struct field fields[128];
		int n = event_fields(in->tracefs, cat, ev, fields, 128);
		if (n < 0)
			return "no such tracepoint on this kernel";
		for (const char *a = strstr(expr, "args->"); a; a = strstr(a + 1, "args->")) {
			char name[64];
			if (sscanf(a + 6, "%63[A-Za-z0-9_]", name) != 1)
				return "an args-> without a field name";
			int found = 0;
			for (int i = 0; i < n && !found; i++)
				found = !strcmp(fields[i].name, name);
			if (!found)
				return "a field this kernel's event does not have";
		}
		return NULL;
	}
	const char *fn = !strncmp(hook, "kprobe:", 7)      ? hook + 7
			 : !strncmp(hook, "kretprobe:", 10) ? hook + 10
							     : NULL;
	int id;
	if (fn && (!btf || (id = btf__find_by_name_kind(btf, fn, BTF_KIND_FUNC)) < 0))
		return "no such kernel function in the BTF";
	if (fn)
		return register_misfit(btf, id, expr);
	return NULL;
}

/* Each curated file: {"hooks": {HOOK: {"pre": [...], "post": [...]}}},
 * facts with "expr", "note" and optionally "class": "conventional". They
 * join the generated ones as "hand-review"; a fact that does not fit this
 * kernel goes to `dropped` with the reason. */
static int merge_curated(cJSON *hooks, const struct inputs *in, const struct btf *btf,
			 cJSON *dropped, int *n_curated, const char **reason)
{
	DIR *d = opendir(in->curated);
	if (!d) {
		*reason = "cannot open the directory of curated facts";
		return -errno;
	}
	struct dirent *de;
	int rc = 0;
	while ((de = readdir(d))) {
		size_t len = strlen(de->d_name);
		if (len < 6 || strcmp(de->d_name + len - 5, ".json"))
			continue;
		char path[1024];
		snprintf(path, sizeof(path), "%s/%s", in->curated, de->d_name);
		char *text = read_file(path, 16 << 20, NULL);
		cJSON *doc = text ? cJSON_Parse(text) : NULL;
		free(text);
		cJSON *ch = doc ? cJSON_GetObjectItemCaseSensitive(doc, "hooks") : NULL;
		if (!ch) {
			*reason = "a curated file is not a curated contracts file";
			rc = -EINVAL;
			cJSON_Delete(doc);
			continue;
		}
		cJSON *h;
		cJSON_ArrayForEach(h, ch) {
			for (int post = 0; post < 2; post++) {
				const char *when = post ? "post" : "pre";
				cJSON *f;
				cJSON_ArrayForEach(f, cJSON_GetObjectItemCaseSensitive(h, when)) {
					cJSON *expr = cJSON_GetObjectItemCaseSensitive(f, "expr");
					cJSON *note = cJSON_GetObjectItemCaseSensitive(f, "note");
					cJSON *cls = cJSON_GetObjectItemCaseSensitive(f, "class");
					if (!cJSON_IsString(expr)) {
						*reason = "a curated fact without expr";
						rc = -EINVAL;
						continue;
					}
					const char *why = curated_misfit(in, btf, h->string,
									 expr->valuestring);
					if (why) {
						cJSON *o = cJSON_CreateObject();
						cJSON_AddStringToObject(o, "hook", h->string);
						cJSON_AddStringToObject(o, "expr", expr->valuestring);
						cJSON_AddStringToObject(o, "why", why);
						cJSON_AddItemToArray(dropped, o);
						continue;
					}
					int conventional = cJSON_IsString(cls) &&
							   !strcmp(cls->valuestring, "conventional");
					add_fact(hooks, h->string, when, expr->valuestring, "hand-review",
						 cJSON_IsString(note) ? note->valuestring : NULL,
						 conventional);
					(*n_curated)++;
				}
			}
		}
		cJSON_Delete(doc);
	}
	closedir(d);
	return rc;
}

/* --- the digest of the inputs -------------------------------------------- */

/* The GNU build id among the ELF notes of /sys/kernel/notes, as hex. */
static int build_id(const char *notes_path, char *out, size_t len)
{
	size_t n = 0;
	char *notes = read_file(notes_path, 1 << 16, &n);
	if (!notes)
		return -errno;
	int rc = -ENOENT;
	for (size_t off = 0; off + 12 <= n;) {
		unsigned namesz, descsz, type;
		memcpy(&namesz, notes + off, 4);
		memcpy(&descsz, notes + off + 4, 4);
		memcpy(&type, notes + off + 8, 4);
		size_t name_at = off + 12, desc_at = name_at + ((namesz + 3) & ~3u);
		size_t next = desc_at + ((descsz + 3) & ~3u);
		if (next > n || next <= off)
			break;
		if (type == 3 /* NT_GNU_BUILD_ID */ && namesz == 4 &&
		    !memcmp(notes + name_at, "GNU", 4) && descsz && descsz * 2 < len) {
			for (unsigned i = 0; i < descsz; i++)
				snprintf(out + 2 * i, 3, "%02x", (unsigned char)notes[desc_at + i]);
			rc = 0;
			break;
		}
		off = next;
	}
	free(notes);
	return rc;
}

int contracts_inputs_digest(const struct contracts_gen_opts *opts, char out[17], char *how,
			    size_t how_len)
{
	struct inputs in = inputs_of(opts);
	uint64_t h = BTE_HASH_SEED;
	char id[128];
	int have = 0;
	const char *btf_how = "BTF unreadable";
	/* The running kernel's BTF is part of the image the build id hashes:
	 * no need to read 5 MB on every run. */
	if (!strcmp(in.btf, DEFAULT_BTF) && build_id(in.notes, id, sizeof(id)) == 0) {
		h = bte_hash64(id, strlen(id), h);
		btf_how = "the kernel's build id";
		have = 1;
	} else {
		size_t n = 0;
		char *blob = read_file(in.btf, 256 << 20, &n);
		if (blob) {
			h = bte_hash64(blob, n, h);
			btf_how = "the BTF";
			have = 1;
			free(blob);
		}
	}
	char path[1024];
	snprintf(path, sizeof(path), "%s/available_events", in.tracefs);
	size_t n = 0;
	char *events = read_file(path, 64 << 20, &n);
	h = bte_hash64(events ? events : "", n, h);
	have |= events != NULL;
	free(events);
	/* the curated facts it was made with: an update of them is a new
	 * dataset too */
	DIR *d = in.curated ? opendir(in.curated) : NULL;
	struct dirent *de;
	uint64_t curated = 0;
	while (d && (de = readdir(d))) {
		size_t len = strlen(de->d_name), flen = 0;
		if (len < 6 || strcmp(de->d_name + len - 5, ".json"))
			continue;
		snprintf(path, sizeof(path), "%s/%s", in.curated, de->d_name);
		char *text = read_file(path, 16 << 20, &flen);
		uint64_t fh = bte_hash64(de->d_name, len, BTE_HASH_SEED);
		curated ^= text ? bte_hash64(text, flen, fh) : fh; /* any order */
		free(text);
	}
	if (d)
		closedir(d);
	h = bte_hash64(&curated, sizeof(curated), h);
	snprintf(out, 17, "%016llx", (unsigned long long)h);
	if (how)
		snprintf(how, how_len, "%s and %s", btf_how,
			 events ? "the tracefs event list" : "no tracefs event list");
	return have ? 0 : -ENOENT;
}

/* --- the dataset ---------------------------------------------------------- */

char *contracts_generate(const struct contracts_gen_opts *opts, const char *digest,
			 struct contracts_gen_stats *stats, const char **reason)
{
	double t0 = bte_now_ms();
	struct inputs in = inputs_of(opts);
	struct contracts_gen_stats st = { 0 };
	const char *why = NULL;
	char dig[17], how[128] = "";
	if (!digest) {
		contracts_inputs_digest(opts, dig, how, sizeof(how));
		digest = dig;
	}
	struct nr *nrs = calloc(2048, sizeof(*nrs));
	int n_nrs = nrs ? load_unistd(in.unistd, nrs, 2048) : 0;

	cJSON *root = cJSON_CreateObject();
	cJSON_AddNumberToObject(root, "schema_version", SCHEMA_VERSION);
	cJSON *kernel = cJSON_AddObjectToObject(root, "kernel");
	struct utsname u;
	uname(&u);
	cJSON_AddStringToObject(kernel, "release", u.release);
	cJSON_AddStringToObject(kernel, "machine", u.machine);
	cJSON_AddStringToObject(kernel, "digest", digest);
	char when[64];
	time_t now = time(NULL);
	struct tm tm;
	strftime(when, sizeof(when), "%Y-%m-%d %H:%M:%S UTC", gmtime_r(&now, &tm));
	cJSON_AddStringToObject(kernel, "generated", when);
	char from[1536];
	snprintf(from, sizeof(from), "%s, %s/events%s%s", in.btf, in.tracefs,
		 in.curated ? " and the curated facts in " : "", in.curated ? in.curated : "");
	cJSON_AddStringToObject(kernel, "from", from);
	cJSON_AddStringToObject(kernel, "btf", in.btf);
	struct stat sb;
	if (stat(in.btf, &sb) == 0)
		cJSON_AddNumberToObject(kernel, "btf_size", (double)sb.st_size);
	memset(&gen, 0, sizeof(gen));
	cJSON *hooks = cJSON_AddObjectToObject(root, "hooks");

	scan_tracefs(hooks, in.tracefs, nrs, n_nrs, &st.tracepoints, &st.tracepoints_unusable);
	struct btf *btf = btf__parse(in.btf, NULL);
	if (btf)
		scan_btf(hooks, btf, &st.btf_functions);
	cJSON *dropped = cJSON_CreateArray();
	if (in.curated && merge_curated(hooks, &in, btf, dropped, &st.curated_facts, &why) == 0)
		why = NULL;
	btf__free(btf);
	st.curated_dropped = cJSON_GetArraySize(dropped);
	st.conventional_facts = gen.n_conventional;
	st.hooks = cJSON_GetArraySize(hooks);
	cJSON *counts = cJSON_AddObjectToObject(root, "scanned");
	cJSON_AddNumberToObject(counts, "tracepoints", st.tracepoints);
	cJSON_AddNumberToObject(counts, "tracepoints_unusable_in_bpftrace_0_17",
				st.tracepoints_unusable);
	cJSON_AddNumberToObject(counts, "btf_functions", st.btf_functions);
	cJSON_AddNumberToObject(counts, "curated_facts", st.curated_facts);
	cJSON_AddNumberToObject(counts, "curated_facts_left_out", st.curated_dropped);
	cJSON_AddNumberToObject(counts, "conventional_facts", st.conventional_facts);
	cJSON_AddItemToObject(root, "curated_dropped", dropped);

	char *body = cJSON_PrintUnformatted(root);
	cJSON_Delete(root);
	free(nrs);
	char *text = body ? contracts_seal(body) : NULL;
	cJSON_free(body);
	if (!text) {
		if (reason)
			*reason = "out of memory";
		errno = ENOMEM;
		return NULL;
	}
	if (reason)
		*reason = why; /* a bad curated file: reported, not fatal */
	st.ms = bte_now_ms() - t0;
	if (stats)
		*stats = st;
	return text;
}

