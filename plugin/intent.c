/* SPDX-License-Identifier: Apache-2.0 */
#define _GNU_SOURCE
#include "inject.h"
#include "ctx_names.h"
#include "intent.h"
#include "lexicon.h"
#include "tracepoints.h"
#include "words.h"

#include <ctype.h>
#include <errno.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#define MAX_WORDS 96

struct words {
	const char *text;        /* the request */
	char w[MAX_WORDS][32];   /* lower case */
	char as[MAX_WORDS][32];  /* as written */
	int at[MAX_WORDS];       /* where in text */
	int n;
};

static void split(const char *s, struct words *out)
{
	out->n = 0;
	while (*s && out->n < MAX_WORDS) {
		while (*s && !isalnum((unsigned char)*s) && *s != '_')
			s++;
		size_t len = 0;
		while (s[len] && (isalnum((unsigned char)s[len]) || s[len] == '_'))
			len++;
		if (!len)
			break;
		size_t k = len < 31 ? len : 31;
		out->at[out->n] = (int)(s - out->text);
		for (size_t i = 0; i < k; i++) {
			out->w[out->n][i] = (char)tolower((unsigned char)s[i]);
			out->as[out->n][i] = s[i];
		}
		out->w[out->n][k] = out->as[out->n][k] = '\0';
		if (!strcmp(out->w[out->n], "whats") || !strcmp(out->w[out->n], "whos"))
			out->w[out->n][k - 1] = '\0'; /* "whats eating cpu": what */
		out->n++;
		s += len;
	}
}

static int in(const char *w, const char *const *list)
{
	for (; *list; list++)
		if (!strcmp(w, *list))
			return 1;
	return 0;
}

static const char *const NUMBER_WORDS[] = { "a", "an", "one", "two", "three", "four", "five",
					    "six", "seven", "eight", "nine", "ten", "half",
					    "twenty", "fifty", "hundred", "quarter", NULL };

static int numeric(const char *w)
{
	return isdigit((unsigned char)w[0]) || in(w, NUMBER_WORDS);
}

/* The value of a number written in digits or as a word ("ten"), or -1. */
static long number_of(const char *w)
{
	static const char *const words[] = { "zero", "one", "two", "three", "four", "five", "six",
					     "seven", "eight", "nine", "ten", "eleven", "twelve",
					     "thirteen", "fourteen", "fifteen", "sixteen",
					     "seventeen", "eighteen", "nineteen", "twenty", NULL };
	if (isdigit((unsigned char)w[0])) {
		char *end;
		long v = strtol(w, &end, 10);
		return *end || w[0] == '0' ? -1 : v;
	}
	for (long i = 0; words[i]; i++)
		if (!strcmp(w, words[i]))
			return i;
	return -1;
}

/* --- top N -------------------------------------------------------------- */

static const char *const TOP_WORDS[] = { "top", "most", "largest", "biggest", "busiest",
					 "highest", "heaviest", "first", "greatest", "worst",
					 "hottest", "noisiest", NULL };

/* Whether the request asks for the top `n` (any n when negative): "top
 * 5", "5 busiest", "the busiest 5", "the ten processes ... the most". */
static int asks_top(const struct words *ws, long n)
{
	for (int i = 0; i < ws->n; i++) {
		long v = number_of(ws->w[i]);
		if (v < 0 || (n >= 0 && v != n))
			continue;
		if ((i > 0 && in(ws->w[i - 1], TOP_WORDS)) ||
		    (i + 1 < ws->n && in(ws->w[i + 1], TOP_WORDS)) ||
		    (i > 1 && in(ws->w[i - 2], TOP_WORDS)))
			return 1;
		/* "the ten processes that open the most files", "which 5
		 * processes make the most syscalls" */
		for (int k = i + 1; i > 0 &&
				    in(ws->w[i - 1], (const char *const[]){ "the", "which", "what",
									    NULL }) &&
				    k < ws->n && k <= i + 6;
		     k++)
			if (in(ws->w[k], TOP_WORDS))
				return 1;
	}
	return 0;
}

/* The N of the top N the request asks for, or -1. */
static long top_asked(const struct words *ws)
{
	for (int i = 0; i < ws->n; i++) {
		long v = number_of(ws->w[i]);
		if (v > 0 && asks_top(ws, v))
			return v;
	}
	return -1;
}

/* With a top N asked for, a map printed whole (every interval, say) is
 * not what was asked. */
static int tops_kept(const struct words *ws, const char *program, char *why, size_t whylen)
{
	long n = top_asked(ws);
	if (n < 0)
		return 0;
	for (const char *p = strstr(program, "print("); p; p = strstr(p + 1, "print(")) {
		const char *q = p + 6;
		while (isspace((unsigned char)*q))
			q++;
		if (*q != '@')
			continue;
		while (*q && *q != ',' && *q != ')')
			q++;
		if (*q == ',')
			continue;
		snprintf(why, whylen, "it asks for the top %ld, and the program prints a map "
			 "whole", n);
		return -1;
	}
	/* no print() at all: bpftrace prints each map whole at the end */
	int limited = 0;
	for (const char *p = strstr(program, "print("); p && !limited; p = strstr(p + 1, "print("))
		limited = strchr(p, ',') && strchr(p, ',') < strchr(p, ')');
	if (!limited && strchr(program, '@') && !strstr(program, "printf(")) {
		snprintf(why, whylen, "it asks for the top %ld, and the program prints its maps "
			 "whole at the end", n);
		return -1;
	}
	return 0;
}

/* Takes out of `*program` each `print(@m, N...)` limit the request does
 * not ask for: `print(@m, N)` becomes `print(@m)`, `print(@m, N, D)`
 * becomes `print(@m, 0, D)` (0: every entry). */
static int untopped(const struct words *ws, char **program, FILE *changes)
{
	for (char *p = strstr(*program, "print("); p; p = strstr(p + 1, "print(")) {
		char *q = p + 6;
		while (isspace((unsigned char)*q))
			q++;
		if (*q != '@')
			continue;
		while (*q && *q != ',' && *q != ')')
			q++;
		if (*q != ',')
			continue;
		char *comma = q++;
		while (isspace((unsigned char)*q))
			q++;
		char *end;
		long n = strtol(q, &end, 10);
		if (end == q || n <= 0 || asks_top(ws, n))
			continue;
		char *after = end;
		while (isspace((unsigned char)*after))
			after++;
		if (*after == ',') { /* a divisor follows: 0 keeps every entry */
			*q = '0';
			memmove(q + 1, end, strlen(end) + 1);
		} else if (*after == ')') {
			memmove(comma, after, strlen(after) + 1);
		} else {
			continue;
		}
		if (changes)
			fprintf(changes, "every entry, not a top %ld of the program's own; ", n);
	}
	return 0;
}

/* --- processes, not threads ------------------------------------------- */

struct thread_edit {
	size_t at, len; /* the span of the program replaced */
	char *with;     /* owned */
};

struct thread_edits {
	const char *program;
	struct thread_edit v[16];
	int n;
	int fork, exit; /* blocks changed */
};

/* `text` (len bytes) with each field of sched_process_fork replaced by
 * what task_newtask gives for it: the parent is the current task there
 * (its process: the pid a parent has for users, as getppid() says). */
static char *fork_fields_to_newtask(const char *text, size_t len)
{
	static const char *const MAP[][2] = {
		{ "str(args->parent_comm)", "comm" }, { "str(args->child_comm)", "args->comm" },
		{ "args->parent_comm", "comm" },      { "args->child_comm", "args->comm" },
		{ "args->parent_pid", "pid" },         { "args->child_pid", "args->pid" },
	};
	size_t cap = 2 * len + 64, n = 0;
	char *out = malloc(cap);
	if (!out)
		return NULL;
	for (size_t i = 0; i < len;) {
		size_t k;
		for (k = 0; k < sizeof(MAP) / sizeof(MAP[0]); k++) {
			size_t m = strlen(MAP[k][0]);
			if (i + m <= len && !strncmp(text + i, MAP[k][0], m) &&
			    !(isalnum((unsigned char)text[i + m]) || text[i + m] == '_'))
				break;
		}
		if (k < sizeof(MAP) / sizeof(MAP[0])) {
			memcpy(out + n, MAP[k][1], strlen(MAP[k][1]));
			n += strlen(MAP[k][1]);
			i += strlen(MAP[k][0]);
		} else {
			out[n++] = text[i++];
		}
	}
	out[n] = '\0';
	return out;
}

/* The predicate between the header's slashes, or NULL; *end: where the
 * attach points end. */
static const char *header_predicate(const char *h, size_t len, size_t *plen, size_t *end)
{
	const char *slash = memchr(h, '/', len);
	*end = slash ? (size_t)(slash - h) : len;
	while (*end > 0 && isspace((unsigned char)h[*end - 1]))
		(*end)--;
	if (!slash)
		return NULL;
	const char *last = h + len;
	while (last > slash && *--last != '/')
		;
	if (last == slash)
		return NULL;
	*plen = (size_t)(last - slash - 1);
	return slash + 1;
}

static int thread_block(void *arg, const struct probe_block *pb)
{
	struct thread_edits *te = arg;
	size_t end, plen = 0;
	const char *pred = header_predicate(pb->header, pb->header_len, &plen, &end);
	int fork = end == strlen("tracepoint:sched:sched_process_fork") &&
		   !strncmp(pb->header, "tracepoint:sched:sched_process_fork", end);
	int exit = end == strlen("tracepoint:sched:sched_process_exit") &&
		   !strncmp(pb->header, "tracepoint:sched:sched_process_exit", end);
	if ((!fork && !exit) || te->n == 16)
		return 0;
	char *p = pred ? strndup(pred, plen) : NULL;
	if (pred && !p)
		return -1;
	size_t at = pb->header_at;
	struct buf_out { char *s; size_t n; } b = { NULL, 0 };
	FILE *f = open_memstream(&b.s, &b.n);
	if (!f) {
		free(p);
		return -1;
	}
	if (fork) {
		/* sched_process_fork fires for a new thread too, and has no field
		 * that tells one from a process; task_newtask has the clone flags */
		char *body = fork_fields_to_newtask(te->program + pb->open,
						    pb->close + 1 - pb->open);
		char *np = p ? fork_fields_to_newtask(p, strlen(p)) : NULL;
		if (!body || (p && !np)) {
			free(body);
			free(np);
			free(p);
			fclose(f);
			free(b.s);
			return -1;
		}
		fprintf(f, "tracepoint:task:task_newtask /!(args->clone_flags & 0x10000)%s%s%s/ %s",
			np ? " && (" : "", np ? np : "", np ? ")" : "", body);
		free(body);
		free(np);
		te->v[te->n].len = pb->close + 1 - at;
		te->fork++;
	} else {
		/* kept already: a top-level conjunct that is exactly one of
		 * these (not "!(args->pid == pid)", not under an ||) */
		int kept = 0, depth = 0, either = 0;
		for (const char *c = p; c && *c; c++) {
			depth += *c == '(' ? 1 : *c == ')' ? -1 : 0;
			either |= depth == 0 && c[0] == '|' && c[1] == '|';
		}
		depth = 0;
		for (const char *c = p, *from = p; c && !either && !kept; c++) {
			depth += *c == '(' ? 1 : *c == ')' ? -1 : 0;
			int cut = !*c || (depth == 0 && c[0] == '&' && c[1] == '&');
			if (!cut)
				continue;
			kept = keeps_main_thread(from, (size_t)(c - from));
			if (!*c)
				break;
			from = c + 2;
			c++;
		}
		if (kept) {
			free(p);
			fclose(f);
			free(b.s);
			return 0;
		}
		/* the process's main thread: one exit per process (the
		 * predicate in parentheses only when it has an ||) */
		fprintf(f, "tracepoint:sched:sched_process_exit /%s%s%s%sargs->pid == pid/ ",
			p && either ? "(" : "", p ? p : "", p && either ? ")" : "", p ? " && " : "");
		te->v[te->n].len = pb->open - at;
		te->exit++;
	}
	free(p);
	if (fclose(f)) {
		free(b.s);
		return -1;
	}
	te->v[te->n].at = at;
	te->v[te->n].with = b.s;
	te->n++;
	return 0;
}

/* A request for processes (not threads or tasks) about new or exiting
 * tasks: a fork's block moves to task_newtask without CLONE_THREAD, an
 * exit's keeps to each process's main thread. The tracepoints fire for
 * every thread, which would count one process many times. */
static int processes_kept(const struct words *ws, char **program, FILE *changes)
{
	/* (the tracepoint by its own name is each thread's: "count
	 * sched_process_exit events") */
	for (int i = 0; i < ws->n; i++)
		if (in(ws->w[i], (const char *const[]){ "thread", "threads", "task", "tasks", "tid",
							"tids", "threaded", "sched_process_exit",
							"sched_process_fork", NULL }))
			return 0;
	struct thread_edits te = { .program = *program };
	if (scan_probe_blocks(*program, thread_block, &te) || !te.n) {
		for (int i = 0; i < te.n; i++)
			free(te.v[i].with);
		return 0;
	}
	size_t len = strlen(*program), grow = 0;
	for (int i = 0; i < te.n; i++)
		grow += strlen(te.v[i].with);
	char *out = malloc(len + grow + 1);
	if (!out) {
		for (int i = 0; i < te.n; i++)
			free(te.v[i].with);
		return 0;
	}
	size_t from = 0, n = 0;
	for (int i = 0; i < te.n; i++) { /* in program order */
		memcpy(out + n, *program + from, te.v[i].at - from);
		n += te.v[i].at - from;
		memcpy(out + n, te.v[i].with, strlen(te.v[i].with));
		n += strlen(te.v[i].with);
		from = te.v[i].at + te.v[i].len;
		free(te.v[i].with);
	}
	memcpy(out + n, *program + from, len - from + 1);
	free(*program);
	*program = out;
	if (changes && te.fork)
		fprintf(changes, "sched_process_fork moved to task_newtask without CLONE_THREAD: "
				 "new processes only, not new threads; ");
	if (changes && te.exit)
		fprintf(changes, "one exit per process (its main thread), not one per thread; ");
	return 0;
}

/* --- groupings ---------------------------------------------------------- */

/* The keys of the program's maps (`@m[...]`), one after another. */
static char *map_keys(const char *program)
{
	size_t cap = strlen(program) + 1, len = 0;
	char *keys = calloc(1, cap);
	if (!keys)
		return NULL;
	for (const char *p = strchr(program, '@'); p; p = strchr(p + 1, '@')) {
		const char *q = p + 1;
		while (isalnum((unsigned char)*q) || *q == '_')
			q++;
		if (*q != '[')
			continue;
		int depth = 0;
		const char *k = q;
		for (; *q; q++) {
			depth += *q == '[';
			if (*q == ']' && --depth == 0)
				break;
		}
		size_t n = (size_t)(q - k);
		if (len + n + 2 > cap)
			break;
		memcpy(keys + len, k, n);
		len += n;
		keys[len++] = ' ';
	}
	return keys;
}

struct grouping {
	const char *const *words; /* what the request says after "by"/"per" */
	const char *const *keys;  /* what one of the program's keys holds */
	const char *what;
};

static const struct grouping GROUPINGS[] = {
	{ (const char *const[]){ "errno", "errnos", "error", "errors", NULL },
	  (const char *const[]){ "ret", "errno", "error", "err", NULL }, "errno" },
	{ (const char *const[]){ "cpu", "cpus", "core", "cores", NULL },
	  (const char *const[]){ "cpu", NULL }, "CPU" },
	{ (const char *const[]){ "uid", "uids", "user", "users", NULL },
	  (const char *const[]){ "uid", "user", NULL }, "user" },
	/* (a sockaddr's bytes 2 and 3: an inet address's port) */
	{ (const char *const[]){ "port", "ports", NULL },
	  (const char *const[]){ "port", "addr)[2]*256+", NULL }, "port" },
	{ (const char *const[]){ "signal", "signals", NULL },
	  (const char *const[]){ "sig", NULL }, "signal" },
	{ (const char *const[]){ "pid", "pids", "tgid", NULL },
	  (const char *const[]){ "pid", NULL }, "pid" },
	{ (const char *const[]){ "tid", "tids", NULL },
	  (const char *const[]){ "tid", NULL }, "thread id" },
	{ (const char *const[]){ "syscall", NULL },
	  (const char *const[]){ "->id", "probe", "func", NULL }, "system call" },
	{ (const char *const[]){ "file", "files", "filename", "filenames", "path", "paths",
				 "pathname", "pathnames", NULL },
	  (const char *const[]){ "filename", "pathname", "path", "name", NULL }, "file" },
};

static const char *const MODIFIERS[] = { "remote", "local", "destination", "dest", "source",
					 "dst", "src",
					 "target", "sending", "receiving", "calling", "parent",
					 "child", "requested", "returned", "the", "each", "their",
					 NULL };

static int keys_hold(const char *keys, const char *const *needles)
{
	for (; *needles; needles++)
		if (strstr(keys, *needles))
			return 1;
	return 0;
}

/* The user of this machine named at word k with words that say so
 * ("user postgres", "the user named postgres", "running as www-data",
 * "the postgres user"; its name whole as written, hyphens and all): its
 * uid (root's is 0), with *len the words its name takes; -1 when no
 * user is named there. */
