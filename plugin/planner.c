/* SPDX-License-Identifier: Apache-2.0 */
#define _GNU_SOURCE
#include "planner.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <linux/magic.h>
#include <unistd.h>

#include "tracepoints.h"

#define MAX_FIELDS 64

struct planning {
	const struct lexicon *lx;
	const struct intent *in;
	struct plan *p;
	struct bte_tp_field f[MAX_FIELDS]; /* the fields every probe has */
	int nf;
	int at_exit;                       /* a system call's exit */
	int moved_bytes;                   /* its return value is bytes moved */
	int comm_is_binary;                /* the process named is the binary probed */
	int timed;                         /* a time taken is asked for */
	int span;                          /* timed, of a lexicon event's start
					    * to its end ("ends") */
	char entry_probes[400];            /* a system call's entry, when its
					    * exit is probed */
	struct bte_tp_field ef[MAX_FIELDS]; /* the fields every entry has, read
					     * when first asked for (entry_file) */
	int nef, entry_read;
	const char *tracefs;               /* NULL: the mounted one */
	unsigned aggs;                     /* asked for, or a count implied */
	int key;                           /* a grouping is resolved ("by X") */
	char *why;
	size_t whylen;
};

static int decline(struct planning *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static int decline(struct planning *g, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(g->why, g->whylen, fmt, ap);
	va_end(ap);
	return -ENOTSUP;
}

/* --- the event ---------------------------------------------------------- */

static int is_generic(const char *name, const char *role)
{
	return !strcmp(name, role);
}

/* Whether an item asks for what a system call returns. */
static int wants_result(const struct planning *g, const struct intent_item *it)
{
	return is_generic(it->name, "ret") || is_generic(it->name, "errno") ||
	       (is_generic(it->name, "bytes") && g->moved_bytes);
}

static int needs_exit(struct planning *g)
{
	const struct intent *in = g->in;
	int exit = in->failed || in->succeeded;
	for (int i = 0; i < in->n_shows; i++)
		exit |= wants_result(g, &in->shows[i]);
	for (int i = 0; i < in->n_keys; i++)
		exit |= wants_result(g, &in->keys[i]);
	/* "reads over 1 MB": the bytes each moved, known at its exit */
	return exit || (in->size_above && g->moved_bytes);
}

/* Whether an item of the request asks for `name`. */
static int asks(const struct intent *in, const char *name)
{
	for (int i = 0; i < in->n_shows; i++)
		if (!strcmp(in->shows[i].name, name))
			return 1;
	for (int i = 0; i < in->n_keys; i++)
		if (!strcmp(in->keys[i].name, name))
			return 1;
	return 0;
}

/* Whether an item asks for `name` with `word` among its words. */
static int asks_words(const struct intent *in, const char *name, const char *word)
{
	for (int i = 0; i < in->n_shows; i++)
		if (!strcmp(in->shows[i].name, name) && strcasestr(in->shows[i].words, word))
			return 1;
	return 0;
}

/* A readable regular file at `path`: the binary or library probed. */
static int regular_file(const char *path)
{
	struct stat st;
	return path[0] == '/' && stat(path, &st) == 0 && S_ISREG(st.st_mode) &&
	       access(path, R_OK) == 0;
}

/* Where a library or a program is: the usual directories, in order. */
static int find_file(const char *name, const char *const *dirs, char *out, size_t len)
{
	for (int i = 0; dirs[i]; i++) {
		snprintf(out, len, "%s/%s", dirs[i], name);
		if (regular_file(out))
			return 1;
	}
	return 0;
}

/* Whether the ELF file at `path` defines function `name` (a symbol of
 * its own with a size: an undefined import, such as python3's malloc,
 * is libc's, and bpftrace cannot attach there). */
static int elf_defines(const char *path, const char *name)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0 || elf_version(EV_CURRENT) == EV_NONE) {
		if (fd >= 0)
			close(fd);
		return 0;
	}
	Elf *elf = elf_begin(fd, ELF_C_READ, NULL);
	int found = 0;
	for (Elf_Scn *scn = NULL; elf && !found && (scn = elf_nextscn(elf, scn));) {
		GElf_Shdr sh;
		Elf_Data *data = gelf_getshdr(scn, &sh) ? elf_getdata(scn, NULL) : NULL;
		if (!data || (sh.sh_type != SHT_SYMTAB && sh.sh_type != SHT_DYNSYM) || !sh.sh_entsize)
			continue;
		for (size_t i = 0; !found && i < sh.sh_size / sh.sh_entsize; i++) {
			GElf_Sym sym;
			const char *sn = gelf_getsym(data, (int)i, &sym)
						 ? elf_strptr(elf, sh.sh_link, sym.st_name)
						 : NULL;
			found = sn && sym.st_shndx != SHN_UNDEF && sym.st_size &&
				GELF_ST_TYPE(sym.st_info) == STT_FUNC && !strcmp(sn, name);
		}
	}
	if (elf)
		elf_end(elf);
	close(fd);
	return found;
}

/* A user-space function: uprobe, or uretprobe for its return value, on
 * the binary named, its library, or the program named. */
/* A kernel function the request names: kprobe:NAME, timed from it to
 * kretprobe:NAME by thread. Where it runs, the task may not be the one it
 * works for (an interrupt's or a softirq's work runs in whichever task
 * was running), so no process or user is kept to or asked for; its
 * arguments and value have no type here. */
static int kernel_function_probe(struct planning *g)
{
	static const char *const TASK[] = { "comm", "pid", "tid", "uid", "gid", "ppid",
					    "ustack", "cgroup", "parent", NULL };
	const struct intent *in = g->in;
	const struct lx_function *fn = in->function;
	int task = in->comm[0] || in->pid || in->pid_above || in->binary[0] ||
		   in->cgroup_path[0] || in->who;
	for (int k = 0; TASK[k]; k++)
		task |= asks(in, TASK[k]);
	for (int k = 0; k < in->n_equals; k++)
		for (int t = 0; TASK[t]; t++)
			task |= !strcmp(in->equals[k].name, TASK[t]);
	if (task)
		return decline(g, "it asks for the process or user at %s(), a kernel function, "
			       "which may run in a task it does not work for (an interrupt's "
			       "work runs in whichever was running): the offline reader counts "
			       "its calls, times them or shows its kernel stack", fn->name);
	if (asks(in, "argument") || asks(in, "ret") || in->null_ret || in->failed ||
	    in->succeeded || in->errno_value)
		return decline(g, "it asks for what %s() is given or returns, and the offline "
			       "reader knows no type of a kernel function's", fn->name);
	snprintf(g->p->probes, sizeof(g->p->probes), "%s:%s", g->timed ? "kretprobe" : "kprobe",
		 fn->name);
	if (g->timed)
		snprintf(g->p->start_probes, sizeof(g->p->start_probes), "kprobe:%s", fn->name);
	return 0;
}

static int function_probe(struct planning *g)
{
	static const char *const LIBS[] = { "/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu",
					    "/lib64", "/usr/lib64", "/lib", "/usr/lib", NULL };
	static const char *const BINS[] = { "/usr/bin", "/bin", "/usr/sbin", "/sbin",
					    "/usr/local/bin", NULL };
	const struct intent *in = g->in;
	const struct lx_function *fn = in->function;
	char path[300] = "";
	if (fn->kernel)
		return kernel_function_probe(g);
	if (in->binary[0] && !regular_file(in->binary))
		return decline(g, "\"%s\" is not a file here", in->binary);
	if (in->binary[0])
		snprintf(path, sizeof(path), "%s", in->binary);
	else if (fn->lib[0] && !find_file(fn->lib, LIBS, path, sizeof(path)))
		return decline(g, "%s's library %s is not installed here", fn->name, fn->lib);
	else if (!fn->lib[0] && in->comm[0] && find_file(in->comm, BINS, path, sizeof(path)))
		g->comm_is_binary = 1;
	else if (!fn->lib[0])
		return decline(g, "it names no binary whose %s to probe", fn->name);
	if (!elf_defines(path, fn->name))
		return decline(g, "%s does not define %s()%s", path, fn->name,
			       fn->lib[0] ? ": it is a library's (ask for its calls by a process)" : "");
	if (fn->untyped && (asks(in, "argument") || in->null_ret))
		return decline(g, "it asks for %s()'s %s, and the lexicon knows no type of it",
			       fn->name, in->null_ret ? "result" : "arguments");
	if (in->null_ret && strcmp(fn->ret_fmt, "%p") && strcmp(fn->ret_fmt, "%s"))
		return decline(g, "it asks for %s's calls that return NULL, and %s returns no "
			       "pointer", fn->name, fn->name);
	int ret = asks(in, "ret") || in->null_ret, args = asks(in, "argument");
	for (int i = 0; i < fn->n_args; i++)
		args |= asks(in, fn->args[i].name);
	if (ret && args)
		return decline(g, "it asks for %s's return value and its arguments: that is two "
			       "probes", fn->name);
	if (g->timed && args)
		return decline(g, "it asks how long %s takes and for its arguments: the arguments "
			       "are gone when it returns", fn->name);
	snprintf(g->p->probes, sizeof(g->p->probes), "%s:%s:%s",
		 ret || g->timed ? "uretprobe" : "uprobe", path, fn->name);
	if (g->timed)
		snprintf(g->p->start_probes, sizeof(g->p->start_probes), "uprobe:%s:%s", path,
			 fn->name);
	return 0;
}

/* A system call's entry or exit ("enter", "exit") tracepoints: the
 * call's, and the -at variant glibc calls for it (open(), unlink(),
 * mkdir()... call openat...) when the kernel has it; raw_syscalls' for
 * every call. */
static void syscall_probes(struct planning *g, const char *dir, char *out, size_t len)
{
	const struct intent *in = g->in;
	if (in->all_syscalls) {
		snprintf(out, len, "tracepoint:raw_syscalls:sys_%s", dir);
		return;
	}
	snprintf(out, len, "tracepoint:syscalls:sys_%s_%s", dir, in->syscall);
	const char *at;
	for (int k = 0; (at = lexicon_at_variant_n(g->lx, in->syscall, k)); k++) {
		struct bte_tp_field one;
		char name[LX_WORD + 16];
		snprintf(name, sizeof(name), "sys_%s_%s", dir, at);
		if (bte_tp_fields(g->tracefs, "syscalls", name, &one, 1) < 0)
			continue;
		size_t used = strlen(out);
		snprintf(out + used, len - used, ",tracepoint:syscalls:%s", name);
	}
}

static int is_builtin(const char *name);

/* "count execs per program name": the program run, whose name comm is
 * once the exec is done (sched_process_exec, where execs succeeded);
 * at execve()'s entry comm is the caller's. 1 when it is asked for (the
 * probe set, or declined with g->why), 0 when not. */
static int exec_program(struct planning *g)
{
	static const char *const PROG[] = { "program", "programs", "command", "commands",
					    "binary", "binaries", "executable", "executables",
					    NULL };
	const struct intent *in = g->in;
	if (strcmp(in->syscall, "execve") || in->all_syscalls)
		return 0;
	/* a key ("count execs per program name"); a line per exec shows
	 * the file run (its entry's filename) */
	int asked = 0, other = 0, shown = 0;
	int summary = in->aggs || in->topn || in->summary || in->interval_s;
	for (int i = 0; i < in->n_keys + in->n_shows; i++) {
		const struct intent_item *it = i < in->n_keys ? &in->keys[i]
							      : &in->shows[i - in->n_keys];
		for (int k = 0; !strcmp(it->name, "comm") && PROG[k]; k++) {
			int said = strcasestr(it->words, PROG[k]) != NULL;
			asked |= said && (i < in->n_keys || summary);
			shown |= said;
		}
		other |= !is_builtin(it->name);
	}
	/* "which programs fail to launch": comm at a failed exec is the
	 * caller's, and the program is the file it was given */
	if (shown && !asked && (in->failed || in->errno_value))
		return decline(g, "it asks for the program run (\"%s\") of execs that fail, where "
			       "comm is the caller's: ask for the file name", in->event_words), 1;
	if (!asked)
		return 0;
	if (other || in->failed || in->succeeded || in->errno_value || g->timed ||
	    in->comm[0] || in->pid || in->pid_above || in->binary[0] || in->size_above)
		return decline(g, "it asks for the program run (\"%s\"), whose name is known "
			       "once the exec is done, and for what is known only at execve()'s "
			       "entry or exit", in->event_words), 1;
	snprintf(g->p->probes, sizeof(g->p->probes), "tracepoint:sched:sched_process_exec");
	return 1;
}

static int event_probes(struct planning *g)
{
	const struct intent *in = g->in;
	struct plan *p = g->p;
	if (in->binary[0] && !in->function && !in->event && !in->syscall[0])
		return decline(g, "it names a binary (\"%s\") but no function of it the lexicon "
			       "knows", in->binary);
	/* "at 49 Hz": the rate of a sampled event */
	if (in->hz && (!in->event || strncmp(in->event->probes, "profile:hz:", 11)))
		return decline(g, "it gives a rate (\"%s\") for an event that is not sampled",
			       in->hz_words);
	if (in->hz > 10000)
		return decline(g, "it samples %ld times a second: over 10000 slows every CPU down "
			       "(99 is usual)", in->hz);
	if (in->function)
		return function_probe(g);
	if (in->event && g->timed && !in->event->end_probe[0])
		return decline(g, "it asks how long %s takes, and the lexicon gives it no start "
			       "and end", in->event_words);
	if (in->event && g->timed) {
		/* from the event to its end, each kept by what both know */
		const struct lx_event *e = in->event;
		snprintf(p->start_probes, sizeof(p->start_probes), "%s", e->probes);
		snprintf(p->probes, sizeof(p->probes), "%s", e->end_probe);
		snprintf(p->start_key, sizeof(p->start_key), "%s", e->start_key);
		snprintf(p->end_key, sizeof(p->end_key), "%s", e->end_key);
		g->span = 1;
		return 0;
	}
	if (in->hz) {
		snprintf(p->probes, sizeof(p->probes), "profile:hz:%ld", in->hz);
		return 0;
	}
	if (in->event) {
		snprintf(p->probes, sizeof(p->probes), "%s", in->event->probes);
		return 0;
	}
	if (exec_program(g))
		return g->why[0] ? -ENOTSUP : 0;
	g->moved_bytes = in->syscall[0] && lexicon_transfers(g->lx, in->syscall);
	g->at_exit = g->timed || needs_exit(g);
	syscall_probes(g, g->at_exit ? "exit" : "enter", p->probes, sizeof(p->probes));
	if (g->at_exit)
		syscall_probes(g, "enter", g->entry_probes, sizeof(g->entry_probes));
	if (g->timed)
		snprintf(p->start_probes, sizeof(p->start_probes), "%s", g->entry_probes);
	return 0;
}

