/* SPDX-License-Identifier: Apache-2.0 */
/* The offline reader: a request in English read into an intent, from the
 * lexicon (datasets/lexicon.txt) and the kernel's own names (the system
 * calls tracefs has), never from words written into code. Every word of
 * the request is placed (a filler, the event, an aggregation, a grouping,
 * a role, a filter, a number), or the request is declined naming the
 * first word that is not, as the user wrote it.
 *
 * A word matches a lexicon word as written, or else by its English stem
 * (stem.h: "displayed", "summarizing", "exceeded", "segfaulted") for the
 * classes whose words mean the same in any form: fillers, "each",
 * aggregations, summaries, groupings, failure, units, bounds, exclusions
 * and events' names. Roles and keys match as written: "processed" is not
 * the process, "filed" not a file.
 *
 * The lexicon is loaded once (lexicon_load()); the intent is a plain
 * structure the planner (planner.h) turns into a program.
 *
 * Errors: negative errno, with a reason the caller can print in `why`
 * (-ENOENT: nothing to read; -EINVAL: a line of the lexicon it cannot
 * read; -ENOTSUP: a request it cannot place). */
#ifndef BTE_READER_H
#define BTE_READER_H

#include <stddef.h>

#define LX_WORD 48
#define LX_EVENTS 64 /* events a lexicon may have */
#define LX_NAMES 48  /* names an event may have */

enum lx_class {
	LX_NONE, LX_FILLER, LX_EACH, LX_AGG, LX_PREP, LX_KEY, LX_ROLE, LX_FAIL, LX_SYSCALLS,
	LX_TRANSFER, /* a system call that returns the bytes it moved (not a word class) */
	LX_SUMMARY,  /* a summary: a count unless something else is said */
	LX_ALIAS,    /* another word for a system call ("written": write) */
	LX_ENGLISH,  /* an English word first, a system call only as "time()" */
	LX_ATVARIANT, /* a system call's -at variant glibc calls for it (open: openat) */
	LX_NEGATION, /* "except", "other than": an exclusion; served only right
		      * before a process, a pid, root or a signal */
	LX_UNIT,     /* a unit of time: ns us ms s */
	LX_ABOVE,    /* a bound before a time: gt ("more than"), ge ("at least") */
	LX_SUCCEED,  /* only the calls that succeeded ("successful opens") */
	LX_TWOTASKS, /* system calls about two tasks (execve: the caller and the
		      * program it becomes): a process kept out says which */
	LX_NAMED,    /* a kernel's name for a value of a role ("net_rx": a softirq's
		      * vector 3), kept to: "named ROLE=VALUE WORD..." */
	LX_RESTATES, /* a verb for a system call, read only where the call is
		      * named too ("java maps with mmap"): "restates CALL WORD..." */
	LX_ONEFILE,  /* system calls each about one file: "the most files" they
		      * are made on counts the calls (not a class of words) */
};

enum lx_agg { AG_COUNT, AG_SUM, AG_AVG, AG_MIN, AG_MAX, AG_HIST, AG_N };

/* One phrase of the lexicon: its words joined by ' ', its class and what
 * it stands for (an aggregation's kind, a key's builtin, a role's name). */
struct lx_phrase {
	char text[LX_WORD];
	char stem[LX_WORD]; /* its words' stems (stem.h), "" where a word has none */
	int words;
	enum lx_class cls;
	char value[24];
};

struct lx_role {
	char name[24];
	char expr[96];
	char fmt[8];
	char keep[96]; /* "keep=COND": what a value must be to be measured
			* (bytes sent: a negative return is an errno) */
	char only[48]; /* "only=V,V...": the values it ever has there (a
			* crash's signal); kept to another, it declines */
};

