/* SPDX-License-Identifier: Apache-2.0 */
#include "ctx_names.h"

#include <stdio.h>
#include <string.h>

#include "tracepoints.h"

#define MAX_FIELDS 64

int ctx_fields(const char *tracefs, const char *probe, FILE *out)
{
	struct bte_tp_field f[MAX_FIELDS];
	int n = bte_tp_probe_fields(tracefs, probe, f, MAX_FIELDS);
	for (int i = 0; i < n; i++)
		fprintf(out, "%s%s", i ? "; " : "", f[i].decl);
	return n > 0 ? n : 0;
}

const char *ctx_field_name(void *arg, const char *probe, unsigned offset,
			   char *buf, size_t len)
{
	struct bte_tp_field f[MAX_FIELDS];
	int n = bte_tp_probe_fields(arg, probe, f, MAX_FIELDS);
	for (int i = 0; i < n; i++) {
		if (f[i].offset == offset) {
			snprintf(buf, len, "args->%s", f[i].name);
			return buf;
		}
	}
	return NULL;
}