/* The fields all the probes of `probes` have, by name, into f. */
static int probes_fields(struct planning *g, const char *tracefs, const char *probes,
			 struct bte_tp_field *f, int *nf)
{
	char list[sizeof(g->p->probes)];
	snprintf(list, sizeof(list), "%s", probes);
	int first = 1;
	for (char *save = NULL, *pr = strtok_r(list, ",", &save); pr;
	     pr = strtok_r(NULL, ",", &save)) {
		struct bte_tp_field got[MAX_FIELDS];
		/* a sampled event (profile:hz:99) has no fields */
		int n = strncmp(pr, "tracepoint:", 11) ? 0
						       : bte_tp_probe_fields(tracefs, pr, got, MAX_FIELDS);
		if (n < 0)
			return decline(g, "this kernel has no %s", pr);
		int k = 0;
		for (int i = 0; i < (first ? n : *nf); i++) {
			const struct bte_tp_field *one = first ? &got[i] : &f[i];
			int have = first;
			for (int j = 0; !have && j < n; j++)
				have = !strcmp(got[j].name, one->name);
			if (have)
				f[k++] = *one;
		}
		*nf = k;
		first = 0;
	}
	return 0;
}

/* The fields all the probes have, by name (a uprobe has none). */
static int event_fields(struct planning *g, const char *tracefs)
{
	if (g->in->function)
		return 0;
	return probes_fields(g, tracefs, g->p->probes, g->f, &g->nf);
}

static const struct bte_tp_field *field(const struct planning *g, const char *name)
{
	for (int i = 0; i < g->nf; i++)
		if (!strcmp(g->f[i].name, name))
			return &g->f[i];
	return NULL;
}

/* A field by a word it abbreviates or ends: "length" len, "protection"
 * prot, "flags" clone_flags; only when one field alone fits. */
static const struct bte_tp_field *abbreviated_field(const struct planning *g, const char *word)
{
	const struct bte_tp_field *hit = NULL;
	size_t wl = strlen(word);
	for (int i = 0; i < g->nf; i++) {
		const char *n = g->f[i].name;
		size_t nl = strlen(n);
		/* numbers only: "buffer" is no string (a write's buf ends
		 * at its count, not at a NUL) */
		if (!strncmp(n, "common_", 7) || n[0] == '_' || strchr(g->f[i].type, '*') ||
		    strchr(g->f[i].type, '['))
			continue;
		/* ("protection" is prot; "prot_exec" is a constant, no field) */
		int abbrev = nl >= 3 && wl >= nl + 2 && !strncmp(word, n, nl) &&
			     strspn(word + nl, "abcdefghijklmnopqrstuvwxyz") == wl - nl;
		int ends = nl > wl + 1 && n[nl - wl - 1] == '_' && !strcmp(n + nl - wl, word);
		if (!abbrev && !ends)
			continue;
		if (hit)
			return NULL;
		hit = &g->f[i];
	}
	return hit;
}

/* --- what is asked for -------------------------------------------------- */

static int add_filter_of(struct planning *g, const char *cond, const char *message,
			 int of_measure)
{
	struct plan *p = g->p;
	for (int i = 0; i < p->n_filters; i++)
		if (!strcmp(p->filters[i].cond, cond)) {
			p->filters[i].of_measure &= of_measure;
			return 0;
		}
	if (p->n_filters == 6)
		return decline(g, "it asks for more filters than one probe takes here");
	if (strlen(cond) >= sizeof(p->filters[0].cond))
		return decline(g, "a filter it asks for is longer than the planner keeps");
	snprintf(p->filters[p->n_filters].cond, sizeof(p->filters[0].cond), "%s", cond);
	snprintf(p->filters[p->n_filters].message, sizeof(p->filters[0].message), "%s", message);
	p->filters[p->n_filters].of_measure = of_measure;
	p->n_filters++;
	return 0;
}

static int add_filter(struct planning *g, const char *cond, const char *message)
{
	return add_filter_of(g, cond, message, 0);
}

static void set_value(struct plan_value *v, const char *expr, const char *label,
		      const char *fmt, const char *words)
{
	snprintf(v->expr, sizeof(v->expr), "%s", expr);
	snprintf(v->label, sizeof(v->label), "%s", label);
	snprintf(v->fmt, sizeof(v->fmt), "%s", fmt);
	snprintf(v->words, sizeof(v->words), "%s", words);
}

/* A field of the event as a value: a string pointer read with str(), a
 * char array as it is, an integer with its sign. */
static int field_value(struct planning *g, const struct bte_tp_field *f,
		       const struct intent_item *it, struct plan_value *v)
{
	char expr[96];
	const char *t = f->type;
	if (!strncmp(t, "__data_loc", 10))
		return decline(g, "\"%s\" is a string bpftrace 0.17 cannot read at this event",
			       it->words);
	if (!strncmp(t, "__rel_loc", 9))
		return decline(g, "\"%s\" is a string bpftrace 0.17 cannot read at this event",
			       it->words);
	int stars = 0;
	for (const char *c = t; *c; c++)
		stars += *c == '*';
	if ((strstr(t, "char *") || strstr(t, "char*")) && stars == 1) {
		snprintf(expr, sizeof(expr), "str(args->%s)", f->name);
		set_value(v, expr, f->name, "%s", it->words);
	} else if (strchr(t, '*')) {
		return decline(g, "\"%s\" is an address at this event", it->words);
	} else if (strstr(t, "char[]")) {
		snprintf(expr, sizeof(expr), "args->%s", f->name);
		set_value(v, expr, f->name, "%s", it->words);
	} else if (strstr(t, "[]")) {
		return decline(g, "\"%s\" is an array at this event", it->words);
	} else {
		snprintf(expr, sizeof(expr), "args->%s", f->name);
		set_value(v, expr, f->name, f->is_signed ? "%d" : "%u", it->words);
	}
	return 0;
}

/* A word the event has no field for; one grouped by that could be a
 * program's name the reader did not take for one ("by kbps") is said to
 * be quoted if it is one. */
static int no_field(struct planning *g, const struct intent_item *it)
{
	const char *w = it->words;
	size_t n = strlen(w);
	int name = g->key && n && n <= 15 && isalpha((unsigned char)w[0]) &&
		   strspn(w, "abcdefghijklmnopqrstuvwxyz0123456789_.-") == n &&
		   !lexicon_knows(g->lx, w);
	return decline(g, "it asks for \"%s\", which the event has no field for%s%s%s", w,
		       name ? " (a process's name the reader does not know is quoted: \"" : "",
		       name ? w : "", name ? "\")" : "");
}

/* The comparison of a bound: over (>), at least (>=), under (<), at
 * most (<=). */
static const char *bound_op(int below, int inclusive)
{
	return below ? (inclusive ? "<=" : "<") : (inclusive ? ">=" : ">");
}

static const char *const BUILTINS[] = { "comm", "pid", "tid", "cpu", "uid", "kstack", "ustack",
					 "cgroup", NULL };
static const char *const BUILTIN_FMT[] = { "%s", "%d", "%d", "%d", "%d", "stack", "stack", "%u" };

static int is_builtin(const char *name)
{
	for (int i = 0; BUILTINS[i]; i++)
		if (!strcmp(name, BUILTINS[i]))
			return 1;
	return 0;
}

static int builtin_value(struct planning *g, const struct intent_item *it, struct plan_value *v)
{
	for (int i = 0; BUILTINS[i]; i++) {
		if (strcmp(it->name, BUILTINS[i]))
			continue;
		/* (an event kept to its own being the current task's, "args->pid
		 * == pid" of a process's exit, has one) */
		char same[64];
		snprintf(same, sizeof(same), "args->%s == %s", it->name, it->name);
		const struct lx_event *e = g->in->event;
		if (field(g, it->name) && !(e && !strcmp(e->where, same)))
			return decline(g, "it says \"%s\", and the event has a %s of its own besides "
				       "the current task's: which one is not said", it->words, it->name);
		set_value(v, it->name, it->name, BUILTIN_FMT[i], it->words);
		return 1;
	}
	return 0;
}

/* The first field of `names` the event has that is no pointer or array. */
static const struct bte_tp_field *number_field(const struct planning *g,
					       const char *const *names)
{
	for (int i = 0; names[i]; i++) {
		const struct bte_tp_field *f = field(g, names[i]);
		if (f && !strchr(f->type, '*') && !strchr(f->type, '['))
			return f;
	}
	return NULL;
}

/* The generic roles: a return value, an errno, a file, bytes, a signal. */
static const char *const FILE_NAMES[] = { "filename", "pathname", "path", "name", NULL };

/* The file name of a system call's entry, when its exit is probed: a
 * string the call is given (a char pointer), or NULL. */
static void entry_fields(struct planning *g)
{
	/* read once, when first asked: most plans never need the entry */
	if (!g->entry_read && g->entry_probes[0] &&
	    probes_fields(g, g->tracefs, g->entry_probes, g->ef, &g->nef))
		g->nef = 0;
	g->entry_read = 1;
}

/* A number a system call's entry is given ("slow writes with the fd"),
 * when its exit is probed: the field so named, no pointer or array, or
 * NULL. */
static const struct bte_tp_field *entry_number(struct planning *g, const char *name)
{
	/* (a task's identity given to setgid, kill: the caller's, or the
	 * one given? not said) */
	static const char *const WHO[] = { "uid", "gid", "euid", "egid", "ruid", "rgid", "suid",
					   "sgid", "pid", "tid", "ppid", "pgid", "sid", NULL };
	for (int k = 0; WHO[k]; k++)
		if (!strcmp(name, WHO[k]))
			return NULL;
	if (!g->at_exit)
		return NULL;
	entry_fields(g);
	for (int k = 0; k < g->nef; k++)
		if (!strcmp(g->ef[k].name, name) && !strchr(g->ef[k].type, '*') &&
		    !strchr(g->ef[k].type, '['))
			return &g->ef[k];
	return NULL;
}

static const struct bte_tp_field *entry_file(struct planning *g)
{
	entry_fields(g);
	for (int i = 0; FILE_NAMES[i]; i++)
		for (int k = 0; k < g->nef; k++) {
			const char *t = g->ef[k].type;
			if (strcmp(g->ef[k].name, FILE_NAMES[i]) || !strstr(t, "char") ||
			    strchr(t, '*') != strrchr(t, '*') || !strchr(t, '*'))
				continue;
			return &g->ef[k];
		}
	return NULL;
}

/* "failed opens with the file name", "slow writes with the fd": the name
 * or number is the entry's, the result or time the exit's. The entry's
 * value is kept per thread (@filename[tid]) and read at the exit
 * ($filename): a paired plan. */
static int carried_value(struct planning *g, const struct bte_tp_field *f,
			 const struct intent_item *it, struct plan_value *v)
{
	struct plan *p = g->p;
	char at_entry[112];
	int text = strchr(f->type, '*') != NULL;
	snprintf(at_entry, sizeof(at_entry), text ? "str(args->%s)" : "args->%s", f->name);
	int k = 0;
	while (k < p->n_carried && strcmp(p->carried[k].expr, at_entry))
		k++;
	if (k == 2)
		return decline(g, "it asks for more than two things of the call's entry");
	if (k == p->n_carried)
		set_value(&p->carried[p->n_carried++], at_entry, f->name, "%s", it->words);
	char var[72];
	snprintf(var, sizeof(var), "$%s", f->name);
	set_value(v, var, f->name, text ? "%s" : f->is_signed ? "%d" : "%u", it->words);
	p->paired = 1;
	snprintf(p->start_probes, sizeof(p->start_probes), "%s", g->entry_probes);
	return 0;
}

static int resolve(struct planning *g, const struct intent_item *it, struct plan_value *v);
static const struct lx_role *event_role(const struct lx_event *e, const char *name);

/* Why the parent of the task that runs is not the parent the request
 * means at this event, or NULL: at a fork the task that runs is the
 * parent; an event about another task, or outside any, has another. */
static const char *parent_unclear(const struct planning *g)
{
	static const char *const FORKS[] = { "clone", "clone3", "fork", "vfork", "wait4",
					     "waitid", "waitpid", NULL };
	const struct lx_event *e = g->in->event;
	for (int i = 0; FORKS[i]; i++)
		if (!strcmp(g->in->syscall, FORKS[i]))
			return "where the task that runs is a parent";
	if (e && e->per_thread)
		return "a thread's: its parent is its process's, not the process it is in";
	if (e && (e->notask || e->other_task))
		return "which happens outside the task it is about";
	if (g->span)
		return "whose time ends outside the task it started in";
	for (int i = 0; e && i < e->n_roles; i++)
		if (!strcmp(e->roles[i].name, "child") || !strcmp(e->roles[i].name, "target") ||
		    !strcmp(e->roles[i].name, "sender") || !strncmp(e->roles[i].name, "end.", 4))
			return "which is about another task too: say which one's parent";
	if (e && (e->two_tasks || e->summary_only))
		return "which is about another task too: say which one's parent";
	return NULL;
}

