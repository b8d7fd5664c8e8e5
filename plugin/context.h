/* SPDX-License-Identifier: Apache-2.0 */
/* What a request says around what it asks: "our web server is slow, can
 * you show me how long writes take" asks for the time of writes; "our web
 * server is slow" is context, a sentence or clause that names nothing a
 * program could trace or keep to.
 *
 * The offline reader reads the part that asks alone, and the user is told
 * what was set aside. Nothing is set aside unless:
 * - the request has two parts or more; the parts set aside come before
 *   the one read or after it ("count execs - the box is busy");
 * - each part set aside asks nothing, and has only words of the lexicon's
 *   `context` lines ("slow", "crashing", "customer") and plain ones
 *   (pronouns, articles, auxiliaries, greetings, prepositions): never a
 *   process ("server", "app"), a name ("Postgres", "my-app"), a number, a
 *   path, nor any other word, which may keep to something ("only",
 *   "root", "over a megabyte", "the shell"); a known program's name the
 *   part that asks names again is no bar ("Postgres feels slow. Show
 *   block I/O latency of postgres");
 * - a part cut off at a comma or a dash is a statement, with a verb of
 *   being, seeming or saying ("the network has been flaky", "we're seeing
 *   slow builds"), never a phrase that may say what to keep ("..., slow",
 *   "..., lately");
 * - the part read does not point back ("its writes", "that process", "who
 *   sends it signals").
 * A window the user runs it in ("while the build is running", "during the
 * nightly backup", "During backups, ...") is set aside too, to the end of
 * its clause, and the user is told it is when to run the program: its
 * words are plain, context words, words of running or English words the
 * lexicon does not know, and "while" says something runs; never a name
 * ("while mysqld runs": whose events is not said), an event, a number, a
 * path, a state of the task ("while unprivileged", "while locking"), a
 * moment ("during GC pauses"), a program the user has in mind ("while my
 * script runs"), "only" before it, or a time no program can be run in
 * ("during boot", "while the build was running").
 * A part is a sentence (. ? ! ;), a clause after a comma that asks ("...,
 * can you show me") or "and I want to ...", or a clause after a comma or
 * a dash (" - ", " -- ").
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

/* Whether `request` names a program ("java", "nginx") in a part before
 * the last, asking one, which neither names it again nor points back to
 * it: "We run java here. show tcp connects" (all of them, or java's?).
 * 1 with `why` set, else 0. */
int context_names_process(const char *request, char *why, size_t whylen);

#endif
