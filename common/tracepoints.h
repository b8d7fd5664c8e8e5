/* SPDX-License-Identifier: Apache-2.0 */
/* The kernel's tracepoints as tracefs lists and describes them, through
 * the libraries trace-cmd and perf use: libtracefs for the list of events
 * and the tracing directory, libtraceevent for an event's format. One
 * module for every reader of tracefs (the plugin's field names, the
 * offline composer and its last check, the contracts generator and
 * bte-contracts --coverage).
 *
 * Errors: negative errno (-ENOENT: no such event or no tracefs here;
 * -EINVAL: a format libtraceevent cannot parse; -ENOMEM). */
#ifndef BTE_TRACEPOINTS_H
#define BTE_TRACEPOINTS_H

#include <stddef.h>

struct bte_tp_field {
	char name[64];  /* "filename" */
	char type[128]; /* its C type: "const char *", "pid_t"; an array's
			 * element type and "[]" ("char[]" for char comm[16]);
			 * "__data_loc char[]" for a string stored after the
			 * record */
	char decl[200]; /* as the format declares it: "char comm[16]" */
	unsigned offset, size;
	int is_signed;
};

/* The fields of tracepoint SYSTEM:EVENT other than the common_ ones, in
 * the format's order, at most `max` into out. `tracefs` is the tracing
 * directory (NULL: the one libtracefs finds mounted). Returns how many. */
int bte_tp_fields(const char *tracefs, const char *system, const char *event,
		  struct bte_tp_field *out, int max);

/* The same for a probe name "tracepoint:SYSTEM:EVENT" (no wildcard);
 * -EINVAL for any other name. */
int bte_tp_probe_fields(const char *tracefs, const char *probe, struct bte_tp_field *out,
			int max);

/* Every event tracefs has, "system:event" each, in a NULL-terminated
 * array the caller frees with bte_tp_list_free(); *n (unless NULL) gets
 * how many. ftrace's own events are left out: they are not tracepoints a
 * BPF program attaches to. NULL with errno set when there is no tracefs. */
char **bte_tp_events(const char *tracefs, size_t *n);
void bte_tp_list_free(char **list);

/* The tracing directory: `tracefs` itself, or the one libtracefs finds
 * mounted (NULL when none). */
const char *bte_tp_dir(const char *tracefs);

#endif
