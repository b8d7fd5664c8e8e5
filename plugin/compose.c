/* SPDX-License-Identifier: Apache-2.0 */
#define _GNU_SOURCE
#include "compose.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tracepoints.h"
#include "inject.h"

#define MAX_FIELDS 48
#define MAX_FILTERS 8

/* --- the event ------------------------------------------------------------ */

struct field {
	char name[64];
	char type[128];
};

struct event {
	char probes[512];    /* the attach points of the block that acts */
	char start[512];     /* a duration: the block that starts it, "" if none */
	char k_start[96];    /* its start key at `start` (tid) and at `probes` */
	char k_end[96];
	int syscall;         /* sys_enter_X / sys_exit_X, made from the name */
	int ret_probe;       /* uretprobe: retval is the return value */
	struct field f[MAX_FIELDS]; /* the fields at `probes` (a tracepoint) */
	int nf;
	char value[128];     /* the example's measure that is not a duration, "" */
	char comm[32];       /* what the example tests or keys as the process */
	char keys[3][96];    /* the example's map keys */
	int nkeys;
	char key_word[16];   /* the example's grouping, as its request says it */
	char printed_str[96]; /* the one string the example prints (str(arg0)), "" */
	const char *request; /* the example's request */
	char *words[64];     /* index terms that name the event */
	int nwords;
};

static void event_free(struct event *e)
{
	for (int i = 0; i < e->nwords; i++)
		free(e->words[i]);
	e->nwords = 0;
}

static void add_words(struct event *e, const char *text)
{
	char *copy = strdup(text);
	if (!copy)
		return;
	for (char *c = copy; *c; c++)
		if (*c == '_' || *c == '/' || *c == '.' || *c == ':' || *c == ',')
			*c = ' ';
	char *t[32];
	int n = retrieval_tokenize(copy, t, 32);
	n += retrieval_tokenize(text, t + n, 32 - n);
	for (int i = 0; i < n; i++) {
		if (e->nwords < 64)
			e->words[e->nwords++] = t[i];
		else
			free(t[i]);
	}
	free(copy);
}

static int event_has_word(const struct event *e, const char *t)
{
	for (int i = 0; i < e->nwords; i++)
		if (!strcmp(e->words[i], t))
			return 1;
	return 0;
}

static const struct field *field_of(const struct event *e, const char *name)
{
	for (int i = 0; i < e->nf; i++)
		if (!strcmp(e->f[i].name, name))
			return &e->f[i];
	return NULL;
}

/* The fields of a tracepoint from its tracefs format; with several attach
 * points, the ones they all have. */
static void load_fields(struct event *e)
{
	e->nf = 0;
	char *list = strdup(e->probes);
	if (!list)
		return;
	int first = 1;
	for (char *save = NULL, *p = strtok_r(list, ", \n\t", &save); p;
	     p = strtok_r(NULL, ", \n\t", &save)) {
		if (strncmp(p, "tracepoint:", 11)) {
			e->nf = 0;
			break;
		}
		struct bte_tp_field tf[MAX_FIELDS];
		int nt = bte_tp_probe_fields(NULL, p, tf, MAX_FIELDS);
		struct field got[MAX_FIELDS];
		int ng = 0;
		for (int i = 0; i < nt; i++, ng++) {
			snprintf(got[ng].name, sizeof(got[ng].name), "%s", tf[i].name);
			snprintf(got[ng].type, sizeof(got[ng].type), "%s", tf[i].type);
		}
		if (first) {
			memcpy(e->f, got, sizeof(got[0]) * (size_t)ng);
			e->nf = ng;
			first = 0;
		} else {
			int k = 0;
			for (int i = 0; i < e->nf; i++) {
				int have = 0;
				for (int j = 0; j < ng; j++)
					have |= !strcmp(got[j].name, e->f[i].name);
				if (have)
					e->f[k++] = e->f[i];
			}
			e->nf = k;
		}
	}
	free(list);
}

struct block_text {
	char header[512];
	char pred[256];
	char body[2048];
	int special;
};

struct blocks {
	const char *program;
	struct block_text b[6];
	int n;
	int too_many;
};

static int take_block(void *arg, const struct probe_block *pb)
{
	struct blocks *bs = arg;
	if (bs->n == 6) {
		bs->too_many = 1;
		return 1;
	}
	struct block_text *b = &bs->b[bs->n++];
	memset(b, 0, sizeof(*b));
	b->special = is_special(pb->header, pb->header_len);
	/* the predicate starts at a '/' after a blank (not uprobe:/bin/...) */
	size_t pred_at = pb->header_len;
	for (size_t i = 1; i < pb->header_len; i++)
		if (pb->header[i] == '/' && isspace((unsigned char)pb->header[i - 1])) {
			pred_at = i;
			break;
		}
	size_t hl = pred_at;
	while (hl && isspace((unsigned char)pb->header[hl - 1]))
		hl--;
	snprintf(b->header, sizeof(b->header), "%.*s", (int)hl, pb->header);
	if (pred_at < pb->header_len) {
		const char *p = pb->header + pred_at + 1;
		const char *end = pb->header + pb->header_len;
		while (end > p && end[-1] != '/')
			end--;
		if (end > p)
			snprintf(b->pred, sizeof(b->pred), "%.*s", (int)(end - 1 - p), p);
	}
	snprintf(b->body, sizeof(b->body), "%.*s", (int)(pb->close - pb->open - 1),
		 bs->program + pb->open + 1);
	return 0;
}

/* The expression inside the parentheses that start at `open`. */
static void paren_arg(const char *open, char *out, size_t len)
{
	int depth = 0;
	const char *p = open;
	for (; *p; p++) {
		if (*p == '(')
			depth++;
		else if (*p == ')' && --depth == 0)
			break;
		else if (*p == ',' && depth == 1)
			break;
	}
	snprintf(out, len, "%.*s", (int)(p - open - 1), open + 1);
}

/* The key inside the brackets that start at `open`: @start[KEY]. */
static void bracket_arg(const char *open, char *out, size_t len)
{
	int depth = 0;
	const char *p = open;
	for (; *p; p++)
		if (*p == '[')
			depth++;
		else if (*p == ']' && --depth == 0)
			break;
	snprintf(out, len, "%.*s", (int)(p - open - 1), open + 1);
}

/* `$x` resolved to what the body assigns it ("$x = EXPR;"). */
static void resolve_var(const char *body, char *expr, size_t len)
{
	for (int round = 0; round < 3 && expr[0] == '$'; round++) {
		char pat[160];
		snprintf(pat, sizeof(pat), "%s = ", expr);
		const char *at = strstr(body, pat);
		if (!at)
			return;
		at += strlen(pat);
		size_t n = strcspn(at, ";\n");
		snprintf(expr, len, "%.*s", (int)n, at);
	}
}

/* The example's measure (not a duration), its process expression and
 * map keys. */
