/* SPDX-License-Identifier: Apache-2.0 */
/* A request as the offline synthesizer reads it (plugin/adapt.c), shared
 * by adaptation (adapt.c) and composition (compose.c). Internal to the
 * plugin. */
#ifndef BTE_FRAME_H
#define BTE_FRAME_H

#include <stddef.h>

#include "retrieve.h"

#define MAX_TOKENS 96
#define MAX_SLOTS 8

enum slot_kind { SLOT_THRESHOLD, SLOT_PID, SLOT_TOPN, SLOT_INTERVAL, SLOT_DURATION, SLOT_HZ };

enum quantity { Q_NONE, Q_BYTES, Q_TIME };

struct slot {
	enum slot_kind kind;
	long value;
	enum quantity q;
	long scale;       /* the unit in bytes or nanoseconds; 1 when unitless */
	int dir;          /* a threshold: 1 above it, -1 below, 0 not said */
	int of_pid;       /* a threshold on the pid ("pids above 1000") */
	char phrase[100]; /* as written: "64 kilobytes" */
};

struct frame {
	char comm[32];    /* the process name to filter on, "" if none */
	struct slot slots[MAX_SLOTS];
	int n_slots;
	long out_unit;    /* nanoseconds per output unit; 0: not said */
	int signal;       /* a signal by name or number; 0: none */
	int events;       /* asks for each event ("print every", "log", "whenever") */
	int aggregate;    /* asks for a count, sum, histogram, top, rate */
	int group;        /* groups by something: "by process", "per port", "each pid" */
	char group_key[16]; /* by what */
	int keys;         /* how many things it groups by ("by process and errno": 2) */
	char syscall[24]; /* the first system call it names ("reads": read) */
	unsigned asks[8]; /* the aggregations it asks for, a set of AGG_* alternatives a word */
	int n_asks;
	char *terms[MAX_TOKENS]; /* the other words, as index terms */
	char *alt[MAX_TOKENS];   /* each one's spelling one edit away, or NULL: the
				  * dataset has misspellings too ("procesess") */
	int n_terms;
};

struct unit {
	const char *word;
	enum quantity q;
	long scale;
};

/* Raw words of a request: lower-case, split on anything but letters,
 * digits, '_', '.' and '-' inside a word; a quoted string is one word. */
struct word {
	char text[48]; /* lower-case */
	char orig[48]; /* as written */
	int quoted;
};

enum {
	AGG_COUNT = 1, AGG_SUM = 2, AGG_AVG = 4, AGG_HIST = 8, AGG_LHIST = 16, AGG_MIN = 32,
	AGG_MAX = 64, AGG_STATS = 128,
};

int in_list(const char *const *list, const char *w);
const struct unit *find_unit(const char *w);
int find_signal(const char *w);
int split_words(const char *s, struct word *out, int max);
int is_number(const char *w, long *value, const char **suffix);
const char *syscall_of(const char *w);
unsigned agg_word(const char *w);
unsigned program_aggs(const char *program);
void frame_free(struct frame *f);
int slot_of(const struct frame *f, enum slot_kind k);
const char *key_class(const char *w);
int read_request(const struct retrieval *r, const char *request, struct frame *f,
			const char **why);
int frame_has(const struct frame *f, const char *term);
char *replace_word(const char *s, const char *from, const char *to, int *count);
int replace_in(char **program, const char *from, const char *to);
int is_special(const char *header, size_t len);
int add_filter(char **program, const char *cond, const char *message);
int aggregation_map(const char *program, char *name, size_t len, int *sortable);
const char *program_comm(const char *program, char *buf, size_t len);
int filters_explained(const char *program, const struct frame *q);
int names_event(const struct example *ex, const struct frame *q, const char *swapped);
int map_keys(const char *program);

#endif
