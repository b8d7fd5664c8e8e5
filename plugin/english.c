/* SPDX-License-Identifier: Apache-2.0 */
/* --from-english: ask the model for a program, check it with bpftrace,
 * prove its contracts, have the kernel verifier accept it, show it, and
 * only then hand it back to bpftrace to run. Every failure goes back to
 * the model in the next try. The model's output is untrusted input: the
 * rules below are code, and no text in the request or the answer changes
 * them. */
#define _GNU_SOURCE
#include "english.h"

#include <ctype.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>
#include <errno.h>

#include <cjson/cJSON.h>

#include "cache.h"
#include "comprehend.h"
#include "context.h"
#include "hooks.h"
#include "ctx_names.h"
#include "offline_plan.h"
#include "tracepoints.h"
#include "inject.h"
#include "kernel_types.h"
#include "kernel_contracts.h"
#include "intent.h"
#include "learned.h"
#include "reading.h"
#include "retrieve.h"
#include "screen.h"
#include "llm.h"
#include "util.h"
#include "verify.h"

#define DEFAULT_TRIES 3

static const char SYSTEM_PROMPT[] =
	"You write bpftrace programs for bpftrace 0.17 on Linux. Answer with exactly one "
	"program in a ```bpftrace fenced block, nothing else needed.\n"
	"The dialect is 0.17's: tracepoint arguments are args->field (not args.field); "
	"no for-each loops, no 'let', no macros, exit() takes no argument; kfunc/kretfunc, "
	"not fentry/fexit.\n"
	"State what the request requires as assert(condition, \"why\"); statements inside "
	"the probe bodies: what the program must guarantee (filters, thresholds, units, "
	"byte order). They are proven by a symbolic verifier before the program runs. "
	"Do not write assume(): nothing you assume is taken as given, and a program with "
	"one is refused.\n"
	"Do not use system(), signal(), override() or other unsafe builtins unless the "
	"user passed --unsafe.";

/* Builtins that need --unsafe (bpftrace's own list). */
static const char *const UNSAFE[] = { "system", "signal", "override", NULL };

struct convo {
	struct llm_message *msgs;
	char **owned;
	size_t n;
};

static void say(struct convo *c, const char *role, const char *content)
{
	c->msgs = realloc(c->msgs, (c->n + 1) * sizeof(*c->msgs));
	c->owned = realloc(c->owned, (c->n + 1) * sizeof(*c->owned));
	c->owned[c->n] = strdup(content);
	c->msgs[c->n].role = role;
	c->msgs[c->n].content = c->owned[c->n];
	c->n++;
}

static void convo_free(struct convo *c)
{
	for (size_t i = 0; i < c->n; i++)
		free(c->owned[i]);
	free(c->owned);
	free(c->msgs);
}

