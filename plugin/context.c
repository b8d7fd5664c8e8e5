/* SPDX-License-Identifier: Apache-2.0 */
/* What a request says around what it asks, set aside (context.h). */
#define _GNU_SOURCE
#include "context.h"

#include "lexicon.h"
#include "reader.h"
#include "words.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_PARTS 16

struct part {
	const char *at;
	size_t len;
	char end; /* the '?' or '.' it ends with, ',' at a comma or dash, else '\0' */
};

static int in_list(const char *w, size_t n, const char *const *list)
{
	for (; *list; list++)
		if (strlen(*list) == n && !strncasecmp(*list, w, n))
			return 1;
	return 0;
}

/* Whether `s` starts with one of `list` as whole words (case aside);
 * its length, else 0. */
static size_t starts(const char *s, const char *const *list)
{
	for (; *list; list++) {
		size_t n = strlen(*list);
		if (!strncasecmp(s, *list, n) && !isalnum((unsigned char)s[n]) && s[n] != '\'')
			return n;
	}
	return 0;
}

/* Words that ask, at the start of a clause after a comma or "and": "...,
 * can you show me", "... and I want to see". */
static const char *const ASKS[] = {
	"can you", "could you", "would you", "will you", "can i", "could i", "can we",
	"could we", "how can i", "how do i", "i want", "i wanna", "i'd like", "i would like",
	"i need", "we need", "we want", "we'd like", "help me", "please", "pls", "just want",
	"want to", "i'm trying to", "im trying to", "trying to", "tell me", "show me",
	"give me", "let me", "let's", "any way to", "is there a way to", NULL
};

/* Words that lead into a clause that asks: ", so can you", ", ok could you". */
static const char *const LEADS[] = { "so", "and", "but", "ok", "okay", "well", "now", "then",
				     "hey", "just", NULL };

/* Whether a clause starts at `q` after a comma: a word, not a number
 * (", 5 per second"); after a dash, a number is kept out by the words a
 * part set aside may have. */
static int clause_starts(const char *q)
{
	return isalpha((unsigned char)*q) || *q == '\'' || *q == '"';
}

/* The part boundaries of `s`: after a sentence's end, before a clause that
 * asks after a comma or "and"; with `clauses`, also at every comma and
 * dash between words (" - ", " -- "), whose parts end with ','. */
static int parts(const char *s, struct part *out, int clauses)
{
	int n = 0;
	const char *start = s;
	for (const char *p = s; *p; p++) {
		const char *cut = NULL, *next = NULL;
		char end = '\0';
		if (strchr(".?!;", *p) && (!p[1] || isspace((unsigned char)p[1]))) {
			cut = p;
			next = p + 1;
			end = *p;
		} else if (*p == ',' || (isspace((unsigned char)*p) && p > start)) {
			const char *q = p + 1 + strspn(p + 1, " \t");
			size_t lead = 0;
			if (*p == ',') {
				lead = starts(q, LEADS);
				if (lead)
					q += lead + strspn(q + lead, " \t");
			} else if (!strncasecmp(q, "and ", 4) || !strncasecmp(q, "so ", 3)) {
				q += strcspn(q, " ") + 1; /* " and i want to" */
				lead = 1;
			}
			if ((*p == ',' || lead) && starts(q, ASKS)) {
				cut = p;
				next = q;
			} else if (clauses && *p == ',' && isspace((unsigned char)p[1]) &&
				   clause_starts(p + 1 + strspn(p + 1, " \t"))) {
				cut = p;
				next = p + 1;
				end = ',';
			} else if (clauses && *p != ',' && (!strncmp(q, "- ", 2) ||
							   !strncmp(q, "-- ", 3))) {
				cut = p;
				next = q + strspn(q, "-");
				end = ',';
			}
		}
		if (!cut)
			continue;
		if (n == MAX_PARTS)
			return -1;
		out[n].at = start;
		out[n].end = end;
		out[n++].len = (size_t)(cut - start);
		start = next;
		p = next - 1;
	}
	if (n == MAX_PARTS)
		return -1;
	out[n].at = start;
	out[n].end = '\0';
	out[n++].len = strlen(start);
	return n;
}

/* A word of a part, bare: without the quotes and brackets around it, and
 * without a "'s" ("laptop's"). */
