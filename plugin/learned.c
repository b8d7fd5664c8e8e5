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

const char *learned_path(char *buf, size_t len)
{
	const char *off = getenv("BPFTRACE_ENGLISH_LEARN");
	if (off && (!strcmp(off, "0") || !strcasecmp(off, "no") || !strcasecmp(off, "off")))
		return NULL;
	const char *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");
	int n;
	if (xdg && xdg[0] == '/')
		n = snprintf(buf, len, "%s/bpftrace-english/learned.jsonl", xdg);
	else if (home && home[0] == '/')
		n = snprintf(buf, len, "%s/.local/share/bpftrace-english/learned.jsonl", home);
	else
		return NULL;
	return n > 0 && (size_t)n < len ? buf : NULL;
}

/* Makes every missing directory of `path`'s parent, 0700. */
static int make_parents(char *path)
{
	for (char *s = strchr(path + 1, '/'); s; s = strchr(s + 1, '/')) {
		*s = '\0';
		int rc = mkdir(path, 0700);
		*s = '/';
		if (rc != 0 && errno != EEXIST)
			return -1;
	}
	return 0;
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
	if (make_parents(buf) != 0) {
		asprintf(error, "cannot make the directory of %s: %s", path, strerror(errno));
		return -1;
	}
	int fd = open(path, O_RDWR | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0600);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != geteuid()) {
		asprintf(error, "cannot write %s: %s", path,
			 fd < 0 ? strerror(errno) : "not a regular file of this user");
		if (fd >= 0)
			close(fd);
		return -1;
	}
	FILE *f = fdopen(fd, "a+");
	if (!f || flock(fd, LOCK_EX) != 0) {
		asprintf(error, "cannot write %s: %s", path, strerror(errno));
		f ? fclose(f) : close(fd);
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
		char *line = cJSON_PrintUnformatted(o);
		if (line && fprintf(f, "%s\n", line) > 0 && fflush(f) == 0)
			added = 1;
		else
			asprintf(error, "cannot write %s: %s", path, strerror(errno));
		free(line);
		cJSON_Delete(o);
	}
	fclose(f);
	return *error ? -1 : added;
}