static void progress(const struct bt_invocation *inv, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void progress(const struct bt_invocation *inv, const char *fmt, ...)
{
	if (BT_HAS(inv, quiet) && inv->quiet)
		return;
	va_list ap;
	va_start(ap, fmt);
	char *text = NULL;
	if (vasprintf(&text, fmt, ap) < 0)
		text = NULL;
	va_end(ap);
	/* the text may quote the model: shown, never obeyed by the terminal */
	fputs("from-english: ", stderr);
	screen_render(stderr, text ? text : "(out of memory)");
	fputc('\n', stderr);
	free(text);
}

/* The program in the answer: the first ```bpftrace block, else the first
 * fenced block, else the whole answer if it looks like a program. */
static char *extract_program(const char *answer)
{
	const char *fence = strstr(answer, "```bpftrace");
	if (!fence)
		fence = strstr(answer, "```");
	if (fence) {
		const char *start = strchr(fence, '\n');
		if (!start)
			return NULL;
		start++;
		const char *end = strstr(start, "```");
		if (!end)
			end = start + strlen(start);
		return strndup(start, (size_t)(end - start));
	}
	if (strchr(answer, '{') && strchr(answer, '}'))
		return strdup(answer);
	return NULL;
}

/* Newer dialect where 0.17 has one obvious meaning: args.x -> args->x. */
static char *rewrite_dialect(const char *p)
{
	size_t n = strlen(p);
	char *out = malloc(2 * n + 1);
	size_t o = 0;
	int in_string = 0;
	for (size_t i = 0; i < n; i++) {
		if (p[i] == '"' && (i == 0 || p[i - 1] != '\\'))
			in_string = !in_string;
		if (!in_string && !strncmp(p + i, "args.", 5) &&
		    (i == 0 || (!isalnum((unsigned char)p[i - 1]) && p[i - 1] != '_' && p[i - 1] != '$')) &&
		    isalpha((unsigned char)p[i + 5])) {
			memcpy(out + o, "args->", 6);
			o += 6;
			i += 4;
			continue;
		}
		out[o++] = p[i];
	}
	out[o] = '\0';
	return out;
}

static const char *unsafe_builtin(const char *p)
{
	for (int i = 0; UNSAFE[i]; i++) {
		size_t l = strlen(UNSAFE[i]);
		for (const char *q = strstr(p, UNSAFE[i]); q; q = strstr(q + 1, UNSAFE[i]))
			if ((q == p || (!isalnum((unsigned char)q[-1]) && q[-1] != '_')) &&
			    q[l] == '(')
				return UNSAFE[i];
	}
	return NULL;
}

static int confirm(const struct bt_invocation *inv, const char *checked)
{
	if (BT_HAS(inv, yes) && inv->yes)
		return 1;
	FILE *tty = fopen("/dev/tty", "r+");
	if (!tty || !isatty(STDIN_FILENO)) {
		if (tty)
			fclose(tty);
		fprintf(stderr, "from-english: not running a program nobody confirmed: there is no "
				"terminal to ask on. Read it above and pass --yes to run it, or "
				"--emit-program FILE to keep it.\n");
		return 0;
	}
	fprintf(tty, "Run this program (%s)? [y/N] ", checked);
	fflush(tty);
	char line[16] = "";
	int ok = fgets(line, sizeof(line), tty) && (line[0] == 'y' || line[0] == 'Y');
	fclose(tty);
	return ok;
}

static char *ask_hint(void)
{
	FILE *tty = isatty(STDIN_FILENO) ? fopen("/dev/tty", "r+") : NULL;
	if (!tty)
		return NULL;
	fprintf(tty, "A hint for the model (empty to stop): ");
	fflush(tty);
	char line[2048] = "";
	char *hint = NULL;
	if (fgets(line, sizeof(line), tty)) {
		line[strcspn(line, "\n")] = '\0';
		if (line[0])
			hint = strdup(line);
	}
	fclose(tty);
	return hint;
}

/* --verify on `program` with the user's flags, its report as text in
 * *text (free it), with what `extra` adds (see verify_with()); returns
 * --verify's exit status. */
static int verify_to_text_with(const struct bt_host *host, const struct bt_invocation *inv,
			       const char *program, const char *name, int kernel_check,
			       struct verify_extra *extra, char **text)
{
	struct bt_invocation vinv = *inv;
	vinv.sz = sizeof(vinv);
	vinv.program = program;
	vinv.program_name = name;
	vinv.output_format = "text";
	size_t len = 0;
	*text = NULL;
	FILE *out = open_memstream(text, &len);
	if (!out)
		return 2;
	int status = verify_with(host, &vinv, out, out, kernel_check, extra);
	fclose(out);
	return status;
}

/* --- the tautology guard ------------------------------------------------ */

/* What one of the guard's inserts stands for. */
struct skeleton_ref {
	int obligation; /* its index among the request's, or -1: the program's own assert */
	const char *condition, *message;
	size_t program_block; /* the candidate's block it copies */
	int untyped; /* its variables' types there are not the program's: not judged */
};

/* One part of the guard: a program of copies of the candidate's blocks
 * (their attach points, no predicate, no statement but `$v = nsecs;`
 * for each variable an obligation names) and the asserts inserted into
 * them. An assert proven there holds whatever the program does: its
 * proof is no evidence about the program. The program's own asserts over
 * its variables are left out (the copy has none of their values); the
 * request's obligations go in whatever they name, their variables any
 * value (nsecs: 64 unconstrained bits). */
struct skeleton_part {
	char *text;
	const char **blocks; /* the names of the checked text's blocks */
	size_t n_blocks;
	struct verify_insert *inserts;
	struct skeleton_ref *refs; /* one per insert (the obligations' too) */
	char **origins;            /* the skeleton inserts' own, one per insert */
	size_t n_inserts;
};

/* The tautology check of a candidate: its skeleton's asserts are proven in
 * the candidate's own compile; those of BEGIN and END blocks, if any, in a
 * compile of their own beside it (bpftrace allows one of each). The notes
 * are printed on acceptance. */
struct tautology_job {
	const struct bt_host *host;
	const struct bt_invocation *inv;
	/* the candidate's compile: the request's obligations (not skeleton),
	 * then the skeleton's asserts; its blocks then the skeleton's */
	struct skeleton_part main;
	size_t n_program_blocks;
	struct skeleton_part special; /* the BEGIN/END part's */
	FILE *notes;
	char *notes_text;
	size_t notes_len;
	int found;
	size_t own_proven; /* the candidate's own asserts proven (not obligations) */
	char **assumed; /* what its proof assumed, in words (verify_extra) */
	size_t n_assumed;
	pthread_t thread;
	int started;
	const struct bt_invocation *progress_inv; /* for the stages' progress lines */
	struct obligations *ob; /* the request's obligations, or NULL */
	/* the host's parse of the candidate, which the parts point into:
	 * owned once check_candidate() hands the job on */
	struct bt_result *parsed;
};

static void stage_progress(void *arg, const char *what, double ms)
{
	struct tautology_job *job = arg;
	progress(job->progress_inv, "%s (%.0f ms)", what, ms);
}

/* The next `$` variable of [*p, end) outside strings (not $1, $2: the
 * positional parameters, which verify refuses), or NULL; *len is its
 * length with the '$', and *p moves past it. */
static const char *next_variable(const char **p, const char *end, size_t *len)
{
	for (const char *c = *p; c < end; c++) {
		const char *skip = lexeme_end(c, end);
		if (skip) {
			c = skip - 1;
			continue;
		}
		if (*c != '$')
			continue;
		size_t n = 1;
		while (c + n < end && (isalnum((unsigned char)c[n]) || c[n] == '_'))
			n++;
		if (n < 2 || isdigit((unsigned char)c[1])) {
			c += n - 1;
			continue;
		}
		*len = n;
		*p = c + n;
		return c;
	}
	*p = end;
	return NULL;
}

/* `$name = nsecs;` (or `$name = (CAST)nsecs;` with `cast`, which gives
 * a variable's cast, or NULL for 64 unsigned bits) for each variable of
 * `condition` not given one yet in this block. */
static void skeleton_variables(FILE *b, const char *condition, char ***seen, size_t *n_seen,
			       const char *(*cast)(void *arg, const char *v, size_t len),
			       void *arg)
{
	const char *p = condition, *end = condition + strlen(condition), *v;
	size_t len;
	while ((v = next_variable(&p, end, &len)) != NULL) {
		int known = 0;
		for (size_t i = 0; !known && i < *n_seen; i++)
			known = strlen((*seen)[i]) == len && !strncmp((*seen)[i], v, len);
		char **more = known ? NULL : realloc(*seen, (*n_seen + 1) * sizeof(*more));
		if (!more)
			continue;
		*seen = more;
		if (((*seen)[*n_seen] = strndup(v, len)) != NULL) {
			const char *c = cast ? cast(arg, v, len) : NULL;
			fprintf(b, " %s = %s%s%snsecs;", (*seen)[*n_seen], c ? "(" : "", c ? c : "",
				c ? ")" : "");
			(*n_seen)++;
		}
	}
}

/* Whether a condition names a `$` variable (outside its strings). */
static int names_variable(const char *c)
{
	const char *end = c + strlen(c);
	for (const char *p = c; p < end; p++) {
		const char *skip = lexeme_end(p, end);
		if (skip)
			p = skip - 1;
		else if (*p == '$')
			return 1;
	}
	return 0;
}

/* Adds an insert to the part: `at`, standing for `ref`. */
static int part_add(struct skeleton_part *part, const struct bt_insert *at,
		    struct skeleton_ref ref, int skeleton)
{
	size_t n = part->n_inserts + 1;
	struct verify_insert *ins = realloc(part->inserts, n * sizeof(*ins));
	if (ins)
		part->inserts = ins;
	struct skeleton_ref *refs = realloc(part->refs, n * sizeof(*refs));
	if (refs)
		part->refs = refs;
	char **origins = realloc(part->origins, n * sizeof(*origins));
	if (origins)
		part->origins = origins;
	if (!ins || !refs || !origins)
		return -1;
	ins[part->n_inserts] = (struct verify_insert){ .at = *at, .skeleton = skeleton,
						       .verdict = VERIFY_NOT_JUDGED };
	origins[part->n_inserts] = NULL;
	refs[part->n_inserts++] = ref;
	return 0;
}

/* Adds one of the skeleton's asserts: `ref`'s condition, at the end of
 * block `block` (named `name`), with an origin of its own. */
static int part_add_skeleton(struct skeleton_part *part, size_t block, const char *name,
			     struct skeleton_ref ref)
{
	char *origin = NULL;
	if (asprintf(&origin, "the tautology check %zu", part->n_inserts + 1) < 0)
		return -1;
	struct bt_insert at = { .probe = block, .kind = BT_CONTRACT_ASSERT,
				.place = BT_INSERT_END, .condition = ref.condition,
				.message = ref.message, .origin = origin, .block = name };
	if (part_add(part, &at, ref, 1) != 0) {
		free(origin);
		return -1;
	}
	part->origins[part->n_inserts - 1] = origin;
	return 0;
}

/* The copy of block b of the candidate into `part` (as its block number
 * `index`, named `name`), when it has asserts to copy: written to `text`,
 * its asserts added. Returns how many, or -1 when out of memory. */
static int skeleton_copy(struct skeleton_part *part, FILE *text, const struct bt_result *parsed,
			 size_t b, size_t index, const char *name, struct obligations *ob,
			 const struct bt_insert *obligations, size_t n_obligations)
{
	char *body = NULL;
	size_t body_len = 0;
	FILE *f = open_memstream(&body, &body_len);
	if (!f)
		return -1;
	char **seen = NULL;
	size_t n_seen = 0;
	int n = 0, err = 0;
	for (size_t k = 0; k < parsed->n_contracts && !err; k++) {
		const struct bt_contract *c = &parsed->contracts[k];
		if (parsed->contract_blocks[k] != b || c->kind != BT_CONTRACT_ASSERT ||
		    names_variable(c->condition))
			continue;
		struct skeleton_ref ref = { -1, c->condition, c->message, b, 0 };
		err = part_add_skeleton(part, index, name, ref);
		n++;
	}
	for (size_t k = 0; k < n_obligations && !err; k++) {
		if (obligations[k].probe != b)
			continue;
		const struct obligation *o = &ob->v[obligations[k].tag];
		skeleton_variables(f, o->condition, &seen, &n_seen, NULL, NULL);
		struct skeleton_ref ref = { obligations[k].tag, o->condition, o->message, b, 0 };
		err = part_add_skeleton(part, index, name, ref);
		n++;
	}
	for (size_t i = 0; i < n_seen; i++)
		free(seen[i]);
	free(seen);
	fclose(f);
	if (n && !err)
		fprintf(text, "%s {%s }\n", name, body ? body : "");
	free(body);
	return err ? -1 : n;
}

/* One of the candidate's own asserts proven (verify_with() reports the
 * request's obligations apart). */
static void assert_proven_note(void *arg, const char *condition, const char *message)
{
	(void)condition;
	(void)message;
	struct tautology_job *job = arg;
	job->own_proven++;
}

/* In the BEGIN/END part's thread. */
static void *tautology_run(void *arg)
{
	struct tautology_job *job = arg;
	char *text = NULL;
	struct verify_extra extra = { .blocks = job->special.blocks,
				     .n_blocks = job->special.n_blocks,
				     .n_program_blocks = job->special.n_blocks,
				     .inserts = job->special.inserts,
				     .n_inserts = job->special.n_inserts };
	verify_to_text_with(job->host, job->inv, job->special.text, "skeleton", 0, &extra, &text);
	verify_extra_free(&extra);
	free(text);
	return NULL;
}

static void part_free(struct skeleton_part *part)
{
	free(part->text);
	free(part->blocks);
	for (size_t i = 0; part->origins && i < part->n_inserts; i++)
		free(part->origins[i]);
	free(part->origins);
	free(part->inserts);
	free(part->refs);
	memset(part, 0, sizeof(*part));
}

/* Builds the candidate's inserts (the request's obligations, then the
 * skeleton's asserts) and its skeleton, from `parsed` (the host's parse
 * of the candidate), and starts the compile of its BEGIN and END part, if
 * it has one. Returns 0, or -1 when out of memory (then no skeleton). */
static int tautology_start(struct tautology_job *job, const struct bt_host *host,
			   const struct bt_invocation *inv, const struct bt_result *parsed,
			   struct obligations *ob, const struct bt_insert *obligations,
			   size_t n_obligations)
{
	memset(job, 0, sizeof(*job));
	job->host = host;
	job->inv = inv;
	job->ob = ob;
	job->notes = open_memstream(&job->notes_text, &job->notes_len);
	size_t nb = parsed->n_blocks;
	job->n_program_blocks = nb;
	job->main.blocks = calloc(2 * nb + 1, sizeof(char *));
	job->special.blocks = calloc(3, sizeof(char *));
	if (!job->main.blocks || !job->special.blocks)
		return -1;
	for (size_t b = 0; b < nb; b++)
		job->main.blocks[b] = parsed->blocks[b];
	job->main.n_blocks = nb;
	for (size_t k = 0; k < n_obligations; k++) {
		struct skeleton_ref ref = { obligations[k].tag, obligations[k].condition,
					    obligations[k].message, obligations[k].probe, 0 };
		if (part_add(&job->main, &obligations[k], ref, 0) != 0)
			return -1;
	}
	size_t len = 0, special_len = 0;
	FILE *text = open_memstream(&job->main.text, &len);
	FILE *special = open_memstream(&job->special.text, &special_len);
	int err = !text || !special;
	static const char *const SPECIAL[] = { "BEGIN", "END" };
	for (size_t b = 0; b < nb && !err; b++) {
		int is_special = !strcmp(parsed->blocks[b], SPECIAL[0]) ||
				 !strcmp(parsed->blocks[b], SPECIAL[1]);
		if (is_special)
			continue;
		int n = skeleton_copy(&job->main, text, parsed, b, job->main.n_blocks,
				      parsed->blocks[b], ob, obligations, n_obligations);
		if (n > 0)
			job->main.blocks[job->main.n_blocks++] = parsed->blocks[b];
		err = n < 0;
	}
	/* BEGIN and END: a program has one block of each at most, and so
	 * has the part */
	for (size_t s = 0; s < 2 && !err; s++) {
		int n = 0;
		for (size_t b = 0; b < nb && !err; b++) {
			if (strcmp(parsed->blocks[b], SPECIAL[s]) != 0)
				continue;
			int k = skeleton_copy(&job->special, special, parsed, b,
					      job->special.n_blocks, SPECIAL[s], ob, obligations,
					      n_obligations);
			err = k < 0;
			n += k > 0 ? k : 0;
		}
		if (n > 0)
			job->special.blocks[job->special.n_blocks++] = SPECIAL[s];
	}
	if (text)
		fclose(text);
	if (special)
		fclose(special);
	if (err)
		return -1;
	if (job->special.n_inserts > 0 &&
	    pthread_create(&job->thread, NULL, tautology_run, job) == 0)
		job->started = 1;
	return 0;
}

/* The type the compile gave variable v (len bytes, with its '$') in block
 * `block`, or NULL. */
static const char *variable_type(const struct verify_extra *x, size_t block, const char *v,
				 size_t len)
{
	for (size_t i = 0; i < x->n_variables; i++)
		if (x->variables[i].block == block && strlen(x->variables[i].name) == len &&
		    !strncmp(x->variables[i].name, v, len))
			return x->variables[i].type;
	return NULL;
}

/* The cast that makes an integer of bpftrace's type `type` ("uint16" for
 * "unsigned int16"), or NULL for a type no cast makes (a string, a
 * tuple, a pointer). */
static const char *cast_of(const char *type)
{
	static const char *const CASTS[][2] = {
		{ "unsigned int8", "uint8" },  { "unsigned int16", "uint16" },
		{ "unsigned int32", "uint32" }, { "unsigned int64", "uint64" },
		{ "int8", "int8" },		{ "int16", "int16" },
		{ "int32", "int32" },		{ "int64", "int64" },
	};
	for (size_t i = 0; type && i < sizeof(CASTS) / sizeof(CASTS[0]); i++)
		if (!strcmp(type, CASTS[i][0]))
			return CASTS[i][1];
	return NULL;
}

/* How the skeleton's variables of `ref` compare with the program's: 0 the
 * same types, 1 another integer type (a cast makes it), -1 a type no cast
 * makes or one unknown. `s` is the skeleton's block. */
static int types_differ(const struct verify_extra *x, const struct skeleton_ref *ref, size_t s,
			int special)
{
	const char *p = ref->condition, *end = p + strlen(p), *v;
	size_t len;
	int differ = 0;
	while ((v = next_variable(&p, end, &len)) != NULL) {
		const char *theirs = variable_type(x, ref->program_block, v, len);
		/* the skeleton's: nsecs, 64 unsigned bits */
		const char *ours = special ? "unsigned int64" : variable_type(x, s, v, len);
		if (!theirs || !ours)
			return -1;
		if (strcmp(theirs, ours) != 0) {
			if (!cast_of(theirs))
				return -1;
			differ = 1;
		}
	}
	return differ;
}

struct retype {
	const struct verify_extra *x;
	size_t program_block;
};

static const char *retype_cast(void *arg, const char *v, size_t len)
{
	const struct retype *rt = arg;
	return cast_of(variable_type(rt->x, rt->program_block, v, len));
}

/* The skeleton gives each variable 64 unsigned bits (nsecs). An
 * obligation over a variable of another type in the program (a u16 port)
 * may hold for every value of that type yet be refuted in the skeleton by
 * values the program can never give it: no evidence, though it would
 * count as some. So where the types differ, its skeleton asserts are
 * proven again in a skeleton whose variables have the program's types
 * (nsecs cast to them); where no cast makes the type, the insert is not
 * judged. `x` is the candidate's compile's (its variables). The BEGIN/END
 * part's obligations with variables of another type are not judged. */
static void skeleton_retype(struct tautology_job *job, const struct verify_extra *x)
{
	struct skeleton_part *m = &job->main;
	size_t *back = calloc(m->n_inserts + 1, sizeof(*back));
	struct skeleton_part again = { .blocks = calloc(m->n_blocks + 1, sizeof(char *)) };
	char *text = NULL;
	size_t text_len = 0;
	FILE *f = back && again.blocks ? open_memstream(&text, &text_len) : NULL;
	int failed = !f;
	for (size_t s = job->n_program_blocks; f && s < m->n_blocks; s++) {
		char *body = NULL, **seen = NULL;
		size_t body_len = 0, n_seen = 0, before = again.n_inserts;
		FILE *b = open_memstream(&body, &body_len);
		failed |= !b;
		for (size_t i = 0; b && i < m->n_inserts; i++) {
			struct verify_insert *v = &m->inserts[i];
			const struct skeleton_ref *ref = &m->refs[i];
			if (!v->skeleton || v->at.probe != s || ref->obligation < 0)
				continue;
			int differ = types_differ(x, ref, s, 0);
			if (differ < 0)
				v->verdict = VERIFY_NOT_JUDGED;
			if (differ <= 0)
				continue;
			v->verdict = VERIFY_NOT_JUDGED; /* until proven again */
			struct retype rt = { x, ref->program_block };
			skeleton_variables(b, ref->condition, &seen, &n_seen, retype_cast, &rt);
			struct bt_insert at = v->at;
			at.probe = again.n_blocks; /* the block written for s */
			if (part_add(&again, &at, *ref, 1) == 0)
				back[again.n_inserts - 1] = i;
			else
				failed = 1;
		}
		for (size_t i = 0; i < n_seen; i++)
			free(seen[i]);
		free(seen);
		if (b)
			fclose(b);
		if (again.n_inserts > before) {
			fprintf(f, "%s {%s }\n", m->blocks[s], body ? body : "");
			again.blocks[again.n_blocks++] = m->blocks[s];
		}
		free(body);
	}
	if (f)
		fclose(f);
	if (failed || (again.n_inserts && !text)) {
		/* out of memory: no obligation's empty probe is judged */
		for (size_t i = 0; i < m->n_inserts; i++)
			if (m->inserts[i].skeleton && m->refs[i].obligation >= 0)
				m->inserts[i].verdict = VERIFY_NOT_JUDGED;
	} else if (again.n_inserts) {
		double t0 = bte_now_ms();
		char *out = NULL;
		struct verify_extra extra = { .skeleton = NULL, .blocks = again.blocks,
					     .n_blocks = again.n_blocks,
					     .n_program_blocks = again.n_blocks,
					     .inserts = again.inserts,
					     .n_inserts = again.n_inserts };
		verify_to_text_with(job->host, job->inv, text, "skeleton", 0, &extra, &out);
		verify_extra_free(&extra);
		free(out);
		for (size_t k = 0; k < again.n_inserts; k++)
			m->inserts[back[k]].verdict = again.inserts[k].verdict;
		progress(job->progress_inv, "proved %zu obligation%s again in an empty probe, with "
					    "the program's types (%.0f ms)", again.n_inserts,
			 again.n_inserts == 1 ? "" : "s", bte_now_ms() - t0);
	}
	free(text);
	free(back);
	part_free(&again);
	/* the BEGIN/END part: its variables are nsecs */
	for (size_t i = 0; i < job->special.n_inserts; i++) {
		struct skeleton_ref *ref = &job->special.refs[i];
		if (ref->obligation >= 0 && types_differ(x, ref, 0, 1) != 0)
			ref->untyped = 1;
	}
}

/* What the guard's verdicts say: an obligation refuted in the skeleton
 * depends on the program (evidence); one proven there, or an assert of
 * the program's own proven there, holds whatever the program does. */
/* Counts, per obligation, its copies in the part (`copies`) and those
 * refuted there (`refuted`); one untyped counts as not refuted. */
static void tautology_read(struct tautology_job *job, const struct skeleton_part *part,
			   size_t *copies, size_t *refuted)
{
	for (size_t i = 0; i < part->n_inserts; i++) {
		const struct verify_insert *v = &part->inserts[i];
		const struct skeleton_ref *ref = &part->refs[i];
		if (!v->skeleton)
			continue;
		struct obligation *o = job->ob && ref->obligation >= 0 &&
					       (size_t)ref->obligation < job->ob->n
					       ? &job->ob->v[ref->obligation] : NULL;
		if (o && copies) {
			copies[ref->obligation]++;
			refuted[ref->obligation] += v->verdict == VERIFY_REFUTED && !ref->untyped;
		}
		if (v->verdict != VERIFY_PROVEN || ref->untyped)
			continue;
		if (o) {
			o->tautology = 1;
		} else if (ref->obligation < 0) {
			if (job->notes)
				fprintf(job->notes, "from-english: note: assert(%s)%s%s holds even in an "
						    "empty probe: its proof is no evidence about this "
						    "program\n", ref->condition,
					ref->message[0] ? ", " : "", ref->message);
			job->found++;
		}
	}
}

/* Waits for the BEGIN/END part and reads both parts' verdicts. Returns
 * how many of the program's own asserts are tautologies; with `notes`,
 * the lines that say which (free them). */
static int tautology_finish(struct tautology_job *job, char **notes)
{
	if (job->started)
		pthread_join(job->thread, NULL);
	/* an obligation depends on the program when every copy of it in
	 * the empty probes is refuted: one per block it went into */
	size_t n = job->ob ? job->ob->n : 0;
	size_t *copies = calloc(n + 1, sizeof(*copies)), *refuted = calloc(n + 1, sizeof(*refuted));
	size_t *placed = calloc(n + 1, sizeof(*placed));
	int counted = copies && refuted && placed;
	tautology_read(job, &job->main, counted ? copies : NULL, refuted);
	tautology_read(job, &job->special, counted ? copies : NULL, refuted);
	for (size_t i = 0; counted && i < job->main.n_inserts; i++)
		if (!job->main.inserts[i].skeleton && job->main.refs[i].obligation >= 0 &&
		    (size_t)job->main.refs[i].obligation < n)
			placed[job->main.refs[i].obligation]++;
	for (size_t i = 0; counted && i < n; i++)
		if (copies[i] > 0 && refuted[i] == copies[i] && copies[i] == placed[i])
			job->ob->v[i].evidence = 1;
	free(copies);
	free(refuted);
	free(placed);
	if (job->notes)
		fclose(job->notes);
	int found = job->found;
	if (notes)
		*notes = job->notes_text;
	else
		free(job->notes_text);
	part_free(&job->main);
	part_free(&job->special);
	if (job->parsed && job->host)
		job->host->result_free(job->parsed);
	for (size_t i = 0; i < job->n_assumed; i++)
		free(job->assumed[i]);
	free(job->assumed);
	memset(job, 0, sizeof(*job));
	return found;
}

/* --- hook discovery ------------------------------------------------------ */

/* The tracepoints of this machine the request's words point at (probes
 * the model might otherwise invent), for the prompt: one listing of every
 * tracepoint, ranked by hooks_rank(). */
static char *discover_hooks(const struct bt_host *host, const char *request)
{
	/* tracefs's own list of events is read in a few ms; bpftrace's
	 * listing of the same takes ~170 ms */
	struct bt_result *r = NULL;
	size_t n = 0;
	char **events = bte_tp_events(NULL, &n);
	const char **names = (const char **)events;
	if (!names) {
		r = host->list_probes("tracepoint:*:*");
		n = r ? r->n_probes : 0;
		names = r ? calloc(n + 1, sizeof(*names)) : NULL;
		for (size_t i = 0; names && i < n; i++)
			names[i] = r->probes[i] + strlen("tracepoint:");
	}
	char *text = NULL;
	size_t len = 0, order[HOOKS_LISTED];
	int listed = names ? hooks_rank(request, names, n, order, HOOKS_LISTED) : 0;
	FILE *out = listed > 0 ? open_memstream(&text, &len) : NULL;
	for (int k = 0; out && k < listed; k++) {
		/* the first ones with their fields, as the kernel types them */
		char probe[512];
		snprintf(probe, sizeof(probe), "tracepoint:%s", names[order[k]]);
		fprintf(out, "%s", probe);
		if (k < HOOKS_WITH_FIELDS) {
			fputs(" { ", out);
			if (!ctx_fields(NULL, probe, out))
				fputs("fields unknown", out);
			fputs(" }", out);
		}
		fputc('\n', out);
	}
	if (events)
		bte_tp_list_free(events);
	else
		free(names);
	host->result_free(r);
	if (out)
		fclose(out);
	if (!out) {
		free(text);
		return NULL;
	}
	return text;
}

/* --- the comprehension step ---------------------------------------------- */

/* Its state across the tries of one request: the obligations stay fixed
 * unless they do not fit a candidate (its probes, its variables). */
struct reading {
	const struct llm_config *cfg;
	const struct bt_host *host;
	const struct bt_invocation *inv;
	const char *context; /* what the probes read, for the prompt */
	struct obligations ob;
	int asked;         /* ob holds an answer */
	char *unavailable; /* why there are none, when the step failed */
	char *hint;        /* the user's hint, when asked for one */
	int proven_tries;  /* the tries whose candidate was proven with these
			    * obligations (each one's `refuted` counts its own) */
	int calls;
};

/* Comprehension calls for one candidate at most. */
#define COMPREHENSION_ROUNDS 3

/* The kernel's contracts at the candidate's probes, as the proof will
 * assume them, for the comprehension prompt ("" when none; NULL when out
 * of memory). */
static char *contracts_told(const struct bt_host *host, const struct bt_invocation *inv,
			    const char *program)
{
	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);
	if (!out)
		return NULL;
	struct contracts *db = NULL;
	if (!(BT_HAS(inv, no_kernel_contracts) && inv->no_kernel_contracts)) {
		struct contracts_cache_opts kopts = { .sz = sizeof(kopts), .quiet = 1 };
		contracts_cache_opts_from_env(&kopts);
		db = contracts_cache_open(&kopts);
		contracts_assume_conventional(db, BT_HAS(inv, assume_conventional) &&
							  inv->assume_conventional);
	}
	/* the probe blocks as bpftrace parses them */
	BT_OPTS(bt_program_opts, po, .text = program);
	struct bt_result *parsed = db && BT_HAS(host, parse) && host->parse ? host->parse(&po)
									   : NULL;
	struct kernel_inserts k = { 0 };
	if (parsed && parsed->status == BT_STATUS_OK && BT_HAS(parsed, blocks) &&
	    kernel_inserts_for(db, parsed->blocks, parsed->n_blocks, &k) == 0 && k.n) {
		fputs("\nThe kernel's contracts at its probes (the verifier assumes them; a "
		      "condition they already imply checks nothing):\n", out);
		for (size_t i = 0; i < k.n; i++)
			fprintf(out, "%s: %s (%s%s%s)\n", k.facts[i].hook, k.facts[i].fact->expr,
				k.facts[i].fact->post ? "on return" : "on entry",
				k.facts[i].fact->note[0] ? "; " : "", k.facts[i].fact->note);
	}
	kernel_inserts_free(&k);
	if (host && parsed)
		host->result_free(parsed);
	contracts_free(db);
	fclose(out);
	return text;
}