static int role_value(struct planning *g, const struct intent_item *it, struct plan_value *v)
{
	const char *n = it->name;
	if (!strcmp(n, "ret") || !strcmp(n, "errno")) {
		if (!g->at_exit)
			return decline(g, "it asks for \"%s\" of an event that returns nothing",
				       it->words);
		int err = !strcmp(n, "errno");
		if (err && g->in->succeeded)
			return decline(g, "it asks for \"%s\" of calls that succeeded (\"%s\")",
				       it->words, g->in->fail_words);
		set_value(v, err ? "-args->ret" : "args->ret", err ? "errno" : "ret", "%d",
			  it->words);
		return err ? add_filter(g, "args->ret < 0", "a failed call") : 0;
	}
	if (!strcmp(n, "file")) {
		/* "files created in new directories": an event about
		 * directories has no file */
		const struct lx_event *e = g->in->event;
		for (int i = 0; e && i < e->n_roles; i++) {
			if (strcmp(e->roles[i].name, "dir"))
				continue;
			/* (a directory's path is the directory) */
			if (strstr(it->words, "path") || strstr(it->words, "Path")) {
				struct intent_item dir = *it;
				snprintf(dir.name, sizeof(dir.name), "dir");
				return resolve(g, &dir, v);
			}
			return decline(g, "it asks for \"%s\", and %s is about directories",
				       it->words, g->in->event_words);
		}
		for (int i = 0; FILE_NAMES[i]; i++)
			if (field(g, FILE_NAMES[i]))
				return field_value(g, field(g, FILE_NAMES[i]), it, v);
		const struct bte_tp_field *f = entry_file(g);
		return f ? carried_value(g, f, it, v)
			 : decline(g, "it asks for \"%s\", and the event has no file name", it->words);
	}
	/* "mkdir calls with the directory": a directory call's path (mkdir,
	 * mkdirat, rmdir, chdir) is the directory; any other's is no
	 * directory */
	if (!strcmp(n, "dir")) {
		const char *call = g->in->syscall;
		size_t cl = strlen(call);
		int dir_call = (cl > 3 && !strcmp(call + cl - 3, "dir")) ||
			       (cl > 5 && !strcmp(call + cl - 5, "dirat"));
		const struct bte_tp_field *f = dir_call ? field(g, "pathname") : NULL;
		if (!f)
			f = dir_call ? field(g, "filename") : NULL;
		return f ? field_value(g, f, it, v)
			 : decline(g, "it asks for \"%s\", and the event has no directory",
				   it->words);
	}
	if (!strcmp(n, "bytes")) {
		static const char *const NAMES[] = { "bytes", "len", "count", "size", NULL };
		if (g->moved_bytes && g->at_exit && g->in->failed)
			return decline(g, "it asks for \"%s\" of failed calls, which move none (their "
				       "result is an errno)", it->words);
		if (g->moved_bytes && g->at_exit) {
			set_value(v, "args->ret", "bytes", "%d", it->words);
			/* under a bound ("smaller than 4 KB") a call that moved none
			 * (a read at the end of a file) is one of them */
			if (g->in->size_lt)
				return add_filter_of(g, "args->ret >= 0", "only calls that succeeded",
						     1);
			return add_filter_of(g, "args->ret > 0", "only bytes actually moved", 1);
		}
		const struct bte_tp_field *f = g->at_exit ? NULL : number_field(g, NAMES);
		return f ? field_value(g, f, it, v)
			 : decline(g, "it asks for \"%s\", and the event has no size", it->words);
	}
	if (!strcmp(n, "signal") && field(g, "sig"))
		return field_value(g, field(g, "sig"), it, v);
	/* "the bytes requested": what the call was asked to move, at its
	 * entry */
	if (!strcmp(n, "requested") && !g->at_exit) {
		static const char *const NAMES[] = { "count", "len", "size", "bytes", NULL };
		const struct bte_tp_field *f = number_field(g, NAMES);
		if (f)
			return field_value(g, f, it, v);
	}
	/* "execs with the parent pid", "the parent's name": the parent of
	 * the task that runs (getppid()'s), read through BTF */
	if (!strcmp(n, "parent") || !strcmp(n, "parentcomm")) {
		const char *unclear = parent_unclear(g);
		if (unclear)
			return decline(g, "it asks for \"%s\" of %s, %s", it->words,
				       g->in->event_words, unclear);
		int name = !strcmp(n, "parentcomm");
		set_value(v, name ? "curtask->real_parent->comm" : "curtask->real_parent->tgid",
			  name ? "parent_comm" : "ppid", name ? "%s" : "%d", it->words);
		return 0;
	}
	return decline(g, "it asks for \"%s\", which the event has no part for", it->words);
}

/* A value of a user-space function: an argument or what it returns, in
 * the format the lexicon gives it (a string read with str(), an address
 * in hex). */
static int function_value(struct planning *g, const struct lx_role *r, const char *label,
			  const struct intent_item *it, struct plan_value *v)
{
	char expr[112];
	if (!strcmp(r->fmt, "%s"))
		snprintf(expr, sizeof(expr), "str(%s)", r->expr);
	else
		snprintf(expr, sizeof(expr), "%s", r->expr);
	set_value(v, expr, label, !strcmp(r->fmt, "%p") ? "0x%lx" : r->fmt, it->words);
	(void)g;
	return 0;
}

static int resolve_function(struct planning *g, const struct intent_item *it,
			    struct plan_value *v)
{
	const struct lx_function *fn = g->in->function;
	if (!strcmp(it->name, "ret")) {
		if (!fn->ret_fmt[0] && fn->untyped)
			return decline(g, "it asks for what %s() returns, and the lexicon knows no "
				       "type of it", fn->name);
		if (!fn->ret_fmt[0])
			return decline(g, "%s returns nothing", fn->name);
		struct lx_role r = { .name = "ret", .expr = "retval" };
		snprintf(r.fmt, sizeof(r.fmt), "%s", fn->ret_fmt);
		return function_value(g, &r, "ret", it, v);
	}
	for (int i = 0; i < fn->n_args; i++)
		if (!strcmp(fn->args[i].name, it->name))
			return function_value(g, &fn->args[i], it->name, it, v);
	int b = builtin_value(g, it, v);
	if (b)
		return b < 0 ? b : 0;
	return decline(g, "it asks for \"%s\", which the lexicon does not know of %s()",
		       it->words, fn->name);
}

/* The unit a time is shown in: the one asked for, else the bound's,
 * else microseconds; its divisor of nanoseconds. */
static const char *time_unit(const struct intent *in, long long *div)
{
	/* the unit asked for; else the bound's, but a bound in seconds shows
	 * ms (whole seconds would say 1 for 1.9 s); an upper bound ("under
	 * 5 ms") one unit finer, since what it keeps is smaller; else us */
	static const char *const FINER[][2] = { { "min", "ms" }, { "s", "ms" }, { "ms", "us" },
						 { "us", "ns" }, { "ns", "ns" } };
	const char *u = "us";
	if (in->unit[0])
		u = in->unit;
	else if (!strcmp(in->above_unit, "s") || !strcmp(in->above_unit, "min"))
		u = "ms";
	else if (in->above_unit[0])
		u = in->above_unit;
	for (size_t k = 0; !in->unit[0] && in->above_lt && k < sizeof(FINER) / sizeof(FINER[0]);
	     k++)
		if (!strcmp(in->above_unit, FINER[k][0])) {
			u = FINER[k][1];
			break;
		}
	*div = !strcmp(u, "ns") ? 1 : !strcmp(u, "ms") ? 1000000 : !strcmp(u, "s") ? 1000000000
											: 1000;
	return !strcmp(u, "ns") || !strcmp(u, "ms") || !strcmp(u, "s") ? u : "us";
}

/* The time taken ($ns, made by the builder), in the unit shown. */
static int timed_value(struct planning *g, const struct intent_item *it, struct plan_value *v)
{
	long long div;
	const char *unit = time_unit(g->in, &div);
	char expr[48];
	if (div == 1)
		snprintf(expr, sizeof(expr), "$ns");
	else
		snprintf(expr, sizeof(expr), "$ns / %lld", div);
	set_value(v, expr, unit, "%d", it->words);
	return 0;
}

/* One thing asked for, as a value of the event. */
/* "accepted connections by port": the server's or the client's, at an
 * event with a local and a remote port, when nothing says which: not the
 * item's words ("remote port"), nor a remote address beside it ("the
 * remote address and port", unless a local one is asked for too); an
 * event's own lines show its remote port, labeled. */
static int port_unsaid(const struct planning *g, const struct intent_item *it,
		       const char *name)
{
	static const char *const REMOTE[] = { "remote", "destination", "dest", "dst", "peer",
					      "target", NULL };
	const struct lx_event *e = g->in->event;
	const struct lx_role *local = event_role(e, "localport"), *port = event_role(e, "port");
	if (strcmp(name, "port") || !local || !port || !strcmp(local->expr, port->expr) ||
	    !strcmp(it->words, g->in->event_words))
		return 0;
	int said = 0, both = 0, other = 0;
	for (int k = 0; REMOTE[k]; k++)
		said |= strcasestr(it->words, REMOTE[k]) != NULL;
	for (int k = 0; k < g->in->n_shows + g->in->n_keys; k++) {
		const struct intent_item *o = k < g->in->n_shows ? &g->in->shows[k]
								 : &g->in->keys[k - g->in->n_shows];
		for (int j = 0; !strcmp(o->name, "address") && REMOTE[j]; j++)
			both |= strcasestr(o->words, REMOTE[j]) != NULL;
		other |= !strcmp(o->name, "source");
	}
	return !said && !(both && !other);
}

/* Whether item `it` says a source or destination ("source port", "dst
 * ip") at an event whose ends are no such thing (`nodirection`: an
 * accepted connection comes from its remote end). */
static int direction_said(const struct planning *g, const struct intent_item *it)
{
	static const char *const SIDE[] = { "source", "sources", "src", "srcs", "destination",
					    "destinations", "dest", "dests", "dst", "dsts",
					    "sport", "sports", "dport", "dports", "saddr",
					    "saddrs", "daddr", "daddrs", NULL };
	static const char SEP[] = " \t,-/'.:_()";
	if (!g->in->event || !g->in->event->no_direction)
		return 0;
	const char *s = it->words;
	for (size_t n; *s; s += n) {
		s += strspn(s, SEP);
		n = strcspn(s, SEP); /* ("source's": "source") */
		for (int k = 0; n && SIDE[k]; k++)
			if (strlen(SIDE[k]) == n && !strncasecmp(s, SIDE[k], n))
				return 1;
	}
	return 0;
}

/* Whether the event has a name of something besides the process that
 * runs it: a field or role of a file (or its descriptor), path or name,
 * a signal, another task, a call site, a second comm. */
static int other_name(const struct planning *g)
{
	/* (a signal has a name, and the task it is sent to one) */
	static const char *const NAMED[] = { "name", "file", "path", "comm", "dir", "signal",
					     "sig", "target", "sender", "child", "parent", "fd",
					     "call_site", "callsite", NULL };
	const struct lx_event *e = g->in->event;
	/* (a comm field is the running task's where the lexicon's role says
	 * the process's name is: sched_process_exit's) */
	int own = event_role(e, "comm") != NULL;
	for (int i = 0; i < g->nf; i++)
		for (int k = 0; NAMED[k]; k++)
			if (strstr(g->f[i].name, NAMED[k]) &&
			    !(own && !strcmp(g->f[i].name, "comm")))
				return 1;
	for (int i = 0; e && i < e->n_roles; i++)
		for (int k = 0; NAMED[k]; k++)
			if (strstr(e->roles[i].name, NAMED[k]) && strcmp(e->roles[i].name, "comm"))
				return 1;
	/* (an event the running task is not about names the process by its
	 * role alone: an OOM kill's victim) */
	return g->in->function || (e && !own && (e->notask || e->other_task));
}

