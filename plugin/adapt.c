/* SPDX-License-Identifier: Apache-2.0 */
#define _GNU_SOURCE
#include "adapt.h"
#include "intent.h"
#include "compose.h"
#include "frame.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "inject.h"
#include "lexicon.h"

#define CANDIDATES 16

/* --- reading a request ----------------------------------------------------- */










static const struct unit UNITS[] = {
	{ "b", Q_BYTES, 1 }, { "byte", Q_BYTES, 1 }, { "bytes", Q_BYTES, 1 },
	{ "k", Q_BYTES, 1024 }, { "kb", Q_BYTES, 1024 }, { "kib", Q_BYTES, 1024 },
	{ "kilobyte", Q_BYTES, 1024 }, { "kilobytes", Q_BYTES, 1024 },
	{ "m", Q_BYTES, 1048576 }, { "mb", Q_BYTES, 1048576 }, { "mib", Q_BYTES, 1048576 },
	{ "megabyte", Q_BYTES, 1048576 }, { "megabytes", Q_BYTES, 1048576 },
	{ "gb", Q_BYTES, 1073741824 }, { "gib", Q_BYTES, 1073741824 },
	{ "ns", Q_TIME, 1 }, { "nanosecond", Q_TIME, 1 }, { "nanoseconds", Q_TIME, 1 },
	{ "nsec", Q_TIME, 1 }, { "nsecs", Q_TIME, 1 },
	{ "us", Q_TIME, 1000 }, { "usec", Q_TIME, 1000 }, { "usecs", Q_TIME, 1000 },
	{ "microsecond", Q_TIME, 1000 }, { "microseconds", Q_TIME, 1000 },
	{ "ms", Q_TIME, 1000000 }, { "msec", Q_TIME, 1000000 }, { "msecs", Q_TIME, 1000000 },
	{ "millisecond", Q_TIME, 1000000 }, { "milliseconds", Q_TIME, 1000000 },
	{ "s", Q_TIME, 1000000000 }, { "sec", Q_TIME, 1000000000 }, { "secs", Q_TIME, 1000000000 },
	{ "second", Q_TIME, 1000000000 }, { "seconds", Q_TIME, 1000000000 },
	{ "min", Q_TIME, 60000000000 }, { "minute", Q_TIME, 60000000000 },
	{ "minutes", Q_TIME, 60000000000 },
	{ NULL, Q_NONE, 0 },
};

static const struct { const char *name; int number; } SIGNALS[] = {
	{ "sighup", 1 }, { "sigint", 2 }, { "sigquit", 3 }, { "sigill", 4 }, { "sigtrap", 5 },
	{ "sigabrt", 6 }, { "sigbus", 7 }, { "sigfpe", 8 }, { "sigkill", 9 }, { "sigusr1", 10 },
	{ "sigsegv", 11 }, { "sigusr2", 12 }, { "sigpipe", 13 }, { "sigalrm", 14 },
	{ "sigterm", 15 }, { "sigchld", 17 }, { "sigcont", 18 }, { "sigstop", 19 },
	{ "sigtstp", 20 }, { "sigwinch", 28 }, { NULL, 0 },
};

/* Processes people name in requests that are also ordinary words of the
 * dataset; any other process name is a word no example uses. */
static const char *const PROCESSES[] = {
	"nginx", "bash", "sh", "zsh", "python", "python3", "curl", "wget", "java", "node",
	"postgres", "mysqld", "redis", "sshd", "systemd", "dockerd", "containerd", "chrome",
	"firefox", "vim", "git", "gcc", "cc1", "tar", "gzip", "perl", "ruby", "cron",
	"journald", "rsyslogd", "apache2", "httpd", "memcached", "rm", "cp", "mv", "rsync",
	"ssh", "scp", "sudo", "grep", "mysql", "haproxy", "envoy", "kubelet", "php-fpm",
	NULL,
};

/* Words that ask nothing of the program. */
static const char *const FILLER[] = {
	"hey", "hi", "hello", "can", "could", "would", "will", "you", "please", "pls", "plz",
	"show", "me", "i", "id", "want", "wanna", "need", "like", "to", "see", "know", "list",
	"display", "give", "tell", "what", "which", "who", "whoever", "how", "is", "are", "was",
	"there", "the", "a", "an", "of", "by", "for", "with", "in", "on", "at", "and", "or",
	"all", "any", "some", "my", "our", "this", "that", "these", "those", "machine", "box",
	"server", "host", "currently", "right", "now", "just", "quick", "quickly", "trace",
	"tracing", "watch", "monitor", "track", "report", "get", "going", "happening", "being",
	"it", "its", "them", "they", "their", "do", "does", "did", "so", "also", "then",
	"only", "thing", "things", "stuff", "thanks", "up", "out", "about", "gimme", "lemme",
	"be", "been", "get", "got", "happen", "happens", "anything", "something", "someone",
	"somebody", "anyone", "everything", "here", "output", "let", "lets", "us", "we",
	"whole", "entire", "overall", "also", "too", "via", "using", "use", "real", "time",
	"realtime", "live", "as", "they", "happen", "running", "run", "make", "makes", "made",
	"should", "am", "if", "into", "from", "ever", "whats", "where", "why", "s", "t",
	"kindly", "btw", "ok", "okay", "much", "many", "often", "number", "each", "every",
	"whenever", "when", "log", "print", "dump", "emit", "count", "counts", "counting",
	"tally", "frequency", "system", "wide", "systemwide", "globally", "global", "per",
	"whose", "whom", "someone's", "happening", "occur", "occurs", "single", "showing",
	"shows", "gets", "getting", "value", "values", "something", "somewhere", "them",
	"alert", "warn", "notify", "tell", "catch", "spot", "find", "see", "look",
	"note", "keep", "capture", "record", "records", "hey", "quick", "happen", "program",
	"programs", "command", "commands", "app", "apps", "application", "applications", "name",
	"names", "off", "on", "take", "takes", "come", "comes", "back", "doing", "have", "has",
	"had", "issue", "issues", "issuing", "issued", "stop", "stopped", "arrive", "arrives",
	"arriving", NULL,
};

static const char *const ABOVE[] = { "bigger", "larger", "greater", "more", "over", "above",
	"exceeding", "exceed", "exceeds", "higher", "longer", "slower", "least", "beyond",
	"past", "big", "large", NULL };
static const char *const BELOW[] = { "smaller", "less", "under", "below", "fewer", "shorter",
	"faster", "lower", "most", "within", "quicker", NULL };

int in_list(const char *const *list, const char *w)
{
	for (int i = 0; list[i]; i++)
		if (!strcmp(list[i], w))
			return 1;
	return 0;
}

const struct unit *find_unit(const char *w)
{
	for (int i = 0; UNITS[i].word; i++)
		if (!strcmp(UNITS[i].word, w))
			return &UNITS[i];
	return NULL;
}

int find_signal(const char *w)
{
	char buf[24];
	if (strncmp(w, "sig", 3))
		snprintf(buf, sizeof(buf), "sig%s", w);
	else
		snprintf(buf, sizeof(buf), "%s", w);
	size_t n = strlen(buf);
	if (n > 5 && buf[n - 1] == 's' && strcmp(buf, "sigbus")) /* SIGABRTs */
		buf[n - 1] = '\0';
	for (int i = 0; SIGNALS[i].name; i++)
		if (!strcmp(SIGNALS[i].name, buf))
			return SIGNALS[i].number;
	return 0;
}



int split_words(const char *s, struct word *out, int max)
{
	int n = 0;
	for (const char *p = s; *p && n < max;) {
		if (*p == '"' || *p == '\'' || *p == '`') {
			const char *end = strchr(p + 1, *p);
			if (*p != '\'' || (end && end > p + 1 && !isspace((unsigned char)end[-1]) &&
					   (p == s || !isalnum((unsigned char)p[-1])))) {
				if (end && end - p - 1 < (long)sizeof(out[n].text) && end > p + 1) {
					snprintf(out[n].text, sizeof(out[n].text), "%.*s", (int)(end - p - 1),
						 p + 1);
					memcpy(out[n].orig, out[n].text, sizeof(out[n].orig));
					out[n++].quoted = 1;
					p = end + 1;
					continue;
				}
			}
			p++;
			continue;
		}
		if (!isalnum((unsigned char)*p)) {
			p++;
			continue;
		}
		const char *w = p;
		while (isalnum((unsigned char)*p) || *p == '_' ||
		       ((*p == '.' || *p == '-') && isalnum((unsigned char)p[1])))
			p++;
		size_t len = (size_t)(p - w);
		if (len >= sizeof(out[n].text))
			len = sizeof(out[n].text) - 1;
		for (size_t i = 0; i < len; i++)
			out[n].text[i] = (char)tolower((unsigned char)w[i]);
		out[n].text[len] = '\0';
		memcpy(out[n].orig, w, len);
		out[n].orig[len] = '\0';
		out[n++].quoted = 0;
	}
	return n;
}

int is_number(const char *w, long *value, const char **suffix)
{
	if (!isdigit((unsigned char)w[0]))
		return 0;
	char *end = NULL;
	*value = strtol(w, &end, 10);
	if (*end == '.' || *end == ',')
		return 0; /* 1.5 ms: not taken */
	*suffix = end;
	return 1;
}

/* Words that ask for a summary without naming the aggregation (those
 * that name one are AGG_WORDS, read before these). */
static const char *const AGGREGATE_WORDS[] = {
	"many", "number", "top", "most", "busiest", "rate", "percentiles", "breakdown", "summary", "summarize",
	"least", "sample", "sampling", "profile", "profiling", "hottest", "hot", "latency",
	"latencies", "slowest", "heatmap", "percent", "percentage", "ratio", "statistics",
	"aggregate", "group", "grouped", "quantize", "overview", NULL,
};
/* System calls whose tracepoints are sys_enter_NAME and sys_exit_NAME, by
 * the word a request uses; an example on one answers a request about
 * another of the same shape ("failed reads" for "failed writes"). */
