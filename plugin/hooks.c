/* SPDX-License-Identifier: Apache-2.0 */
#include "hooks.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define MAX_WORDS 24

static const char *const STOP[] = { "the", "and", "for", "with", "that", "this", "from",
				    "every", "each", "print", "show", "count", "trace", "list",
				    "what", "when", "which", "all", "per", "top", "how", "many",
				    "much", "its", "their", "into", "over", "new", "who", "why",
				    "are", "was", "were", "does", "did", "you", "please", "can",
				    "could", "would", "want", "like", "see", "me", NULL };

/* Subsystems of one filesystem or driver: listed only when named. */
static const char *const NARROW[] = { "btrfs", "xfs", "ext4", "f2fs", "nfs", "nfs4", "cifs",
				      "gfs2", "ocfs2", "afs", "erofs", "jbd2", "fscache",
				      "netfs", "cachefiles", "bcachefs", "nilfs2", "hfs",
				      "i915", "amdgpu", "xe", "nouveau", "drm", "rxrpc", "sunrpc",
				      "rpcgss", "rdma", "mlx5", "iwlwifi", "ath10k", "ath11k",
				      "kvm", "kvmmmu", "xen", "hyperv", "kyber", "bfq", "iocost",
				      NULL };

/* The kernel's common subsystems: first among equals. */
static const char *const CORE[] = { "syscalls", "raw_syscalls", "sched", "signal", "block",
				    "sock", "tcp", "udp", "net", "skb", "irq", "kmem", "timer",
				    "exceptions", "task", NULL };

/* Words that name a subsystem without its name. */
static const struct {
	const char *word, *subsystem;
} ALIASES[] = {
	{ "disk", "block" },     { "connection", "sock" }, { "connect", "sock" },
	{ "socket", "sock" },    { "network", "net" },     { "packet", "net" },
	{ "interrupt", "irq" },  { "memory", "kmem" },     { "scheduler", "sched" },
	{ "fault", "exceptions" }, { "established", "sock" }, { "context", "sched" },
};

static int in(const char *w, size_t len, const char *const *list)
{
	for (; *list; list++)
		if (strlen(*list) == len && !strncmp(w, *list, len))
			return 1;
	return 0;
}

struct word {
	char text[33]; /* its stem: "opens" is "open" */
	size_t len;
	int alt; /* the word as written, after its stem: scored with it */
};

static int read_words(const char *request, struct word *w)
{
	int n = 0;
	for (const char *p = request; *p && n < MAX_WORDS;) {
		while (*p && !isalnum((unsigned char)*p))
			p++;
		const char *s = p;
		while (isalnum((unsigned char)*p) || *p == '_')
			p++;
		size_t len = (size_t)(p - s);
		if (len < 3 || len > 32)
			continue;
		for (size_t i = 0; i < len; i++)
			w[n].text[i] = (char)tolower((unsigned char)s[i]);
		/* "opens": "open"; "switches": "switch"; not "process" */
		if (len > 5 && w[n].text[len - 1] == 's' && w[n].text[len - 2] == 'e' &&
		    strchr("hxs", w[n].text[len - 3]))
			len -= 2;
		else if (len > 4 && w[n].text[len - 1] == 's' && w[n].text[len - 2] != 's')
			len--;
		size_t whole = (size_t)(p - s);
		w[n].text[len] = '\0';
		w[n].len = len;
		w[n].alt = 0;
		if (in(w[n].text, len, STOP))
			continue;
		n++;
		/* the word as written too, when its stem is shorter ("btrfs") */
		if (whole != len && n < MAX_WORDS) {
			memcpy(w[n].text, w[n - 1].text, len);
			memcpy(w[n].text + len, s + len, whole - len);
			for (size_t i = len; i < whole; i++)
				w[n].text[i] = (char)tolower((unsigned char)w[n].text[i]);
			w[n].text[whole] = '\0';
			w[n].len = whole;
			w[n].alt = 1;
			n++;
		}
	}
	return n;
}

/* The score of one tracepoint: for each word, 3 per letter when it is a
 * whole word of the event's name or the subsystem, 2 when it starts one
 * or names the subsystem another way ("disk": block); doubled, plus one
 * for a common subsystem, so that it goes first among equals. */
static size_t score_of(const char *name, const struct word *w, int n_words)
{
	const char *colon = strchr(name, ':');
	if (!colon)
		return 0;
	size_t sub_len = (size_t)(colon - name), score = 0;
	int narrow = in(name, sub_len, NARROW), named = 0;
	size_t prev_best = 0;
	for (int k = 0; k < n_words; k++) {
		size_t best = 0;
		if (w[k].len == sub_len && !strncmp(name, w[k].text, sub_len)) {
			best = 3 * w[k].len;
			named = 1;
		}
		for (size_t a = 0; a < sizeof(ALIASES) / sizeof(ALIASES[0]); a++)
			if (!strcmp(w[k].text, ALIASES[a].word) &&
			    strlen(ALIASES[a].subsystem) == sub_len &&
			    !strncmp(name, ALIASES[a].subsystem, sub_len) && best < 2 * w[k].len)
				best = 2 * w[k].len;
		for (const char *t = colon + 1; *t;) {
			size_t tl = strcspn(t, "_");
			/* a system call's variants are the call: openat, renameat2, pread64 */
			static const char *const variant[] = { "", "at", "at2", "64", "v", "2", "3",
							       "4", NULL };
			int whole = tl >= w[k].len && !strncmp(t, w[k].text, w[k].len);
			for (int v = 0; whole && variant[v]; v++)
				if (tl - w[k].len == strlen(variant[v]) &&
				    !strncmp(t + w[k].len, variant[v], tl - w[k].len))
					whole = 2;
			if (whole == 2)
				best = best > 3 * w[k].len ? best : 3 * w[k].len;
			else if (tl > w[k].len && w[k].len >= 4 && !strncmp(t, w[k].text, w[k].len))
				best = best > 2 * w[k].len ? best : 2 * w[k].len;
			t += tl + (t[tl] == '_');
		}
		if (k + 1 < n_words && w[k + 1].alt) {
			prev_best = best; /* the stem's; the word's follows */
			continue;
		}
		score += best > prev_best ? best : prev_best;
		prev_best = 0;
	}
	if (narrow && !named)
		return 0;
	return score ? 2 * score + in(name, sub_len, CORE) : 0;
}

int hooks_rank(const char *request, const char *const *names, size_t n, size_t *order,
	       size_t max)
{
	struct word w[MAX_WORDS];
	int n_words = read_words(request, w);
	size_t *score = calloc(n + 1, sizeof(*score));
	if (!score)
		return -1;
	for (size_t i = 0; i < n; i++)
		score[i] = score_of(names[i], w, n_words);
	size_t listed = 0;
	while (listed < max) {
		size_t best = n;
		for (size_t i = 0; i < n; i++)
			if (score[i] && (best == n || score[i] > score[best] ||
					 (score[i] == score[best] &&
					  strlen(names[i]) < strlen(names[best]))))
				best = i;
		if (best == n)
			break;
		score[best] = 0;
		order[listed++] = best;
	}
	free(score);
	return (int)listed;
}
