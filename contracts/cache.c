/* SPDX-License-Identifier: Apache-2.0 */
#define _GNU_SOURCE
#include "cache.h"

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "generate.h"
#include "util.h"

void contracts_cache_opts_from_env(struct contracts_cache_opts *o)
{
	const char *names[] = { "BPFTRACE_CONTRACTS", "BPFTRACE_CONTRACTS_CACHE",
				"BPFTRACE_CONTRACTS_BTF", "BPFTRACE_CONTRACTS_TRACEFS",
				"BPFTRACE_CONTRACTS_CURATED" };
	const char **fields[] = { &o->dataset, &o->cache, &o->btf, &o->tracefs, &o->curated };
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		const char *v = getenv(names[i]);
		*fields[i] = v && *v ? v : NULL;
	}
}

static void say(const struct contracts_cache_opts *o, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void say(const struct contracts_cache_opts *o, const char *fmt, ...)
{
	if (!o->log)
		return;
	va_list ap;
	va_start(ap, fmt);
	fputs("bpftrace-english: ", o->log);
	vfprintf(o->log, fmt, ap);
	fputc('\n', o->log);
	va_end(ap);
}

/* A directory of the cache: opened without following a symbolic link,
 * created if missing; it must belong to us (or root) and be writable by
 * no one else. Returns the fd or a negative errno with *why. */
static int open_private_dir(int at, const char *name, mode_t mode, const char **why)
{
	if (mkdirat(at, name, mode) != 0 && errno != EEXIST) {
		*why = "cannot create it";
		return -errno;
	}
	int fd = openat(at, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0) {
		int err = -errno;
		*why = err == -ELOOP || err == -ENOTDIR ? "it is a symbolic link or not a directory"
							  : "cannot open it";
		return err;
	}
	struct stat st;
	if (fstat(fd, &st) != 0 || (st.st_uid != geteuid() && st.st_uid != 0) ||
	    (st.st_mode & 022)) {
		close(fd);
		*why = "it belongs to another user or others can write to it";
		return -EPERM;
	}
	return fd;
}

/* The cache directory's fd, its path in `path`; negative errno and *why
 * when there is none to use. */
static int open_cache_dir(const struct contracts_cache_opts *o, char *path, size_t len,
			  const char **why)
{
	int root = geteuid() == 0;
	mode_t mode = root ? 0755 : 0700;
	if (o->cache) {
		/* the directory named: its parent may be anything, but it
		 * itself is no link */
		snprintf(path, len, "%s", o->cache);
		return open_private_dir(AT_FDCWD, o->cache, mode, why);
	}
	char base[PATH_MAX - 64];
	if (root) {
		snprintf(base, sizeof(base), "/var/cache");
	} else if (bte_xdg_path("XDG_CACHE_HOME", ".cache", "", base, sizeof(base)) != 0) {
		*why = "no HOME";
		return -ENOENT;
	}
	if (mkdir(base, 0700) != 0 && errno != EEXIST) {
		*why = "cannot create its parent";
		snprintf(path, len, "%s", base);
		return -errno;
	}
	snprintf(path, len, "%s/bpftrace-english/contracts", base);
	int basefd = open(base, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (basefd < 0) {
		*why = "cannot open its parent";
		return -errno;
	}
	int top = open_private_dir(basefd, "bpftrace-english", mode, why);
	close(basefd);
	if (top < 0)
		return top;
	int fd = open_private_dir(top, "contracts", mode, why);
	close(top);
	return fd;
}

/* The cached dataset `name` in `dirfd`: NULL with errno ENOENT when there
 * is none, ELOOP when it is a link, EBADMSG when damaged or not ours. */
static struct contracts *read_cached(int dirfd, const char *name, const char *release,
				     const char *digest)
{
	int fd = openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	struct stat st;
	int err = fstat(fd, &st) != 0 ? -errno : 0;
	if (!err && (!S_ISREG(st.st_mode) || st.st_nlink != 1 ||
		     (st.st_uid != geteuid() && st.st_uid != 0) || (st.st_mode & 022)))
		err = -EPERM;
	struct contracts *db = err ? NULL : contracts_load_fd_lazy(fd);
	close(fd);
	if (err) {
		errno = err == -EPERM ? EPERM : EBADMSG;
		return NULL;
	}
	if (!db) {
		errno = EBADMSG;
		return NULL;
	}
	if (strcmp(contracts_kernel_release(db), release) || strcmp(contracts_digest(db), digest)) {
		contracts_free(db);
		errno = EBADMSG;
		return NULL;
	}
	return db;
}

/* Writes `text` as `name` in `dirfd`: a temporary file, fsync, rename,
 * so that a reader (or a run racing this one) sees a whole file or none.
 * Returns 0 or a negative errno. */
static int write_cached(int dirfd, const char *name, const char *text, mode_t mode)
{
	char tmp[NAME_MAX + 1];
	snprintf(tmp, sizeof(tmp), ".%.200s.%d.%lx.tmp", name, (int)getpid(),
		 (unsigned long)bte_hash64(&text, sizeof(text), (uint64_t)bte_now_ms()));
	int fd = openat(dirfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
	if (fd < 0)
		return -errno;
	size_t n = strlen(text), done = 0;
	int err = 0;
	while (!err && done < n) {
		ssize_t w = write(fd, text + done, n - done);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			err = w < 0 ? -errno : -EIO;
		else
			done += (size_t)w;
	}
	if (!err && fsync(fd) != 0)
		err = -errno;
	if (close(fd) != 0 && !err)
		err = -errno;
	if (!err && renameat(dirfd, tmp, dirfd, name) != 0)
		err = -errno;
	if (err)
		unlinkat(dirfd, tmp, 0);
	return err;
}

static struct contracts *open_override(const struct contracts_cache_opts *o)
{
	struct contracts *db = contracts_load_lazy(o->dataset);
	if (!db)
		say(o, "BPFTRACE_CONTRACTS=%s: %s", o->dataset,
		    errno == EINVAL    ? "not a contracts dataset of schema version 1"
		    : errno == EBADMSG ? "damaged (its content hash does not match)"
				       : strerror(errno));
	return db;
}

static void list_dropped(const struct contracts_cache_opts *o, const struct contracts *db)
{
	size_t n = contracts_dropped_count(db);
	if (!n || !o->verbose)
		return;
	say(o, "%zu curated kernel contracts do not fit this kernel and are left out:", n);
	for (size_t i = 0; i < n; i++) {
		const char *hook, *expr, *why;
		if (contracts_dropped(db, i, &hook, &expr, &why) && o->log)
			fprintf(o->log, "  %s: %s (%s)\n", hook, expr, why);
	}
}

struct contracts *contracts_cache_open(const struct contracts_cache_opts *o)
{
	if (o->dataset)
		return open_override(o);
	struct utsname u;
	if (uname(&u) != 0)
		return NULL;
	char curated[PATH_MAX];
	Dl_info info;
	struct contracts_gen_opts gopts = { .sz = sizeof(gopts), .btf = o->btf,
					    .tracefs = o->tracefs, .curated = o->curated };
	if (!gopts.curated && dladdr((void *)contracts_cache_open, &info) && info.dli_fname &&
	    bte_data_path(info.dli_fname, 4, "curated", curated, sizeof(curated), NULL, 0) == 0)
		gopts.curated = curated;
	if (!gopts.curated)
		say(o, "warning: no curated kernel contracts installed beside the plugin "
		       "(share/bpftrace-english/curated) nor in %s; using the generated ones "
		       "only", bte_datadir());

	double t0 = bte_now_ms();
	char digest[17], name[NAME_MAX + 1], dir[PATH_MAX];
	contracts_inputs_digest(&gopts, digest, NULL, 0);
	snprintf(name, sizeof(name), "%.200s-%s.json", u.release, digest);
	for (char *p = name; *p; p++)
		if (*p == '/')
			*p = '_';
	const char *why = NULL;
	int dirfd = open_cache_dir(o, dir, sizeof(dir), &why);
	if (dirfd < 0)
		say(o, "warning: not caching the kernel contracts in %s: %s (%s)", dir, why,
		    strerror(-dirfd));
	struct contracts *db = NULL;
	if (dirfd >= 0) {
		db = read_cached(dirfd, name, u.release, digest);
		if (db) {
			close(dirfd);
			if (o->verbose)
				say(o, "the kernel contracts of Linux %s: cached in %s/%s (%.1f ms)",
				    u.release, dir, name, bte_now_ms() - t0);
			list_dropped(o, db);
			return db;
		}
		if (errno == ELOOP || errno == EPERM) {
			say(o, "warning: refusing the cached kernel contracts %s/%s: %s", dir, name,
			    errno == ELOOP ? "it is a symbolic link"
					   : "not a regular file of ours with one link");
			close(dirfd);
			dirfd = -ELOOP;
		} else if (errno == EBADMSG) {
			say(o, "warning: the cached kernel contracts %s/%s are damaged; making them again",
			    dir, name);
		}
	}

	if (!o->quiet && o->log) {
		fprintf(o->log, "bpftrace-english: making the kernel contracts of Linux %s (first use)...",
			u.release);
		fflush(o->log);
	}
	struct contracts_gen_stats st;
	const char *reason = NULL;
	char *text = contracts_generate(&gopts, digest, &st, &reason);
	if (!text) {
		if (!o->quiet && o->log)
			fputc('\n', o->log);
		say(o, "cannot make the kernel contracts: %s", reason ? reason : strerror(errno));
		if (dirfd >= 0)
			close(dirfd);
		return NULL;
	}
	if (!o->quiet && o->log)
		fprintf(o->log, " %d hooks, %d curated facts (%d do not fit this kernel), in %.2f s\n",
			st.hooks, st.curated_facts, st.curated_dropped, st.ms / 1e3);
	if (reason)
		say(o, "warning: %s: %s", gopts.curated, reason);
	if (dirfd >= 0) {
		int err = write_cached(dirfd, name, text, geteuid() == 0 ? 0644 : 0600);
		if (err)
			say(o, "warning: cannot cache the kernel contracts in %s: %s; kept in memory",
			    dir, strerror(-err));
		close(dirfd);
	}
	if (!st.tracepoints)
		say(o, "warning: no tracepoints found in %s/events (mount tracefs)",
		    o->tracefs ? o->tracefs : "/sys/kernel/tracing");
	db = contracts_load_text_lazy(text);
	if (!db)
		say(o, "cannot read the kernel contracts just made: %s", strerror(errno));
	else
		list_dropped(o, db);
	return db;
}