static const char *const SYSCALLS[][2] = {
	{ "read", "read" }, { "write", "write" }, { "close", "close" }, { "fsync", "fsync" },
	{ "fdatasync", "fdatasync" }, { "getpid", "getpid" }, { "gettid", "gettid" },
	{ "mkdir", "mkdir" }, { "rmdir", "rmdir" }, { "unlink", "unlinkat" },
	{ "unlinkat", "unlinkat" }, { "open", "openat" }, { "openat", "openat" },
	{ "lseek", "lseek" }, { "pread", "pread64" }, { "pread64", "pread64" },
	{ "pwrite", "pwrite64" }, { "pwrite64", "pwrite64" }, { "readv", "readv" },
	{ "writev", "writev" }, { "sendto", "sendto" }, { "recvfrom", "recvfrom" },
	{ "sendmsg", "sendmsg" }, { "recvmsg", "recvmsg" }, { "connect", "connect" },
	{ "accept", "accept4" }, { "accept4", "accept4" }, { "bind", "bind" },
	{ "listen", "listen" }, { "socket", "socket" }, { "execve", "execve" },
	{ "nanosleep", "clock_nanosleep" }, { "sleep", "clock_nanosleep" }, { "mmap", "mmap" }, { "munmap", "munmap" },
	{ "brk", "brk" }, { "mprotect", "mprotect" }, { "ioctl", "ioctl" }, { "futex", "futex" },
	{ "dup", "dup" }, { "dup2", "dup2" }, { "pipe", "pipe2" }, { "setuid", "setuid" },
	{ "setgid", "setgid" }, { "truncate", "truncate" }, { "ftruncate", "ftruncate" },
	{ "getdents", "getdents64" }, { "madvise", "madvise" }, { "poll", "poll" },
	{ "sync", "sync" }, { "access", "access" }, { "readlink", "readlink" },
	{ "chdir", "chdir" }, { "fchmod", "fchmod" }, { "chmod", "fchmodat" },
	{ "fcntl", "fcntl" }, { "statfs", "statfs" }, { "wait4", "wait4" }, { NULL, NULL },
};

/* Whether a system call returns 0 or -errno (rather than a count, a file
 * descriptor or another value). */
static int returns_status(const char *syscall)
{
	static const char *const status[] = { "close", "fsync", "fdatasync", "mkdir", "rmdir",
		"unlinkat", "connect", "bind", "listen", "setuid", "setgid", "truncate",
		"ftruncate", "chdir", "fchmod", "fchmodat", "madvise", "mprotect", "munmap",
		"access", "execve", "clock_nanosleep", "pipe2", "statfs", "sync", NULL };
	for (int i = 0; status[i]; i++)
		if (!strcmp(status[i], syscall))
			return 1;
	return 0;
}

const char *syscall_of(const char *w)
{
	char b[32];
	snprintf(b, sizeof(b), "%s", w);
	size_t n = strlen(b);
	for (int pass = 0; pass < 2; pass++) {
		for (int i = 0; SYSCALLS[i][0]; i++)
			if (!strcmp(SYSCALLS[i][0], b))
				return SYSCALLS[i][1];
		if (n > 3 && b[n - 1] == 's') /* reads, writes, closes */
			b[n - 1] = '\0';
		else
			break;
	}
	return NULL;
}

/* The aggregations of bpftrace, as a request names them. A word may mean
 * any of several ("total": a sum or a count); a program must make one of
 * them for each word. */

static const struct { const char *word; unsigned kinds; } AGG_WORDS[] = {
	{ "count", AGG_COUNT }, { "counts", AGG_COUNT }, { "counting", AGG_COUNT },
	{ "counted", AGG_COUNT }, { "tally", AGG_COUNT }, { "often", AGG_COUNT },
	{ "frequency", AGG_COUNT }, { "iops", AGG_COUNT },
	{ "total", AGG_SUM | AGG_COUNT }, { "totals", AGG_SUM | AGG_COUNT },
	{ "sum", AGG_SUM }, { "sums", AGG_SUM },
	{ "average", AGG_AVG | AGG_STATS }, { "avg", AGG_AVG | AGG_STATS },
	{ "mean", AGG_AVG | AGG_STATS },
	{ "histogram", AGG_HIST | AGG_LHIST }, { "histograms", AGG_HIST | AGG_LHIST },
	{ "distribution", AGG_HIST | AGG_LHIST }, { "hist", AGG_HIST | AGG_LHIST },
	{ "buckets", AGG_HIST | AGG_LHIST }, { "linear", AGG_LHIST }, { "lhist", AGG_LHIST },
	{ "min", AGG_MIN | AGG_STATS }, { "minimum", AGG_MIN | AGG_STATS },
	{ "smallest", AGG_MIN | AGG_STATS }, { "max", AGG_MAX | AGG_STATS },
	{ "maximum", AGG_MAX | AGG_STATS }, { "biggest", AGG_MAX | AGG_STATS },
	{ "stats", AGG_STATS }, { NULL, 0 },
};

unsigned agg_word(const char *w)
{
	for (int i = 0; AGG_WORDS[i].word; i++)
		if (!strcmp(AGG_WORDS[i].word, w))
			return AGG_WORDS[i].kinds;
	return 0;
}

/* The aggregations a program makes. */
unsigned program_aggs(const char *program)
{
	static const struct { const char *call; unsigned kind; } calls[] = {
		{ "count()", AGG_COUNT }, { "sum(", AGG_SUM }, { "avg(", AGG_AVG },
		{ " hist(", AGG_HIST }, { "=hist(", AGG_HIST }, { "lhist(", AGG_LHIST },
		{ "min(", AGG_MIN }, { "max(", AGG_MAX }, { "stats(", AGG_STATS }, { NULL, 0 },
	};
	unsigned k = 0;
	for (int i = 0; calls[i].call; i++)
		if (strstr(program, calls[i].call))
			k |= calls[i].kind;
	return k;
}

/* What a request groups by: "by process", "per port" ask for a summary. */
static const char *const KEYS[] = {
	"process", "processes", "pid", "pids", "comm", "name", "program", "programs", "command",
	"commands", "cpu", "cpus", "user", "users", "uid", "device", "devices", "disk", "disks",
	"port", "ports", "file", "files", "syscall", "syscalls", "signal", "signals", "thread",
	"threads", "tid", "task", "tasks", "type", "size", "errno", "error", "vector", "parent",
	"executable", "binary", "host", "destination", "source", "address", "interface",
	"cgroup", "container", "core", "state", "reason", "number", "path", "paths", NULL,
};
static const char *const EVENT_WORDS[] = {
	"every", "each", "whenever", "log", "print", "live", "dump", "stream", "tail", "alert",
	"flag", "warn", "notify", "catch", "spot", "list", "show", "showing", "display", NULL,
};

/* The index term of a misspelt word: two letters side by side the other
 * way round ("recieve", "procesess"), or a doubled letter it lacks
 * ("writen"), as the lexicon's respelling reads them; never a letter
 * dropped or changed ("writter" is no "written"). Words under 6 letters
 * are never corrected ("exist" is no "exits", "three" no "there").
 * Returns the term (malloc'd) or NULL. */
static char *fix_spelling(const struct retrieval *r, const char *w)
{
	size_t n = strlen(w);
	if (n < 6 || n > 20)
		return NULL;
	char v[48];
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = pass; i < n + pass; i++) {
			if (pass == 0) { /* swap */
				if (i + 1 >= n || w[i] == w[i + 1])
					continue;
				memcpy(v, w, n + 1);
				v[i] = w[i + 1];
				v[i + 1] = w[i];
			} else { /* a letter doubled */
				memcpy(v, w, i);
				v[i] = w[i - 1];
				memcpy(v + i + 1, w + i, n - i + 1);
			}
			char *t[2];
			int nt = retrieval_tokenize(v, t, 1);
			if (nt == 1 && retrieval_vocabulary_has(r, t[0]))
				return t[0];
			for (int k = 0; k < nt; k++)
				free(t[k]);
		}
	}
	return NULL;
}

void frame_free(struct frame *f)
{
	for (int i = 0; i < f->n_terms; i++) {
		free(f->terms[i]);
		free(f->alt[i]);
	}
	f->n_terms = 0;
}

static void add_terms(const struct retrieval *r, struct frame *f, const char *w)
{
	char *t[4];
	int n = retrieval_tokenize(w, t, 4);
	if (n == 1 && !retrieval_vocabulary_has(r, t[0])) {
		char *fixed = fix_spelling(r, w);
		if (fixed) {
			free(t[0]);
			t[0] = fixed;
		}
	}
	/* "watched files", "monitored processes": a filler's participle
	 * restricts; a filler only when the word itself is one */
	size_t wl = strlen(w);
	int participle = n == 1 && wl > 4 && !strcmp(w + wl - 2, "ed");
	for (int i = 0; i < n; i++) {
		int filler = participle ? in_list(FILLER, w) : in_list(FILLER, t[i]);
		if (f->n_terms < MAX_TOKENS && !isdigit((unsigned char)t[i][0]) && !filler) {
			char *alt = n == 1 ? fix_spelling(r, w) : NULL;
			if (alt && !strcmp(alt, t[i])) {
				free(alt);
				alt = NULL;
			}
			f->alt[f->n_terms] = alt;
			f->terms[f->n_terms++] = t[i];
		} else {
			free(t[i]);
		}
	}
}

int slot_of(const struct frame *f, enum slot_kind k)
{
	for (int i = 0; i < f->n_slots; i++)
		if (f->slots[i].kind == k)
			return i;
	return -1;
}

static int misspelt(const struct retrieval *r, const char *w)
{
	char *fixed = fix_spelling(r, w);
	free(fixed);
	return fixed != NULL;
}

/* What a request groups by, as one word for words that mean the same. */
const char *key_class(const char *w)
{
	static const char *const classes[][10] = {
		{ "comm", "process", "processes", "program", "programs", "command", "commands",
		  "name", "app", NULL },
		{ "pid", "pids", "task", "tasks", NULL },
		{ "tid", "thread", "threads", NULL },
		{ "dev", "disk", "disks", "device", "devices", NULL },
		{ "port", "ports", NULL },
		{ "file", "files", "path", "paths", "filename", NULL },
		{ "cpu", "cpus", "core", "cores", NULL },
		{ "uid", "user", "users", NULL },
		{ "sig", "signal", "signals", NULL },
		{ "errno", "error", "errors", NULL },
		{ "syscall", "syscalls", NULL },
	};
	for (size_t c = 0; c < sizeof(classes) / sizeof(classes[0]); c++)
		for (int i = 0; classes[c][i]; i++)
			if (!strcmp(classes[c][i], w))
				return classes[c][0];
	return w;
}

/* Whether the frame has this slot already ("per second, every second"). */
static int dup_slot(const struct frame *f, const struct slot *s)
{
	for (int i = 0; i < f->n_slots; i++)
		if (f->slots[i].kind == s->kind &&
		    f->slots[i].value * f->slots[i].scale == s->value * s->scale)
			return 1;
	return 0;
}

/* The next slot of the frame, cleared (not yet counted: dup_slot()
 * decides); NULL with the reason when the frame is full. */
static struct slot *new_slot(struct frame *f, const char **why)
{
	if (f->n_slots == MAX_SLOTS) {
		*why = "it has more numbers than the examples take";
		return NULL;
	}
	struct slot *s = &f->slots[f->n_slots];
	memset(s, 0, sizeof(*s));
	return s;
}

/* Reads a request into a frame. `r` tells ordinary words from names.
 * Returns 0, or -1 with the reason (static text). */