static size_t bare(const char *w, size_t n, const char **at)
{
	while (n && strchr("(['\"`", *w)) {
		w++;
		n--;
	}
	while (n && strchr(".,;:?!)]'\"`", w[n - 1]) &&
	       !(n > 1 && w[n - 1] == ')' && w[n - 2] == '('))
		n--; /* "kill()" keeps its brackets */
	if (n > 2 && w[n - 2] == '\'' && tolower((unsigned char)w[n - 1]) == 's')
		n -= 2;
	*at = w;
	return n;
}

/* The words a part set aside may have besides the lexicon's `context`
 * words: pronouns, articles, auxiliaries, greetings, prepositions (which
 * keep to nothing unless a word that names follows). Any other word may
 * keep to something ("over a megabyte", "the shell", "restricted to",
 * "mine"), so a part with one is never set aside. */
static const char *const PLAIN[] = {
	"i", "i'm", "im", "i've", "i'd", "me", "we", "we're", "we've", "we'd", "us", "you",
	"it", "it's", "its", "they", "they're", "them", "he", "she", "my", "our", "your",
	"their", "the", "a", "an", "is", "are", "was", "were", "be", "been", "being", "am",
	"has", "have", "had", "do", "does", "did", "and", "so", "very", "really", "quite",
	"pretty", "kinda", "sorta", "hi", "hello", "hey", "thanks", "thank", "please", "ok",
	"okay", "well", "now", "that", "this", "there", "here", "something", "someone",
	"somebody", "everything", "things", "thing", "stuff", "see", "saw", "seen", "get",
	"gets", "getting", "got", "going", "go", "lot", "lots", "bit", "little", "to", "of",
	"in", "on", "at", "for", "with", "from", "about", "out", "up", "all", "just", "still",
	"even", "some", "way", "too", "super", "ton", "tons", "kind", "sort", "bunch", NULL
};

/* Whether the word `w` (n bytes, as written) may name something: it is
 * neither a `context` word of the lexicon nor a plain one (quoted, it is
 * a name). */
static int names_something(const struct lexicon *lx, const char *w, size_t n)
{
	if (memchr(w, '"', n) || memchr(w, '`', n))
		return 1;
	n = bare(w, n, &w);
	if (!n)
		return 0;
	if (n >= LX_WORD)
		return 1;
	char low[LX_WORD];
	for (size_t i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)w[i]);
	low[n] = '\0';
	return !lexicon_context(lx, low) && !in_list(low, n, PLAIN);
}

/* The next word of [*s, end): `*s` moved past the characters of `skip`
 * before it, its length up to one of `stop`; 0 at the end. */
static size_t next_word(const char **s, const char *end, const char *skip, const char *stop)
{
	*s += strspn(*s, skip);
	if (*s >= end)
		return 0;
	size_t n = strcspn(*s, stop);
	return *s + n > end ? (size_t)(end - *s) : n;
}

/* Whether part `p` has the word `w` (n bytes, case aside) whole. */
static int part_says(const struct part *p, const char *w, size_t n)
{
	const char *end = p->at + p->len;
	for (const char *s = p->at; (s = strcasestr(s, w)) && s + n <= end; s++)
		if ((s == p->at || !isalnum((unsigned char)s[-1])) &&
		    (s + n == end || !isalnum((unsigned char)s[n])))
			return 1;
	return 0;
}

/* Whether part `p` has a word that may name something, besides a known
 * program's name the part that asks names again ("Postgres feels slow.
 * Show block I/O latency of postgres"). */
static int part_names(const struct lexicon *lx, const struct part *p, const struct part *core)
{
	const char *s = p->at, *end = p->at + p->len;
	for (size_t n; (n = next_word(&s, end, " \t\r\n,:-", " \t\r\n,")); s += n) {
		const char *w;
		size_t l = bare(s, n, &w);
		char low[LX_WORD];
		if (l && l < sizeof(low) && !memchr(w, '"', l) && !memchr(w, '`', l)) {
			for (size_t i = 0; i < l; i++)
				low[i] = (char)tolower((unsigned char)w[i]);
			low[l] = '\0';
			if (lexicon_program(low, l) && part_says(core, low, l))
				continue;
		}
		if (names_something(lx, s, n))
			return 1;
	}
	return 0;
}

