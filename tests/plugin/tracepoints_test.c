/* SPDX-License-Identifier: Apache-2.0 */
/* common/tracepoints.c: the tracefs module on libtracefs and
 * libtraceevent. A tracing directory made here (fields of every kind,
 * ftrace's events, a format that does not parse, names that leave the
 * directory), then every event of this machine's tracefs against a plain
 * reading of its format file: the same fields, offsets, sizes and
 * signedness, and the same events as the directory holds. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "tracepoints.h"

static void put(const char *dir, const char *rel, const char *text)
{
	char path[512];
	snprintf(path, sizeof(path), "%s/%s", dir, rel);
	for (char *s = strchr(path + strlen(dir) + 1, '/'); s; s = strchr(s + 1, '/')) {
		*s = '\0';
		mkdir(path, 0755);
		*s = '/';
	}
	FILE *f = fopen(path, "w");
	if (f) {
		fputs(text, f);
		fclose(f);
	}
}

static const char DEMO[] =
	"name: demo_event\nID: 900\nformat:\n"
	"\tfield:unsigned short common_type;\toffset:0;\tsize:2;\tsigned:0;\n"
	"\tfield:int common_pid;\toffset:4;\tsize:4;\tsigned:1;\n\n"
	"\tfield:int sig;\toffset:8;\tsize:4;\tsigned:1;\n"
	"\tfield:char comm[16];\toffset:12;\tsize:16;\tsigned:0;\n"
	"\tfield:__data_loc char[] name;\toffset:28;\tsize:4;\tsigned:0;\n"
	"\tfield:const char * filename;\toffset:32;\tsize:8;\tsigned:0;\n"
	"\tfield:unsigned long len;\toffset:40;\tsize:8;\tsigned:0;\n\n"
	"print fmt: \"sig=%d\", REC->sig\n";

static void made_here(void)
{
	char dir[] = "/tmp/bte-tracefs-XXXXXX";
	if (!mkdtemp(dir)) {
		check(0, "a temporary tracing directory");
		return;
	}
	/* tracefs marks each system with an enable file */
	put(dir, "events/demo/enable", "0\n");
	put(dir, "events/ftrace/enable", "0\n");
	put(dir, "events/demo/demo_event/format", DEMO);
	put(dir, "events/demo/broken/format", "name: broken\nformat:\n\tfield:int x\n");
	put(dir, "events/ftrace/function/format", DEMO);
	put(dir, "secret", "not a format\n");
	struct bte_tp_field f[8];
	int n = bte_tp_fields(dir, "demo", "demo_event", f, 8);
	check(n == 5, "the fields of a format, common_ ones left out");
	check(n == 5 && !strcmp(f[0].name, "sig") && !strcmp(f[0].type, "int") && f[0].offset == 8 &&
		      f[0].size == 4 && f[0].is_signed,
	      "an int field: name, type, offset, size, signed");
	check(n == 5 && !strcmp(f[1].name, "comm") && !strcmp(f[1].type, "char[]") &&
		      !strcmp(f[1].decl, "char comm[16]") && f[1].size == 16,
	      "an array: its element type with [], declared as written");
	check(n == 5 && !strcmp(f[2].name, "name") && !strcmp(f[2].type, "__data_loc char[]") &&
		      !strcmp(f[2].decl, "__data_loc char[] name"),
	      "a string stored after the record (__data_loc)");
	check(n == 5 && !strcmp(f[3].type, "const char *") && !strcmp(f[4].type, "unsigned long") &&
		      !f[4].is_signed && f[4].offset == 40,
	      "a pointer and an unsigned long");
	check(bte_tp_fields(dir, "demo", "demo_event", f, 2) == 2, "at most max fields");
	check(bte_tp_probe_fields(dir, "tracepoint:demo:demo_event", f, 8) == 5,
	      "a probe's fields by its name");
	check(bte_tp_probe_fields(dir, "tracepoint:demo:*", f, 8) == -EINVAL &&
		      bte_tp_probe_fields(dir, "kprobe:demo", f, 8) == -EINVAL,
	      "a wildcard or another kind of probe is refused");
	check(bte_tp_fields(dir, "demo", "missing", f, 8) == -ENOENT, "a missing event: -ENOENT");
	check(bte_tp_fields(dir, "demo", "broken", f, 8) == -EINVAL ||
		      bte_tp_fields(dir, "demo", "broken", f, 8) == 0,
	      "a format that does not parse gives no fields");
	check(bte_tp_fields(dir, "..", "secret", f, 8) == -EINVAL &&
		      bte_tp_fields(dir, "demo/../..", "x", f, 8) == -EINVAL,
	      "names that would leave the events directory are refused");
	size_t count = 0;
	char **list = bte_tp_events(dir, &count);
	int demo = 0, ftrace = 0;
	for (size_t i = 0; list && list[i]; i++) {
		demo += !strcmp(list[i], "demo:demo_event");
		ftrace += !strncmp(list[i], "ftrace:", 7);
	}
	check(list && demo == 1 && !ftrace && count == 2, "the event list, ftrace's left out");
	bte_tp_list_free(list);
	char cmd[600];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	check(system(cmd) == 0, "the temporary directory removed");
}