int read_request(const struct retrieval *r, const char *request, struct frame *f,
			const char **why)
{
	struct word w[MAX_TOKENS];
	int n = split_words(request, w, MAX_TOKENS);
	memset(f, 0, sizeof(*f));
	int dir = 0, dir_at = -10, skip_word = -1;
	for (int i = 0; i < n; i++) {
		const char *x = w[i].text, *prev = i ? w[i - 1].text : "",
			   *next = i + 1 < n ? w[i + 1].text : "";
		const char *prev2 = i > 1 ? w[i - 2].text : "";
		long v;
		const char *suffix;
		if (w[i].quoted) {
			/* a process name fits in comm (15 bytes) and is no shell
			 * command: anything else is not one to filter on */
			if (strpbrk(x, ";|&$<>()`") || strlen(x) > 15) {
				*why = "it quotes something that is not a process name";
				return -1;
			}
			if (f->comm[0] && strcmp(f->comm, x)) {
				*why = "it names more than one process";
				return -1;
			}
			snprintf(f->comm, sizeof(f->comm), "%s", x);
			continue;
		}
		int sig = find_signal(x);
		if (sig && (!strncmp(x, "sig", 3) || !strcmp(next, "signal") || !strcmp(next, "signals"))) {
			if (f->signal && f->signal != sig) {
				*why = "it names more than one signal";
				return -1;
			}
			f->signal = sig;
			continue;
		}
		if (in_list(ABOVE, x) || in_list(BELOW, x)) {
			/* "at most 5" is below, "the most files" is top; "big than"
			 * compares, "big reads" does not */
			if (((!strcmp(x, "least") || !strcmp(x, "most")) && strcmp(prev, "at")) ||
			    ((!strcmp(x, "big") || !strcmp(x, "large")) && strcmp(next, "than")))
				goto word;
			dir = in_list(ABOVE, x) ? 1 : -1;
			dir_at = i;
			continue;
		}
		if (!strcmp(x, "than") || (!strcmp(x, "at") && (!strcmp(next, "least") ||
								 !strcmp(next, "most"))))
			continue;
		/* "half a megabyte", "a quarter second", "a megabyte or larger" */
		{
			int frac = !strcmp(x, "half") ? 2 : !strcmp(x, "quarter") ? 4 : 0;
			int at = frac && (!strcmp(next, "a") || !strcmp(next, "an")) ? i + 2
				 : frac						 ? i + 1
				 : (!strcmp(x, "a") || !strcmp(x, "an") || !strcmp(x, "one")) &&
						   i - dir_at <= 2
					 ? i + 1
					 : -1;
			const struct unit *fu = at > 0 && at < n ? find_unit(w[at].text) : NULL;
			if (fu && fu->scale % (frac ? frac : 1) == 0 && f->n_slots < MAX_SLOTS &&
			    (fu->q == Q_BYTES || i - dir_at <= 3) && strcmp(w[at].text, "s") &&
			    strcmp(w[at].text, "m") && strcmp(w[at].text, "k")) {
				struct slot *s = &f->slots[f->n_slots];
				memset(s, 0, sizeof(*s));
				s->kind = SLOT_THRESHOLD;
				s->value = 1;
				s->q = fu->q;
				s->scale = fu->scale / (frac ? frac : 1);
				s->dir = i - dir_at <= 3 ? dir : 0;
				if (at + 2 < n && !strcmp(w[at + 1].text, "or"))
					s->dir = in_list(ABOVE, w[at + 2].text) ? 1 :
						 in_list(BELOW, w[at + 2].text) ? -1 : s->dir;
				snprintf(s->phrase, sizeof(s->phrase), "%s%s%s %s", w[i].orig,
					 at == i + 2 ? " " : "", at == i + 2 ? w[i + 1].orig : "",
					 w[at].orig);
				if (!dup_slot(f, s))
					f->n_slots++;
				i = at;
				continue;
			}
		}
		if (isdigit((unsigned char)x[0]) && strchr(x, '.') &&
		    isdigit((unsigned char)strchr(x, '.')[1])) {
			/* 1.5 ms: a number not taken is never a number dropped */
			*why = "it has a number with a fraction, which the examples cannot take (a time in a smaller unit can: 1500 us for 1.5 ms)";
			return -1;
		}
		if (is_number(x, &v, &suffix)) {
			struct slot *s = new_slot(f, why);
			if (!s)
				return -1;
			s->value = v;
			s->scale = 1;
			const struct unit *u = *suffix ? find_unit(suffix) : NULL;
			int used_next = 0;
			if (*suffix && !u && strcmp(suffix, "hz")) {
				*why = "it has a number with a unit the examples do not know";
				return -1;
			}
			if (!*suffix && (u = find_unit(next)) != NULL)
				used_next = 1;
			int hz = !strcmp(suffix, "hz") || !strcmp(next, "hz") || !strcmp(next, "hertz");
			if (hz && !*suffix)
				used_next = 1;
			if (u) {
				s->q = u->q;
				s->scale = u->scale;
			}
			snprintf(s->phrase, sizeof(s->phrase), "%.47s%s%.47s", w[i].orig, used_next ? " " : "",
				 used_next ? w[i + 1].orig : "");
			if (!strcmp(prev, "top") || !strcmp(prev, "first")) {
				s->kind = SLOT_TOPN;
				/* "top 5 processes by syscalls": ranked by syscalls, one
				 * entry per process */
				if (in_list(KEYS, next) && !f->group) {
					f->group = 1;
					f->keys = 1;
					snprintf(f->group_key, sizeof(f->group_key), "%.15s", next);
					skip_word = i + 1 + used_next; /* "processes": the grouping */
				}
			}
			else if (hz)
				s->kind = SLOT_HZ;
			else if ((!strcmp(prev, "pid") || !strcmp(prev, "pids") ||
				  (!strcmp(prev2, "pid") && (!strcmp(prev, "is") || !strcmp(prev, "=") ||
							     !strcmp(prev, "number")))) && !u)
				s->kind = SLOT_PID;
			else if ((!strcmp(prev, "every") || !strcmp(prev, "each")) && s->q == Q_TIME) {
				s->kind = SLOT_INTERVAL;
				f->aggregate = 1;
			}
			else if ((!strcmp(prev, "for") || !strcmp(prev, "after")) && s->q == Q_TIME &&
				 s->scale >= 1000000000)
				s->kind = SLOT_DURATION;
			else if (!strcmp(prev, "signal") || !strcmp(prev, "sig")) {
				if (v == 0) {
					/* kill(pid, 0) sends nothing: 0 is no signal here */
					*why = "it asks for signal 0 (a check that a process exists), which "
					       "the examples do not take";
					return -1;
				}
				f->signal = (int)v;
				if (used_next)
					i++;
				continue;
			} else {
				s->kind = SLOT_THRESHOLD;
				s->dir = i - dir_at <= 3 ? dir : 0;
				for (int k = i - 1; k >= 0 && k >= i - 4; k--)
					if (!strcmp(w[k].text, "pid") || !strcmp(w[k].text, "pids"))
						s->of_pid = 1;
				/* 1 MB or more, 10 ms or less */
				int after = i + 1 + used_next;
				if (after + 1 < n && !strcmp(w[after].text, "or")) {
					if (in_list(ABOVE, w[after + 1].text))
						s->dir = 1;
					else if (in_list(BELOW, w[after + 1].text) &&
						 strcmp(w[after + 1].text, "most"))
						s->dir = -1;
				}
			}
			if (!dup_slot(f, s))
				f->n_slots++;
			if (used_next)
				i++;
			continue;
		}
		/* per second, a second, each second, every second, per minute */
		const struct unit *u = find_unit(x);
		if (u && u->q == Q_TIME && u->scale >= 1000000000 &&
		    (!strcmp(prev, "per") || !strcmp(prev, "a") || !strcmp(prev, "each") ||
		     !strcmp(prev, "every") || !strcmp(prev, "an"))) {
			struct slot *s = new_slot(f, why);
			if (!s)
				return -1;
			s->kind = SLOT_INTERVAL;
			s->value = 1;
			s->q = Q_TIME;
			s->scale = u->scale;
			snprintf(s->phrase, sizeof(s->phrase), "%s %s", prev, x);
			if (!dup_slot(f, s))
				f->n_slots++;
			f->aggregate = 1;
			continue;
		}
		/* in microseconds, as ms */
		if (u && u->q == Q_TIME && (!strcmp(prev, "in") || !strcmp(prev, "as")) &&
		    strcmp(x, "s") && strcmp(x, "min")) {
			f->out_unit = u->scale;
			continue;
		}
		if (!strcmp(x, "usecs") || !strcmp(x, "microseconds") || !strcmp(x, "msecs") ||
		    !strcmp(x, "milliseconds") || !strcmp(x, "nanoseconds")) {
			f->out_unit = u->scale;
			continue;
		}
word:
		/* "how many times", "49 times a second": not durations */
		if ((!strcmp(x, "times") || !strcmp(x, "time")) &&
		    (!strcmp(prev, "many") || isdigit((unsigned char)prev[0]) || !strcmp(prev, "a") ||
		     !strcmp(prev, "some")))
			continue;
		/* "how many bytes" is a sum; "how many" alone a count */
		unsigned k = agg_word(x);
		if (!strcmp(x, "many") && !strcmp(prev, "how"))
			k = !strcmp(next, "bytes") || !strcmp(next, "byte") ? AGG_SUM : AGG_COUNT;
		else if (!strcmp(x, "number") && !strcmp(next, "of"))
			k = AGG_COUNT;
		if (k) {
			if (f->n_asks < 8)
				f->asks[f->n_asks++] = k;
			f->aggregate = 1;
			continue;
		}
		/* "by process" groups; "by processes whose pid ..." does not */
		const char *next2 = i + 2 < n ? w[i + 2].text : "";
		/* "per host that wget makes" groups too: only "by" takes a
		 * relative clause as who does it */
		int groups = (!strcmp(x, "by") || !strcmp(x, "per") || !strcmp(x, "each") ||
			      !strcmp(x, "every")) && in_list(KEYS, next) &&
			     (strcmp(x, "by") ||
			      !in_list((const char *const[]){ "whose", "that", "which", "with", "where",
							      "who", NULL }, next2));
		if (groups && f->group && slot_of(f, SLOT_TOPN) >= 0)
			groups = 0; /* the measure of a top N, not a grouping */
		/* "by pid 200", "for user 1000", "on cpu 0": one of them, a
		 * filter, not a grouping */
		long one;
		const char *unit_of_one;
		if (groups && is_number(next2, &one, &unit_of_one))
			groups = 0;
		if (groups && !f->group) {
			snprintf(f->group_key, sizeof(f->group_key), "%.15s", next);
			f->keys = 1;
			skip_word = i + 1;
			/* by process and errno, by errno and remote port */
			for (int k = i + 2; k + 1 < n && k < i + 6; k++)
				if ((!strcmp(w[k].text, "and") || !strcmp(w[k].text, "then")) &&
				    (in_list(KEYS, w[k + 1].text) ||
				     (k + 2 < n && in_list(KEYS, w[k + 2].text))))
					f->keys++;
		}
		f->group |= groups;
		f->aggregate |= in_list(AGGREGATE_WORDS, x) || (groups && strcmp(x, "every"));
		/* "every 5 seconds", "each second" are intervals, not events */
		if (!((!strcmp(x, "every") || !strcmp(x, "each")) &&
		      (isdigit((unsigned char)next[0]) || find_unit(next))))
			f->events |= in_list(EVENT_WORDS, x);
		/* a process name */
		/* "process executions": what happens, not who */
		int known = in_list(PROCESSES, x) ||
			    (retrieval_is_name(r, x) && !lexicon_event_noun(x, strlen(x)));
		int slot = !strcmp(prev, "by") || !strcmp(prev, "of") || !strcmp(prev, "for") ||
			   !strcmp(prev, "from") || !strcmp(prev, "named") || !strcmp(prev, "called") ||
			   !strcmp(prev, "does") || !strcmp(prev, "that") || !strcmp(prev, "only") ||
			   !strcmp(prev, "process") || !strcmp(prev, "in") ||
			   !strcmp(next, "process") || !strcmp(next, "processes") || !strcmp(next, "s");
		int strong_slot = !strcmp(prev, "named") || !strcmp(prev, "called") ||
				  !strcmp(prev, "process") || !strcmp(next, "process") ||
				  !strcmp(next, "processes");
		char *t[2];
		int nt = retrieval_tokenize(x, t, 1);
		int ordinary = nt && (retrieval_vocabulary_has(r, t[0]) || in_list(FILLER, x));
		/* python3, redis-server, cron-worker: names, not words */
		const char *dash = strrchr(x, '-');
		char first[48] = "";
		if (dash)
			snprintf(first, sizeof(first), "%.*s", (int)(dash - x), x);
		int name_like = (!ordinary && strlen(x) >= 3 && isalpha((unsigned char)x[0]) &&
				 strpbrk(x, "0123456789") != NULL && !find_unit(x) && !syscall_of(x)) ||
				(dash && (in_list(PROCESSES, first) ||
					  in_list((const char *const[]){ "server", "worker", "daemon",
									  "agent", "proxy", "client",
									  "manager", "helper", NULL },
						  dash + 1)));
		known |= name_like;
		for (int k = 0; k < nt; k++)
			free(t[k]);
		/* "per process hourly", "by process totally": an adverb, not a
		 * name; nor "forever", "always" */
		size_t xl = strlen(x);
		int adverb = (xl > 3 && !strcmp(x + xl - 2, "ly")) ||
			     in_list((const char *const[]){ "forever", "always", "anyway", "ever",
							    "again", "still", "often", NULL },
				     x);
		if ((known && !(adverb && !in_list(PROCESSES, x))) ||
		    (slot && !ordinary && !adverb && !find_unit(x) && !isdigit((unsigned char)x[0]) &&
		     /* "process executions": what happens, not who */
		     !lexicon_event_noun(x, strlen(x)) && strlen(x) < 16 &&
		     /* "the writen process" is a name, as the lexicon reads it */
		     (strong_slot || !misspelt(r, x)))) {
			if (f->comm[0] && strcmp(f->comm, x)) {
				*why = "it names more than one process";
				return -1;
			}
			snprintf(f->comm, sizeof(f->comm), "%s", x);
			continue;
		}
		if (in_list(FILLER, x) || (i == skip_word && in_list(KEYS, x) &&
					    strcmp(key_class(x), x) && !syscall_of(x)))
			continue; /* a word of the grouping ("per process"), not of the event */
		/* "the writen process": a name, or a word misspelt? */
		if (strong_slot && misspelt(r, x)) {
			*why = "it names a process by a word one letter from another (the name, or "
			       "the word misspelt?)";
			return -1;
		}
		if (!f->syscall[0] && syscall_of(x))
			snprintf(f->syscall, sizeof(f->syscall), "%s", syscall_of(x));
		add_terms(r, f, x);
	}
	/* "over 1 minute", "within 5 seconds": a time threshold only when the
	 * request says what takes that long; else a window to trace for */
	static const char *const TAKES[] = {
		"slow", "slower", "slowest", "fast", "faster", "long", "longer", "took", "take",
		"takes", "taking", "latency", "latencies", "duration", "durations", "block",
		"blocks", "blocked", "blocking", "wait", "waits", "waited", "waiting", "last",
		"lasts", "lasting", "spent", "spend", "stall", "stalls", "stalled", "hang", "hangs",
		"sleep", "sleeps", "sleeping", "slept", "delay", "delays", "delayed", "quicker",
		"quick", "short", "shorter", "run", "runs", NULL
	};
	int takes = 0;
	for (int i = 0; i < n && !takes; i++)
		takes = in_list(TAKES, w[i].text);
	for (int k = 0; k < f->n_slots && !takes; k++)
		if (f->slots[k].kind == SLOT_THRESHOLD && f->slots[k].q == Q_TIME) {
			*why = "it gives a time without saying what takes that long (a window to trace "
			       "for is \"for 1 minute\")";
			return -1;
		}
	return 0;
}