static int resolve(struct planning *g, const struct intent_item *it, struct plan_value *v)
{
	if (!strcmp(it->name, "duration") || !strcmp(it->name, "spent"))
		return timed_value(g, it, v);
	if (g->in->function)
		return resolve_function(g, it, v);
	if (!strcmp(it->name, "syscall")) {
		/* "per syscall": raw_syscalls' number of the call (a name would
		 * take a probe on each of the kernel's system calls) */
		if (!g->in->all_syscalls)
			return decline(g, "it groups by system call (\"%s\") and names one",
				       it->words);
		set_value(v, "args->id", "syscall", "%d", it->words);
		return 0;
	}
	const struct lx_event *e = g->in->event;
	int field_only = !strncmp(it->name, "field:", 6);
	const char *name = field_only ? it->name + 6 : it->name;
	/* "uid", "gid" where the event has one of its own (setgid's gid, a
	 * chown's new owner and group): the caller's or that one, not said */
	if (!field_only &&
	    (((!strcmp(name, "uid") || !strcmp(name, "gid")) && field(g, name)) ||
	     (e && (event_role(e, "newowner") || event_role(e, "newgroup")) &&
	      (!strcmp(name, "uid") || !strcmp(name, "gid") || !strcmp(name, "group") ||
	       !strcmp(name, "user") || !strcmp(name, "owner")))))
		return decline(g, "it says \"%s\", and %s has a %s of its own besides the "
			       "caller's: say which (\"requested %s\", \"new owner\", \"called by "
			       "user ...\")", it->words, g->in->event_words, name, name);
	if (port_unsaid(g, it, name))
		return decline(g, "it says \"%s\", and %s has a local and a remote one: which is "
			       "not said", it->words, g->in->event_words);
	if (direction_said(g, it))
		return decline(g, "it says \"%s\", and the source and destination of %s are not "
			       "its local and remote ends: say local or remote", it->words,
			       g->in->event_words);
	/* a span's values are its end's ("end.comm"), where the time ends */
	char role[LX_WORD + 8];
	snprintf(role, sizeof(role), "%s%s", g->span ? "end." : "", name);
	for (int i = 0; e && !field_only && i < e->n_roles; i++)
		if (!strcmp(e->roles[i].name, role)) {
			char label[sizeof(e->roles[i].name)]; /* "target.comm": target_comm */
			snprintf(label, sizeof(label), "%s", name);
			for (char *c = strchr(label, '.'); c; c = strchr(c, '.'))
				*c = '_';
			set_value(v, e->roles[i].expr, label,
				  !strcmp(e->roles[i].fmt, "%p") ? "0x%lx" : e->roles[i].fmt, it->words);
			/* "bytes sent": only what was sent (a negative is an errno) */
			if (!e->roles[i].keep[0])
				return 0;
			/* ("bytes sent": a negative is an errno; "to which
			 * port": a unix socket has none) */
			char says[96];
			snprintf(says, sizeof(says), "only events that have a %s", label);
			if (!strcmp(name, "bytes"))
				snprintf(says, sizeof(says), "only what it measures");
			return add_filter_of(g, e->roles[i].keep, says, 1);
		}
	if (!strcmp(name, "argv") || (!strcmp(name, "argument") && field(g, "argv"))) {
		/* "the command line": the argument vector, printed with join() */
		const struct bte_tp_field *a = field(g, "argv");
		int stars = 0;
		for (const char *c = a ? a->type : ""; *c; c++)
			stars += *c == '*';
		if (!a || !strstr(a->type, "char") || stars != 2 || strchr(a->type, '['))
			return decline(g, "it asks for \"%s\", and the event has no argument "
				       "vector%s", it->words,
				       g->at_exit ? " where its result is known (its exit)" : "");
		set_value(v, "args->argv", "argv", "join", it->words);
		return 0;
	}
	/* "with name, pid and the code": the process's name, where nothing
	 * else of the event has one (a file's, a module's, a target's) */
	if (!strcmp(name, "name") && !field_only && !strcmp(it->words, "name") &&
	    !field(g, "name") && !other_name(g)) {
		struct intent_item comm = *it;
		snprintf(comm.name, sizeof(comm.name), "comm");
		return resolve(g, &comm, v);
	}
	const struct bte_tp_field *f = field(g, name);
	char single[LX_WORD];
	snprintf(single, sizeof(single), "%s", name);
	size_t sl = strlen(single);
	if (!f && sl > 2 && single[sl - 1] == 's') {
		single[sl - 1] = '\0';
		f = field(g, single);
	}
	/* "sectors", "number of sectors": where a request starts (sector) or
	 * how many (nr_sector)? */
	char nr[LX_WORD + 4];
	snprintf(nr, sizeof(nr), "nr_%s", single);
	if (f && field(g, nr))
		return decline(g, "it says \"%s\", and the event has %s (where it is) and %s (how "
			       "many): which one is not said", it->words, single, nr);
	/* a line per event only: "by protection flags" as two keys would
	 * invent one */
	if (!f && !is_builtin(name) && g->p->each)
		f = abbreviated_field(g, name);
	if (!f && !is_builtin(name) && g->p->each && strcmp(single, name))
		f = abbreviated_field(g, single);
	if (!f && !is_builtin(name) && (f = entry_number(g, name)))
		return carried_value(g, f, it, v);
	if (field_only || (f && !is_builtin(name)))
		return f ? field_value(g, f, it, v) : no_field(g, it);
	/* "kmalloc by caller": the kernel's call site, or the process? */
	if (!strcmp(name, "comm") && !strncmp(it->words, "caller", 6) && event_role(e, "callsite"))
		return decline(g, "it says \"%s\", and %s has a call site of its own besides the "
			       "process: which one is not said", it->words, g->in->event_words);
	/* "ioctl calls with which commands": the call's own command (cmd),
	 * or the process's name? */
	if (!strcmp(name, "comm") && !strncmp(it->words, "command", 7) && field(g, "cmd"))
		return decline(g, "it says \"%s\", and the event has a command of its own (cmd) "
			       "besides the process's name: which one is not said", it->words);
	/* (a span kept by CPU, an interrupt's, ends on the CPU it started on) */
	int on_cpu = !strcmp(name, "cpu") && e && !strcmp(e->start_key, "cpu") &&
		     !strcmp(e->end_key, "cpu");
	if (g->span && is_builtin(name) && !on_cpu)
		return decline(g, "it asks for \"%s\" of %s, whose time ends outside the task "
			       "it started in", it->words, g->in->event_words);
	/* (the kernel's stack is where the event is, in whatever task) */
	if (e && (e->notask || e->other_task) && is_builtin(name) && strcmp(name, "cpu") &&
	    strcmp(name, "kstack"))
		return decline(g, "it asks for \"%s\" of %s, which happens outside the task it "
			       "is about", it->words, g->in->event_words);
	/* "exit codes per thread": an event once per process has none */
	if (!strcmp(name, "tid") && e && e->per_process)
		return decline(g, "it asks for \"%s\" of %s, which happens once per process, in "
			       "whichever thread", it->words, g->in->event_words);
	/* "migrations to each cpu": the CPU it runs on is neither it moves
	 * between */
	if (!strcmp(name, "cpu") && e && event_role(e, "dest"))
		return decline(g, "it says \"%s\" of %s, which is about two CPUs: say which "
			       "(\"destination cpu\", \"source cpu\")", it->words,
			       g->in->event_words);
	/* "with a timestamp": the wall clock's time of each line */
	if (!strcmp(name, "timestamp")) {
		if (g->key || !g->p->each)
			return decline(g, "it asks for \"%s\" in a summary: a time is printed on "
				       "each line, never counted by", it->words);
		set_value(v, "strftime(\"%H:%M:%S\", nsecs)", "time", "%s", it->words);
		return 0;
	}
	int b = builtin_value(g, it, v);
	if (b)
		return b < 0 ? b : 0;
	static const char *const ROLES[] = { "ret", "errno", "file", "bytes", "signal",
					     "sender", "target", "parent", "parentcomm", "child",
					     "requested",
					     "dir", NULL };
	for (int i = 0; ROLES[i]; i++)
		if (!strcmp(name, ROLES[i]))
			return role_value(g, it, v);
	/* "socket calls by type": a word the lexicon gives another event
	 * (a softirq's type) that is this event's field by name */
	const struct bte_tp_field *named = strchr(it->words, ' ') ? NULL : field(g, it->words);
	/* (a number only: a pointer may be what the call fills, unread at
	 * its entry) */
	if (named && strcmp(name, it->words) && !strchr(named->type, '*') &&
	    !strchr(named->type, '['))
		return field_value(g, named, it, v);
	return no_field(g, it);
}

/* --- the program's shape ------------------------------------------------ */

static int is_number_value(const struct plan_value *v)
{
	/* a task's id is never measured: a span's "tid" is args->next_pid */
	return strcmp(v->fmt, "%s") != 0 && strcmp(v->fmt, "0x%lx") != 0 &&
	       !is_builtin(v->expr) && !is_builtin(v->label);
}

/* A value shown on each line, unless every line has it or it is shown
 * already. */
static int show_value(struct planning *g, const struct plan_value *v)
{
	struct plan *p = g->p;
	int dup = !p->bare && (!strcmp(v->expr, p->who_comm) || !strcmp(v->expr, p->who_pid));
	for (int k = 0; k < p->n_shown; k++)
		dup |= !strcmp(p->shown[k].expr, v->expr);
	if (dup)
		return 0;
	if (p->n_shown == PLAN_ITEMS)
		return decline(g, "it asks for more than %d things at once", PLAN_ITEMS);
	p->shown[p->n_shown++] = *v;
	return 0;
}

/* A line per event: comm, pid and what is asked for. */
static int plan_each(struct planning *g)
{
	const struct intent *in = g->in;
	struct plan *p = g->p;
	if (in->event && in->event->summary_only)
		return decline(g, "it asks for each %s, which is counted or measured, not printed "
			       "one by one", in->event_words);
	if (in->n_keys)
		return decline(g, "it groups by \"%s\" without a count, a total or a histogram",
			       in->keys[0].words);
	if (!p->who_pid[0])
		p->who_comm[0] = '\0'; /* a span's end knows the task's name alone */
	if (in->topn || in->interval_s)
		return decline(g, "it asks for a top N or an interval without a count or a total");
	/* "print only the port": what is asked, alone */
	p->bare = in->only_shown;
	/* what a line about this event always shows ("file deletions": the
	 * file), with the event's words */
	for (int i = 0; in->event && !p->bare && i < in->event->n_shows; i++) {
		struct intent_item it = { 0 };
		snprintf(it.name, sizeof(it.name), "%s", in->event->shows[i]);
		snprintf(it.words, sizeof(it.words), "%s", in->event_words);
		int rc = resolve(g, &it, &p->shown[p->n_shown]);
		if (rc)
			return rc;
		p->n_shown++;
	}
	/* a line about any system call says which ("syscall 35") */
	if (in->all_syscalls && !p->bare && !asks(in, "syscall")) {
		struct intent_item it = { 0 };
		snprintf(it.name, sizeof(it.name), "syscall");
		snprintf(it.words, sizeof(it.words), "%s", in->event_words);
		int rc = resolve(g, &it, &p->shown[p->n_shown]);
		if (rc)
			return rc;
		p->n_shown++;
	}
	/* a function's: where it is entered, its arguments are there */
	const struct lx_function *f = in->function;
	for (int i = 0; f && !p->bare && !g->timed && !in->null_ret && !asks(in, "ret") &&
			i < f->n_shows;
	     i++) {
		struct intent_item it = { 0 };
		snprintf(it.name, sizeof(it.name), "%s", f->shows[i]);
		snprintf(it.words, sizeof(it.words), "%s", in->event_words);
		int rc = resolve(g, &it, &p->shown[p->n_shown]);
		if (rc)
			return rc;
		p->n_shown++;
	}
	for (int i = 0; i < in->n_shows; i++) {
		const struct lx_function *fn = in->function;
		/* "how much data": a total; "print the data written" may be
		 * what was written */
		if (!strcmp(in->shows[i].name, "bytes") && !strcasecmp(in->shows[i].words, "data"))
			return decline(g, "it asks for the \"data\" of each event: its size or its "
				       "content is not said (\"bytes\" says its size)");
		if (fn && !strcmp(in->shows[i].name, "argument")) {
			/* "its arguments": each one the lexicon knows */
			if (!fn->n_args)
				return decline(g, "the lexicon knows no argument of %s()", fn->name);
			if (p->n_shown + fn->n_args > PLAN_ITEMS)
				return decline(g, "it asks for more than %d things at once", PLAN_ITEMS);
			for (int k = 0; k < fn->n_args; k++)
				function_value(g, &fn->args[k], fn->args[k].name, &in->shows[i],
					       &p->shown[p->n_shown++]);
			continue;
		}
		struct plan_value v;
		int rc = resolve(g, &in->shows[i], &v);
		if (rc)
			return rc;
		if (!strcmp(v.fmt, "stack"))
			snprintf(v.fmt, sizeof(v.fmt), "%%s"); /* printf prints a stack's lines */
		/* "the old and new names": a rename's two paths */
		const struct lx_role *old = event_role(in->event, "oldname");
		if (!strcmp(v.label, "bothnames") && !old)
			return decline(g, "it asks for \"%s\", two names %s has not", v.words,
				       in->event_words);
		struct plan_value o;
		if (!strcmp(v.label, "bothnames")) {
			set_value(&o, old->expr, "oldname", old->fmt, v.words);
			snprintf(v.label, sizeof(v.label), "newname");
			if ((rc = show_value(g, &o)))
				return rc;
		}
		if ((rc = show_value(g, &v)))
			return rc;
	}
	/* "trace exec calls": a line per call of a system call given a path
	 * says which path (a line of comm and pid alone says little) */
	int named_only = 1; /* nothing asked beside who ("process execution") */
	for (int i = 0; i < in->n_shows; i++)
		named_only &= !strcmp(in->shows[i].name, "comm") || !strcmp(in->shows[i].name, "pid") ||
			      !strcmp(in->shows[i].name, "tid") || !strcmp(in->shows[i].name, "uid") ||
			      !strcmp(in->shows[i].name, "cpu") ||
			      !strcmp(in->shows[i].name, "cgroup");
	if (!in->event && !in->function && named_only && !p->bare && !g->at_exit && !g->timed &&
	    (field(g, "filename") || field(g, "pathname")) && p->n_shown < PLAN_ITEMS) {
		struct intent_item it = { .name = "file" };
		snprintf(it.words, sizeof(it.words), "%s", in->event_words);
		int rc = resolve(g, &it, &p->shown[p->n_shown]);
		if (rc)
			return rc;
		p->n_shown++;
	}
	/* "failed close() calls": each line says how it failed */
	if (in->failed && !in->errno_value && g->at_exit && !in->function && !asks(in, "errno") &&
	    !asks(in, "ret") && !p->bare) {
		struct intent_item it = { .name = "errno" };
		struct plan_value v;
		snprintf(it.words, sizeof(it.words), "%s", in->fail_words);
		int rc = role_value(g, &it, &v);
		if (rc)
			return rc;
		if (p->n_shown == PLAN_ITEMS)
			return decline(g, "it asks for more than %d things at once", PLAN_ITEMS);
		p->shown[p->n_shown++] = v;
	}
	/* "reads slower than 10 ms": each line says how long it took */
	if (g->timed && !asks(in, "duration") && !asks(in, "spent") && !p->bare) {
		struct intent_item it = { .name = "duration" };
		snprintf(it.words, sizeof(it.words), "%s", in->above_words);
		if (p->n_shown == PLAN_ITEMS)
			return decline(g, "it asks for more than %d things at once", PLAN_ITEMS);
		timed_value(g, &it, &p->shown[p->n_shown++]);
	}
	/* "malloc calls over 1 MB": each line says how many bytes */
	if (in->size_above && !p->bare) {
		struct intent_item it = { .name = "bytes" };
		struct plan_value v;
		snprintf(it.words, sizeof(it.words), "%s", in->size_words);
		int rc = resolve(g, &it, &v), dup = 0;
		if (rc)
			return rc;
		for (int k = 0; k < p->n_shown; k++)
			dup |= !strcmp(p->shown[k].expr, v.expr);
		if (!dup && p->n_shown == PLAN_ITEMS)
			return decline(g, "it asks for more than %d things at once", PLAN_ITEMS);
		if (!dup)
			p->shown[p->n_shown++] = v;
	}
	/* a stack's lines end the line, after the rest */
	for (int i = 0, moved = 0; i + 1 < p->n_shown - moved; i++)
		if (!strcmp(p->shown[i].expr, "kstack") || !strcmp(p->shown[i].expr, "ustack")) {
			struct plan_value v = p->shown[i];
			memmove(&p->shown[i], &p->shown[i + 1],
				(size_t)(p->n_shown - i - 1) * sizeof(v));
			p->shown[p->n_shown - 1] = v;
			moved++;
			i--;
		}
	/* a command line ends the line: join() prints it after the rest */
	for (int i = 0; i + 1 < p->n_shown; i++)
		if (!strcmp(p->shown[i].fmt, "join")) {
			struct plan_value v = p->shown[i];
			memmove(&p->shown[i], &p->shown[i + 1],
				(size_t)(p->n_shown - i - 1) * sizeof(v));
			p->shown[p->n_shown - 1] = v;
			break;
		}
	return 0;
}