/* Whether part `p` asks something: a question ("who is it?", "why is it
 * slow"), or words that ask ("can you log whoever calls it"). */
static int part_asks(const struct part *p)
{
	static const char *const QUESTION[] = {
		"who", "whom", "whose", "what", "what's", "which", "how", "where", "when", "why",
		"is", "are", "does", "do", "did", "was", "were", "show", "trace", "count", "log",
		"list", "print", "tell", "give", "find", "watch", "catch", "record", "alert",
		"traces", "counts", "shows", "prints", "logs", "lists", "records", "measures",
		"measure", "monitor", "monitors", "watches", "catches", "alerts", "summarize",
		"summarizes", "reports", "report", "track", "tracks", "capture", "captures",
		"detect", "detects", "flag", "flags", NULL
	};
	const char *s = p->at + strspn(p->at, " \t\r\n,");
	size_t lead = starts(s, LEADS);
	if (lead)
		s += lead + strspn(s + lead, " \t");
	return p->end == '?' || starts(s, ASKS) || starts(s, QUESTION);
}

/* Words that point back at something said before: "its writes", "that
 * process", "who sends it signals". */
static int points_back(const char *s, size_t len)
{
	static const char *const PRONOUNS[] = { "it", "its", "it's", "they", "them", "their",
						"theirs", "they're", "he", "she", "him", "his",
						"her", "hers", "same", "such", "both", "either",
						"also", "too", "well", "again", "instead", NULL };
	static const char *const DEICTIC[] = { "this", "that", "these", "those", NULL };
	static const char *const NOUNS[] = { "process", "processes", "program", "programs", "app",
					     "apps", "service", "services", "server", "servers",
					     "binary", "daemon", "one", "ones", "thing", "things",
					     "box", "machine", "host", "container", "job", "script",
					     "file", "files", "guy", "task", "tasks", "call",
					     "calls", "way", NULL };
	static const char *const EXISTS[] = { "is", "are", "was", "were", "any", "anything", NULL };
	const char *end = s + len, *prev = NULL;
	size_t prev_n = 0;
	static const char SKIP[] = " \t\r\n,.;:?!()\"'", STOP[] = " \t\r\n,.;:?!()\"";
	const char *p = s;
	for (size_t n; (n = next_word(&p, end, SKIP, STOP));) {
		const char *q = p + n;
		size_t qn = next_word(&q, end, SKIP, STOP);
		if (in_list(p, n, PRONOUNS) || (!qn && in_list(p, n, (const char *const[]){
							     "each", "one", "ones", "all", NULL })) ||
		    (in_list(p, n, DEICTIC) && (!qn || in_list(q, qn, NOUNS))) ||
		    (n == 5 && !strncasecmp(p, "there", 5) &&
		     !(prev && in_list(prev, prev_n, EXISTS))))
			return 1;
		prev = p;
		prev_n = n;
		p += n;
	}
	return 0;
}

/* Whether part `p` says nothing, or thanks alone ("Thanks!"). */
static int part_empty(const struct part *p)
{
	static const char *const THANKS[] = { "thanks", "thank", "you", "thx", "ty", "cheers",
					      "much", "appreciated", "in", "advance", "a", "lot",
					      "so", "very", NULL };
	const char *s = p->at, *end = p->at + p->len;
	for (size_t n; (n = next_word(&s, end, " \t\r\n.,;:?!", " \t\r\n.,;:?!")); s += n)
		if (!in_list(s, n, THANKS))
			return 0;
	return 1;
}

/* The parts of `request` up to the last that says something; how many. */
static int said_parts(const char *request, struct part *p, int clauses)
{
	int n = parts(request, p, clauses);
	while (n > 1 && part_empty(&p[n - 1]))
		n--;
	return n;
}

