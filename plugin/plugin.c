/* SPDX-License-Identifier: Apache-2.0 */
/* The plugin's entry point: the table bpftrace receives from
 * bpftrace_plugin_init() when --verify or --from-english is used. */
#include <stdio.h>
#include <stdlib.h>

#include "bpftrace_plugin.h"
#include "english.h"
#include "verify.h"

#define BTE_EXPORT __attribute__((visibility("default")))

static int plugin_verify(const struct bt_host *host,
			 const struct bt_invocation *inv)
{
	if (!BT_HAS(inv, program) || !inv->program) {
		fprintf(stderr, "bpftrace --verify: no program given\n");
		return 2;
	}
	return verify_command(host, inv, stdout);
}

static int plugin_from_english(const struct bt_host *host,
			       const struct bt_invocation *inv, char **program)
{
	*program = NULL;
	if (!BT_HAS(inv, english) || !inv->english) {
		fprintf(stderr, "bpftrace --from-english: no request given\n");
		return 1;
	}
	return english_command(host, inv, program);
}

static void plugin_free_program(char *program)
{
	free(program);
}

static const struct bt_plugin plugin = {
	.sz = sizeof(struct bt_plugin),
	.abi_version = BT_PLUGIN_ABI_VERSION,
	.name = "bpftrace-english",
	.version = "0.1.0",
	.verify = plugin_verify,
	.from_english = plugin_from_english,
	.free_program = plugin_free_program,
};

BTE_EXPORT const struct bt_plugin *bpftrace_plugin_init(uint32_t host_abi_version)
{
	if (host_abi_version != BT_PLUGIN_ABI_VERSION) {
		fprintf(stderr,
			"bpftrace-english: built for plugin ABI version %d, bpftrace "
			"speaks version %u; rebuild the plugin against this bpftrace\n",
			BT_PLUGIN_ABI_VERSION, host_abi_version);
		return NULL;
	}
	return &plugin;
}
