/* SPDX-License-Identifier: Apache-2.0 */
/* The kernel's own types of the functions a request may probe, read from
 * this machine's BTF (/sys/kernel/btf/vmlinux), for the model's prompt:
 * what kprobe:NAME's arg0, arg1, ... are, and what the structs they point
 * to hold. */
#ifndef BTE_KERNEL_TYPES_H
#define BTE_KERNEL_TYPES_H

#include <stddef.h>

/* The kernel functions a text names: kprobe:NAME and kretprobe:NAME
 * probes in it, and, when `words`, every identifier with an underscore
 * (tcp_sendmsg, vfs_read). Appends to names[*n..max) what is not there
 * yet; the names are copied (free each). */
void kernel_functions_named(const char *text, int words, char **names, size_t *n,
			    size_t max);

/* For each function of `names` that the kernel's BTF has: its prototype
 * and the argument each parameter is, then the members of the structs
 * its pointer parameters point to (up to `max_members` each, anonymous
 * unions and structs read through), and of the struct each of those
 * begins with (struct sock's struct sock_common); 6 structs at most. NULL when the BTF cannot be read or
 * no name is a kernel function. The text is the caller's to free. */
char *kernel_types_describe(char *const *names, size_t n, size_t max_members);

#endif