static long user_named(const struct words *ws, int k, int *len, char *name, size_t size)
{
	static const char *const USER[] = { "user", "users", "username", "account", NULL };
	static const char *const RUN[] = { "run", "runs", "running", "ran", "executing", "execute",
					   "executes", "executed", "launched", "started", NULL };
	if (k < 1 || k >= ws->n)
		return -1;
	const char *t = ws->text + ws->at[k];
	size_t n = strspn(t, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.");
	while (n && (t[n - 1] == '.' || t[n - 1] == '-'))
		n--;
	if (!n || n >= size || strspn(t, "0123456789") >= n)
		return -1;
	snprintf(name, size, "%.*s", (int)n, t);
	*len = 1;
	for (size_t c = 0; c < n; c++)
		*len += name[c] == '-' || name[c] == '.';
	int after = k + *len;
	int cue = in(ws->w[k - 1], USER) ||
		  (k > 1 && in(ws->w[k - 1], (const char *const[]){ "named", "called", NULL }) &&
		   in(ws->w[k - 2], USER)) ||
		  in(ws->w[k - 1], (const char *const[]){ "uid", "uids", NULL }) ||
		  (k > 1 && !strcmp(ws->w[k - 1], "id") && in(ws->w[k - 2], USER)) ||
		  (k > 1 && !strcmp(ws->w[k - 1], "as") && in(ws->w[k - 2], RUN)) ||
		  /* ("opens as postgres"; never "as list", a word) */
		  (!strcmp(ws->w[k - 1], "as") && bte_english(name) == 0) ||
		  (after < ws->n &&
		   in(ws->w[after], (const char *const[]){ "user", "account", NULL }) &&
		   in(ws->w[k - 1], (const char *const[]){ "the", "a", "as", "by", NULL }));
	/* ("by user, sys and idle": a CPU's modes) */
	static const char *const MODES[] = { "sys", "system", "idle", "iowait", "nice", "irq",
					     "softirq", "kernel", "steal", NULL };
	if (in(ws->w[k], MODES) || (after < ws->n && in(ws->w[after], MODES)))
		return -1;
	struct passwd *pw = cue ? getpwnam(name) : NULL;
	return pw ? (long)pw->pw_uid : -1;
}

/* Whether the program keeps to the user named at word k (`uid == N`). */
static int user_kept(const struct words *ws, int k, const char *program)
{
	int len;
	char name[64];
	long uid = user_named(ws, k, &len, name, sizeof(name));
	char cond[40];
	snprintf(cond, sizeof(cond), "uid == %ld", uid);
	for (const char *p = uid < 0 ? NULL : strstr(program, cond); p; p = strstr(p + 1, cond))
		if ((p == program || !(isalnum((unsigned char)p[-1]) || p[-1] == '_')) &&
		    !isdigit((unsigned char)p[strlen(cond)]))
			return 1;
	return 0;
}

/* A user the request names ("as www-data", "by user postgres") is one
 * the program keeps to, by the uid this machine gives the name; a
 * user kept out ("except user postgres") the reader never serves. */
static int users_kept(const struct words *ws, const char *program, char *why, size_t whylen)
{
	for (int k = 1; k < ws->n; k++) {
		/* "whose parent is root": the parent's user, never the
		 * traced process's own uid */
		for (int p = k - 1; !strcmp(ws->w[k], "root") && p >= 0 && p >= k - 4; p--)
			if (in(ws->w[p], (const char *const[]){ "parent", "parents", "ppid", "child",
								 "children", NULL }) &&
			    strstr(program, "uid == 0")) {
				snprintf(why, whylen, "it says \"%s ... root\", and the program "
					 "keeps the traced process's own user", ws->as[p]);
				return -1;
			}
		int len;
		char name[64];
		long uid = user_named(ws, k, &len, name, sizeof(name));
		if (uid < 0 || user_kept(ws, k, program))
			continue;
		snprintf(why, whylen, "it names the user \"%s\" (uid %ld here), and the program "
			 "does not keep to it", name, uid);
		return -1;
	}
	return 0;
}

static int groupings_kept(const struct words *ws, const char *program, char *why, size_t whylen)
{
	char *keys = NULL;
	int status = 0;
	for (int i = 0; i + 1 < ws->n && !status; i++) {
		if (strcmp(ws->w[i], "by") && strcmp(ws->w[i], "per"))
			continue;
		/* "by X", "by X and Y", "per process name and errno" */
		for (int k = i + 1; k < ws->n && !status;) {
			/* "by remote port", "per parent pid" */
			if (k + 1 < ws->n && in(ws->w[k], MODIFIERS))
				k++;
			/* "by pid 4242", "by user 1000", "by process id 4242": one
			 * of them, a filter */
			if (k + 1 < ws->n && (numeric(ws->w[k + 1]) ||
					      (!strcmp(ws->w[k + 1], "root") &&
					       strstr(program, "uid == 0")) ||
					      user_kept(ws, k + 1, program) ||
					      (k + 2 < ws->n && !strcmp(ws->w[k + 1], "id") &&
					       numeric(ws->w[k + 2]))))
				break;
			/* "by the process named sshd": one of them, a filter */
			if (k + 1 < ws->n && in(ws->w[k + 1], (const char *const[]){ "named", "called",
										   NULL }))
				break;
			/* "by syscall count", "by error rate": ranked by a count */
			if (k + 1 < ws->n && in(ws->w[k + 1], (const char *const[]){ "count", "counts",
										   "total", "totals",
										   "rate", NULL }))
				break;
			/* "per process id", "by thread ids": a pid, a tid */
			const char *word = ws->w[k];
			/* "per file descriptor", "by file system": not a file's name */
			if (k + 1 < ws->n &&
			    in(ws->w[k + 1], (const char *const[]){ "descriptor", "descriptors", "system",
								    "systems", "type", "types", "mode",
								    "modes", "size", "sizes", "handle",
								    "handles", "stack", "stacks",
								    "space", NULL }))
				word = ""; /* "by user stack": not by user */
			/* "by cpu time": on-CPU time, no CPU */
			if (!strcmp(word, "cpu") && !strcmp(ws->w[i], "by") && k + 1 < ws->n &&
			    in(ws->w[k + 1], (const char *const[]){ "time", "usage", NULL }))
				word = "";
			if (k + 1 < ws->n && in(ws->w[k + 1], (const char *const[]){ "id", "ids", NULL }))
				word = in(word, (const char *const[]){ "process", "processes", NULL }) ? "pid"
				       : in(word, (const char *const[]){ "thread", "threads", NULL }) ? "tid"
												     : word;
			for (size_t g = 0; g < sizeof(GROUPINGS) / sizeof(GROUPINGS[0]); g++) {
				if (!in(word, GROUPINGS[g].words))
					continue;
				if (!keys && !(keys = map_keys(program))) {
					snprintf(why, whylen, "out of memory");
					return -1;
				}
				if (!keys_hold(keys, GROUPINGS[g].keys)) {
					snprintf(why, whylen, "it asks for \"%s ... %s\", and the program "
						 "does not group by %s", ws->as[i], ws->as[k],
						 GROUPINGS[g].what);
					status = -1;
				}
			}
			int j = k + 1;
			if (j < ws->n && in(ws->w[j], (const char *const[]){ "name", "names", "id", "ids",
									 "number", "code", NULL }))
				j++;
			if (j + 1 >= ws->n || strcmp(ws->w[j], "and"))
				break;
			k = j + 1;
		}
	}
	free(keys);
	return status;
}

/* --- measures and outputs ----------------------------------------------- */

static const char *const BYTE_WORDS[] = { "bytes", "byte", "kb", "kilobytes", "mb",
					  "megabytes", "gb", "kib", "mib", NULL };
static const char *const MEASURING[] = { "sum(", "hist(", "lhist(", "avg(", "stats(", "min(",
					 "max(", "printf(", NULL };

static int bytes_measured(const struct words *ws, const char *program, char *why, size_t whylen)
{
	for (int i = 0; i < ws->n; i++) {
		/* "50000 bytes", "half a megabyte" are thresholds, not measures */
		if (!in(ws->w[i], BYTE_WORDS) || (i > 0 && numeric(ws->w[i - 1])))
			continue;
		for (const char *const *m = MEASURING; *m; m++)
			if (strstr(program, *m))
				return 0;
		snprintf(why, whylen, "it asks for \"%s\", and the program counts events instead",
			 ws->as[i]);
		return -1;
	}
	return 0;
}

static int filename_kept(const struct words *ws, const char *program, char *why, size_t whylen)
{
	for (int i = 0; i < ws->n; i++) {
		int asks = in(ws->w[i], (const char *const[]){ "filename", "filenames", "pathname",
							       "pathnames", "path", "paths", NULL }) ||
			   (!strcmp(ws->w[i], "file") && i + 1 < ws->n &&
			    (!strcmp(ws->w[i + 1], "name") || !strcmp(ws->w[i + 1], "names")));
		if (!asks)
			continue;
		/* ("cgroup v2 path /sys/fs/cgroup/x": the cgroup kept to) */
		if (strstr(program, "filename") || strstr(program, "pathname") ||
		    strstr(program, "path") || strstr(program, "str(arg") ||
		    strstr(program, "str(reg") || strstr(program, "cgroupid(\"/"))
			return 0;
		snprintf(why, whylen, "it asks for the \"%s\", and the program does not show it",
			 ws->as[i]);
		return -1;
	}
	return 0;
}

/* A sum of a return value: each failure would subtract its errno. */
static int sums_successes(const struct words *ws, const char *program, char *why, size_t whylen)
{
	(void)ws;
	const char *const rets[] = { "args->ret", "retval", NULL };
	for (int i = 0; rets[i]; i++) {
		char sum[32], ok[32], ok2[32];
		snprintf(sum, sizeof(sum), "sum(%s)", rets[i]);
		snprintf(ok, sizeof(ok), "%s > 0", rets[i]);
		snprintf(ok2, sizeof(ok2), "%s >= 0", rets[i]);
		if (strstr(program, sum) && !strstr(program, ok) && !strstr(program, ok2)) {
			snprintf(why, whylen, "the program would sum %s of failed calls too "
				 "(a negative errno), and nothing keeps only the successful ones",
				 rets[i]);
			return -1;
		}
	}
	return 0;
}

/* "sends SIGHUP to nginx": nginx receives; comm is the process acting. */
static int target_not_actor(const struct words *ws, const char *program, char *why,
			    size_t whylen)
{
	/* words before the one acted on ("signal", "stop" are nouns too) */
	static const char *const AT[] = { "to", "towards", "kill", "kills", "killed", "killing",
					  "signaled", "signalled", "signaling", "terminate",
					  "terminates", "terminated", "terminating", "stopped",
					  "interrupted", NULL };
	static const char *const AFTER_TO[] = { "restricted", "limited", "belonging", "only",
						"belongs", "due", NULL };
	/* at a signal's delivery the task running is the one it is sent to */
	if (strstr(program, "signal:signal_deliver"))
		return 0;
	for (int i = 1; i < ws->n; i++) {
		int k = i - 1;
		if (k > 0 && in(ws->w[k], (const char *const[]){ "my", "the", "our", "a", "an",
								 "process", NULL }))
			k--; /* "killed my redis-server" */
		if (k > 0 && !strcmp(ws->w[k], "of") &&
		    in(ws->w[k - 1], (const char *const[]){ "kills", "killing", "killings",
							    "termination", "terminations",
							    "kill", NULL }))
			k--; /* "kills of nginx": nginx is killed */
		if (!in(ws->w[k], AT) ||
		    (!strcmp(ws->w[k], "to") && k > 0 && in(ws->w[k - 1], AFTER_TO)))
			continue;
		size_t len = strlen(ws->w[i]);
		for (const char *p = strstr(program, "comm == \""); p; p = strstr(p + 1, "comm == \""))
			/* "redis-server" is read as the words redis and server */
			if (!strncasecmp(p + 9, ws->w[i], len) && p[9 + len] && strchr("\"-.", p[9 + len]) &&
			    (p == program || (p[-1] != '>' && p[-1] != '.' && p[-1] != '_'))) {
				snprintf(why, whylen, "it names \"%s\" as the one something is done "
					 "to, and the program would filter on the process doing it",
					 ws->as[i]);
				return -1;
			}
	}
	return 0;
}

/* --- events ------------------------------------------------------------- */

struct event_words {
	const char *first, *second; /* a word's start, and the next word's (or NULL) */
	const char *const *probes;  /* what one of the program's probes names; after
				     * '&', what the program must also hold (a state
				     * change is a connection only for a new state) */
	const char *what;
};

static const struct event_words EVENTS[] = {
	/* not perf's software:context-switches: measured on 6.18 under a
	 * sleeping loop on one CPU, it counted half of what sched_switch
	 * (and vmstat's cs) count: the switches to and from idle are not in it */
	{ "context", "switch", (const char *const[]){ "sched_switch", NULL }, "context switches" },
	{ "connection", NULL,
	  (const char *const[]){ "connect", "inet_sock_set_state&newstate", "accept", NULL },
	  "connections" },
	{ "tcp", NULL, (const char *const[]){ "tcp", "inet_sock", "&protocol == 6", NULL }, "TCP" },
	{ "udp", NULL, (const char *const[]){ "udp", "&protocol == 17", NULL }, "UDP" },
	{ "retransmi", NULL, (const char *const[]){ "retransmit", NULL }, "retransmissions" },
	{ "page", "fault", (const char *const[]){ "page-fault", "page_fault", "faults", NULL },
	  "page faults" },
	{ "wak", NULL, (const char *const[]){ "wakeup", "waking", NULL }, "wakeups" },
	{ "woken", NULL, (const char *const[]){ "wakeup", "waking", NULL }, "wakeups" },
	{ "migrat", NULL, (const char *const[]){ "migrate", NULL }, "migrations" },
	{ "preempt", NULL, (const char *const[]){ "sched_switch", NULL }, "preemptions" },
	/* off-CPU time is the time between a task's switch out and in, not
	 * the cpu-clock samples taken while it runs */
	{ "off", "cpu", (const char *const[]){ "sched_switch", NULL }, "off-CPU time" },
	{ "offcpu", NULL, (const char *const[]){ "sched_switch", NULL }, "off-CPU time" },
	{ "page", "alloc", (const char *const[]){ "mm_page_alloc", NULL }, "page allocations" },
	{ "switches", NULL, (const char *const[]){ "sched_switch", NULL }, "context switches" },
	{ "scheduled", NULL, (const char *const[]){ "sched_switch", "sched_wakeup", NULL },
	  "scheduling" },
	{ "switched", NULL, (const char *const[]){ "sched_switch", NULL }, "context switches" },
	/* sys_enter_clone misses clone3, fork and vfork; task_newtask has
	 * the clone flags that tell a new process from a new thread */
	{ "fork", NULL, (const char *const[]){ "sched_process_fork", "task_newtask", NULL },
	  "forks" },
	{ "exits", NULL, (const char *const[]){ "sched_process_exit", "exit_group", "do_exit", NULL },
	  "process exits" },
	{ "exited", NULL, (const char *const[]){ "sched_process_exit", "exit_group", "do_exit", NULL },
	  "process exits" },
	{ "exiting", NULL,
	  (const char *const[]){ "sched_process_exit", "exit_group", "do_exit", NULL },
	  "process exits" },
	/* a process's lifetime ends at its exit, not at its exec */
	{ "lifetime", NULL, (const char *const[]){ "sched_process_exit", NULL }, "lifetimes" },
	{ "lifespan", NULL, (const char *const[]){ "sched_process_exit", NULL }, "lifetimes" },
	{ "lived", NULL, (const char *const[]){ "sched_process_exit", NULL }, "lifetimes" },
	{ "live", NULL, (const char *const[]){ "sched_process_exit", NULL }, "lifetimes" },
};

static int starts(const char *w, const char *prefix)
{
	return !strncmp(w, prefix, strlen(prefix));
}

/* The probes of the program: each line's text before its '{' when the
 * line starts outside a block. */
static int traces(const char *program, const char *const *probes)
{
	int depth = 0;
	for (const char *p = program; *p; p++) {
		if (*p == '{' && depth++ == 0) {
			const char *s = p;
			while (s > program && s[-1] != '}' && s[-1] != '\n')
				s--;
			for (const char *const *e = probes; *e; e++) {
				const char *also = strchr(*e, '&');
				size_t len = also ? (size_t)(also - *e) : strlen(*e);
				const char *hit = s;
				while (hit < p && strncmp(hit, *e, len))
					hit++;
				if (hit < p && (!also || strstr(program, also + 1)))
					return 1;
			}
		} else if (*p == '}' && depth) {
			depth--;
		}
	}
	return 0;
}

static int events_traced(const struct words *ws, const char *program, char *why, size_t whylen)
{
	for (size_t e = 0; e < sizeof(EVENTS) / sizeof(EVENTS[0]); e++)
		for (int i = 0; i < ws->n; i++) {
			if (!starts(ws->w[i], EVENTS[e].first) ||
			    (EVENTS[e].second &&
			     (i + 1 >= ws->n || !starts(ws->w[i + 1], EVENTS[e].second))))
				continue;
			/* "then exits after 10 seconds": how long to trace (the
			 * reader's find_event() reads it so too) */
			if (in(ws->w[i],
			       (const char *const[]){ "exits", "ends", "finishes", NULL }) &&
			    i + 2 < ws->n && !strcmp(ws->w[i + 1], "after") &&
			    (isdigit((unsigned char)ws->w[i + 2][0]) ||
			     in(ws->w[i + 2], (const char *const[]){ "a", "an", "one", NULL })))
				continue;
			if (traces(program, EVENTS[e].probes))
				break;
			snprintf(why, whylen, "it asks for %s (\"%s%s%s\"), and the program traces "
				 "another event", EVENTS[e].what, ws->as[i],
				 EVENTS[e].second ? " " : "", EVENTS[e].second ? ws->as[i + 1] : "");
			return -1;
		}
	return 0;
}

/* A tracepoint's subsystem, and the starts of the words that ask for
 * one of its events: a program on `sock:` for a request that says
 * nothing of sockets or the network serves another request. */
static const struct subsystem {
	const char *name;
	const char *const *words;
} SUBSYSTEMS[] = {
	{ "sock", (const char *const[]){ "socket", "sock", "tcp", "udp", "network", "net",
					 "connect", "port", "inet", "ip", "packet",
					 "established", NULL } },
	{ "tcp", (const char *const[]){ "tcp", "retransmi", "reset", "rst", NULL } },
	{ "udp", (const char *const[]){ "udp", NULL } },
	{ "net", (const char *const[]){ "network", "net", "packet", "interface", "nic", "xmit",
					"transmit", "dev", "device", "rx", "tx", NULL } },
	{ "block", (const char *const[]){ "disk", "block", "io", "bio", "device", "request",
					  "drive", "sector", "nvme", "ssd", NULL } },
	{ "sched", (const char *const[]){ "sched", "context", "switch", "cpu", "run", "wake",
					  "process", "task", "fork", "exec", "exit", "thread",
					  "migrat", "prio", "spawn", "child", "launch", "program",
					  "start", "crash", NULL } },
	{ "signal", (const char *const[]){ "signal", "sig", "kill", "segfault", "segmentation",
					  NULL } },
	{ "kmem", (const char *const[]){ "kmalloc", "kfree", "memory", "alloc", "slab", "page",
					 "kmem", NULL } },
	{ "irq", (const char *const[]){ "irq", "interrupt", "softirq", NULL } },
	{ "exceptions", (const char *const[]){ "fault", "page", "exception", NULL } },
	{ "task", (const char *const[]){ "task", "fork", "new", "spawn", "creat", "start",
					 "clone", "child", "rename", "process", "program", NULL } },
};

static int subsystems_asked(const struct words *ws, const char *program, char *why,
			    size_t whylen)
{
	for (size_t k = 0; k < sizeof(SUBSYSTEMS) / sizeof(SUBSYSTEMS[0]); k++) {
		char t1[32], t2[32];
		snprintf(t1, sizeof(t1), "tracepoint:%s:", SUBSYSTEMS[k].name);
		snprintf(t2, sizeof(t2), "t:%s:", SUBSYSTEMS[k].name);
		const char *at = strstr(program, t1);
		if (!at && (at = strstr(program, t2)) && at > program && at[-1] != '\n')
			at = NULL;
		if (!at)
			continue;
		int asked = 0;
		for (int i = 0; i < ws->n && !asked; i++)
			for (const char *const *w = SUBSYSTEMS[k].words; *w && !asked; w++)
				asked = starts(ws->w[i], *w);
		if (!asked) {
			snprintf(why, whylen, "the program traces %s events, and the request says "
				 "nothing of them", SUBSYSTEMS[k].name);
			return -1;
		}
	}
	return 0;
}

/* A process name that is a number ("the ten processes"): a misreading. */
static int comm_not_number(const struct words *ws, const char *program, char *why, size_t whylen)
{
	(void)ws;
	for (const char *p = strstr(program, "comm == \""); p; p = strstr(p + 1, "comm == \"")) {
		char name[32];
		size_t len = strcspn(p + 9, "\"");
		if (len >= sizeof(name))
			continue;
		for (size_t i = 0; i < len; i++)
			name[i] = (char)tolower((unsigned char)p[9 + i]);
		name[len] = '\0';
		if (number_of(name) >= 0 || in(name, NUMBER_WORDS)) {
			snprintf(why, whylen, "it reads \"%s\" as a process name", name);
			return -1;
		}
	}
	return 0;
}

/* "the sizes passed to write()": what the call is given, which the bytes
 * it returns (short, or an error) are not */
static int sizes_passed(const struct words *ws, const char *program, char *why, size_t whylen)
{
	if (!strstr(program, "sys_exit_") || !strstr(program, "args->ret"))
		return 0;
	static const char *const SIZE[] = { "size", "sizes", "bytes", "count", "counts",
					    "length", "lengths", "amount", "amounts", NULL };
	for (int i = 1; i + 1 < ws->n; i++)
		if (in(ws->w[i], (const char *const[]){ "passed", "given", "handed", "requested",
							"asked", NULL }) &&
		    in(ws->w[i + 1], (const char *const[]){ "to", "for", "by", "of", NULL }) &&
		    (in(ws->w[i - 1], SIZE) || (i > 1 && in(ws->w[i - 2], SIZE)))) {
			snprintf(why, whylen, "it asks for what the call is %s (\"%s %s\"), and "
				 "the program measures what it returned", ws->as[i], ws->as[i],
				 ws->as[i + 1]);
			return -1;
		}
	return 0;
}

/* What a read's entry holds is the buffer's size, not what was read. */
static int read_sizes(const struct words *ws, const char *program, char *why, size_t whylen)
{
	static const char *const READS[] = { "sys_enter_read", "sys_enter_pread64",
					     "sys_enter_recvfrom", "sys_enter_recvmsg",
					     "sys_enter_readv", NULL };
	int measured = 0;
	for (const char *const *m = MEASURING; *m && !measured; m++)
		measured = strcmp(*m, "printf(") && strstr(program, *m) != NULL;
	if (!measured || (!strstr(program, "args->count") && !strstr(program, "args->len")))
		return 0;
	/* a total of bytes written counts what was written: the exit's ret */
	static const char *const WRITES[] = { "sys_enter_write", "sys_enter_pwrite64",
					      "sys_enter_writev", "sys_enter_sendto",
					      "sys_enter_sendmsg", NULL };
	for (const char *const *w = WRITES; *w; w++)
		if (strstr(program, *w) &&
		    (strstr(program, "sum(args->count)") || strstr(program, "sum(args->len)"))) {
			snprintf(why, whylen, "the program totals the bytes a write asks for (at %s), "
				 "failed and short writes too, not the bytes written", *w);
			return -1;
		}
	/* ("the size asked for by each read", "buffer sizes": what it asks,
	 * said beside the size) */
	static const char *const SIZE[] = { "size", "sizes", "bytes", "byte", "length", NULL };
	for (int i = 0; i < ws->n; i++)
		if (in(ws->w[i], (const char *const[]){ "asked", "requested", "buffer", "buffers",
							NULL }) &&
		    ((i > 0 && in(ws->w[i - 1], SIZE)) || (i > 1 && in(ws->w[i - 2], SIZE)) ||
		     (i + 1 < ws->n && in(ws->w[i + 1], SIZE))))
			return 0;
	for (const char *const *r = READS; *r; r++)
		if (strstr(program, *r)) {
			snprintf(why, whylen, "the program measures the buffer a read asks for "
				 "(args->count at %s), not the bytes it read", *r);
			return -1;
		}
	return 0;
}

/* --- what the request names, kept ------------------------------------- */

/* include/uapi/asm-generic/errno-base.h and errno.h */
static const struct {
	const char *name;
	int number;
} ERRNO_NAMES[] = {
	{ "eperm", 1 },	       { "enoent", 2 },	      { "esrch", 3 },	     { "eintr", 4 },
	{ "eio", 5 },	       { "enxio", 6 },	      { "ebadf", 9 },	     { "echild", 10 },
	{ "eagain", 11 },      { "ewouldblock", 11 }, { "enomem", 12 },	     { "eacces", 13 },
	{ "efault", 14 },      { "ebusy", 16 },	      { "eexist", 17 },	     { "enodev", 19 },
	{ "enotdir", 20 },     { "eisdir", 21 },      { "einval", 22 },	     { "enfile", 23 },
	{ "emfile", 24 },      { "enospc", 28 },      { "erofs", 30 },	     { "epipe", 32 },
	{ "enametoolong", 36 }, { "enosys", 38 },     { "enotempty", 39 },   { "eloop", 40 },
	{ "eaddrinuse", 98 },  { "enetunreach", 101 }, { "econnreset", 104 }, { "enotconn", 107 },
	{ "etimedout", 110 },  { "econnrefused", 111 }, { "ehostunreach", 113 },
};

/* Whether `program` compares something with n or -n ("== -2", "2 =="). */
static int compares_with(const char *program, int n)
{
	char num[16];
	snprintf(num, sizeof(num), "%d", n);
	size_t len = strlen(num);
	for (const char *p = strstr(program, num); p; p = strstr(p + 1, num)) {
		if ((p > program && isdigit((unsigned char)p[-1])) || isdigit((unsigned char)p[len]))
			continue;
		const char *b = p;
		if (b > program && b[-1] == '-')
			b--;
		while (b > program && b[-1] == ' ')
			b--;
		const char *a = p + len;
		while (*a == ' ')
			a++;
		if ((b - program >= 2 && (b[-1] == '=' || b[-1] == '<' || b[-1] == '>')) ||
		    ((a[0] == '=' || a[0] == '!') && a[1] == '='))
			return 1;
	}
	return 0;
}

static int errnos_kept(const struct words *ws, const char *program, char *why, size_t whylen)
{
	for (int i = 0; i < ws->n; i++)
		for (size_t e = 0; e < sizeof(ERRNO_NAMES) / sizeof(ERRNO_NAMES[0]); e++) {
			size_t len = strlen(ERRNO_NAMES[e].name);
			/* "ENOENTs", "EACCES" */
			if (strncmp(ws->w[i], ERRNO_NAMES[e].name, len) ||
			    (ws->w[i][len] && strcmp(ws->w[i] + len, "s")))
				continue;
			if (compares_with(program, ERRNO_NAMES[e].number))
				break;
			snprintf(why, whylen, "it asks for %s, and the program does not keep to it",
				 ws->as[i]);
			return -1;
		}
	/* an errno by its description: "too many open files" is EMFILE */
	for (int e = 1; e < 134; e++) {
		const char *desc = strerrordesc_np(e);
		if (!desc || strlen(desc) < 12 || !strcasestr(ws->text, desc) || compares_with(program, e))
			continue;
		snprintf(why, whylen, "it asks for \"%s\" (%s), and the program does not keep to it",
			 desc, strerrorname_np(e) ? strerrorname_np(e) : "an errno");
		return -1;
	}
	return 0;
}

static int has(const struct words *ws, const char *const *list)
{
	for (int i = 0; i < ws->n; i++)
		if (in(ws->w[i], list))
			return 1;
	return 0;
}

/* The text of the program's printf() calls, one after another. */
static int printf_has(const char *program, const char *needle)
{
	for (const char *p = strstr(program, "printf("); p; p = strstr(p + 1, "printf(")) {
		const char *end = strstr(p, ");");
		if (!end)
			end = p + strlen(p);
		const char *hit = strstr(p, needle);
		if (hit && hit < end)
			return 1;
	}
	return 0;
}


/* "by uid 0", "per cpu 1": word k is a number the program keeps `var`
 * (NULL: anything) to ("uid == 0"), a filter and no grouping. */
static int kept_to_number(const struct words *ws, int k, const char *program, const char *var)
{
	if (k >= ws->n || !isdigit((unsigned char)ws->w[k][0]) ||
	    strspn(ws->w[k], "0123456789") != strlen(ws->w[k]))
		return 0;
	char cond[64];
	snprintf(cond, sizeof(cond), "%s == %s", var ? var : "", ws->w[k]);
	for (const char *p = strstr(program, cond); p; p = strstr(p + 1, cond))
		if ((!var || p == program ||
		     !(isalnum((unsigned char)p[-1]) || p[-1] == '_' || p[-1] == '>')) &&
		    !isdigit((unsigned char)p[strlen(cond)]))
			return 1;
	return 0;
}
/* The processes asked for ("which processes", "per process", "with the
 * process name"), the files ("print the files that fail to open"), a
 * fork's child and a kill's target must be in the output. */
static int outputs_kept(const struct words *ws, const char *program, char *why, size_t whylen)
{
	static const char *const COUNTING[] = { "count", "counts", "many", "number", "tally",
						"total", "rate", "often", "most", "top", "least",
						"fewest", "busiest", "sum", "histogram", NULL };
	static const char *const SHOWING[] = { "print", "list", "show", "which", "what", "log",
					       "display", "report", NULL };
	char *keys = map_keys(program);
	if (!keys) {
		snprintf(why, whylen, "out of memory");
		return -1;
	}
	int status = 0;
	for (int i = 0; i + 1 < ws->n && !status; i++) {
		/* "per child process", "by the waking process" */
		int k = i + 1;
		while (k + 1 < ws->n && (in(ws->w[k], MODIFIERS) ||
					 in(ws->w[k], (const char *const[]){ "waking", "woken",
									     "new", "forked", NULL })))
			k++;
		int proc = in(ws->w[k], (const char *const[]){ "process", "processes", "program",
							       "programs", NULL }) &&
			   !(k + 1 < ws->n && in(ws->w[k + 1], (const char *const[]){ "called", "named",
										     NULL }));
		if (proc && (in(ws->w[i], (const char *const[]){ "which", "what", "each", "per", "by",
								 "every", "with", "plus",
								 "including", NULL }) ||
			     (i > 0 && !strcmp(ws->w[i], "the") &&
			      in(ws->w[i - 1], (const char *const[]){ "with", "and", "plus", "show",
								      "print", "log", "logs", "logging",
								      "record", "records", "report",
								      "reports", "display", "displays",
								      "prints", "shows", NULL })) ||
			     in(ws->w[i], SHOWING)) &&
		    !strstr(keys, "comm") && !strstr(keys, "pid") && !printf_has(program, "comm") &&
		    !printf_has(program, "pid") && !strstr(program, "comm ==")) {
			snprintf(why, whylen, "it asks for \"%s %s\", and the program does not show "
				 "the process", ws->as[i], ws->as[k]);
			status = -1;
		}
	}
	for (int i = 0; i + 1 < ws->n && !status; i++)
		if (in(ws->w[i], (const char *const[]){ "which", "what", "each", "per", "by", NULL }) &&
		    in(ws->w[i + 1], (const char *const[]){ "user", "users", "uid", "uids", NULL }) &&
		    /* "by user stack": a stack */
		    !(i + 2 < ws->n && in(ws->w[i + 2], (const char *const[]){ "stack", "stacks",
									   "space", NULL })) &&
		    !kept_to_number(ws, i + 2, program, "uid") &&
		    !(i + 2 < ws->n && !strcmp(ws->w[i + 2], "root") && strstr(program, "uid == 0")) &&
		    !user_kept(ws, i + 2, program) &&
		    !strstr(keys, "uid") && !printf_has(program, "uid")) {
			snprintf(why, whylen, "it asks for \"%s %s\", and the program does not show "
				 "the user", ws->as[i], ws->as[i + 1]);
			status = -1;
		}
	/* "out of memory": the kernel's OOM events, or an allocation that failed */
	for (int i = 0; i + 2 < ws->n && !status; i++)
		if (!strcmp(ws->w[i], "out") && !strcmp(ws->w[i + 1], "of") &&
		    !strcmp(ws->w[i + 2], "memory") && !strstr(program, "oom") &&
		    !strstr(program, "retval == 0") && !strstr(program, "== -12")) {
			snprintf(why, whylen, "it asks for running out of memory, and the program "
				 "does not look for it");
			status = -1;
		}
	/* "failed file opens": the event's words, not files asked for */
	int files = 0;
	for (int i = 0; i < ws->n; i++)
		files |= in(ws->w[i], (const char *const[]){ "file", "files", NULL }) &&
			 !(i + 1 < ws->n &&
			   in(ws->w[i + 1], (const char *const[]){ "open", "opens", "opened", "opening",
								   "openings", "read", "reads",
								   "write", "writes", NULL }));
	if (!status && files &&
	    has(ws, SHOWING) && !has(ws, COUNTING) && strstr(program, "open") &&
	    !strstr(program, "filename") && !strstr(program, "path") && !strstr(program, "str(")) {
		snprintf(why, whylen, "it asks for the files, and the program does not show them");
		status = -1;
	}
	if (!status && has(ws, (const char *const[]){ "child", "children", NULL }) &&
	    has(ws, (const char *const[]){ "pid", "pids", NULL }) &&
	    ((strstr(program, "fork") && !strstr(program, "child_pid")) ||
	     (strstr(program, "task_newtask") && !strstr(program, "args->pid")))) {
		snprintf(why, whylen, "it asks for the child's pid, and the program does not show it");
		status = -1;
	}
	if (!status &&
	    has(ws, (const char *const[]){ "target", "targets", "victim", "victims", "recipient",
					   "receiver", "killed", "killing", NULL }) &&
	    (strstr(program, "kill") || strstr(program, "signal_generate")) &&
	    !strstr(program, "args->pid") && !strstr(program, "args->tgid") &&
	    !strstr(program, "args->comm")) {
		snprintf(why, whylen, "it asks for the process signalled, and the program shows "
			 "the one sending");
		status = -1;
	}
	free(keys);
	return status;
}

/* "started by cron": at an exec, comm is the new program, not its parent. */
static int parent_not_comm(const struct words *ws, const char *program, char *why,
			   size_t whylen)
{
	if (!strstr(program, "exec"))
		return 0;
	/* "every command in bash", "programs run from bash" */
	for (int i = 1; i < ws->n; i++) {
		if (!in(ws->w[i - 1], (const char *const[]){ "in", "from", "inside", "under", "via",
							     "within", NULL }))
			continue;
		size_t len = strlen(ws->w[i]);
		for (const char *p = strstr(program, "comm == \""); p; p = strstr(p + 1, "comm == \""))
			if (len && !strncasecmp(p + 9, ws->w[i], len) && p[9 + len] == '"') {
				snprintf(why, whylen, "it asks for what runs %s %s, and at an exec comm "
					 "is the new program, not %s", ws->as[i - 1], ws->as[i], ws->as[i]);
				return -1;
			}
	}
	for (int i = 2; i < ws->n; i++) {
		if (strcmp(ws->w[i - 1], "by") && strcmp(ws->w[i - 1], "from"))
			continue;
		if (!in(ws->w[i - 2], (const char *const[]){ "started", "launched", "spawned", "run",
							     "executed", "forked", "created",
							     "exec", "execed", "invoked", NULL }))
			continue;
		size_t len = strlen(ws->w[i]);
		for (const char *p = strstr(program, "comm == \""); p; p = strstr(p + 1, "comm == \""))
			if (!strncasecmp(p + 9, ws->w[i], len) && p[9 + len] &&
			    strchr("\"-.", p[9 + len])) {
				snprintf(why, whylen, "it asks for programs %s by %s, and at an exec "
					 "comm is the new program, not %s", ws->as[i - 2], ws->as[i],
					 ws->as[i]);
				return -1;
			}
	}
	return 0;
}

/* A process name read from a word the request uses otherwise: a verb
 * ("preempted", "failing") or the verb after "each process" ("how many
 * wakeups does each process cause"). */
static int comm_is_name(const struct words *ws, const char *program, char *why, size_t whylen)
{
	for (const char *p = strstr(program, "comm == \""); p; p = strstr(p + 1, "comm == \"")) {
		size_t len = strcspn(p + 9, "\"");
		for (int i = 0; i < ws->n; i++) {
			if (strlen(ws->w[i]) != len || strncasecmp(ws->w[i], p + 9, len))
				continue;
			/* ("memcached" is a program people name) */
			int verb = len > 4 && (!strcmp(ws->w[i] + len - 2, "ed") ||
					       !strcmp(ws->w[i] + len - 3, "ing")) &&
				   !strpbrk(ws->as[i], "0123456789_-") &&
				   !lexicon_program(ws->as[i], len);
			int after = i > 1 &&
				    in(ws->w[i - 1], (const char *const[]){ "process", "program",
									    "task", "thread", NULL }) &&
				    in(ws->w[i - 2], (const char *const[]){ "each", "every", "which",
									    "what", "any", "a", NULL });
			if (verb || after) {
				snprintf(why, whylen, "it reads \"%s\" as a process name", ws->as[i]);
				return -1;
			}
		}
	}
	return 0;
}

/* Signals sent: signal_generate sees every sender (kill, tgkill, tkill,
 * the kernel's own); a kill() or tgkill() probe alone misses the others. */
static int senders_traced(const struct words *ws, const char *program, char *why, size_t whylen)
{
	static const char *const SEND[] = { "send", "sends", "sent", "sending", "sender",
					    "senders", NULL };
	int signal = 0, send = -1;
	for (int i = 0; i < ws->n; i++) {
		signal |= !strncmp(ws->w[i], "sig", 3) || !strcmp(ws->w[i], "signal") ||
			  !strcmp(ws->w[i], "signals");
		if (send < 0 && in(ws->w[i], SEND))
			send = i;
	}
	/* "who kills pid 500": the sender, which signal_deliver never shows */
	for (int i = 0; i + 1 < ws->n && send < 0; i++)
		if (!strcmp(ws->w[i], "who") && (starts(ws->w[i + 1], "kill") ||
						 starts(ws->w[i + 1], "signal"))) {
			signal = 1;
			send = i + 1;
		}
	if (!signal || send < 0 || strstr(program, "signal_generate"))
		return 0;
	/* "every kill() call: who sent it": the calls named ("kill()", "kill
	 * calls") and traced, whose caller sends */
	for (int i = 0; i < ws->n; i++) {
		if (!in(ws->w[i], (const char *const[]){ "kill", "tgkill", "tkill", NULL }))
			continue;
		char call[16], probe[40];
		snprintf(call, sizeof(call), "%s(", ws->as[i]);
		snprintf(probe, sizeof(probe), "sys_enter_%s", ws->w[i]);
		const char *at = strstr(program, probe);
		int traced = at && !isalnum((unsigned char)at[strlen(probe)]) &&
			     at[strlen(probe)] != '_';
		if (traced && (strstr(ws->text, call) ||
			       (i + 1 < ws->n && in(ws->w[i + 1], (const char *const[]){
							 "call", "calls", "syscall", "syscalls",
							 NULL }))))
			return 0;
	}
	snprintf(why, whylen, "it asks who %s signals, and the program does not trace "
		 "signal:signal_generate, which sees every sender", ws->as[send]);
	return -1;
}

static const char *const TIME_UNITS[] = { "s", "sec", "secs", "second", "seconds", "min", "mins",
					  "minute", "minutes", "hour", "hours", "ms", NULL };

/* "for 10 seconds": the program ends itself (an interval's exit()). */
static int duration_kept(const struct words *ws, const char *program, char *why, size_t whylen)
{
	for (int i = 0; i + 2 < ws->n; i++) {
		int unit = i + 2;
		if (strcmp(ws->w[i], "for") || !numeric(ws->w[i + 1]) || !in(ws->w[unit], TIME_UNITS) ||
		    (i > 0 && in(ws->w[i - 1], LEXICON_LASTING)))
			continue;
		if (!strstr(program, "exit()")) {
			snprintf(why, whylen, "it asks to trace for %s %s, and the program does not end "
				 "itself", ws->as[i + 1], ws->as[unit]);
			return -1;
		}
	}
	return 0;
}

/* A process the request calls by name ("the process called X", "named
 * X") is in the program: never dropped, whatever the word. */
static int called_kept(const struct words *ws, const char *program, char *why, size_t whylen)
{
	/* "called the most", "called by nginx", "called often": no name */
	static const char *const NOT_NAMES[] = { "the", "a", "an", "most", "more", "least", "less",
						 "often", "frequently", "repeatedly", "by", "from",
						 "with", "in", "on", "at", "per", "every", "each",
						 "when", "how", "and", "or", "too", "many", "so",
						 "for", "to", "during", "while", "over", NULL };
	for (int i = 1; i < ws->n; i++) {
		if ((strcmp(ws->w[i - 1], "called") && strcmp(ws->w[i - 1], "named")) ||
		    in(ws->w[i], NOT_NAMES) || user_kept(ws, i, program))
			continue;
		char quoted[80], probed[40];
		snprintf(quoted, sizeof(quoted), "\"%s\"", ws->as[i]);
		/* "named containerd-shim": the name whole, as written, after
		 * the word that calls it so */
		for (const char *t = strstr(ws->text, ws->as[i]); t; t = strstr(t + 1, ws->as[i])) {
			size_t n = strlen(ws->as[i]), cl = strlen(ws->w[i - 1]);
			const char *b = t;
			while (b > ws->text && b[-1] == ' ')
				b--;
			if (t[n] != '-' || b == t || (size_t)(b - ws->text) < cl ||
			    strncasecmp(b - cl, ws->w[i - 1], cl) ||
			    (b - cl > ws->text && isalnum((unsigned char)b[-cl - 1])))
				continue;
			while (isalnum((unsigned char)t[n]) || (t[n] && strchr("-_.", t[n])))
				n++;
			while (n && t[n - 1] == '.')
				n--;
			if (n < 40)
				snprintf(quoted, sizeof(quoted), "\"%.*s\"", (int)n, t);
			break;
		}
		/* ("the function called handle_request": the one probed) */
		snprintf(probed, sizeof(probed), ":%s", ws->as[i]);
		const char *at = strstr(program, probed);
		int fn = at && (at[strlen(probed)] == ' ' || at[strlen(probed)] == '\n') &&
			 (!strncmp(program, "uprobe:", 7) || !strncmp(program, "uretprobe:", 10));
		if (!strstr(program, quoted) && !fn) {
			snprintf(why, whylen, "the request names \"%s\", which the program neither keeps "
				 "to nor shows", ws->as[i]);
			return -1;
		}
	}
	return 0;
}

/* Disks are block devices: "disk reads" are block requests that read
 * (rwbs), not read() calls, which also read pipes, sockets and the page
 * cache. */
static int disks_traced(const struct words *ws, const char *program, char *why, size_t whylen)
{
	for (int i = 0; i < ws->n; i++) {
		/* "block reads", "block io"; not the verb ("calls that block") */
		int block = !strcmp(ws->w[i], "block") && i + 1 < ws->n &&
			    in(ws->w[i + 1], (const char *const[]){ "io", "i", "ios", "device", "devices",
								     "dev", "devs", "read", "reads",
								     "write", "writes", "request",
								     "requests", "layer", "level",
								     "size", "sizes", NULL });
		if (strcmp(ws->w[i], "disk") && strcmp(ws->w[i], "disks") && !block)
			continue;
		if (!strstr(program, "block:")) {
			snprintf(why, whylen, "it asks for the %s, and the program traces no block "
				 "device event", ws->as[i]);
			return -1;
		}
		int j = i + 1;
		while (j < ws->n && in(ws->w[j], (const char *const[]){ "io", "i", "o", "device",
								      "devices", "dev", NULL }))
			j++;
		int reads = j < ws->n && starts(ws->w[j], "read");
		if (j < ws->n && (reads || starts(ws->w[j], "writ")) &&
		    (!strstr(program, "rwbs") ||
		     (!strstr(program, reads ? "\"R" : "\"W") &&
		      !strstr(program, reads ? "== 82" : "== 87")))) {
			snprintf(why, whylen, "it asks for %s %s, and the program does not tell reads "
				 "from writes (rwbs)", ws->as[i], ws->as[j]);
			return -1;
		}
	}
	return 0;
}

/* An open's mode asked for ("read-only", "for writing", O_CREAT) is read
 * from its flags. */
static int open_modes_kept(const struct words *ws, const char *program, char *why, size_t whylen)
{
	if (!strstr(program, "open"))
		return 0;
	for (int i = 0; i < ws->n; i++) {
		int mode = (i + 1 < ws->n && (!strcmp(ws->w[i], "read") || !strcmp(ws->w[i], "write")) &&
			    (!strcmp(ws->w[i + 1], "only") || !strcmp(ws->w[i + 1], "write"))) ||
			   !strncmp(ws->w[i], "o_", 2) || !strcmp(ws->w[i], "readonly") ||
			   !strcmp(ws->w[i], "writeonly") || !strcmp(ws->w[i], "writable") ||
			   !strcmp(ws->w[i], "writeable") ||
			   (i + 1 < ws->n && (!strcmp(ws->w[i], "read") || !strcmp(ws->w[i], "write")) &&
			    !strcmp(ws->w[i + 1], "mode")) ||
			   (i > 0 && !strcmp(ws->w[i - 1], "for") &&
			    (!strcmp(ws->w[i], "reading") || !strcmp(ws->w[i], "writing")));
		if (mode && !strstr(program, "flags")) {
			snprintf(why, whylen, "it asks for a mode of the open (\"%s\"), and the program "
				 "does not read its flags", ws->as[i]);
			return -1;
		}
	}
	return 0;
}

/* "Signal 0" is one the program compares with. */
static int signal_zero_kept(const struct words *ws, const char *program, char *why, size_t whylen)
{
	for (int i = 0; i + 1 < ws->n; i++)
		if ((!strcmp(ws->w[i], "signal") || !strcmp(ws->w[i], "sig")) &&
		    !strcmp(ws->w[i + 1], "0") && !strstr(program, "sig == 0")) {
			snprintf(why, whylen, "it asks for signal 0, and the program does not keep to it");
			return -1;
		}
	return 0;
}

/* "How much" asks for an amount: a sum, never a histogram or a count
 * of the calls. */
static int amounts_summed(const struct words *ws, const char *program, char *why, size_t whylen)
{
	for (int i = 0; i + 1 < ws->n; i++)
		if (!strcmp(ws->w[i], "how") && !strcmp(ws->w[i + 1], "much") &&
		    !strstr(program, "sum(")) {
			snprintf(why, whylen, "it asks \"how much\", and the program makes no sum");
			return -1;
		}
	return 0;
}

/* A process the request names after "by" or "from" (a program
 * people name, or a command that is also a word: "by find", "by top") is
 * one the program keeps to or shows: never a name dropped. */
static int named_process_kept(const struct words *ws, const char *program, char *why,
			      size_t whylen)
{
	/* ("by who" asks who, never the who command) */
	static const char *const COMMANDS[] = { "find", "make", "top", "less", "more", "time",
						"watch", "sleep", "sort", "tail", "head",
						"tee", "yes", "cut", "touch", "which", "date",
						"screen", "nice", "env", "kill", "stat", NULL };
	static const char *const BEFORE[] = { "by", "from", NULL };
	for (int i = 1; i < ws->n; i++) {
		/* "by the process make", "from the program nginx" */
		int b = i - 1;
		while (b > 0 && in(ws->w[b], (const char *const[]){ "the", "process", "program",
								    "command", "task", NULL }))
			b--;
		if (!in(ws->w[b], BEFORE) ||
		    !(lexicon_program(ws->as[i], strlen(ws->as[i])) || in(ws->w[i], COMMANDS)))
			continue;
		/* "by top 10", "from time to time", "by time spent" */
		if ((i + 1 < ws->n && numeric(ws->w[i + 1])) ||
		    (i + 2 < ws->n && !strcmp(ws->w[i + 1], "to")) ||
		    (i + 1 < ws->n && in(ws->w[i + 1], (const char *const[]){ "spent", "taken",
									       NULL })))
			continue;
		if (!strstr(program, ws->as[i])) {
			snprintf(why, whylen, "the request names the process \"%s\", which the "
				 "program neither keeps to nor shows", ws->as[i]);
			return -1;
		}
	}
	return 0;
}

/* Each system call a program with several probes traces is one the
 * request names (its name, or a word it starts: "opens", "exec"); "then
 * exit" names no exit_group. */
static int syscalls_named(const struct words *ws, const char *program, char *why, size_t whylen)
{
	/* "syscalls", "system calls": all of them, unless one is named */
	int generic = 0;
	for (int i = 0; i < ws->n; i++)
		generic |= !strcmp(ws->w[i], "syscall") || !strcmp(ws->w[i], "syscalls") ||
			   (i + 1 < ws->n && !strcmp(ws->w[i], "system") &&
			    (!strcmp(ws->w[i + 1], "call") || !strcmp(ws->w[i + 1], "calls")));
	if (generic && !strstr(program, "syscalls:sys_")) {
		snprintf(why, whylen, "it asks for system calls, and the program traces none");
		return -1;
	}
	/* how many calls, a call and its variants as one (unlink and
	 * unlinkat, renameat2, pread64: the same operation) */
	char families[8][32];
	int n = 0, many = 0;
	for (const char *p = strstr(program, "syscalls:sys_"); p; p = strstr(p + 1, "syscalls:sys_")) {
		if (p >= program + 4 && !strncmp(p - 4, "raw_", 4))
			continue; /* raw_syscalls: all of them */
		const char *name = p + strlen("syscalls:sys_");
		name += !strncmp(name, "enter_", 6) ? 6 : !strncmp(name, "exit_", 5) ? 5 : 0;
		size_t len = 0;
		while ((isalnum((unsigned char)name[len]) || name[len] == '_') && len < 31)
			len++;
		static const char *const TAILS[] = { "at2", "at", "64", "2", "4", NULL };
		for (const char *const *t = TAILS; *t; t++) {
			size_t tl = strlen(*t);
			if (len > tl + 2 && !strncmp(name + len - tl, *t, tl)) {
				len -= tl;
				break;
			}
		}
		int seen = 0;
		for (int k = 0; k < n && !seen; k++)
			seen = strlen(families[k]) == len && !strncmp(families[k], name, len);
		if (seen)
			continue;
		if (n == 8) {
			many = 1;
			continue;
		}
		snprintf(families[n++], sizeof(families[0]), "%.*s", (int)len, name);
	}
	n += many;
	for (const char *p = strstr(program, "syscalls:sys_"); p; p = strstr(p + 1, "syscalls:sys_")) {
		if (p >= program + 4 && !strncmp(p - 4, "raw_", 4))
			continue;
		const char *name = p + strlen("syscalls:sys_");
		name += !strncmp(name, "enter_", 6) ? 6 : !strncmp(name, "exit_", 5) ? 5 : 0;
		size_t len = 0;
		while (isalnum((unsigned char)name[len]) || name[len] == '_')
			len++;
		int exit_call = (len == 10 && !strncmp(name, "exit_group", 10)) ||
				(len == 4 && !strncmp(name, "exit", 4));
		/* "opens": openat, the variant of the call named */
		static const char *const VARIANT_TAILS[] = { "at2", "at", "64", "4", NULL };
		for (const char *const *t = VARIANT_TAILS; *t && !exit_call; t++) {
			size_t tl = strlen(*t);
			if (len > tl + 2 && !strncmp(name + len - tl, *t, tl)) {
				len -= tl;
				break;
			}
		}
		if (n < 2 && !exit_call && !generic)
			continue; /* the program's one system call */
		int named = 0;
		for (int i = 0; i < ws->n && !named; i++) {
			size_t wl = strlen(ws->w[i]);
			if (exit_call && i > 0 &&
			    in(ws->w[i - 1], (const char *const[]){ "then", "and", NULL }))
				continue; /* "... then exit" */
			if (exit_call && i + 1 < ws->n && !strcmp(ws->w[i + 1], "after"))
				continue; /* "exit after 10 seconds" */
			/* "opens": openat; "exec": execve; "sleep": clock_nanosleep */
			named = wl >= 4 && (!strncmp(ws->w[i], name, len < wl ? len : wl) ||
					    (wl <= len && memmem(name, len, ws->w[i], wl)));
			/* "permission changes": every call that changes them,
			 * by path or descriptor; "ownership": every chown */
			static const struct {
				const char *word, *calls;
			} CHANGES[] = {
				{ "permission", " chmod fchmod " },
				{ "permissions", " chmod fchmod " },
				{ "ownership", " chown lchown fchown " },
				{ "owner", " chown lchown fchown " },
				{ "owners", " chown lchown fchown " },
			};
			char call[40];
			snprintf(call, sizeof(call), " %.*s ", (int)(len < 30 ? len : 30), name);
			for (size_t c = 0; !named && c < sizeof(CHANGES) / sizeof(CHANGES[0]); c++)
				named = !strcmp(ws->w[i], CHANGES[c].word) &&
					strstr(CHANGES[c].calls, call) != NULL;
		}
		if (!named) {
			snprintf(why, whylen, "the program traces %.*s(), which the request does not "
				 "name", (int)len, name);
			return -1;
		}
	}
	return 0;
}

/* A uprobe on a C library's wrapper of a system call (libc's open())
 * sees only the calls made through that library: a static binary, a
 * direct syscall(2) or openat() is missed. Unless the request asks for the
 * library's function, the system call's tracepoint is the event. */
static int not_a_wrapper(const struct words *ws, const char *program, char *why, size_t whylen)
{
	const char *request = ws->text;
	for (const char *p = strstr(program, "probe:"); p; p = strstr(p + 1, "probe:")) {
		if (p < program + 1 || (strncmp(p - 1, "uprobe:", 7) && (p - program < 4 ||
		    strncmp(p - 4, "uretprobe:", 10))))
			continue;
		const char *end = p + strcspn(p, " \t\n{,");
		const char *fn = end;
		while (fn > p && fn[-1] != ':')
			fn--;
		if (!memmem(p, (size_t)(fn - p), "libc.so", 7))
			continue;
		end = fn;
		while (isalnum((unsigned char)*end) || *end == '_')
			end++;
		if (end == fn || end - fn > 40)
			continue;
		char name[48], path[128];
		snprintf(name, sizeof(name), "%.*s", (int)(end - fn), fn);
		int wrapper = 0;
		for (int k = 0; k < 2 && !wrapper; k++) {
			snprintf(path, sizeof(path), "/sys/kernel/tracing/events/syscalls/sys_enter_%s%s",
				 name, k ? "at" : "");
			wrapper = access(path, F_OK) == 0;
		}
		if (!wrapper)
			continue;
		char call[56];
		snprintf(call, sizeof(call), "%s(", name);
		int asked = strstr(request, call) != NULL;
		for (int i = 0; i < ws->n && !asked; i++)
			asked = in(ws->w[i], (const char *const[]){ "libc", "glibc", "library",
								    "uprobe", "uprobes", "function",
								    NULL });
		if (!asked) {
			snprintf(why, whylen, "the program traces libc's %s() wrapper, which misses "
				 "calls made without it, and the request does not ask for libc", name);
			return -1;
		}
	}
	return 0;
}

/* Whether `name` is in the program followed by one of `tails` and then
 * no more of an identifier: sys_enter_open as sys_enter_openat, never as
 * sys_enter_openat_foo nor read as readv. */
static int traced_as(const char *program, const char *name, const char *const *tails)
{
	size_t n = strlen(name);
	for (const char *p = strstr(program, name); p; p = strstr(p + 1, name)) {
		const char *t = p + n;
		size_t len = 0;
		while (isalnum((unsigned char)t[len]) || t[len] == '_')
			len++;
		for (const char *const *tail = tails; *tail; tail++)
			if (strlen(*tail) == len && !strncmp(t, *tail, len))
				return 1;
	}
	return 0;
}

/* A system call or kernel function the request names by its own name
 * must be what the program traces: "count vfork calls" is not clone's
 * count, "bytes written by writev" not write's, "count vfs_read by
 * process" not the read syscall. A system call is read as named when its
 * name cannot be an English word: with a digit (pread64), ending in "at"
 * or "v" (openat, writev), or followed by "call(s)"/"syscall(s)" ("mount
 * calls"); an identifier with "_" (vfs_read) must be in the program. */
/* Whether the request writes `w` as a call, "open()" (any case). */
static int written_as_call(const char *text, const char *w)
{
	size_t n = strlen(w);
	for (const char *p = strcasestr(text, w); p; p = strcasestr(p + 1, w))
		if ((p == text || (!isalnum((unsigned char)p[-1]) && p[-1] != '_')) && p[n] == '(')
			return 1;
	return 0;
}

/* Whether the request names another system call that is `w` with a
 * variant's tail ("open" and "openat"): then `w` itself is asked for. */
static int variant_named_too(const struct words *ws, const char *w)
{
	size_t n = strlen(w);
	for (int k = 0; k < ws->n; k++)
		if (strlen(ws->w[k]) > n && !strncmp(ws->w[k], w, n) &&
		    in(ws->w[k] + n, (const char *const[]){ "at", "at2", "64", "2", NULL }) &&
		    lexicon_syscall(ws->w[k], strlen(ws->w[k])))
			return 1;
	return 0;
}

/* Whether the program traces a system call whose name holds `w` but is
 * not it or its variant ("nanosleep" asked, clock_nanosleep traced), and
 * not `w` itself. */
static int traces_longer_call(const struct words *ws, const char *program, const char *w)
{
	static const char *const VARIANTS[] = { "", "at", "at2", "64", "2", NULL };
	char enter[64], exit_[64];
	snprintf(enter, sizeof(enter), "sys_enter_%s", w);
	snprintf(exit_, sizeof(exit_), "sys_exit_%s", w);
	if (traced_as(program, enter, VARIANTS) || traced_as(program, exit_, VARIANTS))
		return 0;
	size_t n = strlen(w);
	for (const char *p = program; (p = strstr(p, "syscalls:sys_")); p += 13) {
		const char *name = p + 13;
		name += !strncmp(name, "enter_", 6) ? 6 : !strncmp(name, "exit_", 5) ? 5 : 0;
		size_t len = strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789_");
		int named = 0; /* "bytes read by each pread64 call": pread64 named */
		for (int i = 0; i < ws->n && !named; i++)
			named = strlen(ws->w[i]) == len && !strncmp(ws->w[i], name, len);
		for (size_t k = 1; !named && k + n <= len; k++)
			if (!strncmp(name + k, w, n))
				return 1;
	}
	return 0;
}

static int named_calls_traced(const struct words *ws, const char *program, char *why,
			      size_t whylen)
{
	for (int i = 0; i < ws->n; i++) {
		const char *w = ws->w[i];
		size_t len = strlen(w);
		const char *next = i + 1 < ws->n ? ws->w[i + 1] : "";
		int lower = 0;
		for (size_t k = 0; k < len; k++)
			lower |= islower((unsigned char)ws->as[i][k]);
		/* NET_RX, O_CREAT: a constant, which the program compares by value */
		if (strchr(w, '_') && lower) {
			if (!strncmp(w, "non_", 4) || !strncmp(w, "not_", 4) || !strncmp(w, "no_", 3) ||
			    strstr(program, ws->as[i]) || strstr(program, w))
				continue;
			snprintf(why, whylen, "it names %s, which the program does not trace or show",
				 ws->as[i]);
			return -1;
		}
		int digit = 0;
		for (size_t k = 0; k < len; k++)
			digit |= isdigit((unsigned char)w[k]);
		int named = digit || (len >= 5 && (w[len - 1] == 'v' ||
						   (w[len - 2] == 'a' && w[len - 1] == 't'))) ||
			    in(next, (const char *const[]){ "call", "calls", "syscall", "syscalls",
							    "latency", "latencies", "duration",
							    "durations", NULL }) ||
			    (ws->text && written_as_call(ws->text, w)) ||
			    (i > 0 && in(ws->w[i - 1], (const char *const[]){ "calling", "invoking",
										 "invoke", "invokes", "call",
										 "calls", "use", "uses",
										 "using", NULL }));
		if (!strchr(w, '_') && !named && lexicon_syscall(w, len) &&
		    traces_longer_call(ws, program, w)) {
			snprintf(why, whylen, "it names the system call %s, and the program traces "
				 "another whose name holds it", ws->as[i]);
			return -1;
		}
		/* "disk write latency": the disk's writes, not write() */
		if (i > 0 && in(ws->w[i - 1], (const char *const[]){ "disk", "disks", "block",
								     "device", NULL }))
			continue;
		/* "tcp connect latency": TCP's handshake ("tcp connect calls"
		 * are connect()'s) */
		if (i > 0 && !strcmp(ws->w[i - 1], "tcp") &&
		    in(next, (const char *const[]){ "latency", "latencies", "duration", "durations",
						    NULL }))
			continue;
		if (strchr(w, '_') || !named || !lexicon_syscall(w, len))
			continue;
		/* "open() and openat": both, each as itself */
		static const char *const EXACT[] = { "", NULL };
		int exact = variant_named_too(ws, w);
		/* the call or a variant of it (open: openat), or its libc
		 * function when a uprobe is what the request asks for */
		char enter[64], exit_[64], fn[64];
		snprintf(enter, sizeof(enter), "sys_enter_%s", w);
		snprintf(exit_, sizeof(exit_), "sys_exit_%s", w);
		snprintf(fn, sizeof(fn), ":%s", w);
		static const char *const VARIANTS[] = { "", "at", "at2", "64", "2", NULL };
		if (traced_as(program, enter, exact ? EXACT : VARIANTS) ||
		    traced_as(program, exit_, exact ? EXACT : VARIANTS) ||
		    traced_as(program, fn, (const char *const[]){ "", NULL }))
			continue;
		snprintf(why, whylen, "it names the system call %s, which the program does not trace",
			 ws->as[i]);
		return -1;
	}
	return 0;
}

/* The tracepoints a program attaches to ("tracepoint:syscalls:sys_enter_clone"
 * each, "t:" spelled out), written to `out` one per line. */
static int tracepoint_of(void *arg, const struct probe_block *pb)
{
	FILE *out = arg;
	const char *h = pb->header, *end = h + pb->header_len;
	const char *slash = memchr(h, '/', pb->header_len);
	if (slash)
		end = slash;
	while (h < end) {
		while (h < end && (isspace((unsigned char)*h) || *h == ','))
			h++;
		const char *s = h;
		while (h < end && !isspace((unsigned char)*h) && *h != ',')
			h++;
		if (h - s > 2 && !strncmp(s, "t:", 2))
			fprintf(out, "tracepoint:%.*s\n", (int)(h - s - 2), s + 2);
		else if (h - s > 11 && !strncmp(s, "tracepoint:", 11))
			fprintf(out, "%.*s\n", (int)(h - s), s);
	}
	return 0;
}

/* The fields of the program's tracepoints from their tracefs formats
 * ("int sig; pid_t pid; ..." a line each); malloc'd, NULL when none. */
static char *traced_fields(const char *program)
{
	char *probes = NULL, *fields = NULL;
	size_t plen = 0, flen = 0;
	FILE *m = open_memstream(&probes, &plen);
	if (!m)
		return NULL;
	scan_probe_blocks(program, tracepoint_of, m);
	fclose(m);
	FILE *f = open_memstream(&fields, &flen);
	if (!f) {
		free(probes);
		return NULL;
	}
	static const char EXIT[] = "tracepoint:syscalls:sys_exit_";
	for (char *save = NULL, *p = strtok_r(probes, "\n", &save); p;
	     p = strtok_r(NULL, "\n", &save)) {
		if (ctx_fields(NULL, p, f))
			fputc('\n', f);
		/* a call's exit: its arguments are the call's too ("each kill
		 * with the signal" at sys_exit_kill has no sig to show) */
		char enter[160];
		if (!strncmp(p, EXIT, sizeof(EXIT) - 1) &&
		    snprintf(enter, sizeof(enter), "tracepoint:syscalls:sys_enter_%s",
			     p + sizeof(EXIT) - 1) < (int)sizeof(enter) &&
		    ctx_fields(NULL, enter, f))
			fputc('\n', f);
	}
	fclose(f);
	free(probes);
	return fields;
}

/* Whether a word of the request names the field `name` ("flags" names
 * clone_flags, "filename" and "filenames" name filename). */
static int names_field(const char *w, const char *name, size_t len)
{
	/* a two-letter word ("fd") names only the field of that name, or
	 * the one it is short for ("ip": daddr) */
	if (!strcmp(w, "ip") || !strcmp(w, "ips"))
		return names_field("daddr", name, len);
	if (strlen(w) < 3)
		return strlen(w) == len && !strncmp(w, name, len);
	/* the kernel's short names: "length" is len, "command" cmd */
	static const char *const SHORT[][2] = { { "length", "len" },   { "command", "cmd" },
						{ "address", "addr" }, { "signal", "sig" },
						{ "descriptor", "fd" }, { "protection", "prot" },
						{ "size", "bytes" },	 { "size", "len" },
						{ "size", "count" },	 { "disk", "dev" },
						{ "device", "dev" },	 { "drive", "dev" },
						{ "cpu", "cpu_id" },	 { "vector", "vec" },
						{ "address", "daddr" }, { "ip", "daddr" },
						{ "host", "daddr" },	 { "handler", "name" },
						{ "type", "vec" },	 { "kind", "vec" },
						{ "interface", "name" }, { "nic", "name" },
						{ "netdev", "name" },	 { "source", "saddr" },
						{ "dst", "daddr" },	 { "dest", "daddr" },
						{ "src", "saddr" },	 { "addr", "daddr" },
						{ "function", "call_site" },
						{ "callback", "function" }, { "request", "cmd" } };
	/* "daddr_v6": an address in either family (IPv4 ones mapped) */
	if (len > 3 && !strncmp(name + len - 3, "_v6", 3) && names_field(w, name, len - 3))
		return 1;
	for (size_t k = 0; k < sizeof(SHORT) / sizeof(SHORT[0]); k++)
		if (!strcmp(w, SHORT[k][0]) && names_field(SHORT[k][1], name, len))
			return 1;
	size_t wl = strlen(w);
	if (wl > 1 && w[wl - 1] == 's' && len == wl - 1 && !strncmp(name, w, len))
		return 1;
	if (len < wl || strncmp(name + len - wl, w, wl))
		return 0;
	return len == wl || name[len - wl - 1] == '_';
}

/* Whether the program reads args->NAME (the whole name). */
static int reads_field(const char *program, const char *name, size_t len)
{
	char use[80];
	snprintf(use, sizeof(use), "args->%.*s", (int)len, name);
	size_t ul = strlen(use);
	for (const char *hit = strstr(program, use); hit; hit = strstr(hit + 1, use))
		if (!isalnum((unsigned char)hit[ul]) && hit[ul] != '_')
			return 1;
	return 0;
}

/* "sendto calls over 50000 bytes with the size": a call that moves
 * bytes shows its size where it returns them (args->ret at its exit),
 * as well as by the size it was asked to move (len, count). */
static int moved_shown(const char *program, const char *w)
{
	static const char *const TRANSFERS[] = { "read", "write", "pread64", "pwrite64", "readv",
						 "writev", "preadv", "pwritev", "recvfrom",
						 "sendto", "recvmsg", "sendmsg", "sendfile64",
						 NULL };
	static const char EXIT[] = "tracepoint:syscalls:sys_exit_";
	if (!in(w, (const char *const[]){ "size", "sizes", "bytes", "byte", NULL }))
		return 0;
	/* the return value shown: in a printf's arguments or a map's value */
	int shown = 0;
	for (const char *line = program; line && *line && !shown;) {
		const char *eol = strchr(line, '\n');
		size_t len = eol ? (size_t)(eol - line) : strlen(line);
		char *one = strndup(line, len);
		const char *at = one ? strstr(one, "printf(") : NULL;
		if (!at && one && strchr(one, '@') && strstr(one, " = "))
			at = strstr(one, " = ");
		shown = at && reads_field(at, "ret", 3);
		free(one);
		line = eol ? eol + 1 : NULL;
	}
	if (!shown)
		return 0;
	for (const char *p = strstr(program, EXIT); p; p = strstr(p + 1, EXIT)) {
		const char *name = p + sizeof(EXIT) - 1;
		size_t nl = strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789_");
		for (int k = 0; TRANSFERS[k]; k++)
			if (strlen(TRANSFERS[k]) == nl && !strncmp(name, TRANSFERS[k], nl))
				return 1;
	}
	return 0;
}

/* An output asked for "with" a field of the traced event ("clone calls
 * with flags", "opens including the flags") is in the program: some
 * args-> field the word names is read. */
static int fields_shown(const struct words *ws, const char *program, char *why, size_t whylen)
{
	static const char *const WITH[] = { "with", "including", "plus", "showing", "and", "by", "per",
					    "show", "print", "their", "its", "log", "logs",
					    "logging", "shows", "prints", "printing", "report",
					    "reports", "display", "displays", "record", "records",
					    NULL };
	static const char *const SKIP[] = { "the", "a", "an", "its", "their", "his", "her",
					    "each", "every", "all", "any", "which", NULL };
	char *fields = NULL;
	int status = 0, loaded = 0;
	for (int i = 0; i + 1 < ws->n && !status; i++) {
		if (!in(ws->w[i], WITH))
			continue;
		int j = i + 1;
		while (j < ws->n && in(ws->w[j], SKIP))
			j++;
		/* a builtin's name names the builtin ("with comm", "and pid");
		 * "the new fd" is what the call returns; "show disk requests",
		 * "irq handler time": a word of the event's name */
		/* "... and count writes": the verb, no field */
		if (j < ws->n && in(ws->w[i], (const char *const[]){ "and", "show", "print", NULL }) &&
		    in(ws->w[j], (const char *const[]){ "count", "total", "sum", NULL }))
			continue;
		if (j >= ws->n || strlen(ws->w[j]) < 2 || !strcmp(ws->w[j], "new") ||
		    (j + 1 < ws->n &&
		     in(ws->w[j + 1], (const char *const[]){ "request", "requests", "handler",
							     "handlers", "time", "i/o", "io",
							     "activity", "latency", "latencies",
							     "operations", "events", "name",
							     "names", NULL })) ||
		    in(ws->w[j], (const char *const[]){ "comm", "pid", "tid", "uid", "gid", "cpu",
						      "cgroup", "nsecs", "retval", "stack", "args",
						      NULL }))
			continue;
		if (!loaded) {
			fields = traced_fields(program);
			loaded = 1;
		}
		if (!fields)
			break;
		/* each "type name" declaration: does the word name it, and is
		 * one it names read? */
		int named = 0, read = 0, t = j;
		/* ("by dst port": the port) */
		if (j + 1 < ws->n &&
		    in(ws->w[j], (const char *const[]){ "dst", "src", "dest", "destination",
						      "source", "remote", "local", NULL }) &&
		    in(ws->w[j + 1], (const char *const[]){ "port", "ports", NULL }))
			t = j + 1;
		const char *first = NULL;
		size_t first_len = 0;
		/* the word or the next ("call site": call_site's "site"; not
		 * "a per-process count of", an aggregation) */
		for (; t < ws->n && t <= j + 1 && !named &&
		       !(t == j + 1 && t + 1 < ws->n && !strcmp(ws->w[t + 1], "of"));
		     t++)
		for (const char *d = fields; *d;) {
			size_t span = strcspn(d, ";\n");
			const char *name = d + span;
			while (name > d && name[-1] == ']') /* char comm[16] */
				while (name > d && *--name != '[')
					;
			const char *stop = name;
			while (name > d && (isalnum((unsigned char)name[-1]) || name[-1] == '_'))
				name--;
			size_t len = (size_t)(stop - name);
			if (len && names_field(ws->w[t], name, len)) {
				named = 1;
				if (!first) {
					first = name;
					first_len = len;
				}
				read |= reads_field(program, name, len);
			}
			d += span;
			while (*d == ';' || *d == '\n' || *d == ' ')
				d++;
		}
		if (named && !read && !moved_shown(program, ws->w[t - 1])) {
			snprintf(why, whylen, "it asks for \"%s %s\", and the program does not show "
				 "args->%.*s", ws->as[i], ws->as[t - 1], (int)first_len, first);
			status = -1;
		}
	}
	free(fields);
	return status;
}

/* "trace pid 1 syscalls": a line per system call says which one. */
static int syscall_shown(const struct words *ws, const char *program, char *why, size_t whylen)
{
	/* a latency report (enter and exit) is about the time, not the call */
	int enter = strstr(program, "raw_syscalls:sys_enter") != NULL;
	int exit_ = strstr(program, "raw_syscalls:sys_exit") != NULL;
	if (enter == exit_ || !strstr(program, "printf(") || strstr(program, "args->id") ||
	    strstr(program, "ksym("))
		return 0;
	for (int i = 0; i < ws->n; i++) {
		int one = starts(ws->w[i], "syscall");
		if (one || (i + 1 < ws->n && !strcmp(ws->w[i], "system") &&
			    starts(ws->w[i + 1], "call"))) {
			snprintf(why, whylen, "it asks for \"%s%s%s\", and the program's lines do "
				 "not say which call (args->id)", ws->as[i], one ? "" : " ",
				 one ? "" : ws->as[i + 1]);
			return -1;
		}
	}
	return 0;
}

/* Events the kernel handles in softirq (a retransmit timer, a packet
 * received): comm and pid there are whatever task was interrupted. */
static int softirq_no_task(const struct words *ws, const char *program, char *why,
			   size_t whylen)
{
	static const char *const SOFTIRQ[] = { "tcp_retransmit_skb", "tcp_receive_reset",
					       "netif_receive_skb", "napi_gro_receive",
					       "softirq_entry", "softirq_exit", "timer_expire",
					       "hrtimer_expire", "irq_handler_entry",
					       "irq_handler_exit", "tcp_send_reset",
					       "inet_sock_set_state", NULL };
	static const char *const TASK[] = { "comm", "pid", "tid", "uid", "cgroup", NULL };
	static const char *const ASKS[] = { "process", "processes", "program", "programs", "pid",
					    "pids", "who", "whom", "command", "commands", "app",
					    "apps", "application", "task", "tasks", "comm", "user",
					    "users", "uid", "thread", "threads", NULL };
	/* a task printed, filtered or grouped on is whatever task was
	 * interrupted: never the one the event was about */
	int asked = has(ws, ASKS);
	char *keys = map_keys(program);
	for (const char *const *e = SOFTIRQ; *e; e++) {
		/* the event's whole name: itimer_expire is no timer_expire */
		const char *at = strstr(program, *e);
		while (at && (at == program || at[-1] != ':'))
			at = strstr(at + 1, *e);
		if (!at)
			continue;
		/* a TCP state change made by a call: connect() (SYN_SENT) and
		 * listen() (LISTEN) run in the caller; the rest, often in an
		 * interrupt */
		if (!strcmp(*e, "inet_sock_set_state") && !strstr(program, "||") &&
		    (strstr(program, "newstate == 2") || strstr(program, "newstate == 10")))
			continue;
		for (const char *const *task = TASK; *task; task++) {
			size_t n = strlen(*task);
			for (const char *p = strstr(program, *task); p; p = strstr(p + 1, *task)) {
				if ((p > program && (isalnum((unsigned char)p[-1]) || p[-1] == '_' ||
						     p[-1] == '>' || p[-1] == '.')) ||
				    isalnum((unsigned char)p[n]) || p[n] == '_')
					continue;
				/* printed beside it, it reads as the process the event
				 * was about: as wrong as a key */
				(void)asked;
				free(keys);
				snprintf(why, whylen, "the program names a process (%s) at %s, which "
					 "the kernel runs in an interrupt, where %s is whatever task was "
					 "interrupted", *task, *e, *task);
				return -1;
			}
		}
	}
	free(keys);
	return 0;
}

/* Whether p is on a line of an assert() or assume() (the checks the
 * offline default adds, never what the program does). */
static int in_contract(const char *program, const char *p)
{
	const char *l = p;
	while (l > program && l[-1] != '\n')
		l--;
	while (*l == ' ' || *l == '\t')
		l++;
	return !strncmp(l, "assert(", 7) || !strncmp(l, "assume(", 7);
}

/* Whether the program compares something with the number v (either way
 * round: "> 1024", "1024 <"). */
static int compares_with_ll(const char *program, long long v)
{
	char num[32];
	snprintf(num, sizeof(num), "%lld", v);
	size_t len = strlen(num);
	for (const char *p = strstr(program, num); p; p = strstr(p + 1, num)) {
		if ((p > program && isdigit((unsigned char)p[-1])) || isdigit((unsigned char)p[len]) ||
		    in_contract(program, p))
			continue;
		const char *b = p;
		while (b > program && b[-1] == ' ')
			b--;
		const char *a = p + len;
		while (*a == ' ')
			a++;
		if ((b > program && (b[-1] == '=' || b[-1] == '<' || b[-1] == '>')) ||
		    *a == '<' || *a == '>' || ((a[0] == '=' || a[0] == '!') && a[1] == '='))
			return 1;
	}
	return 0;
}

/* Nanoseconds in a time unit, bytes in a size unit (*size set), else 0. */
static long long unit_scale(const char *u, int *size)
{
	static const struct {
		const char *name;
		long long scale;
		int size;
	} UNITS[] = {
		{ "ns", 1, 0 },	       { "nanosecond", 1, 0 },
		{ "nanoseconds", 1, 0 }, { "us", 1000, 0 },
		{ "usec", 1000, 0 },   { "usecs", 1000, 0 },
		{ "microsecond", 1000, 0 }, { "microseconds", 1000, 0 },
		{ "ms", 1000000, 0 },  { "msec", 1000000, 0 },
		{ "msecs", 1000000, 0 }, { "millisecond", 1000000, 0 },
		{ "milliseconds", 1000000, 0 }, { "s", 1000000000, 0 },
		{ "sec", 1000000000, 0 }, { "secs", 1000000000, 0 },
		{ "second", 1000000000, 0 }, { "seconds", 1000000000, 0 },
		{ "b", 1, 1 },	       { "byte", 1, 1 },
		{ "bytes", 1, 1 },     { "k", 1024, 1 },
		{ "kb", 1024, 1 },     { "kib", 1024, 1 },
		{ "kilobytes", 1024, 1 }, { "m", 1048576, 1 },
		{ "mb", 1048576, 1 },  { "mib", 1048576, 1 },
		{ "megabytes", 1048576, 1 }, { "gb", 1073741824, 1 },
		{ "gib", 1073741824, 1 },
	};
	for (size_t i = 0; i < sizeof(UNITS) / sizeof(UNITS[0]); i++)
		if (!strcmp(u, UNITS[i].name)) {
			*size = UNITS[i].size;
			return UNITS[i].scale;
		}
	return 0;
}

/* A threshold the request gives with its unit ("more than 100 bytes",
 * "reads over 1KB", "longer than 2 ms") is compared with in the program,
 * in some unit. "over N seconds" alone can be a window, so a time after
 * "over" is left to the other rules. */
static int thresholds_kept(const struct words *ws, const char *program, char *why,
			   size_t whylen)
{
	static const char *const THAN[] = { "more", "greater", "larger", "bigger", "longer",
					    "slower", "less", "smaller", "shorter", "faster",
					    "fewer", NULL };
	static const char *const BARE[] = { "above", "exceeding", "exceed", "exceeds", "below",
					    "under", "over", NULL };
	for (int i = 0; i < ws->n; i++) {
		int j = -1, over = 0;
		if (in(ws->w[i], THAN) && i + 2 < ws->n && !strcmp(ws->w[i + 1], "than"))
			j = i + 2;
		else if (i + 2 < ws->n && !strcmp(ws->w[i], "at") &&
			 (!strcmp(ws->w[i + 1], "least") || !strcmp(ws->w[i + 1], "most")))
			j = i + 2;
		else if (in(ws->w[i], BARE) && i + 1 < ws->n) {
			j = i + 1;
			over = !strcmp(ws->w[i], "over") || !strcmp(ws->w[i], "under");
		}
		if (j < 0 || !isdigit((unsigned char)ws->w[j][0]))
			continue;
		char *end;
		long long n = strtoll(ws->w[j], &end, 10);
		const char *u = *end ? end : (j + 1 < ws->n ? ws->w[j + 1] : "");
		const char *u_as = *end ? ws->as[j] + (end - ws->w[j]) : (j + 1 < ws->n ? ws->as[j + 1] : "");
		int size = 0;
		long long scale = unit_scale(u, &size);
		if (!scale || (over && !size) || n <= 0 || n > 1000000000LL)
			continue;
		/* the value in any unit of its kind that keeps it whole */
		static const long long TIME[] = { 1, 1000, 1000000, 1000000000 };
		static const long long SIZE[] = { 1, 1000, 1024, 1000000, 1048576 };
		const long long *units = size ? SIZE : TIME;
		int nu = size ? 5 : 4, kept = 0;
		long long base = n * scale;
		for (int k = 0; k < nu && !kept; k++)
			if (base % units[k] == 0)
				kept = compares_with_ll(program, base / units[k]);
		/* 1KB said as 1000 bytes */
		if (!kept && size && scale > 1)
			kept = compares_with_ll(program, n * (scale == 1024 ? 1000 : 1000000));
		if (!kept) {
			snprintf(why, whylen, "it asks for \"%s %s%s%s\", and the program compares with "
				 "no such number", ws->as[i], ws->as[j], *end ? "" : " ",
				 *end ? "" : u_as);
			return -1;
		}
	}
	return 0;
}

/* "10 ms or less", "at most 5 ms", "at least 2 ms", "100 or more": the
 * bound itself is kept, so the program compares with <= or >=, never
 * only < or >. */
/* Whether `needle` is in the program outside its assert()s and assume()s. */
static int outside_contract(const char *program, const char *needle)
{
	for (const char *p = strstr(program, needle); p; p = strstr(p + 1, needle))
		if (!in_contract(program, p))
			return 1;
	return 0;
}

static int bounds_inclusive(const struct words *ws, const char *program, char *why,
			    size_t whylen)
{
	for (int i = 0; i + 1 < ws->n; i++) {
		const char *a = ws->w[i], *b = ws->w[i + 1];
		int upper = (!strcmp(a, "or") && in(b, (const char *const[]){ "less", "fewer", "under",
									     "below", "shorter",
									     "faster", NULL })) ||
			    (!strcmp(a, "at") && !strcmp(b, "most")) ||
			    (!strcmp(a, "no") && !strcmp(b, "more"));
		int lower = (!strcmp(a, "or") && in(b, (const char *const[]){ "more", "greater",
									     "longer", "above",
									     "slower", "larger",
									     NULL })) ||
			    (!strcmp(a, "at") && !strcmp(b, "least")) ||
			    (!strcmp(a, "no") && !strcmp(b, "less"));
		/* "10 ms or less", "at most 5 ms": a number said with the bound */
		int number = (upper || lower) &&
			     ((i > 0 && isdigit((unsigned char)ws->w[i - 1][0])) ||
			      (i > 1 && isdigit((unsigned char)ws->w[i - 2][0])) ||
			      (i + 2 < ws->n && isdigit((unsigned char)ws->w[i + 2][0])) ||
			      (i + 3 < ws->n && isdigit((unsigned char)ws->w[i + 3][0])));
		if (!number)
			continue;
		/* what the program does, never its assert()s' text */
		if (upper && outside_contract(program, " < ") && !outside_contract(program, "<="))
			snprintf(why, whylen, "it says \"%s %s\", and the program compares with < (the "
				 "bound itself left out)", ws->as[i], ws->as[i + 1]);
		else if (lower && outside_contract(program, " > ") && !outside_contract(program, ">="))
			snprintf(why, whylen, "it says \"%s %s\", and the program compares with > (the "
				 "bound itself left out)", ws->as[i], ws->as[i + 1]);
		else
			continue;
		return -1;
	}
	return 0;
}

/* "for the past 10 seconds", "over 10 seconds": a time to trace for (or
 * a window), never a bound the program compares a measure with. */
static int windows_not_bounds(const struct words *ws, const char *program, char *why,
			      size_t whylen)
{
	static const char *const LEAD[] = { "past", "last", "over", "previous", "next", NULL };
	static const char *const LONG_UNITS[] = { "s", "sec", "secs", "second", "seconds", NULL };
	for (int i = 0; i + 2 < ws->n; i++) {
		if (!in(ws->w[i], LEAD) || !in(ws->w[i + 2], LONG_UNITS))
			continue;
		char *end;
		long long n = strtoll(ws->w[i + 1], &end, 10);
		if (*end || n <= 0 || n > 100000)
			continue;
		static const long long TIME[] = { 1, 1000, 1000000, 1000000000 };
		for (int k = 0; k < 4; k++)
			if (compares_with_ll(program, n * 1000000000LL / TIME[k])) {
				snprintf(why, whylen, "it says \"%s %s %s\", a time to trace for, and the "
					 "program compares a measure with it", ws->as[i],
					 ws->as[i + 1], ws->as[i + 2]);
				return -1;
			}
	}
	return 0;
}

/* Whether `program` has the whole number `v` ("1000", not in "1000000"). */
static int has_number(const char *program, long long v)
{
	char num[32];
	snprintf(num, sizeof(num), "%lld", v);
	size_t len = strlen(num);
	for (const char *p = strstr(program, num); p; p = strstr(p + 1, num))
		if (!(p > program && (isalnum((unsigned char)p[-1]) || p[-1] == '_')) &&
		    !isdigit((unsigned char)p[len]))
			return 1;
	return 0;
}

/* "in us", "in s": a time shown in that unit, so the program measures a
 * time (nsecs) and divides by that unit's nanoseconds. */
static int unit_kept(const struct words *ws, const char *program, char *why, size_t whylen)
{
	for (int i = 1; i < ws->n; i++) {
		int size = 0;
		long long scale = unit_scale(ws->w[i], &size);
		if (!scale || size || strcmp(ws->w[i - 1], "in"))
			continue;
		if (!strstr(program, "nsecs") && !strstr(program, "elapsed") &&
		    !strstr(program, "$d")) {
			snprintf(why, whylen, "it asks for a time \"in %s\", and the program measures "
				 "none", ws->as[i]);
			return -1;
		}
		if (scale > 1 && !has_number(program, scale)) {
			snprintf(why, whylen, "it asks for times \"in %s\", and the program shows "
				 "them in another unit", ws->as[i]);
			return -1;
		}
	}
	return 0;
}

static int first_in(const struct words *ws, const char *const *list);

/* The system call a word of the request names as a verb or a noun:
 * "closes" close, "reads" read, "opened" open; NULL when none. */
static const char *call_word(const char *w, char *out, size_t len)
{
	size_t n = strlen(w);
	if (n < 3 || n + 1 > len)
		return NULL;
	snprintf(out, len, "%s", w);
	if (lexicon_syscall(out, n))
		return out;
	static const char *const ENDS[] = { "es", "s", "ed", "d", NULL };
	for (int k = 0; ENDS[k]; k++) {
		size_t e = strlen(ENDS[k]);
		if (n > e + 2 && !strcmp(w + n - e, ENDS[k])) {
			snprintf(out, len, "%.*s", (int)(n - e), w);
			if (lexicon_syscall(out, n - e))
				return out;
		}
	}
	return NULL;
}

/* Whether the program traces system call `c` or a variant of it (open:
 * openat, accept: accept4), or raw_syscalls (every call). */
static int traces_call(const char *program, const char *c)
{
	static const char *const VARIANTS[] = { "", "at", "at2", "64", "2", "4", NULL };
	char enter[64], exit_[64], clock[64];
	snprintf(enter, sizeof(enter), "sys_enter_%s", c);
	snprintf(exit_, sizeof(exit_), "sys_exit_%s", c);
	snprintf(clock, sizeof(clock), "sys_enter_clock_%s", c);
	return traced_as(program, enter, VARIANTS) || traced_as(program, exit_, VARIANTS) ||
	       strstr(program, clock) || strstr(program, "raw_syscalls");
}

/* "opens and closes by process", "reads, writes": each system call of
 * such a list is traced, none dropped. */
static int listed_calls_traced(const struct words *ws, const char *program, char *why,
			       size_t whylen)
{
	for (int i = 0; i + 2 < ws->n; i++) {
		char a[64], b[64];
		int j = !strcmp(ws->w[i + 1], "and") || !strcmp(ws->w[i + 1], "or") ? i + 2 : -1;
		if (j < 0 || !call_word(ws->w[i], a, sizeof(a)) || !call_word(ws->w[j], b, sizeof(b)))
			continue;
		/* "count opens and exit after 10 seconds": how long to trace */
		if (!strcmp(b, "exit") && j + 1 < ws->n &&
		    in(ws->w[j + 1], (const char *const[]){ "after", "in", "when", "once", NULL }))
			continue;
		int ta = traces_call(program, a), tb = traces_call(program, b);
		/* neither: the words name something else ("read or write" of a
		 * block request), which other rules hold the program to */
		const char *miss = ta == tb ? NULL : !ta ? ws->as[i] : ws->as[j];
		if (miss) {
			snprintf(why, whylen, "it asks for \"%s %s %s\", and the program does not trace "
				 "\"%s\"", ws->as[i], ws->as[i + 1], ws->as[j], miss);
			return -1;
		}
	}
	return 0;
}

/* "each call with its latency", "every openat": a line per call, never a
 * summary in its place. */
static int each_call_shown(const struct words *ws, const char *program, char *why,
			   size_t whylen)
{
	static const char *const EACH[] = { "each", "every", NULL };
	static const char *const CALL[] = { "call", "calls", "invocation", "syscall", NULL };
	/* "count every call by process", "a histogram of each call's time":
	 * a summary is what is asked; "by pid 42" keeps to one */
	static const char *const SUMMARY[] = { "count", "counts", "many", "histogram", "total",
					       "average", "avg", "sum", "top", "tally",
					       "distribution", "max", "min", "often", NULL };
	if (strstr(program, "printf(") || strstr(program, "join(") || first_in(ws, SUMMARY) >= 0)
		return 0;
	for (int i = 0; i + 1 < ws->n; i++)
		if ((!strcmp(ws->w[i], "by") || !strcmp(ws->w[i], "per")) &&
		    !(i + 2 < ws->n && !strcmp(ws->w[i + 1], "pid") && numeric(ws->w[i + 2])))
			return 0;
	for (int i = 0; i + 1 < ws->n; i++) {
		char c[64];
		if (!in(ws->w[i], EACH) ||
		    !(in(ws->w[i + 1], CALL) || (strcmp(ws->w[i + 1], "time") &&
						 call_word(ws->w[i + 1], c, sizeof(c)))))
			continue;
		snprintf(why, whylen, "it asks for \"%s %s\", a line per call, and the program "
			 "prints a summary", ws->as[i], ws->as[i + 1]);
		return -1;
	}
	return 0;
}

/* "total time", "how long in total", "time spent ... total": a sum of
 * the times, not a count of the calls. */
static int total_time_summed(const struct words *ws, const char *program, char *why,
			     size_t whylen)
{
	int total = -1, timed = 0;
	for (int i = 0; i < ws->n; i++) {
		int size = 0;
		if (!strcmp(ws->w[i], "total") || !strcmp(ws->w[i], "totals"))
			total = total < 0 ? i : total;
		/* "total in ms", "total time", "time spent"; never "every second" */
		timed |= (i > 0 && !strcmp(ws->w[i - 1], "in") && unit_scale(ws->w[i], &size) &&
			  !size) ||
			 !strcmp(ws->w[i], "time") || !strcmp(ws->w[i], "spent") ||
			 !strcmp(ws->w[i], "long") || !strcmp(ws->w[i], "latency") ||
			 !strcmp(ws->w[i], "duration");
	}
	if (total < 0 || !timed || strstr(program, "sum("))
		return 0;
	snprintf(why, whylen, "it asks for a \"%s\" of time, and the program sums none",
		 ws->as[total]);
	return -1;
}

/* "the destination of every connect": where it goes is shown. */
static int destination_shown(const struct words *ws, const char *program, char *why,
			     size_t whylen)
{
	static const char *const DEST[] = { "destination", "destinations", "dest", "remote",
					    "peer", "peers", "hosts", "ip", "ips", "sport",
					    "dport", "saddr", "daddr", NULL };
	static const char *const SHOWN[] = { "dport", "daddr", "dst", "uservaddr", "sin_port",
					     "sin_addr", "sockaddr", "remote", "ntop(", "host",
					     "arg0", NULL };
	int i = first_in(ws, DEST);
	if (i < 0)
		return 0;
	/* "by destination cpu": the CPU a task moves to */
	if (i + 1 < ws->n && in(ws->w[i + 1], (const char *const[]){ "cpu", "cpus", "core",
								    "cores", NULL }) &&
	    strstr(program, "dest_cpu"))
		return 0;
	for (int k = 0; SHOWN[k]; k++)
		if (strstr(program, SHOWN[k]))
			return 0;
	snprintf(why, whylen, "it asks for the \"%s\", and the program shows no address or "
		 "port", ws->as[i]);
	return -1;
}

/* "show slow fsyncs": how slow is not said, and a program that shows
 * every call says nothing about slowness. */
static int slow_said(const struct words *ws, const char *program, char *why, size_t whylen)
{
	static const char *const SLOW[] = { "slow", NULL };
	int i = first_in(ws, SLOW);
	/* "calls that take a long time": slow */
	for (int k = 1; i < 0 && k + 1 < ws->n; k++)
		if (!strcmp(ws->w[k], "long") && !strcmp(ws->w[k + 1], "time") &&
		    in(ws->w[k - 1], (const char *const[]){ "a", "too", "so", NULL }))
			i = k;
	/* "how slow are X's fsyncs? histogram": a distribution says it */
	if (i < 0 || (!strstr(program, "printf(") &&
		      (strstr(program, "hist(") || strstr(program, "avg(") ||
		       strstr(program, "stats(") || strstr(program, "max("))))
		return 0;
	for (int k = 0; k < ws->n; k++)
		if (isdigit((unsigned char)ws->w[k][0]) || !strcmp(ws->w[k], "than") ||
		    !strcmp(ws->w[k], "top"))
			return 0;
	(void)program;
	snprintf(why, whylen, "it says \"%s\" without saying how slow (\"slower than 10 ms\")",
		 ws->as[i]);
	return -1;
}

/* "in microseconds and milliseconds": a second unit to show is kept, or
 * the program is not this request's. */
static int units_shown(const struct words *ws, const char *program, char *why, size_t whylen)
{
	int first = -1;
	for (int i = 1; i < ws->n; i++) {
		int size = 0;
		long long scale = unit_scale(ws->w[i], &size);
		if (!scale || size)
			continue;
		/* "in ms", "in ms and us", "in ms and in us" */
		int shown = !strcmp(ws->w[i - 1], "in") ||
			    (first >= 0 && (!strcmp(ws->w[i - 1], "and") ||
					    (i > 1 && !strcmp(ws->w[i - 2], "and"))));
		if (!shown || isdigit((unsigned char)ws->w[i - 1][0]))
			continue;
		if (first >= 0 && unit_scale(ws->w[first], &size) != scale) {
			snprintf(why, whylen, "it asks for times in %s and in %s, and a program shows "
				 "one unit", ws->as[first], ws->as[i]);
			(void)program;
			return -1;
		}
		first = i;
	}
	return 0;
}

/* At sched_switch, pid and comm are the task switched out; a task
 * switched in ("into pid 66", "scheduled in") is args->next_pid. */
static int switched_in(const struct words *ws, const char *program, char *why, size_t whylen)
{
	if (!strstr(program, "sched_switch"))
		return 0;
	int into = 0;
	for (int i = 0; i < ws->n && !into; i++)
		into = !strcmp(ws->w[i], "into") || !strcmp(ws->w[i], "onto") ||
		       (i + 1 < ws->n && !strcmp(ws->w[i + 1], "in") &&
			(starts(ws->w[i], "switch") || starts(ws->w[i], "schedul"))) ||
		       /* "context switches to pid 1" */
		       (i > 0 && !strcmp(ws->w[i], "to") && starts(ws->w[i - 1], "switch"));
	if (!into)
		return 0;
	if (!strstr(program, "next_") &&
	    (printf_has(program, "pid") || printf_has(program, "comm"))) {
		snprintf(why, whylen, "it asks for the task switched in, and at sched_switch the "
			 "program shows the one switched out (args->next_pid, args->next_comm)");
		return -1;
	}
	for (const char *const *f = (const char *const[]){ "pid ==", "comm ==", "tid ==", "pid !=",
							     "comm !=", "tid !=", NULL };
	     *f; f++)
		for (const char *p = strstr(program, *f); p; p = strstr(p + 1, *f))
			if (p == program || (!isalnum((unsigned char)p[-1]) && p[-1] != '_' &&
					     p[-1] != '>' && p[-1] != '.')) {
				snprintf(why, whylen, "it asks for the task switched in, and at "
					 "sched_switch the program's %.*s is the one switched out "
					 "(args->next_pid, args->next_comm)", (int)(strlen(*f) - 3), *f);
				return -1;
			}
	return 0;
}

/* A duration divided into a unit for printing: a threshold below one
 * unit ("$d > 500000" printed in ms) prints the times between as 0, and
 * a total in whole ms or s drops every fraction. */
static int whole_units(const struct words *ws, const char *program, char *why, size_t whylen)
{
	(void)ws;
	static const long long DIVISORS[] = { 1000, 1000000, 1000000000 };
	for (int k = 0; k < 3; k++) {
		char div[24];
		snprintf(div, sizeof(div), "/ %lld", DIVISORS[k]);
		for (const char *p = strstr(program, div); p; p = strstr(p + 1, div)) {
			if (isdigit((unsigned char)p[strlen(div)]))
				continue;
			/* the $variable divided */
			const char *e = p;
			while (e > program && e[-1] == ' ')
				e--;
			const char *s = e;
			while (s > program && (isalnum((unsigned char)s[-1]) || s[-1] == '_'))
				s--;
			if (s == program || s[-1] != '$' || s == e)
				continue;
			char var[40];
			snprintf(var, sizeof(var), "$%.*s", (int)(e - s), s);
			/* in a sum(), directly or through "$ms = $d / 1000000":
			 * whole ms or s lose every fraction */
			const char *call = p;
			while (call > program && *call != '(' && *call != ';' && *call != '{' &&
			       *call != '=')
				call--;
			int summed = call - program >= 3 && !strncmp(call - 3, "sum(", 4);
			if (*call == '=' && call > program && call[-1] == ' ') {
				const char *t = call - 1;
				while (t > program && t[-1] == ' ')
					t--;
				const char *ts = t;
				while (ts > program && (isalnum((unsigned char)ts[-1]) || ts[-1] == '_'))
					ts--;
				char target[48];
				if (ts > program && ts[-1] == '$' && t > ts) {
					snprintf(target, sizeof(target), "sum($%.*s)", (int)(t - ts), ts);
					summed |= strstr(program, target) != NULL;
				}
			}
			if (DIVISORS[k] >= 1000000 && summed) {
				snprintf(why, whylen, "a total in whole %s: every duration under one "
					 "counts as 0 (ask for it in a finer unit)",
					 DIVISORS[k] == 1000000 ? "ms" : "s");
				return -1;
			}
			size_t vl = strlen(var);
			int floor_kept = 0; /* a lower threshold of at least one unit */
			for (const char *c = strstr(program, var); c; c = strstr(c + 1, var)) {
				const char *op = c + vl;
				if (isalnum((unsigned char)*op) || *op == '_' || in_contract(program, c))
					continue;
				while (*op == ' ')
					op++;
				int lower = *op == '>', upper = *op == '<';
				if (!lower && !upper)
					continue;
				const char *num = op + 1 + (op[1] == '=');
				while (*num == ' ')
					num++;
				if (!isdigit((unsigned char)*num))
					continue;
				long long n = strtoll(num, NULL, 10);
				floor_kept |= lower && n >= DIVISORS[k];
				if ((lower && n > 0 && n < DIVISORS[k]) || (upper && n <= DIVISORS[k])) {
					snprintf(why, whylen, "the program keeps durations %s %lld ns and "
						 "shows them in whole units of %lld ns, so it shows %s as 0 "
						 "(ask for a finer unit)", lower ? "over" : "under", n,
						 DIVISORS[k], lower ? "some" : "every one");
					return -1;
				}
			}
			/* an average in whole ms of what mostly takes less */
			if (DIVISORS[k] == 1000000 && !floor_kept && strstr(program, "avg(")) {
				snprintf(why, whylen, "the program averages durations in whole ms, so "
					 "every one under a millisecond counts as 0 (ask for us)");
				return -1;
			}
			/* whole seconds of durations that are mostly under one */
			if (DIVISORS[k] == 1000000000 && !floor_kept) {
				snprintf(why, whylen, "the program shows durations in whole seconds, so "
					 "every one under a second is 0 s (ask for ms or us)");
				return -1;
			}
		}
	}
	return 0;
}

/* Whether `what` is in a printf() or a map key of the program. */
static int shown(const char *program, const char *what)
{
	char *keys = map_keys(program);
	int yes = printf_has(program, what) || (keys && strstr(keys, what));
	free(keys);
	return yes;
}

/* avg() or sum() of an expression divided into whole ms or s
 * ("avg((nsecs - $s) / 1000000)"): each value is cut first. */
static int whole_units_inline(const struct words *ws, const char *program, char *why,
			      size_t whylen)
{
	(void)ws;
	for (const char *const *fn = (const char *const[]){ "avg(", "sum(", NULL }; *fn; fn++)
		for (const char *p = strstr(program, *fn); p; p = strstr(p + 1, *fn)) {
			const char *a = p + strlen(*fn);
			int depth = 1;
			const char *q = a;
			for (; *q && depth; q++)
				depth += (*q == '(') - (*q == ')');
			size_t n = (size_t)(q - a);
			for (const char *d = (const char *)memmem(a, n, "/ 1000000", 9); d;
			     d = (const char *)memmem(d + 1, n - (size_t)(d + 1 - a), "/ 1000000", 9)) {
				if ((d[9] == '0' && !strncmp(d + 9, "000", 3) && !isdigit((unsigned char)d[12])) ||
				    !isdigit((unsigned char)d[9])) {
					snprintf(why, whylen, "the program cuts each duration to whole %s "
						 "before %s, so every one under that counts as 0 (ask for "
						 "us)", isdigit((unsigned char)d[9]) ? "s" : "ms",
						 **fn == 'a' ? "averaging" : "summing");
					return -1;
				}
			}
		}
	return 0;
}

/* "print the pid", "with the error number": in the output. */
static int ids_shown(const struct words *ws, const char *program, char *why, size_t whylen)
{
	for (int i = 0; i < ws->n; i++) {
		/* "pid 42" is a filter, which the reading checks */
		int id = (!strcmp(ws->w[i], "pid") || !strcmp(ws->w[i], "pids")) ? i + 1
			 : (!strcmp(ws->w[i], "process") && i + 1 < ws->n &&
			    !strcmp(ws->w[i + 1], "id")) ? i + 2 : -1;
		/* "pid above 1000", "whose pid is at least 500": a bound,
		 * which the reading checks */
		int k = id;
		if (k > 0 && k < ws->n && (!strcmp(ws->w[k], "is") || !strcmp(ws->w[k], "are") ||
					   !strcmp(ws->w[k], "was") || !strcmp(ws->w[k], "of")))
			k++;
		int compared = 0;
		while (k > 0 && k + 1 < ws->n &&
		       in(ws->w[k], (const char *const[]){ "above", "over", "greater", "more",
							   "than", "at", "least", "exceeding",
							   "exceeds", "beyond", "bigger", "larger",
							   NULL })) {
			compared |= strcmp(ws->w[k], "than") != 0;
			k++;
		}
		int bounded = compared && k < ws->n && numeric(ws->w[k]);
		if (id > 0 && !bounded && !(id < ws->n && numeric(ws->w[id])) &&
		    !shown(program, "pid")) {
			snprintf(why, whylen, "it asks for the %s, and the program does not show it",
				 ws->as[i]);
			return -1;
		}
		/* "show its signals": each line printed says which signal */
		if ((!strcmp(ws->w[i], "signal") || !strcmp(ws->w[i], "signals")) &&
		    strstr(program, "printf(") && !strstr(program, "sig")) {
			snprintf(why, whylen, "it asks for the %s, and the program's lines do not "
				 "say which signal", ws->as[i]);
			return -1;
		}
		int err = !strcmp(ws->w[i], "errno") || !strcmp(ws->w[i], "errnos") ||
			  ((!strcmp(ws->w[i], "error") || !strcmp(ws->w[i], "errors")) && i + 1 < ws->n &&
			   (!strcmp(ws->w[i + 1], "number") || !strcmp(ws->w[i + 1], "numbers") ||
			    !strcmp(ws->w[i + 1], "code") || !strcmp(ws->w[i + 1], "codes")));
		/* "errno 2", "ENOENT": compared with, which errnos_kept checks */
		if (err && !(i + 1 < ws->n && isdigit((unsigned char)ws->w[i + 1][0])) &&
		    !shown(program, "ret") && !shown(program, "err")) {
			snprintf(why, whylen, "it asks for the %s, and the program does not show it",
				 ws->as[i]);
			return -1;
		}
	}
	return 0;
}

/* Whether the builtin `name` (not args->name, not parent_name) is printed
 * or is a map key. */
static int builtin_shown(const char *program, const char *name)
{
	char *keys = map_keys(program);
	size_t len = strlen(name);
	int yes = 0;
	for (const char *p = strstr(program, "printf("); p && !yes; p = strstr(p + 1, "printf(")) {
		const char *end = strstr(p, ");"), *args = strchr(p, '"');
		/* the arguments, after the format string */
		for (args = args ? args + 1 : p; *args && *args != '"'; args++)
			if (*args == '\\' && args[1])
				args++;
		for (const char *h = strstr(args, name); h && (!end || h < end) && !yes;
		     h = strstr(h + 1, name))
			yes = (isspace((unsigned char)h[-1]) || h[-1] == ',' || h[-1] == '(') &&
			      !isalnum((unsigned char)h[len]) && h[len] != '_';
	}
	for (const char *h = keys ? strstr(keys, name) : NULL; h && !yes; h = strstr(h + 1, name))
		yes = (h == keys || (!isalnum((unsigned char)h[-1]) && !strchr("_>$@.", h[-1]))) &&
		      !isalnum((unsigned char)h[len]) && h[len] != '_';
	free(keys);
	return yes;
}

/* "the sender's pid", "caller pid": the task that acts, the builtin pid
 * (a kill's args->pid is its target). */
static int sender_pid_shown(const struct words *ws, const char *program, char *why,
			    size_t whylen)
{
	static const char *const SENDER[] = { "sender", "senders", "sending", "caller", "callers",
					      "killer", NULL };
	int sender = -1, pid = 0;
	for (int i = 0; i < ws->n; i++) {
		if (sender < 0 && in(ws->w[i], SENDER))
			sender = i;
		pid |= !strcmp(ws->w[i], "pid") || !strcmp(ws->w[i], "pids");
	}
	if (sender < 0 || !pid || builtin_shown(program, "pid"))
		return 0;
	snprintf(why, whylen, "it asks for the %s's pid, and the program does not show it",
		 ws->as[sender]);
	return -1;
}

/* Whether a map key of the program has `what`. */
static int keys_have(const char *program, const char *what)
{
	char *keys = map_keys(program);
	int yes = keys && strstr(keys, what);
	free(keys);
	return yes;
}

/* "the child command of each fork": the new task's name (its comm at
 * task_newtask, child_comm at sched_process_fork), never the parent's. */
static int child_name_shown(const struct words *ws, const char *program, char *why,
			    size_t whylen)
{
	static const char *const NAME[] = { "command", "commands", "comm", "name", "names",
					    "program", "programs", NULL };
	for (int i = 0; i + 1 < ws->n; i++) {
		if ((strcmp(ws->w[i], "child") && strcmp(ws->w[i], "children") &&
		     strcmp(ws->w[i], "child's")) || !in(ws->w[i + 1], NAME))
			continue;
		/* shown: printed or a key, not only filtered on */
		if (printf_has(program, "child_comm") || keys_have(program, "child_comm") ||
		    (strstr(program, "task_newtask") &&
		     (printf_has(program, "args->comm") || keys_have(program, "args->comm"))))
			return 0;
		snprintf(why, whylen, "it asks for the %s %s, and the program does not show the new "
			 "task's name", ws->as[i], ws->as[i + 1]);
		return -1;
	}
	return 0;
}

/* "minimum write size": min(); "maximum": max() (stats() has neither). */
static int extremes_kept(const struct words *ws, const char *program, char *why, size_t whylen)
{
	for (int i = 0; i < ws->n; i++) {
		int lo = !strcmp(ws->w[i], "min") || !strcmp(ws->w[i], "minimum");
		int hi = !strcmp(ws->w[i], "max") || !strcmp(ws->w[i], "maximum");
		if ((!lo && !hi) || (i + 1 < ws->n && numeric(ws->w[i + 1])))
			continue;
		/* ("for 1 min": minutes) */
		if (!strcmp(ws->w[i], "min") && i > 0 && numeric(ws->w[i - 1]))
			continue;
		if (!strstr(program, lo ? "min(" : "max(")) {
			snprintf(why, whylen, "it asks for the %s, and the program does not keep it "
				 "(%s)", ws->as[i], lo ? "min()" : "max()");
			return -1;
		}
	}
	return 0;
}

/* "at 49Hz": the profile samples at that rate. */
static int rate_kept(const struct words *ws, const char *program, char *why, size_t whylen)
{
	for (int i = 0; i < ws->n; i++) {
		char *end;
		long hz = -1;
		if (isdigit((unsigned char)ws->w[i][0])) {
			hz = strtol(ws->w[i], &end, 10);
			if (strcmp(end, "hz") && !(!*end && i + 1 < ws->n && (!strcmp(ws->w[i + 1], "hz") ||
								      !strcmp(ws->w[i + 1], "hertz"))))
				hz = -1;
		}
		if (hz < 0)
			continue;
		char want[32];
		snprintf(want, sizeof(want), "hz:%ld", hz);
		const char *p = strstr(program, want);
		if (!p || isdigit((unsigned char)p[strlen(want)])) {
			snprintf(why, whylen, "it asks for %s Hz, and the program samples at another "
				 "rate", ws->as[i]);
			return -1;
		}
	}
	return 0;
}

/* Hardware counters need the CPU's PMU, which virtual machines often do
 * not have: the kernel would load the program and refuse to attach it. */
static int hardware_here(const struct words *ws, const char *program, char *why, size_t whylen)
{
	(void)ws;
	if (!strstr(program, "hardware:"))
		return 0;
	if (!access("/sys/bus/event_source/devices/cpu", F_OK) ||
	    !access("/sys/bus/event_source/devices/cpu_core", F_OK))
		return 0;
	snprintf(why, whylen, "the program uses a hardware counter, and this machine has no CPU "
		 "performance counters (no /sys/bus/event_source/devices/cpu)");
	return -1;
}

/* "monitor signals": the kernel's own (SIGSEGV, SIGCHLD) too, which
 * kill() never sees; signal_generate has them all. */
static int signals_whole(const struct words *ws, const char *program, char *why, size_t whylen)
{
	int sig = 0, kill = 0;
	for (int i = 0; i < ws->n; i++) {
		sig |= starts(ws->w[i], "signal");
		kill |= starts(ws->w[i], "kill") || starts(ws->w[i], "tkill") ||
			starts(ws->w[i], "tgkill") || starts(ws->w[i], "sigqueue") ||
			starts(ws->w[i], "send");
	}
	if (!sig || kill || strstr(program, "signal_generate") || strstr(program, "signal_deliver") ||
	    (!strstr(program, "sys_enter_kill") && !strstr(program, "sys_enter_tkill") &&
	     !strstr(program, "sys_enter_tgkill")))
		return 0;
	snprintf(why, whylen, "it asks for signals, and the program traces only kill() calls, not "
		 "the signals the kernel sends (signal_generate)");
	return -1;
}

/* "commands typed in bash": readline's return value is the line. */
static int line_read_shown(const struct words *ws, const char *program, char *why,
			   size_t whylen)
{
	if (!strstr(program, "readline") || !strstr(program, "uretprobe") ||
	    strstr(program, "str(retval)"))
		return 0;
	for (int i = 0; i < ws->n; i++)
		if (in(ws->w[i], (const char *const[]){ "typed", "entered", "command", "commands",
							"line", "lines", "input", "inputs", NULL })) {
			snprintf(why, whylen, "it asks for the %s, and the program does not show the "
				 "line readline returns (str(retval))", ws->as[i]);
			return -1;
		}
	return 0;
}

/* "which files are opened the most", "which syscalls fail the most":
 * the thing asked for "which" of is what the counts are by. */
static int which_counted(const struct words *ws, const char *program, char *why,
			 size_t whylen)
{
	static const char *const WHICH[] = { "which", "what", "each", "per", "by", NULL };
	int status = 0;
	char *keys = map_keys(program);
	if (!keys)
		return 0;
	int counts = strstr(keys, "[") != NULL || strstr(program, "count()") || strstr(program, "sum(");
	for (int i = 0; i + 1 < ws->n && !status && counts; i++) {
		if (!in(ws->w[i], WHICH))
			continue;
		const char *w = ws->w[i + 1];
		/* "per file descriptor", "by file system": not a file's name */
		int not_name = i + 2 < ws->n &&
			       in(ws->w[i + 2], (const char *const[]){ "descriptor", "descriptors",
								       "system", "systems", "type",
								       "types", NULL });
		if (in(w, (const char *const[]){ "file", "files", "path", "paths", "filename",
						 "filenames", NULL }) && !not_name &&
		    !strstr(keys, "str(") && !strstr(keys, "filename") && !strstr(keys, "path") &&
		    !printf_has(program, "str(")) {
			snprintf(why, whylen, "it asks for \"%s %s\", and the program does not count "
				 "by file", ws->as[i], ws->as[i + 1]);
			status = -1;
		} else if (strcmp(ws->w[i], "by") && (starts(w, "syscall") ||
			    (!strcmp(w, "system") && i + 2 < ws->n && starts(ws->w[i + 2], "call"))) &&
			   !strstr(keys, "args->id") && !strstr(keys, "probe") && !strstr(keys, "ksym") &&
			   !printf_has(program, "args->id") && !printf_has(program, "probe")) {
			/* one call the request names is one key, which other rules check */
			int several = strstr(program, "raw_syscalls") != NULL ||
				      strstr(program, "sys_enter_*") || strstr(program, "sys_exit_*");
			if (several) {
				snprintf(why, whylen, "it asks for \"%s %s\", and the program does not "
					 "tell the system calls apart", ws->as[i], ws->as[i + 1]);
				status = -1;
			}
		} else if (in(w, (const char *const[]){ "irq", "irqs", "interrupt", "interrupts",
							"vector", NULL }) &&
			   !strcmp(ws->w[i], "per") && !strstr(keys, "irq") && !strstr(keys, "vec")) {
			snprintf(why, whylen, "it asks for \"%s %s\", and the program does not count "
				 "by it", ws->as[i], ws->as[i + 1]);
			status = -1;
		}
	}
	free(keys);
	return status;
}

/* A time asked for ("latency", "how long") is measured: nsecs, or a
 * tracepoint's own duration field. */
static int time_measured(const struct words *ws, const char *program, char *why,
			 size_t whylen)
{
	for (int i = 0; i < ws->n; i++) {
		int asks = starts(ws->w[i], "latenc") || starts(ws->w[i], "duration") ||
			   (!strcmp(ws->w[i], "how") && i + 1 < ws->n && !strcmp(ws->w[i + 1], "long")) ||
			   (!strcmp(ws->w[i], "time") && i > 0 &&
			    in(ws->w[i - 1], (const char *const[]){ "queue", "wait", "waiting", "service",
								    "response", "run", "blocked", "block",
								    "sleep", "sleeping", "off",
								    "softirq", "irq", "cpu", "total",
								    "much", "most", "more", "least",
								    "less", NULL })) ||
			   (!strcmp(ws->w[i], "time") && i + 1 < ws->n &&
			    in(ws->w[i + 1], (const char *const[]){ "from", "between", "spent", "taken",
								    "per", NULL }));
		if (asks && !strstr(program, "nsecs") && !strstr(program, "elapsed") &&
		    !strstr(program, "delta") && !strstr(program, "duration") &&
		    !strstr(program, "_ns") && !strstr(program, "runtime") && !strstr(program, "delay")) {
			snprintf(why, whylen, "it asks for \"%s\", and the program measures no time",
				 ws->as[i]);
			return -1;
		}
	}
	return 0;
}

/* Block I/O asked for as requests issued ("iops", "issued") is
 * block_rq_issue's or block_rq_complete's, not merges or bios; reads or
 * writes alone are filtered on rwbs. */
static int block_requests(const struct words *ws, const char *program, char *why,
			  size_t whylen)
{
	if (!strstr(program, "block:"))
		return 0;
	int iops = 0, reads = 0, writes = 0;
	for (int i = 0; i < ws->n; i++) {
		iops |= !strcmp(ws->w[i], "iops") || starts(ws->w[i], "issu");
		reads |= starts(ws->w[i], "read");
		writes |= starts(ws->w[i], "writ");
	}
	if (iops && !strstr(program, "block_rq_issue") && !strstr(program, "block_rq_complete")) {
		snprintf(why, whylen, "it asks for block requests issued, and the program counts "
			 "another block event (merges or bios are not requests issued)");
		return -1;
	}
	if (reads != writes && (!strstr(program, "rwbs") ||
				(!strstr(program, reads ? "\"R" : "\"W") &&
				 !strstr(program, reads ? "== 82" : "== 87")))) {
		snprintf(why, whylen, "it asks for block %s only, and the program does not filter "
			 "them on rwbs", reads ? "reads" : "writes");
		return -1;
	}
	return 0;
}

/* Disk latency is issue to completion; insert to issue is the queue. */
static int disk_latency_complete(const struct words *ws, const char *program, char *why,
				 size_t whylen)
{
	if (!strstr(program, "block:") || strstr(program, "_complete"))
		return 0;
	int lat = 0, queue = 0;
	for (int i = 0; i < ws->n; i++) {
		lat |= starts(ws->w[i], "latenc") || starts(ws->w[i], "service") ||
		       (!strcmp(ws->w[i], "how") && i + 1 < ws->n && !strcmp(ws->w[i + 1], "long"));
		queue |= starts(ws->w[i], "queue") || starts(ws->w[i], "insert") ||
			 starts(ws->w[i], "wait");
	}
	if (!lat || queue)
		return 0;
	snprintf(why, whylen, "it asks for the disk's latency, and the program does not time a "
		 "request to its completion (block_rq_complete)");
	return -1;
}

/* "every 2 seconds": the program prints at that interval; "sample every
 * 5 ms" is the sampling period. */
static int intervals_kept(const struct words *ws, const char *program, char *why,
			  size_t whylen)
{
	int sampling = 0;
	for (int i = 0; i < ws->n; i++)
		sampling |= starts(ws->w[i], "sampl") || starts(ws->w[i], "profil");
	/* ("count switches, sampled every second": a program that samples
	 * nothing prints at it) */
	sampling &= strstr(program, "profile:") || strstr(program, "software:");
	for (int i = 0; i + 1 < ws->n; i++) {
		if (strcmp(ws->w[i], "every"))
			continue;
		char *end;
		long n = 1;
		const char *u = ws->w[i + 1];
		if (isdigit((unsigned char)u[0])) {
			n = strtol(u, &end, 10);
			u = *end ? end : (i + 2 < ws->n ? ws->w[i + 2] : "");
		}
		int size = 0;
		long long ns = unit_scale(u, &size);
		if (!ns || size || n <= 0)
			continue;
		ns *= n;
		char want[4][48];
		int nw = 0;
		if (sampling) {
			if (ns % 1000000000 == 0)
				snprintf(want[nw++], 48, "profile:s:%lld", ns / 1000000000);
			if (ns % 1000000 == 0)
				snprintf(want[nw++], 48, "profile:ms:%lld", ns / 1000000);
			if (ns % 1000 == 0)
				snprintf(want[nw++], 48, "profile:us:%lld", ns / 1000);
			if (1000000000 % ns == 0)
				snprintf(want[nw++], 48, "hz:%lld", 1000000000 / ns);
		} else {
			if (ns % 1000000000 == 0)
				snprintf(want[nw++], 48, "interval:s:%lld", ns / 1000000000);
			if (ns % 1000000 == 0)
				snprintf(want[nw++], 48, "interval:ms:%lld", ns / 1000000);
			if (ns % 1000 == 0)
				snprintf(want[nw++], 48, "interval:us:%lld", ns / 1000);
		}
		int kept = 0;
		for (int k = 0; k < nw && !kept; k++) {
			const char *p = strstr(program, want[k]);
			kept = p && !isdigit((unsigned char)p[strlen(want[k])]);
		}
		/* a sampling period as a software event's count of ns */
		if (sampling && !kept) {
			char clock[48];
			snprintf(clock, sizeof(clock), "cpu-clock:%lld", ns);
			const char *p = strstr(program, clock);
			kept = p && !isdigit((unsigned char)p[strlen(clock)]);
		}
		if (!kept) {
			snprintf(why, whylen, "it asks for \"%s %s%s%s\", and the program %s at another "
				 "interval", ws->as[i], ws->as[i + 1],
				 isdigit((unsigned char)ws->w[i + 1][0]) && !*end && i + 2 < ws->n ? " " : "",
				 isdigit((unsigned char)ws->w[i + 1][0]) && !*end && i + 2 < ws->n
					 ? ws->as[i + 2] : "",
				 sampling ? "samples" : "prints");
			return -1;
		}
	}
	return 0;
}

/* "commands entered in bash": the lines typed (readline) or the
 * programs run (exec), not bash's system calls. */
static int commands_shown(const struct words *ws, const char *program, char *why,
			  size_t whylen)
{
	int cmd = 0, run = 0;
	for (int i = 0; i < ws->n; i++) {
		cmd |= !strcmp(ws->w[i], "command") || !strcmp(ws->w[i], "commands");
		run |= in(ws->w[i], (const char *const[]){ "entered", "typed", "run", "ran", "executed",
							   "issued", "type", "enter", NULL });
	}
	run |= has(ws, (const char *const[]){ "bash", "shell", "sh", "zsh", NULL });
	if (!cmd || !run || strstr(program, "readline") || strstr(program, "exec"))
		return 0;
	snprintf(why, whylen, "it asks for the commands, and the program traces neither the lines "
		 "typed (readline) nor the programs run (exec)");
	return -1;
}

/* A uprobe on a binary is every process that runs it: a comm filter on
 * the binary's own name ("uprobe:/bin/bash:readline /comm == "bash"/")
 * drops the scripts it runs, which have their own names, unless the
 * request asks for the process by name. */
static int uprobe_comm_invented(const struct words *ws, const char *program, char *why,
				size_t whylen)
{
	if (has(ws, (const char *const[]){ "process", "processes", "named", "called", "comm",
					   "task", "tasks", "program", NULL }))
		return 0;
	for (const char *p = strstr(program, "uprobe:"); p; p = strstr(p + 1, "uprobe:")) {
		const char *path = p + 7, *colon = strchr(path, ':');
		if (!colon)
			break;
		const char *base = colon;
		while (base > path && base[-1] != '/')
			base--;
		char filter[96];
		snprintf(filter, sizeof(filter), "comm == \"%.*s\"", (int)(colon - base), base);
		if (colon > base && strstr(program, filter)) {
			snprintf(why, whylen, "the program keeps only tasks named %.*s, which the "
				 "request does not ask for (a script %.*s runs has its own name)",
				 (int)(colon - base), base, (int)(colon - base), base);
			return -1;
		}
	}
	return 0;
}

/* The keys of the maps the program aggregates into ("@x[K] = count()",
 * sum, hist, ...), each followed by ';'; not the maps it keeps state in
 * (@start[tid] = nsecs). malloc'd, NULL when out of memory. */
static int key_of(void *arg, const struct aggregation *a)
{
	if (a->keys)
		fprintf(arg, "%.*s;", (int)a->keys_len, a->keys);
	return 0;
}

static char *aggregation_keys(const char *program)
{
	char *keys = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&keys, &len);
	if (!m)
		return NULL;
	scan_aggregations(program, key_of, m);
	if (fclose(m)) {
		free(keys);
		return NULL;
	}
	return keys;
}

