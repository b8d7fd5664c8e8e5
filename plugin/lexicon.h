/* SPDX-License-Identifier: Apache-2.0 */
/* Words the offline reader knows as more than words: the programs people
 * name by their process name. One place for the readers that need it. */
#ifndef BTE_LEXICON_H
#define BTE_LEXICON_H

#include <stddef.h>

/* Whether `word` (len bytes; case as written) is a program people name by
 * its process name ("nginx", "postgres", "rsync"): a name a request can use
 * alone. Words that are ordinary English first ("find", "top", "make",
 * "time", "less") and system calls ("mkdir", "mount") are not in it: a
 * request names those as a process by saying so ("the process called
 * find") or by quoting them. */
int lexicon_program(const char *word, size_t len);

/* What the processes of a program people name (in the list above) are
 * called when that is another name ("redis": "redis-server"; "kafka":
 * "java"), else NULL: a filter on the name people say would keep none. */
const char *lexicon_runs_as(const char *name);

/* Whether the program `name` names its threads itself (a JVM's "C2
 * CompilerThre", a browser's "Socket Thread"), so that its threads'
 * comm is not its name: the process is kept by its main thread's name
 * (curtask->group_leader->comm). 1 or 0. */
int lexicon_names_threads(const char *name);

/* Whether `word` is the name of a system call of the running kernel
 * (tracefs has syscalls:sys_enter_WORD): "pread64", "mount". */
int lexicon_syscall(const char *word, size_t len);

/* Whether `word` names what happens to processes or what is measured of
 * them ("creation", "exits", "startup", "activity"), not a process: what
 * follows "process" is a name only when it is not one of these. */
int lexicon_event_noun(const char *word, size_t len);

/* The list itself, NULL-terminated. */
extern const char *const LEXICON_PROGRAMS[];

/* Verbs before "for 2 seconds" that make it a time of the event ("reads
 * that block for 2 s"), never how long to trace; NULL-terminated. */
extern const char *const LEXICON_LASTING[];

#endif
