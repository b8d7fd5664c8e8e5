/* SPDX-License-Identifier: Apache-2.0 */
#include "ctx_names.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static FILE *open_format(const char *tracefs, const char *probe)
{
	if (strncmp(probe, "tracepoint:", 11) != 0)
		return NULL;
	char category[128], event[256];
	if (sscanf(probe + 11, "%127[^:]:%255s", category, event) != 2 || strchr(event, '*'))
		return NULL;
	char path[768];
	snprintf(path, sizeof(path), "%s/events/%s/%s/format",
		 tracefs ? tracefs : "/sys/kernel/tracing", category, event);
	return fopen(path, "r");
}

int ctx_fields(const char *tracefs, const char *probe, FILE *out)
{
	FILE *f = open_format(tracefs, probe);
	if (!f)
		return 0;
	char line[512];
	int n = 0;
	while (fgets(line, sizeof(line), f)) {
		/* field:const char * filename;	offset:24;	size:8;	signed:0; */
		char *field = strstr(line, "field:");
		char *semi = field ? strchr(field, ';') : NULL;
		if (!semi)
			continue;
		*semi = '\0';
		char *decl = field + 6;
		char *name = strrchr(decl, ' ');
		if (!name || !strncmp(name + 1, "common_", 7))
			continue;
		fprintf(out, "%s%s", n ? "; " : "", decl);
		n++;
	}
	fclose(f);
	return n;
}

const char *ctx_field_name(void *arg, const char *probe, unsigned offset,
			   char *buf, size_t len)
{
	FILE *f = open_format(arg, probe);
	if (!f)
		return NULL;
	char line[512];
	const char *found = NULL;
	while (!found && fgets(line, sizeof(line), f)) {
		/* field:int sig;	offset:16;	size:4;	signed:1; */
		char *field = strstr(line, "field:");
		char *off = strstr(line, "offset:");
		if (!field || !off || (unsigned)atoi(off + 7) != offset)
			continue;
		char *semi = strchr(field, ';');
		if (!semi)
			continue;
		*semi = '\0';
		char *name = strrchr(field, ' ');
		if (!name)
			continue;
		name++;
		char *bracket = strchr(name, '[');
		if (bracket)
			*bracket = '\0';
		if (strncmp(name, "common_", 7) == 0)
			continue;
		snprintf(buf, len, "args->%s", name);
		found = buf;
	}
	fclose(f);
	return found;
}
