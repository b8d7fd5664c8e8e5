/* SPDX-License-Identifier: Apache-2.0 */
/* The prototypes and struct members of kernel functions, from BTF. */
#define _GNU_SOURCE
#include "kernel_types.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/btf.h>
#include <bpf/libbpf.h>

#define MAX_STRUCTS 6

static int is_ident(int c)
{
	return isalnum(c) || c == '_';
}

static void add_name(const char *s, size_t len, char **names, size_t *n, size_t max)
{
	if (!len || len > 127 || *n >= max)
		return;
	for (size_t i = 0; i < *n; i++)
		if (strlen(names[i]) == len && !strncmp(names[i], s, len))
			return;
	char *copy = strndup(s, len);
	if (copy)
		names[(*n)++] = copy;
}

void kernel_functions_named(const char *text, int words, char **names, size_t *n,
			    size_t max)
{
	static const char *const kinds[] = { "kprobe:", "kretprobe:" };
	for (const char *p = text; p && *p; p++) {
		if (p > text && is_ident((unsigned char)p[-1]))
			continue;
		for (size_t k = 0; k < 2; k++) {
			size_t kl = strlen(kinds[k]);
			if (strncmp(p, kinds[k], kl))
				continue;
			const char *f = p + kl, *e = f;
			while (is_ident((unsigned char)*e))
				e++;
			/* a wildcard or an offset is not one function */
			if (*e != '*' && *e != '+')
				add_name(f, (size_t)(e - f), names, n, max);
		}
		if (!words || !(isalpha((unsigned char)*p) || *p == '_'))
			continue;
		const char *e = p;
		int underscore = 0;
		while (is_ident((unsigned char)*e))
			underscore |= *e++ == '_';
		if (underscore && e - p > 3 && *e != ':' && (p == text || p[-1] != ':'))
			add_name(p, (size_t)(e - p), names, n, max);
		p = e - 1;
	}
}

static void to_stream(void *ctx, const char *fmt, va_list args)
{
	vfprintf(ctx, fmt, args);
}

/* The struct or union a type is a pointer to (through modifiers and
 * typedefs); 0 when it is not one. */
static __u32 pointee_struct(const struct btf *btf, __u32 id)
{
	int r = btf__resolve_type(btf, id);
	const struct btf_type *t = r > 0 ? btf__type_by_id(btf, (__u32)r) : NULL;
	if (!t || !btf_is_ptr(t))
		return 0;
	int target = btf__resolve_type(btf, t->type);
	const struct btf_type *s = target > 0 ? btf__type_by_id(btf, (__u32)target) : NULL;
	return s && (btf_is_struct(s) || btf_is_union(s)) && s->name_off ? (__u32)target : 0;
}

static void decl(struct btf_dump *d, __u32 type, const char *name)
{
	LIBBPF_OPTS(btf_dump_emit_type_decl_opts, o, .field_name = name);
	btf_dump__emit_type_decl(d, type, &o);
}

/* The named members of a struct or union, anonymous ones read through. */
static void members(const struct btf *btf, struct btf_dump *d, FILE *out, __u32 id,
		    size_t *left, int depth)
{
	const struct btf_type *t = btf__type_by_id(btf, id);
	const struct btf_member *m = btf_members(t);
	for (unsigned i = 0; i < btf_vlen(t) && *left; i++, m++) {
		const char *name = btf__name_by_offset(btf, m->name_off);
		if (!name || !*name) {
			int inner = btf__resolve_type(btf, m->type);
			const struct btf_type *it = inner > 0 ? btf__type_by_id(btf, (__u32)inner)
							      : NULL;
			if (it && (btf_is_struct(it) || btf_is_union(it)) && depth < 3)
				members(btf, d, out, (__u32)inner, left, depth + 1);
			continue;
		}
		if (!strncmp(name, "__cacheline_group", 17))
			continue;
		const struct btf_type *mt = btf__type_by_id(btf, m->type);
		int resolved = btf__resolve_type(btf, m->type);
		const struct btf_type *rt = resolved > 0 ? btf__type_by_id(btf, (__u32)resolved)
							 : NULL;
		fputs("  ", out);
		if (rt && (btf_is_struct(rt) || btf_is_union(rt)) && !rt->name_off && mt == rt)
			fprintf(out, "%s (an anonymous %s)", name,
				btf_is_struct(rt) ? "struct" : "union");
		else
			decl(d, m->type, name);
		fputs(";\n", out);
		(*left)--;
	}
}