/* A map key the request never asks for is an invented grouping: a
 * process key ("@[comm]" for "count dup2 calls") needs a word for
 * processes or for a ranking; an args-> key a word that names it. */
static int groupings_asked(const struct words *ws, const char *program, char *why,
			   size_t whylen)
{
	static const char *const PROCESSY[] = { "process", "processes", "program", "programs",
						"per", "by", "each", "who", "which", "what", "comm",
						"pid", "pids", "app", "apps", "application",
						"command", "commands", "task", "tasks", "thread",
						"threads", "top", "most", "busiest", "biggest",
						"heaviest", "worst", "tid", "name", "names", NULL };
	char *keys = aggregation_keys(program);
	if (!keys)
		return 0;
	int status = 0;
	if ((strstr(keys, "comm") || strstr(keys, "pid")) && !has(ws, PROCESSY)) {
		snprintf(why, whylen, "the program counts by process, which the request does not "
			 "ask for");
		status = -1;
	}
	for (const char *k = strstr(keys, "args->"); k && !status; k = strstr(k + 1, "args->")) {
		const char *name = k + 6;
		size_t len = 0;
		while (isalnum((unsigned char)name[len]) || name[len] == '_')
			len++;
		/* a call's number is named by "syscall", a return value by the
		 * words for an error or result */
		static const char *const RET[] = { "errno", "errnos", "error", "errors", "return",
						   "returns", "result", "results", "code", "codes",
						   "status", "fail", "failed", "failure", "failures",
						   "bytes", "size", "sizes", NULL };
		int named = (len == 2 && !strncmp(name, "id", 2) &&
			     (has(ws, (const char *const[]){ "syscall", "syscalls", "call", "calls", "id",
							     "ids", NULL }))) ||
			    (len == 3 && !strncmp(name, "ret", 3) && has(ws, RET)) ||
			    /* connect()'s or bind()'s address: its port (bytes
			     * 2 and 3) */
			    (len >= 4 && !strncmp(name + len - 4, "addr", 4) &&
			     (!strncmp(name + len, ")[2]*256+", 9) ||
			      !strncmp(name + len, ")[3]", 4)) &&
			     has(ws, (const char *const[]){ "port", "ports", NULL })) ||
			    /* a target's process ("sent to each process"), the
			     * task switched in ("off-CPU time per thread") */
			    (((len == 4 && !strncmp(name, "comm", 4)) ||
			      (len == 3 && !strncmp(name, "pid", 3)) ||
			      (len == 9 && !strncmp(name, "next_comm", 9)) ||
			      (len == 8 && !strncmp(name, "next_pid", 8)) ||
			      (len == 9 && !strncmp(name, "prev_comm", 9)) ||
			      (len == 8 && !strncmp(name, "prev_pid", 8))) && has(ws, PROCESSY));
		for (int i = 0; i < ws->n && !named; i++) {
			char w[32];
			snprintf(w, sizeof(w), "%s", ws->w[i]);
			size_t wl = strlen(w);
			if (wl > 3 && w[wl - 1] == 's')
				w[--wl] = '\0'; /* "codes" names error_code */
			/* (a two-letter word names the field of that name alone) */
			named = (wl >= 2 && (names_field(w, name, len) ||
					     names_field(ws->w[i], name, len))) ||
				(wl >= 4 && memmem(name, len, w, wl)) ||
				(wl >= 3 && len >= 3 && len <= wl && !strncmp(w, name, len));
		}
		if (!named) {
			snprintf(why, whylen, "the program groups by args->%.*s, which the request "
				 "does not ask for", (int)len, name);
			status = -1;
		}
	}
	free(keys);
	return status;
}