static void read_example(const char *body, const char *pred, struct event *e)
{
	static const char *const aggs[] = { "sum(", "avg(", "hist(", "lhist(", "min(", "max(",
					    "stats(", NULL };
	for (int i = 0; aggs[i] && !e->value[0]; i++) {
		const char *at = strstr(body, aggs[i]);
		if (at && (at == body || !isalnum((unsigned char)at[-1]))) {
			paren_arg(at + strlen(aggs[i]) - 1, e->value, sizeof(e->value));
			resolve_var(body, e->value, sizeof(e->value));
		}
	}
	if (!e->value[0] && pred[0]) {
		/* a threshold: "arg0 > 1048576" */
		const char *op = strpbrk(pred, "<>");
		if (op && isdigit((unsigned char)op[1 + (op[1] == '=') + (op[1 + (op[1] == '=')] == ' ')])) {
			size_t n = (size_t)(op - pred);
			while (n && pred[n - 1] == ' ')
				n--;
			snprintf(e->value, sizeof(e->value), "%.*s", (int)n, pred);
		}
	}
	if (strstr(e->value, "nsecs") || strchr(e->value, '$') || strchr(e->value, '@') ||
	    strstr(e->value, "&&") || strstr(e->value, "||"))
		e->value[0] = '\0';
	char both[2400];
	snprintf(both, sizeof(both), "%s %s", pred, body);
	static const char *const comms[] = { "args->next_comm", "args->parent_comm",
					     "args->child_comm", "args->comm", "comm", NULL };
	for (int i = 0; comms[i] && !e->comm[0]; i++) {
		const char *at = strstr(both, comms[i]);
		while (at && at > both && (isalnum((unsigned char)at[-1]) || at[-1] == '_' ||
					   at[-1] == '>'))
			at = strstr(at + 1, comms[i]);
		if (at)
			snprintf(e->comm, sizeof(e->comm), "%s", comms[i]);
	}
	const char *pf = strstr(body, "printf(");
	const char *s1 = pf ? strstr(pf, "str(") : NULL;
	if (s1 && !strstr(s1 + 4, "str(")) {
		char inner[80];
		paren_arg(s1 + 3, inner, sizeof(inner));
		snprintf(e->printed_str, sizeof(e->printed_str), "str(%s)", inner);
	}
	const char *m = strchr(body, '@');
	for (; m && !e->nkeys; m = strchr(m + 1, '@')) {
		const char *q = m + 1;
		while (isalnum((unsigned char)*q) || *q == '_')
			q++;
		if (*q != '[')
			continue;
		const char *close = q;
		int depth = 0;
		for (; *close; close++) {
			if (*close == '[' || *close == '(')
				depth++;
			else if ((*close == ']' || *close == ')') && --depth == 0)
				break;
		}
		const char *after = close + (*close ? 1 : 0);
		while (*after == ' ')
			after++;
		if (*after != '=' || after[1] == '=' || !strpbrk(after, "(") ||
		    strstr(after, "nsecs") == after + 2)
			continue;
		char keys[256];
		snprintf(keys, sizeof(keys), "%.*s", (int)(close - q - 1), q + 1);
		for (char *s2 = NULL, *k = strtok_r(keys, ",", &s2); k && e->nkeys < 3;
		     k = strtok_r(NULL, ",", &s2)) {
			while (*k == ' ')
				k++;
			snprintf(e->keys[e->nkeys++], sizeof(e->keys[0]), "%s", k);
		}
	}
}

/* Whether every filter of the example is one composition drops and
 * makes again from the request: a process, a pid, a threshold on its
 * measure, the sign of a return value, bookkeeping. Then the words of
 * its request name its event; if not, only its probes do. */
static int filters_removable(const char *pred, const char *body, const struct event *e)
{
	char all[2400];
	snprintf(all, sizeof(all), "%s", pred);
	/* the conditions of ifs in the body too */
	for (const char *p = strstr(body, "if ("); p; p = strstr(p + 1, "if (")) {
		char cond[256];
		paren_arg(p + 3, cond, sizeof(cond));
		size_t n = strlen(all);
		snprintf(all + n, sizeof(all) - n, " && %s", cond);
	}
	for (char *save = NULL, *atom = strtok_r(all, "&|", &save); atom;
	     atom = strtok_r(NULL, "&|", &save)) {
		while (*atom == ' ' || *atom == '(')
			atom++;
		const char *op = strpbrk(atom, "<>=!");
		if (!op || !*atom)
			continue;
		char lhs[128];
		snprintf(lhs, sizeof(lhs), "%.*s", (int)(op - atom), atom);
		const char *rhs = op + strspn(op, "<>=! ");
		if (strstr(lhs, "comm") || strchr(lhs, '@') || strchr(lhs, '$') ||
		    !strcmp(lhs, "pid ") || strstr(lhs, "ret") ||
		    (e->value[0] && strstr(lhs, e->value) && isdigit((unsigned char)*rhs)))
			continue;
		return 0;
	}
	return 1;
}

/* The event of example `ex`: its one acting block, or the two blocks of
 * a duration (one stores nsecs under a key, the other reads it). */
static int event_of_example(const struct example *ex, struct event *e, const char **why)
{
	struct blocks bs = { .program = ex->program };
	scan_probe_blocks(ex->program, take_block, &bs);
	int act[6], na = 0;
	for (int i = 0; i < bs.n; i++)
		if (!bs.b[i].special)
			act[na++] = i;
	if (bs.too_many || na == 0 || na > 2) {
		*why = "the nearest example's event is more than one or two probes";
		return -1;
	}
	const struct block_text *last = &bs.b[act[na - 1]];
	if (na == 2) {
		const struct block_text *first = &bs.b[act[0]];
		const char *at = strchr(first->body, '@');
		char name[48] = "";
		if (at)
			sscanf(at + 1, "%47[A-Za-z0-9_]", name);
		const char *open = at ? at + 1 + strlen(name) : NULL;
		if (!name[0] || !open || *open != '[' || !strstr(first->body, "= nsecs")) {
			*why = "the nearest example's two probes are not a start and an end";
			return -1;
		}
		char pat[64];
		snprintf(pat, sizeof(pat), "@%s[", name);
		char both[2400];
		snprintf(both, sizeof(both), "%s %s", last->pred, last->body);
		const char *at2 = strstr(both, pat);
		if (!at2) {
			*why = "the nearest example's two probes are not a start and an end";
			return -1;
		}
		bracket_arg(at2 + strlen(pat) - 1, e->k_end, sizeof(e->k_end));
		bracket_arg(open, e->k_start, sizeof(e->k_start));
		snprintf(e->start, sizeof(e->start), "%s", first->header);
		if (strcmp(e->k_start, "tid") && strcmp(e->k_start, "pid")) {
			*why = "the nearest example's duration is not of one task";
			return -1;
		}
	}
	snprintf(e->probes, sizeof(e->probes), "%s", last->header);
	if (strncmp(e->probes, "tracepoint:", 11) && strncmp(e->probes, "uprobe:", 7) &&
	    strncmp(e->probes, "uretprobe:", 10) && strncmp(e->probes, "software:", 9) &&
	    strncmp(e->probes, "hardware:", 9) && strncmp(e->probes, "profile:", 8)) {
		*why = "the nearest example's probes are not ones it composes on";
		return -1;
	}
	e->request = ex->request;
	e->ret_probe = !strncmp(e->probes, "uretprobe:", 10);
	read_example(last->body, last->pred, e);
	load_fields(e);
	add_words(e, e->probes);
	add_words(e, e->start);
	int removable = 1;
	for (int i = 0; i < na; i++)
		removable &= filters_removable(bs.b[act[i]].pred, bs.b[act[i]].body, e);
	if (removable)
		add_words(e, ex->request);
	/* what the example groups by: "per host", "by errno" */
	struct word w[MAX_TOKENS];
	int n = split_words(ex->request, w, MAX_TOKENS);
	for (int i = 0; i + 1 < n && !e->key_word[0]; i++)
		if ((!strcmp(w[i].text, "by") || !strcmp(w[i].text, "per")) &&
		    isalpha((unsigned char)w[i + 1].text[0]))
			snprintf(e->key_word, sizeof(e->key_word), "%s", w[i + 1].text);
	return 0;
}