int context_names_process(const char *request, char *why, size_t whylen)
{
	struct part p[MAX_PARTS];
	int n = said_parts(request, p, 0), core = n - 1;
	if (n < 2 || !part_asks(&p[core]) || points_back(p[core].at, p[core].len))
		return 0;
	for (int i = 0; i < core; i++) {
		if (part_asks(&p[i]))
			return 0; /* read whole: what asks is not the last part alone */
		const char *s = p[i].at, *end = p[i].at + p[i].len;
		static const char SKIP[] = " \t\r\n,.;:?!()\"'", STOP[] = " \t\r\n,.;:?!()\"";
		for (size_t k; (k = next_word(&s, end, SKIP, STOP)); s += k) {
			char low[LX_WORD];
			if (k >= sizeof(low))
				continue;
			for (size_t j = 0; j < k; j++)
				low[j] = (char)tolower((unsigned char)s[j]);
			low[k] = '\0';
			size_t l = k > 2 && !strcmp(low + k - 2, "'s") ? k - 2 : k; /* "java's" */
			low[l] = '\0';
			if (!lexicon_program(low, l) || part_says(&p[core], low, l))
				continue;
			snprintf(why, whylen, "it names \"%s\" before what it asks, which neither "
				 "names it nor points back to it (\"its\", \"that process\"): say "
				 "whether to keep to it (\"... of %s\")", low, low);
			return 1;
		}
	}
	return 0;
}

/* Whether part `p` is a statement: a verb of being, seeming or saying
 * ("the box seems busy", "we're seeing slow builds"), not a phrase that
 * may say what to keep ("slow ones", "lately"). */
static int part_states(const struct part *p)
{
	static const char *const STATES[] = {
		"is", "are", "was", "were", "be", "been", "am", "has", "have", "had", "seems",
		"seem", "seemed", "feels", "feel", "felt", "keeps", "keep", "kept", "think",
		"thought", "suspect", "suspected", "believe", "guess", "wonder", "noticed",
		"say", "says", "said", "complain", "complains", "complained", "complaining",
		"might", "may", "looks", "look", "i'm", "im", "we're", "it's", "its", "they're",
		"i've", "we've", "there's", "that's", NULL
	};
	const char *s = p->at, *end = p->at + p->len;
	for (size_t n; (n = next_word(&s, end, " \t\r\n.,;:?!-", " \t\r\n.,;:?!")); s += n)
		if (in_list(s, n, STATES))
			return 1;
	return 0;
}

/* Whether part `p`, after the part that asks, says something of what it
 * asks for: its subject points back ("..., they are all to the network",
 * "it is on the raid", "these are slow"); "it's for an audit" says why. */
static int part_of_asked(const struct part *p)
{
	static const char *const BACK[] = { "it", "it's", "its", "they", "they're", "these",
					    "those", "them", "this", "that", "all", "both",
					    "each", "none", "most", "some", "many", "few", NULL };
	static const char SKIP[] = " \t\r\n,.;:?!-", STOP[] = " \t\r\n,.;:?!";
	const char *s = p->at, *end = p->at + p->len;
	size_t n = next_word(&s, end, SKIP, STOP);
	if (n && in_list(s, n, LEADS)) {
		s += n;
		n = next_word(&s, end, SKIP, STOP);
	}
	if (!n || !in_list(s, n, BACK))
		return 0;
	/* "this little box seems busy": a determiner, no pointer */
	int pronoun = in_list(s, n, (const char *const[]){ "it", "it's", "its", "they",
							   "they're", "them", NULL });
	s += n;
	n = next_word(&s, end, SKIP, STOP);
	if (!pronoun && n && !in_list(s, n, (const char *const[]){ "is", "are", "was", "were",
								   "seem", "seems", "look",
								   "looks", "feel", "feels", NULL }))
		return 0;
	if (n && in_list(s, n, (const char *const[]){ "is", "was", NULL })) {
		s += n;
		n = next_word(&s, end, SKIP, STOP);
	}
	return !(n == 3 && !strncasecmp(s, "for", 3));
}

/* Whether part `i` may be set aside (`after` the part that asks, or
 * before): it asks nothing and names nothing, one cut off at a comma or
 * dash is a statement, and one after says nothing of what is asked. */
static int part_aside(const struct lexicon *lx, const struct part *p, int i,
		      const struct part *core, int after)
{
	int clause = p[i].end == ',' || (i > 0 && p[i - 1].end == ',');
	return !part_names(lx, &p[i], core) && !part_asks(&p[i]) &&
	       (!clause || part_states(&p[i])) && !(after && part_of_asked(&p[i]));
}

/* "while the UnrealBuildTool job runs", "during the asset cook": when
 * the user will run the program, a window of the part that asks, to the
 * end of its clause. Its words, after "while" or "during", are plain,
 * context words, words of running, or words the lexicon does not know
 * (a job's or a program's name): never an event, a system call, a role,
 * a number, a path, root, or a time no program can be run in ("during
 * boot", "while suspended"). Its start and end in `s`; 0 when none. */