struct lx_event {
	char name[24];
	char probes[200];
	char where[128];
	char names[LX_NAMES][LX_WORD];
	int n_names;
	struct lx_role roles[12];
	int n_roles;
	char shows[4][24]; /* "shows": the roles a line per event always shows
			    * (a deletion's file, a kill's target and signal) */
	int n_shows;
	char counted[4][24]; /* "counted": roles of which each event is one
			      * ("how many children" counts forks) */
	int n_counted;
	char absorbs[4][24]; /* "absorbs EVENT...": named beside one of these,
			      * it is the event meant ("process exits with
			      * their exit code": the exit code's) */
	int n_absorbs;
	char verbs[4][24]; /* "verbs WORD...": said after it is named, these
			    * are it again, not another event ("the oom
			    * killer kills": the kill) */
	int n_verbs;
	char values[24]; /* "values ROLE": its names name its ROLE values
			  * ("exit codes"), asked for whenever it is named */
	int summary_only; /* "summary": never a line per event (its comm and
			   * pid are not the task the event is about) */
	/* "ends PROBE START_KEY END_KEY": a time of the event runs from its
	 * probes, keyed by START_KEY, to PROBE, keyed by END_KEY (a disk
	 * request from its issue to its completion); roles "end.NAME" are
	 * its values there */
	char end_probe[120];
	char start_key[64], end_key[64];
	char end_where[128]; /* "endwhere COND": what the end probe must see to
			     * end it (a connect's SYN_SENT to ESTABLISHED) */
	int always_timed; /* "timed": named, it is a time ("off-CPU time"),
			   * unless only counted; "timed total": summarized
			   * with no word for how, it is totalled */
	int timed_total;
	int two_tasks;    /* "twotasks": its comm and pid are one of two tasks
			   * it is about (a context switch's task switched
			   * out); a process kept out must say which */
	int per_process;  /* "perprocess": once per process (exit_group), by
			   * whichever thread: no thread of its own */
	int per_thread;   /* "perthread": each thread's (a thread's exit): a
			   * parent is the process's, not the thread's */
	int notask;       /* "notask": it runs outside the task it is about
			   * (a retransmit in a timer): no comm, pid, tid or
			   * uid, and its lines show none */
	int other_task;   /* "othertask": it runs in another task than the one
			   * it is about (an OOM kill, in the task that
			   * allocates): only its roles speak of that one,
			   * and the running task's values (cgroup, tid, a
			   * parent, a user stack) decline */
	int no_direction; /* "nodirection": its local and remote ends are no
			   * source and destination (an accepted connection's
			   * source is the remote end): those words decline */
	char fails[24];   /* "fails EVENT": "failed" said of it is that event
			   * ("tcp connections that fail": SYN_SENT to CLOSE) */
	int inbound;      /* "inbound": a connection made to this machine,
			   * whose local port is the server's: a port "on"
			   * or "to" it is the local one */
	int outbound;     /* "outbound": a connection this machine makes, whose
			   * port is the one connected to: a port "on" or
			   * "at" it declines (it may be the server's), and a
			   * port or address "to" it where no word says the
			   * connections are made here (said_outbound()) */
	int sent;         /* "sent": what this machine sends to the remote end
			   * (a retransmit): an address "to" it is remote */
};

/* A function of a user-space binary or library whose arguments and
 * return value the lexicon knows (a uprobe has no types of its own). */
struct lx_function {
	char name[40];
	char lib[48];     /* the library it is in ("libc.so.6"), "" for the
			   * binary the request names */
	char ret_fmt[8];  /* %s %d %u %p; "" when it returns nothing */
	int untyped;      /* a function the request names in its binary that
			   * the lexicon does not know: its return value
			   * and arguments have no type here */
	int kernel;       /* a function of the running kernel (kprobe), named
			   * by the request: untyped too */
	struct lx_role args[6]; /* a role and its argN */
	int n_args;
	char names[8][LX_WORD]; /* "names PHRASE...": other words for it ("name
				 * lookups": getaddrinfo), '+' as ' ' */
	int n_names;
	char shows[2][24]; /* "shows ROLE...": what a line per call shows where
			    * it is entered (a lookup's host) */
	int n_shows;
};

struct sb_stemmer;

/* A tool's name and the request it stands for ("execsnoop": "print each
 * exec with its arguments"). */
#define LX_MEANS 24
struct lx_means {
	char tool[LX_WORD];
	char request[160];
};

struct lexicon {
	struct sb_stemmer *stemmer; /* Snowball's English stemmer (stem.h) */
	struct lx_phrase *phrases;
	size_t n_phrases;
	struct lx_event events[LX_EVENTS];
	int n_events;
	struct lx_function functions[32];
	int n_functions;
	struct lx_means means[LX_MEANS];
	int n_means;
	/* every word of its phrases, events' and functions' names, sorted
	 * (for lexicon_spelled()) */
	char (*vocab)[LX_WORD];
	size_t n_vocab;
	/* "context WORD...": words said only of what happens around a
	 * request ("slow", "crashing"), set aside with it (context.h) */
	char (*context)[LX_WORD];
	size_t n_context;
	/* the last request planned with it (offline_plan.c's, freed with
	 * the lexicon), so that one request is read once */
	struct lx_memo *memo;
};

struct lx_memo {
	void *data;
	void (*drop)(void *data);
};

/* Whether the lexicon lists system call `name` as one that returns the
 * bytes it moved. */
int lexicon_transfers(const struct lexicon *lx, const char *name);

/* Whether the lexicon knows `word` (lower case): as written or by its
 * stem, or as a program's, a system call's or a function's name. */
