/* SPDX-License-Identifier: Apache-2.0 */
/* Where the plugin finds the data installed beside it. (The kernel
 * contracts themselves: contracts/cache.h.) */
#ifndef BTE_KERNEL_CONTRACTS_H
#define BTE_KERNEL_CONTRACTS_H

#include <stddef.h>

/* The path of REL among the data installed with the plugin
 * (PREFIX/share/bpftrace-english/REL beside it, else in the configured
 * data directory) into buf: 0, or -ENOENT with the places tried in
 * `looked` (unless NULL). See bte_data_path(). */
int plugin_data_file(const char *rel, char *buf, size_t len, char *looked, size_t looked_len);

#endif