static int window_at(const struct lexicon *lx, const char *s, size_t *from, size_t *to)
{
	static const char *const CUE[] = { "while", "during", NULL };
	static const char *const RUNS[] = {
		"run", "runs", "running", "ran", "job", "jobs", "builds", "building", "happens",
		"happening", "goes", "executes", "executing", "works", "working", "active",
		"underway", "progress", NULL
	};
	/* a time no program can be run in, one past, a state of the task
	 * traced ("while privileged", "while locking"), a moment too short
	 * to run it in ("during GC pauses"), a program the user has in mind
	 * ("while my script runs") */
	static const char *const NEVER[] = {
		"boot", "booting", "boots", "startup", "shutdown", "reboot", "rebooting", "suspend",
		"suspended", "resume", "hibernate", "login", "logout", "root", "install",
		"installation", "last", "past", "previous", "yesterday", "earlier", "was", "were",
		"had", "been", "ran", "did", "finished", "completed", "privileged", "unprivileged",
		"superuser", "elevated", "escalated", "admin", "sudo", "locked", "locking",
		"contended", "throttled", "blocked", "idle", "empty", "full", "waiting", "sleeping",
		"swapping", "pause", "pauses", "stall", "stalls", "spike", "spikes", "burst",
		"bursts", "freeze", "freezes", "hang", "hangs", "gc", "script", "scripts", "program",
		"programs",
		"app", "apps", "application", "process", "processes", "service", "daemon", "query",
		"queries", "request", "requests", "transaction", "transactions", "call", "calls",
		"thread", "threads", "task", "tasks", "first", "next", "only", "collector",
		"garbage", "checkpoint", "checkpoints", "compaction", "compactions", "reclaim",
		"handshake", "handshakes", "flush", "flushes", "sync", "syncs", NULL
	};
	/* "while" says how: the window runs ("while the build is running") */
	static const char *const RUNNING[] = {
		"run", "runs", "running", "going", "happens", "happening", "executes", "executing",
		"progress", "underway", "works", "working", "builds", "building", NULL
	};
	int quoted = 0;
	for (const char *q = s; *q; q++) {
		quoted ^= *q == '"' || *q == '`';
		size_t cl = quoted || (q > s && (isalnum((unsigned char)q[-1]) || q[-1] == '\''))
				    ? 0
				    : starts(q, CUE);
		if (!cl)
			continue;
		const char *end = q + cl;
		end += strcspn(end, ",.;!?\"`");
		const char *dash = strstr(q + cl, " - ");
		if (dash && dash < end)
			end = dash;
		int words = 0, ok = 1, runs = tolower((unsigned char)*q) == 'd';
		/* ("only while the build runs": kept to it) */
		const char *b = q;
		while (b > s && b[-1] == ' ')
			b--;
		const char *bw = b;
		while (bw > s && isalpha((unsigned char)bw[-1]))
			bw--;
		static const char *const ONLY[] = { "only", "just", "solely", "except", "not",
						    NULL };
		if (b > bw && in_list(bw, (size_t)(b - bw), ONLY))
			continue;
		const char *w = q + cl;
		for (size_t n; ok && (n = next_word(&w, end, " \t\r\n", " \t\r\n")); w += n) {
			char low[LX_WORD];
			ok = n < sizeof(low) && !memchr(w, '/', n) && !isdigit((unsigned char)*w);
			if (!ok)
				break;
			for (size_t i = 0; i < n; i++)
				low[i] = (char)tolower((unsigned char)w[i]);
			low[n] = '\0';
			/* (a name, "while mysqld runs", may say whose events are
			 * asked: never set aside) */
			runs |= in_list(low, n, RUNNING);
			ok = !in_list(low, n, NEVER) &&
			     (in_list(low, n, PLAIN) || in_list(low, n, RUNS) ||
			      lexicon_context(lx, low) ||
			      (!lexicon_knows(lx, low) && !in_list(low, n, LEXICON_LASTING) &&
			       bte_english(low) == 1));
			words++;
		}
		/* (the rest asks something: before it, or after its comma) */
		size_t before = strspn(s, " \t,");
		int first = (size_t)(q - s) <= before;
		if (!ok || !words || !runs || (first && *end != ',') ||
		    (!first && (size_t)(q - s) <= before + 2))
			continue;
		*from = (size_t)(q - s);
		*to = (size_t)(end - s) + first;
		return 1;
	}
	return 0;
}