/* --- editing a program ----------------------------------------------------- */

/* Replaces every whole-word `from` (not inside a longer word or number;
 * '_' separates words) in `s` by `to`. */
char *replace_word(const char *s, const char *from, const char *to, int *count)
{
	size_t fl = strlen(from), tl = strlen(to), n = 0, cap = strlen(s) + 1;
	char *out = malloc(cap);
	if (count)
		*count = 0;
	for (const char *p = s; out && *p;) {
		if (fl && !strncmp(p, from, fl) && (p == s || !isalnum((unsigned char)p[-1])) &&
		    !isalnum((unsigned char)p[fl])) {
			if (n + tl + strlen(p) + 1 > cap) {
				cap = (n + tl + strlen(p) + 1) * 2;
				char *o = realloc(out, cap);
				if (!o) {
					free(out);
					return NULL;
				}
				out = o;
			}
			memcpy(out + n, to, tl);
			n += tl;
			p += fl;
			if (count)
				(*count)++;
		} else {
			if (n + 2 > cap) {
				cap *= 2;
				char *o = realloc(out, cap);
				if (!o) {
					free(out);
					return NULL;
				}
				out = o;
			}
			out[n++] = *p++;
		}
	}
	if (out)
		out[n] = '\0';
	return out;
}

int replace_in(char **program, const char *from, const char *to)
{
	int count = 0;
	char *p = replace_word(*program, from, to, &count);
	if (!p)
		return -1;
	free(*program);
	*program = p;
	return count;
}

/* `name` without a trailing "at" when it has one and more than 3 letters
 * before it ("openat": "open"; "creat" stays). */
static size_t syscall_base(const char *name)
{
	size_t n = strlen(name);
	return n > 5 && !strcmp(name + n - 2, "at") ? n - 2 : n;
}

/* Maps named after the example's system call are renamed after the
 * request's: @closes counting read() would mislead ("@reads"). A map
 * "@STEM[s|es][_rest]" whose STEM is `from` (or its base, "open" for
 * "openat") gets the base of `to` instead. Returns -1 when out of
 * memory. */
static int rename_maps(char **program, const char *from, const char *to)
{
	size_t fl[2] = { strlen(from), syscall_base(from) };
	size_t tl = syscall_base(to);
	for (char *p = strchr(*program, '@'); p; p = strchr(p + 1, '@')) {
		const char *name = p + 1;
		size_t n = 0;
		while (isalnum((unsigned char)name[n]) || name[n] == '_')
			n++;
		for (int b = 0; b < 2; b++) {
			if (n < fl[b] || strncmp(name, from, fl[b]))
				continue;
			const char *rest = name + fl[b];
			size_t plural = !strncmp(rest, "es", 2) ? 2 : rest[0] == 's' ? 1 : 0;
			if (rest + plural != name + n && rest[plural] != '_')
				continue;
			char new[96];
			if (tl + n - fl[b] >= sizeof(new) - 1)
				break;
			/* "reads", not "readses": the plural of the new stem is "s" */
			snprintf(new, sizeof(new), "%.*s%s%.*s", (int)tl, to, plural ? "s" : "",
				 (int)(n - fl[b] - plural), rest + plural);
			/* this map's name only, not every word "close" of the
			 * program (a message, do_sys_open) */
			size_t at = (size_t)(p - *program), nl = strlen(new);
			size_t total = strlen(*program) - n + nl;
			char *out = malloc(total + 1);
			if (!out)
				return -1;
			memcpy(out, *program, at + 1);
			memcpy(out + at + 1, new, nl);
			strcpy(out + at + 1 + nl, *program + at + 1 + n);
			free(*program);
			*program = out;
			p = out + at;
			break;
		}
	}
	return 0;
}

int is_special(const char *header, size_t len)
{
	return (len >= 5 && !strncmp(header, "BEGIN", 5)) || (len >= 3 && !strncmp(header, "END", 3)) ||
	       (len >= 9 && !strncmp(header, "interval:", 9)) || (len >= 2 && !strncmp(header, "i:", 2));
}

struct filter_edit {
	const char *cond;
	const char *message;
	FILE *out;
	const char *program;
	size_t done;
	int blocks;
};

/* Adds `cond` to the predicate of every probe block (not BEGIN, END or
 * intervals) and asserts it at the start of the body. */
static int filter_block(void *arg, const struct probe_block *pb)
{
	struct filter_edit *e = arg;
	if (is_special(pb->header, pb->header_len))
		return 0;
	size_t start = pb->header_at;
	fwrite(e->program + e->done, 1, start - e->done, e->out);
	const char *slash = memchr(pb->header, '/', pb->header_len);
	while (slash && slash > pb->header && !isspace((unsigned char)slash[-1]))
		slash = memchr(slash + 1, '/', pb->header_len - (size_t)(slash + 1 - pb->header));
	size_t hl = pb->header_len;
	while (hl && isspace((unsigned char)pb->header[hl - 1]))
		hl--;
	if (slash) {
		const char *last = pb->header + hl - 1; /* the closing / */
		fprintf(e->out, "%.*s/(%.*s) && %s/ {", (int)(slash - pb->header), pb->header,
			(int)(last - slash - 1), slash + 1, e->cond);
	} else {
		fprintf(e->out, "%.*s /%s/ {", (int)hl, pb->header, e->cond);
	}
	fprintf(e->out, "\n  assert(%s, \"%s\");", e->cond, e->message);
	e->done = pb->open + 1;
	/* the rest of a one-line body on a line of its own */
	const char *rest = e->program + e->done;
	while (*rest == ' ' || *rest == '\t')
		rest++;
	if (*rest != '\n') {
		fputs("\n  ", e->out);
		e->done = (size_t)(rest - e->program);
	}
	e->blocks++;
	return 0;
}

int add_filter(char **program, const char *cond, const char *message)
{
	char *text = NULL;
	size_t len = 0;
	struct filter_edit e = { cond, message, open_memstream(&text, &len), *program, 0, 0 };
	if (!e.out)
		return -1;
	scan_probe_blocks(*program, filter_block, &e);
	fputs(*program + e.done, e.out);
	fclose(e.out);
	if (!e.blocks) {
		free(text);
		return -1;
	}
	free(*program);
	*program = text;
	return 0;
}

/* The one map the program aggregates into (@x = count(), sum(...), ...);
 * NULL when there is none or more than one. `sortable`: not a histogram. */
