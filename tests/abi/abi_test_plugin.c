/* SPDX-License-Identifier: Apache-2.0 */
/* A plugin for testing the host side of the plugin ABI: its verify()
 * runs the host operation named by $ABI_TEST_OP on the --verify program
 * and prints the result as lines that the tests read. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "bpftrace_plugin.h"

#define EXPORT __attribute__((visibility("default")))

static void print_result(const struct bt_result *r)
{
	printf("status=%d\n", r->status);
	for (size_t i = 0; i < r->n_diags; i++)
		printf("diag=%s:%u:%u:%u:%s\n",
		       r->diags[i].severity == BT_DIAG_ERROR ? "error" : "warning",
		       r->diags[i].line, r->diags[i].column, r->diags[i].end_column,
		       r->diags[i].message);
	for (size_t i = 0; i < r->n_probes; i++)
		printf("probe=%s\n", r->probes[i]);
	for (size_t i = 0; i < r->n_contracts; i++) {
		const struct bt_contract *c = &r->contracts[i];
		printf("contract=%d|%s|%s|%u|%u|%s|%s\n", c->id,
		       c->kind == BT_CONTRACT_ASSERT ? "assert" : "assume", c->probe,
		       c->line, c->column, c->condition, c->message);
		if (r->contract_tags)
			printf("contract_tag=%d|%d\n", c->id, r->contract_tags[i]);
		if (BT_HAS(r, contract_blocks) && r->contract_blocks)
			printf("contract_block=%d|%zu\n", c->id, r->contract_blocks[i]);
	}
	for (size_t i = 0; r->diag_tags && i < r->n_diags; i++)
		printf("diag_tag=%d|%s\n", r->diag_tags[i], r->diags[i].message);
	for (size_t i = 0; BT_HAS(r, variables) && i < r->n_variables; i++)
		printf("variable=%zu|%s|%s\n", r->variables[i].block, r->variables[i].name,
		       r->variables[i].type);
	for (size_t i = 0; i < r->n_blocks; i++)
		printf("block=%s line %u\n", r->blocks[i], r->block_lines[i]);
	for (size_t i = 0; i < r->n_maps; i++)
		printf("map=%s|%s|%s|%u|%u|%lld\n", r->maps[i].name,
		       r->maps[i].key_type, r->maps[i].value_type,
		       r->maps[i].key_size, r->maps[i].value_size,
		       (long long)r->maps[i].fd);
	for (size_t i = 0; i < r->n_progs; i++) {
		const struct bt_prog_verdict *p = &r->progs[i];
		printf("prog=%s|%s|%zu|%s\n", p->probe,
		       p->accepted ? "accepted" : "rejected", p->insns, p->error);
		if (!p->accepted)
			printf("verifier_log=%s\n", p->verifier_log);
	}
	if (r->ir[0])
		printf("ir=%zu bytes\n%s", strlen(r->ir), r->ir);
	printf("text<<\n%s>>\n", r->text);
}

/* Inserts from $ABI_TEST_INSERTS: one a line, "PROBE|assume or
 * assert|start or end|CONDITION|MESSAGE[|BLOCK]"; tags 100, 101, ... and origins
 * "test insert N". Returns how many, or -1. */
static int read_inserts(struct bt_insert *out, char origins[][32], int max)
{
	const char *env = getenv("ABI_TEST_INSERTS");
	static char buf[4096];
	int n = 0;
	if (!env || strlen(env) >= sizeof(buf))
		return -1;
	strcpy(buf, env);
	for (char *line = strtok(buf, "\n"); line && n < max; line = strtok(NULL, "\n")) {
		char *f[6] = { 0 };
		for (int i = 0; i < 6 && line; i++) {
			f[i] = line;
			line = strchr(line, '|');
			if (i < 4 && !line)
				return -1;
			if (line)
				*line++ = '\0';
		}
		snprintf(origins[n], 32, "test insert %d", n + 1);
		out[n] = (struct bt_insert){
			.probe = strtoul(f[0], NULL, 10),
			.kind = strcmp(f[1], "assert") ? BT_CONTRACT_ASSUME : BT_CONTRACT_ASSERT,
			.place = strcmp(f[2], "end") ? BT_INSERT_START : BT_INSERT_END,
			.condition = f[3], .message = f[4], .origin = origins[n], .tag = 100 + n,
			.block = f[5],
		};
		n++;
	}
	return n;
}