int lexicon_knows(const struct lexicon *lx, const char *word);

/* Whether system call `name` is about one file each time (the lexicon's
 * `onefile` line). */
int lexicon_one_file(const struct lexicon *lx, const char *name);

/* The -at variant the lexicon gives system call `name` ("openat" for
 * "open"), or NULL. */
const char *lexicon_at_variant(const struct lexicon *lx, const char *name);
/* The n-th of them (rename: renameat, renameat2), or NULL. */
const char *lexicon_at_variant_n(const struct lexicon *lx, const char *name, int n);

/* Whether system call `name` is one the lexicon says is about two tasks
 * (the `twotasks` class: execve). */
int lexicon_two_tasks(const struct lexicon *lx, const char *name);

/* Whether `word` (one word, any case) is a filler or an "each" word of
 * the lexicon: it adds nothing a program could keep to. */
int lexicon_filler(const struct lexicon *lx, const char *word);
/* Whether `word` (one word, any case) is one the lexicon's `context` lines
 * say only of what happens around a request ("slow"): set aside with the
 * part it is in, it names nothing (context.h). */
int lexicon_context(const struct lexicon *lx, const char *word);

/* The request with each tool's name the lexicon knows put as the request
 * it stands for ("execsnoop" as "print each exec with its arguments"),
 * malloc'd; NULL when it names none (or out of memory). */
char *lexicon_means(const struct lexicon *lx, const char *request);

/* The request with each word of 6 letters or more that the lexicon does
 * not know, and that two letters swapped or a letter doubled make one
 * word it knows, spelled that way ("recieves": "receives", "procesess":
 * "processes", "writen": "written"); what was
 * respelled goes to `note` ("\"recieves\" as \"receives\""). NULL when
 * nothing is (or out of memory). Never a quoted word, a word with digits,
 * '-', '.', '_' or '/' (a name: "redis-server"), or a system call's name. */
char *lexicon_spelled(const struct lexicon *lx, const char *request, char *note, size_t len);

/* Reads the lexicon at `path`. Returns 0, or a negative errno with the
 * file, line and reason in why. */
int lexicon_load(const char *path, struct lexicon *lx, char *why, size_t whylen);
void lexicon_unload(struct lexicon *lx);

/* What a request asks for. Each item keeps the words it came from, as
 * written, for the user. */
struct intent_item {
	char name[24];     /* a role ("target"), a builtin ("cpu") or a word the
			    * planner resolves as a field ("uid") */
	char words[LX_WORD * 2];
};

#define INTENT_ITEMS 6

