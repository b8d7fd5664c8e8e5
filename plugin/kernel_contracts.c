/* SPDX-License-Identifier: Apache-2.0 */
#define _GNU_SOURCE
#include "kernel_contracts.h"

#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "util.h"

int plugin_data_file(const char *rel, char *buf, size_t len, char *looked, size_t looked_len)
{
	Dl_info info;
	const char *self = dladdr((void *)plugin_data_file, &info) ? info.dli_fname : NULL;
	/* lib/bpftrace/x.so or lib/<multiarch>/bpftrace/x.so: PREFIX is 3
	 * or 4 levels up */
	return bte_data_path(self, 4, rel, buf, len, looked, looked_len);
}
