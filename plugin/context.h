/* SPDX-License-Identifier: Apache-2.0 */
/* What a request says around what it asks: "our web server is slow, can
 * you show me how long writes take" asks for the time of writes; "our web
 * server is slow" is context, a sentence or clause that names nothing a
 * program could trace or keep to.
 *
 * The offline reader reads the part that asks alone, and the user is told
 * what was set aside. Nothing is set aside unless:
 * - the request has a part that names something the lexicon knows, and
 *   exactly one (two such parts may be one request said in two);
 * - every other part names nothing the lexicon or the kernel knows (a word
 *   of the lexicon that is not a filler, a process, a system call, a
 *   number, a path, a quoted word or a name: "Postgres", "my-app",
 *   "db_writer");
 * - the part that asks does not point back into the context ("its writes",
 *   "that process", "who sends it signals").
 * A part is a sentence (. ? ! ;), a clause after a comma that asks ("...,
 * can you show me"), "and I want to ...", or one that says why ("so I can
 * graph it", "to see if it's tar", "because ...").
 *
 * Errors: none of its own; NULL where nothing is set aside (or out of
 * memory, when the request is read whole). */
#ifndef BTE_CONTEXT_H
#define BTE_CONTEXT_H

#include <stddef.h>

struct lexicon;

/* The part of `request` that asks, malloc'd, with what was set aside as
 * context written to `context` (each part quoted, "; " between); NULL
 * when nothing is. */
char *lexicon_core(const struct lexicon *lx, const char *request, char *context, size_t len);

#endif