static void read_request(struct reading *rd, const char *program, const char *retry)
{
	char *error = NULL;
	double t0 = bte_now_ms();
	obligations_free(&rd->ob);
	free(rd->unavailable);
	rd->unavailable = NULL;
	rd->proven_tries = 0;
	rd->calls++;
	progress(rd->inv, "asking %s what the request requires of the program", rd->cfg->model);
	char *more = NULL;
	if (rd->hint && asprintf(&more, "The user adds: %s%s%s", rd->hint, retry ? "\n" : "",
				 retry ? retry : "") < 0)
		more = NULL;
	char *told = contracts_told(rd->host, rd->inv, program), *context = NULL;
	if (asprintf(&context, "%s%s", rd->context ? rd->context : "", told ? told : "") < 0)
		context = NULL;
	int rc = comprehend(rd->cfg, rd->inv->english, program,
			    context && context[0] ? context : NULL, more ? more : retry, &rd->ob,
			    &error);
	free(context);
	free(told);
	free(more);
	if (rc != 0) {
		rd->unavailable = error;
		progress(rd->inv, "no obligations: %s", error);
	} else {
		progress(rd->inv, "%zu obligation%s of the request (%.0f ms)", rd->ob.n,
			 rd->ob.n == 1 ? "" : "s", bte_now_ms() - t0);
		if (rd->ob.dropped)
			progress(rd->inv, "left out:\n%s", rd->ob.dropped);
	}
	rd->asked = 1;
}