/* page_fault_user and page_fault_kernel are one side each: "page
 * faults" alone are both (software:page-faults, or both tracepoints). */
static int fault_sides(const struct words *ws, const char *program, char *why, size_t whylen)
{
	int user = strstr(program, "page_fault_user") != NULL;
	int kernel = strstr(program, "page_fault_kernel") != NULL;
	if (user == kernel)
		return 0;
	const char *side = user ? "user" : "kernel";
	for (int i = 0; i < ws->n; i++)
		if (starts(ws->w[i], side) || (user && (starts(ws->w[i], "userspace") ||
						       !strcmp(ws->w[i], "application"))))
			return 0;
	snprintf(why, whylen, "the program counts only %s-mode page faults, and the request does "
		 "not say which", side);
	return -1;
}

/* "in the docker cgroup": a cgroup, never a process name. */
static int cgroup_kept(const struct words *ws, const char *program, char *why, size_t whylen)
{
	for (int i = 0; i < ws->n; i++)
		if (starts(ws->w[i], "cgroup") || !strcmp(ws->w[i], "container") ||
		    !strcmp(ws->w[i], "containers")) {
			if (strstr(program, "cgroup"))
				return 0;
			snprintf(why, whylen, "it asks for a %s, and the program neither filters nor "
				 "groups on one (cgroup)", ws->as[i]);
			return -1;
		}
	return 0;
}