static int add_key(struct planning *g, const struct plan_value *v)
{
	struct plan *p = g->p;
	/* "by old and new name": a rename's two paths, two keys (the role's
	 * own value is one of them) */
	const struct lx_role *old = event_role(g->in->event, "oldname");
	if (!strcmp(v->label, "bothnames")) {
		if (!old)
			return decline(g, "it groups by \"%s\", two names %s has not", v->words,
				       g->in->event_words);
		struct plan_value o, n = *v;
		set_value(&o, old->expr, "oldname", old->fmt, v->words);
		snprintf(n.label, sizeof(n.label), "newname");
		int rc = add_key(g, &o);
		return rc ? rc : add_key(g, &n);
	}
	if (g->in->errno_value && strstr(v->expr, "args->ret"))
		return 0; /* "returning ENOENT": one value, kept to */
	for (int i = 0; i < p->n_keys; i++)
		if (!strcmp(p->keys[i].expr, v->expr))
			return 0;
	/* "count the processes nginx kills": nginx sends; the processes
	 * counted are the ones it is done to, which comm is not */
	if (!strcmp(v->expr, "comm") && g->in->comm[0] && !g->in->comm_not &&
	    event_role(g->in->event, "target"))
		return decline(g, "it groups by \"%s\" at %s, which is about two tasks, while "
			       "keeping to %s: say \"by target\" for the ones it is done to",
			       v->words, g->in->event_words, g->in->comm);
	if (p->n_keys == 2)
		return decline(g, "it groups by more than two things");
	p->keys[p->n_keys++] = *v;
	return 0;
}

/* "count context switched processes by cpu": the processes are what is
 * counted; made a second key beside the one asked for, each would be a
 * line of its own, which the request does not say. A thing of the event
 * the planner groups by (comm, pid, tid, cpu, uid), in the plural, beside
 * a key asked for, in a count. */
static int plural_counted(const struct planning *g, const struct intent_item *it,
			  const struct plan_value *v, int measured)
{
	static const char *const KEYS[] = { "comm", "pid", "tid", "cpu", "uid", "file", "child",
					    "target", "sender", "parent", NULL };
	size_t n = strlen(it->words);
	int plural = n >= 2 && (it->words[n - 1] == 's' || it->words[n - 1] == 'S' ||
				(n >= 8 && !strcasecmp(it->words + n - 8, "children")));
	if (measured || !g->p->n_keys || !plural)
		return 0;
	for (int k = 0; k < g->p->n_keys; k++)
		if (!strcmp(g->p->keys[k].expr, v->expr))
			return 0; /* "per CPU ... the CPUs": the key already */
	for (int k = 0; KEYS[k]; k++)
		if (!strcmp(it->name, KEYS[k]))
			return 1;
	return 0;
}

/* "by success or failure", "count opens, success or failure": a key of
 * whether each call failed, which the return value (an fd, an errno) is
 * not; declined. */
static int outcome_key(struct planning *g, const struct intent_item *it)
{
	if (strcmp(it->name, "ret") ||
	    (!strcasestr(it->words, "fail") && !strcasestr(it->words, "succe")))
		return 0;
	return decline(g, "it groups by \"%s\", and the return value is no such key: ask for "
		       "the failed or the successful calls, or for the return value", it->words);
}

/* Whether a role's number names one thing (a port, a signal, an errno,
 * a device), which is counted by, never summed ("top 3 ports"). */
static int names_one(const char *role)
{
	static const char *const ONE[] = { "port", "localport", "signal", "errno", "dev", "irq",
					   "vector", "family", NULL };
	for (int k = 0; ONE[k]; k++)
		if (!strcmp(role, ONE[k]))
			return 1;
	return 0;
}

/* Aggregations: the keys asked for, and the one number measured. */
static int plan_aggs(struct planning *g)
{
	const struct intent *in = g->in;
	const struct lx_event *e = in->event;
	struct plan *p = g->p;
	/* "count the bytes", "how many bytes", "bytes sent per process": their
	 * sum ("read sizes" per process says no more than sizes) */
	if (g->aggs == 1u << AG_COUNT && asks_words(in, "bytes", "byte"))
		/* "how many times ..., and how many bytes", "how many reads and
		 * how many bytes": both */
		g->aggs = strcasestr(in->agg_words, "times") ||
				  (in->counts_bytes && in->counts_events)
			  ? (1u << AG_COUNT) | (1u << AG_SUM)
			  : 1u << AG_SUM;
	/* "counts bytes ... and prints the totals": bytes are all it counts,
	 * and another aggregation is what of them (here, their sum) */
	else if ((g->aggs & (1u << AG_COUNT)) && in->counts_bytes && !in->counts_events &&
		 asks_words(in, "bytes", "byte")) {
		g->aggs &= ~(1u << AG_COUNT);
		/* "count bytes ... and their average": their sum too; "a
		 * histogram of the number of bytes": the bytes alone */
		if (!g->aggs || !strcasestr(in->agg_words, "number of"))
			g->aggs |= 1u << AG_SUM;
	}
	/* "a histogram of the number of bytes": the bytes, no count beside */
	else if ((g->aggs & (1u << AG_COUNT)) && (g->aggs & ~(1u << AG_COUNT)) &&
		 strcasestr(in->agg_words, "number of") && !strcasestr(in->agg_words, "count") &&
		 asks_words(in, "bytes", "byte"))
		g->aggs &= ~(1u << AG_COUNT);
	p->aggs = g->aggs;
	int measured = (g->aggs & ~(1u << AG_COUNT)) != 0;
	/* "the top 5 syscalls": what is ranked is which call */
	if (in->all_syscalls && (in->topn || (in->ranked_calls && !in->who)) && !in->n_keys &&
	    !in->n_shows && !measured) {
		struct plan_value v;
		set_value(&v, "args->id", "syscall", "%d", in->event_words);
		int rc = add_key(g, &v);
		if (rc)
			return rc;
	}
	for (int i = 0; i < in->n_keys; i++) {
		struct plan_value v;
		/* "forks by the children": each fork's child is new, a count
		 * by it is 1 each */
		if (!strcmp(in->keys[i].name, "child"))
			return decline(g, "it groups by \"%s\", and each one is new at %s: every "
				       "count would be 1", in->keys[i].words, in->event_words);
		g->key = 1;
		int rc = resolve(g, &in->keys[i], &v);
		g->key = 0;
		if (rc)
			return rc;
		if (!strcmp(v.fmt, "join"))
			return decline(g, "it groups by \"%s\", which bpftrace can print but not "
				       "count by", v.words);
		if (outcome_key(g, &in->keys[i]))
			return -ENOTSUP;
		/* "top 10 processes by bytes read", "by time spent in read": the
		 * bytes or the time are summed, never a key */
		int summed = !strcmp(in->keys[i].name, "bytes") || !strcmp(in->keys[i].name, "spent");
		if (summed && !p->measure.expr[0] && (!in->aggs || in->aggs == 1u << AG_SUM) &&
		    (g->aggs == 1u << AG_COUNT || g->aggs == 1u << AG_SUM)) {
			p->measure = v;
			g->aggs = p->aggs = 1u << AG_SUM;
			measured = 1;
			continue;
		}
		if (!strcmp(in->keys[i].name, "bytes"))
			return decline(g, "it groups by \"%s\", a size, beside another measure",
				       in->keys[i].words);
		if (!strncmp(v.expr, "$ns", 3))
			return decline(g, "it groups by \"%s\": say a histogram or an average of it",
				       v.words);
		if ((rc = add_key(g, &v)))
			return rc;
	}
	/* "the most frequent syscalls per process": which call, beside */
	if (in->all_syscalls && in->ranked_calls && !in->who && !measured) {
		struct plan_value v;
		set_value(&v, "args->id", "syscall", "%d", in->event_words);
		int rc = add_key(g, &v);
		if (rc)
			return rc;
	}
	for (int i = 0; i < in->n_shows; i++) {
		struct plan_value v;
		int rc = resolve(g, &in->shows[i], &v);
		if (rc)
			return rc;
		if (!strcmp(v.fmt, "join"))
			return decline(g, "it asks for \"%s\" in a summary, and bpftrace can print "
				       "a command line but not count by it", v.words);
		if (outcome_key(g, &in->shows[i]))
			return -ENOTSUP;
		if (plural_counted(g, &in->shows[i], &v, measured))
			return decline(g, "it counts \"%s\" grouped by \"%s\": whether each of them is "
				       "a line of its own is not said (say \"by %s and %s\")",
				       in->shows[i].words, p->keys[0].words, p->keys[0].words,
				       in->shows[i].words);
		if (measured && is_number_value(&v) && !p->measure.expr[0])
			p->measure = v;
		else if (measured && !strcmp(v.expr, p->measure.expr))
			continue; /* "bytes returned by read": one value, two words */
		else if (measured && is_number_value(&v))
			return decline(g, "it measures both \"%s\" and \"%s\"", p->measure.words,
				       v.words);
		else if ((!in->aggs || (e && !strcmp(in->shows[i].name, e->values))) &&
			 (!strcmp(in->shows[i].name, "errno") ||
			  !strcmp(in->shows[i].name, "signal") ||
			  (e && !strcmp(in->shows[i].name, e->values))) &&
			 g->aggs == 1u << AG_COUNT) {
			/* "which calls fail the most, and with what error": a
			 * count is by the error, a name and not a number */
			if ((rc = add_key(g, &v)))
				return rc;
		} else if (!in->aggs && in->summary && !in->ranked && !p->measure.expr[0] &&
			   !strncmp(v.expr, "$ns", 3) && g->aggs == 1u << AG_COUNT) {
			/* "summarizes fsync latency": a time summarized with no
			 * word for how is its histogram (how it is spread) */
			p->measure = v;
			g->aggs = p->aggs = 1u << AG_HIST;
			measured = 1;
		} else if (!in->aggs && in->topn && !p->measure.expr[0] &&
			   g->aggs == 1u << AG_COUNT && names_one(in->shows[i].name)) {
			/* "top 3 destination ports": the ports most often
			 * there, counted (a number that names one thing) */
			if ((rc = add_key(g, &v)))
				return rc;
		} else if ((!in->aggs || !strncmp(v.expr, "$ns", 3)) && is_number_value(&v))
			return decline(g, "it does not say whether to count, total or make a "
				       "histogram of \"%s\"", v.words);
		else if ((rc = add_key(g, &v)))
			return rc;
	}
	/* "who opens the most files", "who sends signals to nginx, every 10
	 * seconds": a summary of who is a summary by process */
	if (in->who && !p->n_keys && !p->who_comm[0])
		return decline(g, "it asks who, and %s ends outside the task it started in",
			       in->event_words);
	if (in->who && !p->n_keys) {
		struct plan_value v;
		set_value(&v, p->who_comm, "comm", "%s", "who");
		int rc = add_key(g, &v);
		if (rc)
			return rc;
	}
	/* "counts execve calls and prints the totals": the totals are the
	 * counts' */
	if (measured && !p->measure.expr[0] && g->aggs == ((1u << AG_COUNT) | (1u << AG_SUM)))
		g->aggs = p->aggs = 1u << AG_COUNT;
	else if (measured && !p->measure.expr[0])
		return decline(g, "it asks for a %s without saying of what", in->agg_words);
	/* "per thread", "which threads": a thread id says nothing alone; its
	 * name beside it (one thread has one name: the same groups) */
	if (p->n_keys == 1 && !strcmp(p->keys[0].label, "tid") && p->who_comm[0]) {
		p->keys[1] = p->keys[0];
		set_value(&p->keys[0], p->who_comm, "comm", "%s", "the thread's name, beside its id");
		p->n_keys = 2;
	}
	if (in->topn && (!p->n_keys || (p->aggs != 1u << AG_COUNT && p->aggs != 1u << AG_SUM)))
		return decline(g, "it asks for a top %ld of something it does not rank", in->topn);
	return 0;
}

/* A total of times taken adds each one as it is: in whole us, every
 * call under one would add 0 (a million 0.5 us reads would total 0). An
 * average is off by less than the unit it is shown in; a total's error
 * grows with every call. Kept in ns unless a coarser unit is asked for,
 * which declines. */
static int whole_time_totals(struct planning *g)
{
	struct plan *p = g->p;
	if (strncmp(p->measure.expr, "$ns", 3) || !(p->aggs & (1u << AG_SUM)))
		return 0;
	if (g->in->unit[0] && strcmp(g->in->unit, "ns"))
		return decline(g, "it asks for a total in whole %s (\"%s\"): every call under one "
			       "would add 0; ask for it in ns", g->in->unit, g->in->unit_words);
	snprintf(p->measure.expr, sizeof(p->measure.expr), "$ns");
	snprintf(p->measure.label, sizeof(p->measure.label), "ns");
	return 0;
}