char *kernel_types_describe(char *const *names, size_t n, size_t max_members)
{
	if (!n)
		return NULL;
	struct btf *btf = btf__load_vmlinux_btf();
	if (!btf)
		return NULL;
	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);
	struct btf_dump *d = out ? btf_dump__new(btf, to_stream, out, NULL) : NULL;
	if (!d) {
		if (out)
			fclose(out);
		free(text);
		btf__free(btf);
		return NULL;
	}
	__u32 structs[MAX_STRUCTS];
	size_t n_structs = 0, described = 0;
	for (size_t i = 0; i < n; i++) {
		int id = btf__find_by_name_kind(btf, names[i], BTF_KIND_FUNC);
		const struct btf_type *f = id > 0 ? btf__type_by_id(btf, (__u32)id) : NULL;
		const struct btf_type *proto = f ? btf__type_by_id(btf, f->type) : NULL;
		if (!proto || !btf_is_func_proto(proto))
			continue;
		described++;
		fprintf(out, "kprobe:%s: ", names[i]);
		decl(d, proto->type, names[i]);
		fputc('(', out);
		const struct btf_param *p = btf_params(proto);
		unsigned vlen = btf_vlen(proto);
		for (unsigned k = 0; k < vlen; k++) {
			const char *pn = btf__name_by_offset(btf, p[k].name_off);
			if (k)
				fputs(", ", out);
			if (!p[k].type) {
				fputs("...", out);
				continue;
			}
			decl(d, p[k].type, pn ? pn : "");
		}
		fputs(vlen ? ")\n" : "void)\n", out);
		for (unsigned k = 0; k < vlen && k < 6; k++) {
			if (!p[k].type)
				continue;
			const char *pn = btf__name_by_offset(btf, p[k].name_off);
			fprintf(out, "  arg%u is %s", k, pn && *pn ? pn : "unnamed");
			__u32 s = pointee_struct(btf, p[k].type);
			if (s) {
				fputs(" (cast it: (", out);
				decl(d, p[k].type, "");
				fprintf(out, ")arg%u)", k);
				size_t j = 0;
				while (j < n_structs && structs[j] != s)
					j++;
				if (j == n_structs && n_structs < MAX_STRUCTS)
					structs[n_structs++] = s;
			}
			fputc('\n', out);
		}
	}
	for (size_t j = 0; j < n_structs; j++) {
		const struct btf_type *t = btf__type_by_id(btf, structs[j]);
		fprintf(out, "%s %s {\n", btf_is_struct(t) ? "struct" : "union",
			btf__name_by_offset(btf, t->name_off));
		size_t left = max_members;
		members(btf, d, out, structs[j], &left, 0);
		fprintf(out, "%s};\n", left ? "" : "  ... (more members)\n");
		/* A struct that begins with another one extends it (struct sock
		 * begins with its struct sock_common): that one's members too.
		 * Not a typedef'd one (struct file's spinlock_t is a lock). */
		const struct btf_member *first = btf_vlen(t) ? btf_members(t) : NULL;
		__u32 base = first ? first->type : 0;
		const struct btf_type *bt = base ? btf__type_by_id(btf, base) : NULL;
		if (bt && btf_is_struct(bt) && bt->name_off && n_structs < MAX_STRUCTS) {
			size_t k = 0;
			while (k < n_structs && structs[k] != base)
				k++;
			if (k == n_structs)
				structs[n_structs++] = base;
		}
	}
	btf_dump__free(d);
	btf__free(btf);
	fclose(out);
	if (!described) {
		free(text);
		return NULL;
	}
	return text;
}
