/* SPDX-License-Identifier: Apache-2.0 */
#define _GNU_SOURCE
#include "learned.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "inject.h"
#include "util.h"

const char *learned_path(char *buf, size_t len)
{
	const char *off = getenv("BPFTRACE_ENGLISH_LEARN");
	if (off && (!strcmp(off, "0") || !strcasecmp(off, "no") || !strcasecmp(off, "off")))
		return NULL;
	return bte_xdg_path("XDG_DATA_HOME", ".local/share", "bpftrace-english/learned.jsonl", buf,
			    len) == 0
		       ? buf
		       : NULL;
}

/* Makes every missing directory of `path` (a directory the user chose:
 * $XDG_DATA_HOME or ~/.local/share), 0700. */
static int make_dirs(char *path)
{
	for (char *s = strchr(path + 1, '/');; s = strchr(s + 1, '/')) {
		if (s)
			*s = '\0';
		int rc = mkdir(path, 0700);
		if (s)
			*s = '/';
		if (rc != 0 && errno != EEXIST)
			return -1;
		if (!s)
			return 0;
	}
}

/* The store's directory under `base`: made 0700 if missing, opened without
 * following a symbolic link, and only if it is ours and private. */
static int open_store_dir(const char *base, const char **why)
{
	int basefd = open(base, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (basefd < 0) {
		*why = strerror(errno);
		return -1;
	}
	if (mkdirat(basefd, "bpftrace-english", 0700) != 0 && errno != EEXIST) {
		*why = strerror(errno);
		close(basefd);
		return -1;
	}
	int fd = openat(basefd, "bpftrace-english", O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	int err = errno;
	close(basefd);
	struct stat st;
	if (fd < 0) {
		*why = err == ELOOP || err == ENOTDIR ? "its directory is a symbolic link" : strerror(err);
		return -1;
	}
	if (fstat(fd, &st) != 0 || st.st_uid != geteuid() || (st.st_mode & 077)) {
		*why = "its directory is not yours alone (it must be owned by you, mode 0700)";
		close(fd);
		return -1;
	}
	return fd;
}

int learned_trusted(void)
{
	char buf[4096];
	const char *path = learned_path(buf, sizeof(buf));
	char *slash = path ? strrchr(buf, '/') : NULL;
	if (!slash || slash == buf)
		return 0;
	*slash = '\0';
	int dirfd = open(buf, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	struct stat st;
	int ok = dirfd >= 0 && fstat(dirfd, &st) == 0 && st.st_uid == geteuid() &&
		 !(st.st_mode & 077);
	int fd = ok ? openat(dirfd, slash + 1, O_RDONLY | O_NOFOLLOW | O_CLOEXEC) : -1;
	ok = fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == geteuid() &&
	     st.st_nlink == 1 && !(st.st_mode & 077);
	if (fd >= 0)
		close(fd);
	if (dirfd >= 0)
		close(dirfd);
	return ok;
}

/* Appends `line` whole or not at all: on a short write the file is cut
 * back to where it was; then fsync. 0, or -1 with errno. */
static int append_whole(int fd, const char *line, size_t n)
{
	off_t end = lseek(fd, 0, SEEK_END);
	if (end < 0)
		return -1;
	char last = '\n';
	if (end > 0 && pread(fd, &last, 1, end - 1) != 1)
		return -1;
	/* an earlier entry cut short (a crash): never glue onto it */
	const char *sep = last == '\n' ? "" : "\n";
	size_t sl = strlen(sep), done = 0;
	char *buf = malloc(sl + n);
	if (!buf)
		return -1;
	memcpy(buf, sep, sl);
	memcpy(buf + sl, line, n);
	int rc = 0;
	while (done < sl + n) {
		ssize_t w = write(fd, buf + done, sl + n - done);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			int err = w < 0 ? errno : ENOSPC;
			if (ftruncate(fd, end) != 0) {
				/* nothing more can be done; the reader skips a bad line */
			}
			errno = err;
			rc = -1;
			break;
		}
		done += (size_t)w;
	}
	free(buf);
	if (rc == 0 && fsync(fd) != 0) {
		int err = errno;
		if (ftruncate(fd, end) != 0) {
			/* as above */
		}
		errno = err;
		rc = -1;
	}
	return rc;
}

/* The attach points of each probe block, into a JSON array. */
static int add_probes(void *arg, const struct probe_block *pb)
{
	cJSON *probes = arg;
	char *header = strndup(pb->header, pb->header_len);
	if (!header)
		return -1;
	char *pred = strchr(header, '/');
	if (pred)
		*pred = '\0';
	for (char *save = NULL, *p = strtok_r(header, ",", &save); p; p = strtok_r(NULL, ",", &save)) {
		while (isspace((unsigned char)*p))
			p++;
		size_t n = strlen(p);
		while (n && isspace((unsigned char)p[n - 1]))
			p[--n] = '\0';
		if (n)
			cJSON_AddItemToArray(probes, cJSON_CreateString(p));
	}
	free(header);
	return 0;
}

/* Whether the store already holds this request with this program. */
static int already_there(FILE *f, const char *request, const char *program)
{
	char *line = NULL;
	size_t cap = 0;
	int found = 0;
	rewind(f);
	while (!found && getline(&line, &cap, f) > 0) {
		cJSON *o = cJSON_Parse(line);
		const cJSON *r = cJSON_GetObjectItemCaseSensitive(o, "request");
		const cJSON *p = cJSON_GetObjectItemCaseSensitive(o, "program");
		found = cJSON_IsString(r) && cJSON_IsString(p) && !strcmp(r->valuestring, request) &&
			!strcmp(p->valuestring, program);
		cJSON_Delete(o);
	}
	free(line);
	return found;
}

int learned_add(const char *request, const char *program, int unsafe, const char *model,
		char **error)
{
	char buf[4096];
	const char *path = learned_path(buf, sizeof(buf));
	*error = NULL;
	if (!path)
		return 0;
	char base[4096];
	snprintf(base, sizeof(base), "%s", path);
	*strrchr(base, '/') = '\0';       /* .../bpftrace-english */
	*strrchr(base, '/') = '\0';       /* the user's data directory */
	const char *why = NULL;
	if (make_dirs(base) != 0) {
		asprintf(error, "not kept: cannot make %s: %s", base, strerror(errno));
		return -1;
	}
	int dirfd = open_store_dir(base, &why);
	if (dirfd < 0) {
		asprintf(error, "not kept in %s: %s", path, why);
		return -1;
	}
	int fd = openat(dirfd, "learned.jsonl", O_RDWR | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC,
			0600);
	int open_err = errno;
	close(dirfd);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != geteuid() ||
	    st.st_nlink != 1 || (st.st_mode & 077)) {
		asprintf(error, "not kept in %s: %s", path,
			 fd < 0 ? (open_err == ELOOP ? "it is a symbolic link" : strerror(open_err))
				: "not a private regular file of yours with one link");
		if (fd >= 0)
			close(fd);
		return -1;
	}
	FILE *f = fdopen(dup(fd), "r");
	if (!f || flock(fd, LOCK_EX) != 0) {
		asprintf(error, "not kept in %s: %s", path, strerror(errno));
		if (f)
			fclose(f);
		close(fd);
		return -1;
	}
	int added = 0;
	if (!already_there(f, request, program)) {
		cJSON *o = cJSON_CreateObject(), *probes = cJSON_CreateArray();
		char id[64];
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		snprintf(id, sizeof(id), "learned-%lld-%ld", (long long)ts.tv_sec, ts.tv_nsec / 1000);
		scan_probe_blocks(program, add_probes, probes);
		cJSON_AddStringToObject(o, "id", id);
		cJSON_AddStringToObject(o, "request", request);
		cJSON_AddStringToObject(o, "program", program);
		cJSON_AddItemToObject(o, "probes", probes);
		cJSON *tags = cJSON_AddArrayToObject(o, "tags");
		cJSON_AddItemToArray(tags, cJSON_CreateString("learned"));
		cJSON_AddArrayToObject(o, "features");
		cJSON_AddBoolToObject(o, "unsafe", unsafe);
		cJSON_AddStringToObject(o, "split", "learned");
		cJSON_AddStringToObject(o, "model", model ? model : "");
		char *text = cJSON_PrintUnformatted(o);
		char *line = NULL;
		if (text && asprintf(&line, "%s\n", text) > 0 && append_whole(fd, line, strlen(line)) == 0)
			added = 1;
		else
			asprintf(error, "not kept in %s: %s", path, strerror(errno));
		free(line);
		free(text);
		cJSON_Delete(o);
	}
	fclose(f);
	close(fd);
	return *error ? -1 : added;
}