static int is_size_label(const char *l)
{
	return !strcmp(l, "bytes") || !strcmp(l, "count") || !strcmp(l, "len") ||
	       !strcmp(l, "size") || !strcmp(l, "requested");
}

/* A size in the unit asked for ("in KB"), labelled so. */
static int divided(struct planning *g, struct plan_value *v)
{
	char expr[sizeof(v->expr) + 16];
	snprintf(expr, sizeof(expr), "%s / %ld", v->expr, g->in->size_div);
	if (strlen(expr) >= sizeof(v->expr))
		return decline(g, "the size it measures is too long an expression to divide");
	memcpy(v->expr, expr, strlen(expr) + 1);
	snprintf(v->label, sizeof(v->label), "%s", g->in->size_unit);
	return 0;
}

/* "a histogram of read sizes in KB": the size divided as it is
 * measured. Only where rounding each one down changes nothing but the
 * unit (a histogram's buckets, a minimum, a maximum): a total or an
 * average of sizes rounded one by one would lose every one under 1 KB. */
static int size_in_unit(struct planning *g)
{
	struct plan *p = g->p;
	const struct intent *in = g->in;
	/* "average bytes written per second": a throughput's average over
	 * time, which an average of each write's size is not */
	if ((p->aggs & (1u << AG_AVG)) && in->interval_rate && is_size_label(p->measure.label) &&
	    (!strstr(p->measure.words, "size") || in->throughput))
		return decline(g, "it asks for an average of bytes per %s: a throughput over "
			       "time, not each call's size (ask for bytes per %s, or the average "
			       "size)", in->interval_s == 60 ? "minute" : "second",
			       in->interval_s == 60 ? "minute" : "second");
	if (!in->size_div)
		return 0;
	/* a line per event: each size shown rounded down in the unit */
	struct plan_value *v = NULL;
	for (int i = 0; p->each && i < p->n_shown; i++)
		if (is_size_label(p->shown[i].label)) {
			if (v)
				return decline(g, "it shows two sizes in \"%s\"", in->size_unit_words);
			v = &p->shown[i];
		}
	/* (each size under 1 MB would show 0, unless only bigger ones are) */
	if (v && in->size_div >= 1048576 && (in->size_lt || in->size_above < in->size_div))
		return decline(g, "it shows each size in whole %s (\"%s\"): every one under 1 %s "
			       "would show 0; ask for bytes or KB", in->size_unit,
			       in->size_unit_words, in->size_unit);
	if (v)
		return divided(g, v);
	unsigned whole = (1u << AG_HIST) | (1u << AG_MIN) | (1u << AG_MAX);
	if (p->each || !p->measure.expr[0] || !is_size_label(p->measure.label))
		return decline(g, "it gives a unit of size (\"%s\") of no size it measures",
			       in->size_unit_words);
	/* a total or an average of the bytes, printed divided (print()'s
	 * divisor): never of sizes rounded one by one, nor beside a
	 * histogram's (which is divided as measured) */
	if ((p->aggs & ~whole) && (p->aggs & whole))
		return decline(g, "it asks for a total or an average in %s (\"%s\") beside a "
			       "histogram, a minimum or a maximum: ask for one", in->size_unit,
			       in->size_unit_words);
	if ((p->aggs & ~whole) && in->cumulative)
		return decline(g, "it asks for totals kept (\"%s\") in %s: the totals printed "
			       "when it ends would be in bytes", in->cumulative_words,
			       in->size_unit);
	if (p->aggs & ~whole) {
		p->print_div = in->size_div;
		snprintf(p->measure.label, sizeof(p->measure.label), "%s", in->size_unit);
		return 0;
	}
	return divided(g, &p->measure);
}

/* "linear buckets of 128 bytes up to 1024": the histogram's buckets, in
 * what it measures (bytes, or a time in the unit it shows; a number
 * alone is in that unit). */
static int linear_buckets(struct planning *g)
{
	struct plan *p = g->p;
	const struct intent *in = g->in;
	if (!in->lh[2])
		return 0;
	if (!(p->aggs & (1u << AG_HIST)) || !p->measure.expr[0])
		return decline(g, "it asks for linear buckets (\"%s\") of no histogram",
			       in->lh_words);
	if (in->size_div)
		return decline(g, "it gives linear buckets (\"%s\") and a unit of size (\"%s\"): "
			       "say the buckets in bytes", in->lh_words, in->size_unit_words);
	int time = !strncmp(p->measure.expr, "$ns", 3), bytes = is_size_label(p->measure.label);
	long long div = 1;
	if (time)
		time_unit(in, &div);
	for (int k = 0; k < 3; k++) {
		long long v = in->lh[k];
		if ((in->lh_kind[k] == 'b' && !bytes) || (in->lh_kind[k] == 't' && !time))
			return decline(g, "it gives linear buckets (\"%s\") in a unit of %s, which "
				       "it does not measure", in->lh_words,
				       in->lh_kind[k] == 'b' ? "size" : "time");
		if (in->lh_kind[k] == 't' && v % div)
			return decline(g, "its linear buckets (\"%s\") are not whole in the unit "
				       "shown", in->lh_words);
		p->lhist[k] = in->lh_kind[k] == 't' ? v / div : v;
	}
	if (p->lhist[1] <= p->lhist[0] || (p->lhist[1] - p->lhist[0]) / p->lhist[2] > 1000)
		return decline(g, "its linear buckets (\"%s\") run from %lld to %lld by %lld: "
			       "say a top above the bottom, and at most 1000 buckets", in->lh_words,
			       p->lhist[0], p->lhist[1], p->lhist[2]);
	return 0;
}

/* "who opens /etc/passwd": the path the request names kept to, as the
 * call is given it (a relative path to the same file is another string),
 * where the call starts: a string pointer of the event's file. */
static int path_filter(struct planning *g)
{
	const struct intent *in = g->in;
	struct intent_item it = { .name = "file" };
	struct plan_value v;
	snprintf(it.words, sizeof(it.words), "%.63s", in->binary);
	/* (an event about directories: the directory's path) */
	for (int i = 0; in->event && i < in->event->n_roles; i++)
		if (!strcmp(in->event->roles[i].name, "dir"))
			snprintf(it.name, sizeof(it.name), "dir");
	const struct bte_tp_field *entry = g->at_exit ? entry_file(g) : NULL;
	if (g->at_exit && (!entry || in->function))
		return decline(g, "it names a path (\"%s\") and asks for a result: the path is "
			       "known where the call starts, the result where it ends", in->binary);
	if (strlen(in->binary) >= 64)
		return decline(g, "the path \"%s\" is longer than bpftrace reads (63 bytes)",
			       in->binary);
	/* "in /tmp", "under /var/www", "on /scratch": a directory's files,
	 * kept to by the start of their paths; "by /usr/bin/curl": the binary
	 * that acts, never one file's name */
	static const char *const IN_DIR[] = { "in", "inside", "within", "under", "below",
					      "beneath", "on", NULL };
	static const char *const NOT_ONE_FILE[] = { "into", "from", "by", "at", NULL };
	struct stat st;
	size_t bl = strlen(in->binary);
	int dir = in->binary[bl - 1] == '/' || (stat(in->binary, &st) == 0 && S_ISDIR(st.st_mode));
	int under = 0;
	for (int i = 0; IN_DIR[i]; i++)
		under |= !strcmp(in->binary_after, IN_DIR[i]);
	/* "under /srv/dicom" where it is not (yet): a directory by the word,
	 * when its last part has no extension (never "in /srv/x.log") */
	const char *last = strrchr(in->binary, '/');
	dir |= under && strcmp(in->binary_after, "in") && strcmp(in->binary_after, "on") &&
	       stat(in->binary, &st) != 0 &&
	       errno == ENOENT && last && last[1] && !strchr(last, '.') &&
	       strncmp(in->binary, "/dev/", 5) && strncmp(in->binary, "/proc/", 6) &&
	       strncmp(in->binary, "/sys/", 5); /* (never "under /dev/ttyUSB") */
	if (under && !dir)
		return decline(g, "it names a path after \"%s\" (\"%s\"), which is no directory "
			       "here: the offline planner keeps to the files under a directory, or "
			       "to one file named exactly (\"opens of /etc/passwd\")",
			       in->binary_after, in->binary);
	for (int i = 0; NOT_ONE_FILE[i]; i++)
		if (!strcmp(in->binary_after, NOT_ONE_FILE[i]))
			return decline(g, "it names a path after \"%s\" (\"%s\"): the offline "
				       "planner keeps only to one file named exactly (\"opens of "
				       "/etc/passwd\")", in->binary_after, in->binary);
	if (dir && !under)
		return decline(g, "\"%s\" is a directory: say the files under it (\"opens under "
			       "/etc\") or one file named exactly", in->binary);
	if (strpbrk(in->binary, "\"\\") || in->binary[0] != '/' || strstr(in->binary, "/./") ||
	    strstr(in->binary, "/../") || strstr(in->binary, "//") ||
	    (bl >= 3 && !strcmp(in->binary + bl - 3, "/..")) ||
	    (bl >= 2 && !strcmp(in->binary + bl - 2, "/.")))
		return decline(g, "the path \"%s\" is not one the offline planner writes into a "
			       "program (an absolute path without quotes, \".\" or \"..\")",
			       in->binary);
	if (entry) {
		/* "failed opens of /etc/shadow": kept to where the call starts,
		 * and the exit of those calls only */
		snprintf(v.expr, sizeof(v.expr), "str(args->%s)", entry->name);
		g->p->paired = 1;
		snprintf(g->p->start_probes, sizeof(g->p->start_probes), "%s", g->entry_probes);
	} else if (resolve(g, &it, &v) || strncmp(v.expr, "str(", 4)) {
		return decline(g, "it names a path (\"%s\"), and %s has no file name to keep to",
			       in->binary, in->event_words);
	}
	char cond[sizeof(v.expr) + 96], msg[128];
	if (under) {
		/* "/etc" and "/etc/": the paths that start "/etc/" */
		char prefix[72];
		snprintf(prefix, sizeof(prefix), "%.*s/", (int)(bl - (in->binary[bl - 1] == '/')),
			 in->binary);
		if (strlen(prefix) > 63)
			return decline(g, "the path \"%s\" is longer than bpftrace reads (63 "
				       "bytes)", prefix);
		snprintf(cond, sizeof(cond), "strncmp(%s, \"%s\", %zu) == 0", v.expr, prefix,
			 strlen(prefix));
		snprintf(msg, sizeof(msg), "only paths that start %s, as the call is given them",
			 prefix);
	} else {
		snprintf(cond, sizeof(cond), "%s == \"%.63s\"", v.expr, in->binary);
		snprintf(msg, sizeof(msg), "only the path %.63s, as the call is given it",
			 in->binary);
	}
	if (add_filter(g, cond, msg))
		return -ENOTSUP;
	g->p->filters[g->p->n_filters - 1].entry_only = entry != NULL;
	g->p->filters[g->p->n_filters - 1].at_start = entry != NULL;
	return 0;
}

/* "in cgroup /sys/fs/cgroup/x": the task's cgroup kept to that one's id
 * (cgroupid() reads it when the program is compiled), where the event's
 * task is the one it is about. */
static int cgroup_filter(struct planning *g)
{
	const struct intent *in = g->in;
	struct stat st;
	struct statfs fs;
	if (stat(in->cgroup_path, &st) != 0 || !S_ISDIR(st.st_mode))
		return decline(g, "\"%s\" is not a cgroup here", in->cgroup_path);
	/* the cgroup builtin is a task's cgroup v2 id: a v1 hierarchy's
	 * directory would never match */
	if (statfs(in->cgroup_path, &fs) != 0 || fs.f_type != CGROUP2_SUPER_MAGIC)
		return decline(g, "\"%s\" is not a cgroup v2 directory here (bpftrace's cgroup is "
			       "the v2 one)", in->cgroup_path);
	if (strpbrk(in->cgroup_path, "\"\\") || strlen(in->cgroup_path) > 200)
		return decline(g, "\"%s\" is not a path bpftrace can be given", in->cgroup_path);
	if ((in->event && (in->event->notask || in->event->other_task)) || g->span)
		return decline(g, "it keeps to a cgroup (\"%s\"), and %s happens outside the task "
			       "it is about", in->cgroup_path, in->event_words);
	char cond[300], msg[300];
	snprintf(cond, sizeof(cond), "cgroup == cgroupid(\"%s\")", in->cgroup_path);
	snprintf(msg, sizeof(msg), "only the cgroup %s", in->cgroup_path);
	return add_filter(g, cond, msg) ? -ENOTSUP : 0;
}

/* "reads over 1 MB", "kmalloc of 4 KB or more": the event's size (the
 * bytes moved, asked for, allocated) kept above the one given. */
