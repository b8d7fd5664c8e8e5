/* bte-contracts-gen: builds the KernelCompDataset for the running kernel.
 *
 *   bte-contracts-gen [-o FILE] [--tracefs DIR] [--btf FILE]
 *                     [--unistd FILE] [--curated DIR]
 *
 * Facts come from what the kernel describes about itself: the tracefs
 * event formats (field types), the syscall table (syscall numbers), the
 * kernel's BTF (function prototypes), and the hand-reviewed files in
 * contracts/curated/. Every fact is a bpftrace expression over the probe's
 * own arguments, with where it came from. See contracts/SCHEMA.md. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <time.h>

#include <bpf/btf.h>
#include <cjson/cJSON.h>

#define SCHEMA_VERSION 1

struct field {
	char type[128];
	char name[64];
	unsigned size;
	int is_signed;
};

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

static cJSON *add_fact(cJSON *hooks, const char *hook, const char *when,
		       const char *expr, const char *source, const char *note)
{
	cJSON *list = cJSON_GetObjectItemCaseSensitive(hook_entry(hooks, hook), when);
	cJSON *f = cJSON_CreateObject();
	cJSON_AddStringToObject(f, "expr", expr);
	cJSON_AddStringToObject(f, "source", source);
	if (note)
		cJSON_AddStringToObject(f, "note", note);
	cJSON_AddItemToArray(list, f);
	return f;
}

/* --- tracepoints -------------------------------------------------------- */

static int parse_format(const char *path, struct field *fields, int max)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return -1;
	char line[512];
	int n = 0;
	while (fgets(line, sizeof(line), f) && n < max) {
		char *p = strstr(line, "field:");
		if (!p)
			continue;
		p += 6;
		char *semi = strchr(p, ';');
		if (!semi)
			continue;
		*semi = '\0';
		struct field *fd = &fields[n];
		memset(fd, 0, sizeof(*fd));
		/* "unsigned short common_type" or "char comm[16]" */
		char *name = strrchr(p, ' ');
		if (!name)
			continue;
		*name++ = '\0';
		char *bracket = strchr(name, '[');
		if (bracket)
			*bracket = '\0';
		snprintf(fd->type, sizeof(fd->type), "%s%s", p, bracket ? "[]" : "");
		snprintf(fd->name, sizeof(fd->name), "%s", name);
		char *size = strstr(semi + 1, "size:");
		char *sign = strstr(semi + 1, "signed:");
		fd->size = size ? (unsigned)atoi(size + 5) : 0;
		fd->is_signed = sign ? atoi(sign + 7) : 0;
		if (strncmp(fd->name, "common_", 7) != 0)
			n++;
	}
	fclose(f);
	return n;
}

/* Syscall numbers from the kernel headers: "#define __NR_read 0". */
struct nr {
	char name[64];
	int nr;
};

static int load_unistd(const char *path, struct nr *out, int max)
{
	FILE *f = fopen(path, "r");
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
	static const char *const data[] = { "ptrace", NULL };
	for (int i = 0; data[i]; i++)
		if (!strcmp(syscall, data[i]))
			return 1;
	return 0;
}

static void tracepoint_facts(cJSON *hooks, const char *category, const char *event,
			     const struct field *fields, int n, const struct nr *nrs,
			     int n_nrs)
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
		if (!strcmp(f->type, "bool") || !strcmp(f->type, "_Bool")) {
			snprintf(expr, sizeof(expr), "args->%s == 0 || args->%s == 1",
				 f->name, f->name);
			add_fact(hooks, hook, "pre", expr, "tracepoint-format",
				 "a bool field holds 0 or 1");
		}
		if (sc && !strcmp(f->name, "__syscall_nr")) {
			int nr = syscall_nr(nrs, n_nrs, sc);
			if (nr >= 0) {
				snprintf(expr, sizeof(expr), "args->__syscall_nr == %d", nr);
				add_fact(hooks, hook, "pre", expr, "syscall-table",
					 "the syscall's number on this architecture");
			}
		}
		if (sc && !entry && !strcmp(f->name, "ret") && !returns_data(sc)) {
			add_fact(hooks, hook, "post", "args->ret >= -4095", "syscall-abi",
				 "a syscall returns a result or -errno, errno <= 4095 (MAX_ERRNO)");
		}
		/* What the width says: bpftrace reads a field of fewer than 8
		 * bytes zero- or sign-extended. */
		int integer = !strstr(f->type, "[]") && !strchr(f->type, '*') &&
			      strncmp(f->type, "__data_loc", 10) != 0;
		if (integer && (f->size == 1 || f->size == 2 || f->size == 4)) {
			unsigned long long bits = 8ULL * f->size;
			if (f->is_signed)
				snprintf(expr, sizeof(expr), "args->%s >= -%llu && args->%s <= %llu",
					 f->name, 1ULL << (bits - 1), f->name, (1ULL << (bits - 1)) - 1);
			else
				snprintf(expr, sizeof(expr), "args->%s <= %llu", f->name,
					 (1ULL << bits) - 1);
			/* bpftrace's own load of the field implies it: kept as
			 * data, not as an assumption */
			cJSON_AddBoolToObject(add_fact(hooks, hook, "pre", expr, "tracepoint-format",
						       "the field's width and signedness"),
					      "implied_by_type", 1);
		}
		/* Task ids the kernel itself reports (not syscall arguments,
		 * which are whatever the caller passed). */
		if (!syscall && !strcmp(f->type, "pid_t") && f->is_signed) {
			snprintf(expr, sizeof(expr), "args->%s >= 0", f->name);
			add_fact(hooks, hook, "pre", expr, "tracepoint-format",
				 "a task id reported by the kernel is not negative");
		}
	}
}