struct intent {
	const struct lx_event *event; /* a lexicon event, or NULL */
	const struct lx_function *function; /* else a user-space function */
	struct lx_event named_tp;     /* a tracepoint of this kernel named by its
				       * name ("sched_migrate_task"): event is
				       * it; no process of its own (notask) */
	struct lx_function named_fn;  /* one the lexicon does not know, named
				       * with its binary ("function main in
				       * /usr/local/bin/app"): function is it */
	char binary[256];             /* the path the request names, or "" */
	char binary_after[LX_WORD];   /* the word before it ("by", "in"), or "" */
	unsigned char ip[4];          /* "to 10.20.0.15", "from 10.0.0.0/8": an
				       * IPv4 address kept to, its first ip_bytes
				       * bytes (0: none) */
	int ip_bytes;
	char ip_role[12];             /* the role whose address it is: "address"
				       * (the remote end) or "source" (local) */
	char ip_words[LX_WORD * 2];
	char cgroup_path[256];        /* "in cgroup /sys/fs/cgroup/x": the cgroup
				       * kept to, or "" */
	char syscall[LX_WORD];        /* else a system call of this kernel */
	int all_syscalls;             /* else every system call */
	char event_words[LX_WORD * 2];
	unsigned aggs;                /* 1 << AG_* each asked for */
	char agg_words[LX_WORD * 2];
	int counts_bytes;             /* count words said of bytes ("count bytes",
				       * "how many bytes"): their sum */
	int counts_events;            /* count words said of anything else ("how
				       * many reads") */
	struct intent_item keys[2];
	int n_keys;
	struct intent_item shows[INTENT_ITEMS]; /* each event: shown; else measured */
	struct intent_item equals[2]; /* "fd 1", "signal 9", "cpu 0": a thing of
				       * the event kept equal to a number */
	long equals_value[2];
	int equals_not[2];            /* said the other way round ("except
				       * SIGCHLD"): kept to any other value */
	int n_equals;
	int n_shows;
	char comm[32];                /* the process that acts, to keep to */
	int comm_not;                 /* "except nginx", "other than nginx":
				       * every process but it */
	int comm_process;             /* comm is the process's ("asterisk
				       * threads", "threads of mysqld"): its
				       * main thread's name */
	int comm_guessed;             /* comm is a word no list has, read as a
				       * name by where it stands ("by rtl_sdr"):
				       * 1, or 2 said to be a process too ("for
				       * process fix_gateway") */
	int pid_not;                  /* "except pid 1": every pid but it */
	int not_actor;                /* "except by nginx", "not from pid 1": the
				       * task acting is the one kept out */
	char not_words[LX_WORD * 2];  /* the exclusion as written ("except
				       * nginx"), when one is read */
	long pid;                     /* the pid to keep to, or 0 */
	long pid_above;               /* only pids above this ("whose pid is
				       * above 1000"), or 0 */
	int pid_above_ge;             /* "pid of at least 1000": >= */
	int pid_lt;                   /* the bound is an upper one ("pids below
				       * 1000"): < (<= with pid_above_ge) */
	char pid_above_words[LX_WORD * 2];
	int comm_to, pid_to;          /* named after "to" ("sent to nginx"): the
				       * task the event is directed at */
	int comm_from, pid_from;      /* named after "from": the task acting */
	int who;                      /* "who", "whose": a summary says which
				       * process */
	int null_ret;                 /* only a function's calls that return
				       * NULL ("malloc returning NULL") */
	char null_words[LX_WORD];
	int failed;                   /* only calls that failed */
	int succeeded;                /* only calls that succeeded */
	int errno_value;              /* with this errno ("ENOENT"), or 0 */
	int each_words;               /* "every", "each": a line per event */
	int only_shown;               /* "print only the port": a line shows
				       * what is asked and nothing else */
	int summary;                  /* "summarize": a count unless said */
	int ranked;                   /* "top" (no number), "the most": a
				       * summary that ranks */
	int ranked_calls;             /* what it ranks is which system call
				       * ("the most frequent syscalls", "syscalls
				       * sorted", "called the most") */
	char fail_words[LX_WORD];     /* the words of failed or succeeded */
	char unit[4];                 /* the time unit to show: ns us ms s, or "" */
	char unit_words[LX_WORD];
	long long above_ns;           /* only what takes longer than this, or 0 */
	int above_ge;                 /* "at least": >= rather than > */
	int above_lt;                 /* the bound is an upper one ("faster than
				       * 1 ms", "less than"): < (<= with
				       * above_ge: "at most") */
	char above_unit[4];           /* the unit the bound was given in */
	char above_words[LX_WORD * 2];
	long long size_above;         /* only what moves or asks more bytes than
				       * this ("over 1 MB"), or 0 */
	int size_ge;                  /* "1 MB or more", "at least 4 KB": >= */
	int size_lt;                  /* an upper bound ("smaller than 4 KB",
				       * "1 MB or less"): < (<= with size_ge) */
	char size_words[LX_WORD * 2];
	long size_div;                /* sizes shown in KB (1024) or MB, or 0 */
	char size_unit[4];            /* "KB", "MB" */
	char size_unit_words[LX_WORD];
	int firm;                     /* declined for what the request says,
				       * whatever else is made of it (an
				       * exclusion): its reason leads */
	long topn;                    /* the top N to print, or 0 */
	long interval_s;              /* print every N seconds, or 0 */
	int interval_rate;            /* said as a rate ("per second", "a
				       * minute"), not "every 5 seconds" */
	int throughput;               /* of a unit of size: "MB per second" */
	int cumulative;               /* "running total", "without resetting":
				       * each interval prints the totals since
				       * the start, never cleared */
	char cumulative_words[LX_WORD * 2];
	long duration_s;              /* trace for N seconds, then exit; or 0 */
	long long lh[3];              /* a linear histogram ("linear buckets of 128
				       * bytes up to 1024"): its lowest value,
				       * highest and bucket size; lh[2] 0: none */
	char lh_kind[3];              /* each one's: 'b' bytes, 't' ns, 'n' a
				       * number in the unit shown */
	char lh_words[LX_WORD * 2];
	long hz;                      /* a rate to sample at ("at 49 Hz", "99
				       * times a second"), or 0 */
	char hz_words[LX_WORD * 2];
	char duration_words[LX_WORD * 2];
};

/* Whether the request orders something other than tracing ("delete all
 * my files", "... and then call system()", "restart nginx"): 1 if so.
 * bpftrace only observes; such a request is declined whatever its words. */
int reader_not_tracing(const char *request);

/* Reads `request` into `out`. Returns 0, or -ENOTSUP with the reason in
 * why (the word as written, when one is not placed). */
int reader_read(const struct lexicon *lx, const char *request, struct intent *out, char *why,
		size_t whylen);

#endif