static int size_filter(struct planning *g)
{
	const struct intent *in = g->in;
	/* "processes writing more than 1 MB per second": a throughput as
	 * much as a size of each call */
	if (in->interval_s)
		return decline(g, "it gives a size (\"%s\") and an interval: whether each call "
			       "or the total in each interval is over it is not said",
			       in->size_words);
	struct intent_item it = { .name = "bytes" };
	struct plan_value v;
	snprintf(it.words, sizeof(it.words), "%s", in->size_words);
	if (resolve(g, &it, &v) || !is_number_value(&v))
		return decline(g, "it gives a size (\"%s\"), and %s has no size to keep to",
			       in->size_words, in->event_words);
	/* "kmalloc bytes_req over 4KB" (the size is bytes_alloc's), "count
	 * kmalloc bytes_alloc over 8KB by comm" (a key of the size bounded):
	 * a field named beside the size */
	for (int k = 0; k < in->n_keys + in->n_shows; k++) {
		const struct intent_item *o = k < in->n_keys ? &in->keys[k]
							     : &in->shows[k - in->n_keys];
		/* (the field by its name, as the item's name or its words) */
		const char *named = field(g, o->name) && strchr(o->name, '_') ? o->name
				    : field(g, o->words) && strchr(o->words, '_') ? o->words
										    : NULL;
		char expr[sizeof(o->words) + 8];
		snprintf(expr, sizeof(expr), "args->%s", named ? named : "");
		if (!named)
			continue;
		if (strcmp(expr, v.expr))
			return decline(g, "it gives a size (\"%s\") and names %s, and the size is "
				       "kept on %s: which one it bounds is not said", in->size_words,
				       named, v.expr);
		/* (a count of a thing named is by it: "count kmalloc bytes_alloc
		 * over 8KB by comm" would be by each size too) */
		if (k < in->n_keys || g->aggs == 1u << AG_COUNT)
			return decline(g, "it keys by %s, the size it keeps above or below (\"%s\")",
				       named, in->size_words);
	}
	char cond[sizeof(v.expr) + 40];
	snprintf(cond, sizeof(cond), "%s %s %lld", v.expr, bound_op(in->size_lt, in->size_ge),
		 in->size_above);
	return add_filter(g, cond, in->size_words);
}

/* "retransmits to 10.20.0.15": the address role's field ("daddr_v6"),
 * an IPv4 address mapped into IPv6 (::ffff:a.b.c.d, as the tracepoints
 * store an IPv4 socket's, and a dual-stack one's IPv4 peer), kept to the
 * bytes given; a network ("10.0.0.0/8") by its first bytes. Never the
 * 4-byte field: an IPv6 socket's has 127.0.0.6 in it. */
static int ip_filter(struct planning *g)
{
	const struct intent *in = g->in;
	const struct lx_event *e = in->event;
	const char *expr = NULL;
	for (int k = 0; e && k < e->n_roles; k++)
		if (!strcmp(e->roles[k].name, in->ip_role))
			expr = e->roles[k].expr;
	char name[64];
	const struct bte_tp_field *f = NULL;
	if (expr && sscanf(expr, "ntop(args->%63[a-z0-9_]", name) == 1 && strlen(name) > 3 &&
	    !strcmp(name + strlen(name) - 3, "_v6"))
		f = field(g, name);
	if (!f || f->size != 16 || !strstr(f->decl, "[16]"))
		return decline(g, "it keeps to the address %s, and %s has no IPv6 or mapped IPv4 "
			       "address to keep to", in->ip_words, in->event_words);
	char cond[sizeof(((struct plan_filter *)0)->cond)];
	int used = snprintf(cond, sizeof(cond), "args->%s[10] == 255 && args->%s[11] == 255",
			    name, name);
	for (int k = 0; k < in->ip_bytes && used > 0 && (size_t)used < sizeof(cond); k++)
		used += snprintf(cond + used, sizeof(cond) - (size_t)used,
				 " && args->%s[%d] == %u", name, 12 + k, in->ip[k]);
	if (used <= 0 || (size_t)used >= sizeof(cond))
		return decline(g, "it keeps to the address %s, a condition too long to write",
			       in->ip_words);
	char msg[96];
	snprintf(msg, sizeof(msg), "only %.80s", in->ip_words);
	return add_filter(g, cond, msg);
}

/* Whether `value` is one of the list "4,5,6". */
static int among(const char *list, long value)
{
	for (const char *s = list; *s; s += strspn(s, ",")) {
		char *end;
		long v = strtol(s, &end, 10);
		if (end == s)
			break;
		if (v == value)
			return 1;
		s = end;
	}
	return 0;
}

/* "fd 1", "signal 9", "cpu 0": a number of the event kept equal to the
 * one the request gives (never a string, an address or a time). */
static int equals_filter(struct planning *g, const struct intent_item *it, long value,
			 int negated)
{
	struct plan_value v;
	if (resolve(g, it, &v))
		return -ENOTSUP;
	if (!strcmp(v.fmt, "%s") || !strcmp(v.fmt, "join") || !strcmp(v.fmt, "0x%lx") ||
	    !strcmp(v.fmt, "stack") ||
	    !strcmp(v.expr, "comm") || strchr(v.expr, '$'))
		return decline(g, "it keeps \"%s\" to a number, and it is not one at %s", it->words,
			       g->in->event_words);
	/* kill(pid, 0) sends nothing: no signal 0 is ever generated; none is
	 * over 64 */
	if (!strcmp(it->name, "signal") &&
	    (value > 64 || (!value && strstr(g->p->probes, "signal_generate"))))
		return decline(g, "it keeps to signal %ld, which is never sent%s", value,
			       value ? "" : " (kill() with signal 0 only checks the pid)");
	if ((!strcmp(it->name, "port") || !strcmp(it->name, "localport")) && value > 65535)
		return decline(g, "it keeps to port %ld, and no port is over 65535", value);
	const struct lx_role *r = g->in->event ? event_role(g->in->event, it->name) : NULL;
	if (r && r->only[0] && !negated && !among(r->only, value))
		return decline(g, "it keeps the %s to %ld (\"%s\"), and at the lexicon's %s "
			       "event it is only ever one of %s", it->name, value, it->words,
			       g->in->event->name, r->only);
	char cond[sizeof(v.expr) + 24], msg[LX_WORD * 2 + 16];
	snprintf(cond, sizeof(cond), "%s %s %ld", v.expr, negated ? "!=" : "==", value);
	snprintf(msg, sizeof(msg), "%s%s", negated ? "" : "only ",
		 negated ? g->in->not_words : it->words);
	return add_filter(g, cond, msg);
}

/* What a process or pid the request names is kept to: the task the
 * event is about; at an event about two tasks (a sender and a target, a
 * parent and a child), the target's after "to" (`role`, when the event
 * has it), the acting task's after "from", else not said. NULL, with
 * why, when none fits. */
static const char *directed_role(struct planning *g, int to, int from, const char *role)
{
	const struct lx_event *e = g->in->event;
	const struct plan *p = g->p;
	int other_task = 0;
	for (int i = 0; e && i < e->n_roles; i++)
		other_task |= !strcmp(e->roles[i].name, "target") || !strcmp(e->roles[i].name, "child");
	int own = strcmp(p->who_comm, "comm") || strcmp(p->who_pid, "pid");
	int pid = !strcmp(role, "target");
	if (to) {
		for (int i = 0; e && other_task && i < e->n_roles; i++)
			if (!strcmp(e->roles[i].name, role))
				return e->roles[i].expr;
		decline(g, "it names the %s something is sent to (\"to %s\"), and the offline "
			"planner cannot keep %s to it", pid ? "pid" : "process",
			pid ? "pid" : g->in->comm, g->in->event_words);
		return NULL;
	}
	/* "signals delivered from bash": delivered in the task it is sent
	 * to, where no sender is known */
	for (int i = 0; e && from && i < e->n_roles; i++)
		if (!strcmp(e->roles[i].name, role) &&
		    !strcmp(e->roles[i].expr, pid ? p->who_pid : p->who_comm)) {
			decline(g, "it names the %s something comes from, and %s happens in the "
				"task it is sent to", pid ? "pid" : "process", g->in->event_words);
			return NULL;
		}
	if (other_task && !own && !from) {
		decline(g, "it names a process at %s, which is about two tasks: which one is not "
			"said (\"to\" the one it is sent to, \"from\" the sender)", g->in->event_words);
		return NULL;
	}
	return pid ? p->who_pid : p->who_comm;
}

/* A role of the event by its name, or NULL. */
static const struct lx_role *event_role(const struct lx_event *e, const char *name)
{
	for (int i = 0; e && i < e->n_roles; i++)
		if (!strcmp(e->roles[i].name, name))
			return &e->roles[i];
	return NULL;
}

/* A span's process or pid kept to (`what`: "comm", "pid"): where its
 * time starts by the event's role, where it ends by its "end." role, at
 * each end that has one ("off-CPU time of nginx": switched out as nginx,
 * and in). */
static int span_filter(struct planning *g, const char *what, const char *value,
		       const char *message)
{
	const struct lx_event *e = g->in->event;
	char end_name[16];
	snprintf(end_name, sizeof(end_name), "end.%s", what);
	const struct lx_role *start = event_role(e, what), *end = event_role(e, end_name);
	if (!start && !end)
		return decline(g, "it keeps %s to a %s, which the lexicon does not give",
			       g->in->event_words, !strcmp(what, "comm") ? "process" : "pid");
	char cond[128], scond[128];
	const char *q = !strcmp(what, "comm") ? "\"" : "";
	snprintf(scond, sizeof(scond), "%s == %s%s%s", start ? start->expr : "", q, value, q);
	snprintf(cond, sizeof(cond), "%s == %s%s%s", end ? end->expr : "", q, value, q);
	if (add_filter(g, end ? cond : scond, message))
		return -ENOTSUP;
	struct plan_filter *f = &g->p->filters[g->p->n_filters - 1];
	f->at_start = start != NULL;
	f->entry_only = !end;
	if (start && end)
		snprintf(f->start_cond, sizeof(f->start_cond), "%s", scond);
	return 0;
}

/* Filters the request's words ask for, each with its words. */
static int plan_filters(struct planning *g)
{
	const struct intent *in = g->in;
	const struct lx_event *e = in->event;
	char cond[160], msg[LX_WORD * 2 + 16];
	/* a path kept to at a call's entry pairs the plan (path_filter):
	 * the process and pid are kept to there too */
	int paired = g->timed || g->p->paired ||
		     (in->binary[0] && !in->function && g->at_exit && entry_file(g));
	if (e && e->notask && !g->span && (in->comm[0] || in->pid || in->pid_above))
		return decline(g, "it keeps %s to a process, and it happens outside the task it is "
			       "about", in->event_words);
	if ((g->span || g->comm_is_binary) && (in->comm_not || in->pid_not))
		return decline(g, "it leaves out a %s (\"%s\"), which the offline planner keeps "
			       "out only at an event of one task", in->comm_not ? "process" : "pid",
			       in->not_words);
	int other_task = 0;
	for (int i = 0; e && i < e->n_roles; i++)
		other_task |= !strcmp(e->roles[i].name, "target") || !strcmp(e->roles[i].name, "child");
	/* "execs except ls": the caller, or the program run? "context
	 * switches to anything except nginx": the task switched out is
	 * comm. Kept out at an event about two tasks only when the one
	 * acting is said ("except by bash") */
	if ((in->comm_not || in->pid_not) && !in->not_actor && !in->comm_from &&
	    (other_task || (e && e->two_tasks) ||
	     (!e && in->syscall[0] && lexicon_two_tasks(g->lx, in->syscall))))
		return decline(g, "it leaves out a %s (\"%s\") at %s, which is about two tasks: "
			       "which one is not said (\"except by nginx\" for the one acting)",
			       in->comm_not ? "process" : "pid", in->not_words, in->event_words);
	if (g->span && (in->comm_to || in->pid_to))
		return decline(g, "it names a process something is sent to, and %s is about one "
			       "task", in->event_words);
	/* "asterisk threads": the process's, by its main thread's name, of
	 * the task that runs alone */
	if (in->comm_process && in->comm[0] && (g->span || g->comm_is_binary))
		return decline(g, "it asks for the threads of %s at %s, whose task is not one "
			       "thread's own", in->comm, in->event_words);
	if (g->span && in->comm[0]) {
		snprintf(cond, sizeof(cond), "%s", in->comm);
		snprintf(msg, sizeof(msg), "only %s", in->comm);
		if (span_filter(g, "comm", cond, msg))
			return -ENOTSUP;
	}
	if (g->span && in->pid) {
		snprintf(cond, sizeof(cond), "%ld", in->pid);
		snprintf(msg, sizeof(msg), "only pid %ld", in->pid);
		if (span_filter(g, "pid", cond, msg))
			return -ENOTSUP;
	}
	const char *to_comm = in->comm[0] && !g->span
				      ? directed_role(g, in->comm_to, in->comm_from, "target.comm")
				      : "";
	const char *to_pid = to_comm && in->pid && !g->span
				     ? directed_role(g, in->pid_to, in->pid_from, "target")
				     : "";
	if (!to_comm || !to_pid)
		return -ENOTSUP;
	if (in->comm[0] && in->comm_process && strcmp(to_comm, "comm"))
		return decline(g, "it asks for the threads of %s at %s, which is about another "
			       "task than the one that runs", in->comm, in->event_words);
	if (in->comm[0] && in->comm_process)
		to_comm = "curtask->group_leader->comm";
	if (in->comm[0] && !g->comm_is_binary && !g->span) {
		snprintf(cond, sizeof(cond), "%s %s \"%s\"", to_comm, in->comm_not ? "!=" : "==",
			 in->comm);
		snprintf(msg, sizeof(msg), "%s%s", in->comm_not ? "" : "only ",
			 in->comm_not ? in->not_words : in->comm);
		if (add_filter(g, cond, msg))
			return -ENOTSUP;
		g->p->filters[g->p->n_filters - 1].at_start = paired;
	}
	if (in->pid && !g->span) {
		snprintf(cond, sizeof(cond), "%s %s %ld", to_pid, in->pid_not ? "!=" : "==", in->pid);
		if (in->pid_not)
			snprintf(msg, sizeof(msg), "%s", in->not_words);
		else
			snprintf(msg, sizeof(msg), "only pid %ld", in->pid);
		if (add_filter(g, cond, msg))
			return -ENOTSUP;
		g->p->filters[g->p->n_filters - 1].at_start = paired;
	}
	/* "processes whose pid is above 1000": the task acting, at an event
	 * of one task */
	if (in->pid_above && (g->span || g->comm_is_binary || other_task || (e && e->two_tasks) ||
			      strcmp(g->p->who_pid, "pid") ||
			      (!e && in->syscall[0] && lexicon_two_tasks(g->lx, in->syscall))))
		return decline(g, "it bounds a pid (\"%s\"), which the offline planner keeps "
			       "to only at an event of one task", in->pid_above_words);
	if (in->pid_above) {
		snprintf(cond, sizeof(cond), "pid %s %ld", bound_op(in->pid_lt, in->pid_above_ge),
			 in->pid_above);
		if (add_filter(g, cond, in->pid_above_words))
			return -ENOTSUP;
		g->p->filters[g->p->n_filters - 1].at_start = paired;
	}
	if (in->null_ret && (!in->function || add_filter(g, "retval == 0", in->null_words)))
		return in->function ? -ENOTSUP
				    : decline(g, "it asks for calls that return NULL (\"%s\"), and "
					      "%s is no function of a library", in->null_words,
					      in->event_words);
	if (in->above_ns) {
		snprintf(cond, sizeof(cond), "$ns %s %lld", bound_op(in->above_lt, in->above_ge),
			 in->above_ns);
		if (add_filter(g, cond, in->above_words))
			return -ENOTSUP;
	}
	if ((in->failed || in->succeeded) && (!g->at_exit || in->function))
		return decline(g, "it asks for \"%s\" of an event that returns nothing",
			       in->fail_words);
	if (in->errno_value) {
		/* "ENOENT": the call returned -ENOENT */
		snprintf(cond, sizeof(cond), "args->ret == -%d", in->errno_value);
		snprintf(msg, sizeof(msg), "only %s", in->fail_words);
		if (add_filter(g, cond, msg))
			return -ENOTSUP;
	} else if (in->failed && add_filter(g, "args->ret < 0", in->fail_words))
		return -ENOTSUP;
	else if (in->succeeded && add_filter(g, "args->ret >= 0", in->fail_words))
		return -ENOTSUP;
	if (in->binary[0] && !in->function && path_filter(g))
		return -ENOTSUP;
	if (in->cgroup_path[0] && cgroup_filter(g))
		return -ENOTSUP;
	if (in->size_above && size_filter(g))
		return -ENOTSUP;
	if (in->ip_bytes && ip_filter(g))
		return -ENOTSUP;
	for (int i = 0; i < in->n_equals; i++)
		if (equals_filter(g, &in->equals[i], in->equals_value[i], in->equals_not[i]))
			return -ENOTSUP;
	if (e && e->where[0]) {
		snprintf(msg, sizeof(msg), "%s", in->event_words);
		int before = g->p->n_filters;
		if (add_filter(g, e->where, msg))
			return -ENOTSUP;
		/* (one said already would take the flags below) */
		if (g->p->n_filters == before)
			return decline(g, "it asks for the condition of %s twice", in->event_words);
		/* a span's event is where its time starts */
		g->p->filters[g->p->n_filters - 1].at_start = g->span;
		g->p->filters[g->p->n_filters - 1].entry_only = g->span;
	}
	/* what ends a span, in its end probe's predicate (a connect's
	 * SYN_SENT to ESTABLISHED: not the state change that starts it, on
	 * the same tracepoint) */
	if (e && g->span && e->end_where[0]) {
		int before = g->p->n_filters;
		if (add_filter(g, e->end_where, in->event_words))
			return -ENOTSUP;
		if (g->p->n_filters == before)
			return decline(g, "it asks for the end of %s twice", in->event_words);
		g->p->filters[g->p->n_filters - 1].end_only = 1;
	}
	return 0;
}

