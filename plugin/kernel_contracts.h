/* Where the plugin finds the KernelCompDataset for the running kernel. */
#ifndef BTE_KERNEL_CONTRACTS_H
#define BTE_KERNEL_CONTRACTS_H

#include <stdio.h>

#include "contracts.h"

/* Opens the dataset of this kernel release, trying in order:
 * $BPFTRACE_CONTRACTS; $XDG_DATA_HOME (default ~/.local/share)/
 * bpftrace-english/contracts/RELEASE.json, which users regenerate with
 * bte-contracts-gen; the one shipped beside the plugin
 * (share/bpftrace-english/contracts/RELEASE.json). Returns NULL when there
 * is none, after a note on `log` (unless NULL) that says how to make one. */
struct contracts *kernel_contracts_open(FILE *log);

/* The path of REL among the data shipped beside the plugin
 * (share/bpftrace-english/REL) into buf; 0 when it cannot be known. */
int plugin_data_file(const char *rel, char *buf, size_t len);

#endif
