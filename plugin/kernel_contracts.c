#define _GNU_SOURCE
#include "kernel_contracts.h"

#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>

/* Shipped data: .../lib/bpftrace/bpftrace-english.so ->
 * .../share/bpftrace-english/REL. */
int plugin_data_file(const char *rel, char *buf, size_t len)
{
	Dl_info info;
	if (!dladdr((void *)plugin_data_file, &info) || !info.dli_fname)
		return 0;
	char so[PATH_MAX - 64];
	snprintf(so, sizeof(so), "%s", info.dli_fname);
	char *slash = strrchr(so, '/');
	for (int up = 0; slash && up < 2; up++) {
		*slash = '\0';
		slash = strrchr(so, '/');
	}
	if (!slash)
		return 0;
	*slash = '\0';
	snprintf(buf, len, "%s/share/bpftrace-english/%s", so, rel);
	return 1;
}

static struct contracts *try_open(const char *path, FILE *log)
{
	struct contracts *db = contracts_load_lazy(path);
	if (!db && errno != ENOENT && log)
		fprintf(log, "bpftrace-english: ignoring %s: %s\n", path,
			errno == EINVAL ? "not a contracts dataset of schema version 1" : strerror(errno));
	return db;
}

struct contracts *kernel_contracts_open(FILE *log)
{
	const char *env = getenv("BPFTRACE_CONTRACTS");
	if (env && *env) {
		struct contracts *db = contracts_load_lazy(env);
		if (!db && log)
			fprintf(log, "bpftrace-english: BPFTRACE_CONTRACTS=%s: %s\n", env,
				errno == EINVAL ? "not a contracts dataset of schema version 1" : strerror(errno));
		return db;
	}
	struct utsname u;
	if (uname(&u) != 0)
		return NULL;
	char path[PATH_MAX + 128];
	const char *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");
	if (xdg && *xdg)
		snprintf(path, sizeof(path), "%s/bpftrace-english/contracts/%s.json", xdg, u.release);
	else if (home && *home)
		snprintf(path, sizeof(path), "%s/.local/share/bpftrace-english/contracts/%s.json",
			 home, u.release);
	else
		path[0] = '\0';
	struct contracts *db = path[0] ? try_open(path, log) : NULL;
	if (db)
		return db;

	char rel[PATH_MAX];
	snprintf(rel, sizeof(rel), "contracts/%s.json", u.release);
	if (plugin_data_file(rel, path, sizeof(path))) {
		db = try_open(path, log);
		if (db)
			return db;
	}
	if (log)
		fprintf(log,
			"bpftrace-english: no kernel contracts for Linux %s; make them with\n"
			"  bte-contracts-gen -o ~/.local/share/bpftrace-english/contracts/%s.json\n",
			u.release, u.release);
	return NULL;
}