static int scan_tracefs(cJSON *hooks, const char *tracefs, const struct nr *nrs,
			int n_nrs, int *n_events, int *n_unusable)
{
	char dir[512];
	snprintf(dir, sizeof(dir), "%s/events", tracefs);
	DIR *cats = opendir(dir);
	if (!cats)
		return -errno;
	struct dirent *c;
	while ((c = readdir(cats))) {
		/* ftrace's own events are not tracepoints a BPF program can
		 * attach to. */
		if (c->d_name[0] == '.' || !strcmp(c->d_name, "ftrace"))
			continue;
		char cdir[1024];
		snprintf(cdir, sizeof(cdir), "%s/%s", dir, c->d_name);
		DIR *evs = opendir(cdir);
		if (!evs)
			continue;
		struct dirent *ev;
		while ((ev = readdir(evs))) {
			char path[2048];
			struct field fields[128];
			snprintf(path, sizeof(path), "%s/%s/format", cdir, ev->d_name);
			int n = parse_format(path, fields, 128);
			if (n < 0)
				continue;
			/* bpftrace 0.17 cannot compile a probe on an event with
			 * an enum-typed field (an incomplete type to its clang
			 * parser): no contract can be used there. */
			int has_enum = 0;
			for (int i = 0; i < n; i++)
				has_enum |= strstr(fields[i].type, "enum ") != NULL;
			if (has_enum) {
				(*n_unusable)++;
				continue;
			}
			(*n_events)++;
			tracepoint_facts(hooks, c->d_name, ev->d_name, fields, n, nrs, n_nrs);
		}
		closedir(evs);
	}
	closedir(cats);
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

static int scan_btf(cJSON *hooks, const char *path, int *n_funcs)
{
	struct btf *btf = btf__parse(path, NULL);
	if (!btf)
		return -errno;
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
				 "a bool argument: its low byte is 0 or 1 (the upper bits are unspecified by the ABI)");
		}
		if (proto->type && is_bool(btf, proto->type)) {
			snprintf(hook, sizeof(hook), "kretprobe:%s", name);
			add_fact(hooks, hook, "post", "(uint8)retval <= 1", "btf",
				 "returns bool: the low byte of the return register is 0 or 1");
		}
	}
	btf__free(btf);
	return 0;
}

/* --- curated facts ------------------------------------------------------- */

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *s = malloc((size_t)n + 1);
	if (s && fread(s, 1, (size_t)n, f) != (size_t)n) {
		free(s);
		s = NULL;
	}
	if (s)
		s[n] = '\0';
	fclose(f);
	return s;
}

/* Each curated file: {"hooks": {HOOK: {"pre": [...], "post": [...]}}},
 * facts with "source": "hand-review". They join the generated ones. */