/* The event of a system call the request names: sys_exit_X when it acts
 * on the result, else sys_enter_X; both for a duration. */
static int event_of_syscall(const char *name, int at_exit, int duration, struct event *e)
{
	snprintf(e->probes, sizeof(e->probes), "tracepoint:syscalls:sys_%s_%s",
		 at_exit || duration ? "exit" : "enter", name);
	if (duration) {
		snprintf(e->start, sizeof(e->start), "tracepoint:syscalls:sys_enter_%s", name);
		snprintf(e->k_start, sizeof(e->k_start), "tid");
		snprintf(e->k_end, sizeof(e->k_end), "tid");
	}
	e->syscall = 1;
	load_fields(e);
	if (!e->nf)
		return -1;
	add_words(e, e->probes);
	add_words(e, "syscall");
	return 0;
}

/* --- what the request asks of it ------------------------------------------ */

static const struct { const char *word; int number; } ERRNOS[] = {
	{ "eperm", 1 }, { "enoent", 2 }, { "eintr", 4 }, { "eio", 5 }, { "ebadf", 9 },
	{ "eagain", 11 }, { "ewouldblock", 11 }, { "enomem", 12 }, { "eacces", 13 },
	{ "eexist", 17 }, { "enotdir", 20 }, { "eisdir", 21 }, { "einval", 22 }, { "emfile", 24 },
	{ "enospc", 28 }, { "epipe", 32 }, { "econnreset", 104 }, { "etimedout", 110 },
	{ "econnrefused", 111 }, { NULL, 0 },
};
/* include/net/tcp_states.h */
static const struct { const char *word; int number; } TCP_STATES[] = {
	{ "establish", 1 }, { "established", 1 }, { "syn_sent", 2 }, { "syn_recv", 3 },
	{ "fin_wait1", 4 }, { "fin_wait2", 5 }, { "time_wait", 6 }, { "close_wait", 8 },
	{ "last_ack", 9 }, { "listen", 10 }, { NULL, 0 },
};
/* include/linux/interrupt.h */
static const char *const SOFTIRQS[] = { "hi", "timer", "net_tx", "net_rx", "block",
					"irq_poll", "tasklet", "sched", "hrtimer", "rcu", NULL };

struct filter {
	char cond[160];
	char message[96];
	int at_start; /* a duration's filter on the task: where it starts */
};

struct plan {
	enum { M_NONE, M_BYTES, M_TIME } measure;
	char value[160];      /* the measure's expression ($v for a duration) */
	char value_name[24];  /* bytes, us, ms */
	long unit;            /* a duration: nanoseconds per output unit */
	struct filter filters[MAX_FILTERS];
	int nfilters;
	char duration_if[160]; /* a threshold on a duration: an if in the body */
	char duration_msg[96];
	unsigned agg;         /* one AGG_* each, or several (min, max, avg) */
	char keys[3][96];
	int nkeys;
	long lhist[3];        /* min, max, step */
	char printed[6][160]; /* each event: the fields printed beside comm and pid */
	char printed_fmt[6][32];
	int nprinted;
	const char *used[MAX_TOKENS]; /* terms the plan accounts for */
	int nused;
};

static void use(struct plan *p, const char *term)
{
	if (p->nused < MAX_TOKENS)
		p->used[p->nused++] = term;
}

static int used(const struct plan *p, const char *term)
{
	for (int i = 0; i < p->nused; i++)
		if (!strcmp(p->used[i], term))
			return 1;
	return 0;
}