static int test_verify(const struct bt_host *host,
		       const struct bt_invocation *inv)
{
	const char *op = getenv("ABI_TEST_OP");
	BT_OPTS(bt_program_opts, opts, .text = inv->program,
		.name = inv->program_name);
	struct bt_result *r = NULL;

	printf("host_abi=%u sz_ok=%d\n", host->abi_version,
	       host->sz >= sizeof(struct bt_host));
	if (!op)
		op = "check";
	if (strcmp(op, "check") == 0)
		r = host->check(&opts);
	else if (strcmp(op, "lower") == 0)
		r = host->lower(&opts);
	else if (strcmp(op, "load_check") == 0)
		r = host->load_check(&opts);
	else if (strcmp(op, "list") == 0)
		r = host->list_probes(inv->program);
	else if (strcmp(op, "parse") == 0)
		r = host->parse(&opts);
	else if (strcmp(op, "insert_lower") == 0) {
		static struct bt_insert ins[8];
		static char origins[8][32];
		int n = read_inserts(ins, origins, 8);
		if (n < 0) {
			fprintf(stderr, "bad ABI_TEST_INSERTS\n");
			return 2;
		}
		opts.inserts = ins;
		opts.n_inserts = (size_t)n;
		r = host->lower(&opts);
	}
	else if (strcmp(op, "bad_opts") == 0) {
		struct bt_program_opts empty = { .sz = sizeof(empty) };
		r = host->check(&empty);
		printf("null=%d einval=%d\n", r == NULL, errno == EINVAL);
		return r == NULL ? 0 : 1;
	} else if (strcmp(op, "oom") == 0) {
		/* The compiler runs out of memory in its child: the host must
		 * report it and carry on. */
		struct rlimit old, small = { 0 };
		getrlimit(RLIMIT_AS, &old);
		small.rlim_cur = 64UL << 20;
		small.rlim_max = old.rlim_max;
		setrlimit(RLIMIT_AS, &small);
		r = host->check(&opts);
		setrlimit(RLIMIT_AS, &old);
		printf("alive=1\n");
	} else {
		fprintf(stderr, "unknown ABI_TEST_OP %s\n", op);
		return 2;
	}
	if (!r) {
		printf("error=%s\n", strerror(errno));
		return 1;
	}
	print_result(r);
	host->result_free(r);
	return 0;
}

static int test_from_english(const struct bt_host *host,
			     const struct bt_invocation *inv, char **program)
{
	(void)host;
	/* Echo the request back as a program, for the host's flag tests. */
	const char *env = getenv("ABI_TEST_PROGRAM");
	printf("english=%s yes=%d unsafe=%d emit=%s\n", inv->english, inv->yes,
	       inv->unsafe, inv->emit_program ? inv->emit_program : "");
	fflush(stdout);
	if (!env)
		return 3;
	*program = strdup(env);
	return *program ? 0 : 1;
}

static void test_free_program(char *p)
{
	free(p);
}

static const struct bt_plugin test_plugin = {
	.sz = sizeof(struct bt_plugin),
	.abi_version = BT_PLUGIN_ABI_VERSION,
	.name = "abi-test",
	.version = "0",
	.verify = test_verify,
	.from_english = test_from_english,
	.free_program = test_free_program,
};

EXPORT const struct bt_plugin *bpftrace_plugin_init(uint32_t host_abi_version)
{
	if (getenv("ABI_TEST_REFUSE"))
		return NULL;
	return host_abi_version == BT_PLUGIN_ABI_VERSION ? &test_plugin : NULL;
}