struct one_map {
	char *name;
	size_t len;
	int *sortable, found;
};

static int one_map(void *arg, const struct aggregation *a)
{
	struct one_map *m = arg;
	if (m->found && (strlen(m->name) != a->name_len || strncmp(m->name, a->name, a->name_len)))
		return 1;
	snprintf(m->name, m->len, "%.*s", (int)a->name_len, a->name);
	*m->sortable = strcmp(a->fn, "hist") && strcmp(a->fn, "lhist") && strcmp(a->fn, "stats");
	m->found = 1;
	return 0;
}

int aggregation_map(const char *program, char *name, size_t len, int *sortable)
{
	struct one_map m = { name, len, sortable, 0 };
	name[0] = '\0';
	return scan_aggregations(program, one_map, &m) ? 0 : m.found;
}

struct cut {
	const char *program;
	FILE *out;
	size_t done;
	int cut;
};

/* Leaves out the interval probes that print and clear a map. */
static int cut_interval(void *arg, const struct probe_block *pb)
{
	struct cut *c = arg;
	if (pb->header_len < 9 || strncmp(pb->header, "interval:", 9))
		return 0;
	const char *body = c->program + pb->open, *end = c->program + pb->close;
	if (memmem(body, (size_t)(end - body), "exit()", 6))
		return 0; /* a duration, not a print */
	size_t start = pb->header_at;
	fwrite(c->program + c->done, 1, start - c->done, c->out);
	c->done = pb->close + 1;
	if (c->program[c->done] == '\n')
		c->done++;
	c->cut++;
	return 0;
}

static int drop_intervals(char **program)
{
	char *text = NULL;
	size_t len = 0;
	struct cut c = { *program, open_memstream(&text, &len), 0, 0 };
	if (!c.out)
		return -1;
	scan_probe_blocks(*program, cut_interval, &c);
	fputs(*program + c.done, c.out);
	fclose(c.out);
	free(*program);
	*program = text;
	return c.cut;
}

static int append(char **program, const char *fmt, const char *a, long b)
{
	char *p = NULL;
	char *add = NULL;
	if (asprintf(&add, fmt, a, b, a) < 0)
		return -1;
	size_t n = strlen(*program);
	int rc = asprintf(&p, "%s%s%s", *program, n && (*program)[n - 1] != '\n' ? "\n" : "", add);
	free(add);
	if (rc < 0)
		return -1;
	free(*program);
	*program = p;
	return 0;
}

/* --- adapting one example ------------------------------------------------ */

/* Words of an example's request that change what it does: a request must
 * say them too ("failed reads" do not answer "reads"). */
static const char *const MODIFIERS[] = {
	"fail", "success", "successful", "latency", "byte", "top", "second", "error", "slow",
	"big", "large", "small", "new", "only", "non", "zero", "null", "empty", NULL,
};

int frame_has(const struct frame *f, const char *term)
{
	for (int i = 0; i < f->n_terms; i++)
		if (!strcmp(f->terms[i], term))
			return 1;
	return 0;
}

/* The most keys an aggregation of the program has: @m[comm, errno] is 2. */
int map_keys(const char *program)
{
	int most = 0;
	for (const char *p = strchr(program, '@'); p; p = strchr(p + 1, '@')) {
		const char *q = p + 1;
		while (isalnum((unsigned char)*q) || *q == '_')
			q++;
		if (*q != '[')
			continue;
		int depth = 0, keys = 1;
		for (; *q; q++) {
			if (*q == '[' || *q == '(')
				depth++;
			else if ((*q == ']' || *q == ')') && --depth == 0)
				break;
			else if (*q == ',' && depth == 1)
				keys++;
		}
		const char *after = *q ? q + 1 : q;
		while (*after == ' ')
			after++;
		if (*after == '=' && after[1] != '=' && strstr(after, "(") &&
		    strcspn(after, ";\n}") > strcspn(after, "(") && keys > most)
			most = keys;
	}
	return most;
}


/* Whether the request names the event the example traces: one word of its
 * probe names (but the generic ones) is among the request's words (or the
 * system call swapped in). If not, the example's own words for its event
 * must all be the request's. */
int names_event(const struct example *ex, const struct frame *q, const char *swapped)
{
	static const char *const generic[] = { "tracepoint", "syscall", "raw_syscall", "sys",
		"enter", "exit", "kprobe", "kretprobe", "uprobe", "uretprobe", "software",
		"hardware", "profile", "interval", "lib", "x86_64", "linux", "gnu", "libc", "so",
		"bin", "usr", "begin", "end", "hz", "s", "ms", "1", NULL };
	char *t[32];
	int n = retrieval_tokenize(ex->probes, t, 32), specific = 0, named = 0;
	char *copy = strdup(ex->probes);
	for (char *c = copy; c && *c; c++)
		if (*c == '_' || *c == '/' || *c == '.' || *c == ':')
			*c = ' ';
	n += copy ? retrieval_tokenize(copy, t + n, 32 - n) : 0;
	free(copy);
	for (int i = 0; i < n; i++) {
		if (!in_list(generic, t[i]) && !isdigit((unsigned char)t[i][0])) {
			specific++;
			named |= frame_has(q, t[i]) || (swapped[0] && !strcmp(swapped, t[i]));
			/* swapped: the example's system call, the request names another */
		}
		free(t[i]);
	}
	/* raw_syscalls and intervals have no specific word: "syscalls" says it */
	return named || !specific || (strstr(ex->probes, "raw_syscalls") && frame_has(q, "syscall"));
}

/* Whether every filter of the program (its predicates and if conditions)
 * is one the request accounts for: a process name, a pid, a threshold, a
 * signal, failure ("failed", "errors"), or the program's own bookkeeping
 * (a start time found, a value present). Returns 0 when they all are. */
int filters_explained(const char *program, const struct frame *q)
{
	int unexplained = 0;
	for (const char *p = program; *p && !unexplained; p++) {
		/* a predicate " /.../ {" or "if (...)" */
		const char *start = NULL, *end = NULL;
		if (*p == '/' && p > program && p[-1] == ' ' && p[1] != '/' && p[1] != '*') {
			start = p + 1;
			end = strchr(start, '/');
			while (end && end[1] && end[1] != ' ' && end[1] != '{' && end[1] != '\n')
				end = strchr(end + 1, '/');
		} else if (!strncmp(p, "if (", 4) || !strncmp(p, "if(", 3)) {
			start = strchr(p, '(') + 1;
			int depth = 1;
			for (end = start; *end && depth; end++)
				depth += *end == '(' ? 1 : *end == ')' ? -1 : 0;
			if (*end || depth == 0)
				end--;
		}
		if (!start || !end || end <= start)
			continue;
		char cond[512];
		snprintf(cond, sizeof(cond), "%.*s", (int)(end - start < 511 ? end - start : 511), start);
		p = end;
		/* each comparison of the condition */
		for (char *save = NULL, *atom = strtok_r(cond, "&|", &save); atom;
		     atom = strtok_r(NULL, "&|", &save)) {
			const char *op = strpbrk(atom, "<>=!");
			if (!op)
				continue; /* @start[tid], $t: a value present */
			char lhs[128];
			snprintf(lhs, sizeof(lhs), "%.*s", (int)(op - atom), atom);
			const char *rhs = op + strspn(op, "<>=!");
			while (*rhs == ' ' || *rhs == '(')
				rhs++;
			long lit = strtol(rhs, NULL, 0);
			int is_lit = isdigit((unsigned char)*rhs) || *rhs == '-';
			if (strstr(lhs, "comm"))
				continue; /* the process: adapted, or declined, below */
			if (strstr(lhs, "@") || (strchr(lhs, '$') && is_lit && lit == 0) ||
			    (strstr(lhs, "nsecs") && is_lit && lit == 0))
				continue; /* bookkeeping */
			if ((strstr(lhs, "ret") || strstr(lhs, "retval")) && is_lit && lit <= 0) {
				if (!frame_has(q, "fail") && !frame_has(q, "success") &&
				    !frame_has(q, "successful") && !frame_has(q, "byte") &&
				    !(lit == 0 && op[0] == '>'))
					unexplained++;
				continue;
			}
			if (strstr(lhs, "sig") && q->signal)
				continue;
			if (strstr(lhs, "pid") && !strstr(lhs, "args") && slot_of(q, SLOT_PID) >= 0)
				continue;
			if (is_lit && slot_of(q, SLOT_THRESHOLD) >= 0)
				continue; /* a threshold: rescaled, or declined, below */
			unexplained++;
		}
	}
	return unexplained;
}

/* Words of an example's request that the request may leave out: they
 * name what any program of its kind does. */
static const char *const SOFT[] = {
	"pid", "name", "new", "kernel", "event", "events", "happen", "sure", "ones", NULL,
};


/* The process name the program filters on (comm == "X") in buf, "" if
 * none; NULL when it names two. */
const char *program_comm(const char *program, char *buf, size_t len)
{
	buf[0] = '\0';
	for (const char *lit = strstr(program, "comm == \""); lit; lit = strstr(lit + 1, "comm == \"")) {
		char name[32] = "";
		sscanf(lit + 9, "%31[^\"]", name);
		if (buf[0] && strcmp(buf, name))
			return NULL;
		snprintf(buf, len, "%s", name);
	}
	return buf;
}

static void note(FILE *changes, const char *fmt, const char *a, const char *b)
{
	if (changes)
		fprintf(changes, fmt, a, b);
}

/* Whether `lit` is in `program` as a number compared with something
 * (after <, >, <=, >=, == or !=), and never as an operand of /, * or %. */
static int compared_literal(const char *program, const char *lit)
{
	size_t n = strlen(lit);
	int compared = 0;
	for (const char *p = strstr(program, lit); p; p = strstr(p + 1, lit)) {
		if ((p > program && (isalnum((unsigned char)p[-1]) || p[-1] == '_')) ||
		    isalnum((unsigned char)p[n]) || p[n] == '_')
			continue; /* inside another word or number */
		const char *q = p;
		while (q > program && q[-1] == ' ')
			q--;
		if (q > program && strchr("/*%", q[-1]))
			return 0; /* a unit's divisor: replaced, it would change the unit */
		if (q > program && (q[-1] == '<' || q[-1] == '>' ||
				    (q - program >= 2 && q[-1] == '=' && strchr("<>=!", q[-2]))))
			compared = 1;
	}
	return compared;
}

/* Whether the request bounds its number inclusively: "at least 10 ms",
 * "64 KB or less", "up to", "no more than", ">=". */
static int inclusive_bound(const char *request)
{
	static const char *const MARKS[] = {
		"at least", "at most", "or more", "or less", "or larger", "or bigger", "or greater",
		"or longer", "or above", "or higher", "or slower", "or smaller", "or fewer",
		"or lower", "or below", "or shorter", "or faster", "up to", "no more than",
		"no less than", "not more than", "not less than", "minimum", "maximum", ">=", "<=",
		"\xE2\x89\xA5", "\xE2\x89\xA4", NULL
	};
	for (const char *const *m = MARKS; *m; m++) {
		size_t n = strlen(*m);
		for (const char *p = strcasestr(request, *m); p; p = strcasestr(p + 1, *m))
			/* whole words: "for more" is not "or more" */
			if ((p == request || !isalnum((unsigned char)p[-1])) &&
			    !isalnum((unsigned char)p[n]))
				return 1;
	}
	return 0;
}