/* Why the obligations cannot be used: screened as the candidate is
 * (they come from a model too); NULL when they can. */
static char *obligations_refused(const struct bt_invocation *inv, const char *program,
				 const struct obligations *ob)
{
	char *text = NULL, *why = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	if (!f)
		return strdup("out of memory");
	for (size_t i = 0; i < ob->n; i++)
		fprintf(f, "assert(%s);\n", ob->v[i].condition);
	fclose(f);
	unsigned line = 0;
	const char *refused = screen_program(text, &line);
	const char *unsafe = unsafe_builtin(text);
	if (refused)
		asprintf(&why, "an obligation has %s", refused);
	else if (unsafe && !unsafe_builtin(program) && !(BT_HAS(inv, unsafe) && inv->unsafe))
		asprintf(&why, "an obligation uses %s(), an unsafe builtin", unsafe);
	else if (screen_premise(text))
		why = strdup("an obligation has assume()");
	free(text);
	return why;
}

/* The request's obligations as inserts for the candidate (`parsed` is
 * the host's parse of it), in *ins: asked for (again) when there are
 * none yet or they do not fit. After COMPREHENSION_ROUNDS calls, the
 * program goes without them. */
static void place_obligations(struct reading *rd, const char *program,
			      const struct bt_result *parsed, const char *retry_first, int *rounds,
			      struct bt_insert **ins, size_t *n_ins)
{
	char *retry = retry_first ? strdup(retry_first) : NULL;
	*ins = NULL;
	*n_ins = 0;
	for (;;) {
		if (!rd->asked && !rd->cfg) {
			/* the offline reading's: made for this program, never
			 * asked again; the program goes without them */
			obligations_free(&rd->ob);
			free(rd->unavailable);
			asprintf(&rd->unavailable, "they could not be used: %s",
				 retry ? retry : "they do not fit the program");
			rd->asked = 1;
		} else if (!rd->asked) {
			if (*rounds >= COMPREHENSION_ROUNDS) {
				obligations_free(&rd->ob);
				free(rd->unavailable);
				asprintf(&rd->unavailable, "they could not be used: %s",
					 retry ? retry : "no answer");
				rd->asked = 1;
			} else {
				(*rounds)++;
				read_request(rd, program, retry);
			}
		}
		free(retry);
		retry = NULL;
		if (obligations_insert(program, parsed->blocks, parsed->n_blocks, &rd->ob, ins,
				       n_ins, &retry) == 0) {
			retry = obligations_refused(rd->inv, program, &rd->ob);
			if (!retry)
				return;
			free(*ins);
			*ins = NULL;
			*n_ins = 0;
		}
		progress(rd->inv, "the obligations do not fit the program: %s", retry);
		rd->asked = 0;
	}
}

/* The obligations' verdicts in a candidate that compiled: each one is
 * `proven` when every copy of it (one per block) is; one refuted (in any
 * block) counts the try against it. */
static void obligations_judged(struct reading *rd, const struct verify_extra *extra)
{
	rd->proven_tries++;
	for (size_t i = 0; i < rd->ob.n; i++) {
		int refuted = 0, copies = 0, proven = 0;
		for (size_t k = 0; k < extra->n_inserts; k++) {
			const struct verify_insert *v = &extra->inserts[k];
			if (v->skeleton || v->at.tag != (int)i)
				continue;
			copies++;
			proven += v->verdict == VERIFY_PROVEN;
			refuted |= v->verdict == VERIFY_REFUTED;
		}
		rd->ob.v[i].refuted += refuted;
		rd->ob.v[i].proven = copies > 0 && proven == copies;
	}
}

/* Skips white space and comments. */
static const char *past_blanks(const char *p)
{
	for (;;) {
		while (isspace((unsigned char)*p))
			p++;
		if (p[0] == '/' && p[1] == '*') {
			const char *e = strstr(p + 2, "*/");
			p = e ? e + 2 : p + strlen(p);
		} else if (p[0] == '/' && p[1] == '/') {
			p += strcspn(p, "\n");
		} else {
			return p;
		}
	}
}

/* Whether the program defines types of its own (a struct, union or enum
 * with a body, a typedef) or has a preprocessor directive (a header's
 * types, a macro): an obligation's condition is compiled with them, so
 * `struct sock` in it may not be the kernel's. Read on the raw text,
 * strings included: a false alarm costs only the evidence. */
static int defines_types(const char *program)
{
	static const char *const WORDS[] = { "struct", "union", "enum", "typedef" };
	for (const char *p = program; *p; p++) {
		if (p > program && (isalnum((unsigned char)p[-1]) || p[-1] == '_'))
			continue;
		for (size_t w = 0; w < 4; w++) {
			size_t n = strlen(WORDS[w]);
			if (strncmp(p, WORDS[w], n) || isalnum((unsigned char)p[n]) || p[n] == '_')
				continue;
			if (w == 3)
				return 1;
			const char *q = past_blanks(p + n);
			while (isalnum((unsigned char)*q) || *q == '_')
				q++;
			if (*past_blanks(q) == '{')
				return 1;
		}
	}
	return verify_directive_line(program) != 0;
}

static const char *type_in(void *arg, size_t block, const char *v, size_t len)
{
	return variable_type(arg, block, v, len);
}

/* Now that the compile's types are known: an obligation whose variable
 * the program prints with a specifier that does not show its type as it
 * is (%d of a u64 reads 32 bits) is `unshown`. */
static void obligations_shown_typed(struct reading *rd, const char *program, size_t n_blocks,
				    const struct verify_extra *x)
{
	for (size_t i = 0; i < rd->ob.n; i++)
		if (!obligation_shown_typed(program, &rd->ob.v[i], n_blocks, type_in, (void *)x))
			rd->ob.v[i].unshown = 1;
}

/* Whether every error of a compile that failed is in one of the
 * request's obligations (the host tags each error with the insert it is
 * in; the skeleton's are never among them). */
static int errors_in_obligations(const struct verify_extra *extra)
{
	for (size_t i = 0; i < extra->n_errors; i++) {
		int k = extra->error_inserts ? extra->error_inserts[i] : -1;
		if (k < 0 || (size_t)k >= extra->n_inserts || extra->inserts[k].skeleton)
			return 0;
	}
	return extra->n_errors > 0;
}

/* The obligations, for the synthesis call's feedback. */
static void say_obligations(FILE *out, const struct obligations *ob)
{
	if (!ob->n)
		return;
	fprintf(out, "\nThe assert()s whose message starts with \"request N #MARK:\" were not written "
		     "by you: they are what the user's request requires (from an independent "
		     "reading of it). Make the program satisfy them; do not write them yourself.\n");
	for (size_t i = 0; i < ob->n; i++)
		fprintf(out, "request %zu: %s (the request's words: \"%s\"): assert(%s) at the end "
			     "of %s\n", i + 1, ob->v[i].says, ob->v[i].words, ob->v[i].condition,
			ob->v[i].probe);
}

/* The obligations, for the user, before the hint question. */
static void say_obligations_user(const struct reading *rd)
{
	const struct obligations *ob = &rd->ob;
	for (size_t i = 0; i < ob->n; i++) {
		fprintf(stderr, "  %zu. ", i + 1);
		if (rd->proven_tries > 0 && ob->v[i].refuted == rd->proven_tries)
			fprintf(stderr, "REFUTED on every try (%d): ", rd->proven_tries);
		screen_render(stderr, ob->v[i].says);
		fputs(" (from \"", stderr);
		screen_render(stderr, ob->v[i].words);
		fputs("\"): assert(", stderr);
		screen_render(stderr, ob->v[i].condition);
		fputs(")\n", stderr);
	}
}

/* Checks one candidate. Returns 0 when accepted, with the proof report
 * in *report; otherwise the feedback for the model in *feedback. With
 * `rd`, the request's obligations are proven with it. */
