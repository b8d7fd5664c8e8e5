/* SPDX-License-Identifier: Apache-2.0 */
/* Tests of the kernel types for the prompt, against this machine's own
 * BTF (/sys/kernel/btf/vmlinux): the names found in a request and in
 * programs, and what is said of them. Built with ASan and UBSan. Prints
 * "N passed, N failed". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kernel_types.h"
#include "check.h"

static int has(char **names, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(names[i], name))
			return 1;
	return 0;
}

static void free_names(char **names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(names[i]);
}

int main(void)
{
	char *names[8];
	size_t n = 0;
	kernel_functions_named("kprobe:tcp_connect { @[comm] = count(); }\n"
			       "kretprobe:vfs_read /retval > 0/ { }\nkprobe:tcp_* { }\n"
			       "kprobe:do_sys_open+4 { }\nuprobe:/bin/bash:readline_internal { }",
			       0, names, &n, 8);
	check(n == 2 && has(names, n, "tcp_connect") && has(names, n, "vfs_read"),
	      "probes of a program: kprobe and kretprobe, not a wildcard, an offset or a uprobe");
	kernel_functions_named("histogram of tcp_sendmsg sizes for nginx, and tcp_connect", 1,
			       names, &n, 8);
	check(n == 3 && has(names, n, "tcp_sendmsg"), "an identifier of the request, once each");
	kernel_functions_named("count calls of aa_b cc_d ee_f gg_h ii_j kk_l", 1, names, &n, 8);
	check(n == 8, "at most the room given");
	free_names(names, n);
	n = 0;
	kernel_functions_named("count opens per second", 1, names, &n, 8);
	check(n == 0, "plain words are not function names");

	if (access("/sys/kernel/btf/vmlinux", R_OK) != 0) {
		printf("skip the BTF checks: /sys/kernel/btf/vmlinux is not readable here\n");
		printf("%d passed, %d failed\n", passed, failed);
		return failed != 0;
	}
	char *fns[] = { "tcp_connect", "no_such_function_here", "vfs_read" };
	char *text = kernel_types_describe(fns, 3, 40);
	check(text != NULL, "this kernel's BTF describes tcp_connect and vfs_read");
	if (text) {
		printf("%s", text);
		check(strstr(text, "kprobe:tcp_connect: int tcp_connect(struct sock *sk") != NULL,
		      "tcp_connect's prototype, as the kernel's BTF has it");
		check(strstr(text, "arg0 is sk (cast it: (struct sock *)arg0)") != NULL,
		      "which argument each parameter is, and its cast");
		check(strstr(text, "\nstruct sock {\n") != NULL &&
			      strstr(text, "  struct sock_common __sk_common;\n") != NULL,
		      "the members of the struct it points to");
		check(strstr(text, "\nstruct sock_common {\n") != NULL &&
			      strstr(text, "skc_daddr;\n") != NULL && strstr(text, "skc_dport;\n") != NULL,
		      "and of the struct it begins with: sock_common's addresses and ports");
		check(strstr(text, "ssize_t vfs_read(struct file *") != NULL,
		      "vfs_read's prototype");
		check(strstr(text, "no_such_function_here") == NULL,
		      "a name the kernel does not have is left out");
		check(strstr(text, "__cacheline_group") == NULL, "markers are not members");
		check(strstr(text, "struct spinlock {") == NULL,
		      "a typedef'd first member (struct file's lock) is not a base struct");
	}
	free(text);
	char *sk_common[] = { "inet_csk_accept" };
	text = kernel_types_describe(sk_common, 1, 400);
	check(text && strstr(text, "sk_state") != NULL,
	      "members of anonymous unions and structs are read through");
	free(text);
	char *none[] = { "no_such_function_here" };
	check(kernel_types_describe(none, 1, 40) == NULL, "no kernel function: nothing");
	check(kernel_types_describe(NULL, 0, 40) == NULL, "no name: nothing");
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
