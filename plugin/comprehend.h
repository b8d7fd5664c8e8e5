/* SPDX-License-Identifier: Apache-2.0 */
/* The comprehension step: a second, separate model call reads the request
 * and the candidate (without its own asserts) and writes what the request
 * requires of it, each obligation tied to the words of the request it
 * comes from. The obligations go into the candidate as assert()s and are
 * proven with it; they, not the candidate's own asserts, are the evidence
 * that the program does what was asked. */
#ifndef BTE_COMPREHEND_H
#define BTE_COMPREHEND_H

#include <stddef.h>

#include "bpftrace_plugin.h"
#include "llm.h"

struct obligation {
	char *words;     /* the request's words it comes from, as written there */
	char *says;      /* what the program must guarantee, in words */
	char *probe;     /* the attach points of the block it holds in */
	char *condition; /* a bpftrace expression, asserted at the body's end */
	char *message;   /* its assert's message: "request N: " and `says` */
	char *origin;    /* its inserts' name in diagnostics */
	int proven;      /* proven in this candidate, in every block it went into */
	int foreign_types; /* the candidate defines types (or includes headers)
			    * its condition would be read through */
	int tautology;   /* holds in an empty probe: no evidence */
	int evidence;    /* refuted in an empty probe: it depends on the program */
	int refuted;     /* the tries whose candidate refuted it */
	int unshown;     /* a `$` variable of it is not, as it is, what its block
			  * prints (a %d/%u/%x argument of a printf() of the
			  * body itself): it says nothing about the output */
	int reassigned;  /* a variable of it is assigned more than once in its
			  * block, or in a loop: the value checked may not be
			  * the one used */
};

struct obligations {
	struct obligation *v;
	size_t n;
	char *dropped; /* why answers were left out, one per line; or NULL */
};

/* The prefix of the message of every obligation's assert(): then its
 * number, a mark fresh for each placement, ": " and what it says. */
#define OBLIGATION_TAG "request "

/* Asks the comprehension question about `candidate` (its own asserts are
 * removed first). `context` (or NULL) is what the prompt adds about the
 * probes (tracepoint fields, kernel types); `retry` (or NULL) says why the
 * last obligations were not usable. Returns 0 with *out filled (possibly
 * with none), or -1 with *error (free it): the model could not be asked,
 * or its answer is not the JSON asked for. */
int comprehend(const struct llm_config *cfg, const char *request, const char *candidate,
	       const char *context, const char *retry, struct obligations *out, char **error);

/* Reads a comprehension answer: {"obligations": [{"words", "says",
 * "probe", "condition"}]} (a fenced or surrounded object is found). An
 * obligation whose words are not in `request`, or whose condition is not
 * one expression, is left out and said in out->dropped. Returns 0, or -1
 * with *error when the answer is not that JSON. */
int obligations_parse(const char *answer, const char *request, struct obligations *out,
		      char **error);

/* The obligations as statements for the host to insert into `program`:
 * each an assert at the end of the body (and before each return and
 * exit()) of every block of `blocks` (the host's parse of `program`)
 * whose attach points are its probe (aliases written out), its tag its
 * index in `ob`. Each message is made anew ("request N #MARK: says",
 * a fresh random mark) and each origin ("request N (\"words\")");
 * `proven`, `foreign_types`, `tautology` and `evidence` are cleared,
 * `reassigned` and `unshown` set anew. *out (free it) points into `ob` and `blocks`. Returns 0, or -1 with *error (free it)
 * naming an obligation whose probe is not among the program's. */
int obligations_insert(const char *program, const char *const *blocks, size_t n_blocks,
		       struct obligations *ob, struct bt_insert **out, size_t *n_out,
		       char **error);

/* Whether every `$` variable of `o` is printed as it is in each block of
 * its probe, now that the compile's types are known: `type_of` gives
 * bpftrace's type of a variable in block `block` (an index among the
 * program's `n_blocks` blocks, which the text's scan must find as many
 * of), or NULL. 0 when not, or when it cannot be told. */
int obligation_shown_typed(const char *program, const struct obligation *o, size_t n_blocks,
			   const char *(*type_of)(void *arg, size_t block, const char *v,
						  size_t len),
			   void *arg);

/* Whether `program` has a string that starts like an obligation's
 * message ("request " and a digit), which only obligations may have.
 * Returns its 1-based line, or 0. */
unsigned obligation_message_used(const char *program);

/* When p (before end) starts a bpftrace string or comment: where it ends
 * (escapes in strings skipped whole); else NULL. */
const char *lexeme_end(const char *p, const char *end);

/* `program` without its assert() and assume() statements (and the lines
 * they leave blank). */
char *contracts_stripped(const char *program);

/* Attach points as a block's header or an obligation writes them: up to
 * a predicate (a '/' after white space), white space dropped; the key
 * an obligation's `probe` is matched by. NULL when out of memory. */
char *attach_key(const char *header, size_t len);

void obligations_free(struct obligations *ob);

#endif