static int check_candidate(const struct bt_host *host, const struct bt_invocation *inv,
			   const char *program, char **report, char **feedback,
			   struct tautology_job *job, struct reading *rd)
{
	*report = *feedback = NULL;
	memset(job, 0, sizeof(*job));
	unsigned line = 0;
	const char *refused = screen_program(program, &line);
	if (refused) {
		/* before any compile: nothing of the answer reaches clang */
		asprintf(feedback, "The program is refused before compiling it: line %u has %s. "
				   "Write it without.", line, refused);
		return -1;
	}
	if ((line = screen_premise(program)) != 0) {
		/* the verifier takes an assume() as given: the answer would
		 * prove its own asserts with premises it made up */
		asprintf(feedback, "The program is refused: line %u has assume(). Nothing the "
				   "program's author assumes is taken as given; write assert() for "
				   "what must hold, and nothing for what you cannot prove.", line);
		return -1;
	}
	if ((line = obligation_message_used(program)) != 0) {
		/* an assert of its own must never pass for the request's */
		asprintf(feedback, "The program is refused: line %u has a string that starts with "
				   "\"" OBLIGATION_TAG "\" and a digit, which only the request's obligations may "
				   "have. Word it otherwise.", line);
		return -1;
	}
	const char *unsafe = unsafe_builtin(program);
	if (unsafe && !(BT_HAS(inv, unsafe) && inv->unsafe)) {
		asprintf(feedback, "The program uses %s(), an unsafe builtin; the user did not pass "
				   "--unsafe, so it is not allowed. Write it without %s().", unsafe, unsafe);
		return -1;
	}
	/* the candidate as bpftrace parses it: its blocks and asserts */
	BT_OPTS(bt_program_opts, po, .text = program, .name = "from-english");
	struct bt_result *parsed = BT_HAS(host, parse) && host->parse ? host->parse(&po) : NULL;
	int parses = parsed && parsed->status == BT_STATUS_OK && BT_HAS(parsed, contract_blocks) &&
		     (!parsed->n_contracts || parsed->contract_blocks);
	struct bt_insert *ins = NULL;
	size_t n_ins = 0;
	int rounds = 0, status, not_compiled = 0;
	char *text = NULL, *retry = NULL;
	for (;;) {
		/* nothing of an earlier candidate's proof stays */
		for (size_t i = 0; rd && i < rd->ob.n; i++)
			rd->ob.v[i].proven = rd->ob.v[i].evidence = rd->ob.v[i].tautology = 0;
		if (rd && parses)
			place_obligations(rd, program, parsed, retry, &rounds, &ins, &n_ins);
		for (size_t i = 0; rd && i < rd->ob.n && defines_types(program); i++)
			rd->ob.v[i].foreign_types = 1;
		free(retry);
		retry = NULL;
		struct verify_extra extra = { .stage = stage_progress,
					     .assert_proven = assert_proven_note, .arg = job };
		if (parses && tautology_start(job, host, inv, parsed, rd ? &rd->ob : NULL, ins,
					      n_ins) == 0) {
			extra.skeleton = job->main.text;
			extra.blocks = job->main.blocks;
			extra.n_blocks = job->main.n_blocks;
			extra.n_program_blocks = job->n_program_blocks;
			extra.inserts = job->main.inserts;
			extra.n_inserts = job->main.n_inserts;
		} else if (parses) {
			/* out of memory: nothing of the request is checked */
			tautology_finish(job, NULL);
			job->ob = rd ? &rd->ob : NULL;
		}
		job->progress_inv = inv;
		status = verify_to_text_with(host, inv, program, "from-english", 1, &extra, &text);
		job->assumed = extra.assumed;
		job->n_assumed = extra.n_assumed;
		extra.assumed = NULL;
		extra.n_assumed = 0;
		not_compiled = extra.not_compiled;
		if (rd && rd->ob.n && extra.n_inserts && !not_compiled)
			obligations_judged(rd, &extra);
		if (status == 0 && extra.n_inserts)
			skeleton_retype(job, &extra);
		if (status == 0 && rd)
			obligations_shown_typed(rd, program, job->n_program_blocks, &extra);
		int theirs = rd && rd->ob.n && errors_in_obligations(&extra);
		verify_extra_free(&extra);
		if (status == 0 || !not_compiled || !theirs)
			break;
		/* the obligations do not compile with the program: the
		 * comprehension call is asked again, with the compiler's words */
		tautology_finish(job, NULL);
		free(ins);
		ins = NULL;
		n_ins = 0;
		progress(inv, "the obligations do not compile with the program");
		retry = text;
		text = NULL;
		rd->asked = 0;
	}
	free(ins);
	/* the parts point into the parse until the job is finished */
	job->host = host;
	job->parsed = parsed;
	if (status == 0) {
		*report = text;
		return 0;
	}
	tautology_finish(job, NULL);
	size_t len = 0;
	FILE *f = open_memstream(feedback, &len);
	if (f) {
		if (not_compiled)
			fprintf(f, "bpftrace rejects the program:\n%s", text ? text : "");
		else
			fprintf(f, "The program is not verified:\n%s", text ? text : "");
		if (rd)
			say_obligations(f, &rd->ob);
		fclose(f);
	}
	free(text);
	return -1;
}

/* An obligation is evidence about the program when it is proven in the
 * program (every assert of an accepted one is) and refuted where the
 * program is not: in the skeleton, an empty probe of the same attach
 * points with its variables any value. Not judged there (the skeleton
 * did not compile, or the proof there was not decided) is no evidence. */
static int is_evidence(const struct obligation *o)
{
	return o->proven && o->evidence && !o->tautology && !o->reassigned && !o->foreign_types &&
	       !o->unshown;
}

static const char *no_evidence_why(const struct obligation *o)
{
	return !o->proven ? "it was not checked against this program"
	       : o->foreign_types
		       ? "proven, but the program defines types of its own (or includes "
			 "headers or macros), which its condition is compiled with"
	       : o->tautology ? "it holds whatever the program does"
	       : o->unshown   ? "proven, but a variable of it is not what the program prints, "
				"as it is (a %d, %u or %x that fits its type, of a printf() of the "
				"probe's body itself), so it "
				"says nothing about the output"
	       : o->reassigned ? "proven, but a variable of it changes in the probe, so the "
				 "value checked may not be the one the program used"
			       : "proven, but whether it holds whatever the program does could "
				 "not be checked";
}

/* The request's obligations as the user reads them: each in words, with
 * the request's words it came from and its verdict (every assert of an
 * accepted program is proven). Returns how many are evidence: proven and
 * not holding whatever the program does. */
static size_t show_obligations(const struct reading *rd)
{
	if (!rd)
		return 0;
	size_t evidence = 0;
	if (rd->ob.n)
		fprintf(stderr, "from-english: what your request asks, checked against the "
				"program:\n");
	for (size_t i = 0; i < rd->ob.n; i++) {
		const struct obligation *o = &rd->ob.v[i];
		fputs(is_evidence(o) ? "  PROVEN  " : "  NO EVIDENCE  ", stderr);
		screen_render(stderr, o->says);
		fputs("  (from \"", stderr);
		screen_render(stderr, o->words);
		fputs("\"; checked: ", stderr);
		screen_render(stderr, o->condition);
		fputs(")", stderr);
		if (!is_evidence(o))
			fprintf(stderr, ": %s", no_evidence_why(o));
		fputc('\n', stderr);
		evidence += is_evidence(o);
	}
	if (rd->unavailable) {
		fputs("from-english: the request's obligations: ", stderr);
		screen_render(stderr, rd->unavailable);
		fputc('\n', stderr);
	}
	return evidence;
}

/* --- -f json: one document on stdout, on every path ---------------------- */

/* Its version ({"type": "from-english", "data": {...}},
 * data.schema_version); it changes when a field changes meaning or goes. */
#define ENGLISH_JSON_SCHEMA 1

/* A string of the document: valid UTF-8 whatever the model wrote. */
static cJSON *text_item(const char *text)
{
	char *copy = bte_utf8_copy(text ? text : "");
	cJSON *item = cJSON_CreateString(copy ? copy : "");
	free(copy);
	return item;
}

static void add_text(cJSON *o, const char *key, const char *text)
{
	if (o)
		cJSON_AddItemToObject(o, key, text ? text_item(text) : cJSON_CreateNull());
}

/* What the offline reader set aside of the request as context (context.h),
 * for this request only, or "". */
static char set_aside[512];

/* The document, with its data object in *data. */
static cJSON *json_document(const struct bt_invocation *inv, int accepted, cJSON **data)
{
	cJSON *root = cJSON_CreateObject();
	cJSON_AddStringToObject(root, "type", "from-english");
	*data = cJSON_AddObjectToObject(root, "data");
	cJSON_AddNumberToObject(*data, "schema_version", ENGLISH_JSON_SCHEMA);
	add_text(*data, "request", inv->english);
	if (set_aside[0])
		add_text(*data, "context", set_aside);
	cJSON_AddBoolToObject(*data, "accepted", accepted);
	return root;
}

/* One line on stdout, before anything the program prints. */
static void json_print(cJSON *root)
{
	char *text = root ? cJSON_PrintUnformatted(root) : NULL;
	if (text) {
		printf("%s\n", text);
		fflush(stdout);
	}
	free(text);
	cJSON_Delete(root);
}

/* The request's obligations: words, what each says, where, its verdict. */
static void json_obligations(cJSON *data, const struct reading *rd)
{
	cJSON *list = cJSON_AddArrayToObject(data, "obligations");
	for (size_t i = 0; list && rd && i < rd->ob.n; i++) {
		const struct obligation *o = &rd->ob.v[i];
		cJSON *item = cJSON_CreateObject();
		add_text(item, "words", o->words);
		add_text(item, "says", o->says);
		add_text(item, "probe", o->probe);
		add_text(item, "condition", o->condition);
		add_text(item, "verdict", is_evidence(o) ? "PROVEN" : "NO_EVIDENCE");
		if (!is_evidence(o))
			add_text(item, "why", no_evidence_why(o));
		cJSON_AddItemToArray(list, item);
	}
	add_text(data, "obligations_unavailable", rd ? rd->unavailable : "no model: no comprehension step");
}

/* The document of a request that got no program, with why. */
/* --- declines that help --------------------------------------------- */

/* An example the offline default could serve in place of a declined
 * request: the example's own request, and why it is not this one. */
struct alternative {
	const char *id;      /* in the index, or "lexicon" */
	const char *request; /* in the index, or owned (lexicon) */
	char *differs;       /* owned */
	char *owned;         /* the request, when it is no example's */
};

#define MAX_ALTERNATIVES 3

/* Whether two words are one, or one of them the other with an "s" or
 * "es" more ("process", "processes"), in any case. */
static int plural_of(const char *a, size_t al, const char *b, size_t bl)
{
	if (al > bl) {
		const char *t = a;
		size_t tl = al;
		a = b, al = bl, b = t, bl = tl;
	}
	if (strncasecmp(a, b, al))
		return 0;
	return bl == al || (bl == al + 1 && tolower((unsigned char)b[al]) == 's') ||
	       (bl == al + 2 && !strncasecmp(b + al, "es", 2));
}

/* The words of `a` that are not fillers of the lexicon and are not in
 * `b`, as written, quoted and joined ("\"nfs\", \"remote\""); "" when none.
 * malloc'd, NULL when out of memory. */
static char *words_not_in(const struct lexicon *lx, const char *a, const char *b)
{
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);
	if (!f)
		return NULL;
	int n = 0;
	for (const char *p = a; *p;) {
		while (*p && !isalnum((unsigned char)*p))
			p++;
		size_t l = 0;
		while (isalnum((unsigned char)p[l]) || p[l] == '_' || p[l] == '-' || p[l] == '\'')
			l++;
		if (!l)
			break;
		char w[64];
		snprintf(w, sizeof(w), "%.*s", (int)(l < 63 ? l : 63), p);
		for (char *c = w; *c; c++)
			*c = (char)tolower((unsigned char)*c);
		int found = 0;
		for (const char *q = b; *q && !found;) {
			while (*q && !isalnum((unsigned char)*q))
				q++;
			size_t ql = 0;
			while (isalnum((unsigned char)q[ql]) || q[ql] == '_' || q[ql] == '-' ||
			       q[ql] == '\'')
				ql++;
			found = ql && plural_of(w, strlen(w), q, ql);
			q += ql;
		}
		if (!found && !lexicon_filler(lx, w) && n < 4)
			fprintf(f, "%s\"%.*s\"", n++ ? ", " : "", (int)l, p);
		p += l;
	}
	if (fclose(f) != 0) {
		free(out);
		return NULL;
	}
	return out;
}

/* The requests of the nearest examples that the lexicon serves, each
 * with how the user's request differs from it (what it lacks and what it
 * adds), at most `max`; the learned store's are the user's own, never
 * offered. */
