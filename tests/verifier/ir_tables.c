/* SPDX-License-Identifier: Apache-2.0 */
#include "ir_tables.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int have_contract(const struct ir_tables *t, int id)
{
	for (size_t i = 0; i < t->n_contracts; i++)
		if (t->contracts[i].id == id)
			return 1;
	return 0;
}

static int have_map(const struct ir_tables *t, long long id)
{
	for (size_t i = 0; i < t->n_maps; i++)
		if (t->maps[i].fd == id)
			return 1;
	return 0;
}

void ir_tables_scan(const char *ir, struct ir_tables *t)
{
	memset(t, 0, sizeof(*t));
	static const char assert_call[] = "@__bpftrace_assert(i64 ";
	static const char pseudo_call[] = "@llvm.bpf.pseudo(i64 1, i64 ";
	for (const char *p = ir; (p = strstr(p, assert_call)); p++) {
		const char *num = p + sizeof(assert_call) - 1;
		if (*num < '0' || *num > '9')
			continue; /* the declaration */
		int id = atoi(num);
		if (id >= 0 && !have_contract(t, id) && t->n_contracts < 64) {
			struct bt_contract *c = &t->contracts[t->n_contracts++];
			c->id = id;
			c->kind = BT_CONTRACT_ASSERT;
			c->probe = "";
			c->condition = "";
			c->message = "";
		}
	}
	for (const char *p = ir; (p = strstr(p, pseudo_call)); p++) {
		const char *num = p + sizeof(pseudo_call) - 1;
		if (*num < '0' || *num > '9')
			continue;
		long long id = atoll(num);
		if (id >= 0 && !have_map(t, id) && t->n_maps < 32) {
			size_t i = t->n_maps++;
			snprintf(t->names[i], sizeof(t->names[i]), "@m%lld", id);
			t->maps[i].name = t->names[i];
			t->maps[i].key_type = "";
			t->maps[i].value_type = "";
			t->maps[i].value_size = 8;
			t->maps[i].fd = id;
		}
	}
}