/* The comparisons of `lit` in the program made inclusive (>=, <=) or
 * strict (>, <), as the request bounds its number. 0, or -1 when out of
 * memory. */
static int set_bound(char **program, const char *lit, int inclusive)
{
	size_t n = strlen(lit);
	for (char *p = strstr(*program, lit); p; p = strstr(p + 1, lit)) {
		if ((p > *program && isalnum((unsigned char)p[-1])) || isalnum((unsigned char)p[n]))
			continue;
		char *q = p;
		while (q > *program && q[-1] == ' ')
			q--;
		if (q == *program)
			continue;
		size_t off = (size_t)(p - *program);
		if (inclusive && (q[-1] == '>' || q[-1] == '<')) {
			/* "> 10" becomes ">= 10" */
			size_t at = (size_t)(q - *program), len = strlen(*program);
			char *bigger = realloc(*program, len + 2);
			if (!bigger)
				return -1;
			memmove(bigger + at + 1, bigger + at, len - at + 1);
			bigger[at] = '=';
			*program = bigger;
			off++;
		} else if (!inclusive && q[-1] == '=' && q - *program >= 2 &&
			   (q[-2] == '>' || q[-2] == '<')) {
			memmove(q - 1, q, strlen(q) + 1);
			off--;
		}
		p = *program + off;
	}
	return 0;
}

/* The literal of the example's number in its program, at the scale the
 * program uses for it (10 ms as 10000000 when it counts nanoseconds);
 * the program's unit (in bytes or nanoseconds) in *unit. */
static int find_literal(const char *program, const struct slot *s, long *unit, char *lit,
			size_t len)
{
	/* the number as the program may write it: in the slot's own unit
	 * first (250000000 ns), then in larger ones (250 ms as 250 after a
	 * division); only where it is compared, never a divisor ($d / 1000000
	 * holds no threshold) */
	static const long UNITS[] = { 1, 1000, 1000000, 1000000000, 60000000000, 1024, 1048576,
				      1073741824, 60, 60000, 60000000 };
	long total = s->value * s->scale;
	for (size_t i = 0; i < sizeof(UNITS) / sizeof(UNITS[0]); i++) {
		if (total % UNITS[i])
			continue;
		snprintf(lit, len, "%ld", total / UNITS[i]);
		if (compared_literal(program, lit)) {
			*unit = UNITS[i];
			return 0;
		}
	}
	return -1;
}

/* Adapts example `ex` (its frame `e`) to the request (frame `q`).
 * Returns the program, or NULL with the reason. */