static size_t examples_served(const struct retrieval *r, const struct lexicon *lx,
			      const char *request, struct alternative *out, size_t max)
{
	const struct example *near[6];
	size_t n_near = r && lx ? retrieval_query(r, request, "learned", near, 6) : 0, n = 0;
	for (size_t i = 0; i < n_near && n < max; i++) {
		struct offline_program a;
		int served = offline_plan(lx, near[i]->request, NULL, &a) == 0;
		offline_program_free(&a);
		if (!served)
			continue;
		char *lacks = words_not_in(lx, request, near[i]->request);
		char *adds = words_not_in(lx, near[i]->request, request);
		if (lacks && adds && (lacks[0] || adds[0]) &&
		    asprintf(&out[n].differs, "%s%s%s%s%s", lacks[0] ? "it has no " : "", lacks,
			     lacks[0] && adds[0] ? "; " : "", adds[0] ? "it adds " : "",
			     adds) >= 0) {
			out[n].id = near[i]->id;
			out[n].request = near[i]->request;
			out[n].owned = NULL;
			n++;
		}
		free(lacks);
		free(adds);
	}
	return n;
}

static void json_declined_with(const struct bt_invocation *inv, const char *why,
			       char *const *reasons, int n_reasons,
			       const struct alternative *alt, size_t n_alt)
{
	if (!verify_json_wanted(inv))
		return;
	cJSON *data, *root = json_document(inv, 0, &data);
	add_text(data, "why", why);
	cJSON *list = cJSON_AddArrayToObject(data, "tries");
	for (int i = 0; list && i < n_reasons; i++)
		cJSON_AddItemToArray(list, text_item(reasons[i]));
	if (n_alt) {
		cJSON *alts = cJSON_AddArrayToObject(data, "alternatives");
		for (size_t i = 0; alts && i < n_alt; i++) {
			cJSON *o = cJSON_CreateObject();
			if (!o)
				break;
			add_text(o, "example", alt[i].id);
			add_text(o, "request", alt[i].request);
			add_text(o, "differs", alt[i].differs);
			cJSON_AddItemToArray(alts, o);
		}
	}
	cJSON_AddBoolToObject(data, "proven", 0);
	json_print(root);
}

static void json_declined(const struct bt_invocation *inv, const char *why, char *const *reasons,
			  int n_reasons)
{
	json_declined_with(inv, why, reasons, n_reasons, NULL, 0);
}

/* Which alternative the user picks on the terminal (1-based), or 0. */
static int pick_alternative(size_t n)
{
	FILE *tty = isatty(STDIN_FILENO) ? fopen("/dev/tty", "r+") : NULL;
	if (!tty)
		return 0;
	if (n > 1)
		fprintf(tty, "Make one of these instead? [1-%zu, Enter for none] ", n);
	else
		fprintf(tty, "Make it instead? [1, Enter for none] ");
	fflush(tty);
	char line[16] = "";
	int k = 0;
	if (fgets(line, sizeof(line), tty) && line[0] >= '1' && line[0] <= '0' + (int)n &&
	    (line[1] == '\n' || line[1] == '\0'))
		k = line[0] - '0';
	fclose(tty);
	return k;
}

/* Shows the verified program and its proof, then hands it over if the
 * user confirms (or --yes, or --emit-program). Takes candidate and report.
 * A program the model wrote (model not NULL) goes to the learned store;
 * `learned`: the program is one of it, served offline. */
static int accept(const struct bt_host *host, const struct bt_invocation *inv,
		  char *candidate, char *report, struct tautology_job *job, const char *model,
		  int learned, const struct reading *rd, char **program)
{
	(void)host;
	size_t proven = job->own_proven;
	char **assumed = job->assumed;
	size_t n_assumed = job->n_assumed;
	job->assumed = NULL;
	job->n_assumed = 0;
	char *notes = NULL;
	size_t tautologies = (size_t)tautology_finish(job, &notes);
	size_t checks = proven > tautologies ? proven - tautologies : 0;
	fprintf(stderr, "from-english: the program %s; the kernel's verifier accepts it:\n\n",
		model	  ? "the model wrote"
		: learned ? "a model wrote before (the learned store)"
			  : "the offline reader wrote");
	screen_render(stderr, candidate);
	fputc('\n', stderr);
	screen_render(stderr, report);
	free(report);
	if (notes)
		screen_render(stderr, notes);
	free(notes);
	/* Its own asserts are its author's: they check the program against
	 * itself, never against the request. Only the request's obligations,
	 * from a reading of their own, are evidence; one that holds whatever
	 * the program does is none. */
	if (checks)
		fprintf(stderr, "from-english: %zu assert%s of the program's own %s proven: they check "
				"the program against itself, not against your request.\n",
			checks, checks == 1 ? "" : "s", checks == 1 ? "is" : "are");
	size_t evidence = show_obligations(rd);
	fprintf(stderr, "from-english: safety: the kernel's verifier accepts the program.\n");
	if (n_assumed && inv->quiet) {
		fprintf(stderr, "from-english: assumed:\n");
		for (size_t i = 0; i < n_assumed; i++)
			fprintf(stderr, "  %s\n", assumed[i]);
	} else if (n_assumed) {
		fprintf(stderr, "from-english: assumed: %zu kernel contract%s and verifier "
				"assumption%s, listed above.\n", n_assumed, n_assumed == 1 ? "" : "s",
			n_assumed == 1 ? "" : "s");
	}
	char checked[128];
	if (evidence) {
		fprintf(stderr, "from-english: proven: %zu obligation%s of your request, in every run "
				"that reaches %s, under what is assumed; read the program for what "
				"%s not say.\n",
			evidence, evidence == 1 ? "" : "s", evidence == 1 ? "it" : "them",
			evidence == 1 ? "it does" : "they do");
		snprintf(checked, sizeof(checked), "%zu obligation%s of your request proven", evidence,
			 evidence == 1 ? "" : "s");
	} else {
		fprintf(stderr, "from-english: nothing about what it does was checked: read it "
				"before you run it.\n");
		snprintf(checked, sizeof(checked), "nothing about what it does was checked");
	}
	if (verify_json_wanted(inv)) {
		cJSON *data, *root = json_document(inv, 1, &data);
		add_text(data, "author", model ? "model" : learned ? "learned" : "offline reader");
		add_text(data, "program", candidate);
		json_obligations(data, rd);
		cJSON_AddNumberToObject(data, "self_checks_proven", (double)checks);
		cJSON *safety = cJSON_AddObjectToObject(data, "safety");
		add_text(safety, "kernel_verifier", "accepted");
		cJSON *as = cJSON_AddArrayToObject(data, "assumptions");
		for (size_t i = 0; as && i < n_assumed; i++)
			cJSON_AddItemToArray(as, text_item(assumed[i]));
		cJSON_AddBoolToObject(data, "proven", evidence > 0);
		add_text(data, "summary", evidence ? checked
					: "nothing about what it does was checked: read it before "
					  "you run it");
		json_print(root);
	}
	for (size_t i = 0; i < n_assumed; i++)
		free(assumed[i]);
	free(assumed);
	int emit = BT_HAS(inv, emit_program) && inv->emit_program;
	if (emit || confirm(inv, checked)) {
		/* only a program the user accepted to run is learned: one
		 * written to a file for later was not accepted yet */
		char *error = NULL, where[4096];
		if (model && !emit &&
		    learned_add(inv->english, candidate, BT_HAS(inv, unsafe) && inv->unsafe, model,
				&error) > 0)
			progress(inv, "kept in the learned store %s (BPFTRACE_ENGLISH_LEARN=0 turns "
				      "it off)", learned_path(where, sizeof(where)));
		if (error)
			fprintf(stderr, "from-english: warning: the learned store: %s\n", error);
		free(error);
		*program = candidate;
		return 0;
	}
	free(candidate);
	return 1;
}

/* --- the offline backend ------------------------------------------------- */

/* The examples: the shipped dataset (BPFTRACE_ENGLISH_DATASET names
 * another) and the user's learned store, whose entries start at index
 * *first_learned (NULL: not asked). NULL when there are none. When the
 * dataset cannot be read, *missing says where it was looked for. */
static struct retrieval *load_examples(char **missing, size_t *first_learned)
{
	char buf[4096], looked[2048];
	*missing = NULL;
	const char *data = getenv("BPFTRACE_ENGLISH_DATASET");
	if (data && *data && access(data, R_OK) != 0)
		asprintf(missing, "BPFTRACE_ENGLISH_DATASET=%s: %s", data, strerror(errno));
	else if (!data || !*data) {
		if (plugin_data_file("datasets/ebpfnl.jsonl", buf, sizeof(buf), looked,
				     sizeof(looked)) == 0)
			data = buf;
		else
			asprintf(missing, "the built-in examples (datasets/ebpfnl.jsonl) are not "
					  "installed: looked in %s; reinstall bpftrace-english, or name "
					  "a dataset with BPFTRACE_ENGLISH_DATASET", looked);
	}
	struct retrieval *r = data && !*missing ? retrieval_load(data) : NULL;
	if (!r)
		r = retrieval_load(NULL);
	const char *learned = learned_path(buf, sizeof(buf));
	/* (a dataset's own "learned" pairs are not the user's store) */
	size_t first = r ? retrieval_size(r) : 0;
	if (first_learned)
		*first_learned = first;
	if (r && learned && access(learned, R_OK) == 0)
		retrieval_add_file(r, learned);
	if (r && !retrieval_size(r)) {
		retrieval_free(r);
		r = NULL;
	}
	return r;
}

/* How many programs made offline are checked before the request is
 * declined (the learned store's, the lexicon's). */
#define OFFLINE_CANDIDATES 3

/* Why nothing runs: the programs made offline and what their checks said. */
static void say_unchecked(FILE *fail, char *const *failures, const char *config_error)
{
	if (fail)
		fflush(fail); /* sets *failures */
	fprintf(stderr, "bpftrace --from-english: the programs made offline "
			"did not pass their checks, so nothing runs:\n%s\nTo do better, configure "
			"a model: %s\n", fail && *failures ? *failures : "", config_error);
}

static int english_offline(const struct bt_host *host, const struct bt_invocation *inv,
			   const char *config_error, char **program, int offer);

/* The lexicon's closest program, as the first alternative: the request
 * without up to two words it could not place. Returns how many (0 or 1). */
static size_t relaxed_alternative(const struct lexicon *lx, const char *request,
				  struct alternative *out)
{
	char *shorter, *word;
	if (!lx || offline_relax(lx, request, &shorter, &word) != 0)
		return 0;
	out->id = "lexicon";
	out->request = out->owned = shorter;
	if (asprintf(&out->differs, "it leaves out \"%s\" (what the offline reader cannot place)",
		     word) < 0)
		out->differs = NULL;
	free(word);
	if (!out->differs) {
		free(shorter);
		return 0;
	}
	return 1;
}

/* A decline of the offline default: one line of reason, the closest
 * programs it can make instead (each with what differs), and on a
 * terminal the choice of one, made and checked as its own request. */
