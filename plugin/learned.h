/* SPDX-License-Identifier: Apache-2.0 */
/* The learned store: programs a model wrote that passed every check and
 * that the user accepted, kept per user so that retrieval finds them next
 * time, for the model's few-shot examples and for the offline backend.
 * One JSON object per line (the dataset's fields, split "learned") in
 * $XDG_DATA_HOME/bpftrace-english/learned.jsonl, by default
 * ~/.local/share/bpftrace-english/learned.jsonl; never the shipped
 * dataset. BPFTRACE_ENGLISH_LEARN=0 turns it off (nothing read or written). */
#ifndef BTE_LEARNED_H
#define BTE_LEARNED_H

#include <stddef.h>

/* The store's path in buf, or NULL when it is turned off or there is no
 * home directory. */
const char *learned_path(char *buf, size_t len);

/* Whether the store may be served from as it stands: its directory and
 * file are the user's alone (owned by the effective user, no group or
 * other bits; the file regular with one link), reached without
 * following a symbolic link. 0 when not, or when there is no store. A
 * store written by someone else (read under sudo -E, say) is used only
 * as examples, never served word for word. */
int learned_trusted(void);

/* Appends a pair to the store: the directory is made 0700 and opened
 * without following a symbolic link, the file 0600 with one link, both
 * the user's; the entry is appended whole or not at all and synced; a pair
 * already there is not added twice. Returns 1 when added, 0 when it was
 * there or the store is off, -1 with a message in *error that says "not
 * kept" and why (free it). */
int learned_add(const char *request, const char *program, int unsafe, const char *model,
		char **error);

#endif