static char *core_parts(const struct lexicon *lx, const char *request, char *context,
			size_t len);

char *lexicon_core(const struct lexicon *lx, const char *request, char *context, size_t len)
{
	size_t from, to;
	if (!window_at(lx, request, &from, &to))
		return core_parts(lx, request, context, len);
	/* the request without its window, read as any; the window is told
	 * as context first */
	const char *window = request + from;
	size_t wl = to - from;
	while (wl && strchr(", ", window[wl - 1]))
		wl--;
	while (from && request[from - 1] == ' ')
		from--;
	size_t skip = from ? 0 : strspn(request + to, " \t");
	char *cut = NULL;
	if (asprintf(&cut, "%.*s%s", (int)from, request, request + to + skip) < 0)
		return NULL;
	char rest[512];
	char *core = core_parts(lx, cut, rest, sizeof(rest));
	snprintf(context, len, "\"%.*s\" (when to run it: it traces from its start until it is "
		 "stopped)%s%s", (int)wl, window, rest[0] ? "; " : "", rest);
	if (core) {
		free(cut);
		return core;
	}
	return cut;
}

static char *core_parts(const struct lexicon *lx, const char *request, char *context,
			size_t len)
{
	struct part p[MAX_PARTS];
	int n = said_parts(request, p, 1);
	context[0] = '\0';
	if (n < 2)
		return NULL;
	/* the part that asks: what comes before it and after it is context
	 * where it names nothing ("Only the big ones.", "so that we catch
	 * frobnicator", "..., only the slow ones" may restrict it); thanks
	 * after it say nothing. A program the part that asks names again is
	 * no bar. */
	int first = 0, last = n - 1;
	while (first < last && part_aside(lx, p, first, &(struct part){
		p[first + 1].at, (size_t)(p[last].at + p[last].len - p[first + 1].at), 0 }, 0))
		first++;
	while (last > first && part_aside(lx, p, last, &(struct part){
		p[first].at, (size_t)(p[last - 1].at + p[last - 1].len - p[first].at), 0 }, 1))
		last--;
	if ((first == 0 && last == n - 1) || points_back(p[first].at, p[last].at + p[last].len -
							 p[first].at))
		return NULL;
	size_t used = 0;
	int dropped = 0;
	for (int i = 0; i < n; i++) {
		const char *s = p[i].at;
		size_t l = p[i].len;
		while (l && (isspace((unsigned char)*s) || strchr(",.;:?!-", *s))) {
			s++;
			l--;
		}
		while (l && (isspace((unsigned char)s[l - 1]) || strchr(",.;:-", s[l - 1])))
			l--;
		if ((i >= first && i <= last) || !l)
			continue;
		/* a part of fillers alone is read as well as it is set aside */
		int all_fillers = 1;
		const char *w = s;
		for (size_t wn; all_fillers && (wn = next_word(&w, s + l, " \t\r\n,;:?!.",
							       " \t\r\n,;:?!."));) {
			char low[LX_WORD];
			snprintf(low, sizeof(low), "%.*s", (int)wn, w);
			for (char *c = low; *c; c++)
				*c = (char)tolower((unsigned char)*c);
			all_fillers = wn < sizeof(low) && lexicon_filler(lx, low);
			w += wn;
		}
		dropped |= !all_fillers;
		int wrote = snprintf(context + used, len - used, "%s\"%.*s\"", used ? "; " : "",
				     (int)l, s);
		if (wrote > 0 && (size_t)wrote < len - used)
			used += (size_t)wrote;
	}
	if (!dropped) {
		context[0] = '\0';
		return NULL;
	}
	const char *s = p[first].at;
	size_t l = (size_t)(p[last].at + p[last].len - s);
	while (l && (isspace((unsigned char)*s) || strchr(",.;:-", *s))) {
		s++;
		l--;
	}
	while (l && (isspace((unsigned char)s[l - 1]) || strchr(",;:-", s[l - 1])))
		l--;
	char *out = NULL;
	if (asprintf(&out, "%.*s", (int)l, s) < 0)
		return NULL;
	return out;
}