static int offline_declined(const struct bt_host *host, const struct bt_invocation *inv,
			    const struct retrieval *r, const struct lexicon *lx,
			    const struct offline_program *a, const char *config_error,
			    char **program, int offer)
{
	struct alternative alt[MAX_ALTERNATIVES];
	size_t n_alt = offer ? relaxed_alternative(lx, inv->english, alt) : 0;
	if (offer) {
		struct alternative more[MAX_ALTERNATIVES];
		size_t n_more = examples_served(r, lx, inv->english, more, MAX_ALTERNATIVES);
		/* (an example's request that is the relaxed one is said once) */
		for (size_t i = 0; i < n_more; i++) {
			if (n_alt < MAX_ALTERNATIVES &&
			    !(n_alt && alt[0].owned && !strcmp(alt[0].request, more[i].request)))
				alt[n_alt++] = more[i];
			else
				free(more[i].differs);
		}
	}
	const char *reason = a->why ? a->why : "out of memory";
	int quiet = BT_HAS(inv, quiet) && inv->quiet;
	fprintf(stderr, "bpftrace --from-english: the offline default cannot serve this request "
			"(%s), and %s\n", reason, config_error);
	if (n_alt && !quiet) {
		fprintf(stderr, "from-english: the closest requests it can serve instead:\n");
		for (size_t i = 0; i < n_alt; i++)
			if (alt[i].owned)
				fprintf(stderr, "  %zu. \"%s\" (the offline reader's; yours differs: "
						"%s)\n", i + 1, alt[i].request, alt[i].differs);
			else
				fprintf(stderr, "  %zu. \"%s\" (the request of example %s; yours "
						"differs: %s)\n",
					i + 1, alt[i].request, alt[i].id, alt[i].differs);
	}
	json_declined_with(inv, reason, NULL, 0, alt, n_alt);
	int status = 1, k = 0;
	/* never unasked: --yes runs unattended, JSON is read by a program */
	if (n_alt && !quiet && !verify_json_wanted(inv) && !(BT_HAS(inv, yes) && inv->yes))
		k = pick_alternative(n_alt);
	if (k) {
		struct bt_invocation copy = *inv;
		copy.english = alt[k - 1].request;
		fprintf(stderr, "from-english: making \"%s\" instead\n", copy.english);
		status = english_offline(host, &copy, config_error, program, 0);
	}
	for (size_t i = 0; i < n_alt; i++) {
		free(alt[i].differs);
		free(alt[i].owned);
	}
	return status;
}

/* The offline reader's lexicon: BPFTRACE_ENGLISH_LEXICON, else the one
 * installed beside the dataset. NULL, with why (and where it looked) in
 * `why`, when it cannot be read: nothing is made offline without it. */
static struct lexicon *load_lexicon(char *why, size_t whylen)
{
	char buf[4096], looked[2048] = "", lwhy[2400] = "out of memory";
	const char *path = getenv("BPFTRACE_ENGLISH_LEXICON");
	if ((!path || !*path) &&
	    plugin_data_file("datasets/lexicon.txt", buf, sizeof(buf), looked, sizeof(looked)) == 0)
		path = buf;
	struct lexicon *lx = calloc(1, sizeof(*lx));
	if (lx && path && *path && lexicon_load(path, lx, lwhy, sizeof(lwhy)) == 0)
		return lx;
	if (!path || !*path)
		snprintf(lwhy, sizeof(lwhy), "not installed: looked in %s", looked);
	snprintf(why, whylen, "the offline reader's lexicon: %s; reinstall bpftrace-english, or "
		 "name one with BPFTRACE_ENGLISH_LEXICON", lwhy);
	free(lx);
	return NULL;
}

/* A request with its runs of space one, without the spaces and full
 * stops, question or exclamation marks at its ends (case as written:
 * names and paths are said in it). */
static void normalized(const char *s, char *out, size_t len)
{
	size_t n = 0;
	while (isspace((unsigned char)*s))
		s++;
	for (; *s && n + 1 < len; s++) {
		if (isspace((unsigned char)*s) && (!n || out[n - 1] == ' '))
			continue;
		out[n++] = isspace((unsigned char)*s) ? ' ' : *s;
	}
	while (n && strchr(" .?!", out[n - 1]))
		n--;
	out[n] = '\0';
}

/* Whether two requests are the same but for spacing and their last full
 * stop or question mark. */
static int same_request(const char *a, const char *b)
{
	char x[1024], y[1024];
	if (strlen(a) >= sizeof(x) || strlen(b) >= sizeof(y))
		return 0;
	normalized(a, x, sizeof(x));
	normalized(b, y, sizeof(y));
	return x[0] && !strcmp(x, y);
}

/* The program the user ran before for this very request (the learned
 * store's newest for it, when the store is the user's alone: a model
 * wrote it, the user accepted it), unless a learned program was tried
 * already (`skip`); it is checked as if new. Then the lexicon's. */
static void offline_candidate(const struct retrieval *r, const struct lexicon *lx,
			      size_t first_learned, int trusted, const char *asked,
			      const char *request, const char *const *skip,
			      struct offline_program *a)
{
	int tried_learned = 0;
	for (int k = 0; skip && skip[k]; k++)
		tried_learned |= strncmp(skip[k], "lexicon:", 8) != 0;
	char why[320] = "", refused[400] = "";
	for (size_t i = r && trusted && !tried_learned ? retrieval_size(r) : 0;
	     i-- > first_learned;) {
		const struct example *ex = retrieval_get(r, i);
		if (strcmp(ex->split, "learned") || !same_request(ex->request, asked))
			continue;
		memset(a, 0, sizeof(*a));
		a->program = strdup(ex->program);
		a->changes = strdup("the program you ran before for this request");
		if (!a->program || !a->changes) {
			offline_program_free(a);
			break;
		}
		/* held to the request's words as the lexicon's is: nothing it
		 * asks for dropped, nothing it does not ask for added */
		if (intent_check(request, &a->program, NULL, why, sizeof(why)) != 0) {
			snprintf(refused, sizeof(refused), "%s: %s\n", ex->id, why);
			offline_program_free(a);
			break;
		}
		a->example_id = ex->id;
		a->learned = 1;
		return;
	}
	offline_plan(lx, request, skip, a);
	a->example_id = a->source;
	/* the ways tried, for -v: each program that did not pass its
	 * checks, then the lexicon's reason */
	char *tried = NULL;
	size_t len = 0;
	FILE *f = a->program ? NULL : open_memstream(&tried, &len);
	if (!f)
		return;
	int planned = 0;
	fputs(refused, f);
	for (int k = 0; skip && skip[k]; k++) {
		fprintf(f, "%s: its program did not pass its checks\n", skip[k]);
		planned |= !strncmp(skip[k], "lexicon:", 8);
	}
	if (!planned)
		fprintf(f, "lexicon: %s\n", a->why ? a->why : "out of memory");
	if (fclose(f) != 0) {
		free(tried);
		tried = NULL;
	}
	free(a->tried);
	a->tried = tried;
}

static int english_offline(const struct bt_host *host, const struct bt_invocation *inv,
			   const char *config_error, char **program, int offer)
{
	progress(inv, "no model is configured: the offline reader makes the program");
	double loaded = bte_now_ms();
	char *missing = NULL, lx_why[2600] = "";
	struct lexicon *lx = load_lexicon(lx_why, sizeof(lx_why));
	if (!lx) {
		fprintf(stderr, "bpftrace --from-english: %s\n", lx_why);
		json_declined(inv, lx_why, NULL, 0);
		return 1;
	}
	/* the examples only offer their requests when one is declined, and
	 * the learned store holds the programs the user ran before */
	size_t first_learned = 0;
	struct retrieval *r = load_examples(&missing, &first_learned);
	if (missing && !inv->quiet)
		fprintf(stderr, "from-english: warning: %s\n", missing);
	free(missing);
	int trusted = learned_trusted();
	loaded = bte_now_ms() - loaded;
	const char *asked = inv->english;
	/* a word two letters swapped ("recieves") or a doubled letter short
	 * ("writen") of one the lexicon knows read as that word, which the
	 * user is told (lexicon_spelled()) */
	char respelt[256];
	char *spelled = lexicon_spelled(lx, inv->english, respelt, sizeof(respelt));
	struct bt_invocation as_spelled;
	if (spelled) {
		if (!inv->quiet)
			fprintf(stderr, "from-english: reading %s\n", respelt);
		as_spelled = *inv;
		as_spelled.english = spelled;
		inv = &as_spelled;
	}
	/* the part that asks read alone, when the rest is context that
	 * names nothing ("our web server is slow, can you show me ..."),
	 * which the user is told (context.h) */
	char *core = lexicon_core(lx, inv->english, set_aside, sizeof(set_aside));
	struct bt_invocation as_core;
	if (core) {
		/* (said under -q too: what is not read is never silent) */
		fprintf(stderr, "from-english: reading \"%s\" alone: %s %s context, naming "
				"nothing to trace or keep to\n", core, set_aside,
			strchr(set_aside, ';') ? "are" : "is");
		as_core = *inv;
		as_core.english = core;
		inv = &as_core;
	}
	/* a tool's name ("execsnoop") read as the request it stands for */
	char *meant = lexicon_means(lx, inv->english);
	struct bt_invocation as_meant;
	if (meant) {
		if (!inv->quiet)
			fprintf(stderr, "from-english: reading \"%s\" as \"%s\"\n", inv->english,
				meant);
		as_meant = *inv;
		as_meant.english = meant;
		inv = &as_meant;
	}
	const char *skip[OFFLINE_CANDIDATES + 1] = { NULL };
	char *ids[OFFLINE_CANDIDATES] = { NULL };
	char *failures = NULL;
	size_t failures_len = 0;
	FILE *fail = open_memstream(&failures, &failures_len);
	int status = 1;
	/* the program the user ran before for this request, then the
	 * lexicon's (its plan is made once: offline_plan() keeps it with the
	 * lexicon) */
	for (int attempt = 0; attempt < OFFLINE_CANDIDATES; attempt++) {
		double t0 = bte_now_ms();
		struct offline_program a;
		offline_candidate(r, lx, first_learned, trusted, asked, inv->english, skip, &a);
		/* The ways tried, and why each could not serve: with -v. */
		if (a.tried && a.tried[0] && inv->verbose && !inv->quiet)
			fprintf(stderr, "from-english: ways tried:\n%s", a.tried);
		if (!a.program) {
			size_t n_tried = 0;
			for (const char *c = a.tried; c && *c; c++)
				n_tried += *c == '\n';
			if (n_tried && !inv->verbose && !inv->quiet)
				fprintf(stderr, "from-english: -v lists the %zu way%s tried and why "
						"each could not serve\n", n_tried, n_tried == 1 ? "" : "s");
			/* the lexicon's own reason, unless its program was made
			 * and failed its checks */
			int planned = 0;
			for (int k = 0; k < attempt; k++)
				planned |= ids[k] && !strncmp(ids[k], "lexicon:", 8);
			if (!planned) {
				/* a learned program tried first: why it was not served */
				if (fail && attempt)
					fflush(fail);
				if (failures && failures[0] && attempt && !inv->quiet)
					screen_render(stderr, failures);
				status = offline_declined(host, inv, r, lx, &a, config_error, program,
							  offer);
			} else {
				say_unchecked(fail, &failures, config_error);
				json_declined(inv, "the programs made offline did not pass their "
						   "checks", &failures, 1);
			}
			offline_program_free(&a);
			break;
		}
		progress(inv, "%s %s%s%s (%.1f ms)", a.learned ? "learned program" : "planned",
			 a.example_id, a.changes[0] ? ": " : "",
			 a.changes, bte_now_ms() - t0 + (attempt ? 0 : loaded));
		ids[attempt] = strdup(a.example_id);
		skip[attempt] = ids[attempt];
		int learned = a.learned;
		char *candidate = a.program;
		a.program = NULL;
		offline_program_free(&a);
		if (!ids[attempt]) {
			free(candidate);
			fprintf(stderr, "bpftrace --from-english: out of memory\n");
			json_declined(inv, "out of memory", NULL, 0);
			break;
		}
		/* Its own reading of the request: each restriction of the
		 * program traced to the words it comes from, as obligations
		 * proven with it (the program's own asserts give way to them);
		 * one that no word asks for is a wrong program. */
		char *report = NULL, *feedback = NULL, rwhy[320];
		struct reading rd = { .host = host, .inv = inv, .asked = 1 };
		int ok = reading_obligations(inv->english, candidate, &rd.ob, rwhy, sizeof(rwhy)) == 0;
		/* (an assume() stays, for the screen to refuse: without its
		 * premise the program would be another one) */
		char *own = ok && !screen_premise(candidate) ? contracts_stripped(candidate) : NULL;
		if (own) {
			free(candidate);
			candidate = own;
		} else if (ok && !screen_premise(candidate)) {
			ok = 0;
			snprintf(rwhy, sizeof(rwhy), "out of memory");
		}
		if (!ok)
			feedback = strdup(rwhy);
		struct tautology_job job;
		if (ok && rd.ob.n)
			progress(inv, "%zu obligation%s read from the request", rd.ob.n,
				 rd.ob.n == 1 ? "" : "s");
		int checked = ok && check_candidate(host, inv, candidate, &report, &feedback, &job,
						    &rd) == 0;
		/* bpftrace's own word that a probe will not attach here (a
		 * function ftrace cannot trace): a program made offline is not
		 * served to fail at the start */
		if (checked && report && strstr(report, "is not traceable")) {
			tautology_finish(&job, NULL);
			checked = ok = 0;
			snprintf(rwhy, sizeof(rwhy), "bpftrace says a probe of it is not traceable "
						     "on this kernel: attaching it would fail");
			feedback = strdup(rwhy);
			free(report);
			report = NULL;
		}
		if (checked) {
			status = accept(host, inv, candidate, report, &job, NULL, learned, &rd,
					program);
			obligations_free(&rd.ob);
			free(rd.unavailable);
			break;
		}
		obligations_free(&rd.ob);
		free(rd.unavailable);
		progress(inv, "the program of %s did not pass its checks%s%s", ids[attempt],
			 ok ? "" : ": ", ok ? "" : rwhy);
		if (fail)
			fprintf(fail, "the program of %s:\n%s\n", ids[attempt],
				feedback ? feedback : "");
		free(feedback);
		free(candidate);
		if (attempt + 1 == OFFLINE_CANDIDATES) {
			say_unchecked(fail, &failures, config_error);
			json_declined(inv, "the programs made offline did not pass their checks",
				      &failures, 1);
		}
	}
	if (fail)
		fclose(fail);
	free(failures);
	for (int i = 0; i < OFFLINE_CANDIDATES; i++)
		free(ids[i]);
	retrieval_free(r);
	if (lx)
		lexicon_unload(lx);
	free(lx);
	free(meant);
	free(core);
	set_aside[0] = '\0';
	free(spelled);
	return status;
}

