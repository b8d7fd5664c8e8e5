/* SPDX-License-Identifier: Apache-2.0 */
#define _GNU_SOURCE
#include "tracepoints.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event-parse.h>
#include <tracefs.h>

#include "util.h"

const char *bte_tp_dir(const char *tracefs)
{
	return tracefs ? tracefs : tracefs_tracing_dir();
}

/* A name tracefs could have: no path separator, not "." or "..". */
static int plain_name(const char *s)
{
	return *s && !strchr(s, '/') && strcmp(s, ".") && strcmp(s, "..");
}

/* Reads the format of SYSTEM:EVENT: tracefs's own file, read as it is
 * (a format is never a link). */
static int read_format(const char *dir, const char *system, const char *event, char **text,
		       size_t *len)
{
	if (!plain_name(system) || !plain_name(event))
		return -EINVAL;
	char path[1024];
	if ((size_t)snprintf(path, sizeof(path), "%s/events/%s/%s/format", dir, system, event) >=
	    sizeof(path))
		return -ENAMETOOLONG;
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0)
		return -errno;
	int rc = bte_read_fd(fd, 1 << 20, text, len);
	close(fd);
	return rc;
}

static void take_field(const struct tep_format_field *f, struct bte_tp_field *out)
{
	memset(out, 0, sizeof(*out));
	snprintf(out->name, sizeof(out->name), "%s", f->name);
	out->offset = (unsigned)f->offset;
	out->size = (unsigned)f->size;
	out->is_signed = (f->flags & TEP_FIELD_IS_SIGNED) != 0;
	const char *bracket = strchr(f->type, '[');
	if ((f->flags & TEP_FIELD_IS_ARRAY) && !(f->flags & TEP_FIELD_IS_DYNAMIC) && bracket) {
		/* libtraceevent writes "char comm[16]" as type "char[16]" */
		int base = (int)(bracket - f->type);
		snprintf(out->type, sizeof(out->type), "%.*s[]", base, f->type);
		snprintf(out->decl, sizeof(out->decl), "%.*s %s%s", base, f->type, f->name,
			 bracket);
	} else {
		snprintf(out->type, sizeof(out->type), "%s", f->type);
		snprintf(out->decl, sizeof(out->decl), "%s %s", f->type, f->name);
	}
}

int bte_tp_fields(const char *tracefs, const char *system, const char *event,
		  struct bte_tp_field *out, int max)
{
	const char *dir = bte_tp_dir(tracefs);
	if (!dir)
		return -ENOENT;
	char *text = NULL;
	size_t len = 0;
	int rc = read_format(dir, system, event, &text, &len);
	if (rc < 0)
		return rc;
	struct tep_handle *tep = tep_alloc();
	struct tep_event *ev = NULL;
	if (!tep) {
		free(text);
		return -ENOMEM;
	}
	int n = -EINVAL;
	if (tep_parse_format(tep, &ev, text, len, system) == 0 && ev) {
		struct tep_format_field **fields = tep_event_fields(ev);
		n = 0;
		for (int i = 0; fields && fields[i] && n < max; i++)
			take_field(fields[i], &out[n++]);
		free(fields);
	}
	tep_free(tep);
	free(text);
	return n;
}

int bte_tp_probe_fields(const char *tracefs, const char *probe, struct bte_tp_field *out,
			int max)
{
	char system[128], event[256];
	if (strncmp(probe, "tracepoint:", 11) ||
	    sscanf(probe + 11, "%127[^:]:%255s", system, event) != 2 || strchr(event, '*') ||
	    strchr(system, '*'))
		return -EINVAL;
	return bte_tp_fields(tracefs, system, event, out, max);
}

char **bte_tp_events(const char *tracefs, size_t *n)
{
	const char *dir = bte_tp_dir(tracefs);
	if (n)
		*n = 0;
	if (!dir) {
		errno = ENOENT;
		return NULL;
	}
	char **systems = tracefs_event_systems(dir);
	if (!systems) {
		errno = ENOENT;
		return NULL;
	}
	size_t count = 0, cap = 0;
	char **list = NULL;
	int failed = 0;
	for (int s = 0; systems[s] && !failed; s++) {
		if (!strcmp(systems[s], "ftrace"))
			continue;
		char **events = tracefs_system_events(dir, systems[s]);
		for (int e = 0; events && events[e] && !failed; e++) {
			if (count + 2 > cap) {
				size_t grown = cap ? cap * 2 : 1024;
				char **more = realloc(list, grown * sizeof(*list));
				if (!more) {
					failed = 1;
					break;
				}
				list = more;
				cap = grown;
			}
			if (asprintf(&list[count], "%s:%s", systems[s], events[e]) < 0)
				failed = 1;
			else
				list[++count] = NULL;
		}
		tracefs_list_free(events);
	}
	tracefs_list_free(systems);
	if (failed || !count) {
		if (list)
			list[count] = NULL;
		bte_tp_list_free(list);
		errno = failed ? ENOMEM : ENOENT;
		return NULL;
	}
	if (n)
		*n = count;
	return list;
}

void bte_tp_list_free(char **list)
{
	for (size_t i = 0; list && list[i]; i++)
		free(list[i]);
	free(list);
}