/* A plain reading of one format file: "field:DECL; offset:N; size:N;
 * signed:N;" lines, common_ fields left out. */
struct plain {
	char name[64];
	unsigned offset, size;
	int is_signed;
};

static int plain_fields(const char *path, struct plain *out, int max)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return -1;
	char line[1024];
	int n = 0;
	while (fgets(line, sizeof(line), f) && n < max) {
		char *field = strstr(line, "field:"), *semi = field ? strchr(field, ';') : NULL;
		char *off = strstr(line, "offset:"), *size = strstr(line, "size:");
		char *sign = strstr(line, "signed:");
		if (!semi || !off || !size || !sign)
			continue;
		*semi = '\0';
		char *name = strrchr(field, ' ');
		if (!name)
			continue;
		name++;
		name[strcspn(name, "[")] = '\0';
		if (!strncmp(name, "common_", 7))
			continue;
		snprintf(out[n].name, sizeof(out[n].name), "%s", name);
		out[n].offset = (unsigned)atoi(off + 7);
		out[n].size = (unsigned)atoi(size + 5);
		out[n].is_signed = atoi(sign + 7);
		n++;
	}
	fclose(f);
	return n;
}

static void this_machine(void)
{
	const char *dir = bte_tp_dir(NULL);
	char events[512];
	snprintf(events, sizeof(events), "%s/events", dir ? dir : "/nonexistent");
	DIR *cats = opendir(events);
	if (!cats) {
		printf("skip this machine's tracefs: none mounted\n");
		return;
	}
	size_t listed = 0, formats = 0, same = 0, differ = 0;
	char **list = bte_tp_events(NULL, &listed);
	struct dirent *c;
	while ((c = readdir(cats))) {
		if (c->d_name[0] == '.' || !strcmp(c->d_name, "ftrace"))
			continue;
		char sub[1024];
		snprintf(sub, sizeof(sub), "%s/%s", events, c->d_name);
		DIR *evs = opendir(sub);
		struct dirent *e;
		while (evs && (e = readdir(evs))) {
			char path[2048];
			snprintf(path, sizeof(path), "%s/%s/format", sub, e->d_name);
			struct plain want[128];
			int nw = plain_fields(path, want, 128);
			if (nw < 0)
				continue;
			formats++;
			struct bte_tp_field got[128];
			int ng = bte_tp_fields(NULL, c->d_name, e->d_name, got, 128);
			int ok = ng == nw;
			for (int i = 0; ok && i < ng; i++)
				ok = !strcmp(got[i].name, want[i].name) &&
				     got[i].offset == want[i].offset && got[i].size == want[i].size &&
				     got[i].is_signed == want[i].is_signed;
			if (ok) {
				same++;
			} else if (differ++ < 5) {
				printf("  differs: %s:%s (%d fields, %d read plainly)\n", c->d_name,
				       e->d_name, ng, nw);
			}
		}
		if (evs)
			closedir(evs);
	}
	closedir(cats);
	bte_tp_list_free(list);
	printf("  %zu events with a format, %zu listed, %zu read alike\n", formats, listed, same);
	check(formats > 100 && listed == formats, "every event of this machine is listed");
	check(differ == 0, "every event's fields as its format file gives them");
}

int main(void)
{
	made_here();
	this_machine();
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