static char *adapt_one(const char *request, const struct example *ex, const struct frame *q,
		       const struct frame *e, FILE *changes, const char **why, char *whybuf,
		       size_t whylen)
{
	/* another system call of the same shape: the example's probes on
	 * sys_enter_X/sys_exit_X become the request's */
	char swap_from[32] = "", swap_to[32] = "", from_term[48] = "", to_term[48] = "";
	if (q->syscall[0] && e->syscall[0] && strcmp(q->syscall, e->syscall)) {
		char enter[64], exit_[64];
		snprintf(enter, sizeof(enter), "sys_enter_%s", e->syscall);
		snprintf(exit_, sizeof(exit_), "sys_exit_%s", e->syscall);
		int count = 0;
		free(replace_word(ex->program, enter, enter, &count));
		int count2 = 0;
		free(replace_word(ex->program, exit_, exit_, &count2));
		if (count + count2 > 0) {
			snprintf(swap_from, sizeof(swap_from), "%s", e->syscall);
			snprintf(swap_to, sizeof(swap_to), "%s", q->syscall);
			char *t[2];
			if (retrieval_tokenize(swap_from, t, 1) == 1) {
				snprintf(from_term, sizeof(from_term), "%s", t[0]);
				free(t[0]);
			}
			if (retrieval_tokenize(swap_to, t, 1) == 1) {
				snprintf(to_term, sizeof(to_term), "%s", t[0]);
				free(t[0]);
			}
		}
	}
	/* what a system call returns is part of an example's meaning once it
	 * reads args->ret: close's 0 or -errno is not write's byte count, and
	 * no contract says so any more (a process can change either) */
	if (swap_from[0] && strstr(ex->program, "args->ret") &&
	    returns_status(swap_from) != returns_status(swap_to)) {
		snprintf(whybuf, whylen, "%s() returns %s and %s() %s", swap_to,
			 returns_status(swap_to) ? "0 or -errno" : "a count or a value", swap_from,
			 returns_status(swap_from) ? "0 or -errno" : "a count or a value");
		*why = whybuf;
		return NULL;
	}
	/* every word of the request is something the example does; the
	 * system call swapped in is one word ("connects", not "port" too) */
	int swapped_used = 0;
	for (int i = 0; i < q->n_terms; i++) {
		const char *t = q->terms[i];
		if (retrieval_example_has(ex, t) ||
		    (q->alt[i] && retrieval_example_has(ex, q->alt[i])) ||
		    (!strcmp(t, "top") && slot_of(q, SLOT_TOPN) >= 0) ||
		    (!strcmp(t, "second") && slot_of(q, SLOT_INTERVAL) >= 0) ||
		    (to_term[0] && !strcmp(t, to_term) && !swapped_used++))
			continue;
		snprintf(whybuf, whylen, "it asks for \"%s\", which the nearest examples do not do", t);
		*why = whybuf;
		return NULL;
	}
	/* and the example does nothing the request does not ask for: its
	 * filters are the request's; where it filters in a way this cannot
	 * tell, every word of its request must be the request's too */
	int strict = filters_explained(ex->program, q) != 0 || !names_event(ex, q, from_term);
	for (int i = 0; i < e->n_terms; i++) {
		const char *t = e->terms[i];
		if (!strict && !in_list(MODIFIERS, t))
			continue;
		if (frame_has(q, t) || in_list(SOFT, t) || (from_term[0] && !strcmp(t, from_term)) ||
		    (q->signal && !strcmp(t, "signal")) ||
		    (!strcmp(t, "top") && slot_of(q, SLOT_TOPN) >= 0) ||
		    (!strcmp(t, "second") && slot_of(q, SLOT_INTERVAL) >= 0))
			continue;
		snprintf(whybuf, whylen, "the nearest examples also do \"%s\", which the request does "
			 "not ask for", t);
		*why = whybuf;
		return NULL;
	}
	if (!q->aggregate && !strstr(ex->program, "printf(")) {
		*why = "it asks for each event and the nearest examples summarise";
		return NULL;
	}
	if (q->group && e->group && strcmp(key_class(q->group_key), key_class(e->group_key))) {
		snprintf(whybuf, whylen, "it groups by %s, the nearest examples by %s", q->group_key,
			 e->group_key);
		*why = whybuf;
		return NULL;
	}
	if (q->group && map_keys(ex->program) > (q->keys ? q->keys : 1)) {
		*why = "the nearest examples group by more than the request asks";
		return NULL;
	}
	/* grouped by process name and filtered on one process: one group */
	int one_group = !q->group && (q->comm[0] || slot_of(q, SLOT_PID) >= 0) &&
			in_list((const char *const[]){ "process", "processes", "comm", "program",
						       "programs", "command", "commands", "name",
						       NULL }, e->group_key);
	if (q->group != e->group && q->aggregate && !one_group) {
		*why = q->group ? "it groups by something the nearest examples do not"
				: "the nearest examples group by something the request does not";
		return NULL;
	}
	/* the aggregations asked for are the ones the example makes */
	unsigned made = program_aggs(ex->program), asked = 0;
	for (int i = 0; i < q->n_asks; i++) {
		asked |= q->asks[i];
		if (!(made & q->asks[i])) {
			*why = "it asks for another aggregation (count, sum, average, histogram) than "
			       "the nearest examples make";
			return NULL;
		}
	}
	if (q->n_asks && (made & ~asked)) {
		*why = "the nearest examples make an aggregation the request does not ask for";
		return NULL;
	}
	if (q->aggregate && !q->events) {
		char m[64];
		int sortable;
		if (!aggregation_map(ex->program, m, sizeof(m), &sortable) && !strstr(ex->program, "= count()")) {
			*why = "it asks for a summary and the nearest examples print each event";
			return NULL;
		}
	}
	if (strstr(ex->features, "kprobe") && !frame_has(q, "kprobe") && !frame_has(q, "kretprobe")) {
		*why = "the nearest examples are kprobes, which this kernel may not attach";
		return NULL;
	}
	char *program = strdup(ex->program);
	if (!program)
		return NULL;
	char buf[160], from[128], to[128];
	if (swap_from[0]) {
		snprintf(from, sizeof(from), "sys_enter_%s", swap_from);
		snprintf(to, sizeof(to), "sys_enter_%s", swap_to);
		replace_in(&program, from, to);
		snprintf(from, sizeof(from), "sys_exit_%s", swap_from);
		snprintf(to, sizeof(to), "sys_exit_%s", swap_to);
		replace_in(&program, from, to);
		/* maps first: "@close_errors" is "@unlink_errors", not "@unlinkat_errors" */
		if (rename_maps(&program, swap_from, swap_to) < 0) {
			free(program);
			return NULL;
		}
		replace_in(&program, swap_from, swap_to); /* in messages: "read failed" */
		note(changes, "%s() instead of %s(); ", swap_to, swap_from);
	}

	/* the process */
	char old[32];
	if (!program_comm(program, old, sizeof(old))) {
		*why = "the nearest example filters on two processes";
		goto no;
	}
	if (q->comm[0] && old[0]) {
		if (strcmp(q->comm, old)) {
			replace_in(&program, old, q->comm);
			note(changes, "process %s instead of %s; ", q->comm, old);
		}
	} else if (q->comm[0]) {
		snprintf(buf, sizeof(buf), "comm == \"%s\"", q->comm);
		snprintf(to, sizeof(to), "only %s", q->comm);
		if (add_filter(&program, buf, to) != 0) {
			*why = "the nearest example has no probe to filter";
			goto no;
		}
		note(changes, "only process %s%s; ", q->comm, "");
	} else if (old[0] && !e->comm[0]) {
		/* the example's name is not in its request: part of the program */
	} else if (old[0]) {
		*why = "the nearest example filters on a process the request does not name";
		goto no;
	}

	/* numbers, kind by kind */
	for (int i = 0; i < q->n_slots; i++) {
		const struct slot *s = &q->slots[i];
		int j = slot_of(e, s->kind);
		const struct slot *t = j >= 0 ? &e->slots[j] : NULL;
		if (s->kind == SLOT_THRESHOLD) {
			int nq = 0, ne = 0;
			for (int k = 0; k < q->n_slots; k++)
				nq += q->slots[k].kind == SLOT_THRESHOLD;
			for (int k = 0; k < e->n_slots; k++)
				ne += e->slots[k].kind == SLOT_THRESHOLD;
			if (nq == 1 && ne == 0 && s->of_pid && s->q == Q_NONE) {
				if (!s->dir) {
					*why = "it does not say whether above or below its pid";
					goto no;
				}
				snprintf(buf, sizeof(buf), "pid %s %ld", s->dir > 0 ? ">" : "<", s->value);
				snprintf(from, sizeof(from), "pid %s %ld", s->dir > 0 ? "above" : "below",
					 s->value);
				if (add_filter(&program, buf, from) != 0) {
					*why = "the nearest example has no probe to filter";
					goto no;
				}
				note(changes, "only %s%s; ", from, "");
				continue;
			}
			if (nq != 1 || ne != 1 || !t || t->q != s->q) {
				*why = "it has a number the nearest examples have no place for";
				goto no;
			}
			if (t->dir && s->dir != t->dir) {
				*why = s->dir ? "it asks for the other side of the nearest example's threshold"
					      : "it does not say whether above or below its number";
				goto no;
			}
			long unit = 1;
			char lit[32];
			if (find_literal(program, t, &unit, lit, sizeof(lit)) != 0 ||
			    (s->value * s->scale) % unit) {
				*why = "the nearest example's number is not one it can change";
				goto no;
			}
			snprintf(to, sizeof(to), "%ld", s->value * s->scale / unit);
			replace_in(&program, lit, to);
			/* "at least 10 ms" is >=, "over 10 ms" is > */
			if (s->dir && set_bound(&program, to, inclusive_bound(request)) != 0)
				goto no;
			/* the number as the messages say it: "over 10 ms" */
			if (strcmp(t->phrase, s->phrase))
				replace_in(&program, t->phrase, s->phrase);
			note(changes, "threshold %s instead of %s; ", s->phrase, t->phrase);
		} else if (s->kind == SLOT_PID) {
			snprintf(to, sizeof(to), "%ld", s->value);
			if (t) {
				snprintf(from, sizeof(from), "%ld", t->value);
				if (replace_in(&program, from, to) <= 0) {
					*why = "the nearest example's pid is not one it can change";
					goto no;
				}
			} else {
				if (strstr(program, "pid ==") || strstr(program, "pid !=")) {
					*why = "the nearest example already filters on a pid";
					goto no;
				}
				snprintf(buf, sizeof(buf), "pid == %ld", s->value);
				snprintf(from, sizeof(from), "only pid %ld", s->value);
				if (add_filter(&program, buf, from) != 0) {
					*why = "the nearest example has no probe to filter";
					goto no;
				}
			}
			note(changes, "pid %s%s; ", to, "");
		} else if (s->kind == SLOT_TOPN || s->kind == SLOT_INTERVAL) {
			char m[64];
			int sortable = 0;
			long seconds = s->kind == SLOT_INTERVAL ? s->value * s->scale / 1000000000 : s->value;
			if (s->kind == SLOT_INTERVAL && (seconds < 1 || (s->value * s->scale) % 1000000000)) {
				*why = "it asks for an interval under a second";
				goto no;
			}
			if (t) {
				snprintf(from, sizeof(from), s->kind == SLOT_TOPN ? ", %ld)" : "interval:s:%ld",
					 s->kind == SLOT_TOPN ? t->value : t->value * t->scale / 1000000000);
				snprintf(to, sizeof(to), s->kind == SLOT_TOPN ? ", %ld)" : "interval:s:%ld",
					 seconds);
				char *hit = strstr(program, from);
				if (!hit) {
					*why = "the nearest example's number is not one it can change";
					goto no;
				}
				char *p2 = NULL;
				if (asprintf(&p2, "%.*s%s%s", (int)(hit - program), program, to,
					     hit + strlen(from)) < 0)
					goto no;
				free(program);
				program = p2;
			} else if (!aggregation_map(program, m, sizeof(m), &sortable) ||
				   (s->kind == SLOT_TOPN && !sortable) ||
				   (s->kind == SLOT_INTERVAL && strstr(program, "interval:"))) {
				*why = s->kind == SLOT_TOPN ? "the nearest example has no map to take the top of"
							   : "the nearest example has no map to print each interval";
				goto no;
			} else if (s->kind == SLOT_TOPN) {
				snprintf(from, sizeof(from), "print(%s)", m);
				snprintf(to, sizeof(to), "print(%s, %ld)", m, s->value);
				if (strstr(program, from))
					replace_in(&program, from, to);
				else if (strstr(program, "END"))
					goto no_top;
				else
					append(&program, "END { print(%s, %ld); clear(%s); }\n", m, s->value);
			} else {
				int top = slot_of(q, SLOT_TOPN);
				if (top >= 0 && !strstr(program, "print(")) {
					char *p2 = NULL;
					if (asprintf(&p2, "interval:s:%ld { print(%s, %ld); clear(%s); }\n",
						     seconds, m, q->slots[top].value, m) < 0)
						goto no;
					append(&program, "%s", p2, 0);
					free(p2);
				} else {
					char *p2 = NULL;
					if (asprintf(&p2, "interval:s:%ld { print(%s); clear(%s); }\n", seconds, m,
						     m) < 0)
						goto no;
					append(&program, "%s", p2, 0);
					free(p2);
				}
			}
			snprintf(buf, sizeof(buf), "%ld", s->kind == SLOT_TOPN ? s->value : seconds);
			note(changes, s->kind == SLOT_TOPN ? "top %s%s; " : "every %s s%s; ", buf, "");
		} else if (s->kind == SLOT_DURATION) {
			long seconds = s->value * s->scale / 1000000000;
			if (t) {
				snprintf(from, sizeof(from), "interval:s:%ld", t->value * t->scale / 1000000000);
				snprintf(to, sizeof(to), "interval:s:%ld", seconds);
				if (replace_in(&program, from, to) <= 0) {
					*why = "the nearest example's duration is not one it can change";
					goto no;
				}
			} else {
				char line[64];
				snprintf(line, sizeof(line), "interval:s:%ld { exit(); }\n", seconds);
				append(&program, "%s", line, 0);
			}
			snprintf(buf, sizeof(buf), "%ld", seconds);
			note(changes, "for %s s%s; ", buf, "");
		} else if (s->kind == SLOT_HZ) {
			if (!t) {
				*why = "it has a rate the nearest examples have no place for";
				goto no;
			}
			snprintf(from, sizeof(from), "hz:%ld", t->value);
			snprintf(to, sizeof(to), "hz:%ld", s->value);
			if (!strstr(program, from)) {
				*why = "the nearest example's rate is not one it can change";
				goto no;
			}
			char *hit = strstr(program, from), *p2 = NULL;
			if (asprintf(&p2, "%.*s%s%s", (int)(hit - program), program, to, hit + strlen(from)) < 0)
				goto no;
			free(program);
			program = p2;
			note(changes, "%s Hz%s; ", to + 3, "");
		}
	}
	/* an example's number the request does not give */
	for (int j = 0; j < e->n_slots; j++) {
		enum slot_kind k = e->slots[j].kind;
		if (k == SLOT_INTERVAL && slot_of(q, SLOT_INTERVAL) < 0 && !frame_has(q, "second")) {
			/* a total, not per interval: the map prints at the end */
			if (drop_intervals(&program) <= 0) {
				*why = "the nearest example prints per interval in a way it cannot undo";
				goto no;
			}
			note(changes, "a total instead of %s%s; ", e->slots[j].phrase, "");
			continue;
		}
		if (slot_of(q, k) < 0 && k != SLOT_TOPN && !(k == SLOT_INTERVAL && e->slots[j].value == 1 &&
							       frame_has(q, "second"))) {
			*why = "the nearest example needs a number the request does not give";
			goto no;
		}
	}
	/* the signal */
	if (q->signal != e->signal) {
		if (!q->signal || !e->signal) {
			*why = q->signal ? "it names a signal the nearest examples have no place for"
					 : "the nearest example is about one signal, the request is not";
			goto no;
		}
		snprintf(from, sizeof(from), "%d", e->signal);
		snprintf(to, sizeof(to), "%d", q->signal);
		if (replace_in(&program, from, to) <= 0) {
			*why = "the nearest example's signal is not one it can change";
			goto no;
		}
		char up_from[16] = "", up_to[16] = "";
		for (int i = 0; SIGNALS[i].name; i++) {
			if (SIGNALS[i].number == e->signal)
				snprintf(up_from, sizeof(up_from), "%s", SIGNALS[i].name);
			if (SIGNALS[i].number == q->signal)
				snprintf(up_to, sizeof(up_to), "%s", SIGNALS[i].name);
		}
		for (char *c = up_from; *c; c++)
			*c = (char)toupper((unsigned char)*c);
		for (char *c = up_to; *c; c++)
			*c = (char)toupper((unsigned char)*c);
		if (up_from[0] && up_to[0])
			replace_in(&program, up_from, up_to);
		note(changes, "signal %s instead of %s; ", up_to[0] ? up_to : to,
		     up_from[0] ? up_from : from);
	}
	/* the output unit */
	if (q->out_unit && q->out_unit != e->out_unit) {
		static const struct { long scale; const char *words[4]; } NAMES[] = {
			{ 1, { "ns", "nsecs", "nanoseconds", "nsec" } },
			{ 1000, { "us", "usecs", "microseconds", "usec" } },
			{ 1000000, { "ms", "msecs", "milliseconds", "msec" } },
			{ 1000000000, { "s", "secs", "seconds", "sec" } },
		};
		int from_i = -1, to_i = -1;
		for (int i = 0; i < 4; i++) {
			if (NAMES[i].scale == e->out_unit)
				from_i = i;
			if (NAMES[i].scale == q->out_unit)
				to_i = i;
		}
		if (from_i <= 0 || to_i < 0) {
			*why = "the nearest example does not say its unit, so it cannot convert it";
			goto no;
		}
		snprintf(from, sizeof(from), "%ld", e->out_unit);
		int changed = 0;
		char pat[32], rep[32];
		snprintf(pat, sizeof(pat), "/ %ld", e->out_unit);
		snprintf(rep, sizeof(rep), "/ %ld", q->out_unit);
		changed += to_i ? replace_in(&program, pat, rep) : 0;
		snprintf(pat, sizeof(pat), "* %ld", e->out_unit);
		snprintf(rep, sizeof(rep), "* %ld", q->out_unit);
		changed += to_i ? replace_in(&program, pat, rep) : 0;
		if (!to_i || !changed) {
			*why = "the nearest example's unit is not one it can change";
			goto no;
		}
		for (int w = 0; w < 4; w++)
			replace_in(&program, NAMES[from_i].words[w], NAMES[to_i].words[w]);
		note(changes, "in %s instead of %s; ", NAMES[to_i].words[2], NAMES[from_i].words[2]);
	}
	return program;
no_top:
	*why = "the nearest example prints its map in a way it cannot limit to a top N";
no:
	free(program);
	return NULL;
}

