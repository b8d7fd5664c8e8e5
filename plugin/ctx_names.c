#include "ctx_names.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *ctx_field_name(void *arg, const char *probe, unsigned offset,
			   char *buf, size_t len)
{
	const char *tracefs = arg ? arg : "/sys/kernel/tracing";
	if (strncmp(probe, "tracepoint:", 11) != 0)
		return NULL;
	char category[128], event[256];
	if (sscanf(probe + 11, "%127[^:]:%255s", category, event) != 2 ||
	    strchr(event, '*'))
		return NULL;
	char path[768];
	snprintf(path, sizeof(path), "%s/events/%s/%s/format", tracefs, category, event);
	FILE *f = fopen(path, "r");
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