/* A libc function the request names is the one probed ("calloc" is
 * not malloc). */
static int libc_function_probed(const struct words *ws, const char *program, char *why,
				size_t whylen)
{
	static const char *const LIBC[] = { "malloc", "calloc", "realloc", "valloc", "free",
					    "memalign", "posix_memalign", "aligned_alloc",
					    "pvalloc", "getenv", "setenv", "system", "fopen",
					    "fclose", "strlen", "strcpy", "strcmp", "memcpy",
					    "memset", "printf", "puts", "getaddrinfo",
					    "gethostbyname", "dlopen", NULL };
	if (!strstr(program, "uprobe:"))
		return 0;
	for (int i = 0; i < ws->n; i++) {
		if (!in(ws->w[i], LIBC))
			continue;
		char fn[40];
		snprintf(fn, sizeof(fn), ":%s", ws->w[i]);
		const char *p = strstr(program, fn);
		while (p && (isalnum((unsigned char)p[strlen(fn)]) || p[strlen(fn)] == '_'))
			p = strstr(p + 1, fn);
		if (!p) {
			snprintf(why, whylen, "it names %s, and the program probes another function",
				 ws->as[i]);
			return -1;
		}
	}
	return 0;
}

/* Sizes divided into KB or MB that the request asks for in bytes, or
 * never asks a unit of: everything under one unit shows as 0. */
static int size_units(const struct words *ws, const char *program, char *why, size_t whylen)
{
	const struct {
		const char *div;
		const char *const *words;
	} UNITS[] = {
		{ "/ 1024", (const char *const[]){ "kb", "kib", "kilobyte", "kilobytes", "k",
						   "kbytes", NULL } },
		{ "/ 1048576", (const char *const[]){ "mb", "mib", "megabyte", "megabytes", "m",
						      NULL } },
	};
	for (size_t u = 0; u < sizeof(UNITS) / sizeof(UNITS[0]); u++) {
		const char *p = strstr(program, UNITS[u].div);
		size_t dl = strlen(UNITS[u].div);
		while (p && isdigit((unsigned char)p[dl]))
			p = strstr(p + 1, UNITS[u].div);
		/* (print()'s divisor: "print(@sum_KB, 0, 1024)") */
		char printed[24];
		snprintf(printed, sizeof(printed), ", %s)", UNITS[u].div + 2);
		if (!p)
			p = strstr(program, printed);
		/* "in KB" asked: the sizes are divided, as measured or printed */
		for (int i = 1; !p && i < ws->n; i++)
			if (!strcmp(ws->w[i - 1], "in") && in(ws->w[i], UNITS[u].words) &&
			    strstr(program, "args->") && !strstr(program, "nsecs")) {
				snprintf(why, whylen,
					 "it asks for sizes \"in %s\", and the program shows them "
					 "in bytes", ws->as[i]);
				return -1;
			}
		if (!p || has(ws, UNITS[u].words))
			continue;
		/* "in KB" written as "64KB" is one word: its tail */
		int tail = 0;
		for (int i = 0; i < ws->n && !tail; i++) {
			char *end;
			if (isdigit((unsigned char)ws->w[i][0])) {
				strtol(ws->w[i], &end, 10);
				tail = in(end, UNITS[u].words);
			}
		}
		if (tail)
			continue;
		snprintf(why, whylen, "the program shows sizes in %s, which the request does not "
			 "ask for (everything under one shows as 0)", u ? "MB" : "KB");
		return -1;
	}
	return 0;
}

/* A size divided into KB or MB is never printed as "bytes" ("$kb"
 * shown as bytes). */
static int divided_not_bytes(const struct words *ws, const char *program, char *why,
			     size_t whylen)
{
	(void)ws;
	static const char *const DIVIDED[] = { "/ 1024", "/1024", "/ 1048576", "/1048576", "$kb",
					       "$mb", "$KB", "$MB", NULL };
	for (const char *p = strstr(program, "printf("); p; p = strstr(p + 1, "printf(")) {
		const char *end = strstr(p, ");");
		if (!end)
			end = p + strlen(p);
		const char *bytes = strstr(p, "bytes");
		if (!bytes || bytes > end)
			continue;
		for (const char *const *d = DIVIDED; *d; d++) {
			const char *hit = strstr(p, *d);
			if (hit && hit < end) {
				snprintf(why, whylen, "the program prints a size divided into KB or MB "
					 "(\"%s\") as bytes", *d);
				return -1;
			}
		}
	}
	return 0;
}

/* "the return value of malloc": a return probe that shows retval. */
static int return_shown(const struct words *ws, const char *program, char *why, size_t whylen)
{
	/* a system call's return: args->ret at its exit */
	if (strstr(program, "sys_exit") && !strstr(program, "retprobe") &&
	    !strstr(program, "args->ret")) {
		for (int i = 0; i < ws->n; i++)
			/* ("take more than 10 ms to return": a verb) */
			if (in(ws->w[i], (const char *const[]){ "return", "returns", "returned",
								 "returning", "result", "results",
								 "retval", "ret", NULL }) &&
			    !(i > 0 && !strcmp(ws->w[i - 1], "to") && !strcmp(ws->w[i], "return"))) {
				snprintf(why, whylen, "it asks for the %s, and the program does not "
					 "show args->ret", ws->as[i]);
				return -1;
			}
		return 0;
	}
	if (!strstr(program, "retprobe") || strstr(program, "retval"))
		return 0;
	for (int i = 0; i < ws->n; i++)
		if (starts(ws->w[i], "return") || starts(ws->w[i], "result")) {
			snprintf(why, whylen, "it asks for the %s, and the program does not show "
				 "retval", ws->as[i]);
			return -1;
		}
	return 0;
}

/* A stack key needs a word for stacks; "user page faults" are not all
 * faults. */
static int stacks_and_user_faults(const struct words *ws, const char *program, char *why,
				  size_t whylen)
{
	char *keys = aggregation_keys(program);
	int stack = keys && (strstr(keys, "ustack") || strstr(keys, "kstack"));
	free(keys);
	if (stack && !has(ws, (const char *const[]){ "stack", "stacks", "backtrace", "backtraces",
						     "callstack", "callstacks", "path", "paths",
						     "flame", "flamegraph", "where", "profile",
						     "profiling", NULL })) {
		snprintf(why, whylen, "the program groups by stack, which the request does not ask "
			 "for");
		return -1;
	}
	if (strstr(program, "software:page-faults") || strstr(program, "s:page-faults")) {
		for (int i = 0; i + 1 < ws->n; i++)
			if ((!strcmp(ws->w[i], "user") || !strcmp(ws->w[i], "kernel")) &&
			    (starts(ws->w[i + 1], "page") || starts(ws->w[i + 1], "fault"))) {
				snprintf(why, whylen, "it asks for %s page faults, and the program counts "
					 "all of them (page_fault_%s has one side)", ws->as[i], ws->w[i]);
				return -1;
			}
	}
	return 0;
}

/* The index of the first word of the request in `list`, or -1. */
static int first_in(const struct words *ws, const char *const *list)
{
	for (int i = 0; i < ws->n; i++)
		if (in(ws->w[i], list))
			return i;
	return -1;
}

/* The index of the first word that starts with one of `prefixes`, or -1. */
static int first_starting(const struct words *ws, const char *const *prefixes)
{
	for (int i = 0; i < ws->n; i++)
		for (const char *const *p = prefixes; *p; p++)
			if (starts(ws->w[i], *p))
				return i;
	return -1;
}

/* Whether the program probes the system call `name` exactly (its
 * sys_enter_ or sys_exit_ tracepoint, not a longer name). */
static int probes_syscall(const char *program, const char *name)
{
	static const char *const WHOLE[] = { "", NULL };
	char enter[64], exit_[64];
	snprintf(enter, sizeof(enter), "sys_enter_%s", name);
	snprintf(exit_, sizeof(exit_), "sys_exit_%s", name);
	return traced_as(program, enter, WHOLE) || traced_as(program, exit_, WHOLE);
}

/* "unlink" is unlink() and unlinkat() (python's os.unlink calls
 * unlink(), rm calls unlinkat()): a program on one of them alone misses
 * the other. The same for rename and mkdir, and for clone and clone3()
 * (glibc makes threads with clone3()), unless the request asks for
 * clone()'s flags, which clone3() keeps in a struct in user memory.
 * Naming the variant asks for it alone. */
static int at_variants_kept(const struct words *ws, const char *program, char *why,
			    size_t whylen)
{
	/* the call, its variant, another spelling of the variant, why, and a
	 * field only the call has (asked for, the call alone is right) */
	static const char *const CALLS[][5] = {
		{ "unlink", "unlinkat", NULL, "python's os.unlink calls unlink(), rm unlinkat()",
		  NULL },
		{ "rename", "renameat", "renameat2",
		  "python's os.rename calls rename(), mv renameat2()", NULL },
		{ "mkdir", "mkdirat", NULL, "python's os.mkdir calls mkdir(), mkdir(1) mkdirat()",
		  NULL },
		{ "clone", "clone3", NULL, "glibc makes threads with clone3()", "flags" },
		{ "accept", "accept4", NULL, "most servers accept with accept4()", NULL },
		{ "nanosleep", "clock_nanosleep", NULL,
		  "glibc's nanosleep() calls clock_nanosleep(), some programs nanosleep()", NULL },
	};
	for (size_t c = 0; c < sizeof(CALLS) / sizeof(CALLS[0]); c++) {
		const char *n = CALLS[c][0], *v = CALLS[c][1];
		char plural[32], vplural[32];
		snprintf(plural, sizeof(plural), "%ss", n);
		snprintf(vplural, sizeof(vplural), "%ss", v);
		int asked = 0;
		for (int i = 0; i < ws->n; i++) {
			if (!strcmp(ws->w[i], v) || !strcmp(ws->w[i], vplural))
				asked = -1; /* the variant is named: it alone is fine */
			else if (!asked && (!strcmp(ws->w[i], n) || !strcmp(ws->w[i], plural)))
				asked = i + 1;
		}
		for (int i = 0; asked > 0 && CALLS[c][4] && i < ws->n; i++)
			if (!strncmp(ws->w[i], CALLS[c][4], strlen(CALLS[c][4]) - 1))
				asked = 0; /* the call's own field */
		if (asked <= 0)
			continue;
		int plain = probes_syscall(program, n);
		int variant = probes_syscall(program, v) ||
			      (CALLS[c][2] && probes_syscall(program, CALLS[c][2]));
		if (plain != variant) {
			snprintf(why, whylen, "it asks for \"%s\", and the program traces %s() but not "
				 "%s() (%s)", ws->as[asked - 1], plain ? n : v, plain ? v : n,
				 CALLS[c][3]);
			return -1;
		}
	}
	return 0;
}