/* The request with the micro sign of "5 µs" (or the Greek mu) written
 * "us", which the offline readers know; NULL when out of memory. */
static char *plain_units(const char *request)
{
	char *out = strdup(request), *w = out;
	if (!out)
		return NULL;
	for (const char *p = request; *p;) {
		unsigned char a = (unsigned char)p[0], b = a ? (unsigned char)p[1] : 0;
		if (((a == 0xC2 && b == 0xB5) || (a == 0xCE && b == 0xBC)) &&
		    (p[2] == 's' || p[2] == 'S')) {
			*w++ = 'u';
			p += 2;
		} else {
			*w++ = *p++;
		}
	}
	*w = '\0';
	return out;
}

/* The offline default on the request with its units made plain. */
static int english_offline_plain(const struct bt_host *host, const struct bt_invocation *inv,
				 const char *config_error, char **program)
{
	struct bt_invocation copy = *inv;
	char *plain = plain_units(inv->english);
	if (plain)
		copy.english = plain;
	int status = english_offline(host, &copy, config_error, program, 1);
	free(plain);
	return status;
}

int english_command(const struct bt_host *host, const struct bt_invocation *inv,
		    char **program)
{
	*program = NULL;
	struct llm_config cfg;
	char *error = NULL;
	int loaded = llm_config_load(&cfg, &error);
	if (loaded != 0) {
		int status = 1;
		if (loaded == LLM_NOT_CONFIGURED) {
			status = english_offline_plain(host, inv, error, program);
		} else {
			fprintf(stderr, "bpftrace --from-english: %s\n", error);
			json_declined(inv, error, NULL, 0);
		}
		free(error);
		return status;
	}
	const char *t = getenv("BPFTRACE_ENGLISH_TRIES");
	int tries = BT_HAS(inv, tries) && inv->tries > 0 ? inv->tries
		    : t && atoi(t) > 0			 ? atoi(t)
							 : DEFAULT_TRIES;

	struct convo c = { 0 };
	say(&c, "system", SYSTEM_PROMPT);
	double t0 = bte_now_ms();
	/* Few-shot examples: the nearest pairs of the dataset. */
	char *missing = NULL;
	struct retrieval *ret = load_examples(&missing, NULL);
	if (missing) /* the model is asked without examples */
		fprintf(stderr, "from-english: warning: %s\n", missing);
	free(missing);
	const struct example *near[3];
	size_t n_near = retrieval_query(ret, inv->english, NULL, near, 3);
	for (size_t i = n_near; i-- > 0;) {
		say(&c, "user", near[i]->request);
		char *fenced = NULL;
		if (asprintf(&fenced, "```bpftrace\n%s```", near[i]->program) >= 0) {
			say(&c, "assistant", fenced);
			free(fenced);
		}
	}
	progress(inv, "retrieved %zu examples from %zu pairs (%.0f ms)", n_near,
		 retrieval_size(ret), bte_now_ms() - t0);
	/* Kernel functions the request names or its examples probe. */
	char *functions[8];
	size_t n_functions = 0;
	kernel_functions_named(inv->english, 1, functions, &n_functions, 8);
	for (size_t i = 0; i < n_near; i++)
		kernel_functions_named(near[i]->program, 0, functions, &n_functions, 8);
	retrieval_free(ret);
	t0 = bte_now_ms();
	char *hooks = discover_hooks(host, inv->english);
	char *types = kernel_types_describe(functions, n_functions, 40);
	for (size_t i = 0; i < n_functions; i++)
		free(functions[i]);
	progress(inv, "looked up the probes of this machine%s (%.0f ms)",
		 types ? " and the kernel's types of their functions" : "", bte_now_ms() - t0);
	char *request = NULL;
	size_t request_len = 0;
	FILE *rq = open_memstream(&request, &request_len);
	if (rq) {
		fputs(inv->english, rq);
		if (BT_HAS(inv, child_command) && inv->child_command)
			fprintf(rq, "\n\nThe program runs with -c \"%s\": the builtin cpid is that "
				    "command's pid (/pid == cpid/ traces only the command itself).",
				inv->child_command);
		if (BT_HAS(inv, pid) && inv->pid > 0)
			fprintf(rq, "\n\nThe user passed -p %d: the process of interest has pid %d.",
				inv->pid, inv->pid);
		if (hooks)
			fprintf(rq, "\n\nTracepoints on this machine that may fit, with the fields "
				    "their args-> has (C types from the kernel's tracefs formats):\n%s", hooks);
		if (types)
			fprintf(rq, "\n\nKernel functions on this machine (kprobe:NAME and "
				    "kretprobe:NAME; the arguments are arg0, arg1, ... in this order, "
				    "the return value retval), with their types from the kernel's "
				    "BTF:\n%s", types);
		fclose(rq);
	}
	say(&c, "user", request ? request : inv->english);
	free(request);
	/* what the probes read, for the comprehension call too */
	char *context = NULL;
	if (hooks || types)
		asprintf(&context, "%s%s%s", hooks ? hooks : "", hooks && types ? "\n" : "",
			 types ? types : "");
	free(hooks);
	free(types);
	struct reading rd = { .cfg = &cfg, .host = host, .inv = inv, .context = context };
	char **reasons = calloc((size_t)tries + 64, sizeof(char *));
	int n_reasons = 0, status = 1;
	for (int attempt = 1;; attempt++) {
		if (attempt > tries) {
			if (rd.ob.n && isatty(STDIN_FILENO)) {
				/* the user may say the obligations are what is wrong */
				fprintf(stderr, "from-english: the program was held to these "
						"obligations of your request (one refuted on every "
						"try may be what is wrong: say so in the hint):\n");
				say_obligations_user(&rd);
			}
			char *hint = ask_hint();
			if (!hint)
				break;
			say(&c, "user", hint);
			/* a hint may change what the request requires */
			free(rd.hint);
			rd.hint = hint;
			rd.asked = 0;
			tries++;
			reasons = realloc(reasons, ((size_t)tries + 64) * sizeof(char *));
		}
		char *shown_url = llm_redact_url(cfg.url);
		progress(inv, "try %d of %d: asking %s at %s", attempt, tries, cfg.model,
			 shown_url ? shown_url : "the endpoint");
		free(shown_url);
		t0 = bte_now_ms();
		struct llm_reply reply;
		if (llm_chat(&cfg, c.msgs, c.n, &reply) != 0) {
			fputs("bpftrace --from-english: ", stderr);
			screen_render(stderr, reply.error);
			fputc('\n', stderr);
			llm_reply_free(&reply);
			break; /* the model cannot be reached: another try will not help */
		}
		progress(inv, "the model answered (%.0f ms)", bte_now_ms() - t0);
		say(&c, "assistant", reply.content);
		char *raw = extract_program(reply.content);
		llm_reply_free(&reply);
		char *feedback = NULL, *report = NULL;
		struct tautology_job job;
		char *candidate = raw ? rewrite_dialect(raw) : NULL;
		free(raw);
		if (!candidate)
			feedback = strdup("The answer has no program. Reply with the whole program in a "
					  "```bpftrace fenced block.");
		else if (check_candidate(host, inv, candidate, &report, &feedback, &job, &rd) == 0) {
			status = accept(host, inv, candidate, report, &job, cfg.model, 0, &rd,
					program);
			goto out;
		}
		free(candidate);
		progress(inv, "try %d failed:\n%s", attempt, feedback);
		reasons[n_reasons++] = strdup(feedback);
		char *next = NULL;
		asprintf(&next, "%s\nReply with the whole corrected program.", feedback);
		say(&c, "user", next ? next : feedback);
		free(next);
		free(feedback);
	}
	fprintf(stderr, "bpftrace --from-english: no program was accepted; nothing was run.\n");
	json_declined(inv, "no program was accepted; nothing was run", reasons, n_reasons);
	for (int i = 0; i < n_reasons; i++) {
		fprintf(stderr, "try %d: ", i + 1);
		screen_render(stderr, reasons[i]);
		fputc('\n', stderr);
	}
out:
	obligations_free(&rd.ob);
	free(rd.unavailable);
	free(rd.hint);
	free(context);
	for (int i = 0; i < n_reasons; i++)
		free(reasons[i]);
	free(reasons);
	convo_free(&c);
	llm_config_free(&cfg);
	return status;
}