static int add_cond(struct plan *p, int at_start, const char *message, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static int add_cond(struct plan *p, int at_start, const char *message, const char *fmt, ...)
{
	if (p->nfilters == MAX_FILTERS)
		return -1;
	struct filter *f = &p->filters[p->nfilters++];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(f->cond, sizeof(f->cond), fmt, ap);
	va_end(ap);
	snprintf(f->message, sizeof(f->message), "%s", message);
	f->at_start = at_start;
	return 0;
}

/* The request's index term for one of its words ("econnrefused" is
 * "econnrefus"), as the frame holds it, or "" when it has none. */
static const char *plan_term(const struct frame *q, const char *word)
{
	char *t[2];
	const char *found = "";
	int n = retrieval_tokenize(word, t, 1);
	for (int i = 0; n && i < q->n_terms; i++)
		if (!strcmp(q->terms[i], t[0]))
			found = q->terms[i];
	if (n)
		free(t[0]);
	return found;
}

/* A system call's exit: args->ret is its result. */
static int at_syscall_exit(const struct event *e)
{
	return e->syscall && strstr(e->probes, "sys_exit_") != NULL;
}

static int has_word(const struct word *w, int n, const char *x)
{
	for (int i = 0; i < n; i++)
		if (!strcmp(w[i].text, x))
			return 1;
	return 0;
}

/* A field holding bytes: what a request means by size. */
static const char *bytes_field(const struct event *e)
{
	static const char *const names[] = { "bytes", "bytes_req", "len", "count", "size", NULL };
	for (int i = 0; names[i]; i++) {
		const struct field *f = field_of(e, names[i]);
		if (f && !strchr(f->type, '*') && !strstr(f->type, "[]"))
			return names[i];
	}
	return NULL;
}

static int syscall_among(const char *probes, const char *const *names)
{
	for (int i = 0; names[i]; i++) {
		const char *at = strstr(probes, names[i]);
		if (at && (at[strlen(names[i])] == '\0' || at[strlen(names[i])] == ','))
			return 1;
	}
	return 0;
}

/* A system call that returns the bytes it read. */
static int read_type(const char *probes)
{
	return syscall_among(probes, (const char *const[]){ "_read", "_pread64", "_readv",
							     "_recvfrom", "_recvmsg", "_preadv",
							     NULL });
}

/* One that returns the bytes it moved, either way: at its exit, the
 * bytes are its return value when positive (negative: an errno). */
static int transfer_type(const char *probes)
{
	return read_type(probes) ||
	       syscall_among(probes, (const char *const[]){ "_write", "_pwrite64", "_writev",
							     "_pwritev", "_sendto", "_sendmsg",
							     NULL });
}

/* The expression of one grouping word on this event, or NULL. */
static const char *key_expr(const struct event *e, const char *word, const struct word *w, int n,
			    struct plan *p, char *buf, size_t len)
{
	const char *k = key_class(word);
	if (!strcmp(k, "comm")) {
		/* an event about another task (a signal's target, the task
		 * woken, the next one): the request says which it means by
		 * receiving ("what signals does redis get"), else the example */
		int other = (field_of(e, "comm") && field_of(e, "pid")) || field_of(e, "next_comm") ||
			    field_of(e, "parent_comm");
		if (!other)
			return "comm";
		int receiving = 0;
		for (int i = 0; i < n; i++)
			receiving |= in_list((const char *const[]){ "get", "gets", "getting", "got",
					     "receive", "receives", "received", "recieve", "recieves",
					     "receiving", NULL }, w[i].text);
		const struct field *own = field_of(e, "comm");
		if (own && strstr(own->type, "__data_loc"))
			return NULL; /* a string bpftrace 0.17 reads as a number */
		if (receiving && own && field_of(e, "pid")) {
			use(p, "recv");
			return "args->comm";
		}
		return e->comm[0] ? e->comm : NULL;
	}
	if (!strcmp(k, "pid"))
		return field_of(e, "pid") || field_of(e, "next_pid") ? NULL : "pid";
	if (!strcmp(k, "tid"))
		return "tid";
	if (!strcmp(k, "cpu"))
		return "cpu";
	if (!strcmp(k, "uid"))
		return "uid";
	if (!strcmp(k, "dev") && field_of(e, "dev"))
		return "args->dev";
	if (!strcmp(k, "sig") && field_of(e, "sig"))
		return "args->sig";
	if (!strcmp(k, "number") && field_of(e, "sig"))
		return "args->sig";
	if (!strcmp(k, "errno")) {
		if (field_of(e, "error"))
			return "args->error";
		if (at_syscall_exit(e)) {
			add_cond(p, 0, "a failed call", "args->ret < 0");
			return "-args->ret";
		}
		return NULL;
	}
	if (!strcmp(k, "port")) {
		int remote = has_word(w, n, "remote") || has_word(w, n, "destination") ||
			     has_word(w, n, "dest");
		int local = has_word(w, n, "local") || has_word(w, n, "source");
		if (remote == local)
			return NULL;
		const char *f = remote ? "dport" : "sport";
		if (!field_of(e, f))
			return NULL;
		snprintf(buf, len, "args->%s", f);
		return buf;
	}
	if (!strcmp(k, "file")) {
		for (int i = 0; i < 2; i++) {
			const char *f = i ? "pathname" : "filename";
			if (field_of(e, f)) {
				snprintf(buf, len, "str(args->%s)", f);
				return buf;
			}
		}
		return NULL;
	}
	/* the example groups by the same: its key */
	if (e->nkeys == 1 && e->key_word[0] && !strcmp(key_class(e->key_word), k))
		return e->keys[0];
	/* the example prints one string and its request names it: "which
	 * hostnames" prints str(arg0), a key "per host" */
	if (e->printed_str[0] && e->request && strlen(word) >= 4) {
		struct word ew[MAX_TOKENS];
		int en = split_words(e->request, ew, MAX_TOKENS);
		for (int i = 0; i < en; i++)
			if (!strncmp(ew[i].text, word, strlen(word)))
				return e->printed_str;
	}
	return NULL;
}

/* Numbers of a linear histogram: "buckets of 128 up to 1024", "4 KB
 * buckets from 0 to 64 KB", "linear buckets of 50000 up to half a
 * million". */
static int lhist_numbers(const struct word *w, int n, long out[3])
{
	long step = -1, lo = 0, hi = -1;
	for (int i = 0; i < n; i++) {
		long v;
		const char *suffix;
		long scale = 1;
		int at = i;
		if (!strcmp(w[i].text, "half") && i + 2 < n && !strcmp(w[i + 1].text, "a") &&
		    !strcmp(w[i + 2].text, "million")) {
			v = 500000;
			at = i + 2;
		} else if (is_number(w[i].text, &v, &suffix)) {
			const struct unit *u = *suffix ? find_unit(suffix) : NULL;
			if (*suffix && !u)
				return -1;
			if (!u && i + 1 < n && (u = find_unit(w[i + 1].text)) != NULL)
				at = i + 1;
			if (u && u->q != Q_BYTES)
				return -1;
			scale = u ? u->scale : 1;
			if (at + 1 < n && !strcmp(w[at + 1].text, "million"))
				scale *= 1000000, at++;
			v *= scale;
		} else {
			continue;
		}
		const char *prev = i ? w[i - 1].text : "";
		const char *next = at + 1 < n ? w[at + 1].text : "";
		if (!strcmp(next, "buckets") || !strcmp(next, "bucket") || !strcmp(prev, "of") ||
		    !strcmp(next, "byte"))
			step = v;
		else if (!strcmp(prev, "from"))
			lo = v;
		else if (!strcmp(prev, "to") || !strcmp(prev, "max") || !strcmp(prev, "until"))
			hi = v;
		else
			return -1;
		i = at;
	}
	if (step <= 0 || hi <= lo || (hi - lo) / step > 1000)
		return -1;
	out[0] = lo;
	out[1] = hi;
	out[2] = step;
	return 0;
}

static const char *unit_name(long unit)
{
	return unit == 1 ? "ns" : unit == 1000 ? "us" : unit == 1000000 ? "ms" : "s";
}

/* Whether the request names the event by a word of its own name
 * (sched_process_exit: "exit"; block_rq_issue: "disk", even as what it
 * groups by), or by the signal it carries. */
static int event_named(const struct event *e, const struct frame *q)
{
	if (q->signal && field_of(e, "sig"))
		return 1;
	if (strchr(e->probes, ','))
		return 0;
	const char *name = strrchr(e->probes, ':');
	if (!name || strncmp(e->probes, "tracepoint:", 11))
		return 0;
	char words[128];
	/* sys_enter_exit_group: the call's name, exit_group */
	const char *call = !strncmp(e->probes, "tracepoint:syscalls:sys_enter_", 30) ? e->probes + 30
			   : !strncmp(e->probes, "tracepoint:syscalls:sys_exit_", 29) ? e->probes + 29
											: name + 1;
	snprintf(words, sizeof(words), "%s", call);
	for (char *c = words; *c; c++)
		if (*c == '_')
			*c = ' ';
	char *t[16], *g[2];
	int n = retrieval_tokenize(words, t, 16);
	int ng = q->group ? retrieval_tokenize(q->group_key, g, 1) : 0;
	int named = 0;
	for (int i = 0; i < n; i++) {
		named |= frame_has(q, t[i]) || (ng && !strcmp(g[0], t[i]));
		free(t[i]);
	}
	if (ng)
		free(g[0]);
	return named;
}

/* Whether the request asks for how long something takes. */
static int wants_duration(const struct frame *q, const char *request)
{
	/* "blocking", "blocked for": waiting; "block I/O", "disk": not */
	struct word w[MAX_TOKENS];
	int n = split_words(request, w, MAX_TOKENS), blocking = 0;
	for (int i = 0; i < n; i++)
		blocking |= !strcmp(w[i].text, "blocking") || !strcmp(w[i].text, "blocked") ||
			    (!strcmp(w[i].text, "block") && i + 1 < n && !strcmp(w[i + 1].text, "for"));
	int duration = frame_has(q, "latency") || blocking || frame_has(q, "wait");
	for (int i = 0; i < q->n_slots; i++)
		duration |= q->slots[i].kind == SLOT_THRESHOLD && q->slots[i].q == Q_TIME &&
			    q->slots[i].dir;
	return duration;
}

/* Fills the plan from the request, or says why it cannot. */
static int plan_request(const struct event *e, const char *request, const struct frame *q,
			struct plan *p, const char **why, char *whybuf, size_t whylen)
{
	struct word w[MAX_TOKENS];
	int n = split_words(request, w, MAX_TOKENS);
	memset(p, 0, sizeof(*p));
	int pair = e->start[0] != '\0';
	int time_slot = -1, bytes_slot = -1, port_value = -1;
	for (int i = 0; i < q->n_slots; i++) {
		if (q->slots[i].kind != SLOT_THRESHOLD)
			continue;
		if (q->slots[i].q == Q_TIME && q->slots[i].dir)
			time_slot = i;
		else if (q->slots[i].q == Q_BYTES && q->slots[i].dir)
			bytes_slot = i;
	}
	for (int i = 1; i < n; i++) {
		long v;
		const char *suffix;
		if (!strcmp(w[i - 1].text, "port") && is_number(w[i].text, &v, &suffix) && !*suffix)
			port_value = (int)v;
	}
	/* the measure */
	if (wants_duration(q, request)) {
		if (!pair) {
			*why = "it asks for a duration and the nearest event is one probe";
			return -1;
		}
		p->measure = M_TIME;
		/* the unit asked for, else the threshold's (a quarter second in
		 * ms), else microseconds */
		long scale = time_slot >= 0 ? q->slots[time_slot].scale : 1000;
		p->unit = q->out_unit ? q->out_unit : scale >= 1000000 ? 1000000 : scale >= 1000 ? 1000 : 1;
		if (p->unit != 1 && p->unit != 1000 && p->unit != 1000000 && p->unit != 1000000000) {
			*why = "it asks for a duration in a unit it does not print (ns, us, ms or s)";
			return -1;
		}
		snprintf(p->value_name, sizeof(p->value_name), "%s", unit_name(p->unit));
		snprintf(p->value, sizeof(p->value), "$%s", p->value_name);
		use(p, "latency");
		use(p, "wait");
		use(p, "block");
		if (time_slot >= 0) {
			const struct slot *s = &q->slots[time_slot];
			snprintf(p->duration_if, sizeof(p->duration_if), "$d %s %ld",
				 s->dir > 0 ? ">" : "<", s->value * s->scale);
			snprintf(p->duration_msg, sizeof(p->duration_msg), "%s %s",
				 s->dir > 0 ? "over" : "under", s->phrase);
		}
	} else if (frame_has(q, "byte") || frame_has(q, "payload") || bytes_slot >= 0 ||
		   frame_has(q, "histogram") ||
		   (q->n_asks && !(q->asks[0] & AGG_COUNT))) {
		const char *f = NULL;
		/* an example's event too: a system call's exit returns bytes or an errno */
		if (strstr(e->probes, "tracepoint:syscalls:sys_exit_") && transfer_type(e->probes)) {
			snprintf(p->value, sizeof(p->value), "args->ret");
			add_cond(p, 0, "only bytes actually transferred", "args->ret > 0");
		} else if (e->value[0] && !pair) {
			snprintf(p->value, sizeof(p->value), "%s", e->value);
		} else if ((f = bytes_field(e)) != NULL && !pair) {
			snprintf(p->value, sizeof(p->value), "args->%s", f);
		} else {
			*why = "it asks for a size the nearest event has no field for";
			return -1;
		}
		p->measure = M_BYTES;
		snprintf(p->value_name, sizeof(p->value_name), "bytes");
		use(p, "byte");
		use(p, "payload");
		use(p, "histogram");
		if (bytes_slot >= 0) {
			const struct slot *s = &q->slots[bytes_slot];
			int inclusive = 0;
			for (int i = 0; i + 1 < n; i++)
				inclusive |= (!strcmp(w[i].text, "or") &&
					      (!strcmp(w[i + 1].text, "more") || !strcmp(w[i + 1].text, "larger") ||
					       !strcmp(w[i + 1].text, "bigger") || !strcmp(w[i + 1].text, "greater"))) ||
					     (!strcmp(w[i].text, "at") && !strcmp(w[i + 1].text, "least"));
			char msg[96];
			snprintf(msg, sizeof(msg), "%s %s", s->dir > 0 ? (inclusive ? "at least" : "over")
								       : (inclusive ? "at most" : "under"),
				 s->phrase);
			add_cond(p, 0, msg, "%s %s %ld", p->value,
				 s->dir > 0 ? (inclusive ? ">=" : ">") : (inclusive ? "<=" : "<"),
				 s->value * s->scale);
		}
	}
	/* a number left over is not one it knows */
	for (int i = 0; i < q->n_slots; i++) {
		const struct slot *s = &q->slots[i];
		if (s->kind == SLOT_THRESHOLD && i != time_slot && i != bytes_slot &&
		    !(s->value == port_value && s->q == Q_NONE) && !(s->of_pid && s->dir) &&
		    !(q->n_asks && (q->asks[q->n_asks - 1] & AGG_LHIST))) {
			snprintf(whybuf, whylen, "it has a number (%s) it has no place for", s->phrase);
			*why = whybuf;
			return -1;
		}
		if (s->kind == SLOT_HZ && strncmp(e->probes, "profile:", 8)) {
			*why = "it has a rate for an event that is not sampled";
			return -1;
		}
	}
	/* the process, the pid */
	if (q->comm[0]) {
		const char *c = key_expr(e, "comm", w, n, p, NULL, 0);
		if (!c) {
			*why = "the nearest event has a process of its own besides the current one";
			return -1;
		}
		char msg[48];
		snprintf(msg, sizeof(msg), "only %s", q->comm);
		add_cond(p, pair && !strcmp(c, "comm"), msg, "%s == \"%s\"", c, q->comm);
	}
	for (int i = 0; i < q->n_slots; i++) {
		const struct slot *s = &q->slots[i];
		if (s->kind == SLOT_PID || (s->kind == SLOT_THRESHOLD && s->of_pid && s->dir)) {
			if (field_of(e, "pid")) {
				*why = "the nearest event has a pid of its own besides the current one";
				return -1;
			}
			const char *op = s->kind == SLOT_PID ? "==" : s->dir > 0 ? ">" : "<";
			char msg[48];
			snprintf(msg, sizeof(msg), "pid %s %ld", op, s->value);
			add_cond(p, pair, msg, "pid %s %ld", op, s->value);
			use(p, "pid");
		}
	}
	/* the port */
	if (port_value >= 0) {
		char buf[48];
		const char *k = key_expr(e, "port", w, n, p, buf, sizeof(buf));
		if (!k) {
			*why = "it names a port the nearest event has no field for, or not which one";
			return -1;
		}
		char msg[48];
		snprintf(msg, sizeof(msg), "port %d", port_value);
		add_cond(p, 0, msg, "%s == %d", k, port_value);
		use(p, "remote");
		use(p, "local");
		use(p, "tcp");
	}
	/* a signal */
	if (q->signal) {
		if (!field_of(e, "sig")) {
			*why = "it names a signal and the nearest event has none";
			return -1;
		}
		char msg[32];
		snprintf(msg, sizeof(msg), "signal %d", q->signal);
		add_cond(p, 0, msg, "args->sig == %d", q->signal);
		use(p, "signal");
	}
	/* named constants: an errno, a TCP state, a softirq, as written
	 * ("ECONNREFUSED", not its stem) */
	for (int i = 0; i < n; i++) {
		const char *x = w[i].text, *term = plan_term(q, x);
		char msg[48];
		for (int k = 0; ERRNOS[k].word; k++) {
			if (strcmp(x, ERRNOS[k].word))
				continue;
			snprintf(msg, sizeof(msg), "%s", w[i].orig);
			if (at_syscall_exit(e))
				add_cond(p, 0, msg, "args->ret == -%d", ERRNOS[k].number);
			else if (field_of(e, "error"))
				add_cond(p, 0, msg, "args->error == %d", ERRNOS[k].number); /* sk_err > 0 */
			else
				continue;
			use(p, term);
			use(p, "fail");
		}
		for (int k = 0; TCP_STATES[k].word; k++)
			if (!strcmp(x, TCP_STATES[k].word) && field_of(e, "newstate")) {
				snprintf(msg, sizeof(msg), "into TCP state %d", TCP_STATES[k].number);
				add_cond(p, 0, msg, "args->newstate == %d", TCP_STATES[k].number);
				use(p, term);
				use(p, "tcp");
			}
		for (int k = 0; SOFTIRQS[k]; k++)
			if (!strcmp(x, SOFTIRQS[k]) && strchr(x, '_') && field_of(e, "vec")) {
				snprintf(msg, sizeof(msg), "softirq %d", k);
				add_cond(p, 0, msg, "args->vec == %d", k);
				use(p, term);
			}
	}
	/* failures */
	if ((frame_has(q, "fail") && !used(p, "fail")) || frame_has(q, "null") || frame_has(q, "empty")) {
		int grouped_errno = q->group && !strcmp(key_class(q->group_key), "errno");
		if (grouped_errno) {
			/* the key says it */
		} else if (at_syscall_exit(e)) {
			add_cond(p, 0, "a failed call", "args->ret < 0");
		} else if (e->ret_probe && (frame_has(q, "null") || frame_has(q, "empty"))) {
			add_cond(p, 0, "a NULL return", "retval == 0");
			use(p, "null");
			use(p, "empty");
			use(p, "hand");
		} else {
			*why = "it asks for failures of an event that has no return value";
			return -1;
		}
		use(p, "fail");
	}
	/* the aggregation */
	/* "for each disk", "each program": a grouping, not each event */
	int each = !q->aggregate || (q->events && !q->group && !q->n_asks &&
				     slot_of(q, SLOT_TOPN) < 0 && slot_of(q, SLOT_INTERVAL) < 0);
	if (!each) {
		unsigned asked = 0;
		for (int i = 0; i < q->n_asks; i++) {
			unsigned k = q->asks[i];
			if (k == (AGG_SUM | AGG_COUNT))
				k = p->measure == M_BYTES ? AGG_SUM : AGG_COUNT;
			else if (k & AGG_COUNT)
				k = AGG_COUNT;
			else if (k == (AGG_HIST | AGG_LHIST))
				k = AGG_HIST;
			else if (k & AGG_LHIST)
				k = AGG_LHIST;
			else if (k == (AGG_AVG | AGG_STATS))
				k = AGG_AVG;
			else if (k == (AGG_MIN | AGG_STATS))
				k = AGG_MIN;
			else if (k == (AGG_MAX | AGG_STATS))
				k = AGG_MAX;
			asked |= k;
		}
		if (asked & AGG_LHIST)
			asked &= ~(unsigned)AGG_HIST;
		if (!asked)
			asked = p->measure == M_TIME ? AGG_HIST : p->measure == M_BYTES ? AGG_SUM : AGG_COUNT;
		if ((asked & ~(unsigned)AGG_COUNT) && p->measure == M_NONE) {
			*why = "it asks for a sum or a histogram of nothing it can measure";
			return -1;
		}
		if ((asked & AGG_COUNT) && (asked & ~(unsigned)AGG_COUNT)) {
			*why = "it asks for a count and another aggregation at once";
			return -1;
		}
		if ((asked & AGG_LHIST) && lhist_numbers(w, n, p->lhist) != 0) {
			*why = "it asks for linear buckets without saying where they start, end and how wide";
			return -1;
		}
		if (asked & AGG_LHIST) {
			use(p, "half"); /* "up to half a million" */
			use(p, "million");
		}
		p->agg = asked;
		if (q->group) {
			char buf[96];
			const char *k = key_expr(e, q->group_key, w, n, p, buf, sizeof(buf));
			if (!k) {
				snprintf(whybuf, whylen, "it groups by %s, which the nearest event has no "
					 "field for", q->group_key);
				*why = whybuf;
				return -1;
			}
			snprintf(p->keys[p->nkeys++], sizeof(p->keys[0]), "%s", k);
			if (!strcmp(key_class(q->group_key), "pid") || strstr(k, "comm"))
				use(p, "pid"); /* "processes" */
			use(p, "group");
			if (!strcmp(key_class(q->group_key), "port")) {
				use(p, "remote");
				use(p, "local");
				use(p, "tcp");
			}
			if (!strcmp(key_class(q->group_key), "errno"))
				use(p, "fail");
			if (!strcmp(key_class(q->group_key), "file"))
				use(p, "open");
			if (q->keys > 1) {
				/* the second: "by errno and remote port" */
				const char *second = NULL;
				for (int i = 0; i + 1 < n; i++)
					if (!strcmp(w[i].text, "and") && strcmp(w[i + 1].text, q->group_key)) {
						for (int j = i + 1; j < n && j < i + 3 && !second; j++)
							if (strcmp(key_class(w[j].text), w[j].text) ||
							    !strcmp(w[j].text, "port") || !strcmp(w[j].text, "ports"))
								second = w[j].text;
					}
				const char *k2 = second ? key_expr(e, second, w, n, p, buf, sizeof(buf)) : NULL;
				if (!k2 || q->keys > 2) {
					*why = "it groups by more than it can tell apart";
					return -1;
				}
				snprintf(p->keys[p->nkeys++], sizeof(p->keys[0]), "%s", k2);
				if (!strcmp(key_class(second), "port")) {
					use(p, "remote");
					use(p, "local");
					use(p, "tcp");
				}
			}
		}
		/* "tally rsync's exit codes": a count by the field it names */
		static const struct { const char *term; const char *field; } IMPLIED[] = {
			{ "code", "error_code" }, { "code", "exit_code" }, { "state", "newstate" },
			{ "reason", "reason" }, { "priority", "prio" }, { NULL, NULL },
		};
		for (int i = 0; IMPLIED[i].term && !q->group && p->agg == AGG_COUNT; i++)
			if (frame_has(q, IMPLIED[i].term) && !used(p, IMPLIED[i].term) &&
			    field_of(e, IMPLIED[i].field) && p->nkeys < 3) {
				snprintf(p->keys[p->nkeys++], sizeof(p->keys[0]), "args->%s",
					 IMPLIED[i].field);
				use(p, IMPLIED[i].term);
			}
		if (frame_has(q, "stack")) {
			if (p->nkeys || (!frame_has(q, "user") && !frame_has(q, "kernel"))) {
				*why = "it asks for stacks without saying user or kernel";
				return -1;
			}
			snprintf(p->keys[p->nkeys++], sizeof(p->keys[0]), "%s",
				 frame_has(q, "user") ? "ustack" : "kstack");
			use(p, "stack");
			use(p, "user");
			use(p, "kernel");
		}
	} else {
		/* each event: comm and pid, and the fields it names; "flag any
		 * sendto" asks to see each ("clone flags" is a field) */
		use(p, "pid");
		if (has_word(w, n, "flag"))
			use(p, "flag");
		if (p->measure != M_NONE) {
			snprintf(p->printed[p->nprinted], sizeof(p->printed[0]), "%s", p->value);
			snprintf(p->printed_fmt[p->nprinted++], sizeof(p->printed_fmt[0]), "%%d %s",
				 p->value_name);
		}
		static const struct { const char *term; const char *fields[3]; const char *fmt; } NAMED[] = {
			{ "priority", { "prio", NULL }, "prio %d" },
			{ "prio", { "prio", NULL }, "prio %d" },
			{ "open", { "filename", "pathname", NULL }, "%s" },
			{ "remote", { "dport", NULL }, "remote port %d" },
			{ "local", { "sport", NULL }, "local port %d" },
			{ "signal", { "sig", NULL }, "signal %d" },
			{ "mode", { "mode", NULL }, "mode %o" },
			{ "state", { "newstate", NULL }, "state %d" },
			{ "reason", { "reason", NULL }, "reason %d" },
			{ "read", { "rwbs", NULL }, "%s" },
			{ "write", { "rwbs", NULL }, "%s" },
			{ "code", { "error_code", "exit_code", NULL }, "code %d" },
			{ NULL, { NULL }, NULL },
		};
		for (int i = 0; NAMED[i].term; i++) {
			if (!frame_has(q, NAMED[i].term))
				continue;
			for (int j = 0; NAMED[i].fields[j]; j++) {
				const struct field *f = field_of(e, NAMED[i].fields[j]);
				if (!f || p->nprinted == 6)
					continue;
				/* a pointer is read with str(); a char array prints as is */
				int str = strchr(f->type, '*') != NULL;
				if (strstr(f->type, "__data_loc"))
					continue;
				char expr[96];
				snprintf(expr, sizeof(expr), str ? "str(args->%s)" : "args->%s", f->name);
				int dup = 0;
				for (int k = 0; k < p->nprinted; k++)
					dup |= !strcmp(p->printed[k], expr);
				if (!dup) {
					snprintf(p->printed[p->nprinted], sizeof(p->printed[0]), "%s", expr);
					snprintf(p->printed_fmt[p->nprinted++], sizeof(p->printed_fmt[0]), "%s",
						 NAMED[i].fmt);
				}
				use(p, NAMED[i].term);
				if (!strcmp(NAMED[i].term, "remote") || !strcmp(NAMED[i].term, "local"))
					use(p, "tcp");
				break;
			}
		}
		if (q->n_asks) {
			*why = "it asks for each event and for a summary";
			return -1;
		}
	}
	if (slot_of(q, SLOT_TOPN) >= 0) {
		if (each || (p->agg != AGG_COUNT && p->agg != AGG_SUM)) {
			*why = "it asks for a top N of something it does not sort";
			return -1;
		}
		use(p, "top");
	}
	if (slot_of(q, SLOT_INTERVAL) >= 0 || frame_has(q, "second")) {
		if (each) {
			*why = "it asks for each event and per interval";
			return -1;
		}
		use(p, "second");
		int every = slot_of(q, SLOT_INTERVAL);
		if (every < 0) {
			*why = "it says seconds without how many";
			return -1;
		}
		long ns = q->slots[every].value * q->slots[every].scale;
		if (ns < 1000000 || ns % 1000000) {
			*why = "it asks for an interval that is not whole milliseconds";
			return -1;
		}
	}
	/* words the index folds into others ("port" into "tcp", "size" into
	 * "histogram") must be done by the plan itself */
	int port_used = port_value >= 0;
	for (int k = 0; k < p->nkeys; k++)
		port_used |= strstr(p->keys[k], "port") != NULL;
	for (int k = 0; k < p->nprinted; k++)
		port_used |= strstr(p->printed[k], "port") != NULL;
	for (int i = 0; i < n; i++) {
		if ((!strcmp(w[i].text, "port") || !strcmp(w[i].text, "ports")) && !port_used) {
			*why = "it asks for a port it cannot find on the nearest event";
			return -1;
		}
		if ((!strcmp(w[i].text, "size") || !strcmp(w[i].text, "sizes")) && p->measure != M_BYTES) {
			*why = "it asks for sizes it cannot find on the nearest event";
			return -1;
		}
	}
	/* every word of the request is the event's or the plan's */
	for (int i = 0; i < q->n_terms; i++) {
		const char *t = q->terms[i];
		if (used(p, t) || event_has_word(e, t) ||
		    (q->alt[i] && (event_has_word(e, q->alt[i]) || used(p, q->alt[i]))))
			continue;
		snprintf(whybuf, whylen, "it asks for \"%s\", which it cannot compose on the nearest "
			 "event", t);
		*why = whybuf;
		return -1;
	}
	return 0;
}

/* --- the program ------------------------------------------------------------ */

static void put_filters(FILE *o, const struct plan *p, int at_start, const char *bookkeeping)
{
	int first = 1, several = bookkeeping != NULL;
	for (int i = 0; i < p->nfilters; i++)
		several += p->filters[i].at_start == at_start;
	for (int i = 0; i < p->nfilters; i++) {
		if (p->filters[i].at_start != at_start)
			continue;
		/* "a || b" beside another is bracketed: && binds tighter */
		int either = several > 1 && strstr(p->filters[i].cond, "||") != NULL;
		fprintf(o, first ? " /%s%s%s" : " && %s%s%s", either ? "(" : "", p->filters[i].cond,
			either ? ")" : "");
		first = 0;
	}
	if (bookkeeping)
		fprintf(o, first ? " /%s" : " && %s", bookkeeping);
	if (!first || bookkeeping)
		fputs("/", o);
	fputs(" {\n", o);
	for (int i = 0; i < p->nfilters; i++)
		if (p->filters[i].at_start == at_start)
			fprintf(o, "  assert(%s, \"%s\");\n", p->filters[i].cond, p->filters[i].message);
}

static const char *map_name(const struct plan *p, unsigned agg)
{
	if (agg == AGG_COUNT)
		return "count";
	if (p->measure == M_TIME)
		return agg == AGG_AVG ? "avg_time" : agg == AGG_MIN ? "min_time" : agg == AGG_MAX ? "max_time"
			: p->value_name;
	return agg == AGG_AVG ? "avg_bytes" : agg == AGG_MIN ? "min_bytes" : agg == AGG_MAX ? "max_bytes"
		: agg == AGG_SUM ? "total_bytes" : "bytes";
}

static void put_action(FILE *o, const struct plan *p, const char *indent)
{
	if (!p->agg) {
		fprintf(o, "%sprintf(\"%%s pid %%d", indent);
		for (int i = 0; i < p->nprinted; i++)
			fprintf(o, " %s", p->printed_fmt[i]);
		fputs("\\n\", comm, pid", o);
		for (int i = 0; i < p->nprinted; i++)
			fprintf(o, ", %s", p->printed[i]);
		fputs(");\n", o);
		return;
	}
	static const unsigned order[] = { AGG_COUNT, AGG_SUM, AGG_MIN, AGG_MAX, AGG_AVG, AGG_STATS,
					  AGG_HIST, AGG_LHIST };
	for (size_t i = 0; i < sizeof(order) / sizeof(order[0]); i++) {
		unsigned a = order[i];
		if (!(p->agg & a))
			continue;
		fprintf(o, "%s@%s", indent, map_name(p, a));
		if (p->nkeys) {
			fputc('[', o);
			for (int k = 0; k < p->nkeys; k++)
				fprintf(o, "%s%s", k ? ", " : "", p->keys[k]);
			fputc(']', o);
		}
		const char *call = a == AGG_SUM ? "sum" : a == AGG_MIN ? "min" : a == AGG_MAX ? "max"
				   : a == AGG_AVG ? "avg" : a == AGG_STATS ? "stats" : a == AGG_HIST ? "hist"
										: "lhist";
		if (a == AGG_COUNT)
			fputs(" = count();\n", o);
		else if (a == AGG_LHIST)
			fprintf(o, " = lhist(%s, %ld, %ld, %ld);\n", p->value, p->lhist[0], p->lhist[1],
				p->lhist[2]);
		else
			fprintf(o, " = %s(%s);\n", call, p->value);
	}
}

static void put_output(FILE *o, const struct plan *p, const struct frame *q)
{
	if (!p->agg)
		return;
	int top = slot_of(q, SLOT_TOPN), every = slot_of(q, SLOT_INTERVAL), dur = slot_of(q, SLOT_DURATION);
	long n = top >= 0 ? q->slots[top].value : 0; /* only with one map: a count or a sum */
	if (every >= 0) {
		/* every 2 s, every 500 ms */
		long ns = q->slots[every].value * q->slots[every].scale;
		if (ns % 1000000000 == 0)
			fprintf(o, "interval:s:%ld {", ns / 1000000000);
		else
			fprintf(o, "interval:ms:%ld {", ns / 1000000);
		for (unsigned a = 1; a <= AGG_STATS; a <<= 1)
			if (p->agg & a) {
				const char *m = map_name(p, a);
				if (n)
					fprintf(o, " print(@%s, %ld); clear(@%s);", m, n, m);
				else
					fprintf(o, " print(@%s); clear(@%s);", m, m);
			}
		fputs(" }\n", o);
	} else if (n) {
		const char *m = map_name(p, p->agg);
		fprintf(o, "END { print(@%s, %ld); clear(@%s); }\n", m, n, m);
	}
	if (dur >= 0)
		fprintf(o, "interval:s:%ld { exit(); }\n",
			q->slots[dur].value * q->slots[dur].scale / 1000000000);
}

static char *build(const struct event *e, const struct plan *p, const struct frame *q)
{
	char *text = NULL;
	size_t len = 0;
	FILE *o = open_memstream(&text, &len);
	if (!o)
		return NULL;
	if (e->start[0]) {
		fputs(e->start, o);
		put_filters(o, p, 1, NULL);
		fprintf(o, "  @start[%s] = nsecs;\n}\n", e->k_start);
		char bk[128];
		snprintf(bk, sizeof(bk), "@start[%s] != 0", e->k_end);
		fputs(e->probes, o);
		put_filters(o, p, 0, bk);
		fprintf(o, "  $d = nsecs - @start[%s];\n  delete(@start[%s]);\n", e->k_end, e->k_end);
		const char *indent = "  ";
		if (p->duration_if[0]) {
			fprintf(o, "  if (%s) {\n    assert(%s, \"%s\");\n", p->duration_if, p->duration_if,
				p->duration_msg);
			indent = "    ";
		}
		if (p->measure == M_TIME) {
			if (p->unit > 1)
				fprintf(o, "%s%s = $d / %ld;\n", indent, p->value, p->unit);
			else /* nanoseconds: no "/ 1" */
				fprintf(o, "%s%s = $d;\n", indent, p->value);
			if (p->unit > 1)
				fprintf(o, "%sassert($d < %ld || %s >= 1, \"in %s: a whole %s counts as 1\");\n",
					indent, p->unit, p->value, p->value_name, p->value_name);
		}
		put_action(o, p, indent);
		if (p->duration_if[0])
			fputs("  }\n", o);
		fputs("}\nEND { clear(@start); }\n", o);
	} else {
		fputs(e->probes, o);
		put_filters(o, p, 0, NULL);
		put_action(o, p, "  ");
		fputs("}\n", o);
	}
	put_output(o, p, q);
	fclose(o);
	return text;
}

static void describe(FILE *changes, const struct plan *p, const struct frame *q)
{
	if (!changes)
		return;
	if (!p->agg)
		fputs("each event", changes);
	else
		fprintf(changes, "%s%s%s", p->agg == AGG_COUNT ? "a count" : p->agg == AGG_SUM ? "a sum"
					   : p->agg == AGG_HIST ? "a histogram" : p->agg == AGG_LHIST
					   ? "a linear histogram" : p->agg == AGG_AVG ? "an average" : "a summary",
			p->measure == M_TIME ? " of durations in " : p->measure == M_BYTES ? " of bytes" : "",
			p->measure == M_TIME ? p->value_name : "");
	for (int k = 0; k < p->nkeys; k++)
		fprintf(changes, "%s%s", k ? " and " : " by ", p->keys[k]);
	for (int i = 0; i < p->nfilters; i++)
		fprintf(changes, "; %s", p->filters[i].message);
	if (p->duration_msg[0])
		fprintf(changes, "; %s", p->duration_msg);
	int top = slot_of(q, SLOT_TOPN), every = slot_of(q, SLOT_INTERVAL);
	if (top >= 0)
		fprintf(changes, "; top %ld", q->slots[top].value);
	if (every >= 0)
		fprintf(changes, "; %s%s", strncmp(q->slots[every].phrase, "every ", 6) ? "every " : "",
			q->slots[every].phrase);
}

char *compose_one(const struct example *ex, const char *request, const struct frame *q,
		  FILE *changes, const char **why, char *whybuf, size_t whylen)
{
	struct event e;
	memset(&e, 0, sizeof(e));
	int rc;
	if (ex) {
		rc = event_of_example(ex, &e, why);
	} else {
		int at_exit = frame_has(q, "fail") || (q->group && !strcmp(key_class(q->group_key), "errno"));
		for (int t = 0; t < q->n_terms; t++)
			for (int i = 0; ERRNOS[i].word; i++)
				at_exit |= !strcmp(q->terms[t], ERRNOS[i].word);
		char probe[96];
		snprintf(probe, sizeof(probe), "tracepoint:syscalls:sys_exit_%s", q->syscall);
		/* what a read returns is what it read */
		int bytes_slot = 0;
		for (int i = 0; i < q->n_slots; i++)
			bytes_slot |= q->slots[i].kind == SLOT_THRESHOLD && q->slots[i].q == Q_BYTES;
		if (read_type(probe) && (frame_has(q, "byte") || frame_has(q, "recv") ||
					 frame_has(q, "histogram") || frame_has(q, "payload") || bytes_slot))
			at_exit = 1;
		rc = event_of_syscall(q->syscall, at_exit, wants_duration(q, request), &e);
		if (rc)
			*why = "this machine has no tracepoints for the system call it names";
	}
	if (rc == 0 && ex && !names_event(ex, q, "") && !event_named(&e, q)) {
		*why = "it does not name the nearest example's event";
		rc = -1;
	}
	if (rc == 0 && e.start[0] && !wants_duration(q, request)) {
		/* a duration's probes, and no duration asked: the event is where
		 * it starts (sys_enter_openat has the file name) */
		snprintf(e.probes, sizeof(e.probes), "%s", e.start);
		e.start[0] = '\0';
		e.value[0] = '\0';
		e.comm[0] = '\0';
		e.nkeys = 0;
		load_fields(&e);
	}
	if (rc) {
		event_free(&e);
		return NULL;
	}
	struct plan p;
	char *program = NULL;
	if (plan_request(&e, request, q, &p, why, whybuf, whylen) == 0) {
		program = build(&e, &p, q);
		describe(changes, &p, q);
	}
	event_free(&e);
	return program;
}