/* The length of the edit distance between a and b, when at most 2; else 3. */
static int near(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	if (la > 31 || lb > 31 || (la > lb ? la - lb : lb - la) > 2)
		return 3;
	int d[32][32];
	for (size_t i = 0; i <= la; i++)
		d[i][0] = (int)i;
	for (size_t j = 0; j <= lb; j++)
		d[0][j] = (int)j;
	for (size_t i = 1; i <= la; i++)
		for (size_t j = 1; j <= lb; j++) {
			int c = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
			if (d[i - 1][j] + 1 < c)
				c = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < c)
				c = d[i][j - 1] + 1;
			d[i][j] = c;
		}
	return d[la][lb] < 3 ? d[la][lb] : 3;
}

/* A histogram asked for with a typo ("histgram") is still a histogram. */
static int histogram_typos(const struct words *ws, const char *program, char *why,
			   size_t whylen)
{
	if (strstr(program, "hist("))
		return 0;
	for (int i = 0; i < ws->n; i++)
		if (strlen(ws->w[i]) >= 7 && strcmp(ws->w[i], "histogram") &&
		    strcmp(ws->w[i], "histograms") &&
		    (near(ws->w[i], "histogram") <= 2 || near(ws->w[i], "histograms") <= 2)) {
			snprintf(why, whylen, "it asks for a \"%s\" (a histogram?), and the program makes "
				 "none", ws->as[i]);
			return -1;
		}
	return 0;
}

/* A sampling probe (profile, cpu-clock, hardware counters) that prints a
 * line for each sample tells nothing the request asks for: samples are
 * counted, by process or stack. */
static int samples_counted(const struct words *ws, const char *program, char *why,
			   size_t whylen)
{
	(void)ws;
	int sampling = strstr(program, "profile:") || strstr(program, "software:cpu-clock") ||
		       strstr(program, "software:cpu_clock") || strstr(program, "hardware:");
	/* a map of any kind aggregates the samples */
	if (!sampling || !strstr(program, "printf(") || strchr(program, '@') ||
	    strstr(program, "stack"))
		return 0;
	snprintf(why, whylen, "the program prints a line for every sample, which shows nothing "
		 "the request asks for (samples are counted, by process or by stack)");
	return -1;
}

/* Words in a tracepoint's name that make it a narrower event than the
 * request's: tcp_send_reset is not every send, itimer_expire not every
 * timer. */
static int event_words_asked(const struct words *ws, const char *program, char *why,
			     size_t whylen)
{
	static const char *const NARROWING[] = { "reset", "retransmit", "itimer", "destroy",
						 "bad", "csum", "drop", "probe", NULL };
	for (const char *p = strstr(program, "t:"); p; p = strstr(p + 1, "t:")) {
		/* "tracepoint:CAT:EVENT" or "t:CAT:EVENT" */
		int tp = (p >= program + 9 && !strncmp(p - 9, "tracepoin", 9) &&
			  (p == program + 9 || !isalnum((unsigned char)p[-10]))) ||
			 p == program || isspace((unsigned char)p[-1]) || p[-1] == ',';
		const char *ev = tp ? strchr(p + 2, ':') : NULL;
		if (!ev || memchr(p + 2, '{', (size_t)(ev - p - 2)) || memchr(p + 2, ' ', (size_t)(ev - p - 2)))
			continue;
		ev++;
		size_t len = 0;
		while (isalnum((unsigned char)ev[len]) || ev[len] == '_')
			len++;
		for (const char *const *n = NARROWING; *n; n++) {
			const char *hit = ev;
			size_t nl = strlen(*n);
			int in_name = 0;
			for (; hit + nl <= ev + len; hit++)
				if (!strncmp(hit, *n, nl) && (hit == ev || hit[-1] == '_'))
					in_name = 1;
			if (!in_name)
				continue;
			/* the event named as written ("tcp_retransmit_skb") */
			char evname[64];
			snprintf(evname, sizeof(evname), "%.*s", (int)(len < 63 ? len : 63), ev);
			char stem[8];
			snprintf(stem, sizeof(stem), "%.*s", (int)(nl < 7 ? nl : 7), *n);
			/* the event or the word anywhere: "io_destroy", "resets" */
			int named = strcasestr(ws->text, evname) || strcasestr(ws->text, stem) ||
				    (!strcmp(*n, "itimer") && (strcasestr(ws->text, "setitimer") ||
							       strcasestr(ws->text, "alarm")));
			if (!named) {
				snprintf(why, whylen, "the program traces %.*s, a narrower event (\"%s\") "
					 "than the request asks for", (int)len, ev, *n);
				return -1;
			}
		}
	}
	return 0;
}

/* Waiting on a futex is FUTEX_WAIT's: a program over every futex call
 * (wakes too) measures something else. */
static int futex_waits(const struct words *ws, const char *program, char *why, size_t whylen)
{
	if (!probes_syscall(program, "futex") || strstr(program, "args->op"))
		return 0;
	int i = first_starting(ws, (const char *const[]){ "wait", "contention", "contended", NULL });
	if (i < 0)
		return 0;
	snprintf(why, whylen, "it asks for futex \"%s\", and the program does not keep to "
		 "FUTEX_WAIT (args->op)", ws->as[i]);
	return -1;
}

/* "which processes are getting SIGSEGV": signal_generate runs in the
 * sender; the process that gets it is args->pid and args->comm. */
static int signal_receivers(const struct words *ws, const char *program, char *why,
			    size_t whylen)
{
	static const char *const RECEIVING[] = { "getting", "receive", "receives", "receiving",
						 "received", "receiver", "receivers", "victim",
						 "victims", "killed", "get", "gets", "got", "whom",
						 NULL };
	int i = first_in(ws, RECEIVING);
	/* "signals nginx receives", kept to the target: the comm and pid
	 * printed are the sender's, and say so */
	if (i >= 0 && strstr(program, "signal_generate") &&
	    (strstr(program, "args->pid") || strstr(program, "args->comm")) &&
	    (builtin_shown(program, "comm") || builtin_shown(program, "pid")) &&
	    !printf_has(program, "from") && !printf_has(program, "sender") &&
	    !printf_has(program, "by ")) {
		snprintf(why, whylen, "it asks for signals \"%s\", and the program prints the "
			 "sender's comm and pid without saying they are the sender's", ws->as[i]);
		return -1;
	}
	if (!strstr(program, "signal_generate") || strstr(program, "args->pid") ||
	    strstr(program, "args->comm"))
		return 0;
	if (i < 0)
		return 0;
	snprintf(why, whylen, "it asks who is \"%s\" the signal, and the program shows the "
		 "sender (signal_generate runs in the sender; the target is args->pid)", ws->as[i]);
	return -1;
}

/* "by syscall name": the names, never args->id's numbers in their place. */
static int syscall_names_shown(const struct words *ws, const char *program, char *why,
			       size_t whylen)
{
	static const char *const CALL[] = { "syscall", "syscalls", "call", "calls", NULL };
	static const char *const NAME[] = { "name", "names", NULL };
	if (!strstr(program, "args->id"))
		return 0;
	for (int i = 0; i < ws->n; i++) {
		if (!in(ws->w[i], NAME))
			continue;
		/* "syscall name", "name of the syscall", "names of system calls" */
		int near = (i > 0 && in(ws->w[i - 1], CALL)) ||
			   (i + 2 < ws->n && in(ws->w[i + 2], CALL)) ||
			   (i + 3 < ws->n && in(ws->w[i + 3], CALL));
		if (!near)
			continue;
		snprintf(why, whylen, "it asks for system call \"%s\", and the program shows their "
			 "numbers (args->id)", ws->as[i]);
		return -1;
	}
	return 0;
}

/* Whether a predicate keeps to `cond` ("/pid == ", "&& comm == \""): a
 * conjunct of its own, never args->pid or $ppid. */
static int keeps_to(const char *program, const char *cond)
{
	static const char *const BEFORE[] = { "/", "/ ", "&& ", "&&", "(", NULL };
	for (const char *const *b = BEFORE; *b; b++) {
		char pat[48];
		snprintf(pat, sizeof(pat), "%s%s", *b, cond);
		if (strstr(program, pat))
			return 1;
	}
	return 0;
}

struct aggregation_count {
	int n, keyed;
};

static int count_aggregation(void *arg, const struct aggregation *a)
{
	struct aggregation_count *c = arg;
	c->n++;
	c->keyed += a->keys != NULL;
	return 0;
}

/* A map keyed by comm in a program filtered on one comm or one pid (or by
 * pid, filtered on one pid) has one key: the grouping the request asked
 * for ("syscalls by name for pid 1") is another. */
static int keys_not_fixed(const struct words *ws, const char *program, char *why, size_t whylen)
{
	static const char *const RANKING[] = { "top", "most", "which", "busiest", "hottest", "sorted",
					       "ranked", "ordered", NULL };
	static const char *const PROCESS[] = { "pid", "process", "processes", "comm", "command",
					       "thread", "tid", "the", "a", "second", "seconds",
					       "sec", "secs", "minute", "minutes", "hour", "interval",
					       NULL };
	/* a grouping asked for: a ranking, or "by/per" something that is
	 * not the process kept to ("by pid 4242", "by nginx") */
	int grouping = 0, ranking = 0;
	for (int i = 0; i < ws->n; i++) {
		/* "which irqs fire the most": a ranking ("at most" is none) */
		if (in(ws->w[i], RANKING) && !(i > 0 && !strcmp(ws->w[i - 1], "at")))
			grouping = 1, ranking |= strcmp(ws->w[i], "which") != 0;
		else if (!grouping && (!strcmp(ws->w[i], "by") || !strcmp(ws->w[i], "per")) &&
			 i + 1 < ws->n && !in(ws->w[i + 1], PROCESS) && !numeric(ws->w[i + 1])) {
			char quoted[40];
			snprintf(quoted, sizeof(quoted), "\"%s\"", ws->as[i + 1]);
			grouping = !strstr(program, quoted);
		}
	}
	if (!grouping)
		return 0;
	char *keys = aggregation_keys(program);
	if (!keys)
		return 0;
	struct aggregation_count counted = { 0 };
	scan_aggregations(program, count_aggregation, &counted);
	if (ranking && counted.n && !counted.keyed) {
		/* "top syscalls of node": a ranking of one number */
		free(keys);
		snprintf(why, whylen, "it asks for a ranking or a grouping, and the program's "
			 "aggregation has no key to group by");
		return -1;
	}
	int fixed = 0;
	for (const char *k = keys; *k && !fixed;) {
		size_t len = strcspn(k, ";"); /* each map's keys, ';' after each */
		if (len == 4 && !strncmp(k, "comm", 4))
			fixed = keeps_to(program, "comm == \"") || keeps_to(program, "pid == ") ? 1 : 0;
		else if (len == 3 && !strncmp(k, "pid", 3))
			fixed = keeps_to(program, "pid == ") ? 2 : 0;
		k += len + (k[len] == ';');
	}
	free(keys);
	if (!fixed)
		return 0;
	snprintf(why, whylen, "the program groups by %s while keeping to one process: one key, "
		 "not the grouping the request asks for", fixed == 1 ? "comm" : "pid");
	return -1;
}

/* "write errors": each failed call printed needs its error. */
static int errors_shown(const struct words *ws, const char *program, char *why, size_t whylen)
{
	char *keys = aggregation_keys(program);
	int keyed = keys && strstr(keys, "ret");
	free(keys);
	if (!strstr(program, "printf(") || keyed || printf_has(program, "args->ret") ||
	    printf_has(program, "retval"))
		return 0;
	int i = first_in(ws, (const char *const[]){ "error", "errors", "errno", "errnos", NULL });
	/* "failed with errno 13": kept to one error, which says it */
	if (i < 0 || (i + 1 < ws->n && numeric(ws->w[i + 1]) && strstr(program, "args->ret == -")))
		return 0;
	snprintf(why, whylen, "it asks for %s, and the program's output does not show the error",
		 ws->as[i]);
	return -1;
}

/* "print the variable name" of getenv: a uprobe's arguments asked for
 * are shown. */
static int uprobe_arguments_shown(const struct words *ws, const char *program, char *why,
				  size_t whylen)
{
	static const char *const ARGS[] = { "variable", "variables", "argument", "arguments", "arg",
					    "args", "parameter", "parameters", "string", "strings",
					    "host", "hosts", "hostname", "hostnames", "domain",
					    "domains", NULL };
	/* arg0..argN, args->NAME: some argument is read */
	if (!strstr(program, "uprobe:") || strstr(program, "arg"))
		return 0;
	int i = first_in(ws, ARGS);
	if (i < 0)
		return 0;
	snprintf(why, whylen, "it asks for the %s, and the program shows none of the function's "
		 "arguments", ws->as[i]);
	return -1;
}

/* Stacks asked for are in the output. */
static int stacks_shown(const struct words *ws, const char *program, char *why, size_t whylen)
{
	static const char *const STACKS[] = { "stack", "stacks", "backtrace", "backtraces",
					      "callstack", "callstacks", "flamegraph", NULL };
	static const char *const OTHER[] = { "network", "networking", "net", "tcp", "udp", "ip",
					     "io", "i", "o", "protocol", "storage", "block", NULL };
	if (strstr(program, "kstack") || strstr(program, "ustack"))
		return 0;
	int i = first_in(ws, STACKS);
	/* "the network stack", "the I/O stack" are no call stacks */
	if (i < 0 || (i > 0 && in(ws->w[i - 1], OTHER)))
		return 0;
	snprintf(why, whylen, "it asks for %s, and the program shows none", ws->as[i]);
	return -1;
}

/* The rules, in order: each 0, or -1 with the reason in `why`. */
/* "the busiest processes", "which syscall fails the most": a ranking,
 * so something is counted or measured, never a line per event alone. */
static int ranking_aggregated(const struct words *ws, const char *program, char *why,
			      size_t whylen)
{
	static const char *const RANKS[] = { "busiest", "most", "least", "fewest", "hottest",
					     "top", NULL };
	static const char *const AGGS[] = { "count()", "sum(", "avg(", "min(", "max(", "hist(",
					    "stats(", NULL };
	for (int i = 0; i < ws->n; i++) {
		if (!in(ws->w[i], RANKS) || (i > 0 && !strcmp(ws->w[i - 1], "at")))
			continue;
		for (int k = 0; AGGS[k]; k++)
			if (strstr(program, AGGS[k]))
				return 0;
		snprintf(why, whylen, "it asks for \"%s\", and the program ranks nothing (it counts "
			 "or measures nothing)", ws->as[i]);
		return -1;
	}
	return 0;
}

/* Whether the disk `name` of this machine ("vda", a path's "/dev/vda")
 * is kept to by `program`: its device number compared with; -1 for a
 * name that is no disk's ("eth0"). */
static int disk_kept(const char *name, const char *program)
{
	unsigned long dev;
	char why[160], eq[40];
	int rc = bte_block_device(name, &dev, why, sizeof(why));
	if (rc)
		return rc == -EINVAL ? -1 : 0;
	snprintf(eq, sizeof(eq), "dev == %lu", dev);
	const char *at = strstr(program, eq);
	return at && !isdigit((unsigned char)at[strlen(eq)]);
}

/* "block io latency on nvme0n1": a disk named (by the kernel's naming, or
 * one this machine has) is kept to, by its number on this machine. */
static int disks_kept(const struct words *ws, const char *program, char *why, size_t whylen)
{
	for (int i = 0; i < ws->n; i++) {
		char net[96];
		snprintf(net, sizeof(net), "/sys/class/net/%s", ws->w[i]);
		if (!bte_device_name(ws->w[i]) || !access(net, F_OK) ||
		    disk_kept(ws->w[i], program) != 0)
			continue;
		snprintf(why, whylen, "it names the disk %s, and the program does not keep to it",
			 ws->as[i]);
		return -1;
	}
	return 0;
}

/* "opens of /etc/passwd", "readline in /bin/bash", "count opens of /":
 * a path the request names is in the program (a string it is compared
 * with, a uprobe's binary, a cgroup), never dropped. */
static int paths_kept(const struct words *ws, const char *program, char *why, size_t whylen)
{
	for (const char *p = ws->text; *p; p++) {
		if (*p != '/' || (p > ws->text && !isspace((unsigned char)p[-1]) && p[-1] != '"' &&
				  p[-1] != '\'' && p[-1] != '`' && p[-1] != '('))
			continue;
		size_t len = strspn(p, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
				       "0123456789/._+-*~");
		while (len > 1 && strchr(".-", p[len - 1]))
			len--; /* the end of a sentence */
		int kept = 0;
		for (const char *at = strstr(program, "/"); at && !kept; at = strstr(at + 1, "/"))
			kept = !strncmp(at, p, len) && at > program && strchr("\":", at[-1]) &&
			       at[len] && strchr("\":/", at[len]);
		/* ("writes to /dev/vda": the disk, by its number) */
		char disk[40];
		if (!kept && len > 5 && len < 5 + sizeof(disk) && !strncmp(p, "/dev/", 5)) {
			snprintf(disk, sizeof(disk), "%.*s", (int)len - 5, p + 5);
			kept = disk_kept(disk, program) == 1;
		}
		if (!kept) {
			snprintf(why, whylen, "it names the path \"%.*s\", and the program does not keep "
				 "to it", (int)(len < 80 ? len : 80), p);
			return -1;
		}
		p += len - 1;
	}
	return 0;
}

/* "pread", "pwrites": pread64() and pwrite64(), the names the kernel
 * gives them; never read() or write() in their place. A word that is a
 * system call's name once "64" is added, and not one itself. */
static int sized_calls_named(const struct words *ws, const char *program, char *why,
			     size_t whylen)
{
	for (int i = 0; i < ws->n; i++) {
		char call[40];
		size_t len = strlen(ws->w[i]);
		if (len < 3 || len > 30 || lexicon_syscall(ws->w[i], len))
			continue;
		snprintf(call, sizeof(call), "%s64", ws->w[i]);
		if (!lexicon_syscall(call, strlen(call)) && ws->w[i][len - 1] == 's')
			snprintf(call, sizeof(call), "%.*s64", (int)len - 1, ws->w[i]);
		if (!lexicon_syscall(call, strlen(call)) || probes_syscall(program, call))
			continue;
		snprintf(why, whylen, "it names \"%s\", the system call %s(), and the program does "
			 "not trace it", ws->as[i], call);
		return -1;
	}
	return 0;
}

/* "signal 15 by pid 300", "signals sent from nginx": the sender, and
 * signal_deliver runs in the process the signal is delivered to (its
 * pid and comm are the receiver's). "received by nginx" is the receiver. */
static int deliver_not_sender(const struct words *ws, const char *program, char *why,
			      size_t whylen)
{
	static const char *const RECEIVING[] = { "receive", "receives", "received", "receiving",
						 "delivered", "caught", "handled", "got", "gets",
						 "get", "getting", NULL };
	static const char *const SKIP[] = { "pid", "process", "the", "a", "task", "program",
					    NULL };
	if (!strstr(program, "signal:signal_deliver"))
		return 0;
	for (int i = 0; i + 1 < ws->n; i++) {
		if (in(ws->w[i], RECEIVING))
			return 0;
		if (strcmp(ws->w[i], "by") && strcmp(ws->w[i], "from"))
			continue;
		int j = i + 1;
		while (j + 1 < ws->n && in(ws->w[j], SKIP))
			j++;
		size_t len = strlen(ws->w[j]);
		char pid[48];
		snprintf(pid, sizeof(pid), "pid == %s", ws->w[j]);
		const char *hit = strstr(program, pid);
		int filtered = hit && !isdigit((unsigned char)hit[strlen(pid)]) &&
			       (hit == program || (hit[-1] != '>' && hit[-1] != '_'));
		for (const char *p = strstr(program, "comm == \""); p && !filtered;
		     p = strstr(p + 1, "comm == \""))
			filtered = len && !strncasecmp(p + 9, ws->w[j], len) && p[9 + len] &&
				   strchr("\"-.", p[9 + len]) && (p == program || p[-1] != '>');
		if (!filtered)
			continue;
		snprintf(why, whylen, "it asks for signals %s %s %s, the sender, and the program keeps "
			 "to the process they are delivered to (signal_deliver runs in the receiver)",
			 ws->as[i], j > i + 1 ? ws->as[i + 1] : "", ws->as[j]);
		return -1;
	}
	return 0;
}

/* "killed processes", "kills of nginx": a signal that kills, and most
 * delivered signals do not (SIGCHLD, SIGWINCH, a handled SIGTERM); every
 * delivery shown is not what was asked, unless the signal is said. */
static int killed_not_every_signal(const struct words *ws, const char *program, char *why,
				   size_t whylen)
{
	static const char *const KILLED[] = { "killed", "kills", "killing", "kill", NULL };
	if ((!strstr(program, "signal:signal_deliver") && !strstr(program, "signal_generate")) ||
	    strstr(program, "_kill") || strstr(program, "sig ==") ||
	    strstr(program, "sig >") || strstr(program, "sig <") || strstr(program, "sig !="))
		return 0;
	int i = first_in(ws, KILLED);
	if (i < 0)
		return 0;
	snprintf(why, whylen, "it asks for \"%s\", and the program shows every signal, most of "
		 "which kill nothing (SIGCHLD, SIGWINCH): say which signal", ws->as[i]);
	return -1;
}

/* "show forked processes", "print spawned children": the new task, and
 * at task_newtask and sched_process_fork pid and comm are the parent's
 * (the child is args->pid, args->child_pid). A line per event that
 * shows no child's pid shows the parent in its place. */
static int forked_shown(const struct words *ws, const char *program, char *why, size_t whylen)
{
	static const char *const NEW[] = { "forked", "spawned", "created", "new", NULL };
	static const char *const TASK[] = { "process", "processes", "task", "tasks", "child",
					    "children", "thread", "threads", NULL };
	if ((!strstr(program, "task_newtask") && !strstr(program, "sched_process_fork")) ||
	    !strstr(program, "printf(") || printf_has(program, "args->pid") ||
	    printf_has(program, "child_pid"))
		return 0;
	for (int i = 0; i + 1 < ws->n; i++) {
		if (!in(ws->w[i], NEW) || !in(ws->w[i + 1], TASK))
			continue;
		snprintf(why, whylen, "it asks for the %s %s, and the program shows the process "
			 "forking them (the new task is args->pid at task_newtask, child_pid at "
			 "sched_process_fork)", ws->as[i], ws->as[i + 1]);
		return -1;
	}
	return 0;
}

/* rt_sigaction() installs a signal's handler: a program on it answers
 * a request about handlers, never one about signals sent or delivered. */
static int handlers_asked(const struct words *ws, const char *program, char *why,
			  size_t whylen)
{
	static const char *const HANDLER[] = { "handler", "handlers", "handle", "handles",
					       "handled", "handling", "action", "actions",
					       "disposition", "dispositions", "install",
					       "installs", "installed", "installing", "register",
					       "registers", "registered", "catch", "catches",
					       "trap", "traps", "ignore", "ignores", "ignored",
					       NULL };
	if (!strstr(program, "sigaction") || first_in(ws, HANDLER) >= 0)
		return 0;
	for (int i = 0; i < ws->n; i++)
		if (strstr(ws->w[i], "sigaction"))
			return 0;
	snprintf(why, whylen, "the program traces rt_sigaction(), which installs a signal's "
		 "handler, and the request says nothing of handlers");
	return -1;
}

/* Whether `a` is followed by a comma, then `b`, somewhere in `text`
 * ("calls open, for 20 seconds": a clause of its own). */
static int comma_before(const char *text, const char *a, const char *b)
{
	size_t al = strlen(a), bl = strlen(b);
	for (const char *t = strstr(text, a); al && t; t = strstr(t + 1, a)) {
		const char *p = t + al;
		p += strspn(p, " \t");
		if (*p != ',')
			continue;
		p++;
		p += strspn(p, " \t");
		if (!strncmp(p, b, bl) && !isalnum((unsigned char)p[bl]))
			return 1;
	}
	return 0;
}

/* "reads that block for 5 seconds", "calls that sleep for 2 s": a time
 * of each call, kept to (a comparison with it), never how long to trace
 * (an exit after it). */
static int lasting_kept(const struct words *ws, const char *program, char *why, size_t whylen)
{
	static const char *const S[] = { "s", "sec", "secs", "second", "seconds", NULL };
	static const char *const MS[] = { "ms", "msec", "msecs", "millisecond", "milliseconds",
					  NULL };
	static const char *const US[] = { "us", "usec", "usecs", "microsecond", "microseconds",
					  NULL };
	static const char *const MIN[] = { "min", "mins", "minute", "minutes", NULL };
	static const struct { const char *const *words; long long ns; } UNITS[] = {
		{ S, 1000000000 }, { MS, 1000000 }, { US, 1000 }, { MIN, 60000000000 },
	};
	for (int i = 1; i + 2 < ws->n; i++) {
		long n = number_of(ws->w[i + 1]);
		if (strcmp(ws->w[i], "for") || !in(ws->w[i - 1], LEXICON_LASTING) || n <= 0 ||
		    comma_before(ws->text, ws->as[i - 1], ws->as[i]))
			continue;
		/* (never "processes that run for 10 seconds then exit"; the
		 * reader keeps to a clause of its own) */
		if (!strcmp(ws->w[i - 1], "run") &&
		    (i == 1 || !in(ws->w[i - 2], (const char *const[]){ "that", "which", "who",
									  NULL })))
			continue;
		long long ns = 0;
		for (size_t u = 0; u < sizeof(UNITS) / sizeof(UNITS[0]); u++)
			if (in(ws->w[i + 2], UNITS[u].words))
				ns = n * UNITS[u].ns;
		if (!ns)
			continue;
		char exit_at[48];
		snprintf(exit_at, sizeof(exit_at), "interval:s:%lld {", ns / 1000000000);
		const char *e = ns % 1000000000 ? NULL : strstr(program, exit_at);
		int exits = e && strstr(e, "exit()");
		int kept = 0;
		for (long long d = 1; d <= 1000000000 && !kept; d *= 1000)
			kept = ns % d == 0 && compares_with_ll(program, ns / d);
		if (!exits && kept)
			continue;
		snprintf(why, whylen, "it asks for calls that %s for %s %s, a time of each call, and "
			 "the program %s", ws->as[i - 1], ws->as[i + 1], ws->as[i + 2],
			 exits ? "traces for that long instead" : "does not keep to it");
		return -1;
	}
	return 0;
}

/* "print each connect", "every fsync": the system call named, traced
 * (or its variant), never another system call in its place. Words that
 * are English first ("every exit", "each time") and programs on other
 * events (a fork's task_newtask) are left to the other rules. */
static int each_call_traced(const struct words *ws, const char *program, char *why,
			    size_t whylen)
{
	static const char *const ENGLISH[] = { "exit", "time", "times", "sync", "pause", "alarm",
					       "access", "link", "select", "poll", "socket", "pipe",
					       "listen", "shutdown", "kill", "open", "read", "write",
					       "close", "call", "wait", NULL };
	for (int i = 0; i + 1 < ws->n; i++) {
		const char *w = ws->w[i + 1];
		size_t len = strlen(w);
		if ((strcmp(ws->w[i], "each") && strcmp(ws->w[i], "every")) || in(w, ENGLISH) ||
		    !lexicon_syscall(w, len) || traces_call(program, w) ||
		    !strstr(program, "syscalls:sys_"))
			continue; /* a fork's task_newtask: other rules' */
		snprintf(why, whylen, "it asks for %s %s, and the program does not trace %s()",
			 ws->as[i], ws->as[i + 1], w);
		return -1;
	}
	return 0;
}

/* "the count of each write": a thing of each call, printed; a count()
 * of the calls in its place answers another request. */
static int count_of_each(const struct words *ws, const char *program, char *why,
			 size_t whylen)
{
	for (int i = 1; i + 2 < ws->n; i++) {
		if (strcmp(ws->w[i - 1], "the") || strcmp(ws->w[i], "count") ||
		    strcmp(ws->w[i + 1], "of") ||
		    (strcmp(ws->w[i + 2], "each") && strcmp(ws->w[i + 2], "every")))
			continue;
		if (!strstr(program, "count()"))
			return 0;
		snprintf(why, whylen, "it asks for \"the count of %s ...\", a thing of each call, and "
			 "the program counts the calls", ws->as[i + 2]);
		return -1;
	}
	return 0;
}

/* "top 5 syscalls": which calls are ranked, a key of which system call
 * (args->id, probe), never processes in their place. */
static int top_syscalls_keyed(const struct words *ws, const char *program, char *why,
			      size_t whylen)
{
	for (int i = 0; i + 2 < ws->n; i++) {
		if (strcmp(ws->w[i], "top") || !numeric(ws->w[i + 1]) ||
		    (strcmp(ws->w[i + 2], "syscalls") && strcmp(ws->w[i + 2], "system")))
			continue;
		char *keys = map_keys(program);
		int keyed = keys && (strstr(keys, "args->id") || strstr(keys, "probe"));
		free(keys);
		if (keyed)
			return 0;
		snprintf(why, whylen, "it asks for the top %s %s, and the program does not rank "
			 "system calls", ws->as[i + 1], ws->as[i + 2]);
		return -1;
	}
	return 0;
}

/* "files ending in .so", "opens of .log files": a file name's ending
 * the program keeps to (the ending in one of its strings). */
static int endings_kept(const struct words *ws, const char *program, char *why, size_t whylen)
{
	for (const char *p = ws->text; *p; p++) {
		if (*p != '.' || !isalnum((unsigned char)p[1]) ||
		    (p > ws->text && !isspace((unsigned char)p[-1]) && !strchr("\"'`(*", p[-1])))
			continue;
		size_t len = 1 + strspn(p + 1, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
					       "0123456789_-");
		int kept = 0;
		for (const char *at = strstr(program, "\""); at && !kept; at = strchr(at + 1, '"'))
			kept = !strncmp(at + 1, p, len) || (at > program && !strncmp(at - len, p, len));
		for (const char *at = strstr(program, p); at && !kept && len > 1;
		     at = strstr(at + 1, p))
			kept = !strncmp(at, p, len) && at[len] == '"';
		if (!kept) {
			snprintf(why, whylen, "it names files ending in \"%.*s\", and the program does "
				 "not keep to them", (int)(len < 40 ? len : 40), p);
			return -1;
		}
		p += len - 1;
	}
	return 0;
}

/* "process exit with signal", "processes that exited": a process's
 * exit (sched_process_exit, exit_group), never another call's return
 * (sys_exit_kill is kill() returning). "then exit", "exit after 10 s"
 * end the trace. */
