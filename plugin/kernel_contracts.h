/* SPDX-License-Identifier: Apache-2.0 */
/* Where the plugin finds the data installed beside it. (The kernel
 * contracts themselves: contracts/cache.h.) */
#ifndef BTE_KERNEL_CONTRACTS_H
#define BTE_KERNEL_CONTRACTS_H

#include <stddef.h>

/* The path of REL among the data shipped beside the plugin
 * (share/bpftrace-english/REL) into buf; 0 when it cannot be known. */
int plugin_data_file(const char *rel, char *buf, size_t len);

#endif