/* The system call an intent's event is, when the event is the call's
 * entry and nothing more ("tracepoint:syscalls:sys_enter_kill") and the
 * intent asks for what only the call's exit knows: its result, whether it
 * failed, how long it took. NULL otherwise. */
static const char *exit_call(const struct intent *in)
{
	static const char ENTER[] = "tracepoint:syscalls:sys_enter_";
	const struct lx_event *e = in->event;
	if (!e || strncmp(e->probes, ENTER, strlen(ENTER)) || strchr(e->probes, ',') ||
	    e->where[0] || e->end_probe[0])
		return NULL;
	int exit = in->failed || in->succeeded || in->errno_value || in->above_ns ||
		   asks(in, "ret") || asks(in, "errno") || asks(in, "duration") ||
		   asks(in, "spent");
	const char *call = e->probes + strlen(ENTER);
	/* (exit() and exit_group() never return; at an event about two
	 * tasks, a process kept to is the event's to place: "failed kill
	 * calls for pid 1234") */
	int two = event_role(e, "target") || event_role(e, "child");
	if (!strcmp(call, "exit") || !strcmp(call, "exit_group") ||
	    (two && (in->comm[0] || in->pid || in->pid_above || in->n_equals)))
		return NULL;
	return exit ? call : NULL;
}

int planner_plan(const struct lexicon *lx, const struct intent *in, const char *tracefs,
		 struct plan *out, char *why, size_t whylen)
{
	struct planning *g = calloc(1, sizeof(*g));
	if (!g) {
		snprintf(why, whylen, "out of memory");
		return -ENOMEM;
	}
	memset(out, 0, sizeof(*out));
	/* "failed connect calls", "kill latency": an event that is a system
	 * call's entry alone, asked for what its exit knows, is the call */
	struct intent *timed_in = NULL;
	const char *call = exit_call(in);
	if (call) {
		if (!(timed_in = malloc(sizeof(*timed_in)))) {
			free(g);
			snprintf(why, whylen, "out of memory");
			return -ENOMEM;
		}
		*timed_in = *in;
		timed_in->event = NULL;
		snprintf(timed_in->syscall, sizeof(timed_in->syscall), "%s", call);
		in = timed_in;
	}
	/* "off-CPU time of redis, as a histogram": an event that is a time
	 * measures it, unless only counted or asked for one by one */
	const struct lx_event *e = in->event;
	/* summed when summarized with no word for how ("top processes by
	 * off-CPU time", "who spends the most time off the CPU") */
	int summarized = e && e->always_timed && !in->aggs && !in->each_words &&
			 (in->n_keys || in->summary || in->topn || in->interval_s || in->who);
	int summed = summarized && e->timed_total;
	/* "scheduler latency for nginx": a time of an event only counted or
	 * measured, with no word for how, is its histogram (how it is
	 * spread) */
	int spread = e && e->always_timed && e->summary_only && !e->timed_total && !in->aggs &&
		     !in->each_words && !in->above_ns && !summarized;
	if (summarized && !summed) {
		snprintf(why, whylen, "it does not say whether to count, average, total or make a "
			 "histogram of %s", in->event_words);
		free(g);
		free(timed_in);
		return -ENOTSUP;
	}
	/* "which processes have the highest off-CPU time": the longest one,
	 * or the most in total? ("the maximum" says) */
	if (((e && e->timed_total) || asks(in, "spent")) && (in->aggs & (1u << AG_MAX)) &&
	    !strstr(in->agg_words, "max")) {
		snprintf(why, whylen, "it asks for the \"%s\" time of %s: the longest one or the "
			 "most in total is not said (\"maximum\" or \"total\")", in->agg_words,
			 in->event_words);
		free(g);
		free(timed_in);
		return -ENOTSUP;
	}
	if (e && e->always_timed && ((in->aggs & ~(1u << AG_COUNT)) || summed || spread) &&
	    !asks(in, "duration") && !asks(in, "spent") && in->n_shows < INTENT_ITEMS) {
		struct intent *was = timed_in; /* (a call's, which `in` may be) */
		timed_in = malloc(sizeof(*timed_in));
		if (!timed_in) {
			free(was);
			free(g);
			snprintf(why, whylen, "out of memory");
			return -ENOMEM;
		}
		*timed_in = *in;
		struct intent_item *it = &timed_in->shows[timed_in->n_shows++];
		memset(it, 0, sizeof(*it));
		snprintf(it->name, sizeof(it->name), "duration");
		snprintf(it->words, sizeof(it->words), "%s", in->event_words);
		free(was);
		in = timed_in;
	}
	*g = (struct planning){ .lx = lx, .in = in, .p = out, .why = why, .whylen = whylen,
				.tracefs = tracefs };
	/* "syscalls by process", "summarize", "top 5", "every 2 seconds": a
	 * count, unless each event is asked for */
	g->aggs = summed ? 1u << AG_SUM : spread ? 1u << AG_HIST : in->aggs;
	/* "how many times is nginx switched off the CPU": counted where it
	 * starts, each as it happens (a span counted at its end would miss
	 * the ones still open) */
	g->timed = asks(in, "duration") || asks(in, "spent") || in->above_ns ||
		   (e && e->always_timed && g->aggs != 1u << AG_COUNT);
	/* "time spent in fsync per process", "how much time does each
	 * process spend in fsync": the time, totalled */
	if (!g->aggs && asks(in, "spent") && (!in->each_words || asks_words(in, "spent", "how much")))
		g->aggs = 1u << AG_SUM;
	/* "profile kernel stacks": an event only counted or measured is
	 * counted when nothing else is said */
	if (!g->aggs && !in->each_words &&
	    (in->n_keys || in->summary || in->topn || in->interval_s ||
	     (e && e->summary_only && !g->timed)))
		g->aggs = 1u << AG_COUNT;
	out->timed = g->timed;
	out->paired = g->timed;
	if (in->unit[0] && !g->timed) {
		snprintf(why, whylen, "it gives a unit (\"%s\") of no time it measures",
			 in->unit_words);
		free(g);
		free(timed_in); /* (`in` may be it) */
		return -ENOTSUP;
	}
	/* "summarize how long each process spends in write": a summary
	 * asked for, and a line per event would be none */
	if (!g->aggs && in->summary && !in->ranked && in->each_words) {
		free(g);
		free(timed_in);
		snprintf(why, whylen, "it asks for a summary, and for each one (\"each\"): say how "
			 "to summarize (a total, an average, a histogram) or \"per process\"");
		return -ENOTSUP;
	}
	out->each = !g->aggs;
	snprintf(out->who_comm, sizeof(out->who_comm), "comm");
	snprintf(out->who_pid, sizeof(out->who_pid), "pid");
	/* a span's lines are printed where it ends: its task there, if any */
	int span = e && e->end_probe[0] && g->timed;
	if (span)
		out->who_comm[0] = out->who_pid[0] = '\0';
	for (int i = 0; e && i < e->n_roles; i++) {
		const struct lx_role *r = &e->roles[i];
		if (!strcmp(r->name, span ? "end.comm" : "comm"))
			snprintf(out->who_comm, sizeof(out->who_comm), "%s", r->expr);
		if (!strcmp(r->name, span ? "end.pid" : "pid"))
			snprintf(out->who_pid, sizeof(out->who_pid), "%s", r->expr);
	}
	if (e && e->notask)
		out->who_comm[0] = out->who_pid[0] = '\0';
	/* a line has both or neither (plan_each) */
	if (span && !out->who_comm[0])
		out->who_pid[0] = '\0';
	out->topn = in->topn;
	out->interval_s = in->interval_s;
	out->cumulative = in->cumulative && in->interval_s;
	snprintf(out->cumulative_words, sizeof(out->cumulative_words), "%s",
		 in->cumulative_words);
	out->duration_s = in->duration_s;
	snprintf(out->duration_words, sizeof(out->duration_words), "%s", in->duration_words);
	if (in->comm_guessed)
		snprintf(out->guessed, sizeof(out->guessed), "%s", in->comm);
	snprintf(out->event_words, sizeof(out->event_words), "%s", in->event_words);
	int rc = event_probes(g);
	if (!rc)
		rc = event_fields(g, tracefs);
	if (!rc)
		rc = out->each ? plan_each(g) : plan_aggs(g);
	if (!rc)
		rc = whole_time_totals(g);
	if (!rc)
		rc = size_in_unit(g);
	if (!rc)
		rc = linear_buckets(g);
	if (!rc)
		rc = plan_filters(g);
	free(g);
	free(timed_in);
	return rc;
}

void planner_describe(const struct plan *p, char *out, size_t len)
{
	size_t used = 0;
	used += (size_t)snprintf(out, len, "the lexicon's planner: %s (\"%s\")", p->probes,
				 p->event_words);
	for (int i = 0; i < p->n_carried && used < len; i++)
		used += (size_t)snprintf(out + used, len - used, "; carries %s from %s",
					 p->carried[i].expr, p->start_probes);
	for (int i = 0; i < p->n_shown && used < len; i++)
		used += (size_t)snprintf(out + used, len - used, "; shows %s (\"%s\")",
					 p->shown[i].expr, p->shown[i].words);
	for (int i = 0; i < p->n_keys && used < len; i++)
		used += (size_t)snprintf(out + used, len - used, "; by %s (\"%s\")", p->keys[i].expr,
					 p->keys[i].words);
	if (p->measure.expr[0] && used < len)
		used += (size_t)snprintf(out + used, len - used, "; measures %s (\"%s\")",
					 p->measure.expr, p->measure.words);
	for (int i = 0; i < p->n_filters && used < len; i++)
		used += (size_t)snprintf(out + used, len - used, "; keeps %s (\"%s\")",
					 p->filters[i].cond, p->filters[i].message);
	if (p->guessed[0] && used < len)
		used += (size_t)snprintf(out + used, len - used, " (\"%s\": no word list has it, "
					 "read as a process's name by where it stands)", p->guessed);
	if (p->topn && used < len)
		used += (size_t)snprintf(out + used, len - used, "; prints the top %ld", p->topn);
	if (p->print_div && used < len)
		used += (size_t)snprintf(out + used, len - used, "; prints them in %s (bytes "
					 "divided by %ld as printed)", p->measure.label,
					 p->print_div);
	if (p->interval_s && used < len)
		used += (size_t)snprintf(out + used, len - used, "; prints every %ld s",
					 p->interval_s);
	if (p->cumulative && used < len)
		used += (size_t)snprintf(out + used, len - used, ", the totals since it started "
					 "(\"%s\")", p->cumulative_words);
	if (p->duration_s && used < len)
		snprintf(out + used, len - used, "; exits after %ld s (\"%s\")", p->duration_s,
			 p->duration_words);
}