static int exit_not_return(const struct words *ws, const char *program, char *why,
			   size_t whylen)
{
	static const char *const EXIT[] = { "exit", "exits", "exited", "exiting", NULL };
	if (strstr(program, "process_exit") || strstr(program, "sys_enter_exit") ||
	    strstr(program, "sys_exit_exit") || strstr(program, "exit_group") ||
	    !strstr(program, "syscalls:sys_exit_"))
		return 0;
	for (int i = 0; i < ws->n; i++) {
		if (!in(ws->w[i], EXIT))
			continue;
		if ((i + 1 < ws->n && (!strcmp(ws->w[i + 1], "after") || !strcmp(ws->w[i + 1], "code") ||
				       !strcmp(ws->w[i + 1], "codes") || !strcmp(ws->w[i + 1], "status") ||
				       !strcmp(ws->w[i + 1], "value"))) ||
		    (i > 0 && in(ws->w[i - 1], (const char *const[]){ "then", "and", "on", "its",
								      "their", "at", "to", "from",
								      "entry", "syscall", NULL })))
			continue; /* the trace's end; a call's exit code or return */
		snprintf(why, whylen, "it asks for a process's \"%s\", and the program traces a "
			 "system call returning (syscalls:sys_exit_), not a process exiting",
			 ws->as[i]);
		return -1;
	}
	return 0;
}

/* inet_sock_set_state fires at every TCP state change: "connects",
 * "connections" are the changes to one state, kept to, unless the
 * request asks for the states. */
static int tcp_states_kept(const struct words *ws, const char *program, char *why,
			   size_t whylen)
{
	static const char *const STATES[] = { "state", "states", "transition", "transitions",
					      "change", "changes", NULL };
	if (!strstr(program, "inet_sock_set_state") || strstr(program, "newstate ==") ||
	    strstr(program, "oldstate ==") || strstr(program, "args->newstate") ||
	    first_in(ws, STATES) >= 0)
		return 0;
	snprintf(why, whylen, "the program counts every TCP state change (inet_sock_set_state) "
		 "without keeping to the one asked for");
	return -1;
}

/* "kill of pid 1", "kills targeting pid 42", "signals to pid 7": the pid
 * is the target (args->pid at kill()), never the sender's pid. */
static int target_pid_not_sender(const struct words *ws, const char *program, char *why,
				 size_t whylen)
{
	static const char *const AT[] = { "kill", "kills", "killing", "killed", "to", "on", "targeting",
					  "target", "targets", "signal", "signals", "signaling",
					  "signalling", NULL };
	for (int i = 1; i + 1 < ws->n; i++) {
		if (strcmp(ws->w[i], "pid") || !isdigit((unsigned char)ws->w[i + 1][0]))
			continue;
		int k = i - 1;
		if (k > 0 && !strcmp(ws->w[k], "of"))
			k--;
		/* "who's killing my process? it's pid 8080": who acts on it */
		int who_acts = 0;
		for (int j = 0; j < i; j++)
			who_acts |= in(ws->w[j], (const char *const[]){ "who", "who's", "whos", NULL });
		int acting = 0;
		for (int j = 0; who_acts && j < i; j++)
			acting |= in(ws->w[j], (const char *const[]){ "killing", "kills", "killed",
								      "kill", "signaling",
								      "signalling", "signals",
								      "terminating", "terminates",
								      "terminated", NULL });
		int by = in(ws->w[k], (const char *const[]){ "by", "from", "sender", NULL });
		/* the sender's side: kill(), tgkill(), signal_generate (at
		 * signal_deliver the receiver is the current task) */
		if ((!in(ws->w[k], AT) && !(acting && !by)) ||
		    (!strstr(program, "kill") && !strstr(program, "signal_generate")))
			continue;
		char cond[48];
		snprintf(cond, sizeof(cond), "pid == %s", ws->w[i + 1]);
		for (const char *p = strstr(program, cond); p; p = strstr(p + 1, cond)) {
			if (p > program && (p[-1] == '>' || p[-1] == '_' || p[-1] == '.'))
				continue; /* args->pid, the target's */
			if (isdigit((unsigned char)p[strlen(cond)]))
				continue;
			snprintf(why, whylen, "it asks for signals to pid %s, and the program keeps to "
				 "the process sending them", ws->as[i + 1]);
			return -1;
		}
	}
	return 0;
}

/* "who is calling kill and on which pid", "to what process": the target
 * asked for is shown (args->pid at kill() and signal_generate), never
 * the sender's pid alone. */
static int target_asked(const struct words *ws, const char *program, char *why, size_t whylen)
{
	static const char *const TO[] = { "on", "to", "at", "targeting", NULL };
	static const char *const WHICH[] = { "which", "what", NULL };
	static const char *const WHO[] = { "pid", "pids", "process", "processes", "task",
					   "tasks", NULL };
	if ((!strstr(program, "_kill") && !strstr(program, "signal_generate")) ||
	    strstr(program, "args->pid") || strstr(program, "args->comm"))
		return 0;
	for (int i = 0; i + 2 < ws->n; i++)
		if (in(ws->w[i], TO) && in(ws->w[i + 1], WHICH) && in(ws->w[i + 2], WHO)) {
			snprintf(why, whylen, "it asks %s %s %s a signal goes, and the program does "
				 "not show its target", ws->as[i], ws->as[i + 1], ws->as[i + 2]);
			return -1;
		}
	return 0;
}

/* "trace fsync by postgres with latency over 50 ms": each slow call,
 * printed, when nothing asks for a summary; a histogram in its place
 * answers another request. */
static int slow_calls_printed(const struct words *ws, const char *program, char *why,
			      size_t whylen)
{
	static const char *const SHOW[] = { "trace", "traces", "show", "shows", "print", "prints",
					    "log", "logs", "list", "lists", "display", "report",
					    "alert", NULL };
	static const char *const BOUND[] = { "over", "above", "exceeding", "beyond", "than",
					     "least", NULL };
	static const char *const SUMMARY[] = { "count", "counts", "many", "histogram", "total",
					       "average", "avg", "sum", "top", "tally", "mean",
					       "distribution", "max", "min", "often", "summary",
					       "summarize", "stats", "number", "rate", "per",
					       "percentile", "breakdown", NULL };
	if (strstr(program, "printf(") || first_in(ws, SHOW) < 0 || first_in(ws, SUMMARY) >= 0)
		return 0;
	for (int i = 0; i + 2 < ws->n; i++) {
		if (!in(ws->w[i], BOUND) || !isdigit((unsigned char)ws->w[i + 1][0]))
			continue;
		snprintf(why, whylen, "it asks to %s the calls %s %s, each one, and the program "
			 "prints a summary", ws->as[first_in(ws, SHOW)], ws->as[i], ws->as[i + 1]);
		return -1;
	}
	return 0;
}

/* "the number of reads and bytes", "count writes and their sizes": the
 * calls counted (count()), whatever else is summed beside ("count read
 * bytes" is the bytes'). */
static int calls_counted(const struct words *ws, const char *program, char *why,
			 size_t whylen)
{
	static const char *const BYTES[] = { "bytes", "byte", "size", "sizes", "data", NULL };
	if (strstr(program, "count()"))
		return 0;
	for (int i = 0; i + 1 < ws->n; i++) {
		if (strcmp(ws->w[i], "number") && strcmp(ws->w[i], "count") &&
		    strcmp(ws->w[i], "counts"))
			continue;
		int j = i + 1;
		while (j + 1 < ws->n && (!strcmp(ws->w[j], "of") || !strcmp(ws->w[j], "the")))
			j++;
		char c[64];
		if (!call_word(ws->w[j], c, sizeof(c)) || (j + 1 < ws->n && in(ws->w[j + 1], BYTES)))
			continue;
		snprintf(why, whylen, "it asks for \"%s ... %s\", the calls counted, and the program "
			 "counts none", ws->as[i], ws->as[j]);
		return -1;
	}
	return 0;
}

/* "writes/s", "bytes read/sec", "IOPS": a rate, each second's count or
 * sum printed (an interval), never a line per event or a whole-run total. */
static int rates_per_second(const struct words *ws, const char *program, char *why,
			    size_t whylen)
{
	const char *said = NULL;
	for (const char *p = strstr(ws->text, "/s"); p && !said; p = strstr(p + 1, "/s")) {
		size_t l = !strncasecmp(p, "/sec", 4) ? 4 : 2;
		const char *t = p; /* the word's start: a path's "/s" is no rate */
		while (t > ws->text && !isspace((unsigned char)t[-1]) && t[-1] != '/')
			t--;
		if (p > ws->text && isalpha((unsigned char)p[-1]) && !isalnum((unsigned char)p[l]) &&
		    (t == ws->text || t[-1] != '/'))
			said = "/s";
	}
	for (int i = 0; i < ws->n && !said; i++)
		if (!strcmp(ws->w[i], "iops"))
			said = ws->as[i];
	if (!said || strstr(program, "interval:s:1 ") || strstr(program, "interval:s:1{") ||
	    strstr(program, "interval:ms:1000"))
		return 0;
	snprintf(why, whylen, "it asks for a rate (\"%s\"), and the program prints no count or "
		 "total each second", said);
	return -1;
}

/* "top files", "most opened files": the files ranked (a key of the
 * file's name), never the processes opening them. */
static int files_ranked(const struct words *ws, const char *program, char *why,
			size_t whylen)
{
	static const char *const RANK[] = { "top", "most", "often", "busiest", "hottest",
					    "frequently", NULL };
	static const char *const FILES[] = { "file", "files", "filename", "filenames", "path",
					     "paths", NULL };
	static const char *const WHO[] = { "process", "processes", "program", "programs", "comm",
					   "pid", "pids", "who", "command", "commands", "task",
					   "tasks", "thread", "threads", "user", "users", NULL };
	if (first_in(ws, RANK) < 0 || first_in(ws, FILES) < 0 || first_in(ws, WHO) >= 0 ||
	    !strchr(program, '@'))
		return 0;
	char *keys = map_keys(program);
	int kept = keys && (strstr(keys, "filename") || strstr(keys, "path") || strstr(keys, "str("));
	free(keys);
	if (kept)
		return 0;
	snprintf(why, whylen, "it ranks files (\"%s\"), and the program does not count by the "
		 "file's name", ws->as[first_in(ws, FILES)]);
	return -1;
}

/* "which files are being written", "files nginx reads": an open is
 * neither; the open's mode (flags) or the reads and writes themselves
 * tell them apart. */
static int files_read_or_written(const struct words *ws, const char *program, char *why,
				 size_t whylen)
{
	static const char *const FILES[] = { "file", "files", "filename", "filenames", NULL };
	static const char *const RW[] = { "written", "write", "writes", "writing", "read",
					  "reads", "reading", NULL };
	int i = first_in(ws, RW);
	if (i < 0 || first_in(ws, FILES) < 0 || !strstr(program, "open") ||
	    strstr(program, "flags") || strstr(program, "sys_enter_write") ||
	    strstr(program, "sys_exit_write") || strstr(program, "sys_enter_read") ||
	    strstr(program, "sys_exit_read") || strstr(program, "vfs_"))
		return 0;
	snprintf(why, whylen, "it asks for files \"%s\", and the program shows every file opened "
		 "(its mode, for reading or writing, is not kept to)", ws->as[i]);
	return -1;
}

/* "fopen calls", "fwrite": C library functions, a uprobe on libc;
 * the system call under them is every caller's, not theirs. */
static int libc_calls_probed(const struct words *ws, const char *program, char *why,
			     size_t whylen)
{
	static const char *const LIBC[] = { "fopen", "fclose", "fread", "fwrite", "fprintf",
					    "fgets", "fputs", "fflush", "fseek", "opendir",
					    "readdir", "closedir", "popen", "dlopen",
					    "strcpy", "strlen", "memcpy", "printf", "puts",
					    "getenv", "setenv", "gethostbyname", NULL };
	for (int i = 0; i < ws->n; i++) {
		if (!in(ws->w[i], LIBC))
			continue;
		char probe[64];
		snprintf(probe, sizeof(probe), ":%s", ws->w[i]);
		if (strstr(program, "uprobe") && strstr(program, probe))
			return 0;
		snprintf(why, whylen, "it names %s, a C library function, and the program does not "
			 "probe it", ws->as[i]);
		return -1;
	}
	return 0;
}

/* block_bio_backmerge/frontmerge count merges: a request about merging. */
static int merges_asked(const struct words *ws, const char *program, char *why, size_t whylen)
{
	if (!strstr(program, "merge"))
		return 0;
	for (int i = 0; i < ws->n; i++)
		if (starts(ws->w[i], "merg"))
			return 0;
	snprintf(why, whylen, "the program counts block I/O merges, and the request says nothing "
		 "of merging");
	return -1;
}

/* "count exec calls by program name": the program run, and at execve()'s
 * entry comm is still the caller's (the new name comes with the exec);
 * its filename, or comm at sched_process_exec, is the program. */
static int exec_program_named(const struct words *ws, const char *program, char *why,
			      size_t whylen)
{
	static const char *const PROG[] = { "program", "programs", "command", "commands",
					    "binary", "binaries", "executable", "executables",
					    NULL };
	int i = first_in(ws, PROG);
	if (i < 0 || !strstr(program, "sys_enter_exec") || strstr(program, "filename") ||
	    strstr(program, "argv") || strstr(program, "sched_process_exec"))
		return 0;
	char *keys = map_keys(program);
	int comm = (keys && strstr(keys, "comm")) || printf_has(program, "comm");
	free(keys);
	if (!comm)
		return 0;
	snprintf(why, whylen, "it asks for the %s run, and at execve()'s entry comm is the caller's "
		 "name, not the program's", ws->as[i]);
	return -1;
}

/* "print execs if the command is curl", "execs where the process is
 * python": the program run as much as the caller; at execve()'s entry
 * comm is the caller's name, so a comm kept to a name said that way is
 * not what was asked. "execs by bash" says the caller. */
static int exec_name_said(const struct words *ws, const char *program, char *why,
			  size_t whylen)
{
	if (!strstr(program, "sys_enter_exec"))
		return 0;
	for (const char *p = strstr(program, "comm == \""); p; p = strstr(p + 1, "comm == \"")) {
		if (p > program && (isalnum((unsigned char)p[-1]) || p[-1] == '_' || p[-1] == '>'))
			continue;
		const char *name = p + 9, *end = strchr(name, '"');
		if (!end)
			break;
		for (int i = 1; i < ws->n; i++) {
			if (strlen(ws->w[i]) != (size_t)(end - name) ||
			    strncmp(ws->w[i], name, (size_t)(end - name)))
				continue;
			int k = i - 1;
			while (k > 0 && in(ws->w[k], (const char *const[]){ "the", "a", "named", "called",
									 NULL }))
				k--;
			/* "the command is curl"; not "what is bash running" */
			if (k > 0 &&
			    in(ws->w[k], (const char *const[]){ "is", "was", "are", "were", "=",
								"equals", "be", NULL }) &&
			    in(ws->w[k - 1], (const char *const[]){ "process", "processes", "command",
								    "commands", "program", "programs",
								    "name", "binary", "executable",
								    "app", "application", NULL })) {
				snprintf(why, whylen, "it says what the process is (\"%s %s\"), and at "
					 "execve()'s entry comm is the caller's name, not the program "
					 "run's: say \"by %s\" for the caller", ws->as[k], ws->as[i],
					 ws->as[i]);
				return -1;
			}
		}
	}
	return 0;
}

/* "which cpu", "the CPU each process is running on": the CPU is shown
 * or kept (the builtin cpu, or a field of one), never dropped. */
static int cpu_shown(const struct words *ws, const char *program, char *why, size_t whylen)
{
	static const char *const CPU[] = { "cpu", "cpus", "core", "cores", "processor", NULL };
	int asked = -1;
	for (int i = 1; i < ws->n && asked < 0; i++)
		if (in(ws->w[i], CPU) &&
		    (in(ws->w[i - 1], (const char *const[]){ "which", "what", NULL }) ||
		     (!strcmp(ws->w[i - 1], "the") && i + 1 < ws->n &&
		      in(ws->w[i + 1], (const char *const[]){ "each", "that", "it", "they",
							      NULL }))))
			asked = i;
	if (asked < 0)
		return 0;
	for (const char *p = strstr(program, "cpu"); p; p = strstr(p + 1, "cpu")) {
		char b = p > program ? p[-1] : ' ', a = p[3];
		if (!isalnum((unsigned char)b) && b != '_' && b != '-' && b != ':' &&
		    !isalnum((unsigned char)a) && a != '-')
			return 0;
		if (!strncmp(p, "cpu_id", 6))
			return 0;
	}
	snprintf(why, whylen, "it asks for \"%s %s\", and the program does not show the CPU",
		 ws->as[asked - 1], ws->as[asked]);
	return -1;
}

/* CPU samples by user: the idle task (pid 0) runs as root, so idle CPU
 * would be root's unless pid 0 is left out. */
static int idle_not_root(const struct words *ws, const char *program, char *why, size_t whylen)
{
	(void)ws;
	if (!strstr(program, "profile:") || strstr(program, "/pid/") || strstr(program, "pid != 0") ||
	    strstr(program, "pid > 0"))
		return 0;
	char *keys = map_keys(program);
	int uid = keys && strstr(keys, "uid");
	free(keys);
	if (!uid)
		return 0;
	snprintf(why, whylen, "it samples the CPU by user, and the idle task (pid 0) runs as "
		 "root: idle time would be counted as root's");
	return -1;
}

/* "ioctl commands", "futex ops": the call's own command argument, never
 * the process ("commands" is a process's name elsewhere). */
static int call_commands_shown(const struct words *ws, const char *program, char *why,
			       size_t whylen)
{
	static const char *const CALLS[] = { "ioctl", "ioctls", "fcntl", "fcntls", "futex",
					     "futexes", "prctl", "prctls", "bpf", NULL };
	static const char *const CMD[] = { "command", "commands", "cmd", "cmds", "op", "ops",
					   "operation", "operations", "request", "requests",
					   "option", "options", NULL };
	for (int i = 0; i + 1 < ws->n; i++) {
		if (!in(ws->w[i], CALLS) || !in(ws->w[i + 1], CMD))
			continue;
		if (strstr(program, "args->cmd") || strstr(program, "args->op") ||
		    strstr(program, "args->option") || strstr(program, "args->request"))
			return 0;
		snprintf(why, whylen, "it asks for %s %s, the call's own argument, and the program "
			 "does not show it", ws->as[i], ws->as[i + 1]);
		return -1;
	}
	return 0;
}

/* Networking words that the program must hold: "ipv4" a family kept
 * to, "sport"/"dport" those fields, "time out" ETIMEDOUT; connecting is
 * never a socket's error report. */
static int network_words_kept(const struct words *ws, const char *program, char *why,
			      size_t whylen)
{
	static const char *const FIELDS[] = { "sport", "dport", "saddr", "daddr", NULL };
	for (int i = 0; i < ws->n; i++) {
		const char *w = ws->w[i];
		int family = !strcmp(w, "ipv4") || !strcmp(w, "ipv6");
		/* (a sockaddr's first two bytes are its family) */
		if (family && !strstr(program, "family") && !strstr(program, "AF_INET") &&
		    !(strstr(program, "*(uint16*)args->") &&
		      strstr(program, !strcmp(w, "ipv4") ? ") == 2" : ") == 10"))) {
			snprintf(why, whylen, "it asks for %s, and the program keeps to no address "
				 "family", ws->as[i]);
			return -1;
		}
		if (in(w, FIELDS) && !strstr(program, w)) {
			snprintf(why, whylen, "it asks for %s, and the program does not show it",
				 ws->as[i]);
			return -1;
		}
		int timeout = !strcmp(w, "timeout") || !strcmp(w, "timeouts") ||
			      ((!strcmp(w, "time") || !strcmp(w, "times") || !strcmp(w, "timed")) &&
			       i + 1 < ws->n && !strcmp(ws->w[i + 1], "out"));
		if (timeout && !strstr(program, "110") && !strstr(program, "ETIMEDOUT") &&
		    !strstr(program, "timeout")) {
			snprintf(why, whylen, "it asks for %s, and the program does not keep to "
				 "timeouts (ETIMEDOUT)", ws->as[i]);
			return -1;
		}
	}
	static const char *const CONNECTING[] = { "connect", "connects", "connecting",
						  "connection", "connections", "connected", NULL };
	static const char *const ERRORS[] = { "error", "errors", "fail", "failed", "fails",
					      "failure", "failures", "reset", "resets", "refused",
					      NULL };
	if (strstr(program, "inet_sk_error_report") && first_in(ws, CONNECTING) >= 0 &&
	    first_in(ws, ERRORS) < 0) {
		snprintf(why, whylen, "it asks for connections, and the program traces socket error "
			 "reports");
		return -1;
	}
	return 0;
}

/* "open and openat", "unlink and unlinkat": both named, both probed
 * (the call alone named, its variant may stand for it: at_variants_kept). */
static int both_variants_probed(const struct words *ws, const char *program, char *why,
				size_t whylen)
{
	for (int i = 0; i < ws->n; i++) {
		const char *w = ws->w[i];
		size_t n = strlen(w);
		if (n < 3 || n > 24 || !lexicon_syscall(w, n))
			continue;
		int variant = 0;
		for (int k = 0; k < ws->n && !variant; k++)
			variant = k != i && !strncmp(ws->w[k], w, n) &&
				  (!strcmp(ws->w[k] + n, "at") || !strcmp(ws->w[k] + n, "at2") ||
				   !strcmp(ws->w[k] + n, "4") || !strcmp(ws->w[k] + n, "3"));
		if (!variant)
			continue;
		int probed = 0;
		for (const char *p = strstr(program, w); p && !probed; p = strstr(p + 1, w))
			probed = p - program >= 10 && (!strncmp(p - 10, "sys_enter_", 10) ||
						       !strncmp(p - 9, "sys_exit_", 9)) &&
				 !isalnum((unsigned char)p[n]) && p[n] != '_';
		if (!probed) {
			snprintf(why, whylen, "it names %s, and the program does not trace it",
				 ws->as[i]);
			return -1;
		}
	}
	return 0;
}

/* "what is postgres reading?", "what files is nginx writing": what is
 * asked of is shown (a file, bytes, an argument), never a name and a pid
 * alone. */
static int what_shown(const struct words *ws, const char *program, char *why, size_t whylen)
{
	static const char *const ACTS[] = { "reading", "writing", "opening", "sending",
					    "receiving", "deleting", "executing", "running",
					    "resolving", "accessing", NULL };
	if (first_in(ws, (const char *const[]){ "what", NULL }) < 0 || first_in(ws, ACTS) < 0 ||
	    !strstr(program, "printf("))
		return 0;
	static const char *const SHOWN[] = { "args->", "str(", "arg0", "arg1", "retval", "join(",
					     "ntop(", NULL };
	for (int k = 0; SHOWN[k]; k++)
		if (strstr(program, SHOWN[k]))
			return 0;
	int i = first_in(ws, ACTS);
	snprintf(why, whylen, "it asks what is %s, and the program shows only who", ws->as[i]);
	return -1;
}

/* "reads over 64 KB per second": a size with a rate is a throughput as
 * much as a size of each call; "writes with count over 1 MB": the call's
 * count, not a count of calls. */
static int sizes_read(const struct words *ws, const char *program, char *why, size_t whylen)
{
	static const char *const SIZES[] = { "b", "byte", "bytes", "k", "kb", "kib", "kilobyte",
					     "kilobytes", "m", "mb", "mib", "megabyte", "megabytes",
					     "g", "gb", "gib", "gigabyte", "gigabytes", NULL };
	int size = -1, rate = 0;
	for (int i = 0; i < ws->n; i++) {
		const char *w = ws->w[i];
		size_t d = strspn(w, "0123456789");
		if (d && ((w[d] && in(w + d, SIZES)) ||
			  (!w[d] && i + 1 < ws->n && in(ws->w[i + 1], SIZES))))
			size = size < 0 ? i : size;
		rate |= (!strcmp(w, "per") || !strcmp(w, "a")) && i + 1 < ws->n &&
			(!strcmp(ws->w[i + 1], "second") || !strcmp(ws->w[i + 1], "sec"));
		if (!strcmp(w, "count") && i > 0 &&
		    (!strcmp(ws->w[i - 1], "with") || !strcmp(ws->w[i - 1], "its")) &&
		    strstr(program, "count()")) {
			snprintf(why, whylen, "it asks for the call's %s %s, and the program counts "
				 "calls", ws->as[i - 1], ws->as[i]);
			return -1;
		}
	}
	if (size >= 0 && rate && strstr(program, "interval:")) {
		snprintf(why, whylen, "it gives a size (%s) and a rate: whether each call or the total "
			 "each second is over it is not said", ws->as[size]);
		return -1;
	}
	return 0;
}

/* "who writes and how many bytes", "total bytes written, and by whom":
 * what "who" asks is a process; a summary with no key of a task (and no
 * line per event, which shows one) never says it. */
struct who_scan {
	int unkeyed, task_keyed;
};

static int who_of(void *arg, const struct aggregation *a)
{
	static const char *const TASK[] = { "comm", "pid", "tid", "uid", "username", "cgroup",
					    NULL };
	struct who_scan *s = arg;
	if (!a->keys || !a->keys_len)
		s->unkeyed = 1;
	for (int k = 0; a->keys && TASK[k]; k++)
		s->task_keyed |= memmem(a->keys, a->keys_len, TASK[k], strlen(TASK[k])) != NULL;
	return 0;
}

/* "task priority when switching": a context switch is traced where a
 * request speaks of switching. */
static int switches_traced(const struct words *ws, const char *program, char *why,
			   size_t whylen)
{
	static const char *const SWITCH[] = { "switch", "switches", "switching", "switched",
					      "cswitch", "cswitches", NULL };
	if (!has(ws, SWITCH) || strstr(program, "sched_switch") ||
	    strstr(program, "context-switches") || strstr(program, "context_switches") ||
	    strstr(program, "software:cs"))
		return 0;
	snprintf(why, whylen, "it speaks of switching, and the program traces no context switch");
	return -1;
}

/* "count irqs": hardware interrupts, not softirqs; "disk flushes": the
 * flush requests, not every one. */
static int irqs_and_flushes_kept(const struct words *ws, const char *program, char *why,
				 size_t whylen)
{
	static const char *const IRQ[] = { "irq", "irqs", "interrupt", "interrupts",
					   "hardirq", "hardirqs", NULL };
	static const char *const SOFT[] = { "softirq", "softirqs", "soft", NULL };
	if (has(ws, IRQ) && !has(ws, SOFT) && strstr(program, "softirq") &&
	    !strstr(program, "irq_handler")) {
		snprintf(why, whylen, "it asks for interrupts, and the program counts softirqs");
		return -1;
	}
	/* an interrupt's latency is the wait before its handler runs, which
	 * no tracepoint sees; the handler's time is another thing */
	static const char *const LATENCY[] = { "latency", "latencies", "delay", "delays", NULL };
	if (has(ws, LATENCY) && (has(ws, IRQ) || has(ws, SOFT)) &&
	    (strstr(program, "irq_handler_entry") || strstr(program, "softirq_entry")) &&
	    strstr(program, "nsecs")) {
		snprintf(why, whylen, "it asks for an interrupt's latency, the wait before its "
			 "handler runs, which no tracepoint here sees; the program times the "
			 "handler (say \"how long interrupt handlers take\")");
		return -1;
	}
	static const char *const FLUSH[] = { "flush", "flushes", "flushing", "flushed", NULL };
	if (has(ws, FLUSH) && strstr(program, "block_rq") && !strstr(program, "\"F")) {
		snprintf(why, whylen, "it asks for flushes, and the program keeps every disk "
			 "request (a flush's rwbs starts with F)");
		return -1;
	}
	return 0;
}

/* At a wakeup comm and pid are the waker's, the fields the woken task's:
 * a line with both is about two tasks, unless the request asks for the
 * waker. */
static int wakeup_tasks_apart(const struct words *ws, const char *program, char *why,
			      size_t whylen)
{
	static const char *const WAKER[] = { "waker", "wakers", "by", "wakes", "woke", "waking",
					     "wake", NULL };
	if (!strstr(program, "sched_wak") || has(ws, WAKER) ||
	    (!printf_has(program, "comm") && !printf_has(program, "pid")) ||
	    !printf_has(program, "args->"))
		return 0;
	for (const char *p = strstr(program, "printf("); p; p = strstr(p + 1, "printf(")) {
		const char *end = strstr(p, ");");
		for (const char *c = p; c && (!end || c < end); c = strstr(c + 1, "comm")) {
			if (c > p && c[-1] != '>' && c[-1] != '_' && !isalnum((unsigned char)c[4])) {
				snprintf(why, whylen, "the program prints comm at a wakeup, which is the "
					 "task waking another, beside the woken task's fields");
				return -1;
			}
		}
	}
	return 0;
}

/* "retransmits to 10.20.0.15", "from 10.0.0.0/8": each byte of an IPv4
 * address named (of a network's prefix) is compared in the program, to
 * an IPv4-mapped address's byte (daddr_v6[12] on, after [10] and [11]
 * are 255). Which end it is, the reader's and planner's. */
static int addresses_kept(const struct words *ws, const char *program, char *why,
			  size_t whylen)
{
	const char *t = ws->text;
	for (const char *p = t; *p; p++) {
		if (!isdigit((unsigned char)*p) || (p > t && (isalnum((unsigned char)p[-1]) ||
							     p[-1] == '.')))
			continue;
		unsigned a[4], bits = 32;
		int used = 0;
		if (sscanf(p, "%3u.%3u.%3u.%3u%n", &a[0], &a[1], &a[2], &a[3], &used) != 4 ||
		    isalnum((unsigned char)p[used]))
			continue;
		if (p[used] == '/' && sscanf(p + used + 1, "%u", &bits) != 1)
			bits = 0;
		if (bits > 32 || bits % 8 || !bits || a[0] > 255 || a[1] > 255 || a[2] > 255 ||
		    a[3] > 255) {
			snprintf(why, whylen, "it names the address %.*s, which the program cannot "
				 "keep to byte by byte", used, p);
			return -1;
		}
		for (unsigned k = 0; k < bits / 8; k++) {
			/* (the mapped form's bytes 12 on; "== 1" is not "== 10") */
			char want[40];
			snprintf(want, sizeof(want), "addr_v6[%u] == %u", 12 + k, a[k]);
			const char *hit = strstr(program, want);
			while (hit && isdigit((unsigned char)hit[strlen(want)]))
				hit = strstr(hit + 1, want);
			if (!hit || !strstr(program, "addr_v6[10] == 255")) {
				snprintf(why, whylen, "it names the address %.*s, and the program "
					 "does not keep to it (%s)", used, p, want);
				return -1;
			}
		}
		p += used - 1;
	}
	return 0;
}

/* "running total", "cumulative", "keep counting": a program printing
 * every interval keeps its totals, never clearing them; without such
 * words, each interval's counts are its own. */