int adapt_not_tracing(const char *request)
{
	/* verbs that change the system; the ambiguous ones ("write sizes",
	 * "kill signals") only with an object ("kill all nginx") */
	static const char *const act[] = { "delete", "remove", "erase", "rm", "format", "reboot",
		"shutdown", "install", "uninstall", "stop", "start", "restart", "disable", "enable",
		"chmod", "chown", "deny", "modify", "overwrite", "wipe", "encrypt", "upload",
		"unmount", "mount", "truncate", "patch", "fix", "update", "upgrade", NULL };
	static const char *const maybe[] = { "kill", "write", "create", "send", "block", "drop",
		"set", "change", "move", "copy", "terminate", "rename", NULL };
	static const char *const object[] = { "all", "the", "every", "my", "a", "an", "this",
		"that", "these", "it", "them", "some", "any", "each", NULL };
	static const char *const lead[] = { "please", "pls", "hey", "can", "you", "could", "go",
		"and", "just", "now", "then", NULL };
	/* an action asked anywhere: a call of an unsafe builtin, or a clause
	 * ("and then", "then", "also") that runs, calls or changes something */
	static const char *const calls[] = { "system", "signal", "override", "popen", "exec", NULL };
	static const char *const run[] = { "call", "run", "execute", "exec", "invoke", "spawn",
		NULL };
	static const char *const joint[] = { "then", "and", "also", "afterwards", "after", NULL };
	for (int c = 0; calls[c]; c++)
		for (const char *p = strstr(request, calls[c]); p; p = strstr(p + 1, calls[c])) {
			const char *q = p + strlen(calls[c]);
			/* "system(\"reboot\")"; "exec()s" names the call in prose */
			if (*q == '(' && q[1] != ')' && (p == request || !isalnum((unsigned char)p[-1])))
				return 1;
		}
	static const char *const run_nouns[] = { "queue", "queues", "time", "times", "length",
		"count", "state", "level", NULL };
	struct word w[MAX_TOKENS];
	int n = split_words(request, w, MAX_TOKENS), i = 0;
	/* "run queue latency": a noun, not an order */
/* "run for 30 seconds": how long to trace */
#define RUNS(k) (in_list(run, w[k].text) && \
		 !(!strcmp(w[k].text, "run") && (k) + 1 < n && in_list(run_nouns, w[(k) + 1].text)) && \
		 !(!strcmp(w[k].text, "run") && (k) + 2 < n && !strcmp(w[(k) + 1].text, "for") && \
		   isdigit((unsigned char)w[(k) + 2].text[0])))
	for (int k = 1; k < n; k++) {
		if (w[k].quoted || !in_list(joint, w[k - 1].text))
			continue;
		/* "... and then stop": the tracing stops, nothing else */
		if (!strcmp(w[k].text, "stop") &&
		    (k + 1 == n || in_list((const char *const[]){ "tracing", "there", "thanks", "thank",
								   "please", "ok", "okay", "after",
								   NULL },
					   w[k + 1].text)))
			continue;
		/* "between fork and exec": two events, no order */
		if (!strcmp(w[k].text, "exec") && k > 1 &&
		    in_list((const char *const[]){ "fork", "forks", "clone", "vfork", "spawn", NULL },
			    w[k - 2].text))
			continue;
		/* "chmod and chown", "mount and umount": calls named */
		static const char *const calls_named[] = { "chmod", "chown", "mount", "umount",
							   "unmount", "truncate", NULL };
		if (k > 1 && !strcmp(w[k - 1].text, "and") && in_list(calls_named, w[k - 2].text) &&
		    in_list(calls_named, w[k].text))
			continue;
		if (RUNS(k) || in_list(act, w[k].text) ||
		    (in_list(maybe, w[k].text) && k + 1 < n && in_list(object, w[k + 1].text)))
			return 1;
	}
	while (i < n && in_list(lead, w[i].text))
		i++;
	if (i >= n)
		return 0;
	/* "chmod calls with path and mode", "exec syscalls by root": named,
	 * not ordered */
	static const char *const named[] = { "call", "calls", "syscall", "syscalls", "event",
		"events", "attempts", "requests", NULL };
	if (i + 1 < n && in_list(named, w[i + 1].text))
		return 0;
	/* "stop after 30 seconds and count writes": how long to trace */
	if (!strcmp(w[i].text, "stop") && i + 1 < n && !strcmp(w[i + 1].text, "after"))
		return 0;
	return in_list(act, w[i].text) || RUNS(i) ||
	       (in_list(maybe, w[i].text) && i + 1 < n && in_list(object, w[i + 1].text));
#undef RUNS
}

/* A program composed on the event of a near example, when none can be
 * adapted whole. Stable tracepoints first, system calls' when the request
 * names one (or none is named), then the rest (uprobes, software events). */
static void compose_near(const char *request, const struct frame *qp,
			 const struct example *const *near, size_t n, const char *const *skip,
			 struct adaptation *out, FILE *tried)
{
	const char *why = NULL;
	const struct example *order[2 * CANDIDATES + 1];
	size_t n_order = 0;
	int names_syscall = qp->syscall[0] || frame_has(qp, "syscall");
	order[n_order++] = NULL; /* the system call the request names */
	for (int pass = 0; pass < 3; pass++)
		for (size_t i = 0; i < n; i++) {
			int tp = !strncmp(near[i]->probes, "tracepoint:", 11);
			int sys = tp && strstr(near[i]->probes, "tracepoint:syscalls:") != NULL;
			int rank = tp && sys != !names_syscall ? 0 : tp ? 1 : 2;
			if (rank == pass)
				order[n_order++] = near[i];
		}
	for (size_t i = 0; !out->program && i < n_order; i++) {
		const struct example *ex = order[i];
		char syscall_id[48];
		snprintf(syscall_id, sizeof(syscall_id), "syscall:%s", qp->syscall);
		if (!ex && !qp->syscall[0])
			continue;
		int skipped = 0;
		for (int k = 0; skip && skip[k]; k++)
			skipped |= !strcmp(skip[k], ex ? ex->id : syscall_id);
		if (skipped)
			continue;
		char *changes = NULL;
		size_t len = 0;
		FILE *c = open_memstream(&changes, &len);
		if (c)
			fputs(ex ? "composed on its event: " : "composed: ", c);
		char whybuf[160];
		char *program = compose_one(ex, request, qp, c, &why, whybuf, sizeof(whybuf));
		if (program && c)
			fputs("; ", c); /* intent's changes end in "; " */
		if (program && intent_check(request, &program, c, whybuf, sizeof(whybuf)) != 0) {
			free(program);
			program = NULL;
			why = whybuf;
		}
		if (c)
			fclose(c);
		if (changes && len >= 2 && changes[len - 2] == ';')
			changes[len - 2] = '\0';
		if (program) {
			out->program = program;
			if (ex) {
				out->example_id = ex->id;
			} else {
				/* no example: the system call's own tracepoints */
				snprintf(out->source, sizeof(out->source), "%s", syscall_id);
				out->example_id = out->source;
			}
			out->changes = changes ? changes : strdup("");
		} else {
			free(changes);
			if (tried)
				fprintf(tried, "%s (composed): %s\n", ex ? ex->id : syscall_id, why);
		}
	}
}

int adapt_request(const struct retrieval *r, const char *request, const char *const *skip,
		  struct adaptation *out)
{
	memset(out, 0, sizeof(*out));
	const char *why = "no example of the built-in dataset is close to it";
	if (adapt_not_tracing(request)) {
		out->why = strdup("it is not a tracing task (bpftrace only observes the system)");
		return -1;
	}
	struct frame q;
	if (read_request(r, request, &q, &why) != 0) {
		frame_free(&q);
		out->why = strdup(why);
		return -1;
	}
	const struct example *near[2 * CANDIDATES];
	size_t n = retrieval_query(r, request, NULL, near, CANDIDATES);
	if (q.syscall[0]) {
		/* examples on another system call of the same shape: the request
		 * asked again without the name of its own */
		char *generic = replace_word(request, q.syscall, "syscall", NULL);
		struct word w[MAX_TOKENS];
		int nw = generic ? split_words(request, w, MAX_TOKENS) : 0;
		for (int i = 0; generic && i < nw; i++)
			if (syscall_of(w[i].text) && strcmp(w[i].text, q.syscall)) {
				char *g2 = replace_word(generic, w[i].orig, "syscall", NULL);
				free(generic);
				generic = g2;
			}
		const struct example *more[CANDIDATES];
		size_t m = generic ? retrieval_query(r, generic, NULL, more, CANDIDATES) : 0;
		for (size_t i = 0; i < m; i++) {
			int have = 0;
			for (size_t j = 0; j < n; j++)
				have |= near[j] == more[i];
			if (!have)
				near[n++] = more[i];
		}
		free(generic);
	}
	size_t tried_len = 0;
	FILE *tried = open_memstream(&out->tried, &tried_len);
	for (size_t i = 0; i < n && !out->program; i++) {
		int skipped = 0;
		for (int k = 0; skip && skip[k]; k++)
			skipped |= !strcmp(skip[k], near[i]->id);
		if (skipped)
			continue;
		struct frame e;
		const char *ewhy = NULL;
		if (read_request(r, near[i]->request, &e, &ewhy) != 0) {
			frame_free(&e);
			continue;
		}
		/* the example's process name is what its program filters on */
		char old[32];
		if (e.comm[0] && program_comm(near[i]->program, old, sizeof(old)) && strcmp(old, e.comm))
			e.comm[0] = '\0';
		char *changes = NULL;
		size_t len = 0;
		FILE *c = open_memstream(&changes, &len);
		char whybuf[160];
		char *program = adapt_one(request, near[i], &q, &e, c, &why, whybuf, sizeof(whybuf));
		if (program && intent_check(request, &program, c, whybuf, sizeof(whybuf)) != 0) {
			free(program);
			program = NULL;
			why = whybuf;
		}
		if (c)
			fclose(c);
		if (program) {
			out->program = program;
			out->example_id = near[i]->id;
			if (changes && len >= 2 && changes[len - 2] == ';')
				changes[len - 2] = '\0';
			out->changes = changes ? changes : strdup("");
		} else {
			free(changes);
			if (!out->why)
				out->why = strdup(why);
			if (tried)
				fprintf(tried, "%s: %s\n", near[i]->id, why);
		}
		frame_free(&e);
	}
	if (!out->program)
		compose_near(request, &q, near, n, skip, out, tried);
	frame_free(&q);
	if (tried)
		fclose(tried);
	if (out->program) {
		free(out->why);
		out->why = NULL;
	} else if (!out->why) {
		out->why = strdup(why);
	}
	return out->program ? 0 : -1;
}

void adaptation_free(struct adaptation *a)
{
	free(a->program);
	free(a->changes);
	free(a->why);
	free(a->tried);
	memset(a, 0, sizeof(*a));
}
