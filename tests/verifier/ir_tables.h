/* SPDX-License-Identifier: Apache-2.0 */
/* The contract and map tables of lowered IR, rebuilt from the IR alone:
 * for the checker's tests and fuzz target, which have IR but no host. */
#ifndef BTE_IR_TABLES_H
#define BTE_IR_TABLES_H

#include <stddef.h>

#include "bpftrace_plugin.h"

struct ir_tables {
	struct bt_contract contracts[64];
	size_t n_contracts;
	struct bt_map_info maps[32];
	size_t n_maps;
	char names[32][24];
};

/* Scans `ir` for __bpftrace_assert(i64 ID, ...) and
 * llvm.bpf.pseudo(i64 1, i64 ID) and fills `t`. */
void ir_tables_scan(const char *ir, struct ir_tables *t);

#endif