static int totals_since_start(const struct words *ws, const char *program, char *why,
			      size_t whylen)
{
	static const char *const RUNNING[] = { "total", "totals", "count", "counts", "tally",
					       "tallies", "sum", "sums", "average", "averages",
					       "histogram", "max", "min", NULL };
	static const char *const KEEP[] = { "keep", "keeps", "keeping", NULL };
	static const char *const KEPT[] = { "counting", "totals", "adding", "accumulating",
					    "counts", "count", "tally", "tallying", "histogram",
					    "histograms", "sums", "total", "average", "averages",
					    NULL };
	int said = -1;
	for (int i = 0; i < ws->n && said < 0; i++)
		if ((!strcmp(ws->w[i], "running") && i + 1 < ws->n && in(ws->w[i + 1], RUNNING)) ||
		    in(ws->w[i], (const char *const[]){ "cumulative", "cumulatively",
							"accumulated", "accumulating",
							"accumulate", "accumulates", NULL }) ||
		    (in(ws->w[i], KEEP) && i + 1 < ws->n &&
		     (in(ws->w[i + 1], KEPT) ||
		      (i + 2 < ws->n && in(ws->w[i + 1], (const char *const[]){ "the", "a",
									     NULL }) &&
		       in(ws->w[i + 2], KEPT)))))
			said = i;
	/* (within an interval's block that prints; the one that only exits
	 * is none, and an END block clears what it printed last) */
	int cleared = 0, printing = 0;
	for (const char *every = strstr(program, "interval:s:"); every;
	     every = strstr(every + 1, "interval:s:")) {
		const char *end = strchr(every, '}');
		const char *pr = strstr(every, "print(@"), *cl = strstr(every, "clear(@");
		if (pr && (!end || pr < end)) {
			printing = 1;
			cleared |= cl && (!end || cl < end);
		}
	}
	if (said >= 0 && printing && cleared) {
		snprintf(why, whylen, "it asks for totals kept (\"%s\"), and the program clears "
			 "them each interval", ws->as[said]);
		return -1;
	}
	return 0;
}

/* "kernel and user stacks", "by user stack": each kind of stack named is
 * in the program (kstack, ustack). */
static int stack_kinds_kept(const struct words *ws, const char *program, char *why,
			    size_t whylen)
{
	static const char *const STACK[] = { "stack", "stacks", "backtrace", "backtraces", NULL };
	static const char *const KERNEL[] = { "kernel", "kernel-space", "kernelspace", "kernel-mode",
					      NULL };
	static const char *const USER[] = { "user", "user-space", "userspace", "user-level",
					    "user-mode", NULL };
	for (int i = 0; i < ws->n; i++) {
		int kernel = in(ws->w[i], KERNEL), user = in(ws->w[i], USER), stack = 0;
		for (int k = i + 1; (kernel || user) && k < ws->n && k <= i + 4 && !stack; k++)
			stack = in(ws->w[k], STACK);
		if (!stack)
			continue;
		const char *need = kernel ? "kstack" : "ustack";
		if (!strstr(program, need)) {
			snprintf(why, whylen, "it asks for %s stacks (\"%s\"), and the program has "
				 "no %s", kernel ? "kernel" : "user", ws->as[i], need);
			return -1;
		}
	}
	return 0;
}

/* "show connect calls and whether they failed": every call with its
 * result, never the failures alone. */
static int whether_failed_shown(const struct words *ws, const char *program, char *why,
				size_t whylen)
{
	static const char *const IF[] = { "whether", "if", NULL };
	static const char *const WHO[] = { "they", "it", "each", "calls", "call", "those", NULL };
	static const char *const OUTCOME[] = { "failed", "fail", "fails", "succeeded", "succeed",
					       "succeeds", "worked", "work", "works", NULL };
	for (int i = 0; i + 2 < ws->n; i++) {
		if (!in(ws->w[i], IF) || !in(ws->w[i + 1], WHO) || !in(ws->w[i + 2], OUTCOME))
			continue;
		if (strstr(program, "args->ret < 0") || strstr(program, "retval < 0") ||
		    (!printf_has(program, "args->ret") && !printf_has(program, "retval"))) {
			snprintf(why, whylen, "it asks \"%s %s %s\" of every call, and the program "
				 "does not show each one's result", ws->as[i], ws->as[i + 1],
				 ws->as[i + 2]);
			return -1;
		}
	}
	return 0;
}

/* A line that says nothing: printf("\n"). */
static int lines_say_something(const struct words *ws, const char *program, char *why,
			       size_t whylen)
{
	(void)ws;
	for (const char *p = strstr(program, "printf(\""); p; p = strstr(p + 1, "printf(\"")) {
		const char *f = p + 8;
		while (*f == ' ' || *f == '\t' || (f[0] == '\\' && (f[1] == 'n' || f[1] == 't')))
			f += *f == '\\' ? 2 : 1;
		if (*f == '"') {
			snprintf(why, whylen, "the program prints empty lines");
			return -1;
		}
	}
	return 0;
}

/* A sampling rate is the request's ("at 49 Hz"), else bpftrace's usual
 * 99: never one of the program's own. */
static int sample_rate_asked(const struct words *ws, const char *program, char *why,
			     size_t whylen)
{
	for (const char *p = strstr(program, "profile:hz:"); p; p = strstr(p + 1, "profile:hz:")) {
		long hz = strtol(p + 11, NULL, 10);
		char said[24], said_hz[28];
		snprintf(said, sizeof(said), "%ld", hz);
		snprintf(said_hz, sizeof(said_hz), "%ldhz", hz);
		int asked = hz == 99;
		for (int i = 0; i < ws->n && !asked; i++) {
			asked = !strcmp(ws->w[i], said) || !strcmp(ws->w[i], said_hz);
			/* "every 5 ms": a period, 200 Hz */
			long n = strtol(ws->w[i], NULL, 10);
			const char *u = i + 1 < ws->n ? ws->w[i + 1] : "";
			long per_s = in(u, (const char *const[]){ "ms", "msec", "msecs", "millisecond",
								  "milliseconds", NULL }) ? 1000
				     : in(u, (const char *const[]){ "us", "usec", "usecs", "microsecond",
								    "microseconds", NULL }) ? 1000000
				     : 0;
			asked |= n > 0 && per_s && per_s % n == 0 && per_s / n == hz;
		}
		if (!asked) {
			snprintf(why, whylen, "the program samples at %ld Hz, a rate the request does "
				 "not give (99 Hz unless it says)", hz);
			return -1;
		}
	}
	return 0;
}

static int who_keyed(const struct words *ws, const char *program, char *why, size_t whylen)
{
	static const char *const WHO[] = { "who", "whom", "whose", "who's", NULL };
	struct who_scan s = { 0 };
	/* ("what keeps opening it", "what is writing", "what's writing") */
	int what = 0;
	for (int i = 0; i + 1 < ws->n; i++) {
		size_t l = i + 2 < ws->n ? strlen(ws->w[i + 2]) : 0;
		what |= !strcmp(ws->w[i], "what") &&
			(in(ws->w[i + 1], (const char *const[]){ "keeps", "kept", "keep", NULL }) ||
			 (in(ws->w[i + 1], (const char *const[]){ "is", "was", "has", "s", NULL }) &&
			  l > 4 && !strcmp(ws->w[i + 2] + l - 3, "ing") &&
			  !in(ws->w[i + 2], (const char *const[]){ "going", "happening", NULL })));
	}
	if ((!has(ws, WHO) && !what) || strstr(program, "printf("))
		return 0;
	scan_aggregations(program, who_of, &s);
	if (!s.unkeyed || s.task_keyed)
		return 0;
	snprintf(why, whylen, "it asks who, and the program's summary has no process in it");
	return -1;
}

/* "opens per process, plus how many of those failed": all of them and a
 * part of them, two counts; a program of one map drops one. */
static int aggregation_seen(void *arg, const struct aggregation *a)
{
	char(*names)[64] = arg;
	if (!names[0][0])
		snprintf(names[0], sizeof(names[0]), "%.*s", (int)a->name_len, a->name);
	else if (strncmp(names[0], a->name, a->name_len) || names[0][a->name_len])
		snprintf(names[1], sizeof(names[1]), "%.*s", (int)a->name_len, a->name);
	return 0;
}

static int part_counted_too(const struct words *ws, const char *program, char *why,
			    size_t whylen)
{
	static const char *const THOSE[] = { "those", "them", "these", "which", NULL };
	static const char *const PART[] = { "failed", "fail", "fails", "failing", "succeeded",
					    "succeed", "succeeds", "errored", "error", "errors",
					    "slow", "denied", "failure", "failures", NULL };
	char names[2][64] = { "", "" };
	scan_aggregations(program, aggregation_seen, names);
	if (!names[0][0] || names[1][0])
		return 0; /* no summary, or two maps */
	for (int i = 0; i + 2 < ws->n; i++) {
		if (strcmp(ws->w[i], "of") || !in(ws->w[i + 1], THOSE))
			continue;
		int part = 0;
		for (int k = i + 2; k < ws->n && k < i + 6 && !part; k++)
			part = in(ws->w[k], PART) ? k : 0;
		if (part) {
			snprintf(why, whylen, "it asks for all of them and how many \"of %s\" %s: two "
				 "counts, and the program keeps one", ws->as[i + 1], ws->as[part]);
			return -1;
		}
	}
	/* "count opens per process and how many failed", "total reads and
	 * failed reads": a count, then the failures after "and" */
	static const char *const COUNTING[] = { "count", "counts", "many", "total", "totals",
						"number", "summary", "summarize", "tally", NULL };
	static const char *const AND[] = { "and", "plus", "also", NULL };
	int counted = -1, joined = -1;
	for (int i = 0; i < ws->n; i++) {
		if (in(ws->w[i], PART)) {
			if (counted < 0 || joined < 0 || !strstr(program, "< 0"))
				return 0; /* failures named first: they are what is counted */
			snprintf(why, whylen, "it asks for a count and, after \"%s\", for how many "
				 "%s: two counts, and the program keeps only the failures",
				 ws->as[joined], ws->as[i]);
			return -1;
		}
		if (counted < 0 && in(ws->w[i], COUNTING))
			counted = i;
		else if (counted >= 0 && joined < 0 && in(ws->w[i], AND)) {
			/* "by process and errno", "and the pid": a second key */
			int j = i + 1;
			while (j < ws->n && in(ws->w[j], (const char *const[]){ "the", "their", "its",
										NULL }))
				j++;
			if (!(j < ws->n &&
			      in(ws->w[j], (const char *const[]){ "errno", "errnos", "pid", "pids",
								  "process", "comm", "tid", "user",
								  "uid", "cpu", "file", "filename",
								  "path", "signal", "port", NULL })))
				joined = i;
		}
	}
	return 0;
}

/* Whether "by"/"per" at word i, with word k after it, is kept by the
 * program somehow: a time ("per second"), a measure ("by size"), a
 * ranking ("sorted by"), the process or value kept to ("by nginx": in
 * the program), a line per event, any key of an aggregation at all, or
 * the system call traced ("bytes returned by read"). */
static int keyed_at_all(const struct words *ws, int i, int k, const char *program)
{
	static const char *const NOT_KEYS[] = {
		"second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour",
		"hours", "interval", "intervals", "ms", "s", "call", "calls", "event", "events",
		"size", "sizes", "byte", "bytes", "latency", "latencies", "duration", "durations",
		"time", "count", "counts", "number", "numbers", "total", "totals", "frequency",
		"default", "far", "itself", "themselves", "kernel", "user-space", "request",
		"requests", "invocation", "invocations", "rate", NULL
	};
	if (in(ws->w[k], NOT_KEYS) || numeric(ws->w[k]) ||
	    (i > 0 && in(ws->w[i - 1], (const char *const[]){ "sorted", "ordered", "ranked", "sort",
							      "order", "rank", "caused", "made",
							      "called", "done", "issued", "sent",
							      "triggered", "started", NULL })))
		return 1;
	/* "by redis-server": the name kept to, whole ("redis" is its first
	 * word here) */
	char quoted[48], hyphened[72];
	snprintf(quoted, sizeof(quoted), "\"%s\"", ws->as[k]);
	snprintf(hyphened, sizeof(hyphened), "\"%s-%s\"", ws->as[k],
		 k + 1 < ws->n ? ws->as[k + 1] : "");
	struct aggregation_count c = { 0 };
	scan_aggregations(program, count_aggregation, &c);
	if (strcasestr(program, quoted) || strcasestr(program, hyphened) || !c.n || c.keyed)
		return 1;
	/* the tracefs read last: only for a keyless summary */
	char call[96];
	struct bte_tp_field f[64];
	snprintf(call, sizeof(call), "tracepoint:syscalls:sys_enter_%s", ws->w[k]);
	return bte_tp_probe_fields(NULL, call, f, 64) > 0;
}

/* "count interrupts by handler": a grouping the rules before do not
 * know still needs some key (checked last: the others say more). */
static int grouped_somehow(const struct words *ws, const char *program, char *why, size_t whylen)
{
	for (int i = 0; i + 1 < ws->n; i++) {
		if (strcmp(ws->w[i], "by") && strcmp(ws->w[i], "per"))
			continue;
		int k = i + 1;
		while (k + 1 < ws->n && in(ws->w[k], MODIFIERS))
			k++;
		/* "per write call", "by each read event": per event */
		if (k + 1 < ws->n && in(ws->w[k + 1], (const char *const[]){ "call", "calls", "event",
									   "events", NULL }))
			continue;
		/* "by root": a user kept to */
		if ((!strcmp(ws->w[k], "root") && strstr(program, "uid == 0")) ||
		    user_kept(ws, k, program) || user_kept(ws, k + 1, program))
			continue;
		/* "by the process named sshd": one process kept to */
		if (k + 2 < ws->n && in(ws->w[k + 1], (const char *const[]){ "named", "called", NULL }) &&
		    strstr(program, "comm =="))
			continue;
		if (!keyed_at_all(ws, i, k, program) && !kept_to_number(ws, k + 1, program, NULL)) {
			snprintf(why, whylen, "it asks for \"%s %s\", and the program does not group "
				 "by anything", ws->as[i], ws->as[k]);
			return -1;
		}
	}
	return 0;
}

/* "time each fsync call", "the time each open takes": a time is
 * measured; "every time", "over time", "at a time" are not times. */
static int timing_kept(const struct words *ws, const char *program, char *why, size_t whylen)
{
	static const char *const NOT[] = { "every", "each", "over", "a", "same", "first", "any",
					   "real", "next", "this", "at", "one", "last", "some",
					   "what", "that", "many", NULL }; /* "how many time" */
	if (strstr(program, "nsecs") || strstr(program, "elapsed"))
		return 0;
	for (int i = 0; i < ws->n; i++) {
		if (!in(ws->w[i], (const char *const[]){ "time", "timing", "timed", "times", NULL }))
			continue;
		/* "number of times", "how many times", "3 times a second" */
		if (!strcmp(ws->w[i], "times") || (i > 0 && in(ws->w[i - 1], NOT)) ||
		    probes_syscall(program, "time") ||
		    (i + 1 < ws->n && !strcmp(ws->w[i + 1], "calls")) ||
		    (i > 0 && in(ws->w[i - 1], (const char *const[]){ "calls", "calling",
								      NULL })))
			continue;
		snprintf(why, whylen, "it asks for \"%s\", and the program measures no time",
			 ws->as[i]);
		return -1;
	}
	return 0;
}

/* "forks per second": a time between two events (nsecs - ...) that no
 * word asks for is another program (fork-to-exec latency). */
static int time_asked(const struct words *ws, const char *program, char *why, size_t whylen)
{
	static const char *const TIME[] = {
		"time",	    "times",	 "timing",   "timed",	  "long",     "longer",	  "longest",
		"slow",	    "slower",	 "slowest",  "fast",	  "faster",   "fastest",  "took",
		"take",	    "takes",	 "taking",   "taken",	  "elapsed",  "spent",	  "spend",
		"spends",   "ms",	 "us",	     "ns",	  "msec",     "usec",	  "nsec",
		"msecs",    "usecs",	 "nsecs",    "millisecond", "milliseconds", "microsecond",
		"microseconds", "nanosecond", "nanoseconds", "wait", "waits", "waiting", "waited",
		"lifetime", "lifetimes", "lived",    "live",	  "lives",    "lifespan", "age",
		"ages",	    "old",	 "blocked",  "block",	  "stall",    "stalls",	  "stalled",
		"delay",    "delays",	 "delayed",  "runtime",	  "runtimes", "off-cpu",  "queue",
		"queued",   "queueing",	 "queuing",  "response",  "responses", "speed",	  "quickly",
		"hang",	    "hangs",	 "hung",     "stuck",	  "sleep",    "sleeps",	  "sleeping",
		"slept",    "until",	 "before",   "after",	  "between",  "since",	  "last",
		"lasted",   "lasting",	 "lasts",    "idle",	  "blocking", "blocks",	  "busy",     "rtt",	  "srtt",
		"jitter",   "overhead",	 "cost",     "costs",	  "expensive", "performance",
		"lat",	    NULL
	};
	if (!strstr(program, "nsecs -") && !strstr(program, "nsecs-"))
		return 0;
	for (int i = 0; i < ws->n; i++) {
		/* "reads over 10ms": a time, by its unit after the number */
		const char *unit = ws->w[i] + strspn(ws->w[i], "0123456789.");
		if (in(ws->w[i], TIME) || starts(ws->w[i], "latenc") || starts(ws->w[i], "duration") ||
		    (unit > ws->w[i] && (in(unit, TIME) || !strcmp(unit, "s") ||
					 !strcmp(unit, "sec") || !strcmp(unit, "secs"))))
			return 0;
	}
	snprintf(why, whylen, "the program measures a time between two events, and no word of "
		 "the request asks for one");
	return -1;
}

/* "exec", "executed": the program traces an exec (execve, execveat or
 * sched_process_exec), not a fork or another call. */
static int execs_traced(const struct words *ws, const char *program, char *why, size_t whylen)
{
	static const char *const EXEC[] = { "exec", "execs", "execution", "executions", "executed",
					    "execute", "executes", "executing", "execve",
					    "execveat", NULL };
	int i = first_in(ws, EXEC);
	/* "how long does execve take": the call, not a process's life */
	int call = first_in(ws, (const char *const[]){ "execve", "execveat", NULL });
	if (call >= 0 && !strstr(program, "sys_enter_execve") &&
	    !strstr(program, "sys_exit_execve")) {
		snprintf(why, whylen, "it asks for \"%s\", and the program does not trace the "
			 "call", ws->as[call]);
		return -1;
	}
	if (i < 0 || strstr(program, "exec"))
		return 0;
	snprintf(why, whylen, "it asks for \"%s\", and the program traces no exec",
		 ws->as[i]);
	return -1;
}

/* "count file access by process": an English word that is first a noun
 * and also a call (access, time, link) is the call only when said as one. */
static int english_calls_said(const struct words *ws, const char *program, char *why,
			      size_t whylen)
{
	static const char *const ENGLISH[] = { "access", "time", "link", "select", "personality",
					       NULL };
	for (const char *const *e = ENGLISH; *e; e++) {
		if (!probes_syscall(program, *e))
			continue;
		for (int i = 0; i < ws->n; i++) {
			if (strcmp(ws->w[i], *e) && !(!strncmp(ws->w[i], *e, strlen(*e)) &&
						      !strcmp(ws->w[i] + strlen(*e), "es")))
				continue;
			int said = (i + 1 < ws->n && in(ws->w[i + 1], (const char *const[]){
							     "call", "calls", "syscall", "syscalls",
							     NULL })) ||
				   (i > 0 && in(ws->w[i - 1], (const char *const[]){
							"calls", "calling", "call", "invokes",
							"invoking", NULL })) ||
				   strstr(ws->as[i], "()") ||
				   /* "select latency", "time spent in select": its time
				    * (never access's) */
				   (!strcmp(*e, "select") &&
				    ((i + 1 < ws->n &&
				      in(ws->w[i + 1], (const char *const[]){
						 "latency", "latencies", "duration", "durations",
						 "time", "times", NULL })) ||
				     (i > 1 && !strcmp(ws->w[i - 1], "in") &&
				      in(ws->w[i - 2], (const char *const[]){
						 "spent", "spend", "spends", "blocked", "waiting",
						 NULL }))));
			if (!said) {
				snprintf(why, whylen, "it says \"%s\", an English word, and the program "
					 "traces the system call %s() (say \"%s() calls\" for it)",
					 ws->as[i], *e, *e);
				return -1;
			}
		}
	}
	return 0;
}

/* "interrupt handler names and counts", "by handler": the handler's
 * name at an interrupt; "which signals ... and how often": a count by
 * signal. */
static int handlers_and_signals_keyed(const struct words *ws, const char *program, char *why,
				      size_t whylen)
{
	if (strstr(program, "irq_handler_entry") && !strstr(program, "args->name")) {
		for (int i = 0; i + 1 < ws->n; i++)
			if ((in(ws->w[i], (const char *const[]){ "handler", "handlers", NULL }) &&
			     in(ws->w[i + 1], (const char *const[]){ "name", "names", NULL })) ||
			    (in(ws->w[i], (const char *const[]){ "by", "per", "each", "which", "what",
								  NULL }) &&
			     in(ws->w[i + 1], (const char *const[]){ "handler", "handlers", NULL }))) {
				snprintf(why, whylen, "it asks for \"%s %s\", and the program does "
					 "not show the handler's name (args->name)", ws->as[i],
					 ws->as[i + 1]);
				return -1;
			}
	}
	if (strstr(program, "printf(") || strstr(program, "->sig") ||
	    (!strstr(program, "count()") && !strstr(program, "sum(")))
		return 0;
	for (int i = 0; i + 1 < ws->n; i++)
		if (in(ws->w[i], (const char *const[]){ "which", "what", "each", NULL }) &&
		    in(ws->w[i + 1], (const char *const[]){ "signal", "signals", NULL })) {
			snprintf(why, whylen, "it asks for \"%s %s\", and the program does not "
				 "count by signal", ws->as[i], ws->as[i + 1]);
			return -1;
		}
	return 0;
}

/* "count syscalls by name": the call's name (args->id), not the
 * process's; "threads created": clones of threads (CLONE_THREAD), not
 * every new task. */
static int names_and_threads(const struct words *ws, const char *program, char *why,
			     size_t whylen)
{
	static const char *const CALLS[] = { "syscall", "syscalls", NULL };
	char *keys = aggregation_keys(program);
	int by_comm = keys && strstr(keys, "comm") && !strstr(keys, "->id");
	free(keys);
	for (int i = 1; by_comm && i < ws->n; i++)
		if (!strcmp(ws->w[i], "name") && in(ws->w[i - 1], (const char *const[]){
							"by", "per", "its", "their", NULL }) &&
		    first_in(ws, CALLS) >= 0 && first_in(ws, CALLS) < i) {
			snprintf(why, whylen, "it asks for system calls \"%s name\", and the program "
				 "counts by the process's name", ws->as[i - 1]);
			return -1;
		}
	for (int i = 0; i + 1 < ws->n; i++) {
		if (!in(ws->w[i], (const char *const[]){ "thread", "threads", NULL }))
			continue;
		int made = in(ws->w[i + 1], (const char *const[]){ "created", "spawned", "started",
								   "creation", "creations", NULL }) ||
			   (i > 0 && in(ws->w[i - 1], (const char *const[]){ "new", "create", "creates",
									     "spawn", "spawns", NULL }));
		if (made && (!strstr(program, "0x10000") || strstr(program, "!(args->clone_flags"))) {
			snprintf(why, whylen, "it asks for threads %s, and the program keeps no "
				 "CLONE_THREAD (0x10000): every new task is counted", ws->as[i + 1]);
			return -1;
		}
	}
	return 0;
}

/* "$us = $d / 1000;" and $us never read but in an assert(): what it was computed for (a
 * time asked for) was dropped on the way ("how many times is fsync
 * called and how long does it take" came out as a count alone). */
static int values_used(const struct words *ws, const char *program, char *why, size_t whylen)
{
	(void)ws;
	for (const char *p = strchr(program, '$'); p; p = strchr(p + 1, '$')) {
		size_t n = 1;
		while (isalnum((unsigned char)p[n]) || p[n] == '_')
			n++;
		const char *after = p + n;
		while (*after == ' ')
			after++;
		if (n < 2 || isdigit((unsigned char)p[1]) || after[0] != '=' || after[1] == '=')
			continue;
		int read = 0;
		for (const char *q = strchr(program, '$'); q && !read; q = strchr(q + 1, '$')) {
			if (strncmp(q, p, n) || isalnum((unsigned char)q[n]) || q[n] == '_')
				continue;
			/* an assert() of it is no use: the served program has none */
			const char *line = q;
			while (line > program && line[-1] != '\n')
				line--;
			line += strspn(line, " \t");
			if (!strncmp(line, "assert(", 7) || !strncmp(line, "assume(", 7))
				continue;
			const char *a = q + n;
			while (*a == ' ')
				a++;
			read = a[0] != '=' || a[1] == '=';
		}
		if (!read) {
			snprintf(why, whylen, "the program computes %.*s and never uses it: what it was "
				 "for is not in the output", (int)n, p);
			return -1;
		}
	}
	return 0;
}

/* "which nginx process", "each of the nginx processes", "top 5 java
 * processes": processes of one name told apart, by pid. */
static int processes_of_a_name(const struct words *ws, const char *program, char *why,
			       size_t whylen)
{
	static const char *const APART[] = { "which", "what", "each", "every", "per", "top", NULL };
	for (int i = 1; i < ws->n; i++) {
		char kept[64];
		snprintf(kept, sizeof(kept), "comm == \"%s\"", ws->w[i - 1]);
		if (!in(ws->w[i], (const char *const[]){ "process", "processes", NULL }) ||
		    !strstr(program, kept))
			continue;
		int apart = 0;
		for (int k = i - 2; k >= 0 && k >= i - 4 && !apart; k--)
			apart = in(ws->w[k], APART) || numeric(ws->w[k]);
		char *keys = map_keys(program);
		int told = (keys && (strstr(keys, "pid") || strstr(keys, "tid"))) ||
			   printf_has(program, "pid");
		free(keys);
		if (!apart || told)
			continue;
		snprintf(why, whylen, "it asks for %s's processes apart (\"%s %s\"), and the "
			 "program does not tell them apart by pid", ws->as[i - 1], ws->as[i - 1],
			 ws->as[i]);
		return -1;
	}
	return 0;
}

/* "run for 10 seconds then exit": when to stop, never the event. */
static int exit_is_when_to_stop(const struct words *ws, const char *program, char *why,
				size_t whylen)
{
	static const char *const EXIT[] = { "exit", "exits", "quit", NULL };
	if (!strstr(program, "sched_process_exit") && !strstr(program, "sys_enter_exit"))
		return 0;
	int event = 0, stop = 0;
	for (int i = 0; i < ws->n; i++) {
		if (!in(ws->w[i], EXIT) &&
		    !in(ws->w[i], (const char *const[]){ "exited", "exiting", NULL }))
			continue;
		/* (at the end of what is said: "count forks and exits per
		 * second" names two events) */
		const char *after = ws->text + ws->at[i] + strlen(ws->as[i]);
		after += strspn(after, " \t");
		int last = !*after || strchr(".,;:!)", *after) ||
			   (i + 1 < ws->n && in(ws->w[i + 1], (const char *const[]){
							"after", "when", "once", "afterwards",
							"please", "thanks", NULL }));
		/* ("show bash forks and exits": a noun; "..., then exits",
		 * "for 10 seconds and exits": said of the trace) */
		static const char *const TIMES[] = { "second", "seconds", "secs", "sec", "s",
						     "minute", "minutes", "min", "mins", "m",
						     "hour", "hours", "h", "ms", NULL };
		int noun = !strcmp(ws->w[i], "exits") && i > 1 && strcmp(ws->w[i - 1], "then") &&
			   !in(ws->w[i - 2], TIMES);
		int tail = i > 0 && in(ws->w[i], EXIT) && last && !noun &&
			   in(ws->w[i - 1], (const char *const[]){ "then", "and", NULL });
		stop |= tail;
		event |= !tail;
	}
	if (!stop || event)
		return 0;
	snprintf(why, whylen, "its \"then exit\" is when to stop tracing, and the program traces "
		 "processes exiting");
	return -1;
}

/* "what is eating the cpu": which task, never a bare count of samples */
static int samples_of_whom(const struct words *ws, const char *program, char *why,
			   size_t whylen)
{
	if (strncmp(program, "profile:", 8) && !strstr(program, "\nprofile:"))
		return 0;
	int i = first_in(ws, (const char *const[]){ "who", "what", "which", "whom", NULL });
	char *keys = map_keys(program);
	int keyed = keys && *keys;
	free(keys);
	if (i < 0 || keyed || strstr(program, "printf("))
		return 0;
	snprintf(why, whylen, "it asks %s, and the program counts samples with nothing to tell "
		 "them apart (by process, by stack)", ws->as[i]);
	return -1;
}

static int (*const RULES[])(const struct words *, const char *, char *, size_t) = {
	groupings_kept, bytes_measured,	  filename_kept, sums_successes, target_not_actor,
	sizes_passed,
	events_traced,	subsystems_asked, not_a_wrapper, comm_not_number, read_sizes,
	tops_kept,	errnos_kept,	  outputs_kept,	 comm_is_name,	 syscalls_named,
	parent_not_comm, named_process_kept, amounts_summed, senders_traced, duration_kept,
	called_kept, disks_traced, open_modes_kept, signal_zero_kept, named_calls_traced,
	fields_shown, syscall_shown, softirq_no_task, thresholds_kept,
	switched_in, whole_units, ids_shown, sender_pid_shown, child_name_shown, extremes_kept, rate_kept, hardware_here, signals_whole,
	line_read_shown, which_counted, time_measured, disk_latency_complete, intervals_kept,
	commands_shown, uprobe_comm_invented, block_requests, groupings_asked, fault_sides,
	cgroup_kept, libc_function_probed, size_units, return_shown, stacks_and_user_faults,
	whole_units_inline, at_variants_kept, histogram_typos, samples_counted, event_words_asked,
	futex_waits, signal_receivers, keys_not_fixed, errors_shown, uprobe_arguments_shown,
	stacks_shown, syscall_names_shown, bounds_inclusive, windows_not_bounds, units_shown,
	unit_kept, listed_calls_traced, each_call_shown, total_time_summed, destination_shown,
	slow_said, paths_kept, disks_kept, ranking_aggregated, sized_calls_named, deliver_not_sender,
	killed_not_every_signal, forked_shown, handlers_asked, lasting_kept, each_call_traced,
	count_of_each, top_syscalls_keyed, endings_kept, exit_not_return, tcp_states_kept,
	target_pid_not_sender, slow_calls_printed, calls_counted, rates_per_second, files_ranked,
	files_read_or_written, libc_calls_probed, merges_asked, exec_program_named,
	call_commands_shown, who_keyed, target_asked, network_words_kept, both_variants_probed,
	what_shown, sizes_read, stack_kinds_kept, totals_since_start, addresses_kept,
	whether_failed_shown,
	lines_say_something,
	sample_rate_asked, switches_traced, irqs_and_flushes_kept, wakeup_tasks_apart,
	timing_kept, execs_traced, english_calls_said, handlers_and_signals_keyed, names_and_threads,
	part_counted_too, grouped_somehow, time_asked, divided_not_bytes, values_used,
	exec_name_said, idle_not_root, cpu_shown, processes_of_a_name, exit_is_when_to_stop,
	samples_of_whom, users_kept,
};

int intent_check(const char *request, char **program, FILE *changes, char *why, size_t whylen)
{
	struct words *ws = malloc(sizeof(*ws));
	if (!ws) {
		snprintf(why, whylen, "out of memory");
		return -1;
	}
	ws->text = request;
	split(request, ws);
	int status = untopped(ws, program, changes);
	if (!status)
		status = processes_kept(ws, program, changes);
	for (size_t r = 0; !status && r < sizeof(RULES) / sizeof(RULES[0]); r++)
		status = RULES[r](ws, *program, why, whylen);
	free(ws);
	return status;
}
