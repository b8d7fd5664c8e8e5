/* SPDX-License-Identifier: Apache-2.0 */
#define _GNU_SOURCE
#include "kernel_contracts.h"

#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

/* Shipped data: .../lib/bpftrace/bpftrace-english.so ->
 * .../share/bpftrace-english/REL. */
int plugin_data_file(const char *rel, char *buf, size_t len)
{
	Dl_info info;
	if (!dladdr((void *)plugin_data_file, &info) || !info.dli_fname)
		return 0;
	char so[PATH_MAX - 64];
	snprintf(so, sizeof(so), "%s", info.dli_fname);
	char *slash = strrchr(so, '/');
	for (int up = 0; slash && up < 2; up++) {
		*slash = '\0';
		slash = strrchr(so, '/');
	}
	if (!slash)
		return 0;
	*slash = '\0';
	snprintf(buf, len, "%s/share/bpftrace-english/%s", so, rel);
	return 1;
}

