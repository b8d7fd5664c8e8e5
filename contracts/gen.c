/* SPDX-License-Identifier: Apache-2.0 */
/* bte-contracts-gen: builds the KernelCompDataset for the running kernel
 * (generate.h does the work; the plugin does the same on first use). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cache.h"
#include "generate.h"
#include "util.h"

static void usage(FILE *out)
{
	fprintf(out,
		"usage: bte-contracts-gen [-o FILE | --cache] [--curated DIR | --no-curated]\n"
		"                         [--tracefs DIR] [--btf FILE] [--notes FILE] [--unistd FILE]\n"
		"\n"
		"Builds the kernel contracts (KernelCompDataset) of the running kernel from its\n"
		"tracefs event formats, its BTF and the curated facts, and writes them to FILE\n"
		"(default: standard output). bpftrace --verify and --from-english make and cache\n"
		"the same dataset by themselves on first use; this tool is for inspection and\n"
		"for pre-generating (see the README's packaging section).\n"
		"\n"
		"  -o FILE          write here (\"-\": standard output)\n"
		"  --cache          make it where bpftrace looks first, unless it is there\n"
		"                   (root: /var/cache/bpftrace-english/contracts/, others:\n"
		"                   $XDG_CACHE_HOME/bpftrace-english/contracts/; or\n"
		"                   $BPFTRACE_CONTRACTS_CACHE): for packagers' postinst\n"
		"  --curated DIR    the hand-reviewed facts (default: the ones installed with\n"
		"                   this tool, share/bpftrace-english/curated)\n"
		"  --no-curated     generated facts only\n"
		"  --tracefs DIR    default /sys/kernel/tracing\n"
		"  --btf FILE       default /sys/kernel/btf/vmlinux\n"
		"  --notes FILE     default /sys/kernel/notes (the kernel's build id)\n"
		"  --unistd FILE    syscall numbers, default the kernel headers' unistd_64.h\n"
		"  -h, --help       this text\n");
}

static int write_all(const char *out, const char *text)
{
	if (!strcmp(out, "-"))
		return fputs(text, stdout) < 0 || fflush(stdout) ? -1 : 0;
	/* temp file and rename: a reader never sees half a dataset */
	char tmp[PATH_MAX];
	snprintf(tmp, sizeof(tmp), "%s.tmp.%d", out, (int)getpid());
	int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
	if (fd < 0)
		return -1;
	size_t n = strlen(text), done = 0;
	while (done < n) {
		ssize_t w = write(fd, text + done, n - done);
		if (w <= 0) {
			close(fd);
			unlink(tmp);
			return -1;
		}
		done += (size_t)w;
	}
	if (fsync(fd) || close(fd) || rename(tmp, out)) {
		unlink(tmp);
		return -1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	const char *out = "-";
	struct contracts_gen_opts opts = { .sz = sizeof(opts) };
	int no_curated = 0, cache = 0;
	for (int i = 1; i < argc; i++) {
		const char *next = i + 1 < argc ? argv[i + 1] : NULL;
		if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
			usage(stdout);
			return 0;
		} else if (!strcmp(argv[i], "-o") && next) {
			out = argv[++i];
		} else if (!strcmp(argv[i], "--tracefs") && next) {
			opts.tracefs = argv[++i];
		} else if (!strcmp(argv[i], "--btf") && next) {
			opts.btf = argv[++i];
		} else if (!strcmp(argv[i], "--notes") && next) {
			opts.notes = argv[++i];
		} else if (!strcmp(argv[i], "--unistd") && next) {
			opts.unistd = argv[++i];
		} else if (!strcmp(argv[i], "--curated") && next) {
			opts.curated = argv[++i];
		} else if (!strcmp(argv[i], "--no-curated")) {
			no_curated = 1;
		} else if (!strcmp(argv[i], "--cache")) {
			cache = 1;
		} else {
			fprintf(stderr, "bte-contracts-gen: %s: %s\n", argv[i],
				next || argv[i][0] != '-' ? "unknown argument" : "needs a value");
			usage(stderr);
			return 2;
		}
	}
	char curated[PATH_MAX], self[PATH_MAX];
	if (!opts.curated && !no_curated) {
		ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
		if (n > 0) {
			self[n] = '\0';
			if (bte_data_path(self, 3, "curated", curated, sizeof(curated), NULL, 0) == 0)
				opts.curated = curated;
		}
		if (!opts.curated)
			fprintf(stderr, "bte-contracts-gen: warning: no curated facts installed beside %s; "
					"generated facts only (--curated DIR names them)\n",
				n > 0 ? self : "this program");
	}
	if (cache) {
		/* exactly what bpftrace does on first use, with the same key */
		struct contracts_cache_opts co = { .sz = sizeof(co), .log = stderr, .verbose = 1 };
		contracts_cache_opts_from_env(&co);
		co.dataset = NULL;
		co.btf = opts.btf;
		co.tracefs = opts.tracefs;
		if (!co.curated)
			co.curated = opts.curated;
		struct contracts *db = contracts_cache_open(&co);
		if (!db)
			return 1;
		contracts_free(db);
		return 0;
	}
	struct contracts_gen_stats st;
	const char *reason = NULL;
	char *text = contracts_generate(&opts, NULL, &st, &reason);
	if (!text) {
		fprintf(stderr, "bte-contracts-gen: %s\n", reason ? reason : strerror(errno));
		return 1;
	}
	int rc = 0;
	if (reason) {
		fprintf(stderr, "bte-contracts-gen: %s: %s\n", opts.curated, reason);
		rc = 1;
	}
	if (write_all(out, text)) {
		fprintf(stderr, "bte-contracts-gen: cannot write %s: %s\n", out, strerror(errno));
		rc = 1;
	}
	free(text);
	fprintf(stderr,
		"bte-contracts-gen: %d tracepoints, %d BTF functions, %d curated facts (%d left out: "
		"not on this kernel), %d conventional facts, %d hooks with facts, in %.0f ms\n",
		st.tracepoints, st.btf_functions, st.curated_facts, st.curated_dropped,
		st.conventional_facts, st.hooks, st.ms);
	if (!st.tracepoints)
		fprintf(stderr, "bte-contracts-gen: warning: no tracepoints found (is tracefs mounted at %s?)\n",
			opts.tracefs ? opts.tracefs : "/sys/kernel/tracing");
	return rc;
}