static int merge_curated(cJSON *hooks, const char *dir, int *n_curated)
{
	DIR *d = opendir(dir);
	if (!d)
		return -errno;
	struct dirent *de;
	int rc = 0;
	while ((de = readdir(d))) {
		size_t len = strlen(de->d_name);
		if (len < 6 || strcmp(de->d_name + len - 5, ".json"))
			continue;
		char path[1024];
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		char *text = slurp(path);
		cJSON *doc = text ? cJSON_Parse(text) : NULL;
		free(text);
		cJSON *ch = doc ? cJSON_GetObjectItemCaseSensitive(doc, "hooks") : NULL;
		if (!ch) {
			fprintf(stderr, "bte-contracts-gen: %s: not a curated contracts file\n", path);
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
					if (!cJSON_IsString(expr)) {
						fprintf(stderr, "bte-contracts-gen: %s: %s: a fact without expr\n",
							path, h->string);
						rc = -EINVAL;
						continue;
					}
					add_fact(hooks, h->string, when, expr->valuestring, "hand-review",
						 cJSON_IsString(note) ? note->valuestring : NULL);
					(*n_curated)++;
				}
			}
		}
		cJSON_Delete(doc);
	}
	closedir(d);
	return rc;
}

int main(int argc, char **argv)
{
	const char *out = "-", *tracefs = "/sys/kernel/tracing";
	const char *btf = "/sys/kernel/btf/vmlinux";
	const char *unistd = "/usr/include/x86_64-linux-gnu/asm/unistd_64.h";
	const char *curated = NULL;
	for (int i = 1; i < argc; i++) {
		const char *next = i + 1 < argc ? argv[i + 1] : NULL;
		if (!strcmp(argv[i], "-o") && next)
			out = argv[++i];
		else if (!strcmp(argv[i], "--tracefs") && next)
			tracefs = argv[++i];
		else if (!strcmp(argv[i], "--btf") && next)
			btf = argv[++i];
		else if (!strcmp(argv[i], "--unistd") && next)
			unistd = argv[++i];
		else if (!strcmp(argv[i], "--curated") && next)
			curated = argv[++i];
		else {
			fprintf(stderr, "usage: bte-contracts-gen [-o FILE] [--tracefs DIR] "
					"[--btf FILE] [--unistd FILE] [--curated DIR]\n");
			return 2;
		}
	}
	struct nr *nrs = calloc(2048, sizeof(*nrs));
	int n_nrs = nrs ? load_unistd(unistd, nrs, 2048) : 0;

	cJSON *root = cJSON_CreateObject();
	cJSON_AddNumberToObject(root, "schema_version", SCHEMA_VERSION);
	cJSON *kernel = cJSON_AddObjectToObject(root, "kernel");
	struct utsname u;
	uname(&u);
	cJSON_AddStringToObject(kernel, "release", u.release);
	cJSON_AddStringToObject(kernel, "machine", u.machine);
	struct stat st;
	if (stat(btf, &st) == 0)
		cJSON_AddNumberToObject(kernel, "btf_size", (double)st.st_size);
	cJSON_AddStringToObject(kernel, "btf", btf);
	cJSON *hooks = cJSON_AddObjectToObject(root, "hooks");

	int n_events = 0, n_funcs = 0, n_curated = 0, n_unusable = 0, rc = 0;
	int err = scan_tracefs(hooks, tracefs, nrs, n_nrs, &n_events, &n_unusable);
	if (err)
		fprintf(stderr, "bte-contracts-gen: %s/events: %s (mount tracefs?)\n",
			tracefs, strerror(-err));
	err = scan_btf(hooks, btf, &n_funcs);
	if (err)
		fprintf(stderr, "bte-contracts-gen: %s: %s\n", btf, strerror(-err));
	if (curated && merge_curated(hooks, curated, &n_curated))
		rc = 1;
	cJSON *counts = cJSON_AddObjectToObject(root, "scanned");
	cJSON_AddNumberToObject(counts, "tracepoints", n_events);
	cJSON_AddNumberToObject(counts, "tracepoints_unusable_in_bpftrace_0_17", n_unusable);
	cJSON_AddNumberToObject(counts, "btf_functions", n_funcs);
	cJSON_AddNumberToObject(counts, "curated_facts", n_curated);

	char *text = cJSON_Print(root);
	FILE *f = strcmp(out, "-") ? fopen(out, "w") : stdout;
	if (!f || !text || fputs(text, f) < 0 || fputc('\n', f) < 0) {
		fprintf(stderr, "bte-contracts-gen: cannot write %s: %s\n", out, strerror(errno));
		rc = 1;
	}
	if (f && f != stdout)
		fclose(f);
	fprintf(stderr, "bte-contracts-gen: %d tracepoints, %d BTF functions, %d curated facts, %d hooks with facts\n",
		n_events, n_funcs, n_curated, cJSON_GetArraySize(hooks));
	cJSON_free(text);
	cJSON_Delete(root);
	free(nrs);
	return rc;
}
